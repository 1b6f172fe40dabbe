import { describe, expect, it } from 'vitest';
import { readActingForHeader } from '../src/index';

describe('readActingForHeader', () => {
  it.each([
    [undefined, { kind: 'none' }],
    ['  ', { kind: 'none' }],
    [
      'a51d0000-0000-4000-8000-000000000002',
      { kind: 'subject', subject: 'a51d0000-0000-4000-8000-000000000002' },
    ],
    ['AAEC|x.y:z@w_1', { kind: 'subject', subject: 'AAEC|x.y:z@w_1' }],
  ])('reads %j', (value, expected) => {
    expect(readActingForHeader(value)).toEqual(expected);
  });

  it.each([
    ['an identity code', '131052-308T'],
    ['a lower-case identity code', '131052-308t'],
    ['a repeated header', ['a', 'b']],
    ['spaces inside', 'a b'],
    ['markup', '<script>'],
    ['a subject too long', 'x'.repeat(256)],
  ])('refuses %s as malformed', (_name, value) => {
    expect(readActingForHeader(value)).toEqual({ kind: 'malformed' });
  });
});
