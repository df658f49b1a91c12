#!/usr/bin/env node
import { run } from './run.js';

// The bin only wires run() to the process; everything testable lives in run().
const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
