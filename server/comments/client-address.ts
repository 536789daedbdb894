// Who is asking, for rate limits and connection caps: the socket's address, or behind a trusted
// reverse proxy the address the proxy appended to X-Forwarded-For (its last entry). Only a real IP
// address is taken from the header; anything else counts as the proxy itself.
import { isIP } from 'node:net';

export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trustProxy: boolean,
): string {
  const socket = socketAddress ?? 'unknown';
  if (!trustProxy || !forwardedFor) return socket;
  // Only the tail is read: a header of any length costs the same.
  const tail = forwardedFor.slice(-64);
  const last = tail.slice(tail.lastIndexOf(',') + 1).trim();
  return isIP(last) ? last : socket;
}
