// dist/report/formats.js
var REPORT_FORMATS = ["human", "json", "sarif", "markdown", "junit", "html"];
var AUDIT_FORMATS = [...REPORT_FORMATS, "jsonl"];

export {
  REPORT_FORMATS,
  AUDIT_FORMATS
};
