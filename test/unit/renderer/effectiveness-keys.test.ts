import { describe, expect, it } from 'vitest';
import { effectivenessKeyAction, type KeyPress } from '../../../src/renderer/views/effectiveness/effectiveness-keys.ts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({ key, altKey: false, ctrlKey: false, metaKey: false, typing: false, ...more });

describe('the effectiveness panel’s keys', () => {
  it.each([
    [press('ArrowDown', { altKey: true }), { kind: 'next' }],
    [press('ArrowUp', { altKey: true }), { kind: 'previous' }],
    [press('ArrowDown', { altKey: true, typing: true }), { kind: 'next' }],
    [press('d'), { kind: 'done', done: true }],
    [press('D'), { kind: 'done', done: true }],
    [press('n'), { kind: 'done', done: false }],
    [press('1'), { kind: 'outcome', outcome: 'prevented' }],
    [press('2'), { kind: 'outcome', outcome: 'partly' }],
    [press('3'), { kind: 'outcome', outcome: 'no' }],
    [press('4'), { kind: 'outcome', outcome: 'too_early' }],
  ])('%j does %j', (key, action) => {
    expect(effectivenessKeyAction(key)).toEqual(action);
  });

  it.each([
    ['typing a letter or digit in the note', press('d', { typing: true })],
    ['a digit typed in the note', press('1', { typing: true })],
    ['a digit out of range', press('5')],
    ['plain arrows (they move within a radio group)', press('ArrowDown')],
    ['Ctrl+D (the browser’s)', press('d', { ctrlKey: true })],
    ['Cmd+N', press('n', { metaKey: true })],
    ['Alt+D', press('d', { altKey: true })],
  ])('leaves %s alone', (_what, key) => {
    expect(effectivenessKeyAction(key)).toBeNull();
  });
});
