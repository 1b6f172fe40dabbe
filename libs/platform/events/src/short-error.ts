const maxLength = 200;

/**
 * A one-line description of a failure for a database column or a log field: class name and message,
 * truncated. Stack traces and causes stay out, as they may quote payloads.
 */
export function shortError(error: unknown): string {
  const text =
    error instanceof Error
      ? `${error.name}: ${error.message}`
      : typeof error === 'string'
        ? error
        : 'unknown error';
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
}
