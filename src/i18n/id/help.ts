/**
 * Indonesian texts of `--help` (src/cli/program.ts, src/cli/help.ts): the descriptions of the
 * commands, options and arguments, the words in flags (`--out <folder>`), commander's own titles and
 * errors, and the texts after the help (examples, exit codes, documentation).
 */
export default {
  // commander's own words: section titles, usage, defaults, the help and version options
  helpTitleUsage: 'Penggunaan:',
  helpTitleArguments: 'Argumen:',
  helpTitleOptions: 'Opsi:',
  helpTitleGlobalOptions: 'Opsi global:',
  helpTitleCommands: 'Perintah:',
  helpUsageOptions: '[opsi]',
  helpUsageCommand: '[perintah]',
  helpChoices: 'pilihan: {list}',
  helpDefault: 'bawaan: {value}',
  helpOptHelp: 'tampilkan bantuan perintah ini',
  helpCmdHelp: 'tampilkan bantuan sebuah perintah',
  helpOptVersion: 'tampilkan nomor versi',
  helpAfterError: '(lihat {command} --help)',

  // commander's errors, worded as sop's own ("sop: ...")
  helpErrorUnknownOption: "opsi '{flag}' tidak dikenal{suggestion}",
  helpErrorUnknownCommand: "perintah '{name}' tidak dikenal{suggestion}",
  helpErrorDidYouMean: '; maksud Anda {value}?',
  helpErrorDidYouMeanOneOf: '; maksud Anda salah satu dari {list}?',
  helpErrorMissingArgument: "argumen wajib '{name}' tidak diberikan",
  helpErrorOptionMissingArgument: "opsi '{flags}' memerlukan nilai",
  helpErrorExcessArguments: "terlalu banyak argumen untuk '{command}': diharapkan {expected}, diberikan {received}",
  helpErrorInvalidOption: "opsi '{flags}': nilai '{value}' tidak valid. {detail}",
  helpErrorChoices: 'Pilihannya: {list}.',
  helpErrorNotPort: '"{value}" bukan nomor port (0–65535).',
  helpErrorNotCount: '"{value}" bukan bilangan bulat.',

  // the words in flags and arguments: --out <folder>, [berkas...]
  helpValueFile: 'berkas',
  helpValueFiles: 'berkas',
  helpValueDir: 'folder',
  helpValueFormat: 'format',
  helpValueFormats: 'format',
  helpValuePaper: 'kertas',
  helpValuePath: 'jalur',
  helpValueSeconds: 'detik',
  helpValueHost: 'alamat',
  helpValueTitle: 'judul',
  helpValueNumber: 'nomor',
  helpValueActors: 'jabatan',
  helpValueName: 'nama',
  helpValueCode: 'kode',
  helpValueSystems: 'sistem',
  helpValueLang: 'bahasa',
  helpValueCommand: 'perintah',

  // sop and its global options
  helpProgram:
    'Periksa dan cetak SOP AP (Standar Operasional Prosedur Administrasi Pemerintahan; PermenPAN-RB 35/2012, Permendagri 52/2011) yang ditulis sebagai berkas YAML.',
  helpOptLang: 'bahasa pesan dan bantuan (bawaan: `bahasa` di sop.config.yaml, lalu SOP_LANG, lalu id)',
  helpOptNoColor: 'tanpa warna di keluaran (juga NO_COLOR=1)',
  helpOptVerbose: 'lebih rinci, termasuk jejak (stack trace) galat internal',
  helpOptConfig: 'pakai sop.config.yaml ini, bukan yang terdekat',
  helpProgramAfter:
    '\nContoh:\n' +
    '  sop init                  # menyiapkan proyek: sop.config.yaml, sops/ dengan contoh SOP, berkas CI\n' +
    '  sop new                   # memulai SOP baru (di terminal: menanyakan nama, nomor, pelaksana)\n' +
    '  sop lint                  # memeriksa semua SOP proyek\n' +
    '  sop render --format pdf   # mencetak formulir SOP sebagai PDF ke folder keluaran (dist/)\n' +
    '  sop help lint             # bantuan satu perintah (sama dengan: sop lint --help)\n' +
    '\nKode keluar: 0 bersih, 1 ada temuan atau keluaran yang gagal, 2 salah pemakaian atau galat fatal.\n' +
    'Bahasa: --lang en, `bahasa: en` di sop.config.yaml, atau SOP_LANG=en (juga untuk bantuan ini).\n' +
    'Dokumentasi: docs/cli.md, docs/format.md, docs/rules/',

  // options shared by several commands
  helpOptFormat: 'format laporan',
  helpOptTemplate: 'folder berisi berkas yang menggantikan templat bawaan',
  helpOptYes: 'jangan bertanya; pakai nilai bawaan untuk yang tidak diberikan',
  helpArgFilesAsLint: 'berkas, folder atau glob (seperti pada lint)',

  // sop lint
  helpLint: 'memeriksa berkas SOP: YAML, skema, dan aturan SOP AP',
  helpLintFiles: 'berkas, folder (semua *.sop.yaml di dalamnya) atau glob; bawaan: `sumber` di sop.config.yaml, atau sops/**/*.sop.yaml',
  helpLintOutputFile: 'tulis laporan ke berkas, bukan ke stdout',
  helpLintMaxWarnings: 'keluar dengan kode 1 bila peringatan lebih dari n',
  helpLintQuiet: 'laporkan error saja',
  helpLintFix: 'terapkan perbaikan yang aman langsung di berkas',
  helpLintFixDryRun: 'tampilkan perbaikan sebagai diff tanpa menulis berkas',
  helpLintShard: 'periksa dan laporkan hanya bagian ke-k dari n bagian berkas (matriks CI); aturan lintas berkas tetap melihat semua berkas',
  helpLintAfter:
    '\nContoh:\n' +
    '  sop lint                         # semua SOP (`sumber` di sop.config.yaml, atau sops/**/*.sop.yaml)\n' +
    '  sop lint sops/keuangan           # SOP di satu folder\n' +
    '  sop lint --fix                   # memperbaiki yang aman: penulisan dasar hukum, ejaan jenis, urutan\n' +
    '  sop lint --fix-dry-run           # melihat perbaikannya dulu sebagai diff\n' +
    '  sop lint -f sarif -o sop.sarif   # laporan SARIF untuk GitHub code scanning\n' +
    '  sop lint --max-warnings 0        # gagal juga bila ada peringatan\n' +
    '\nKode keluar: 0 bersih, 1 ada error atau peringatan melebihi --max-warnings, 2 salah pemakaian atau galat fatal.\n' +
    'Dokumentasi: docs/cli.md (sop lint), docs/rules/',

  // sop render
  helpRender: 'mencetak berkas SOP menjadi HTML mandiri dan/atau PDF',
  helpRenderFormat: 'html, pdf atau html,pdf',
  helpRenderOut: 'folder keluaran (bawaan: `keluaran` di sop.config.yaml, atau dist)',
  helpRenderPaper: 'ukuran kertas (bawaan: `kertas` di sop.config.yaml, atau a4)',
  helpRenderChrome: 'program Chromium/Chrome untuk PDF',
  helpRenderConcurrency: 'jumlah halaman yang dicetak bersamaan, {min}–{max} (bawaan: jumlah CPU)',
  helpRenderTimeout: 'batas waktu PDF per dokumen, {min}–{max} detik (bawaan: 60 detik + 1 detik per 10 kegiatan)',
  helpRenderBook: 'juga susun semua SOP menjadi satu PDF "Buku SOP"',
  helpRenderShard: 'render hanya bagian ke-k dari n bagian berkas (matriks CI); susun bukunya sesudahnya dengan `sop book`',
  helpRenderForce: 'render semuanya, abaikan manifest masukan yang tidak berubah',
  helpRenderWatch: 'render ulang setiap kali masukan berubah',
  helpRenderAfter:
    '\nContoh:\n' +
    '  sop render                                              # HTML semua SOP ke folder keluaran (dist/)\n' +
    '  sop render --format html,pdf --book dist/buku-sop.pdf   # HTML dan PDF, ditambah Buku SOP\n' +
    '  sop render sops/surat-masuk.sop.yaml -f pdf --paper f4  # satu SOP sebagai PDF di kertas F4\n' +
    '  sop render --watch                                      # render ulang setiap kali berkas disimpan\n' +
    '\nKode keluar: 0 semua keluaran ditulis, 1 ada berkas yang gagal (yang lain tetap ditulis), 2 salah pemakaian atau galat fatal.\n' +
    'Dokumentasi: docs/cli.md (sop render), docs/pdf.md, docs/templates.md',

  // sop book
  helpBook: 'menyusun PDF "Buku SOP" dari PDF SOP yang sudah dirender ke sebuah folder (mis. oleh job matriks --shard)',
  helpBookDir: 'folder berisi berkas <slug>.pdf hasil render',
  helpBookOutput: 'berkas buku yang ditulis (bawaan: <folder>/buku-sop.pdf)',
  helpBookPaper: 'ukuran kertas sampul dan Daftar Isi (bawaan: `kertas` di sop.config.yaml, atau a4)',
  helpBookChrome: 'program Chromium/Chrome yang mencetak sampul dan Daftar Isi',
  helpBookTimeout: 'batas waktu mencetak sampul dan Daftar Isi, {min}–{max} detik (bawaan: 60 detik)',
  helpBookAfter:
    '\nSOP-nya adalah `sumber` di sop.config.yaml (atau sops/**/*.sop.yaml), dengan urutan dan nama yang dipakai sop render;\n' +
    'PDF setiap SOP adalah <folder>/<slug>.pdf. SOP yang PDF-nya tidak ada atau sudah usang disebutkan dan tidak dimasukkan.\n' +
    '\nContoh:\n' +
    '  sop book dist                                    # dist/buku-sop.pdf dari dist/<slug>.pdf\n' +
    '  sop book dist -o dist/buku-sop-2026.pdf --paper f4\n' +
    '\nKode keluar: 0 semua SOP masuk buku, 1 ada SOP yang tidak dimasukkan (buku SOP lainnya tetap ditulis), 2 salah pemakaian atau galat fatal.\n' +
    'Dokumentasi: docs/cli.md (sop book), docs/pdf.md',

  // sop preview
  helpPreview: 'menampilkan formulir langsung di browser selama menyunting, dengan temuan lint',
  helpPreviewPort: 'port (yang bebas berikutnya bila sudah dipakai; 0: port bebas mana saja)',
  helpPreviewHost: 'alamat tempat server mendengarkan',
  helpPreviewOpen: 'buka daftar SOP di browser desktop',
  helpPreviewChrome: 'program Chromium/Chrome untuk halaman /pdf/',
  helpPreviewAfter:
    '\nContoh:\n' +
    '  sop preview --open          # membuka pratinjau di browser\n' +
    '  sop preview sops/keuangan   # hanya SOP di satu folder\n' +
    '\nCtrl-C menghentikan server (kode keluar 0).\n' +
    'Dokumentasi: docs/cli.md (sop preview)',

  // sop new
  helpNew: 'memulai berkas SOP baru dari kerangka (menanyakan nama, nomor dan pelaksana)',
  helpNewFile: 'berkas yang dibuat, mis. sops/pelayanan-surat.sop.yaml (bawaan: <slug --nama>.sop.yaml di folder `sumber`)',
  helpNewNama: 'nama SOP',
  helpNewNomor: 'nomor SOP (bawaan: dari `nomor_pola` di sop.config.yaml)',
  helpNewPelaksana: 'pelaksana (jabatan), dipisah koma',
  helpNewAfter:
    '\nContoh:\n' +
    '  sop new   # di terminal: menanyakan nama, nomor (usulan dari nomor_pola) dan pelaksana\n' +
    '  sop new --nama "Pelayanan Surat Masuk" --pelaksana "Pengadministrasi Perkantoran,Kepala Subbagian Umum" -y\n' +
    '  sop new sops/umum/surat-keluar.sop.yaml   # berkas dengan nama sendiri; nama, nomor dan pelaksana ditanyakan\n' +
    '\nBerkas yang sudah ada tidak pernah ditimpa (kode keluar 2).\n' +
    'Dokumentasi: docs/cli.md (sop new), docs/format.md',

  // sop import
  helpImport: 'mengimpor SOP yang sudah ada dari Word (.docx) dan Excel (.xlsx), lengkap dengan bagan alirnya',
  helpImportFiles: 'berkas .docx/.xlsx, folder (semua berkas itu di dalamnya) atau glob',
  helpImportOut: 'tempat menulis <slug>.sop.yaml (bawaan: folder `sumber` di sop.config.yaml, atau sops/)',
  helpImportForce: 'timpa berkas yang sudah ada',
  helpImportDryRun: 'cetak YAML-nya, jangan tulis berkas',
  helpImportAfter:
    '\nContoh:\n' +
    '  sop import arsip/*.docx                          # setiap dokumen menjadi <slug>.sop.yaml\n' +
    '  sop import arsip --dry-run                       # melihat YAML-nya dulu, tanpa menulis\n' +
    '  sop import "SOP Surat Masuk.xlsx" --out sops/umum\n' +
    '\nNilai yang ditebak diberi komentar `# periksa:`; periksa dan lengkapi, lalu jalankan sop lint.\n' +
    'Kode keluar: 0 semua berkas diimpor tanpa tebakan, 1 ada berkas yang diimpor dengan tebakan atau gagal, 2 salah pemakaian.\n' +
    'Dokumentasi: docs/import.md',

  // sop init
  helpInit:
    'menyiapkan proyek, atau melengkapi yang belum ada: sop.config.yaml, sops/ dengan contoh SOP, pengaturan editor, berkas CI, hook pre-commit',
  helpInitDir: 'folder proyek',
  helpInitPemerintah: 'pemerintah daerah, mis. "Pemerintah Kabupaten Balangan"',
  helpInitInstansi: 'instansi (perangkat daerah), mis. "Dinas Perpustakaan dan Kearsipan"',
  helpInitKode: 'kode instansi pada nomor SOP (bawaan: huruf awal --instansi, mis. DPK)',
  helpInitCi: 'berkas CI yang ditulis: github, gitlab atau github,gitlab (bawaan: keduanya)',
  helpInitNoCi: 'jangan tulis berkas CI',
  helpInitForce: 'tulis ulang berkas buatan sop init walaupun sudah ada',
  helpInitUpdate: 'hanya perbarui salinan skema proyek (.sop/schemas) ke versi ini',
  helpInitAfter:
    '\nBerkas yang sudah ada dibiarkan apa adanya (dilaporkan "Sudah ada") kecuali dengan --force.\n' +
    '\nContoh:\n' +
    '  sop init --pemerintah "Pemerintah Kabupaten Balangan" --instansi "Dinas Perpustakaan dan Kearsipan"\n' +
    '  sop init proyek-sop --pemerintah "Kota Batam" --instansi "Dinas Kesehatan" --kode DINKES --ci gitlab\n' +
    '  sop init            # di proyek yang sudah ada: hanya menambah yang belum ada\n' +
    '  sop init --update   # sesudah memperbarui sop: skema versi ini ke .sop/schemas\n' +
    '\nDokumentasi: docs/cli.md (sop init)',
} as const;
