// dist/cli/io.js
import { randomUUID } from "node:crypto";
function useColor(io) {
  const force = io.env.FORCE_COLOR;
  if (force !== void 0 && force !== "")
    return force !== "0" && force !== "false";
  if (io.env.NO_COLOR)
    return false;
  return io.stdout.isTTY === true && io.env.TERM !== "dumb";
}
function writeForPeople(io, text) {
  if (io.env.GITHUB_ACTIONS !== "true") {
    io.stdout.write(text);
    return;
  }
  const token = randomUUID();
  io.stdout.write(`::stop-commands::${token}
${text}::${token}::
`);
}

export {
  useColor,
  writeForPeople
};
