// dist/version.js
import { readFileSync } from "node:fs";
var TOOL = (() => {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  return { name: pkg.name, version: pkg.version };
})();

export {
  TOOL
};
