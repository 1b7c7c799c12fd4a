import { describe, expect, it } from 'vitest';
import { formatDuration, formatMinutes, parseDuration } from '../../src/model/duration.js';

describe('parseDuration', () => {
  it.each([
    ['15 menit', 15, 15],
    ['2 Jam', 120, 120],
    ['1,5 jam', 90, 90],
    ['1.5 jam', 90, 90],
    ['1 jam 30 menit', 90, 90],
    ['1 jam, 30 menit', 90, 90],
    ['30 detik', 0.5, 0.5],
    ['10 mnt', 10, 10],
    ['1 hari', 450, 450],
    ['2 hari kerja', 900, 900],
    ['1 minggu', 2250, 2250],
    ['1 bulan', 9900, 9900],
    ['1-2 hari', 450, 900],
    ['1 – 2 jam', 60, 120],
    ['1 s.d. 3 hari', 450, 1350],
    ['  2 JAM ', 120, 120],
  ])('%s → %d..%d minutes', (text, min, max) => {
    expect(parseDuration(text)).toEqual({ min, max });
  });

  it.each(['', 'segera', '2', 'jam', '2 tahun', '3-1 jam', '2 jam lebih'])('%j does not parse', (text) => {
    expect(parseDuration(text)).toBeNull();
  });

  it('uses the configured working time', () => {
    expect(parseDuration('1 hari', { hoursPerDay: 8, daysPerWeek: 5, daysPerMonth: 22 })).toEqual({ min: 480, max: 480 });
    expect(parseDuration('1 minggu', { hoursPerDay: 8, daysPerWeek: 6, daysPerMonth: 22 })).toEqual({ min: 2880, max: 2880 });
  });
});

describe('formatMinutes / formatDuration', () => {
  it.each([
    [15, '15 menit'],
    [90, '1 jam 30 menit'],
    [465, '1 hari 15 menit'],
    [450, '1 hari'],
    [525, '1 hari 1 jam 15 menit'],
    [0.5, '30 detik'],
    [0, '0 menit'],
  ])('%d → %s', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });

  it('formats ranges and English', () => {
    expect(formatDuration({ min: 450, max: 900 })).toBe('1 hari – 2 hari');
    expect(formatMinutes(90, undefined, 'en')).toBe('1 hour 30 minutes');
    expect(formatMinutes(465, undefined, 'id', false)).toBe('7 jam 45 menit');
    expect(formatMinutes(900, undefined, 'id', false)).toBe('15 jam');
  });
});

describe('parseDuration, forms seen in real SOPs', () => {
  it.each([
    ['1 s/d 3 hari', 450, 1350],
    ['± 15 menit', 15, 15],
    ['kurang lebih 1 jam', 60, 60],
    ['maks. 2 hari', 900, 900],
    ['30 menit - 1 jam', 30, 60],
    ['1 jam s/d 2 hari', 60, 900],
    ['15 menit sampai dengan 1 jam', 15, 60],
  ])('%s → %d..%d minutes', (text, min, max) => {
    expect(parseDuration(text)).toEqual({ min, max });
  });

  it.each(['1 x 24 jam', '2 jam - 30 menit', '± jam'])('%j does not parse', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});
