import type { Duration, WorkTime } from './types.js';

export const defaultWorkTime: WorkTime = { hoursPerDay: 7.5, daysPerWeek: 5, daysPerMonth: 22 };

type Unit = 'detik' | 'menit' | 'jam' | 'hari' | 'minggu' | 'bulan';

const unitAliases: Record<string, Unit> = {
  detik: 'detik', dtk: 'detik', det: 'detik',
  menit: 'menit', mnt: 'menit', mntr: 'menit', men: 'menit',
  jam: 'jam', jm: 'jam',
  hari: 'hari', hr: 'hari', 'hari kerja': 'hari', hk: 'hari',
  minggu: 'minggu', mgg: 'minggu', pekan: 'minggu',
  bulan: 'bulan', bln: 'bulan',
};

function minutesPer(unit: Unit, work: WorkTime): number {
  switch (unit) {
    case 'detik': return 1 / 60;
    case 'menit': return 1;
    case 'jam': return 60;
    case 'hari': return work.hoursPerDay * 60;
    case 'minggu': return work.daysPerWeek * work.hoursPerDay * 60;
    case 'bulan': return work.daysPerMonth * work.hoursPerDay * 60;
  }
}

const NUM = String.raw`\d+(?:[.,]\d+)?`;
const UNIT = Object.keys(unitAliases)
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(' ', String.raw`\s+`))
  .join('|');
const PART = new RegExp(String.raw`^\s*(${NUM})(?:\s*(?:-|–|—|s\/d|s\.?d\.?|sampai(?:\s+dengan)?)\s*(${NUM}))?\s*(${UNIT})\b\.?`, 'i');

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

/**
 * Parses an Indonesian duration: "15 menit", "1,5 jam", "1 jam 30 menit", "2 hari kerja",
 * "1-2 hari". Returns working minutes (lower and upper bound) or null when it does not parse.
 */
export function parseDuration(text: string, work: WorkTime = defaultWorkTime): Duration | null {
  // "± 15 menit", "kurang lebih 1 jam", "maks. 2 hari": the bound is the duration itself.
  const rest = text.trim().toLowerCase().replace(QUALIFIER, '');
  const whole = parseParts(rest, work);
  if (whole) return whole;
  // "30 menit - 1 jam", "1 jam s/d 2 hari": a range with a unit on both sides.
  for (const m of rest.matchAll(RANGE_SEPARATOR)) {
    const low = parseParts(rest.slice(0, m.index), work);
    const high = parseParts(rest.slice(m.index! + m[0].length), work);
    if (low && high && low.min === low.max && high.min === high.max && low.min <= high.max) return { min: low.min, max: high.max };
  }
  return null;
}

const QUALIFIER = /^(?:±|\+\/-|\+-|kurang\s+lebih|kl\.?|maks(?:imal|imum|\.)?|paling\s+lama|sekitar|lebih\s+kurang)\s*/i;
const RANGE_SEPARATOR = /(?<=[a-z.])\s*(?:–|—|-|s\/d|s\.\s?d\.?|sampai(?:\s+dengan)?)\s*(?=\d)/gi;

function parseParts(text: string, work: WorkTime): Duration | null {
  let rest = text.trim();
  if (!rest) return null;
  let min = 0;
  let max = 0;
  let parts = 0;
  while (rest.length) {
    const m = PART.exec(rest);
    if (!m) return null;
    const unit = unitAliases[m[3]!.replace(/\s+/g, ' ')]!;
    const factor = minutesPer(unit, work);
    const low = toNumber(m[1]!);
    const high = m[2] !== undefined ? toNumber(m[2]) : low;
    if (high < low) return null;
    min += low * factor;
    max += high * factor;
    parts++;
    rest = rest.slice(m[0].length).replace(/^\s*(?:,|dan|\+)?\s*/, '');
  }
  return parts ? { min: round(min), max: round(max) } : null;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * Formats working minutes: "1 hari 2 jam 30 menit", or without days ("7 jam 45 menit") when
 * `useDays` is false — callers pass whether the SOP itself counts in days (see usesDays).
 */
export function formatMinutes(minutes: number, work: WorkTime = defaultWorkTime, lang: 'id' | 'en' = 'id', useDays = true): string {
  const names = lang === 'en'
    ? { hari: 'working day', jam: 'hour', menit: 'minute', detik: 'second' }
    : { hari: 'hari', jam: 'jam', menit: 'menit', detik: 'detik' };
  const plural = (n: number, word: string) => (lang === 'en' && n !== 1 ? `${n} ${word}s` : `${n} ${word}`);
  let rest = Math.round(minutes * 60) / 60;
  if (rest === 0) return plural(0, names.menit);
  const parts: string[] = [];
  const dayMinutes = work.hoursPerDay * 60;
  // Days only when the total is at least a working day and whole hours divide it cleanly.
  if (useDays && rest >= dayMinutes) {
    const days = Math.floor(rest / dayMinutes);
    parts.push(plural(days, names.hari));
    rest = round(rest - days * dayMinutes);
  }
  const hours = Math.floor(rest / 60);
  if (hours) parts.push(plural(hours, names.jam));
  rest = round(rest - hours * 60);
  const mins = Math.floor(rest);
  if (mins) parts.push(plural(mins, names.menit));
  const secs = Math.round((rest - mins) * 60);
  if (secs) parts.push(plural(secs, names.detik));
  return parts.join(' ');
}

export function formatDuration(d: Duration, work: WorkTime = defaultWorkTime, lang: 'id' | 'en' = 'id', useDays = true): string {
  if (d.min === d.max) return formatMinutes(d.min, work, lang, useDays);
  return `${formatMinutes(d.min, work, lang, useDays)} – ${formatMinutes(d.max, work, lang, useDays)}`;
}

/** Whether a waktu text counts in days or longer units (then totals are printed with days). */
export function usesDays(text: string | null): boolean {
  return text !== null && /\b(hari|hr|hk|minggu|mgg|pekan|bulan|bln)\b/i.test(text);
}
