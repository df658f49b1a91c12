import type { AuditEvent } from '../audit/run-audit.js';
import type { CliIo } from './io.js';

/**
 * The audit's progress line on stderr, only on a TTY: packages done of planned, cache hits,
 * packages that fail or could not be inspected, and the rate. Redrawn at most ten times a second.
 */
export function createAuditProgress(io: CliIo, now: () => number = Date.now): { onEvent(event: AuditEvent): void; done(): void } {
  if (!io.stderr.isTTY) return { onEvent: () => undefined, done: () => undefined };
  const state = { planned: 0, done: 0, cached: 0, failing: 0, gaps: 0, started: now(), drawn: 0 };
  const draw = (force: boolean): void => {
    const time = now();
    if (!force && time - state.drawn < 100) return;
    state.drawn = time;
    const rate = state.done / Math.max((time - state.started) / 1000, 0.001);
    const parts = [
      `${state.done}/${state.planned} packages`,
      `${state.cached} cached`,
      `${state.failing} failing`,
      `${state.gaps} not inspected`,
      `${rate.toFixed(1)}/s`,
    ];
    io.stderr.write(`\r\u001b[2Kleakproof audit: ${parts.join(' · ')}`);
  };
  return {
    onEvent(event) {
      if (event.type === 'start') state.planned = event.start.packages + event.start.skipped;
      else {
        state.done += 1;
        if (event.type === 'report' && event.cached) state.cached += 1;
        if (event.type === 'report' && !event.report.ok) state.failing += 1;
        if ((event.type === 'skip' && event.skip.gap) || (event.type === 'report' && !event.report.complete)) state.gaps += 1;
      }
      draw(event.type === 'start');
    },
    done: () => io.stderr.write('\r\u001b[2K'),
  };
}
