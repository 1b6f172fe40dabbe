const patternToken = /^([a-z][a-z0-9-]*|\*)$/;

/** Checks a subscription pattern: dotted tokens, `*` for one token, `>` only as the last token. */
export function assertTypePattern(pattern: string): void {
  const tokens = pattern.split('.');
  const valid = tokens.every((token, index) =>
    token === '>' ? index === tokens.length - 1 && index > 0 : patternToken.test(token),
  );
  if (!valid) throw new Error(`Invalid event type pattern "${pattern}".`);
}

/** NATS subject matching, so that the in-process bus delivers exactly what JetStream would. */
export function typeMatches(pattern: string, type: string): boolean {
  const patternTokens = pattern.split('.');
  const typeTokens = type.split('.');
  for (let index = 0; index < patternTokens.length; index += 1) {
    const token = patternTokens[index];
    if (token === '>') return typeTokens.length > index;
    if (index >= typeTokens.length) return false;
    if (token !== '*' && token !== typeTokens[index]) return false;
  }
  return patternTokens.length === typeTokens.length;
}

export function matchesAny(patterns: readonly string[], type: string): boolean {
  return patterns.some((pattern) => typeMatches(pattern, type));
}
