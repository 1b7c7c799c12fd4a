import { findUp } from '../util/paths.js';
import { CONFIG_FILE_NAME } from './config.js';

/** The nearest sop.config.yaml in `cwd` or a parent, or null. */
export function findConfigFile(cwd: string): string | null {
  return findUp(cwd, CONFIG_FILE_NAME);
}
