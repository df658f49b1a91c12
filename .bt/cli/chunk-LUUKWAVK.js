import {
  RULES,
  SEVERITIES,
  ruleMeta
} from "./chunk-5XJMPQT5.js";
import {
  MAX_TEXT_BYTES,
  comparePaths,
  decodeText,
  readPackageJson,
  utf16Order
} from "./chunk-NRAWCYD3.js";
import {
  isJsonObject,
  normaliseNewlines,
  stripBom,
  utf8BomLength
} from "./chunk-H3QZ6UYL.js";
import {
  formatSize,
  formatSizeCeil,
  plural
} from "./chunk-BD6EW6TF.js";
import {
  classifyHost,
  keywordHitOffsets,
  percentDecode,
  percentDecodeBytes,
  scanText,
  secretRuleByKind
} from "./chunk-IUMYWW7D.js";
import {
  redactUrl
} from "./chunk-RYFOSZ5Q.js";

// dist/policy/match.js
import picomatch from "picomatch";
var GLOB_OPTIONS = { dot: true, windows: false };
function isGlobPattern(pattern) {
  return picomatch.scan(pattern).isGlob;
}
function createGlobTest(pattern) {
  if (!isGlobPattern(pattern))
    return (path) => path === pattern;
  const isMatch = picomatch(pattern, GLOB_OPTIONS);
  return (path) => path === pattern || isMatch(path);
}
function isNegation(entry) {
  return entry.startsWith("!");
}
function createMatcher(entries) {
  const literals = /* @__PURE__ */ new Map();
  const globs = [];
  entries.forEach((entry, index) => {
    const negated = isNegation(entry);
    const pattern = negated ? entry.slice(1) : entry;
    literals.set(pattern, index);
    if (isGlobPattern(pattern)) {
      globs.push({ index, negated, test: picomatch(pattern, GLOB_OPTIONS) });
    }
  });
  return (path) => {
    const literalIndex = literals.get(path) ?? -1;
    for (let i = globs.length - 1; i >= 0; i -= 1) {
      const glob = globs[i];
      if (glob.index < literalIndex)
        break;
      if (glob.test(path))
        return !glob.negated;
    }
    return literalIndex >= 0 && !isNegation(entries[literalIndex]);
  };
}
function matchesNothing(entry, paths) {
  if (isNegation(entry) || paths.has(entry))
    return false;
  if (!isGlobPattern(entry))
    return true;
  const test = createGlobTest(entry);
  for (const path of paths)
    if (test(path))
      return false;
  return true;
}
function createAnyTest(patterns) {
  const tests = patterns.map(createGlobTest);
  return (path) => tests.some((test) => test(path));
}

// dist/rules/finding.js
function finding(rule, path, message, details = {}) {
  const { severity = RULES[rule].defaultSeverity, ...rest } = details;
  return { rule, severity, path, message, ...rest };
}

// dist/rules/allowlist-rules.js
function findUnlisted(files, entries) {
  const isAllowed = createMatcher(entries);
  return files.filter((file) => !isAllowed(file.path)).map((file) => finding("file/unlisted", file.path, `${file.path} ships but no entry of leakproof.json "files" allows it.`, { size: file.size }));
}
function findMissing(files, entries) {
  const findings = [];
  const paths = new Set(files.map((file) => file.path));
  for (const entry of new Set(entries)) {
    if (!matchesNothing(entry, paths))
      continue;
    findings.push(finding("file/missing", entry, `leakproof.json "files" lists ${entry} but nothing shipped matches it${directoryHint(files, entry)}.`, { glob: entry }));
  }
  return findings;
}
function directoryHint(files, entry) {
  const prefix = entry.endsWith("/") ? entry : `${entry}/`;
  return files.some((file) => file.path.startsWith(prefix)) ? ` (a directory needs a glob: "${prefix}**")` : "";
}
function budgetFinding(glob, size, limit) {
  const what = glob === void 0 ? "The unpacked package takes" : `Files matching ${glob} take`;
  return finding("size/budget", glob ?? "", `${what} ${formatSizeCeil(size)} (${size} bytes), over the budget of ${formatSizeCeil(limit)} (${limit} bytes).`, {
    kind: glob === void 0 ? "total" : "glob",
    ...glob === void 0 ? {} : { glob },
    size,
    limit
  });
}
function findOverBudget(files, budgets) {
  const findings = [];
  if (budgets.total !== void 0) {
    const total = files.reduce((sum, file) => sum + file.size, 0);
    if (total > budgets.total)
      findings.push(budgetFinding(void 0, total, budgets.total));
  }
  for (const { glob, limit } of budgets.globs) {
    const test = createGlobTest(glob);
    const size = files.reduce((sum, file) => test(file.path) ? sum + file.size : sum, 0);
    if (size > limit)
      findings.push(budgetFinding(glob, size, limit));
  }
  return findings;
}
var allowlistRules = {
  family: "allowlist",
  check({ contents, policy }) {
    const findings = [];
    if (policy.files !== void 0) {
      findings.push(...findUnlisted(contents.files, policy.files), ...findMissing(contents.files, policy.files));
    }
    findings.push(...findOverBudget(contents.files, policy.budgets));
    return findings;
  }
};

// dist/sourcemaps/data-url.js
function isDataUrl(url) {
  return /^data:/i.test(url);
}
function decodeDataUrl(url) {
  const comma = url.indexOf(",");
  if (comma < 0)
    return { error: 'the data: URL has no "," before its data' };
  const header = url.slice(5, comma);
  const body = url.slice(comma + 1);
  const isBase64 = /;\s*base64\s*$/i.test(header);
  if (isBase64) {
    return { text: Buffer.from(percentDecodeBytes(body).toString("latin1"), "base64").toString("utf8") };
  }
  return { text: percentDecodeBytes(body).toString("utf8") };
}

// dist/sourcemaps/extract-url.js
var NEEDLE = "sourceMappingURL";
function extractSourceMappingUrl(data, syntax) {
  if (data.indexOf(NEEDLE) < 0)
    return null;
  let end = data.length;
  while (end > 0) {
    const newline = data.lastIndexOf(10, end - 1);
    const start = newline + 1;
    const verdict = readLine(data.toString("utf8", start, end), syntax);
    if (verdict === "code")
      return null;
    if (verdict !== "blank")
      return verdict.url;
    end = Math.max(newline, 0);
  }
  return null;
}
function readLine(chunk, syntax) {
  const lines = chunk.split(/\r|\u2028|\u2029/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const verdict = readSingleLine(lines[i], syntax);
    if (verdict !== "blank")
      return verdict;
  }
  return "blank";
}
function readSingleLine(line, syntax) {
  const trimmed = line.trimStart();
  if (trimmed === "")
    return "blank";
  if (!line.includes(NEEDLE)) {
    if (syntax === "js" && trimmed.startsWith("//"))
      return "blank";
    if (!trimmed.startsWith("/*"))
      return "code";
  }
  return tokeniseLine(line, syntax);
}
function tokeniseLine(line, syntax) {
  let verdict = "blank";
  let i = 0;
  const length = line.length;
  while (i < length) {
    const code = line.charCodeAt(i);
    if (code === 32 || code === 9 || code === 11 || code === 12 || code === 65279 || code === 160) {
      i++;
    } else if (code === 47 && line.charCodeAt(i + 1) === 47 && syntax === "js") {
      const url = matchComment(line.slice(i + 2));
      return url === null ? verdict : { url };
    } else if (code === 47 && line.charCodeAt(i + 1) === 42) {
      const close = line.indexOf("*/", i + 2);
      if (close < 0)
        return verdict;
      const url = matchComment(line.slice(i + 2, close));
      if (url !== null)
        verdict = { url };
      i = close + 2;
    } else {
      verdict = "code";
      i = skipCode(line, i);
    }
  }
  return verdict;
}
function skipCode(line, i) {
  const quote = line[i];
  if (quote === '"' || quote === "'" || quote === "`") {
    let j2 = i + 1;
    while (j2 < line.length && line[j2] !== quote)
      j2 += line[j2] === "\\" ? 2 : 1;
    return j2 + 1;
  }
  let j = i + 1;
  while (j < line.length) {
    const c = line[j];
    if (c === "/" || c === '"' || c === "'" || c === "`")
      break;
    j++;
  }
  return j;
}
function matchComment(comment) {
  const mark = comment[0];
  if (mark !== "#" && mark !== "@")
    return null;
  let i = 1;
  while (i < comment.length && /\s/.test(comment[i]))
    i++;
  if (!comment.startsWith(`${NEEDLE}=`, i))
    return null;
  const url = comment.slice(i + NEEDLE.length + 1).trimEnd();
  return /\s/.test(url) ? null : url;
}

