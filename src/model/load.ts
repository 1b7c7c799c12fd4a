import type { ProjectConfig } from '../config/types.js';
import type { Sop } from './types.js';
import type { RawProblem } from '../util/diagnostic.js';
import { parseSource, type ParsedSource, type SourceFile } from './parse.js';
import { validateData } from '../schema/validate.js';
import { buildModel, type RawSop } from './build.js';

export interface LoadedSop {
  parsed: ParsedSource;
  /** Null when the YAML or the schema gate failed. */
  sop: Sop | null;
  problems: RawProblem[];
  /**
   * The file's bytes read as Windows-1252, when they are certainly not UTF-8 (loadSopFile): what
   * `sop lint --fix` writes back in UTF-8.
   */
  asWindows1252?: string;
}

/** read → parse → schema gate → model: each file parsed once. */
export function loadSop(source: SourceFile, config: ProjectConfig): LoadedSop {
  const parsed = parseSource(source);
  if (parsed.problems.length) return { parsed, sop: null, problems: parsed.problems };
  const problems = validateData('sop', parsed.data);
  if (problems.length) return { parsed, sop: null, problems };
  const raw = parsed.data as RawSop;
  const merged: RawProblem[] = [];
  if (!raw.disahkan_oleh && !config.approver) {
    merged.push({ ruleId: 'skema', path: [], messageId: 'requiredAfterMerge', data: { key: 'disahkan_oleh' } });
  }
  for (const key of ['pemerintah', 'nama'] as const) {
    if (!raw.instansi?.[key] && !config.agency?.[key]) {
      merged.push({
        ruleId: 'skema',
        path: raw.instansi ? ['instansi'] : [],
        atKey: true,
        messageId: 'requiredAfterMerge',
        data: { key: `instansi.${key}` },
      });
    }
  }
  if (merged.length) return { parsed, sop: null, problems: merged };
  return { parsed, sop: buildModel(raw, source.path, source.absPath, config), problems: [] };
}
