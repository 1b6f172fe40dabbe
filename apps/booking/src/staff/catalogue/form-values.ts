/** A whole number typed in a field; NaN (refused by the contract's schemas) for anything else. */
export function wholeNumberOf(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}
