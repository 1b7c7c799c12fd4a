/**
 * The CI files `sop init` writes: a GitHub Actions workflow and a GitLab CI pipeline. Pure text;
 * the command writes them. Keys are the CI systems' own, comments Indonesian like the other files
 * of a project.
 */

export const CI_SYSTEMS = ['github', 'gitlab'] as const;
export type CiSystem = (typeof CI_SYSTEMS)[number];

export const GITHUB_WORKFLOW_FILE = '.github/workflows/sop.yml';
export const GITLAB_CI_FILE = '.gitlab-ci.yml';

export interface CiInput {
  /** The npm package to install (its name in package.json). */
  packageName: string;
  /** The render output folder (the config's `keluaran`), e.g. "dist". */
  outDir: string;
}

/** The book's file name inside the output folder. */
export const BOOK_FILE = 'buku-sop.pdf';

/** The first steps of every job: the checkout, Node 20 with npm's cache, `npm ci` (each line after `prefix`). */
function setupSteps(prefix: string): string {
  return ['- uses: actions/checkout@v4', '- uses: actions/setup-node@v4', '  with:', '    node-version: 20', '    cache: npm', '- run: npm ci']
    .map((line) => prefix + line + '\n')
    .join('');
}

/** .github/workflows/sop.yml */
export function renderGithubWorkflow(input: CiInput): string {
  const out = input.outDir.replace(/\/+$/, '');
  return `# Dibuat oleh \`sop init\`: memeriksa SOP pada setiap push dan pull request, lalu mencetak
# PDF-nya beserta Buku SOP. Perlu package.json dan package-lock.json yang memuat ${input.packageName}
# (npm i -D ${input.packageName}), agar CI memakai versi yang sama dengan tim.
name: SOP

on:
  push:
  pull_request:

permissions:
  contents: read

jobs:
  periksa:
    name: Periksa SOP (sop lint)
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write # mengunggah temuan ke code scanning
    steps:
${setupSteps('      ')}      # Temuan sebagai anotasi pada baris yang bersangkutan; langkah ini gagal bila ada error.
      - run: npx sop lint --format github
      # Temuan yang sama sebagai SARIF untuk Security > Code scanning, juga bila langkah di atas gagal.
      # Repositori privat memerlukan GitHub Advanced Security; tanpa itu hapus dua langkah ini.
      - name: sop lint (SARIF)
        if: \${{ !cancelled() }}
        continue-on-error: true
        run: npx sop lint --format sarif -o sop.sarif
      - uses: github/codeql-action/upload-sarif@v3
        if: \${{ !cancelled() && hashFiles('sop.sarif') != '' }}
        with:
          sarif_file: sop.sarif
          category: sop

  cetak:
    name: Cetak PDF (sop render)
    runs-on: ubuntu-latest
    steps:
${setupSteps('      ')}      # Runner GitHub sudah memiliki Google Chrome. Pada runner sendiri (self-hosted), pasang Chromium
      # (sudo apt-get update && sudo apt-get install -y chromium) dan tulis /usr/bin/chromium di bawah.
      - run: npx sop render --format pdf --book ${out}/${BOOK_FILE}
        env:
          PUPPETEER_EXECUTABLE_PATH: /usr/bin/google-chrome
      - uses: actions/upload-artifact@v4
        if: \${{ !cancelled() }}
        with:
          name: sop-pdf
          path: ${out}/
          if-no-files-found: error

  # Repositori dengan ratusan SOP: ganti job \`cetak\` di atas dengan dua job berikut. Empat job
  # mencetak masing-masing seperempat SOP (--shard k/n), lalu \`sop book\` menyusun Buku SOP dari
  # PDF yang sudah tercetak, tanpa mencetak ulang.
  #
  # cetak:
  #   name: Cetak PDF \${{ matrix.shard }}/4
  #   runs-on: ubuntu-latest
  #   strategy:
  #     matrix:
  #       shard: [1, 2, 3, 4]
  #   steps:
${setupSteps('  #     ')}  #     - run: npx sop render --format pdf --shard \${{ matrix.shard }}/4
  #       env:
  #         PUPPETEER_EXECUTABLE_PATH: /usr/bin/google-chrome
  #     - uses: actions/upload-artifact@v4
  #       with:
  #         name: sop-pdf-\${{ matrix.shard }}
  #         path: ${out}/
  #
  # buku:
  #   name: Buku SOP (sop book)
  #   needs: cetak
  #   runs-on: ubuntu-latest
  #   steps:
${setupSteps('  #     ')}  #     - uses: actions/download-artifact@v4
  #       with:
  #         pattern: sop-pdf-*
  #         path: ${out}/
  #         merge-multiple: true
  #     - run: npx sop book ${out}/ -o ${out}/${BOOK_FILE}
  #     - uses: actions/upload-artifact@v4
  #       with:
  #         name: sop-pdf
  #         path: ${out}/
`;
}

/** .gitlab-ci.yml */
export function renderGitlabCi(input: CiInput): string {
  const out = input.outDir.replace(/\/+$/, '');
  return `# Dibuat oleh \`sop init\`: memeriksa SOP pada setiap pipeline (temuan tampil di merge request
# sebagai laporan Code Quality), lalu mencetak PDF-nya beserta Buku SOP. Perlu package.json dan
# package-lock.json yang memuat ${input.packageName} (npm i -D ${input.packageName}).
default:
  image: node:20-bookworm
  cache:
    key:
      files:
        - package-lock.json
    paths:
      - .npm/
  before_script:
    - npm ci --cache .npm --prefer-offline --no-audit --no-fund

stages:
  - periksa
  - cetak

periksa-sop:
  stage: periksa
  script:
    - npx sop lint --format gitlab -o gl-code-quality-report.json
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json

cetak-sop:
  stage: cetak
  needs: [] # mencetak tanpa menunggu pemeriksaan
  variables:
    PUPPETEER_EXECUTABLE_PATH: /usr/bin/chromium
  script:
    - apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium
    - npx sop render --format pdf --book ${out}/${BOOK_FILE}
  artifacts:
    name: sop-pdf
    paths:
      - ${out}/
    expire_in: 30 days
`;
}
