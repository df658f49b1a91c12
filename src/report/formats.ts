/**
 * The formats a report can be written in: the one list the CLI's `--format` choices, the
 * renderers (one file per format in this folder) and the library's `ReportFormat` share.
 * Kept free of imports so the CLI can offer the choices without loading a renderer.
 */

/** Every format a report, or a set of reports, can be rendered in. */
export const REPORT_FORMATS = ['human', 'json', 'sarif', 'markdown', 'junit', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** `audit` also streams JSON Lines, a line per package as it finishes (audit/jsonl.ts, docs/formats.md). */
export const AUDIT_FORMATS = [...REPORT_FORMATS, 'jsonl'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];
