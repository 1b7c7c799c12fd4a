import { createHash } from 'node:crypto';

/**
 * The incremental-render manifest kept in the output folder (`.sop-manifest.json`): for each output
 * file, a hash of everything it was made from. Pure: the caller reads the inputs and the file.
 */
export const MANIFEST_FILE = '.sop-manifest.json';
const MANIFEST_VERSION = 1;

export interface Manifest {
  version: number;
  /** Output file name (relative to the output folder) → hash of its inputs. */
  outputs: Record<string, string>;
}

/** What an output depends on. Any change gives a different hash. */
export interface RenderInputs {
  /** The SOP's YAML text. */
  source: string;
  /** sop.config.yaml's text ('' when there is none). */
  config: string;
  /** Template override files: name → content (empty when none). */
  templates: ReadonlyArray<{ name: string; content: Uint8Array | string }>;
  /** The logo's bytes, or null. */
  logo: Uint8Array | null;
  toolVersion: string;
  format: 'html' | 'pdf';
  paper: string;
  lang: string;
  /** Anything else that changes the bytes (e.g. SOURCE_DATE_EPOCH). */
  extra: string;
}

export function emptyManifest(): Manifest {
  return { version: MANIFEST_VERSION, outputs: {} };
}

/** A stable hash of the inputs (length-prefixed fields, so no two input sets collide by concatenation). */
export function hashInputs(inputs: RenderInputs): string {
  const hash = createHash('sha256');
  const field = (label: string, value: Uint8Array | string | null) => {
    const bytes = value === null ? null : typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    hash.update(`${label}:${bytes === null ? -1 : bytes.length}:`);
    if (bytes) hash.update(bytes);
  };
  field('source', inputs.source);
  field('config', inputs.config);
  for (const t of [...inputs.templates].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    field('template-name', t.name);
    field('template', t.content);
  }
  field('logo', inputs.logo);
  field('version', inputs.toolVersion);
  field('format', inputs.format);
  field('paper', inputs.paper);
  field('lang', inputs.lang);
  field('extra', inputs.extra);
  return hash.digest('hex');
}

/** Parses the manifest text; anything unreadable or from another version is an empty manifest. */
export function parseManifest(text: string | null): Manifest {
  if (!text) return emptyManifest();
  try {
    const data = JSON.parse(text) as Partial<Manifest>;
    if (data.version !== MANIFEST_VERSION || typeof data.outputs !== 'object' || data.outputs === null) return emptyManifest();
    const outputs: Record<string, string> = {};
    for (const [k, v] of Object.entries(data.outputs)) if (typeof v === 'string') outputs[k] = v;
    return { version: MANIFEST_VERSION, outputs };
  } catch {
    return emptyManifest();
  }
}

/** Sorted keys, so the file does not change when nothing changed. */
export function serializeManifest(manifest: Manifest): string {
  const outputs: Record<string, string> = {};
  for (const key of Object.keys(manifest.outputs).sort()) outputs[key] = manifest.outputs[key]!;
  return JSON.stringify({ version: manifest.version, outputs }, null, 2) + '\n';
}

/** An output is up to date when its recorded hash matches and the file still exists. */
export function isUpToDate(manifest: Manifest, output: string, hash: string, exists: boolean): boolean {
  return exists && manifest.outputs[output] === hash;
}

/**
 * The manifest a `--shard k/n` run keeps: `.sop-manifest.k-of-n.json`, beside the main one. Each
 * shard job writes only its own, so the output folders of n jobs merged into one (CI artifacts
 * downloaded together) hold n manifests side by side, none overwriting another.
 */
export function shardManifestFile(index: number, count: number): string {
  return `.sop-manifest.${index}-of-${count}.json`;
}

/** A shard's manifest file name → its shard, else null. */
export function shardOfManifestFile(name: string): { index: number; count: number } | null {
  const match = /^\.sop-manifest\.(\d+)-of-(\d+)\.json$/.exec(name);
  return match ? { index: Number(match[1]), count: Number(match[2]) } : null;
}

/**
 * What a run knows of its output folder: the main manifest, then the shards' on top (a shard run
 * is newer than the main manifest: a run without --shard folds the shards' into the main one and
 * removes them). Two shard manifests that disagree about an output (left from splits with another
 * n) leave it out: it is rendered again rather than trusted.
 */
export function mergeManifests(main: Manifest, shards: readonly Manifest[]): Manifest {
  const fromShards = new Map<string, string | null>();
  for (const shard of shards) {
    for (const [output, hash] of Object.entries(shard.outputs)) {
      const seen = fromShards.get(output);
      fromShards.set(output, seen === undefined || seen === hash ? hash : null);
    }
  }
  const outputs: Record<string, string> = { ...main.outputs };
  for (const [output, hash] of fromShards) {
    if (hash === null) delete outputs[output];
    else outputs[output] = hash;
  }
  return { version: MANIFEST_VERSION, outputs };
}

/** The entries of the outputs named (a shard's own). */
export function manifestOf(manifest: Manifest, outputs: ReadonlySet<string>): Manifest {
  const kept: Record<string, string> = {};
  for (const [output, hash] of Object.entries(manifest.outputs)) if (outputs.has(output)) kept[output] = hash;
  return { version: MANIFEST_VERSION, outputs: kept };
}
