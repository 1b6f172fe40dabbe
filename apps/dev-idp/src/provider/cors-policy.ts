// Which browser origins may call the token, userinfo, revocation and relations endpoints: the configured
// shell origins, and in development any loopback origin (the shell on a random test port).
import { isLoopbackHttpUrl } from './loopback-redirects';

export interface CorsPolicy {
  allows(origin: string | undefined): boolean;
}

export function createCorsPolicy(shellOrigins: readonly string[], allowAnyLoopbackPort: boolean): CorsPolicy {
  const origins = new Set(shellOrigins);
  return {
    allows(origin) {
      if (!origin || origin === 'null') return false;
      return origins.has(origin) || (allowAnyLoopbackPort && isLoopbackHttpUrl(origin) && URL.parse(origin)?.origin === origin);
    },
  };
}
