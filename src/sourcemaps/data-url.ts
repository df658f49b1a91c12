/**
 * Decode inline source maps: `data:` URLs (RFC 2397, as fetched per ECMA-426 §"Resolving
 * sources"). Bundlers write `application/json;base64`, `application/json;charset=utf-8;base64`,
 * `charset=utf8`, or a percent-encoded body without `;base64`; all decode here. The charset
 * parameter is not trusted: source maps are JSON, which is UTF-8 (RFC 8259).
 */

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
    return { text: Buffer.from(percentDecode(body).toString('latin1'), 'base64').toString('utf8') };
  }
  return { text: percentDecode(body).toString('utf8') };
}

/** Decode `%XX` escapes into bytes; malformed escapes stay as written (lenient, like browsers). */
function percentDecode(body: string): Buffer {
  const raw = Buffer.from(body, 'utf8');
  if (!body.includes('%')) return raw;
  const out = Buffer.allocUnsafe(raw.length);
  let length = 0;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i]!;
    if (byte === 0x25 && isHex(raw[i + 1]) && isHex(raw[i + 2])) {
      out[length++] = parseInt(String.fromCharCode(raw[i + 1]!, raw[i + 2]!), 16);
      i += 2;
    } else {
      out[length++] = byte;
    }
  }
  return out.subarray(0, length);
}

function isHex(byte: number | undefined): boolean {
  return byte !== undefined && ((byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 70) || (byte >= 97 && byte <= 102));
}
