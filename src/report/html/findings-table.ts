/**
 * Every finding in one table that the page script sorts and filters (by severity, rule and path),
 * followed by the fix text and documentation link of each rule that fired, from the rule table.
 * Suppressed findings are rows too, hidden until asked for, with the reason they were accepted.
 */
import { isRuleId, RULES, RULES_DOC_URL, ruleAnchor } from '../../rules/meta.js';
import type { Finding, Severity } from '../../types.js';
import { SEVERITIES } from '../../types.js';
import { attributes, escapeHtml } from './escape.js';
import { count, SEVERITY_MARK, SEVERITY_NAME } from './words.js';

/** The id of a rule's fix entry. */
function ruleId(prefix: string, rule: string): string {
  return `${prefix}-rule-${rule.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** The findings table with its controls, and the fixes of the rules that fired. */
export function renderFindings(findings: readonly Finding[], prefix: string): string {
  const id = `${prefix}-findings`;
  const heading = `<h2 id="${id}-h">Findings</h2>`;
  if (findings.length === 0)
    return `<section class="findings" id="${id}" aria-labelledby="${id}-h">${heading}<p>No findings.</p></section>`;
  const ordered = [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const rows = ordered.map((finding) => renderRow(finding, prefix));
  const table =
    `<table${attributes({ 'aria-labelledby': `${id}-h` })}><thead><tr>` +
    `<th scope="col" aria-sort="ascending"><button type="button" data-sort="sev">Severity</button></th>` +
    `<th scope="col"><button type="button" data-sort="rule">Rule</button></th>` +
    `<th scope="col"><button type="button" data-sort="where">Where</button></th>` +
    `<th scope="col">Message</th><th scope="col">Details</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return `<section class="findings" id="${id}" data-findings aria-labelledby="${id}-h">${heading}${controls(findings, prefix)}${table}</section>${renderFixes(findings, prefix)}`;
}

function controls(findings: readonly Finding[], prefix: string): string {
  const active = findings.filter((finding) => !finding.suppressed);
  const suppressed = findings.length - active.length;
  const severities = SEVERITIES.map((severity) => {
    const n = active.filter((finding) => finding.severity === severity).length;
    return `<label class="sev-${severity}-text"><input type="checkbox" data-filter-sev="${severity}" checked${n === 0 ? ' disabled' : ''}> ${SEVERITY_MARK[severity]} ${count(n, SEVERITY_NAME[severity])}</label>`;
  });
  if (suppressed > 0)
    severities.push(`<label><input type="checkbox" data-filter-suppressed> ${count(suppressed, 'accepted finding')}</label>`);
  const rules = [...new Set(findings.map((finding) => finding.rule))].sort();
  const options = rules.map((rule) => `<option${attributes({ value: rule })}>${escapeHtml(rule)}</option>`).join('');
  return (
    `<form class="filters" role="search"${attributes({ 'aria-label': 'Filter findings' })}>` +
    `<fieldset><legend>Severity</legend>${severities.join('')}</fieldset>` +
    `<label>Rule <select data-filter-rule><option value="">all rules</option>${options}</select></label>` +
    `<label>Path <input type="search" data-filter-path placeholder="part of a path" id="${prefix}-path-filter"></label>` +
    `<button type="reset">Show all</button>` +
    `<output data-filter-count aria-live="polite">${count(active.length, 'finding')}</output></form>`
  );
}

