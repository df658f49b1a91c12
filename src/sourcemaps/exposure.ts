/**
 * Exposure: does the package already show a first-party source's code in readable form, so that
 * the map adds only types and comments? A source is readable when a file it compiles to (the
 * map's generated file, or the shipped file at the source's own path) is not minified and shows
 * at least {@link READABLE_OVERLAP} of the source's code (see code-overlap.ts), or when an
 * identical copy of it was found readable through another map (esm, cjs and umd builds embed the
 * same sources). Anything else is exposed only through the map: the leak `sourcemap/embedded-
 * sources` reports. The measurements behind the numbers are in docs/sourcemaps.md#exposure.
 */
import { decodeText } from '../tarball/contents.js';
import type { PackageContents } from '../types.js';
import { isMinified } from './code-shape.js';
import { codeTokenIds, declaredShown, indexCode, overlap, sourceCode, TokenVocabulary, type CodeIndex, type SourceCode } from './code-overlap.js';
import type { RecoveredSource } from './types.js';

/**
 * Share of a source's code a readable file must show. On the real-world list, 97.5% of sources
 * compared with the file their map generates reach it; 3.6% of sources compared with another
 * map's file of the same package do (nearly all near-copies such as sibling locale files).
 */
export const READABLE_OVERLAP = 0.5;

/**
 * Share of the names a source declares that a readable file must use: readable builds keep
 * them, minifiers rename them (see code-overlap.ts `SourceCode.declared`). On the real-world
 * list, 99% of sources compared with a readable generated file reach 0.9; against minified
 * files the share spreads from 0 to 1 (names survive as property and export names).
 */
export const READABLE_DECLARED = 0.8;

/** True when the indexed file shows the source's code in readable form. */
function shows(code: SourceCode, index: CodeIndex): boolean {
  return overlap(code.tokens, index) >= READABLE_OVERLAP && declaredShown(code.declared, index) >= READABLE_DECLARED;
}

/** Why a first-party source is readable elsewhere, or exposed only through its map. */
export type ExposureReason =
  | 'shown-in-generated'
  | 'shown-at-path'
  | 'same-as-readable'
  | 'no-code'
  | 'minified'
  | 'absent'
  | 'no-generated-file';

/** The verdict on one first-party source. */
export interface Exposure {
  readonly readable: boolean;
  readonly reason: ExposureReason;
  /** The shipped file that shows the code, for readable sources. */
  readonly shownIn?: string;
}

/** A map's first-party sources and the shipped files its code was generated into. */
export interface MapSources {
  readonly generatedFiles: readonly string[];
  readonly sources: readonly RecoveredSource[];
}

/** Files that hold code a source could have been compiled into or copied to. */
const CODE_FILE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/i;

/** Judge every first-party source of every map; returns a verdict per source. */
export function judgeExposure(contents: PackageContents, maps: readonly MapSources[]): Map<RecoveredSource, Exposure> {
  const judge = new ExposureJudge(contents);
  const verdicts = new Map<RecoveredSource, Exposure>();
  for (const map of maps) judge.judgeMap(map, verdicts);
  return shareReadableCopies(verdicts);
}

/**
 * One readable copy makes every identical copy readable: the code is out there anyway. Copies are
 * looked up by size first, so exposed sources are decoded only when a readable one has their size.
 */
function shareReadableCopies(verdicts: Map<RecoveredSource, Exposure>): Map<RecoveredSource, Exposure> {
  const readableBySize = new Map<number, RecoveredSource[]>();
  for (const [source, verdict] of verdicts) {
    if (!verdict.readable || verdict.reason === 'no-code') continue;
    const list = readableBySize.get(source.size);
    if (list) list.push(source);
    else readableBySize.set(source.size, [source]);
  }
  for (const [source, verdict] of verdicts) {
    if (verdict.readable) continue;
    const twin = readableBySize.get(source.size)?.find((candidate) => candidate.content === source.content);
    if (twin) verdicts.set(source, { readable: true, reason: 'same-as-readable', shownIn: verdicts.get(twin)!.shownIn ?? twin.map });
  }
  return verdicts;
}

