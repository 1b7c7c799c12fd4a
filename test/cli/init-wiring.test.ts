import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { Ajv, type ValidateFunction } from 'ajv';
import { main } from '../../src/cli/main.js';
import { renderGithubWorkflow, renderGitlabCi } from '../../src/scaffold/ci.js';
import { mergeVscodeExtensions, mergeVscodeSettings } from '../../src/scaffold/editor.js';
import { createFakeIo, type FakeIo } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FLAGS = ['--pemerintah', 'Pemerintah Kabupaten Balangan', '--instansi', 'Dinas Perpustakaan dan Kearsipan'];
const APPROVER = '  nama: H. Rody Rahmady Noor, S.Sos.\n  nip: "19660313 198903 1 011"';

let fake: FakeIo;
afterEach(() => fake?.cleanup());

/**
 * A validator for one of the vendored CI schemas (test/fixtures/schemas, both JSON Schema
 * draft-07: ajv's default class). strict is off because both schemas carry editor keywords ajv
 * does not know (markdownDescription, deprecationMessage); ajv ships no format checkers without
 * ajv-formats, so the formats they use are checked here: uri and date-time loosely, regex by
 * compiling it, uri-reference not at all.
 */
function schemaValidator(file: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  ajv.addFormat('uri-reference', true);
  ajv.addFormat('regex', (s: string) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  });
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'schemas', file), 'utf8')));
}

const githubSchema = schemaValidator('github-workflow.json');
const gitlabSchema = schemaValidator('gitlab-ci.json');

function expectValid(validate: ValidateFunction, data: unknown): void {
  const ok = validate(data);
  expect(ok ? [] : validate.errors).toEqual([]);
}

interface Step { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string }
interface Job { steps: Step[]; permissions?: Record<string, string>; needs?: string; strategy?: { matrix: { shard: number[] } } }

const runs = (job: Job) => job.steps.map((s) => s.run).filter(Boolean);
const uses = (job: Job, action: string) => job.steps.find((s) => s.uses === action);

/** The commented job variant of the workflow, uncommented: the lines after the marker, "  # " → "  ". */
function commentedVariant(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l === '  # cetak:');
  return lines.slice(start).filter((l) => l.startsWith('  #')).map((l) => (l === '  #' ? '' : `  ${l.slice(4)}`)).join('\n');
}

describe('the vendored CI schemas', () => {
  it('reject what the CI systems would reject (so a pass means something)', () => {
    expect(githubSchema({ on: ['push'], jobs: { periksa: { 'runs-on': 'ubuntu-latest', steps: [{ uses: 'actions/checkout@v4', run: 'x' }] } } })).toBe(false);
    expect(githubSchema({ on: ['push'], jobs: { periksa: { 'runs-on': 'ubuntu-latest', permissions: { 'security-events': 'tulis' }, steps: [{ run: 'x' }] } } })).toBe(false);
    expect(gitlabSchema({ 'periksa-sop': { script: ['x'], artifacts: { reports: { kualitas: 'x.json' } } } })).toBe(false);
    expect(gitlabSchema({ default: { image: 'node:20', gambar: 'x' } })).toBe(false);
  });
});

