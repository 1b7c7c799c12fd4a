/**
 * The git pre-commit hook `sop init` writes (.githooks/pre-commit, executable): `sop lint` on the
 * staged *.sop.yaml files, or on the whole project when sop.config.yaml is staged. Pure text.
 */

export const HOOKS_FOLDER = '.githooks';
export const PRE_COMMIT_FILE = `${HOOKS_FOLDER}/pre-commit`;

export interface HookInput {
  /** The npm package to suggest installing when no `sop` is found. */
  packageName: string;
}

/**
 * A POSIX sh script (runs as is on Linux and macOS, and in Git for Windows). It works from the
 * project folder (the hook's parent), so a project in a subfolder of the repository lints with
 * its own config; file names with spaces survive (NUL-separated). It lints the working-tree
 * version of the staged files.
 */
export function renderPreCommitHook(input: HookInput): string {
  return `#!/bin/sh
# Dibuat oleh \`sop init\`: menjalankan \`sop lint\` pada SOP yang akan di-commit; commit dibatalkan
# bila ada error. Aktifkan sekali pada setiap salinan repositori (lihat keluaran \`sop init\`):
#   git config core.hooksPath ${HOOKS_FOLDER}
# Lewati sekali: git commit --no-verify
set -e
cd "$(dirname "$0")/.."

root="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
if [ -x node_modules/.bin/sop ]; then
  sop=node_modules/.bin/sop
elif [ -x "$root/node_modules/.bin/sop" ]; then
  sop="$root/node_modules/.bin/sop"
elif command -v sop >/dev/null 2>&1; then
  sop=sop
else
  echo "pre-commit: perintah sop tidak ditemukan; pasang dengan: npm i -D ${input.packageName}" >&2
  exit 1
fi

staged() {
  git diff --cached --name-only --relative --diff-filter=ACMR "$@"
}

# Konfigurasi berubah: periksa semua SOP proyek.
if [ -n "$(staged -- sop.config.yaml)" ]; then
  exec "$sop" lint
fi

[ -n "$(staged -- '*.sop.yaml')" ] || exit 0
staged -z -- '*.sop.yaml' | xargs -0 "$sop" lint --
`;
}
