/**
 * Text as people's editors save it: a UTF-8 byte order mark in front (npm reads a package.json
 * that has one, and so must we), and CRLF line ends (a Windows checkout of the same file). One
 * place says how leakproof sees past both.
 */

/** The text without a leading byte order mark (U+FEFF). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** 3 when the bytes start with UTF-8's byte order mark (EF BB BF), else 0. */
export function utf8BomLength(data: Uint8Array): number {
  return data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
}

/** CRLF -> LF, the one difference between a source and its checked-out copy that means nothing. */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n/g, '\n') : text;
}
