/**
 * The inspection a worker thread runs for one tarball: read the bytes into memory and run
 * `check`, the same function `leakproof check <spec>` ends in, on a target built exactly as
 * `check` builds a registry target. The report is therefore the one `check name@version` prints.
 * Nothing here touches the network or the disk; the main thread fetched and verified the bytes.
 */
import { check } from '../check.js';
import { parseManifest } from '../policy/parse-manifest.js';
import { DEFAULT_POLICY, type LoadedPolicy } from '../policy/policy.js';
import { DEFAULT_LIMITS, readTarballBytes } from '../tarball/read-tarball.js';
import type { Report, Severity, TarballLimits } from '../types.js';

/** What the main thread sends: the tarball (its buffer transferred, not copied) and the options. */
export interface InspectTask {
  readonly spec: string;
  readonly name: string;
  readonly version: string;
  readonly bytes: Uint8Array;
  readonly failOn: Severity;
  readonly secrets: boolean;
  readonly limits: TarballLimits;
  /** A manifest applied to every package (`audit --manifest`), as path and text; null for none. */
  readonly manifest: { readonly path: string; readonly text: string } | null;
  /** The scope's packages it depends on through one another, as `check` finds them. */
  readonly dependencies: readonly string[];
}

let parsed: { key: string; policy: LoadedPolicy } | undefined;

/** Inspect one tarball; the worker's only task. */
export default async function inspectTarball(task: InspectTask): Promise<Report> {
  const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
  const { contents, integrity } = await readTarballBytes(bytes, task.limits ?? DEFAULT_LIMITS);
  const info = { input: task.spec, kind: 'registry' as const, name: task.name, version: task.version, integrity };
  const target = { info, contents, directory: null, dependencies: task.dependencies };
  const acquired = { target, manifest: loadPolicy(task.manifest), baseline: undefined, unappliedManifest: null };
  return (await check(acquired, { secrets: task.secrets, failOn: task.failOn })).report;
}

/** The manifest is the same for every task of a run: parse it once per worker. */
function loadPolicy(manifest: InspectTask['manifest']): LoadedPolicy {
  if (manifest === null) return { path: null, raw: null, policy: DEFAULT_POLICY };
  const key = `${manifest.path}\u0000${manifest.text}`;
  if (parsed?.key !== key) {
    parsed = { key, policy: { path: manifest.path, ...parseManifest(manifest.text, manifest.path) } };
  }
  return parsed.policy;
}
