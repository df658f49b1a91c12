import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { escapeBlock, escapeHtml } from '../src/report/html/escape.js';
import { renderHtml } from '../src/report/html/index.js';
import { type PageElement, pageScript } from '../src/report/html/page-script.js';
import { worstFirst } from '../src/report/html/report-set.js';
import { maskedBlock } from '../src/report/html/source-text.js';
import { renderReport } from '../src/report/index.js';
import { isRuleId, RULES, RULES_DOC_URL } from '../src/rules/meta.js';
import { buildLabeledSet } from './helpers/fake-credentials.js';
import { makeFourClassReport, makeIncidentSizedReport, makeReportSet } from './helpers/html-reports.js';
import { FAKE_KEY_PREVIEW, FAKE_NPM_PREVIEW, makeCleanReport, ODD_PATH } from './helpers/sample-report.js';

const occurrences = (text: string, needle: string): number => text.split(needle).length - 1;

describe('renderHtml, one package', () => {
  const report = makeFourClassReport();
  const html = renderHtml(report);

  it('is one deterministic document, and what renderReport writes for --format html', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    expect(renderHtml(makeFourClassReport())).toBe(html);
    expect(renderReport(report, 'html', { color: false })).toBe(html);
  });

  it('states the verdict with the exit code and counts first', () => {
    const verdict = html.slice(html.indexOf('<div class="verdict'), html.indexOf('class="ships"'));
    expect(verdict).toContain('Fails');
    expect(verdict).toContain('exit code 1');
    expect(verdict).toContain(`${report.summary.errors} errors`);
    expect(verdict).toContain('What leaks');
    expect(verdict).toContain('exposes <b>60 first-party sources');
    expect(verdict).toContain('12 first-party sources (453 kB) the package ships readable anyway');
    expect(renderHtml({ ...makeCleanReport() })).toContain('Passes <span class="exit">exit code 0</span>');
  });

  it('draws one treemap cell per shipped file and one per embedded source, by class', () => {
    expect(occurrences(html, ' data-file="')).toBe(report.files.length);
    const recovered = report.sourceMaps[0]!.recovered!;
    for (const sourceClass of ['first-party', 'readable', 'third-party', 'shipped'] as const) {
      expect(occurrences(html, `class="cell src-${sourceClass}"`)).toBe(recovered.filter((source) => source.class === sourceClass).length);
      expect(html).toContain(`<span class="swatch src-${sourceClass}">`);
    }
    expect(html).toMatch(/class="cell sev-error map new"[^>]*href="#p0-map-0"/);
    expect(html).toMatch(/class="cell sev-warning grown"[^>]*data-file="dist\/cli.js"/);
  });

  it('escapes package text: no tag or attribute can be injected', () => {
    expect(html).not.toContain(ODD_PATH);
    expect(html).toContain(escapeHtml(ODD_PATH));
    expect(escapeHtml('"><img src=x onerror=alert(1)>\u001b[31m')).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\\x1b[31m');
    expect(escapeBlock('a\tb\n</pre>\u0007')).toBe('a\tb\n&lt;/pre&gt;\\x07');
  });

  it('shows credentials only as the masked preview the other formats print', () => {
    expect(html).toContain(FAKE_KEY_PREVIEW);
    expect(html).toContain(FAKE_NPM_PREVIEW);
  });

  it('takes every rule fix and docs link from the rule table', () => {
    const fired = new Set(report.findings.map((finding) => finding.rule));
    for (const rule of fired) {
      if (!isRuleId(rule)) continue;
      expect(html).toContain(escapeHtml(RULES[rule].help));
      expect(html).toContain(`href="${RULES_DOC_URL}#`);
    }
  });

  it('loads nothing: no external resource, and a policy that admits only its own script', () => {
    expect(html).not.toMatch(/<(link|img|iframe|object|embed|base)\b/i);
    expect(html).not.toMatch(/\bsrc=|@import|url\(/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!);
    for (const href of hrefs) expect(href.startsWith('#') || href.startsWith(`${RULES_DOC_URL}#`)).toBe(true);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    expect(policy).toContain("default-src 'none'");
    const script = /<script>([\s\S]*)<\/script>/.exec(html)![1]!;
    expect(occurrences(html, '<script')).toBe(1);
    expect(policy).toContain(`script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'`);
  });

  it('runs its script from its own text alone (nothing outside the function body)', () => {
    const script = /<script>([\s\S]*)<\/script>/.exec(html)![1]!;
    const element = (): PageElement =>
      new Proxy({} as PageElement, {
        get: (_target, key) => (key === 'querySelectorAll' ? () => [] : key === 'dataset' ? {} : () => null),
      });
    const document = { getElementById: () => null, querySelectorAll: () => [], addEventListener: () => undefined, body: element() };
    const window = { location: { hash: '' }, addEventListener: () => undefined };
    expect(() => new Function('document', 'window', script)(document, window)).not.toThrow();
    expect(script.startsWith(`(${pageScript.toString()})`)).toBe(true);
  });

  it('stays under 2 MB for the incident-sized package (4,750 map sources)', () => {
    const page = renderHtml(makeIncidentSizedReport());
    expect(occurrences(page, 'class="cell src-')).toBe(4_750);
    expect(Buffer.byteLength(page)).toBeLessThan(2_000_000);
  });

  it('marks the changes since the baseline', () => {
    expect(html).toContain('Changes since <code>@acme/incident-cli@2.3.1</code>');
    expect(html).toContain('<b>✖ New source maps:</b> <code>dist/cli.js.map</code>');
  });
});

describe('renderHtml, a report set', () => {
  const set = makeReportSet();
  const html = renderHtml(set);

  it('gives one verdict over all packages, then each package worst first', () => {
    expect(html).toContain('exit code 3');
    const order = ['@acme/incident-cli@2.4.0', 'half-read@0.3.0', 'tiny-lib@1.0.0'].map((name) => html.indexOf(`<b>${name}</b>`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(worstFirst(set.reports).map((report) => report.target.name)).toEqual(['@acme/incident-cli', 'half-read', 'tiny-lib']);
    expect(html).toContain('<code>no-such-package@9</code>: no matching version in the registry');
  });

  it('opens the worst package and gives every package its own treemap and ids', () => {
    expect(html).toMatch(/<details class="package fail" id="p0" open>/);
    expect(html).toMatch(/<details class="package pass" id="p2">/);
    expect(occurrences(html, 'class="treemap"')).toBeGreaterThanOrEqual(3);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('--html-sources text', () => {
  it('masks every credential the scanner knows, in every shape', () => {
    for (const snippet of buildLabeledSet()) {
      const block = maskedBlock(snippet.text);
      for (const expected of snippet.expected) {
        for (const secret of expected.mustNotLeak) {
          expect(block, snippet.name).not.toContain(escapeBlock(secret));
        }
      }
    }
  });

  it('embeds the own-code sources only when asked, masked', () => {
    const report = makeFourClassReport();
    const [snippet] = buildLabeledSet().filter((each) => each.expected.length === 1);
    const text = `export const key = 1;\n${snippet!.text}\n</pre><script>alert(1)</script>\n`;
    const plain = renderHtml(report);
    expect(plain).not.toContain('class="source-text"');
    const html = renderHtml(report, { sourceText: () => (_map, index) => (index === 0 ? text : `// source ${index}\n`) });
    const recovered = report.sourceMaps[0]!.recovered!;
    const own = recovered.filter((source) => source.class === 'first-party' || source.class === 'readable').length;
    expect(occurrences(html, '<details class="source-text"')).toBe(own);
    expect(html).toContain('&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    for (const secret of snippet!.expected[0]!.mustNotLeak) expect(html).not.toContain(escapeBlock(secret));
    expect(html).toContain('<mark class="masked"');
    expect(html).toContain('href="#p0-map-0-src-0"');
  });
});
