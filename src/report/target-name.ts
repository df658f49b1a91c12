import type { TargetInfo } from '../types.js';

/**
 * How every format names a package: `name@version`; for a package without a version, `name`, or
 * `name@<unknownVersion>` when given (the human header says `name@?`); and the input as the user
 * gave it when the package has no readable name.
 */
export function targetName(target: TargetInfo, unknownVersion?: string): string {
  if (!target.name) return target.input;
  const version = target.version ?? unknownVersion;
  return version === undefined ? target.name : `${target.name}@${version}`;
}
