// dist/errors.js
var EXIT_CODES = { usage: 2, manifest: 2, target: 3 };
var LeakproofError = class extends Error {
  code;
  constructor(code, message, options) {
    super(message, options);
    this.name = "LeakproofError";
    this.code = code;
  }
  /** The process exit status this error maps to. */
  get exitCode() {
    return EXIT_CODES[this.code];
  }
};
function isLeakproofError(error) {
  return error instanceof LeakproofError;
}

export {
  LeakproofError,
  isLeakproofError
};
