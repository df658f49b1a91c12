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
import { decodeText } from '../tarball/contents.js';
import type { PackageContents } from '../types.js';
import { codeShapeOfBytes, judgeShape, WHOLE_FILE_CHARS, withoutMapComment } from './code-shape.js';
import { declaredShown, indexCode, overlap, shippedCode, sourceCode, TokenVocabulary, type CodeIndex, type ShippedCode, type SourceCode } from './code-overlap.js';
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

/** A source at a path with this name can be compared with the code file at the same path. */
const CODE_FILE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/i;
/** Shipped TypeScript, erased like a source before it is compared. */
const TYPESCRIPT = /\.[cm]?tsx?$/i;
/** Declaration files hold types only, whatever the erasure makes of them. */
const DECLARATION_FILE = /\.d\.[cm]?ts$/i;
/**
 * Stylesheets always ship in some form, because browsers run them: a map adds their formatting,
 * comments and variable names, never code that is not out there.
 */
const STYLESHEET = /\.(?:css|scss|sass|less|styl|pcss)(?:$|\?)/i;
/**
 * Component templates (Angular's `.html`) are compiled into the render code that ships: a map adds
 * their markup as written, not logic the package does not ship.
 */
const TEMPLATE = /\.html?(?:$|\?)/i;
/** Single-file components: only their `<script>` blocks hold code; template and style are markup. */
const SINGLE_FILE_COMPONENT = /\.(?:vue|svelte|astro)(?:$|\?)/i;
/** Share of a data module's string characters a readable file must hold (see `showsData`). */
const DATA_SHOWN = 0.9;
/**
 * Sources at most this large are tokenised even behind a minified bundle, to spot stubs: enough
 * for re-export files and constants (a type-only file over it counts as exposed there). On the
 * incident-sized benchmark, 4 KB cost 63 ms of a 1.2 s check; 1 KB costs a fraction of that.
 */
const SMALL_SOURCE_BYTES = 1024;
/**
 * Per package, how many token steps the one-by-one comparisons may take (see `judgeMap`): they
 * run only for sources the shared comparison missed, and a bound keeps a hostile package linear.
 */
const RETRY_BUDGET = 20_000_000;

const NO_CODE: Exposure = { readable: true, reason: 'no-code' };

function isTrivial(code: SourceCode): boolean {
  return code.tokens.length < MIN_LOGIC_TOKENS || (code.tokens.length < MIN_CODE_TOKENS && !code.hasLogic);
}

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
    if (!verdict.readable) continue;
    const list = readableBySize.get(source.size);
    if (list) list.push(source);
    else readableBySize.set(source.size, [source]);
  }
  for (const [source, verdict] of verdicts) {
    if (verdict.readable) continue;
    const twin = readableBySize.get(source.size)?.find((candidate) => candidate.content === source.content);
    if (!twin) continue;
    // A copy of a source with no code has no code either; one shown elsewhere is shown there.
    const found = verdicts.get(twin)!;
    verdicts.set(source, found.shownIn === undefined ? found : { readable: true, reason: 'same-as-readable', shownIn: found.shownIn });
  }
  return verdicts;
}

/** A shipped file a source may be compared with; its text is decoded when first read. */
interface ShippedFile {
  readonly path: string;
  readonly text: string;
  readonly minified: boolean;
  /** False for a file with too few names to tell whether it is minified (see code-shape.ts). */
  readonly judged: boolean;
}

/** Caches shared by the maps of one package: token ids, file shapes and tokens. */
class ExposureJudge {
  private readonly vocabulary = new TokenVocabulary();
  private readonly sourceCodes = new Map<string, SourceCode>();
  private readonly files = new Map<string, ShippedFile | null>();
  private readonly shipped = new Map<string, ShippedCode>();
  private readonly tokenSets = new Map<string, ReadonlySet<number>>();
  private readonly readableBySize = new Map<number, { source: RecoveredSource; verdict: Exposure }[]>();
  private mirrors: Map<string, string[]> | undefined;
  private retryBudget = RETRY_BUDGET;

  constructor(private readonly contents: PackageContents) {}

