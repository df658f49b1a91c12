import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** The shell block that follows `<!-- recipe: name -->` in docs/recipes.md. */
export function recipe(name: string): string {
  const doc = readFileSync(new URL('../../docs/recipes.md', import.meta.url), 'utf8');
  const match = new RegExp(`<!-- recipe: ${name} -->\\n\`\`\`sh\\n([\\s\\S]*?)\`\`\``).exec(doc);
  if (!match?.[1]) throw new Error(`no recipe ${name} in docs/recipes.md`);
  return match[1];
}

/** The `run: |` script of the action's `check` step, as GitHub would run it. */
export function actionScript(): string {
  const lines = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8').split('\n');
  const start = lines.findIndex((line) => line.trim() === 'run: |');
  const indent = /^ */.exec(lines[start + 1] ?? '')![0].length;
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() !== '' && /^ */.exec(line)![0].length < indent) break;
    body.push(line.slice(indent));
  }
  return body.join('\n');
}

/**
 * Shell functions that stand in for the network: `npx leakproof …` runs the local build and
 * `npm install --save-dev leakproof` links it, as npm would, into node_modules/.bin.
 */
export function shims(bin: string): string {
  return [
    `npx() { local args=(); for a in "$@"; do case "$a" in --yes|leakproof|leakproof@*) ;; *) args+=("$a");; esac; done; node '${bin}' "\${args[@]}"; }`,
    `npm() { if [ "$*" = "install --save-dev leakproof" ]; then mkdir -p node_modules/.bin && printf '#!/bin/sh\\nexec node "%s" "$@"\\n' '${bin}' > node_modules/.bin/leakproof && chmod +x node_modules/.bin/leakproof; else command npm "$@"; fi; }`,
  ].join('\n');
}

/** Run a script with bash in `cwd`; resolves with the exit code and output, never rejects. */
export async function runBash(
  script: string,
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync('bash', ['-c', script], {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failure.code === 'number' ? failure.code : 1, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
}

/** The action's inputs with their defaults, read from action.yml. */
export function actionInputDefaults(): Record<string, string> {
  const text = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8');
  const inputs = text.slice(text.indexOf('\ninputs:'), text.indexOf('\noutputs:'));
  const defaults: Record<string, string> = {};
  for (const match of inputs.matchAll(/^ {2}([\w-]+):\n(?: {4}.*\n)*? {4}default: "(.*)"$/gm)) defaults[match[1]!] = match[2]!;
  return defaults;
}

/** The env block of the action's check step: LEAKPROOF_X -> the input it takes. */
export function actionStepEnv(): Record<string, string> {
  const text = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8');
  const env: Record<string, string> = {};
  for (const match of text.matchAll(/^ {8}(LEAKPROOF_\w+): \$\{\{ inputs\.([\w-]+) \}\}$/gm)) env[match[1]!] = match[2]!;
  return env;
}
