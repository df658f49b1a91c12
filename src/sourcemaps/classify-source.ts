/**
 * Classify a recovered source as third-party, already shipped, or first-party
 * (docs/sourcemaps.md#classification). Third-party reasons come first (its path says whose code
 * it is, or its content is a helper builds copy verbatim), then "already shipped" (identical to
 * a shipped file), and whatever is left is first-party; exposure.ts then splits first-party into
 * readable elsewhere and exposed only through the map.
 *
 * `ignoreList` is never a reason: it is a debugging hint that tells a debugger to hide frames,
 * and frameworks list their own sources in it. Trusting it let a map hide a private file.
 */
import { isJsonObject } from '../json-text.js';
import { readPackageJson } from '../tarball/contents.js';
import type { PackageContents } from '../types.js';
import type { RawSource } from './read-map.js';
import { stripBundlerPrefix } from './resolve-source.js';
import { type ContentProbe, isKnownHelper, type ShippedContentLookup } from './shipped-index.js';
import type { SourceClass } from './types.js';

/** A classification and its short reason (`node_modules`, `dependency`, `shipped-content` ...). */
export interface Classification {
  readonly classification: SourceClass;
  readonly reason: string;
}

/** What classification needs beyond the source itself; built once per analysis. */
export interface Classifier {
  /** Classify by path alone: third-party or first-party (sources without content use this). */
  byPath(raw: RawSource, resolved: string): Classification;
  /** Full classification of a source with content, including helpers and "already shipped". */
  withContent(raw: RawSource, resolved: string, content: ContentProbe): Classification;
}

/**
 * Bundler runtime and helper modules, matched on the source after its `scheme://namespace/`:
 * webpack's bootstrap and runtime chunks, `(webpack)/...` built-ins, externals and ignored
 * modules, and vite's injected helpers.
 */
const BUNDLER_RUNTIME =
  /^(?:webpack\/(?:bootstrap(?: [0-9a-f]+)?|runtime\/[^/.]+|universalModuleDefinition|startup|before-startup|after-startup|sharing\/[^.]+|container-entry)$|\(webpack\)(?:-dev-server)?\/(?:buildin|hot|client|node_modules)\/|external(?: [\w-]+)? "[^"]*"$|ignored\||vite\/(?:preload-helper|modulepreload-polyfill)(?:\.js)?$|\/?@vite\/[\w-]+(?:\.js)?$)/;

/**
 * A webpack context module (`require.context`): `<folder> sync <regexp>`, code webpack writes. The
 * mode is followed by an optional `recursive` and the request's regular expression.
 */
const CONTEXT_MODULE = / (?:sync|lazy|lazy-once|eager|weak)(?: recursive)?(?: \^.*| nonrecursive \^.*)?$/;

/** A plugin's virtual module: its id starts with `\0` (Rollup's convention), no file's name can. */
const VIRTUAL_MODULE = /^(?:\.\.?\/)*\0/;

const NODE_MODULES = /(?:^|[/\\])node_modules[/\\]/;
const WORKSPACE_PACKAGE = /(?:^|\/)packages\/([^/]+)\//;
const FIRST_PARTY: Classification = { classification: 'first-party', reason: 'first-party' };

/** The dependency fields whose packages a bundle may embed: their code is not the package's. */
const DEPENDENCY_FIELDS = [
  'dependencies',
  'peerDependencies',
  'optionalDependencies',
  'bundleDependencies',
  'bundledDependencies',
] as const;

/** What a package's owner says about provenance (leakproof.json `sourceMaps`), and its build. */
export interface ClassifyOptions {
  /** Resolved source paths always counted as third-party (`thirdPartyGlobs`, compiled). */
  readonly isThirdPartyPath?: (resolved: string) => boolean;
  /** Count sources of the monorepo's other packages as third-party (`workspacePackages`). */
  readonly workspacePackagesAreThirdParty?: boolean;
  /**
   * Packages beyond those package.json declares whose code a bundle may embed (the same-scope
   * closure of target/dependency-closure.ts).
   */
  readonly dependencies?: readonly string[];
}

