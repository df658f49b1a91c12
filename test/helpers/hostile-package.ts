/**
 * A package written to attack the HTML report: file names, a package name, map `sources`,
 * `sourceRoot` and embedded source text that try to open tags, break out of attributes and
 * `<pre>`, close the page's `<script>`, and smuggle control characters. Every payload calls
 * `alert(n)`, so a test knows which one ran if any did. It also ships a fake credential in a
 * file and in a recovered source, for `--html-sources` masking.
 */
import { fakeCredentials } from '../../fixtures/build-fixtures.js';
import { buildTarball } from '../../fixtures/lib/tar-writer.js';

/** Paths of the hostile files, as they appear in the package. */
export const HOSTILE_FILES = {
  bundle: 'dist/<img src=x onerror=alert(1)>.js',
  map: 'dist/"><svg onload=alert(2)>.js.map',
  quote: "lib/x' onmouseover='alert(3)' '.js",
  control: 'lib/\u001b[31mred\u2028line.js',
  closing: 'docs/</script><script>alert(4)<',
};

/** The map's `sources`: every one is hostile and first-party (nothing under node_modules). */
export const HOSTILE_SOURCES = [
  '<script>alert(5)</script>.ts',
  '"><img src=x onerror=alert(6)>.ts',
  'javascript:alert(7)',
  "src/' autofocus onfocus='alert(8).ts",
];

/** The tarball (gzipped, `package/` prefix) and the credential it hides. */
export function buildHostileTarball(): { tarball: Buffer; credential: string } {
  const credential = fakeCredentials().github;
  const sourcesContent = [
    '</pre></details></main><script>alert(9)</script>\nexport const a = 1;\n',
    `const html = "<img src=x onerror=alert(10)>";\nconst token = "${credential}";\n`,
    '<!-- <script>alert(11)</script> -->\n',
    '\u0000\u001b]0;title\u0007 <style>body{display:none}</style>\n',
  ];
  const map = {
    version: 3,
    file: 'x.js',
    sourceRoot: '"><script>alert(12)</script>',
    sources: HOSTILE_SOURCES,
    sourcesContent,
    names: [],
    mappings: 'AAAA',
  };
  const name = HOSTILE_FILES.map.slice('dist/'.length);
  const entries = [
    { path: 'package.json', data: JSON.stringify({ name: 'hostile-pkg', version: '1.0.0', description: '<script>alert(13)</script>' }) },
    { path: HOSTILE_FILES.bundle, data: `console.log(1);\n//# sourceMappingURL=${name}\n` },
    { path: HOSTILE_FILES.map, data: JSON.stringify(map) },
    { path: HOSTILE_FILES.quote, data: 'module.exports = 2;\n' },
    { path: HOSTILE_FILES.control, data: 'module.exports = 3;\n' },
    { path: HOSTILE_FILES.closing, data: 'text\n' },
    { path: '.env', data: `TOKEN=${credential}\n` },
  ];
  return { tarball: buildTarball(entries), credential };
}
