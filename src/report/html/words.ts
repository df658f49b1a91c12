/** Words and marks the HTML report shares between its parts, so labels agree everywhere. */
import type { Severity, SourceClass } from '../../types.js';

/** A mark per severity, shown beside the colour so the page reads without colour. */
export const SEVERITY_MARK: Readonly<Record<Severity, string>> = { error: '✖', warning: '⚠', info: 'ℹ' };

/** How a severity is named to people (`info` findings are notes, as in the other formats). */
export const SEVERITY_NAME: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'note' };

/** The four source classes, in the order they are drawn, with their legend text. */
export const SOURCE_CLASSES: readonly { readonly class: SourceClass; readonly name: string; readonly meaning: string }[] = [
  { class: 'first-party', name: 'First-party, exposed', meaning: 'the package’s own code, recoverable only through the map: the leak' },
  { class: 'readable', name: 'First-party, readable elsewhere', meaning: 'own code the package also ships in readable form' },
  { class: 'third-party', name: 'Third-party', meaning: 'dependencies, copied helpers, bundler runtime' },
  { class: 'shipped', name: 'Already shipped', meaning: 'identical to a file in the package' },
];

/** `1 file`, `1,906 files`. */
export function count(value: number, noun: string): string {
  return `${value.toLocaleString('en-US')} ${noun}${value === 1 ? '' : 's'}`;
}
