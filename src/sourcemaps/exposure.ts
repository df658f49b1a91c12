/**
 * Exposure: does the package already show a first-party source's code in readable form, so that
 * the map adds only types and comments? A source is readable when a file it was generated into
 * (the map's generated file, or the shipped file at the source's own path) is not minified and
 * shows enough of the source's code in order (code-overlap.ts), or when an identical copy of it
 * was found readable through another map (esm, cjs and umd builds embed the same sources).
 * Anything else is exposed only through the map: the leak `sourcemap/embedded-sources` reports.
 * The measurements behind the numbers are in docs/sourcemaps.md#exposure and
 * `bench/exposure-measure.js`.
 */
import type { PackageContents } from '../types.js';
import { type CodeIndex, declaredShown, overlap, type SourceCode, sourceCode, TokenVocabulary } from './code-overlap.js';
import { ReadableCopies, shareReadableCopies } from './readable-copies.js';
import { type ShippedFile, ShippedFiles } from './shipped-files.js';
import {
  CODE_FILE,
  codeText,
  DECLARATION_FILE,
  declarationSiblings,
  MAX_MIRRORS,
  STYLESHEET,
  stemKey,
  TEMPLATE,
  tailKey,
} from './source-kinds.js';
import type { RecoveredSource } from './types.js';

/**
 * Share of a source's code a readable file must show. Bundlers drop the unused exports of a
 * module (tree shaking), so a source of a readable bundle may show only part of its code; a source
 * foreign to the file shows next to none (figures in docs/sourcemaps.md#exposure).
 */
export const READABLE_OVERLAP = 0.3;

/**
 * In a file too small for its names to tell whether it is minified, at least this share of the
 * names a source declares must appear in it (as names or keys): a readable build keeps them (or
 * inlines one used once), a minifier renames them.
 */
export const SMALL_FILE_DECLARED = 0.5;

/**
 * Too little code to leak, once types, imports and exports are set aside: fewer than
 * {@link MIN_CODE_TOKENS} value tokens and no function, method or class (a re-export stub, a
 * type-only file, a constant such as `export const version = "1.2.3"`), or fewer than
 * {@link MIN_LOGIC_TOKENS} whatever it holds: a line or two, such as a one-line wrapper.
 */
export const MIN_CODE_TOKENS = 16;
export const MIN_LOGIC_TOKENS = 12;

/** Why a first-party source is readable elsewhere, or exposed only through its map. */
export type ExposureReason =
  | 'shown-in-generated'
  | 'shown-at-path'
  | 'shown-in-mirror'
  | 'same-as-readable'
  | 'no-code'
  | 'stylesheet'
  | 'markup'
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

/** Share of a data module's string characters a readable file must hold (see `showsData`). */
const DATA_SHOWN = 0.9;
/**
 * Behind a minified bundle, sources up to this size are tokenised to spot stubs (re-export files,
 * constants, type files), up to {@link STUB_CHECK_BYTES} of them per package: a package with
 * thousands of small sources (the incident-sized benchmark: 63 ms for all of them) costs a few
 * milliseconds, and the sources past the allowance count as exposed, which never hides a leak.
 */
const SMALL_SOURCE_BYTES = 4096;
const STUB_CHECK_BYTES = 256 * 1024;
/**
 * Per package, how many token steps the one-by-one comparisons may take (see `judgeMap`): they
 * run only for sources the shared comparison missed, and a bound keeps a hostile package linear.
 */
const RETRY_BUDGET = 20_000_000;

const NO_CODE: Exposure = { readable: true, reason: 'no-code' };

/**
 * Script logic in what claims to be a stylesheet or a template: functions, arrows, returns,
 * classes, declarations, module syntax, a non-empty `<script>` element. Sass's
 * `@function`/`@return` are not it.
 */
