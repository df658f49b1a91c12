import { access } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * `leakproof chek` would otherwise audit the registry package named `chek`: a typo must not
 * fetch and judge a stranger's package. A first word that is no command, no path here, and a
 * small edit away from a command (one edit up to five letters, two beyond) gets the command
 * suggested; `leakproof check chek` still audits a package of that name.
 */
export async function suggestCommand(args: readonly string[], commands: readonly string[], cwd: string): Promise<string | undefined> {
  const word = args[0];
  if (word === undefined || !/^[a-z][a-z-]*$/i.test(word) || commands.includes(word)) return undefined;
  const closest = commands
    .map((command) => ({ command, distance: editDistance(word.toLowerCase(), command) }))
    .sort((a, b) => a.distance - b.distance)[0];
  if (!closest || closest.distance === 0 || closest.distance > (word.length <= 5 ? 1 : 2)) return undefined;
  if (
    await access(resolve(cwd, word)).then(
      () => true,
      () => false,
    )
  )
    return undefined;
  return `${word} is not a command; did you mean \`leakproof ${[closest.command, ...args.slice(1)].join(' ')}\`? To check the registry package named ${word}, run \`leakproof check ${word}\``;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}
