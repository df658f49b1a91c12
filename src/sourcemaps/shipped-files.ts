/**
 * The shipped files exposure.ts compares sources with: decoded, shaped (minified or not) and
 * tokenised once per package, a large one only as far as needed.
 */
import { decodeText } from '../tarball/contents.js';
import type { PackageContents } from '../types.js';
import { type CodeIndex, indexCode, type ShippedCode, shippedCode, type TokenVocabulary } from './code-overlap.js';
import { codeShape, codeShapeOfBytes, WHOLE_FILE_CHARS, withoutMapComment } from './code-shape.js';
import { scanCode, TokenKind } from './code-tokens.js';
import { TYPESCRIPT } from './source-kinds.js';

/** A file named as a minifier's output (`a.min.js`, `a-min.mjs`, `a.prod.min.cjs`). */
const MINIFIED_NAME = /[.-]min\.[cm]?js$/i;

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
  private readonly literals = new Map<string, string>();

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
        entry = {
          path,
          ...(MINIFIED_NAME.test(path) ? { minified: true, judged: true } : codeShapeOfBytes(data)),
          get text() {
            return (text ??= withoutMapComment(decodeText(data)));
          },
        };
        this.files.set(path, entry);
        return entry;
      }
      const text = file ? withoutMapComment(decodeText(file.data)) : undefined;
      // Shipped TypeScript is source, never a minifier's output; a `.min.js` says what it is. Other
      // files are judged by their names first and tokenised only when compared: a minified file
      // never is (70 chunks of a minified build cost 150 ms to tokenise and intern for nothing).
      if (text === undefined) entry = null;
      else
        entry = {
          path,
          text,
          ...(TYPESCRIPT.test(path)
            ? { minified: false, judged: true }
            : MINIFIED_NAME.test(path)
              ? { minified: true, judged: true }
              : codeShape(text)),
        };
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

  /** Every value token the file uses. */
  tokenSet(file: ShippedFile): ReadonlySet<number> {
    let tokens = this.tokenSets.get(file.path);
    if (!tokens) {
      tokens = new Set(this.code(file).tokens);
      this.tokenSets.set(file.path, tokens);
    }
    return tokens;
  }

  /** The file's string and template literals and names, one per line: where folded data lands. */
  literalText(file: ShippedFile): string {
    let text = this.literals.get(file.path);
    if (text === undefined) {
      const parts: string[] = [];
      scanCode(file.text, (kind, token) => {
        if (kind === TokenKind.String || kind === TokenKind.Template || kind === TokenKind.Name) parts.push(token);
      });
      text = parts.join('\n');
      this.literals.set(file.path, text);
    }
    return text;
  }

  /** The file indexed for sources whose tokens are `relevant` (see code-overlap.ts). */
  index(file: ShippedFile, relevant: ReadonlySet<number>): CodeIndex {
    return indexCode(this.code(file), this.tokenSet(file), relevant);
  }
}
