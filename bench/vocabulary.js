// @ts-check
/**
 * Word lists the synthetic sources are assembled from. Plain English and common programming
 * words only: nothing here looks like a credential (no long random strings, no key prefixes, no
 * user:password URLs), so a clean scanner run is the expected outcome.
 */

export const VERBS = [
  'get', 'set', 'load', 'save', 'read', 'write', 'parse', 'format', 'resolve', 'create', 'update',
  'delete', 'find', 'build', 'render', 'handle', 'apply', 'merge', 'normalize', 'validate', 'compute',
  'collect', 'emit', 'flush', 'open', 'close', 'start', 'stop', 'retry', 'select', 'filter', 'map',
  'register', 'dispatch', 'schedule', 'cancel', 'restore', 'serialize', 'encode', 'decode', 'watch',
];

export const NOUNS = [
  'session', 'message', 'config', 'settings', 'tool', 'result', 'request', 'response', 'stream',
  'buffer', 'token', 'prompt', 'context', 'history', 'file', 'path', 'project', 'workspace', 'command',
  'option', 'error', 'event', 'handler', 'listener', 'state', 'store', 'cache', 'entry', 'item', 'node',
  'tree', 'line', 'column', 'range', 'selection', 'terminal', 'output', 'input', 'model', 'usage',
  'permission', 'policy', 'hook', 'plugin', 'server', 'client', 'transport', 'channel', 'queue', 'task',
  'job', 'worker', 'process', 'signal', 'timer', 'limit', 'quota', 'theme', 'color', 'layout', 'view',
  'panel', 'dialog', 'status', 'progress', 'diff', 'patch', 'commit', 'branch', 'remote', 'account',
];

export const ADJECTIVES = [
  'current', 'default', 'pending', 'active', 'last', 'next', 'raw', 'parsed', 'resolved', 'cached',
  'remote', 'local', 'global', 'visible', 'hidden', 'total', 'max', 'min', 'new', 'old', 'safe', 'full',
];

export const TYPES = [
  'string', 'number', 'boolean', 'unknown', 'string[]', 'number[]', 'Record<string, string>',
  'Map<string, number>', 'Set<string>', 'Promise<void>', 'Buffer', 'Date', 'URL', 'AbortSignal',
];

export const MODULES = [
  'node:fs', 'node:path', 'node:os', 'node:child_process', 'node:events', 'node:stream', 'node:util',
  'node:crypto', 'node:readline', 'node:url', 'react', 'ink', 'zod', 'chalk', 'commander', 'semver',
  'undici', 'ws', 'yaml', 'lodash-es', 'diff', 'marked', 'strip-ansi', 'wrap-ansi', 'execa',
];

export const PACKAGES = [
  'react', 'react-reconciler', 'scheduler', 'ink', 'yoga-layout', 'zod', 'chalk', 'commander',
  'semver', 'undici', 'ws', 'yaml', 'lodash-es', 'diff', 'marked', 'highlight.js', 'strip-ansi',
  'wrap-ansi', 'string-width', 'execa', 'cross-spawn', 'which', 'glob', 'minimatch', 'picomatch',
  'micromatch', 'debug', 'ms', 'uuid', 'node-fetch', 'whatwg-url', 'tr46', 'iconv-lite', 'mime-types',
  'ajv', 'fast-deep-equal', 'json-schema-traverse', 'signal-exit', 'cli-spinners', 'ansi-styles',
  'supports-color', 'has-flag', 'emoji-regex', 'eastasianwidth', 'lru-cache', 'p-queue', 'eventemitter3',
  'abort-controller', 'form-data', 'combined-stream', 'asynckit', 'delayed-stream', 'punycode', 'tslib',
  'rxjs', 'fflate', 'shell-quote', 'ignore', 'fast-glob', 'open', 'is-wsl', 'is-docker', 'xss', 'entities',
];

export const FOLDERS = [
  'commands', 'components', 'services', 'tools', 'utils', 'hooks', 'state', 'context', 'api', 'auth',
  'config', 'permissions', 'screens', 'ink', 'bridge', 'tasks', 'telemetry', 'migrations', 'memory',
  'plugins', 'skills', 'query', 'cli', 'entrypoints', 'constants', 'types', 'keybindings', 'vim',
];

export const ENV_NAMES = [
  'NODE_ENV', 'DEBUG', 'HOME', 'USERPROFILE', 'XDG_CONFIG_HOME', 'HTTPS_PROXY', 'NO_PROXY', 'TERM',
  'COLORTERM', 'CI', 'SHELL', 'EDITOR', 'LANG', 'TZ', 'INCIDENT_CLI_LOG_LEVEL', 'INCIDENT_CLI_CONFIG_DIR',
  'INCIDENT_CLI_DISABLE_TELEMETRY', 'INCIDENT_CLI_MAX_TOKENS', 'FORCE_COLOR', 'NO_COLOR',
];

export const SENTENCE_WORDS = [
  'the', 'a', 'this', 'when', 'if', 'we', 'it', 'is', 'are', 'not', 'so', 'that', 'because', 'only',
  'before', 'after', 'every', 'each', 'keeps', 'returns', 'reads', 'writes', 'falls', 'back', 'to',
  'from', 'with', 'without', 'user', 'terminal', 'request', 'retry', 'later', 'once', 'again', 'still',
  'value', 'list', 'order', 'stable', 'fast', 'slow', 'path', 'width', 'height', 'cursor', 'screen',
  'note', 'see', 'issue', 'upstream', 'workaround', 'bug', 'older', 'versions', 'windows', 'macos',
  'linux', 'shell', 'quoting', 'escape', 'unicode', 'emoji', 'wide', 'characters', 'edge', 'case',
];

export const NON_ASCII = ['…', '✓', '✗', '→', '•', '⏺', '│', '─', 'é', '—'];
