import {
  useColor,
  writeForPeople
} from "./chunk-JN3J5K2Z.js";
import {
  isReportSet,
  renderGithubAnnotations,
  renderGithubAnnotationsForSet,
  renderHtml,
  renderHuman,
  renderJunit,
  renderMarkdown,
  renderReportSet,
  renderSarif
} from "./chunk-MOMBEK7E.js";
import {
  jsonText
} from "./chunk-5KEMSVGB.js";
import {
  redactReport
} from "./chunk-R5VEDDXK.js";
import {
  LeakproofError
} from "./chunk-HLT5EGBY.js";

// dist/cli/emit-report.js
import { appendFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";

// dist/report/index.js
function renderReport(unsafe, format, options) {
  const report = redactReport(unsafe);
  switch (format) {
    case "human":
      return renderHuman(report, options);
    case "json":
      return `${jsonText(report, 2)}
`;
    case "sarif":
      return renderSarif(report, { omitSuppressed: true, ...options.pathPrefix ? { pathPrefix: options.pathPrefix } : {} });
    case "markdown":
      return renderMarkdown(report);
    case "junit":
      return renderJunit(report);
    case "html":
      return renderHtml(report, options.html);
  }
}
function renderGithubAnnotations2(report, options = {}) {
  return renderGithubAnnotations(redactReport(report), options);
}

// dist/cli/emit-report.js
async function emitReport(subject, argv, io, prefixes, extras = {}) {
  const { html, suggestInit } = extras;
  const format = argv.format ?? "human";
  const color = useColor(io);
  const render = (as, options) => {
    const withPrefix = options.withPrefix === true;
    if (isReportSet(subject))
      return renderReportSet(subject, as, { color: options.color, ...withPrefix ? { pathPrefixes: prefixes } : {} });
    return renderReport(subject, as, {
      color: options.color,
      ...withPrefix && prefixes[0] ? { pathPrefix: prefixes[0] } : {},
      ...html ? { html } : {},
      ...suggestInit ? { suggestInit } : {}
    });
  };
  if (argv.output !== void 0) {
    await writeOrFail(resolve(io.cwd, argv.output), render(format, { color: false, withPrefix: true }), "--output", false);
    writeForPeople(io, render("human", { color }));
  } else if (format === "human") {
    writeForPeople(io, render(format, { color }));
  } else {
    io.stdout.write(render(format, { color, withPrefix: true }));
  }
  if (argv.summary !== void 0)
    await writeOrFail(resolve(io.cwd, argv.summary), render("markdown", { color: false }), "--summary", true);
  if (io.env.GITHUB_ACTIONS === "true") {
    const humanOnStdout = format === "human" || argv.output !== void 0;
    const annotations = isReportSet(subject) ? renderGithubAnnotationsForSet(subject, { pathPrefixes: prefixes }) : renderGithubAnnotations2(subject, prefixes[0] ? { pathPrefix: prefixes[0] } : {});
    (humanOnStdout ? io.stdout : io.stderr).write(annotations);
  }
}
async function writeOrFail(path, text, option, append) {
  await (append ? appendFile(path, text) : writeFile(path, text)).catch((error) => {
    throw new LeakproofError("usage", `cannot write ${option} ${path}: ${error.message}`);
  });
}

export {
  emitReport
};
