/**
 * Binary files are skipped by the credential patterns (they are still checked by name and type
 * by the `file/` rules). Same test as git's `buffer_is_binary`: a NUL byte in the first 8 KB,
 * plus extensions that are binary whatever their first bytes hold.
 */

const BINARY_EXTENSIONS = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'ico', 'bmp', 'tif', 'tiff', 'psd', 'heic',
  'woff', 'woff2', 'ttf', 'otf', 'eot', 'zip', 'gz', 'tgz', 'bz2', 'xz', 'zst', 'br', '7z', 'rar',
  'tar', 'jar', 'wasm', 'node', 'so', 'dylib', 'dll', 'exe', 'bin', 'dat', 'pdf', 'mp3', 'mp4',
  'm4a', 'ogg', 'oga', 'wav', 'flac', 'webm', 'mov', 'avi', 'mkv', 'sqlite', 'db', 'pyc', 'class',
  'o', 'a', 'lib', 'obj', 'pdb', 'icns', 'cur', 'glb', 'pack', 'idx',
]);

/**
 * Extensions that are text whatever their bytes hold: a NUL planted early in a `.js` file must
 * not switch the credential scan off for the rest of it.
 */
const TEXT_EXTENSIONS = new Set([
  'js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx', 'json', 'map', 'env', 'npmrc', 'yarnrc',
  'yml', 'yaml', 'toml', 'ini', 'cfg', 'conf', 'properties', 'md', 'txt', 'html', 'htm', 'css',
  'xml', 'svg', 'sh', 'bash', 'zsh', 'ps1', 'py', 'rb', 'go', 'rs', 'java', 'kt', 'php', 'pem', 'key',
  'tfvars', 'sql', 'graphql', 'vue', 'svelte', 'astro',
]);

const SNIFF_BYTES = 8192;

/**
 * True when `path` has a binary extension, or, for a file whose extension says nothing about
 * it, when `data` holds a NUL byte in its first 8 KB.
 */
export function isBinary(path: string, data: Uint8Array): boolean {
  const dot = path.lastIndexOf('.');
  const extension = dot > path.lastIndexOf('/') ? path.slice(dot + 1).toLowerCase() : '';
  if (BINARY_EXTENSIONS.has(extension)) return true;
  if (TEXT_EXTENSIONS.has(extension)) return false;
  const end = Math.min(data.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (data[i] === 0) return true;
  return false;
}
