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

const SNIFF_BYTES = 8192;

/** True when `path` has a binary extension or `data` holds a NUL byte in its first 8 KB. */
export function isBinary(path: string, data: Uint8Array): boolean {
  const dot = path.lastIndexOf('.');
  if (dot > path.lastIndexOf('/') && BINARY_EXTENSIONS.has(path.slice(dot + 1).toLowerCase())) return true;
  const end = Math.min(data.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (data[i] === 0) return true;
  return false;
}
