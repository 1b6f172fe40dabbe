import type { FigureValue } from '@asiointi/booking-contract';
import type { Figure } from '@asiointi/booking-domain';

/** The domain's figure as the contract carries it: nothing to compute from is null, not undefined. */
export function toFigureValue(figure: Figure): FigureValue {
  return { value: figure.value ?? null, n: figure.n, definition: figure.definition };
}
