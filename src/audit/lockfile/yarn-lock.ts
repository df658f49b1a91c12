/**
 * yarn.lock in both of its formats, each read with yarn's own parser:
 * - classic (yarn 1), `@yarnpkg/lockfile`: descriptors (`name@range, name@range2`) map to one
 *   entry with `version`, `resolved` (`<tarball URL>#<sha1 hex>`) and, since 1.10, `integrity`;
 * - berry (yarn 2+), `@yarnpkg/parsers` `parseSyml`: entries with `resolution`
 *   (`name@npm:1.2.3`, `name@workspace:.`, `name@patch:...`) and a `checksum` that hashes yarn's
 *   own zip archive, not the npm tarball, so the registry's `dist.integrity` is checked instead.
 * Berry files start with a `__metadata` entry, which is how the two are told apart.
 */
import { createRequire } from 'node:module';
import { classifyLockedSource } from './locked-source.js';
import type { LockedPackage, LockfileEntries, SkippedEntry } from './types.js';

const require = createRequire(import.meta.url);

/** True when the text is a yarn berry lockfile (it has a `__metadata` entry). */
export function isYarnBerry(text: string): boolean {
  return /^__metadata:/m.test(text);
}

interface ClassicEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
}

/** Read a yarn classic (v1) lockfile. */
export function readYarnClassic(text: string): LockfileEntries {
  const lockfile = require('@yarnpkg/lockfile') as typeof import('@yarnpkg/lockfile');
  const parsed = lockfile.parse(text);
  if (parsed.type !== 'success') throw new Error('it has unresolved merge conflicts; run `yarn install` to resolve them');
  const packages: LockedPackage[] = [];
  const skipped: SkippedEntry[] = [];
  const seen = new Set<unknown>();
  for (const [descriptor, value] of Object.entries(parsed.object as Record<string, ClassicEntry>)) {
    if (seen.has(value)) continue; // every descriptor of one entry points at the same object
    seen.add(value);
    const { name, range } = splitDescriptor(descriptor);
    const alias = /^npm:((?:@[^/]+\/)?[^@]+)@/.exec(range);
    const source = classifyLockedSource(value.resolved ?? (/^[a-z+]+:/.test(range) && !alias ? range : null));
    if (source.kind === 'skip' || !value.version) {
      skipped.push({
        input: descriptor,
        path: descriptor,
        reason: source.kind === 'skip' ? source.reason : 'the lockfile records no version',
      });
      continue;
    }
    const integrity = value.integrity ?? sha1FromFragment(value.resolved);
    packages.push({ name: alias ? alias[1]! : name, version: value.version, integrity, resolved: source.resolved, path: descriptor });
  }
  return { version: '1', packages, skipped };
}

interface BerryEntry {
  version?: string;
  resolution?: string;
}

/** Read a yarn berry (v2 and later) lockfile. */
export function readYarnBerry(text: string): LockfileEntries {
  const { parseSyml } = require('@yarnpkg/parsers') as typeof import('@yarnpkg/parsers');
  const data = parseSyml(text) as Record<string, BerryEntry>;
  const packages: LockedPackage[] = [];
  const skipped: SkippedEntry[] = [];
  for (const [key, entry] of Object.entries(data)) {
    if (key === '__metadata' || typeof entry.resolution !== 'string') continue;
    const { name, range } = splitDescriptor(entry.resolution);
    const path = entry.resolution;
    if (range.startsWith('npm:')) {
      const version = range.slice('npm:'.length);
      const aliased = splitDescriptor(version); // `npm:real@1.0.0` when an alias kept the real name here
      const real = version.includes('@', 1) ? aliased : { name, range: version };
      packages.push({ name: real.name, version: real.range, integrity: null, resolved: null, path });
    } else if (range.startsWith('patch:')) {
      const base = decodeURIComponent(range.slice('patch:'.length).replace(/#.*$/, ''));
      skipped.push({
        input: path,
        path,
        reason: `yarn patch of ${base}, applied at install; the unpatched package is audited on its own entry`,
      });
    } else {
      const source = classifyLockedSource(range);
      skipped.push({ input: path, path, reason: source.kind === 'skip' ? source.reason : `unsupported source (${range})` });
    }
  }
  return { version: String(data.__metadata?.version ?? ''), packages, skipped };
}

/** `@scope/name@range` -> name and range (the `@` that splits them is never the first character). */
function splitDescriptor(descriptor: string): { name: string; range: string } {
  const at = descriptor.indexOf('@', 1);
  return at === -1 ? { name: descriptor, range: '' } : { name: descriptor.slice(0, at), range: descriptor.slice(at + 1) };
}

/** Yarn classic's `resolved` ends with `#<sha1 hex>` of the tarball: as an SRI string. */
function sha1FromFragment(resolved: string | undefined): string | null {
  const hex = /#([0-9a-f]{40})$/.exec(resolved ?? '')?.[1];
  return hex ? `sha1-${Buffer.from(hex, 'hex').toString('base64')}` : null;
}
