/** fast-check arbitrary over every combination of map disguises (fixtures/lib/disguised-map.js). */
import fc from 'fast-check';
import { CONTAINERS, type MapDisguise } from '../../fixtures/lib/disguised-map.js';

export { disguisedPackage, type MapDisguise, PLAIN_DISGUISE } from '../../fixtures/lib/disguised-map.js';

/** Every combination of disguises; inline maps are always UTF-8 JSON (a `data:` URL body is). */
export const disguise: fc.Arbitrary<MapDisguise> = fc
  .record({
    encoding: fc.constantFrom<MapDisguise['encoding']>('utf8', 'utf8-bom', 'utf16le-bom', 'utf16le', 'utf16be-bom'),
    preamble: fc.constantFrom<MapDisguise['preamble']>('none', 'whitespace', 'xssi'),
    keys: fc.constantFrom<MapDisguise['keys']>('plain', 'escaped', 'long-key-first'),
    version: fc.boolean(),
    damage: fc.constantFrom<MapDisguise['damage']>('none', 'trailing-comma', 'trailing-bytes', 'comment'),
    container: fc.constantFrom(...CONTAINERS),
    dataUrl: fc.constantFrom<MapDisguise['dataUrl']>('base64', 'percent', 'charset-base64'),
  })
  .map((d) => (d.container.startsWith('inline') ? { ...d, encoding: 'utf8' as const, preamble: 'none' as const } : d));
