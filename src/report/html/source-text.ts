/**
 * `--html-sources`: the text of the package's own recovered sources, embedded so a reviewer can
 * read what a map gives away. Off by default (the page stays small and holds no code). Every
 * credential the scanner recognises is masked first, exactly as findings show it (the same
 * `preview`), whether or not the run scanned for credentials: the page never holds one whole.
 */

import { formatSize } from '../../format-size.js';
import { findSecretSpans } from '../../secrets/scan-text.js';
import type { RecoveredSourceSummary, SourceMapSummary } from '../../types.js';
import { escapeBlock, escapeHtml } from './escape.js';
import { count } from './words.js';

/**
 * The content of the `index`-th entry of `map.recovered`, when the caller has it (the CLI keeps
 * the inspection's recovered sources); undefined when it does not.
 */
export type SourceTextLookup = (map: SourceMapSummary, index: number) => string | undefined;

/** Characters of one source shown at most; `leakproof extract` writes sources whole. */
export const MAX_SOURCE_CHARS = 200_000;

/** Which recovered sources `--html-sources` shows: the package's own code. */
export function isEmbedded(source: RecoveredSourceSummary): boolean {
  return source.class === 'first-party' || source.class === 'readable';
}

/** The id of a source's text block. */
export function sourceTextId(mapId: string, index: number): string {
  return `${mapId}-src-${index}`;
}

/** The embedded texts of one map's own-code sources, each in a closed `<details>`. */
export function renderSourceText(
  map: SourceMapSummary,
  recovered: readonly RecoveredSourceSummary[],
  mapId: string,
  lookup: SourceTextLookup,
): string {
  const blocks: string[] = [];
  recovered.forEach((source, index) => {
    if (!isEmbedded(source)) return;
    const text = lookup(map, index);
    if (text === undefined) return;
    const shown = text.length > MAX_SOURCE_CHARS ? text.slice(0, MAX_SOURCE_CHARS) : text;
    const cut =
      text.length > shown.length
        ? `<p class="cut">… ${count(text.length - shown.length, 'more character')} not shown; <code>leakproof extract</code> writes the whole file.</p>`
        : '';
    const summary = `<summary><code>${escapeHtml(source.source)}</code> <span class="detail">${formatSize(source.size)}</span></summary>`;
    blocks.push(
      `<details class="source-text" id="${sourceTextId(mapId, index)}">${summary}<pre>${maskedBlock(shown)}</pre>${cut}</details>`,
    );
  });
  if (blocks.length === 0) return '';
  return `<div class="sources"><h3>Recovered text (credentials masked)</h3>${blocks.join('')}</div>`;
}

/**
 * `text` escaped for a `<pre>`, each credential replaced by a marked placeholder with the masked
 * preview and length the findings print.
 */
export function maskedBlock(text: string): string {
  let out = '';
  let last = 0;
  for (const span of findSecretSpans(text)) {
    // Spans that overlap one already masked only extend it.
    if (span.start < last) {
      last = Math.max(last, span.end);
      continue;
    }
    out += escapeBlock(text.slice(last, span.start));
    out += `<mark class="masked" title="credential masked">${escapeHtml(`${span.preview} [${span.kind}, ${span.length} chars, masked]`)}</mark>`;
    last = span.end;
  }
  return out + escapeBlock(text.slice(last));
}
