import { loadNpmConfig } from '../target/npm-config.js';
import type { CliIo } from './io.js';

/** npm's retry settings as make-fetch-happen applies them (promise-retry, no randomization). */
interface RetrySettings {
  readonly retries: number;
  readonly factor: number;
  readonly minTimeout: number;
  readonly maxTimeout: number;
}

/** npm's defaults (`fetch-retries`, `fetch-retry-factor`, `fetch-retry-mintimeout`, `fetch-retry-maxtimeout`). */
const NPM_RETRY_DEFAULTS: RetrySettings = { retries: 2, factor: 10, minTimeout: 10_000, maxTimeout: 60_000 };

/** make-fetch-happen logs each failed attempt through proc-log: `GET <url> attempt 1 failed with ECONNREFUSED`. */
const FAILED_ATTEMPT = /^(\S+) (\S+) attempt (\d+) failed with (\S+)/;

/**
 * On a TTY, say at once when the registry cannot be reached and how long npm's retries will
 * wait, instead of sitting silent through them (with npm's defaults: 10 s, then 60 s). The
 * fetch code reports attempts on proc-log's `process.emit('log', 'http', ...)`, which only the
 * CLI listens to. Returns the function that stops listening.
 */
export function watchRetries(io: CliIo): () => void {
  if (!io.stderr.isTTY) return () => undefined;
  let settings = NPM_RETRY_DEFAULTS;
  // Loaded alongside the fetch, which reads the same files; the first failure is seconds away.
  loadNpmConfig({ cwd: io.cwd, env: io.env }).then(
    (config) => {
      settings = { ...NPM_RETRY_DEFAULTS, ...config.retry };
    },
    () => undefined, // the fetch reports a broken configuration itself
  );
  const listener = (level: unknown, ...args: unknown[]): void => {
    if (level !== 'http') return;
    const match = FAILED_ATTEMPT.exec(args.slice(1).map(String).join(' '));
    if (!match) return;
    const attempt = Number(match[3]);
    const host = hostOf(match[2]!);
    const total = settings.retries + 1;
    const wait = attempt <= settings.retries ? Math.min(settings.minTimeout * settings.factor ** (attempt - 1), settings.maxTimeout) : 0;
    const left = remainingWait(settings, attempt);
    const next =
      wait > 0
        ? `retrying in ${seconds(wait)} (up to ${seconds(left)} more, per npm's fetch-retries and fetch-retry-* settings)`
        : 'giving up';
    io.stderr.write(`\r\u001b[2Kleakproof: cannot reach ${host} (${match[4]}): attempt ${attempt} of ${total} failed; ${next}\n`);
  };
  process.on('log', listener);
  return () => {
    process.off('log', listener);
  };
}

/** Milliseconds of waiting still ahead after attempt `attempt` failed. */
function remainingWait(settings: RetrySettings, attempt: number): number {
  let total = 0;
  for (let k = attempt; k <= settings.retries; k++)
    total += Math.min(settings.minTimeout * settings.factor ** (k - 1), settings.maxTimeout);
  return total;
}

function seconds(ms: number): string {
  return ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${Number((ms / 1000).toFixed(1))} s`;
}

/** Only the host: the URL's path and query can carry a package name or token nobody needs here. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the registry';
  }
}
