import { allowlistRules } from './allowlist-rules.js';
import { baselineRules } from './baseline-rules.js';
import { fileRules, tarballRules } from './file-rules.js';
import type { RuleFamily } from './rule.js';
import { secretRules } from './secret-rules.js';
import { sourceMapRules } from './sourcemap-rules.js';

/** Every rule family leakproof runs, in a plain array: adding a family is one line here. */
export const RULE_FAMILIES: readonly RuleFamily[] = [tarballRules, fileRules, allowlistRules, sourceMapRules, secretRules, baselineRules];

export type { RuleContext, RuleFamily } from './rule.js';
