/**
 * Classify a recovered source as third-party, already shipped, or first-party
 * (docs/sourcemaps.md#classification). The order matters: third-party reasons come first, then
 * "already shipped", and whatever is left is first-party: the code a package author did not
 * mean to publish.
 */
import picomatch from 'picomatch';
import type { Policy } from '../policy/policy.js';
import { readPackageJson } from '../tarball/contents.js';
import type { PackageContents } from '../types.js';
import type { SourceClass } from './types.js';
import type { RawSource } from './read-map.js';
import { stripBundlerPrefix } from './resolve-source.js';
import type { ContentProbe, ShippedContentLookup } from './shipped-index.js';

/** A classification and its short reason (`node_modules`, `ignoreList`, `shipped-path` ...). */
export interface Classification {
  readonly classification: SourceClass;
  readonly reason: string;
}

/** What classification needs beyond the source itself; built once per analysis. */
export interface Classifier {
  /** Classify by path alone: third-party or first-party (sources without content use this). */
  byPath(raw: RawSource, resolved: string): Classification;
  /** Full classification of a source with content, including the "already shipped" checks. */
  withContent(raw: RawSource, resolved: string, content: ContentProbe, mapPath: string): Classification;
}

/**
 * Bundler runtime and helper modules, matched on the source after its `scheme://namespace/`:
 * webpack's bootstrap and runtime chunks, `(webpack)/...` built-ins, externals and ignored
 * modules, and vite's injected helpers.
 */
const BUNDLER_RUNTIME =
  /^(?:webpack\/(?:bootstrap|runtime\/|universalModuleDefinition|startup|before-startup|after-startup|sharing\/|container-entry)|\(webpack\)[/-]|external(?: [\w-]+)? "|ignored\||vite\/(?:preload-helper|modulepreload-polyfill)|\/?@vite\/)/;

const NODE_MODULES = /(?:^|[/\\])node_modules[/\\]/;
const WORKSPACE_PACKAGE = /(?:^|\/)packages\/([^/]+)\//;
const FIRST_PARTY: Classification = { classification: 'first-party', reason: 'first-party' };

/** Build the classifier for one package and policy. */
export function createClassifier(contents: PackageContents, policy: Policy, shippedContent: ShippedContentLookup): Classifier {
  const globs = policy.sourceMaps.thirdPartyGlobs;
  const isThirdPartyGlob = globs.length > 0 ? picomatch([...globs], { dot: true }) : () => false;
  const ownDirectory = ownPackageDirectory(contents);
  const workspaceIsThirdParty = policy.sourceMaps.workspacePackages === 'third-party';

  const byPath = (raw: RawSource, resolved: string): Classification => {
    if (raw.ignored) return { classification: 'third-party', reason: 'ignoreList' };
    const source = raw.source ?? '';
    if (source.includes('\0')) return { classification: 'third-party', reason: 'virtual-module' };
    const bare = stripBundlerPrefix(source).replace(/^(?:\.\/)+/, '');
    if (BUNDLER_RUNTIME.test(bare)) return { classification: 'third-party', reason: 'bundler-runtime' };
    if (NODE_MODULES.test(resolved) || NODE_MODULES.test(source)) return { classification: 'third-party', reason: 'node_modules' };
    if (isThirdPartyGlob(resolved)) return { classification: 'third-party', reason: 'policy-glob' };
    if (workspaceIsThirdParty && isSiblingWorkspaceSource(resolved, ownDirectory)) {
      return { classification: 'third-party', reason: 'workspace-package' };
    }
    return FIRST_PARTY;
  };

  const withContent = (raw: RawSource, resolved: string, content: ContentProbe, mapPath: string): Classification => {
    const path = byPath(raw, resolved);
    if (path.classification !== 'first-party') return path;
    if (resolved !== mapPath && contents.byPath.has(resolved)) return { classification: 'shipped', reason: 'shipped-path' };
    if (shippedContent(content) !== undefined) return { classification: 'shipped', reason: 'shipped-content' };
    return FIRST_PARTY;
  };

  return { byPath, withContent };
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

/** The unscoped package name from package.json, taken as the package's directory name. */
function ownPackageDirectory(contents: PackageContents): string | undefined {
  const name = readPackageJson(contents)?.name;
  return typeof name === 'string' ? name.replace(/^@[^/]+\//, '') : undefined;
}
