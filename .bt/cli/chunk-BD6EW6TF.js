// dist/format-size.js
var UNITS = ["B", "kB", "MB", "GB"];
function scale(bytes) {
  let value = bytes;
  let unit = 0;
  while (value >= 1e3 && unit < UNITS.length - 1) {
    value /= 1e3;
    unit += 1;
  }
  return { value, unit };
}
function formatSize(bytes) {
  const { value, unit } = scale(bytes);
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}
function formatSizeCeil(bytes) {
  const { value, unit } = scale(Math.ceil(bytes));
  if (unit === 0)
    return `${value} B`;
  const rounded = value < 10 ? Math.ceil(value * 10 - 1e-9) / 10 : Math.ceil(value - 1e-9);
  if (rounded >= 1e3 && unit < UNITS.length - 1)
    return `1 ${UNITS[unit + 1]}`;
  return `${rounded} ${UNITS[unit]}`;
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

export {
  formatSize,
  formatSizeCeil,
  plural
};