describe('the GitHub Actions workflow', () => {
  const text = renderGithubWorkflow({ packageName: 'sop-ap', outDir: 'dist' });
  const workflow = parseYaml(text) as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> };

  it('is valid against SchemaStore\'s github-workflow schema', () => {
    expectValid(githubSchema, workflow);
  });

  it('runs on push and pull_request, Node 20 with npm ci, in both jobs', () => {
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request']);
    for (const job of Object.values(workflow.jobs)) {
      expect(uses(job, 'actions/setup-node@v4')?.with).toEqual({ 'node-version': 20, cache: 'npm' });
      expect(runs(job)[0]).toBe('npm ci');
    }
  });

  it('lints with annotations, then as SARIF uploaded to code scanning (security-events: write)', () => {
    const job = workflow.jobs.periksa!;
    expect(job.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    expect(runs(job)).toEqual(['npm ci', 'npx sop lint --format github', 'npx sop lint --format sarif -o sop.sarif']);
    const upload = uses(job, 'github/codeql-action/upload-sarif@v3')!;
    expect(upload.with).toEqual({ sarif_file: 'sop.sarif', category: 'sop' });
    // The SARIF run and the upload happen even when the annotated run failed the job.
    expect(job.steps.find((s) => s.run?.includes('sarif'))?.if).toBe('${{ !cancelled() }}');
    expect(upload.if).toContain('!cancelled()');
  });

  it('renders the PDFs and the book with the runner\'s Chrome and uploads the output folder', () => {
    const job = workflow.jobs.cetak!;
    const render = job.steps.find((s) => s.run?.startsWith('npx sop render'))!;
    expect(render.run).toBe('npx sop render --format pdf --book dist/buku-sop.pdf');
    expect(render.env).toEqual({ PUPPETEER_EXECUTABLE_PATH: '/usr/bin/google-chrome' });
    expect(uses(job, 'actions/upload-artifact@v4')?.with).toEqual({ name: 'sop-pdf', path: 'dist/', 'if-no-files-found': 'error' });
  });

  it('carries, commented, a valid sharded variant: render --shard k/4 in a matrix, then sop book', () => {
    const variant = parseYaml(commentedVariant(text)) as Record<string, Job>;
    expect(Object.keys(variant)).toEqual(['cetak', 'buku']);
    expect(variant.cetak!.strategy!.matrix.shard).toEqual([1, 2, 3, 4]);
    expect(runs(variant.cetak!)).toContain('npx sop render --format pdf --shard ${{ matrix.shard }}/4');
    expect(variant.buku!.needs).toBe('cetak');
    expect(runs(variant.buku!)).toContain('npx sop book dist/ -o dist/buku-sop.pdf');
    expectValid(githubSchema, { ...workflow, jobs: { periksa: workflow.jobs.periksa, ...variant } });
  });

  it('uses the project\'s output folder', () => {
    const other = parseYaml(renderGithubWorkflow({ packageName: 'sop-ap', outDir: 'cetakan/' })) as { jobs: Record<string, Job> };
    expect(runs(other.jobs.cetak!)).toContain('npx sop render --format pdf --book cetakan/buku-sop.pdf');
    expect(uses(other.jobs.cetak!, 'actions/upload-artifact@v4')?.with?.path).toBe('cetakan/');
  });
});

describe('the GitLab CI pipeline', () => {
  const text = renderGitlabCi({ packageName: 'sop-ap', outDir: 'dist' });
  const pipeline = parseYaml(text) as Record<string, any>;

  it('is valid against GitLab\'s ci.json schema', () => {
    expectValid(gitlabSchema, pipeline);
  });

  it('installs with npm ci on Node 20 (Debian bookworm)', () => {
    expect(pipeline.default.image).toBe('node:20-bookworm');
    expect(pipeline.default.before_script).toEqual(['npm ci --cache .npm --prefer-offline --no-audit --no-fund']);
  });

  it('reports lint findings as the Code Quality report it writes, also when the job fails', () => {
    const job = pipeline['periksa-sop'];
    expect(job.script).toEqual(['npx sop lint --format gitlab -o gl-code-quality-report.json']);
    expect(job.artifacts).toEqual({ when: 'always', reports: { codequality: 'gl-code-quality-report.json' } });
  });

  it('installs Chromium, renders the PDFs and the book, keeps the output folder as artifacts', () => {
    const job = pipeline['cetak-sop'];
    expect(job.variables).toEqual({ PUPPETEER_EXECUTABLE_PATH: '/usr/bin/chromium' });
    expect(job.script).toEqual([
      'apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium',
      'npx sop render --format pdf --book dist/buku-sop.pdf',
    ]);
    expect(job.artifacts.paths).toEqual(['dist/']);
  });
});

describe('the generated CI commands run', () => {
  it('sop lint --format github and --format sarif -o sop.sarif work in a new project', async () => {
    fake = createFakeIo();
    expect(await main(['init', ...FLAGS], fake.io)).toBe(0);
    const workflow = parseYaml(fake.read('.github/workflows/sop.yml')) as { jobs: Record<string, Job> };
    const lintRuns = runs(workflow.jobs.periksa!).filter((r) => r!.startsWith('npx sop lint'));
    expect(lintRuns).toHaveLength(2);
    // The new project's one error: the approver's name still to fill in.
    const github = createFakeIo({ cwd: fake.dir });
    expect(await main(lintRuns[0]!.split(' ').slice(2), github.io)).toBe(1);
    expect(github.stdout()).toMatch(/^::error file=sop\.config\.yaml,line=\d+,col=9/m);
    const sarif = createFakeIo({ cwd: fake.dir });
    expect(await main(lintRuns[1]!.split(' ').slice(2), sarif.io)).toBe(1);
    expect(JSON.parse(fake.read('sop.sarif')).version).toBe('2.1.0');
  });

  it('an output folder set in the config is used by the CI files and .gitignore', async () => {
    fake = createFakeIo();
    fake.write('sop.config.yaml', 'instansi:\n  pemerintah: Pemerintah Kota Batam\n  nama: Dinas Kesehatan\nkeluaran: cetakan\n');
    expect(await main(['init'], fake.io)).toBe(0);
    expect(fake.read('.github/workflows/sop.yml')).toContain('\n      - run: npx sop render --format pdf --book cetakan/buku-sop.pdf\n');
    expect(fake.read('.gitlab-ci.yml')).toContain('\n      - cetakan/\n');
    expect(fake.read('.gitignore')).toBe('# Hasil `sop render`\ncetakan/\n');
  });
});

