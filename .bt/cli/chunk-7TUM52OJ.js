// dist/policy/manifest-json.js
var MANIFEST_FILE = "leakproof.json";
var SCHEMA_REF = "./node_modules/leakproof/schema/leakproof.schema.json";
function isCommentKey(key) {
  return key.startsWith("//");
}

export {
  MANIFEST_FILE,
  SCHEMA_REF,
  isCommentKey
};
