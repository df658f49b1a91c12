/**
 * The page's stylesheet, inlined. Every colour that carries meaning comes with a pattern and a
 * text mark, so the page reads in greyscale, in print and for colour-blind readers: errors and
 * exposed first-party sources are red with diagonal hatching and ✖, warnings amber with dots
 * and ⚠, notes blue with horizontal lines and ℹ. System fonts only: nothing is fetched.
 */
export const PAGE_CSS = `
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
th button::after{content:" ⇅";color:var(--muted)}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
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
