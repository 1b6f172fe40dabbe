// Test-only helpers: never import these from production code.
// Projects that import only this kit need the hand-written oidc-provider types too.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module cannot be imported
/// <reference path="../oidc-provider.d.ts" />
export * from './obtain-tokens';
export { BrowserlessClient } from './browserless-client';
export { CookieJar } from './cookie-jar';
export { createPkcePair, type PkcePair } from './pkce';
export * from './identity-fixture';
