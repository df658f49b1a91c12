/**
 * Percent-decoding, the two ways leakproof needs it: a path or URL component to text, and the
 * body of a `data:` URL to bytes. They differ on purpose: a path with a malformed escape is kept
 * as written (it names a file), while a data body decodes every valid escape and leaves the rest,
 * as browsers do (the WHATWG URL standard's percent-decode).
 */

/**
 * `decodeURIComponent`, keeping the text as written when an escape is malformed (`%` is a legal
 * character in file names and source paths, and hostile input must never throw here).
 */
export function percentDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Decode `%XX` escapes into bytes; malformed escapes stay as written (lenient, like browsers). */
export function percentDecodeBytes(body: string): Buffer {
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
