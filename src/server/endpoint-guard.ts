/**
 * Applies the private-endpoint policy before model traffic. DNS answers are cached briefly so
 * the check costs nothing per request, yet a host re-pointed to a public address is caught.
 */
import { checkModelEndpoint } from './model/endpoint-policy.js';
import type { EndpointGuard } from './services.js';

export function createEndpointGuard(baseUrl: string, allowedHosts: string[], ttlMs = 30_000, check = checkModelEndpoint): EndpointGuard {
  let checkedAt = -Infinity;
  let pending: Promise<unknown> | undefined;
  return {
    async check() {
      if (performance.now() - checkedAt < ttlMs) return;
      pending ??= check(baseUrl, allowedHosts).finally(() => (pending = undefined));
      await pending;
      checkedAt = performance.now();
    },
  };
}
