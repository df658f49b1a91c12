import { DEFAULT_POLICY, type Policy } from '../../src/policy/policy.js';
import type { RuleContext } from '../../src/rules/rule.js';
import { EMPTY_ANALYSIS } from '../../src/sourcemaps/types.js';
import { createContents, type FileInput } from '../../src/tarball/contents.js';

/** A rule context over in-memory files, with the default policy and no source maps. */
export function contextOf(files: Record<string, string | Buffer> | FileInput[], policy: Policy = DEFAULT_POLICY): RuleContext {
  const inputs = Array.isArray(files) ? files : Object.entries(files).map(([path, data]) => ({ path, data }));
  return { contents: createContents(inputs), policy, sourceMaps: EMPTY_ANALYSIS };
}

/** A PEM private key block assembled at run time, so no scanner trips on this repository. */
export function fakePrivateKey(label = 'RSA PRIVATE KEY'): string {
  const dashes = '-'.repeat(5);
  const body = Array.from({ length: 6 }, (_, line) => `MIIEow${'IBAAKCAQEA'.repeat(5)}${String(line).repeat(8)}`).join('\n');
  return `${dashes}BEGIN ${label}${dashes}\n${body}\n${dashes}END ${label}${dashes}\n`;
}
