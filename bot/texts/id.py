"""Teks untuk pengguna dalam Bahasa Indonesia (bahasa utama)."""

TEXTS: dict[str, str] = {
    "welcome": (
        "Halo{name}! Saya <b>Pandu</b>, asisten pengembangan kompetensi ASN.\n\n"
        "Saya bisa menjawab pertanyaan tentang aturan pengembangan kompetensi (20 JP, Latsar, "
        "PKP/PKA/PKN, SKP, coaching/mentoring, dan lainnya) dengan sumbernya, serta membantu "
        "mencari pelatihan di katalog."
    ),
    "privacy": (
        "<b>Pemberitahuan privasi</b> (UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi)\n"
        "• Yang disimpan: profil yang Anda isi (nama, NIP bila diisi, unit kerja, jabatan, "
        "status PNS/PPPK), pertanyaan yang Anda beri umpan balik beserta jawabannya, dan minat "
        "pelatihan.\n"
        "• Untuk apa: menjawab dan meningkatkan jawaban Pandu, serta rekap pengembangan "
        "kompetensi bagi pengelola SDM instansi Anda.\n"
        "• Siapa yang melihat: Anda sendiri, dan petugas SDM yang ditunjuk instansi (hanya rekap).\n"
        "• Menghapus: ketik /hapusdata kapan saja. Pemberitahuan ini bisa dibaca lagi dengan /privasi."
    ),
    "consent_question": "Apakah Anda setuju data di atas disimpan?",
    "btn_agree": "✅ Setuju",
    "btn_decline": "Tidak setuju",
    "consent_declined": (
        "Baik, tidak ada data pribadi yang disimpan. Anda tetap bisa bertanya apa saja tentang "
        "pengembangan kompetensi. Ketik /start bila berubah pikiran."
    ),
    "consent_given": "Terima kasih. Sekarang isi profil singkat (bisa dilewati dan diubah nanti dengan /profil).",
    "ask_name": "Siapa nama Anda?",
    "ask_nip": "NIP Anda? (18 digit, opsional)",
    "ask_unit": "Unit kerja Anda? (misalnya: Dinas Pendidikan Kabupaten Contoh)",
    "ask_jabatan": "Jabatan Anda? (misalnya: Analis Kebijakan Ahli Muda)",
    "ask_status": "Status kepegawaian Anda?",
    "btn_pns": "PNS",
    "btn_pppk": "PPPK",
    "btn_skip": "Lewati ⏭",
    "bad_nip": "NIP terdiri atas 18 digit angka. Ketik lagi, atau tekan Lewati.",
    "too_long": "Terlalu panjang (maksimal {max} karakter). Coba lagi lebih singkat.",
    "too_short": "Terlalu pendek. Coba lagi.",
    "need_text": "Saya menunggu jawaban berupa teks untuk pertanyaan di atas.",
    "profile_done": (
        "Profil tersimpan ✅\n{summary}\n\nSilakan langsung bertanya, misalnya: "
        "<i>berapa JP minimal per tahun?</i> atau ketik /pelatihan untuk melihat katalog."
    ),
    "profile_summary": "Nama: {name}\nNIP: {nip}\nUnit kerja: {unit}\nJabatan: {jabatan}\nStatus: {status}",
    "profile_show": "<b>Profil Anda</b>\n{summary}\n\nUbah profil?",
    "btn_edit_profile": "✏️ Ubah profil",
    "profile_need_consent": "Profil hanya disimpan dengan persetujuan Anda. Ketik /start untuk membaca pemberitahuan privasi.",
    "empty_value": "-",
    "help": (
        "<b>Yang bisa Pandu lakukan</b>\n"
        "• Ketik pertanyaan apa saja tentang pengembangan kompetensi ASN: jawaban disertai sumbernya.\n"
        "• /pelatihan — jelajahi katalog pelatihan (atau /pelatihan kata, misalnya /pelatihan data)\n"
        "• /jp — log belajar dan capaian JP tahun ini\n"
        "• /umpanbalik — nilai pelatihan yang Anda ikuti, atau Pandu\n"
        "• /profil — lihat atau ubah profil\n"
        "• /bahasa — ganti bahasa (Indonesia/English)\n"
        "• /privasi — pemberitahuan privasi\n"
        "• /hapusdata — hapus semua data Anda\n"
        "• /batal — batalkan proses yang sedang berjalan"
    ),
    "cancelled": "Dibatalkan. Ada lagi yang bisa saya bantu?",
    "nothing_to_cancel": "Tidak ada proses yang sedang berjalan.",
    "unknown_command": "Perintah {command} tidak saya kenal. Ketik /bantuan untuk daftar perintah, atau tulis pertanyaan Anda langsung.",
    "not_text": "Maaf, saya hanya memahami pesan teks dan tombol. Silakan ketik pertanyaan Anda, misalnya: <i>apa itu Latsar CPNS?</i>",
    "empty_question": "Silakan tulis pertanyaan Anda.",
    "question_too_long": "Pertanyaan terlalu panjang (maksimal {max} karakter). Coba ringkas pertanyaannya.",
    "not_confident_note": "⚠️ Saya tidak yakin jawabannya ada di dokumen saya.",
    "btn_up": "👍",
    "btn_down": "👎",
    "btn_browse": "📚 Lihat katalog pelatihan",
    "thanks_feedback": "Terima kasih atas umpan baliknya!",
    "ask_reason": "Maaf jawabannya kurang membantu. Apa yang kurang? (opsional; ketik alasannya, atau tekan Lewati)",
    "reason_saved": "Terima kasih, masukan Anda kami catat untuk perbaikan.",
    "stale_button": "Tombol ini sudah tidak berlaku. Silakan ulangi dari pesan terbaru.",
    "error": "Maaf, terjadi kesalahan di sisi Pandu. Pesan Anda tidak hilang; silakan coba lagi sebentar lagi.",
    "working": "Sedang mencari…",
    "group_private_only": "Untuk mengisi profil atau data pribadi, silakan chat saya secara pribadi.",
    "language_choose": "Pilih bahasa / Choose a language:",
    "language_set": "Bahasa diatur ke Bahasa Indonesia.",
    "delete_confirm": "Hapus <b>semua</b> data Anda di Pandu (profil, umpan balik, minat pelatihan)? Tindakan ini tidak bisa dibatalkan.",
    "btn_delete_yes": "🗑 Ya, hapus",
    "btn_delete_no": "Batal",
    "delete_done": "Semua data Anda telah dihapus. Terima kasih telah menggunakan Pandu.",
    "delete_kept": "Data Anda tidak dihapus.",
    "catalog_title": "<b>Katalog pelatihan</b> — pilih cara menelusuri:",
    "catalog_sample_note": "<i>Catatan: katalog ini data contoh; jadwal resmi ditetapkan instansi/penyelenggara.</i>",
    "btn_upcoming": "🗓 Terdekat",
    "btn_by_type": "🎯 Jenis kompetensi",
    "btn_by_method": "💻 Metode",
    "choose_type": "Pilih jenis kompetensi:",
    "choose_method": "Pilih metode:",
    "catalog_page": "<b>{heading}</b> (halaman {page}/{pages})\nPilih pelatihan untuk melihat rinciannya:",
    "catalog_empty": "Tidak ada pelatihan yang cocok.",
    "catalog_search_empty": "Tidak ada pelatihan di katalog yang cocok dengan “{query}”.",
    "heading_upcoming": "Pelatihan terdekat",
    "heading_type": "Kompetensi {value}",
    "heading_method": "Metode {value}",
    "heading_search": "Hasil pencarian “{value}”",
    "btn_prev": "◀️ Sebelumnya",
    "btn_next": "Berikutnya ▶️",
    "btn_back": "↩️ Kembali",
    "btn_interest": "⭐ Saya berminat",
    "interest_saved": "Minat Anda pada {name} tercatat ⭐",
    "interest_again": "Minat Anda pada pelatihan ini sudah tercatat sebelumnya.",
    "interest_need_consent": "Untuk mencatat minat, Anda perlu menyetujui pemberitahuan privasi dulu (/start).",
    "training_gone": "Pelatihan ini sudah tidak ada di katalog.",
    "jp_need_consent": "Log belajar menyimpan data pribadi, jadi perlu persetujuan Anda dulu. Ketik /start untuk membaca pemberitahuan privasi.",
    "jp_title": "<b>Log belajar {year}</b>: {total} dari target minimal {target} JP",
    "jp_pppk_note": "Catatan: bagi PPPK, pengembangan kompetensi paling banyak {max} JP per tahun masa kontrak (periksa kebijakan instansi).",
    "jp_entry": "• {date} — {title} ({form}): {jp} JP",
    "jp_empty": "Belum ada kegiatan tercatat tahun ini.",
    "jp_suggest": "Pelatihan terdekat di katalog yang bisa menambah JP Anda:",
    "btn_jp_add": "➕ Catat kegiatan belajar",
    "jp_ask_form": "Bentuk kegiatannya apa? Pilih salah satu:",
    "jp_ask_title": "Judul kegiatannya? (misalnya: Workshop Analisis Kebijakan)",
    "jp_ask_date": 'Tanggal kegiatannya? (misalnya 12 Maret 2027, 12/03/2027, atau "hari ini")',
    "jp_ask_amount": 'Berapa JP-nya? Tulis JP langsung (misalnya "4 JP") atau lamanya (misalnya "2 hari", "90 menit", "3 sesi") dan Pandu menghitungnya.',
    "jp_ask_role": "Peran Anda dalam proyek ini?",
    "jp_ask_outcome": "Hasil atau keluaran proyeknya?",
    "jp_bad_date": "Tanggal tidak dikenali atau di masa depan. Contoh: 12 Maret 2027 atau 12/03/2027.",
    "jp_bad_amount": 'Jumlahnya tidak bisa dihitung untuk bentuk kegiatan ini. Tulis JP langsung, misalnya "4 JP".',
    "jp_confirm": "Periksa dulu:\nBentuk: {form}\nJudul: {title}\nTanggal: {date}\nJP: {jp}\n\nSimpan?",
    "btn_save": "💾 Simpan",
    "btn_cancel": "Batal",
    "eval_need_consent": "Umpan balik disimpan bersama profil Anda, jadi perlu persetujuan dulu. Ketik /start.",
    "eval_choose": "Pelatihan apa yang ingin Anda nilai? Pilih di bawah, atau ketik nama pelatihannya.",
    "eval_ask": "<b>{name}</b>\nNilai untuk {aspect} (1 = sangat kurang, 5 = sangat baik):",
    "eval_materi": "materi",
    "eval_pengajar": "pengajar/fasilitator",
    "eval_metode": "metode pembelajaran",
    "eval_sarana": "sarana dan prasarana",
    "eval_jadwal": "jadwal dan waktu",
    "eval_relevansi": "relevansi dengan pekerjaan Anda",
    "eval_pandu": "kegunaan Pandu bagi pekerjaan Anda",
    "eval_bad_score": "Pilih nilai 1 sampai 5 dengan tombol (atau ketik angka 1-5).",
    "eval_comment": "Ada komentar atau saran? (opsional; ketik, atau tekan Lewati)",
    "eval_exists": "Anda sudah pernah menilai ini. Ganti penilaian lama dengan yang baru?",
    "btn_eval_replace": "🔁 Ganti",
    "eval_kept": "Penilaian lama tetap dipakai.",
    "eval_saved": "Terima kasih! Penilaian untuk {name} tersimpan ✅",
    "jp_saved": "Tercatat ✅ {jp} JP. Jangan lupa unggah sertifikatnya ke MyASN (Pandu tidak terhubung dengan MyASN/SIASN).",
}