describe('.vscode', () => {
  it('merges yaml.schemas into existing settings: foreign keys and mappings kept, indentation kept', async () => {
    fake = createFakeIo();
    const settings = { 'editor.tabSize': 2, 'yaml.schemas': { 'https://json.schemastore.org/github-workflow.json': '.github/workflows/*.yml' }, 'files.eol': '\n' };
    fake.write('.vscode/settings.json', JSON.stringify(settings, null, 4) + '\n');
    fake.write('.vscode/extensions.json', JSON.stringify({ recommendations: ['editorconfig.editorconfig'] }, null, '\t'));
    expect(await main(['init', ...FLAGS], fake.io)).toBe(0);
    expect(fake.stdout()).toContain('Diperbarui: .vscode/settings.json (yaml.schemas)\nDiperbarui: .vscode/extensions.json (recommendations)\n');
    const text = fake.read('.vscode/settings.json');
    expect(JSON.parse(text)).toEqual({
      'editor.tabSize': 2,
      'yaml.schemas': {
        'https://json.schemastore.org/github-workflow.json': '.github/workflows/*.yml',
        './.sop/schemas/sop.schema.json': '**/*.sop.yaml',
        './.sop/schemas/sop.config.schema.json': 'sop.config.yaml',
      },
      'files.eol': '\n',
    });
    expect(text).toContain('\n    "editor.tabSize": 2,\n');
    expect(JSON.parse(fake.read('.vscode/extensions.json'))).toEqual({ recommendations: ['editorconfig.editorconfig', 'redhat.vscode-yaml'] });
    expect(fake.read('.vscode/extensions.json')).toContain('\n\t"recommendations": [\n\t\t"editorconfig.editorconfig",\n');
  });

  it('leaves a mapping of our schema to another path alone, and replaces it with --force', async () => {
    fake = createFakeIo();
    const old = { 'yaml.schemas': { '/opt/sop/schemas/sop.schema.json': '**/*.sop.yaml' }, 'editor.rulers': [100] };
    fake.write('.vscode/settings.json', JSON.stringify(old, null, 2) + '\n');
    expect(await main(['init', ...FLAGS], fake.io)).toBe(0);
    // The config mapping is new; the SOP mapping is the user's.
    expect(JSON.parse(fake.read('.vscode/settings.json'))['yaml.schemas']).toEqual({
      '/opt/sop/schemas/sop.schema.json': '**/*.sop.yaml',
      './.sop/schemas/sop.config.schema.json': 'sop.config.yaml',
    });
    expect(await main(['init', '--force'], fake.io)).toBe(0);
    expect(JSON.parse(fake.read('.vscode/settings.json'))).toEqual({
      'yaml.schemas': { './.sop/schemas/sop.config.schema.json': 'sop.config.yaml', './.sop/schemas/sop.schema.json': '**/*.sop.yaml' },
      'editor.rulers': [100],
    });
  });

  it('leaves JSON with comments byte-identical and says what to add by hand', async () => {
    fake = createFakeIo();
    const jsonc = '{\n  // lebar baris\n  "editor.rulers": [100],\n}\n';
    fake.write('.vscode/settings.json', jsonc);
    expect(await main(['init', ...FLAGS], fake.io)).toBe(0);
    expect(fake.read('.vscode/settings.json')).toBe(jsonc);
    expect(fake.stdout()).toContain(
      'Dilewati: .vscode/settings.json bukan JSON biasa (berisi komentar atau koma di akhir?); tambahkan sendiri: ' +
        '"yaml.schemas": { "./.sop/schemas/sop.schema.json": "**/*.sop.yaml", "./.sop/schemas/sop.config.schema.json": "sop.config.yaml" }\n',
    );
  });

  it('merges keep CRLF line ends; an extension already recommended (any case) changes nothing', () => {
    const merged = mergeVscodeSettings('{\r\n  "a": 1\r\n}\r\n', { sop: './s.json', config: './c.json' });
    expect(merged).toEqual({ kind: 'updated', keys: ['yaml.schemas'], text: '{\r\n  "a": 1,\r\n  "yaml.schemas": {\r\n    "./s.json": "**/*.sop.yaml",\r\n    "./c.json": "sop.config.yaml"\r\n  }\r\n}\r\n' });
    expect(mergeVscodeExtensions('{"recommendations": ["RedHat.vscode-yaml"]}')).toEqual({ kind: 'unchanged' });
    expect(mergeVscodeExtensions('[]')).toEqual({ kind: 'unreadable' });
    expect(mergeVscodeSettings('{"yaml.schemas": []}', { sop: './s.json', config: './c.json' })).toEqual({ kind: 'unreadable' });
  });
});

