/**
 * JUnit XML output for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines,
 * GitHub test-report actions). The de-facto schema is Ant's / Jenkins' JUnit XML
 * (https://github.com/testmoapp/junitxml): one `<testsuite>` per rule family, one `<testcase>`
 * per finding, a passing testcase for a family without findings.
 */
import { isRuleId, RULES, RULES_DOC_URL, ruleAnchor } from '../rules/meta.js';
import type { Finding, Report } from '../types.js';
import { SEVERITIES } from '../types.js';
import { xmlAttr as attr, xmlText as text } from './escape.js';
import { isSafeRelativePath } from './finding-location.js';
import { targetName } from './target-name.js';

/** What a finding becomes: a failure, a skip (suppressed) or a passing case with output. */
type Outcome = 'failure' | 'skipped' | 'passed';

/** One `<testsuite>`: its name, rendered `<testcase>` elements and counts. */
export interface JunitSuite {
  name: string;
  cases: string[];
  failures: number;
  skipped: number;
}

/**
 * Render a report as JUnit XML. A finding fails its testcase when its severity is at or
 * above `report.failOn`; a suppressed finding is `<skipped>`; a milder one passes and
 * carries its message in `<system-out>`. Inspection gaps fail an `inspection` suite.
 */
export function renderJunit(report: Report): string {
  return renderJunitSuites(`leakproof ${targetName(report.target)}`, junitSuites(report));
}

/**
 * The `<testsuite>`s of one report: one per rule family plus `inspection`. With `label` (several
 * packages in one document) each suite name says which package it belongs to.
 */
export function junitSuites(report: Report, label?: string): JunitSuite[] {
  const suites = [...groupByFamily(report), inspectionSuite(report)];
  return label === undefined ? suites : suites.map((suite) => ({ ...suite, name: `${label} ${suite.name}` }));
}

/** A whole JUnit document around `suites`, with the totals CI systems read from the root. */
export function renderJunitSuites(name: string, suites: readonly JunitSuite[]): string {
  const count = (pick: (suite: JunitSuite) => number) => suites.reduce((total, suite) => total + pick(suite), 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(name)}" tests="${count((s) => s.cases.length)}" failures="${count((s) => s.failures)}" errors="0" skipped="${count((s) => s.skipped)}">`,
  ];
  for (const suite of suites) {
    lines.push(
      `  <testsuite name="${attr(suite.name)}" tests="${suite.cases.length}" failures="${suite.failures}" errors="0" skipped="${suite.skipped}">`,
      ...suite.cases,
      '  </testsuite>',
    );
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

/** A failing suite with one case, for a target that produced no report at all. */
export function junitFailureSuite(name: string, caseName: string, message: string): JunitSuite {
  const testcase = [
    `    <testcase classname="${attr(name)}" name="${attr(caseName)}">`,
    `      <failure type="not-inspected" message="${attr(message)}">${text(message)}</failure>`,
    '    </testcase>',
  ].join('\n');
  return { name, cases: [testcase], failures: 1, skipped: 0 };
}

/** `sourcemap/shipped` -> `sourcemap`; `secret` -> `secret`. */
function familyOf(rule: string): string {
  return rule.split('/')[0] ?? rule;
}

function groupByFamily(report: Report): JunitSuite[] {
  const families = [...new Set([...Object.keys(RULES), ...report.findings.map((finding) => finding.rule)].map(familyOf))];
  const failAt = SEVERITIES.indexOf(report.failOn);
  return families.map((family) => {
    const suite: JunitSuite = { name: `leakproof.${family}`, cases: [], failures: 0, skipped: 0 };
    for (const finding of report.findings.filter((each) => familyOf(each.rule) === family)) {
      const outcome: Outcome =
        finding.suppressed !== undefined ? 'skipped' : SEVERITIES.indexOf(finding.severity) <= failAt ? 'failure' : 'passed';
      if (outcome === 'failure') suite.failures += 1;
      if (outcome === 'skipped') suite.skipped += 1;
      suite.cases.push(findingCase(suite.name, finding, outcome));
    }
    if (suite.cases.length === 0)
      suite.cases.push(`    <testcase classname="${attr(suite.name)}" name="${attr(`${family}: no findings`)}"/>`);
    return suite;
  });
}

function findingCase(suiteName: string, finding: Finding, outcome: Outcome): string {
  const where = finding.path === '' ? '(package)' : finding.path;
  const inSource = finding.source === undefined ? '' : ` > ${finding.source}`;
  const line = finding.line === undefined ? '' : `:${finding.line}`;
  // `file`/`line` let report actions annotate the file; a recovered source's line is not the map's.
  const fileAttrs = !isSafeRelativePath(finding.path)
    ? ''
    : ` file="${attr(finding.path)}"${finding.line === undefined || finding.source !== undefined ? '' : ` line="${finding.line}"`}`;
  const open = `    <testcase classname="${attr(suiteName)}" name="${attr(`${finding.rule} ${where}${inSource}${line}`)}"${fileAttrs}>`;
  const body = details(finding);
  const inner =
    outcome === 'failure'
      ? `      <failure type="${attr(finding.rule)}" message="${attr(finding.message)}">${text(body)}</failure>`
      : outcome === 'skipped'
        ? `      <skipped message="${attr(`suppressed: ${finding.suppressed?.reason ?? ''}`)}"/>\n      <system-out>${text(body)}</system-out>`
        : `      <system-out>${text(body)}</system-out>`;
  return `${open}\n${inner}\n    </testcase>`;
}

/** Plain-text body: the message, then the finding's fields one per line, then the docs link. */
function details(finding: Finding): string {
  const lines = [`${finding.severity}: ${finding.message}`];
  for (const [key, value] of Object.entries(finding)) {
    if (['message', 'severity', 'suppressed'].includes(key) || value === undefined || value === '') continue;
    lines.push(`${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  if (isRuleId(finding.rule)) lines.push(`docs: ${RULES_DOC_URL}#${ruleAnchor(finding.rule)}`);
  return lines.join('\n');
}

function inspectionSuite(report: Report): JunitSuite {
  const name = 'leakproof.inspection';
  if (report.gaps.length === 0) {
    return { name, cases: [`    <testcase classname="${name}" name="package fully inspected"/>`], failures: 0, skipped: 0 };
  }
  const cases = report.gaps.map((gap) => {
    const label = `not inspected: ${gap.code}${gap.path === undefined ? '' : ` ${gap.path}`}`;
    return [
      `    <testcase classname="${name}" name="${attr(label)}">`,
      `      <failure type="${attr(gap.code)}" message="${attr(gap.message)}">${text(gap.message)}</failure>`,
      '    </testcase>',
    ].join('\n');
  });
  return { name, cases, failures: cases.length, skipped: 0 };
}
