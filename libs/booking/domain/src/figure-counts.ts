// What booking's figures are computed from, before the api gives them their period, units and suppression
// (platform-contract's shareFigure and measuredFigure make Figures of these).

/** A share: numerator out of denominator (the denominator is what the figure rests on). */
export interface ShareCounts {
  numerator: number;
  denominator: number;
}

/** A figure measured directly: value null when there is nothing to measure it from; n is what it rests on. */
export interface Measured {
  value: number | null;
  n: number;
}
