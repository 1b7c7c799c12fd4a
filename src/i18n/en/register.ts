import type idRegister from '../id/register.js';

/** English messages of the regulation register. */
export default {
  registerNotList: 'A register file must hold a "regulasi:" list (see data/regulasi.yaml for an example)',
  registerNotMapping: 'Register entry {n} must be a mapping (jenis, nomor, tahun, status, ...), found {found}',
  registerUnknownKey: 'Unknown key "{key}" in a register entry{suggestion}',
  registerMissingKey: 'Register entry {n} lacks the required key "{key}"',
  registerNeedsEvidence:
    'Register entry {n} is revoked, replaced or amended and needs "{key}": a status is traced to the text that revokes or amends it (oleh, pasal, berlaku_sejak, an official sumber, diperiksa)',
  registerNeedsNote: 'Register entry {n} is perlu-diperiksa and needs "{key}": a note on why its status needs a check, and the date it was checked',
  registerWrongType: '"{key}" must be {expected}, found {found}',
  registerUnknownJenis: 'Unknown regulation type "{jenis}"{suggestion}; write the full type, e.g. "Peraturan Pemerintah" or "Peraturan Bupati Kebumen"',
  registerBadStatus: 'status must be one of {list}, found {found}{suggestion}',
  registerBadDate: '{key} must be a calendar date YYYY-MM-DD, found {found}',
  registerBadField: 'bidang is written in lower case with "-", e.g. "keuangan-daerah", found {found}',
  registerBadSource: 'sumber must be a web address (https://...), found {found}',
  registerUnofficialSource:
    'sumber must be the official record of the text (peraturan.go.id, peraturan.bpk.go.id, jdihn.go.id or an agency JDIH, jdih.*.go.id), not {host}',
  registerSourceNamesOther: 'sumber points at another text ({found}); it should be the record of {expected}',
  registerEmptyList: '"{key}" must not be an empty list',
  registerEmptyText: '"{key}" must not be empty',
  registerRefUnreadable: '"{ref}" is not a regulation citation sop can read; write "<Jenis> Nomor <n> Tahun <yyyy>", e.g. "Peraturan Pemerintah Nomor 30 Tahun 2019"',
  registerRefMissing: '{ref} is not in the register; every revoking or amending regulation needs an entry of its own, so that its chain ends at a regulation in force',
  registerRefLowerRank:
    '{ref} ({refRank}) cannot {verb} {entry} ({entryRank}): under UU 12/2011 a revoking or amending text must rank equal or higher; report it as perlu-diperiksa',
  registerVerbRevoke: 'revoke',
  registerVerbAmend: 'amend',
  registerRefSelf: 'An entry cannot be revoked or amended by itself',
  registerDateBeforeEntry: 'berlaku_sejak {date} is earlier than the regulation\'s year ({year})',
  registerChainLoop: 'The revocation chain {chain} loops back; every chain must end at a regulation in force',
  registerFileNotFound: 'Regulation register file not found: {file}',
  registerExpectText: 'text',
  registerExpectNomor: 'text or a number (quote it, e.g. "46")',
  registerExpectYear: 'a four-digit year, e.g. 2011',
  registerExpectField: 'lower-case text, e.g. "kepegawaian"',
  registerExpectUrl: 'an official web address, e.g. "https://peraturan.go.id/id/pp-no-30-tahun-2019"',
  registerExpectRefs: 'a regulation citation or a list of them',
} satisfies Record<keyof typeof idRegister, string>;
