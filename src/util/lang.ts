/** The languages messages are written in: Indonesian (the default) and English. */
export type Lang = 'id' | 'en';

export function isLang(value: unknown): value is Lang {
  return value === 'id' || value === 'en';
}
