import {
  jsonText,
  targetName,
  xmlAttr,
  xmlText
} from "./chunk-5KEMSVGB.js";
import {
  TOOL
} from "./chunk-KNKCOBDI.js";
import {
  PROJECT_URL,
  RULES,
  RULES_DOC_URL,
  SEVERITIES,
  isRuleId,
  ruleAnchor,
  ruleMeta
} from "./chunk-5XJMPQT5.js";
import {
  exitCode
} from "./chunk-5NGQZDJX.js";
import {
  printable,
  redactValue
} from "./chunk-R5VEDDXK.js";
import {
  MANIFEST_FILE
} from "./chunk-7TUM52OJ.js";
import {
  formatSize,
  plural
} from "./chunk-BD6EW6TF.js";
import {
  findSecretSpans
} from "./chunk-IUMYWW7D.js";

// dist/report/finding-location.js
var PACKAGE_LEVEL_PATH = "package.json";
function artifactOf(finding) {
  if (isRuleId(finding.rule) && ruleMeta(finding.rule).locatedIn === "manifest")
    return { file: MANIFEST_FILE, isPackageLevel: true };
  if (finding.path === "" || !isSafeRelativePath(finding.path))
    return { file: PACKAGE_LEVEL_PATH, isPackageLevel: true };
  return { file: finding.path, isPackageLevel: false };
}
function isSafeRelativePath(path) {
  if (path.startsWith("/") || path.startsWith("\\") || /^[A-Za-z]:/.test(path))
    return false;
  return !path.split(/[\\/]/).some((segment) => segment === ".." || segment === "." || segment === "");
}
function messageWithSource(finding, lead) {
  if (finding.source === void 0)
    return finding.message;
  return withNote(finding.message, `${lead} ${finding.source}${finding.line === void 0 ? "" : ` line ${finding.line}`}`);
}
function withNote(message, note) {
  return message.endsWith(".") ? `${message.slice(0, -1)} (${note}).` : `${message} (${note})`;
}

