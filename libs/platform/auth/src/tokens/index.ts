// Token verification (jose). Kept apart from the browser-safe entries, which the shell may import alone.
export * from './authentication-error';
export * from './bearer-token';
export * from './token-verifier';
