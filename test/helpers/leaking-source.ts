/**
 * A first-party source with real logic, as a leaking map embeds it: no shipped file shows its
 * code, so `sourcemap/embedded-sources` reports it (a one-line constant would be too little code
 * to count as a leak; see docs/sourcemaps.md#exposure).
 */
export const SECRET_SOURCE = [
  'export function priceFor(plan: string, seats: number): number {',
  "  const base = plan === 'enterprise' ? 499 : 99;",
  '  const discount = seats > 50 ? 0.8 : seats > 10 ? 0.9 : 1;',
  '  return Math.round(base * seats * discount);',
  '}',
  '',
].join('\n');

/** A source map embedding {@link SECRET_SOURCE} under `source`. */
export function leakingMap(source = '../src/pricing.ts'): string {
  return JSON.stringify({ version: 3, sources: [source], sourcesContent: [SECRET_SOURCE], mappings: 'AAAA' });
}

/** A distinct small source with logic, named after `name`: enough code to count as a leak. */
export function logic(name: string): string {
  return [
    `export function ${name}Total(items: { price: number; count: number }[], region: string): number {`,
    `  const rate = region === '${name}-eu' ? 1.2 : region === '${name}-us' ? 1.07 : 1;`,
    '  return items.reduce((sum, item) => sum + item.price * item.count * rate, 0);',
    '}',
    '',
  ].join('\n');
}
