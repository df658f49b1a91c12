/**
 * bun.lock, Bun's text lockfile (https://bun.sh/docs/install/lockfile): JSON with comments and
 * trailing commas, read with `jsonc-parser`. Every `packages` value is an array whose first
 * element is the resolution `name@<version or source>`:
 * - npm:       [`name@1.2.3`, registry URL or "" for the default, info, integrity]
 * - workspace: [`name@workspace:path`]; folder [`name@file:path`, info]; link [`name@link:path`, info]
 * - git:       [`name@git+https://...`, info, commit] or [`name@github:owner/repo#sha`, info, sha]
 * - tarball:   [`name@https://.../x.tgz`, info]
 * The binary `bun.lockb` of older Bun versions is not read.
 */
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { classifyLockedSource } from './locked-source.js';
import type { LockedPackage, LockfileEntries, SkippedEntry } from './types.js';

/** Read a bun.lock file's text. */
export function readBunLock(text: string): LockfileEntries {
  const errors: ParseError[] = [];
  const data = parse(text, errors, { allowTrailingComma: true }) as
    | { lockfileVersion?: unknown; packages?: Record<string, unknown> }
    | undefined;
  if (errors.length > 0) throw new Error(`${printParseErrorCode(errors[0]!.error)} at offset ${errors[0]!.offset}`);
  if (!data || typeof data.packages !== 'object') throw new Error('it has no "packages" object');
  const packages: LockedPackage[] = [];
  const skipped: SkippedEntry[] = [];
  for (const [path, value] of Object.entries(data.packages)) {
    const entry = Array.isArray(value) ? (value as unknown[]) : [];
    const resolution = typeof entry[0] === 'string' ? entry[0] : '';
    const at = resolution.indexOf('@', 1);
    const name = resolution.slice(0, at);
    const version = resolution.slice(at + 1);
    if (at === -1 || version === '') {
      skipped.push({ input: path, path, reason: 'the lockfile records no resolution' });
    } else if (/^\d/.test(version) && typeof entry[1] === 'string') {
      const registry = entry[1];
      const integrity = typeof entry[3] === 'string' && entry[3] !== '' ? entry[3] : null;
      const source = classifyLockedSource(/^https?:/.test(registry) && registry.endsWith('.tgz') ? registry : null);
      packages.push({ name, version, integrity, resolved: source.kind === 'registry' ? source.resolved : null, path });
    } else {
      const source = classifyLockedSource(version);
      skipped.push({ input: resolution, path, reason: source.kind === 'skip' ? source.reason : `unsupported source (${version})` });
    }
  }
  return { version: String(data.lockfileVersion ?? ''), packages, skipped };
}
