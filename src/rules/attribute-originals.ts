import { dependencyOf, placementOfPath, type Placement } from '../secrets/context.js';
import { lookupOriginalPositions, type OriginalPosition } from '../sourcemaps/original-positions.js';
import type { SourceMapAnalysis } from '../sourcemaps/types.js';
import type { Finding, PackageContents } from '../types.js';
import { judgeCredential, placementOf } from './credential-finding.js';

/**
 * Point findings that sit in a generated file with a source map at the original source and line
 * (`original: { source, line, column }`), with the map's own mappings. A credential in a bundle
 * whose original is a dependency's code (a `node_modules/` source, or one the map analysis
 * classifies third-party) is the dependency's: its context, severity and message say so, as
 * for any credential found in dependency code. Runs before the policy, so severity overrides and
 * ignores see the final severity. Costs nothing for files without findings: maps are decoded
 * only for generated files that hold one.
 */
export async function attributeToOriginals(findings: readonly Finding[], contents: PackageContents, analysis: SourceMapAnalysis): Promise<Finding[]> {
  const located = findings.flatMap((finding, i) => (finding.line !== undefined && finding.source === undefined ? [i] : []));
  if (located.length === 0 || analysis.maps.length === 0) return [...findings];
  const positions = await lookupOriginalPositions(
    contents,
    analysis,
    located.map((i) => ({ path: findings[i]!.path, line: findings[i]!.line!, column: findings[i]!.column ?? 1 })),
  );
  const out = [...findings];
  located.forEach((i, k) => {
    const position = positions[k];
    if (!position) return;
    const finding: Finding = { ...findings[i]!, original: { source: position.source, line: position.line, column: position.column } };
    out[i] = finding.rule === 'secret' ? judgeCredential(finding, placementOfOriginal(position, finding)) : finding;
  });
  return out;
}

/** Code in a bundle takes the placement of its original: a dependency's, a test's, or still code. */
function placementOfOriginal(position: OriginalPosition, finding: Finding): Placement {
  const current = placementOf(finding);
  if (current.context !== 'code') return current;
  const path = position.recovered?.resolved ?? position.source;
  if (position.recovered?.classification === 'third-party') {
    const dependency = dependencyOf(path) ?? dependencyOf(position.source);
    return dependency ? { context: 'dependency', dependency } : { context: 'dependency' };
  }
  return placementOfPath(path) ?? current;
}
