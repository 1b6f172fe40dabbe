import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  composeIdentityCode,
  containsIdentityCode,
  redactIdentityCodes,
  identityCodeSchema,
  identityCodeStringSchema,
  isValidIdentityCode,
  maskIdentityCode,
  parseIdentityCode,
  validateIdentityCode,
} from '../src/identity-code/index';
import { arbitraryIdentityCode } from './arbitraries';

describe('validateIdentityCode: known examples', () => {
  it.each([
    ['131052-308T', '1952-10-13'],
    ['131052A308T', '2052-10-13'],
    ['010101+002S', '1801-01-01'],
    ['290200A102L', '2000-02-29'],
  ])('accepts %s (born %s)', (code, birthDate) => {
    const result = validateIdentityCode(code);
    expect(result.valid).toBe(true);
    if (result.valid) expect(result.identityCode.birthDate).toBe(birthDate);
  });

  it.each([
    ['010594Y9021', '1994-05-01'],
    ['020594X903P', '1994-05-02'],
  ])('accepts the reform-era temporary code %s only when temporary codes are allowed', (code, birthDate) => {
    expect(validateIdentityCode(code)).toEqual({ valid: false, problem: 'TEMPORARY_NOT_ALLOWED' });
    const result = validateIdentityCode(code, { allowTemporary: true });
    expect(result.valid && result.identityCode.birthDate).toBe(birthDate);
    expect(result.valid && result.identityCode.isTemporary).toBe(true);
  });

  it.each([
    ['131052-308U', 'CHECK_CHARACTER'],
    ['131052-308', 'FORMAT'],
    ['131052 308T', 'FORMAT'],
    ['131052G308T', 'CENTURY_SIGN'],
    ['131052Z308T', 'CENTURY_SIGN'],
    ['131052-308t', 'FORMAT'],
    [' 131052-308T', 'FORMAT'],
    ['311152-308T', 'DATE'],
    ['290201A102L', 'DATE'],
    ['290200-102L', 'DATE'],
    ['000152-308T', 'DATE'],
    ['131052-000T', 'INDIVIDUAL_NUMBER'],
    ['131052-001T', 'INDIVIDUAL_NUMBER'],
  ])('refuses %s as %s', (code, problem) => {
    expect(validateIdentityCode(code)).toEqual({ valid: false, problem });
  });

  it('knows 1900 was not a leap year and 2000 was', () => {
    expect(isValidIdentityCode(composeIdentityCode({ birthDate: '2000-02-29', individualNumber: 102 }))).toBe(true);
    const in1900 = composeIdentityCode({ birthDate: '2000-02-29', individualNumber: 102 }).replace('A', '-');
    expect(validateIdentityCode(in1900)).toMatchObject({ valid: false });
  });

  it('reads the legacy sex marker from the parity of the individual number', () => {
    expect(parseIdentityCode('131052-308T').legalSexMarker).toBe('female');
    expect(parseIdentityCode(composeIdentityCode({ birthDate: '1952-10-13', individualNumber: 309 })).legalSexMarker).toBe('male');
  });
});

describe('validateIdentityCode: properties', () => {
  it('accepts every composed code and reads back its birth date', () => {
    fc.assert(
      fc.property(arbitraryIdentityCode(), ({ code, birthDate }) => {
        const result = validateIdentityCode(code);
        return result.valid && result.identityCode.birthDate === birthDate;
      }),
      { numRuns: 500 },
    );
  });

  it('refuses any other check character', () => {
    fc.assert(
      fc.property(arbitraryIdentityCode(), fc.constantFrom(...'0123456789ABCDEFHJKLMNPRSTUVWXY'), ({ code }, check) => {
        fc.pre(check !== code[10]);
        return !isValidIdentityCode(code.slice(0, 10) + check);
      }),
      { numRuns: 500 },
    );
  });

  it('detects every change of a single digit (31 is prime and shares no factor with 10)', () => {
    const digitPositions = [0, 1, 2, 3, 4, 5, 7, 8, 9];
    fc.assert(
      fc.property(arbitraryIdentityCode(), fc.constantFrom(...digitPositions), fc.integer({ min: 1, max: 9 }), ({ code }, position, shift) => {
        const digit = (Number(code[position]) + shift) % 10;
        const changed = code.slice(0, position) + String(digit) + code.slice(position + 1);
        return !isValidIdentityCode(changed);
      }),
      { numRuns: 1000 },
    );
  });

  it('detects the swap of two different neighbouring digits in the individual number', () => {
    fc.assert(
      fc.property(arbitraryIdentityCode(), fc.constantFrom(7, 8), ({ code }, position) => {
        fc.pre(code[position] !== code[position + 1]);
        const swapped = code.slice(0, position) + code[position + 1] + code[position] + code.slice(position + 2);
        return !isValidIdentityCode(swapped);
      }),
    );
  });
});