function holdsScript(text: string): boolean {
  // Forms no comment is written in count wherever they stand (a string can fake a comment).
  if (/<script\b[^>]*>\s*[^<\s]|(?<![@\w$-])function\s*[\w$]*\s*\([^()]*\)\s*\{|=>\s*\{|\bmodule\.exports\s*=/i.test(text)) return true;
  // Comments say "function" too: only what is not a comment counts. A `//` comment is taken only
  // at the start of a line: in the middle of one it may be a URL (`url(//cdn/a.png)`).
  const code = text.replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->|^[ \t]*\/\/[^\n]*/gm, ' ');
  return /(?<![@\w-])function\b|=>|(?<![@\w-])return\b|\bclass\s+[\w$]+\s*(?:extends\b|\{)|\bimport\b[^;\n]*\bfrom\b|\bexport\s+(?:default|const|let|var|function|class)\b|\brequire\(|^[ \t]*(?:const|let|var)\s+[\w$]+\s*=|\bmodule\.exports\b|\bexports\.[\w$]+\s*=/m.test(
    code,
  );
}

function isTrivial(code: SourceCode): boolean {
  return code.tokens.length < MIN_LOGIC_TOKENS || (code.tokens.length < MIN_CODE_TOKENS && !code.hasLogic);
}

/** Judge every first-party source of every map; returns a verdict per source. */
export function judgeExposure(contents: PackageContents, maps: readonly MapSources[]): Map<RecoveredSource, Exposure> {
  const judge = new ExposureJudge(contents);
  const verdicts = new Map<RecoveredSource, Exposure>();
  for (const map of byGeneratedFiles(maps)) judge.judgeMap(map, verdicts);
  return shareReadableCopies(verdicts);
}

/**
 * Maps generated into the same files are judged together (a bundle with a thousand inline maps,
 * esm/cjs maps naming one file): each file is indexed once for all their sources, not once per
 * map, which would be quadratic.
 */
function byGeneratedFiles(maps: readonly MapSources[]): MapSources[] {
  const groups = new Map<string, { generatedFiles: readonly string[]; sources: RecoveredSource[] }>();
  for (const map of maps) {
    const key = [...map.generatedFiles].sort().join('\0');
    const group = groups.get(key);
    if (group) group.sources.push(...map.sources);
    else groups.set(key, { generatedFiles: map.generatedFiles, sources: [...map.sources] });
  }
  return [...groups.values()];
}

/** Caches shared by the maps of one package: token ids, file shapes and tokens. */
class ExposureJudge {
  private readonly vocabulary = new TokenVocabulary();
  private readonly sourceCodes = new Map<string, SourceCode>();
  private readonly files: ShippedFiles;
  private readonly readable = new ReadableCopies();
  private mirrors: Map<string, string[]> | undefined;
  private retryBudget = RETRY_BUDGET;
  private stubBytes = STUB_CHECK_BYTES;

  constructor(private readonly contents: PackageContents) {
    this.files = new ShippedFiles(contents, this.vocabulary);
  }

  judgeMap(map: MapSources, verdicts: Map<RecoveredSource, Exposure>): void {
    // A source already found readable through another map needs no second look, and a map whose
    // sources all were (the cjs twin of an esm build) needs its generated file not even read.
    const firstParty = map.sources.filter((source) => source.classification === 'first-party' && !this.knownReadable(source, verdicts));
    if (firstParty.length === 0) return;
    const generated = map.generatedFiles.map((path) => this.files.file(path)).filter((file): file is ShippedFile => file !== null);
    // The declaration files beside the generated ones show the types the erasure could not set aside.
    const declarations = generated
      .flatMap((file) => declarationSiblings(file.path))
      .map((path) => this.files.file(path))
      .filter((file): file is ShippedFile => file !== null);
    const readableCode = generated.filter((file) => !file.minified);
    const readable = [...readableCode, ...declarations];
    const unreadable: Exposure = {
      readable: false,
      reason: generated.length === 0 ? 'no-generated-file' : readableCode.length === 0 ? 'minified' : 'absent',
    };
    // Sources are tokenised only when a readable file could show them: a minified bundle's map
    // (the 2026 incident) costs no tokenising beyond its small sources.
    const comparable: RecoveredSource[] = [];
    for (const source of firstParty) {
      // A name is the map's word, not proof: a "stylesheet" or "template" that holds script logic is
      // compared like code, and a ".d.ts" goes through the erasure like any source.
      const markup = STYLESHEET.test(source.resolved) ? 'stylesheet' : TEMPLATE.test(source.resolved) ? 'markup' : undefined;
      if (markup && !holdsScript(source.content)) verdicts.set(source, { readable: true, reason: markup });
      else if (readable.length > 0 || this.readableAtPath(source) !== null || this.mirrorsOf(source).length > 0) comparable.push(source);
      else if (this.mayCheckStub(source) && isTrivial(this.codeOf(codeText(source)))) verdicts.set(source, NO_CODE);
      else verdicts.set(source, unreadable);
    }
    if (comparable.length === 0) return;
    const codes = comparable.map((source) => this.codeOf(codeText(source)));
    // Stubs need no index: judge them first, and index only for sources with code.
    comparable.forEach((source, i) => {
      if (isTrivial(codes[i]!)) verdicts.set(source, NO_CODE);
    });
    if (codes.every(isTrivial)) return;
    const relevant = new Set<number>();
    for (const code of codes) if (!isTrivial(code)) for (const id of code.tokens) relevant.add(id);
    // One index per readable file, over the tokens of all the map's sources: tokens no source uses
    // (a build's helpers) drop out.
    const indexed = readable.map((file) => ({ file, index: this.files.index(file, relevant) }));
    comparable.forEach((source, i) => {
      if (isTrivial(codes[i]!)) return;
      const verdict = this.judgeSource(source, codes[i]!, indexed);
      verdicts.set(source, verdict ?? unreadable);
      if (verdict) this.remember(source, verdict);
    });
  }

  /** Sets the verdict of a source identical to one already found readable; false when none is. */
  private knownReadable(source: RecoveredSource, verdicts: Map<RecoveredSource, Exposure>): boolean {
    const found = this.readable.find(source);
    if (found) verdicts.set(source, found);
    return found !== undefined;
  }

  private remember(source: RecoveredSource, verdict: Exposure): void {
    this.readable.add(source, verdict);
  }

  private judgeSource(
    source: RecoveredSource,
    code: SourceCode,
    indexed: readonly { file: ShippedFile; index: CodeIndex }[],
  ): Exposure | undefined {
    if (isTrivial(code)) return NO_CODE;
    for (const { file, index } of indexed) {
      // The shared index keeps every token of the map's sources, so another source's token between
      // two of this one's can break a run; compared alone (within a budget) it cannot. A source
      // that shares next to nothing with the file is not worth the second look.
      const shared = overlap(code.tokens, index, code.literals);
      if (
        shows(code, index, file.judged, shared) ||
        (shared >= READABLE_OVERLAP / 3 && this.showsAlone(code, file)) ||
        this.showsData(code, file)
      ) {
        return { readable: true, reason: 'shown-in-generated', shownIn: file.path };
      }
    }
    const atPath = this.readableAtPath(source);
    if (atPath && this.showsAlone(code, atPath)) return { readable: true, reason: 'shown-at-path', shownIn: atPath.path };
    for (const mirror of this.mirrorsOf(source))
      if (this.showsAlone(code, mirror)) return { readable: true, reason: 'shown-in-mirror', shownIn: mirror.path };
    return undefined;
  }

  /**
   * Readable code files that mirror the source's place in another build folder: `src/util/a.ts`
   * is compiled to `lib/util/a.js` and `es6/util/a.js` by builds that ship no map of their own.
   * Matched on the last two path segments without extension; a few candidates at most.
   */
  private mirrorsOf(source: RecoveredSource): ShippedFile[] {
    if (!this.mirrors) {
      this.mirrors = new Map();
      const add = (key: string, path: string): void => {
        const list = this.mirrors!.get(key);
        if (list) list.push(path);
        else this.mirrors!.set(key, [path]);
      };
      for (const file of this.contents.files) {
        if (!CODE_FILE.test(file.path) || DECLARATION_FILE.test(file.path)) continue;
        add(tailKey(file.path), file.path);
        add(stemKey(file.path), file.path);
      }
    }
    const paths = [
      ...new Set([...(this.mirrors.get(tailKey(source.resolved)) ?? []), ...(this.mirrors.get(stemKey(source.resolved)) ?? [])]),
    ];
    return paths
      .filter((path) => path !== source.map && path !== source.resolved)
      .map((path) => this.files.file(path))
      .filter((file): file is ShippedFile => file !== null && !file.minified)
      .slice(0, MAX_MIRRORS);
  }

  private showsAlone(code: SourceCode, file: ShippedFile): boolean {
    const shipped = this.files.code(file);
    if (this.retryBudget < shipped.tokens.length) return false;
    this.retryBudget -= shipped.tokens.length;
    return shows(code, this.files.index(file, new Set(code.tokens)), file.judged);
  }

  /**
   * A module of data only (constants, no function or class) whose strings a bundler folded into
   * the file: `const a = '[a-z]'; const re = \`(?:${a})\`` becomes one literal, so the runs are
   * gone while every string is there. Each string is looked up in the file's string literals and
   * names (not its comments), and its numbers among the file's tokens, within the budget.
   */
  private showsData(code: SourceCode, file: ShippedFile): boolean {
    if (code.hasLogic || code.strings.length === 0) return false;
    const chars = code.strings.reduce((sum, text) => sum + text.length, 0);
    if (this.retryBudget < (code.strings.length * file.text.length) / 64) return false;
    this.retryBudget -= Math.ceil((code.strings.length * file.text.length) / 64);
    const literals = this.files.literalText(file);
    let found = 0;
    for (const text of code.strings) if (literals.includes(text)) found += text.length;
    if (found < DATA_SHOWN * chars) return false;
    const tokens = this.files.tokenSet(file);
    let numbers = 0;
    for (const id of code.numbers) if (tokens.has(id)) numbers++;
    return numbers >= DATA_SHOWN * code.numbers.length;
  }

  /** The readable shipped code file at the source's own path (a path-equal file may differ). */
  private readableAtPath(source: RecoveredSource): ShippedFile | null {
    if (source.resolved === source.map || !CODE_FILE.test(source.resolved)) return null;
    const file = this.files.file(source.resolved);
    return file && !file.minified ? file : null;
  }

  /** Within the stub-check allowance: a small source, and bytes left to tokenise. */
  private mayCheckStub(source: RecoveredSource): boolean {
    if (source.size > SMALL_SOURCE_BYTES || this.stubBytes < source.size) return false;
    this.stubBytes -= source.size;
    return true;
  }

  private codeOf(content: string): SourceCode {
    let code = this.sourceCodes.get(content);
    if (!code) {
      code = sourceCode(content, this.vocabulary);
      this.sourceCodes.set(content, code);
    }
    return code;
  }
}

/** True when the indexed file shows the source's code in readable form. */
function shows(code: SourceCode, index: CodeIndex, judged: boolean, shown = overlap(code.tokens, index, code.literals)): boolean {
  if (shown < READABLE_OVERLAP) return false;
  // A file too small to judge by its names may be minified all the same: then the names its
  // sources declare are gone from it, where a readable build keeps most (or uses them as keys).
  return judged || declaredShown(code.declared, index) >= SMALL_FILE_DECLARED;
}
