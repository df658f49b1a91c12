/**
 * A `secret` finding from a match and the place it was found: its severity and its message.
 * Severity depends on where the credential is (docs/secrets.md#severity-by-context):
 * 1. a checksummed format whose checksum holds is an error anywhere: it has the shape of an
 *    issued token, and no context makes that safe to publish;
 * 2. a value its owner publishes (emulator keys, jwt.io samples) is a note;
 * 3. a URL credential for a loopback host is a note: a local development password; for a host
 *    on a local network (`.local`, `0.0.0.0`) a warning: that machine is real; so is a weak
 *    URL password (`pass`, the user name) for any other host: most are examples, but a real
 *    service can have one;
 * 4. a checksummed format whose checksum fails was never issued: a warning;
 * 5. a distinctive vendor format (`sk_live_`, `xoxb-`, `glpat-` …), or an AWS key id beside its
 *    secret key, is an error anywhere: examples and fixtures do not carry one by accident;
 * 6. outside code and configuration (tests, docs, comments, templates, dependencies) a warning;
 * 7. otherwise the format's own severity.
 * The message carries what a person needs to triage without seeing the value.
 */

import { describePlacement, type Placement } from '../secrets/context.js';
import { classifyHost } from '../secrets/hosts.js';
import { secretRuleByKind } from '../secrets/rules.js';
import type { SecretMatch } from '../secrets/scan-text.js';
import type { MatchFacts, SecretRule } from '../secrets/secret-rule.js';
import type { Finding, Severity } from '../types.js';
import { finding } from './finding.js';

/** Where a match was found: the finding's path, the source inside a map, and the placement. */
export interface CredentialSite {
  readonly path: string;
  readonly source?: string;
  readonly placement: Placement;
}

/** A `secret` finding for one match. */
export function credentialFinding(match: SecretMatch, site: CredentialSite): Finding {
  // The message depends on the placement: judgeCredential writes it.
  const found = finding('secret', site.path, '', {
    severity: match.severity,
    kind: match.kind,
    line: match.line,
    column: match.column,
    preview: match.preview,
    length: match.length,
    hash: match.hash,
    ...(site.source !== undefined ? { source: site.source } : {}),
    ...match.facts,
  });
  return judgeCredential(found, site.placement);
}

/**
 * Set a `secret` finding's context, severity and message for `placement`. Called when the
 * finding is made and again when its original source is known (a bundle's dependency code).
 */
export function judgeCredential(finding: Finding, placement: Placement): Finding {
  const facts = finding as MatchFacts;
  const { severity, advice } = assess(secretRuleByKind(finding.kind ?? ''), facts, placement);
  const where = placement.context === 'code' ? '' : `, in ${describePlacement(placement)}`;
  const message = `${title(finding, facts)} (${finding.preview}, ${finding.length} chars) in ${location(finding)}${where}; ${advice}`;
  const judged: Finding = { ...finding, severity, message, context: placement.context };
  if (placement.dependency !== undefined) judged.dependency = placement.dependency;
  else delete judged.dependency;
  return judged;
}

/** The placement a judged finding was given (its `context` and `dependency`). */
export function placementOf(finding: Finding): Placement {
  const context = (finding.context ?? 'code') as Placement['context'];
  return typeof finding.dependency === 'string' ? { context, dependency: finding.dependency } : { context };
}

function assess(rule: SecretRule | undefined, facts: MatchFacts, placement: Placement): { severity: Severity; advice: string } {
  const ruleSeverity = rule?.severity ?? 'error';
  if (facts.checksum === true) {
    const shape = 'its checksum holds, so it has the shape of an issued token';
    return {
      severity: 'error',
      advice: `${placement.context === 'code' ? shape : `even there ${shape}`}: revoke it and remove it from the package.`,
    };
  }
  if (facts.publicValue !== undefined) return { severity: 'info', advice: `it is ${facts.publicValue}: public, not a secret.` };
  const host = facts.host === undefined ? undefined : classifyHost(facts.host);
  if (host === 'loopback')
    return { severity: 'info', advice: 'a password for a service on the local machine: check that it is not reused anywhere else.' };
  if (facts.weakPassword === true) {
    return {
      severity: 'warning',
      advice: 'a weak password (a common word or the user name, as in examples): if it is the real one, change it.',
    };
  }
  if (host === 'local') {
    return {
      severity: 'warning',
      advice: 'a password for a machine on a local network (or every interface of one): it can be a live one; change it if it is.',
    };
  }
  if (facts.checksum === false)
    return {
      severity: 'warning',
      advice: 'its checksum does not hold, so it was never issued (an example or a test value); check it is not a mistyped live one.',
    };
  if (placement.context !== 'code' && (rule?.distinctive === true || facts.keyPair === true)) {
    const shape =
      facts.keyPair === true ? 'a key id and its secret key together sign requests' : 'only issued credentials have this format';
    return { severity: 'error', advice: `even there ${shape}: revoke it and remove it from the package.` };
  }
  if (placement.context !== 'code') {
    return {
      severity: ruleSeverity === 'info' ? 'info' : 'warning',
      advice: 'most likely an example or test value: check that it is not a live credential.',
    };
  }
  return { severity: ruleSeverity, advice: 'revoke it and remove it from the package.' };
}

/** "Private key (RSA)", "URL with an embedded password for db.internal.corp". */
function title(finding: Finding, facts: MatchFacts): string {
  const name = secretRuleByKind(finding.kind ?? '')?.description ?? finding.kind ?? 'Credential';
  if (facts.keyType !== undefined) return `${name} (${facts.keyType})`;
  if (facts.host !== undefined) return `${name} for ${facts.host}`;
  return name;
}

/** `path:line`, `source:line, recovered from map`, or a bundle position with its original. */
function location(finding: Finding): string {
  if (finding.source !== undefined) return `${finding.source}:${finding.line}, recovered from ${finding.path}`;
  const original = finding.original as { source: string; line: number } | undefined;
  return `${finding.path}:${finding.line}${original ? ` (from ${original.source}:${original.line})` : ''}`;
}
