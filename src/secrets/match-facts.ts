import { verifyTokenChecksum } from './checksums.js';
import { knownPublicValue } from './known-values.js';
import type { MatchContext, MatchFacts, SecretRule } from './secret-rule.js';

/**
 * Everything leakproof may say about an accepted match without showing it: the rule's own facts
 * (host, key type), whether a checksummed format's checksum holds, and whether the value is one
 * its owner publishes. Undefined when there is nothing to say. Runs once per match, never per
 * byte of input.
 */
export function describeMatch(rule: SecretRule, value: string, context: MatchContext): MatchFacts | undefined {
  const facts: MatchFacts = { ...rule.describe?.(value, context) };
  const checksum = verifyTokenChecksum(rule.kind, value);
  if (checksum !== undefined) facts.checksum = checksum;
  const publicValue = knownPublicValue(value);
  if (publicValue !== undefined) facts.publicValue = publicValue;
  return Object.keys(facts).length > 0 ? facts : undefined;
}
