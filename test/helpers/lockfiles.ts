/**
 * Lockfiles of every format leakproof audit reads, written the way each package manager writes
 * them (shapes copied from files npm 11, pnpm 12, yarn 1, yarn 4 and bun 1.2 produce), listing
 * packages published on a test registry plus a git, a folder and a workspace dependency.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A registry package as a lockfile pins it. */
export interface LockEntry {
  name: string;
  version: string;
  /** `sha512-...` (may be deliberately wrong). */
  integrity: string;
  /** sha1 hex, for yarn classic's `#fragment`. */
  shasum: string;
  /** Tarball URL on the test registry. */
  tarball: string;
}

/** The formats, by the file name each is written to. */
export const LOCKFILE_FORMATS = [
  'package-lock-v3',
  'package-lock-v2',
  'package-lock-v1',
  'npm-shrinkwrap',
  'pnpm',
  'yarn-classic',
  'yarn-berry',
  'bun',
] as const;
export type LockfileFixture = (typeof LOCKFILE_FORMATS)[number];

const GIT_URL = 'git+https://github.com/example/git-dep.git#0123456789abcdef0123456789abcdef01234567';

/** Write one format into `dir` (created); returns the lockfile's path. */
export async function writeLockfile(dir: string, format: LockfileFixture, entries: readonly LockEntry[]): Promise<string> {
  await mkdir(dir, { recursive: true });
  const [file, text] = render(format, entries);
  await writeFile(join(dir, file), text);
  return join(dir, file);
}

function render(format: LockfileFixture, entries: readonly LockEntry[]): [string, string] {
  switch (format) {
    case 'package-lock-v3':
      return ['package-lock.json', npmV2(entries, 3)];
    case 'package-lock-v2':
      return ['package-lock.json', npmV2(entries, 2)];
    case 'npm-shrinkwrap':
      return ['npm-shrinkwrap.json', npmV2(entries, 3)];
    case 'package-lock-v1':
      return ['package-lock.json', npmV1(entries)];
    case 'pnpm':
      return ['pnpm-lock.yaml', pnpm(entries)];
    case 'yarn-classic':
      return ['yarn.lock', yarnClassic(entries)];
    case 'yarn-berry':
      return ['yarn.lock', yarnBerry(entries)];
    case 'bun':
      return ['bun.lock', bun(entries)];
  }
}

/** v2/v3 without `resolved`, as npm writes with omit-lockfile-registry-resolved. */
function npmV2(entries: readonly LockEntry[], version: 2 | 3): string {
  const packages: Record<string, unknown> = {
    '': {
      name: 'app',
      version: '1.0.0',
      workspaces: ['packages/*'],
      dependencies: Object.fromEntries(entries.map((e) => [e.name, e.version])),
    },
    'node_modules/git-dep': { version: '1.0.0', resolved: GIT_URL },
    'node_modules/local-lib': { resolved: 'vendor/local-lib', link: true },
    'node_modules/ws-pkg': { resolved: 'packages/ws-pkg', link: true },
    'packages/ws-pkg': { version: '0.0.1' },
  };
  for (const entry of entries) packages[`node_modules/${entry.name}`] = { version: entry.version, integrity: entry.integrity };
  // The first entry again, nested: one unit, two lockfile paths.
  const first = entries[0]!;
  packages[`node_modules/${entries[1]!.name}/node_modules/${first.name}`] = { version: first.version, integrity: first.integrity };
  const lock: Record<string, unknown> = { name: 'app', version: '1.0.0', lockfileVersion: version, requires: true, packages };
  if (version === 2) lock.dependencies = {}; // v2 also carries the v1 tree; readers use `packages`
  return `${JSON.stringify(lock, null, 2)}\n`;
}

function npmV1(entries: readonly LockEntry[]): string {
  const dependencies: Record<string, unknown> = {
    'git-dep': { version: GIT_URL, from: 'git-dep@github:example/git-dep' },
    'local-lib': { version: 'file:vendor/local-lib' },
  };
  for (const entry of entries) dependencies[entry.name] = { version: entry.version, resolved: entry.tarball, integrity: entry.integrity };
  return `${JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 1, requires: true, dependencies }, null, 2)}\n`;
}

