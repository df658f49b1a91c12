/**
 * The `sourcemap/` rule family. The work is done once by `analyseSourceMaps` (shared with the
 * secret scanner, which reads recovered sources); this family only hands its findings on.
 */
import type { RuleFamily } from './rule.js';

/** `sourcemap/embedded-sources`, `shipped`, `local-path`, `invalid`, `remote-url`, `dangling-reference`. */
export const sourceMapRules: RuleFamily = {
  family: 'sourcemap',
  check: (context) => context.sourceMaps.findings,
};
