import {
  isJsonObject,
  parseJsonText
} from "./chunk-H3QZ6UYL.js";

// dist/tarball/contents.js
import { constants, isAscii } from "node:buffer";
var MAX_TEXT_BYTES = constants.MAX_STRING_LENGTH;
function createContents(inputs, unsafeEntries = [], gaps = []) {
  const byPath = /* @__PURE__ */ new Map();
  const allGaps = [...gaps];
  for (const input of inputs) {
    let data = typeof input.data === "string" ? Buffer.from(input.data) : input.data;
    const size = data.length;
    if (size > MAX_TEXT_BYTES) {
      allGaps.push({
        code: "file-size-limit",
        path: input.path,
        message: `${input.path} is larger than the longest string Node can hold (${MAX_TEXT_BYTES} bytes); leakproof cannot scan it`
      });
      data = Buffer.alloc(0);
    }
    byPath.set(input.path, { path: input.path, size, mode: input.mode ?? 420, data });
  }
  const files = [...byPath.values()].sort((a, b) => comparePaths(a.path, b.path));
  return { files, byPath, unsafeEntries: [...unsafeEntries], gaps: allGaps };
}
function comparePaths(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function readPackageJson(contents) {
  const file = contents.byPath.get("package.json");
  if (!file)
    return void 0;
  try {
    const value = parseJsonText(file.data.toString("utf8"));
    return isJsonObject(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function decodeText(data) {
  const utf16 = utf16Order(data);
  if (utf16 === "le")
    return data.toString("utf16le", 0, data.length & ~1);
  if (utf16 === "be")
    return Buffer.from(data.subarray(0, data.length & ~1)).swap16().toString("utf16le");
  return isAscii(data) ? data.toString("latin1") : data.toString("utf8");
}
var UTF16_SNIFF_UNITS = 32;
function utf16Order(data) {
  if (data[0] === 255 && data[1] === 254)
    return "le";
  if (data[0] === 254 && data[1] === 255)
    return "be";
  if (data.length < UTF16_SNIFF_UNITS * 2)
    return void 0;
  let le = true;
  let be = true;
  for (let i = 0; i < UTF16_SNIFF_UNITS * 2 && (le || be); i += 2) {
    const [a, b] = [data[i], data[i + 1]];
    le &&= b === 0 && isTextByte(a);
    be &&= a === 0 && isTextByte(b);
  }
  return le ? "le" : be ? "be" : void 0;
}
function isTextByte(byte) {
  return byte >= 32 && byte < 127 || byte === 9 || byte === 10 || byte === 13;
}

export {
  MAX_TEXT_BYTES,
  createContents,
  comparePaths,
  readPackageJson,
  decodeText,
  utf16Order
};
