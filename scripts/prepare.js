// npm runs `prepare` after `npm ci` / `npm install` in a clone and before `npm pack` / `npm publish`:
// it compiles src/ into lib/. An installed package (a tarball installed with scripts allowed) has no
// src/ and no TypeScript, and its lib/ is already built: there is nothing to do.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync(new URL('../src/cli/main.ts', import.meta.url))) process.exit(0);
const run = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(run.status ?? 1);
