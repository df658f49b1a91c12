import type { Placement } from '../secrets/context.js';
import { scanText } from '../secrets/scan-text.js';
import { lookupOriginalPositions, type OriginalPosition } from '../sourcemaps/original-positions.js';
import type { RecoveredSource, SourceMapAnalysis } from '../sourcemaps/types.js';
import type { Finding, PackageContents } from '../types.js';
import { judgeCredential, placementOf } from './credential-finding.js';
import { createSourcePlacer, type SourcePlacer } from './source-placement.js';

/**
 * Point findings that sit in a generated file with a source map at the original source and line
 * (`original: { source, line, column }`), with the map's own mappings. A credential in a bundle
 * whose original is a dependency's code (a `node_modules/` source, or one the map analysis
 * classifies third-party), a test or an example takes that place's context and severity, but only
 * when the map embeds that original source and its content holds the same value: mappings are
 * the publisher's word, and a forged map could point any position at `node_modules/`. Without
 * `sourcesContent` there, the finding keeps its own severity. Runs before the policy, so severity
 * overrides and ignores see the final severity. Costs nothing for files without findings: maps
 * are decoded only for generated files that hold one.
 */
export async function attributeToOriginals(
  findings: readonly Finding[],
  contents: PackageContents,
  analysis: SourceMapAnalysis,
): Promise<Finding[]> {
  const located = findings.flatMap((finding, i) => (finding.line !== undefined && finding.source === undefined ? [i] : []));
  if (located.length === 0 || analysis.maps.length === 0) return [...findings];
  const positions = await lookupOriginalPositions(
    contents,
    analysis,
    located.map((i) => ({ path: findings[i]!.path, line: findings[i]!.line!, column: findings[i]!.column ?? 1 })),
  );
  const holds = createValueCheck();
  const placementOfSource = createSourcePlacer(analysis.sources);
  const out = [...findings];
  located.forEach((i, k) => {
    const position = positions[k];
    if (!position) return;
    const finding: Finding = { ...findings[i]!, original: { source: position.source, line: position.line, column: position.column } };
    out[i] =
      finding.rule === 'secret' ? judgeCredential(finding, placementOfOriginal(position, finding, holds, placementOfSource)) : finding;
  });
  return out;
}

/** Whether a recovered source holds a credential with a finding's hash; each source is scanned once. */
type ValueCheck = (source: RecoveredSource, finding: Finding) => boolean;

function createValueCheck(): ValueCheck {
  const hashes = new Map<RecoveredSource, ReadonlySet<string>>();
  return (source, finding) => {
    let found = hashes.get(source);
    if (!found) {
      found = new Set(scanText(source.content).map((match) => match.hash));
      hashes.set(source, found);
    }
    return finding.hash !== undefined && found.has(finding.hash);
  };
}

/**
 * Code in a bundle takes the placement of its original (a dependency's, a test's, read as
 * source-placement.ts reads a recovered source) when the original's embedded content holds the
 * same value; otherwise it stays where it was found.
 */
function placementOfOriginal(position: OriginalPosition, finding: Finding, holds: ValueCheck, placementOfSource: SourcePlacer): Placement {
  const current = placementOf(finding);
  if (current.context !== 'code' || !position.recovered || !holds(position.recovered, finding)) return current;
  return placementOfSource(position.recovered) ?? current;
}
