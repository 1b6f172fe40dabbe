import { describe, expect, it } from 'vitest';
import {
  figuresListSchema,
  figuresQuerySchema,
  maxFigureIds,
  maxFigureUnits,
  shareFigure,
} from '../../src/index';
import { scope, shareDescription } from './figure-fixtures';

const unit = '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01';
const accepts = (input: unknown) => figuresQuerySchema.safeParse(input).success;

describe('figures query', () => {
  it('takes a period alone, or with units and figure ids', () => {
    expect(accepts({ from: '2027-01-01', until: '2027-01-31' })).toBe(true);
    expect(
      accepts({ unitIds: [unit], from: '2027-01-01', until: '2027-01-01', figureIds: ['booking.t3'] }),
    ).toBe(true);
  });

  it('refuses a period ending before it starts, or longer than a year', () => {
    expect(accepts({ from: '2027-01-02', until: '2027-01-01' })).toBe(false);
    expect(accepts({ from: '2028-01-01', until: '2028-12-31' })).toBe(true); // 366 days of a leap year
    expect(accepts({ from: '2027-01-01', until: '2028-01-01' })).toBe(true);
    expect(accepts({ from: '2027-01-01', until: '2028-01-02' })).toBe(false);
    expect(accepts({ from: '2027-02-30', until: '2027-03-01' })).toBe(false);
  });

  it('bounds every list and refuses unknown fields', () => {
    const units = (count: number) => Array.from({ length: count }, () => unit);
    expect(accepts({ unitIds: units(maxFigureUnits), from: '2027-01-01', until: '2027-01-31' })).toBe(true);
    expect(accepts({ unitIds: units(maxFigureUnits + 1), from: '2027-01-01', until: '2027-01-31' })).toBe(
      false,
    );
    expect(accepts({ unitIds: [], from: '2027-01-01', until: '2027-01-31' })).toBe(false);
    const ids = Array.from({ length: maxFigureIds + 1 }, () => 'booking.t3');
    expect(accepts({ figureIds: ids, from: '2027-01-01', until: '2027-01-31' })).toBe(false);
    expect(accepts({ unitIds: ['not-a-uuid'], from: '2027-01-01', until: '2027-01-31' })).toBe(false);
    expect(accepts({ from: '2027-01-01', until: '2027-01-31', unitId: unit })).toBe(false);
  });

  it('answers with the module’s name and its figures', () => {
    const figures = [shareFigure(shareDescription, scope, { numerator: 1, denominator: 2 })];
    expect(figuresListSchema.safeParse({ module: 'family-centre', figures }).success).toBe(true);
    expect(figuresListSchema.safeParse({ module: 'Family Centre', figures }).success).toBe(false);
  });
});
