// Test-only helpers: never import these from production code.
/// <reference path="../oidc-provider.d.ts" />
export * from './obtain-tokens';
export { BrowserlessClient } from './browserless-client';
export { CookieJar } from './cookie-jar';
export { createPkcePair, type PkcePair } from './pkce';
export * from './identity-fixture';
