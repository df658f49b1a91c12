import type { CliIo } from './io.js';

/** A one-line progress note on stderr, only on a TTY (pipes and CI logs stay clean). */
export function createProgress(io: CliIo): { step(text: string): void; done(): void } {
  if (!io.stderr.isTTY) return { step: () => undefined, done: () => undefined };
  return {
    step: (text) => io.stderr.write(`\r\u001b[2K${text}`),
    done: () => io.stderr.write('\r\u001b[2K'),
  };
}
