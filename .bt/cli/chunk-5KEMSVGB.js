// dist/report/escape.js
var INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function xmlText(value) {
  return value.replace(INVALID_XML_CHARS, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\u2028/g, "&#8232;").replace(/\u2029/g, "&#8233;");
}
function xmlAttr(value) {
  return xmlText(value).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;");
}
function jsonText(value, space) {
  return JSON.stringify(value, null, space).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

// dist/report/target-name.js
function targetName(target, unknownVersion) {
  if (!target.name)
    return target.input;
  const version = target.version ?? unknownVersion;
  return version === void 0 ? target.name : `${target.name}@${version}`;
}

export {
  xmlText,
  xmlAttr,
  jsonText,
  targetName
};