const hasGit = spawnSync('git', ['--version']).status === 0;

describe('the pre-commit hook', () => {
  it('is an executable POSIX sh script', async () => {
    fake = createFakeIo();
    expect(await main(['init', ...FLAGS], fake.io)).toBe(0);
    const hook = path.join(fake.dir, '.githooks', 'pre-commit');
    expect(fs.statSync(hook).mode & 0o111).toBe(0o111);
    expect(fake.read('.githooks/pre-commit').split('\n')[0]).toBe('#!/bin/sh');
    expect(spawnSync('sh', ['-n', hook]).status).toBe(0);
  });

  it.skipIf(!hasGit)('blocks a commit of a staged SOP with errors, lets a clean one and other files through', async () => {
    fake = createFakeIo();
    const repo = fake.dir;
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=Uji', '-c', 'user.email=uji@example.com', '-c', 'commit.gpgsign=false', ...args], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
    expect(git('init', '-q').status).toBe(0);
    expect(await main(['init', 'sop-dinas', ...FLAGS], fake.io)).toBe(0);
    // The project lies in a subfolder of the repository: the hint names the path from its root.
    expect(fake.stdout()).toContain('  - aktifkan pemeriksaan sebelum commit: cd sop-dinas && git config core.hooksPath sop-dinas/.githooks\n');
    expect(git('config', 'core.hooksPath', 'sop-dinas/.githooks').status).toBe(0);
    // `sop` as a local install provides it: this repository's binary.
    fake.write('sop-dinas/node_modules/.bin/sop', `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'bin', 'sop.js')}" "$@"\n`);
    fs.chmodSync(path.join(repo, 'sop-dinas/node_modules/.bin/sop'), 0o755);
    const config = path.join(repo, 'sop-dinas', 'sop.config.yaml');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('  nama: (isi nama pejabat beserta gelar)', APPROVER));
    fs.writeFileSync(path.join(repo, '.gitignore'), 'node_modules/\n');

    // The whole project, config included (so every SOP is linted): clean.
    expect(git('add', '.').status).toBe(0);
    const first = git('commit', '-q', '-m', 'proyek');
    // (git sends a hook's output to stderr)
    expect(first.stderr).toBe('✔ 1 berkas diperiksa, tidak ada masalah\n');
    expect(first.status).toBe(0);

    // A staged SOP (its name has a space) with an unknown actor: the commit is refused with the finding.
    const example = fs.readFileSync(path.join(repo, 'sop-dinas', 'sops', 'penyusunan-lkjip.sop.yaml'), 'utf8');
    fake.write('sop-dinas/sops/surat masuk.sop.yaml', example.replace('    pelaksana: kepala\n', '    pelaksana: bupati\n'));
    expect(git('add', 'sop-dinas/sops/surat masuk.sop.yaml').status).toBe(0);
    const refused = git('commit', '-q', '-m', 'surat masuk');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('sops/surat masuk.sop.yaml\n');
    expect(refused.stderr).toContain('pelaksana/tidak-dikenal');
    expect(git('log', '--oneline').stdout.trim().split('\n')).toHaveLength(1);

    // Fixed, it goes through.
    fake.write('sop-dinas/sops/surat masuk.sop.yaml', example.replace(/^nomor: .*$/m, 'nomor: 02/SOP/DPK/XI/2026'));
    expect(git('add', '-A').status).toBe(0);
    expect(git('commit', '-q', '-m', 'surat masuk').status).toBe(0);

    // Only staged SOPs count: a broken file left unstaged does not block a commit of another file.
    fake.write('sop-dinas/sops/rusak.sop.yaml', 'nomor: [\n');
    fake.write('sop-dinas/README.md', '# SOP\n');
    expect(git('add', 'sop-dinas/README.md').status).toBe(0);
    expect(git('commit', '-q', '-m', 'readme').status).toBe(0);
  });

  it.skipIf(!hasGit)('says how to install sop when none is found', async () => {
    fake = createFakeIo();
    expect(spawnSync('git', ['init', '-q'], { cwd: fake.dir }).status).toBe(0);
    expect(await main(['init', ...FLAGS], fake.io)).toBe(0);
    const run = spawnSync('sh', [path.join(fake.dir, '.githooks', 'pre-commit')], {
      cwd: fake.dir,
      encoding: 'utf8',
      env: { PATH: path.dirname(spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim()) + ':/bin:/usr/bin', HOME: fake.dir },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('pre-commit: perintah sop tidak ditemukan; pasang dengan: npm i -D sop-ap\n');
  });
});
