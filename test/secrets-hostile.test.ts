/**
 * A careless or hostile publisher against the credential precision rules (issue 8 review): every
 * way a real credential could pass as an example, a dependency's code or a local password. An
 * error must still mean a real leak, and a real leak is never silently dropped. Fake credentials
 * are assembled at run time.
 */
import { describe, expect, it } from 'vitest';
import { createRandom } from './helpers/fake-credentials.js';
import { credentialFindingsOf as findingsOf, triage } from './helpers/credential-findings.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const r = createRandom(8_2026);
const p = (...pieces: string[]): string => pieces.join('');
const password = (): string => r(ALNUM, 18);

describe('hosts: only the machine itself is loopback', () => {
  it('a password for a .local name or 0.0.0.0 is a warning; for localhost, 127.0.0.0/8 or ::1 a note', async () => {
    const urls = ['printer.local', '0.0.0.0', '[::]', 'localhost.localdomain', 'localhost', 'db.localhost', '127.0.0.1', '[::1]'];
    const data = urls.map((host) => `connect("${p('postgres', '://')}app:${password()}@${host}:5432/app");`).join('\n');
    const findings = await findingsOf([{ path: 'lib/db.js', data }]);
    expect(findings.map((f) => `${f.severity} ${f.host}`)).toEqual([
      'warning printer.local', 'warning 0.0.0.0', 'warning [::]', 'warning localhost.localdomain',
      'info localhost', 'info db.localhost', 'info 127.0.0.1', 'info [::1]',
    ]);
  });
});
