/** A whole number typed in a field; NaN (refused by the contract's schemas) for anything else. */
export function wholeNumberOf(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** Skill or service codes typed as a comma- or space-separated list. */
export function codesOf(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((code) => code.trim())
    .filter(Boolean);
}

/** Whether a failed parse has an issue under the top-level field `path`. */
export function hasIssueAt(
  parsed:
    { success: true } | { success: false; error: { issues: readonly { path: readonly PropertyKey[] }[] } },
  path: string,
): boolean {
  return !parsed.success && parsed.error.issues.some((issue) => issue.path[0] === path);
}
