import { randomUUID } from 'node:crypto';

/** The only channel between the CLI and the outside world; tests pass their own. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; isTTY?: boolean };
  readonly env: Record<string, string | undefined>;
  readonly cwd: string;
}

/**
 * Colour per https://no-color.org and FORCE_COLOR: FORCE_COLOR=0 or NO_COLOR (non-empty) turns
 * it off, FORCE_COLOR=1..3 on, otherwise only on a TTY.
 */
export function useColor(io: CliIo): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR) return false;
  return io.stdout.isTTY === true && io.env.TERM !== 'dumb';
}

/**
 * Write text that carries package-controlled strings (paths, names, messages) for people. On
 * GitHub Actions the runner treats any line starting with `::` as a workflow command, and a
 * package can name a file `::stop-commands::x` or `::error ...`; escaping cannot stop that, so the
 * text goes between `::stop-commands::<token>` and `::<token>::`, as GitHub documents for
 * untrusted output. Our own annotations are written after it.
 */
export function writeForPeople(io: CliIo, text: string): void {
  if (io.env.GITHUB_ACTIONS !== 'true') {
    io.stdout.write(text);
    return;
  }
  const token = randomUUID();
  io.stdout.write(`::stop-commands::${token}\n${text}::${token}::\n`);
}
