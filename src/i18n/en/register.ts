import type idRegister from '../id/register.js';

/** English messages of the regulation register. */
export default {
  registerNotList: 'A register file must hold a "regulasi:" list (see data/regulasi.yaml for an example)',
  registerNotMapping: 'Register entry {n} must be a mapping (jenis, nomor, tahun, status, ...), found {found}',
  registerUnknownKey: 'Unknown key "{key}" in a register entry{suggestion}',
  registerMissingKey: 'Register entry {n} lacks the required key "{key}"',
  registerWrongType: '"{key}" must be {expected}, found {found}',
  registerUnknownJenis: 'Unknown regulation type "{jenis}"{suggestion}; write the full type, e.g. "Peraturan Pemerintah" or "Peraturan Bupati Kebumen"',
  registerBadStatus: 'status must be one of {list}, found {found}{suggestion}',
  registerBadDate: 'diperiksa must be a calendar date YYYY-MM-DD, found {found}',
  registerFileNotFound: 'Regulation register file not found: {file}',
  registerExpectText: 'text',
  registerExpectTextOrNull: 'text or null',
  registerExpectNomor: 'text or a number (quote it, e.g. "46")',
  registerExpectYear: 'a four-digit year, e.g. 2011',
  registerExpectBool: 'true or false',
} satisfies Record<keyof typeof idRegister, string>;
