import type { Duration, WorkTime } from './types.js';
import { defaultWorkTime } from '../config/config.js';
import type { Lang } from '../util/lang.js';
import { phrase, type MessageValue } from '../util/message.js';
import { sayValue } from '../i18n/messages.js';

export { defaultWorkTime };


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
 * Working minutes as a phrase: "1 hari 2 jam 30 menit", or without days ("7 jam 45 menit") when
 * `useDays` is false — callers pass whether the SOP itself counts in days (see usesDays).
 */
export function minutesPhrase(minutes: number, work: WorkTime = defaultWorkTime, useDays = true): MessageValue {
  let rest = Math.round(minutes * 60) / 60;
  if (rest === 0) return phrase('unitMinute', { n: 0 });
  const parts: MessageValue[] = [];
  const push = (unit: string, n: number) => parts.push(...(parts.length ? [' '] : []), phrase(unit, { n }));
  const dayMinutes = work.hoursPerDay * 60;
  // Days only when the total is at least a working day and whole hours divide it cleanly.
  if (useDays && rest >= dayMinutes) {
    const days = Math.floor(rest / dayMinutes);
    push('unitDay', days);
    rest = round(rest - days * dayMinutes);
  }
  const hours = Math.floor(rest / 60);
  if (hours) push('unitHour', hours);
  rest = round(rest - hours * 60);
  const mins = Math.floor(rest);
  if (mins) push('unitMinute', mins);
  const secs = Math.round((rest - mins) * 60);
  if (secs) push('unitSecond', secs);
  return parts;
}

/** A duration (a range "a – b" when its bounds differ) as a phrase. */
export function durationPhrase(d: Duration, work: WorkTime = defaultWorkTime, useDays = true): MessageValue {
  if (d.min === d.max) return minutesPhrase(d.min, work, useDays);
  return [minutesPhrase(d.min, work, useDays), ' – ', minutesPhrase(d.max, work, useDays)];
}

/** Working minutes in words (see minutesPhrase). */
export function formatMinutes(minutes: number, work: WorkTime = defaultWorkTime, lang: Lang = 'id', useDays = true): string {
  return sayValue(lang, minutesPhrase(minutes, work, useDays));
}

/** A duration in words (see durationPhrase). */
export function formatDuration(d: Duration, work: WorkTime = defaultWorkTime, lang: Lang = 'id', useDays = true): string {
  return sayValue(lang, durationPhrase(d, work, useDays));
}

/** Whether a waktu text counts in days or longer units (then totals are printed with days). */
export function usesDays(text: string | null): boolean {
  return text !== null && /\b(hari|hr|hk|minggu|mgg|pekan|bulan|bln)\b/i.test(text);
}
