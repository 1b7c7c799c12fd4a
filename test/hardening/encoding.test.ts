import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPLETE_SOP } from '../helpers/lint.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { decodeUtf8, loadSopFile } from '../../src/model/files.js';
import { locateProblems } from '../../src/model/locate.js';
import { defaultConfig } from '../../src/config/config.js';
import { say } from '../../src/i18n/messages.js';

/** The SOP as Word exports it as "plain text": Windows-1252, "–" as 0x96 and "é" as 0xE9. */
const TEXT = COMPLETE_SOP.replace('  jabatan: Kepala Dinas Perpustakaan dan Kearsipan', '  jabatan: Kepala Bagian Umum – Keuangan').replace(
  '  nama: H. Rody Rahmady Noor, S.Sos, MM.Pub',
  '  nama: André Rahmady, S.Sos',
);
const windows1252 = (text: string) => Buffer.from(text.replace(/–/g, '\x96'), 'latin1');
const utf8 = (text: string) => Buffer.from(text, 'utf8');

function project(bytes: Uint8Array): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, 'sops', 'uji.sop.yaml');
  fs.mkdirSync(path.dirname(file));
  fs.writeFileSync(file, bytes);
  return { dir, file };
}

const MESSAGE_ID =
  'Berkas tidak disimpan sebagai UTF-8: bita 0x96 di sini tidak sah dalam UTF-8 (dalam Windows-1252: "–"); simpan ulang sebagai UTF-8 ' +
  '(mis. di Notepad: Simpan Sebagai → Pengodean: UTF-8), atau jalankan "sop lint --fix" untuk mengubahnya dari Windows-1252';
const MESSAGE_EN =
  'The file is not saved as UTF-8: byte 0x96 here is not valid UTF-8 (in Windows-1252: "–"); save it again as UTF-8 ' +
  '(e.g. in Notepad: Save As → Encoding: UTF-8), or run "sop lint --fix" to convert it from Windows-1252';

describe('decodeUtf8', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);

  it('UTF-8 (with or without a BOM): nothing invalid, the BOM kept for parseSource to remove', () => {
    expect(decodeUtf8(utf8('a: é – 😀\n'))).toEqual({ text: 'a: é – 😀\n', invalid: null, windows1252: null });
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ text: '\ufeffa', invalid: null, windows1252: null });
  });

  it('Windows-1252: the first bad byte and where its U+FFFD stands; the text as Windows-1252', () => {
    expect(decodeUtf8(windows1252('a: x – é\n'))).toEqual({ text: 'a: x \ufffd \ufffd\n', invalid: { offset: 5, byte: 0x96 }, windows1252: 'a: x – é\n' });
    expect(decodeUtf8(bytes(0x80, 0x9f, 0x93, 0x94)).windows1252).toBe('€Ÿ“”');
  });

  it('a valid multibyte sequence anywhere: maybe UTF-8 after all, so no conversion', () => {
    const mixed = decodeUtf8(Buffer.concat([windows1252('– '), utf8('é')]));
    expect(mixed).toEqual({ text: '\ufffd é', invalid: { offset: 0, byte: 0x96 }, windows1252: null });
  });

  it('a byte Windows-1252 leaves undefined (0x81): no conversion', () => {
    expect(decodeUtf8(bytes(0x61, 0x81))).toEqual({ text: 'a\ufffd', invalid: { offset: 1, byte: 0x81 }, windows1252: null });
  });

  it('ill-formed sequences: overlong, surrogate, cut short at the end, past U+10FFFF', () => {
    expect(decodeUtf8(bytes(0x61, 0xc0, 0xaf)).invalid).toEqual({ offset: 1, byte: 0xc0 });
    expect(decodeUtf8(bytes(0xc3, 0xa9, 0xed, 0xa0, 0x80)).invalid).toEqual({ offset: 1, byte: 0xed });
    expect(decodeUtf8(bytes(0xf0, 0x9f, 0x98, 0x80, 0xe2, 0x80)).invalid).toEqual({ offset: 2, byte: 0xe2 });
    expect(decodeUtf8(bytes(0xf4, 0x90, 0x80, 0x80)).invalid).toEqual({ offset: 0, byte: 0xf4 });
  });
});

