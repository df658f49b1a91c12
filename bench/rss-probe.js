// @ts-check
/**
 * Preloaded (`node --import`) into a measured child when GNU time is missing: writes the
 * process's peak RSS in kilobytes to $BENCH_RSS_FILE as it exits.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}