  judgeMap(map: MapSources, verdicts: Map<RecoveredSource, Exposure>): void {
    // A source already found readable through another map needs no second look, and a map whose
    // sources all were (the cjs twin of an esm build) needs its generated file not even read.
    const firstParty = map.sources.filter((source) => source.classification === 'first-party' && !this.knownReadable(source, verdicts));
    if (firstParty.length === 0) return;
    const generated = map.generatedFiles.map((path) => this.file(path)).filter((file): file is ShippedFile => file !== null);
    // The declaration files beside the generated ones show the types the erasure could not set aside.
    const declarations = generated.flatMap((file) => declarationSiblings(file.path)).map((path) => this.file(path)).filter((file): file is ShippedFile => file !== null);
    const readableCode = generated.filter((file) => !file.minified);
    const readable = [...readableCode, ...declarations];
    const unreadable: Exposure = { readable: false, reason: generated.length === 0 ? 'no-generated-file' : readableCode.length === 0 ? 'minified' : 'absent' };
    // Sources are tokenised only when a readable file could show them: a minified bundle's map
    // (the 2026 incident) costs no tokenising beyond its small sources.
    const comparable: RecoveredSource[] = [];
    for (const source of firstParty) {
      if (STYLESHEET.test(source.resolved)) verdicts.set(source, { readable: true, reason: 'stylesheet' });
      else if (TEMPLATE.test(source.resolved)) verdicts.set(source, { readable: true, reason: 'markup' });
      else if (DECLARATION_FILE.test(source.resolved)) verdicts.set(source, NO_CODE);
      else if (readable.length > 0 || this.readableAtPath(source) !== null || this.mirrorsOf(source).length > 0) comparable.push(source);
      else if (source.size <= SMALL_SOURCE_BYTES && isTrivial(this.codeOf(codeText(source)))) verdicts.set(source, NO_CODE);
      else verdicts.set(source, unreadable);
    }
    if (comparable.length === 0) return;
    const codes = comparable.map((source) => this.codeOf(codeText(source)));
    const relevant = new Set<number>();
    for (const code of codes) for (const id of code.tokens) relevant.add(id);
    // One index per readable file, over the tokens of all the map's sources: tokens no source uses
    // (a build's helpers) drop out.
    const indexed = readable.map((file) => ({ file, index: this.index(file, relevant) }));
    comparable.forEach((source, i) => {
      const verdict = this.judgeSource(source, codes[i]!, indexed);
      verdicts.set(source, verdict ?? unreadable);
      if (verdict) this.remember(source, verdict);
    });
  }

  /** Sets the verdict of a source identical to one already found readable; false when none is. */
  private knownReadable(source: RecoveredSource, verdicts: Map<RecoveredSource, Exposure>): boolean {
    const twin = this.readableBySize.get(source.size)?.find((known) => known.source.content === source.content);
    if (!twin) return false;
    verdicts.set(source, twin.verdict.shownIn === undefined ? twin.verdict : { readable: true, reason: 'same-as-readable', shownIn: twin.verdict.shownIn });
    return true;
  }

  private remember(source: RecoveredSource, verdict: Exposure): void {
    const list = this.readableBySize.get(source.size);
    if (list) list.push({ source, verdict });
    else this.readableBySize.set(source.size, [{ source, verdict }]);
  }