describe('a Windows-1252 file', () => {
  it('is a yaml finding at the line:col of the first bad byte, and nothing else is linted', () => {
    const { dir, file } = project(windows1252(TEXT));
    const loaded = loadSopFile(file, dir, defaultConfig(dir));
    expect(loaded.sop).toBeNull();
    expect(loaded.asWindows1252).toBe(TEXT);
    const [d, ...rest] = locateProblems(loaded.parsed, loaded.problems);
    expect(rest).toEqual([]);
    expect([d!.line, d!.column, d!.endLine, d!.endColumn, d!.ruleId, say('id', d!.messageId, d!.data)]).toEqual([10, 31, 10, 32, 'yaml', MESSAGE_ID]);
    expect(TEXT.split('\n')[9]!.slice(30, 31)).toBe('–');
  });

  it('sop lint: exit 1, the finding in Indonesian and English, fixable', async () => {
    const { dir } = project(windows1252(TEXT));
    const id = await runCli(['lint', '--no-color'], dir);
    expect(id.code).toBe(1);
    expect(id.stdout).toBe(
      `sops/uji.sop.yaml\n  10:31  error  ${MESSAGE_ID}  yaml\n\n✖ 1 masalah (1 error, 0 peringatan, 0 info) dalam 1 berkas\n  1 dapat diperbaiki otomatis dengan --fix\n`,
    );
    const en = await runCli(['--lang', 'en', 'lint', '--no-color'], dir);
    expect(en.stdout).toContain(`  10:31  error  ${MESSAGE_EN}  yaml\n`);
  });

  it('sop lint --fix-dry-run: the conversion as a diff, the file untouched', async () => {
    const { dir, file } = project(windows1252(TEXT));
    const run = await runCli(['lint', '--fix-dry-run', '--no-color'], dir);
    expect(run.stdout).toContain('-  jabatan: Kepala Bagian Umum \ufffd Keuangan\n-  nama: Andr\ufffd Rahmady, S.Sos\n+  jabatan: Kepala Bagian Umum – Keuangan\n+  nama: André Rahmady, S.Sos\n');
    expect(fs.readFileSync(file)).toEqual(windows1252(TEXT));
  });

  it('sop lint --fix: converted to UTF-8 atomically, and linted again clean of encoding problems', async () => {
    const { dir, file } = project(windows1252(TEXT));
    const fixed = await runCli(['lint', '--fix', '--no-color'], dir);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toBe('✔ 1 berkas diperiksa, tidak ada masalah\n');
    expect(fs.readFileSync(file)).toEqual(utf8(TEXT));
    expect(fs.readdirSync(path.dirname(file))).toEqual(['uji.sop.yaml']); // no temporary file left
    const again = await runCli(['lint', '--format', 'json'], dir);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual([{ file: 'sops/uji.sop.yaml', diagnostics: [] }]);
  });

  it('a file that also holds a UTF-8 character: reported without the --fix hint, and --fix leaves it alone', async () => {
    const bytes = Buffer.concat([windows1252(TEXT), utf8('# disusun oleh Bagian Umum – Keuangan\n')]);
    const { dir, file } = project(bytes);
    const run = await runCli(['lint', '--fix', '--no-color'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '  10:31  error  Berkas tidak disimpan sebagai UTF-8: bita 0x96 di sini tidak sah dalam UTF-8 (dalam Windows-1252: "–"); ' +
        'simpan ulang sebagai UTF-8 (mis. di Notepad: Simpan Sebagai → Pengodean: UTF-8)  yaml\n',
    );
    expect(run.stdout).not.toContain('--fix');
    expect(fs.readFileSync(file)).toEqual(bytes);
  });

  it('a UTF-8 BOM before the bad byte: the column counts from the first character after the BOM', async () => {
    const { dir } = project(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), windows1252(TEXT)]));
    const run = await runCli(['lint', '--no-color'], dir);
    expect(run.stdout).toContain('  10:31  error  Berkas tidak disimpan sebagai UTF-8: bita 0x96');
  });

  it('sop render: the same finding, and no output for the file', async () => {
    const { dir } = project(windows1252(TEXT));
    const run = await runCli(['render'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`  10:31  error  ${MESSAGE_ID}  yaml\n`);
    expect(fs.existsSync(path.join(dir, 'dist', 'uji.html'))).toBe(false);
  });
});
