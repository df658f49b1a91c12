/**
 * A labeled set of fake credentials, assembled at run time from pieces and a seeded PRNG so
 * that no scanner (ours included) trips on this file, plus look-alikes that must never be
 * flagged. Values are random; none was ever a real credential.
 */

import { createHash, createHmac, scryptSync } from 'node:crypto';
import { tokenChecksum } from '../../src/secrets/checksums.js';
import { guessBits } from '../../src/secrets/mask.js';

/** Where a credential inside a snippet must be reported, and what it must hash to. */
export interface ExpectedFinding {
  readonly kind: string;
  /** Offset in the snippet the finding points at. */
  readonly offset: number;
  /** The exact value the scanner hashes (normalised key bodies for private keys). */
  readonly secret: string;
  /** Substrings of the snippet that no finding may contain (the credential in any form). */
  readonly mustNotLeak: readonly string[];
}

/** A snippet of text holding one or more credentials. */
export interface LabeledSnippet {
  readonly name: string;
  readonly text: string;
  readonly expected: readonly ExpectedFinding[];
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const B64 = `${ALNUM}+/`;
const B64URL = `${ALNUM}_-`;
const HEX = '0123456789abcdef';
const BASE32 = `${UPPER}234567`;

/** A deterministic random source (mulberry32). */
export function createRandom(seed: number): (alphabet: string, length: number) => string {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (alphabet, length) => {
    let out = '';
    while (out.length < length) {
      const char = alphabet[Math.floor(next() * alphabet.length)]!;
      // Keep values clear of the filler runs placeholders are recognised by (xxxxxx, abcdef).
      const last = out.charCodeAt(out.length - 1);
      if (out.length > 0 && (char.charCodeAt(0) === last || char.charCodeAt(0) === last + 1)) continue;
      out += char;
    }
    return out;
  };
}

/** Join pieces: keeps every prefix out of this file as one literal. */
const p = (...pieces: string[]): string => pieces.join('');

const PRIV = p('PRIV', 'ATE KEY');
const BEGIN = p('-----', 'BEGIN ');
const END = p('-----', 'END ');

/**
 * A GitHub or npm token whose CRC32 checksum holds, as issued tokens' do: `prefix` + `body` + the
 * 6-character checksum of `body` (src/secrets/checksums.ts).
 */
export function checksummedToken(prefix: string, body: string): string {
  return prefix + body + tokenChecksum(body);
}

/**
 * The jwt.io debugger's classic sample token (HS256, "John Doe"), signed here with the secret
 * jwt.io publishes for it: a public value leakproof recognises by hash.
 */
export function jwtIoSample(): string {
  const b64 = (json: string): string => Buffer.from(json).toString('base64url');
  const body = `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64('{"sub":"1234567890","name":"John Doe","iat":1516239022}')}`;
  return `${body}.${createHmac('sha256', p('your-256-', 'bit-secret')).update(body).digest('base64url')}`;
}

/** One credential alone on a line: `before` + value + `after`. */
function single(name: string, kind: string, before: string, value: string, after = ''): LabeledSnippet {
  return { name, text: before + value + after, expected: [{ kind, offset: before.length, secret: value, mustNotLeak: [value] }] };
}

/** PEM text with 64-character lines, and its compact body. */
function pem(label: string, body: string, newline: string, headers = ''): { text: string; body: string } {
  const lines = body.match(/.{1,64}/g)!;
  const text = `${BEGIN}${label}${PRIV}-----${newline}${headers}${lines.join(newline)}${newline}${END}${label}${PRIV}-----`;
  return { text, body };
}

function keySnippet(name: string, label: string, body: string, prefix = '', newline = '\n', headers = ''): LabeledSnippet {
  const key = pem(label, body, newline, headers);
  return {
    name,
    text: prefix + key.text,
    expected: [{ kind: 'private-key', offset: prefix.length, secret: key.body, mustNotLeak: [key.body.slice(0, 64), key.body.slice(-64)] }],
  };
}

/** Every kind leakproof reports, each in a context where it is usually found. */
export function buildLabeledSet(seed = 20_260_401): LabeledSnippet[] {
  const r = createRandom(seed);
  return [...privateKeys(r), ...cloudKeys(r), ...platformTokens(r), ...serviceTokens(r), ...genericCredentials(r)];
}

type Random = ReturnType<typeof createRandom>;

function privateKeys(r: Random): LabeledSnippet[] {
  const putty = r(B64, 44);
  const puttyText =
    p('PuTTY-User-Key-', 'File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n') +
    `${r(B64, 64)}\n${r(B64, 40)}\nPrivate-Lines: 1\n${putty}\nPrivate-MAC: ${r(HEX, 64)}\n`;
  return [
    keySnippet('rsa pkcs1', 'RSA ', p('MIIE', 'pAIBAAKCAQEA') + r(B64, 1500)),
    keySnippet('pkcs8', '', p('MIIE', 'vgIBADANBgkqhkiG9w0BAQEFAASC') + r(B64, 1500), 'const key = `', '\n'),
    keySnippet('ec', 'EC ', p('MHcC', 'AQEEI') + r(B64, 160)),
    keySnippet('dsa', 'DSA ', p('MIIB', 'uwIBAAKBgQ') + r(B64, 600)),
    keySnippet('encrypted pkcs8', 'ENCRYPTED ', p('MIIF', 'HDBOBgkqhkiG9w0BBQ0w') + r(B64, 1600)),
    keySnippet('openssh', 'OPENSSH ', p('b3BlbnNzaC1', 'rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW') + r(B64, 300)),
    keySnippet(
      'rsa with DEK-Info',
      'RSA ',
      r(B64, 1200),
      '',
      '\n',
      `Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${r(HEX, 32).toUpperCase()}\n\n`,
    ),
    keySnippet('pkcs8 in a JSON string', '', p('MIIE', 'vQIBADANBgkqhkiG9w0BAQEFAASC') + r(B64, 1500), '{"key":"', '\\n'),
    { name: 'putty', text: puttyText, expected: [{ kind: 'putty-private-key', offset: 0, secret: putty, mustNotLeak: [putty] }] },
  ];
}

function cloudKeys(r: Random): LabeledSnippet[] {
  const keyId = r(HEX, 40);
  const saKey = p('MIIE', 'vQIBADANBgkqhkiG9w0BAQEFAASC') + r(B64, 1200);
  const saHead = `{\n  "type": "service_${'account'}",\n  "project_id": "demo-project",\n  "private_key_id": "`;
  const saMid = '",\n  "private_key": "';
  const saPem = pem('', saKey, '\\n').text;
  return [
    single('aws key id', 'aws-access-key-id', 'aws_access_key_id = ', p('AK', 'IA') + r(BASE32, 16)),
    single('aws temporary key id', 'aws-access-key-id', 'AWS_ACCESS_KEY_ID=', p('AS', 'IA') + r(BASE32, 16)),
    single('aws secret key', 'aws-secret-access-key', 'aws_secret_access_key = ', r(UPPER, 8) + r(LOWER, 8) + r(DIGITS, 4) + r(B64, 20)),
    single('aws secret key in js', 'aws-secret-access-key', '{secretAccessKey:"', `${r(LOWER, 10) + r(UPPER, 10)}/${r(B64, 19)}`, '"}'),
    // The pattern is case-insensitive, so the keyword prefilter must be too.
    single(
      'aws secret key under a mixed-case name',
      'aws-secret-access-key',
      'AWS_Secret_Access_Key: ',
      r(LOWER, 9) + r(UPPER, 9) + r(DIGITS, 2) + r(B64, 20),
    ),
    single(
      'aws secret key under a dotted name',
      'aws-secret-access-key',
      'aws.secret.key=',
      r(UPPER, 9) + r(LOWER, 9) + r(DIGITS, 2) + r(B64, 20),
    ),
    single('google api key', 'google-api-key', 'const firebaseKey = "', p('AI', 'za') + r(B64URL, 35), '";'),
    single('google oauth client secret', 'google-oauth-client-secret', 'client_secret: ', p('GOC', 'SPX-') + r(B64URL, 28)),
    {
      name: 'gcp service account',
      text: `${saHead}${keyId}${saMid}${saPem}\\n",\n  "client_email": "svc@demo-project.iam.gserviceaccount.com"\n}`,
      expected: [
        { kind: 'gcp-service-account', offset: saHead.length, secret: keyId, mustNotLeak: [keyId] },
        { kind: 'private-key', offset: saHead.length + keyId.length + saMid.length, secret: saKey, mustNotLeak: [saKey.slice(0, 64)] },
      ],
    },
    single(
      'azure storage',
      'azure-storage-key',
      'DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=',
      `${r(B64, 86)}==`,
      ';EndpointSuffix=core.windows.net',
    ),
    single(
      'azure service bus',
      'azure-shared-access-key',
      'Endpoint=sb://demo.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=',
      `${r(B64, 43)}=`,
    ),
    single('azure client secret', 'azure-client-secret', 'AZURE_CLIENT_SECRET=', r(ALNUM, 3) + p('8Q', '~') + r(`${ALNUM}_~.`, 34)),
    single('digitalocean', 'digitalocean-token', 'DO_TOKEN=', p('dop', '_v1_') + r(HEX, 64)),
    single('alibaba', 'alibaba-access-key-id', 'accessKeyId: "', p('LT', 'AI') + r(ALNUM, 20), '"'),
  ];
}

function platformTokens(r: Random): LabeledSnippet[] {
  const uuid = `${r(HEX, 8)}-${r(HEX, 4)}-${r(HEX, 4)}-${r(HEX, 4)}-${r(HEX, 12)}`;
  return [
    single('github classic', 'github-pat', 'GITHUB_TOKEN=', checksummedToken(p('gh', 'p_'), r(ALNUM, 30))),
    single('github fine-grained', 'github-fine-grained-pat', 'token: ', `${p('github', '_pat_') + r(ALNUM, 22)}_${r(ALNUM, 59)}`),
    single('github oauth', 'github-oauth-token', "auth('", checksummedToken(p('gh', 'o_'), r(ALNUM, 30)), "')"),
    single('github app user', 'github-app-token', 'x = "', checksummedToken(p('gh', 'u_'), r(ALNUM, 30)), '"'),
    single('github app installation', 'github-app-token', 'x = "', checksummedToken(p('gh', 's_'), r(ALNUM, 30)), '"'),
    single('github refresh', 'github-refresh-token', 'refresh_token=', checksummedToken(p('gh', 'r_'), r(ALNUM, 70))),
    single('gitlab pat', 'gitlab-token', 'GITLAB_TOKEN=', p('glp', 'at-') + r(B64URL, 20)),
    single('gitlab runner', 'gitlab-token', 'token = "', p('glr', 't-') + r(ALNUM, 20), '"'),
    single('npm token', 'npm-token', '//registry.npmjs.org/:_authToken=', checksummedToken(p('np', 'm_'), r(ALNUM, 30))),
    single('npmrc legacy token', 'npmrc-auth', '//registry.npmjs.org/:_auth' + 'Token=', uuid),
    single(
      'npmrc basic auth',
      'npmrc-auth',
      'registry=https://npm.corp/\n_a' + 'uth=',
      Buffer.from(`ci:${r(ALNUM, 16)}`).toString('base64'),
    ),
    single('docker', 'docker-pat', 'DOCKER_TOKEN=', p('dckr', '_pat_') + r(B64URL, 27)),
    single('pypi', 'pypi-token', 'password = ', p('pypi-', 'AgEIcHlwaS5vcmc') + r(B64URL, 120)),
    single('rubygems', 'rubygems-api-key', ':rubygems_api_key: ', p('rubygems', '_') + r(HEX, 48)),
    single('vault', 'vault-token', 'VAULT_TOKEN=', p('hvs.', 'CAES') + r(B64URL, 100)),
    single('grafana', 'grafana-token', 'GRAFANA_TOKEN=', `${p('gl', 'sa_') + r(ALNUM, 32)}_${r(HEX, 8)}`),
    single('sentry', 'sentry-token', 'SENTRY_AUTH_TOKEN=', p('sntr', 'ys_') + r(ALNUM, 80)),
    single('postman', 'postman-api-key', 'key: ', `${p('PM', 'AK-') + r(HEX, 24)}-${r(HEX, 34)}`),
    single('databricks', 'databricks-token', 'DATABRICKS_TOKEN=', p('da', 'pi') + r(HEX, 32)),
    single('atlassian', 'atlassian-api-token', 'JIRA_TOKEN=', p('ATA', 'TT3') + r(B64URL, 186)),
    single('linear', 'linear-api-key', 'LINEAR_API_KEY=', p('lin', '_api_') + r(ALNUM, 40)),
    single('notion', 'notion-token', 'NOTION_TOKEN=', p('nt', 'n_') + r(DIGITS, 11) + r(ALNUM, 35)),
    single('figma', 'figma-token', 'FIGMA_TOKEN=', p('fi', 'gd_') + r(B64URL, 40)),
    single('vercel', 'vercel-token', 'VERCEL_TOKEN=', p('vc', 'p_') + r(ALNUM, 40)),
    single('supabase', 'supabase-token', 'SUPABASE_ACCESS_TOKEN=', p('sb', 'p_') + r(HEX, 40)),
    single('planetscale', 'planetscale-token', 'password: ', p('pscale', '_pw_') + r(ALNUM, 43)),
    single('new relic', 'newrelic-api-key', 'NEW_RELIC_API_KEY=', p('NR', 'AK-') + r(UPPER + DIGITS, 27)),
    single('sourcegraph', 'sourcegraph-token', 'SRC_ACCESS_TOKEN=', `${p('sg', 'p_') + r(HEX, 16)}_${r(HEX, 40)}`),
    single('heroku', 'heroku-api-key', 'HEROKU_API_KEY=', p('HR', 'KU-AA') + r(B64URL, 58)),
    single('age', 'age-secret-key', '# created\n', p('AGE-SECRET', '-KEY-1') + r('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)),
  ];
}

function serviceTokens(r: Random): LabeledSnippet[] {
  const discordId = `1${r(DIGITS, 17)}`;
  const discord = `${Buffer.from(discordId).toString('base64').replace(/=+$/, '')}.${r(B64URL, 6)}.${r(B64URL, 38)}`;
  return [
    single('slack bot', 'slack-token', 'SLACK_BOT_TOKEN=', `${p('xo', 'xb-') + r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(ALNUM, 24)}`),
    single(
      'slack user',
      'slack-token',
      'token: "',
      `${p('xo', 'xp-')}${r(DIGITS, 12)}-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(HEX, 32)}`,
      '"',
    ),
    single(
      'slack webhook',
      'slack-webhook',
      `const hook = "https://${p('hooks.', 'slack.com/services/')}`,
      `T${r(UPPER + DIGITS, 10)}/B${r(UPPER + DIGITS, 10)}/${r(ALNUM, 24)}`,
      '";',
    ),
    single('stripe secret', 'stripe-live-key', 'STRIPE_SECRET_KEY=', p('sk', '_live_') + r(ALNUM, 99)),
    single('stripe restricted', 'stripe-live-key', "stripe('", p('rk', '_live_') + r(ALNUM, 24), "')"),
    single('stripe webhook', 'stripe-webhook-secret', 'STRIPE_WEBHOOK_SECRET=', p('wh', 'sec_') + r(ALNUM, 32)),
    single('sendgrid', 'sendgrid-api-key', 'SENDGRID_API_KEY=', `${p('S', 'G.') + r(B64URL, 22)}.${r(B64URL, 43)}`),
    single('twilio api key', 'twilio-api-key', 'apiKey: "', p('S', 'K') + r(HEX, 32), '"'),
    single('twilio auth token', 'twilio-auth-token', 'TWILIO_AUTH_TOKEN=', r(HEX, 32)),
    single('twilio auth token in a config object', 'twilio-auth-token', 'twilio.authToken = "', r(HEX, 32), '"'),
    single('mailgun', 'mailgun-api-key', "apiKey: '", p('ke', 'y-') + r(HEX, 32), "'"),
    single('shopify', 'shopify-token', 'SHOPIFY_ACCESS_TOKEN=', p('shp', 'at_') + r(HEX, 32)),
    single('telegram', 'telegram-bot-token', 'const bot = new Telegraf("', `${r(DIGITS, 10)}${p(':A', 'A')}${r(B64URL, 33)}`, '");'),
    single('discord bot', 'discord-bot-token', 'DISCORD_TOKEN=', discord),
    single('discord webhook', 'discord-webhook', `fetch("https://discord.com/api/${'webhooks'}/${r(DIGITS, 18)}/`, r(B64URL, 68), '")'),
    single('anthropic', 'anthropic-api-key', 'ANTHROPIC_API_KEY=', `${p('sk-', 'ant-api03-') + r(B64URL, 93)}AA`),
    single('openai project', 'openai-api-key', 'OPENAI_API_KEY=', p('sk-', 'proj-') + r(B64URL, 74) + p('T3Blbk', 'FJ') + r(B64URL, 74)),
    single('openai legacy', 'openai-api-key', 'openai.api_key = "', p('sk', '-') + r(ALNUM, 20) + p('T3Blbk', 'FJ') + r(ALNUM, 20), '"'),
    single('hugging face', 'huggingface-token', 'HF_TOKEN=', p('h', 'f_') + r(UPPER + LOWER, 34)),
    single('groq', 'groq-api-key', 'GROQ_API_KEY=', p('gs', 'k_') + r(ALNUM, 52)),
    single('xai', 'xai-api-key', 'XAI_API_KEY=', p('xa', 'i-') + r(ALNUM, 80)),
    single('perplexity', 'perplexity-api-key', 'PPLX_KEY=', p('pp', 'lx-') + r(ALNUM, 48)),
    single('replicate', 'replicate-api-token', 'REPLICATE_API_TOKEN=', p('r', '8_') + r(ALNUM, 37)),
    single('mapbox', 'mapbox-secret-token', 'MAPBOX_TOKEN=', `${p('sk.', 'eyJ') + r(B64URL, 60)}.${r(B64URL, 22)}`),
    single('square', 'square-token', 'SQUARE_TOKEN=', p('sq0', 'atp-') + r(B64URL, 22)),
    single('brevo', 'brevo-api-key', 'BREVO_KEY=', `${p('xkey', 'sib-') + r(HEX, 64)}-${r(ALNUM, 16)}`),
  ];
}

function base64url(value: string): string {
  return Buffer.from(value).toString('base64url');
}

function genericCredentials(r: Random): LabeledSnippet[] {
  const jwt = `${base64url('{"alg":"HS256","typ":"JWT"}')}.${base64url(`{"sub":"${r(DIGITS, 10)}","role":"admin"}`)}.${r(B64URL, 43)}`;
  const dbPassword = r(ALNUM, 20);
  const urlPassword = r(ALNUM, 16);
  return [
    single('postgres url', 'database-url', 'DATABASE_URL=postgres://app_user:', dbPassword, '@db.internal.corp:5432/app'),
    single('mongodb url', 'database-url', 'mongoose.connect("mongodb+srv://admin:', r(ALNUM, 18), '@cluster0.ab1cd.mongodb.net/prod")'),
    single('https url', 'url-password', 'git clone https://deploy:', urlPassword, '@git.internal.corp/repo.git'),
    single('jwt', 'jwt', 'Authorization: Bearer ', jwt),
  ];
}

/** Text that looks like credentials but must never be flagged. */
export function buildLookAlikes(seed = 7): Array<{ name: string; text: string }> {
  const r = createRandom(seed);
  const cases: Array<[string, string]> = [
    ['aws doc example id', p('AKIA', 'IOSFODNN7', 'EXAMPLE')],
    ['aws doc example secret', `aws_secret_access_key = ${p('wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLEKEY')}`],
    ['placeholder api key', 'OPENAI_API_KEY=<YOUR_API_KEY>'],
    ['filler token', `GITHUB_TOKEN=${p('gh', 'p_')}${'x'.repeat(36)}`],
    ['filler stripe', `${p('sk', '_live_')}${'X'.repeat(24)}`],
    ['your token', `token: ${p('xo', 'xb-')}your-bot-token-here`],
    ['changeme', `DATABASE_URL=${p('postgres', '://user:')}${p('change', 'me@')}localhost:5432/db`],
    ['password placeholder url', 'redis://:password@localhost:6379'],
    ['user pass url', 'amqp://guest:guest@localhost:5672'],
    ['example host url', `https://alice:${r(ALNUM, 12)}@example.com/path`],
    ['template url', 'const url = `${proto}://${user}:${password}@${host}/${db}`;'],
    ['concatenated url', 'u="https://"+e.user+":"+e.pass+"@"+e.host'],
    ['env template', `//registry.npmjs.org/:_auth${'Token'}=\${NPM_TOKEN}`],
    ['env reads', 'const key = process.env.AWS_SECRET_ACCESS_KEY; const t = process.env.GITHUB_TOKEN;'],
    ['env var name', 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}'],
    ['hex hash as aws secret', `aws_secret_access_key = ${r(HEX, 40)}`],
    ['sha1', `commit ${r(HEX, 40)}`],
    ['sha256', `"sha256": "${r(HEX, 64)}"`],
    ['integrity', `"integrity": "sha512-${Buffer.from(r(ALNUM, 64)).toString('base64')}"`],
    ['uuid', `id: "${r(HEX, 8)}-${r(HEX, 4)}-4${r(HEX, 3)}-a${r(HEX, 3)}-${r(HEX, 12)}"`],
    ['npm uuid without key', `"requestId": "${r(HEX, 8)}-${r(HEX, 4)}-${r(HEX, 4)}-${r(HEX, 4)}-${r(HEX, 12)}"`],
    ['base64 image', `background: url(data:image/png;base64,${base64Blob(r)})`],
    [
      'inline source map',
      `//# sourceMappingURL=data:application/json;base64,${base64url(`{"version":3,"sources":["a.ts"],"mappings":"${r(ALNUM, 300)}"}`)}`,
    ],
    ['public key', `${BEGIN}PUBLIC KEY-----\n${r(B64, 64)}\n${r(B64, 64)}\n${r(B64, 64)}\n${END}PUBLIC KEY-----`],
    ['certificate', `${BEGIN}CERTIFICATE-----\n${r(B64, 64)}\n${r(B64, 64)}\n${r(B64, 64)}\n${END}CERTIFICATE-----`],
    ['ssh public key', `ssh-rsa AAAAB3NzaC1yc2E${r(B64, 300)} dev@laptop`],
    ['bare pem header compare', `if (pem.startsWith('${BEGIN}RSA ${PRIV}-----')) return parseRsa(pem);`],
    ['pem header constants', `const H="${BEGIN}${PRIV}-----",F="${END}${PRIV}-----";s=s.replace(H,"").replace(F,"")`],
    ['truncated doc key', `${BEGIN}RSA ${PRIV}-----\nMIIEpAIBAAKCAQEA...\n${END}RSA ${PRIV}-----`],
    ['dotted doc key', `${BEGIN}OPENSSH ${PRIV}-----\n...\n${END}OPENSSH ${PRIV}-----`],
    ['stripe test key', `${p('sk', '_test_')}${r(ALNUM, 24)}`],
    ['stripe publishable', `${p('pk', '_live_')}${r(ALNUM, 24)}`],
    ['jwt without signature', `${base64url('{"alg":"none"}')}.${base64url('{"sub":"1"}')}.`],
    ['minified code', 'function e(t){return t.key-t.SKIP}var n={keyframes:"monkey-patch"},AKIA=1,ghp_=2;'],
    ['css and words', '.key-value{animation:keyframes 1s} ASIA PACIFIC REGION; SKU:1234'],
    ['twilio account sid', `accountSid: "AC${r(HEX, 32)}"`],
    ['google key placeholder', `apiKey: "${p('AI', 'za')}SyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"`],
    ['slack webhook placeholder', `https://${p('hooks.', 'slack.com/services/')}T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`],
    ['npm token placeholder', `${p('np', 'm_')}${'0'.repeat(36)}`],
    ['azure placeholder', `AccountKey=${'x'.repeat(86)}==`],
  ];
  return cases.map(([name, text]) => ({ name, text }));
}

/** Random base64 with key prefixes planted after `+` and `/`, as they occur in real blobs. */
function base64Blob(r: Random): string {
  const parts: string[] = [];
  for (let i = 0; i < 200; i++) parts.push(r(B64, 97), i % 2 ? '+' : '/', p('AK', 'IA'), r(BASE32, 16), '/', p('AI', 'za'), r(ALNUM, 35));
  return parts.join('');
}

// ---- Assembling labeled texts: a plain file and a single-line bundle ----

/** Where a labeled credential must be reported in an assembled text. */
export interface ExpectedLocation {
  readonly name: string;
  readonly kind: string;
  readonly line: number;
  readonly column: number;
  readonly hash: string;
  readonly length: number;
  readonly mustNotLeak: readonly string[];
}

/** An assembled text and the findings it must produce. */
export interface LabeledText {
  readonly text: string;
  readonly expected: ExpectedLocation[];
}

/**
 * The hash a finding must carry, computed independently of src/secrets/mask.ts: SHA-256 for a
 * value whose hidden part spans 2^128 guesses, scrypt (N 2^12, r 8, p 1, fixed salt) below.
 */
export const shortHash = (value: string): string => {
  const hidden = value.length - Math.min(4, Math.floor(value.length / 4));
  return guessBits(value, hidden) >= 128
    ? createHash('sha256').update(value).digest('hex').slice(0, 12)
    : scryptSync(value, 'leakproof secret hash v2', 6, { N: 4096, r: 8, p: 1 }).toString('hex');
};

/** Lines of ordinary TypeScript between the snippets. */
const FILLER_LINES = [
  "import { readFile } from 'node:fs/promises';",
  'export async function load(path: string): Promise<string> {',
  "  const text = await readFile(path, 'utf8'); // https://nodejs.org/api/fs.html",
  '  return text.replace(/\\r\\n/g, "\\n").trim();',
  '}',
];

function locationsIn(text: string, start: number, snippet: LabeledSnippet, escaped: boolean): ExpectedLocation[] {
  return snippet.expected.map((expected) => {
    const before = snippet.text.slice(0, expected.offset);
    const breaks = before.split('\n').length - 1;
    const at = start + expected.offset + (escaped ? breaks : 0);
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    return {
      name: snippet.name,
      kind: expected.kind,
      line: text.slice(0, at).split('\n').length,
      column: at - lineStart + 1,
      hash: shortHash(expected.secret),
      length: expected.secret.length,
      mustNotLeak: expected.mustNotLeak,
    };
  });
}

/** A plain source file: each snippet on its own lines, ordinary code in between. */
export function buildPlainFile(snippets: readonly LabeledSnippet[]): LabeledText {
  let text = '';
  const placed: Array<[number, LabeledSnippet]> = [];
  for (const snippet of snippets) {
    text += `${FILLER_LINES.join('\n')}\n`;
    placed.push([text.length, snippet]);
    text += `${snippet.text}\n`;
  }
  return { text, expected: placed.flatMap(([start, snippet]) => locationsIn(text, start, snippet, false)) };
}

/**
 * A single-line minified bundle of about `size` characters with every snippet inside a string
 * literal, its line breaks escaped as `\n` the way bundlers emit them.
 */
export function buildSingleLineBundle(snippets: readonly LabeledSnippet[], size: number): LabeledText {
  const chunk =
    'function a(e,t){if(!e)return t;var n=e.key-t.id,r="https://cdn.jsdelivr.net/npm/x@1/"+n;' +
    'return Object.assign({},e,{url:r,SKIP:t.SKU,_auth:void 0})}var o=typeof Symbol=="function"?Symbol.iterator:"@@iterator";';
  const gap = Math.max(1, Math.floor(size / snippets.length / chunk.length));
  const parts: string[] = [];
  const placed: Array<[number, LabeledSnippet]> = [];
  let length = 0;
  for (const snippet of snippets) {
    const filler = `${chunk.repeat(gap)}var s="`;
    parts.push(filler);
    length += filler.length;
    placed.push([length, snippet]);
    const escaped = `${snippet.text.replace(/\n/g, '\\n')}";`;
    parts.push(escaped);
    length += escaped.length;
  }
  const text = parts.join('');
  return { text, expected: placed.flatMap(([start, snippet]) => locationsIn(text, start, snippet, true)) };
}
