import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/api/errors.ts';
import { errorMessage } from '../../../src/shared/error-message.ts';

describe('errorMessage', () => {
  it.each([
    ['an Error', new Error('disk is full'), 'disk is full'],
    ['a subclass of Error', new ApiError('not_found', 'No meeting with id 42'), 'No meeting with id 42'],
    ['an Error with an empty message', new Error(''), ''],
    ['a thrown string', 'ENOENT: no such file', 'ENOENT: no such file'],
    ['a thrown number', 42, '42'],
    ['undefined', undefined, 'undefined'],
    ['null', null, 'null'],
  ])('gives the words of %s', (_kind, thrown, words) => {
    expect(errorMessage(thrown)).toBe(words);
  });

  it('uses the caller’s sentence for anything thrown that is not an Error', () => {
    expect(errorMessage('raw', 'Something went wrong.')).toBe('Something went wrong.');
    expect(errorMessage({ code: 1 }, 'Something went wrong.')).toBe('Something went wrong.');
  });

  it('keeps an Error’s own message even when a sentence is given', () => {
    expect(errorMessage(new Error('Not saved: the disk is full'), 'Something went wrong.')).toBe('Not saved: the disk is full');
  });
});
