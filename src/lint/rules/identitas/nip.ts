import { defineRule, type RuleContext } from '../../rule.js';
import type { NodePath } from '../../../model/types.js';
import { isBlank } from '../../blank.js';
import { isCalendarDate } from '../../../util/dates.js';

const PATH: NodePath = ['disahkan_oleh', 'nip'];

/** Prints 18 digits the usual way: "19660313 198903 1 011". */
export function formatNip(digits: string): string {
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

export default defineRule({
  meta: {
    id: 'identitas/nip',
    severity: 'error',
    fixable: false,
    description: {
      id: 'NIP pejabat pengesah harus 18 angka dengan tanggal lahir, TMT dan kode jenis kelamin yang sah',
      en: "The approver's NIP must be 18 digits with a valid birth date, appointment date and sex digit",
    },
    messages: {
      length: {
        id: 'NIP "{value}" berisi {count} angka; NIP terdiri atas 18 angka (tanggal lahir, TMT CPNS, jenis kelamin, nomor urut), mis. "19660313 198903 1 011"',
        en: 'NIP "{value}" has {count} digits; a NIP has 18 (birth date, appointment, sex, sequence), e.g. "19660313 198903 1 011"',
      },
      birth: {
        id: 'NIP "{value}": 8 angka pertama ({part}) harus tanggal lahir YYYYMMDD yang sah',
        en: 'NIP "{value}": the first 8 digits ({part}) must be a valid birth date YYYYMMDD',
      },
      appointmentMonth: {
        id: 'NIP "{value}": angka ke-9 s.d. 14 ({part}) harus TMT CPNS YYYYMM dengan bulan 01-12',
        en: 'NIP "{value}": digits 9-14 ({part}) must be the appointment date YYYYMM with a month 01-12',
      },
      appointmentTooEarly: {
        id: 'NIP "{value}": TMT CPNS {appointment} sebelum pemegangnya berumur 18 tahun (lahir {birth})',
        en: 'NIP "{value}": appointment {appointment} is before the holder turned 18 (born {birth})',
      },
      sex: {
        id: 'NIP "{value}": angka ke-15 ({part}) adalah jenis kelamin dan harus 1 (pria) atau 2 (wanita)',
        en: 'NIP "{value}": digit 15 ({part}) is the sex and must be 1 (male) or 2 (female)',
      },
    },
  },
  check(ctx) {
    // The approver's NIP, then those of the extra signature boxes (tanda_tangan).
    checkNip(ctx, ctx.sop.approver?.nip ?? null, PATH);
    for (const sig of ctx.sop.signatures) checkNip(ctx, sig.nip, [...sig.path, 'nip']);
  },
});

function checkNip(ctx: RuleContext, nip: string | null, at: NodePath): void {
  // A blank NIP ("-") is identitas/kosong's.
  if (!nip || isBlank(nip)) return;
  const value = nip.trim();
  const digits = value.replace(/\s+/g, '');
  if (digits.length !== 18) {
    ctx.report({ messageId: 'length', path: at, data: { value, count: digits.length } });
    return;
  }
  const birth = digits.slice(0, 8);
  const birthDate = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`;
  const birthValid = isCalendarDate(birthDate) && Number(birth.slice(0, 4)) >= 1900;
  if (!birthValid) ctx.report({ messageId: 'birth', path: at, data: { value, part: birth } });
  const appointment = digits.slice(8, 14);
  const month = Number(appointment.slice(4, 6));
  if (month < 1 || month > 12) {
    ctx.report({ messageId: 'appointmentMonth', path: at, data: { value, part: appointment } });
  } else if (birthValid) {
    const adult = (Number(birth.slice(0, 4)) + 18) * 100 + Number(birth.slice(4, 6));
    if (Number(appointment) < adult) {
      ctx.report({
        messageId: 'appointmentTooEarly',
        path: at,
        data: { value, appointment: `${appointment.slice(0, 4)}-${appointment.slice(4)}`, birth: birthDate },
      });
    }
  }
  const sex = digits[14]!;
  if (sex !== '1' && sex !== '2') ctx.report({ messageId: 'sex', path: at, data: { value, part: sex } });
}
