/**
 * Which origins count as the gateway's own: PUBLIC_URL's, and the address the request came in
 * on (localhost, the loopback addresses and the socket's local address, at the listening port
 * and scheme). Browsers send `Origin` on every cross-origin request and on same-origin POSTs,
 * so comparing it with this list tells the pane's own calls from another site's.
 */
import { isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';
import { normaliseAddress } from '../auth/addresses.js';

/** `new URL(x).origin`, or undefined for anything that is not an http(s) origin (including "null"). */
export function originOf(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function hostPart(address: string): string {
  const plain = normaliseAddress(address);
  return isIP(plain) === 6 ? `[${plain}]` : plain;
}

/** The origins this connection can be reached at without a name: loopback and the local address. */
function listeningOrigins(request: FastifyRequest): string[] {
  const socket = request.raw.socket;
  const port = socket.localPort;
  if (!port) return [];
  const scheme = request.protocol;
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]']);
  if (socket.localAddress) hosts.add(hostPart(socket.localAddress));
  return [...hosts].flatMap((host) => originOf(`${scheme}://${host}:${port}`) ?? []);
}

export function ownOriginMatcher(publicUrl: string): (origin: string, request: FastifyRequest) => boolean {
  const publicOrigin = originOf(publicUrl);
  return (origin, request) => {
    const normalised = originOf(origin);
    if (!normalised) return false;
    return normalised === publicOrigin || listeningOrigins(request).includes(normalised);
  };
}
