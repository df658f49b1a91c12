import { CLOUD_RULES } from './rules/cloud.js';
import { DEV_PLATFORM_RULES } from './rules/dev-platforms.js';
import { GENERIC_RULES } from './rules/generic.js';
import { PRIVATE_KEY_RULES } from './rules/private-keys.js';
import { SAAS_RULES } from './rules/saas.js';
import type { SecretRule } from './secret-rule.js';

export type { MatchContext, SecretRule } from './secret-rule.js';

/**
 * Every credential format leakproof knows, as data (see docs/secrets.md). Order is priority:
 * when two matches start at the same place, the earlier rule wins (a specific `npm_` token
 * before the generic `.npmrc` line, a database URL before any URL).
 */
export const SECRET_RULES: readonly SecretRule[] = [
  ...PRIVATE_KEY_RULES,
  ...CLOUD_RULES,
  ...DEV_PLATFORM_RULES,
  ...SAAS_RULES,
  ...GENERIC_RULES,
];

const BY_KIND = new Map(SECRET_RULES.map((rule) => [rule.kind, rule]));

/** The rule reporting `kind`, or undefined for a kind leakproof does not know. */
export function secretRuleByKind(kind: string): SecretRule | undefined {
  return BY_KIND.get(kind);
}
