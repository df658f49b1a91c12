import { appendFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { LeakproofError } from '../errors.js';
import type { ReportFormat } from '../report/formats.js';
import type { HtmlOptions } from '../report/html/index.js';
import { renderGithubAnnotations, renderText } from '../report/render-text.js';
import { isReportSet, renderGithubAnnotationsForSet, renderTextSet } from '../report/report-set.js';
import type { Report, ReportSet } from '../types.js';
import { type CliIo, useColor, writeForPeople } from './io.js';

/** The flags that say where a report goes. */
export interface OutputFlags {
  readonly format?: ReportFormat | undefined;
  readonly output?: string | undefined;
  readonly summary?: string | undefined;
}

/**
 * Print a report or a set in `--format`, write `--output` and `--summary`, and on GitHub Actions
 * add annotations. `prefixes` holds, per report, its folder in the repository (for SARIF and
 * annotations).
 */
export async function emitReport(
  subject: Report | ReportSet,
  argv: OutputFlags,
  io: CliIo,
  prefixes: readonly string[],
  extras: { readonly html?: HtmlOptions; readonly suggestInit?: string } = {},
): Promise<void> {
  const { html, suggestInit } = extras;
  const format = argv.format ?? 'human';
  const color = useColor(io);
  // The page's renderer (20 modules) loads only for a page; only `format` can ask for one.
  const page = format === 'html' ? await import('../report/index.js') : undefined;
  const render = (as: ReportFormat, options: { color: boolean; withPrefix?: boolean }): string => {
    const withPrefix = options.withPrefix === true;
    if (isReportSet(subject)) {
      const setOptions = { color: options.color, ...(withPrefix ? { pathPrefixes: prefixes } : {}) };
      return as === 'html' ? page!.renderReportSet(subject, as, setOptions) : renderTextSet(subject, as, setOptions);
    }
    const reportOptions = {
      color: options.color,
      ...(withPrefix && prefixes[0] ? { pathPrefix: prefixes[0] } : {}),
      ...(html ? { html } : {}),
      ...(suggestInit ? { suggestInit } : {}),
    };
    return as === 'html' ? page!.renderReport(subject, as, reportOptions) : renderText(subject, as, reportOptions);
  };
  if (argv.output !== undefined) {
    await writeOrFail(resolve(io.cwd, argv.output), render(format, { color: false, withPrefix: true }), '--output', false);
    writeForPeople(io, render('human', { color }));
  } else if (format === 'human') {
    writeForPeople(io, render(format, { color }));
  } else {
    io.stdout.write(render(format, { color, withPrefix: true }));
  }
  if (argv.summary !== undefined) await writeOrFail(resolve(io.cwd, argv.summary), render('markdown', { color: false }), '--summary', true);
  // On GitHub Actions, findings also become annotations on the files (workflow commands). They go
  // with the human output; when stdout carries a machine format they go to stderr instead.
  if (io.env.GITHUB_ACTIONS === 'true') {
    const humanOnStdout = format === 'human' || argv.output !== undefined;
    const annotations = isReportSet(subject)
      ? renderGithubAnnotationsForSet(subject, { pathPrefixes: prefixes })
      : renderGithubAnnotations(subject, prefixes[0] ? { pathPrefix: prefixes[0] } : {});
    (humanOnStdout ? io.stdout : io.stderr).write(annotations);
  }
}

async function writeOrFail(path: string, text: string, option: string, append: boolean): Promise<void> {
  await (append ? appendFile(path, text) : writeFile(path, text)).catch((error: Error) => {
    throw new LeakproofError('usage', `cannot write ${option} ${path}: ${error.message}`);
  });
}
