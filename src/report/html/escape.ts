/**
 * The HTML report's one choke point for package-controlled text. A hostile package names files
 * `<img src=x onerror=...>`, writes `"` and `'` into map `sources` to break out of attributes,
 * and hides control characters in messages. Every such string reaches the page through these
 * functions: control characters become visible escapes (as in every other format, see
 * ../printable.ts), then the five HTML-significant characters become character references, which
 * is enough for text content and for quoted attribute values (HTML Living Standard §13.1.2.3).
 * Nothing package-controlled is ever placed in a `<script>`, a `style` or a URL.
 */
import { printable } from '../printable.js';

const REFERENCES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` safe as HTML text content or as a quoted attribute value. */
export function escapeHtml(text: string): string {
  return printable(text).replace(/[&<>"']/g, (char) => REFERENCES[char]!);
}

// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LAYOUT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Multi-line text (a recovered source) for a `<pre>`: like {@link escapeHtml} but keeping tabs
 * and line breaks, which are layout there rather than an attack on a one-line field.
 */
export function escapeBlock(text: string): string {
  return text.replace(CONTROL_BUT_LAYOUT, (char) => printable(char)).replace(/[&<>"']/g, (char) => REFERENCES[char]!);
}

/** Attributes from a record: values escaped, `undefined` and `false` left out, `true` bare. */
export function attributes(values: Readonly<Record<string, string | number | boolean | undefined>>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}
