/**
 * SARIF 2.1.0 output for GitHub code scanning and other SARIF viewers.
 *
 * Follows the OASIS spec (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html) and
 * the subset GitHub ingests (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning).
 * The output passes `sarif-multitool validate --rule-kind "Gh;Sarif"` (see test/report-formats.test.ts).
 */
import { createHash } from 'node:crypto';
import { PROJECT_URL } from '../project.js';
import { isRuleId, RULES, RULES_DOC_URL, type RuleMeta, ruleAnchor, ruleMeta } from '../rules/meta.js';
import type { Finding, Report, Severity } from '../types.js';
import { jsonText } from './escape.js';
import { artifactOf, messageWithSource } from './finding-location.js';

/** Options of {@link renderSarif}. */
export interface SarifOptions {
  /**
   * Prepended to every package-relative path so that locations match files in the repository,
   * e.g. `packages/cli/` when the package lives in a monorepo folder. Default: none.
   */
  pathPrefix?: string;
  /**
   * Leave suppressed findings out instead of reporting them with a `suppressions` entry.
   * GitHub code scanning does not document `suppressions` and may open alerts for them.
   */
  omitSuppressed?: boolean;
}

/** The schema URI GitHub documents; the multitool accepts it as the final 2.1.0 schema. */
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = PROJECT_URL;

const LEVELS: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};
const PROBLEM_SEVERITY: Readonly<Record<Severity, string>> = {
  error: 'error',
  warning: 'warning',
  info: 'recommendation',
};

/** Finding fields copied to `result.properties`; all are safe to print (no full credential). */
const DETAIL_KEYS = ['kind', 'source', 'size', 'preview', 'length', 'hash', 'glob', 'limit', 'url', 'count'] as const;

/**
 * Render a report as a SARIF 2.1.0 log (pretty-printed JSON with a trailing newline).
 *
 * Every known rule is listed in `tool.driver.rules`; each finding becomes a result with a
 * location (package-level findings point at `package.json`), a `partialFingerprints` entry
 * that ignores line numbers, and suppressed findings carry an `external` suppression.
 */
export function renderSarif(report: Report, options: SarifOptions = {}): string {
  return renderSarifLog([sarifRun(report, options)]);
}

/** A SARIF log around `runs`: one run per package inspected. */
export function renderSarifLog(runs: readonly object[]): string {
  return `${jsonText({ $schema: SARIF_SCHEMA, version: '2.1.0', runs }, 2)}\n`;
}

/**
 * One SARIF `run` for a report. Several packages make several runs; `category` then sets
 * `automationDetails.id` so that code scanning keeps each package's alerts apart (it rejects
 * several runs of one tool in one category).
 */
export function sarifRun(report: Report, options: SarifOptions & { category?: string } = {}): object {
  const findings = options.omitSuppressed ? report.findings.filter((finding) => !finding.suppressed) : report.findings;
  const ruleIds: string[] = Object.keys(RULES);
  for (const finding of findings) {
    if (!ruleIds.includes(finding.rule)) ruleIds.push(finding.rule);
  }
  const occurrences = new Map<string, number>();
  const results = findings.map((finding) => toResult(finding, ruleIds.indexOf(finding.rule), options.pathPrefix ?? '', occurrences));
  return {
    tool: { driver: toDriver(report, ruleIds) },
    ...(options.category === undefined ? {} : { automationDetails: { id: options.category } }),
    invocations: [toInvocation(report)],
    columnKind: 'utf16CodeUnits',
    results,
    properties: {
      target: report.target,
      complete: report.complete,
      ok: report.ok,
      failOn: report.failOn,
      summary: report.summary,
    },
  };
}

function toDriver(report: Report, ruleIds: readonly string[]) {
  const semver = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(report.tool.version);
  return {
    name: report.tool.name,
    version: report.tool.version,
    ...(semver ? { semanticVersion: report.tool.version } : {}),
    informationUri: INFORMATION_URI,
    rules: ruleIds.map(toRuleDescriptor),
  };
}

