/**
 * The one escaping choke point: how package-controlled text (paths, map `sources`, messages)
 * is written into each output syntax. The shared rule, whatever the format: no line break and
 * no control character from a package ever reaches the output raw. A raw line break is how a
 * file named `x\n::error::…` forges a GitHub workflow command in a CI log (the runner reads
 * every line that starts with `::`), and an ANSI escape rewrites a terminal. Each function
 * keeps the content recoverable in its syntax (XML character references, `%0A` in workflow
 * commands, `\u2028` in JSON); {@link printable} is the base for plain text and Markdown.
 * Redaction of credentials happens before, in redact-report.ts.
 */
export { printable } from './printable.js';

/**
 * XML 1.0 allows only these characters (https://www.w3.org/TR/xml/#charsets); anything else,
 * including lone surrogates, becomes U+FFFD rather than an unparsable document.
 */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * XML character data: markup escaped, and line breaks as character references, so an XML
 * reader still sees them but the raw output holds no line a CI runner could read as a command.
 */
export function xmlText(value: string): string {
  return value
    .replace(INVALID_XML_CHARS, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\u2028/g, '&#8232;')
    .replace(/\u2029/g, '&#8233;');
}

/** An XML attribute value (double-quoted): {@link xmlText} plus quotes and tabs. */
export function xmlAttr(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;');
}

/** JSON text that parses the same but holds no raw U+2028/U+2029 (JSON.stringify keeps them). */
export function jsonText(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
