export { resolveFiles } from '../model/files.js';
export { displayPath } from '../util/paths.js';
