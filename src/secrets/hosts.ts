/**
 * Host names that cannot carry a production credential: names reserved for documentation and
 * testing (RFC 2606, RFC 6761 §6.2, §6.4) and names of the machine itself or its local link
 * (RFC 6761 §6.3 `localhost`, RFC 1122 §3.2.1.3 127.0.0.0/8, RFC 4291 `::1`, RFC 6762 `.local`).
 */

/** Why a host cannot be a production service; undefined for an ordinary host. */
export type ReservedHost = 'documentation' | 'loopback';

const DOCUMENTATION = /(?:^|\.)(?:example\.(?:com|net|org)|example|invalid|test)$/;
const LOOPBACK_NAME = /(?:^|\.)(?:localhost|local)$|^localhost\.localdomain$/;
const IPV4_LOOPBACK = /^127(?:\.\d{1,3}){3}$|^0\.0\.0\.0$/;
const IPV6_LOOPBACK = /^\[?(?:::1|0{0,4}(?::0{0,4}){6}:0{0,3}1|::)\]?$/;

/** Classify a URL's host (case-insensitive, a trailing dot allowed, IPv6 in brackets or not). */
export function classifyHost(host: string): ReservedHost | undefined {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (DOCUMENTATION.test(name)) return 'documentation';
  if (LOOPBACK_NAME.test(name) || IPV4_LOOPBACK.test(name) || IPV6_LOOPBACK.test(name)) return 'loopback';
  return undefined;
}
