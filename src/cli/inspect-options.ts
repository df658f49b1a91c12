/**
 * What the inspecting commands (check, publish, init, extract, diff, audit) share: their flags
 * turned into library options, in one place.
 */
import { isAbsolute, relative } from 'node:path';
import type { AcquireOptions } from '../acquire.js';
import type { CheckOptions } from '../check.js';
import { LeakproofError } from '../errors.js';
import { parseSize } from '../policy/sizes.js';
import { safeLine } from '../report/redact-report.js';
import type { PackManager } from '../target/package-manager.js';
import type { Severity, TarballLimits } from '../types.js';
import type { CliIo } from './io.js';

/** The flags that shape an inspection; each command declares the ones it takes. */
export interface InspectFlags {
  readonly manifest?: string | undefined;
  readonly failOn?: Severity | undefined;
  readonly secrets?: boolean | undefined;
  readonly baseline?: string | undefined;
  readonly packManager?: PackManager | undefined;
  readonly maxEntries?: number | undefined;
  readonly maxSize?: string | number | undefined;
  readonly maxFileSize?: string | number | undefined;
}

/** CLI flags to library options; the only place they meet. */
export function inspectOptions(argv: InspectFlags, io: CliIo): AcquireOptions & CheckOptions & { limits: Partial<TarballLimits> } {
  const limits = {
    ...limit(argv.maxEntries, '--max-entries', 'maxEntries'),
    ...limit(argv.maxSize, '--max-size', 'maxTotalBytes'),
    ...limit(argv.maxFileSize, '--max-file-size', 'maxFileBytes'),
  };
  return {
    cwd: io.cwd,
    env: io.env,
    ...(argv.manifest !== undefined ? { manifest: argv.manifest } : {}),
    failOn: argv.failOn ?? 'error',
    secrets: argv.secrets !== false,
    limits,
    ...(argv.baseline !== undefined ? { baseline: argv.baseline } : {}),
    ...(argv.packManager ? { packManager: argv.packManager } : {}),
    onNote: (text) => io.stderr.write(`leakproof: ${safeLine(text)}\n`),
    // A --pack build's own log; stdout stays for the report.
    onOutput: (text) => io.stderr.write(text),
  };
}

/**
 * Where the package folder sits in the repository, so SARIF and annotations point at files
 * GitHub knows (`packages/a/dist/x.js`, not `dist/x.js`). Empty for the root or outside it.
 */
export function pathPrefix(directory: string | null, io: CliIo): string {
  if (!directory) return '';
  const path = relative(io.env.GITHUB_WORKSPACE ?? io.cwd, directory)
    .split('\\')
    .join('/');
  return path === '' || path.startsWith('..') || isAbsolute(path) ? '' : `${path}/`;
}

/**
 * A limit flag as an option: a whole number, or for sizes the units leakproof.json takes
 * (`500MB`, `1GiB`). A value that is neither would silently disable the limit.
 */
function limit(value: string | number | undefined, flag: string, key: keyof TarballLimits): Partial<TarballLimits> {
  if (value === undefined) return {};
  const isCount = key === 'maxEntries';
  const parsed = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : isCount ? value : parseSize(value);
  if (typeof parsed !== 'number' || !Number.isSafeInteger(parsed) || parsed < 0) {
    const expected = isCount ? 'a whole number of entries' : 'a number of bytes or a size like 500MB or 1GiB';
    throw new LeakproofError('usage', `${flag} takes ${expected}, got ${String(value)}`);
  }
  return { [key]: parsed };
}
