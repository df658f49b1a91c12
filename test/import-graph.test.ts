/**
 * The import graph of src/ follows the pipeline in ../shared/STYLE.md: imports point one way,
 * from the CLI down to the tarball, and the lower folders return facts that only rules/ turns into
 * findings. This test reads every import and export-from statement of every file in src/ (with
 * TypeScript's own pre-processor, so `import type`, re-exports and `import()` count) and fails on
 * an edge the layering forbids. docs/architecture.md draws the same picture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

/** A folder of src/, or one of the groups of files directly in it. */
type Layer =
  | 'index'
  | 'cli'
  | 'audit'
  | 'core'
  | 'report'
  | 'rules'
  | 'sourcemaps'
  | 'secrets'
  | 'policy'
  | 'target'
  | 'tarball'
  | 'shared';

/**
 * What each layer may import directly; it may also import whatever those may (the closure), and
 * every layer may import `shared`. Nothing else: a lower layer never imports a higher one, and
 * sourcemaps, secrets and policy never import one another.
 */
const MAY_IMPORT: Readonly<Record<Layer, readonly Layer[]>> = {
  index: ['cli', 'audit', 'core', 'report'],
  cli: ['audit', 'core', 'report'],
  audit: ['core', 'report'],
  core: ['rules', 'target'],
  report: ['rules'],
  rules: ['sourcemaps', 'secrets', 'policy'],
  sourcemaps: ['tarball'],
  secrets: ['tarball'],
  policy: ['tarball'],
  target: ['tarball'],
  tarball: [],
  shared: [],
};

/** Files directly in src/ that run the pipeline; every other file there is a shared leaf. */
const CORE_FILES = new Set(['inspect.ts', 'acquire.ts', 'check.ts', 'build-report.ts']);

/**
 * Code generated from schema/leakproof.schema.json (the one description of leakproof.json and
 * its rule ids): data with no imports, which the data model in types.ts reads.
 */
const GENERATED = 'policy/generated/';

function layerOf(file: string): Layer {
  if (file.startsWith(GENERATED)) return 'shared';
  const [first, ...rest] = file.split('/');
  if (rest.length > 0) {
    if (!(first! in MAY_IMPORT) || first === 'core' || first === 'shared' || first === 'index')
      throw new Error(`src/${first}/ is not a layer this test knows: add it to MAY_IMPORT`);
    return first as Layer;
  }
  if (file === 'index.ts') return 'index';
  return CORE_FILES.has(file) ? 'core' : 'shared';
}

/** Every layer `from` may import, itself and `shared` included. */
function reachable(from: Layer, graph: Readonly<Record<Layer, readonly Layer[]>>): Set<Layer> {
  const seen = new Set<Layer>([from, 'shared']);
  const queue = [from];
  while (queue.length > 0) {
    for (const next of graph[queue.pop()!]) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

/** One import statement: the importing file and the imported file, both relative to src/. */
interface Edge {
  readonly from: string;
  readonly to: string;
}

/** The relative imports of one file's text, resolved to paths relative to src/. */
function importsOf(file: string, text: string): Edge[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .map((ref) => ref.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => ({ from: file, to: posix.normalize(posix.join(posix.dirname(file), name)).replace(/\.js$/, '.ts') }));
}

/** Edges that break the layering: `from` imports a layer it may not reach. */
function forbiddenEdges(edges: readonly Edge[], graph: Readonly<Record<Layer, readonly Layer[]>> = MAY_IMPORT): string[] {
  return edges
    .filter((edge) => !reachable(layerOf(edge.from), graph).has(layerOf(edge.to)))
    .map((edge) => `${edge.from} (${layerOf(edge.from)}) -> ${edge.to} (${layerOf(edge.to)})`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(SRC, path).split('\\').join('/')] : [];
  });
}

describe('import graph', () => {
  const files = sourceFiles(SRC);
  const edges = files.flatMap((file) => importsOf(file, readFileSync(join(SRC, file), 'utf8')));

  it('reads the real imports of src/', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(edges).toContainEqual({ from: 'rules/secret-rules.ts', to: 'secrets/scan-text.ts' });
    expect(edges).toContainEqual({ from: 'cli/run.ts', to: 'cli/parse-args.ts' });
    const missing = edges.filter((edge) => !files.includes(edge.to));
    expect(missing).toEqual([]);
  });

  it('points one way: cli -> report -> rules -> (sourcemaps, secrets, policy) -> tarball, target -> tarball', () => {
    expect(forbiddenEdges(edges)).toEqual([]);
  });

  it('fails on an edge running back up or sideways', () => {
    const text =
      "import type { RuleId } from '../rules/meta.js';\nexport { x } from '../policy/policy.js';\nconst lazy = () => import('../secrets/scan-text.js');\n";
    expect(forbiddenEdges(importsOf('sourcemaps/example.ts', text))).toEqual([
      'sourcemaps/example.ts (sourcemaps) -> rules/meta.ts (rules)',
      'sourcemaps/example.ts (sourcemaps) -> policy/policy.ts (policy)',
      'sourcemaps/example.ts (sourcemaps) -> secrets/scan-text.ts (secrets)',
    ]);
    expect(forbiddenEdges(importsOf('types.ts', "import type { Report } from './report/index.js';"))).toEqual([
      'types.ts (shared) -> report/index.ts (report)',
    ]);
    expect(forbiddenEdges(importsOf('tarball/x.ts', "import { inspect } from '../inspect.js';"))).toEqual([
      'tarball/x.ts (tarball) -> inspect.ts (core)',
    ]);
    expect(forbiddenEdges(importsOf('rules/x.ts', "import { tarball } from '../tarball/contents.js';"))).toEqual([]);
  });
});