function pnpm(entries: readonly LockEntry[]): string {
  // pnpm quotes keys that YAML would not read plainly (a leading `@`).
  const key = (text: string) => (text.startsWith('@') ? `'${text}'` : text);
  const deps = entries.map((e) => `      ${key(e.name)}:\n        specifier: ${e.version}\n        version: ${e.version}`).join('\n');
  const packages = entries.map((e) => `  ${key(`${e.name}@${e.version}`)}:\n    resolution: {integrity: ${e.integrity}}`).join('\n\n');
  const snapshots = entries.map((e) => `  ${key(`${e.name}@${e.version}`)}: {}`).join('\n\n');
  return `lockfileVersion: '9.0'

settings:
  autoInstallPeers: true
  excludeLinksFromLockfile: false

importers:

  .:
    dependencies:
${deps}
      git-dep:
        specifier: github:example/git-dep
        version: git-dep@https://codeload.github.com/example/git-dep/tar.gz/0123456789abcdef0123456789abcdef01234567
      ws-pkg:
        specifier: workspace:*
        version: link:packages/ws-pkg

  packages/ws-pkg: {}

packages:

${packages}

  git-dep@https://codeload.github.com/example/git-dep/tar.gz/0123456789abcdef0123456789abcdef01234567:
    resolution: {tarball: https://codeload.github.com/example/git-dep/tar.gz/0123456789abcdef0123456789abcdef01234567}
    version: 1.0.0

snapshots:

${snapshots}

  git-dep@https://codeload.github.com/example/git-dep/tar.gz/0123456789abcdef0123456789abcdef01234567: {}
`;
}

function yarnClassic(entries: readonly LockEntry[]): string {
  const blocks = entries.map(
    (e) => `"${e.name}@^${e.version}", "${e.name}@${e.version}":
  version "${e.version}"
  resolved "${e.tarball}#${e.shasum}"
  integrity ${e.integrity}`,
  );
  blocks.push(`"git-dep@github:example/git-dep":
  version "1.0.0"
  resolved "https://codeload.github.com/example/git-dep/tar.gz/0123456789abcdef0123456789abcdef01234567"`);
  blocks.push(`"local-lib@file:./vendor/local-lib":
  version "1.0.0"`);
  return `# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n\n${blocks.join('\n\n')}\n`;
}

function yarnBerry(entries: readonly LockEntry[]): string {
  const blocks = entries.map(
    (e) => `"${e.name}@npm:^${e.version}":
  version: ${e.version}
  resolution: "${e.name}@npm:${e.version}"
  checksum: 10c0/${'ab'.repeat(64)}
  languageName: node
  linkType: hard`,
  );
  blocks.push(`"app@workspace:.":
  version: 0.0.0-use.local
  resolution: "app@workspace:."
  languageName: unknown
  linkType: soft`);
  blocks.push(`"git-dep@https://github.com/example/git-dep.git":
  version: 1.0.0
  resolution: "git-dep@https://github.com/example/git-dep.git#commit=0123456789abcdef0123456789abcdef01234567"
  languageName: node
  linkType: hard`);
  return `# This file is generated by running "yarn install" inside your project.\n# Manual changes might be lost - proceed with caution!\n\n__metadata:\n  version: 8\n  cacheKey: 10c0\n\n${blocks.join('\n\n')}\n`;
}

function bun(entries: readonly LockEntry[]): string {
  const packages = entries.map((e) => `    "${e.name}": ["${e.name}@${e.version}", "", {}, "${e.integrity}"],`);
  packages.push('    "git-dep": ["git-dep@github:example/git-dep#0123456", {}, "example-git-dep-0123456"],');
  packages.push('    "local-lib": ["local-lib@file:vendor/local-lib", {}],');
  packages.push('    "ws-pkg": ["ws-pkg@workspace:packages/ws-pkg"],');
  return `{
  "lockfileVersion": 1,
  "workspaces": {
    "": {
      "name": "app",
      "dependencies": {
${entries.map((e) => `        "${e.name}": "${e.version}",`).join('\n')}
      },
    },
  },
  "packages": {
${packages.join('\n\n')}
  }
}
`;
}