describe('a parsed identity code keeps itself out of logs', () => {
  const code = parseIdentityCode('131052-308T');

  it('prints, serialises and inspects as a placeholder', () => {
    expect(String(code)).toBe('[identity code]');
    expect(`${code}`).not.toContain('308T');
    expect(JSON.stringify({ principal: { identityCode: code } })).toBe('{"principal":{"identityCode":"[identity code]"}}');
    const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
    expect((code as unknown as Record<symbol, () => string>)[inspectCustom]?.()).toBe('IdentityCode [identity code]');
    expect(Object.keys(code)).not.toContain('value');
  });

  it('gives the code back only when asked', () => {
    expect(code.reveal()).toBe('131052-308T');
    expect(code.equals(parseIdentityCode('131052-308T'))).toBe(true);
    expect(code.equals(parseIdentityCode('131052A308T'))).toBe(false);
  });
});

describe('maskIdentityCode', () => {
  it('keeps the birth date and century sign and hides the rest', () => {
    expect(maskIdentityCode('131052-308T')).toBe('131052-****');
    expect(parseIdentityCode('131052A308T').masked).toBe('131052A****');
  });

  it('never echoes a malformed input', () => {
    expect(maskIdentityCode('hello-world')).toBe('***********');
    expect(maskIdentityCode('')).toBe('***********');
  });

  it('never contains the individual number with its check character', () => {
    fc.assert(
      fc.property(arbitraryIdentityCode(), ({ code }) => !maskIdentityCode(code).includes(code.slice(7))),
    );
  });
});

describe('identity code schemas', () => {
  it('normalises typed input and returns a parsed code', () => {
    const parsed = identityCodeSchema().parse('  131052a308t ');
    expect(parsed.reveal()).toBe('131052A308T');
    expect(identityCodeStringSchema().parse('131052-308t')).toBe('131052-308T');
  });

  it('names the problem without the input in its issues', () => {
    const result = identityCodeSchema().safeParse('131052-308U');
    expect(result.success).toBe(false);
    const text = JSON.stringify(result.error?.issues);
    expect(text).toContain('CHECK_CHARACTER');
    expect(text).not.toContain('131052');
  });

  it('accepts temporary codes only when told to', () => {
    expect(identityCodeSchema().safeParse('010594Y9021').success).toBe(false);
    expect(identityCodeSchema({ allowTemporary: true }).safeParse('010594Y9021').success).toBe(true);
  });
});

describe('composeIdentityCode', () => {
  it('writes the traditional sign unless told otherwise and refuses a sign of another century', () => {
    expect(composeIdentityCode({ birthDate: '1952-10-13', individualNumber: 308 })).toBe('131052-308T');
    expect(composeIdentityCode({ birthDate: '1994-05-01', individualNumber: 902, centurySign: 'Y' })).toBe('010594Y9021');
    expect(() => composeIdentityCode({ birthDate: '1994-05-01', individualNumber: 902, centurySign: 'A' })).toThrow(RangeError);
    expect(() => composeIdentityCode({ birthDate: '1994-02-30', individualNumber: 902 })).toThrow(RangeError);
    expect(() => composeIdentityCode({ birthDate: '1994-05-01', individualNumber: 1 })).toThrow(RangeError);
  });
});

describe('redactIdentityCodes', () => {
  it('removes codes in any case and URL-encoded, and leaves other numbers alone', () => {
    const text = 'a 131052-308T b 131052a308t c /x?id=010101%2B002S d 1310523089 e order-131052-3081';
    expect(redactIdentityCodes(text)).toBe('a [identity code] b [identity code] c /x?id=[identity code] d 1310523089 e order-[identity code]');
    expect(containsIdentityCode(text)).toBe(true);
    expect(containsIdentityCode(redactIdentityCodes(text))).toBe(false);
  });

  it('removes every composed code from surrounding text', () => {
    fc.assert(
      fc.property(fc.string(), arbitraryIdentityCode(), fc.string(), (before, { code }, after) => {
        return !redactIdentityCodes(`${before} ${code} ${after}`).includes(code);
      }),
    );
  });

  it('gives the same answer on repeated calls', () => {
    expect([1, 2, 3].map(() => containsIdentityCode('131052-308T'))).toEqual([true, true, true]);
  });
});
