import {
  buildReportSet
} from "./chunk-MOMBEK7E.js";

// dist/audit/audit-set.js
function buildAuditSet(reports, skipped, context) {
  const sortedReports = [...reports].sort((a, b) => compare(a.target.input, b.target.input) || compare(a.target.integrity ?? "", b.target.integrity ?? ""));
  const sortedSkipped = [...skipped].sort((a, b) => compare(a.input, b.input));
  return {
    ...buildReportSet(sortedReports, sortedSkipped, context.failOn),
    reports: sortedReports,
    skipped: sortedSkipped,
    lockfile: context.lockfile,
    shard: context.shard
  };
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  buildAuditSet
};
