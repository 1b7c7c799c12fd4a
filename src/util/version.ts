import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const manifest = require('../../package.json') as { name: string; version: string };

export const version: string = manifest.version;
/** The npm package's name: the folder a local install lives in, node_modules/<packageName>. */
export const packageName: string = manifest.name;