// dist/report/github-annotations.js
var COMMANDS = { error: "error", warning: "warning", info: "notice" };
function renderGithubAnnotations(report, options = {}) {
  const prefix = options.pathPrefix ?? "";
  const findings = report.findings.filter((finding) => finding.suppressed === void 0).sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const lines = findings.map((finding) => annotate(finding, prefix));
  for (const gap of report.gaps) {
    const where = gap.path === void 0 ? "" : ` (${gap.path})`;
    lines.push(`::error title=${escapeProperty(`leakproof ${gap.code}`)}::${escapeData(`Not inspected: ${gap.message}${where}`)}`);
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}
function annotate(finding, prefix) {
  const { file, isPackageLevel } = artifactOf(finding);
  const properties = [`file=${escapeProperty(prefix + file)}`];
  if (!isPackageLevel && finding.source === void 0 && finding.line !== void 0) {
    properties.push(`line=${finding.line}`);
    if (finding.column !== void 0)
      properties.push(`col=${finding.column}`);
  }
  properties.push(`title=${escapeProperty(finding.rule)}`);
  return `::${COMMANDS[finding.severity]} ${properties.join(",")}::${escapeData(messageWithSource(finding, "in recovered source"))}`;
}
function escapeData(value) {
  return printable(value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// dist/report/html/index.js
import { createHash } from "node:crypto";

// dist/report/html/escape.js
var REFERENCES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text2) {
  return printable(text2).replace(/[&<>"']/g, (char) => REFERENCES[char]);
}
var CONTROL_BUT_LAYOUT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;
function escapeBlock(text2) {
  return text2.replace(CONTROL_BUT_LAYOUT, (char) => printable(char)).replace(/[&<>"']/g, (char) => REFERENCES[char]);
}
function attributes(values) {
  let out = "";
  for (const [name, value] of Object.entries(values)) {
    if (value === void 0 || value === false)
      continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

// dist/report/html/words.js
var SEVERITY_MARK = { error: "\u2716", warning: "\u26A0", info: "\u2139" };
var SEVERITY_NAME = { error: "error", warning: "warning", info: "note" };
var SOURCE_CLASSES = [
  { class: "first-party", name: "First-party, exposed", meaning: "the package\u2019s own code, recoverable only through the map: the leak" },
  { class: "readable", name: "First-party, readable elsewhere", meaning: "own code the package also ships in readable form" },
  { class: "third-party", name: "Third-party", meaning: "dependencies, copied helpers, bundler runtime" },
  { class: "shipped", name: "Already shipped", meaning: "identical to a file in the package" }
];
function count(value, noun) {
  return `${value.toLocaleString("en-US")} ${noun}${value === 1 ? "" : "s"}`;
}

// dist/report/html/changes.js
var MAX_ROWS = 200;
function renderChanges(baseline, prefix) {
  if (!baseline)
    return "";
  const since = baseline.target ? `<code>${escapeHtml(targetName(baseline.target))}</code>` : "the previous release";
  const { before, after } = baseline.totals;
  const parts = [`<h2 id="${prefix}-changes-h">Changes since ${since}</h2>`];
  if (baseline.firstRelease)
    parts.push("<p>First release: nothing was published before, so there is nothing to compare with.</p>");
  parts.push(`<p>${count(before.files, "file")}, ${formatSize(before.unpackedSize)} \u2192 ${count(after.files, "file")}, ${formatSize(after.unpackedSize)} (${signed(after.unpackedSize - before.unpackedSize)}). New and grown files are outlined in the treemap.</p>`);
  if (baseline.newSourceMaps.length > 0) {
    parts.push(`<p class="new-maps"><b>\u2716 New source maps:</b> ${baseline.newSourceMaps.map((path) => `<code>${escapeHtml(path)}</code>`).join(", ")}</p>`);
  }
  const rows = changeRows(baseline);
  if (rows.length > 0) {
    const more2 = rows.length > MAX_ROWS ? `<p>\u2026 and ${count(rows.length - MAX_ROWS, "more change")} (the JSON report lists every one).</p>` : "";
    parts.push(`<table><thead><tr><th scope="col">Change</th><th scope="col">Path</th><th scope="col">Before</th><th scope="col">After</th></tr></thead><tbody>${rows.slice(0, MAX_ROWS).join("")}</tbody></table>${more2}`);
  }
  return `<section class="changes" aria-labelledby="${prefix}-changes-h">${parts.join("")}</section>`;
}
function changeRows(baseline) {
  const row = (kind, path, before, after) => `<tr class="change-${kind}"><td>${kind}</td><td><code>${escapeHtml(path)}</code></td><td>${before}</td><td>${after}</td></tr>`;
  const grown = baseline.changed.filter((change) => change.after > change.before);
  const shrunk = baseline.changed.filter((change) => change.after < change.before);
  const delta = (from, to) => `${formatSize(to)} (${signed(to - from)})`;
  return [
    ...baseline.added.map((file) => row("added", file.path, "", formatSize(file.size))),
    ...grown.map((change) => row("grown", change.path, formatSize(change.before), delta(change.before, change.after))),
    ...baseline.removed.map((file) => row("removed", file.path, formatSize(file.size), "")),
    ...shrunk.map((change) => row("shrunk", change.path, formatSize(change.before), delta(change.before, change.after)))
  ];
}
function signed(bytes) {
  return bytes < 0 ? `\u2212${formatSize(-bytes)}` : `+${formatSize(bytes)}`;
}

// dist/report/html/findings-table.js
function ruleId(prefix, rule) {
  return `${prefix}-rule-${rule.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}
function renderFindings(findings, prefix) {
  const id = `${prefix}-findings`;
  const heading = `<h2 id="${id}-h">Findings</h2>`;
  if (findings.length === 0)
    return `<section class="findings" id="${id}" aria-labelledby="${id}-h">${heading}<p>No findings.</p></section>`;
  const ordered = [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const rows = ordered.map((finding) => renderRow(finding, prefix));
  const table2 = `<table${attributes({ "aria-labelledby": `${id}-h` })}><thead><tr><th scope="col" aria-sort="ascending"><button type="button" data-sort="sev">Severity</button></th><th scope="col"><button type="button" data-sort="rule">Rule</button></th><th scope="col"><button type="button" data-sort="where">Where</button></th><th scope="col">Message</th><th scope="col">Details</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
  return `<section class="findings" id="${id}" data-findings aria-labelledby="${id}-h">${heading}${controls(findings, prefix)}${table2}</section>${renderFixes(findings, prefix)}`;
}
function controls(findings, prefix) {
  const active = findings.filter((finding) => !finding.suppressed);
  const suppressed = findings.length - active.length;
  const severities = SEVERITIES.map((severity) => {
    const n = active.filter((finding) => finding.severity === severity).length;
    return `<label class="sev-${severity}-text"><input type="checkbox" data-filter-sev="${severity}" checked${n === 0 ? " disabled" : ""}> ${SEVERITY_MARK[severity]} ${count(n, SEVERITY_NAME[severity])}</label>`;
  });
  if (suppressed > 0)
    severities.push(`<label><input type="checkbox" data-filter-suppressed> ${count(suppressed, "accepted finding")}</label>`);
  const rules = [...new Set(findings.map((finding) => finding.rule))].sort();
  const options = rules.map((rule) => `<option${attributes({ value: rule })}>${escapeHtml(rule)}</option>`).join("");
  return `<form class="filters" role="search"${attributes({ "aria-label": "Filter findings" })}><fieldset><legend>Severity</legend>${severities.join("")}</fieldset><label>Rule <select data-filter-rule><option value="">all rules</option>${options}</select></label><label>Path <input type="search" data-filter-path placeholder="part of a path" id="${prefix}-path-filter"></label><button type="reset">Show all</button><output data-filter-count aria-live="polite">${count(active.length, "finding")}</output></form>`;
}
function renderRow(finding, prefix) {
  const attrs = attributes({
    "data-sev": finding.severity,
    "data-rank": SEVERITIES.indexOf(finding.severity),
    "data-rule": finding.rule,
    "data-suppressed": finding.suppressed !== void 0,
    hidden: finding.suppressed !== void 0,
    class: finding.suppressed ? "suppressed" : void 0
  });
  const severity = `<span class="chip sev-${finding.severity}">${SEVERITY_MARK[finding.severity]} ${SEVERITY_NAME[finding.severity]}</span>${finding.suppressed ? ' <span class="chip accepted">accepted</span>' : ""}`;
  const rule = `<a href="#${ruleId(prefix, finding.rule)}">${escapeHtml(finding.rule)}</a>${finding.kind ? `<br><span class="kind">${escapeHtml(finding.kind)}</span>` : ""}`;
  const whereHtml = finding.path === "" ? "(package)" : `<code class="path">${escapeHtml(finding.path)}</code>${finding.source === void 0 ? "" : ` \u203A <code>${escapeHtml(finding.source)}</code>`}${position(finding)}`;
  const message = escapeHtml(finding.message) + (finding.suppressed ? `<br><span class="reason">Accepted: ${escapeHtml(finding.suppressed.reason)}</span>` : "");
  return `<tr${attrs}><td>${severity}</td><td>${rule}</td><td class="where">${whereHtml}</td><td>${message}</td><td>${details(finding)}</td></tr>`;
}
function position(finding) {
  return finding.line === void 0 ? "" : `<span class="pos">:${finding.line}${finding.column === void 0 ? "" : `:${finding.column}`}</span>`;
}
function details(finding) {
  const parts = [];
  if (finding.preview !== void 0) {
    parts.push(`credential <code>${escapeHtml(finding.preview)}</code>${finding.length === void 0 ? "" : `, ${finding.length} chars`}${finding.hash === void 0 ? "" : `, sha256 ${escapeHtml(finding.hash)}\u2026`}`);
  }
  if (finding.url !== void 0)
    parts.push(`URL <code>${escapeHtml(finding.url)}</code>`);
  if (finding.sample?.length)
    parts.push(`e.g. ${finding.sample.map((path) => `<code>${escapeHtml(path)}</code>`).join(", ")}`);
  return parts.join("<br>");
}
function renderFixes(findings, prefix) {
  const counts3 = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const entry = counts3.get(finding.rule);
    if (!entry)
      counts3.set(finding.rule, { n: 1, worst: finding.severity });
    else {
      entry.n++;
      if (SEVERITIES.indexOf(finding.severity) < SEVERITIES.indexOf(entry.worst))
        entry.worst = finding.severity;
    }
  }
  const entries = [...counts3].sort(([a, x], [b, y]) => SEVERITIES.indexOf(x.worst) - SEVERITIES.indexOf(y.worst) || a.localeCompare(b)).map(([rule, { n, worst }]) => {
    const head = `<dt id="${ruleId(prefix, rule)}"><span class="chip sev-${worst}">${SEVERITY_MARK[worst]}</span> `;
    if (!isRuleId(rule))
      return `${head}<code>${escapeHtml(rule)}</code> \xB7 ${count(n, "finding")}</dt><dd>No documentation for this rule in this version of leakproof.</dd>`;
    const meta = RULES[rule];
    const docs = `${RULES_DOC_URL}#${ruleAnchor(rule)}`;
    return `${head}${escapeHtml(meta.title)} <code>${escapeHtml(rule)}</code> \xB7 ${count(n, "finding")}</dt><dd><p>${escapeHtml(meta.description)}</p><p><b>Fix:</b> ${escapeHtml(meta.help)}</p><p><a${attributes({ href: docs, rel: "noopener noreferrer", target: "_blank" })}>Documentation of ${escapeHtml(rule)}</a></p></dd>`;
  });
  return `<section class="fixes"${attributes({ "aria-labelledby": `${prefix}-fixes-h` })}><h2 id="${prefix}-fixes-h">How to fix</h2><dl>${entries.join("")}</dl></section>`;
}

// dist/report/html/source-text.js
var MAX_SOURCE_CHARS = 2e5;
function isEmbedded(source) {
  return source.class === "first-party" || source.class === "readable";
}
function sourceTextId(mapId, index) {
  return `${mapId}-src-${index}`;
}
function renderSourceText(map, recovered, mapId, lookup) {
  const blocks = [];
  recovered.forEach((source, index) => {
    if (!isEmbedded(source))
      return;
    const text2 = lookup(map, index);
    if (text2 === void 0)
      return;
    const shown = text2.length > MAX_SOURCE_CHARS ? text2.slice(0, MAX_SOURCE_CHARS) : text2;
    const cut = text2.length > shown.length ? `<p class="cut">\u2026 ${count(text2.length - shown.length, "more character")} not shown; <code>leakproof extract</code> writes the whole file.</p>` : "";
    const summary = `<summary><code>${escapeHtml(source.source)}</code> <span class="detail">${formatSize(source.size)}</span></summary>`;
    blocks.push(`<details class="source-text" id="${sourceTextId(mapId, index)}">${summary}<pre>${maskedBlock(shown)}</pre>${cut}</details>`);
  });
  if (blocks.length === 0)
    return "";
  return `<div class="sources"><h3>Recovered text (credentials masked)</h3>${blocks.join("")}</div>`;
}
function maskedBlock(text2) {
  let out = "";
  let last = 0;
  for (const span of findSecretSpans(text2)) {
    if (span.start < last) {
      last = Math.max(last, span.end);
      continue;
    }
    out += escapeBlock(text2.slice(last, span.start));
    out += `<mark class="masked" title="credential masked">${escapeHtml(`${span.preview} [${span.kind}, ${span.length} chars, masked]`)}</mark>`;
    last = span.end;
  }
  return out + escapeBlock(text2.slice(last));
}

// dist/report/html/treemap-layout.js
function squarify(sizes, rect) {
  const out = sizes.map(() => ({ x: rect.x, y: rect.y, w: 0, h: 0 }));
  const order = sizes.map((size, index) => ({ size, index })).filter((item) => item.size > 0).sort((a, b) => b.size - a.size || a.index - b.index);
  const total = order.reduce((sum, item) => sum + item.size, 0);
  if (total === 0 || rect.w <= 0 || rect.h <= 0)
    return out;
  const scale = rect.w * rect.h / total;
  let free = rect;
  let row = [];
  for (const item of order) {
    const next = { area: item.size * scale, index: item.index };
    const side = Math.min(free.w, free.h);
    if (row.length > 0 && worstRatio([...row, next], side) > worstRatio(row, side)) {
      free = placeRow(row, free, out);
      row = [];
    }
    row.push(next);
  }
  placeRow(row, free, out);
  return out;
}
function worstRatio(row, side) {
  let sum = 0;
  let max = 0;
  let min = Infinity;
  for (const { area } of row) {
    sum += area;
    max = Math.max(max, area);
    min = Math.min(min, area);
  }
  const side2 = side * side;
  return Math.max(side2 * max / (sum * sum), sum * sum / (side2 * min));
}
function placeRow(row, free, out) {
  const sum = row.reduce((total, item) => total + item.area, 0);
  if (free.w >= free.h) {
    const width = Math.min(free.w, sum / free.h);
    let y = free.y;
    for (const item of row) {
      const h = item.area / width;
      out[item.index] = { x: free.x, y, w: width, h };
      y += h;
    }
    return { x: free.x + width, y: free.y, w: free.w - width, h: free.h };
  }
  const height = Math.min(free.h, sum / free.w);
  let x = free.x;
  for (const item of row) {
    const w = item.area / height;
    out[item.index] = { x, y: free.y, w, h: height };
    x += w;
  }
  return { x: free.x, y: free.y + height, w: free.w, h: free.h - height };
}
function buildTree(items) {
  const folderAt = (name, path) => ({ name, path, size: 0, weight: 0, children: /* @__PURE__ */ new Map(), leaves: [] });
  const root = folderAt("", "");
  items.forEach((item, index) => {
    const segments = item.path.split("/").filter((segment) => segment !== "");
    const name = segments.pop() ?? item.path;
    const size = Math.max(0, item.size);
    const weight = Math.max(0, item.weight ?? size);
    let folder = root;
    folder.size += size;
    folder.weight += weight;
    for (const segment of segments) {
      let child = folder.children.get(segment);
      if (!child)
        folder.children.set(segment, child = folderAt(segment, folder.path ? `${folder.path}/${segment}` : segment));
      child.size += size;
      child.weight += weight;
      folder = child;
    }
    folder.leaves.push({ name, path: item.path, size, weight, children: [], item: index });
  });
  const freeze = (folder) => {
    const children = [...[...folder.children.values()].map(freeze), ...folder.leaves];
    const only = children[0];
    if (folder !== root && children.length === 1 && only && only.item === void 0) {
      return { ...only, name: `${folder.name}/${only.name}` };
    }
    return { name: folder.name, path: folder.path, size: folder.size, weight: folder.weight, children };
  };
  let top = freeze(root);
  while (top.children.length === 1 && top.children[0].item === void 0)
    top = { ...top, children: top.children[0].children };
  return top;
}
function layoutTree(root, itemCount, rect, options) {
  const leaves = Array.from({ length: itemCount }, () => ({ x: rect.x, y: rect.y, w: 0, h: 0 }));
  const folders = [];
  const place = (node, area) => {
    if (node.item !== void 0) {
      leaves[node.item] = area;
      return;
    }
    let inner = area;
    if (node !== root) {
      const labelled = area.w > options.band * 4 && area.h > options.band * 2.5;
      folders.push({ node, rect: area, labelled });
      if (labelled)
        inner = { x: area.x + options.pad, y: area.y + options.band, w: area.w - 2 * options.pad, h: area.h - options.band - options.pad };
    }
    const rects = squarify(node.children.map((child) => child.weight), inner);
    for (const [index, child] of node.children.entries())
      place(child, rects[index]);
  };
  place(root, rect);
  return { leaves, folders };
}

// dist/report/html/treemap-html.js
var WIDTH = 1e3;
var HEIGHT = 400;
var NEST = { band: 15, pad: 2 };
var MIN_LABEL = { w: 34, h: 13 };
var MIN_SIZE_LINE = { w: 50, h: 28 };
var MIN_BADGE = { w: 44, h: 22 };
function renderTreemap(cells, options) {
  const tree = buildTree(cells);
  const layout = layoutTree(tree, cells.length, { x: 0, y: 0, w: WIDTH, h: HEIGHT }, NEST);
  const folders = layout.folders.map(({ node, rect, labelled }) => {
    const text2 = labelled ? `<span class="dir-name">${escapeHtml(node.name)} <span class="dir-size">${formatSize(node.size)}</span></span>` : "";
    return `<div class="dir" style="${position2(rect)}"${attributes({ title: `${node.path}/ (${formatSize(node.size)})` })}>${text2}</div>`;
  });
  const items = cells.map((cell, index) => renderCell(cell, layout.leaves[index], options.pathAttribute));
  return `<div class="treemap" role="group"${attributes({ "aria-label": options.label })}>${folders.join("")}${items.join("")}</div>`;
}
function renderCell(cell, rect, pathAttribute) {
  const data = pathAttribute ? { [`data-${pathAttribute}`]: cell.path } : {};
  const showLabel = cell.href !== void 0 || rect.w >= MIN_LABEL.w && rect.h >= MIN_LABEL.h;
  const showDetail = cell.detail !== void 0 && rect.w >= MIN_SIZE_LINE.w && rect.h >= MIN_SIZE_LINE.h;
  const text2 = (showLabel ? `<span class="name">${escapeHtml(cell.label)}</span>` : "") + (showDetail ? `<span class="detail">${escapeHtml(cell.detail)}</span>` : "") + (showDetail && cell.inner ? cell.inner : "") + (cell.badge !== void 0 && rect.w >= MIN_BADGE.w && rect.h >= MIN_BADGE.h ? `<span class="badge">${escapeHtml(cell.badge)}</span>` : "");
  const tag = cell.href === void 0 ? "div" : "a";
  const attrs = attributes({ class: `cell ${cell.className}`, href: cell.href, title: cell.title, ...data });
  return `<${tag}${attrs} style="${position2(rect)}">${text2}</${tag}>`;
}
function position2(rect) {
  const pct = (value, of) => `${+(value / of * 100).toFixed(2)}%`;
  return `left:${pct(rect.x, WIDTH)};top:${pct(rect.y, HEIGHT)};width:${pct(rect.w, WIDTH)};height:${pct(rect.h, HEIGHT)}`;
}

// dist/report/html/source-maps.js
function mapSectionId(prefix, index) {
  return `${prefix}-map-${index}`;
}
function classTotals(map) {
  const totals2 = SOURCE_CLASSES.map((entry) => ({ class: entry.class, sources: 0, bytes: 0 }));
  if (map.recovered) {
    for (const source of map.recovered) {
      const total = totals2.find((entry) => entry.class === source.class);
      total.sources++;
      total.bytes += source.size;
    }
    return totals2;
  }
  totals2[0].sources = map.recoverable;
  totals2[0].bytes = map.recoverableBytes;
  return totals2;
}
function renderSourceMaps(maps, prefix, sourceText) {
  if (maps.length === 0)
    return "";
  const exposing = maps.filter((map) => map.recoverable > 0).length;
  const intro = `${count(maps.length, "source map")}${exposing > 0 ? `, ${exposing.toLocaleString("en-US")} exposing first-party sources` : ""}. Open a map to see every source it embeds.`;
  const sections = maps.map((map, index) => renderMap(map, mapSectionId(prefix, index), sourceText));
  return `<section class="maps"${attributes({ "aria-labelledby": `${prefix}-maps-h` })}><h2 id="${prefix}-maps-h">What the source maps expose</h2><p>${intro}</p>${classLegend()}${sections.join("")}</section>`;
}
function renderMap(map, id, sourceText) {
  const totals2 = classTotals(map);
  const open = map.recoverable > 0;
  const mark = map.recoverable > 0 ? '<span class="flag sev-error">\u2716 exposes first-party code</span>' : (map.readable ?? 0) > 0 ? '<span class="flag src-readable">readable code embedded</span>' : "";
  const summary = `<summary><code>${escapeHtml(map.path)}</code> ${mark}<span class="map-totals">${totalsText(map, totals2)}</span></summary>`;
  const body = [`<p class="map-facts">${mapFacts(map)}</p>`, stackedBar(totals2)];
  if (map.recovered && map.recovered.length > 0) {
    body.push(renderSourcesTreemap(map, map.recovered, id, sourceText));
    if (sourceText)
      body.push(renderSourceText(map, map.recovered, id, sourceText));
  }
  return `<details class="map"${attributes({ id, open })}>${summary}${body.join("")}</details>`;
}
function totalsText(map, totals2) {
  if (map.origin === "remote")
    return "remote map, not fetched";
  if (map.withContent === 0)
    return `${count(map.sources, "source")} listed, no source text embedded`;
  const parts = totals2.filter((entry) => entry.sources > 0).map((entry) => `${className(entry.class)} ${entry.sources.toLocaleString("en-US")} (${formatSize(entry.bytes)})`);
  return parts.join(" \xB7 ");
}
function mapFacts(map) {
  const facts = [];
  facts.push(map.origin === "inline" ? "inline map (a data: URL inside the file)" : map.origin === "remote" ? `remote map at <code>${escapeHtml(map.url ?? "")}</code>` : "map file");
  facts.push(map.generated.length > 0 ? `referenced by ${map.generated.map((path) => `<code>${escapeHtml(path)}</code>`).join(", ")}` : "no file references it");
  facts.push(map.valid ? "valid ECMA-426" : `invalid: ${escapeHtml(map.invalidReason ?? "breaks ECMA-426")}`);
  facts.push(`${count(map.sources, "source")}, ${map.withContent.toLocaleString("en-US")} with embedded text`);
  return facts.join(" \xB7 ");
}
function className(sourceClass) {
  return SOURCE_CLASSES.find((entry) => entry.class === sourceClass).name.toLowerCase();
}
function stackedBar(totals2) {
  const sum = totals2.reduce((total, entry) => total + entry.bytes, 0);
  if (sum === 0)
    return "";
  const segments = totals2.filter((entry) => entry.bytes > 0).map((entry) => {
    const share = entry.bytes / sum * 100;
    const label = `${className(entry.class)}: ${Math.round(share)}%`;
    return `<span class="src-${entry.class}" style="width:${+share.toFixed(2)}%"${attributes({ title: label })}>${share >= 12 ? escapeHtml(label) : ""}</span>`;
  });
  return `<div class="stack" role="img"${attributes({
    "aria-label": `Embedded bytes by class: ${totals2.filter((entry) => entry.bytes > 0).map((entry) => `${className(entry.class)} ${Math.round(entry.bytes / sum * 100)}%`).join(", ")}`
  })}>${segments.join("")}</div>`;
}
function renderSourcesTreemap(map, recovered, id, sourceText) {
  const cells = recovered.map((source, index) => {
    const path = source.resolved || source.source;
    const name = path.slice(path.lastIndexOf("/") + 1) || path;
    const where = source.resolved && source.resolved !== source.source ? `${source.source} \u2192 ${source.resolved}` : source.source;
    const notes = [where, formatSize(source.size), className(source.class), ...source.ignored ? ["in ignoreList"] : []];
    const cell = {
      path,
      size: source.size,
      className: `src-${source.class}`,
      label: name,
      detail: formatSize(source.size),
      title: notes.join(" \xB7 ")
    };
    return sourceText && isEmbedded(source) ? { ...cell, href: `#${sourceTextId(id, index)}` } : cell;
  });
  return renderTreemap(cells, { label: `Sources embedded in ${map.path} by size and class` });
}
function classLegend() {
  const items = SOURCE_CLASSES.map((entry) => `<li><span class="swatch src-${entry.class}"></span><span><b>${escapeHtml(entry.name)}</b>: ${escapeHtml(entry.meaning)}</span></li>`);
  return `<ul class="legend">${items.join("")}</ul>`;
}

// dist/report/html/package-treemap.js
function factsByPath(findings) {
  const facts = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    let entry = facts.get(finding.path);
    if (!entry)
      facts.set(finding.path, entry = { rules: /* @__PURE__ */ new Set(), suppressed: 0 });
    if (finding.suppressed) {
      entry.suppressed++;
      continue;
    }
    entry.rules.add(finding.rule);
    if (entry.worst === void 0 || SEVERITIES.indexOf(finding.severity) < SEVERITIES.indexOf(entry.worst))
      entry.worst = finding.severity;
  }
  return facts;
}
function renderPackageTreemap(report, prefix) {
  const facts = factsByPath(report.findings);
  const mapIndex = /* @__PURE__ */ new Map();
  report.sourceMaps.forEach((map, index) => {
    if (map.origin !== "remote" && !mapIndex.has(map.path))
      mapIndex.set(map.path, index);
  });
  const added = new Set(report.baseline?.added.map((file) => file.path));
  const grown = new Map(report.baseline?.changed.filter((change) => change.after > change.before).map((change) => [change.path, change]));
  const since = report.baseline?.target?.version ? ` since ${report.baseline.target.version}` : " since the baseline";
  const floor = minimumWeight(report, facts);
  const cells = report.files.map((file) => {
    const fact = facts.get(file.path);
    const index = mapIndex.get(file.path);
    const map = index === void 0 ? void 0 : report.sourceMaps[index];
    const classes = [fact?.worst ? `sev-${fact.worst}` : fact?.suppressed ? "accepted" : "clean"];
    const notes = [formatSize(file.size)];
    if (fact?.worst)
      notes.push(`${fact.worst}: ${[...fact.rules].join(", ")}`);
    else if (fact?.suppressed)
      notes.push(`${count(fact.suppressed, "finding")} accepted in leakproof.json`);
    if (map) {
      classes.push("map");
      notes.push(mapNote(map));
    }
    if (report.baseline && !report.baseline.firstRelease && added.has(file.path)) {
      classes.push("new");
      notes.push(`new${since}`);
    }
    const growth = grown.get(file.path);
    if (growth) {
      classes.push("grown");
      notes.push(`grew${since} from ${formatSize(growth.before)}`);
    }
    const name = file.path.slice(file.path.lastIndexOf("/") + 1);
    const cell = {
      path: file.path,
      size: file.size,
      ...fact?.worst === "error" || fact?.worst === "warning" ? { weight: Math.max(file.size, floor) } : {},
      className: classes.join(" "),
      label: `${fact?.worst ? `${SEVERITY_MARK[fact.worst]} ` : ""}${name}`,
      detail: map ? `${formatSize(file.size)} \xB7 ${mapNote(map)}` : formatSize(file.size),
      title: `${file.path} \xB7 ${notes.join(" \xB7 ")}`,
      ...map ? { inner: classBar(map) } : {},
      ...classes.includes("new") ? { badge: "NEW" } : classes.includes("grown") ? { badge: "GREW" } : {}
    };
    if (index !== void 0)
      return { ...cell, href: `#${mapSectionId(prefix, index)}` };
    if (fact)
      return { ...cell, href: `#${prefix}-findings` };
    return cell;
  });
  return renderTreemap(cells, { label: `Files of the package by size (${count(report.files.length, "file")})`, pathAttribute: "file" });
}
function minimumWeight(report, facts) {
  const flagged = report.files.filter((file) => {
    const worst = facts.get(file.path)?.worst;
    return worst === "error" || worst === "warning";
  }).length;
  const total = report.files.reduce((sum, file) => sum + file.size, 0);
  return flagged === 0 ? 0 : total * Math.min(0.01, 1 / 3 / flagged);
}
function mapNote(map) {
  if (map.recoverable > 0)
    return `source map exposing ${count(map.recoverable, "first-party source")}`;
  const readable = map.readable ?? 0;
  if (readable > 0)
    return `source map with ${count(readable, "first-party source")} also shipped readable`;
  return map.withContent > 0 ? `source map embedding ${count(map.withContent, "third-party or shipped source")}` : "source map without embedded sources";
}
function classBar(map) {
  const totals2 = classTotals(map);
  const sum = totals2.reduce((total, entry) => total + entry.bytes, 0);
  if (sum === 0)
    return "";
  const segments = totals2.filter((entry) => entry.bytes > 0).map((entry) => `<span class="src-${entry.class}" style="width:${+(entry.bytes / sum * 100).toFixed(2)}%"></span>`);
  return `<span class="bar" aria-hidden="true">${segments.join("")}</span>`;
}

// dist/report/html/verdict.js
function outcome(report) {
  if (!report.complete)
    return { word: "Incomplete: not a pass", className: "incomplete", mark: "\u2716" };
  return report.ok ? { word: "Passes", className: "pass", mark: "\u2714" } : { word: "Fails", className: "fail", mark: "\u2716" };
}
function renderVerdict(report, prefix) {
  const result = outcome(report);
  const { summary } = report;
  const scope = `${count(summary.files, "file")}, ${formatSize(summary.unpackedSize)} unpacked${report.sourceMaps.length ? `, ${count(report.sourceMaps.length, "source map")}` : ""}`;
  return `<div class="verdict ${result.className}" role="status"><p class="outcome"><span class="mark" aria-hidden="true">${result.mark}</span> ${result.word} <span class="exit">exit code ${exitCode(report)}</span> <span class="failon">fail-on ${report.failOn}</span></p>${severityCounts(summary)}<p class="scope">${escapeHtml(scope)} \xB7 ${manifestNote(report)}</p></div>` + gaps(report) + exposure(report, prefix);
}
function severityCounts(summary) {
  const item = (severity, n) => `<li class="${n > 0 ? `sev-${severity}-text` : "zero"}">${SEVERITY_MARK[severity]} ${count(n, SEVERITY_NAME[severity])}</li>`;
  const accepted = summary.suppressed > 0 ? `<li>${count(summary.suppressed, "accepted finding")}</li>` : "";
  return `<ul class="counts">${item("error", summary.errors)}${item("warning", summary.warnings)}${item("info", summary.infos)}${accepted}</ul>`;
}
function manifestNote(report) {
  return report.manifest.path ? `allowlist <code>${escapeHtml(report.manifest.path)}</code> applied` : "no leakproof.json: run <code>leakproof init</code> to keep an allowlist";
}
function gaps(report) {
  if (report.gaps.length === 0)
    return "";
  const items = report.gaps.map((gap) => `<li><code>${escapeHtml(gap.code)}</code>${gap.path ? ` <code>${escapeHtml(gap.path)}</code>` : ""}: ${escapeHtml(gap.message)}</li>`);
  return `<div class="gaps"><h3>Not fully inspected</h3><ul>${items.join("")}</ul></div>`;
}
function exposure(report, prefix) {
  const lines = [];
  const maps = report.sourceMaps.map((map, index) => ({ map, index })).filter(({ map }) => map.recoverable > 0);
  maps.sort((a, b) => b.map.recoverableBytes - a.map.recoverableBytes);
  for (const { map, index } of maps.slice(0, 3)) {
    lines.push(`<a href="#${mapSectionId(prefix, index)}"><code>${escapeHtml(map.path)}</code></a> exposes <b>${count(map.recoverable, "first-party source")} (${formatSize(map.recoverableBytes)})</b> that the package ships nowhere else`);
  }
  if (maps.length > 3)
    lines.push(`and ${count(maps.length - 3, "more map")} exposing first-party sources`);
  const readable = report.sourceMaps.filter((map) => (map.readable ?? 0) > 0);
  if (readable.length > 0) {
    const sources = readable.reduce((sum, map) => sum + (map.readable ?? 0), 0);
    const bytes = readable.reduce((sum, map) => sum + (map.readableBytes ?? 0), 0);
    lines.push(`${count(readable.length, "map")} also embed${readable.length === 1 ? "s" : ""} ${count(sources, "first-party source")} (${formatSize(bytes)}) the package ships readable anyway`);
  }
  const active = report.findings.filter((finding) => !finding.suppressed);
  lines.push(...byRule(active, "secret", "credential", prefix), ...byRule(active, "file/sensitive", "sensitive file", prefix));
  const heading = lines.length > 0 ? "What leaks" : report.complete ? "Nothing leaks" : "Nothing leaks in what could be read";
  const body = lines.length > 0 ? `<ul>${lines.map((line) => `<li>${line}</li>`).join("")}</ul>` : "<p>No map exposes first-party sources, and no credential or sensitive file ships.</p>";
  return `<div class="exposure"${attributes({ "data-leaks": lines.length > 0 })}><h2>${heading}</h2>${body}</div>`;
}
function byRule(findings, rule, noun, prefix) {
  const matching = findings.filter((finding) => finding.rule === rule);
  if (matching.length === 0)
    return [];
  const paths = [...new Set(matching.map((finding) => finding.path))];
  const shown = paths.slice(0, 4).map((path) => `<code>${escapeHtml(path || "(package)")}</code>`);
  const more2 = paths.length > 4 ? ` and ${count(paths.length - 4, "more file")}` : "";
  return [
    `<a${attributes({ href: `#${prefix}-findings`, "data-filter-rule": rule })}><b>${count(matching.length, noun)}</b></a> in ${shown.join(", ")}${more2}`
  ];
}

// dist/report/html/package-section.js
function renderPackageSection(report, prefix, sourceText) {
  return [
    renderVerdict(report, prefix),
    `<section class="ships" aria-labelledby="${prefix}-ships-h"><h2 id="${prefix}-ships-h">What ships</h2>`,
    fileLegend(report),
    renderPackageTreemap(report, prefix),
    "</section>",
    renderSourceMaps(report.sourceMaps, prefix, sourceText),
    renderChanges(report.baseline, prefix),
    renderFindings(report.findings, prefix)
  ].join("");
}
function fileLegend(report) {
  const items = [
    ["sev-error", `${SEVERITY_MARK.error} error`],
    ["sev-warning", `${SEVERITY_MARK.warning} warning`],
    ["sev-info", `${SEVERITY_MARK.info} note`],
    ["clean", "no findings"],
    ["accepted", "findings accepted in leakproof.json"],
    ["clean map", "source map (select it to see its sources)"]
  ];
  if (report.baseline && !report.baseline.firstRelease)
    items.push(["clean new", "new since the baseline (dashed; NEW)"], ["clean grown", "grew since the baseline (dotted; GREW)"]);
  const entries = items.map(([className2, text2]) => `<li><span class="swatch ${className2}"></span>${text2}</li>`);
  return `<p class="hint">Every file the package ships, by size, grouped by folder; colour and pattern show its worst finding (files with errors or warnings are drawn at least a small square, so none hides). Select a file to see its findings.</p><ul class="legend">${entries.join("")}</ul>`;
}

// dist/report/html/page-script.js
function pageScript({ document, window }) {
  const all = (root, selector) => Array.from(root.querySelectorAll(selector));
  const whereOf = (row) => row.querySelector("td.where")?.textContent ?? "";
  const pathOf = (row) => row.querySelector("td.where code.path")?.textContent ?? "";
  const applyFilters = (section) => {
    const severities = new Set(all(section, "[data-filter-sev]").filter((box) => box.checked).map((box) => box.dataset.filterSev));
    const suppressedBox = section.querySelector("[data-filter-suppressed]");
    const showSuppressed = suppressedBox?.checked;
    const rule = section.querySelector("[data-filter-rule]")?.value ?? "";
    const pathInput = section.querySelector("[data-filter-path]");
    const path = (pathInput?.value ?? "").toLowerCase();
    const exact = pathInput?.dataset.exact === "true";
    const rows = all(section, "tbody tr");
    let shown = 0;
    for (const row of rows) {
      const visible = severities.has(row.dataset.sev) && (row.dataset.suppressed === void 0 || showSuppressed) && (rule === "" || row.dataset.rule === rule) && (path === "" || (exact ? pathOf(row).toLowerCase() === path : whereOf(row).toLowerCase().includes(path)));
      row.hidden = !visible;
      if (visible)
        shown++;
    }
    const output = section.querySelector("[data-filter-count]");
    if (output)
      output.textContent = `Showing ${shown} of ${rows.length} findings`;
  };
  const sortBy = (button) => {
    const table2 = button.closest("table");
    const header2 = button.closest("th");
    const body = table2?.querySelector("tbody");
    if (!table2 || !header2 || !body)
      return;
    const key = button.dataset.sort ?? "sev";
    const ascending = header2.getAttribute("aria-sort") !== "ascending";
    for (const th of all(table2, "th"))
      th.removeAttribute("aria-sort");
    header2.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const value = (row) => (key === "sev" ? row.dataset.rank : key === "rule" ? row.dataset.rule : whereOf(row)) ?? "";
    const rows = all(body, "tr");
    rows.sort((a, b) => (ascending ? 1 : -1) * value(a).localeCompare(value(b), "en", { numeric: true }) || Number(a.dataset.i) - Number(b.dataset.i));
    body.append(...rows);
  };
  const reveal = (id) => {
    const target = id ? document.getElementById(id) : null;
    for (let node = target; node; node = node.parentElement)
      if (node.tagName === "DETAILS")
        node.open = true;
    return target;
  };
  const filterFrom = (link, section) => {
    const pathInput = section.querySelector("[data-filter-path]");
    const ruleSelect = section.querySelector("[data-filter-rule]");
    if (pathInput) {
      pathInput.value = link.dataset.file ?? "";
      pathInput.dataset.exact = link.dataset.file === void 0 ? "false" : "true";
    }
    if (ruleSelect)
      ruleSelect.value = link.dataset.filterRule ?? "";
    for (const box of all(section, "[data-filter-sev]"))
      box.checked = true;
    applyFilters(section);
  };
  for (const section of all(document, "[data-findings]")) {
    const form = section.querySelector("form");
    form?.addEventListener("input", (event) => {
      if (event.target?.dataset.filterPath !== void 0)
        event.target.dataset.exact = "false";
      applyFilters(section);
    });
    form?.addEventListener("change", () => applyFilters(section));
    form?.addEventListener("submit", (event) => event.preventDefault());
    form?.addEventListener("reset", () => setTimeout(() => applyFilters(section), 0));
    for (const [index, row] of all(section, "tbody tr").entries())
      row.setAttribute("data-i", String(index));
    for (const button of all(section, "th button"))
      button.addEventListener("click", () => sortBy(button));
  }
  document.addEventListener("click", (event) => {
    const link = event.target?.closest('a[href^="#"]');
    if (!link)
      return;
    const id = decodeURIComponent((link.getAttribute("href") ?? "").slice(1));
    const target = reveal(id);
    if (target && target.dataset.findings !== void 0 && (link.dataset.file !== void 0 || link.dataset.filterRule !== void 0))
      filterFrom(link, target);
  });
  document.addEventListener("keydown", (event) => {
    const cell = event.target?.closest(".treemap a.cell");
    const map = cell?.closest(".treemap");
    if (!cell || !map || !["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp", "Home", "End"].includes(event.key ?? ""))
      return;
    const cells = all(map, "a.cell");
    const at = cells.indexOf(cell);
    const forward = event.key === "ArrowRight" || event.key === "ArrowDown";
    const next = event.key === "Home" ? cells[0] : event.key === "End" ? cells[cells.length - 1] : cells[Math.min(cells.length - 1, Math.max(0, at + (forward ? 1 : -1)))];
    event.preventDefault();
    next?.focus();
  });
  const openHash = () => {
    reveal(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView({ block: "start" });
  };
  window.addEventListener("hashchange", openHash);
  openHash();
  let closed = [];
  window.addEventListener("beforeprint", () => {
    closed = all(document, "details:not([open]):not(.source-text)");
    for (const details3 of closed)
      details3.open = true;
  });
  window.addEventListener("afterprint", () => {
    for (const details3 of closed)
      details3.open = false;
    closed = [];
  });
}

// dist/report/html/report-set.js
function worstFirst(reports) {
  const exposed = (report) => report.sourceMaps.reduce((sum, map) => sum + map.recoverableBytes, 0);
  return [...reports].sort((a, b) => Number(a.ok) - Number(b.ok) || b.summary.errors - a.summary.errors || exposed(b) - exposed(a) || b.summary.warnings - a.summary.warnings || Number(a.complete) - Number(b.complete) || targetName(a.target).localeCompare(targetName(b.target)));
}
function renderSetBody(set, sourceText) {
  const reports = worstFirst(set.reports);
  const header2 = `<h1>leakproof report for <b>${count(set.summary.packages, "package")}</b></h1>`;
  const sections = reports.map((report, index) => {
    const result = outcome(report);
    const open = index === 0 && !report.ok;
    const summary = `<summary><span class="mark" aria-hidden="true">${result.mark}</span> <b>${escapeHtml(targetName(report.target))}</b> \xB7 ${result.word} \xB7 ${counts(report)}</summary>`;
    return `<details${attributes({ class: `package ${result.className}`, id: `p${index}`, open })}>${summary}${renderPackageSection(report, `p${index}`, sourceText?.(report))}</details>`;
  });
  return `${header2}<main>${verdict(set)}${table(reports)}${skipped(set)}${sections.join("")}</main>`;
}
function verdict(set) {
  const result = outcome(set);
  const { summary } = set;
  const scope = `${count(summary.packages, "package")}: ${summary.failing.toLocaleString("en-US")} failing, ${summary.incomplete.toLocaleString("en-US")} incomplete${set.skipped.length ? `, ${count(set.skipped.length, "target")} not read` : ""}`;
  return `<div class="verdict ${result.className}" role="status"><p class="outcome"><span class="mark" aria-hidden="true">${result.mark}</span> ${result.word} <span class="exit">exit code ${exitCode(set)}</span> <span class="failon">fail-on ${set.failOn}</span></p>${severityCounts(summary)}<p class="scope">${scope}</p></div>`;
}
function counts(report) {
  const { errors, warnings, infos } = report.summary;
  const exposed = report.sourceMaps.reduce((sum, map) => sum + map.recoverable, 0);
  return [
    count(errors, "error"),
    count(warnings, "warning"),
    count(infos, "note"),
    ...exposed ? [`exposes ${count(exposed, "first-party source")}`] : []
  ].join(", ");
}
function table(reports) {
  const rows = reports.map((report, index) => {
    const result = outcome(report);
    const exposed = report.sourceMaps.reduce((sum, map) => sum + map.recoverableBytes, 0);
    return `<tr><td><a href="#p${index}">${escapeHtml(targetName(report.target))}</a></td><td><span class="chip ${result.className === "pass" ? "clean" : "sev-error"}">${result.mark} ${result.word}</span></td><td>${report.summary.errors}</td><td>${report.summary.warnings}</td><td>${report.summary.infos}</td><td>${exposed ? formatSize(exposed) : "\u2013"}</td><td>${report.summary.files.toLocaleString("en-US")}</td><td>${formatSize(report.summary.unpackedSize)}</td></tr>`;
  });
  return `<h2>Packages, worst first</h2><table class="set-table"><thead><tr><th scope="col">Package</th><th scope="col">Verdict</th><th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Notes</th><th scope="col">Exposed first-party</th><th scope="col">Files</th><th scope="col">Unpacked</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
function skipped(set) {
  if (set.skipped.length === 0)
    return "";
  const items = set.skipped.map((entry) => `<li><code>${escapeHtml(entry.input)}</code>: ${escapeHtml(entry.reason)}${entry.gap ? " (counts as not inspected)" : ""}</li>`);
  return `<div class="gaps"><h3>Not read</h3><ul>${items.join("")}</ul></div>`;
}

// dist/report/html/styles.js
var PAGE_CSS = `
:root{--ink:#1b1d21;--muted:#5a606b;--line:#c9ced6;--bg:#fff;--panel:#f5f6f8;
--error:#b3261e;--error-2:#d9574d;--warning:#f1b43c;--info:#a9c9ef;--clean:#dbe5de;
--readable:#f3a15a;--third:#a4b3c9;--shipped:#e7eaef;--new:#5b2a86;
font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
body{margin:0 auto;max-width:1240px;padding:16px 20px 40px}
h1{font-size:1.15rem;margin:0 0 10px;color:var(--muted);font-weight:600}
h1 b{color:var(--ink)}
h2{font-size:1.15rem;margin:28px 0 8px}
h3{font-size:1rem;margin:16px 0 6px}
code{font:0.9em/1.3 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
a{color:#0b57d0}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:9}
.verdict{border-left:12px solid var(--muted);background:var(--panel);padding:12px 18px;margin:4px 0 12px}
.verdict.fail{border-color:var(--error);background:#fbe9e7}
.verdict.pass{border-color:#1d7a35;background:#e7f4ea}
.verdict.incomplete{border-color:#6a1b9a;background:#f2e7f6}
.outcome{font-size:1.9rem;font-weight:750;margin:0;line-height:1.2}
.fail .outcome .mark,.incomplete .outcome .mark{color:var(--error)}.pass .outcome .mark{color:#1d7a35}
.exit,.failon{font-size:.95rem;font-weight:600;border:1.5px solid currentColor;border-radius:4px;padding:1px 7px;margin-left:8px;vertical-align:middle;white-space:nowrap}
.failon{font-weight:500;color:var(--muted)}
.counts{list-style:none;display:flex;flex-wrap:wrap;gap:6px 22px;padding:0;margin:8px 0 4px;font-weight:650}
.scope{margin:0;color:var(--muted)}
.zero{color:var(--muted);font-weight:500}
.sev-error-text{color:var(--error)}.sev-warning-text{color:#8a5a00}.sev-info-text{color:#1f5fa8}
.exposure{border:2px solid var(--line);padding:4px 18px 8px;margin:12px 0}
.exposure[data-leaks]{border-color:var(--error)}
.exposure h2{margin:8px 0 4px}
.exposure ul{margin:4px 0;padding-left:20px}
.gaps{border:2px solid #6a1b9a;padding:4px 18px;margin:12px 0}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:4px 18px;padding:0;margin:6px 0 10px;font-size:.9rem}
.legend li{display:flex;align-items:center;gap:6px}
.swatch{display:inline-block;width:22px;height:14px;border:1px solid #555;flex:none}
.treemap{position:relative;box-sizing:border-box;width:100%;aspect-ratio:5/2;min-height:220px;border:1px solid #7d838d;background:var(--panel);overflow:hidden;font:11.5px/1.2 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;contain:strict}
.dir{position:absolute;box-sizing:border-box;border:1px solid #8a9099;background:#eceef1}
.dir-name{display:block;padding:1px 4px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-weight:650;color:#2d3138}
.dir-size{font-weight:400;color:var(--muted)}
.cell{position:absolute;box-sizing:border-box;border:1px solid #fff;overflow:hidden;padding:2px 4px;color:var(--ink);text-decoration:none}
.cell .name,.cell .detail{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.cell .name{font-weight:650}
a.cell:hover,a.cell:focus-visible{outline:3px solid #000;outline-offset:-3px;z-index:3}
a.cell:focus-visible{box-shadow:inset 0 0 0 5px #fff}
.sev-error,.src-first-party{background:repeating-linear-gradient(135deg,var(--error) 0 5px,var(--error-2) 5px 9px);color:#fff}
.sev-error .name,.src-first-party .name{text-shadow:0 0 2px #000}
.sev-warning{background:radial-gradient(circle,rgba(0,0,0,.32) 1.1px,transparent 1.6px) 0 0/6px 6px,var(--warning)}
.sev-info{background:repeating-linear-gradient(0deg,var(--info) 0 4px,#7fa9dc 4px 5px)}
.clean{background:var(--clean)}
.accepted{background:var(--clean);border:2px dashed #4d6b57}
.src-readable{background:repeating-linear-gradient(45deg,var(--readable) 0 4px,#f8c796 4px 7px)}
.src-third-party{background:var(--third)}
.src-shipped{background:var(--shipped);border:1px dotted #6b7280}
.cell.map,.swatch.map{border:1px solid #000}
.cell.new{outline:3px dashed var(--new);outline-offset:-4px}
.cell.grown{outline:2px dotted var(--new);outline-offset:-3px}
.swatch.new{outline:2px dashed var(--new);outline-offset:1px}
.swatch.grown{outline:2px dotted var(--new);outline-offset:1px}
.badge{position:absolute;right:2px;bottom:2px;background:var(--new);color:#fff;font:700 10px/1.3 system-ui,sans-serif;padding:0 3px}
.bar{display:flex;height:7px;margin-top:3px;border:1px solid #fff;max-width:240px}
.bar span{display:block;height:100%}
.stack{display:flex;height:22px;border:1px solid #555;margin:6px 0 10px;font-size:.8rem;line-height:20px;overflow:hidden}
.stack span{display:block;height:100%;white-space:nowrap;overflow:hidden;padding:0 4px;box-sizing:border-box}
.stack .src-first-party{font-weight:650}
details.map{border:1px solid var(--line);margin:8px 0;padding:6px 12px}
details.map>summary{cursor:pointer;font-weight:600}
.flag{font-size:.85rem;padding:1px 6px;margin:0 6px;border-radius:3px}
.map-totals{display:block;font-weight:400;color:var(--muted);margin-left:18px}
.map-facts{color:var(--muted);margin:6px 0}
.filters{display:flex;flex-wrap:wrap;align-items:end;gap:8px 18px;margin:6px 0 10px;padding:8px 12px;background:var(--panel);border:1px solid var(--line)}
.filters fieldset{border:0;padding:0;margin:0;display:flex;gap:12px;flex-wrap:wrap}
.filters legend{float:left;margin-right:8px;font-weight:600}
.filters label{white-space:nowrap}
.filters output{margin-left:auto;color:var(--muted)}
input,select,button{font:inherit}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
thead th{background:var(--panel);position:sticky;top:0}
th button{border:0;background:none;font-weight:700;padding:0;cursor:pointer}
th button::after{content:" \u21C5";color:var(--muted)}
th[aria-sort=ascending] button::after{content:" \u25B2"}th[aria-sort=descending] button::after{content:" \u25BC"}
td.where{max-width:320px;min-width:9em}
th{white-space:nowrap}
.chip{display:inline-block;padding:0 6px;border-radius:3px;font-size:.85rem;font-weight:650;white-space:nowrap}
.chip.sev-warning,.chip.sev-info,.chip.accepted{color:var(--ink)}
.kind,.pos,.reason,.detail{color:var(--muted)}
.sev-error .detail,.src-first-party .detail{color:#fff}
tr.suppressed td{background:#f3f5f2}
.fixes dt{font-weight:650;margin-top:12px}
.fixes dd{margin:2px 0 0 28px}.fixes dd p{margin:2px 0}
.changes .new-maps{color:var(--error)}
.sources pre{background:var(--panel);border:1px solid var(--line);padding:8px;overflow:auto;max-height:480px;font-size:.85rem}
mark.masked{background:#222;color:#fff;padding:0 3px}
.set-table td,.set-table th{white-space:nowrap}
details.package{border:2px solid var(--line);margin:14px 0;padding:4px 14px}
details.package.fail,details.package.incomplete{border-color:var(--error)}
details.package>summary{cursor:pointer;font-size:1.05rem;padding:6px 0}
footer{margin-top:36px;color:var(--muted);font-size:.85rem}
@media (forced-colors:active){.cell,.dir{border:1px solid CanvasText}}
@media print{
:root{font-size:11pt}body{max-width:none;padding:0}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.filters,.skip,th button::after{display:none}
.treemap,.verdict,.exposure,details.map,tr{break-inside:avoid}
thead th{position:static}
a{color:inherit;text-decoration:none}
.fixes a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em;overflow-wrap:anywhere}
}
`;

// dist/report/html/index.js
function isReportSet(input) {
  return input.kind === "set";
}
function renderHtml(input, options = {}) {
  if (isReportSet(input)) {
    const result = outcome(input);
    const title = `leakproof: ${input.summary.packages} packages, ${result.word.toLowerCase()}`;
    return page(title, input.tool.version, renderSetBody(input, options.sourceText));
  }
  const name = targetName(input.target);
  const header2 = `<h1>leakproof report for <b>${escapeHtml(name)}</b> (${escapeHtml(`${input.target.kind} ${input.target.input}`)})</h1>`;
  const body = `${header2}<main>${renderPackageSection(input, "p0", options.sourceText?.(input))}</main>`;
  return page(`leakproof: ${name} ${outcome(input).word.toLowerCase()}`, input.tool.version, body);
}
function page(title, version, body) {
  const script = `(${pageScript.toString()})({ document, window });`;
  if (/<\/script|<!--/i.test(script))
    throw new Error("page script contains a closing script tag");
  const hash = createHash("sha256").update(script).digest("base64");
  const policy = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}"><meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="leakproof ${escapeHtml(version)}"><title>${escapeHtml(title)}</title><style>${PAGE_CSS}</style></head><body><a class="skip" href="#p0-findings">Skip to the findings</a>${body}<footer>Made by leakproof ${escapeHtml(version)}. This page loads nothing from the network; <code>--format json</code> holds every detail.</footer><script>${script}</script></body></html>
`;
}

// dist/report/credential-hints.js
var SHOWN_PLACES = 3;
function credentialHints(finding) {
  if (finding.rule !== "secret")
    return [];
  const lines = [];
  const places = Array.isArray(finding.alsoIn) ? finding.alsoIn : [];
  if (places.length > 0) {
    const total = typeof finding.occurrences === "number" ? finding.occurrences - 1 : places.length;
    const named = places.slice(0, SHOWN_PLACES).map((place) => `${place.path}${place.source ? ` \u2192 ${place.source}` : ""}${place.line ? `:${place.line}` : ""}`);
    lines.push(`also in ${named.join(", ")}${total > named.length ? ` and ${total - named.length} more` : ""}`);
  }
  if (finding.severity === "error" && !finding.suppressed && finding.hash) {
    const entry = [
      `"rule": "secret"`,
      `"path": ${JSON.stringify(finding.path)}`,
      `"hash": ${JSON.stringify(finding.hash)}`,
      `"reason": "<why this credential may ship>"`
    ];
    lines.push(`to accept it, add to "ignore" in leakproof.json: { ${entry.join(", ")} }`);
  }
  return lines;
}

// dist/report/human-baseline.js
function baselineLine(report) {
  const baseline = report.baseline;
  if (!baseline)
    return null;
  if (baseline.firstRelease || !baseline.target)
    return "Baseline: none, first release (nothing published before to compare with)";
  return `Baseline: compared with ${printable(targetName(baseline.target))} (${baseline.target.kind} ${printable(baseline.target.input)})`;
}

// dist/report/human.js
var HEADINGS = { error: "Errors", warning: "Warnings", info: "Notes" };
var MARKS = { error: "\u2716", warning: "\u26A0", info: "\u2139" };
function painter(color, code2) {
  return color ? (text2) => `\x1B[${code2}m${text2}\x1B[0m` : (text2) => text2;
}
function renderHuman(report, options) {
  const paint = {
    error: painter(options.color, "31"),
    warning: painter(options.color, "33"),
    info: painter(options.color, "36"),
    bold: painter(options.color, "1"),
    dim: painter(options.color, "2")
  };
  const compared = baselineLine(report);
  const lines = [header(report, paint.bold, paint.dim), ...compared ? [paint.dim(compared)] : [], ""];
  for (const severity of SEVERITIES) {
    const group = report.findings.filter((finding) => finding.severity === severity && !finding.suppressed);
    if (group.length === 0)
      continue;
    lines.push(paint[severity](paint.bold(`${HEADINGS[severity]} (${group.length})`)));
    lines.push(...renderGroup(report, group, paint[severity], paint.dim));
  }
  lines.push(...renderGaps(report, paint.error));
  if (report.summary.suppressed > 0)
    lines.push(paint.dim(`${plural(report.summary.suppressed, "finding")} suppressed by leakproof.json ignore entries.`));
  if (!report.manifest.path && options.suggestInit)
    lines.push(paint.dim(`No leakproof.json: run \`${printable(options.suggestInit)}\` to snapshot what ships, so anything new fails the next check.`));
  lines.push(verdict2(report, paint));
  return `${lines.join("\n")}
`;
}
function header(report, bold, dim) {
  const { target, summary } = report;
  const id = printable(targetName(target, "?"));
  const maps = report.sourceMaps.length ? `, ${plural(report.sourceMaps.length, "source map")}` : "";
  return `${bold(id)} ${dim(`(${target.kind} ${printable(target.input)})`)}
${plural(summary.files, "file")}, ${formatSize(summary.unpackedSize)} unpacked${maps}`;
}
var SHOWN_PER_RULE = 5;
var SHOWN_FOLDERS = 4;
function renderGroup(report, group, paint, dim) {
  const byRule2 = /* @__PURE__ */ new Map();
  for (const finding of group) {
    const list = byRule2.get(finding.rule);
    if (list)
      list.push(finding);
    else
      byRule2.set(finding.rule, [finding]);
  }
  const lines = [];
  for (const [rule, findings] of byRule2) {
    lines.push(`  ${paint(printable(rule))}${dim(` ${ruleTotals(report, rule, findings)}`)}`);
    for (const finding of findings.slice(0, SHOWN_PER_RULE))
      lines.push(...renderFinding(finding, paint, dim));
    if (findings.length > SHOWN_PER_RULE)
      lines.push(dim(`    \u2026 ${findings.length - SHOWN_PER_RULE} more ${placesOf(findings.slice(SHOWN_PER_RULE))} (--format json lists every finding)`));
    const help = isRuleId(rule) ? RULES[rule].help : void 0;
    if (help)
      lines.push(dim(`    fix: ${help}`));
    lines.push("");
  }
  return lines;
}
function ruleTotals(report, rule, findings) {
  const count2 = plural(findings.length, "finding");
  if (rule === "sourcemap/embedded-sources")
    return `(${count2}; ${plural(report.summary.uniqueRecoverable ?? 0, "distinct source")} exposed)`;
  if (rule === "sourcemap/readable-sources")
    return `(${count2}; ${plural(report.summary.uniqueReadable ?? 0, "distinct source")})`;
  if (rule === "secret")
    return `(${count2}; ${plural(new Set(findings.map((finding) => finding.hash ?? finding.path)).size, "distinct credential")})`;
  return `(${count2})`;
}
function placesOf(findings) {
  const counts3 = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const slash = finding.path.lastIndexOf("/");
    const folder = slash < 0 ? "(package root)" : `${finding.path.slice(0, slash).split("/").slice(0, 2).join("/")}/`;
    counts3.set(folder, (counts3.get(folder) ?? 0) + 1);
  }
  const ranked = [...counts3].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const named = ranked.slice(0, SHOWN_FOLDERS).map(([folder, n]) => `${printable(folder)} (${n.toLocaleString("en-US")})`);
  const rest = ranked.length - named.length;
  return `in ${named.join(", ")}${rest > 0 ? ` and ${plural(rest, "more folder")}` : ""}`;
}
function renderFinding(finding, paint, dim) {
  const where = [
    finding.path || "(package)",
    finding.source ? ` \u2192 ${finding.source}` : "",
    finding.line ? `:${finding.line}:${finding.column ?? 1}` : ""
  ].join("");
  const lines = [
    `    ${paint(MARKS[finding.severity])} ${printable(where)}${finding.kind ? `  ${dim(printable(`(${finding.kind})`))}` : ""}`,
    `        ${printable(finding.message)}`
  ];
  if (finding.sample?.length)
    lines.push(dim(`        e.g. ${printable(finding.sample.join(", "))}`));
  for (const hint of credentialHints(finding))
    lines.push(dim(`        ${printable(hint)}`));
  return lines;
}
function renderGaps(report, paint) {
  if (report.complete)
    return [];
  return [paint("Not fully inspected:"), ...report.gaps.map((gap) => `  ${paint("\u2716")} ${printable(gap.message)}`), ""];
}
function verdict2(report, paint) {
  const { summary } = report;
  const counts3 = `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`;
  const scope = `${plural(summary.files, "file")} (${formatSize(summary.unpackedSize)})`;
  if (!report.complete)
    return paint.error(paint.bold(`\u2716 incomplete: ${counts3} in what could be read of ${scope}; not a pass`));
  if (!report.ok)
    return paint.error(paint.bold(`\u2716 ${counts3} in ${scope}; fails at --fail-on ${report.failOn}`));
  return paint.bold(`\u2714 ${counts3} in ${scope}; passes at --fail-on ${report.failOn}`);
}

// dist/report/junit.js
function renderJunit(report) {
  return renderJunitSuites(`leakproof ${targetName(report.target)}`, junitSuites(report));
}
function junitSuites(report, label) {
  const suites = [...groupByFamily(report), inspectionSuite(report)];
  return label === void 0 ? suites : suites.map((suite) => ({ ...suite, name: `${label} ${suite.name}` }));
}
function renderJunitSuites(name, suites) {
  const count2 = (pick) => suites.reduce((total, suite) => total + pick(suite), 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlAttr(name)}" tests="${count2((s) => s.cases.length)}" failures="${count2((s) => s.failures)}" errors="0" skipped="${count2((s) => s.skipped)}">`
  ];
  for (const suite of suites) {
    lines.push(`  <testsuite name="${xmlAttr(suite.name)}" tests="${suite.cases.length}" failures="${suite.failures}" errors="0" skipped="${suite.skipped}">`, ...suite.cases, "  </testsuite>");
  }
  lines.push("</testsuites>");
  return `${lines.join("\n")}
`;
}
function junitFailureSuite(name, caseName, message) {
  const testcase = [
    `    <testcase classname="${xmlAttr(name)}" name="${xmlAttr(caseName)}">`,
    `      <failure type="not-inspected" message="${xmlAttr(message)}">${xmlText(message)}</failure>`,
    "    </testcase>"
  ].join("\n");
  return { name, cases: [testcase], failures: 1, skipped: 0 };
}
function familyOf(rule) {
  return rule.split("/")[0] ?? rule;
}
function groupByFamily(report) {
  const families = [...new Set([...Object.keys(RULES), ...report.findings.map((finding) => finding.rule)].map(familyOf))];
  const failAt = SEVERITIES.indexOf(report.failOn);
  return families.map((family) => {
    const suite = { name: `leakproof.${family}`, cases: [], failures: 0, skipped: 0 };
    for (const finding of report.findings.filter((each) => familyOf(each.rule) === family)) {
      const outcome2 = finding.suppressed !== void 0 ? "skipped" : SEVERITIES.indexOf(finding.severity) <= failAt ? "failure" : "passed";
      if (outcome2 === "failure")
        suite.failures += 1;
      if (outcome2 === "skipped")
        suite.skipped += 1;
      suite.cases.push(findingCase(suite.name, finding, outcome2));
    }
    if (suite.cases.length === 0)
      suite.cases.push(`    <testcase classname="${xmlAttr(suite.name)}" name="${xmlAttr(`${family}: no findings`)}"/>`);
    return suite;
  });
}
function findingCase(suiteName, finding, outcome2) {
  const where = finding.path === "" ? "(package)" : finding.path;
  const inSource = finding.source === void 0 ? "" : ` > ${finding.source}`;
  const line = finding.line === void 0 ? "" : `:${finding.line}`;
  const fileAttrs = !isSafeRelativePath(finding.path) ? "" : ` file="${xmlAttr(finding.path)}"${finding.line === void 0 || finding.source !== void 0 ? "" : ` line="${finding.line}"`}`;
  const open = `    <testcase classname="${xmlAttr(suiteName)}" name="${xmlAttr(`${finding.rule} ${where}${inSource}${line}`)}"${fileAttrs}>`;
  const body = details2(finding);
  const inner = outcome2 === "failure" ? `      <failure type="${xmlAttr(finding.rule)}" message="${xmlAttr(finding.message)}">${xmlText(body)}</failure>` : outcome2 === "skipped" ? `      <skipped message="${xmlAttr(`suppressed: ${finding.suppressed?.reason ?? ""}`)}"/>
      <system-out>${xmlText(body)}</system-out>` : `      <system-out>${xmlText(body)}</system-out>`;
  return `${open}
${inner}
    </testcase>`;
}
function details2(finding) {
  const lines = [`${finding.severity}: ${finding.message}`];
  for (const [key, value] of Object.entries(finding)) {
    if (["message", "severity", "suppressed"].includes(key) || value === void 0 || value === "")
      continue;
    lines.push(`${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`);
  }
  if (isRuleId(finding.rule))
    lines.push(`docs: ${RULES_DOC_URL}#${ruleAnchor(finding.rule)}`);
  return lines.join("\n");
}
function inspectionSuite(report) {
  const name = "leakproof.inspection";
  if (report.gaps.length === 0) {
    return { name, cases: [`    <testcase classname="${name}" name="package fully inspected"/>`], failures: 0, skipped: 0 };
  }
  const cases = report.gaps.map((gap) => {
    const label = `not inspected: ${gap.code}${gap.path === void 0 ? "" : ` ${gap.path}`}`;
    return [
      `    <testcase classname="${name}" name="${xmlAttr(label)}">`,
      `      <failure type="${xmlAttr(gap.code)}" message="${xmlAttr(gap.message)}">${xmlText(gap.message)}</failure>`,
      "    </testcase>"
    ].join("\n");
  });
  return { name, cases, failures: cases.length, skipped: 0 };
}

// dist/report/markdown.js
var MAX_ROWS2 = 100;
var ICONS = { error: "\u274C", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" };
function renderMarkdown(report) {
  const sections = [
    verdict3(report),
    gaps2(report),
    findingsTable(report.findings),
    suppressedList(report.findings),
    totals(report),
    sourceMapsTable(report),
    report.baseline === void 0 ? [] : baselineSection(report.baseline)
  ];
  return `${sections.filter((lines) => lines.length > 0).map((lines) => lines.join("\n")).join("\n\n")}
`;
}
function verdict3(report) {
  const name = code(targetName(report.target));
  const { errors, warnings, infos, suppressed } = report.summary;
  const counts3 = [plural(errors, "error"), plural(warnings, "warning"), plural(infos, "note")];
  if (suppressed > 0)
    counts3.push(`${suppressed} suppressed`);
  const tally = errors + warnings + infos + suppressed === 0 ? "no findings" : counts3.join(", ");
  if (!report.complete)
    return [`### \u274C ${name} could not be fully inspected: ${tally}`];
  const outcome2 = report.ok ? "\u2705" : "\u274C";
  const word = report.ok ? "passes" : "fails";
  return [`### ${outcome2} ${name} ${word} leakproof: ${tally} (fail-on: ${report.failOn})`];
}
function gaps2(report) {
  if (report.gaps.length === 0)
    return [];
  return [
    "**Not inspected:**",
    "",
    ...report.gaps.map((gap) => `- ${code(gap.code)}${gap.path === void 0 ? "" : ` ${code(gap.path)}`}: ${text(gap.message)}`)
  ];
}
function findingsTable(findings) {
  const active = findings.filter((finding) => finding.suppressed === void 0);
  if (active.length === 0)
    return [];
  const sorted = [...active].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const rows = sorted.slice(0, MAX_ROWS2).map((finding) => `| ${ICONS[finding.severity]} ${finding.severity} | ${ruleLink(finding.rule)} | ${location(finding)} | ${text(finding.message)} |`);
  return ["| Severity | Rule | Path | Message |", "| --- | --- | --- | --- |", ...rows, ...more(sorted.length, "finding")];
}
function suppressedList(findings) {
  const suppressed = findings.filter((finding) => finding.suppressed !== void 0);
  if (suppressed.length === 0)
    return [];
  return [
    `<details><summary>${plural(suppressed.length, "suppressed finding")}</summary>`,
    "",
    ...suppressed.slice(0, MAX_ROWS2).map((finding) => `- ${ruleLink(finding.rule)} ${location(finding)}: ${text(finding.suppressed?.reason ?? "")}`),
    ...more(suppressed.length, "suppressed finding"),
    "",
    "</details>"
  ];
}
function totals(report) {
  const maps = report.sourceMaps.length === 0 ? "" : `, ${plural(report.sourceMaps.length, "source map")}`;
  return [`**Totals:** ${plural(report.summary.files, "file")}, ${formatSize(report.summary.unpackedSize)} unpacked${maps}`];
}
function sourceMapsTable(report) {
  if (report.sourceMaps.length === 0)
    return [];
  const rows = report.sourceMaps.slice(0, MAX_ROWS2).map((map) => {
    const origin = map.origin === "remote" && map.url !== void 0 ? `remote ${code(map.url)}` : map.origin;
    const valid = map.valid ? "yes" : `no: ${text(map.invalidReason ?? "invalid")}`;
    const recoverable = `${map.recoverable} (${formatSize(map.recoverableBytes)})`;
    return `| ${code(map.path)} | ${origin} | ${valid} | ${map.sources} | ${map.withContent} | ${map.firstParty} | ${recoverable} |`;
  });
  return [
    "#### Source maps",
    "",
    "| Map | Origin | Valid | Sources | With content | First-party | Recoverable |",
    "| --- | --- | --- | ---: | ---: | ---: | ---: |",
    ...rows,
    ...more(report.sourceMaps.length, "source map")
  ];
}
function baselineSection(baseline) {
  const since = baseline.target === null ? "the previous release" : code(targetName(baseline.target));
  const { before, after } = baseline.totals;
  const lines = [`#### Changes since ${since}`, ""];
  if (baseline.firstRelease)
    lines.push("First release: nothing was published before, so everything is new.", "");
  const delta = signedSize(after.unpackedSize - before.unpackedSize);
  lines.push(`**Totals:** ${plural(before.files, "file")}, ${formatSize(before.unpackedSize)} -> ${plural(after.files, "file")}, ${formatSize(after.unpackedSize)} (${delta})`);
  if (baseline.newSourceMaps.length > 0) {
    lines.push("", `\u26A0\uFE0F **New source maps:** ${baseline.newSourceMaps.map(code).join(", ")}`);
  }
  const rows = changeRows2(baseline);
  if (rows.length > 0) {
    lines.push("", "| Change | Path | Before | After |", "| --- | --- | ---: | ---: |", ...rows.slice(0, MAX_ROWS2), ...more(rows.length, "change"));
  }
  return lines;
}
function changeRows2(baseline) {
  const grown = baseline.changed.filter((change) => change.after > change.before);
  const shrunk = baseline.changed.filter((change) => change.after < change.before);
  const row = (kind, path, before, after) => `| ${kind} | ${code(path)} | ${before} | ${after} |`;
  return [
    ...baseline.added.map((file) => row("added", file.path, "", formatSize(file.size))),
    ...grown.map((change) => row("grown", change.path, formatSize(change.before), `${formatSize(change.after)} (${signedSize(change.after - change.before)})`)),
    ...baseline.removed.map((file) => row("removed", file.path, formatSize(file.size), "")),
    ...shrunk.map((change) => row("shrunk", change.path, formatSize(change.before), `${formatSize(change.after)} (${signedSize(change.after - change.before)})`))
  ];
}
function more(total, noun) {
  return total > MAX_ROWS2 ? ["", `\u2026and ${plural(total - MAX_ROWS2, `more ${noun}`)}`] : [];
}
function signedSize(bytes) {
  return bytes < 0 ? `-${formatSize(-bytes)}` : `+${formatSize(bytes)}`;
}
function ruleLink(rule) {
  return isRuleId(rule) ? `[${code(rule)}](${RULES_DOC_URL}#${ruleAnchor(rule)})` : code(rule);
}
function location(finding) {
  const line = finding.line === void 0 ? "" : `:${finding.line}`;
  if (finding.path === "")
    return "(package)";
  if (finding.source !== void 0)
    return `${code(finding.path)} \u203A ${code(finding.source + line)}`;
  return code(finding.path + line);
}
function code(value) {
  const flat = printable(value.replace(/[\r\n]+/g, " ")).replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || longestRun > 0 ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
var CODE_TOKENS = /`[^`]+`|https?:\/\/[^\s`<>"]*[^\s`<>".,;:!?)]|(?<![\w@])@[\w./-]*\w/g;
function text(value) {
  const flat = printable(value.replace(/[\r\n]+/g, " "));
  let result = "";
  let last = 0;
  for (const match of flat.matchAll(CODE_TOKENS)) {
    const token = match[0];
    result += escapeText(flat.slice(last, match.index)) + code(token.startsWith("`") ? token.slice(1, -1) : token);
    last = match.index + token.length;
  }
  return result + escapeText(flat.slice(last));
}
function escapeText(value) {
  return value.replace(/[\\`*_[\]<>|~]/g, "\\$&").replace(/&(?=#?\w+;)/g, "\\&");
}

// dist/report/sarif.js
import { createHash as createHash2 } from "node:crypto";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = PROJECT_URL;
var LEVELS = {
  error: "error",
  warning: "warning",
  info: "note"
};
var PROBLEM_SEVERITY = {
  error: "error",
  warning: "warning",
  info: "recommendation"
};
var DETAIL_KEYS = ["kind", "source", "size", "preview", "length", "hash", "glob", "limit", "url", "count"];
function renderSarif(report, options = {}) {
  return renderSarifLog([sarifRun(report, options)]);
}
function renderSarifLog(runs) {
  return `${jsonText({ $schema: SARIF_SCHEMA, version: "2.1.0", runs }, 2)}
`;
}
function sarifRun(report, options = {}) {
  const findings = options.omitSuppressed ? report.findings.filter((finding) => !finding.suppressed) : report.findings;
  const ruleIds = Object.keys(RULES);
  for (const finding of findings) {
    if (!ruleIds.includes(finding.rule))
      ruleIds.push(finding.rule);
  }
  const occurrences = /* @__PURE__ */ new Map();
  const results = findings.map((finding) => toResult(finding, ruleIds.indexOf(finding.rule), options.pathPrefix ?? "", occurrences));
  return {
    tool: { driver: toDriver(report, ruleIds) },
    ...options.category === void 0 ? {} : { automationDetails: { id: options.category } },
    invocations: [toInvocation(report)],
    columnKind: "utf16CodeUnits",
    results,
    properties: {
      target: report.target,
      complete: report.complete,
      ok: report.ok,
      failOn: report.failOn,
      summary: report.summary
    }
  };
}
function toDriver(report, ruleIds) {
  const semver = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(report.tool.version);
  return {
    name: report.tool.name,
    version: report.tool.version,
    ...semver ? { semanticVersion: report.tool.version } : {},
    informationUri: INFORMATION_URI,
    rules: ruleIds.map(toRuleDescriptor)
  };
}
function toRuleDescriptor(id) {
  const meta = isRuleId(id) ? RULES[id] : { title: id, defaultSeverity: "warning", description: `Rule ${id}.`, help: "See the leakproof documentation." };
  const helpUri = isRuleId(id) ? `${RULES_DOC_URL}#${ruleAnchor(id)}` : RULES_DOC_URL;
  const securitySeverity = isRuleId(id) ? ruleMeta(id).securitySeverity : void 0;
  const family = id.split("/")[0] ?? id;
  return {
    id,
    name: toPascalCase(meta.title),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.description },
    help: { text: meta.help, markdown: `${meta.help}

[Documentation for ${id}](${helpUri})` },
    helpUri,
    defaultConfiguration: { level: LEVELS[meta.defaultSeverity] },
    properties: {
      tags: securitySeverity === void 0 ? [family] : ["security", family],
      precision: "high",
      "problem.severity": PROBLEM_SEVERITY[meta.defaultSeverity],
      ...securitySeverity === void 0 ? {} : { "security-severity": securitySeverity }
    }
  };
}
function toInvocation(report) {
  return {
    executionSuccessful: report.complete,
    ...report.gaps.length === 0 ? {} : {
      toolExecutionNotifications: report.gaps.map((gap) => ({
        level: "error",
        message: { text: gap.path === void 0 ? gap.message : `${gap.message} (${gap.path})` },
        descriptor: { id: `gap/${gap.code}` }
      }))
    }
  };
}
function toResult(finding, ruleIndex, prefix, occurrences) {
  const fingerprint = fingerprintOf(finding);
  const seen = (occurrences.get(fingerprint) ?? 0) + 1;
  occurrences.set(fingerprint, seen);
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: LEVELS[finding.severity],
    // GitHub shows only the message for a logical location: it names the recovered source.
    message: { text: messageWithSource(finding, "recovered source") },
    locations: [toLocation(finding, prefix)],
    partialFingerprints: {
      "leakproof/v1": fingerprint,
      primaryLocationLineHash: `${fingerprint.slice(0, 16)}:${seen}`
    },
    ...finding.suppressed === void 0 ? {} : { suppressions: [{ kind: "external", status: "accepted", justification: finding.suppressed.reason }] },
    properties: detailsOf(finding)
  };
}
function toLocation(finding, prefix) {
  const { file, isPackageLevel } = artifactOf(finding);
  const uri = encodePath(prefix + file);
  const inSource = finding.source !== void 0;
  const region = !inSource && !isPackageLevel && finding.line !== void 0 ? { startLine: finding.line, ...finding.column === void 0 ? {} : { startColumn: finding.column } } : { startLine: 1 };
  return {
    physicalLocation: { artifactLocation: { uri }, region },
    ...inSource ? { logicalLocations: [{ name: baseName(finding.source), fullyQualifiedName: finding.source, kind: "module" }] } : {}
  };
}
function detailsOf(finding) {
  const details3 = { path: finding.path };
  for (const key of DETAIL_KEYS) {
    if (finding[key] !== void 0)
      details3[key] = finding[key];
  }
  if (finding.source !== void 0 && finding.line !== void 0)
    details3.sourceLine = finding.line;
  if (finding.source !== void 0 && finding.column !== void 0)
    details3.sourceColumn = finding.column;
  return details3;
}
function fingerprintOf(finding) {
  const parts = [finding.rule, finding.path, finding.source ?? "", finding.kind ?? "", finding.hash ?? "", finding.glob ?? ""];
  return createHash2("sha256").update(parts.join("\0")).digest("hex");
}
function encodePath(path) {
  return path.split("/").map((segment) => encodeURIComponent(segment).replace(/%40/g, "@")).join("/");
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1) || path;
}
function toPascalCase(text2) {
  return text2.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join("");
}

// dist/report/report-set.js
function buildReportSet(reports, skipped2, failOn) {
  const sum = (pick) => reports.reduce((total, report) => total + pick(report), 0);
  const complete = reports.every((report) => report.complete) && !skipped2.some((entry) => entry.gap);
  return {
    schemaVersion: 1,
    kind: "set",
    tool: TOOL,
    reports: [...reports],
    skipped: [...skipped2],
    summary: {
      packages: reports.length,
      failing: reports.filter((report) => !report.ok).length,
      incomplete: reports.filter((report) => !report.complete).length + skipped2.filter((entry) => entry.gap).length,
      errors: sum((report) => report.summary.errors),
      warnings: sum((report) => report.summary.warnings),
      infos: sum((report) => report.summary.infos),
      suppressed: sum((report) => report.summary.suppressed)
    },
    complete,
    ok: complete && reports.every((report) => report.ok),
    failOn
  };
}
function isReportSet2(value) {
  return value.kind === "set";
}
function renderReportSet(unsafe, format, options) {
  const set = redactValue(unsafe);
  switch (format) {
    case "human":
      return renderHumanSet(set, options);
    case "json":
      return `${jsonText(set, 2)}
`;
    case "sarif":
      return renderSarifLog(set.reports.map((report, index) => sarifRun(report, {
        omitSuppressed: true,
        pathPrefix: options.pathPrefixes?.[index] ?? "",
        category: `leakproof/${targetName(report.target)}/`
      })));
    case "markdown":
      return renderMarkdownSet(set);
    case "html":
      return renderHtml(set);
    case "junit":
      return renderJunitSuites(`leakproof ${plural(set.reports.length, "package")}`, [
        ...set.reports.flatMap((report) => junitSuites(report, targetName(report.target))),
        ...set.skipped.filter((entry) => entry.gap).map((entry) => junitFailureSuite(`${entry.input} leakproof.inspection`, "not inspected", entry.reason))
      ]);
  }
}
function renderGithubAnnotationsForSet(unsafe, options = {}) {
  const set = redactValue(unsafe);
  const lines = set.reports.map((report, index) => renderGithubAnnotations(report, { pathPrefix: options.pathPrefixes?.[index] ?? "" }));
  for (const entry of set.skipped.filter((each) => each.gap)) {
    lines.push(`::error title=leakproof not inspected::${printable(`${entry.input}: ${entry.reason}`).replace(/%/g, "%25")}
`);
  }
  return lines.join("");
}
function worstFirst2(reports) {
  const rank = (report) => !report.complete ? 0 : !report.ok ? 1 : 2;
  return [...reports].sort((a, b) => rank(a) - rank(b) || b.summary.errors - a.summary.errors || b.summary.warnings - a.summary.warnings);
}
function outcomeOf(report) {
  if (!report.complete)
    return "incomplete";
  return report.ok ? "passes" : "fails";
}
function counts2(summary) {
  return `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`;
}
var FULL_REPORTS = 10;
function renderHumanSet(set, options) {
  const paint = (code2) => (text2) => options.color ? `\x1B[${code2}m${text2}\x1B[0m` : text2;
  const [red, bold, dim] = [paint("31"), paint("1"), paint("2")];
  const shown = set.reports.length <= FULL_REPORTS ? set.reports : set.reports.filter((report) => outcomeOf(report) !== "passes");
  const sections = shown.map((report, index) => `${dim(`\u2500\u2500 ${index + 1}/${shown.length} \u2500\u2500`)}
${renderHuman(report, { color: options.color })}`);
  const quiet = set.reports.length - shown.length;
  const rows = worstFirst2(set.reports).map((report) => {
    const outcome2 = outcomeOf(report);
    const mark = outcome2 === "passes" ? "\u2714" : red("\u2716");
    const scope = `${plural(report.summary.files, "file")} (${formatSize(report.summary.unpackedSize)})`;
    const leaks = leakCounts(report);
    return `  ${mark} ${printable(targetName(report.target))}  ${counts2(report.summary)} in ${scope}${leaks ? `; ${leaks}` : ""}${outcome2 === "passes" ? "" : `; ${outcome2}`}`;
  });
  for (const entry of set.skipped) {
    rows.push(`  ${entry.gap ? red("\u2716") : dim("-")} ${printable(entry.input)}  ${dim(`${entry.gap ? "not inspected" : "skipped"}: ${printable(entry.reason)}`)}`);
  }
  const note = quiet > 0 ? [dim(`${plural(quiet, "package")} that pass are not printed in full; --format json lists every finding.`), ""] : [];
  const lines = [
    ...sections,
    ...note,
    bold(`${plural(set.reports.length, "package")} checked${set.skipped.length ? `, ${set.skipped.length} skipped` : ""}:`),
    ...rows,
    "",
    setVerdict(set, red, bold)
  ];
  return `${lines.join("\n")}
`;
}
function credentialCount(report) {
  return new Set(report.findings.filter((finding) => finding.rule === "secret" && finding.severity === "error" && !finding.suppressed).map((finding) => finding.hash ?? `${finding.path}:${finding.line ?? 0}`)).size;
}
function leakCounts(report) {
  const credentials = credentialCount(report);
  const parts = [
    ...report.summary.uniqueRecoverable > 0 ? [
      `${report.summary.uniqueRecoverable.toLocaleString("en-US")} ${report.summary.uniqueRecoverable === 1 ? "source" : "sources"} exposed`
    ] : [],
    ...credentials > 0 ? [plural(credentials, "credential")] : []
  ];
  return parts.join(", ");
}
function setVerdict(set, red, bold) {
  const { summary } = set;
  const total = `${counts2(summary)} in ${plural(summary.packages, "package")}`;
  if (!set.complete)
    return red(bold(`\u2716 incomplete: ${plural(summary.incomplete, "target")} not fully inspected; ${total}; not a pass`));
  if (!set.ok)
    return red(bold(`\u2716 ${summary.failing} of ${plural(summary.packages, "package")} ${summary.failing === 1 ? "fails" : "fail"} at --fail-on ${set.failOn}; ${total}`));
  return bold(`\u2714 ${total}; all pass at --fail-on ${set.failOn}`);
}
var OUTCOME_ICONS = { incomplete: "\u274C", fails: "\u274C", passes: "\u2705" };
function renderMarkdownSet(set) {
  const { summary } = set;
  const tally = [plural(summary.errors, "error"), plural(summary.warnings, "warning"), plural(summary.infos, "note")].join(", ");
  const head = !set.complete ? `### \u274C leakproof: ${plural(summary.incomplete, "target")} could not be fully inspected (${tally})` : set.ok ? `### \u2705 leakproof: ${plural(summary.packages, "package")} pass (${tally}; fail-on: ${set.failOn})` : `### \u274C leakproof: ${summary.failing} of ${plural(summary.packages, "package")} ${summary.failing === 1 ? "fails" : "fail"} (${tally}; fail-on: ${set.failOn})`;
  const rows = worstFirst2(set.reports).map((report) => {
    const outcome2 = outcomeOf(report);
    const { errors, warnings, infos, files, unpackedSize, uniqueRecoverable } = report.summary;
    return `| ${code(targetName(report.target))} | ${OUTCOME_ICONS[outcome2]} ${outcome2} | ${errors} | ${warnings} | ${infos} | ${uniqueRecoverable} | ${credentialCount(report)} | ${files} | ${formatSize(unpackedSize)} |`;
  });
  for (const entry of set.skipped) {
    rows.push(`| ${code(entry.input)} | ${entry.gap ? "\u274C not inspected" : "\u2796 skipped"}: ${text(entry.reason)} | | | | | | | |`);
  }
  const table2 = [
    "| Package | Result | Errors | Warnings | Notes | Exposed sources | Credentials | Files | Unpacked |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows
  ];
  const details3 = set.reports.map((report) => {
    const open = report.ok ? "" : " open";
    return `<details${open}><summary>${OUTCOME_ICONS[outcomeOf(report)]} ${escapeHtml2(targetName(report.target))}</summary>

${renderMarkdown(report).trimEnd()}

</details>`;
  });
  return `${[head, table2.join("\n"), ...details3].join("\n\n")}
`;
}
function escapeHtml2(value) {
  return printable(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export {
  renderGithubAnnotations,
  renderHtml,
  renderHuman,
  renderJunit,
  renderMarkdown,
  renderSarif,
  buildReportSet,
  isReportSet2 as isReportSet,
  renderReportSet,
  renderGithubAnnotationsForSet
};
