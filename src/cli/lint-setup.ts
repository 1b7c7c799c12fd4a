import path from 'node:path';
import type { Io } from './io.js';
import type { RunContext } from './context.js';
import type { LintOptions } from '../lint/run.js';
import type { Register } from '../lint/regulations/register.js';
import { rules } from '../lint/registry.js';
import { nodeFileView } from '../model/project.js';
import type { ReportContext } from '../report/types.js';
import { DOCS_BASE_URL } from '../report/types.js';
import { version } from './version.js';

/** What a reporter needs to word a run's findings (`sop lint`, `sop import`). */
export function reportContextFor(context: RunContext, io: Io, color: boolean): ReportContext {
  return {
    lang: context.lang,
    color,
    rules: new Map(rules.map((r) => [r.meta.id, r.meta])),
    toolVersion: version,
    docsBaseUrl: DOCS_BASE_URL,
    cwd: io.cwd,
    // GitLab CI checks the repository out here; a Code Quality report's paths are relative to it.
    projectDir: io.env.CI_PROJECT_DIR ? path.resolve(io.cwd, io.env.CI_PROJECT_DIR) : io.cwd,
  };
}

/** The options of a lint run over the project's real files (the logo rule reads them through a view). */
export function lintOptionsFor(context: RunContext, io: Io, register: Register): LintOptions {
  return { config: context.config, rules, register, today: io.today(), configParsed: context.configParsed, files: nodeFileView(context.config) };
}
