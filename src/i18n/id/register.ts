/** Indonesian messages of the regulation register (schemas/regulasi.schema.json names them in `x-pesan`). */
export default {
  registerNotList: 'Berkas register harus berisi daftar "regulasi:" (lihat data/regulasi.yaml untuk contohnya)',
  registerNotMapping: 'Entri register ke-{n} harus berupa pemetaan (jenis, nomor, tahun, status, ...), ditemukan {found}',
  registerUnknownKey: 'Kunci "{key}" tidak dikenal di entri register{suggestion}',
  registerMissingKey: 'Entri register ke-{n} tidak punya kunci wajib "{key}"',
  registerWrongType: '"{key}" harus berupa {expected}, ditemukan {found}',
  registerUnknownJenis: 'Jenis peraturan "{jenis}" tidak dikenal{suggestion}; tulis jenis lengkap, mis. "Peraturan Pemerintah" atau "Peraturan Bupati Kebumen"',
  registerBadStatus: 'status harus salah satu dari {list}, ditemukan {found}{suggestion}',
  registerBadDate: 'diperiksa harus tanggal YYYY-MM-DD yang ada di kalender, ditemukan {found}',
  registerFileNotFound: 'Berkas register regulasi tidak ditemukan: {file}',
  registerExpectText: 'teks',
  registerExpectTextOrNull: 'teks atau null',
  registerExpectNomor: 'teks atau angka (tulis di antara tanda kutip, mis. "46")',
  registerExpectYear: 'tahun empat angka, mis. 2011',
  registerExpectBool: 'true atau false',
} as const;
