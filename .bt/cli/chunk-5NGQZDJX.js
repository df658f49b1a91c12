// dist/report/exit-code.js
function exitCode(report) {
  if (!report.complete)
    return 3;
  return report.ok ? 0 : 1;
}

export {
  exitCode
};
