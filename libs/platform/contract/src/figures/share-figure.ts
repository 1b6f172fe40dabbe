// Building figures from what a module counted, so that every module derives value and status the same way.
import type { Figure, FigureDescription, FigureScope } from './figure';

function scoped(description: FigureDescription, scope: FigureScope) {
  const { target, ...rest } = scope;
  return { ...description, ...rest, ...(target ? { target } : {}) };
}

/**
 * A share (or rate): numerator / denominator, n = denominator. No denominator is no data, not zero.
 * Throws on counts that cannot make a share (negative, fractional, numerator over denominator): a module
 * bug, caught by its tests rather than shown as 120 %.
 */
export function shareFigure(
  description: FigureDescription,
  scope: FigureScope,
  counts: { numerator: number; denominator: number },
): Figure {
  const { numerator, denominator } = counts;
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || numerator < 0)
    throw new RangeError(`${description.id}: a share needs whole, non-negative counts`);
  if (numerator > denominator)
    throw new RangeError(`${description.id}: the numerator exceeds the denominator`);
  const hasData = denominator > 0;
  return {
    ...scoped(description, scope),
    value: hasData ? numerator / denominator : null,
    numerator,
    denominator,
    n: denominator,
    status: hasData ? 'ok' : 'no-data',
  };
}

/**
 * A figure measured directly (days, a count, a score): value null when there was nothing to measure;
 * n is what the definition says it rests on.
 */
export function measuredFigure(
  description: FigureDescription,
  scope: FigureScope,
  measured: { value: number | null; n: number },
): Figure {
  if (!Number.isSafeInteger(measured.n) || measured.n < 0)
    throw new RangeError(`${description.id}: n is a whole, non-negative count`);
  return {
    ...scoped(description, scope),
    value: measured.value,
    numerator: null,
    denominator: null,
    n: measured.n,
    status: measured.value === null ? 'no-data' : 'ok',
  };
}
