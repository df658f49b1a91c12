import type { MatchContext, MatchFacts, SecretRule } from '../secret-rule.js';

/**
 * Private keys. Only a key with a body counts: the bare `-----BEGIN RSA PRIVATE KEY-----`
 * string that key-handling code compares against is not a credential.
 * Formats: RFC 7468 (PEM: PKCS#1 RSA, SEC1 EC, DSA, PKCS#8 plain and ENCRYPTED, RFC 1421
 * Proc-Type/DEK-Info headers), OpenSSH `openssh-key-v1`, OpenPGP armour (RFC 4880 §6.2),
 * PuTTY PPK v2/v3 (`PuTTY-User-Key-File-N`).
 */

/** A line break, real or escaped inside a string literal or JSON (`\n`, `\r\n`). */
const BREAK = String.raw`(?:\\r|\\n|\s){1,4}`;

/**
 * The body class leaves out `-` so a body cannot run across the next `-----` line: each
 * BEGIN can only extend to the next dash, which keeps repeated headers linear.
 */
const PEM = new RegExp(
  '-----BEGIN (?:[A-Z0-9]{2,10} ){0,2}PRIVATE KEY(?: BLOCK)?-----' +
    `(?:${BREAK}Proc-Type: [A-Z0-9,]{1,40}${BREAK}DEK-Info: [A-Z0-9,-]{1,80})?` +
    String.raw`(?:${BREAK}(?:Version|Comment|Hash): [^\r\n\\]{1,120}){0,4}` +
    String.raw`(?<secret>[A-Za-z0-9+/=\s\\]{64,32768})-----END `,
  'gd',
);

/** Strip line breaks (real and escaped) from a key body; reject filler and short bodies. */
export function normaliseKeyBody(body: string, minLength = 64): string | false {
  const compact = body.replace(/\\[rn]|\s/g, '');
  if (compact.length < minLength || !/^[A-Za-z0-9+/=]+$/.test(compact)) return false;
  if (/(.)\1{15}/.test(compact.replace(/A{16,}/g, ''))) return false;
  return compact;
}

/**
 * A PuTTY key file: the private blob is the `Private-Lines: N` lines that follow, within a few
 * KB of the header (the public blob and comment come first).
 */
function validatePutty(_value: string, context: MatchContext): string | false {
  const after = context.text.slice(context.end, context.end + 8192);
  const found = /Private-Lines: (\d{1,3})(?:\r?\n|(?:\\r)?\\n)/.exec(after);
  if (!found) return false;
  const lines = after.slice(found.index + found[0].length).split(/\r?\n|(?:\\r)?\\n/, Number(found[1]));
  // An Ed25519 private blob is 44 base64 characters.
  return normaliseKeyBody(lines.join(''), 40);
}

/** The PEM label's type words (`RSA`, `EC`, `OPENSSH`); a bare `PRIVATE KEY` is PKCS#8 (RFC 5208). */
function pemKeyType(_value: string, context: MatchContext): MatchFacts {
  const label = /BEGIN ((?:[A-Z0-9]{2,10} ){0,2})PRIVATE KEY/.exec(context.match[0])?.[1]?.trim();
  return { keyType: label || 'PKCS#8' };
}

/** PuTTY names the key's algorithm on its first line (`ssh-rsa`, `ssh-ed25519`). */
function puttyKeyType(_value: string, context: MatchContext): MatchFacts {
  return { keyType: `PuTTY ${context.match[0].slice(context.match[0].indexOf(': ') + 2)}` };
}

/** PEM, OpenSSH, PGP and PuTTY private keys. */
export const PRIVATE_KEY_RULES: readonly SecretRule[] = [
  {
    kind: 'private-key',
    description: 'Private key',
    severity: 'error',
    keywords: ['PRIVATE KEY'],
    pattern: PEM,
    window: { before: 48, after: 33_000 },
    placeholders: false,
    locateMatch: true,
    validate: (value) => normaliseKeyBody(value),
    describe: pemKeyType,
  },
  {
    kind: 'putty-private-key',
    description: 'PuTTY private key',
    severity: 'error',
    keywords: ['PuTTY-User-Key-File-'],
    pattern: /PuTTY-User-Key-File-[23]: [a-z0-9@.-]{3,60}/dg,
    window: { before: 0, after: 128 },
    placeholders: false,
    locateMatch: true,
    validate: validatePutty,
    describe: puttyKeyType,
  },
];
