import type { Figure } from './figure';

/** The threshold modules use unless they are configured otherwise: groups of 1–4 persons are never shown. */
export const defaultSuppressionThreshold = 5;

/**
 * A figure about persons, with its numbers withheld when it rests on fewer than `threshold` of them (but
 * some). Value, numerator and denominator become null and n 0, so that nothing in the answer leads back to
 * the count; a figure resting on no one has nothing to hide and stays as it is.
 */
export function suppressIfSmall(figure: Figure, threshold: number): Figure {
  if (!Number.isSafeInteger(threshold) || threshold < 1)
    throw new RangeError('A suppression threshold is a whole number of at least 1');
  if (figure.status === 'suppressed' || figure.n === 0 || figure.n >= threshold) return figure;
  return {
    ...figure,
    value: null,
    numerator: null,
    denominator: null,
    n: 0,
    status: 'suppressed',
    suppression: { threshold },
  };
}
