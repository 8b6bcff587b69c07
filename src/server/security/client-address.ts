/**
 * @module client-address
 * Who is asking, for login limits: the direct peer's address, unless that peer is one of the
 * trusted proxies (`--trusted-proxy`), in which case the nearest untrusted address in
 * X-Forwarded-For. A client can write any X-Forwarded-For it likes; only a proxy we trust
 * gets to speak for it.
 */
import { BlockList, isIP } from 'node:net';
import type { Context } from 'hono';

export type TrustedProxies = {
  has(address: string): boolean;
};

/** Addresses and CIDR ranges ("10.0.0.0/8", "::1", "loopback" for 127.0.0.0/8 and ::1). */
export function trustedProxies(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    if (entry === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address, bits] = entry.split('/');
    const family = isIP(address ?? '');
    if (!address || family === 0) continue;
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return {
    has(address) {
      const plain = unmapped(address);
      const family = isIP(plain);
      return family !== 0 && list.check(plain, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

/** The entries of a trusted-proxy list that `trustedProxies` cannot read (it would skip them). */
export function unreadableProxyEntries(entries: readonly string[]): string[] {
  return entries.filter((entry) => {
    if (entry === 'loopback') return false;
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address ?? '');
    if (family === 0 || extra !== undefined) return true;
    if (bits === undefined) return false;
    const width = Number(bits);
    return !/^\d+$/.test(bits) || width > (family === 4 ? 32 : 128);
  });
}

/** Whether a listening host name or address is reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  const plain = host.replace(/^\[|\]$/g, '').toLowerCase();
  return plain === 'localhost' || (isIP(plain) !== 0 && isLoopback(plain));
}

function unmapped(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/** The client's address from the peer and the X-Forwarded-For header, trusting only `trusted` peers. */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trusted: TrustedProxies,
): string {
  if (!peer) return 'unknown';
  let client = unmapped(peer);
  if (!trusted.has(client) || !forwardedFor) return client;
  const hops = forwardedFor
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => isIP(unmapped(hop)) !== 0);
  // Walk from the nearest hop outwards while the hop is a proxy we trust.
  for (let index = hops.length - 1; index >= 0; index--) {
    client = unmapped(hops[index] as string);
    if (!trusted.has(client)) return client;
  }
  return client;
}

type NodeEnv = { incoming?: { socket?: { remoteAddress?: string; localAddress?: string } } };

/** The direct peer and the local address it reached, when served by @hono/node-server. */
export function socketAddresses(c: Context): { peer?: string; local?: string } {
  const socket = (c.env as NodeEnv | undefined)?.incoming?.socket;
  return {
    ...(socket?.remoteAddress ? { peer: socket.remoteAddress } : {}),
    ...(socket?.localAddress ? { local: socket.localAddress } : {}),
  };
}

export function clientAddress(c: Context, trusted: TrustedProxies): string {
  return resolveClientAddress(socketAddresses(c).peer, c.req.header('x-forwarded-for'), trusted);
}

/** True when the request came over TLS: directly, or through a trusted proxy that says so. */
export function viaHttps(c: Context, trusted: TrustedProxies): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  const peer = socketAddresses(c).peer;
  return Boolean(
    peer && trusted.has(peer) && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https',
  );
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return true;
  const plain = unmapped(address);
  return plain === '::1' || plain.startsWith('127.');
}