/** A `reportingDescriptor` (SARIF §3.49) built from the rule metadata table. */
function toRuleDescriptor(id: string) {
  const meta: RuleMeta = isRuleId(id)
    ? RULES[id]
    : { title: id, defaultSeverity: 'warning', description: `Rule ${id}.`, help: 'See the leakproof documentation.' };
  const helpUri = isRuleId(id) ? `${RULES_DOC_URL}#${ruleAnchor(id)}` : RULES_DOC_URL;
  // GitHub treats rules with a `security-severity` as security alerts (see RuleMeta).
  const securitySeverity = isRuleId(id) ? ruleMeta(id).securitySeverity : undefined;
  const family = id.split('/')[0] ?? id;
  return {
    id,
    name: toPascalCase(meta.title),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.description },
    help: { text: meta.help, markdown: `${meta.help}\n\n[Documentation for ${id}](${helpUri})` },
    helpUri,
    defaultConfiguration: { level: LEVELS[meta.defaultSeverity] },
    properties: {
      tags: securitySeverity === undefined ? [family] : ['security', family],
      precision: 'high',
      'problem.severity': PROBLEM_SEVERITY[meta.defaultSeverity],
      ...(securitySeverity === undefined ? {} : { 'security-severity': securitySeverity }),
    },
  };
}

/** Inspection gaps are the tool's own trouble: SARIF puts those in `toolExecutionNotifications`. */
function toInvocation(report: Report) {
  return {
    executionSuccessful: report.complete,
    ...(report.gaps.length === 0
      ? {}
      : {
          toolExecutionNotifications: report.gaps.map((gap) => ({
            level: 'error',
            message: { text: gap.path === undefined ? gap.message : `${gap.message} (${gap.path})` },
            descriptor: { id: `gap/${gap.code}` },
          })),
        }),
  };
}

function toResult(finding: Finding, ruleIndex: number, prefix: string, occurrences: Map<string, number>) {
  const fingerprint = fingerprintOf(finding);
  // GitHub only reads `primaryLocationLineHash` and would otherwise compute one from the
  // file's text, which does not exist in the repository for built files. Ours is stable
  // across rebuilds; the `:n` suffix numbers identical results as codeql-action does.
  const seen = (occurrences.get(fingerprint) ?? 0) + 1;
  occurrences.set(fingerprint, seen);
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: LEVELS[finding.severity],
    // GitHub shows only the message for a logical location: it names the recovered source.
    message: { text: messageWithSource(finding, 'recovered source') },
    locations: [toLocation(finding, prefix)],
    partialFingerprints: {
      'leakproof/v1': fingerprint,
      primaryLocationLineHash: `${fingerprint.slice(0, 16)}:${seen}`,
    },
    ...(finding.suppressed === undefined
      ? {}
      : { suppressions: [{ kind: 'external', status: 'accepted', justification: finding.suppressed.reason }] }),
    properties: detailsOf(finding),
  };
}

/**
 * The primary location. For a finding inside a recovered source, the line and column refer
 * to the original source, not to the map; the map is the shipped artifact and so the location,
 * and the original path goes into a logical location (GitHub shows only the message for it).
 */
function toLocation(finding: Finding, prefix: string) {
  const { file, isPackageLevel } = artifactOf(finding);
  const uri = encodePath(prefix + file);
  const inSource = finding.source !== undefined;
  const region =
    !inSource && !isPackageLevel && finding.line !== undefined
      ? { startLine: finding.line, ...(finding.column === undefined ? {} : { startColumn: finding.column }) }
      : { startLine: 1 };
  return {
    physicalLocation: { artifactLocation: { uri }, region },
    ...(inSource ? { logicalLocations: [{ name: baseName(finding.source!), fullyQualifiedName: finding.source!, kind: 'module' }] } : {}),
  };
}

function detailsOf(finding: Finding): Record<string, unknown> {
  const details: Record<string, unknown> = { path: finding.path };
  for (const key of DETAIL_KEYS) {
    if (finding[key] !== undefined) details[key] = finding[key];
  }
  if (finding.source !== undefined && finding.line !== undefined) details.sourceLine = finding.line;
  if (finding.source !== undefined && finding.column !== undefined) details.sourceColumn = finding.column;
  return details;
}

/**
 * Identity of a finding across releases: rule, file, recovered source, kind, credential hash
 * and glob. Line numbers are left out on purpose so a rebuild does not open a new alert.
 */
export function fingerprintOf(finding: Finding): string {
  const parts = [finding.rule, finding.path, finding.source ?? '', finding.kind ?? '', finding.hash ?? '', finding.glob ?? ''];
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

/** Percent-encode each segment so spaces, `#`, `?`, `%` and `:` make a valid relative URI reference. */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%40/g, '@'))
    .join('/');
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1) || path;
}

/**
 * `Source map shipped` -> `SourceMapShipped`: SARIF §3.49.7 wants a readable `name` that differs
 * from the opaque `id` (the multitool compares them case-insensitively).
 */
function toPascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}
