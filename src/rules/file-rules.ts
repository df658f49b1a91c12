import type { Finding } from '../types.js';
import { RULES } from './meta.js';
import type { RuleContext, RuleFamily } from './rule.js';
import { findSensitiveKind, sensitiveSeverity } from './sensitive-files.js';

/**
 * `file/sensitive`: files that should never be published. Folder kinds (`.git/`, `coverage/`,
 * `.idea/` ...) are reported once per folder with the file count and total size, so a shipped
 * `.git` gives one finding instead of hundreds.
 */
export const fileRules: RuleFamily = {
  family: 'file',
  check({ contents }: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const folders = new Map<string, Finding>();
    for (const file of contents.files) {
      const check = findSensitiveKind(file);
      if (!check) continue;
      const folder = check.folder?.(file.path);
      if (folder) {
        const existing = folders.get(folder);
        if (existing) {
          existing.count = (existing.count ?? 0) + 1;
          existing.size = (existing.size ?? 0) + file.size;
          continue;
        }
        const finding = sensitive(folder, check.kind, check.severity, `${folder} ships: ${check.why}.`, file.size);
        finding.count = 1;
        folders.set(folder, finding);
        findings.push(finding);
        continue;
      }
      const { severity, note } = sensitiveSeverity(check, file.path);
      findings.push(sensitive(file.path, check.kind, severity, `${file.path} ships: ${check.why}.${note}`, file.size));
    }
    return findings;
  },
};

function sensitive(path: string, kind: string, severity: Finding['severity'], message: string, size: number): Finding {
  return { rule: 'file/sensitive', severity, path, message, kind, size };
}

/** `tarball/unsafe-entry`: links, absolute paths and `..` escapes recorded by the reader. */
export const tarballRules: RuleFamily = {
  family: 'tarball',
  check({ contents }: RuleContext): Finding[] {
    return contents.unsafeEntries.map((entry) => ({
      rule: 'tarball/unsafe-entry',
      severity: RULES['tarball/unsafe-entry'].defaultSeverity,
      path: entry.path,
      kind: entry.reason,
      message: entry.reason === 'duplicate-path'
        ? `${entry.path} appears more than once in the tarball; extraction keeps the last copy, so an earlier one ships unseen (not inspected).`
        : entry.linkpath
          ? `${entry.path} is a ${entry.reason} to ${entry.linkpath}; links in a package can point installs at files outside it (not followed).`
          : `${entry.path} is a ${entry.reason} entry; extracting it could write outside the package folder (not extracted).`,
      ...(entry.linkpath ? { linkpath: entry.linkpath } : {}),
    }));
  },
};
