/**
 * Typed reads of untrusted manifest JSON. Every failure throws a one-line
 * `LeakproofError('manifest', ...)` naming the exact key path (`ignore[1].reason`,
 * `budgets.globs["dist/**"]`), as STYLE.md asks: validate on load, name the key.
 */
import { LeakproofError } from '../errors.js';
import { isRuleId, RULES, type RuleId } from '../rules/meta.js';
import { isCommentKey, REASON_PATTERN } from './manifest-json.js';
import { parseSize } from './sizes.js';

/** A key path inside the manifest: object keys and array indexes. */
export type KeyPath = readonly (string | number)[];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Format a key path as `budgets.globs["dist/**"]` or `ignore[1].reason`. */
export function formatKeyPath(path: KeyPath): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (IDENTIFIER.test(part)) text += text === '' ? part : `.${part}`;
    else text += `[${JSON.stringify(part)}]`;
  }
  return text === '' ? '(root)' : text;
}

/** Describe a JSON value briefly for an error message. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Edit distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest of `candidates` to `input`, when close enough to be a likely typo. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const score = distance(lower, candidate.toLowerCase());
    if (!best || score < best.score) best = { candidate, score };
  }
  const limit = Math.max(2, Math.floor(input.length / 3));
  return best && best.score <= limit ? best.candidate : undefined;
}

const REASON = new RegExp(REASON_PATTERN, 'u');

/** Reads one manifest, throwing errors prefixed with its file name. */
export class ManifestReader {
  constructor(readonly file: string) {}

  /** Throw a manifest error. */
  fail(message: string): never {
    throw new LeakproofError('manifest', `${this.file}: ${message}`);
  }

  /** Throw "`path` must be `what`, got ...". */
  failType(path: KeyPath, what: string, value: unknown): never {
    return this.fail(`"${formatKeyPath(path)}" must be ${what}, got ${describeValue(value)}`);
  }

  /** A plain object whose keys are all in `allowed` (comment keys always allowed). */
  object(value: unknown, path: KeyPath, allowed?: readonly string[]): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.failType(path, 'an object', value);
    }
    const record = value as Record<string, unknown>;
    if (allowed) {
      for (const key of Object.keys(record)) {
        if (!isCommentKey(key) && !allowed.includes(key)) this.failUnknownKey(key, path, allowed);
      }
    }
    return record;
  }

  private failUnknownKey(key: string, path: KeyPath, allowed: readonly string[]): never {
    const guess = suggest(key, allowed);
    const hint = guess ? `did you mean "${guess}"?` : `allowed keys: ${allowed.join(', ')}`;
    return this.fail(`unknown key "${key}" (at ${formatKeyPath([...path, key])}); ${hint}`);
  }

  /** A string; with `pattern`, it must also match it (then `what` explains the shape). */
  string(value: unknown, path: KeyPath, pattern?: RegExp, what = 'a non-empty string'): string {
    if (typeof value !== 'string' || value === '' || (pattern && !pattern.test(value))) {
      return this.failType(path, what, value);
    }
    return value;
  }

  /** An array of strings, each checked by {@link string}. */
  strings(value: unknown, path: KeyPath, pattern?: RegExp, what?: string): string[] {
    if (!Array.isArray(value)) return this.failType(path, 'an array of strings', value);
    return value.map((item, index) => this.string(item, [...path, index], pattern, what));
  }

  /** An array (items are read by the caller). */
  array(value: unknown, path: KeyPath): unknown[] {
    return Array.isArray(value) ? value : this.failType(path, 'an array', value);
  }

  boolean(value: unknown, path: KeyPath): boolean {
    return typeof value === 'boolean' ? value : this.failType(path, 'true or false', value);
  }

  /** A finite number >= 0. */
  number(value: unknown, path: KeyPath): number {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      return this.failType(path, 'a number >= 0', value);
    }
    return value;
  }

  /** A size in bytes (number, or a string like "2 MB"). */
  size(value: unknown, path: KeyPath): number {
    return parseSize(value) ?? this.failType(path, 'a size like "2 MB"', value);
  }

  /** One of `values`. */
  choice<T extends string>(value: unknown, path: KeyPath, values: readonly T[]): T {
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
    return this.failType(path, `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, value);
  }

  /** A present value, or "`path` is required: `hint`". */
  required(record: Record<string, unknown>, key: string, path: KeyPath, hint: string): unknown {
    if (record[key] === undefined) this.fail(`${formatKeyPath([...path, key])} is required: ${hint}`);
    return record[key];
  }

  /** A written reason: required, and not blank. */
  reason(record: Record<string, unknown>, path: KeyPath): string {
    const hint = 'say why this finding is acceptable';
    const value = this.required(record, 'reason', path, hint);
    if (typeof value === 'string' && !REASON.test(value)) {
      this.fail(`${formatKeyPath([...path, 'reason'])} is required: ${hint}`);
    }
    return this.string(value, [...path, 'reason'], REASON, 'a written reason');
  }

  /** A known rule id. */
  ruleId(value: unknown, path: KeyPath): RuleId {
    if (typeof value !== 'string') return this.failType(path, 'a rule id like "file/sensitive"', value);
    if (isRuleId(value)) return value;
    const guess = suggest(value, Object.keys(RULES));
    const hint = guess ? `did you mean "${guess}"?` : 'see docs/rules.md for the list';
    return this.fail(`unknown rule "${value}" (at ${formatKeyPath(path)}); ${hint}`);
  }
}
