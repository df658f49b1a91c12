/**
 * Read the `sourceMappingURL` of a generated file the way ECMA-426 §"Extracting source map URLs"
 * (https://tc39.es/ecma426/#sec-linking-generated-code, "without parsing") does: the URL comes
 * from the LAST comment of the form `//# sourceMappingURL=<url>` (or legacy `//@`, or
 * `/*# ... *\/`), and any code after that comment cancels it. The spec's reference algorithm
 * walks every line; since each line is tokenised on its own, walking lines from the end and
 * stopping at the first one that decides gives the same answer while reading only the tail of a
 * bundle. Unlike the reference regex, string literals on a line are recognised as code, so
 * `x = "//# sourceMappingURL=foo"` never yields a URL.
 */

/** Which comment syntax the file uses: CSS has no `//` comments. */
export type CommentSyntax = 'js' | 'css';

/** The verdict on one line: a URL, code (cancels), or only comments/blank (look further up). */
type LineVerdict = { url: string } | 'code' | 'blank';

const NEEDLE = 'sourceMappingURL';

/** Extract the sourceMappingURL from `data` (a JS or CSS file), or null when there is none. */
export function extractSourceMappingUrl(data: Buffer, syntax: CommentSyntax): string | null {
  // Only a line holding the needle yields a URL, and UTF-8 decodes ASCII bytes as themselves: a
  // file without it has none, and a 13 MB one-line bundle is not decoded to learn that.
  if (data.indexOf(NEEDLE) < 0) return null;
  let end = data.length;
  while (end > 0) {
    const newline = data.lastIndexOf(0x0a, end - 1);
    const start = newline + 1;
    const verdict = readLine(data.toString('utf8', start, end), syntax);
    if (verdict === 'code') return null;
    if (verdict !== 'blank') return verdict.url;
    end = Math.max(newline, 0);
  }
  return null;
}

/** A `\n`-delimited chunk may still hold `\r`, U+2028 or U+2029 line breaks: split and go backwards. */
function readLine(chunk: string, syntax: CommentSyntax): LineVerdict {
  const lines = chunk.split(/\r|\u2028|\u2029/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const verdict = readSingleLine(lines[i]!, syntax);
    if (verdict !== 'blank') return verdict;
  }
  return 'blank';
}

function readSingleLine(line: string, syntax: CommentSyntax): LineVerdict {
  const trimmed = line.trimStart();
  if (trimmed === '') return 'blank';
  if (!line.includes(NEEDLE)) {
    // A line without the needle cannot set a URL; it cancels one if it holds any code.
    if (syntax === 'js' && trimmed.startsWith('//')) return 'blank';
    if (!trimmed.startsWith('/*')) return 'code';
  }
  return tokeniseLine(line, syntax);
}

/** Walk the line's tokens forwards: the last matching comment with no code after it wins. */
function tokeniseLine(line: string, syntax: CommentSyntax): LineVerdict {
  let verdict: LineVerdict = 'blank';
  let i = 0;
  const length = line.length;
  while (i < length) {
    const code = line.charCodeAt(i);
    if (code === 32 || code === 9 || code === 11 || code === 12 || code === 0xfeff || code === 0xa0) {
      i++;
    } else if (code === 47 && line.charCodeAt(i + 1) === 47 && syntax === 'js') {
      const url = matchComment(line.slice(i + 2));
      return url === null ? verdict : { url };
    } else if (code === 47 && line.charCodeAt(i + 1) === 42) {
      const close = line.indexOf('*/', i + 2);
      if (close < 0) return verdict; // an unclosed block comment runs to the end of the line
      const url = matchComment(line.slice(i + 2, close));
      if (url !== null) verdict = { url };
      i = close + 2;
    } else {
      verdict = 'code';
      i = skipCode(line, i);
    }
  }
  return verdict;
}

/** Skip one code token: a quoted string literal as a whole, otherwise up to the next `/` or quote. */
function skipCode(line: string, i: number): number {
  const quote = line[i];
  if (quote === '"' || quote === "'" || quote === '`') {
    let j = i + 1;
    while (j < line.length && line[j] !== quote) j += line[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  let j = i + 1;
  while (j < line.length) {
    const c = line[j];
    if (c === '/' || c === '"' || c === "'" || c === '`') break;
    j++;
  }
  return j;
}

/** The spec's pattern `^[@#]\s*sourceMappingURL=(\S*?)\s*$` without a regex over long data: URLs. */
function matchComment(comment: string): string | null {
  const mark = comment[0];
  if (mark !== '#' && mark !== '@') return null;
  let i = 1;
  while (i < comment.length && /\s/.test(comment[i]!)) i++;
  if (!comment.startsWith(`${NEEDLE}=`, i)) return null;
  const url = comment.slice(i + NEEDLE.length + 1).trimEnd();
  return /\s/.test(url) ? null : url;
}
