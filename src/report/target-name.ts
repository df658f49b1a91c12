import type { TargetInfo } from '../types.js';

/** `name@version`, `name`, or the input as given when the package has no readable name. */
export function targetName(target: TargetInfo): string {
  if (target.name === null) return target.input;
  return target.version === null ? target.name : `${target.name}@${target.version}`;
}
