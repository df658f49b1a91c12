import { isPlaceholder } from '../placeholders.js';
import { type MatchContext, type MatchFacts, type SecretRule, shannonEntropy, tokenPattern } from '../secret-rule.js';

/**
 * Cloud providers. Formats from the vendors' documentation: AWS IAM identifiers ("Unique
 * identifiers" in the IAM user guide: AKIA long-term, ASIA temporary, base32 body), Google
 * API keys and service-account key files, Azure Storage connection strings (`AccountKey` is the
 * base64 of a 64-byte key) and Microsoft Entra client secrets, DigitalOcean `do?_v1_` tokens.
 */

/** AWS secret keys are 40 base64 characters; require the usual variable names next to them. */
const AWS_SECRET = new RegExp(
  '(?:aws[_.-]?secret[_.-]?(?:access[_.-]?)?key|secret[_.-]?access[_.-]?key)(?:[_.-]?id)?' +
    String.raw`["'\x60]?\s{0,4}(?::=|=>|[:=])\s{0,4}["'\x60]?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
  'gdi',
);

/** Real AWS secret keys mix upper case, lower case and digits; hex digests and words do not. */
function isMixedCase(value: string): boolean {
  return /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9/+]/.test(value);
}

const KEY_ID = /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])/g;
/** How far apart a key id and its secret key may sit to be one credential (a credentials file, an env block). */
const PAIR_DISTANCE = 512;

/**
 * An AWS key id and a secret key within 512 characters of each other, neither a placeholder
 * (AWS's `AKIA…EXAMPLE`): together they sign requests, so they are an error wherever they sit.
 */
function describePair(find: RegExp, accept: (value: string) => boolean): (value: string, context: MatchContext) => MatchFacts {
  return (_value, context) => {
    const around = context.text.slice(Math.max(0, context.start - PAIR_DISTANCE), context.end + PAIR_DISTANCE);
    for (const match of around.matchAll(find)) {
      const other = match.groups?.secret ?? match[0];
      if (accept(other) && !isPlaceholder(other)) return { keyPair: true };
    }
    return {};
  };
}

/** Cloud-provider credential rules (AWS, Google, Azure, DigitalOcean, Alibaba). */
export const CLOUD_RULES: readonly SecretRule[] = [
  {
    kind: 'aws-access-key-id',
    description: 'AWS access key id',
    severity: 'error',
    keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'],
    pattern: tokenPattern('(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])', '[A-Z2-7]{16}'),
    entropy: 3,
    describe: describePair(AWS_SECRET, (secret) => isMixedCase(secret) && shannonEntropy(secret) >= 4),
  },
  {
    kind: 'aws-secret-access-key',
    description: 'AWS secret access key',
    severity: 'error',
    // Case-insensitive like the pattern: every spelling it accepts holds `secret`.
    keywords: ['secret'],
    pattern: AWS_SECRET,
    window: { before: 48, after: 96 },
    entropy: 4,
    validate: isMixedCase,
    describe: describePair(KEY_ID, (id) => shannonEntropy(id) >= 3),
  },
  {
    kind: 'google-api-key',
    description: 'Google API key',
    severity: 'error',
    keywords: ['AIza'],
    pattern: tokenPattern('AIza', '[0-9A-Za-z_-]{35}'),
    entropy: 3.5,
  },
  {
    kind: 'google-oauth-client-secret',
    description: 'Google OAuth client secret',
    severity: 'error',
    distinctive: true,
    keywords: ['GOCSPX-'],
    pattern: tokenPattern('GOCSPX-', '[0-9A-Za-z_-]{28}'),
    entropy: 3.5,
  },
  {
    kind: 'gcp-service-account',
    description: 'Google Cloud service-account key file',
    severity: 'error',
    keywords: ['private_key_id'],
    pattern: /private_key_id["']?\s{0,4}:\s{0,4}["'](?<secret>[0-9a-f]{40})["']/dg,
    window: { before: 8, after: 96 },
    near: { words: ['service_account'], within: 4096 },
    entropy: 3,
  },
  {
    kind: 'azure-storage-key',
    description: 'Azure Storage account key',
    severity: 'error',
    keywords: ['AccountKey='],
    pattern: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/dg,
    window: { before: 0, after: 128 },
    entropy: 4,
  },
  {
    kind: 'azure-shared-access-key',
    description: 'Azure shared access key (Service Bus, Event Hubs, IoT Hub)',
    severity: 'error',
    keywords: ['SharedAccessKey='],
    pattern: /SharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)/dg,
    window: { before: 0, after: 80 },
    entropy: 4,
  },
  {
    kind: 'azure-client-secret',
    description: 'Microsoft Entra (Azure AD) client secret',
    severity: 'error',
    keywords: ['Q~'],
    pattern: /(?<!(?<!\\)[A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/dg,
    window: { before: 8, after: 48 },
    entropy: 3.5,
  },
  {
    kind: 'digitalocean-token',
    description: 'DigitalOcean token',
    severity: 'error',
    distinctive: true,
    keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
    pattern: tokenPattern('do[opr]_v1_', '[a-f0-9]{64}'),
    entropy: 3,
  },
  {
    kind: 'alibaba-access-key-id',
    description: 'Alibaba Cloud AccessKey id',
    severity: 'error',
    keywords: ['LTAI'],
    pattern: tokenPattern('LTAI', '[A-Za-z0-9]{20}'),
    entropy: 3.5,
  },
];
