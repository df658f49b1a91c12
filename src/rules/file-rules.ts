import type { Finding, UnsafeEntry } from '../types.js';
import { finding } from './finding.js';
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
  return finding('file/sensitive', path, message, { severity, kind, size });
}

/** `tarball/unsafe-entry`: entries npm does not install as the tarball writes them (see tarball/install-tree.ts). */
export const tarballRules: RuleFamily = {
  family: 'tarball',
  check({ contents }: RuleContext): Finding[] {
    return contents.unsafeEntries.map((entry) =>
      finding('tarball/unsafe-entry', entry.path, unsafeEntryMessage(entry), {
        // A platform-dependent name, or a path written twice with the same bytes, hides nothing
        // (what npm installs is what was inspected): worth a look, not a fail.
        ...(entry.reason === 'platform-dependent' || entry.identicalCopies === true ? { severity: 'warning' as const } : {}),
        kind: entry.reason,
        ...(entry.linkpath ? { linkpath: entry.linkpath } : {}),
      }),
    );
  },
};

function unsafeEntryMessage(entry: UnsafeEntry): string {
  const { path, reason, detail } = entry;
  switch (reason) {
    case 'duplicate-path':
      return entry.identicalCopies
        ? `${path} appears more than once in the tarball, every copy with the same bytes; npm keeps the last (the one inspected).`
        : `${path} appears more than once in the tarball with different bytes; npm keeps the last copy (the one inspected), so the earlier ones ship unseen.`;
    case 'absolute-path':
      return `${path} has an absolute or drive path in the tarball (${detail ?? 'root stripped'}); inspected where npm installs it.`;
    case 'not-installed':
      return `${path} is in the tarball but npm does not install it (${detail ?? 'skipped'}); other tools reading the tarball may (not inspected).`;
    case 'platform-dependent':
      return `${path} is installed differently on other systems (${detail ?? 'name'}); inspected as npm writes it on Linux.`;
    default:
      return entry.linkpath
        ? `${path} is a ${reason} to ${entry.linkpath}; links in a package can point installs at files outside it (not followed).`
        : `${path} is a ${reason} entry${detail ? ` (${detail})` : ''}; extracting it could write outside the package folder (not extracted).`;
  }
}
