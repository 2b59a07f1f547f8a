/** Small helpers shared by the security tests. */
import type { RouteOptions } from 'fastify';

export interface SeenRoute {
  method: string;
  url: string;
  route: RouteOptions;
}

/** An onRoute hook that records every method and URL the app registers. */
export function routeRecorder(into: SeenRoute[]): (route: RouteOptions) => void {
  return (route) => {
    for (const method of [route.method].flat()) into.push({ method: method.toUpperCase(), url: route.url, route });
  };
}

/** A concrete path for a route pattern: parameters and wildcards get harmless values. */
export const concrete = (url: string): string => url.replace(/:version\b/g, '1').replace(/:[A-Za-z_]+/g, 'x').replace(/\*$/, 'x');

/** A Content-Security-Policy header as directive → sources. */
export function parseCsp(header: string | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}