interface ShippedCode {
  readonly minified: boolean;
  readonly text: string;
}

/** Caches shared by the maps of one package: token ids, file shapes. */
class ExposureJudge {
  private readonly vocabulary = new TokenVocabulary();
  private readonly sourceCodes = new Map<string, SourceCode>();
  private readonly files = new Map<string, ShippedCode | null>();

  constructor(private readonly contents: PackageContents) {}

  judgeMap(map: MapSources, verdicts: Map<RecoveredSource, Exposure>): void {
    const firstParty = map.sources.filter((source) => source.classification === 'first-party');
    if (firstParty.length === 0) return;
    const generated = map.generatedFiles.flatMap((path) => {
      const code = this.code(path);
      return code ? [{ path, code }] : [];
    });
    const readable = generated.filter((entry) => !entry.code.minified);
    const unreadable: Exposure = { readable: false, reason: generated.length === 0 ? 'no-generated-file' : readable.length === 0 ? 'minified' : 'absent' };
    // Sources are tokenised only when a readable file could show them: a minified bundle's map
    // (the 2026 incident) costs no tokenising at all.
    const comparable = readable.length > 0 ? firstParty : firstParty.filter((source) => this.readableAtPath(source) !== undefined);
    for (const source of firstParty) if (!comparable.includes(source)) verdicts.set(source, unreadable);
    if (comparable.length === 0) return;
    const codes = comparable.map((source) => this.codeOf(source.content));
    const relevant = new Set<number>();
    for (const code of codes) for (const id of code.tokens) relevant.add(id);
    const indexes = readable.map((entry) => ({ path: entry.path, index: indexCode(codeTokenIds(entry.code.text, this.vocabulary), relevant) }));
    comparable.forEach((source, i) => {
      const code = codes[i]!;
      if (code.tokens.length === 0) return verdicts.set(source, { readable: true, reason: 'no-code' });
      const shown = indexes.find((entry) => shows(code, entry.index));
      if (shown) return verdicts.set(source, { readable: true, reason: 'shown-in-generated', shownIn: shown.path });
      const atPath = this.readableAtPath(source);
      if (atPath && shows(code, indexCode(codeTokenIds(atPath.text, this.vocabulary), new Set(code.tokens)))) {
        return verdicts.set(source, { readable: true, reason: 'shown-at-path', shownIn: source.resolved });
      }
      verdicts.set(source, unreadable);
    });
  }

  /** The readable shipped code file at the source's own path (a path-equal file may differ). */
  private readableAtPath(source: RecoveredSource): ShippedCode | undefined {
    if (source.resolved === source.map) return undefined;
    const code = this.code(source.resolved);
    return code && !code.minified ? code : undefined;
  }

  private codeOf(content: string): SourceCode {
    let code = this.sourceCodes.get(content);
    if (!code) {
      code = sourceCode(content, this.vocabulary);
      this.sourceCodes.set(content, code);
    }
    return code;
  }

  /** A shipped code file's text (map comment removed) and shape; null when there is none. */
  private code(path: string): ShippedCode | null {
    let entry = this.files.get(path);
    if (entry === undefined) {
      const file = this.contents.byPath.get(path);
      if (file && CODE_FILE.test(path)) {
        const text = withoutMapComment(decodeText(file.data));
        entry = { minified: isMinified(text), text };
      } else entry = null;
      this.files.set(path, entry);
    }
    return entry;
  }
}

/** The text without a trailing `sourceMappingURL` comment (an inline map would skew its shape). */
export function withoutMapComment(text: string): string {
  const at = text.lastIndexOf('sourceMappingURL=');
  if (at < 0) return text;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const head = text.slice(lineStart, at);
  if (!/^\s*(?:\/\/|\/\*)[#@]\s*$/.test(head)) return text;
  const lineEnd = text.indexOf('\n', at);
  return lineEnd < 0 || text.slice(lineEnd).trim() === '' ? text.slice(0, lineStart) : text;
}
