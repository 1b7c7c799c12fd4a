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
