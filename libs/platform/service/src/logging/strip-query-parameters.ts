// A failed SQL statement's error carries its parameters (Drizzle puts them in the message, the stack and
// `params`): names, free-text messages, health data. Logs keep the statement and the cause, never the values.

const parameterLine = /\nparams: [^\n]*/g;
const parameterKeys = ['params', 'parameters', 'args'];

function stripText(text: unknown): unknown {
  return typeof text === 'string' ? text.replace(parameterLine, '\nparams: [redacted]') : text;
}

export function stripQueryParameters<T extends Record<string, unknown>>(serialized: T): T {
  const stripped: Record<string, unknown> = { ...serialized };
  for (const key of parameterKeys) {
    if (key in stripped) stripped[key] = '[redacted]';
  }
  stripped.message = stripText(stripped.message);
  stripped.stack = stripText(stripped.stack);
  if (typeof stripped.cause === 'object' && stripped.cause !== null) {
    stripped.cause = stripQueryParameters(stripped.cause as Record<string, unknown>);
  }
  return stripped as T;
}
