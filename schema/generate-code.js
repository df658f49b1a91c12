#!/usr/bin/env node
/**
 * Generates the code that schema/leakproof.schema.json, the one description of leakproof.json,
 * implies, into src/policy/generated/ (git-ignored; `npm run build` and `prepare` run this
 * before tsc):
 *
 * - validate-manifest.ts: ajv's standalone validator for the schema. Compiling the schema
 *   with ajv at run time costs about 50 ms to load ajv plus 80 ms to compile on this project's
 *   2-core machine, on every `leakproof check`; the generated function loads in about 1 ms
 *   and needs no ajv at run time (https://ajv.js.org/standalone.html).
 * - manifest-schema.ts: the schema as a `const`, which error messages read (allowed keys,
 *   expected values) and a type test compares with the hand-written ManifestJson types.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

const schemaUrl = new URL('./leakproof.schema.json', import.meta.url);
const outDir = new URL('../src/policy/generated/', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8'));
const header = (what) => `// Generated from schema/leakproof.schema.json by schema/generate-code.js (${what}); do not edit.\n`;

// `unicode: false` measures minLength in UTF-16 units instead of calling ajv's runtime
// ucs2length, so the generated code imports nothing; the schema only uses minLength 1, where
// both counts agree. The option is deprecated, hence the quiet logger.
const ajv = new Ajv2020.default({
  allErrors: true,
  strict: true,
  unicode: false,
  logger: false,
  code: { source: true, esm: true },
});
const validate = ajv.compile(schema);
const code = standaloneCode.default(ajv, { validateManifestSchema: validate.schema.$id ?? '' });
if (/\brequire\(/.test(code)) throw new Error('the generated validator imports ajv at run time; adjust the ajv options');

mkdirSync(outDir, { recursive: true });
writeFileSync(new URL('validate-manifest.ts', outDir), `${header('ajv standalone validator')}// @ts-nocheck\n${code}\n`);
writeFileSync(
  new URL('manifest-schema.ts', outDir),
  `${header('the schema as a const')}\nexport const MANIFEST_SCHEMA = ${JSON.stringify(schema, null, 2)} as const;\n`,
);
console.log(`wrote ${fileURLToPath(outDir)}{validate-manifest,manifest-schema}.ts`);
