import { decodeBase64, type SecretRule, prefixedToken as token, tokenPattern } from '../secret-rule.js';

/**
 * Messaging, payments and AI services. Formats from the vendors' documentation: Slack token
 * types and incoming webhooks, Stripe API keys (`sk_live_`, restricted `rk_live_`), SendGrid
 * (`SG.<22>.<43>`), Twilio API key SIDs (`SK` + 32 hex), Mailgun private keys, Shopify app
 * tokens, Telegram Bot API tokens, Discord bot tokens and webhooks, Anthropic, OpenAI (every
 * key embeds `T3BlbkFJ`, base64 of "OpenAI"), Hugging Face, Groq, xAI, Perplexity, Replicate.
 */

/**
 * Discord bot tokens have no prefix: look near the names they are usually kept under. Bare
 * `discord` would cost a pass over the text for the common letter `d`.
 */
const DISCORD_NAMES = ['DISCORD_', 'discord_', 'discord-', 'Discord_', 'DISCORD-'];

/** A Discord bot token's first part is the base64 of the bot's numeric user id (a snowflake). */
function isDiscordToken(value: string): boolean {
  const id = decodeBase64(value.slice(0, value.indexOf('.')));
  return id !== undefined && /^\d{17,20}$/.test(id);
}

/** Messaging, payment and AI service token rules. */
export const SAAS_RULES: readonly SecretRule[] = [
  token(
    'slack-token',
    'Slack token',
    ['xoxb-', 'xoxp-', 'xoxa-', 'xoxo-', 'xoxr-', 'xoxs-', 'xoxe-', 'xapp-'],
    '(?:xox[abposr]|xoxe(?:\\.xox[bp])?|xapp)-',
    '[0-9A-Za-z]{1,20}-[0-9A-Za-z-]{10,250}',
  ),
  {
    kind: 'slack-webhook',
    description: 'Slack webhook URL',
    severity: 'error',
    distinctive: true,
    keywords: ['hooks.slack.com/'],
    pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/(?<secret>[A-Za-z0-9+/]{43,56})(?![A-Za-z0-9+/])/dg,
    window: { before: 0, after: 96 },
    entropy: 3,
  },
  token('stripe-live-key', 'Stripe live secret or restricted key', ['sk_live_', 'rk_live_'], '[sr]k_live_', '[A-Za-z0-9]{20,247}'),
  token('stripe-webhook-secret', 'Stripe webhook signing secret', ['whsec_'], 'whsec_', '[A-Za-z0-9+/]{32,64}'),
  token('sendgrid-api-key', 'SendGrid API key', ['SG.'], 'SG\\.', '[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}'),
  // `SK` and `key-` followed by hex are short prefixes that ids and hashes also produce.
  { ...token('twilio-api-key', 'Twilio API key SID', ['SK'], 'SK', '[0-9a-f]{32}'), distinctive: false },
  {
    kind: 'twilio-auth-token',
    description: 'Twilio auth token',
    severity: 'error',
    // Case-insensitive like the pattern (`twilio.authToken`, `TWILIO_AUTH_TOKEN`).
    keywords: ['twilio'],
    pattern: /twilio[\w.-]{0,24}?(?:auth[\w.-]{0,6}token|secret)["'`]?\s{0,4}[:=]\s{0,4}["'`]?(?<secret>[0-9a-f]{32})(?![0-9a-z])/dgi,
    window: { before: 0, after: 128 },
    entropy: 3,
  },
  { ...token('mailgun-api-key', 'Mailgun private API key', ['key-'], 'key-', '[0-9a-f]{32}'), distinctive: false },
  token(
    'shopify-token',
    'Shopify access token or shared secret',
    ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
    'shp(?:at|ca|pa|ss)_',
    '[a-fA-F0-9]{32}',
  ),
  {
    kind: 'telegram-bot-token',
    description: 'Telegram bot token',
    severity: 'error',
    keywords: [':AA'],
    pattern: /(?<!(?<!\\)[0-9A-Za-z_])(?<secret>[0-9]{8,10}:AA[0-9A-Za-z_-]{33})(?![0-9A-Za-z_-])/dg,
    window: { before: 12, after: 40 },
    entropy: 3,
  },
  {
    kind: 'discord-bot-token',
    description: 'Discord bot token',
    severity: 'error',
    keywords: DISCORD_NAMES,
    pattern: /(?<!(?<!\\)[A-Za-z0-9_-])(?<secret>[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])/dg,
    window: { before: 1024, after: 1024 },
    entropy: 3.5,
    validate: isDiscordToken,
  },
  {
    kind: 'discord-webhook',
    description: 'Discord webhook URL',
    severity: 'error',
    distinctive: true,
    keywords: ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'],
    pattern: /discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/(?<secret>[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])/dg,
    window: { before: 16, after: 128 },
    entropy: 3.5,
  },
  token('anthropic-api-key', 'Anthropic API key', ['sk-ant-'], 'sk-ant-', '[a-z]{3,5}\\d{2}-[A-Za-z0-9_-]{80,200}', 4),
  {
    kind: 'openai-api-key',
    description: 'OpenAI API key',
    severity: 'error',
    distinctive: true,
    keywords: ['T3BlbkFJ'],
    pattern: tokenPattern('sk-(?:(?:proj|svcacct|admin|None)-)?', '[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}'),
    window: { before: 220, after: 220 },
    entropy: 4,
  },
  token('huggingface-token', 'Hugging Face access token', ['hf_', 'api_org_'], '(?:hf|api_org)_', '[A-Za-z]{34}', 3.5),
  token('groq-api-key', 'Groq API key', ['gsk_'], 'gsk_', '[A-Za-z0-9]{52}', 3.5),
  token('xai-api-key', 'xAI API key', ['xai-'], 'xai-', '[A-Za-z0-9]{80}', 3.5),
  token('perplexity-api-key', 'Perplexity API key', ['pplx-'], 'pplx-', '[A-Za-z0-9]{48}', 3.5),
  token('replicate-api-token', 'Replicate API token', ['r8_'], 'r8_', '[A-Za-z0-9]{37}', 3.5),
  token('mapbox-secret-token', 'Mapbox secret access token', ['sk.eyJ'], 'sk\\.eyJ', '[A-Za-z0-9_-]{20,400}\\.[A-Za-z0-9_-]{20,100}', 3.5),
  token(
    'square-token',
    'Square access token or application secret',
    ['sq0atp-', 'sq0csp-'],
    'sq0',
    '(?:atp-[0-9A-Za-z_-]{22}|csp-[0-9A-Za-z_-]{43})',
  ),
  token('brevo-api-key', 'Brevo (Sendinblue) API key', ['xkeysib-'], 'xkeysib-', '[a-f0-9]{64}-[A-Za-z0-9]{16}'),
];
