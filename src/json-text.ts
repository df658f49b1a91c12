import { stripBom } from './text.js';

/** A JSON object, as JSON.parse returns it. */
export type JsonObject = Record<string, unknown>;

/**
 * JSON.parse for files people edit: npm reads a package.json that starts with a UTF-8 byte order
 * mark, and so must we, or a BOM would quietly hide the package's name (and with it the
 * manifest lookup and `--baseline latest`).
 */
export function parseJsonText(text: string): unknown {
  return JSON.parse(stripBom(text));
}

/** True for a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
