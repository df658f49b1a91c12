/**
 * The shipped files exposure.ts compares sources with: decoded, shaped (minified or not) and
 * tokenised once per package, a large one only as far as needed.
 */
import { decodeText } from '../tarball/contents.js';
import type { PackageContents } from '../types.js';
import { codeShape, codeShapeOfBytes, WHOLE_FILE_CHARS, withoutMapComment } from './code-shape.js';
import { indexCode, shippedCode, type CodeIndex, type ShippedCode, type TokenVocabulary } from './code-overlap.js';
import { TYPESCRIPT } from './source-kinds.js';

/** A shipped file a source may be compared with; its text is decoded when first read. */
export interface ShippedFile {
  readonly path: string;
  readonly text: string;
  readonly minified: boolean;
  /** False for a file with too few names to tell whether it is minified (see code-shape.ts). */
  readonly judged: boolean;
}

/** Shipped files by path, with their tokens and indexes, cached for one package. */
export class ShippedFiles {
  private readonly files = new Map<string, ShippedFile | null>();
  private readonly shipped = new Map<string, ShippedCode>();
  private readonly tokenSets = new Map<string, ReadonlySet<number>>();

  constructor(
    private readonly contents: PackageContents,
    private readonly vocabulary: TokenVocabulary,
  ) {}

  /** A shipped file's text (map comment removed) and shape; null when there is none. */
  file(path: string): ShippedFile | null {
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
      // Shipped TypeScript is source, never a minifier's output. Other files are judged by their
      // names first and tokenised only when compared: a minified file never is (70 chunks of a
      // minified build cost 150 ms to tokenise and intern for nothing).
      if (text === undefined) entry = null;
      else entry = { path, text, ...(TYPESCRIPT.test(path) ? { minified: false, judged: true } : codeShape(text)) };
      this.files.set(path, entry);
    }
    return entry;
  }

  code(file: ShippedFile): ShippedCode {
    let code = this.shipped.get(file.path);
    if (!code) {
      code = shippedCode(file.text, this.vocabulary, TYPESCRIPT.test(file.path));
      this.shipped.set(file.path, code);
    }
    return code;
  }


  /** The file indexed for sources whose tokens are `relevant` (see code-overlap.ts). */
  index(file: ShippedFile, relevant: ReadonlySet<number>): CodeIndex {
    const code = this.code(file);
    let tokens = this.tokenSets.get(file.path);
    if (!tokens) {
      tokens = new Set(code.tokens);
      this.tokenSets.set(file.path, tokens);
    }
    return indexCode(code, tokens, relevant);
  }
}
