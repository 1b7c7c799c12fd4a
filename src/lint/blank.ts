/**
 * Blank and placeholder values as real forms carry them: a cell left "-", a number left for the
 * secretariat to fill in ("…/SOP/2023", "800/   /SOP"), the template's own "(isi …)". Pure.
 */

/** Nothing written: empty, dashes, dots, an ellipsis, underscores, or a row of x's. */
export function isBlank(text: string | null | undefined): boolean {
  if (text === null || text === undefined) return true;
  return /^[\s\-–—.…_]*$/.test(text) || /^\s*x+\s*$/i.test(text);
}

/**
 * Text meant to be replaced: the "(isi …)" of `sop new` and `sop init`, a <…> or […] slot, an
 * ellipsis ("Kepala Dinas ... Kabupaten ..."), TODO/TBD. Null when the text is not a placeholder,
 * else the placeholder part as written.
 */
export function placeholderIn(text: string): string | null {
  const patterns = [/\(\s*isi\b[^)]*\)/i, /<[^<>]{1,60}>/, /\[[^[\]]{0,60}\]/, /\.{3,}|…/, /\b(?:TODO|TBD|xx+)\b/i];
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return null;
}

/** A number with a part left open: "800/ /SOP/2023", "…/SOP/DISPERSIP/2023", "/SOP/2023". */
export function hasOpenPart(nomor: string): boolean {
  if (!nomor.includes('/')) return false;
  return nomor.split('/').some((part) => isBlank(part));
}

/** A value that does not identify anything: blank, a placeholder, or (a number) with a part left open. */
export function isUnfilled(text: string | null | undefined, number = false): boolean {
  if (isBlank(text)) return true;
  return placeholderIn(text!) !== null || (number && hasOpenPart(text!));
}
