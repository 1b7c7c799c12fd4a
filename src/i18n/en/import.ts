import type idImport from '../id/import.js';

/** English messages of `sop import`. */
export default {
  importNeedFiles: 'name the .docx or .xlsx files to import, e.g. sop import archive/*.docx',
  importNoDocuments: 'no .docx/.xlsx files in {args}',
  importMissing: '{file}: no such file',
  importInternal: '{file}: internal error while importing ({detail}); run again with --verbose and report it',
  importTooLarge: '{file}: larger than {limit} MB; not read',
  importLegacy: '{file}: an old Word/Excel format (.doc/.xls 97–2003); open it and save it as .docx or .xlsx, then import it again',
  importEncrypted: '{file}: password-protected; save a copy without a password, then import it again',
  importNotOffice: '{file}: not a Word (.docx) or Excel (.xlsx) file',
  importCorrupt: '{file}: damaged or incomplete file ({detail})',
  importBomb: '{file}: part "{entry}" inflates past the {limit} MB limit; not read',
  importUnsupported: '{file}: the {extension} format is not supported yet; save it as .docx or .xlsx',
  importBadXml: '{file}: unreadable XML inside the file ({detail})',
  importNoTable: '{file}: no SOP table found (column headings No, Kegiatan/Uraian Prosedur, Pelaksana, Mutu Baku)',
  importExists: '{file} already exists; use --force to overwrite it',
  importFailedLine: 'failed  {message}',
  importFound: '{source} → {output}: {steps} steps, {actors} actors, {decisions} decisions; {guesses} guesses',
  importFoundDry: '{source} (dry run, not written: {output}): {steps} steps, {actors} actors, {decisions} decisions; {guesses} guesses',
  importGuess: 'check  {path}: {note}',
  importLeftovers: '{count} texts with no field kept as comments at the end of the file',
  importLintHeading: 'sop lint findings in the imported files:',
  importSummary: 'Imported {ok} of {total} files ({guessed} with guesses, {failed} failed).',
  importSummaryDry: 'Dry run: {ok} of {total} files would be imported ({guessed} with guesses, {failed} failed); nothing written.',
} satisfies Record<keyof typeof idImport, string>;