/** Build the classifier for one package. */
export function createClassifier(contents: PackageContents, options: ClassifyOptions, shippedContent: ShippedContentLookup): Classifier {
  const isThirdPartyGlob = options.isThirdPartyPath ?? (() => false);
  const manifest = readPackageJson(contents);
  const ownDirectory = typeof manifest?.name === 'string' ? manifest.name.replace(/^@[^/]+\//, '') : undefined;
  const dependencies = declaredDependencies(
    manifest,
    options.dependencies ?? [],
    typeof manifest?.name === 'string' ? manifest.name : undefined,
  );
  const workspaceIsThirdParty = options.workspacePackagesAreThirdParty === true;

  const byPath = (raw: RawSource, resolved: string): Classification => {
    const source = raw.source ?? '';
    const bare = stripBundlerPrefix(source).replace(/^(?:\.\/)+/, '');
    if (VIRTUAL_MODULE.test(bare)) return { classification: 'third-party', reason: 'virtual-module' };
    if (BUNDLER_RUNTIME.test(bare) || CONTEXT_MODULE.test(bare)) return { classification: 'third-party', reason: 'bundler-runtime' };
    // The resolved path has no query: `src/a.ts?node_modules/` is the package's own file.
    if (NODE_MODULES.test(resolved)) return { classification: 'third-party', reason: 'node_modules' };
    if (namesDependency(resolved, dependencies)) return { classification: 'third-party', reason: 'dependency' };
    if (isThirdPartyGlob(resolved)) return { classification: 'third-party', reason: 'policy-glob' };
    if (workspaceIsThirdParty && isSiblingWorkspaceSource(resolved, ownDirectory)) {
      return { classification: 'third-party', reason: 'workspace-package' };
    }
    return FIRST_PARTY;
  };

  const withContent = (raw: RawSource, resolved: string, content: ContentProbe): Classification => {
    const path = byPath(raw, resolved);
    if (path.classification !== 'first-party') return path;
    if (isKnownHelper(content)) return { classification: 'third-party', reason: 'known-helper' };
    // Identical content only: a source that merely shares a shipped file's path may be other code.
    if (shippedContent(content) !== undefined) return { classification: 'shipped', reason: 'shipped-content' };
    return FIRST_PARTY;
  };

  return { byPath, withContent };
}

/**
 * Names of the packages the target declares it depends on, from its package.json. A scoped
 * dependency of the target's own monorepo is also known by the folder names the monorepo keeps
 * it in: `@lit/reactive-element` in `../reactive-element/` (for `lit`), `@next/env` in
 * `../next-env/` (for `next`). Only the target's own scope, or the scope named after it, gets
 * these aliases: a dependency such as `@types/utils` must not make `../utils/` someone else's.
 */
function declaredDependencies(
  manifest: Record<string, unknown> | undefined,
  extra: readonly string[],
  own: string | undefined,
): ReadonlySet<string> {
  const names = new Set<string>(extra);
  for (const field of DEPENDENCY_FIELDS) {
    const value = manifest?.[field];
    if (Array.isArray(value)) for (const name of value) if (typeof name === 'string') names.add(name);
    if (isJsonObject(value)) for (const name of Object.keys(value)) names.add(name);
  }
  const ownScopes = monorepoScopes(own);
  for (const name of [...names]) {
    const scoped = /^@([^/]+)\/(.+)$/.exec(name);
    if (scoped && ownScopes.has(scoped[1]!)) names.add(scoped[2]!).add(`${scoped[1]}-${scoped[2]}`);
  }
  return names;
}

/** `@lit/x` -> {lit}; `lit` -> {lit}; `socket.io-client` -> {socket.io-client, socket.io}. */
function monorepoScopes(own: string | undefined): ReadonlySet<string> {
  if (own === undefined) return new Set();
  const scoped = /^@([^/]+)\//.exec(own);
  return scoped ? new Set([scoped[1]!]) : new Set([own, own.replace(/-.*$/, '')]);
}

/**
 * A source of a declared dependency: its path names the dependency where a package's root sits,
 * the first folder reached after climbing out of the package (`../<dep>/...`,
 * `../../@scope/dep/...`), never a folder inside the package, which the package's own code may be
 * named after. A bundler namespace (`webpack://<name>/`) is not it: it names the build that wrote
 * the map, which may call itself anything.
 */
export function namesDependency(resolved: string, dependencies: ReadonlySet<string>): boolean {
  if (dependencies.size === 0) return false;
  const outside = /^(?:\.\.\/)+((?:@[^/]+\/)?[^/]+)\//.exec(resolved)?.[1];
  return outside !== undefined && dependencies.has(outside);
}

/**
 * A source of another package of the same monorepo: its resolved path climbs out of this
 * package (`../`) and passes through `packages/<name>/` with a name other than this package's
 * own directory (its unscoped name). Absolute paths never count: they may be this package's own.
 */
export function isSiblingWorkspaceSource(resolved: string, ownDirectory: string | undefined): boolean {
  if (!resolved.startsWith('../')) return false;
  const match = WORKSPACE_PACKAGE.exec(resolved);
  return match !== null && match[1] !== ownDirectory;
}
