/**
 * JSON.parse for files people edit: npm reads a package.json that starts with a UTF-8 byte order
 * mark, and so must we, or a BOM would quietly hide the package's name (and with it the
 * manifest lookup and `--baseline latest`).
 */
export function parseJsonText(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}
