import {
  stripBom
} from "./chunk-H3QZ6UYL.js";
import {
  LeakproofError
} from "./chunk-HLT5EGBY.js";
import {
  isCommentKey
} from "./chunk-7TUM52OJ.js";
import {
  formatSizeCeil
} from "./chunk-BD6EW6TF.js";

// dist/policy/parse-manifest.js
import { readFile } from "node:fs/promises";

// dist/policy/generated/validate-manifest.js
var validateManifestSchema = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/leakproof/leakproof/blob/main/schema/leakproof.schema.json", "title": "leakproof.json", "description": "The allowlist manifest of leakproof: which files an npm package may ship, size budgets, source map and secret policy, severity overrides and ignores with a written reason. See docs/manifest.md.", "type": "object", "properties": { "$schema": { "type": "string", "minLength": 1, "description": "This schema, for editors: ./node_modules/leakproof/schema/leakproof.schema.json" }, "files": { "type": "array", "description": 'Files allowed to ship: exact package-relative paths or picomatch globs (dotfiles match). An entry starting with "!" excludes. The last entry that matches a path decides. A shipped file no entry allows is file/unlisted; a plain entry matching nothing is file/missing. Omit to skip the allowlist check.', "items": { "type": "string", "pattern": "^(?!!?\\.?/)(?!!$).+$", "description": 'A package-relative path or glob, no leading "/" or "./"; "!" in front excludes.' } }, "budgets": { "type": "object", "description": "Size budgets; exceeding one is size/budget.", "properties": { "total": { "$ref": "#/$defs/size", "description": "Largest allowed unpacked size of the whole package." }, "globs": { "type": "object", "description": "Glob -> largest allowed total size of the files it matches.", "propertyNames": { "anyOf": [{ "pattern": "^//" }, { "pattern": "^(?!!|\\.?/).+$" }] }, "patternProperties": { "^//": { "description": 'A comment: any key that is "//" or starts with "//". Kept by `leakproof check --update`.' } }, "additionalProperties": { "$ref": "#/$defs/size" } } }, "patternProperties": { "^//": { "description": 'A comment: any key that is "//" or starts with "//". Kept by `leakproof check --update`.' } }, "additionalProperties": false }, "sourceMaps": { "type": "object", "description": "Source map policy.", "properties": { "allowMaps": { "type": "array", "items": { "$ref": "#/$defs/allowEntry" }, "description": "Maps (or files with inline maps) allowed to ship: no sourcemap/shipped." }, "allowEmbeddedSources": { "type": "array", "items": { "$ref": "#/$defs/allowEntry" }, "description": "Maps allowed to embed first-party sources: no sourcemap/embedded-sources." }, "workspacePackages": { "enum": ["first-party", "third-party"], "description": "How sources from sibling workspace packages count (default first-party)." }, "thirdPartyGlobs": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Resolved source paths (globs) always counted as third-party." } }, "patternProperties": { "^//": { "description": 'A comment: any key that is "//" or starts with "//". Kept by `leakproof check --update`.' } }, "additionalProperties": false }, "secrets": { "type": "object", "description": "Credential scanning.", "properties": { "enabled": { "type": "boolean", "description": "Scan for credentials (default true)." } }, "patternProperties": { "^//": { "description": 'A comment: any key that is "//" or starts with "//". Kept by `leakproof check --update`.' } }, "additionalProperties": false }, "severity": { "type": "object", "description": `Rule id -> severity override, or "off" to drop the rule's findings.`, "properties": { "file/sensitive": { "$ref": "#/$defs/severityLevel" }, "file/unlisted": { "$ref": "#/$defs/severityLevel" }, "file/missing": { "$ref": "#/$defs/severityLevel" }, "size/budget": { "$ref": "#/$defs/severityLevel" }, "tarball/unsafe-entry": { "$ref": "#/$defs/severityLevel" }, "sourcemap/embedded-sources": { "$ref": "#/$defs/severityLevel" }, "sourcemap/readable-sources": { "$ref": "#/$defs/severityLevel" }, "sourcemap/shipped": { "$ref": "#/$defs/severityLevel" }, "sourcemap/local-path": { "$ref": "#/$defs/severityLevel" }, "sourcemap/invalid": { "$ref": "#/$defs/severityLevel" }, "sourcemap/remote-url": { "$ref": "#/$defs/severityLevel" }, "sourcemap/dangling-reference": { "$ref": "#/$defs/severityLevel" }, "secret": { "$ref": "#/$defs/severityLevel" }, "baseline/new-file": { "$ref": "#/$defs/severityLevel" }, "baseline/removed-file": { "$ref": "#/$defs/severityLevel" }, "baseline/file-growth": { "$ref": "#/$defs/severityLevel" }, "baseline/package-growth": { "$ref": "#/$defs/severityLevel" }, "baseline/new-source-map": { "$ref": "#/$defs/severityLevel" }, "baseline/new-embedded-sources": { "$ref": "#/$defs/severityLevel" } }, "patternProperties": { "^//": { "description": 'A comment: any key that is "//" or starts with "//". Kept by `leakproof check --update`.' } }, "additionalProperties": false }, "baseline": { "type": "object", "description": "Thresholds for the baseline/ rules.", "properties": { "packageGrowthPercent": { "type": "number", "minimum": 0, "description": "baseline/package-growth above this percentage (default 25)." }, "fileGrowthPercent": { "type": "number", "minimum": 0, "description": "baseline/file-growth above this percentage (default 50)." }, "minGrowthBytes": { "$ref": "#/$defs/size", "description": "Growth smaller than this never counts (default 10240)." } }, "patternProperties": { "^//": { "description": 'A comment: any key that is "//" or starts with "//". Kept by `leakproof check --update`.' } }, "additionalProperties": false }, "ignore": { "type": "array", "description": "Suppressions, each with a written reason. Suppressed findings are still reported but do not fail the check.", "items": { "type": "object", "properties": { "rule": { "$ref": "#/$defs/ruleId" }, "path": { "type": "string", "description": 'Exact path or glob of the finding; "" for the package as a whole.' }, "reason": { "$ref": "#/$defs/reason" }, "hash": { "type": "string", "minLength": 1, "description": "For secret findings: only the credential with this hash." } }, "required": ["rule", "path", "reason"], "patternProperties": { "^//": { "description": 'A comment: any key that is "//" or starts with "//". Kept by `leakproof check --update`.' } }, "additionalProperties": false } } }, "patternProperties": { "^//": { "description": 'A comment: any key that is "//" or starts with "//". Kept by `leakproof check --update`.' } }, "additionalProperties": false, "$defs": { "size": { "description": 'Bytes as a number, or a string: "500 B", "12kB", "1.5 MB", "2MiB". kB/MB/GB are 1000-based, KiB/MiB/GiB 1024-based.', "anyOf": [{ "type": "number", "minimum": 0 }, { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG][iI]?)?[bB]$" }] }, "reason": { "type": "string", "pattern": "\\S", "description": "Why this is acceptable, in words." }, "allowEntry": { "type": "object", "properties": { "glob": { "type": "string", "minLength": 1 }, "reason": { "$ref": "#/$defs/reason" } }, "required": ["glob", "reason"], "patternProperties": { "^//": { "description": 'A comment: any key that is "//" or starts with "//". Kept by `leakproof check --update`.' } }, "additionalProperties": false }, "ruleId": { "enum": ["file/sensitive", "file/unlisted", "file/missing", "size/budget", "tarball/unsafe-entry", "sourcemap/embedded-sources", "sourcemap/readable-sources", "sourcemap/shipped", "sourcemap/local-path", "sourcemap/invalid", "sourcemap/remote-url", "sourcemap/dangling-reference", "secret", "baseline/new-file", "baseline/removed-file", "baseline/file-growth", "baseline/package-growth", "baseline/new-source-map", "baseline/new-embedded-sources"], "description": "A leakproof rule id (docs/rules.md)." }, "severityLevel": { "enum": ["error", "warning", "info", "off"] } } };
var schema36 = { "enum": ["error", "warning", "info", "off"] };
var schema56 = { "enum": ["file/sensitive", "file/unlisted", "file/missing", "size/budget", "tarball/unsafe-entry", "sourcemap/embedded-sources", "sourcemap/readable-sources", "sourcemap/shipped", "sourcemap/local-path", "sourcemap/invalid", "sourcemap/remote-url", "sourcemap/dangling-reference", "secret", "baseline/new-file", "baseline/removed-file", "baseline/file-growth", "baseline/package-growth", "baseline/new-source-map", "baseline/new-embedded-sources"], "description": "A leakproof rule id (docs/rules.md)." };
var pattern4 = new RegExp("^//", "u");
var pattern5 = new RegExp("^(?!!?\\.?/)(?!!$).+$", "u");
var pattern7 = new RegExp("^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG][iI]?)?[bB]$", "u");
var pattern9 = new RegExp("^(?!!|\\.?/).+$", "u");
var pattern14 = new RegExp("\\S", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.glob === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "glob" }, message: "must have required property 'glob'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "glob" || key0 === "reason" || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.glob !== void 0) {
      let data0 = data.glob;
      if (typeof data0 === "string") {
        if (data0.length < 1) {
          const err3 = { instancePath: instancePath + "/glob", schemaPath: "#/properties/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/glob", schemaPath: "#/properties/glob/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data1 = data.reason;
      if (typeof data1 === "string") {
        if (!pattern14.test(data1)) {
          const err5 = { instancePath: instancePath + "/reason", schemaPath: "#/$defs/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/reason", schemaPath: "#/$defs/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var func1 = Object.prototype.hasOwnProperty;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "files" || key0 === "budgets" || key0 === "sourceMaps" || key0 === "secrets" || key0 === "severity" || key0 === "baseline" || key0 === "ignore" || pattern4.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 === "string") {
        if (data0.length < 1) {
          const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      let data1 = data.files;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (!pattern5.test(data2)) {
              const err3 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/pattern", keyword: "pattern", params: { pattern: "^(?!!?\\.?/)(?!!$).+$" }, message: 'must match pattern "^(?!!?\\.?/)(?!!$).+$"' };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.budgets !== void 0) {
      let data3 = data.budgets;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "total" || key1 === "globs" || pattern4.test(key1))) {
            const err6 = { instancePath: instancePath + "/budgets", schemaPath: "#/properties/budgets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data3.total !== void 0) {
          let data4 = data3.total;
          const _errs13 = errors;
          let valid5 = false;
          const _errs14 = errors;
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 < 0 || isNaN(data4)) {
              const err7 = { instancePath: instancePath + "/budgets/total", schemaPath: "#/$defs/size/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/budgets/total", schemaPath: "#/$defs/size/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          var _valid0 = _errs14 === errors;
          valid5 = valid5 || _valid0;
          const _errs16 = errors;
          if (typeof data4 === "string") {
            if (!pattern7.test(data4)) {
              const err9 = { instancePath: instancePath + "/budgets/total", schemaPath: "#/$defs/size/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG][iI]?)?[bB]$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG][iI]?)?[bB]$"' };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/budgets/total", schemaPath: "#/$defs/size/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          var _valid0 = _errs16 === errors;
          valid5 = valid5 || _valid0;
          if (!valid5) {
            const err11 = { instancePath: instancePath + "/budgets/total", schemaPath: "#/$defs/size/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          } else {
            errors = _errs13;
            if (vErrors !== null) {
              if (_errs13) {
                vErrors.length = _errs13;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data3.globs !== void 0) {
          let data5 = data3.globs;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key2 in data5) {
              const _errs20 = errors;
              const _errs21 = errors;
              let valid7 = false;
              const _errs22 = errors;
              if (typeof key2 === "string") {
                if (!pattern4.test(key2)) {
                  const err12 = { instancePath: instancePath + "/budgets/globs", schemaPath: "#/properties/budgets/properties/globs/propertyNames/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^//" }, message: 'must match pattern "^//"', propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs22 === errors;
              valid7 = valid7 || _valid1;
              const _errs23 = errors;
              if (typeof key2 === "string") {
                if (!pattern9.test(key2)) {
                  const err13 = { instancePath: instancePath + "/budgets/globs", schemaPath: "#/properties/budgets/properties/globs/propertyNames/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^(?!!|\\.?/).+$" }, message: 'must match pattern "^(?!!|\\.?/).+$"', propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs23 === errors;
              valid7 = valid7 || _valid1;
              if (!valid7) {
                const err14 = { instancePath: instancePath + "/budgets/globs", schemaPath: "#/properties/budgets/properties/globs/propertyNames/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", propertyName: key2 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              } else {
                errors = _errs21;
                if (vErrors !== null) {
                  if (_errs21) {
                    vErrors.length = _errs21;
                  } else {
                    vErrors = null;
                  }
                }
              }
              var valid6 = _errs20 === errors;
              if (!valid6) {
                const err15 = { instancePath: instancePath + "/budgets/globs", schemaPath: "#/properties/budgets/properties/globs/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            for (const key3 in data5) {
              if (!pattern4.test(key3)) {
                let data6 = data5[key3];
                const _errs27 = errors;
                let valid10 = false;
                const _errs28 = errors;
                if (typeof data6 == "number" && isFinite(data6)) {
                  if (data6 < 0 || isNaN(data6)) {
                    const err16 = { instancePath: instancePath + "/budgets/globs/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/size/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                } else {
                  const err17 = { instancePath: instancePath + "/budgets/globs/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/size/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                var _valid2 = _errs28 === errors;
                valid10 = valid10 || _valid2;
                const _errs30 = errors;
                if (typeof data6 === "string") {
                  if (!pattern7.test(data6)) {
                    const err18 = { instancePath: instancePath + "/budgets/globs/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/size/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG][iI]?)?[bB]$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG][iI]?)?[bB]$"' };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                } else {
                  const err19 = { instancePath: instancePath + "/budgets/globs/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/size/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                var _valid2 = _errs30 === errors;
                valid10 = valid10 || _valid2;
                if (!valid10) {
                  const err20 = { instancePath: instancePath + "/budgets/globs/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/size/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                } else {
                  errors = _errs27;
                  if (vErrors !== null) {
                    if (_errs27) {
                      vErrors.length = _errs27;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/budgets/globs", schemaPath: "#/properties/budgets/properties/globs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/budgets", schemaPath: "#/properties/budgets/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.sourceMaps !== void 0) {
      let data7 = data.sourceMaps;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key4 in data7) {
          if (!(key4 === "allowMaps" || key4 === "allowEmbeddedSources" || key4 === "workspacePackages" || key4 === "thirdPartyGlobs" || pattern4.test(key4))) {
            const err23 = { instancePath: instancePath + "/sourceMaps", schemaPath: "#/properties/sourceMaps/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data7.allowMaps !== void 0) {
          let data8 = data7.allowMaps;
          if (Array.isArray(data8)) {
            const len1 = data8.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (!validate21(data8[i1], { instancePath: instancePath + "/sourceMaps/allowMaps/" + i1, parentData: data8, parentDataProperty: i1, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/sourceMaps/allowMaps", schemaPath: "#/properties/sourceMaps/properties/allowMaps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data7.allowEmbeddedSources !== void 0) {
          let data10 = data7.allowEmbeddedSources;
          if (Array.isArray(data10)) {
            const len2 = data10.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (!validate21(data10[i2], { instancePath: instancePath + "/sourceMaps/allowEmbeddedSources/" + i2, parentData: data10, parentDataProperty: i2, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/sourceMaps/allowEmbeddedSources", schemaPath: "#/properties/sourceMaps/properties/allowEmbeddedSources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data7.workspacePackages !== void 0) {
          let data12 = data7.workspacePackages;
          if (!(data12 === "first-party" || data12 === "third-party")) {
            const err26 = { instancePath: instancePath + "/sourceMaps/workspacePackages", schemaPath: "#/properties/sourceMaps/properties/workspacePackages/enum", keyword: "enum", params: { allowedValues: schema31.properties.sourceMaps.properties.workspacePackages.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data7.thirdPartyGlobs !== void 0) {
          let data13 = data7.thirdPartyGlobs;
          if (Array.isArray(data13)) {
            const len3 = data13.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data14 = data13[i3];
              if (typeof data14 === "string") {
                if (data14.length < 1) {
                  const err27 = { instancePath: instancePath + "/sourceMaps/thirdPartyGlobs/" + i3, schemaPath: "#/properties/sourceMaps/properties/thirdPartyGlobs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/sourceMaps/thirdPartyGlobs/" + i3, schemaPath: "#/properties/sourceMaps/properties/thirdPartyGlobs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/sourceMaps/thirdPartyGlobs", schemaPath: "#/properties/sourceMaps/properties/thirdPartyGlobs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/sourceMaps", schemaPath: "#/properties/sourceMaps/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.secrets !== void 0) {
      let data15 = data.secrets;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key5 in data15) {
          if (!(key5 === "enabled" || pattern4.test(key5))) {
            const err31 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data15.enabled !== void 0) {
          if (typeof data15.enabled !== "boolean") {
            const err32 = { instancePath: instancePath + "/secrets/enabled", schemaPath: "#/properties/secrets/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data17 = data.severity;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key6 in data17) {
          if (!(func1.call(schema31.properties.severity.properties, key6) || pattern4.test(key6))) {
            const err34 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data17["file/sensitive"] !== void 0) {
          let data18 = data17["file/sensitive"];
          if (!(data18 === "error" || data18 === "warning" || data18 === "info" || data18 === "off")) {
            const err35 = { instancePath: instancePath + "/severity/file~1sensitive", schemaPath: "#/$defs/severityLevel/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data17["file/unlisted"] !== void 0) {
          let data19 = data17["file/unlisted"];
          if (!(data19 === "error" || data19 === "warning" || data19 === "info" || data19 === "off")) {
            const err36 = { instancePath: instancePath + "/severity/file~1unlisted", schemaPath: "#/$defs/severityLevel/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data17["file/missing"] !== void 0) {
          let data20 = data17["file/missing"];
          if (!(data20 === "error" || data20 === "warning" || data20 === "info" || data20 === "off")) {
            const err37 = { instancePath: instancePath + "/severity/file~1missing", schemaPath: "#/$defs/severityLevel/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data17["size/budget"] !== void 0) {
          let data21 = data17["size/budget"];
          if (!(data21 === "error" || data21 === "warning" || data21 === "info" || data21 === "off")) {
            const err38 = { instancePath: instancePath + "/severity/size~1budget", schemaPath: "#/$defs/severityLevel/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data17["tarball/unsafe-entry"] !== void 0) {
          let data22 = data17["tarball/unsafe-entry"];
          if (!(data22 === "error" || data22 === "warning" || data22 === "info" || data22 === "off")) {
            const err39 = { instancePath: instancePath + "/severity/tarball~1unsafe-entry", schemaPath: "#/$defs/severityLevel/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data17["sourcemap/embedded-sources"] !== void 0) {
          let data23 = data17["sourcemap/embedded-sources"];
          if (!(data23 === "error" || data23 === "warning" || data23 === "info" || data23 === "off")) {
            const err40 = { instancePath: instancePath + "/severity/sourcemap~1embedded-sources", schemaPath: "#/$defs/severityLevel/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data17["sourcemap/readable-sources"] !== void 0) {
          let data24 = data17["sourcemap/readable-sources"];
          if (!(data24 === "error" || data24 === "warning" || data24 === "info" || data24 === "off")) {
            const err41 = { instancePath: instancePath + "/severity/sourcemap~1readable-sources", schemaPath: "#/$defs/severityLevel/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data17["sourcemap/shipped"] !== void 0) {
          let data25 = data17["sourcemap/shipped"];
          if (!(data25 === "error" || data25 === "warning" || data25 === "info" || data25 === "off")) {
            const err42 = { instancePath: instancePath + "/severity/sourcemap~1shipped", schemaPath: "#/$defs/severityLevel/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data17["sourcemap/local-path"] !== void 0) {
          let data26 = data17["sourcemap/local-path"];
          if (!(data26 === "error" || data26 === "warning" || data26 === "info" || data26 === "off")) {
            const err43 = { instancePath: instancePath + "/severity/sourcemap~1local-path", schemaPath: "#/$defs/severityLevel/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data17["sourcemap/invalid"] !== void 0) {
          let data27 = data17["sourcemap/invalid"];
          if (!(data27 === "error" || data27 === "warning" || data27 === "info" || data27 === "off")) {
            const err44 = { instancePath: instancePath + "/severity/sourcemap~1invalid", schemaPath: "#/$defs/severityLevel/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data17["sourcemap/remote-url"] !== void 0) {
          let data28 = data17["sourcemap/remote-url"];
          if (!(data28 === "error" || data28 === "warning" || data28 === "info" || data28 === "off")) {
            const err45 = { instancePath: instancePath + "/severity/sourcemap~1remote-url", schemaPath: "#/$defs/severityLevel/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data17["sourcemap/dangling-reference"] !== void 0) {
          let data29 = data17["sourcemap/dangling-reference"];
          if (!(data29 === "error" || data29 === "warning" || data29 === "info" || data29 === "off")) {
            const err46 = { instancePath: instancePath + "/severity/sourcemap~1dangling-reference", schemaPath: "#/$defs/severityLevel/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data17.secret !== void 0) {
          let data30 = data17.secret;
          if (!(data30 === "error" || data30 === "warning" || data30 === "info" || data30 === "off")) {
            const err47 = { instancePath: instancePath + "/severity/secret", schemaPath: "#/$defs/severityLevel/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data17["baseline/new-file"] !== void 0) {
          let data31 = data17["baseline/new-file"];
          if (!(data31 === "error" || data31 === "warning" || data31 === "info" || data31 === "off")) {
            const err48 = { instancePath: instancePath + "/severity/baseline~1new-file", schemaPath: "#/$defs/severityLevel/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data17["baseline/removed-file"] !== void 0) {
          let data32 = data17["baseline/removed-file"];
          if (!(data32 === "error" || data32 === "warning" || data32 === "info" || data32 === "off")) {
            const err49 = { instancePath: instancePath + "/severity/baseline~1removed-file", schemaPath: "#/$defs/severityLevel/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data17["baseline/file-growth"] !== void 0) {
          let data33 = data17["baseline/file-growth"];
          if (!(data33 === "error" || data33 === "warning" || data33 === "info" || data33 === "off")) {
            const err50 = { instancePath: instancePath + "/severity/baseline~1file-growth", schemaPath: "#/$defs/severityLevel/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data17["baseline/package-growth"] !== void 0) {
          let data34 = data17["baseline/package-growth"];
          if (!(data34 === "error" || data34 === "warning" || data34 === "info" || data34 === "off")) {
            const err51 = { instancePath: instancePath + "/severity/baseline~1package-growth", schemaPath: "#/$defs/severityLevel/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data17["baseline/new-source-map"] !== void 0) {
          let data35 = data17["baseline/new-source-map"];
          if (!(data35 === "error" || data35 === "warning" || data35 === "info" || data35 === "off")) {
            const err52 = { instancePath: instancePath + "/severity/baseline~1new-source-map", schemaPath: "#/$defs/severityLevel/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data17["baseline/new-embedded-sources"] !== void 0) {
          let data36 = data17["baseline/new-embedded-sources"];
          if (!(data36 === "error" || data36 === "warning" || data36 === "info" || data36 === "off")) {
            const err53 = { instancePath: instancePath + "/severity/baseline~1new-embedded-sources", schemaPath: "#/$defs/severityLevel/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.baseline !== void 0) {
      let data37 = data.baseline;
      if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
        for (const key7 in data37) {
          if (!(key7 === "packageGrowthPercent" || key7 === "fileGrowthPercent" || key7 === "minGrowthBytes" || pattern4.test(key7))) {
            const err55 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data37.packageGrowthPercent !== void 0) {
          let data38 = data37.packageGrowthPercent;
          if (typeof data38 == "number" && isFinite(data38)) {
            if (data38 < 0 || isNaN(data38)) {
              const err56 = { instancePath: instancePath + "/baseline/packageGrowthPercent", schemaPath: "#/properties/baseline/properties/packageGrowthPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          } else {
            const err57 = { instancePath: instancePath + "/baseline/packageGrowthPercent", schemaPath: "#/properties/baseline/properties/packageGrowthPercent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data37.fileGrowthPercent !== void 0) {
          let data39 = data37.fileGrowthPercent;
          if (typeof data39 == "number" && isFinite(data39)) {
            if (data39 < 0 || isNaN(data39)) {
              const err58 = { instancePath: instancePath + "/baseline/fileGrowthPercent", schemaPath: "#/properties/baseline/properties/fileGrowthPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = { instancePath: instancePath + "/baseline/fileGrowthPercent", schemaPath: "#/properties/baseline/properties/fileGrowthPercent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data37.minGrowthBytes !== void 0) {
          let data40 = data37.minGrowthBytes;
          const _errs101 = errors;
          let valid41 = false;
          const _errs102 = errors;
          if (typeof data40 == "number" && isFinite(data40)) {
            if (data40 < 0 || isNaN(data40)) {
              const err60 = { instancePath: instancePath + "/baseline/minGrowthBytes", schemaPath: "#/$defs/size/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          } else {
            const err61 = { instancePath: instancePath + "/baseline/minGrowthBytes", schemaPath: "#/$defs/size/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          var _valid3 = _errs102 === errors;
          valid41 = valid41 || _valid3;
          const _errs104 = errors;
          if (typeof data40 === "string") {
            if (!pattern7.test(data40)) {
              const err62 = { instancePath: instancePath + "/baseline/minGrowthBytes", schemaPath: "#/$defs/size/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG][iI]?)?[bB]$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG][iI]?)?[bB]$"' };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else {
            const err63 = { instancePath: instancePath + "/baseline/minGrowthBytes", schemaPath: "#/$defs/size/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          var _valid3 = _errs104 === errors;
          valid41 = valid41 || _valid3;
          if (!valid41) {
            const err64 = { instancePath: instancePath + "/baseline/minGrowthBytes", schemaPath: "#/$defs/size/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          } else {
            errors = _errs101;
            if (vErrors !== null) {
              if (_errs101) {
                vErrors.length = _errs101;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data41 = data.ignore;
      if (Array.isArray(data41)) {
        const len4 = data41.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data42 = data41[i4];
          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
            if (data42.rule === void 0) {
              const err66 = { instancePath: instancePath + "/ignore/" + i4, schemaPath: "#/properties/ignore/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            if (data42.path === void 0) {
              const err67 = { instancePath: instancePath + "/ignore/" + i4, schemaPath: "#/properties/ignore/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (data42.reason === void 0) {
              const err68 = { instancePath: instancePath + "/ignore/" + i4, schemaPath: "#/properties/ignore/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            for (const key8 in data42) {
              if (!(key8 === "rule" || key8 === "path" || key8 === "reason" || key8 === "hash" || pattern4.test(key8))) {
                const err69 = { instancePath: instancePath + "/ignore/" + i4, schemaPath: "#/properties/ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data42.rule !== void 0) {
              let data43 = data42.rule;
              if (!(data43 === "file/sensitive" || data43 === "file/unlisted" || data43 === "file/missing" || data43 === "size/budget" || data43 === "tarball/unsafe-entry" || data43 === "sourcemap/embedded-sources" || data43 === "sourcemap/readable-sources" || data43 === "sourcemap/shipped" || data43 === "sourcemap/local-path" || data43 === "sourcemap/invalid" || data43 === "sourcemap/remote-url" || data43 === "sourcemap/dangling-reference" || data43 === "secret" || data43 === "baseline/new-file" || data43 === "baseline/removed-file" || data43 === "baseline/file-growth" || data43 === "baseline/package-growth" || data43 === "baseline/new-source-map" || data43 === "baseline/new-embedded-sources")) {
                const err70 = { instancePath: instancePath + "/ignore/" + i4 + "/rule", schemaPath: "#/$defs/ruleId/enum", keyword: "enum", params: { allowedValues: schema56.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data42.path !== void 0) {
              if (typeof data42.path !== "string") {
                const err71 = { instancePath: instancePath + "/ignore/" + i4 + "/path", schemaPath: "#/properties/ignore/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data42.reason !== void 0) {
              let data45 = data42.reason;
              if (typeof data45 === "string") {
                if (!pattern14.test(data45)) {
                  const err72 = { instancePath: instancePath + "/ignore/" + i4 + "/reason", schemaPath: "#/$defs/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              } else {
                const err73 = { instancePath: instancePath + "/ignore/" + i4 + "/reason", schemaPath: "#/$defs/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data42.hash !== void 0) {
              let data46 = data42.hash;
              if (typeof data46 === "string") {
                if (data46.length < 1) {
                  const err74 = { instancePath: instancePath + "/ignore/" + i4 + "/hash", schemaPath: "#/properties/ignore/items/properties/hash/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              } else {
                const err75 = { instancePath: instancePath + "/ignore/" + i4 + "/hash", schemaPath: "#/properties/ignore/items/properties/hash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/ignore/" + i4, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
  } else {
    const err78 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err78];
    } else {
      vErrors.push(err78);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// dist/policy/json-error.js
var JsonSyntaxError = class extends Error {
  offset;
  constructor(offset, message) {
    super(message);
    this.offset = offset;
  }
};
var LITERALS = ["true", "false", "null"];
var NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
function locateJsonError(text) {
  try {
    const end = skipSpace(text, scanValue(text, skipSpace(text, 0)));
    if (end < text.length)
      throw unexpected(text, end);
    return void 0;
  } catch (error) {
    if (!(error instanceof JsonSyntaxError))
      throw error;
    const before = text.slice(0, error.offset).split("\n");
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, message: error.message };
  }
}
function skipSpace(text, offset) {
  let i = offset;
  while (i < text.length && " 	\r\n".includes(text[i]))
    i += 1;
  return i;
}
function unexpected(text, offset) {
  if (offset >= text.length)
    return new JsonSyntaxError(offset, "unexpected end of file");
  return new JsonSyntaxError(offset, `unexpected ${JSON.stringify(text[offset])}`);
}
function scanPattern(text, offset, pattern) {
  pattern.lastIndex = offset;
  return pattern.test(text) ? pattern.lastIndex : void 0;
}
function scanValue(text, offset) {
  const char = text[offset];
  if (char === "{")
    return scanContainer(text, offset, "}", true);
  if (char === "[")
    return scanContainer(text, offset, "]", false);
  if (char === '"') {
    const end2 = scanPattern(text, offset, STRING);
    if (end2 === void 0)
      throw new JsonSyntaxError(offset, "invalid string (unterminated, control character or bad escape)");
    return end2;
  }
  const literal = LITERALS.find((word) => text.startsWith(word, offset));
  if (literal)
    return offset + literal.length;
  const end = char === "-" || char !== void 0 && char >= "0" && char <= "9" ? scanPattern(text, offset, NUMBER) : void 0;
  if (end === void 0)
    throw unexpected(text, offset);
  return end;
}
function scanContainer(text, offset, close, isObject) {
  let i = skipSpace(text, offset + 1);
  if (text[i] === close)
    return i + 1;
  for (; ; ) {
    if (isObject) {
      if (text[i] !== '"')
        throw expected(text, i, "a double-quoted property name");
      i = skipSpace(text, scanValue(text, i));
      if (text[i] !== ":")
        throw expected(text, i, "':' after the property name");
      i = skipSpace(text, i + 1);
    }
    i = skipSpace(text, scanValue(text, i));
    if (text[i] === close)
      return i + 1;
    if (text[i] !== ",")
      throw expected(text, i, `',' or '${close}'`);
    i = skipSpace(text, i + 1);
  }
}
function expected(text, offset, what) {
  const found = offset >= text.length ? "end of file" : JSON.stringify(text[offset]);
  return new JsonSyntaxError(offset, `expected ${what}, found ${found}`);
}

// dist/policy/policy.js
var DEFAULT_POLICY = {
  files: void 0,
  budgets: { globs: [] },
  sourceMaps: { allowMaps: [], allowEmbeddedSources: [], workspacePackages: "first-party", thirdPartyGlobs: [] },
  secrets: { enabled: true },
  severity: {},
  ignore: [],
  baseline: { packageGrowthPercent: 25, fileGrowthPercent: 50, minGrowthBytes: 10240 }
};

// dist/policy/generated/manifest-schema.js
var MANIFEST_SCHEMA = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://github.com/leakproof/leakproof/blob/main/schema/leakproof.schema.json",
  "title": "leakproof.json",
  "description": "The allowlist manifest of leakproof: which files an npm package may ship, size budgets, source map and secret policy, severity overrides and ignores with a written reason. See docs/manifest.md.",
  "type": "object",
  "properties": {
    "$schema": {
      "type": "string",
      "minLength": 1,
      "description": "This schema, for editors: ./node_modules/leakproof/schema/leakproof.schema.json"
    },
    "files": {
      "type": "array",
      "description": 'Files allowed to ship: exact package-relative paths or picomatch globs (dotfiles match). An entry starting with "!" excludes. The last entry that matches a path decides. A shipped file no entry allows is file/unlisted; a plain entry matching nothing is file/missing. Omit to skip the allowlist check.',
      "items": {
        "type": "string",
        "pattern": "^(?!!?\\.?/)(?!!$).+$",
        "description": 'A package-relative path or glob, no leading "/" or "./"; "!" in front excludes.'
      }
    },
    "budgets": {
      "type": "object",
      "description": "Size budgets; exceeding one is size/budget.",
      "properties": {
        "total": {
          "$ref": "#/$defs/size",
          "description": "Largest allowed unpacked size of the whole package."
        },
        "globs": {
          "type": "object",
          "description": "Glob -> largest allowed total size of the files it matches.",
          "propertyNames": {
            "anyOf": [
              {
                "pattern": "^//"
              },
              {
                "pattern": "^(?!!|\\.?/).+$"
              }
            ]
          },
          "patternProperties": {
            "^//": {
              "description": 'A comment: any key that is "//" or starts with "//". Kept by `leakproof check --update`.'
            }
          },
          "additionalProperties": {
            "$ref": "#/$defs/size"
          }
        }
      },
      "patternProperties": {
        "^//": {
          "description": 'A comment: any key that is "//" or starts with "//". Kept by `leakproof check --update`.'
        }
      },
      "additionalProperties": false
    },
    "sourceMaps": {
      "type": "object",
      "description": "Source map policy.",
      "properties": {
        "allowMaps": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/allowEntry"
          },
          "description": "Maps (or files with inline maps) allowed to ship: no sourcemap/shipped."
        },
        "allowEmbeddedSources": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/allowEntry"
          },
          "description": "Maps allowed to embed first-party sources: no sourcemap/embedded-sources."
        },
        "workspacePackages": {
          "enum": [
            "first-party",
            "third-party"
          ],
          "description": "How sources from sibling workspace packages count (default first-party)."
        },
        "thirdPartyGlobs": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          },
          "description": "Resolved source paths (globs) always counted as third-party."
        }
      },
      "patternProperties": {
        "^//": {
          "description": 'A comment: any key that is "//" or starts with "//". Kept by `leakproof check --update`.'
        }
      },
      "additionalProperties": false
    },
    "secrets": {
      "type": "object",
      "description": "Credential scanning.",
      "properties": {
        "enabled": {
          "type": "boolean",
          "description": "Scan for credentials (default true)."
        }
      },
      "patternProperties": {
        "^//": {
          "description": 'A comment: any key that is "//" or starts with "//". Kept by `leakproof check --update`.'
        }
      },
      "additionalProperties": false
    },
    "severity": {
      "type": "object",
      "description": `Rule id -> severity override, or "off" to drop the rule's findings.`,
      "properties": {
        "file/sensitive": {
          "$ref": "#/$defs/severityLevel"
        },
        "file/unlisted": {
          "$ref": "#/$defs/severityLevel"
        },
        "file/missing": {
          "$ref": "#/$defs/severityLevel"
        },
        "size/budget": {
          "$ref": "#/$defs/severityLevel"
        },
        "tarball/unsafe-entry": {
          "$ref": "#/$defs/severityLevel"
        },
        "sourcemap/embedded-sources": {
          "$ref": "#/$defs/severityLevel"
        },
        "sourcemap/readable-sources": {
          "$ref": "#/$defs/severityLevel"
        },
        "sourcemap/shipped": {
          "$ref": "#/$defs/severityLevel"
        },
        "sourcemap/local-path": {
          "$ref": "#/$defs/severityLevel"
        },
        "sourcemap/invalid": {
          "$ref": "#/$defs/severityLevel"
        },
        "sourcemap/remote-url": {
          "$ref": "#/$defs/severityLevel"
        },
        "sourcemap/dangling-reference": {
          "$ref": "#/$defs/severityLevel"
        },
        "secret": {
          "$ref": "#/$defs/severityLevel"
        },
        "baseline/new-file": {
          "$ref": "#/$defs/severityLevel"
        },
        "baseline/removed-file": {
          "$ref": "#/$defs/severityLevel"
        },
        "baseline/file-growth": {
          "$ref": "#/$defs/severityLevel"
        },
        "baseline/package-growth": {
          "$ref": "#/$defs/severityLevel"
        },
        "baseline/new-source-map": {
          "$ref": "#/$defs/severityLevel"
        },
        "baseline/new-embedded-sources": {
          "$ref": "#/$defs/severityLevel"
        }
      },
      "patternProperties": {
        "^//": {
          "description": 'A comment: any key that is "//" or starts with "//". Kept by `leakproof check --update`.'
        }
      },
      "additionalProperties": false
    },
    "baseline": {
      "type": "object",
      "description": "Thresholds for the baseline/ rules.",
      "properties": {
        "packageGrowthPercent": {
          "type": "number",
          "minimum": 0,
          "description": "baseline/package-growth above this percentage (default 25)."
        },
        "fileGrowthPercent": {
          "type": "number",
          "minimum": 0,
          "description": "baseline/file-growth above this percentage (default 50)."
        },
        "minGrowthBytes": {
          "$ref": "#/$defs/size",
          "description": "Growth smaller than this never counts (default 10240)."
        }
      },
      "patternProperties": {
        "^//": {
          "description": 'A comment: any key that is "//" or starts with "//". Kept by `leakproof check --update`.'
        }
      },
      "additionalProperties": false
    },
    "ignore": {
      "type": "array",
      "description": "Suppressions, each with a written reason. Suppressed findings are still reported but do not fail the check.",
      "items": {
        "type": "object",
        "properties": {
          "rule": {
            "$ref": "#/$defs/ruleId"
          },
          "path": {
            "type": "string",
            "description": 'Exact path or glob of the finding; "" for the package as a whole.'
          },
          "reason": {
            "$ref": "#/$defs/reason"
          },
          "hash": {
            "type": "string",
            "minLength": 1,
            "description": "For secret findings: only the credential with this hash."
          }
        },
        "required": [
          "rule",
          "path",
          "reason"
        ],
        "patternProperties": {
          "^//": {
            "description": 'A comment: any key that is "//" or starts with "//". Kept by `leakproof check --update`.'
          }
        },
        "additionalProperties": false
      }
    }
  },
  "patternProperties": {
    "^//": {
      "description": 'A comment: any key that is "//" or starts with "//". Kept by `leakproof check --update`.'
    }
  },
  "additionalProperties": false,
  "$defs": {
    "size": {
      "description": 'Bytes as a number, or a string: "500 B", "12kB", "1.5 MB", "2MiB". kB/MB/GB are 1000-based, KiB/MiB/GiB 1024-based.',
      "anyOf": [
        {
          "type": "number",
          "minimum": 0
        },
        {
          "type": "string",
          "pattern": "^[0-9]+(\\.[0-9]+)?\\s*([kKmMgG][iI]?)?[bB]$"
        }
      ]
    },
    "reason": {
      "type": "string",
      "pattern": "\\S",
      "description": "Why this is acceptable, in words."
    },
    "allowEntry": {
      "type": "object",
      "properties": {
        "glob": {
          "type": "string",
          "minLength": 1
        },
        "reason": {
          "$ref": "#/$defs/reason"
        }
      },
      "required": [
        "glob",
        "reason"
      ],
      "patternProperties": {
        "^//": {
          "description": 'A comment: any key that is "//" or starts with "//". Kept by `leakproof check --update`.'
        }
      },
      "additionalProperties": false
    },
    "ruleId": {
      "enum": [
        "file/sensitive",
        "file/unlisted",
        "file/missing",
        "size/budget",
        "tarball/unsafe-entry",
        "sourcemap/embedded-sources",
        "sourcemap/readable-sources",
        "sourcemap/shipped",
        "sourcemap/local-path",
        "sourcemap/invalid",
        "sourcemap/remote-url",
        "sourcemap/dangling-reference",
        "secret",
        "baseline/new-file",
        "baseline/removed-file",
        "baseline/file-growth",
        "baseline/package-growth",
        "baseline/new-source-map",
        "baseline/new-embedded-sources"
      ],
      "description": "A leakproof rule id (docs/rules.md)."
    },
    "severityLevel": {
      "enum": [
        "error",
        "warning",
        "info",
        "off"
      ]
    }
  }
};

// dist/policy/schema-error.js
var EXPECTED = {
  "#/$defs/size": 'a size like "2 MB"',
  "#/$defs/reason": "a written reason",
  "#/$defs/ruleId": 'a rule id like "file/sensitive"',
  "#/properties/files/items": 'a package-relative path or glob (no leading "/" or "./")',
  "#/properties/budgets/properties/globs/propertyNames": 'a package-relative glob without "!", "/" or "./" in front',
  "#/properties/ignore/items/properties/path": "a path or glob"
};
var REQUIRED_HINTS = {
  glob: "name the file or glob to allow",
  rule: "name the rule id to ignore",
  path: 'name the file or glob ("" for the whole package)',
  reason: "say why this finding is acceptable"
};
var RULE_IDS = MANIFEST_SCHEMA.$defs.ruleId.enum;
var RULE_KEYED = "#/properties/severity";
var IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
function describeSchemaErrors(errors, data) {
  const parents = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "propertyNames").map((e) => `${e.schemaPath}/`);
  const own = errors.filter((e) => !parents.some((parent) => e.schemaPath.startsWith(parent)));
  const error = own.find((e) => e.keyword === "additionalProperties") ?? own[0];
  return error ? describeSchemaError(error, data) : "the manifest does not match schema/leakproof.schema.json";
}
function describeSchemaError(error, data) {
  const { path, value } = locate(data, error.instancePath);
  const node = error.schemaPath.slice(0, error.schemaPath.lastIndexOf("/"));
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      if (node === RULE_KEYED)
        return unknownRule(key, [...path, key]);
      const allowed = Object.keys(schemaAt(node).properties ?? {});
      const guess = suggest(key, allowed);
      const hint = guess ? `did you mean "${guess}"?` : `allowed keys: ${allowed.join(", ")}`;
      return `unknown key "${key}" (at ${formatKeyPath([...path, key])}); ${hint}`;
    }
    case "required":
      return missing([...path, String(error.params.missingProperty)]);
    case "propertyNames":
      return `key "${String(error.params.propertyName)}" (at ${formatKeyPath(path)}) must be ${expected2(error.schemaPath)}`;
    default:
      if (path.length === 0)
        return `the manifest must be a JSON object, got ${describeValue(value)}`;
      if (node === "#/$defs/ruleId" && typeof value === "string")
        return unknownRule(value, path);
      if (node === "#/$defs/reason" && typeof value === "string")
        return missing(path);
      return `"${formatKeyPath(path)}" must be ${expected2(node)}, got ${describeValue(value)}`;
  }
}
function missing(path) {
  const key = String(path.at(-1));
  return `${formatKeyPath(path)} is required: ${REQUIRED_HINTS[key] ?? "add it"}`;
}
function unknownRule(rule, path) {
  const guess = suggest(rule, RULE_IDS);
  const hint = guess ? `did you mean "${guess}"?` : "see docs/rules.md for the list";
  return `unknown rule "${rule}" (at ${formatKeyPath(path)}); ${hint}`;
}
function expected2(pointer) {
  const phrase = EXPECTED[pointer];
  if (phrase)
    return phrase;
  const node = schemaAt(pointer);
  if (typeof node.$ref === "string")
    return expected2(node.$ref);
  if (Array.isArray(node.enum))
    return `one of ${node.enum.map((v) => JSON.stringify(v)).join(", ")}`;
  switch (node.type) {
    case "boolean":
      return "true or false";
    case "object":
      return "an object";
    case "array":
      return node.items?.type === "string" ? "an array of strings" : "an array";
    case "number":
      return typeof node.minimum === "number" ? `a number >= ${node.minimum}` : "a number";
    case "string":
      return node.minLength ? "a non-empty string" : "a string";
    default:
      return "what schema/leakproof.schema.json allows there";
  }
}
function schemaAt(pointer) {
  let node = MANIFEST_SCHEMA;
  for (const part of pointer.split("/").slice(1)) {
    node = node?.[unescapePointer(decodeURIComponent(part))];
  }
  return node ?? {};
}
function locate(data, pointer) {
  const path = [];
  let value = data;
  for (const part of pointer === "" ? [] : pointer.split("/").slice(1).map(unescapePointer)) {
    const key = Array.isArray(value) ? Number(part) : part;
    path.push(key);
    value = value[key];
  }
  return { path, value };
}
function unescapePointer(part) {
  return part.replaceAll("~1", "/").replaceAll("~0", "~");
}
function formatKeyPath(path) {
  let text = "";
  for (const part of path) {
    if (typeof part === "number")
      text += `[${part}]`;
    else if (IDENTIFIER.test(part))
      text += text === "" ? part : `.${part}`;
    else
      text += `[${JSON.stringify(part)}]`;
  }
  return text === "" ? "(root)" : text;
}
function describeValue(value) {
  if (Array.isArray(value))
    return "an array";
  if (value === null)
    return "null";
  if (typeof value === "object")
    return "an object";
  if (value === void 0)
    return "nothing";
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
function suggest(input, candidates) {
  const lower = input.toLowerCase();
  let best;
  for (const candidate of candidates) {
    const score = distance(lower, candidate.toLowerCase());
    if (!best || score < best.score)
      best = { candidate, score };
  }
  const limit = Math.max(2, Math.floor(input.length / 3));
  return best && best.score <= limit ? best.candidate : void 0;
}
function distance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

// dist/policy/sizes.js
var SIZE_REGEX = /^([0-9]+(?:\.[0-9]+)?)\s*(?:([kmg])(i)?)?b$/i;
var POWERS = { k: 1, m: 2, g: 3 };
function parseSize(value) {
  if (typeof value === "number") {
    return Number.isFinite(value) && value >= 0 ? Math.ceil(value) : void 0;
  }
  if (typeof value !== "string")
    return void 0;
  const match = SIZE_REGEX.exec(value);
  if (!match)
    return void 0;
  const amount = Number(match[1]);
  const prefix = match[2]?.toLowerCase();
  const base = match[3] ? 1024 : 1e3;
  const power = prefix ? POWERS[prefix] ?? 0 : 0;
  return Math.ceil(amount * base ** power);
}
function budgetFor(bytes2, headroom = 0.1) {
  return formatSizeCeil(Math.max(bytes2 * (1 + headroom), bytes2 + 1e3));
}

// dist/policy/parse-manifest.js
var validate = validateManifestSchema;
function parseManifest(text, file) {
  const source = stripBom(text);
  let value;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const where = safeLocate(source);
    const detail = where?.message ?? (error instanceof Error ? error.message : String(error));
    const at = where ? `${file}:${where.line}:${where.column}` : file;
    throw new LeakproofError("manifest", `${at}: invalid JSON: ${detail}`);
  }
  if (!validate(value)) {
    throw new LeakproofError("manifest", `${file}: ${describeSchemaErrors(validate.errors ?? [], value)}`);
  }
  const raw = value;
  return { raw, policy: toPolicy(raw) };
}
function safeLocate(text) {
  try {
    return locateJsonError(text);
  } catch {
    return void 0;
  }
}
async function loadManifest(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT")
      return void 0;
    throw new LeakproofError("manifest", `${path}: cannot read the manifest (${code ?? String(error)}); check that it is a readable file`, {
      cause: error
    });
  }
  return { path, ...parseManifest(text, path) };
}
function toPolicy(raw) {
  const defaults = DEFAULT_POLICY;
  const { sourceMaps, baseline } = raw;
  return {
    files: raw.files,
    budgets: raw.budgets === void 0 ? defaults.budgets : toBudgets(raw.budgets),
    sourceMaps: {
      allowMaps: sourceMaps?.allowMaps?.map(toAllowEntry) ?? defaults.sourceMaps.allowMaps,
      allowEmbeddedSources: sourceMaps?.allowEmbeddedSources?.map(toAllowEntry) ?? defaults.sourceMaps.allowEmbeddedSources,
      workspacePackages: sourceMaps?.workspacePackages ?? defaults.sourceMaps.workspacePackages,
      thirdPartyGlobs: sourceMaps?.thirdPartyGlobs ?? defaults.sourceMaps.thirdPartyGlobs
    },
    secrets: { enabled: raw.secrets?.enabled ?? defaults.secrets.enabled },
    severity: raw.severity === void 0 ? defaults.severity : withoutComments(raw.severity),
    baseline: {
      packageGrowthPercent: baseline?.packageGrowthPercent ?? defaults.baseline.packageGrowthPercent,
      fileGrowthPercent: baseline?.fileGrowthPercent ?? defaults.baseline.fileGrowthPercent,
      minGrowthBytes: baseline?.minGrowthBytes === void 0 ? defaults.baseline.minGrowthBytes : bytes(baseline.minGrowthBytes)
    },
    ignore: raw.ignore?.map(toIgnoreEntry) ?? defaults.ignore
  };
}
function toBudgets(budgets) {
  const globs = Object.entries(withoutComments(budgets.globs ?? {})).map(([glob, limit]) => ({ glob, limit: bytes(limit) }));
  return budgets.total === void 0 ? { globs } : { total: bytes(budgets.total), globs };
}
function toAllowEntry({ glob, reason }) {
  return { glob, reason };
}
function toIgnoreEntry({ rule, path, reason, hash }) {
  return hash === void 0 ? { rule, path, reason } : { rule, path, reason, hash };
}
function withoutComments(record) {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !isCommentKey(key)));
}
function bytes(size) {
  const parsed = parseSize(size);
  if (parsed === void 0)
    throw new Error(`parseSize rejects ${JSON.stringify(size)}, which the schema accepts`);
  return parsed;
}

export {
  DEFAULT_POLICY,
  parseSize,
  budgetFor,
  parseManifest,
  loadManifest
};
