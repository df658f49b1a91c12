/**
 * Decode inline source maps: `data:` URLs (RFC 2397, as fetched per ECMA-426 §"Resolving
 * sources"). Bundlers write `application/json;base64`, `application/json;charset=utf-8;base64`,
 * `charset=utf8`, or a percent-encoded body without `;base64`; all decode here. The charset
 * parameter is not trusted: source maps are JSON, which is UTF-8 (RFC 8259).
 */
import { percentDecodeBytes } from '../percent-decode.js';

/** A decoded `data:` URL, or the reason it could not be decoded. */
export type DataUrlResult = { readonly text: string } | { readonly error: string };

/** True when `url` is a `data:` URL (case-insensitive scheme). */
export function isDataUrl(url: string): boolean {
  return /^data:/i.test(url);
}

/** Decode the body of a `data:` URL as UTF-8 text. */
export function decodeDataUrl(url: string): DataUrlResult {
  const comma = url.indexOf(',');
  if (comma < 0) return { error: 'the data: URL has no "," before its data' };
  const header = url.slice(5, comma);
  const body = url.slice(comma + 1);
  const isBase64 = /;\s*base64\s*$/i.test(header);
  if (isBase64) {
    // Buffer's base64 decoder also accepts base64url and missing padding, as browsers do.
    return { text: Buffer.from(percentDecodeBytes(body).toString('latin1'), 'base64').toString('utf8') };
  }
  return { text: percentDecodeBytes(body).toString('utf8') };
}
