/**
 * Path matching for leakproof.json: exact paths and picomatch globs over in-memory,
 * package-relative, `/`-separated paths. Each glob is compiled once; exact paths go through
 * a Map so a manifest listing thousands of files stays linear.
 *
 * An entry always matches its own literal text, so an exact path that happens to contain
 * glob characters (`app/[id]/page.js`, `(group)/x.js`) still matches the file it names.
 */
import picomatch from 'picomatch';

/** Options for every glob: dotfiles match (`.env` must not hide), POSIX separators only. */
const GLOB_OPTIONS: picomatch.PicomatchOptions = { dot: true, windows: false };

/** A test for one path. */
export type PathTest = (path: string) => boolean;

/** True when `pattern` contains glob syntax (as picomatch reads it). */
export function isGlobPattern(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob;
}

/**
 * Compile one entry (no `!` handling): matches its literal text, and its glob when it is one.
 * Used for budget globs, allow lists, ignore paths and for "does this entry match anything".
 */
export function createGlobTest(pattern: string): PathTest {
  if (!isGlobPattern(pattern)) return (path) => path === pattern;
  const isMatch = picomatch(pattern, GLOB_OPTIONS);
  return (path) => path === pattern || isMatch(path);
}

/** True when `entry` is a negation (`!dist/**\/*.test.js`). */
export function isNegation(entry: string): boolean {
  return entry.startsWith('!');
}

interface CompiledGlob {
  readonly index: number;
  readonly negated: boolean;
  readonly test: PathTest;
}

/**
 * Compile an ordered list of entries, as in `files`, into one test. Like npm's `files` and
 * .gitignore, the *last* entry that matches a path decides: a plain entry allows it, a
 * `!` entry excludes it. A path no entry matches is not allowed.
 */
export function createMatcher(entries: readonly string[]): PathTest {
  // Highest index of an entry whose literal text equals the path.
  const literals = new Map<string, number>();
  const globs: CompiledGlob[] = [];
  entries.forEach((entry, index) => {
    const negated = isNegation(entry);
    const pattern = negated ? entry.slice(1) : entry;
    literals.set(pattern, index);
    if (isGlobPattern(pattern)) {
      globs.push({ index, negated, test: picomatch(pattern, GLOB_OPTIONS) });
    }
  });
  return (path) => {
    const literalIndex = literals.get(path) ?? -1;
    for (let i = globs.length - 1; i >= 0; i -= 1) {
      const glob = globs[i]!;
      if (glob.index < literalIndex) break;
      if (glob.test(path)) return !glob.negated;
    }
    return literalIndex >= 0 && !isNegation(entries[literalIndex]!);
  };
}

/**
 * True when a plain `files` entry matches none of `paths`: neither its literal text nor its glob.
 * An entry counts as matching when it matches a path by itself, even if a later `!` entry
 * excludes that path again; a negation never matches nothing (excluding nothing is fine).
 * `file/missing` reports such entries and `--update` removes them.
 */
export function matchesNothing(entry: string, paths: ReadonlySet<string>): boolean {
  if (isNegation(entry) || paths.has(entry)) return false;
  if (!isGlobPattern(entry)) return true;
  const test = createGlobTest(entry);
  for (const path of paths) if (test(path)) return false;
  return true;
}

/** True when any of `patterns` (exact or glob, no negation) matches `path`. */
export function createAnyTest(patterns: readonly string[]): PathTest {
  const tests = patterns.map(createGlobTest);
  return (path) => tests.some((test) => test(path));
}
