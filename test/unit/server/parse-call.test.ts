import { describe, expect, it } from 'vitest';
import { parseCallMessage, UNREADABLE_REQUEST_ID } from '../../../src/main/server/parse-call.ts';

describe('parseCallMessage', () => {
  it('reads id, method and input', () => {
    expect(parseCallMessage('{"id":7,"method":"meetings.create","input":{"title":"x"}}')).toEqual({
      ok: true,
      request: { id: 7, method: 'meetings.create', input: { title: 'x' } },
    });
  });

  it('leaves a missing input to the method schema', () => {
    expect(parseCallMessage('{"id":1,"method":"meetings.list"}')).toEqual({
      ok: true,
      request: { id: 1, method: 'meetings.list', input: undefined },
    });
  });

  it.each([
    ['not json', UNREADABLE_REQUEST_ID, 'message'],
    ['[1,2]', UNREADABLE_REQUEST_ID, 'message'],
    ['null', UNREADABLE_REQUEST_ID, 'message'],
    ['"text"', UNREADABLE_REQUEST_ID, 'message'],
    ['{"method":"meetings.list"}', UNREADABLE_REQUEST_ID, 'id'],
    ['{"id":"1","method":"meetings.list"}', UNREADABLE_REQUEST_ID, 'id'],
    ['{"id":1.5,"method":"meetings.list"}', UNREADABLE_REQUEST_ID, 'id'],
    ['{"id":3}', 3, 'method'],
    ['{"id":3,"method":42}', 3, 'method'],
  ])('refuses %j naming %s', (text, id, field) => {
    const parsed = parseCallMessage(text);
    expect(parsed).toMatchObject({ ok: false, id, error: { code: 'invalid_input', field } });
    if (!parsed.ok) expect(parsed.error.message.startsWith(`${field}: `)).toBe(true);
  });
});
