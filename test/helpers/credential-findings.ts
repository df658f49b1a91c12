import { judge } from '../../src/check.js';
import { DEFAULT_POLICY, type Policy } from '../../src/policy/policy.js';
import { createContents, type FileInput } from '../../src/tarball/contents.js';
import type { Finding } from '../../src/types.js';

/** The `secret` and `file/sensitive` findings of a package made of `files`, through `judge`. */
export async function credentialFindingsOf(files: FileInput[], policy: Policy = DEFAULT_POLICY, name = 'fixture'): Promise<Finding[]> {
  const contents = createContents([{ path: 'package.json', data: `{"name":"${name}","version":"1.0.0"}` }, ...files]);
  const { findings } = await judge(contents, policy);
  return findings.filter((finding) => finding.rule === 'secret' || finding.rule === 'file/sensitive');
}

/** rule, severity, path (→ source), context or kind: what a person triages by. */
export function triage(findings: Finding[]): string[] {
  return findings.map(
    (f) => `${f.rule} ${f.severity} ${f.path}${f.source ? ` → ${f.source}` : ''} ${f.rule === 'secret' ? f.context : f.kind}`,
  );
}