function renderRow(finding: Finding, prefix: string): string {
  const attrs = attributes({
    'data-sev': finding.severity,
    'data-rank': SEVERITIES.indexOf(finding.severity),
    'data-rule': finding.rule,
    'data-suppressed': finding.suppressed !== undefined,
    hidden: finding.suppressed !== undefined,
    class: finding.suppressed ? 'suppressed' : undefined,
  });
  const severity = `<span class="chip sev-${finding.severity}">${SEVERITY_MARK[finding.severity]} ${SEVERITY_NAME[finding.severity]}</span>${finding.suppressed ? ' <span class="chip accepted">accepted</span>' : ''}`;
  const rule = `<a href="#${ruleId(prefix, finding.rule)}">${escapeHtml(finding.rule)}</a>${finding.kind ? `<br><span class="kind">${escapeHtml(finding.kind)}</span>` : ''}`;
  const whereHtml =
    finding.path === ''
      ? '(package)'
      : `<code class="path">${escapeHtml(finding.path)}</code>${finding.source === undefined ? '' : ` › <code>${escapeHtml(finding.source)}</code>`}${position(finding)}`;
  const message =
    escapeHtml(finding.message) +
    (finding.suppressed ? `<br><span class="reason">Accepted: ${escapeHtml(finding.suppressed.reason)}</span>` : '');
  return `<tr${attrs}><td>${severity}</td><td>${rule}</td><td class="where">${whereHtml}</td><td>${message}</td><td>${details(finding)}</td></tr>`;
}

function position(finding: Finding): string {
  return finding.line === undefined
    ? ''
    : `<span class="pos">:${finding.line}${finding.column === undefined ? '' : `:${finding.column}`}</span>`;
}

/** Masked credential, sizes, samples: the finding's own fields, as the other formats show them. */
function details(finding: Finding): string {
  const parts: string[] = [];
  if (finding.preview !== undefined) {
    parts.push(
      `credential <code>${escapeHtml(finding.preview)}</code>${finding.length === undefined ? '' : `, ${finding.length} chars`}${finding.hash === undefined ? '' : `, sha256 ${escapeHtml(finding.hash)}…`}`,
    );
  }
  if (finding.url !== undefined) parts.push(`URL <code>${escapeHtml(finding.url)}</code>`);
  if (finding.sample?.length) parts.push(`e.g. ${finding.sample.map((path) => `<code>${escapeHtml(path)}</code>`).join(', ')}`);
  return parts.join('<br>');
}

/** Each rule that fired: title, why, how to fix, and its documentation. */
function renderFixes(findings: readonly Finding[], prefix: string): string {
  const counts = new Map<string, { n: number; worst: Severity }>();
  for (const finding of findings) {
    const entry = counts.get(finding.rule);
    if (!entry) counts.set(finding.rule, { n: 1, worst: finding.severity });
    else {
      entry.n++;
      if (SEVERITIES.indexOf(finding.severity) < SEVERITIES.indexOf(entry.worst)) entry.worst = finding.severity;
    }
  }
  const entries = [...counts]
    .sort(([a, x], [b, y]) => SEVERITIES.indexOf(x.worst) - SEVERITIES.indexOf(y.worst) || a.localeCompare(b))
    .map(([rule, { n, worst }]) => {
      const head = `<dt id="${ruleId(prefix, rule)}"><span class="chip sev-${worst}">${SEVERITY_MARK[worst]}</span> `;
      if (!isRuleId(rule))
        return `${head}<code>${escapeHtml(rule)}</code> · ${count(n, 'finding')}</dt><dd>No documentation for this rule in this version of leakproof.</dd>`;
      const meta = RULES[rule];
      const docs = `${RULES_DOC_URL}#${ruleAnchor(rule)}`;
      return (
        `${head}${escapeHtml(meta.title)} <code>${escapeHtml(rule)}</code> · ${count(n, 'finding')}</dt>` +
        `<dd><p>${escapeHtml(meta.description)}</p><p><b>Fix:</b> ${escapeHtml(meta.help)}</p>` +
        `<p><a${attributes({ href: docs, rel: 'noopener noreferrer', target: '_blank' })}>Documentation of ${escapeHtml(rule)}</a></p></dd>`
      );
    });
  return `<section class="fixes"${attributes({ 'aria-labelledby': `${prefix}-fixes-h` })}><h2 id="${prefix}-fixes-h">How to fix</h2><dl>${entries.join('')}</dl></section>`;
}