// dist/sourcemaps/lazy-content.js
var QUOTE = 34;
var BACKSLASH = 92;
function endOfString(data, start) {
  let at2 = start + 1;
  for (; ; ) {
    const quote = data.indexOf(QUOTE, at2);
    if (quote < 0)
      return -1;
    let slashes = 0;
    while (data[quote - 1 - slashes] === BACKSLASH)
      slashes++;
    if (slashes % 2 === 0)
      return quote;
    at2 = quote + 1;
  }
}
function skipSpace(data, at2) {
  let i = at2;
  while (data[i] === 32 || data[i] === 10 || data[i] === 13 || data[i] === 9)
    i++;
  return i;
}
function endOfValue(data, at2) {
  const first = data[at2];
  if (first === QUOTE) {
    const end = endOfString(data, at2);
    return end < 0 ? -1 : end + 1;
  }
  if (first !== 91 && first !== 123) {
    let i = at2;
    while (i < data.length && data[i] !== 44 && data[i] !== 125 && data[i] !== 93)
      i++;
    return i;
  }
  let depth = 0;
  for (let i = at2; i < data.length; i++) {
    const byte = data[i];
    if (byte === QUOTE) {
      i = endOfString(data, i);
      if (i < 0)
        return -1;
    } else if (byte === 91 || byte === 123)
      depth++;
    else if (byte === 93 || byte === 125) {
      depth--;
      if (depth === 0)
        return i + 1;
    }
  }
  return -1;
}
function splitElements(data, at2) {
  const refs = [];
  let i = skipSpace(data, at2 + 1);
  if (data[i] === 93)
    return { refs, end: i + 1 };
  for (; ; ) {
    if (data[i] === QUOTE) {
      const close = endOfString(data, i);
      if (close < 0)
        return void 0;
      refs.push({ data, start: i, end: close + 1 });
      i = close + 1;
    } else if (data.toString("latin1", i, i + 4) === "null") {
      refs.push(null);
      i += 4;
    } else
      return void 0;
    i = skipSpace(data, i);
    if (data[i] === 93)
      return { refs, end: i + 1 };
    if (data[i] !== 44)
      return void 0;
    i = skipSpace(data, i + 1);
  }
}
function bodyStart(data) {
  let i = data[0] === 239 && data[1] === 187 && data[2] === 191 ? 3 : 0;
  if (data.toString("latin1", i, i + 4) === ")]}'") {
    const newline = data.indexOf(10, i);
    i = newline < 0 ? data.length : newline + 1;
  }
  return skipSpace(data, i);
}
var splits = /* @__PURE__ */ new WeakMap();
function splitSourcesContent(data) {
  let split = splits.get(data);
  if (split === void 0) {
    split = splitMap(data) ?? null;
    splits.set(data, split);
  }
  return split ?? void 0;
}
function splitMap(data) {
  let i = bodyStart(data);
  if (data[i] !== 123)
    return void 0;
  i = skipSpace(data, i + 1);
  let found;
  let mappings;
  while (data[i] === QUOTE) {
    const keyEnd = endOfString(data, i);
    if (keyEnd < 0)
      return void 0;
    const key = data.toString("latin1", i + 1, keyEnd);
    if (key.includes("\\"))
      return void 0;
    i = skipSpace(data, keyEnd + 1);
    if (data[i] !== 58)
      return void 0;
    i = skipSpace(data, i + 1);
    if (key === "sections")
      return void 0;
    if (key === "sourcesContent") {
      if (found || data[i] !== 91)
        return void 0;
      const split = splitElements(data, i);
      if (!split)
        return void 0;
      found = { start: i, end: split.end, refs: split.refs };
      i = split.end;
    } else {
      const start2 = i;
      i = endOfValue(data, i);
      if (i < 0)
        return void 0;
      if (key === "mappings" && data[start2] === QUOTE)
        mappings = { start: start2, end: i };
    }
    i = skipSpace(data, i);
    if (data[i] === 44)
      i = skipSpace(data, i + 1);
  }
  if (!found || data[i] !== 125)
    return void 0;
  const { start, end, refs } = found;
  return {
    // Decoded only when read: the credential scan needs the ranges, not the text.
    get text() {
      return `${decodeText(data.subarray(0, start))}[]${decodeText(data.subarray(end))}`;
    },
    contents: refs,
    ...mappings ? { mappings } : {}
  };
}
function decodeContent(ref) {
  const literal = decodeText(ref.data.subarray(ref.start, ref.end));
  try {
    return JSON.parse(literal);
  } catch {
    return literal.slice(1, -1).replace(/\\n/g, "\n").replace(/\\t/g, "	").replace(/\\"/g, '"').replace(/\\\\/g, "\\");
  }
}
var facts = /* @__PURE__ */ new WeakMap();
function measureContent(ref) {
  const { bytes, crlf } = factsOf(ref);
  return { bytes, crlf };
}
function factsOf(ref) {
  let known = facts.get(ref);
  if (!known) {
    known = walkEscapes(ref);
    facts.set(ref, known);
  }
  return known;
}
function walkEscapes(ref) {
  const { start, end } = ref;
  const data = ref.data.subarray(0, end);
  let bytes = end - start - 2;
  let crlf = 0;
  let asciiEscape = false;
  for (let at2 = data.indexOf(BACKSLASH, start); at2 >= 0 && at2 < end - 1; at2 = data.indexOf(BACKSLASH, at2)) {
    const next = data[at2 + 1];
    if (next === 117) {
      const unit = Number.parseInt(data.toString("latin1", at2 + 2, at2 + 6), 16);
      bytes -= 6 - (unit < 128 ? 1 : unit < 2048 ? 2 : unit >= 55296 && unit <= 57343 ? 2 : 3);
      if (asciiEscape === false)
        asciiEscape = !isHexQuad(data, at2 + 2) ? void 0 : unit >= 32 && unit < 127;
      at2 += 6;
    } else {
      if (next === 47 && asciiEscape === false)
        asciiEscape = true;
      if (next === 114 && data[at2 + 2] === BACKSLASH && data[at2 + 3] === 110)
        crlf++;
      bytes -= 1;
      at2 += 2;
    }
  }
  return { bytes, crlf, asciiEscape };
}
function isHexQuad(data, at2) {
  for (let i = at2; i < at2 + 4; i++) {
    const byte = data[i];
    if (byte === void 0 || !(byte >= 48 && byte <= 57 || byte >= 65 && byte <= 70 || byte >= 97 && byte <= 102))
      return false;
  }
  return true;
}
function hasEscapedAscii(data) {
  return hasEscapedAsciiIn(data, 0, data.length);
}
function hasEscapedAsciiAround(data, refs) {
  let cursor = 0;
  let previous;
  for (const ref of [...refs].sort((a, b) => a.start - b.start)) {
    if (previous && ref.start === previous.start && ref.end === previous.end)
      continue;
    previous = ref;
    if (ref.data !== data || ref.start < cursor)
      return hasEscapedAscii(data);
    const { asciiEscape } = factsOf(ref);
    if (asciiEscape === void 0)
      return hasEscapedAscii(data);
    if (asciiEscape || hasEscapedAsciiIn(data, cursor, ref.start))
      return true;
    cursor = ref.end;
  }
  return hasEscapedAsciiIn(data, cursor, data.length);
}
function hasEscapedAsciiIn(whole, from, to) {
  const data = whole.subarray(0, to);
  for (let at2 = data.indexOf("\\/", from); at2 >= 0; at2 = data.indexOf("\\/", at2 + 2)) {
    if (isEscape(data, at2))
      return true;
  }
  for (let at2 = data.indexOf("\\u00", from); at2 >= 0; at2 = data.indexOf("\\u00", at2 + 4)) {
    const unit = Number.parseInt(data.toString("latin1", at2 + 2, at2 + 6), 16);
    if (unit >= 32 && unit < 127 && isEscape(data, at2))
      return true;
  }
  return false;
}
function isEscape(data, at2) {
  let slashes = 0;
  while (data[at2 - 1 - slashes] === BACKSLASH)
    slashes++;
  return slashes % 2 === 0;
}

// dist/sourcemaps/lenient-json.js
function parseRelaxed(text) {
  try {
    return JSON.parse(relaxJson(text));
  } catch {
    return void 0;
  }
}
function relaxJson(text) {
  let out = "";
  let depth = 0;
  let copyFrom = 0;
  let pendingComma = -1;
  let i = 0;
  const flush = (to) => {
    out += text.slice(copyFrom, to);
    copyFrom = to;
  };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      pendingComma = -1;
      i = endOfLiteral(text, i);
      if (depth === 0)
        break;
      continue;
    }
    if (c === 47 && (text[i + 1] === "/" || text[i + 1] === "*")) {
      flush(i);
      const end = text[i + 1] === "/" ? text.indexOf("\n", i) : text.indexOf("*/", i + 2) + 2;
      i = end <= 1 || end < i ? text.length : end;
      copyFrom = i;
      continue;
    }
    if (c === 44)
      pendingComma = i;
    else if (c === 125 || c === 93) {
      if (pendingComma >= 0) {
        flush(pendingComma);
        copyFrom = pendingComma + 1;
      }
      pendingComma = -1;
      depth -= 1;
      if (depth <= 0) {
        i += 1;
        break;
      }
    } else if (c === 123 || c === 91) {
      depth += 1;
      pendingComma = -1;
    } else if (c !== 32 && c !== 10 && c !== 13 && c !== 9)
      pendingComma = -1;
    i += 1;
  }
  flush(Math.min(i, text.length));
  return out;
}
function endOfLiteral(text, at2) {
  let i = at2 + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 92)
      i += 2;
    else if (c === 34)
      return i + 1;
    else
      i += 1;
  }
  return text.length;
}
function decodeLiteral(literal) {
  try {
    return JSON.parse(literal);
  } catch {
    return literal.slice(1, literal.endsWith('"') ? -1 : void 0).replace(/\\(["\\/bfnrt])/g, (_m, c) => ESCAPES[c] ?? c);
  }
}
var ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
function salvageMapFields(text) {
  const found = {};
  let i = text.indexOf('"');
  while (i >= 0 && i < text.length) {
    const end = endOfLiteral(text, i);
    let next = skipSpace2(text, end);
    if (text[next] === ":") {
      const key = decodeLiteral(text.slice(i, end));
      next = skipSpace2(text, next + 1);
      if ((key === "sources" || key === "sourcesContent") && text[next] === "[") {
        const array = readStringArray(text, next);
        found[key] = [...found[key] ?? [], ...array.values];
        next = array.end;
      }
    }
    i = text.indexOf('"', Math.max(next, end));
  }
  if (!found.sourcesContent)
    return void 0;
  return { sources: found.sources ?? [], sourcesContent: found.sourcesContent };
}
function readStringArray(text, open) {
  const values = [];
  let i = skipSpace2(text, open + 1);
  for (; ; ) {
    if (text[i] === '"') {
      const end = endOfLiteral(text, i);
      values.push(decodeLiteral(text.slice(i, end)));
      i = end;
    } else if (text.startsWith("null", i)) {
      values.push(null);
      i += 4;
    } else
      return { values, end: i };
    i = skipSpace2(text, i);
    if (text[i] !== ",")
      return { values, end: i };
    i = skipSpace2(text, i + 1);
  }
}
function skipSpace2(text, at2) {
  let i = at2;
  while (i < text.length && (text[i] === " " || text[i] === "\n" || text[i] === "\r" || text[i] === "	"))
    i++;
  return i;
}

// dist/sourcemaps/validate-mappings.js
var MAX_FIELD = 2 ** 31 - 1;
var MAX_RAW = 2 ** 32 - 1;
var IS_COMMA = 64;
var IS_SEMICOLON = 65;
var DIGITS = buildDigitTable();
function buildDigitTable() {
  const table = new Int8Array(256).fill(-1);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (let i = 0; i < alphabet.length; i++)
    table[alphabet.charCodeAt(i)] = i;
  table[44] = IS_COMMA;
  table[59] = IS_SEMICOLON;
  return table;
}
function classify(code) {
  return code > 255 ? -1 : DIGITS[code];
}
function validateMappings(mappings, sourceCount, nameCount) {
  let line = 0, column = 0, source = 0, originalLine = 0, originalColumn = 0, name = 0;
  let fields = 0;
  let afterComma = false;
  let lastLine = -1, lastColumn = 0;
  const length = mappings.length;
  let i = 0;
  while (i <= length) {
    const start = i;
    let digit = i < length ? classify(mappings.charCodeAt(i)) : IS_SEMICOLON;
    i++;
    if (digit >= IS_COMMA) {
      if (fields === 0) {
        if (digit === IS_COMMA || afterComma)
          return failure("empty segment", start, lastLine, lastColumn);
      } else {
        if (fields === 2 || fields === 3)
          return failure(`segment with ${fields} fields`, start, lastLine, lastColumn);
        lastLine = line;
        lastColumn = column;
      }
      fields = 0;
      afterComma = digit === IS_COMMA;
      if (digit === IS_SEMICOLON) {
        line++;
        column = 0;
      }
      continue;
    }
    if (digit < 0)
      return failure(`invalid character ${JSON.stringify(mappings[start])}`, start, lastLine, lastColumn);
    let raw = digit & 31;
    if (digit >= 32) {
      let shift2 = 5;
      while (digit >= 32 && shift2 < 30) {
        digit = i < length ? classify(mappings.charCodeAt(i)) : -1;
        if (digit < 0 || digit >= IS_COMMA)
          return failure(continuationError(mappings, i), i, lastLine, lastColumn);
        raw |= (digit & 31) << shift2;
        shift2 += 5;
        i++;
      }
    }
    let value;
    if (digit < 32) {
      value = (raw & 1) !== 0 ? -(raw >>> 1) : raw >>> 1;
    } else {
      const long = decodeLongVlq(mappings, start);
      if (typeof long === "string")
        return failure(long, start, lastLine, lastColumn);
      [value, i] = long;
    }
    switch (fields) {
      case 0:
        column += value;
        if (column < 0 || column > MAX_FIELD)
          return failure("generated column out of range", start, lastLine, lastColumn);
        break;
      case 1:
        source += value;
        if (source < 0 || source >= sourceCount)
          return failure("source index out of range", start, lastLine, lastColumn);
        break;
      case 2:
        originalLine += value;
        if (originalLine < 0 || originalLine > MAX_FIELD)
          return failure("original line out of range", start, lastLine, lastColumn);
        break;
      case 3:
        originalColumn += value;
        if (originalColumn < 0 || originalColumn > MAX_FIELD)
          return failure("original column out of range", start, lastLine, lastColumn);
        break;
      case 4:
        name += value;
        if (name < 0 || name >= nameCount)
          return failure("name index out of range", start, lastLine, lastColumn);
        break;
      default:
        return failure("segment with more than 5 fields", start, lastLine, lastColumn);
    }
    fields++;
  }
  return { lastLine, lastColumn };
}
function continuationError(mappings, i) {
  const digit = i < mappings.length ? classify(mappings.charCodeAt(i)) : IS_SEMICOLON;
  return digit < 0 ? `invalid character ${JSON.stringify(mappings[i])}` : "VLQ value ends with a continuation digit";
}
function failure(error, at2, lastLine, lastColumn) {
  return { error: `${error} at offset ${at2} of mappings`, lastLine, lastColumn };
}
function decodeLongVlq(mappings, start) {
  let raw = 0, scale = 1, i = start;
  for (; ; ) {
    const digit = i < mappings.length ? classify(mappings.charCodeAt(i)) : -1;
    if (digit < 0 || digit >= IS_COMMA)
      return continuationError(mappings, i);
    i++;
    if ((digit & 31) !== 0) {
      if (scale > 2 ** 30)
        return "VLQ value exceeds 32 bits";
      raw += (digit & 31) * scale;
    }
    if (scale <= 2 ** 30)
      scale *= 32;
    if ((digit & 32) === 0)
      break;
  }
  if (raw > MAX_RAW)
    return "VLQ value exceeds 32 bits";
  const negative = raw % 2;
  const magnitude = (raw - negative) / 2;
  return [negative ? -magnitude : magnitude, i];
}

// dist/sourcemaps/validate-map.js
var MAX_INDEX_DEPTH = 32;
function looksLikeSourceMap(value, strict = false) {
  if (!isJsonObject(value) || !("version" in value))
    return false;
  if (!strict)
    return "mappings" in value || "sections" in value;
  return typeof value.version === "number" && (typeof value.mappings === "string" || Array.isArray(value.sections));
}
function validateSourceMap(map, depth = 0) {
  if (!isJsonObject(map))
    return invalid("the source map is not a JSON object");
  if (depth > MAX_INDEX_DEPTH)
    return invalid(`index maps nested deeper than ${MAX_INDEX_DEPTH} levels`);
  if (map.version !== 3)
    return invalid('"version" must be the number 3');
  if (map.file !== void 0 && typeof map.file !== "string")
    return invalid('"file" must be a string');
  return "sections" in map ? validateIndexMap(map, depth) : validateRegularMap(map);
}
function invalid(error) {
  return { error, lastLine: -1, lastColumn: 0 };
}
function validateRegularMap(map) {
  const fieldError = checkRegularFields(map);
  if (fieldError)
    return invalid(fieldError);
  const sources = map.sources;
  const names = map.names ?? [];
  return validateMappings(map.mappings, sources.length, names.length);
}
function checkRegularFields(map) {
  if (typeof map.mappings !== "string")
    return '"mappings" must be a string';
  if (map.sourceRoot !== void 0 && typeof map.sourceRoot !== "string")
    return '"sourceRoot" must be a string';
  if (!isListOf(map.sources, isStringOrNull))
    return '"sources" must be a list of strings or nulls';
  if (map.sourcesContent !== void 0 && !isListOf(map.sourcesContent, isStringOrNull)) {
    return '"sourcesContent" must be a list of strings or nulls';
  }
  if (map.names !== void 0 && !isListOf(map.names, (n) => typeof n === "string"))
    return '"names" must be a list of strings';
  const count = map.sources.length;
  if (map.ignoreList !== void 0 && !isListOf(map.ignoreList, (i) => isIndex(i, count))) {
    return '"ignoreList" must be a list of indices into "sources"';
  }
  return void 0;
}
function validateIndexMap(map, depth) {
  if ("mappings" in map)
    return invalid('an index map must not have "mappings"');
  if (!Array.isArray(map.sections))
    return invalid('"sections" must be a list');
  let endLine = -1, endColumn = -1;
  let lastLine = -1, lastColumn = 0;
  for (const [index, section] of map.sections.entries()) {
    const where = `section ${index}`;
    if (!isJsonObject(section))
      return invalid(`${where} is not an object`);
    const offset = section.offset;
    if (!isJsonObject(offset))
      return invalid(`${where} has no "offset" object`);
    const { line, column } = offset;
    if (!isNonNegativeInteger(line) || !isNonNegativeInteger(column)) {
      return invalid(`${where} "offset" needs non-negative integer "line" and "column"`);
    }
    if (line < endLine || line === endLine && column <= endColumn) {
      return invalid(`${where} overlaps or precedes the previous section`);
    }
    if (!isJsonObject(section.map))
      return invalid(`${where} has no "map" object`);
    const inner = validateSourceMap(section.map, depth + 1);
    if (inner.error)
      return invalid(`${where}: ${inner.error}`);
    [endLine, endColumn] = inner.lastLine < 0 ? [line, column] : inner.lastLine === 0 ? [line, column + inner.lastColumn] : [line + inner.lastLine, inner.lastColumn];
    if (inner.lastLine >= 0)
      [lastLine, lastColumn] = [endLine, endColumn];
  }
  return { lastLine, lastColumn };
}
function isListOf(value, test) {
  return Array.isArray(value) && value.every(test);
}
function isStringOrNull(value) {
  return value === null || typeof value === "string";
}
function isNonNegativeInteger(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
function isIndex(value, count) {
  return isNonNegativeInteger(value) && value < count;
}

// dist/sourcemaps/read-map.js
function parseMapText(text) {
  let body = stripBom(text);
  if (body.trimStart().startsWith(")]}'")) {
    const newline = body.indexOf("\n");
    body = newline < 0 ? "" : body.slice(newline + 1);
  }
  try {
    return { json: JSON.parse(body) };
  } catch (error) {
    const reason = `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
    const relaxed = parseRelaxed(body);
    if (relaxed !== void 0)
      return { json: relaxed, lenient: `${reason}; read leniently` };
    const salvaged = salvageMapFields(body);
    return salvaged ? { json: salvaged, lenient: `${reason}; sources read from the damaged text` } : { error: reason };
  }
}
function collectSources(map, lazy, onTooDeep) {
  const out = [];
  if (lazy && isJsonObject(map))
    collectRegular(map, "", out, lazy);
  else
    collectInto(map, "", out, 0, onTooDeep ?? (() => void 0));
  return out;
}
function collectSourceRoots(map, depth = 0) {
  if (!isJsonObject(map) || depth > MAX_INDEX_DEPTH)
    return [];
  const own = typeof map.sourceRoot === "string" && map.sourceRoot !== "" ? [map.sourceRoot] : [];
  if (!Array.isArray(map.sections))
    return own;
  return own.concat(map.sections.flatMap((section) => isJsonObject(section) ? collectSourceRoots(section.map, depth + 1) : []));
}
function collectInto(map, prefix, out, depth, onTooDeep) {
  if (!isJsonObject(map))
    return;
  if (depth > MAX_INDEX_DEPTH) {
    onTooDeep();
    return;
  }
  if (!Array.isArray(map.sections)) {
    collectRegular(map, prefix, out);
    return;
  }
  if (Array.isArray(map.sources) || Array.isArray(map.sourcesContent))
    collectRegular(map, prefix, out);
  map.sections.forEach((section, i) => {
    if (isJsonObject(section))
      collectInto(section.map, `${prefix}${i}.`, out, depth + 1, onTooDeep);
  });
}
function collectRegular(map, prefix, out, lazy) {
  const sources = Array.isArray(map.sources) ? map.sources : [];
  const contents = lazy ?? (Array.isArray(map.sourcesContent) ? map.sourcesContent : []);
  const ignored = ignoredIndices(map);
  const sourceRoot = typeof map.sourceRoot === "string" && map.sourceRoot !== "" ? map.sourceRoot : void 0;
  const count = Math.max(sources.length, contents.length);
  for (let i = 0; i < count; i++) {
    const source = sources[i];
    const content = contents[i];
    const entry = {
      source: typeof source === "string" ? source : null,
      index: `${prefix}${i}`,
      content: typeof content === "string" ? content : null,
      ignored: ignored.has(i),
      sourceRoot
    };
    out.push(lazy && content ? { ...entry, lazy: content } : entry);
  }
}
function ignoredIndices(map) {
  const set = /* @__PURE__ */ new Set();
  for (const list of [map.ignoreList, map.x_google_ignoreList]) {
    if (!Array.isArray(list))
      continue;
    for (const item of list)
      if (typeof item === "number")
        set.add(item);
  }
  return set;
}

// dist/sourcemaps/original-positions.js
var LAZY_MAP_BYTES = 1024 * 1024;
function mapsOfGeneratedFiles(contents, maps) {
  const byGenerated = /* @__PURE__ */ new Map();
  for (const map of maps) {
    if (map.origin === "remote")
      continue;
    const generated = map.origin === "inline" ? [map.path] : map.generated;
    for (const path of generated)
      if (!byGenerated.has(path))
        byGenerated.set(path, map);
  }
  for (const map of maps) {
    if (map.origin !== "file" || map.generated.length > 0 || !map.path.endsWith(".map"))
      continue;
    const owner = map.path.slice(0, -".map".length);
    if (contents.byPath.has(owner) && !byGenerated.has(owner))
      byGenerated.set(owner, map);
  }
  return byGenerated;
}
async function lookupOriginalPositions(contents, analysis, positions) {
  const results = new Array(positions.length).fill(void 0);
  const byGenerated = mapsOfGeneratedFiles(contents, analysis.maps);
  const wanted = /* @__PURE__ */ new Map();
  positions.forEach((position, i) => {
    const map = byGenerated.get(position.path);
    if (map)
      wanted.set(map, [...wanted.get(map) ?? [], i]);
  });
  if (wanted.size === 0)
    return results;
  const { SourceMapConsumer } = await import("source-map");
  for (const [map, indices] of wanted) {
    const raw = readRawMap(contents, map);
    if (!raw || Array.isArray(raw.sections))
      continue;
    const recovered = analysis.sources.filter((source) => source.map === map.path);
    try {
      await SourceMapConsumer.with(raw, null, (consumer) => {
        for (const i of indices)
          results[i] = locate(consumer, SourceMapConsumer.LEAST_UPPER_BOUND, positions[i], { path: map.path, raw, recovered });
      });
    } catch {
    }
  }
  return results;
}
function locate(consumer, leastUpperBound, position, map) {
  const generated = { line: position.line, column: position.column - 1 };
  let found = consumer.originalPositionFor(generated);
  if (found.source === null)
    found = consumer.originalPositionFor({ ...generated, bias: leastUpperBound });
  if (found.source === null || found.line === null || found.column === null)
    return void 0;
  const index = consumer.sources.indexOf(found.source);
  const sources = Array.isArray(map.raw.sources) ? map.raw.sources : [];
  const written = typeof sources[index] === "string" ? sources[index] : found.source;
  const recovered = map.recovered.find((candidate) => candidate.index === String(index));
  return { map: map.path, source: written, line: found.line, column: found.column + 1, ...recovered ? { recovered } : {} };
}
function readRawMap(contents, map) {
  const text = map.origin === "inline" ? inlineMapText(contents, map.path) : fileMapText(contents, map.path);
  if (text === void 0)
    return void 0;
  const parsed = parseMapText(text);
  return "json" in parsed && isJsonObject(parsed.json) ? parsed.json : void 0;
}
function fileMapText(contents, path) {
  const file = contents.byPath.get(path);
  if (!file)
    return void 0;
  return (file.size >= LAZY_MAP_BYTES ? splitSourcesContent(file.data)?.text : void 0) ?? decodeText(file.data);
}
function inlineMapText(contents, path) {
  const file = contents.byPath.get(path);
  const url = file ? extractSourceMappingUrl(file.data, path.toLowerCase().endsWith(".css") ? "css" : "js") : null;
  if (!url || !isDataUrl(url))
    return void 0;
  const decoded2 = decodeDataUrl(url);
  return "text" in decoded2 ? decoded2.text : void 0;
}

// dist/secrets/context.js
var IN_CODE = { context: "code" };
var LABELS = {
  code: "code",
  test: "a test file",
  fixture: "a test fixture",
  docs: "documentation",
  readme: "a README",
  changelog: "a changelog",
  "man-page": "a man page",
  "html-docs": "HTML documentation",
  example: "example code",
  template: "a template file",
  comment: "a code comment",
  "jsdoc-example": "a JSDoc @example",
  dependency: "dependency code"
};
function describePlacement(placement) {
  const label = LABELS[placement.context];
  return placement.dependency ? `${label} (${placement.dependency})` : label;
}
var TEST_FOLDERS = /* @__PURE__ */ new Set([
  "test",
  "tests",
  "__tests__",
  "__test__",
  "spec",
  "specs",
  "__mocks__",
  "e2e",
  "testdata",
  "test-data",
  "test_data",
  "__snapshots__"
]);
var FIXTURE_FOLDERS = /* @__PURE__ */ new Set(["fixtures", "fixture", "__fixtures__"]);
var TEST_FILE = /\.(?:test|spec|e2e)\.[a-z0-9]+$|_test\.[a-z0-9]+$|^test_[^/]*\.py$/;
var DOCS_FOLDERS = /* @__PURE__ */ new Set(["docs", "doc", "documentation", "man", "website"]);
var EXAMPLE_FOLDERS = /* @__PURE__ */ new Set(["examples", "example", "samples", "sample"]);
var DOCS_EXTENSION = /\.(?:md|markdown|mdx|rst|adoc|asciidoc|man)$/;
var MAN_PAGE = /\.[1-9][a-z]{0,3}$/;
var DOCS_NAMES = /^(?:readme|changelog|changes|history|news|release[-_]?notes|releases|upgrading|migration|migrating|contributing|authors|security)(?:\.[a-z]{1,8})?$/;
var TEMPLATE_FILE = /(?:^|\.)(?:example|sample|template|dist|tmpl)$|^\.env\.defaults?$/i;
function isTemplateFile(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return TEMPLATE_FILE.test(name) || /\.(?:example|sample|template)\.[a-z0-9]+$/i.test(name);
}
function placementOfPath(path) {
  const lower = path.toLowerCase().replace(/\\/g, "/");
  const segments = lower.split("/");
  const name = segments.pop() ?? "";
  const dependency = dependencyOf(lower);
  if (dependency)
    return { context: "dependency", dependency };
  if (segments.some((segment) => FIXTURE_FOLDERS.has(segment)))
    return { context: "fixture" };
  if (segments.some((segment) => TEST_FOLDERS.has(segment)) || TEST_FILE.test(name))
    return { context: "test" };
  if (isTemplateFile(name))
    return { context: "template" };
  return placementOfDocs(segments, name);
}
function dependencyOf(path) {
  const at2 = path.lastIndexOf("node_modules/");
  if (at2 < 0 || at2 > 0 && path[at2 - 1] !== "/")
    return void 0;
  return /^(?:@[^/]+\/)?[^/]+/.exec(path.slice(at2 + "node_modules/".length))?.[0];
}
function placementOfDocs(segments, name) {
  const isManFolder = segments.some((segment) => segment === "man" || /^man[1-9]$/.test(segment));
  if (isManFolder && (MAN_PAGE.test(name) || name.endsWith(".man")))
    return { context: "man-page" };
  if (/^(?:changelog|changes|history|news|release[-_]?notes)/.test(name))
    return { context: "changelog" };
  if (name.startsWith("readme"))
    return { context: "readme" };
  if (DOCS_EXTENSION.test(name) || DOCS_NAMES.test(name))
    return { context: "docs" };
  if (segments.some((segment) => DOCS_FOLDERS.has(segment))) {
    return { context: /\.html?$/.test(name) ? "html-docs" : "docs" };
  }
  if (segments.some((segment) => EXAMPLE_FOLDERS.has(segment)))
    return { context: "example" };
  return void 0;
}

// dist/rules/credential-finding.js
function credentialFinding(match, site) {
  const found = finding("secret", site.path, "", {
    severity: match.severity,
    kind: match.kind,
    line: match.line,
    column: match.column,
    preview: match.preview,
    length: match.length,
    hash: match.hash,
    ...site.source !== void 0 ? { source: site.source } : {},
    ...match.facts
  });
  return judgeCredential(found, site.placement);
}
function judgeCredential(finding2, placement) {
  const facts2 = finding2;
  const { severity, advice } = assess(secretRuleByKind(finding2.kind ?? ""), facts2, placement);
  const where = placement.context === "code" ? "" : `, in ${describePlacement(placement)}`;
  const message = `${title(finding2, facts2)} (${finding2.preview}, ${finding2.length} chars) in ${location(finding2)}${where}; ${advice}`;
  const judged = { ...finding2, severity, message, context: placement.context };
  if (placement.dependency !== void 0)
    judged.dependency = placement.dependency;
  else
    delete judged.dependency;
  return judged;
}
function placementOf(finding2) {
  const context = finding2.context ?? "code";
  return typeof finding2.dependency === "string" ? { context, dependency: finding2.dependency } : { context };
}
function assess(rule, facts2, placement) {
  const ruleSeverity = rule?.severity ?? "error";
  if (facts2.checksum === true) {
    const shape = "its checksum holds, so it has the shape of an issued token";
    return {
      severity: "error",
      advice: `${placement.context === "code" ? shape : `even there ${shape}`}: revoke it and remove it from the package.`
    };
  }
  if (facts2.publicValue !== void 0)
    return { severity: "info", advice: `it is ${facts2.publicValue}: public, not a secret.` };
  const host = facts2.host === void 0 ? void 0 : classifyHost(facts2.host);
  if (host === "loopback")
    return { severity: "info", advice: "a password for a service on the local machine: check that it is not reused anywhere else." };
  if (facts2.weakPassword === true) {
    return {
      severity: "warning",
      advice: "a weak password (a common word or the user name, as in examples): if it is the real one, change it."
    };
  }
  if (host === "local") {
    return {
      severity: "warning",
      advice: "a password for a machine on a local network (or every interface of one): it can be a live one; change it if it is."
    };
  }
  if (facts2.checksum === false)
    return {
      severity: "warning",
      advice: "its checksum does not hold, so it was never issued (an example or a test value); check it is not a mistyped live one."
    };
  if (placement.context !== "code" && (rule?.distinctive === true || facts2.keyPair === true)) {
    const shape = facts2.keyPair === true ? "a key id and its secret key together sign requests" : "only issued credentials have this format";
    return { severity: "error", advice: `even there ${shape}: revoke it and remove it from the package.` };
  }
  if (placement.context !== "code") {
    return {
      severity: ruleSeverity === "info" ? "info" : "warning",
      advice: "most likely an example or test value: check that it is not a live credential."
    };
  }
  return { severity: ruleSeverity, advice: "revoke it and remove it from the package." };
}
function title(finding2, facts2) {
  const name = secretRuleByKind(finding2.kind ?? "")?.description ?? finding2.kind ?? "Credential";
  if (facts2.keyType !== void 0)
    return `${name} (${facts2.keyType})`;
  if (facts2.host !== void 0)
    return `${name} for ${facts2.host}`;
  return name;
}
function location(finding2) {
  if (finding2.source !== void 0)
    return `${finding2.source}:${finding2.line}, recovered from ${finding2.path}`;
  const original = finding2.original;
  return `${finding2.path}:${finding2.line}${original ? ` (from ${original.source}:${original.line})` : ""}`;
}

// dist/rules/source-placement.js
import { posix as posix2 } from "node:path";

// dist/sourcemaps/resolve-source.js
import { posix } from "node:path";
var SCHEME = /^([a-z][\w+.-]*):\/\//i;
function resolveSourcePath(source, sourceRoot, mapPath, index) {
  if (source === null)
    return `(unnamed source ${index})`;
  const joined = sourceRoot !== void 0 && !SCHEME.test(source) && !isAbsolute(source) ? `${sourceRoot}${sourceRoot.endsWith("/") ? "" : "/"}${source}` : source;
  const scheme = SCHEME.exec(joined)?.[1]?.toLowerCase();
  if (scheme === "http" || scheme === "https")
    return joined;
  if (scheme === "file")
    return normaliseAbsolute(percentDecode(joined.replace(/^file:\/\/[^/]*/i, "")));
  if (scheme !== void 0)
    return normaliseRelative(stripBundlerPrefix(joined));
  const path = stripQuery(joined).replace(/\\/g, "/");
  if (isAbsolute(path))
    return normaliseAbsolute(path);
  return normaliseRelative(posix.join(posix.dirname(mapPath), path));
}
function stripBundlerPrefix(source) {
  const match = SCHEME.exec(source);
  if (!match)
    return stripQuery(source);
  const rest = source.slice(match[0].length);
  const first = rest.indexOf("/");
  const slash = rest.startsWith("@") && first >= 0 ? rest.indexOf("/", first + 1) : first;
  return stripQuery(slash < 0 ? rest : rest.slice(slash + 1)).replace(/\\/g, "/");
}
function isAbsolute(path) {
  return path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith("\\\\");
}
function stripQuery(path) {
  const query = path.indexOf("?");
  return query < 0 ? path : path.slice(0, query);
}
function normaliseAbsolute(path) {
  const slashed = path.replace(/\\/g, "/");
  return /^[A-Za-z]:\//.test(slashed) ? slashed.slice(0, 3) + posix.normalize(slashed.slice(3)) : posix.normalize(slashed);
}
function normaliseRelative(path) {
  const normalised = posix.normalize(path.replace(/^\/+/, ""));
  return normalised === "." ? "" : normalised.replace(/^\.\//, "");
}

// dist/rules/source-placement.js
function createSourcePlacer(sources) {
  let sharedByMap;
  return (source) => {
    if (source.classification === "third-party") {
      const dependency = dependencyOf(source.resolved) ?? dependencyOf(source.source);
      return dependency ? { context: "dependency", dependency } : { context: "dependency" };
    }
    const entry = readEntry(source);
    if (entry.inPackage)
      return placementOfPath(entry.path);
    sharedByMap ??= sharedFolders(sources);
    const shared = sharedByMap.get(source.map) ?? [];
    return placementOfPath(entry.segments.slice(shared.length).join("/"));
  };
}
var SCHEME2 = /^[a-z][\w+.-]*:\/\//i;
function readEntry(source) {
  const path = resolveSourcePath(source.source, void 0, source.map, source.index);
  const outside = SCHEME2.test(source.source) || SCHEME2.test(path) || /^(?:\/|[A-Za-z]:\/|\.\.\/|\.\.$)/.test(path);
  if (!outside)
    return { path, inPackage: true, segments: [] };
  const bare = path.replace(SCHEME2, "").replace(/^[A-Za-z]:\//, "");
  return {
    path,
    inPackage: false,
    segments: posix2.normalize(`/${bare}`).split("/").filter((segment) => segment !== "" && segment !== "..")
  };
}
function sharedFolders(sources) {
  const shared = /* @__PURE__ */ new Map();
  for (const source of sources) {
    if (source.classification === "third-party")
      continue;
    const entry = readEntry(source);
    if (entry.inPackage)
      continue;
    const folders = entry.segments.slice(0, -1);
    const known = shared.get(source.map);
    if (!known)
      shared.set(source.map, folders);
    else
      known.splice(commonLength(known, folders));
  }
  return shared;
}
function commonLength(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n])
    n++;
  return n;
}

// dist/rules/attribute-originals.js
async function attributeToOriginals(findings, contents, analysis) {
  const located = findings.flatMap((finding2, i) => finding2.line !== void 0 && finding2.source === void 0 ? [i] : []);
  if (located.length === 0 || analysis.maps.length === 0)
    return [...findings];
  const positions = await lookupOriginalPositions(contents, analysis, located.map((i) => ({ path: findings[i].path, line: findings[i].line, column: findings[i].column ?? 1 })));
  const holds = createValueCheck();
  const placementOfSource = createSourcePlacer(analysis.sources);
  const out = [...findings];
  located.forEach((i, k) => {
    const position = positions[k];
    if (!position)
      return;
    const finding2 = { ...findings[i], original: { source: position.source, line: position.line, column: position.column } };
    out[i] = finding2.rule === "secret" ? judgeCredential(finding2, placementOfOriginal(position, finding2, holds, placementOfSource)) : finding2;
  });
  return out;
}
function createValueCheck() {
  const hashes = /* @__PURE__ */ new Map();
  return (source, finding2) => {
    let found = hashes.get(source);
    if (!found) {
      found = new Set(scanText(source.content).map((match) => match.hash));
      hashes.set(source, found);
    }
    return finding2.hash !== void 0 && found.has(finding2.hash);
  };
}
function placementOfOriginal(position, finding2, holds, placementOfSource) {
  const current = placementOf(finding2);
  if (current.context !== "code" || !position.recovered || !holds(position.recovered, finding2))
    return current;
  return placementOfSource(position.recovered) ?? current;
}

// dist/rules/baseline-rules.js
function compareWithBaseline(baseline, contents, maps) {
  const before = new Map(baseline.files.map((file) => [file.path, file.size]));
  const after = new Map(contents.files.map((file) => [file.path, file.size]));
  const added = contents.files.filter((file) => !before.has(file.path)).map(({ path, size }) => ({ path, size }));
  const removed = baseline.files.filter((file) => !after.has(file.path)).map(({ path, size }) => ({ path, size }));
  const changed = contents.files.filter((file) => before.has(file.path) && before.get(file.path) !== file.size).map((file) => ({ path: file.path, before: before.get(file.path), after: file.size }));
  const oldMaps = new Set(baseline.maps.map((map) => mapKey(map)));
  return {
    target: baseline.info,
    firstRelease: baseline.info === null,
    added,
    removed,
    changed,
    totals: { before: totals(baseline.files), after: totals(contents.files) },
    newSourceMaps: baseline.info === null ? [] : maps.filter((map) => !oldMaps.has(mapKey(map))).map((map) => map.path)
  };
}
function mapKey(map) {
  return `${map.origin}:${map.path}`;
}
function totals(files) {
  return { files: files.length, unpackedSize: files.reduce((sum, file) => sum + file.size, 0) };
}
function percent(before, after) {
  return before === 0 ? Number.POSITIVE_INFINITY : (after - before) / before * 100;
}
var baselineRules = {
  family: "baseline",
  check({ baseline: given, sourceMaps, policy }) {
    const info = given?.snapshot.info;
    if (!given || !info)
      return [];
    const { snapshot: baseline, comparison } = given;
    const { fileGrowthPercent, packageGrowthPercent, minGrowthBytes } = policy.baseline;
    const since = `since ${info.name ?? "the baseline"}@${info.version ?? "?"}`;
    const findings = [
      ...comparison.added.map((file) => finding("baseline/new-file", file.path, `${file.path} (${formatSize(file.size)}) is new ${since}.`, { size: file.size })),
      ...comparison.removed.map((file) => finding("baseline/removed-file", file.path, `${file.path} (${formatSize(file.size)}) was removed ${since}.`, { size: file.size })),
      ...comparison.changed.filter((file) => file.after - file.before >= minGrowthBytes && percent(file.before, file.after) > fileGrowthPercent).map((file) => finding("baseline/file-growth", file.path, `${file.path} grew from ${formatSize(file.before)} to ${formatSize(file.after)} ${since}.`, { size: file.after, before: file.before }))
    ];
    const { before, after } = comparison.totals;
    if (after.unpackedSize - before.unpackedSize >= minGrowthBytes && percent(before.unpackedSize, after.unpackedSize) > packageGrowthPercent) {
      findings.push(finding("baseline/package-growth", "", `The package grew from ${formatSize(before.unpackedSize)} to ${formatSize(after.unpackedSize)} (${Math.round(percent(before.unpackedSize, after.unpackedSize))}%) ${since}.`, { size: after.unpackedSize, before: before.unpackedSize }));
    }
    return [...findings, ...mapFindings(comparison, baseline, sourceMaps.maps, since)];
  }
};
function mapFindings(comparison, baseline, maps, since) {
  const fresh = new Set(comparison.newSourceMaps);
  const previous = new Map(baseline.maps.map((map) => [mapKey(map), map]));
  const findings = [];
  for (const map of maps) {
    if (fresh.has(map.path)) {
      const what = map.recoverable > 0 ? `; it embeds ${map.recoverable} first-party sources (${formatSize(map.recoverableBytes)})` : "";
      findings.push(finding("baseline/new-source-map", map.path, `${map.path} is a new source map ${since}${what}.`, {
        count: map.recoverable,
        size: map.recoverableBytes
      }));
      continue;
    }
    const old = previous.get(mapKey(map));
    if (old && map.recoverable > old.recoverable) {
      findings.push(finding("baseline/new-embedded-sources", map.path, `${map.path} now embeds ${map.recoverable} recoverable first-party sources, up from ${old.recoverable} ${since}.`, { count: map.recoverable - old.recoverable }));
    }
  }
  return findings;
}

// dist/rules/sensitive-files.js
var ENV_TEMPLATES = /* @__PURE__ */ new Set([".env.example", ".env.sample", ".env.template", ".env.dist", ".env.defaults.example"]);
var ARCHIVE = /\.(tgz|tar|zip|7z|rar|tar\.gz|tar\.xz|tar\.bz2|tar\.zst)$/i;
var KEY_STORE = /\.(p12|pfx|jks|keystore|kdbx)$/i;
var CREDENTIAL_FILES = /* @__PURE__ */ new Set([".netrc", "_netrc", ".git-credentials", ".pgpass", ".htpasswd", ".pypirc", ".s3cfg", ".boto"]);
var CREDENTIAL_PATHS = /(^|\/)(\.aws\/credentials|\.docker\/config\.json|[^/]*\.tfstate(\.backup)?)$/i;
var NPMRC_AUTH = /(_authToken|_auth|_password|npmAuthToken|npmAuthIdent)\s*[=:]\s*\S/;
var DEBUG_LOG = /^(npm-debug\.log.*|yarn-(error|debug)\.log|pnpm-debug\.log|lerna-debug\.log)$/i;
var LEFTOVER_NAMES = /* @__PURE__ */ new Set([".ds_store", "thumbs.db", "desktop.ini", ".directory"]);
var LEFTOVER = /(\.sw[op]|~|\.orig|\.rej|\.bak)$|^\.#/i;
var LEFTOVER_FOLDER = /(^|\/)(\.idea|\.vscode|\.vs)\//;
var COVERAGE_FOLDER = /(^|\/)(coverage|\.nyc_output)\//;
var COVERAGE_FILE = /^(lcov\.info|coverage-final\.json|coverage-summary\.json|clover\.xml)$/i;
var PEM_KEY = /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |ANY )?PRIVATE KEY-----\r?\n(?:[A-Za-z0-9+/=:, -]*\r?\n)*?[A-Za-z0-9+/=]{40,}/;
var PUTTY_KEY = /^PuTTY-User-Key-File-\d+: .+\r?\n[\s\S]{0,400}Private-Lines: \d+/m;
function hasPrivateKey(file) {
  const head = file.data.subarray(0, 65536);
  if (head.includes(0))
    return false;
  const text = head.toString("latin1");
  if (!text.includes("PRIVATE KEY-----") && !text.includes("PuTTY-User-Key-File-"))
    return false;
  return PEM_KEY.test(text) || PUTTY_KEY.test(text);
}
function folderOf(pattern) {
  return (path) => {
    const match = pattern.exec(path);
    return match ? path.slice(0, match.index + match[0].length) : void 0;
  };
}
var SENSITIVE_CHECKS = [
  {
    kind: "git",
    severity: "error",
    why: "a .git folder can hold the whole repository history, remotes and credentials",
    test: (_f, _b, p) => /(^|\/)\.git\//.test(p),
    folder: folderOf(/(^|\/)\.git\//)
  },
  {
    kind: "env-file",
    severity: "error",
    why: "env files hold the secrets an app reads at run time",
    test: (_f, base) => (base === ".env" || base.startsWith(".env.")) && !ENV_TEMPLATES.has(base)
  },
  {
    kind: "npmrc-auth",
    severity: "error",
    why: "it holds a registry auth token that lets anyone publish as you",
    test: (f, base) => (base === ".npmrc" || base === ".yarnrc.yml" || base === ".yarnrc") && NPMRC_AUTH.test(f.data.toString("utf8"))
  },
  {
    kind: "private-key",
    severity: "error",
    outsideCode: "warning",
    why: "it holds a private key; anyone who installs the package has it",
    test: (f) => hasPrivateKey(f)
  },
  {
    kind: "key-store",
    severity: "error",
    outsideCode: "warning",
    why: "key stores and password databases hold private keys and secrets",
    test: (_f, base) => KEY_STORE.test(base)
  },
  {
    kind: "credentials-file",
    severity: "error",
    why: "this kind of file stores logins, tokens or infrastructure secrets",
    test: (_f, base, p) => CREDENTIAL_FILES.has(base) || CREDENTIAL_PATHS.test(p)
  },
  {
    kind: "nested-archive",
    severity: "error",
    why: "a nested archive was not inspected and often holds a whole stale build or source tree",
    test: (_f, base) => ARCHIVE.test(base)
  },
  {
    kind: "coverage",
    severity: "warning",
    why: "coverage reports embed your source code and add weight",
    test: (_f, base, p) => COVERAGE_FOLDER.test(p) || COVERAGE_FILE.test(base),
    folder: folderOf(COVERAGE_FOLDER)
  },
  {
    kind: "tsbuildinfo",
    severity: "warning",
    why: "TypeScript build caches name every source file and are useless to consumers",
    test: (_f, base) => base.endsWith(".tsbuildinfo")
  },
  {
    kind: "debug-log",
    severity: "warning",
    why: "debug logs can hold environment details, paths and tokens",
    test: (_f, base) => DEBUG_LOG.test(base)
  },
  {
    kind: "leftover",
    severity: "warning",
    why: "editor and OS leftovers reveal local details and are never meant to ship",
    test: (_f, base, p) => LEFTOVER_NAMES.has(base.toLowerCase()) || LEFTOVER.test(base) || LEFTOVER_FOLDER.test(p),
    folder: folderOf(LEFTOVER_FOLDER)
  }
];
function sensitiveSeverity(check, path) {
  const placement = check.outsideCode ? placementOfPath(path) : void 0;
  if (!placement)
    return { severity: check.severity, note: "" };
  return {
    severity: check.outsideCode,
    note: ` It is in ${describePlacement(placement)}, so most likely a sample or made for tests: check that it is not a real one.`
  };
}
function findSensitiveKind(file) {
  const base = file.path.slice(file.path.lastIndexOf("/") + 1);
  return SENSITIVE_CHECKS.find((check) => check.test(file, base, file.path));
}

// dist/rules/file-rules.js
var fileRules = {
  family: "file",
  check({ contents }) {
    const findings = [];
    const folders = /* @__PURE__ */ new Map();
    for (const file of contents.files) {
      const check = findSensitiveKind(file);
      if (!check)
        continue;
      const folder = check.folder?.(file.path);
      if (folder) {
        const existing = folders.get(folder);
        if (existing) {
          existing.count = (existing.count ?? 0) + 1;
          existing.size = (existing.size ?? 0) + file.size;
          continue;
        }
        const finding2 = sensitive(folder, check.kind, check.severity, `${folder} ships: ${check.why}.`, file.size);
        finding2.count = 1;
        folders.set(folder, finding2);
        findings.push(finding2);
        continue;
      }
      const { severity, note } = sensitiveSeverity(check, file.path);
      findings.push(sensitive(file.path, check.kind, severity, `${file.path} ships: ${check.why}.${note}`, file.size));
    }
    return findings;
  }
};
function sensitive(path, kind, severity, message, size) {
  return finding("file/sensitive", path, message, { severity, kind, size });
}
var tarballRules = {
  family: "tarball",
  check({ contents }) {
    return contents.unsafeEntries.map((entry) => finding("tarball/unsafe-entry", entry.path, unsafeEntryMessage(entry), {
      // A platform-dependent name, or a path written twice with the same bytes, hides nothing
      // (what npm installs is what was inspected): worth a look, not a fail.
      ...entry.reason === "platform-dependent" || entry.detail === "identical copies" ? { severity: "warning" } : {},
      kind: entry.reason,
      ...entry.linkpath ? { linkpath: entry.linkpath } : {}
    }));
  }
};
function unsafeEntryMessage(entry) {
  const { path, reason, detail } = entry;
  switch (reason) {
    case "duplicate-path":
      return detail === "identical copies" ? `${path} appears more than once in the tarball, every copy with the same bytes; npm keeps the last (the one inspected).` : `${path} appears more than once in the tarball with different bytes; npm keeps the last copy (the one inspected), so the earlier ones ship unseen.`;
    case "absolute-path":
      return `${path} has an absolute or drive path in the tarball (${detail ?? "root stripped"}); inspected where npm installs it.`;
    case "not-installed":
      return `${path} is in the tarball but npm does not install it (${detail ?? "skipped"}); other tools reading the tarball may (not inspected).`;
    case "platform-dependent":
      return `${path} is installed differently on other systems (${detail ?? "name"}); inspected as npm writes it on Linux.`;
    default:
      return entry.linkpath ? `${path} is a ${reason} to ${entry.linkpath}; links in a package can point installs at files outside it (not followed).` : `${path} is a ${reason} entry${detail ? ` (${detail})` : ""}; extracting it could write outside the package folder (not extracted).`;
  }
}

// dist/tarball/is-binary.js
var at = (offset, ...bytes) => (data) => bytes.every((byte, i) => data[offset + i] === byte);
var ascii = (offset, text) => at(offset, ...[...text].map((char) => char.charCodeAt(0)));
var any = (...magics) => (data) => magics.some((magic) => magic(data));
var ELF = at(0, 127, 69, 76, 70);
var MACH_O = any(at(0, 254, 237, 250, 206), at(0, 254, 237, 250, 207), at(0, 206, 250, 237, 254), at(0, 207, 250, 237, 254), at(0, 202, 254, 186, 190));
var PE = ascii(0, "MZ");
var ISO_MEDIA = ascii(4, "ftyp");
var RIFF = (kind) => (data) => ascii(0, "RIFF")(data) && ascii(8, kind)(data);
var FORMATS = {
  png: at(0, 137, 80, 78, 71),
  jpg: at(0, 255, 216, 255),
  jpeg: at(0, 255, 216, 255),
  gif: ascii(0, "GIF8"),
  webp: RIFF("WEBP"),
  avif: ISO_MEDIA,
  heic: ISO_MEDIA,
  ico: any(at(0, 0, 0, 1, 0), at(0, 0, 0, 2, 0)),
  cur: at(0, 0, 0, 2, 0),
  bmp: ascii(0, "BM"),
  tif: any(ascii(0, "II*\0"), ascii(0, "MM\0*")),
  tiff: any(ascii(0, "II*\0"), ascii(0, "MM\0*")),
  psd: ascii(0, "8BPS"),
  icns: ascii(0, "icns"),
  woff: ascii(0, "wOFF"),
  woff2: ascii(0, "wOF2"),
  ttf: any(at(0, 0, 1, 0, 0), ascii(0, "true")),
  otf: ascii(0, "OTTO"),
  eot: ascii(34, "LP"),
  zip: any(ascii(0, "PK"), ascii(0, "PK")),
  jar: ascii(0, "PK"),
  gz: at(0, 31, 139),
  tgz: at(0, 31, 139),
  bz2: ascii(0, "BZh"),
  xz: at(0, 253, 55, 122, 88, 90),
  zst: at(0, 40, 181, 47, 253),
  "7z": at(0, 55, 122, 188, 175, 39, 28),
  rar: ascii(0, "Rar!"),
  tar: ascii(257, "ustar"),
  wasm: at(0, 0, 97, 115, 109),
  node: any(ELF, MACH_O, PE),
  so: ELF,
  dylib: MACH_O,
  dll: PE,
  exe: PE,
  o: any(ELF, MACH_O),
  a: ascii(0, "!<arch>\n"),
  pdf: ascii(0, "%PDF"),
  mp3: any(ascii(0, "ID3"), at(0, 255, 251), at(0, 255, 243), at(0, 255, 242)),
  mp4: ISO_MEDIA,
  m4a: ISO_MEDIA,
  mov: ISO_MEDIA,
  ogg: ascii(0, "OggS"),
  oga: ascii(0, "OggS"),
  wav: RIFF("WAVE"),
  avi: RIFF("AVI "),
  flac: ascii(0, "fLaC"),
  webm: at(0, 26, 69, 223, 163),
  mkv: at(0, 26, 69, 223, 163),
  sqlite: ascii(0, "SQLite format 3\0"),
  db: ascii(0, "SQLite format 3\0"),
  class: at(0, 202, 254, 186, 190),
  glb: ascii(0, "glTF"),
  pack: ascii(0, "PACK"),
  idx: at(0, 255, 116, 79, 99)
};
function isBinary(path, data) {
  const dot = path.lastIndexOf(".");
  const extension = dot > path.lastIndexOf("/") ? path.slice(dot + 1).toLowerCase() : "";
  return FORMATS[extension]?.(data) ?? false;
}

// dist/sourcemaps/code-tokens.js
var TokenKind;
(function(TokenKind2) {
  TokenKind2[TokenKind2["Name"] = 0] = "Name";
  TokenKind2[TokenKind2["Keyword"] = 1] = "Keyword";
  TokenKind2[TokenKind2["String"] = 2] = "String";
  TokenKind2[TokenKind2["Number"] = 3] = "Number";
  TokenKind2[TokenKind2["Template"] = 4] = "Template";
  TokenKind2[TokenKind2["Punctuator"] = 5] = "Punctuator";
  TokenKind2[TokenKind2["Regex"] = 6] = "Regex";
})(TokenKind || (TokenKind = {}));
var KEYWORDS = new Set("abstract accessor any as asserts async await bigint boolean break case catch class const constructor continue debugger declare default delete do else enum export extends false finally for from function get if implements import in infer instanceof interface is keyof let module namespace never new null number object of override package private protected public readonly require return satisfies set static string super switch symbol this throw true try type typeof undefined unique unknown var void while with yield".split(" "));
var REGEX_AFTER_KEYWORD = /* @__PURE__ */ new Set([
  "return",
  "typeof",
  "instanceof",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "case",
  "do",
  "else",
  "yield",
  "await"
]);
var SPACE = 32;
var TAB = 9;
var LF = 10;
var CR = 13;
var QUOTE2 = 34;
var DOLLAR = 36;
var APOSTROPHE = 39;
var DOT = 46;
var SLASH = 47;
var STAR = 42;
var ZERO = 48;
var NINE = 57;
var OPEN_BRACKET = 91;
var BACKSLASH2 = 92;
var CLOSE_BRACKET = 93;
var UNDERSCORE = 95;
var BACKTICK = 96;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var EQUALS = 61;
var BANG = 33;
var QUESTION = 63;
var AMPERSAND = 38;
var BAR = 124;
var LESS = 60;
var GREATER = 62;
function isNameStart(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code === DOLLAR || code === UNDERSCORE || code === BACKSLASH2 || code > 127;
}
function isNamePart(code) {
  return isNameStart(code) || code >= ZERO && code <= NINE;
}
function isDigit(code) {
  return code >= ZERO && code <= NINE;
}
function scanCode(text, sink, onComment) {
  const length = text.length;
  const templates = [];
  let depth = 0;
  let newline = false;
  let previousKind = TokenKind.Punctuator;
  let previousText = "";
  const emit = (kind, token) => {
    sink(kind, token, newline);
    newline = false;
    previousKind = kind;
    previousText = token;
  };
  let i = text.startsWith("#!") ? skipLine(text, 0) : 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === SPACE || code === TAB || code === CR) {
      i++;
    } else if (code === LF) {
      newline = true;
      i++;
    } else if (code === SLASH && text.charCodeAt(i + 1) === SLASH) {
      const start = i;
      i = skipLine(text, i);
      onComment?.(start, i);
      newline = true;
    } else if (code === SLASH && text.charCodeAt(i + 1) === STAR) {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? length : end + 2;
      for (let k = i + 2; k < stop && !newline; k++)
        if (text.charCodeAt(k) === LF)
          newline = true;
      onComment?.(i, stop);
      i = stop;
    } else if (isNameStart(code)) {
      let end = i + 1;
      while (end < length && isNamePart(text.charCodeAt(end)))
        end++;
      const word = text.slice(i, end);
      const afterDot = previousKind === TokenKind.Punctuator && (previousText === "." || previousText === "?.");
      emit(!afterDot && KEYWORDS.has(word) ? TokenKind.Keyword : TokenKind.Name, word);
      i = end;
    } else if (isDigit(code) || code === DOT && isDigit(text.charCodeAt(i + 1))) {
      let end = i + 1;
      while (end < length && (isNamePart(text.charCodeAt(end)) || text.charCodeAt(end) === DOT))
        end++;
      emit(TokenKind.Number, numberText(text.slice(i, end)));
      i = end;
    } else if (code === QUOTE2 || code === APOSTROPHE) {
      const end = skipString(text, i, code);
      emit(TokenKind.String, text.slice(i + 1, Math.max(i + 1, end - 1)));
      i = end;
    } else if (code === BACKTICK || code === CLOSE_BRACE && templates.length > 0 && templates[templates.length - 1] === depth) {
      if (code === CLOSE_BRACE)
        templates.pop();
      const { end, opensExpression } = scanTemplateChunk(text, i + 1);
      emit(TokenKind.Template, text.slice(i + 1, opensExpression ? end - 2 : end - 1));
      if (opensExpression)
        templates.push(depth);
      i = end;
    } else if (code === SLASH && startsRegex(previousKind, previousText)) {
      const end = skipRegex(text, i);
      emit(TokenKind.Regex, text.slice(i, end));
      i = end;
    } else {
      const token = punctuatorAt(text, i, code);
      if (code === OPEN_BRACE)
        depth++;
      else if (code === CLOSE_BRACE)
        depth--;
      emit(TokenKind.Punctuator, token);
      i += token.length;
    }
  }
}
function lexCode(text) {
  const tokens = [];
  scanCode(text, (kind, token, newline) => tokens.push({ kind, text: token, newline }));
  return tokens;
}
function punctuatorAt(text, i, code) {
  const next = text.charCodeAt(i + 1);
  switch (code) {
    case DOT:
      return next === DOT && text.charCodeAt(i + 2) === DOT ? "..." : ".";
    case EQUALS:
      return next === EQUALS ? text.charCodeAt(i + 2) === EQUALS ? "===" : "==" : next === GREATER ? "=>" : "=";
    case BANG:
      return next === EQUALS ? text.charCodeAt(i + 2) === EQUALS ? "!==" : "!=" : "!";
    case QUESTION:
      return next === DOT && !isDigit(text.charCodeAt(i + 2)) ? "?." : next === QUESTION ? "??" : "?";
    case AMPERSAND:
      return next === AMPERSAND ? "&&" : "&";
    case BAR:
      return next === BAR ? "||" : "|";
    case LESS:
      return next === EQUALS ? "<=" : "<";
    case GREATER:
      return next === EQUALS ? ">=" : ">";
    default:
      return text[i];
  }
}
function numberText(raw) {
  const value = Number(raw.includes("_") || raw.endsWith("n") ? raw.replace(/_/g, "").replace(/n$/, "") : raw);
  return Number.isFinite(value) ? String(value) : raw;
}
function startsRegex(previousKind, previousText) {
  switch (previousKind) {
    case TokenKind.Name:
    case TokenKind.Number:
    case TokenKind.String:
    case TokenKind.Template:
    case TokenKind.Regex:
      return false;
    case TokenKind.Keyword:
      return REGEX_AFTER_KEYWORD.has(previousText);
    default:
      return previousText !== ")" && previousText !== "]" && previousText !== "}";
  }
}
function skipLine(text, from) {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end + 1;
}
function skipString(text, start, quote) {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH2)
      i += 2;
    else if (code === quote)
      return i + 1;
    else if (code === LF)
      return i;
    else
      i++;
  }
  return text.length;
}
function scanTemplateChunk(text, from) {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH2)
      i += 2;
    else if (code === BACKTICK)
      return { end: i + 1, opensExpression: false };
    else if (code === DOLLAR && text.charCodeAt(i + 1) === OPEN_BRACE)
      return { end: i + 2, opensExpression: true };
    else
      i++;
  }
  return { end: text.length, opensExpression: false };
}
function skipRegex(text, start) {
  let i = start + 1;
  let inClass = false;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH2)
      i += 2;
    else if (code === LF)
      return i;
    else if (code === OPEN_BRACKET) {
      inClass = true;
      i++;
    } else if (code === CLOSE_BRACKET) {
      inClass = false;
      i++;
    } else if (code === SLASH && !inClass) {
      i++;
      while (i < text.length && isNamePart(text.charCodeAt(i)))
        i++;
      return i;
    } else
      i++;
  }
  return text.length;
}
function valueTokens(tokens) {
  const values = [];
  for (const token of tokens)
    if (isValueToken(token.kind, token.text))
      values.push(token.text);
  return values;
}
function isValueToken(kind, text) {
  return kind === TokenKind.Name || kind === TokenKind.String || kind === TokenKind.Number || kind === TokenKind.Template && text.length > 0;
}

// dist/rules/comment-placement.js
var LEXED = /\.(?:[cm]?[jt]sx?|java|kt|kts|scala|go|rs|c|cc|cpp|cxx|h|hpp|cs|swift|dart|php)$/i;
var MAX_LINE = 4096;
var MAX_WALK = 16384;
function createCommentLocator(path, text) {
  if (!LEXED.test(path))
    return () => void 0;
  let spans;
  return (offset) => {
    if (!mayBeInComment(text, offset))
      return void 0;
    spans ??= commentSpans(text);
    const start = spanAround(spans, offset);
    return start === void 0 ? void 0 : placementInComment(text, start, offset);
  };
}
function mayBeInComment(text, offset) {
  const from = Math.max(0, offset - MAX_LINE - 1);
  const newline = text.slice(from, offset).lastIndexOf("\n");
  if (newline < 0 && from > 0)
    return false;
  if (text.slice(from + newline + 1, offset).includes("//"))
    return true;
  return text.slice(Math.max(0, offset - MAX_WALK), offset).includes("/*");
}
function commentSpans(text) {
  const spans = [];
  scanCode(text, () => {
  }, (start, end) => spans.push(start, end));
  return spans;
}
function spanAround(spans, offset) {
  let low = 0;
  let high = spans.length / 2;
  while (low < high) {
    const middle = low + high >>> 1;
    if (spans[2 * middle] <= offset)
      low = middle + 1;
    else
      high = middle;
  }
  const at2 = low - 1;
  return at2 >= 0 && offset < spans[2 * at2 + 1] ? spans[2 * at2] : void 0;
}
function placementInComment(text, start, offset) {
  const head = text.slice(Math.max(start, offset - MAX_WALK), offset);
  const example = head.lastIndexOf("@example");
  if (example >= 0 && !/\n[\s*]*@\w/.test(head.slice(example + "@example".length)))
    return { context: "jsdoc-example" };
  return { context: "comment" };
}

// dist/rules/link-occurrences.js
var MAX_ALSO_IN = 20;
function linkOccurrences(findings) {
  const kept = /* @__PURE__ */ new Map();
  const places = /* @__PURE__ */ new Map();
  const unhashed = [];
  for (const finding2 of findings) {
    if (finding2.hash === void 0) {
      unhashed.push(finding2);
      continue;
    }
    const occurrence = {
      path: finding2.path,
      ...finding2.source !== void 0 ? { source: finding2.source } : {},
      ...finding2.line !== void 0 ? { line: finding2.line } : {}
    };
    const list = places.get(finding2.hash) ?? [];
    list.push(occurrence);
    places.set(finding2.hash, list);
    const key = `${finding2.path}\0${finding2.source ?? ""}\0${finding2.hash}`;
    const previous = kept.get(key);
    if (!previous || isWorse(finding2, previous))
      kept.set(key, finding2);
  }
  const linked = [...kept.values()].map((finding2) => {
    const all = places.get(finding2.hash);
    if (all.length < 2)
      return finding2;
    const others = all.filter((place) => !(place.path === finding2.path && place.source === finding2.source && place.line === finding2.line));
    return { ...finding2, alsoIn: others.slice(0, MAX_ALSO_IN), occurrences: all.length };
  });
  return [...linked, ...unhashed];
}
function isWorse(a, b) {
  const rank = SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
  return rank < 0 || rank === 0 && (a.line ?? 0) < (b.line ?? 0);
}

// dist/rules/map-text-secrets.js
var MIN_PIECE = 8;
function scanMapOutsideSources(data) {
  const split = splitSourcesContent(data);
  if (!split)
    return null;
  const excluded = split.contents.flatMap((ref) => ref ? [[ref.start, ref.end]] : []);
  if (split.mappings)
    excluded.push([split.mappings.start, split.mappings.end]);
  excluded.sort((a, b) => a[0] - b[0]);
  excluded.push([data.length, data.length]);
  const positionAt = createPositionTracker(data);
  const matches = [];
  let cursor = 0;
  for (const [start, end] of excluded) {
    if (start - cursor >= MIN_PIECE) {
      const base = positionAt(cursor);
      for (const match of scanText(data.toString("latin1", cursor, start)))
        matches.push(shift(match, base, cursor));
    }
    cursor = Math.max(cursor, end);
  }
  return matches;
}
function createPositionTracker(data) {
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  return (offset) => {
    for (let newline = data.indexOf(10, scanned); newline >= 0 && newline < offset; newline = data.indexOf(10, newline + 1)) {
      line += 1;
      lineStart = newline + 1;
    }
    scanned = offset;
    return { line, column: offset - lineStart + 1 };
  };
}
function shift(match, base, offset) {
  return match.line === 1 ? { ...match, line: base.line, column: base.column + match.column - 1, offset: offset + match.offset } : { ...match, line: base.line + match.line - 1, offset: offset + match.offset };
}

// dist/rules/secret-rules.js
var secretRules = {
  family: "secret",
  check({ contents, policy, sourceMaps }) {
    if (!policy.secrets.enabled)
      return [];
    const { findings, wholeMaps } = scanShippedFiles(contents, sourceMaps);
    findings.push(...scanRecoveredSources(contents, sourceMaps));
    const fromSources = new Set(findings.filter((finding2) => finding2.source !== void 0).map((finding2) => `${finding2.path}\0${finding2.hash}`));
    return linkOccurrences([...findings, ...wholeMaps.filter((finding2) => !fromSources.has(`${finding2.path}\0${finding2.hash}`))]);
  }
};
function scanShippedFiles(contents, sourceMaps) {
  const analysedMaps = new Set(sourceMaps.maps.filter((map) => map.origin === "file" && map.withContent > 0).map((map) => map.path));
  const findings = [];
  const wholeMaps = [];
  for (const file of contents.files) {
    if (isBinary(file.path, file.data))
      continue;
    const outside = analysedMaps.has(file.path) ? scanMapOutsideSources(file.data) : void 0;
    const text = outside ? void 0 : decodeText(file.data);
    const matches = outside ?? scanText(text);
    if (matches.length === 0)
      continue;
    const into = outside === null ? wholeMaps : findings;
    const skipped = kindsReportedAsFile(file);
    const placement = placementOfPath(file.path);
    const inComment = placement || text === void 0 ? void 0 : createCommentLocator(file.path, text);
    for (const match of matches) {
      if (skipped?.has(match.kind))
        continue;
      const where = placement ?? inComment?.(match.offset) ?? IN_CODE;
      into.push(credentialFinding(match, { path: file.path, placement: where }));
    }
  }
  return { findings, wholeMaps };
}
function scanRecoveredSources(contents, sourceMaps) {
  const findings = [];
  const mayHoldSecret = createRawPrefilter(sourceMaps.sources);
  const placementOfSource = createSourcePlacer(sourceMaps.sources);
  for (const source of sourceMaps.sources) {
    if (!mayHoldSecret(source) || isShippedCopy(source, contents))
      continue;
    const matches = scanText(source.content);
    if (matches.length === 0)
      continue;
    const placement = placementOfSource(source);
    const inComment = placement ? void 0 : createCommentLocator(source.resolved, source.content);
    for (const match of matches) {
      const where = placement ?? inComment?.(match.offset) ?? IN_CODE;
      findings.push(credentialFinding(match, { path: source.map, source: source.source, placement: where }));
    }
  }
  return findings;
}
var REPORTED_AS_FILE = {
  "private-key": /* @__PURE__ */ new Set(["private-key", "putty-private-key"]),
  "npmrc-auth": /* @__PURE__ */ new Set(["npmrc-auth", "npm-token"])
};
function kindsReportedAsFile(file) {
  const kind = findSensitiveKind(file)?.kind;
  return kind === void 0 ? void 0 : REPORTED_AS_FILE[kind];
}
function createRawPrefilter(sources) {
  const hitsByMap = /* @__PURE__ */ new Map();
  for (const [data, span] of contentSpans(sources)) {
    const hits = hasEscapedAsciiAround(data, span.refs) ? null : keywordHitOffsets(data.toString("latin1", span.start, span.end));
    hitsByMap.set(data, hits ? hits.map((offset) => offset + span.start) : null);
  }
  return (source) => {
    if (!source.raw)
      return true;
    const hits = hitsByMap.get(source.raw.data);
    return hits === null || hits === void 0 || hasOffsetWithin(hits, source.raw.start, source.raw.end);
  };
}
function contentSpans(sources) {
  const spans = /* @__PURE__ */ new Map();
  for (const { raw } of sources) {
    if (!raw)
      continue;
    const span = spans.get(raw.data);
    if (!span)
      spans.set(raw.data, { start: raw.start, end: raw.end, refs: [raw] });
    else {
      span.start = Math.min(span.start, raw.start);
      span.end = Math.max(span.end, raw.end);
      span.refs.push(raw);
    }
  }
  return spans;
}
function hasOffsetWithin(sorted, start, end) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (sorted[middle] < start)
      low = middle + 1;
    else
      high = middle;
  }
  return low < sorted.length && sorted[low] < end;
}
function isShippedCopy(source, contents) {
  if (source.classification !== "shipped")
    return false;
  if (source.reason === "shipped-content")
    return true;
  const file = contents.byPath.get(source.resolved);
  return file !== void 0 && normaliseNewlines(decodeText(file.data)) === normaliseNewlines(source.content);
}

// dist/sourcemaps/shipped-index.js
import { createHash } from "node:crypto";

// dist/sourcemaps/known-helper-hashes.js
var KNOWN_HELPER_HASHES = /* @__PURE__ */ new Set([
  "10056:7a0b3ed13e8415a0",
  // tslib@1.13.0/tslib.es6.js
  "1006:4b83b2d36669b64a",
  // regenerator-runtime@0.10.0/runtime-module.js
  "10240:f51a2490dac1acca",
  // tslib@1.8.0/tslib.js
  "10306:5dc99475665ad7d0",
  // tslib@1.8.1/tslib.js
  "10452:01cb57fe890771f5",
  // tslib@2.0.0/tslib.es6.js
  "10456:392b1e136eacd1eb",
  // tslib@1.12.0/tslib.es6.js
  "10509:2307cc45109aa8fd",
  // tslib@2.0.1/tslib.es6.js
  "10829:9eed3fad61891d5c",
  // tslib@1.9.0/tslib.js
  "10848:108567b76606e3e8",
  // tslib@2.1.0/tslib.es6.js
  "11253:d629dc889d0263c8",
  // tslib@1.9.1/tslib.js
  "1129:7a646b73e37d0d20",
  // regenerator-runtime@0.11.1/runtime-module.js
  "11303:8cdc5faf32b3543c",
  // tslib@1.9.2/tslib.js
  "11370:0b056fa1fdecee9e",
  // tslib@2.2.0/tslib.es6.js
  "1142:cccc8a30ae9d64c0",
  // tslib@2.5.0/modules/index.js
  "11535:7635686600f0664d",
  // tslib@2.3.0/tslib.es6.js
  "11563:174cc895ba52824c",
  // tslib@2.3.1/tslib.es6.js
  "1164:1e6dccaa3927f950",
  // tslib@2.5.2/modules/index.js
  "1170:49f25bfb56a84f84",
  // regenerator-runtime@0.12.1/runtime-module.js
  "11782:04640ad4a0fed721",
  // tslib@1.10.0/tslib.js
  "12032:31797101888d4ccb",
  // tslib@2.4.0/tslib.es6.js
  "12064:6413c253d988bd17",
  // tslib@2.4.1/tslib.es6.js
  "1270:fa4e0c6f632e8432",
  // tslib@2.6.0/modules/index.js
  "12714:db2aa301f2ffbabd",
  // tslib@1.11.2/tslib.js
  "12717:5c0b1a61d56c4fc3",
  // tslib@1.11.1/tslib.js
  "12920:7e3a50bd63584db7",
  // tslib@1.13.0/tslib.js
  "13336:47d6e81d1b718ad8",
  // tslib@1.12.0/tslib.js
  "13393:18e1c0847f3b1b49",
  // tslib@2.0.1/tslib.js
  "1346:0b2e098d44c3f7ea",
  // tslib@2.8.0/modules/index.js
  "13831:7888fdfda32a4fb3",
  // tslib@2.1.0/tslib.js
  "14345:dd4a348161f4fa70",
  // tslib@2.2.0/tslib.js
  "14471:f09d8b5efd466714",
  // tslib@2.5.0/tslib.es6.js
  "14526:f6b5cbbc4ca7351b",
  // tslib@2.3.0/tslib.js
  "14546:8f3cd9fb8d3d786c",
  // tslib@2.5.3/tslib.es6.mjs
  "14554:daf7b872d8ebf7d3",
  // tslib@2.3.1/tslib.js
  "14958:13633f6ed4f157d2",
  // tslib@2.5.2/tslib.es6.js
  "15141:0d9a65bab40aee78",
  // tslib@2.4.0/tslib.js
  "15173:61401e531db5529a",
  // tslib@2.4.1/tslib.js
  "16218:7dd78364f57fa566",
  // tslib@2.6.0/tslib.es6.mjs
  "16249:12c153df62a2f37f",
  // tslib@2.6.1/tslib.es6.mjs
  "16530:6b3a9ed3f0b2f46d",
  // tslib@2.6.3/tslib.es6.mjs
  "16782:a8868e01d78f717f",
  // tslib@2.6.0/tslib.es6.js
  "16921:5d83156094f41080",
  // tslib@2.7.0/tslib.es6.mjs
  "17218:b8cd02255e20d174",
  // tslib@2.6.1/tslib.es6.js
  "17421:8c88c7b179ec6214",
  // tslib@2.8.0/tslib.es6.mjs
  "17520:ef5f4d2c3fc0a1d1",
  // tslib@2.6.3/tslib.es6.js
  "17648:0929993220938091",
  // tslib@2.8.1/tslib.es6.mjs
  "17949:53e59d903def0768",
  // tslib@2.7.0/tslib.es6.js
  "17997:e817581f06c55932",
  // tslib@2.5.0/tslib.js
  "18003:9db0123b0161daaf",
  // tslib@2.5.2/tslib.js
  "18116:2497254650a79bbf",
  // tslib@2.9.1/tslib.es6.mjs
  "18568:f34491857bf4ef95",
  // tslib@2.8.0/tslib.es6.js
  "18813:944658bcef678610",
  // tslib@2.8.1/tslib.es6.js
  "19299:77c2e971bd5f4ac2",
  // tslib@2.9.1/tslib.es6.js
  "20111:5b2e3cc548bdcbd8",
  // tslib@2.6.0/tslib.js
  "20142:05f14524ef8d415e",
  // tslib@2.6.1/tslib.js
  "20454:5144d188c47ccdf4",
  // tslib@2.6.3/tslib.js
  "20903:eaff639d32d5e40a",
  // tslib@2.7.0/tslib.js
  "21730:30ae4fd119f19717",
  // regenerator-runtime@0.9.0/runtime.js
  "21796:827de9b5cd70b362",
  // regenerator-runtime@0.9.3/runtime.js
  "21848:3625a6ac5a450737",
  // regenerator-runtime@0.9.5/runtime.js
  "21932:d69d1516845f1a26",
  // regenerator-runtime@0.10.0/runtime.js
  "21975:6c825fc7b8b15e8c",
  // regenerator-runtime@0.9.6/runtime.js
  "22119:f66f8e9b7b46d5fc",
  // tslib@2.8.0/tslib.js
  "22540:15f80a5ba6828289",
  // regenerator-runtime@0.10.1/runtime.js
  "22898:5b1e566051b18c11",
  // tslib@2.8.1/tslib.js
  "22975:bc5f6bb9899f1165",
  // regenerator-runtime@0.10.2/runtime.js
  "23226:446912a182513cad",
  // regenerator-runtime@0.13.0/runtime.js
  "23301:5f792fe255fbfcd3",
  // regenerator-runtime@0.13.1/runtime.js
  "23420:75523beb7ce83b1c",
  // tslib@2.9.1/tslib.js
  "23475:b25555f0f2d5dd05",
  // regenerator-runtime@0.12.0/runtime.js
  "23520:3015545c5bcc305d",
  // regenerator-runtime@0.12.1/runtime.js
  "23798:7c8cd9493eb03d0a",
  // regenerator-runtime@0.10.3/runtime.js
  "23955:267c58ca54157232",
  // regenerator-runtime@0.10.4/runtime.js
  "24076:b1ce69b9b9cf4d19",
  // regenerator-runtime@0.13.2/runtime.js
  "24124:a9f56404f76386d0",
  // regenerator-runtime@0.11.1/runtime.js
  "24189:2dbfe5981f955fe0",
  // regenerator-runtime@0.13.5/runtime.js
  "24254:e3b5c42145f3d93b",
  // regenerator-runtime@0.11.0/runtime.js
  "24412:6920498c56a8b267",
  // regenerator-runtime@0.13.6/runtime.js
  "24431:c79f77316587802b",
  // regenerator-runtime@0.10.5/runtime.js
  "24583:2d81987ea861c76c",
  // regenerator-runtime@0.13.7/runtime.js
  "24664:619f630c1ff847bf",
  // regenerator-runtime@0.13.8/runtime.js
  "24843:7206cf318a71ac0c",
  // regenerator-runtime@0.13.9/runtime.js
  "25124:d05833c3e89f02bc",
  // regenerator-runtime@0.13.10/runtime.js
  "25202:e4fa2bcc7507e23f",
  // regenerator-runtime@0.13.11/runtime.js
  "25209:5b27a3613cf1a290",
  // regenerator-runtime@0.14.0/runtime.js
  "25307:7beda998b3fd277f",
  // regenerator-runtime@0.14.1/runtime.js
  "2555:b4c726cf00519bc5",
  // tslib@1.0.0/tslib.es6.js
  "2936:ec9872e52af6d57a",
  // tslib@1.1.0/tslib.es6.js
  "4175:55abc607fe77a012",
  // tslib@1.0.0/tslib.js
  "4758:fa62dc75b57971f1",
  // tslib@1.2.0/tslib.es6.js
  "4764:72e68a6719f54833",
  // tslib@1.3.0/tslib.es6.js
  "4940:fc362f3a6e0733d3",
  // tslib@1.5.0/tslib.es6.js
  "6150:316e75fbf91a2071",
  // tslib@1.4.0/tslib.js
  "6338:d55463887e402705",
  // tslib@1.5.0/tslib.js
  "6407:69225fb5f7d4c258",
  // tslib@1.1.0/tslib.js
  "6420:b84df99329cd47cf",
  // tslib@1.2.0/tslib.js
  "6426:e2b22029b1de4b4d",
  // tslib@1.3.0/tslib.js
  "7631:073d554766e96c4e",
  // tslib@1.7.0/tslib.es6.js
  "7672:f1830fd6ac1fb1c9",
  // tslib@1.7.1/tslib.es6.js
  "7859:497c812952b5b1f5",
  // tslib@1.6.1/tslib.es6.js
  "7867:0b8822ede9ad4b06",
  // tslib@1.8.0/tslib.es6.js
  "7874:372f6f919a6f504a",
  // tslib@1.6.0/tslib.es6.js
  "8218:3340288e1ed589eb",
  // tslib@1.9.0/tslib.es6.js
  "8633:a90e1319c95cf6b9",
  // tslib@1.9.1/tslib.es6.js
  "8683:84b9a8dda74c5680",
  // tslib@1.9.2/tslib.es6.js
  "8861:e4f3a2c701c31007",
  // tslib@1.9.3/tslib.es6.js
  "892:3244dc45c6756bbd",
  // tslib@1.14.0/modules/index.js
  "9240:865c38214db35965",
  // tslib@1.10.0/tslib.es6.js
  "930:9a31eebb8111d917",
  // tslib@2.1.0/modules/index.js
  "945:970e653e9b1414da",
  // regenerator-runtime@0.11.0/runtime-module.js
  "9709:aae81a0aaa718f41",
  // tslib@1.7.0/tslib.js
  "9750:23bd6e4a7b03a78a",
  // tslib@1.7.1/tslib.js
  "984:3ab067203a58a0c3",
  // tslib@2.4.0/modules/index.js
  "9882:d3303914b9f36e59",
  // tslib@1.6.1/tslib.js
  "9897:5533600b0424d317",
  // tslib@1.6.0/tslib.js
  "9935:b91e34666ce95dc3",
  // tslib@1.11.2/tslib.es6.js
  "9938:1471bc0f0335125c"
  // tslib@1.11.1/tslib.es6.js
]);

// dist/sourcemaps/shipped-index.js
function probeOf(content) {
  let length;
  return { normalisedLength: () => length ??= Buffer.byteLength(normaliseNewlines(content), "utf8"), text: () => content };
}
function contentHash(text) {
  return createHash("sha256").update(normaliseNewlines(text)).digest("hex").slice(0, 16);
}
var HELPER_LENGTHS = new Set([...KNOWN_HELPER_HASHES].map((key) => Number(key.slice(0, key.indexOf(":")))));
function isKnownHelper(probe) {
  const length = probe.normalisedLength();
  return HELPER_LENGTHS.has(length) && KNOWN_HELPER_HASHES.has(`${length}:${contentHash(probe.text())}`);
}
var CRLF = Buffer.from("\r\n");
function createShippedContentLookup(contents, exclude) {
  let byLength;
  const hashed = /* @__PURE__ */ new Map();
  return (probe) => {
    byLength ??= indexByLength(contents, exclude);
    const length = probe.normalisedLength();
    const candidates = byLength.get(length);
    if (!candidates)
      return void 0;
    let byHash = hashed.get(length);
    if (!byHash) {
      byHash = /* @__PURE__ */ new Map();
      for (const file of candidates) {
        if (isBinary(file.path, file.data))
          continue;
        const text = decodeText(file.data);
        if (!Buffer.from(text, "utf8").equals(file.data))
          continue;
        const hash = contentHash(text);
        if (!byHash.has(hash))
          byHash.set(hash, file.path);
      }
      hashed.set(length, byHash);
    }
    return byHash.get(contentHash(probe.text()));
  };
}
function indexByLength(contents, exclude) {
  const index = /* @__PURE__ */ new Map();
  for (const file of contents.files) {
    if (exclude.has(file.path))
      continue;
    const length = file.data.length - countCrlf(file.data);
    const list = index.get(length);
    if (list)
      list.push(file);
    else
      index.set(length, [file]);
  }
  return index;
}
function countCrlf(data) {
  let count = 0;
  for (let i = data.indexOf(CRLF); i >= 0; i = data.indexOf(CRLF, i + 2))
    count++;
  return count;
}

// dist/sourcemaps/classify-source.js
var BUNDLER_RUNTIME = /^(?:webpack\/(?:bootstrap(?: [0-9a-f]+)?|runtime\/[^/.]+|universalModuleDefinition|startup|before-startup|after-startup|sharing\/[^.]+|container-entry)$|\(webpack\)(?:-dev-server)?\/(?:buildin|hot|client|node_modules)\/|external(?: [\w-]+)? "[^"]*"$|ignored\||vite\/(?:preload-helper|modulepreload-polyfill)(?:\.js)?$|\/?@vite\/[\w-]+(?:\.js)?$)/;
var CONTEXT_MODULE = / (?:sync|lazy|lazy-once|eager|weak)(?: recursive)?(?: \^.*| nonrecursive \^.*)?$/;
var VIRTUAL_MODULE = /^(?:\.\.?\/)*\0/;
var NODE_MODULES = /(?:^|[/\\])node_modules[/\\]/;
var WORKSPACE_PACKAGE = /(?:^|\/)packages\/([^/]+)\//;
var FIRST_PARTY = { classification: "first-party", reason: "first-party" };
var DEPENDENCY_FIELDS = [
  "dependencies",
  "peerDependencies",
  "optionalDependencies",
  "bundleDependencies",
  "bundledDependencies"
];
function createClassifier(contents, options, shippedContent) {
  const isThirdPartyGlob = options.isThirdPartyPath ?? (() => false);
  const manifest = readPackageJson(contents);
  const ownDirectory = typeof manifest?.name === "string" ? manifest.name.replace(/^@[^/]+\//, "") : void 0;
  const dependencies = declaredDependencies(manifest, options.dependencies ?? [], typeof manifest?.name === "string" ? manifest.name : void 0);
  const workspaceIsThirdParty = options.workspacePackagesAreThirdParty === true;
  const byPath = (raw, resolved) => {
    const source = raw.source ?? "";
    const bare = stripBundlerPrefix(source).replace(/^(?:\.\/)+/, "");
    if (VIRTUAL_MODULE.test(bare))
      return { classification: "third-party", reason: "virtual-module" };
    if (BUNDLER_RUNTIME.test(bare) || CONTEXT_MODULE.test(bare))
      return { classification: "third-party", reason: "bundler-runtime" };
    if (NODE_MODULES.test(resolved))
      return { classification: "third-party", reason: "node_modules" };
    if (namesDependency(resolved, dependencies))
      return { classification: "third-party", reason: "dependency" };
    if (isThirdPartyGlob(resolved))
      return { classification: "third-party", reason: "policy-glob" };
    if (workspaceIsThirdParty && isSiblingWorkspaceSource(resolved, ownDirectory)) {
      return { classification: "third-party", reason: "workspace-package" };
    }
    return FIRST_PARTY;
  };
  const withContent = (raw, resolved, content) => {
    const path = byPath(raw, resolved);
    if (path.classification !== "first-party")
      return path;
    if (isKnownHelper(content))
      return { classification: "third-party", reason: "known-helper" };
    if (shippedContent(content) !== void 0)
      return { classification: "shipped", reason: "shipped-content" };
    return FIRST_PARTY;
  };
  return { byPath, withContent };
}
function declaredDependencies(manifest, extra, own) {
  const names = new Set(extra);
  for (const field of DEPENDENCY_FIELDS) {
    const value = manifest?.[field];
    if (Array.isArray(value)) {
      for (const name of value)
        if (typeof name === "string")
          names.add(name);
    }
    if (isJsonObject(value))
      for (const name of Object.keys(value))
        names.add(name);
  }
  const ownScopes = monorepoScopes(own);
  for (const name of [...names]) {
    const scoped = /^@([^/]+)\/(.+)$/.exec(name);
    if (scoped && ownScopes.has(scoped[1]))
      names.add(scoped[2]).add(`${scoped[1]}-${scoped[2]}`);
  }
  return names;
}
function monorepoScopes(own) {
  if (own === void 0)
    return /* @__PURE__ */ new Set();
  const scoped = /^@([^/]+)\//.exec(own);
  return scoped ? /* @__PURE__ */ new Set([scoped[1]]) : /* @__PURE__ */ new Set([own, own.replace(/-.*$/, "")]);
}
function namesDependency(resolved, dependencies) {
  if (dependencies.size === 0)
    return false;
  const outside = /^(?:\.\.\/)+((?:@[^/]+\/)?[^/]+)\//.exec(resolved)?.[1];
  return outside !== void 0 && dependencies.has(outside);
}
function isSiblingWorkspaceSource(resolved, ownDirectory) {
  if (!resolved.startsWith("../"))
    return false;
  const match = WORKSPACE_PACKAGE.exec(resolved);
  return match !== null && match[1] !== ownDirectory;
}

// dist/sourcemaps/code-shape.js
var MIN_NAMES = 100;
var SHORT_NAMES_MINIFIED = 0.7;
var SHORT_NAMES_PACKED = 0.5;
var LONG_LINE = 500;
var PACKED_SHARE = 0.5;
var SAMPLE = 65536;
function codeShape(text) {
  return judgeShape(countNames(sampleOf(text)), text);
}
function codeShapeOfBytes(data) {
  const names = countNames(sampleOfBytes(data));
  if (names.count < MIN_NAMES)
    return { minified: false, judged: false };
  const share = names.short / names.count;
  return {
    minified: share >= SHORT_NAMES_MINIFIED || share >= SHORT_NAMES_PACKED && packedShareOfBytes(data) >= PACKED_SHARE,
    judged: true
  };
}
function sampleOfBytes(data) {
  if (data.length <= WHOLE_FILE_CHARS)
    return data.toString("utf8");
  const middle = Math.floor(data.length / 2 - SAMPLE / 2);
  return [
    data.toString("utf8", 0, SAMPLE),
    data.toString("utf8", middle, middle + SAMPLE),
    data.toString("utf8", data.length - SAMPLE)
  ].join("\n");
}
function packedShareOfBytes(data) {
  const comment = data.lastIndexOf("sourceMappingURL=");
  const length = comment >= 0 && data.indexOf(10, comment) < 0 ? data.lastIndexOf(10, comment) + 1 : data.length;
  let long = 0;
  let start = 0;
  while (start <= length) {
    const end = data.indexOf(10, start);
    const stop = end < 0 || end > length ? length : end;
    if (stop - start > LONG_LINE)
      long += stop - start;
    if (end < 0 || end >= length)
      break;
    start = end + 1;
  }
  return length === 0 ? 0 : long / length;
}
var MIN_SMALL_NAMES = 20;
var SMALL_PACKED_LINE = 200;
var SMALL_PACKED_SPACES = 0.06;
function judgeShape(names, text) {
  if (names.count < MIN_NAMES) {
    const packed = names.count >= MIN_SMALL_NAMES && names.short / names.count >= SHORT_NAMES_PACKED && packedSmall(text);
    return packed ? { minified: true, judged: true } : { minified: false, judged: false };
  }
  const share = names.short / names.count;
  return { minified: share >= SHORT_NAMES_MINIFIED || share >= SHORT_NAMES_PACKED && packedShare(text) >= PACKED_SHARE, judged: true };
}
var WHOLE_FILE_CHARS = 3 * SAMPLE;
function countName(names, name, afterDot) {
  if (afterDot)
    return;
  names.count++;
  if (name.length <= 2)
    names.short++;
}
function withoutMapComment(text) {
  const at2 = text.lastIndexOf("sourceMappingURL=");
  if (at2 < 0)
    return text;
  const lineStart = text.lastIndexOf("\n", at2) + 1;
  if (!/^\s*(?:\/\/|\/\*)[#@]\s*$/.test(text.slice(lineStart, at2)))
    return text;
  const lineEnd = text.indexOf("\n", at2);
  return lineEnd < 0 || text.slice(lineEnd).trim() === "" ? text.slice(0, lineStart) : text;
}
function sampleOf(text) {
  if (text.length <= WHOLE_FILE_CHARS)
    return text;
  const middle = Math.floor(text.length / 2 - SAMPLE / 2);
  return `${text.slice(0, SAMPLE)}
${text.slice(middle, middle + SAMPLE)}
${text.slice(-SAMPLE)}`;
}
function countNames(text) {
  const names = { count: 0, short: 0 };
  let afterDot = false;
  scanCode(text, (kind, token) => {
    if (kind === TokenKind.Name)
      countName(names, token, afterDot);
    afterDot = kind === TokenKind.Punctuator && (token === "." || token === "?.");
  });
  return names;
}
function packedSmall(text) {
  let lines = 0;
  let chars = 0;
  let spaces = 0;
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed.length === 0 || /^(?:\/\/|\/\*|\*)/.test(trimmed))
      continue;
    lines++;
    chars += trimmed.length;
    for (let i = 0; i < trimmed.length; i++)
      if (trimmed.charCodeAt(i) === 32)
        spaces++;
  }
  return lines > 0 && chars / lines > SMALL_PACKED_LINE && spaces / chars < SMALL_PACKED_SPACES;
}
function packedShare(text) {
  let total = 0;
  let long = 0;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    const length = stop - start;
    total += length;
    if (length > LONG_LINE)
      long += length;
    if (end < 0)
      break;
    start = end + 1;
  }
  return total === 0 ? 0 : long / total;
}

// dist/sourcemaps/erase-types.js
var MAX_GENERIC_TOKENS = 256;
var TYPE_PREFIXES = /* @__PURE__ */ new Set(["keyof", "typeof", "readonly", "unique", "infer", "new", "asserts", "abstract"]);
var AFTER_TYPE_ARGUMENTS = /* @__PURE__ */ new Set(["(", ")", ",", ";", "=", "{", ".", "?.", "extends", "implements", "]", "}"]);
var NOT_IN_TYPE_ARGUMENTS = /* @__PURE__ */ new Set([
  ";",
  "&&",
  "||",
  "==",
  "===",
  "!=",
  "!==",
  "<=",
  ">=",
  "+",
  "-",
  "*",
  "/",
  "%",
  "!",
  "??",
  "?.",
  "=>",
  "^",
  "~"
]);
function eraseForComparison(tokens, options = {}) {
  const eraser = new Eraser(tokens, options.keepEnums === true);
  return { tokens: eraser.run(), imported: eraser.imported };
}
var Eraser = class {
  tokens;
  keepEnums;
  imported = /* @__PURE__ */ new Set();
  out = [];
  contexts = [newContext("{")];
  pendingClassDepth = -1;
  pendingImportBraces = false;
  /** `keepEnums`: leave `enum` bodies in (a shipped `.ts` compared with its compiled output). */
  constructor(tokens, keepEnums = false) {
    this.tokens = tokens;
    this.keepEnums = keepEnums;
  }
  run() {
    let i = 0;
    while (i < this.tokens.length)
      i = this.step(i);
    return this.out;
  }
  get context() {
    return this.contexts[this.contexts.length - 1];
  }
  text(i) {
    return this.tokens[i]?.text;
  }
  isName(i) {
    const token = this.tokens[i];
    return token !== void 0 && (token.kind === TokenKind.Name || token.kind === TokenKind.Keyword);
  }
  /** Handle the token at `i` and return the index of the next one to look at. */
  step(i) {
    const token = this.tokens[i];
    const declaration = token.kind === TokenKind.Keyword ? this.declaration(i) : -1;
    if (declaration >= 0)
      return declaration;
    if (token.kind === TokenKind.Keyword)
      return this.keyword(i);
    if (token.kind === TokenKind.Punctuator)
      return this.punctuator(i);
    if (token.kind === TokenKind.Name && this.context.kind === "class") {
      const signature = this.signatureEnd(i + 1);
      if (signature > 0)
        return signature;
    }
    this.out.push(token);
    if (token.kind === TokenKind.Name && this.text(i + 1) === "<")
      return this.typeArguments(i + 1);
    return i + 1;
  }
  /**
   * From the token after a function or method name: the index after a signature without a body
   * (an overload, an abstract or ambient method), which no build emits; -1 when a body follows.
   */
  signatureEnd(i) {
    let j = i;
    if (this.text(j) === "<")
      j = this.skipBalanced(j);
    if (this.text(j) !== "(")
      return -1;
    j = this.skipBalanced(j);
    if (this.text(j) === ":")
      j = this.skipType(j + 1);
    if (this.text(j) === ";")
      return j + 1;
    const next = this.tokens[j];
    return next === void 0 || next.newline && next.text !== "{" && next.text !== "=>" ? j : -1;
  }
  /** After a class member's type annotation: a field without initializer emits nothing. */
  dropFieldWithoutInitializer(typeEnd) {
    const last = this.out[this.out.length - 1];
    if (this.context.kind === "class" && this.text(typeEnd) !== "=" && last?.kind === TokenKind.Name)
      this.out.pop();
    return typeEnd;
  }
  /** The local bindings of an import declaration: its names, except those renamed by `as`. */
  collectImported(start, end) {
    for (let j = start; j < end; j++) {
      if (this.tokens[j].kind === TokenKind.Name && this.text(j + 1) !== "as")
        this.imported.add(this.text(j));
    }
  }
  /** Type-only declarations at any depth: skipped whole. -1 when `i` starts none. */
  declaration(i) {
    const word = this.text(i);
    const next = this.text(i + 1);
    if (word === "interface" && this.isName(i + 1))
      return this.skipBlockDeclaration(i + 2);
    if (word === "type" && this.isName(i + 1) && (this.text(i + 2) === "=" || this.text(i + 2) === "<"))
      return this.skipTypeAlias(i + 2);
    if (word === "declare" && this.isName(i + 1) && this.text(i - 1) !== ".")
      return this.skipStatement(i + 1);
    const typeOnlyModule = this.text(i + 2) === "{" || this.text(i + 2) === "*" || word === "import" && this.isName(i + 2);
    if ((word === "import" || word === "export") && next === "type" && typeOnlyModule)
      return this.skipStatement(i + 2);
    if (word === "type" && this.context.kind === "import" && this.isName(i + 1))
      return i + 2;
    if (word === "implements")
      return this.skipUntilBrace(i + 1);
    if (word === "enum" && this.isName(i + 1) && !this.keepEnums)
      return this.skipBlockDeclaration(i + 2);
    if (word === "import" && next !== "(" && next !== "." && this.text(i - 1) !== ".") {
      const end = this.skipStatement(i + 1);
      this.collectImported(i + 1, end);
      return end;
    }
    if (word === "export" && (next === "{" || next === "*"))
      return this.skipStatement(i + 1);
    return -1;
  }
  keyword(i) {
    const token = this.tokens[i];
    const context = this.context;
    switch (token.text) {
      case "class":
        this.pendingClassDepth = this.contexts.length;
        break;
      case "import":
      case "export":
        this.pendingImportBraces = this.text(i + 1) === "{" || this.isName(i + 1) && this.text(i + 2) === "," && this.text(i + 3) === "{";
        break;
      case "function":
      case "constructor": {
        const name = token.text === "function" && this.isName(i + 1) ? i + 2 : i + 1;
        const signature = this.context.kind === "class" || token.text === "function" ? this.signatureEnd(name) : -1;
        if (signature > 0)
          return signature;
        break;
      }
      case "let":
      case "const":
      case "var":
        context.declaring = true;
        context.declaration = true;
        break;
      case "in":
      case "of":
        context.declaring = false;
        break;
      case "as":
        if (context.kind !== "import" && this.text(i - 1) !== "*")
          return this.skipType(i + 1);
        break;
      case "satisfies":
        return this.skipType(i + 1);
    }
    this.out.push(token);
    if (this.text(i + 1) === "<" && (token.text === "function" || token.text === "async"))
      return this.typeArguments(i + 1);
    return i + 1;
  }
  punctuator(i) {
    const token = this.tokens[i];
    const context = this.context;
    switch (token.text) {
      case "(":
      case "[":
        this.contexts.push(newContext(token.text));
        break;
      case "{": {
        const kind = this.pendingClassDepth === this.contexts.length ? "class" : this.pendingImportBraces ? "import" : "{";
        if (kind === "class")
          this.pendingClassDepth = -1;
        this.contexts.push(newContext(kind));
        break;
      }
      case ")":
      case "]":
      case "}":
        if (this.contexts.length > 1)
          this.contexts.pop();
        this.pendingImportBraces = false;
        break;
      case "?":
        if (this.text(i + 1) === ":")
          return this.dropFieldWithoutInitializer(this.skipType(i + 2));
        context.ternary++;
        break;
      case "!":
        if (this.text(i + 1) === ":")
          return this.dropFieldWithoutInitializer(this.skipType(i + 2));
        break;
      case ":":
        if (context.ternary > 0)
          context.ternary--;
        else if (this.startsAnnotation(i))
          return this.dropFieldWithoutInitializer(this.skipType(i + 1));
        break;
      case "=":
        context.declaring = false;
        break;
      case ",":
        if (context.declaration)
          context.declaring = true;
        break;
      case ";":
        context.declaring = false;
        context.declaration = false;
        this.pendingImportBraces = false;
        break;
      case "<":
        if (this.startsArrowTypeParameters(i))
          return this.typeArguments(i);
        break;
    }
    this.out.push(token);
    return i + 1;
  }
  /** A `:` that is not a conditional's, an object key's, a label's or a `case`'s. */
  startsAnnotation(i) {
    const context = this.context;
    if (context.kind === "(" || context.kind === "class" || context.declaring)
      return true;
    return this.text(i - 1) === ")";
  }
  /** `<T>(x: T) => x`: type parameters where an expression starts. */
  startsArrowTypeParameters(i) {
    const previous = this.tokens[i - 1];
    if (previous && previous.kind !== TokenKind.Punctuator && previous.text !== "return")
      return false;
    if (previous && ![void 0, "=", "(", ",", ":", "?", "=>", "{", ";"].includes(previous.text) && previous.text !== "return")
      return false;
    const end = this.matchTypeArguments(i);
    return end > 0 && this.text(end) === "(";
  }
  /** At `<` after a name: skip type arguments or parameters when they are; else keep `<`. */
  typeArguments(i) {
    const end = this.matchTypeArguments(i);
    if (end < 0)
      return i;
    const follower = this.text(end);
    return follower === void 0 || AFTER_TYPE_ARGUMENTS.has(follower) || this.tokens[end].newline ? end : i;
  }
  /** Index after the `>` matching the `<` at `i`, or -1 when `<` is a comparison. */
  matchTypeArguments(i) {
    let angles = 0;
    let brackets = 0;
    const limit = Math.min(this.tokens.length, i + MAX_GENERIC_TOKENS);
    for (let j = i; j < limit; j++) {
      const token = this.tokens[j];
      if (token.kind === TokenKind.Regex || token.kind === TokenKind.Template)
        return -1;
      if (token.kind !== TokenKind.Punctuator)
        continue;
      const text = token.text;
      if (text === "<")
        angles++;
      else if (text === ">") {
        angles--;
        if (angles === 0)
          return brackets === 0 ? j + 1 : -1;
      } else if (text === "(" || text === "[" || text === "{")
        brackets++;
      else if (text === ")" || text === "]" || text === "}") {
        if (--brackets < 0)
          return -1;
      } else if (brackets === 0 && NOT_IN_TYPE_ARGUMENTS.has(text) && !(text === "=>" && angles > 0 && this.text(j - 1) === ")"))
        return -1;
    }
    return -1;
  }
  /** Skip one type expression starting at `i` (unions, intersections, conditionals). */
  skipType(i) {
    let j = i;
    if (this.text(j) === "|" || this.text(j) === "&")
      j++;
    j = this.skipPrimaryType(j);
    for (; ; ) {
      const text = this.text(j);
      if (text === "|" || text === "&")
        j = this.skipPrimaryType(j + 1);
      else if (text === "extends" && this.text(j + 1) !== void 0) {
        j = this.skipPrimaryType(j + 1);
        if (this.text(j) !== "?")
          return j;
        j = this.skipType(j + 1);
        if (this.text(j) !== ":")
          return j;
        j = this.skipType(j + 1);
      } else if (text === "is" && j > i)
        j = this.skipType(j + 1);
      else
        return j;
    }
  }
  /** Skip one type operand with its prefixes and `[]`/`[K]` suffixes. */
  skipPrimaryType(i) {
    let j = i;
    while (TYPE_PREFIXES.has(this.text(j) ?? "") && this.tokens[j].kind === TokenKind.Keyword && this.text(j + 1) !== void 0 && !isCloser(this.text(j + 1)))
      j++;
    const token = this.tokens[j];
    if (!token)
      return j;
    const text = token.text;
    if (token.kind === TokenKind.Punctuator) {
      if (text === "{" || text === "[")
        j = this.skipBalanced(j);
      else if (text === "(") {
        j = this.skipBalanced(j);
        if (this.text(j) === "=>")
          j = this.skipType(j + 1);
      } else if (text === "<") {
        j = this.skipBalanced(j);
        if (this.text(j) === "(")
          j = this.skipBalanced(j);
        if (this.text(j) === "=>")
          j = this.skipType(j + 1);
      } else if (text === "-" && this.tokens[j + 1]?.kind === TokenKind.Number)
        j += 2;
      else
        return j;
    } else if (token.kind === TokenKind.Name || token.kind === TokenKind.Keyword) {
      j++;
      if (text === "import" && this.text(j) === "(")
        j = this.skipBalanced(j);
      while (this.text(j) === "." && this.isName(j + 1))
        j += 2;
      if (this.text(j) === "<")
        j = this.skipBalanced(j);
    } else if (token.kind === TokenKind.String || token.kind === TokenKind.Number || token.kind === TokenKind.Template) {
      j++;
    } else
      return j;
    while (this.text(j) === "[" && !this.tokens[j].newline)
      j = this.skipBalanced(j);
    return j;
  }
  /** Index after the bracket that closes the one at `i` (any of `( [ { <`). */
  skipBalanced(i) {
    let depth = 0;
    for (let j = i; j < this.tokens.length; j++) {
      const token = this.tokens[j];
      if (token.kind !== TokenKind.Punctuator)
        continue;
      const text = token.text;
      if (text === "(" || text === "[" || text === "{" || text === "<")
        depth++;
      else if (text === ")" || text === "]" || text === "}" || text === ">") {
        if (--depth === 0)
          return j + 1;
      }
    }
    return this.tokens.length;
  }
  /** `interface X<T> extends Y { ... }`: skip to the end of its body. */
  skipBlockDeclaration(i) {
    const open = this.skipUntilBrace(i);
    return this.text(open) === "{" ? this.skipBalanced(open) : open;
  }
  /** Index of the next `{` at this depth (or where a statement visibly ends). */
  skipUntilBrace(i) {
    let j = i;
    while (j < this.tokens.length && this.text(j) !== "{" && this.text(j) !== ";") {
      j = this.text(j) === "<" || this.text(j) === "(" || this.text(j) === "[" ? this.skipBalanced(j) : j + 1;
    }
    return j;
  }
  /** `type X<T> = ...;` from the token after the name. */
  skipTypeAlias(i) {
    let j = this.text(i) === "<" ? this.skipBalanced(i) : i;
    if (this.text(j) === "=")
      j = this.skipType(j + 1);
    return this.text(j) === ";" ? j + 1 : j;
  }
  /**
   * Skip a statement: to its `;`, past a block it opens at its own depth, or to a line break
   * where the previous token cannot continue it.
   */
  skipStatement(i) {
    let j = i;
    while (j < this.tokens.length) {
      const token = this.tokens[j];
      if (j > i && token.newline && !continues(this.tokens[j - 1]) && !continuesLine(token))
        return j;
      if (token.text === ";")
        return j + 1;
      if (token.text === "{" || token.text === "(" || token.text === "[" || token.text === "<") {
        j = this.skipBalanced(j);
        if (token.text === "{" && this.text(j) !== "." && this.text(j) !== "from")
          return this.text(j) === ";" ? j + 1 : j;
      } else
        j++;
    }
    return j;
  }
};
function newContext(kind) {
  return { kind, ternary: 0, declaring: false, declaration: false };
}
function isCloser(text) {
  return text === ")" || text === "]" || text === "}" || text === "," || text === ";" || text === "=" || text === ">";
}
function continues(token) {
  return token.kind === TokenKind.Punctuator && [",", "=", "|", "&", ":", "?", "=>", ".", "(", "[", "{", "<"].includes(token.text);
}
function continuesLine(token) {
  return token.kind === TokenKind.Punctuator && ["|", "&", ".", "?", ":", "=>", "=", "{", ">"].includes(token.text) || token.text === "from" || token.text === "extends";
}

// dist/sourcemaps/code-overlap.js
var RUN = 3;
var TokenVocabulary = class {
  ids = /* @__PURE__ */ new Map();
  texts = [];
  /** The id of `token`, adding it when new. */
  id(token) {
    let id = this.ids.get(token);
    if (id === void 0) {
      id = this.texts.length;
      this.ids.set(token, id);
      this.texts.push(token);
    }
    return id;
  }
  /** The token an id stands for. */
  text(id) {
    return this.texts[id];
  }
  /** The ids of `tokens`, adding new ones. */
  intern(tokens) {
    const out = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++)
      out[i] = this.id(tokens[i]);
    return out;
  }
};
function sourceCode(text, vocabulary) {
  const { tokens, imported } = eraseForComparison(lexCode(text));
  const kept = tokens.filter((token, i) => (token.kind !== TokenKind.Name || !imported.has(token.text) || isPropertyAccess(tokens[i - 1])) && isValueToken(token.kind, token.text));
  const strings = tokens.filter((token) => (token.kind === TokenKind.String || token.kind === TokenKind.Template) && token.text.length >= 4).map((token) => token.text);
  const numbers = vocabulary.intern(tokens.filter((token) => token.kind === TokenKind.Number).map((token) => token.text));
  const { ids, literals } = collapseRepeats(vocabulary.intern(kept.map((token) => token.text)), kept.map((token) => token.kind === TokenKind.Name ? 0 : 1));
  return { tokens: ids, literals, hasLogic: hasLogic(tokens), strings, numbers, declared: vocabulary.intern(declaredNames(tokens)) };
}
function declaredNames(tokens) {
  const names = /* @__PURE__ */ new Set();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].kind !== TokenKind.Keyword || !DECLARING.has(tokens[i].text))
      continue;
    const next = tokens[i + 1].text === "*" ? tokens[i + 2] : tokens[i + 1];
    if (next?.kind === TokenKind.Name)
      names.add(next.text);
  }
  return [...names];
}
function declaredShown(declared, index) {
  if (declared.length === 0)
    return 1;
  let shown = 0;
  for (const id of declared)
    if (index.tokens.has(id))
      shown++;
  return shown / declared.length;
}
function isPropertyAccess(previous) {
  return previous?.kind === TokenKind.Punctuator && (previous.text === "." || previous.text === "?.");
}
function hasLogic(tokens) {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === TokenKind.Keyword && (token.text === "function" || token.text === "class"))
      return true;
    if (token.kind === TokenKind.Punctuator && (token.text === "=>" || token.text === ")" && tokens[i + 1]?.text === "{"))
      return true;
  }
  return false;
}
var DECLARING = /* @__PURE__ */ new Set(["function", "class", "const", "let", "var"]);
function shippedCode(text, vocabulary, typescript = false) {
  if (typescript)
    return shippedTypeScript(text, vocabulary);
  const ids = [];
  const names = { count: 0, short: 0 };
  let afterDot = false;
  scanCode(text, (kind, token) => {
    if (kind === TokenKind.Name)
      countName(names, token, afterDot);
    afterDot = kind === TokenKind.Punctuator && (token === "." || token === "?.");
    if (!isValueToken(kind, token))
      return;
    const id = vocabulary.id(token);
    if (ids[ids.length - 1] !== id)
      ids.push(id);
  });
  return { tokens: Int32Array.from(ids), names };
}
function shippedTypeScript(text, vocabulary) {
  const tokens = eraseForComparison(lexCode(text), { keepEnums: true }).tokens;
  const names = { count: 0, short: 0 };
  tokens.forEach((token, i) => {
    if (token.kind === TokenKind.Name)
      countName(names, token.text, isPropertyAccess(tokens[i - 1]));
  });
  return { tokens: collapseRepeats(vocabulary.intern(valueTokens(tokens))).ids, names };
}
function collapseRepeats(ids, flags) {
  const literals = new Uint8Array(ids.length);
  let length = 0;
  for (let i = 0; i < ids.length; i++) {
    if (length > 0 && ids[length - 1] === ids[i])
      continue;
    literals[length] = flags?.[i] ?? 0;
    ids[length++] = ids[i];
  }
  return { ids: ids.subarray(0, length), literals: literals.subarray(0, length) };
}
function indexCode(code, tokens, relevant) {
  const kept = [];
  for (const id of code.tokens)
    if (relevant.has(id) && kept[kept.length - 1] !== id)
      kept.push(id);
  const runs = /* @__PURE__ */ new Set();
  for (let i = 0; i + RUN <= kept.length; i++) {
    runs.add(runKey(kept[i], kept[i + 1], kept[i + 2]));
    if (i + RUN < kept.length) {
      runs.add(runKey(kept[i], kept[i + 1], kept[i + 3]));
      runs.add(runKey(kept[i], kept[i + 2], kept[i + 3]));
    }
  }
  return { tokens, runs };
}
function runKey(a, b, c) {
  return Math.imul(Math.imul(Math.imul(2166136261 ^ a, 16777619) ^ b, 16777619) ^ c, 16777619) >>> 0;
}
var ABSENT = -1;
function overlap(source, index, literals) {
  if (source.length === 0)
    return 1;
  const ids = [];
  let shared = 0;
  for (let i = 0; i < source.length; i++) {
    const id = source[i];
    if (index.tokens.has(id)) {
      if (ids[ids.length - 1] !== id) {
        ids.push(id);
        shared++;
      }
    } else if (literals?.[i] === 1 && ids.length > 0 && ids[ids.length - 1] !== ABSENT)
      ids.push(ABSENT);
  }
  if (shared < RUN)
    return shared === source.length ? 1 : 0;
  const shown = new Uint8Array(ids.length);
  for (let i = 0; i + RUN <= ids.length; i++) {
    const a = ids[i], b = ids[i + 1], c = ids[i + 2];
    if (a !== ABSENT && b !== ABSENT && c !== ABSENT && index.runs.has(runKey(a, b, c)))
      shown.fill(1, i, i + RUN);
  }
  let count = 0;
  for (const flag of shown)
    count += flag;
  return count / source.length;
}

// dist/sourcemaps/source-kinds.js
var CODE_FILE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/i;
var TYPESCRIPT = /\.[cm]?tsx?$/i;
var DECLARATION_FILE = /\.d\.[cm]?ts$/i;
var STYLESHEET = /\.(?:css|scss|sass|less|styl|pcss)(?:$|\?)/i;
var TEMPLATE = /\.html?(?:$|\?)/i;
var SINGLE_FILE_COMPONENT = /\.(?:vue|svelte|astro)(?:$|\?)/i;
function codeText(source) {
  if (!SINGLE_FILE_COMPONENT.test(source.resolved))
    return source.content;
  const scripts = [];
  const rest = source.content.replace(/^\uFEFF?\s*---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/, (_, frontmatter) => {
    scripts.push(frontmatter);
    return "\n";
  }).replace(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi, (_, script) => {
    scripts.push(script);
    return "\n";
  }).replace(/<(template|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "\n").replace(/<!--[\s\S]*?-->/g, "\n");
  if (holdsScriptOutsideMarkup(rest))
    scripts.push(rest);
  return scripts.join("\n");
}
function holdsScriptOutsideMarkup(text) {
  const trimmed = text.trim();
  return trimmed.length > 0 && !/^</.test(trimmed) && /[;{}=()]/.test(trimmed);
}
var MAX_MIRRORS = 4;
var ROOTS = /* @__PURE__ */ new Set([
  "src",
  "source",
  "lib",
  "es",
  "es6",
  "esm",
  "cjs",
  "dist",
  "build",
  "out",
  "module",
  "modules",
  "umd"
]);
function tailKey(path) {
  const parts = path.replace(/\.[^./]+$/, "").split("/");
  const parent = parts[parts.length - 2];
  return parent === void 0 || ROOTS.has(parent) ? parts[parts.length - 1] : `${parent}/${parts[parts.length - 1]}`;
}
function stemKey(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return `#${name.slice(0, name.indexOf(".") < 0 ? name.length : name.indexOf("."))}`;
}
function declarationSiblings(path) {
  const match = /^(.*)\.([cm]?)js$/.exec(path);
  return match ? [`${match[1]}.d.${match[2]}ts`] : [];
}

// dist/sourcemaps/readable-copies.js
function shareReadableCopies(verdicts) {
  const readable = new ReadableCopies();
  for (const [source, verdict] of verdicts)
    if (verdict.readable)
      readable.add(source, verdict);
  for (const [source, verdict] of verdicts) {
    if (verdict.readable)
      continue;
    const found = readable.find(source);
    if (found)
      verdicts.set(source, found);
  }
  return verdicts;
}
var ReadableCopies = class {
  bySize = /* @__PURE__ */ new Map();
  add(source, verdict) {
    if (verdict.shownIn === void 0 && (verdict.reason !== "no-code" || SINGLE_FILE_COMPONENT.test(source.resolved)))
      return;
    const bucket = this.bySize.get(source.size);
    if (bucket)
      bucket.pending.push({ source, verdict });
    else
      this.bySize.set(source.size, { pending: [{ source, verdict }], byHash: /* @__PURE__ */ new Map() });
  }
  /** The verdict a copy of `source` takes: the same for no code, else "shown where its twin is". */
  find(source) {
    const bucket = this.bySize.get(source.size);
    if (!bucket)
      return void 0;
    for (const { source: known, verdict } of bucket.pending.splice(0)) {
      const hash = contentHash(known.content);
      if (!bucket.byHash.has(hash))
        bucket.byHash.set(hash, verdict);
    }
    const found = bucket.byHash.get(contentHash(source.content));
    if (!found)
      return void 0;
    return found.shownIn === void 0 ? found : { readable: true, reason: "same-as-readable", shownIn: found.shownIn };
  }
};

// dist/sourcemaps/shipped-files.js
var MINIFIED_NAME = /[.-]min\.[cm]?js$/i;
var ShippedFiles = class {
  contents;
  vocabulary;
  files = /* @__PURE__ */ new Map();
  shipped = /* @__PURE__ */ new Map();
  tokenSets = /* @__PURE__ */ new Map();
  literals = /* @__PURE__ */ new Map();
  constructor(contents, vocabulary) {
    this.contents = contents;
    this.vocabulary = vocabulary;
  }
  /** A shipped file's text (map comment removed) and shape; null when there is none. */
  file(path) {
    let entry = this.files.get(path);
    if (entry === void 0) {
      const file = this.contents.byPath.get(path);
      if (file && file.data.length > WHOLE_FILE_CHARS) {
        const data = file.data;
        let text2;
        entry = {
          path,
          ...MINIFIED_NAME.test(path) ? { minified: true, judged: true } : codeShapeOfBytes(data),
          get text() {
            return text2 ??= withoutMapComment(decodeText(data));
          }
        };
        this.files.set(path, entry);
        return entry;
      }
      const text = file ? withoutMapComment(decodeText(file.data)) : void 0;
      if (text === void 0)
        entry = null;
      else
        entry = {
          path,
          text,
          ...TYPESCRIPT.test(path) ? { minified: false, judged: true } : MINIFIED_NAME.test(path) ? { minified: true, judged: true } : codeShape(text)
        };
      this.files.set(path, entry);
    }
    return entry;
  }
  code(file) {
    let code = this.shipped.get(file.path);
    if (!code) {
      code = shippedCode(file.text, this.vocabulary, TYPESCRIPT.test(file.path));
      this.shipped.set(file.path, code);
    }
    return code;
  }
  /** Every value token the file uses. */
  tokenSet(file) {
    let tokens = this.tokenSets.get(file.path);
    if (!tokens) {
      tokens = new Set(this.code(file).tokens);
      this.tokenSets.set(file.path, tokens);
    }
    return tokens;
  }
  /** The file's string and template literals and names, one per line: where folded data lands. */
  literalText(file) {
    let text = this.literals.get(file.path);
    if (text === void 0) {
      const parts = [];
      scanCode(file.text, (kind, token) => {
        if (kind === TokenKind.String || kind === TokenKind.Template || kind === TokenKind.Name)
          parts.push(token);
      });
      text = parts.join("\n");
      this.literals.set(file.path, text);
    }
    return text;
  }
  /** The file indexed for sources whose tokens are `relevant` (see code-overlap.ts). */
  index(file, relevant) {
    return indexCode(this.code(file), this.tokenSet(file), relevant);
  }
};

// dist/sourcemaps/exposure.js
var READABLE_OVERLAP = 0.3;
var SMALL_FILE_DECLARED = 0.5;
var MIN_CODE_TOKENS = 16;
var MIN_LOGIC_TOKENS = 12;
var DATA_SHOWN = 0.9;
var SMALL_SOURCE_BYTES = 4096;
var STUB_CHECK_BYTES = 256 * 1024;
var RETRY_BUDGET = 2e7;
var NO_CODE = { readable: true, reason: "no-code" };
function holdsScript(text) {
  if (/<script\b[^>]*>\s*[^<\s]|(?<![@\w$-])function\s*[\w$]*\s*\([^()]*\)\s*\{|=>\s*\{|\bmodule\.exports\s*=/i.test(text))
    return true;
  const code = text.replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->|^[ \t]*\/\/[^\n]*/gm, " ");
  return /(?<![@\w-])function\b|=>|(?<![@\w-])return\b|\bclass\s+[\w$]+\s*(?:extends\b|\{)|\bimport\b[^;\n]*\bfrom\b|\bexport\s+(?:default|const|let|var|function|class)\b|\brequire\(|^[ \t]*(?:const|let|var)\s+[\w$]+\s*=|\bmodule\.exports\b|\bexports\.[\w$]+\s*=/m.test(code);
}
function isTrivial(code) {
  return code.tokens.length < MIN_LOGIC_TOKENS || code.tokens.length < MIN_CODE_TOKENS && !code.hasLogic;
}
function judgeExposure(contents, maps) {
  const judge = new ExposureJudge(contents);
  const verdicts = /* @__PURE__ */ new Map();
  for (const map of byGeneratedFiles(maps))
    judge.judgeMap(map, verdicts);
  return shareReadableCopies(verdicts);
}
function byGeneratedFiles(maps) {
  const groups = /* @__PURE__ */ new Map();
  for (const map of maps) {
    const key = [...map.generatedFiles].sort().join("\0");
    const group = groups.get(key);
    if (group)
      group.sources.push(...map.sources);
    else
      groups.set(key, { generatedFiles: map.generatedFiles, sources: [...map.sources] });
  }
  return [...groups.values()];
}
var ExposureJudge = class {
  contents;
  vocabulary = new TokenVocabulary();
  sourceCodes = /* @__PURE__ */ new Map();
  files;
  readable = new ReadableCopies();
  mirrors;
  retryBudget = RETRY_BUDGET;
  stubBytes = STUB_CHECK_BYTES;
  constructor(contents) {
    this.contents = contents;
    this.files = new ShippedFiles(contents, this.vocabulary);
  }
  judgeMap(map, verdicts) {
    const firstParty = map.sources.filter((source) => source.classification === "first-party" && !this.knownReadable(source, verdicts));
    if (firstParty.length === 0)
      return;
    const generated = map.generatedFiles.map((path) => this.files.file(path)).filter((file) => file !== null);
    const declarations = generated.flatMap((file) => declarationSiblings(file.path)).map((path) => this.files.file(path)).filter((file) => file !== null);
    const readableCode = generated.filter((file) => !file.minified);
    const readable = [...readableCode, ...declarations];
    const unreadable = {
      readable: false,
      reason: generated.length === 0 ? "no-generated-file" : readableCode.length === 0 ? "minified" : "absent"
    };
    const comparable = [];
    for (const source of firstParty) {
      const markup = STYLESHEET.test(source.resolved) ? "stylesheet" : TEMPLATE.test(source.resolved) ? "markup" : void 0;
      if (markup && !holdsScript(source.content))
        verdicts.set(source, { readable: true, reason: markup });
      else if (readable.length > 0 || this.readableAtPath(source) !== null || this.mirrorsOf(source).length > 0)
        comparable.push(source);
      else if (this.mayCheckStub(source) && isTrivial(this.codeOf(codeText(source))))
        verdicts.set(source, NO_CODE);
      else
        verdicts.set(source, unreadable);
    }
    if (comparable.length === 0)
      return;
    const codes = comparable.map((source) => this.codeOf(codeText(source)));
    comparable.forEach((source, i) => {
      if (isTrivial(codes[i]))
        verdicts.set(source, NO_CODE);
    });
    if (codes.every(isTrivial))
      return;
    const relevant = /* @__PURE__ */ new Set();
    for (const code of codes)
      if (!isTrivial(code))
        for (const id of code.tokens)
          relevant.add(id);
    const indexed = readable.map((file) => ({ file, index: this.files.index(file, relevant) }));
    comparable.forEach((source, i) => {
      if (isTrivial(codes[i]))
        return;
      const verdict = this.judgeSource(source, codes[i], indexed);
      verdicts.set(source, verdict ?? unreadable);
      if (verdict)
        this.remember(source, verdict);
    });
  }
  /** Sets the verdict of a source identical to one already found readable; false when none is. */
  knownReadable(source, verdicts) {
    const found = this.readable.find(source);
    if (found)
      verdicts.set(source, found);
    return found !== void 0;
  }
  remember(source, verdict) {
    this.readable.add(source, verdict);
  }
  judgeSource(source, code, indexed) {
    if (isTrivial(code))
      return NO_CODE;
    for (const { file, index } of indexed) {
      const shared = overlap(code.tokens, index, code.literals);
      if (shows(code, index, file.judged, shared) || shared >= READABLE_OVERLAP / 3 && this.showsAlone(code, file) || this.showsData(code, file)) {
        return { readable: true, reason: "shown-in-generated", shownIn: file.path };
      }
    }
    const atPath = this.readableAtPath(source);
    if (atPath && this.showsAlone(code, atPath))
      return { readable: true, reason: "shown-at-path", shownIn: atPath.path };
    for (const mirror of this.mirrorsOf(source))
      if (this.showsAlone(code, mirror))
        return { readable: true, reason: "shown-in-mirror", shownIn: mirror.path };
    return void 0;
  }
  /**
   * Readable code files that mirror the source's place in another build folder: `src/util/a.ts`
   * is compiled to `lib/util/a.js` and `es6/util/a.js` by builds that ship no map of their own.
   * Matched on the last two path segments without extension; a few candidates at most.
   */
  mirrorsOf(source) {
    if (!this.mirrors) {
      this.mirrors = /* @__PURE__ */ new Map();
      const add = (key, path) => {
        const list = this.mirrors.get(key);
        if (list)
          list.push(path);
        else
          this.mirrors.set(key, [path]);
      };
      for (const file of this.contents.files) {
        if (!CODE_FILE.test(file.path) || DECLARATION_FILE.test(file.path))
          continue;
        add(tailKey(file.path), file.path);
        add(stemKey(file.path), file.path);
      }
    }
    const paths = [
      .../* @__PURE__ */ new Set([...this.mirrors.get(tailKey(source.resolved)) ?? [], ...this.mirrors.get(stemKey(source.resolved)) ?? []])
    ];
    return paths.filter((path) => path !== source.map && path !== source.resolved).map((path) => this.files.file(path)).filter((file) => file !== null && !file.minified).slice(0, MAX_MIRRORS);
  }
  showsAlone(code, file) {
    const shipped = this.files.code(file);
    if (this.retryBudget < shipped.tokens.length)
      return false;
    this.retryBudget -= shipped.tokens.length;
    return shows(code, this.files.index(file, new Set(code.tokens)), file.judged);
  }
  /**
   * A module of data only (constants, no function or class) whose strings a bundler folded into
   * the file: `const a = '[a-z]'; const re = \`(?:${a})\`` becomes one literal, so the runs are
   * gone while every string is there. Each string is looked up in the file's string literals and
   * names (not its comments), and its numbers among the file's tokens, within the budget.
   */
  showsData(code, file) {
    if (code.hasLogic || code.strings.length === 0)
      return false;
    const chars = code.strings.reduce((sum, text) => sum + text.length, 0);
    if (this.retryBudget < code.strings.length * file.text.length / 64)
      return false;
    this.retryBudget -= Math.ceil(code.strings.length * file.text.length / 64);
    const literals = this.files.literalText(file);
    let found = 0;
    for (const text of code.strings)
      if (literals.includes(text))
        found += text.length;
    if (found < DATA_SHOWN * chars)
      return false;
    const tokens = this.files.tokenSet(file);
    let numbers = 0;
    for (const id of code.numbers)
      if (tokens.has(id))
        numbers++;
    return numbers >= DATA_SHOWN * code.numbers.length;
  }
  /** The readable shipped code file at the source's own path (a path-equal file may differ). */
  readableAtPath(source) {
    if (source.resolved === source.map || !CODE_FILE.test(source.resolved))
      return null;
    const file = this.files.file(source.resolved);
    return file && !file.minified ? file : null;
  }
  /** Within the stub-check allowance: a small source, and bytes left to tokenise. */
  mayCheckStub(source) {
    if (source.size > SMALL_SOURCE_BYTES || this.stubBytes < source.size)
      return false;
    this.stubBytes -= source.size;
    return true;
  }
  codeOf(content) {
    let code = this.sourceCodes.get(content);
    if (!code) {
      code = sourceCode(content, this.vocabulary);
      this.sourceCodes.set(content, code);
    }
    return code;
  }
};
function shows(code, index, judged, shown = overlap(code.tokens, index, code.literals)) {
  if (shown < READABLE_OVERLAP)
    return false;
  return judged || declaredShown(code.declared, index) >= SMALL_FILE_DECLARED;
}

// dist/sourcemaps/find-maps.js
import { posix as posix3 } from "node:path";

// dist/sourcemaps/file-views.js
import { brotliDecompressSync, constants, gunzipSync, inflateRawSync } from "node:zlib";
var MAX_DECOMPRESSED_BYTES = Math.min(256 * 1024 * 1024, MAX_TEXT_BYTES);
var NESTED_ARCHIVE = /\.(?:tgz|tar\.gz|tar\.br)$/i;
var COMPRESSED_NAME = /\.(?:gz|br)$/i;
function fileViews(contents, gaps) {
  const views = [];
  for (const file of contents.files) {
    views.push(view(file, file.path, file.data));
    const expanded = decompress(file, gaps);
    if (expanded)
      views.push(view(file, file.path.replace(COMPRESSED_NAME, ""), expanded));
  }
  return views;
}
function view(file, name, data) {
  const utf8 = utf16Order(data) ? Buffer.from(decodeText(data), "utf8") : data;
  return { file: utf8 === file.data ? file : { ...file, size: utf8.length, data: utf8 }, name, data: utf8 };
}
function decompress(file, gaps) {
  const isGzip = file.data[0] === 31 && file.data[1] === 139;
  const isBrotli = !isGzip && /\.br$/i.test(file.path);
  if (!isGzip && !isBrotli || NESTED_ARCHIVE.test(file.path))
    return void 0;
  try {
    return isGzip ? gunzipLeniently(file.data) : brotliDecompressSync(file.data, { maxOutputLength: MAX_DECOMPRESSED_BYTES, finishFlush: constants.BROTLI_OPERATION_FLUSH });
  } catch (error) {
    if (error.code === "ERR_BUFFER_TOO_LARGE") {
      gaps.push({
        code: "file-size-limit",
        path: file.path,
        message: `${file.path} decompresses to more than ${MAX_DECOMPRESSED_BYTES} bytes; its content was not inspected`
      });
    } else if (isGzip) {
      gaps.push({ code: "unreadable", path: file.path, message: `${file.path} is damaged gzip data; its content could not be inspected` });
    }
    return void 0;
  }
}
function gunzipLeniently(data) {
  const options = { maxOutputLength: MAX_DECOMPRESSED_BYTES, finishFlush: constants.Z_SYNC_FLUSH };
  try {
    return gunzipSync(data, options);
  } catch (error) {
    if (error.code === "ERR_BUFFER_TOO_LARGE")
      throw error;
    return inflateRawSync(data.subarray(gzipHeaderLength(data)), options);
  }
}
function gzipHeaderLength(data) {
  const flags = data[3] ?? 0;
  let at2 = 10;
  if (flags & 4)
    at2 += 2 + (data.readUInt16LE(at2) || 0);
  if (flags & 8)
    at2 = data.indexOf(0, at2) + 1;
  if (flags & 16)
    at2 = data.indexOf(0, at2) + 1;
  if (flags & 2)
    at2 += 2;
  return at2;
}

// dist/sourcemaps/inline-maps.js
var NEEDLES = ["sourceMappingURL=", "data:application/json"].map((needle) => Buffer.from(needle));
var DATA_SCHEME = "data:";
var URL_END = /* @__PURE__ */ new Set([32, 9, 10, 13, 11, 12, 34, 39, 96, 92, 60, 62]);
function findInlineMapTexts(data, skip = -1) {
  const starts = /* @__PURE__ */ new Set();
  for (const needle of NEEDLES) {
    for (let at2 = data.indexOf(needle); at2 >= 0; at2 = data.indexOf(needle, at2 + needle.length)) {
      const start = needle[0] === 115 ? at2 + needle.length : at2;
      if (start !== skip && isDataScheme(data, start))
        starts.add(start);
    }
  }
  const texts = [];
  const seen = /* @__PURE__ */ new Set();
  for (const start of [...starts].sort((a, b) => a - b)) {
    let end = start;
    while (end < data.length && !URL_END.has(data[end]))
      end++;
    const decoded2 = decodeDataUrl(data.toString("latin1", start, end));
    if (!("text" in decoded2) || seen.has(decoded2.text) || !holdsSourceMap(decoded2.text))
      continue;
    seen.add(decoded2.text);
    texts.push(decoded2.text);
  }
  return texts;
}
function isDataScheme(data, at2) {
  return data.toString("latin1", at2, at2 + DATA_SCHEME.length).toLowerCase() === DATA_SCHEME;
}
function holdsSourceMap(text) {
  const parsed = parseMapText(text);
  if (!("json" in parsed) || !isJsonObject(parsed.json))
    return false;
  const map = parsed.json;
  return "sourcesContent" in map || "mappings" in map || "sections" in map;
}

// dist/sourcemaps/local-paths.js
var FILE_URL = /^file:\/\//i;
var ABSOLUTE = /^(?:\/(?!\/)|[A-Za-z]:[\\/]|\\\\[^\\])/;
var BUNDLER_URL = /^[a-z][\w+.-]*:\/\/((?:@[^/]+\/)?[^/]*)\/(.*)$/is;
function isBuildMachinePath(path) {
  if (FILE_URL.test(path))
    return true;
  if (ABSOLUTE.test(path))
    return true;
  const bundler = BUNDLER_URL.exec(path);
  if (!bundler || /^https?:/i.test(path))
    return false;
  const [, namespace, rest] = bundler;
  if (ABSOLUTE.test(rest) || /^[A-Za-z]:[\\/]/.test(rest))
    return true;
  return namespace === "" && rest !== "" && !rest.startsWith(".") && /^[^/]+\/.+/.test(rest) && !isBundlerInternal(rest);
}
function isBundlerInternal(rest) {
  return /^(?:webpack|\(webpack\)|external|ignored|vite|@vite|node_modules)\b/.test(rest);
}

// dist/sourcemaps/find-maps.js
var SYNTAX_BY_EXTENSION = {
  ".js": "js",
  ".mjs": "js",
  ".cjs": "js",
  ".jsx": "js",
  ".ts": "js",
  ".mts": "js",
  ".cts": "js",
  ".tsx": "js",
  // An extensionless file is a `bin/` script or the like: JavaScript when it has a comment at all.
  "": "js",
  ".css": "css"
};
function findSourceMaps(contents) {
  const discovery = { candidates: [], remote: [], dangling: [], localPaths: [], gaps: [] };
  const views = fileViews(contents, discovery.gaps);
  const referencedBy = /* @__PURE__ */ new Map();
  for (const view2 of views) {
    const syntax = SYNTAX_BY_EXTENSION[posix3.extname(view2.name).toLowerCase()];
    const url = syntax ? extractSourceMappingUrl(view2.data, syntax) : null;
    if (url)
      routeReference(view2.file.path, url, contents, discovery, referencedBy);
    if (!view2.name.endsWith(".map") && !isBinary(view2.name, view2.data))
      addInlineMaps(view2, url, discovery);
  }
  for (const view2 of views) {
    const generated = view2.name === view2.file.path ? referencedBy.get(view2.file.path) : void 0;
    const kind = generated ? "referenced" : mapKind(view2);
    if (!kind)
      continue;
    const candidate = { path: view2.file.path, origin: "file", generated: generated ?? [], file: view2.file };
    discovery.candidates.push(kind === "sniffed" ? { ...candidate, sniffed: true } : candidate);
  }
  discovery.candidates.sort((a, b) => comparePaths(a.path, b.path));
  return discovery;
}
function addInlineMaps(view2, commentUrl, discovery) {
  const named = commentUrl && isDataUrl(commentUrl) ? decodeDataUrl(commentUrl) : void 0;
  const skip = commentUrl && named ? view2.data.lastIndexOf(commentUrl) : -1;
  for (const text of findInlineMapTexts(view2.data, skip)) {
    if (named && "text" in named && named.text === text)
      continue;
    discovery.candidates.push({ path: view2.file.path, origin: "inline", generated: [view2.file.path], text });
  }
}
function routeReference(from, url, contents, discovery, referencedBy) {
  if (isDataUrl(url)) {
    const decoded2 = decodeDataUrl(url);
    const base = { path: from, origin: "inline", generated: [from] };
    discovery.candidates.push("text" in decoded2 ? { ...base, text: decoded2.text } : { ...base, decodeError: decoded2.error });
  } else if (/^https?:\/\//i.test(url)) {
    discovery.remote.push({ from, url });
  } else if (isBuildMachinePath(url)) {
    discovery.localPaths.push({ from, url });
  } else {
    const target = resolveReference(from, url);
    const list = target === void 0 ? void 0 : contents.byPath.has(target) ? referencedBy.get(target) ?? [] : void 0;
    if (target === void 0 || !list) {
      discovery.dangling.push(target === void 0 ? { from, url } : { from, url, target });
      return;
    }
    list.push(from);
    referencedBy.set(target, list);
  }
}
function resolveReference(from, url) {
  if (/^[a-z][\w+.-]*:/i.test(url))
    return void 0;
  const path = percentDecode(url.replace(/[?#].*$/s, ""));
  const joined = path.startsWith("/") ? path.slice(1) : posix3.join(posix3.dirname(from), path);
  const normalised = posix3.normalize(joined);
  return normalised.startsWith("../") || normalised === ".." ? void 0 : normalised;
}
function mapKind(view2) {
  const start = jsonStart(view2.data);
  if (start < 0)
    return void 0;
  if (view2.name.endsWith(".map"))
    return "named";
  return mayHoldMap(view2.data) ? "sniffed" : void 0;
}
function jsonStart(data) {
  let i = utf8BomLength(data);
  while (i < data.length && (data[i] === 32 || data[i] === 10 || data[i] === 13 || data[i] === 9))
    i++;
  return data[i] === 123 || data[i] === 41 ? i : -1;
}
function mayHoldMap(data) {
  return data.includes("sourcesContent") || data.includes('"mappings"') || data.includes('"sections"') || hasEscapedAscii(data);
}

// dist/sourcemaps/inspect-map.js
import { posix as posix4 } from "node:path";
function inspectMap(candidate, classifier, shipped) {
  if (candidate.decodeError !== void 0)
    return invalidMap(candidate, `inline map: ${candidate.decodeError}`);
  const split = candidate.text === void 0 && candidate.file && candidate.file.size >= LAZY_MAP_BYTES2 ? splitSourcesContent(candidate.file.data) : void 0;
  const parsed = parseMapText(split?.text ?? candidate.text ?? (candidate.file ? decodeText(candidate.file.data) : void 0) ?? "");
  if ("error" in parsed)
    return candidate.sniffed ? void 0 : invalidMap(candidate, parsed.error);
  const map = parsed.json;
  const isReferenced = candidate.generated.length > 0 || candidate.origin === "inline";
  const isMap = looksLikeSourceMap(map, !candidate.path.endsWith(".map")) || hasSourcesContent(map);
  if (!isMap && !isReferenced)
    return void 0;
  const validity = validateSourceMap(map);
  const sources = [];
  const localPaths = collectSourceRoots(map).filter(isBuildMachinePath);
  let firstPartyWithoutContent = 0;
  let truncated = false;
  const raws = collectSources(map, split?.contents, () => truncated = true);
  for (const raw of raws) {
    if (raw.source !== null && isBuildMachinePath(raw.source))
      localPaths.push(raw.source);
    const resolved = resolveSourcePath(raw.source, raw.sourceRoot, candidate.path, raw.index);
    const content = contentOf(raw);
    if (content === void 0) {
      if (classifier.byPath(raw, resolved).classification !== "third-party")
        firstPartyWithoutContent++;
      continue;
    }
    const verdict = classifier.withContent(raw, resolved, content.probe);
    const label = raw.source ?? `sourcesContent[${raw.index}]`;
    sources.push(content.source({
      map: candidate.path,
      source: label,
      resolved,
      index: raw.index,
      size: content.bytes(),
      ignored: raw.ignored,
      ...verdict
    }));
  }
  const base = baseSummary(candidate, parsed.lenient ?? validity.error);
  const generatedFiles = generatedFilesOf(candidate, map, shipped);
  const inspected = { base, sourceCount: raws.length, firstPartyWithoutContent, sources, generatedFiles, localPaths };
  return truncated ? { ...inspected, truncated } : inspected;
}
function summarizeMap(inspected) {
  let recoverable = 0, recoverableBytes = 0, readable = 0, readableBytes = 0;
  const recovered = [];
  for (const source of inspected.sources) {
    recovered.push({
      source: source.source,
      resolved: source.resolved,
      size: source.size,
      class: source.classification,
      reason: source.reason,
      ...source.ignored ? { ignored: true } : {}
    });
    if (source.size === 0)
      continue;
    if (source.classification === "first-party") {
      recoverable++;
      recoverableBytes += source.size;
    } else if (source.classification === "readable") {
      readable++;
      readableBytes += source.size;
    }
  }
  const firstParty = inspected.firstPartyWithoutContent + inspected.sources.filter((source) => source.classification !== "third-party").length;
  return {
    ...inspected.base,
    sources: inspected.sourceCount,
    withContent: inspected.sources.length,
    firstParty,
    recoverable,
    recoverableBytes,
    readable,
    readableBytes,
    recovered
  };
}
function generatedFilesOf(candidate, map, shipped) {
  if (candidate.generated.length > 0)
    return [...candidate.generated];
  const guesses = [];
  if (candidate.path.endsWith(".map"))
    guesses.push(candidate.path.slice(0, -".map".length));
  const file = isJsonObject(map) && typeof map.file === "string" ? map.file : void 0;
  if (file !== void 0)
    guesses.push(posix4.normalize(posix4.join(posix4.dirname(candidate.path), file)));
  return [...new Set(guesses)].filter((path) => shipped.has(path));
}
var LAZY_MAP_BYTES2 = 64 * 1024;
function contentOf(raw) {
  if (raw.lazy) {
    const ref = raw.lazy;
    let measured;
    const measure = () => measured ??= measureContent(ref);
    return {
      probe: { normalisedLength: () => measure().bytes - measure().crlf, text: () => decodedContent(ref) },
      bytes: () => measure().bytes,
      // One getter for every lazy source: a getter per source would give each object its own
      // hidden class, and every later read or write of a source would miss V8's inline caches.
      source: (fields) => Object.defineProperty({ ...fields, raw: ref }, "content", LAZY_CONTENT)
    };
  }
  if (raw.content === null)
    return void 0;
  const content = raw.content;
  return { probe: probeOf(content), bytes: () => Buffer.byteLength(content, "utf8"), source: (fields) => ({ ...fields, content }) };
}
var decoded = /* @__PURE__ */ new WeakMap();
function decodedContent(ref) {
  let text = decoded.get(ref);
  if (text === void 0) {
    text = decodeContent(ref);
    decoded.set(ref, text);
  }
  return text;
}
var LAZY_CONTENT = {
  get() {
    return decodedContent(this.raw);
  },
  enumerable: true
};
function hasSourcesContent(map) {
  return isJsonObject(map) && "sourcesContent" in map;
}
function invalidMap(candidate, reason) {
  return {
    base: baseSummary(candidate, reason),
    sourceCount: 0,
    firstPartyWithoutContent: 0,
    sources: [],
    generatedFiles: [...candidate.generated],
    localPaths: []
  };
}
function baseSummary(candidate, invalidReason) {
  const base = { path: candidate.path, origin: candidate.origin, generated: [...candidate.generated] };
  return invalidReason === void 0 ? { ...base, valid: true } : { ...base, valid: false, invalidReason };
}

// dist/sourcemaps/analyse-source-maps.js
function analyseSourceMaps(contents, options = {}) {
  const discovery = findSourceMaps(contents);
  const mapFiles = new Set(discovery.candidates.filter((c) => c.origin === "file").map((c) => c.path));
  const classifier = createClassifier(contents, options, createShippedContentLookup(contents, mapFiles));
  const shipped = new Set(contents.byPath.keys());
  const inspectedMaps = [];
  const gaps = [...discovery.gaps];
  for (const candidate of discovery.candidates) {
    const inspected2 = inspectMap(candidate, classifier, shipped);
    if (!inspected2)
      continue;
    if (inspected2.truncated) {
      gaps.push({
        code: "unreadable",
        path: candidate.path,
        message: `${candidate.path} nests index maps deeper than ${MAX_INDEX_DEPTH} levels; the deeper sections were not read`
      });
    }
    inspectedMaps.push(inspected2);
  }
  applyExposure(contents, inspectedMaps);
  const inspected = inspectedMaps.map((map) => ({
    summary: summarizeMap(map),
    sources: map.sources,
    generatedFiles: map.generatedFiles,
    localPaths: map.localPaths
  }));
  const maps = inspected.map((map) => map.summary);
  const sources = inspectedMaps.flatMap((map) => map.sources);
  const references = redactReferences(discovery);
  for (const { from, url } of references.remote)
    maps.push(remoteSummary(from, url));
  maps.sort((a, b) => comparePaths(a.path, b.path) || comparePaths(a.origin, b.origin));
  const unique = { recoverable: countUnique(sources, "first-party"), readable: countUnique(sources, "readable") };
  const analysis = { maps, sources, inspected, references, unique };
  return gaps.length > 0 ? { ...analysis, gaps } : analysis;
}
function countUnique(sources, classification) {
  const groups = /* @__PURE__ */ new Map();
  for (const source of sources) {
    if (source.classification !== classification || source.size === 0)
      continue;
    const key = `${source.resolved}\0${source.size}`;
    const group = groups.get(key);
    if (group)
      group.push(source);
    else
      groups.set(key, [source]);
  }
  let count = 0;
  for (const group of groups.values())
    count += group.length === 1 ? 1 : new Set(group.map((source) => contentHash(source.content))).size;
  return count;
}
function applyExposure(contents, inspectedMaps) {
  const verdicts = judgeExposure(contents, inspectedMaps.map((map) => ({ generatedFiles: map.generatedFiles, sources: map.sources })));
  for (const [source, verdict] of verdicts) {
    source.classification = verdict.readable ? "readable" : "first-party";
    source.reason = verdict.reason;
    if (verdict.shownIn !== void 0)
      source.shownIn = verdict.shownIn;
  }
}
function remoteSummary(from, url) {
  return {
    path: from,
    origin: "remote",
    generated: [from],
    valid: true,
    sources: 0,
    withContent: 0,
    firstParty: 0,
    recoverable: 0,
    recoverableBytes: 0,
    url
  };
}
function redactReferences({ remote, dangling, localPaths }) {
  const redact = (list) => list.map((reference) => ({ ...reference, url: redactUrl(reference.url) }));
  return { remote: redact(remote), dangling: redact(dangling), localPaths: redact(localPaths) };
}

// dist/rules/sourcemap-rules.js
var SAMPLE_SIZE = 5;
var sourceMapRules = {
  family: "sourcemap",
  check({ policy, sourceMaps }) {
    const allow = compileAllowances(policy);
    return [...sourceMaps.inspected.flatMap((map) => findingsForMap(map, allow)), ...findingsForReferences(sourceMaps.references)];
  }
};
function analyseWithPolicy(contents, policy, dependencies = []) {
  const { thirdPartyGlobs, workspacePackages } = policy.sourceMaps;
  return analyseSourceMaps(contents, {
    ...thirdPartyGlobs.length > 0 ? { isThirdPartyPath: createAnyTest(thirdPartyGlobs) } : {},
    workspacePackagesAreThirdParty: workspacePackages === "third-party",
    dependencies
  });
}
function compileAllowances(policy) {
  const compile = (entries) => entries.length === 0 ? () => false : createAnyTest(entries.map((entry) => entry.glob));
  return { maps: compile(policy.sourceMaps.allowMaps), embeddedSources: compile(policy.sourceMaps.allowEmbeddedSources) };
}
function findingsForMap(map, allow) {
  const { summary } = map;
  const path = summary.path;
  const where = summary.origin === "inline" ? `The inline source map in ${path}` : `The source map ${path}`;
  const out = [];
  if (!summary.valid) {
    out.push(finding("sourcemap/invalid", path, `${where} is invalid: ${summary.invalidReason ?? "unknown reason"}.`, {
      reason: summary.invalidReason
    }));
  }
  const exposed = map.sources.filter((source) => source.classification === "first-party" && source.size > 0);
  const readable = map.sources.filter((source) => source.classification === "readable" && source.size > 0);
  const embeddedAllowed = allow.embeddedSources(path);
  const mapAllowed = embeddedAllowed || allow.maps(path);
  if (exposed.length > 0 && !embeddedAllowed)
    out.push(embeddedFinding(map, exposed, where));
  if (readable.length > 0 && !mapAllowed)
    out.push(readableFinding(summary, readable, where));
  if (exposed.length === 0 && readable.length === 0 && !mapAllowed) {
    out.push(finding("sourcemap/shipped", path, `${where} ships without recoverable first-party sources${classNote(map.sources)}.`, {
      count: summary.sources
    }));
  }
  if (map.localPaths.length > 0) {
    out.push(finding("sourcemap/local-path", path, `${where} names ${plural(map.localPaths.length, "absolute path")} of the build machine.`, {
      count: map.localPaths.length,
      sample: map.localPaths.slice(0, SAMPLE_SIZE).map(redactUrl)
    }));
  }
  return out;
}
function embeddedFinding(map, exposed, where) {
  const { summary } = map;
  return finding("sourcemap/embedded-sources", summary.path, `${where} embeds ${plural(exposed.length, "first-party source")} (${formatSize(summary.recoverableBytes)}) whose code the package ships nowhere else in readable form${exposureNote(exposed, map.generatedFiles)}; anyone who installs the package can recover them${orphanNote(summary)}.`, { count: exposed.length, size: summary.recoverableBytes, sample: sampleOf2(exposed) });
}
function readableFinding(summary, readable, where) {
  return finding("sourcemap/readable-sources", summary.path, `${where} embeds ${plural(readable.length, "first-party source")} (${formatSize(summary.readableBytes ?? 0)}) whose code the package also ships readable, at least in part: ${readableNote(readable)}; the map adds types, comments, layout and whatever a bundler left out of a module.`, { count: readable.length, size: summary.readableBytes ?? 0, sample: sampleOf2(readable) });
}
function orphanNote(summary) {
  return summary.origin === "file" && summary.generated.length === 0 ? "; no file references this map" : "";
}
function exposureNote(exposed, generatedFiles) {
  const reasons = new Set(exposed.map((source) => source.reason));
  const files = generatedFiles.length > 0 ? generatedFiles.slice(0, 2).join(", ") : "";
  if (reasons.size === 1 && reasons.has("minified"))
    return ` (${files} is minified)`;
  if (reasons.size === 1 && reasons.has("no-generated-file"))
    return " (the package ships no file built from them)";
  if (reasons.size === 1 && reasons.has("absent"))
    return ` (${files} does not show their code in readable form)`;
  return "";
}
function readableNote(readable) {
  const shownIn = [...new Set(readable.map((source) => source.shownIn).filter((file) => file !== void 0))];
  const shown = readable.filter((source) => source.shownIn !== void 0).length;
  const noCode = readable.filter((source) => source.reason === "no-code").length;
  const markup = readable.length - shown - noCode;
  const parts = [];
  if (shown > 0)
    parts.push(`${shown} ship readable in ${shownIn.slice(0, 2).join(", ")}${shownIn.length > 2 ? ` and ${shownIn.length - 2} more files` : ""}`);
  if (noCode > 0)
    parts.push(`${noCode} hold no code beyond types, imports and stubs`);
  if (markup > 0)
    parts.push(`${markup} are stylesheets or templates, which ship in some form`);
  return parts.join(", ");
}
function classNote(sources) {
  const withContent = sources.filter((source) => source.size > 0);
  const thirdParty = withContent.filter((source) => source.classification === "third-party").length;
  const shipped = withContent.filter((source) => source.classification === "shipped").length;
  const empty = sources.length - withContent.length;
  const parts = [
    thirdParty > 0 ? `${thirdParty} third-party` : "",
    shipped > 0 ? `${shipped} identical to shipped files` : "",
    empty > 0 ? `${empty} without content` : ""
  ].filter(Boolean);
  return parts.length === 0 ? "" : ` (${parts.join(", ")})`;
}
function sampleOf2(sources) {
  return sources.slice(0, SAMPLE_SIZE).map((source) => redactUrl(source.resolved));
}
function findingsForReferences({ remote, dangling, localPaths }) {
  const out = [];
  for (const { from, url } of remote) {
    out.push(finding("sourcemap/remote-url", from, `${from} points at a source map on a remote server (${url}).`, { url }));
  }
  for (const { from, url, target } of dangling) {
    const details = target === void 0 ? { url } : { url, target };
    out.push(finding("sourcemap/dangling-reference", from, `${from} points at a source map the package does not contain (${url}).`, details));
  }
  for (const { from, url } of localPaths) {
    out.push(finding("sourcemap/local-path", from, `${from} points at a source map on the build machine (${url}).`, {
      url,
      count: 1,
      sample: [url]
    }));
  }
  return out;
}

// dist/rules/index.js
var RULE_FAMILIES = [tarballRules, fileRules, allowlistRules, sourceMapRules, secretRules, baselineRules];
async function runRules(contents, policy, baseline, dependencies) {
  const analysis = analyseWithPolicy(contents, policy, dependencies);
  const comparison = baseline ? compareWithBaseline(baseline, contents, analysis.maps) : void 0;
  const context = {
    contents,
    policy,
    sourceMaps: analysis,
    ...baseline && comparison ? { baseline: { snapshot: baseline, comparison } } : {}
  };
  const all = await attributeToOriginals(RULE_FAMILIES.flatMap((family) => family.check(context)), contents, analysis);
  const findings = contents.gaps.length > 0 ? all.filter((finding2) => ruleMeta(finding2.rule).claimsAbsence !== true) : all;
  return { findings, analysis, comparison };
}

export {
  createGlobTest,
  createMatcher,
  matchesNothing,
  compareWithBaseline,
  analyseWithPolicy,
  RULE_FAMILIES,
  runRules
};
