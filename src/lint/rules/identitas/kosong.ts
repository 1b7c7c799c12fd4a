import { defineRule } from '../../rule.js';
import type { NodePath, TextItem } from '../../../model/types.js';
import { hasOpenPart, isBlank, placeholderIn } from '../../blank.js';
import { phrase } from '../../../util/message.js';

type Section = 'kualifikasi_pelaksana' | 'keterkaitan' | 'peralatan_perlengkapan' | 'peringatan' | 'pencatatan_pendataan';

/** The five identity sections besides Dasar Hukum, with their printed names. */
const SECTIONS: ReadonlyArray<[Section, string]> = [
  ['kualifikasi_pelaksana', 'Kualifikasi Pelaksana'],
  ['keterkaitan', 'Keterkaitan'],
  ['peralatan_perlengkapan', 'Peralatan/Perlengkapan'],
  ['peringatan', 'Peringatan'],
  ['pencatatan_pendataan', 'Pencatatan dan Pendataan'],
];

/** Signatories who are not civil servants and so have no NIP: elected heads and village heads. */
const WITHOUT_NIP = /^(?:wakil\s+)?(?:bupati|wali\s*kota|walikota|gubernur|kepala\s+desa|perbekel|keuchik|wali\s+nagari|kepala\s+kampung|petinggi)\b/i;

