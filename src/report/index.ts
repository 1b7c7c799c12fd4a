import type { Reporter } from './types.js';

export const reporterNames = ['stylish', 'json', 'sarif', 'github', 'gitlab'] as const;
export type ReporterName = (typeof reporterNames)[number];

export async function loadReporter(name: ReporterName): Promise<Reporter> {
  switch (name) {
    case 'stylish': return (await import('./stylish.js')).stylish;
    case 'json': return (await import('./json.js')).json;
    case 'sarif': return (await import('./sarif.js')).sarif;
    case 'github': return (await import('./github.js')).github;
    case 'gitlab': return (await import('./gitlab.js')).gitlab;
  }
}
