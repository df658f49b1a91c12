/**
 * Host names that cannot carry a production credential, or are unlikely to: names reserved for
 * documentation and testing (RFC 2606, RFC 6761 §6.2, §6.4); the machine itself (RFC 6761 §6.3
 * `localhost` and `*.localhost`, RFC 1122 §3.2.1.3 127.0.0.0/8, RFC 4291 `::1`); and names that
 * stay on the local network or mean "this host" only by convention (RFC 6762 `.local`, the
 * unspecified addresses `0.0.0.0` and `::`, `localhost.localdomain` from /etc/hosts).
 */

/**
 * Why a host is not an ordinary production service; undefined for an ordinary host.
 * - `documentation`: reserved for examples; a URL credential for it is an example.
 * - `loopback`: the machine itself and nothing else; a local development password.
 * - `local`: a real machine that is not on the internet: a printer or NAS (`.local`), a server
 *   listening on every interface (`0.0.0.0`). Its password can be a live one.
 */
export type ReservedHost = 'documentation' | 'loopback' | 'local';

const DOCUMENTATION = /(?:^|\.)(?:example\.(?:com|net|org)|example|invalid|test)$/;
const LOOPBACK_NAME = /(?:^|\.)localhost$/;
const IPV4_LOOPBACK = /^127(?:\.\d{1,3}){3}$/;
const IPV6_LOOPBACK = /^\[?(?:::1|0{0,4}(?::0{0,4}){6}:0{0,3}1)\]?$/;
const LOCAL = /\.local$|^localhost\.localdomain$|^0\.0\.0\.0$|^\[?::\]?$/;

/** Classify a URL's host (case-insensitive, a trailing dot allowed, IPv6 in brackets or not). */
export function classifyHost(host: string): ReservedHost | undefined {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (DOCUMENTATION.test(name)) return 'documentation';
  if (LOOPBACK_NAME.test(name) || IPV4_LOOPBACK.test(name) || IPV6_LOOPBACK.test(name)) return 'loopback';
  if (LOCAL.test(name)) return 'local';
  return undefined;
}
