import { phrase, type MessageValue } from './message.js';

/** True when YYYY-MM-DD names a day that exists (2023-02-30 does not). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

// Made on first use: `sop lint` imports this module for isCalendarDate and never prints a month.
let monthFormat: Intl.DateTimeFormat | null = null;

/** The Indonesian name of a month, 1–12: 7 → "Juli". */
export function monthNameId(month: number): string {
  monthFormat ??= new Intl.DateTimeFormat('id-ID', { month: 'long', timeZone: 'UTC' });
  return monthFormat.format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** "2023-07-01" → "1 Juli 2023"; a missing date → "-"; anything else is printed as written. */
export function formatDateId(value: string | null | undefined): string {
  if (value === null || value === undefined || String(value).trim() === '') return '-';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value).trim());
  if (!m) return String(value).trim();
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return String(value).trim();
  return `${day} ${monthNameId(month)} ${m[1]}`;
}

/**
 * A date for a message, put into words in the reader's language: "2019-05-16" → 16 Mei 2019 /
 * 16 May 2019, "2015-04" → April 2015; anything else as written.
 */
export function datePhrase(value: string): MessageValue {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return value;
  const month = phrase(`month${Number(m[2])}`);
  return m[3] ? phrase('dateDay', { day: Number(m[3]), month, year: m[1] }) : phrase('dateMonth', { month, year: m[1] });
}

/** A date as far as it is known: a year, perhaps a month, perhaps a day. */
export interface LooseDate {
  year: number;
  month: number | null;
  day: number | null;
}

const MONTH_WORDS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, january: 1, februari: 2, feb: 2, pebruari: 2, february: 2, maret: 3, mar: 3, march: 3,
  april: 4, apr: 4, mei: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, agustus: 8, agt: 8, agu: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, oct: 10, october: 10, november: 11, nov: 11, nopember: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};

/**
 * Reads a date as real SOPs write it: "2023-07-01", "2015-04", "2015", "April 2015",
 * "1 April 2015", "01-04-2015", "1/4/2015". Null when it is not a date that exists.
 */
export function readLooseDate(text: string): LooseDate | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(t);
  let parts: [number, number | null, number | null] | null = null;
  if (m) parts = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t))) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  else if ((m = /^(?:(\d{1,2})\s+)?([a-z]+)\.?\s+(\d{4})$/.exec(t)) && MONTH_WORDS[m[2]!]) parts = [Number(m[3]), MONTH_WORDS[m[2]!]!, m[1] ? Number(m[1]) : null];
  if (!parts) return null;
  const [year, month, day] = parts;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && !isCalendarDate(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)) return null;
  return { year, month, day };
}

/** A loose date written out: "2015-04-01", "2015-04" or "2015". */
export function looseIso(d: LooseDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return d.month === null ? String(d.year) : d.day === null ? `${d.year}-${pad(d.month)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** Orders two loose dates at the precision both know: -1, 1, or 0 when equal or it cannot tell. */
export function compareLoose(a: LooseDate, b: LooseDate): -1 | 0 | 1 {
  const pairs: [number | null, number | null][] = [[a.year, b.year], [a.month, b.month], [a.day, b.day]];
  for (const [x, y] of pairs) {
    if (x === null || y === null) return 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Orders a full date against a loose one at the loose one's precision: -1 before, 1 after, 0 when it cannot tell. */
export function compareToLoose(iso: string, loose: LooseDate): -1 | 0 | 1 {
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  const pairs: [number, number | null][] = [[y, loose.year], [mo, loose.month], [d, loose.day]];
  for (const [a, b] of pairs) {
    if (b === null) return 0;
    if (a !== b) return a < b ? -1 : 1;
  }
  return -1; // the same day: in force when the SOP was signed
}
