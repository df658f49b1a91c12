/**
 * `decodeURIComponent`, keeping the text as written when an escape is malformed (`%` is a legal
 * character in file names and source paths, and hostile input must never throw here).
 */
export function percentDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
