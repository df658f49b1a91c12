import type { Finding, PackageContents } from '../types.js';
import type { RecoveredSource } from '../sourcemaps/types.js';
import { isBinary } from '../secrets/is-binary.js';
import { secretRuleByKind } from '../secrets/rules.js';
import { scanText, type SecretMatch } from '../secrets/scan-text.js';
import type { RuleContext, RuleFamily } from './rule.js';

/**
 * Template files hold example values by design (`.env.example`, `config.json.sample`): they
 * are documentation, and `file/sensitive` still judges them by name.
 */
const TEMPLATE_FILE = /(?:^|\.)(?:example|sample|template|dist|tmpl)$|^\.env\.defaults?$/i;

/** True for template files such as `.env.example`, `.env.sample`, `secrets.json.template`. */
export function isTemplateFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return TEMPLATE_FILE.test(name) || /\.(?:example|sample|template)\.[a-z0-9]+$/i.test(name);
}

/**
 * `secret`: credentials in every shipped text file and in every source recovered from a map's
 * `sourcesContent` (a key in a third-party source embedded in the map still ships). Maps that
 * were analysed are not scanned as raw JSON: their sources are scanned one by one, so findings
 * point at the original file and line. A recovered source identical to a shipped file is left
 * to the shipped file's scan. See docs/secrets.md.
 */
export const secretRules: RuleFamily = {
  family: 'secret',
  check({ contents, policy, sourceMaps }: RuleContext): Finding[] {
    if (!policy.secrets.enabled) return [];
    // A map whose sources were recovered is scanned source by source; one that yielded none
    // (no sourcesContent, or JSON too broken to read) is scanned as text like any file.
    const analysedMaps = new Set(sourceMaps.maps.filter((map) => map.origin === 'file' && map.withContent > 0).map((map) => map.path));
    const findings: Finding[] = [];
    for (const file of contents.files) {
      if (analysedMaps.has(file.path) || isTemplateFile(file.path) || isBinary(file.path, file.data)) continue;
      for (const match of scanText(file.data.toString('utf8'))) findings.push(toFinding(match, file.path));
    }
    for (const source of sourceMaps.sources) {
      if (isShippedCopy(source, contents)) continue;
      for (const match of scanText(source.content)) findings.push(toFinding(match, source.map, source.source));
    }
    return findings;
  },
};

/** A recovered source the shipped-file scan already covers: same content, CRLF aside. */
function isShippedCopy(source: RecoveredSource, contents: PackageContents): boolean {
  if (source.classification !== 'shipped') return false;
  if (source.reason === 'shipped-content') return true;
  const file = contents.byPath.get(source.resolved);
  return file !== undefined && normaliseNewlines(file.data.toString('utf8')) === normaliseNewlines(source.content);
}

function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n/g, '\n') : text;
}

/** A finding for one match; `source` is set for matches inside a recovered source. */
function toFinding(match: SecretMatch, path: string, source?: string): Finding {
  const name = secretRuleByKind(match.kind)?.description ?? match.kind;
  const where = source === undefined ? `${path}:${match.line}` : `${source}:${match.line}, recovered from ${path}`;
  const finding: Finding = {
    rule: 'secret',
    severity: match.severity,
    path,
    message: `${name} (${match.preview}, ${match.length} chars) in ${where}; revoke it and remove it from the package.`,
    kind: match.kind,
    line: match.line,
    column: match.column,
    preview: match.preview,
    length: match.length,
    hash: match.hash,
  };
  if (source !== undefined) finding.source = source;
  return finding;
}