export default defineRule({
  meta: {
    id: 'identitas/kosong',
    severity: 'error',
    fixable: false,
    description: {
      id: 'Nomor, nama, tanggal pembuatan, instansi, pejabat pengesah, kotak tanda tangan dan keenam bagian identitas terisi, tanpa "-" atau teks contoh',
      en: 'Number, name, creation date, agency, approver, signature boxes and the six identity sections are filled in, not "-" or template text',
    },
    messages: {
      blank: {
        id: '{field} kosong ("{value}"); {hint}',
        en: '{field} is blank ("{value}"); {hint}',
      },
      placeholder: {
        id: '{field} masih berisi teks contoh "{part}"; {hint}',
        en: '{field} still holds template text "{part}"; {hint}',
      },
      openNumber: {
        id: 'nomor "{value}" belum lengkap: ada bagian yang kosong; beri nomor SOP lengkap sesuai tata naskah dinas instansi',
        en: 'nomor "{value}" is incomplete: a part is left blank; give the full SOP number of the agency\'s tata naskah dinas',
      },
      hintNomor: { id: 'beri nomor SOP sesuai tata naskah dinas instansi', en: "give the SOP number of the agency's tata naskah dinas" },
      hintNama: { id: 'tulis nama prosedur', en: 'write the name of the procedure' },
      hintPembuatan: { id: 'tulis tanggal selesainya penyusunan (YYYY-MM-DD)', en: 'write the date drafting finished (YYYY-MM-DD)' },
      hintPemerintah: { id: 'tulis nama pemerintah daerah, mis. Pemerintah Kabupaten Balangan', en: 'write the government, e.g. Pemerintah Kabupaten Balangan' },
      hintInstansi: { id: 'tulis nama perangkat daerah atau unit kerja', en: 'write the name of the agency or work unit' },
      hintJabatan: { id: 'tulis jabatan pejabat yang mengesahkan', en: 'write the position of the approving official' },
      hintPejabat: { id: 'tulis nama pejabat beserta gelarnya', en: "write the official's name with titles" },
      noNip: {
        id: 'Pejabat pengesah ({position}) tanpa NIP; tulis NIP 18 angka di disahkan_oleh.nip',
        en: 'The approver ({position}) has no NIP; write the 18-digit NIP under disahkan_oleh.nip',
      },
      hintJabatanTtd: { id: 'tulis jabatan penanda tangan', en: "write the signer's position" },
      noNipSignature: {
        id: 'Penanda tangan "{role}" ({position}) tanpa NIP; tulis NIP 18 angka di nip',
        en: 'The signer "{role}" ({position}) has no NIP; write the 18-digit NIP under nip',
      },
      noLegalBasis: {
        id: 'Dasar Hukum tidak menyebut satu peraturan pun ("{value}"); SOP AP wajib menyebut peraturan yang menjadi dasarnya',
        en: 'Dasar Hukum names no regulation ("{value}"); an SOP AP must cite the regulations it rests on',
      },
      sectionMissing: {
        id: 'Bagian {section} ({key}) tidak diisi; formulir SOP AP mencetak keenam bagian identitas — isi bagian ini, atau tulis "Tidak ada" bila memang tidak ada',
        en: 'Section {section} ({key}) is not filled in; the SOP AP form prints all six identity sections — fill it in, or write "Tidak ada" when there is none',
      },
      sectionBlank: {
        id: 'Bagian {section} kosong ("{value}"); isi bagian ini, atau tulis "Tidak ada" bila memang tidak ada',
        en: 'Section {section} is blank ("{value}"); fill it in, or write "Tidak ada" when there is none',
      },
      sectionPlaceholder: {
        id: 'Bagian {section} masih berisi teks contoh "{part}"; ganti dengan isi sebenarnya',
        en: 'Section {section} still holds template text "{part}"; replace it with the real content',
      },
      itemBlank: {
        id: 'Butir {index} bagian {section} kosong ("{value}"); hapus butir ini',
        en: 'Item {index} of {section} is blank ("{value}"); remove it',
      },
    },
    defaultOptions: { boleh_kosong: [] },
  },
  check(ctx) {
    const { sop } = ctx;
    const field = (path: NodePath, label: string, value: string | null, hint: string, number = false) => {
      if (value === null || isBlank(value)) {
        ctx.report({ messageId: 'blank', path, data: { field: label, value: value ?? '', hint: phrase(hint) } });
        return;
      }
      const part = placeholderIn(value);
      if (part) ctx.report({ messageId: 'placeholder', path, data: { field: label, part, hint: phrase(hint) } });
      else if (number && hasOpenPart(value)) ctx.report({ messageId: 'openNumber', path, data: { value } });
    };
    field(['nomor'], 'nomor', sop.number, 'hintNomor', true);
    field(['nama'], 'nama', sop.title, 'hintNama');
    if (isBlank(sop.dates.created)) field(['tanggal', 'pembuatan'], 'tanggal.pembuatan', sop.dates.created, 'hintPembuatan');
    field(['instansi', 'pemerintah'], 'instansi.pemerintah', sop.agency.government, 'hintPemerintah');
    field(['instansi', 'nama'], 'instansi.nama', sop.agency.name, 'hintInstansi');
    const approver = sop.approver;
    if (approver) {
      field(['disahkan_oleh', 'jabatan'], 'disahkan_oleh.jabatan', approver.position, 'hintJabatan');
      field(['disahkan_oleh', 'nama'], 'disahkan_oleh.nama', approver.name, 'hintPejabat');
      if (isBlank(approver.nip) && !isBlank(approver.position) && !WITHOUT_NIP.test(approver.position.trim())) {
        const path = approver.nip === null ? ['disahkan_oleh'] : ['disahkan_oleh', 'nip'];
        ctx.report({ messageId: 'noNip', path, severity: 'warn', atKey: approver.nip === null, data: { position: approver.position.trim() } });
      }
    }

    sop.signatures.forEach((sig, i) => {
      const at = (key: string) => [...sig.path, key];
      const label = (key: string) => `tanda_tangan[${i + 1}].${key}`;
      field(at('jabatan'), label('jabatan'), sig.position, 'hintJabatanTtd');
      field(at('nama'), label('nama'), sig.name, 'hintPejabat');
      if (isBlank(sig.nip) && !isBlank(sig.position) && !WITHOUT_NIP.test(sig.position)) {
        const path = sig.nip === null ? sig.path : at('nip');
        ctx.report({ messageId: 'noNipSignature', path, severity: 'warn', data: { role: sig.role, position: sig.position } });
      }
    });

    const filled = (items: readonly TextItem[]) => items.filter((i) => !isBlank(i.text));
    const shown = (items: readonly TextItem[]) => items.map((i) => i.text).join(', ');
    if (!filled(sop.legalBasis).length) {
      ctx.report({ messageId: 'noLegalBasis', path: ['dasar_hukum'], data: { value: shown(sop.legalBasis) } });
    }
    const allowed = new Set(Array.isArray(ctx.options.boleh_kosong) ? (ctx.options.boleh_kosong as unknown[]).map(String) : []);
    const sections: Record<Section, readonly TextItem[]> = {
      kualifikasi_pelaksana: sop.qualifications,
      keterkaitan: sop.related,
      peralatan_perlengkapan: sop.equipment,
      peringatan: sop.warnings,
      pencatatan_pendataan: sop.records,
    };
    for (const [key, section] of SECTIONS) {
      const items = sections[key];
      const real = filled(items);
      if (!real.length) {
        if (allowed.has(key)) continue;
        if (!items.length) ctx.report({ messageId: 'sectionMissing', path: [], severity: 'warn', data: { section, key } });
        else ctx.report({ messageId: 'sectionBlank', path: [key], severity: 'warn', data: { section, value: shown(items) } });
        continue;
      }
      for (const item of real) {
        const part = placeholderIn(item.text);
        if (part) ctx.report({ messageId: 'sectionPlaceholder', path: item.path, severity: 'warn', data: { section, part } });
      }
      if (real.length < items.length) {
        items.forEach((item, i) => {
          if (isBlank(item.text)) ctx.report({ messageId: 'itemBlank', path: item.path, severity: 'warn', data: { index: i + 1, section, value: item.text } });
        });
      }
    }
    // A blank or placeholder item inside a Dasar Hukum that has real ones.
    if (filled(sop.legalBasis).length < sop.legalBasis.length && filled(sop.legalBasis).length) {
      sop.legalBasis.forEach((item, i) => {
        if (isBlank(item.text)) ctx.report({ messageId: 'itemBlank', path: item.path, severity: 'warn', data: { index: i + 1, section: 'Dasar Hukum', value: item.text } });
      });
    }
  },
});
