import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { LeakproofError } from '../errors.js';
import { parseJsonText } from '../json-text.js';
import { listWorkspaceMembers, selectWorkspaces } from '../target/workspaces.js';
import type { SkippedTarget } from '../types.js';
import type { CliIo } from './io.js';

/** The flags that choose what `check` and `init` inspect. */
export interface TargetFlags {
  readonly targets?: readonly string[] | undefined;
  readonly workspaces?: boolean | undefined;
  readonly workspace?: readonly string[] | undefined;
}

/** What `check` inspects when it makes a set: targets in order, and what was left out. */
export interface TargetSelection {
  readonly targets: string[];
  readonly skipped: SkippedTarget[];
}

/**
 * The targets of a multi-package run: `--workspaces` / `-w` expand the monorepo in the (single)
 * target folder, private packages listed as skipped; several targets are taken as given.
 * Undefined for a plain single-target run, which keeps the single-report output.
 */
export async function selectTargets(argv: TargetFlags, io: CliIo): Promise<TargetSelection | undefined> {
  const inputs = argv.targets ?? [];
  const selectors = argv.workspace ?? [];
  if (!argv.workspaces && selectors.length === 0) return inputs.length > 1 ? { targets: [...inputs], skipped: [] } : undefined;
  if (inputs.length > 1)
    throw new LeakproofError('usage', '--workspaces takes one folder, the monorepo root; give several targets without it');
  const root = resolve(io.cwd, inputs[0] ?? '.');
  const members = await listWorkspaceMembers(root);
  const chosen = selectors.length > 0 ? selectWorkspaces(members, selectors, io.cwd) : members;
  const asInput = (dir: string) => relative(io.cwd, dir).split('\\').join('/') || '.';
  const targets: string[] = [];
  const skipped: SkippedTarget[] = [];
  for (const member of chosen) {
    if (member.private)
      skipped.push({ input: asInput(member.dir), reason: `${member.name ?? member.path} is private: true (never published)`, gap: false });
    else targets.push(asInput(member.dir));
  }
  return { targets, skipped };
}

/**
 * npm runs `prepublishOnly` before `prepack` and `prepare`: a check there sees the folder before
 * the build those scripts do, approves stale output, and npm then packs the built files
 * unchecked. Say so, and point at the flow that checks what is published.
 */
export async function warnPrepublishOnly(argv: { readonly pack?: boolean | undefined }, io: CliIo): Promise<void> {
  if (io.env.npm_lifecycle_event !== 'prepublishOnly' || argv.pack === true || io.env.LEAKPROOF_PUBLISHING === '1') return;
  const scripts = await readFile(join(io.cwd, 'package.json'), 'utf8')
    .then((text) => (parseJsonText(text) as { scripts?: Record<string, unknown> }).scripts ?? {})
    .catch(() => ({}) as Record<string, unknown>);
  const builds = ['prepack', 'prepare'].filter((name) => typeof scripts[name] === 'string');
  if (builds.length === 0) return;
  io.stderr.write(
    `leakproof: warning: this check runs as prepublishOnly, before ${builds.join(' and ')}: it sees the files before that build, not what will be published.\n` +
      'leakproof: use `leakproof publish` instead (pack once, check that tarball, publish exactly it).\n',
  );
}
