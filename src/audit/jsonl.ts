/**
 * `audit --format jsonl`: one JSON object per line, written as each package finishes, so a
 * sweep can be watched, piped and joined by `leakproof merge` when it ran in shards.
 * - first line: `{"kind":"audit", ...}` what is audited (lockfile and its sha256, shard, totals);
 * - per package: `{"kind":"report", "cached": bool, ...report, "lockfilePaths": [...]}`, the
 *   report `check` prints for that package plus where the lockfile lists it;
 * - per entry not inspected: `{"kind":"skipped", input, reason, gap, lockfilePaths}`;
 * - last line: `{"kind":"end", packages, skipped}`: without it the output is cut short.
 */

import { TOOL } from '../version.js';
import type { AuditReport, AuditSkip } from './audit-set.js';
import type { AuditEvent, AuditStart } from './run-audit.js';

/** The first line of a JSONL audit. */
export type JsonlHeader = { kind: 'audit'; schemaVersion: 1; tool: { name: string; version: string } } & AuditStart;
/** One line of a JSONL audit. */
export type JsonlLine =
  | JsonlHeader
  | ({ kind: 'report'; cached: boolean } & AuditReport)
  | ({ kind: 'skipped' } & AuditSkip)
  | { kind: 'end'; packages: number; skipped: number };

/** Turns audit events into JSONL text, line by line, and writes the last line on `end()`. */
export function createJsonlWriter(write: (text: string) => void): { onEvent(event: AuditEvent): void; end(): void } {
  let packages = 0;
  let skipped = 0;
  const line = (value: JsonlLine): void => write(`${JSON.stringify(value)}\n`);
  return {
    onEvent(event) {
      if (event.type === 'start') line({ kind: 'audit', schemaVersion: 1, tool: TOOL, ...event.start });
      else if (event.type === 'report') {
        packages += 1;
        line({ kind: 'report', cached: event.cached, ...event.report });
      } else {
        skipped += 1;
        line({ kind: 'skipped', ...event.skip });
      }
    },
    end: () => line({ kind: 'end', packages, skipped }),
  };
}