  private judgeSource(source: RecoveredSource, code: SourceCode, indexed: readonly { file: ShippedFile; index: CodeIndex }[]): Exposure | undefined {
    if (isTrivial(code)) return NO_CODE;
    for (const { file, index } of indexed) {
      // The shared index keeps every token of the map's sources, so another source's token between
      // two of this one's can break a run; compared alone (within a budget) it cannot. A source
      // that shares next to nothing with the file is not worth the second look.
      const shared = overlap(code.tokens, index);
      if (shows(code, index, file.judged, shared) || (shared >= READABLE_OVERLAP / 3 && this.showsAlone(code, file)) || this.showsData(code, file)) {
        return { readable: true, reason: 'shown-in-generated', shownIn: file.path };
      }
    }
    const atPath = this.readableAtPath(source);
    if (atPath && this.showsAlone(code, atPath)) return { readable: true, reason: 'shown-at-path', shownIn: atPath.path };
    for (const mirror of this.mirrorsOf(source)) if (this.showsAlone(code, mirror)) return { readable: true, reason: 'shown-in-mirror', shownIn: mirror.path };
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
      for (const file of this.contents.files) {
        if (!CODE_FILE.test(file.path) || DECLARATION_FILE.test(file.path)) continue;
        const key = tailKey(file.path);
        const list = this.mirrors.get(key);
        if (list) list.push(file.path);
        else this.mirrors.set(key, [file.path]);
      }
    }
    const paths = this.mirrors.get(tailKey(source.resolved)) ?? [];
    return paths
      .filter((path) => path !== source.map && path !== source.resolved)
      .slice(0, MAX_MIRRORS)
      .map((path) => this.file(path))
      .filter((file): file is ShippedFile => file !== null && !file.minified);
  }

  private showsAlone(code: SourceCode, file: ShippedFile): boolean {
    const shipped = this.shippedCode(file);
    if (this.retryBudget < shipped.tokens.length) return false;
    this.retryBudget -= shipped.tokens.length;
    return shows(code, this.index(file, new Set(code.tokens)), file.judged);
  }

  private index(file: ShippedFile, relevant: ReadonlySet<number>): CodeIndex {
    const code = this.shippedCode(file);
    let tokens = this.tokenSets.get(file.path);
    if (!tokens) {
      tokens = new Set(code.tokens);
      this.tokenSets.set(file.path, tokens);
    }
    return indexCode(code, tokens, relevant);
  }

  /**
   * A module of data only (constants, no function or class) whose strings a bundler folded into
   * the file: `const a = '[a-z]'; const re = \`(?:${a})\`` becomes one literal, so the runs are
   * gone while every string is there. Each string is looked up in the text, within the budget.
   */
  private showsData(code: SourceCode, file: ShippedFile): boolean {
    if (code.hasLogic || code.strings.length === 0) return false;
    const chars = code.strings.reduce((sum, text) => sum + text.length, 0);
    if (this.retryBudget < code.strings.length * file.text.length / 64) return false;
    this.retryBudget -= Math.ceil((code.strings.length * file.text.length) / 64);
    let found = 0;
    for (const text of code.strings) if (file.text.includes(text)) found += text.length;
    return found >= DATA_SHOWN * chars;
  }

  /** The readable shipped code file at the source's own path (a path-equal file may differ). */
  private readableAtPath(source: RecoveredSource): ShippedFile | null {
    if (source.resolved === source.map || !CODE_FILE.test(source.resolved)) return null;
    const file = this.file(source.resolved);
    return file && !file.minified ? file : null;
  }



  private codeOf(content: string): SourceCode {
    let code = this.sourceCodes.get(content);
    if (!code) {
      code = sourceCode(content, this.vocabulary);
      this.sourceCodes.set(content, code);
    }
    return code;
  }

  private shippedCode(file: ShippedFile): ShippedCode {
    let code = this.shipped.get(file.path);
    if (!code) {
      code = shippedCode(file.text, this.vocabulary, TYPESCRIPT.test(file.path));
      this.shipped.set(file.path, code);
    }
    return code;
  }

  /** A shipped file's text (map comment removed) and shape; null when there is none. */
  private file(path: string): ShippedFile | null {
    let entry = this.files.get(path);
    if (entry === undefined) {
      const file = this.contents.byPath.get(path);
      if (file && file.data.length > WHOLE_FILE_CHARS) {
        // A large file is judged on samples of its bytes first, and decoded and tokenised only
        // when readable: a minified bundle (the 2026 incident's 13 MB cli.js) never is.
        const data = file.data;
        let text: string | undefined;
        entry = { path, ...codeShapeOfBytes(data), get text() { return (text ??= withoutMapComment(decodeText(data))); } };
        this.files.set(path, entry);
        return entry;
      }
      const text = file ? withoutMapComment(decodeText(file.data)) : undefined;
      if (text === undefined) entry = null;
      else {
        // One pass gives the shape and the tokens.
        const typescript = TYPESCRIPT.test(path);
        const code = shippedCode(text, this.vocabulary, typescript);
        this.shipped.set(path, code);
        // Shipped TypeScript is source, never a minifier's output.
        entry = { path, text, ...(typescript ? { minified: false, judged: true } : judgeShape(code.names, text)) };
      }
      this.files.set(path, entry);
    }
    return entry;
  }
}

/** The code of a source: a single-file component's `<script>` blocks, any other source whole. */
function codeText(source: RecoveredSource): string {
  if (!SINGLE_FILE_COMPONENT.test(source.resolved)) return source.content;
  const scripts = [...source.content.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((match) => match[1]);
  return scripts.join('\n');
}

/** Mirrored files compared with one source at most (`src/index.ts` has many look-alikes). */
const MAX_MIRRORS = 4;

/** Folder names that are build or source roots, not part of a module's own path. */
const ROOTS: ReadonlySet<string> = new Set(['src', 'source', 'lib', 'es', 'es6', 'esm', 'cjs', 'dist', 'build', 'out', 'module', 'modules', 'umd']);

/** `src/util/a.ts` and `lib/util/a.js` -> `util/a`; `src/hooks.ts` and `lib/hooks.js` -> `hooks`. */
function tailKey(path: string): string {
  const parts = path.replace(/\.[^./]+$/, '').split('/');
  const parent = parts[parts.length - 2];
  return parent === undefined || ROOTS.has(parent) ? parts[parts.length - 1]! : `${parent}/${parts[parts.length - 1]}`;
}

/** `a.js` -> `a.d.ts`, `a.cjs` -> `a.d.cts`, `a.mjs` -> `a.d.mts`. */
function declarationSiblings(path: string): string[] {
  const match = /^(.*)\.([cm]?)js$/.exec(path);
  return match ? [`${match[1]}.d.${match[2]}ts`] : [];
}

/** True when the indexed file shows the source's code in readable form. */
function shows(code: SourceCode, index: CodeIndex, judged: boolean, shown = overlap(code.tokens, index)): boolean {
  if (shown < READABLE_OVERLAP) return false;
  // A file too small to judge by its names may be minified all the same: then the names its
  // sources declare are gone from it, where a readable build keeps most (or uses them as keys).
  return judged || declaredShown(code.declared, index) >= SMALL_FILE_DECLARED;
}
