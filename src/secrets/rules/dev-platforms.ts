import { type SecretRule, prefixedToken as token, tokenPattern } from '../secret-rule.js';

/**
 * Code hosting, registries and developer tools. Formats: GitHub "Behind GitHub's new
 * authentication token formats" (2021) and fine-grained PATs, GitLab "Token prefixes", npm's
 * `npm_` tokens and `.npmrc` auth keys (npm docs, "npmrc"), PyPI macaroons, RubyGems, Docker
 * Hub PATs, HashiCorp Vault tokens, Grafana, Sentry, Postman, Databricks.
 */

/** Code hosting, registry and developer-tool token rules. */
export const DEV_PLATFORM_RULES: readonly SecretRule[] = [
  token('github-pat', 'GitHub personal access token (classic)', ['ghp_'], 'ghp_', '[A-Za-z0-9]{36}'),
  token(
    'github-fine-grained-pat',
    'GitHub fine-grained personal access token',
    ['github_pat_'],
    'github_pat_',
    '[A-Za-z0-9]{22}_[A-Za-z0-9]{59}',
  ),
  token('github-oauth-token', 'GitHub OAuth access token', ['gho_'], 'gho_', '[A-Za-z0-9]{36}'),
  token('github-app-token', 'GitHub App token', ['ghu_', 'ghs_'], 'gh[us]_', '[A-Za-z0-9]{36}'),
  token('github-refresh-token', 'GitHub refresh token', ['ghr_'], 'ghr_', '[A-Za-z0-9]{36,76}'),
  token(
    'gitlab-token',
    'GitLab token',
    ['glpat-', 'gldt-', 'glrt-', 'gloas-', 'glcbt-', 'glimt-', 'glft-', 'glagent-', 'glsoat-', 'glffct-', 'glptt-', 'glwt-', 'GR1348941'],
    '(?:(?:glpat|gldt|glrt|gloas|glcbt|glimt|glft|glagent|glsoat|glffct|glptt|glwt)-|GR1348941)',
    '[A-Za-z0-9_-]{20,64}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,10})?',
  ),
  token('npm-token', 'npm access token', ['npm_'], 'npm_', '[A-Za-z0-9]{36}'),
  {
    kind: 'npmrc-auth',
    description: 'npm registry credential in an .npmrc line',
    severity: 'error',
    keywords: ['_authToken', '_auth', '_password'],
    // An .npmrc key starts a line or follows `//host/:`; `_authToken=${NPM_TOKEN}` (an
    // environment read, the recommended form) has no token characters and never matches.
    pattern: /_(?<=(?:^|[\r\n:'"`]|\\n)_)(?:authToken|auth|password)\s{0,4}=\s{0,4}["']?(?<secret>[A-Za-z0-9._~+/=-]{8,512})/dg,
    window: { before: 16, after: 560 },
    entropy: 3,
  },
  token('docker-pat', 'Docker Hub personal access token', ['dckr_pat_'], 'dckr_pat_', '[A-Za-z0-9_-]{27}'),
  token('pypi-token', 'PyPI API token', ['pypi-AgEIcHlwaS5vcmc'], 'pypi-AgEIcHlwaS5vcmc', '[A-Za-z0-9_-]{50,300}'),
  token('rubygems-api-key', 'RubyGems API key', ['rubygems_'], 'rubygems_', '[a-f0-9]{48}'),
  token('vault-token', 'HashiCorp Vault token', ['hvs.CAES', 'hvb.AAAA'], 'hv[sb]\\.', '[A-Za-z0-9_-]{90,300}'),
  token(
    'grafana-token',
    'Grafana Cloud or service-account token',
    ['glc_', 'glsa_'],
    'gl',
    '(?:c_[A-Za-z0-9+/]{32,400}={0,2}|sa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})',
  ),
  token('sentry-token', 'Sentry auth token', ['sntrys_', 'sntryu_'], 'sntry[su]_', '[A-Za-z0-9+/=_]{40,400}'),
  token('postman-api-key', 'Postman API key', ['PMAK-'], 'PMAK-', '[a-f0-9]{24}-[a-f0-9]{34}'),
  {
    kind: 'databricks-token',
    description: 'Databricks access token',
    severity: 'error',
    // Near its usual names: a bare `dapi` keyword would cost a pass for the common letter `d`.
    keywords: ['DATABRICKS', 'databricks_', 'databricks-', 'Databricks_'],
    pattern: tokenPattern('dapi', '[a-f0-9]{32}(?:-\\d)?'),
    window: { before: 256, after: 256 },
    entropy: 3,
  },
  token('atlassian-api-token', 'Atlassian API token', ['ATATT3'], 'ATATT3', '[A-Za-z0-9_=-]{180,200}'),
  token('linear-api-key', 'Linear API key', ['lin_api_'], 'lin_api_', '[A-Za-z0-9]{40}'),
  token('notion-token', 'Notion integration token', ['ntn_'], 'ntn_', '[0-9]{11}[A-Za-z0-9]{35}'),
  token('figma-token', 'Figma personal access token', ['figd_'], 'figd_', '[A-Za-z0-9_-]{40,200}'),
  token('vercel-token', 'Vercel token', ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'], 'vc[pcikr]_', '[A-Za-z0-9]{24,60}'),
  token('supabase-token', 'Supabase access or secret key', ['sbp_', 'sb_secret_'], 'sb', '(?:p_[a-f0-9]{40}|_secret_[A-Za-z0-9_-]{31,64})'),
  token('planetscale-token', 'PlanetScale token or password', ['pscale_'], 'pscale_(?:tkn|pw|oauth)_', '[A-Za-z0-9_.=-]{32,64}'),
  token('newrelic-api-key', 'New Relic user API key', ['NRAK-'], 'NRAK-', '[A-Z0-9]{27}'),
  token('sourcegraph-token', 'Sourcegraph access token', ['sgp_'], 'sgp_', '(?:[a-f0-9]{16}_)?[a-f0-9]{40}'),
  token('heroku-api-key', 'Heroku API key', ['HRKU-'], 'HRKU-AA', '[0-9A-Za-z_-]{58}'),
  token('age-secret-key', 'age secret key', ['AGE-SECRET-KEY-1'], 'AGE-SECRET-KEY-1', '[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}'),
];
