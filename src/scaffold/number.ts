/** SOP numbers from a `nomor_pola` such as "{urut}/SOP/DPK/{bulan_romawi}/{tahun}". */

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

/** The month (1..12) in Roman numerals, as Indonesian letter numbers write it. */
export function romanMonth(month: number): string {
  const roman = ROMAN_MONTHS[month - 1];
  if (!roman) throw new RangeError(`month out of range: ${month}`);
  return roman;
}

export const NUMBER_PLACEHOLDERS = ['urut', 'bulan_romawi', 'bulan', 'tahun'] as const;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The placeholders of a pattern that are not known ({nama} → "nama"). */
export function unknownPlaceholders(pattern: string): string[] {
  return [...pattern.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!).filter((name) => !(NUMBER_PLACEHOLDERS as readonly string[]).includes(name));
}

/**
 * Fills a pattern: {urut} the sequence (zero-padded to `width`), {bulan_romawi} I..XII,
 * {bulan} 01..12, {tahun} from `today` (YYYY-MM-DD).
 */
export function formatSopNumber(pattern: string, sequence: number, today: string, width = 2): string {
  const [year, month] = today.split('-');
  const values: Record<string, string> = {
    urut: String(sequence).padStart(width, '0'),
    bulan_romawi: romanMonth(Number(month)),
    bulan: month!,
    tahun: year!,
  };
  return pattern.replace(/\{([a-z_]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A regular expression that matches numbers made from the pattern; group 1 is {urut}. */
export function numberPatternRegExp(pattern: string): RegExp | null {
  if (!pattern.includes('{urut}')) return null;
  let source = '';
  let seenSequence = false;
  for (const part of pattern.split(/(\{[a-z_]+\})/)) {
    if (part === '{urut}') {
      source += seenSequence ? '\\d+' : '(\\d+)';
      seenSequence = true;
    } else if (part === '{bulan_romawi}') source += '(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)';
    else if (part === '{bulan}') source += '\\d{1,2}';
    else if (part === '{tahun}') source += '\\d{4}';
    else source += escapeRegExp(part).replace(/\s+/g, '\\s*');
  }
  return new RegExp(`^\\s*${source}\\s*$`, 'i');
}

/**
 * The next free {urut} among existing numbers that match the pattern (the highest plus one,
 * counted over every year, so a number is never reused), and the zero-padded width to print
 * it with: the widest seen, else 2 ("01").
 */
export function nextSequence(pattern: string, existing: readonly string[]): { sequence: number; width: number } {
  const regexp = numberPatternRegExp(pattern);
  let highest = 0;
  let width = 0;
  if (regexp) {
    for (const number of existing) {
      const match = regexp.exec(number);
      if (!match) continue;
      highest = Math.max(highest, Number(match[1]));
      width = Math.max(width, match[1]!.length);
    }
  }
  return { sequence: highest + 1, width: width || 2 };
}
