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
