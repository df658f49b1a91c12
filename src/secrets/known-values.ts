/**
 * Credentials that their owners publish on purpose, so that everyone has them: emulator keys and
 * documentation samples. They have a real format and pass every pattern check, so they are
 * recognised by the SHA-256 of the exact value (the values themselves never appear in this
 * repository). Each entry names where the value is published.
 */
import { createHash } from 'node:crypto';

/** SHA-256 (hex) of the value -> what the value is, as shown in messages. */
const KNOWN_PUBLIC_VALUES: ReadonlyMap<string, string> = new Map([
  // Azure Storage emulator (Azurite, and the older Storage Emulator): the `devstoreaccount1` key
  // published in "Use the Azurite emulator for local Azure Storage development" (Microsoft Learn).
  [
    '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059',
    'the Azure Storage emulator key (devstoreaccount1), published by Microsoft',
  ],
  // Azure Cosmos DB emulator: the fixed key from "Use the Azure Cosmos DB emulator" (Microsoft Learn).
  ['aa6547439583c3a275d4542a0df6c1ad6a863971be9f2a2220f027cc02aef615', 'the Azure Cosmos DB emulator key, published by Microsoft'],
  // jwt.io's debugger samples (HS256 over {"sub":"1234567890","name":"John Doe",...}), the
  // classic one (secret "your-256-bit-secret") and the 2025 one ("a-string-secret-at-least-256-bits-long").
  ['7f75367e7881255134e1375e723d1dea8ad5f6a4fdb79d938df1f1754a830606', 'the jwt.io sample token (John Doe)'],
  ['c794fa6d20c64efb9adf980ae93af472a1679775862d421ffe55d4a57fad5b3e', 'the jwt.io sample token (John Doe)'],
]);

/** What a published value is, when `value` is one; undefined for anything else. */
export function knownPublicValue(value: string): string | undefined {
  return KNOWN_PUBLIC_VALUES.get(createHash('sha256').update(value).digest('hex'));
}
