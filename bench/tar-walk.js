// @ts-check
/**
 * The smallest tar reader the floor needs: walk 512-byte ustar headers over an already
 * gunzipped buffer and hand out regular files. No links, no validation: the benchmark only
 * reads tarballs it generated itself. (POSIX ustar: header fields at fixed offsets, octal sizes,
 * data padded to 512 bytes; pax `x` headers may carry a long `path`.)
 */

/**
 * @param {Buffer} header
 * @param {number} offset
 * @param {number} length
 */
const field = (header, offset, length) => {
  const end = header.indexOf(0, offset);
  return header.toString('utf8', offset, end >= 0 && end < offset + length ? end : offset + length);
};

/**
 * Yields each regular file of an uncompressed tar archive.
 * @param {Buffer} archive
 * @returns {Generator<{ path: string, data: Buffer }>}
 */
export function* walkTar(archive) {
  let offset = 0;
  /** @type {string | null} */
  let longPath = null;
  while (offset + 512 <= archive.length) {
    const header = archive.subarray(offset, offset + 512);
    if (header[0] === 0) return; // end-of-archive block
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    const prefix = field(header, 345, 155);
    const name = field(header, 0, 100);
    const data = archive.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      const match = /\d+ path=([^\n]*)\n/.exec(data.toString('utf8'));
      longPath = match?.[1] ?? null;
      continue;
    }
    if (type === '0' || type === '\0') {
      yield { path: longPath ?? (prefix ? `${prefix}/${name}` : name), data };
    }
    longPath = null;
  }
}

/**
 * Finds one file in an uncompressed tar archive.
 * @param {Buffer} archive
 * @param {string} path Full entry path, e.g. `package/cli.js.map`.
 * @returns {Buffer | null}
 */
export function findTarEntry(archive, path) {
  for (const entry of walkTar(archive)) if (entry.path === path) return entry.data;
  return null;
}
