import type { Finding, FindingDetails, Severity } from '../types.js';
import { RULES, type RuleId } from './meta.js';

/**
 * A finding of `rule`: the one way rules make findings. Its severity is the rule's default from
 * the catalogue (meta.ts) unless `details.severity` sets another (a credential's severity
 * depends on where it sits); `details` add the fields that help the reader.
 */
export function finding(rule: RuleId, path: string, message: string, details: FindingDetails & { severity?: Severity } = {}): Finding {
  const { severity = RULES[rule].defaultSeverity, ...rest } = details;
  return { rule, severity, path, message, ...rest };
}
