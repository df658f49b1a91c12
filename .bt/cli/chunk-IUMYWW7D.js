// dist/secrets/mask.js
import { createHash, scryptSync } from "node:crypto";
var STRONG_BITS = 128;
var SCRYPT = { N: 2 ** 12, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
var SALT = "leakproof secret hash v2";
var cache = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 1e4;
function maskSecret(value) {
  const cached = cache.get(value);
  if (cached)
    return cached;
  const { preview, length, strong } = previewSecret(value);
  const masked = {
    preview,
    length,
    hash: strong ? createHash("sha256").update(value).digest("hex").slice(0, 12) : scryptSync(value, SALT, 6, SCRYPT).toString("hex")
  };
  if (cache.size >= CACHE_LIMIT)
    cache.clear();
  cache.set(value, masked);
  return masked;
}
function previewSecret(value) {
  const shown = Math.min(4, Math.floor(value.length / 4));
  const strong = guessBits(value, value.length - shown) >= STRONG_BITS;
  return { preview: strong ? `${value.slice(0, shown)}\u2026` : "\u2026", length: value.length, strong };
}
function guessBits(value, hidden) {
  let alphabet = 0;
  if (/[a-z]/.test(value))
    alphabet += 26;
  if (/[A-Z]/.test(value))
    alphabet += 26;
  if (/[0-9]/.test(value))
    alphabet += 10;
  if (/[^A-Za-z0-9]/.test(value))
    alphabet += 33;
  return hidden * Math.log2(Math.max(alphabet, 2));
}

// dist/secrets/checksums.js
import { crc32 } from "node:zlib";
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
var CHECKSUMMED_KINDS = /* @__PURE__ */ new Set([
  "github-pat",
  "github-oauth-token",
  "github-app-token",
  "github-refresh-token",
  "npm-token"
]);
function base62Checksum(n) {
  let out = "";
  let rest = n >>> 0;
  do {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return out.padStart(6, "0");
}
function tokenChecksum(body) {
  return base62Checksum(crc32(body));
}
function verifyTokenChecksum(kind, value) {
  if (!CHECKSUMMED_KINDS.has(kind))
    return void 0;
  const token = value.slice(value.indexOf("_") + 1);
  if (token.length <= 6 || !/^[A-Za-z0-9]+$/.test(token))
    return false;
  return tokenChecksum(token.slice(0, -6)) === token.slice(-6);
}

// dist/secrets/known-values.js
import { createHash as createHash2 } from "node:crypto";
var KNOWN_PUBLIC_VALUES = /* @__PURE__ */ new Map([
  // Azure Storage emulator (Azurite, and the older Storage Emulator): the `devstoreaccount1` key
  // published in "Use the Azurite emulator for local Azure Storage development" (Microsoft Learn).
  [
    "0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059",
    "the Azure Storage emulator key (devstoreaccount1), published by Microsoft"
  ],
  // Azure Cosmos DB emulator: the fixed key from "Use the Azure Cosmos DB emulator" (Microsoft Learn).
  ["aa6547439583c3a275d4542a0df6c1ad6a863971be9f2a2220f027cc02aef615", "the Azure Cosmos DB emulator key, published by Microsoft"],
  // jwt.io's debugger samples (HS256 over {"sub":"1234567890","name":"John Doe",...}), the
  // classic one (secret "your-256-bit-secret") and the 2025 one ("a-string-secret-at-least-256-bits-long").
  ["7f75367e7881255134e1375e723d1dea8ad5f6a4fdb79d938df1f1754a830606", "the jwt.io sample token (John Doe)"],
  ["c794fa6d20c64efb9adf980ae93af472a1679775862d421ffe55d4a57fad5b3e", "the jwt.io sample token (John Doe)"]
]);
function knownPublicValue(value) {
  return KNOWN_PUBLIC_VALUES.get(createHash2("sha256").update(value).digest("hex"));
}

// dist/secrets/match-facts.js
function describeMatch(rule, value, context) {
  const facts = { ...rule.describe?.(value, context) };
  const checksum = verifyTokenChecksum(rule.kind, value);
  if (checksum !== void 0)
    facts.checksum = checksum;
  const publicValue = knownPublicValue(value);
  if (publicValue !== void 0)
    facts.publicValue = publicValue;
  return Object.keys(facts).length > 0 ? facts : void 0;
}

// dist/secrets/placeholders.js
var PLACEHOLDER_WORDS = [
  "example",
  "placeholder",
  "changeme",
  "change_me",
  "change-me",
  "your",
  "redacted",
  "dummy",
  "sample",
  "xxxx",
  "fake",
  "insert",
  "replace",
  "secret_here",
  "token_here",
  "key_here"
];
var TEMPLATE_SYNTAX = /\$\{|\{\{|<[^>]*>|%s|%\(|^process\.env|\*\*\*|\.\.\.|…/;
var PLACEHOLDER_PASSWORDS = /* @__PURE__ */ new Set([
  "password",
  "pass",
  "passwd",
  "pwd",
  "pw",
  "secret",
  "changeme",
  "admin",
  "root",
  "test",
  "user",
  "username",
  "guest",
  "anonymous",
  "foo",
  "bar",
  "baz",
  "demo",
  "token",
  "apikey",
  "x",
  "mypassword",
  "yourpassword",
  "p@ssw0rd",
  "password123",
  "letmein",
  "postgres",
  "mysql"
]);
var VOCABULARY = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "passphrase",
  "pass",
  "pwd",
  "pw",
  "secret",
  "secrets",
  "token",
  "tokens",
  "key",
  "keys",
  "api",
  "apikey",
  "auth",
  "access",
  "bearer",
  "session",
  "login",
  "pin",
  "code",
  "my",
  "your",
  "our",
  "the",
  "some",
  "any",
  "this",
  "that",
  "test",
  "tests",
  "testing",
  "dev",
  "local",
  "user",
  "username",
  "usr",
  "name",
  "admin",
  "root",
  "guest",
  "demo",
  "example",
  "sample",
  "dummy",
  "fake",
  "mock",
  "foo",
  "bar",
  "baz",
  "qux",
  "quux",
  "foobar",
  "abc",
  "xyz",
  "random",
  "super",
  "top",
  "very",
  "private",
  "public",
  "change",
  "me",
  "default",
  "hello",
  "world",
  "letmein",
  "qwerty",
  "db",
  "database",
  "app",
  "service",
  "client",
  "server",
  "temp",
  "tmp",
  "new",
  "old",
  "value",
  "string",
  "here",
  "todo",
  "xxx",
  "npm",
  "registry",
  "github",
  "git",
  "redis",
  "postgres",
  "mysql",
  "mongo",
  "id",
  "one",
  "two",
  "word",
  "hunter",
  "none"
]);
var LONGEST_WORD = Math.max(...[...VOCABULARY].map((word) => word.length));
var LEET = { "@": "a", $: "s", "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t" };
function isPlaceholder(value) {
  const lower = value.toLowerCase();
  for (const word of PLACEHOLDER_WORDS)
    if (lower.includes(word))
      return true;
  if (TEMPLATE_SYNTAX.test(value))
    return true;
  return hasFillerRun(value) || isWordsAndDigits(value);
}
function isTemplatePassword(password) {
  if (/^(?:\$\{[^}]*\}|\{\{[^}]*\}\}|<[^>]*>|(?:%[sd]|%\(\w+\)s)+|[*xX•.…]+)$/.test(password))
    return true;
  const variable = /^\$(\w+)$|^%(\w+)%$/.exec(password);
  return variable !== null && isVariableName(variable[1] ?? variable[2]);
}
function isVariableName(name) {
  return /^[A-Z_]+\d{0,2}$/.test(name) || /^[a-z_]+\d{0,2}$/.test(name) && isWordsAndDigits(name);
}
function isWeakPassword(password, user) {
  const lower = password.toLowerCase();
  return PLACEHOLDER_PASSWORDS.has(lower) || lower === user.toLowerCase() || isPlaceholder(password);
}
function isWordsAndDigits(value) {
  if (value.length > 48)
    return false;
  let words = 0;
  for (const part of value.toLowerCase().split(/[_.-]/)) {
    if (part === "")
      continue;
    const match = /^([a-z@$]*?)(\d*)$/.exec(part);
    if (match && match[1] !== "" && isSimpleDigits(match[2]) && isVocabulary(readLeet(match[1])))
      words++;
    else if (match && match[1] === "" && isSimpleDigits(match[2]))
      continue;
    else if (/^[a-z@$0-9]+$/.test(part) && /[a-z]/.test(part) && isVocabulary(readLeet(part)))
      words++;
    else
      return false;
  }
  return words > 0;
}
function readLeet(text) {
  return text.replace(/[@$0134578]/g, (char) => LEET[char] ?? char);
}
function isSimpleDigits(digits) {
  return digits.length <= 4 || /^(\d)\1*$/.test(digits) || "01234567890".includes(digits) || "98765432109".includes(digits);
}
function isVocabulary(letters) {
  if (!/^[a-z]+$/.test(letters))
    return false;
  const reachable = [true];
  for (let end = 1; end <= letters.length; end++) {
    reachable[end] = false;
    for (let start = Math.max(0, end - LONGEST_WORD); start < end && !reachable[end]; start++) {
      if (reachable[start] && VOCABULARY.has(letters.slice(start, end)))
        reachable[end] = true;
    }
  }
  return reachable[letters.length] === true;
}
function hasFillerRun(value) {
  if (value.length > 200)
    return false;
  let same = 1;
  let ascending = 1;
  for (let i = 1; i < value.length; i++) {
    const delta = value.charCodeAt(i) - value.charCodeAt(i - 1);
    same = delta === 0 ? same + 1 : 1;
    ascending = delta === 1 ? ascending + 1 : 1;
    if (same >= 6 || ascending >= 6)
      return true;
  }
  return false;
}

// dist/secrets/prefilter.js
var FREQUENCY_ORDER = " etnroaislcd,u.pm:()fh\"g=/y*_bv;1A{}0ExST`-wkC2DI3R[]|&PONMF>L4'?B586j\\@!7U9zW<G+HVKqQJ$Y#XZ^%~";
var FREQUENCY = [
  11764,
  8054,
  5703,
  4537,
  4415,
  4053,
  3960,
  3867,
  3498,
  2539,
  2212,
  2036,
  2011,
  1897,
  1836,
  1778,
  1501,
  1421,
  1380,
  1380,
  1378,
  1347,
  1330,
  1117,
  1027,
  952,
  933,
  905,
  803,
  803,
  705,
  690,
  575,
  552,
  547,
  547,
  532,
  519,
  506,
  488,
  477,
  460,
  439,
  436,
  427,
  422,
  394,
  390,
  361,
  357,
  352,
  323,
  322,
  318,
  311,
  306,
  305,
  302,
  279,
  266,
  262,
  256,
  249,
  247,
  235,
  235,
  220,
  213,
  203,
  199,
  184,
  175,
  164,
  164,
  152,
  151,
  148,
  142,
  135,
  130,
  125,
  119,
  114,
  91,
  90,
  89,
  70,
  57,
  57,
  52,
  40,
  36,
  11,
  10,
  3
];
var PASS_COST = 170;
function frequency(char) {
  const rank = FREQUENCY_ORDER.indexOf(char);
  return rank === -1 ? 1 : FREQUENCY[rank];
}
function chooseAnchors(keywords) {
  const chosen = [];
  let uncovered = [...keywords];
  while (uncovered.length > 0) {
    const gain = /* @__PURE__ */ new Map();
    for (const keyword of uncovered)
      for (const char of new Set(keyword))
        gain.set(char, (gain.get(char) ?? 0) + 1);
    let best = "";
    let bestScore = -1;
    for (const [char, count] of gain) {
      const score = count / (PASS_COST + frequency(char));
      if (score > bestScore)
        [best, bestScore] = [char, score];
    }
    chosen.push(best);
    uncovered = uncovered.filter((keyword) => !keyword.includes(best));
  }
  return pruneAnchors(chosen, keywords);
}
function pruneAnchors(chosen, keywords) {
  const kept = [...chosen].sort((a, b) => frequency(b) - frequency(a));
  for (const anchor of [...kept]) {
    const others = kept.filter((char) => char !== anchor);
    if (keywords.every((keyword) => others.some((char) => keyword.includes(char))))
      kept.splice(kept.indexOf(anchor), 1);
  }
  return kept;
}
function anchorOffset(keyword, anchors) {
  let best = -1;
  for (let i = 0; i < keyword.length; i++) {
    if (anchors.includes(keyword[i]) && (best === -1 || frequency(keyword[i]) < frequency(keyword[best])))
      best = i;
  }
  return best;
}
var ASCII = 128;
function asciiTable() {
  return new Array(ASCII).fill(void 0);
}
function buildKeywordIndex(rules) {
  const byKeyword = /* @__PURE__ */ new Map();
  const folded = /* @__PURE__ */ new Map();
  rules.forEach((rule, ruleIndex) => {
    const caseInsensitive = rule.pattern.flags.includes("i");
    for (const raw of rule.keywords) {
      const [map, keyword] = caseInsensitive && /[a-z]/i.test(raw) ? [folded, raw.toLowerCase()] : [byKeyword, raw];
      const list = map.get(keyword) ?? [];
      if (!list.includes(ruleIndex))
        list.push(ruleIndex);
      map.set(keyword, list);
    }
  });
  const anchors = chooseAnchors([...byKeyword.keys()]);
  const groups = /* @__PURE__ */ new Map();
  for (const [keyword, ruleIndexes] of byKeyword) {
    const offset = anchorOffset(keyword, anchors);
    const anchor = keyword[offset];
    let group = groups.get(anchor);
    if (!group)
      groups.set(anchor, group = { before: asciiTable(), after: asciiTable(), always: [] });
    const entry = { keyword, offset, rules: ruleIndexes };
    const previous = keyword[offset - 1];
    const next = keyword[offset + 1];
    if (previous !== void 0 && (next === void 0 || frequency(previous) <= frequency(next))) {
      (group.before[previous.charCodeAt(0)] ??= []).push(entry);
    } else if (next !== void 0)
      (group.after[next.charCodeAt(0)] ??= []).push(entry);
    else
      group.always.push(entry);
  }
  const index = { groups: [...groups].map(([anchor, group]) => ({ anchor, ...group })) };
  if (folded.size === 0)
    return index;
  const entries = new Map([...folded].map(([keyword, ruleIndexes]) => [keyword, { keyword, offset: 0, rules: ruleIndexes }]));
  const pattern = new RegExp([...folded.keys()].map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi");
  return { ...index, folded: { pattern, entries } };
}
function findKeywordHits(text, index, onHit) {
  for (const group of index.groups) {
    const { anchor, before, after, always } = group;
    for (let at = text.indexOf(anchor); at !== -1; at = text.indexOf(anchor, at + 1)) {
      if (always.length > 0)
        confirm(text, at, always, onHit);
      const previous = at > 0 ? text.charCodeAt(at - 1) : ASCII;
      if (previous < ASCII && before[previous] !== void 0)
        confirm(text, at, before[previous], onHit);
      const next = at + 1 < text.length ? text.charCodeAt(at + 1) : ASCII;
      if (next < ASCII && after[next] !== void 0)
        confirm(text, at, after[next], onHit);
    }
  }
  if (index.folded) {
    const { pattern, entries } = index.folded;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text))
      onHit(entries.get(match[0].toLowerCase()), match.index);
  }
}
function confirm(text, at, entries, onHit) {
  for (const entry of entries) {
    const start = at - entry.offset;
    if (start >= 0 && text.startsWith(entry.keyword, start))
      onHit(entry, start);
  }
}

// dist/secrets/secret-rule.js
var LEFT_EDGE = "[A-Za-z0-9_+/-]";
var RIGHT_EDGE = "(?![A-Za-z0-9_-])";
var ESCAPE_AWARE = "(?<!\\\\)";
function tokenPattern(prefix, rest) {
  return new RegExp(`(?<secret>${prefix}(?<!${ESCAPE_AWARE}${LEFT_EDGE}(?:${prefix}))${rest})${RIGHT_EDGE}`, "gd");
}
function shannonEntropy(value) {
  const counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
function decodeBase64(value) {
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(value))
    return void 0;
  return Buffer.from(value.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("latin1");
}
function prefixedToken(kind, description, keywords, prefix, rest, entropy = 3) {
  return { kind, description, severity: "error", keywords, pattern: tokenPattern(prefix, rest), entropy, distinctive: true };
}

// dist/secrets/rules/cloud.js
var AWS_SECRET = new RegExp("(?:aws[_.-]?secret[_.-]?(?:access[_.-]?)?key|secret[_.-]?access[_.-]?key)(?:[_.-]?id)?" + String.raw`["'\x60]?\s{0,4}(?::=|=>|[:=])\s{0,4}["'\x60]?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`, "gdi");
function isMixedCase(value) {
  return /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9/+]/.test(value);
}
var KEY_ID = /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])/g;
var PAIR_DISTANCE = 512;
function describePair(find, accept) {
  return (_value, context) => {
    const around = context.text.slice(Math.max(0, context.start - PAIR_DISTANCE), context.end + PAIR_DISTANCE);
    for (const match of around.matchAll(find)) {
      const other = match.groups?.secret ?? match[0];
      if (accept(other) && !isPlaceholder(other))
        return { keyPair: true };
    }
    return {};
  };
}
var CLOUD_RULES = [
  {
    kind: "aws-access-key-id",
    description: "AWS access key id",
    severity: "error",
    keywords: ["AKIA", "ASIA", "ABIA", "ACCA", "A3T"],
    pattern: tokenPattern("(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])", "[A-Z2-7]{16}"),
    entropy: 3,
    describe: describePair(AWS_SECRET, (secret) => isMixedCase(secret) && shannonEntropy(secret) >= 4)
  },
  {
    kind: "aws-secret-access-key",
    description: "AWS secret access key",
    severity: "error",
    // Case-insensitive like the pattern: every spelling it accepts holds `secret`.
    keywords: ["secret"],
    pattern: AWS_SECRET,
    window: { before: 48, after: 96 },
    entropy: 4,
    validate: isMixedCase,
    describe: describePair(KEY_ID, (id) => shannonEntropy(id) >= 3)
  },
  {
    kind: "google-api-key",
    description: "Google API key",
    severity: "error",
    keywords: ["AIza"],
    pattern: tokenPattern("AIza", "[0-9A-Za-z_-]{35}"),
    entropy: 3.5
  },
  {
    kind: "google-oauth-client-secret",
    description: "Google OAuth client secret",
    severity: "error",
    distinctive: true,
    keywords: ["GOCSPX-"],
    pattern: tokenPattern("GOCSPX-", "[0-9A-Za-z_-]{28}"),
    entropy: 3.5
  },
  {
    kind: "gcp-service-account",
    description: "Google Cloud service-account key file",
    severity: "error",
    keywords: ["private_key_id"],
    pattern: /private_key_id["']?\s{0,4}:\s{0,4}["'](?<secret>[0-9a-f]{40})["']/dg,
    window: { before: 8, after: 96 },
    near: { words: ["service_account"], within: 4096 },
    entropy: 3
  },
  {
    kind: "azure-storage-key",
    description: "Azure Storage account key",
    severity: "error",
    keywords: ["AccountKey="],
    pattern: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/dg,
    window: { before: 0, after: 128 },
    entropy: 4
  },
  {
    kind: "azure-shared-access-key",
    description: "Azure shared access key (Service Bus, Event Hubs, IoT Hub)",
    severity: "error",
    keywords: ["SharedAccessKey="],
    pattern: /SharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)/dg,
    window: { before: 0, after: 80 },
    entropy: 4
  },
  {
    kind: "azure-client-secret",
    description: "Microsoft Entra (Azure AD) client secret",
    severity: "error",
    keywords: ["Q~"],
    pattern: /(?<!(?<!\\)[A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/dg,
    window: { before: 8, after: 48 },
    entropy: 3.5
  },
  {
    kind: "digitalocean-token",
    description: "DigitalOcean token",
    severity: "error",
    distinctive: true,
    keywords: ["dop_v1_", "doo_v1_", "dor_v1_"],
    pattern: tokenPattern("do[opr]_v1_", "[a-f0-9]{64}"),
    entropy: 3
  },
  {
    kind: "alibaba-access-key-id",
    description: "Alibaba Cloud AccessKey id",
    severity: "error",
    keywords: ["LTAI"],
    pattern: tokenPattern("LTAI", "[A-Za-z0-9]{20}"),
    entropy: 3.5
  }
];

// dist/secrets/rules/dev-platforms.js
var DEV_PLATFORM_RULES = [
  prefixedToken("github-pat", "GitHub personal access token (classic)", ["ghp_"], "ghp_", "[A-Za-z0-9]{36}"),
  prefixedToken("github-fine-grained-pat", "GitHub fine-grained personal access token", ["github_pat_"], "github_pat_", "[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
  prefixedToken("github-oauth-token", "GitHub OAuth access token", ["gho_"], "gho_", "[A-Za-z0-9]{36}"),
  prefixedToken("github-app-token", "GitHub App token", ["ghu_", "ghs_"], "gh[us]_", "[A-Za-z0-9]{36}"),
  prefixedToken("github-refresh-token", "GitHub refresh token", ["ghr_"], "ghr_", "[A-Za-z0-9]{36,76}"),
  prefixedToken("gitlab-token", "GitLab token", ["glpat-", "gldt-", "glrt-", "gloas-", "glcbt-", "glimt-", "glft-", "glagent-", "glsoat-", "glffct-", "glptt-", "glwt-", "GR1348941"], "(?:(?:glpat|gldt|glrt|gloas|glcbt|glimt|glft|glagent|glsoat|glffct|glptt|glwt)-|GR1348941)", "[A-Za-z0-9_-]{20,64}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,10})?"),
  prefixedToken("npm-token", "npm access token", ["npm_"], "npm_", "[A-Za-z0-9]{36}"),
  {
    kind: "npmrc-auth",
    description: "npm registry credential in an .npmrc line",
    severity: "error",
    keywords: ["_authToken", "_auth", "_password"],
    // An .npmrc key starts a line or follows `//host/:`; `_authToken=${NPM_TOKEN}` (an
    // environment read, the recommended form) has no token characters and never matches.
    pattern: /_(?<=(?:^|[\r\n:'"`]|\\n)_)(?:authToken|auth|password)\s{0,4}=\s{0,4}["']?(?<secret>[A-Za-z0-9._~+/=-]{8,512})/dg,
    window: { before: 16, after: 560 },
    entropy: 3
  },
  prefixedToken("docker-pat", "Docker Hub personal access token", ["dckr_pat_"], "dckr_pat_", "[A-Za-z0-9_-]{27}"),
  prefixedToken("pypi-token", "PyPI API token", ["pypi-AgEIcHlwaS5vcmc"], "pypi-AgEIcHlwaS5vcmc", "[A-Za-z0-9_-]{50,300}"),
  prefixedToken("rubygems-api-key", "RubyGems API key", ["rubygems_"], "rubygems_", "[a-f0-9]{48}"),
  prefixedToken("vault-token", "HashiCorp Vault token", ["hvs.CAES", "hvb.AAAA"], "hv[sb]\\.", "[A-Za-z0-9_-]{90,300}"),
  prefixedToken("grafana-token", "Grafana Cloud or service-account token", ["glc_", "glsa_"], "gl", "(?:c_[A-Za-z0-9+/]{32,400}={0,2}|sa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})"),
  prefixedToken("sentry-token", "Sentry auth token", ["sntrys_", "sntryu_"], "sntry[su]_", "[A-Za-z0-9+/=_]{40,400}"),
  prefixedToken("postman-api-key", "Postman API key", ["PMAK-"], "PMAK-", "[a-f0-9]{24}-[a-f0-9]{34}"),
  {
    kind: "databricks-token",
    description: "Databricks access token",
    severity: "error",
    // Near its usual names: a bare `dapi` keyword would cost a pass for the common letter `d`.
    keywords: ["DATABRICKS", "databricks_", "databricks-", "Databricks_"],
    pattern: tokenPattern("dapi", "[a-f0-9]{32}(?:-\\d)?"),
    window: { before: 256, after: 256 },
    entropy: 3
  },
  prefixedToken("atlassian-api-token", "Atlassian API token", ["ATATT3"], "ATATT3", "[A-Za-z0-9_=-]{180,200}"),
  prefixedToken("linear-api-key", "Linear API key", ["lin_api_"], "lin_api_", "[A-Za-z0-9]{40}"),
  prefixedToken("notion-token", "Notion integration token", ["ntn_"], "ntn_", "[0-9]{11}[A-Za-z0-9]{35}"),
  prefixedToken("figma-token", "Figma personal access token", ["figd_"], "figd_", "[A-Za-z0-9_-]{40,200}"),
  prefixedToken("vercel-token", "Vercel token", ["vcp_", "vci_", "vca_", "vcr_", "vck_"], "vc[pcikr]_", "[A-Za-z0-9]{24,60}"),
  prefixedToken("supabase-token", "Supabase access or secret key", ["sbp_", "sb_secret_"], "sb", "(?:p_[a-f0-9]{40}|_secret_[A-Za-z0-9_-]{31,64})"),
  prefixedToken("planetscale-token", "PlanetScale token or password", ["pscale_"], "pscale_(?:tkn|pw|oauth)_", "[A-Za-z0-9_.=-]{32,64}"),
  prefixedToken("newrelic-api-key", "New Relic user API key", ["NRAK-"], "NRAK-", "[A-Z0-9]{27}"),
  prefixedToken("sourcegraph-token", "Sourcegraph access token", ["sgp_"], "sgp_", "(?:[a-f0-9]{16}_)?[a-f0-9]{40}"),
  prefixedToken("heroku-api-key", "Heroku API key", ["HRKU-"], "HRKU-AA", "[0-9A-Za-z_-]{58}"),
  prefixedToken("age-secret-key", "age secret key", ["AGE-SECRET-KEY-1"], "AGE-SECRET-KEY-1", "[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}")
];

// dist/percent-decode.js
function percentDecode(text) {
  if (!text.includes("%"))
    return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function percentDecodeBytes(body) {
  const raw = Buffer.from(body, "utf8");
  if (!body.includes("%"))
    return raw;
  const out = Buffer.allocUnsafe(raw.length);
  let length = 0;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    if (byte === 37 && isHex(raw[i + 1]) && isHex(raw[i + 2])) {
      out[length++] = parseInt(String.fromCharCode(raw[i + 1], raw[i + 2]), 16);
      i += 2;
    } else {
      out[length++] = byte;
    }
  }
  return out.subarray(0, length);
}
function isHex(byte) {
  return byte !== void 0 && (byte >= 48 && byte <= 57 || byte >= 65 && byte <= 70 || byte >= 97 && byte <= 102);
}

// dist/secrets/hosts.js
var DOCUMENTATION = /(?:^|\.)(?:example\.(?:com|net|org)|example|invalid|test)$/;
var LOOPBACK_NAME = /(?:^|\.)localhost$/;
var IPV4_LOOPBACK = /^127(?:\.\d{1,3}){3}$/;
var IPV6_LOOPBACK = /^\[?(?:::1|0{0,4}(?::0{0,4}){6}:0{0,3}1)\]?$/;
var LOCAL = /\.local$|^localhost\.localdomain$|^0\.0\.0\.0$|^\[?::\]?$/;
function classifyHost(host) {
  const name = host.toLowerCase().replace(/\.$/, "");
  if (DOCUMENTATION.test(name))
    return "documentation";
  if (LOOPBACK_NAME.test(name) || IPV4_LOOPBACK.test(name) || IPV6_LOOPBACK.test(name))
    return "loopback";
  if (LOCAL.test(name))
    return "local";
  return void 0;
}

// dist/secrets/rules/generic.js
var DB_SCHEMES = "postgres|postgresql|mysql|mysqlx|mariadb|mongodb|mongodb\\+srv|redis|rediss|amqp|amqps|mssql|sqlserver|cockroachdb|clickhouse|couchdb|neo4j|neo4j\\+s|bolt|cassandra|jdbc:[a-z]{2,12}|oracle|db2|snowflake|memcached";
function urlPattern(schemes) {
  return new RegExp(String.raw`:\/\/(?<=(?<![A-Za-z0-9+.-])(?<scheme>${schemes}):\/\/)(?<user>[^\s:@\/?#'"\x60<>{}()\[\]\\,;|]{0,128}):` + String.raw`(?<secret>[^\s:@\/?#'"\x60<>{}()\[\]\\,;|]{4,256})@(?<host>[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])`, "gdi");
}
function isRealUrlPassword(value, context) {
  const groups = context.match.groups ?? {};
  const password = percentDecode(value);
  if (isTemplatePassword(password))
    return false;
  const host = classifyHost(groups.host ?? "");
  if (host === "documentation")
    return false;
  return host !== "loopback" || !isWeakPassword(password, groups.user ?? "");
}
function describeUrl(value, context) {
  const groups = context.match.groups ?? {};
  const facts = { host: (groups.host ?? "").toLowerCase() };
  if (isWeakPassword(percentDecode(value), groups.user ?? ""))
    facts.weakPassword = true;
  return facts;
}
function isJwt(value) {
  const header = decodeBase64(value.slice(0, value.indexOf(".")));
  if (header === void 0)
    return false;
  try {
    const parsed = JSON.parse(header);
    return typeof parsed === "object" && parsed !== null && "alg" in parsed;
  } catch {
    return false;
  }
}
var GENERIC_RULES = [
  {
    kind: "database-url",
    description: "Database URL with a password",
    severity: "error",
    keywords: ["://"],
    pattern: urlPattern(DB_SCHEMES),
    window: { before: 24, after: 660 },
    // Weak passwords are judged by `validate` and `describeUrl`, with the host in view.
    placeholders: false,
    validate: isRealUrlPassword,
    describe: describeUrl
  },
  {
    kind: "url-password",
    description: "URL with an embedded password",
    severity: "error",
    keywords: ["://"],
    pattern: urlPattern("[A-Za-z][A-Za-z0-9+.-]{1,30}"),
    window: { before: 40, after: 660 },
    // Weak passwords are judged by `validate` and `describeUrl`, with the host in view.
    placeholders: false,
    validate: isRealUrlPassword,
    describe: describeUrl
  },
  {
    kind: "jwt",
    description: "JSON Web Token",
    severity: "warning",
    keywords: ["eyJ"],
    pattern: /(?<secret>eyJ(?<!(?<!\\)[A-Za-z0-9_+/-]eyJ)[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{16,1024})(?![A-Za-z0-9_+/=-])/dg,
    window: { before: 8, after: 13400 },
    entropy: 3.5,
    validate: isJwt
  }
];

// dist/secrets/rules/private-keys.js
var BREAK = String.raw`(?:\\r|\\n|\s){1,4}`;
var PEM = new RegExp(`-----BEGIN (?:[A-Z0-9]{2,10} ){0,2}PRIVATE KEY(?: BLOCK)?-----(?:${BREAK}Proc-Type: [A-Z0-9,]{1,40}${BREAK}DEK-Info: [A-Z0-9,-]{1,80})?` + String.raw`(?:${BREAK}(?:Version|Comment|Hash): [^\r\n\\]{1,120}){0,4}` + String.raw`(?<secret>[A-Za-z0-9+/=\s\\]{64,32768})-----END `, "gd");
function normaliseKeyBody(body, minLength = 64) {
  const compact = body.replace(/\\[rn]|\s/g, "");
  if (compact.length < minLength || !/^[A-Za-z0-9+/=]+$/.test(compact))
    return false;
  if (/(.)\1{15}/.test(compact.replace(/A{16,}/g, "")))
    return false;
  return compact;
}
function validatePutty(_value, context) {
  const after = context.text.slice(context.end, context.end + 8192);
  const found = /Private-Lines: (\d{1,3})(?:\r?\n|(?:\\r)?\\n)/.exec(after);
  if (!found)
    return false;
  const lines = after.slice(found.index + found[0].length).split(/\r?\n|(?:\\r)?\\n/, Number(found[1]));
  return normaliseKeyBody(lines.join(""), 40);
}
function pemKeyType(_value, context) {
  const label = /BEGIN ((?:[A-Z0-9]{2,10} ){0,2})PRIVATE KEY/.exec(context.match[0])?.[1]?.trim();
  return { keyType: label || "PKCS#8" };
}
function puttyKeyType(_value, context) {
  return { keyType: `PuTTY ${context.match[0].slice(context.match[0].indexOf(": ") + 2)}` };
}
var PRIVATE_KEY_RULES = [
  {
    kind: "private-key",
    description: "Private key",
    severity: "error",
    keywords: ["PRIVATE KEY"],
    pattern: PEM,
    window: { before: 48, after: 33e3 },
    placeholders: false,
    locateMatch: true,
    validate: (value) => normaliseKeyBody(value),
    describe: pemKeyType
  },
  {
    kind: "putty-private-key",
    description: "PuTTY private key",
    severity: "error",
    keywords: ["PuTTY-User-Key-File-"],
    pattern: /PuTTY-User-Key-File-[23]: [a-z0-9@.-]{3,60}/dg,
    window: { before: 0, after: 128 },
    placeholders: false,
    locateMatch: true,
    validate: validatePutty,
    describe: puttyKeyType
  }
];

// dist/secrets/rules/saas.js
var DISCORD_NAMES = ["DISCORD_", "discord_", "discord-", "Discord_", "DISCORD-"];
function isDiscordToken(value) {
  const id = decodeBase64(value.slice(0, value.indexOf(".")));
  return id !== void 0 && /^\d{17,20}$/.test(id);
}
var SAAS_RULES = [
  prefixedToken("slack-token", "Slack token", ["xoxb-", "xoxp-", "xoxa-", "xoxo-", "xoxr-", "xoxs-", "xoxe-", "xapp-"], "(?:xox[abposr]|xoxe(?:\\.xox[bp])?|xapp)-", "[0-9A-Za-z]{1,20}-[0-9A-Za-z-]{10,250}"),
  {
    kind: "slack-webhook",
    description: "Slack webhook URL",
    severity: "error",
    distinctive: true,
    keywords: ["hooks.slack.com/"],
    pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/(?<secret>[A-Za-z0-9+/]{43,56})(?![A-Za-z0-9+/])/dg,
    window: { before: 0, after: 96 },
    entropy: 3
  },
  prefixedToken("stripe-live-key", "Stripe live secret or restricted key", ["sk_live_", "rk_live_"], "[sr]k_live_", "[A-Za-z0-9]{20,247}"),
  prefixedToken("stripe-webhook-secret", "Stripe webhook signing secret", ["whsec_"], "whsec_", "[A-Za-z0-9+/]{32,64}"),
  prefixedToken("sendgrid-api-key", "SendGrid API key", ["SG."], "SG\\.", "[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}"),
  // `SK` and `key-` followed by hex are short prefixes that ids and hashes also produce.
  { ...prefixedToken("twilio-api-key", "Twilio API key SID", ["SK"], "SK", "[0-9a-f]{32}"), distinctive: false },
  {
    kind: "twilio-auth-token",
    description: "Twilio auth token",
    severity: "error",
    // Case-insensitive like the pattern (`twilio.authToken`, `TWILIO_AUTH_TOKEN`).
    keywords: ["twilio"],
    pattern: /twilio[\w.-]{0,24}?(?:auth[\w.-]{0,6}token|secret)["'`]?\s{0,4}[:=]\s{0,4}["'`]?(?<secret>[0-9a-f]{32})(?![0-9a-z])/dgi,
    window: { before: 0, after: 128 },
    entropy: 3
  },
  { ...prefixedToken("mailgun-api-key", "Mailgun private API key", ["key-"], "key-", "[0-9a-f]{32}"), distinctive: false },
  prefixedToken("shopify-token", "Shopify access token or shared secret", ["shpat_", "shpca_", "shppa_", "shpss_"], "shp(?:at|ca|pa|ss)_", "[a-fA-F0-9]{32}"),
  {
    kind: "telegram-bot-token",
    description: "Telegram bot token",
    severity: "error",
    keywords: [":AA"],
    pattern: /(?<!(?<!\\)[0-9A-Za-z_])(?<secret>[0-9]{8,10}:AA[0-9A-Za-z_-]{33})(?![0-9A-Za-z_-])/dg,
    window: { before: 12, after: 40 },
    entropy: 3
  },
  {
    kind: "discord-bot-token",
    description: "Discord bot token",
    severity: "error",
    keywords: DISCORD_NAMES,
    pattern: /(?<!(?<!\\)[A-Za-z0-9_-])(?<secret>[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])/dg,
    window: { before: 1024, after: 1024 },
    entropy: 3.5,
    validate: isDiscordToken
  },
  {
    kind: "discord-webhook",
    description: "Discord webhook URL",
    severity: "error",
    distinctive: true,
    keywords: ["discord.com/api/webhooks/", "discordapp.com/api/webhooks/"],
    pattern: /discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/(?<secret>[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])/dg,
    window: { before: 16, after: 128 },
    entropy: 3.5
  },
  prefixedToken("anthropic-api-key", "Anthropic API key", ["sk-ant-"], "sk-ant-", "[a-z]{3,5}\\d{2}-[A-Za-z0-9_-]{80,200}", 4),
  {
    kind: "openai-api-key",
    description: "OpenAI API key",
    severity: "error",
    distinctive: true,
    keywords: ["T3BlbkFJ"],
    pattern: tokenPattern("sk-(?:(?:proj|svcacct|admin|None)-)?", "[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}"),
    window: { before: 220, after: 220 },
    entropy: 4
  },
  prefixedToken("huggingface-token", "Hugging Face access token", ["hf_", "api_org_"], "(?:hf|api_org)_", "[A-Za-z]{34}", 3.5),
  prefixedToken("groq-api-key", "Groq API key", ["gsk_"], "gsk_", "[A-Za-z0-9]{52}", 3.5),
  prefixedToken("xai-api-key", "xAI API key", ["xai-"], "xai-", "[A-Za-z0-9]{80}", 3.5),
  prefixedToken("perplexity-api-key", "Perplexity API key", ["pplx-"], "pplx-", "[A-Za-z0-9]{48}", 3.5),
  prefixedToken("replicate-api-token", "Replicate API token", ["r8_"], "r8_", "[A-Za-z0-9]{37}", 3.5),
  prefixedToken("mapbox-secret-token", "Mapbox secret access token", ["sk.eyJ"], "sk\\.eyJ", "[A-Za-z0-9_-]{20,400}\\.[A-Za-z0-9_-]{20,100}", 3.5),
  prefixedToken("square-token", "Square access token or application secret", ["sq0atp-", "sq0csp-"], "sq0", "(?:atp-[0-9A-Za-z_-]{22}|csp-[0-9A-Za-z_-]{43})"),
  prefixedToken("brevo-api-key", "Brevo (Sendinblue) API key", ["xkeysib-"], "xkeysib-", "[a-f0-9]{64}-[A-Za-z0-9]{16}")
];

// dist/secrets/rules.js
var SECRET_RULES = [
  ...PRIVATE_KEY_RULES,
  ...CLOUD_RULES,
  ...DEV_PLATFORM_RULES,
  ...SAAS_RULES,
  ...GENERIC_RULES
];
var BY_KIND = new Map(SECRET_RULES.map((rule) => [rule.kind, rule]));
function secretRuleByKind(kind) {
  return BY_KIND.get(kind);
}

// dist/secrets/scan-text.js
var DEFAULT_WINDOW = { before: 32, after: 512 };
var compiledCache = /* @__PURE__ */ new WeakMap();
function compile(rules) {
  let compiled = compiledCache.get(rules);
  if (!compiled) {
    const patterns = rules.map(({ pattern }) => {
      const flags = /* @__PURE__ */ new Set([...pattern.flags, "g", "d"]);
      return new RegExp(pattern.source, [...flags].join(""));
    });
    compiled = { rules, patterns, index: buildKeywordIndex(rules) };
    compiledCache.set(rules, compiled);
  }
  return compiled;
}
function scanText(text, options = {}) {
  const compiled = compile(options.rules ?? SECRET_RULES);
  const candidates = findCandidates(text, compiled);
  if (candidates.length === 0)
    return [];
  return locate(text, candidates, compiled.rules, options.hash !== false);
}
function findSecretSpans(text, options = {}) {
  const compiled = compile(options.rules ?? SECRET_RULES);
  return findCandidates(text, compiled).map((candidate) => {
    const { preview, length } = previewSecret(candidate.value);
    return { kind: compiled.rules[candidate.rule].kind, start: candidate.start, end: valueEnd(text, candidate), preview, length };
  }).sort((a, b) => a.start - b.start);
}
function valueEnd(text, candidate) {
  const tail = candidate.value.slice(-8);
  const at = tail.length === 0 ? -1 : text.indexOf(tail, candidate.start);
  return at === -1 ? candidate.end : Math.max(candidate.end, at + tail.length);
}
function findCandidates(text, compiled) {
  const windows = collectWindows(text, compiled);
  const candidates = [];
  windows.forEach((ruleWindows, ruleIndex) => {
    if (ruleWindows)
      scanWindows(text, compiled, ruleIndex, mergeWindows(ruleWindows), candidates);
  });
  return candidates.length === 0 ? candidates : dropOverlaps(candidates);
}
function collectWindows(text, compiled) {
  const windows = [];
  findKeywordHits(text, compiled.index, (entry, start) => {
    for (const ruleIndex of entry.rules) {
      const { before, after } = compiled.rules[ruleIndex].window ?? DEFAULT_WINDOW;
      const from = Math.max(0, start - before);
      const to = Math.min(text.length, start + entry.keyword.length + after);
      const list = windows[ruleIndex] ??= [];
      const last = list.length - 2;
      if (last >= 0 && from >= list[last] && from <= list[last + 1])
        list[last + 1] = Math.max(list[last + 1], to);
      else
        list.push(from, to);
    }
  });
  return windows;
}
function mergeWindows(flat) {
  const order = Array.from({ length: flat.length / 2 }, (_, i) => i).sort((a, b) => flat[2 * a] - flat[2 * b]);
  const merged = [];
  for (const i of order) {
    const from = flat[2 * i];
    const to = flat[2 * i + 1];
    const last = merged.length - 1;
    if (last > 0 && from <= merged[last])
      merged[last] = Math.max(merged[last], to);
    else
      merged.push(from, to);
  }
  return merged;
}
function scanWindows(text, compiled, ruleIndex, windows, out) {
  const rule = compiled.rules[ruleIndex];
  const pattern = compiled.patterns[ruleIndex];
  for (let w = 0; w < windows.length; w += 2) {
    const offset = windows[w];
    const slice = text.slice(offset, windows[w + 1]);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(slice); match !== null; match = pattern.exec(slice)) {
      if (match[0].length === 0)
        pattern.lastIndex++;
      else {
        const candidate = checkMatch(text, rule, ruleIndex, match, offset);
        if (candidate)
          out.push(candidate);
      }
    }
  }
}
function checkMatch(text, rule, ruleIndex, match, offset) {
  const start = offset + match.index;
  const end = start + match[0].length;
  let value = match.groups?.secret ?? match[0];
  const valueStart = offset + (match.indices?.groups?.secret?.[0] ?? match.index);
  if (rule.placeholders !== false && isPlaceholder(value))
    return void 0;
  if (rule.entropy !== void 0 && shannonEntropy(value) < rule.entropy)
    return void 0;
  if (rule.near && !isNear(text, start, end, rule.near))
    return void 0;
  if (rule.validate) {
    const verdict = rule.validate(value, { text, match, start, end });
    if (verdict === false)
      return void 0;
    if (typeof verdict === "string")
      value = verdict;
  }
  const facts = describeMatch(rule, value, { text, match, start, end });
  return { rule: ruleIndex, start, end, location: rule.locateMatch ? start : valueStart, value, facts };
}
function isNear(text, start, end, near) {
  const around = text.slice(Math.max(0, start - near.within), end + near.within);
  return near.words.some((word) => around.includes(word));
}
function dropOverlaps(candidates) {
  candidates.sort((a, b) => a.location - b.location || a.rule - b.rule);
  const kept = [];
  let keptEnd = -1;
  for (const candidate of candidates) {
    if (candidate.start < keptEnd)
      continue;
    kept.push(candidate);
    keptEnd = candidate.end;
  }
  return kept;
}
function locate(text, candidates, rules, hash) {
  let line = 1;
  let lineStart = 0;
  let nextBreak = text.indexOf("\n");
  return candidates.map((candidate) => {
    while (nextBreak !== -1 && nextBreak < candidate.location) {
      line++;
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf("\n", lineStart);
    }
    const rule = rules[candidate.rule];
    const column = candidate.location - lineStart + 1;
    const masked = hash ? maskSecret(candidate.value) : { ...previewSecret(candidate.value), hash: "" };
    const match = { kind: rule.kind, severity: rule.severity, line, column, ...masked, offset: candidate.location };
    return candidate.facts ? { ...match, facts: candidate.facts } : match;
  });
}
function keywordHitOffsets(text) {
  const compiled = compile(SECRET_RULES);
  if (compiled.rules.some((rule) => rule.keywords.length === 0))
    return null;
  const offsets = [];
  findKeywordHits(text, compiled.index, (_entry, start) => offsets.push(start));
  return offsets.sort((a, b) => a - b);
}

export {
  percentDecode,
  percentDecodeBytes,
  classifyHost,
  secretRuleByKind,
  scanText,
  findSecretSpans,
  keywordHitOffsets
};
