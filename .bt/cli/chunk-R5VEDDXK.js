import {
  findSecretSpans,
  scanText
} from "./chunk-IUMYWW7D.js";
import {
  redactUrlsIn
} from "./chunk-RYFOSZ5Q.js";

// dist/report/printable.js
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
function printable(text) {
  return text.replace(UNPRINTABLE, (char) => {
    const code = char.charCodeAt(0);
    return code > 255 ? `\\u${code.toString(16).padStart(4, "0")}` : `\\x${code.toString(16).padStart(2, "0")}`;
  });
}

// dist/report/redact-report.js
var AUTHORIZATION = /(authorization["']?\s*[:=]\s*["']?(?:basic|bearer|token)\s+)[^\s"',}]+/gi;
function redactText(text) {
  const urls = text.includes("://") ? redactUrlsIn(text, "sensitive") : text;
  return maskCredentials(urls.replace(AUTHORIZATION, "$1***"));
}
function safeLine(text) {
  return printable(redactText(text));
}
function safeLines(text) {
  return text.split("\n").map(safeLine).join("\n");
}
function redactValue(value) {
  const memo = /* @__PURE__ */ new Map();
  const strings = /* @__PURE__ */ new Set();
  collectStrings(value, strings, 0);
  const suspicious = findSuspicious([...strings]);
  if (suspicious.size === 0)
    return value;
  const redact = (text) => {
    if (!suspicious.has(text))
      return text;
    let done = memo.get(text);
    if (done === void 0)
      memo.set(text, done = redactText(text));
    return done;
  };
  return mapStrings(value, redact, 0);
}
function redactReport(report) {
  return redactValue(report);
}
var MAX_DEPTH = 64;
function collectStrings(value, into, depth) {
  if (typeof value === "string")
    into.add(value);
  else if (depth < MAX_DEPTH && typeof value === "object" && value !== null) {
    if (Array.isArray(value)) {
      for (const item of value)
        collectStrings(item, into, depth + 1);
      return;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key))
        continue;
      into.add(key);
      collectStrings(value[key], into, depth + 1);
    }
  }
}
function mapStrings(value, redact, depth) {
  if (typeof value === "string")
    return redact(value);
  if (typeof value !== "object" || value === null || depth >= MAX_DEPTH)
    return value;
  if (Array.isArray(value))
    return value.map((item) => mapStrings(item, redact, depth + 1));
  const out = {};
  for (const [key, item] of Object.entries(value))
    out[redact(key)] = mapStrings(item, redact, depth + 1);
  return out;
}
var URL_CREDENTIAL = /:\/\/[^\s/?#@]*@|[?&;][^=&#\s]*(?:token|key|secret|pass|pwd|auth|sig|credential|session|code)[^=&#\s]*=/i;
function findSuspicious(strings) {
  const suspicious = /* @__PURE__ */ new Set();
  for (const text of strings)
    if (text.includes("://") && URL_CREDENTIAL.test(text) || /authorization/i.test(text))
      suspicious.add(text);
  const starts = [];
  let joined = "";
  for (const text of strings) {
    starts.push(joined.length);
    joined += `${text}
`;
  }
  for (const match of scanText(joined, { hash: false }))
    suspicious.add(strings[indexAtOrBefore(starts, match.offset)]);
  return suspicious;
}
function indexAtOrBefore(sorted, offset) {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = low + high + 1 >>> 1;
    if (sorted[middle] <= offset)
      low = middle;
    else
      high = middle - 1;
  }
  return low;
}
function maskCredentials(text) {
  const spans = findSecretSpans(text);
  if (spans.length === 0)
    return text;
  let out = "";
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor)
      continue;
    out += `${text.slice(cursor, span.start)}${span.preview}(${span.length} chars)`;
    cursor = Math.min(text.length, span.end);
  }
  return out + text.slice(cursor);
}

export {
  printable,
  redactText,
  safeLine,
  safeLines,
  redactValue,
  redactReport
};
