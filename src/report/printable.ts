/**
 * Package content reaches reports through paths, map `sources` and messages, and a hostile
 * package controls all of them. Control characters would let it rewrite the terminal (ANSI
 * escapes, `\r`), fake lines, or smuggle GitHub workflow commands (`\n::stop-commands::`) into
 * a CI log. Every text renderer passes such fields through here: C0 and C1 controls, DEL and
 * the Unicode line and paragraph separators become visible `\xNN` / `\uNNNN` escapes.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** `text` with every control character shown as an escape. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    const code = char.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}
