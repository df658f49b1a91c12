// dist/text.js
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function utf8BomLength(data) {
  return data[0] === 239 && data[1] === 187 && data[2] === 191 ? 3 : 0;
}
function normaliseNewlines(text) {
  return text.includes("\r") ? text.replace(/\r\n/g, "\n") : text;
}

// dist/json-text.js
function parseJsonText(text) {
  return JSON.parse(stripBom(text));
}
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  stripBom,
  utf8BomLength,
  normaliseNewlines,
  parseJsonText,
  isJsonObject
};
