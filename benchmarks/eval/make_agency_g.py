#!/usr/bin/env python3
"""Generate the documents of the fictional "agency G" evaluation set.

Agency G: Dinas Pendidikan dan Kebudayaan Kabupaten Lembah Sari, a (fictional) district
education office in the (fictional) Provinsi Gunung Rinjani Barat (WITA time zone), with its
teachers (guru PNS and guru PPPK), school principals, pengawas sekolah and office staff.
Everything is fictional ("fiktif, untuk evaluasi").

Writes every document into benchmarks/eval/agency_g/:
  perkadis-pengembangan-kompetensi-2026.pdf  Peraturan Kepala Dinas No. 7/2026 (long, BAB/Pasal)
  se-bantuan-studi-lanjut-2026.pdf           Surat Edaran 2026 (revokes the 2024 one)
  se-bantuan-studi-lanjut-2024.txt           Surat Edaran 2024 (old, revoked)
  kep-sagara-2026.docx                       Keputusan on the SAGARA mentoring programme
  rekap-jp-kecamatan-2025.csv                ';'-delimited, decimal commas
  kuota-pelatihan-gugus-2026.csv             quota per training per gugus
  fasilitator-sgs-2026.csv                   list of SGS facilitators
  portal-rinai.html                          portal page of the learning platform
  panduan-sgs-2026.md                        Markdown with front matter (id: panduan-sgs-2026)
  profil-rumah-belajar-guru.md               Markdown with front matter (id: profil-rbg)
  klaim-jp-rinai.md                          Markdown without front matter
  notulen-rakor-korwil-2026.md               Markdown without front matter
  pengumuman-jadwal-pelatihan-juli-2026.txt  announcement with a schedule
  faq-pengembangan-kompetensi.txt            FAQ
  panggilan-ppks-tingkat-ii-angkatan-iii.txt call letter for a training batch

Usage:
  python make_agency_g.py              # write all documents
  python make_agency_g.py --text       # print the plain source text of the PDF/DOCX documents
                                       # (table cells joined with " | ")
  python make_agency_g.py --text NAME  # only the binary document whose file stem is NAME
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agency_g")

FIKTIF = "Dokumen fiktif, untuk evaluasi."
FIXED_DATE = datetime.datetime(2026, 2, 20, 9, 0, tzinfo=datetime.UTC)


# --------------------------------------------------------------------------- building blocks
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = [
    "",
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def tgl(y, m, d, day=True):
    """'Senin, 2 Februari 2026' (day name computed, never typed by hand)."""
    s = f"{d} {BULAN[m]} {y}"
    return f"{HARI[datetime.date(y, m, d).weekday()]}, {s}" if day else s


def rp(n):
    return f"{n:,.0f}".replace(",", ".")


def dec(x):
    return (f"{x:.1f}").replace(".", ",")


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def L(*items):
    return ("list", list(items))


def T(caption, header, rows, widths, header2=None):
    """header2: optional top header row as a list of (label, span); a label with span 1
    covers both header rows of its column (the column's own header is then the same label)."""
    return ("table", {"caption": caption, "header": header, "rows": rows,
                      "widths": widths, "header2": header2})


def BR():
    return ("pagebreak", None)


def C(t):  # centred bold line (cover, titles)
    return ("center", t)


# =========================================================================== PERATURAN (long PDF)
KADIS = "Dr. Hj. Sitti Rohmah Lestari, M.Pd."
KABID = "Ahmad Fauzan Rizki, S.Pd., M.M."
KASI = "Ni Luh Putu Ayu Sartika, S.Pd., M.Pd."

KATALOG = [
    ["1", "KT-01", "Orientasi Guru PPPK Baru", "Guru PPPK tahun pertama masa perjanjian kerja",
     "Klasikal", "30", "40", "1.250.000"],
    ["2", "KT-02", "Pembelajaran Berdiferensiasi", "Guru SD dan SMP", "Kombinasi", "24", "32",
     "950.000"],
    ["3", "KT-03", "Pembelajaran Berdiferensiasi untuk Kelas Rangkap",
     "Guru SD pada sekolah kecil dan terpencil", "Klasikal", "20", "24", "1.100.000"],
    ["4", "KT-04", "Asesmen Formatif di Kelas", "Guru SD dan SMP", "Daring sinkron", "16", "60",
     "300.000"],
    ["5", "KT-05", "Asesmen Formatif Berbasis Digital",
     "Guru SD dan SMP yang telah lulus KT-04", "Kombinasi", "20", "36", "650.000"],
    ["6", "KT-06", "Literasi dan Numerasi Kelas Awal",
     "Guru kelas I sampai dengan kelas III SD", "Klasikal", "24", "30", "1.050.000"],
    ["7", "KT-07", "Literasi dan Numerasi Kelas Tinggi",
     "Guru kelas IV sampai dengan kelas VI SD", "Klasikal", "18", "30", "900.000"],
    ["8", "KT-08", "Penyusunan Modul Ajar", "Guru SD dan SMP", "Daring mandiri (RINAI)", "12",
     "tidak dibatasi", "0 (tanpa biaya)"],
    ["9", "KT-09", "Penyusunan Modul Ajar Muatan Lokal Budaya Lembah Sari",
     "Guru SD dan SMP pengampu muatan lokal", "Kombinasi", "14", "28", "700.000"],
    ["10", "KT-10", "Pendidikan Inklusif dan Layanan Peserta Didik Berkebutuhan Khusus",
     "Guru SD dan SMP, diutamakan dari sekolah penyelenggara pendidikan inklusif", "Klasikal",
     "24", "25", "1.200.000"],
    ["11", "KT-11", "Konseling Sebaya dan Pencegahan Perundungan", "Guru BK dan wali kelas SMP",
     "Klasikal", "16", "20", "800.000"],
    ["12", "KT-12", "Keselamatan Sekolah dan Pengurangan Risiko Bencana", "Seluruh PTK",
     "Klasikal", "12", "40", "450.000"],
    ["13", "KT-13", "Pemanfaatan Kecerdasan Artifisial dalam Pembelajaran", "Guru SMP",
     "Daring sinkron", "16", "50", "350.000"],
    ["14", "KT-14", "Pengelolaan Dana BOS dan Pelaporan Keuangan Sekolah",
     "Kepala sekolah dan bendahara BOS", "Klasikal", "20", "35", "1.150.000"],
    ["15", "KT-15", "Administrasi Kepegawaian dan Persuratan Sekolah", "TAS", "Kombinasi", "12",
     "30", "500.000"],
    ["16", "KT-16", "Pelayanan Publik dan Tata Naskah Dinas Elektronik",
     "Staf kantor Dinas dan UPTD", "Klasikal", "12", "25", "400.000"],
    ["17", "KT-17", "Supervisi Akademik Berbasis Coaching",
     "Kepala sekolah dan pengawas sekolah", "Klasikal", "24", "24", "1.300.000"],
    ["18", "KT-18", "PPKS Tingkat I", "Kepala sekolah dengan masa jabatan kurang dari 2 tahun",
     "Kombinasi", "40", "30", "3.200.000"],
    ["19", "KT-19", "PPKS Tingkat II",
     "Kepala sekolah dengan masa jabatan 2 sampai dengan 4 tahun", "Klasikal berasrama", "32",
     "30", "2.400.000"],
    ["20", "KT-20", "PPKS Tingkat III", "Kepala sekolah dengan masa jabatan lebih dari 4 tahun",
     "Klasikal", "24", "25", "1.800.000"],
    ["21", "KT-21", "Pelatihan Fasilitator SGS Tingkat I", "Guru calon fasilitator SGS",
     "Klasikal", "32", "30", "1.600.000"],
    ["22", "KT-22", "Pelatihan Fasilitator SGS Tingkat II", "Fasilitator SGS Tingkat I",
     "Kombinasi", "24", "24", "1.250.000"],
    ["23", "KT-23", "Pelatihan Fasilitator SGS Tingkat III", "Fasilitator SGS Tingkat II",
     "Klasikal", "16", "16", "950.000"],
    ["24", "KT-24", "Pelatihan Mentor SAGARA", "Guru PNS calon mentor SAGARA", "Kombinasi", "20",
     "40", "900.000"],
    ["25", "KT-25", "Pengawasan Manajerial Berbasis Data Rapor Pendidikan", "Pengawas sekolah",
     "Klasikal", "20", "20", "1.000.000"],
    ["26", "KT-26", "Bahasa dan Aksara Daerah Lembah Sari untuk Guru Muatan Lokal",
     "Guru SD dan SMP pengampu muatan lokal", "Klasikal", "18", "30", "750.000"],
    ["27", "KT-27", "Pengelolaan Perpustakaan Sekolah", "Guru atau TAS pengelola perpustakaan",
     "Kombinasi", "16", "30", "550.000"],
    ["28", "KT-28", "Pengelolaan Data Pokok Pendidikan (Dapodik)", "Operator sekolah dan TAS",
     "Klasikal", "12", "36", "400.000"],
]

# kecamatan -> (korwil, [(gugus, sekolah inti, jumlah SD anggota)])
GUGUS = [
    ("Sari Kota", "I", [("Gugus Cempaka", "SDN 1 Sari Kota", 7), ("Gugus Mawar", "SDN 4 Sari Kota", 7),
                        ("Gugus Dahlia", "SDN 7 Sari Kota", 6), ("Gugus Tanjung", "SDN 10 Sari Kota", 6)]),
    ("Batu Lawang", "I", [("Gugus Kenanga", "SDN 1 Batu Lawang", 7), ("Gugus Kamboja", "SDN 3 Batu Lawang", 6),
                          ("Gugus Asoka", "SDN 6 Batu Lawang", 6)]),
    ("Kali Bening", "I", [("Gugus Flamboyan", "SDN 1 Kali Bening", 7),
                          ("Gugus Bougenvil", "SDN 5 Kali Bening", 6)]),
    ("Tanjung Rebah", "II", [("Gugus Melati", "SDN 1 Tanjung Rebah", 7),
                             ("Gugus Nusa Indah", "SDN 2 Tanjung Rebah", 6),
                             ("Gugus Gardenia", "SDN 8 Tanjung Rebah", 6)]),
    ("Pematang Tinggi", "II", [("Gugus Seroja", "SDN 1 Pematang Tinggi", 6),
                               ("Gugus Kemuning", "SDN 3 Pematang Tinggi", 6),
                               ("Gugus Kaliandra", "SDN 5 Pematang Tinggi", 6)]),
    ("Teluk Asri", "II", [("Gugus Bakau", "SDN 1 Teluk Asri", 6), ("Gugus Ketapang", "SDN 4 Teluk Asri", 6)]),
    ("Rawa Indah", "III", [("Gugus Teratai", "SDN 1 Rawa Indah", 7), ("Gugus Kantil", "SDN 3 Rawa Indah", 6),
                           ("Gugus Pandan", "SDN 6 Rawa Indah", 6)]),
    ("Bukit Selong", "III", [("Gugus Cendana", "SDN 1 Bukit Selong", 6),
                             ("Gugus Pinus", "SDN 2 Bukit Selong", 6)]),
    ("Lendang Nara", "III", [("Gugus Anggrek", "SDN 1 Lendang Nara", 7),
                             ("Gugus Gaharu", "SDN 4 Lendang Nara", 6)]),
]

PERKADIS = [
    C("PERATURAN KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN"),
    C("KABUPATEN LEMBAH SARI"),
    C("NOMOR 7 TAHUN 2026"),
    C("TENTANG"),
    C("PEDOMAN PENGEMBANGAN KOMPETENSI PENDIDIK DAN TENAGA KEPENDIDIKAN"),
    P("Dokumen fiktif, untuk evaluasi. Kabupaten Lembah Sari, Provinsi Gunung Rinjani Barat, "
      "serta seluruh nama orang, unit, nomor peraturan, dan angka dalam dokumen ini adalah rekaan "
      "dan tidak merujuk pada instansi yang sebenarnya."),
    C("DENGAN RAHMAT TUHAN YANG MAHA ESA"),
    C("KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN LEMBAH SARI,"),
    P("Menimbang:"),
    L("a. bahwa setiap pendidik dan tenaga kependidikan berstatus aparatur sipil negara berhak dan "
      "wajib mengembangkan kompetensinya secara berkelanjutan untuk meningkatkan mutu layanan "
      "pendidikan di Kabupaten Lembah Sari;",
      "b. bahwa Peraturan Kepala Dinas Nomor 11 Tahun 2023 tentang Pengembangan Kompetensi Guru "
      "belum mengatur guru PPPK, komunitas belajar guru, dan pembelajaran daring secara memadai "
      "sehingga perlu diganti;",
      "c. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu "
      "menetapkan Peraturan Kepala Dinas tentang Pedoman Pengembangan Kompetensi Pendidik dan "
      "Tenaga Kependidikan;"),
    P("Mengingat:"),
    L("1. Peraturan Daerah Kabupaten Lembah Sari Nomor 9 Tahun 2021 tentang Penyelenggaraan "
      "Pendidikan;",
      "2. Peraturan Bupati Lembah Sari Nomor 41 Tahun 2022 tentang Kedudukan, Susunan Organisasi, "
      "Tugas dan Fungsi, serta Tata Kerja Dinas Pendidikan dan Kebudayaan;",
      "3. Peraturan Bupati Lembah Sari Nomor 18 Tahun 2024 tentang Pembentukan Unit Pelaksana "
      "Teknis Daerah Rumah Belajar Guru;",
      "4. Peraturan Bupati Lembah Sari Nomor 5 Tahun 2025 tentang Manajemen Aparatur Sipil Negara "
      "di Lingkungan Pemerintah Kabupaten Lembah Sari;"),
    C("MEMUTUSKAN:"),
    P("Menetapkan: PERATURAN KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN TENTANG PEDOMAN PENGEMBANGAN "
      "KOMPETENSI PENDIDIK DAN TENAGA KEPENDIDIKAN."),

    H1("BAB I KETENTUAN UMUM"),
    H2("Pasal 1"),
    P("Dalam Peraturan Kepala Dinas ini yang dimaksud dengan:"),
    L("1. Daerah adalah Kabupaten Lembah Sari.",
      "2. Dinas Pendidikan dan Kebudayaan Kabupaten Lembah Sari yang selanjutnya disebut Dinas "
      "adalah perangkat daerah yang menyelenggarakan urusan pemerintahan bidang pendidikan dan "
      "kebudayaan di Daerah.",
      "3. Kepala Dinas adalah Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Lembah Sari.",
      "4. Bidang Guru dan Tenaga Kependidikan yang selanjutnya disebut Bidang GTK adalah bidang "
      "pada Dinas yang membidangi pembinaan karier dan pengembangan kompetensi pendidik dan tenaga "
      "kependidikan, dipimpin oleh Kepala Bidang Guru dan Tenaga Kependidikan.",
      "5. Aparatur Sipil Negara yang selanjutnya disingkat ASN adalah profesi bagi pegawai negeri "
      "sipil dan pegawai pemerintah dengan perjanjian kerja yang bekerja pada instansi pemerintah.",
      "6. Pegawai Negeri Sipil yang selanjutnya disingkat PNS adalah warga negara Indonesia yang "
      "memenuhi syarat tertentu dan diangkat sebagai pegawai ASN secara tetap.",
      "7. Pegawai Pemerintah dengan Perjanjian Kerja yang selanjutnya disingkat PPPK adalah warga "
      "negara Indonesia yang memenuhi syarat tertentu dan diangkat berdasarkan perjanjian kerja "
      "untuk jangka waktu tertentu.",
      "8. Pendidik dan Tenaga Kependidikan yang selanjutnya disingkat PTK adalah guru, kepala "
      "sekolah, pengawas sekolah, tenaga administrasi sekolah, serta staf kantor Dinas dan unit "
      "pelaksana teknis daerah yang berstatus ASN.",
      "9. Tenaga Administrasi Sekolah yang selanjutnya disingkat TAS adalah PTK yang melaksanakan "
      "administrasi, keuangan, kepegawaian, dan layanan persuratan pada sekolah.",
      "10. Rumah Belajar Guru Lembah Sari yang selanjutnya disingkat RBG adalah unit pelaksana "
      "teknis daerah pada Dinas yang menyelenggarakan pelatihan klasikal dan memfasilitasi "
      "pengembangan kompetensi PTK.",
      "11. Sanggar Guru Serumpun yang selanjutnya disingkat SGS adalah komunitas belajar guru "
      "dalam satu gugus sekolah atau satu kecamatan dan satu rumpun kelas atau mata pelajaran yang "
      "bertemu secara berkala untuk saling belajar.",
      "12. Ruang Interaktif Pembelajaran Aparatur dan Insan Pendidik yang selanjutnya disebut "
      "RINAI adalah platform pembelajaran dan pencatatan pengembangan kompetensi milik Dinas.",
      "13. Sahabat Guru Baru yang selanjutnya disebut SAGARA adalah program pendampingan "
      "(mentoring) bagi guru PPPK pada tahun pertama masa perjanjian kerjanya.",
      "14. Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu pengembangan "
      "kompetensi yang setara dengan 45 (empat puluh lima) menit.",
      "15. Rencana Pengembangan Kompetensi Individu yang selanjutnya disingkat RPKI adalah rencana "
      "tahunan kegiatan pengembangan kompetensi yang disusun oleh setiap PTK.",
      "16. Koordinator Wilayah yang selanjutnya disebut Korwil adalah wilayah koordinasi "
      "pembinaan sekolah yang meliputi beberapa kecamatan, dipimpin oleh seorang Koordinator "
      "Korwil.",
      "17. Gugus Sekolah yang selanjutnya disebut Gugus adalah kelompok sekolah dasar dalam satu "
      "kecamatan yang terdiri atas satu sekolah inti dan beberapa sekolah anggota.",
      "18. Tim Penjaminan Mutu Pengembangan Kompetensi yang selanjutnya disingkat TPMPK adalah tim "
      "yang dibentuk Kepala Dinas untuk memverifikasi, memantau, dan mengevaluasi pengembangan "
      "kompetensi PTK.",
      "19. Pelatihan Penguatan Kepala Sekolah yang selanjutnya disingkat PPKS adalah pelatihan "
      "berjenjang bagi kepala sekolah yang terdiri atas Tingkat I, Tingkat II, dan Tingkat III.",
      "20. Pelatihan Klasikal adalah pelatihan tatap muka atau daring sinkron yang diselenggarakan "
      "dengan tenaga pelatih, jadwal, dan evaluasi yang terstruktur.",
      "21. Pelatihan Nonklasikal adalah kegiatan pengembangan kompetensi di luar pelatihan "
      "klasikal, antara lain pertemuan SGS, kursus mandiri, mentoring, magang, dan seminar."),
    H2("Pasal 2"),
    P("(1) Peraturan Kepala Dinas ini dimaksudkan sebagai pedoman bagi Dinas, RBG, Korwil, "
      "sekolah, dan PTK dalam merencanakan, melaksanakan, mencatat, dan mengevaluasi pengembangan "
      "kompetensi."),
    P("(2) Peraturan Kepala Dinas ini bertujuan untuk:"),
    L("a. menjamin setiap PTK memperoleh kesempatan pengembangan kompetensi yang adil dan merata "
      "di seluruh kecamatan;",
      "b. menyelaraskan pengembangan kompetensi dengan hasil rapor pendidikan dan kebutuhan "
      "sekolah;",
      "c. memperkuat komunitas belajar guru melalui SGS;",
      "d. mempercepat adaptasi guru PPPK baru melalui SAGARA; dan",
      "e. menyediakan data capaian JP yang akurat melalui RINAI."),
    H2("Pasal 3"),
    P("Ruang lingkup Peraturan Kepala Dinas ini meliputi:"),
    L("a. hak, kewajiban, dan target pengembangan kompetensi;",
      "b. perencanaan pengembangan kompetensi;",
      "c. jenis dan jalur pengembangan kompetensi;",
      "d. Sanggar Guru Serumpun;",
      "e. program SAGARA;",
      "f. platform RINAI;",
      "g. PPKS;",
      "h. kuota dan seleksi peserta;",
      "i. pembiayaan;",
      "j. pemantauan, evaluasi, dan pelaporan; dan",
      "k. tindak lanjut dan penghargaan."),

    H1("BAB II HAK, KEWAJIBAN, DAN TARGET PENGEMBANGAN KOMPETENSI"),
    H2("Bagian Kesatu - Hak dan Kewajiban"),
    H2("Pasal 4"),
    P("(1) Setiap PTK berhak mengikuti pengembangan kompetensi sesuai dengan RPKI yang telah "
      "diverifikasi."),
    P("(2) Setiap PTK wajib:"),
    L("a. menyusun RPKI setiap tahun;",
      "b. mengikuti pengembangan kompetensi paling sedikit sebanyak target JP sebagaimana "
      "tercantum dalam Tabel 1;",
      "c. mencatatkan setiap kegiatan pengembangan kompetensi pada RINAI; dan",
      "d. menerapkan hasil pengembangan kompetensi dalam pelaksanaan tugas dan berbagi hasilnya "
      "kepada rekan sejawat."),
    P("(3) Kepala sekolah wajib memberikan kesempatan kepada guru dan TAS di sekolahnya untuk "
      "mengikuti pengembangan kompetensi dengan tetap menjamin terlaksananya pembelajaran, "
      "antara lain dengan mengatur guru pengganti."),
    H2("Bagian Kedua - Target Jam Pelajaran"),
    H2("Pasal 5"),
    P("(1) Target minimal pengembangan kompetensi setiap PTK dalam satu tahun tercantum dalam "
      "Tabel 1."),
    T("Tabel 1. Target Minimal Pengembangan Kompetensi per Tahun",
      ["Kategori PTK", "Target Minimal (JP/tahun)", "Paling Sedikit dari Pelatihan Klasikal (JP)",
       "Batas Pengakuan Pertemuan SGS (JP)"],
      [["Guru PNS", "32", "12", "16"],
       ["Guru PPPK", "24", "8", "12"],
       ["Kepala Sekolah", "40", "16", "16"],
       ["Pengawas Sekolah", "40", "20", "8"],
       ["TAS (PNS dan PPPK)", "20", "8", "tidak diakui"],
       ["Staf kantor Dinas dan UPTD", "20", "8", "tidak diakui"]],
      [40, 30, 40, 36]),
    P("(2) Target sebagaimana dimaksud pada ayat (1) dihitung per tahun kalender, yaitu 1 Januari "
      "sampai dengan 31 Desember."),
    P("(3) PTK yang mulai bertugas di Daerah setelah tanggal 30 Juni tahun berjalan wajib "
      "memenuhi 50% (lima puluh persen) dari target pada tahun tersebut."),
    P("(4) Kelebihan JP pada suatu tahun tidak dapat dialihkan atau diperhitungkan untuk tahun "
      "berikutnya."),
    P("(5) PTK yang sedang menjalani tugas belajar dibebaskan dari kewajiban memenuhi target "
      "selama masa tugas belajar."),
    H2("Bagian Ketiga - Pengakuan Jam Pelajaran"),
    H2("Pasal 6"),
    P("(1) Kegiatan pengembangan kompetensi diakui dalam satuan JP dengan ketentuan sebagaimana "
      "tercantum dalam Tabel 2."),
    T("Tabel 2. Pengakuan JP per Jenis Kegiatan",
      ["Jenis Kegiatan", "Satuan", "Pengakuan (JP)", "Batas Pengakuan per Tahun (JP)"],
      [["Pelatihan klasikal, termasuk daring sinkron", "setiap 45 menit", "1", "tidak dibatasi"],
       ["Kursus mandiri pada RINAI", "setiap kursus yang lulus", "sesuai bobot kursus",
        "paling banyak 10 JP per bulan"],
       ["Pertemuan SGS sebagai peserta", "setiap pertemuan paling singkat 135 menit", "3",
        "sesuai Tabel 1"],
       ["Pertemuan SGS sebagai fasilitator", "setiap pertemuan", "sesuai Tabel 3", "20"],
       ["Seminar, webinar, atau lokakarya", "setiap kegiatan paling singkat 3 jam", "2", "6"],
       ["Narasumber pelatihan atau seminar", "setiap sesi", "2", "10"],
       ["Magang di sekolah mitra", "setiap hari kerja", "6", "30"],
       ["SAGARA sebagai mentee", "program tuntas", "20", "20"],
       ["SAGARA sebagai mentor", "program tuntas", "12", "12"],
       ["Publikasi karya ilmiah atau praktik baik", "setiap karya", "4", "8"]],
      [52, 42, 28, 34]),
    P("(2) Satu kegiatan hanya dapat diakui satu kali dan tidak dapat diakui sekaligus dengan "
      "jenis kegiatan lain."),
    P("(3) Kegiatan pengembangan kompetensi yang diselenggarakan pihak lain di luar Dinas diakui "
      "sepanjang memiliki sertifikat atau surat keterangan yang mencantumkan jumlah JP atau durasi "
      "kegiatan."),
    H2("Pasal 7"),
    P("(1) JP hanya diakui apabila tercatat dan telah diverifikasi pada RINAI."),
    P("(2) Klaim JP atas kegiatan di luar RBG diajukan melalui RINAI paling lambat 30 (tiga puluh) "
      "hari kalender setelah kegiatan selesai."),
    P("(3) Klaim sebagaimana dimaksud pada ayat (2) diverifikasi oleh kepala sekolah untuk guru dan "
      "TAS, oleh Koordinator Korwil untuk kepala sekolah, dan oleh TPMPK untuk pengawas sekolah "
      "serta staf kantor Dinas dan UPTD, paling lama 5 (lima) hari kerja sejak klaim diterima."),
    P("(4) Klaim yang diajukan melewati batas waktu sebagaimana dimaksud pada ayat (2) tidak dapat "
      "diakui, kecuali terdapat gangguan sistem RINAI yang dinyatakan secara resmi oleh Dinas."),
    P("(5) Bukti kegiatan disimpan oleh PTK paling singkat 3 (tiga) tahun untuk keperluan "
      "pemeriksaan."),

    H1("BAB III PERENCANAAN PENGEMBANGAN KOMPETENSI"),
    H2("Pasal 8"),
    P("(1) Bidang GTK melaksanakan analisis kebutuhan pengembangan kompetensi setiap bulan "
      "September sampai dengan Oktober untuk tahun berikutnya."),
    P("(2) Analisis kebutuhan sebagaimana dimaksud pada ayat (1) menggunakan data:"),
    L("a. rapor pendidikan satuan pendidikan dan Daerah;",
      "b. hasil supervisi akademik kepala sekolah dan pengawas sekolah;",
      "c. rekapitulasi RPKI tahun berjalan;",
      "d. capaian JP per kecamatan tahun sebelumnya; dan",
      "e. hasil evaluasi pasca-pelatihan."),
    H2("Pasal 9"),
    P("(1) Setiap PTK menyusun RPKI melalui RINAI dengan jadwal sebagai berikut:"),
    L("a. PTK mengisi RPKI paling lambat tanggal 31 Januari;",
      "b. kepala sekolah memverifikasi RPKI guru dan TAS paling lambat tanggal 15 Februari;",
      "c. pengawas sekolah menyampaikan rekapitulasi RPKI sekolah binaannya kepada Koordinator "
      "Korwil paling lambat tanggal 28 Februari; dan",
      "d. Koordinator Korwil menyampaikan rekapitulasi RPKI wilayahnya kepada Bidang GTK paling "
      "lambat tanggal 15 Maret."),
    P("(2) RPKI memuat paling sedikit kompetensi yang akan dikembangkan, jenis kegiatan, rencana "
      "waktu, perkiraan JP, dan sumber biaya dengan format sebagaimana tercantum dalam Lampiran II."),
    P("(3) RPKI dapat diubah paling banyak 1 (satu) kali dalam satu tahun, paling lambat tanggal "
      "30 Juni, dengan persetujuan atasan langsung."),
    H2("Pasal 10"),
    P("(1) Berdasarkan hasil analisis kebutuhan dan rekapitulasi RPKI, Kepala Dinas menetapkan "
      "Rencana Pengembangan Kompetensi Tahunan Dinas paling lambat tanggal 31 Maret."),
    P("(2) Rencana sebagaimana dimaksud pada ayat (1) memuat daftar pelatihan yang akan "
      "diselenggarakan, jumlah angkatan, kuota per Korwil, jadwal, dan anggaran."),

    H1("BAB IV JENIS DAN JALUR PENGEMBANGAN KOMPETENSI"),
    H2("Bagian Kesatu - Umum"),
    H2("Pasal 11"),
    P("Pengembangan kompetensi PTK dilaksanakan melalui jalur:"),
    L("a. Pelatihan Klasikal, yang terdiri atas pelatihan tatap muka, pelatihan daring sinkron, dan "
      "pelatihan kombinasi; dan",
      "b. Pelatihan Nonklasikal, yang terdiri atas pertemuan SGS, kursus mandiri pada RINAI, "
      "mentoring, coaching, magang di sekolah mitra, seminar, dan publikasi karya."),
    H2("Bagian Kedua - Pelatihan Klasikal"),
    H2("Pasal 12"),
    P("(1) Pelatihan Klasikal diselenggarakan oleh RBG, baik di kampus RBG maupun di sekolah "
      "inti Gugus yang ditunjuk."),
    P("(2) Satu hari pelatihan tatap muka paling banyak 8 (delapan) JP, dan satu hari pelatihan "
      "daring sinkron paling banyak 6 (enam) JP."),
    P("(3) Peserta dinyatakan lulus dan memperoleh sertifikat apabila:"),
    L("a. kehadiran paling sedikit 90% (sembilan puluh persen) dari seluruh JP;",
      "b. memperoleh nilai akhir paling rendah 70 (tujuh puluh); dan",
      "c. menyerahkan rencana tindak lanjut dalam waktu 7 (tujuh) hari setelah pelatihan "
      "berakhir."),
    P("(4) Peserta yang tidak lulus dapat mengulang pada angkatan berikutnya dengan biaya sendiri "
      "atau biaya sekolah."),
    H2("Pasal 13"),
    P("(1) Setiap PTK dapat mengikuti paling banyak 2 (dua) Pelatihan Klasikal yang dibiayai APBD "
      "dalam satu tahun."),
    P("(2) Pembatasan sebagaimana dimaksud pada ayat (1) tidak berlaku bagi PPKS, Pelatihan "
      "Fasilitator SGS, dan Pelatihan Mentor SAGARA."),
    H2("Bagian Ketiga - Pelatihan Nonklasikal"),
    H2("Pasal 14"),
    P("(1) Pertemuan SGS dilaksanakan sesuai ketentuan dalam BAB V."),
    P("(2) Kursus mandiri pada RINAI dapat diikuti kapan saja dan diakui setelah peserta lulus "
      "kuis akhir."),
    P("(3) Magang di sekolah mitra dilaksanakan paling lama 5 (lima) hari kerja dalam satu tahun "
      "dengan surat tugas kepala sekolah."),
    P("(4) Seminar, webinar, atau lokakarya yang diakui adalah kegiatan yang relevan dengan tugas "
      "PTK dan mencantumkan durasi paling singkat 3 (tiga) jam."),
    H2("Bagian Keempat - Katalog Pelatihan"),
    H2("Pasal 15"),
    P("(1) Pelatihan yang diselenggarakan Dinas dan RBG tercantum dalam Katalog Pelatihan "
      "sebagaimana tercantum dalam Lampiran I."),
    P("(2) Katalog Pelatihan dimutakhirkan setiap tahun oleh Kepala RBG dan ditetapkan oleh Kepala "
      "Dinas."),
    P("(3) Usulan pelatihan baru dari sekolah, Korwil, atau SGS disampaikan kepada Kepala RBG "
      "paling lambat tanggal 31 Agustus untuk dimasukkan ke dalam katalog tahun berikutnya."),
    P("(4) Pelatihan dengan nama yang mirip dalam Katalog Pelatihan merupakan pelatihan yang "
      "berbeda dan diakui secara terpisah, dengan durasi dan jumlah kursi masing-masing."),

    H1("BAB V SANGGAR GURU SERUMPUN"),
    H2("Pasal 16"),
    P("(1) SGS jenjang SD dibentuk pada setiap Gugus untuk masing-masing rumpun kelas, yaitu "
      "rumpun kelas awal (kelas I sampai dengan kelas III) dan rumpun kelas tinggi (kelas IV "
      "sampai dengan kelas VI)."),
    P("(2) SGS jenjang SMP dibentuk pada setiap kecamatan untuk masing-masing mata pelajaran."),
    P("(3) Dalam hal jumlah guru mata pelajaran SMP dalam satu kecamatan kurang dari 8 (delapan) "
      "orang, SGS dibentuk gabungan antarkecamatan dalam satu Korwil."),
    P("(4) Satu SGS beranggotakan paling sedikit 8 (delapan) orang dan paling banyak 25 (dua puluh "
      "lima) orang guru."),
    P("(5) SGS ditetapkan oleh Kepala Dinas atas usul Koordinator Korwil."),
    H2("Pasal 17"),
    P("(1) Pengurus SGS terdiri atas ketua, sekretaris, dan paling sedikit 1 (satu) fasilitator."),
    P("(2) Ketua dan sekretaris dipilih oleh anggota untuk masa bakti 2 (dua) tahun dan dapat "
      "dipilih kembali untuk 1 (satu) kali masa bakti berikutnya."),
    P("(3) Kepala sekolah dan pengawas sekolah tidak dapat menjadi ketua SGS."),
    P("(4) Pengawas sekolah bertindak sebagai pembina SGS di wilayah binaannya."),
    H2("Pasal 18"),
    P("(1) SGS melaksanakan pertemuan paling sedikit 6 (enam) kali dalam satu semester."),
    P("(2) Setiap pertemuan berlangsung paling singkat 135 (seratus tiga puluh lima) menit dan "
      "diakui sebagai 3 JP bagi setiap anggota yang hadir penuh."),
    P("(3) Pertemuan dilaksanakan di luar jam mengajar, diutamakan pada hari Sabtu, bertempat di "
      "sekolah inti Gugus, sekolah anggota secara bergiliran, atau RBG."),
    P("(4) Daftar hadir dan laporan pertemuan diunggah oleh sekretaris SGS pada RINAI paling "
      "lambat 7 (tujuh) hari setelah pertemuan."),
    P("(5) Pengakuan JP pertemuan SGS dalam satu tahun paling banyak sesuai batas pada Tabel 1."),
    H2("Pasal 19"),
    P("(1) Fasilitator SGS terdiri atas tiga jenjang, yaitu Tingkat I (Fasilitator Pratama), "
      "Tingkat II (Fasilitator Madya), dan Tingkat III (Fasilitator Utama)."),
    P("(2) Persyaratan dan hak fasilitator setiap jenjang tercantum dalam Tabel 3."),
    T("Tabel 3. Jenjang Fasilitator SGS",
      ["Jenjang", "Pengalaman Minimal", "Pelatihan Wajib",
       "Honor per Pertemuan (Rp)", "Pengakuan per Pertemuan (JP)", "SGS Binaan Paling Banyak"],
      [["Tingkat I (Fasilitator Pratama)", "masa kerja sebagai guru paling singkat 3 tahun",
        "Pelatihan Fasilitator SGS Tingkat I (32 JP)", "150.000", "3", "1 SGS"],
       ["Tingkat II (Fasilitator Madya)",
        "memfasilitasi paling sedikit 12 pertemuan sebagai Fasilitator Pratama",
        "Pelatihan Fasilitator SGS Tingkat II (24 JP)", "250.000", "4", "2 SGS"],
       ["Tingkat III (Fasilitator Utama)",
        "memfasilitasi paling sedikit 30 pertemuan dan membina 2 Fasilitator Pratama",
        "Pelatihan Fasilitator SGS Tingkat III (16 JP)", "350.000", "5", "3 SGS"]],
      [32, 38, 36, 22, 22, 22],
      header2=[("Jenjang", 1), ("Persyaratan", 2), ("Hak", 3)]),
    P("(3) Kenaikan jenjang fasilitator ditetapkan oleh Kepala RBG berdasarkan usulan pengawas "
      "sekolah pembina SGS."),
    H2("Pasal 20"),
    P("(1) Setiap SGS yang telah ditetapkan memperoleh dana operasional sebesar Rp1.500.000,00 "
      "(satu juta lima ratus ribu rupiah) per semester yang bersumber dari APBD."),
    P("(2) Dana operasional digunakan untuk konsumsi, bahan praktik, dan penggandaan materi, dan "
      "tidak dapat digunakan untuk honor pengurus."),
    P("(3) Pertanggungjawaban dana operasional disampaikan kepada Bidang GTK paling lambat tanggal "
      "15 Juli untuk semester genap dan tanggal 15 Januari untuk semester ganjil."),

    H1("BAB VI PROGRAM SAHABAT GURU BARU"),
    H2("Pasal 21"),
    P("(1) SAGARA wajib diikuti oleh setiap guru PPPK pada tahun pertama masa perjanjian kerjanya "
      "di Daerah."),
    P("(2) Guru PPPK yang sebelumnya telah berstatus guru PNS atau telah mengikuti program "
      "pendampingan sejenis yang diakui Dinas dapat dibebaskan dari kewajiban SAGARA atas "
      "persetujuan Kepala Bidang Guru dan Tenaga Kependidikan."),
    H2("Pasal 22"),
    P("Mentor SAGARA harus memenuhi persyaratan sebagai berikut:"),
    L("a. berstatus guru PNS;",
      "b. memiliki masa kerja sebagai guru paling singkat 8 (delapan) tahun;",
      "c. berpangkat paling rendah Penata, golongan ruang III/c;",
      "d. memperoleh predikat kinerja paling rendah Baik dalam 2 (dua) tahun terakhir;",
      "e. telah lulus Pelatihan Mentor SAGARA; dan",
      "f. mengajar pada jenjang yang sama dengan mentee dan, sedapat mungkin, dalam Korwil yang "
      "sama."),
    H2("Pasal 23"),
    P("(1) SAGARA dilaksanakan selama 6 (enam) bulan untuk setiap angkatan."),
    P("(2) Satu mentor mendampingi paling banyak 4 (empat) mentee."),
    P("(3) Pertemuan mentoring dilaksanakan 2 (dua) kali dalam satu bulan dengan durasi paling "
      "singkat 90 menit setiap pertemuan."),
    P("(4) Mentor melaksanakan observasi kelas mentee paling sedikit 3 (tiga) kali selama program."),
    P("(5) Tahapan SAGARA tercantum dalam Tabel 4."),
    T("Tabel 4. Tahapan Program SAGARA",
      ["Tahap", "Kegiatan", "Waktu", "Keluaran"],
      [["1", "Pemetaan mentee dan penetapan pasangan mentor-mentee", "Januari - Februari",
        "Keputusan Kepala Dinas tentang mentor dan mentee"],
       ["2", "Orientasi mentor dan mentee selama 2 hari", "minggu pertama Maret",
        "kontrak belajar mentee"],
       ["3", "Pertemuan mentoring dua kali sebulan", "Maret - Agustus",
        "jurnal refleksi mentee pada RINAI"],
       ["4", "Observasi kelas oleh mentor", "April, Juni, dan Agustus",
        "lembar observasi dan umpan balik"],
       ["5", "Refleksi akhir dan penyerahan portofolio", "September",
        "sertifikat SAGARA dan pengakuan JP"]],
      [14, 60, 34, 50]),
    H2("Pasal 24"),
    P("(1) Mentee yang menuntaskan SAGARA memperoleh pengakuan 20 JP, dan mentor memperoleh "
      "pengakuan 12 JP."),
    P("(2) Mentee dinyatakan tuntas apabila menghadiri paling sedikit 80% (delapan puluh persen) "
      "pertemuan mentoring, mengisi jurnal refleksi setiap bulan, dan menyerahkan portofolio."),
    P("(3) Mentee yang tidak tuntas wajib mengikuti SAGARA pada angkatan berikutnya."),
    P("(4) Besaran insentif mentor ditetapkan dengan Keputusan Kepala Dinas."),
    H2("Pasal 25"),
    P("Koordinator program SAGARA melaporkan pelaksanaan program kepada Kepala Dinas melalui "
      "Kepala Bidang Guru dan Tenaga Kependidikan paling lambat 30 hari setelah tahap refleksi "
      "akhir."),

    H1("BAB VII PLATFORM RINAI"),
    H2("Pasal 26"),
    P("(1) Setiap PTK wajib memiliki akun RINAI dengan menggunakan NIP bagi PNS atau nomor induk "
      "PPPK bagi PPPK."),
    P("(2) Setiap sekolah menunjuk 1 (satu) orang admin sekolah RINAI yang bertugas membantu "
      "pendaftaran akun dan pengunggahan dokumen."),
    P("(3) Pengelolaan RINAI dilaksanakan oleh Bidang GTK bersama RBG."),
    H2("Pasal 27"),
    P("(1) Kursus mandiri pada RINAI dinyatakan lulus apabila peserta memperoleh nilai kuis akhir "
      "paling rendah 75 (tujuh puluh lima)."),
    P("(2) Kuis akhir dapat diulang paling banyak 3 (tiga) kali untuk setiap kursus."),
    P("(3) Pengakuan JP kursus mandiri paling banyak 10 JP dalam satu bulan."),
    H2("Pasal 28"),
    P("(1) Data pribadi PTK pada RINAI hanya digunakan untuk keperluan pengembangan kompetensi dan "
      "manajemen ASN."),
    P("(2) Layanan bantuan RINAI disediakan pada hari kerja dan diumumkan pada halaman portal "
      "RINAI."),

    H1("BAB VIII PELATIHAN PENGUATAN KEPALA SEKOLAH"),
    H2("Pasal 29"),
    P("(1) PPKS Tingkat I diikuti oleh kepala sekolah dengan masa jabatan kurang dari 2 (dua) tahun, "
      "berbobot 40 JP dan terdiri atas enam modul."),
    P("(2) PPKS Tingkat II diikuti oleh kepala sekolah dengan masa jabatan 2 (dua) sampai dengan 4 "
      "(empat) tahun, berbobot 32 JP dan terdiri atas lima modul, dilaksanakan secara berasrama "
      "di RBG."),
    P("(3) PPKS Tingkat III diikuti oleh kepala sekolah dengan masa jabatan lebih dari 4 (empat) "
      "tahun, berbobot 24 JP dan terdiri atas empat modul."),
    P("(4) Kepala sekolah yang baru dilantik wajib mengikuti PPKS Tingkat I paling lambat 12 (dua "
      "belas) bulan sejak tanggal pelantikan."),
    P("(5) Modul PPKS Tingkat I meliputi: kepemimpinan pembelajaran; perencanaan berbasis data "
      "rapor pendidikan; pengelolaan kinerja guru; pengelolaan keuangan sekolah; kemitraan dengan "
      "orang tua dan masyarakat; serta budaya sekolah yang aman dan inklusif."),
    H2("Pasal 30"),
    P("(1) PPKS diselenggarakan dalam beberapa angkatan setiap tahun dengan peserta paling banyak "
      "30 (tiga puluh) orang per angkatan."),
    P("(2) Peserta PPKS dipanggil dengan surat panggilan Kepala Dinas paling lambat 14 (empat "
      "belas) hari sebelum pelaksanaan."),
    P("(3) Peserta PPKS tidak dapat diwakilkan."),

    H1("BAB IX KUOTA DAN SELEKSI PESERTA"),
    H2("Pasal 31"),
    P("(1) Kuota kursi Pelatihan Klasikal yang dibiayai APBD dibagi per Korwil sebagaimana "
      "tercantum dalam Tabel 5."),
    T("Tabel 5. Pembagian Korwil dan Kuota Kursi Pelatihan Klasikal Tahun 2026",
      ["Korwil", "Kecamatan", "Sekretariat", "Jumlah SD Negeri", "Jumlah SMP Negeri",
       "Jumlah Gugus", "Kuota Kursi APBD 2026 (orang)"],
      [["Korwil I", "Sari Kota, Batu Lawang, Kali Bening", "SDN 1 Sari Kota", "58", "14", "9",
        "420"],
       ["Korwil II", "Tanjung Rebah, Pematang Tinggi, Teluk Asri", "SMPN 1 Tanjung Rebah", "49",
        "11", "8", "360"],
       ["Korwil III", "Rawa Indah, Bukit Selong, Lendang Nara", "SDN 1 Rawa Indah", "44", "10",
        "7", "340"],
       ["Jumlah", "9 kecamatan", "-", "151", "35", "24", "1.120"]],
      [18, 44, 30, 18, 18, 16, 24]),
    P("(2) Koordinator Korwil membagi kuota Korwil ke setiap Gugus dan kecamatan dengan "
      "memperhatikan jumlah PTK dan capaian JP tahun sebelumnya."),
    P("(3) Pembagian kuota per pelatihan per Gugus diumumkan oleh Bidang GTK setiap tahun."),
    H2("Pasal 32"),
    P("Dalam menentukan peserta Pelatihan Klasikal, kepala sekolah dan Koordinator Korwil "
      "memprioritaskan PTK yang:"),
    L("a. belum memenuhi target JP pada tahun sebelumnya;",
      "b. bertugas pada sekolah kecil, terpencil, atau kepulauan;",
      "c. belum pernah mengikuti pelatihan yang sama; dan",
      "d. kebutuhan pelatihannya tercantum dalam RPKI."),
    H2("Pasal 33"),
    P("(1) Penggantian peserta yang berhalangan diajukan oleh kepala sekolah kepada RBG paling "
      "lambat 5 (lima) hari kerja sebelum pelatihan dimulai."),
    P("(2) Peserta yang tidak hadir tanpa pemberitahuan tidak dapat diusulkan sebagai peserta "
      "Pelatihan Klasikal yang dibiayai APBD selama 1 (satu) tahun sejak pelatihan tersebut."),

    H1("BAB X PEMBIAYAAN"),
    H2("Pasal 34"),
    P("Pembiayaan pengembangan kompetensi bersumber dari:"),
    L("a. Anggaran Pendapatan dan Belanja Daerah (APBD) pada Dokumen Pelaksanaan Anggaran Dinas;",
      "b. dana bantuan operasional sekolah sesuai ketentuan peraturan perundang-undangan;",
      "c. biaya sendiri PTK; dan/atau",
      "d. sumber lain yang sah dan tidak mengikat."),
    H2("Pasal 35"),
    P("(1) Biaya Pelatihan Klasikal per peserta tercantum dalam Katalog Pelatihan pada Lampiran I "
      "dan mencakup bahan, konsumsi, honor pelatih, serta akomodasi bagi pelatihan berasrama."),
    P("(2) Peserta Pelatihan Klasikal di kampus RBG yang berasal dari kecamatan dalam Korwil III "
      "dapat diberikan uang transport sebesar Rp150.000,00 (seratus lima puluh ribu rupiah) per "
      "hari pelatihan."),
    P("(3) Biaya perjalanan peserta dari Korwil I dan Korwil II ditanggung oleh sekolah asal."),
    H2("Pasal 36"),
    P("(1) Dinas dapat memberikan bantuan biaya studi lanjut kepada PTK."),
    P("(2) Persyaratan, besaran, kuota, dan tata cara pemberian bantuan biaya studi lanjut "
      "sebagaimana dimaksud pada ayat (1) diatur dengan Surat Edaran Kepala Dinas."),

    H1("BAB XI PEMANTAUAN, EVALUASI, DAN PELAPORAN"),
    H2("Pasal 37"),
    P("(1) Kepala Dinas membentuk TPMPK yang terdiri atas:"),
    L("a. ketua: Kepala Bidang Guru dan Tenaga Kependidikan;",
      "b. sekretaris: Kepala Seksi Pengembangan Kompetensi GTK;",
      "c. anggota: Kepala RBG, Kepala Subbagian Umum dan Kepegawaian, dan 3 (tiga) orang pengawas "
      "sekolah yang mewakili setiap Korwil."),
    P("(2) TPMPK bertugas memverifikasi klaim JP tertentu, memantau capaian JP, dan mengevaluasi "
      "penyelenggaraan pelatihan."),
    H2("Pasal 38"),
    P("(1) Evaluasi Pelatihan Klasikal dilaksanakan pada empat level, yaitu reaksi peserta, hasil "
      "belajar, perubahan perilaku kerja, dan dampak terhadap sekolah."),
    P("(2) Evaluasi perubahan perilaku kerja dilaksanakan 3 (tiga) bulan setelah pelatihan "
      "berakhir melalui observasi atasan langsung."),
    H2("Pasal 39"),
    P("Pelaporan pengembangan kompetensi dilaksanakan sebagaimana tercantum dalam Tabel 6."),
    T("Tabel 6. Jadwal Pelaporan Pengembangan Kompetensi",
      ["Jenis Laporan", "Penyusun", "Disampaikan Kepada", "Batas Waktu"],
      [["Laporan pertemuan SGS", "Sekretaris SGS", "Pengawas sekolah pembina melalui RINAI",
        "7 hari setelah pertemuan"],
       ["Rekapitulasi JP sekolah", "Kepala sekolah", "Koordinator Korwil",
        "tanggal 10 bulan pertama triwulan berikutnya"],
       ["Rekapitulasi JP Korwil", "Koordinator Korwil", "Kepala Bidang GTK",
        "tanggal 20 bulan pertama triwulan berikutnya"],
       ["Laporan penyelenggaraan pelatihan", "Kepala RBG", "Kepala Dinas",
        "14 hari setelah pelatihan berakhir"],
       ["Laporan tahunan capaian JP per kecamatan", "TPMPK", "Kepala Dinas",
        "31 Januari tahun berikutnya"]],
      [40, 30, 44, 40]),

    H1("BAB XII TINDAK LANJUT DAN PENGHARGAAN"),
    H2("Pasal 40"),
    P("Terhadap PTK yang tidak memenuhi target JP dilakukan tindak lanjut sebagaimana tercantum "
      "dalam Tabel 7."),
    T("Tabel 7. Tindak Lanjut Capaian Target JP",
      ["Capaian terhadap Target", "Tindak Lanjut", "Pelaksana"],
      [["kurang dari 50%", "pembinaan, penyusunan rencana percepatan, dan wajib mengikuti paling "
        "sedikit 1 Pelatihan Klasikal pada triwulan I tahun berikutnya",
        "Kepala sekolah dan pengawas sekolah"],
       ["50% sampai dengan kurang dari 100%", "pencatatan kekurangan JP sebagai prioritas dalam "
        "RPKI tahun berikutnya", "Kepala sekolah"],
       ["tidak tercapai 2 tahun berturut-turut", "dicatat dalam penilaian kinerja dan tidak "
        "diprioritaskan untuk bantuan biaya studi lanjut", "Kepala Bidang GTK"],
       ["100% atau lebih", "dapat diusulkan sebagai calon penerima Anugerah Guru Pembelajar",
        "Koordinator Korwil"]],
      [40, 80, 40]),
    H2("Pasal 41"),
    P("(1) Kepala Dinas memberikan penghargaan Anugerah Guru Pembelajar Lembah Sari setiap tahun "
      "pada peringatan Hari Guru tanggal 25 November."),
    P("(2) Penghargaan sebagaimana dimaksud pada ayat (1) diberikan kepada paling banyak 3 (tiga) "
      "orang guru dari setiap Korwil dan 1 (satu) SGS terbaik tingkat kabupaten."),
    P("(3) Penilaian calon penerima penghargaan dilaksanakan oleh TPMPK berdasarkan capaian JP, "
      "penerapan hasil pelatihan, dan kontribusi dalam SGS."),

    H1("BAB XIII KETENTUAN PERALIHAN"),
    H2("Pasal 42"),
    P("(1) JP yang diperoleh sebelum Peraturan Kepala Dinas ini berlaku tetap diakui berdasarkan "
      "ketentuan yang berlaku pada saat kegiatan dilaksanakan."),
    P("(2) Kelompok kerja guru yang telah terbentuk sebelum Peraturan Kepala Dinas ini berlaku "
      "menyesuaikan menjadi SGS paling lambat tanggal 30 Juni 2026."),
    P("(3) Untuk tahun 2026, batas waktu pengisian RPKI sebagaimana dimaksud dalam Pasal 9 ayat "
      "(1) huruf a diperpanjang sampai dengan tanggal 28 Februari 2026."),

    H1("BAB XIV KETENTUAN PENUTUP"),
    H2("Pasal 43"),
    P("Pada saat Peraturan Kepala Dinas ini mulai berlaku, Peraturan Kepala Dinas Nomor 11 Tahun "
      "2023 tentang Pengembangan Kompetensi Guru dicabut dan dinyatakan tidak berlaku."),
    H2("Pasal 44"),
    P("Peraturan Kepala Dinas ini mulai berlaku pada tanggal 1 Februari 2026."),
    P("Ditetapkan di Tanjung Sari pada tanggal 12 Januari 2026"),
    P("KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN LEMBAH SARI,"),
    P("ttd."),
    P(KADIS + " - Pembina Utama Muda (IV/c) - NIP 19720814 199703 2 006"),

    BR(),
    C("LAMPIRAN I"),
    C("PERATURAN KEPALA DINAS NOMOR 7 TAHUN 2026"),
    C("KATALOG PELATIHAN TAHUN 2026"),
    P("Katalog ini memuat pelatihan yang diselenggarakan oleh RBG pada tahun 2026. Durasi "
      "dinyatakan dalam JP, kursi dinyatakan per angkatan, dan biaya dinyatakan per peserta. "
      "Pelatihan daring mandiri dapat diikuti melalui RINAI tanpa batas kursi."),
    T("Tabel 8. Katalog Pelatihan RBG Tahun 2026",
      ["No", "Kode", "Nama Pelatihan", "Sasaran", "Moda", "Durasi (JP)", "Kursi per Angkatan",
       "Biaya per Peserta (Rp)"],
      KATALOG,
      [9, 13, 38, 36, 21, 16, 19, 22]),
    P("Keterangan: Moda kombinasi terdiri atas sesi daring sinkron dan sesi tatap muka. "
      "Pelatihan berasrama mencakup akomodasi di asrama RBG. Biaya KT-08 tidak dipungut karena "
      "diselenggarakan secara daring mandiri."),

    BR(),
    C("LAMPIRAN II"),
    C("PERATURAN KEPALA DINAS NOMOR 7 TAHUN 2026"),
    C("FORMAT RENCANA PENGEMBANGAN KOMPETENSI INDIVIDU (RPKI)"),
    P("Identitas PTK: nama, NIP atau nomor induk PPPK, jabatan, satuan pendidikan, kecamatan, "
      "Korwil, dan status kepegawaian."),
    P("Bagian A diisi dengan kompetensi yang akan dikembangkan berdasarkan hasil refleksi diri, "
      "hasil supervisi, dan rapor pendidikan. Bagian B diisi dengan rencana kegiatan sebagaimana "
      "contoh pada Tabel 9."),
    T("Tabel 9. Contoh Pengisian Rencana Kegiatan RPKI",
      ["No", "Kompetensi yang Dikembangkan", "Jenis Kegiatan", "Rencana Waktu", "Perkiraan (JP)",
       "Sumber Biaya"],
      [["1", "Merancang asesmen formatif yang bermakna", "Pelatihan KT-04 Asesmen Formatif di "
        "Kelas", "Triwulan II", "16", "APBD"],
       ["2", "Menerapkan pembelajaran berdiferensiasi", "Pertemuan SGS rumpun kelas tinggi",
        "Januari - Desember", "12", "Dana operasional SGS"],
       ["3", "Menyusun modul ajar", "Kursus mandiri KT-08 pada RINAI", "Maret", "12",
        "tanpa biaya"],
       ["4", "Memperluas wawasan praktik baik", "Webinar nasional", "Triwulan III", "2",
        "biaya sendiri"]],
      [8, 40, 40, 24, 18, 26]),
    P("Bagian C memuat persetujuan atasan langsung, yaitu kepala sekolah bagi guru dan TAS, "
      "Koordinator Korwil bagi kepala sekolah, dan Kepala Bidang GTK bagi pengawas sekolah."),
    P("Bagian D memuat catatan perubahan RPKI, apabila ada, yang diajukan paling lambat tanggal "
      "30 Juni."),

    BR(),
    C("LAMPIRAN III"),
    C("PERATURAN KEPALA DINAS NOMOR 7 TAHUN 2026"),
    C("DAFTAR GUGUS SEKOLAH DASAR PER KECAMATAN"),
    T("Tabel 10. Daftar Gugus Sekolah Dasar",
      ["No", "Kecamatan", "Korwil", "Nama Gugus", "Sekolah Inti", "Jumlah SD Anggota"],
      [],  # filled below
      [8, 30, 16, 34, 36, 22]),
    P("Keterangan: jumlah SD anggota sudah termasuk sekolah inti. SGS jenjang SD dibentuk pada "
      "setiap Gugus dalam daftar ini."),

    BR(),
    C("LAMPIRAN IV"),
    C("PERATURAN KEPALA DINAS NOMOR 7 TAHUN 2026"),
    C("KALENDER PENGEMBANGAN KOMPETENSI TAHUN 2026"),
    T("Tabel 11. Kalender Kegiatan Utama Tahun 2026",
      ["Bulan", "Kegiatan Utama", "Penanggung Jawab"],
      [["Januari", "Pengisian RPKI; pemetaan mentee SAGARA", "PTK; Bidang GTK"],
       ["Februari", "Verifikasi RPKI; penetapan mentor dan mentee SAGARA; pembukaan "
        "pendaftaran bantuan biaya studi lanjut", "Kepala sekolah; Kepala Dinas"],
       ["Maret", "Penetapan Rencana Pengembangan Kompetensi Tahunan Dinas; orientasi SAGARA",
        "Kepala Dinas; Koordinator SAGARA"],
       ["April - Juni", "Pelatihan Klasikal Gelombang I; PPKS Tingkat I Angkatan I dan II",
        "Kepala RBG"],
       ["Juli - September", "Pelatihan Klasikal Gelombang II; PPKS Tingkat II", "Kepala RBG"],
       ["September - Oktober", "Analisis kebutuhan pengembangan kompetensi tahun 2027",
        "Bidang GTK"],
       ["Oktober - November", "Pelatihan Klasikal Gelombang III; seleksi Anugerah Guru "
        "Pembelajar", "Kepala RBG; TPMPK"],
       ["Desember", "Penutupan klaim JP tahun berjalan paling lambat 31 Desember pukul 23.59 "
        "WITA", "PTK; admin sekolah RINAI"]],
      [30, 90, 40]),
    P("Keterangan: jadwal rinci setiap gelombang diumumkan melalui pengumuman Kepala Dinas dan "
      "portal RINAI."),
]

# fill Lampiran III rows
_rows = []
_n = 0
for _kec, _kw, _gs in GUGUS:
    for _g, _inti, _jml in _gs:
        _n += 1
        _rows.append([str(_n), _kec, "Korwil " + _kw, _g, _inti, str(_jml)])
for _b in PERKADIS:
    if _b[0] == "table" and _b[1]["caption"].startswith("Tabel 10."):
        _b[1]["rows"] = _rows


# =========================================================================== SURAT EDARAN 2026 (PDF)
SE2026 = [
    C("PEMERINTAH KABUPATEN LEMBAH SARI"),
    C("DINAS PENDIDIKAN DAN KEBUDAYAAN"),
    P("Jalan Pendidikan Nomor 14, Tanjung Sari, Kabupaten Lembah Sari, Provinsi Gunung Rinjani "
      "Barat. Dokumen fiktif, untuk evaluasi."),
    C("SURAT EDARAN"),
    C("NOMOR 800.1/0217/DIKBUD/2026"),
    C("TENTANG"),
    C("BANTUAN BIAYA STUDI LANJUT BAGI PENDIDIK DAN TENAGA KEPENDIDIKAN TAHUN 2026"),
    P("Yth.:"),
    L("1. Kepala SD Negeri dan SMP Negeri se-Kabupaten Lembah Sari;",
      "2. Koordinator Korwil I, Korwil II, dan Korwil III;",
      "3. Pengawas Sekolah di lingkungan Dinas Pendidikan dan Kebudayaan Kabupaten Lembah Sari."),
    H1("A. Latar Belakang"),
    P("Peningkatan kualifikasi akademik pendidik dan tenaga kependidikan (PTK) merupakan bagian dari "
      "pengembangan kompetensi sebagaimana diatur dalam Peraturan Kepala Dinas Nomor 7 Tahun 2026 "
      "tentang Pedoman Pengembangan Kompetensi Pendidik dan Tenaga Kependidikan. Pasal 36 "
      "Peraturan Kepala Dinas tersebut mengamanatkan bahwa persyaratan, besaran, kuota, dan tata "
      "cara bantuan biaya studi lanjut diatur dengan Surat Edaran Kepala Dinas. Sejak tahun 2025 "
      "jumlah guru PPPK di Kabupaten Lembah Sari meningkat pesat, sehingga ketentuan bantuan "
      "biaya studi lanjut yang hanya diperuntukkan bagi guru PNS perlu disesuaikan."),
    H1("B. Maksud dan Tujuan"),
    P("Surat Edaran ini dimaksudkan sebagai acuan bagi PTK, kepala sekolah, dan Bidang Guru dan "
      "Tenaga Kependidikan dalam pengajuan, seleksi, dan pencairan bantuan biaya studi lanjut "
      "jenjang S1/D4 dan S2 mulai tahun anggaran 2026."),
    H1("C. Ketentuan"),
    H2("1. Sasaran"),
    P("Bantuan biaya studi lanjut diberikan kepada guru PNS, guru PPPK, kepala sekolah, dan "
      "pengawas sekolah di lingkungan Dinas Pendidikan dan Kebudayaan Kabupaten Lembah Sari. "
      "Tenaga administrasi sekolah dan staf kantor belum menjadi sasaran bantuan ini."),
    H2("2. Persyaratan"),
    L("a. memiliki masa kerja paling singkat 3 (tiga) tahun di Kabupaten Lembah Sari;",
      "b. berusia paling tinggi 50 (lima puluh) tahun untuk jenjang S1/D4 dan paling tinggi 45 "
      "(empat puluh lima) tahun untuk jenjang S2 pada saat mendaftar;",
      "c. bagi guru PPPK, sisa masa perjanjian kerja paling singkat sama dengan sisa masa studi "
      "ditambah 1 (satu) tahun;",
      "d. memperoleh predikat kinerja paling rendah Baik dalam 2 (dua) tahun terakhir;",
      "e. memenuhi target JP tahun 2025;",
      "f. telah diterima atau sedang menempuh studi pada program studi terakreditasi paling "
      "rendah Baik Sekali;",
      "g. program studi linier dengan tugas atau termasuk program studi prioritas daerah; dan",
      "h. tidak sedang menerima beasiswa atau bantuan biaya studi dari sumber lain."),
    H2("3. Besaran Bantuan"),
    P("Bantuan diberikan per semester sebesar persentase dari uang kuliah tunggal atau SPP, "
      "paling banyak sebesar plafon sebagaimana tabel berikut."),
    T("Tabel Besaran Bantuan Biaya Studi Lanjut Tahun 2026",
      ["Jenjang", "Persentase dari UKT/SPP", "Plafon per Semester (Rp)",
       "Lama Bantuan Paling Lama"],
      [["S1/D4", "60%", "3.000.000", "4 semester"],
       ["S2", "60%", "5.000.000", "4 semester"],
       ["S2 program studi prioritas daerah", "75%", "6.500.000", "4 semester"]],
      [50, 36, 40, 34]),
    P("Program studi prioritas daerah tahun 2026 adalah Pendidikan Matematika, Pendidikan IPA, "
      "Pendidikan Khusus, dan Bimbingan dan Konseling."),
    H2("4. Kuota"),
    P("Kuota penerima bantuan tahun 2026 sebanyak 35 (tiga puluh lima) orang, dengan paling sedikit "
      "10 (sepuluh) kursi diperuntukkan bagi guru PPPK. Kursi PPPK yang tidak terisi dapat "
      "dialihkan kepada pendaftar PNS."),
    H2("5. Tata Cara Pendaftaran dan Seleksi"),
    L("a. pendaftaran dilakukan secara daring melalui RINAI pada menu Layanan > Studi Lanjut mulai "
      "tanggal 2 Maret 2026 sampai dengan tanggal 10 April 2026;",
      "b. berkas diunggah dalam format PDF, meliputi surat rekomendasi kepala sekolah, bukti "
      "penerimaan atau kartu hasil studi terakhir, rincian biaya kuliah, dan surat pernyataan "
      "kesediaan mengabdi;",
      "c. seleksi administrasi dilaksanakan tanggal 13 April sampai dengan 24 April 2026 oleh Tim "
      "Seleksi yang diketuai Kepala Bidang Guru dan Tenaga Kependidikan;",
      "d. hasil seleksi diumumkan pada tanggal 8 Mei 2026 melalui portal RINAI; dan",
      "e. pengajuan tidak lagi menggunakan berkas fisik."),
    H2("6. Kewajiban Penerima"),
    L("a. mempertahankan indeks prestasi semester paling rendah 3,00 untuk jenjang S1/D4 dan 3,25 "
      "untuk jenjang S2;",
      "b. menyampaikan laporan kemajuan studi setiap semester melalui RINAI paling lambat 30 hari "
      "setelah semester berakhir;",
      "c. tetap melaksanakan tugas mengajar, kecuali yang bersangkutan berstatus tugas belajar;",
      "d. mengabdi di Kabupaten Lembah Sari paling singkat 2 (dua) kali masa studi setelah lulus; "
      "dan",
      "e. mengembalikan seluruh bantuan yang telah diterima apabila mengundurkan diri dari studi "
      "atau tidak menyelesaikan studi tanpa alasan yang sah."),
    H2("7. Pencairan"),
    P("Bantuan dicairkan setiap semester melalui transfer ke rekening penerima setelah penerima "
      "mengunggah kartu hasil studi dan bukti pembayaran uang kuliah. Bantuan semester pertama "
      "dicairkan paling lambat bulan Agustus 2026."),
    H1("D. Ketentuan Peralihan dan Penutup"),
    P("1. Dengan berlakunya Surat Edaran ini, Surat Edaran Kepala Dinas Nomor 800/1145/DIKBUD/2024 "
      "tentang Bantuan Biaya Studi Lanjut bagi Guru dicabut dan dinyatakan tidak berlaku."),
    P("2. Penerima bantuan berdasarkan Surat Edaran Nomor 800/1145/DIKBUD/2024 tetap menerima "
      "bantuan sampai dengan berakhirnya masa bantuan dengan besaran sesuai ketentuan lama."),
    P("3. Informasi lebih lanjut dapat ditanyakan kepada Seksi Pengembangan Kompetensi GTK melalui "
      "layanan bantuan RINAI."),
    P("Demikian Surat Edaran ini untuk dilaksanakan sebagaimana mestinya."),
    P("Ditetapkan di Tanjung Sari pada tanggal 16 Februari 2026"),
    P("KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN LEMBAH SARI,"),
    P("ttd."),
    P(KADIS),
    P("Tembusan: 1. Bupati Lembah Sari; 2. Sekretaris Daerah Kabupaten Lembah Sari; 3. Kepala "
      "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Lembah Sari."),
]


# =========================================================================== KEPUTUSAN SAGARA (DOCX)
MENTORS = [
    ("Drs. Made Arsana, M.Pd.", "SDN 1 Sari Kota", "Korwil I",
     ["Ayu Lestari, S.Pd.", "Rizky Pratama, S.Pd.", "Nurhayati, S.Pd.", "Yoga Firmansyah, S.Pd."]),
    ("Hj. Siti Aminah, S.Pd.", "SDN 3 Batu Lawang", "Korwil I",
     ["Dwi Handayani, S.Pd.", "Lalu Fikri Hamdani, S.Pd.", "Sri Wahyuni, S.Pd."]),
    ("Lalu Ahmad Jayadi, S.Pd., M.Pd.", "SMPN 1 Sari Kota", "Korwil I",
     ["Anisa Rahmawati, S.Pd.", "Kadek Dwi Pramana, S.Pd.", "Fitri Ramadhani, S.Pd.",
      "Gede Arya Wibawa, S.Pd."]),
    ("Yohana Marlina Sitorus, S.Pd.", "SMPN 2 Kali Bening", "Korwil I",
     ["Maria Goreti Lado, S.Pd.", "Hendra Gunawan, S.Pd.", "Intan Permatasari, S.Pd."]),
    ("Nyoman Sudiarta, S.Pd.SD", "SDN 2 Tanjung Rebah", "Korwil II",
     ["Baiq Laila Sari, S.Pd.", "Reza Maulana, S.Pd.", "Wulan Septiani, S.Pd.",
      "Komang Sri Astuti, S.Pd."]),
    ("Rini Susanti, S.Pd., M.Pd.", "SMPN 1 Pematang Tinggi", "Korwil II",
     ["Fajar Nugroho, S.Pd.", "Siti Khadijah, S.Pd.", "Yuliana Tefa, S.Pd."]),
    ("Muhammad Saleh, S.Pd.", "SDN 4 Teluk Asri", "Korwil II",
     ["Ahmad Zainuddin, S.Pd.", "Rina Apriliani, S.Pd.", "Sukardi, S.Pd.", "Novita Sari, S.Pd."]),
    ("Dewi Kartika Sari, S.Pd.", "SMPN 3 Tanjung Rebah", "Korwil II",
     ["Eko Prasetyo, S.Pd.", "Lina Marlina, S.Pd.", "Putu Eka Yanti, S.Pd."]),
    ("Abdul Haris, S.Pd.I.", "SDN 1 Rawa Indah", "Korwil III",
     ["Muhammad Iqbal, S.Pd.", "Zulaikha, S.Pd.", "Hamzanwadi, S.Pd.", "Desi Natalia, S.Pd."]),
    ("Fransiska Ndoen, S.Pd.", "SDN 2 Bukit Selong", "Korwil III",
     ["Yuni Kristina Bana, S.Pd.", "Rahmat Hidayat, S.Pd.", "Sarifah Aini, S.Pd."]),
    ("Hj. Baiq Suryani, S.Pd., M.Pd.", "SMPN 1 Lendang Nara", "Korwil III",
     ["Lalu Hendra Wijaya, S.Pd.", "Nur Aisyah, S.Pd.", "Andi Saputra, S.Pd."]),
    ("Agus Setiawan, S.Pd.", "SMPN 2 Rawa Indah", "Korwil III",
     ["Ratna Dewi, S.Pd.", "Imam Syafii, S.Pd.", "Febriani Putri, S.Pd."]),
]
assert sum(len(m[3]) for m in MENTORS) == 41 and len(MENTORS) == 12

TIM_SAGARA = [
    ["1", "Pengarah", KADIS, "Kepala Dinas"],
    ["2", "Penanggung Jawab", KABID, "Kepala Bidang Guru dan Tenaga Kependidikan"],
    ["3", "Ketua (Koordinator SAGARA)", KASI, "Kepala Seksi Pengembangan Kompetensi GTK"],
    ["4", "Sekretaris", "Baiq Hartini, S.Pd.", "Analis Sumber Daya Manusia Aparatur, Bidang GTK"],
    ["5", "Anggota", "Hj. Rabiatul Adawiyah, S.Pd., M.Pd.", "Pengawas Sekolah Korwil I"],
    ["6", "Anggota", "I Komang Adi Saputra, S.Pd., M.Pd.", "Pengawas Sekolah Korwil II"],
    ["7", "Anggota", "Syamsul Bahri, S.Pd., M.Si.", "Pengawas Sekolah Korwil III"],
    ["8", "Anggota", "Dedi Kurniawan, S.Kom.", "Pranata Komputer, admin RINAI"],
]

KEP_SAGARA = [
    C("KEPUTUSAN KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN LEMBAH SARI"),
    C("NOMOR 800.1.6/118/DIKBUD/2026"),
    C("TENTANG"),
    C("PENETAPAN MENTOR, MENTEE, DAN TIM PENGELOLA PROGRAM SAHABAT GURU BARU (SAGARA) "
      "TAHUN 2026"),
    P("Dokumen fiktif, untuk evaluasi. Seluruh nama dan nomor dalam keputusan ini adalah rekaan."),
    C("KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN LEMBAH SARI,"),
    P("Menimbang: a. bahwa guru PPPK yang diangkat pada tahun 2025 dan mulai bertugas di Kabupaten "
      "Lembah Sari perlu didampingi dalam tahun pertama masa perjanjian kerjanya; b. bahwa "
      "berdasarkan Pasal 21 sampai dengan Pasal 24 Peraturan Kepala Dinas Nomor 7 Tahun 2026, "
      "mentor dan mentee program SAGARA ditetapkan dengan Keputusan Kepala Dinas; c. bahwa "
      "berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan "
      "Keputusan Kepala Dinas tentang Penetapan Mentor, Mentee, dan Tim Pengelola Program SAGARA "
      "Tahun 2026."),
    P("Mengingat: Peraturan Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Lembah Sari Nomor 7 "
      "Tahun 2026 tentang Pedoman Pengembangan Kompetensi Pendidik dan Tenaga Kependidikan."),
    C("MEMUTUSKAN:"),
    P("Menetapkan:"),
    P("KESATU: Menetapkan 12 (dua belas) orang mentor dan 41 (empat puluh satu) orang mentee "
      "program SAGARA Tahun 2026 sebagaimana tercantum dalam Lampiran I Keputusan ini."),
    P("KEDUA: Menetapkan Tim Pengelola program SAGARA Tahun 2026 sebagaimana tercantum dalam "
      "Lampiran II Keputusan ini."),
    P("KETIGA: Pendampingan SAGARA Tahun 2026 dilaksanakan mulai tanggal 2 Maret 2026 sampai dengan "
      "tanggal 28 Agustus 2026, didahului orientasi mentor dan mentee pada tanggal 3 dan 4 Maret "
      "2026 di Aula Rumah Belajar Guru Lembah Sari."),
    P("KEEMPAT: Mentor diberikan insentif sebesar Rp300.000,00 (tiga ratus ribu rupiah) per mentee "
      "per bulan, paling lama 6 (enam) bulan, yang dibayarkan setiap akhir bulan setelah jurnal "
      "mentoring diverifikasi oleh Tim Pengelola."),
    P("KELIMA: Tim Pengelola bertugas: a. menyelenggarakan orientasi; b. memantau pelaksanaan "
      "pertemuan mentoring dan observasi kelas; c. memverifikasi jurnal mentoring pada RINAI; d. "
      "menyelesaikan kendala pasangan mentor-mentee, termasuk penggantian mentor; dan e. "
      "melaporkan hasil pelaksanaan kepada Kepala Dinas paling lambat tanggal 30 Oktober 2026."),
    P("KEENAM: Penggantian mentor atau mentee hanya dapat dilakukan karena mutasi, sakit "
      "berkepanjangan, atau alasan lain yang sah, dan ditetapkan oleh Ketua Tim Pengelola."),
    P("KETUJUH: Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Dokumen "
      "Pelaksanaan Anggaran Dinas Pendidikan dan Kebudayaan Kabupaten Lembah Sari Tahun Anggaran "
      "2026."),
    P("KEDELAPAN: Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    P("Ditetapkan di Tanjung Sari pada tanggal 20 Februari 2026"),
    P("KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN LEMBAH SARI, ttd. " + KADIS),
    BR(),
    C("LAMPIRAN I KEPUTUSAN KEPALA DINAS NOMOR 800.1.6/118/DIKBUD/2026"),
    C("DAFTAR MENTOR DAN MENTEE SAGARA TAHUN 2026"),
    T("Tabel Pasangan Mentor dan Mentee SAGARA 2026",
      ["No", "Nama Mentor", "Unit Kerja Mentor", "Korwil", "Jumlah Mentee", "Nama Mentee"],
      [[str(i + 1), m[0], m[1], m[2], str(len(m[3])), "; ".join(m[3])]
       for i, m in enumerate(MENTORS)],
      [6, 30, 24, 14, 12, 60],
      header2=[("No", 1), ("Mentor", 3), ("Mentee", 2)]),
    P("Jumlah: 12 mentor dan 41 mentee. Seluruh mentee adalah guru PPPK dengan TMT 1 Maret 2025 "
      "atau sesudahnya."),
    BR(),
    C("LAMPIRAN II KEPUTUSAN KEPALA DINAS NOMOR 800.1.6/118/DIKBUD/2026"),
    C("SUSUNAN TIM PENGELOLA PROGRAM SAGARA TAHUN 2026"),
    T("Tabel Tim Pengelola SAGARA 2026",
      ["No", "Kedudukan dalam Tim", "Nama", "Jabatan"],
      TIM_SAGARA,
      [6, 30, 40, 50],
      header2=[("No", 1), ("Tim Pengelola", 3)]),
]

DOCS = {
    "perkadis-pengembangan-kompetensi-2026": (
        "pdf", PERKADIS, "Perkadis Dikbud Lembah Sari No. 7 Tahun 2026"),
    "se-bantuan-studi-lanjut-2026": ("pdf", SE2026, "SE Bantuan Biaya Studi Lanjut 2026"),
    "kep-sagara-2026": ("docx", KEP_SAGARA, "Keputusan Kepala Dinas tentang SAGARA 2026"),
}


# =========================================================================== plain-text documents
SE2024_TXT = """\
PEMERINTAH KABUPATEN LEMBAH SARI
DINAS PENDIDIKAN DAN KEBUDAYAAN
Jalan Pendidikan Nomor 14, Tanjung Sari
(Dokumen fiktif, untuk evaluasi)

SURAT EDARAN
NOMOR 800/1145/DIKBUD/2024
TENTANG
BANTUAN BIAYA STUDI LANJUT BAGI GURU

Yth. Kepala SD Negeri dan SMP Negeri se-Kabupaten Lembah Sari

Dalam rangka meningkatkan kualifikasi akademik guru di Kabupaten Lembah Sari, Dinas Pendidikan
dan Kebudayaan memberikan bantuan biaya studi lanjut dengan ketentuan sebagai berikut.

1. Sasaran
   Bantuan hanya diberikan kepada guru berstatus PNS. Guru PPPK dan guru honorer belum dapat
   mengajukan bantuan ini.

2. Persyaratan
   a. masa kerja sebagai guru PNS paling singkat 4 (empat) tahun;
   b. usia paling tinggi 45 tahun untuk jenjang S1/D4 dan paling tinggi 40 tahun untuk jenjang S2;
   c. penilaian kinerja paling rendah Baik pada tahun terakhir;
   d. diterima pada program studi yang terakreditasi paling rendah B atau Baik Sekali;
   e. program studi linier dengan mata pelajaran atau tugas yang diampu.

3. Besaran bantuan
   Bantuan diberikan sebesar 50% (lima puluh persen) dari uang kuliah per semester, dengan
   plafon:
   - jenjang S1/D4 paling banyak Rp2.500.000 per semester, paling lama 6 semester;
   - jenjang S2 paling banyak Rp4.000.000 per semester, paling lama 4 semester.

4. Kuota
   Kuota penerima bantuan sebanyak 20 (dua puluh) orang setiap tahun.

5. Tata cara pengajuan
   a. berkas fisik diserahkan langsung ke Bidang Guru dan Tenaga Kependidikan, Kantor Dinas
      Jalan Pendidikan Nomor 14, pada tanggal 1 s.d. 31 Juli setiap tahun, pukul 08.00-14.00
      WITA pada hari kerja;
   b. berkas terdiri atas surat permohonan, rekomendasi kepala sekolah, fotokopi SK pangkat
      terakhir, bukti penerimaan dari perguruan tinggi, dan rincian biaya kuliah;
   c. hasil seleksi diumumkan paling lambat akhir bulan Agustus.

6. Kewajiban penerima
   a. indeks prestasi semester paling rendah 3,00;
   b. melapor kemajuan studi setiap semester kepada Bidang GTK;
   c. setelah lulus wajib mengabdi di Kabupaten Lembah Sari paling singkat 2 (dua) tahun.

Demikian Surat Edaran ini disampaikan untuk diketahui dan dilaksanakan.

Tanjung Sari, 3 Juni 2024
Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Lembah Sari,
ttd.
Drs. H. Mahsun Efendi, M.M.
"""

PENGUMUMAN_TXT = """\
PENGUMUMAN
NOMOR 800.1/0561/DIKBUD/2026
TENTANG JADWAL PELATIHAN KLASIKAL GELOMBANG II BULAN JULI 2026
Dinas Pendidikan dan Kebudayaan Kabupaten Lembah Sari
(Dokumen fiktif, untuk evaluasi)

Diberitahukan kepada seluruh kepala sekolah dan PTK bahwa Rumah Belajar Guru (RBG) Lembah Sari
akan menyelenggarakan Pelatihan Klasikal Gelombang II pada bulan Juli 2026 dengan jadwal sebagai
berikut. Seluruh waktu dalam pengumuman ini adalah Waktu Indonesia Tengah (WITA).

1. Asesmen Formatif di Kelas (KT-04), 16 JP, daring sinkron
   Hari/tanggal : Senin s.d. Kamis, 6-9 Juli 2026
   Waktu        : pukul 07.30–11.00 WITA
   Tempat       : daring melalui ruang virtual RINAI Live (tautan dikirim lewat akun RINAI)
   Peserta      : 60 guru SD dan SMP (satu angkatan)

2. Literasi dan Numerasi Kelas Awal (KT-06), 24 JP, klasikal
   Hari/tanggal : Senin s.d. Kamis, 13-16 Juli 2026
   Waktu        : pukul 07.30–14.30 WITA
   Tempat       : Ruang Kelas 2 dan Ruang Kelas 3, Rumah Belajar Guru Lembah Sari,
                  Jalan Raya Batu Lawang Km 4, Tanjung Sari
   Peserta      : 30 guru kelas I-III SD

3. Literasi dan Numerasi Kelas Tinggi (KT-07), 18 JP, klasikal
   Hari/tanggal : Rabu s.d. Jumat, 15-17 Juli 2026
   Waktu        : pukul 08.00–14.00 WITA (Jumat pukul 08.00–11.00 WITA)
   Tempat       : SDN 1 Rawa Indah (sekolah inti Gugus Teratai), Kecamatan Rawa Indah
   Peserta      : 30 guru kelas IV-VI SD dari Korwil III

4. PPKS Tingkat II Angkatan III (KT-19), 32 JP, klasikal berasrama
   Hari/tanggal : Senin s.d. Jumat, 20-24 Juli 2026 (registrasi Minggu, 19 Juli 2026)
   Waktu        : pukul 07.30–16.00 WITA
   Tempat       : Aula Rumah Belajar Guru Lembah Sari dan Asrama RBG
   Peserta      : 30 kepala sekolah sesuai surat panggilan

5. Pendidikan Inklusif dan Layanan Peserta Didik Berkebutuhan Khusus (KT-10), 24 JP, klasikal
   Hari/tanggal : Senin s.d. Kamis, 27-30 Juli 2026
   Waktu        : pukul 07.30–14.30 WITA
   Tempat       : SMPN 1 Tanjung Rebah (Sekretariat Korwil II)
   Peserta      : 25 guru SD dan SMP

Ketentuan:
a. Pendaftaran peserta dilakukan oleh admin sekolah melalui RINAI dan ditutup pada hari Jumat,
   26 Juni 2026 pukul 23.59 WITA.
b. Penggantian peserta paling lambat 5 hari kerja sebelum pelatihan dimulai.
c. Peserta pelatihan tatap muka membawa laptop, surat tugas dari kepala sekolah, dan
   berpakaian seragam dinas harian (hari Jumat: pakaian adat daerah).
d. Peserta dari Korwil III yang mengikuti pelatihan di kampus RBG memperoleh uang transport
   sesuai ketentuan.
e. Sesi daring dimulai tepat waktu; peserta wajib menyalakan kamera selama 90 menit pertama
   setiap sesi untuk presensi.

Informasi: Seksi Pengembangan Kompetensi GTK, layanan bantuan RINAI, Senin s.d. Jumat
pukul 08.00–15.00 WITA.

Tanjung Sari, 15 Juni 2026
a.n. Kepala Dinas
Kepala Bidang Guru dan Tenaga Kependidikan,
ttd.
Ahmad Fauzan Rizki, S.Pd., M.M.
"""

FAQ_TXT = """\
TANYA JAWAB (FAQ) PENGEMBANGAN KOMPETENSI PTK
Dinas Pendidikan dan Kebudayaan Kabupaten Lembah Sari
Diperbarui: 2 Maret 2026 - Dokumen fiktif, untuk evaluasi.

T: Berapa JP yang wajib saya penuhi dalam setahun?
J: Tergantung kategori. Guru PNS 32 JP, guru PPPK 24 JP, kepala sekolah dan pengawas sekolah
   40 JP, TAS dan staf kantor 20 JP per tahun kalender. Rinciannya ada pada Tabel 1 Peraturan
   Kepala Dinas Nomor 7 Tahun 2026.

T: Saya baru mulai bertugas bulan Agustus. Apakah tetap harus memenuhi target penuh?
J: Tidak. PTK yang mulai bertugas setelah 30 Juni cukup memenuhi setengah (50%) dari target
   pada tahun itu.

T: Kalau JP saya tahun ini lebih dari target, apakah sisanya bisa dipakai tahun depan?
J: Tidak bisa. Kelebihan JP tidak dialihkan ke tahun berikutnya.

T: Berapa JP yang saya dapat dari satu pertemuan SGS?
J: Satu pertemuan SGS paling singkat 135 menit diakui 3 JP, asalkan Bapak/Ibu hadir penuh dan
   laporan pertemuan sudah diunggah sekretaris SGS ke RINAI. Batas pengakuan SGS setahun untuk
   guru PNS 16 JP dan untuk guru PPPK 12 JP.

T: Berapa lama batas mengajukan klaim JP untuk webinar atau pelatihan dari luar?
J: Paling lambat 30 hari kalender setelah kegiatan selesai. Lewat dari itu klaim ditolak
   otomatis oleh RINAI.

T: Saya guru PPPK angkatan 2025. Apakah wajib ikut SAGARA?
J: Ya. SAGARA wajib bagi guru PPPK pada tahun pertama masa perjanjian kerja. Mentee yang tuntas
   mendapat pengakuan 20 JP.

T: Apakah guru PPPK sekarang boleh mengajukan bantuan biaya studi lanjut?
J: Boleh. Sejak Surat Edaran Nomor 800.1/0217/DIKBUD/2026, guru PPPK termasuk sasaran bantuan,
   dengan paling sedikit 10 kursi khusus PPPK. Ketentuan lama yang hanya untuk PNS sudah
   dicabut.

T: Berapa persen biaya kuliah yang ditanggung bantuan studi lanjut?
J: Untuk tahun 2026 sebesar 60% dari UKT/SPP (75% untuk S2 program studi prioritas daerah),
   dengan plafon per semester sesuai Surat Edaran 2026.

T: Saya lupa kata sandi RINAI. Bagaimana?
J: Klik "Lupa Kata Sandi" di halaman masuk RINAI; tautan pemulihan dikirim ke surel yang
   terdaftar. Jika surel sudah tidak aktif, hubungi admin sekolah RINAI untuk mengatur ulang
   surel, atau layanan bantuan RINAI pada hari kerja.

T: Berapa kali saya boleh ikut pelatihan klasikal yang dibiayai APBD dalam setahun?
J: Paling banyak 2 pelatihan klasikal per tahun. Batas ini tidak berlaku untuk PPKS, Pelatihan
   Fasilitator SGS, dan Pelatihan Mentor SAGARA.

T: Apa akibatnya kalau saya sudah terdaftar pelatihan tetapi tidak datang tanpa kabar?
J: Peserta yang tidak hadir tanpa pemberitahuan tidak dapat diusulkan untuk pelatihan klasikal
   berbiaya APBD selama 1 tahun.

T: Apakah guru honorer (non-ASN) boleh ikut SGS?
J: Boleh hadir sebagai peserta undangan atas persetujuan ketua SGS, tetapi kehadirannya tidak
   dicatat sebagai JP di RINAI karena RINAI hanya untuk PTK berstatus ASN.

T: Apa bedanya Asesmen Formatif di Kelas dan Asesmen Formatif Berbasis Digital?
J: Keduanya pelatihan yang berbeda. Asesmen Formatif di Kelas (KT-04) 16 JP secara daring
   sinkron; Asesmen Formatif Berbasis Digital (KT-05) 20 JP secara kombinasi dan hanya untuk guru
   yang sudah lulus KT-04.

T: Siapa yang memverifikasi klaim JP kepala sekolah?
J: Koordinator Korwil, paling lama 5 hari kerja sejak klaim diterima.
"""

PANGGILAN_TXT = """\
PEMERINTAH KABUPATEN LEMBAH SARI
DINAS PENDIDIKAN DAN KEBUDAYAAN
(Dokumen fiktif, untuk evaluasi)

Nomor    : 800.1/0598/DIKBUD/2026                      Tanjung Sari, 29 Juni 2026
Sifat    : Penting
Lampiran : 1 (satu) berkas
Perihal  : Panggilan Peserta PPKS Tingkat II Angkatan III Tahun 2026

Yth. Kepala Sekolah yang namanya tercantum dalam lampiran
di tempat

Dalam rangka pelaksanaan Pelatihan Penguatan Kepala Sekolah (PPKS) Tingkat II Angkatan III
Tahun 2026 sesuai Peraturan Kepala Dinas Nomor 7 Tahun 2026, dengan ini kami memanggil
Bapak/Ibu untuk mengikuti pelatihan dengan ketentuan sebagai berikut:

1. Registrasi ulang : Minggu, 19 Juli 2026, pukul 14.00–17.00 WITA, di Asrama RBG
2. Pelaksanaan       : Senin s.d. Jumat, 20-24 Juli 2026, pukul 07.30–16.00 WITA
3. Pembukaan         : Senin, 20 Juli 2026, pukul 08.00 WITA, di Aula RBG, oleh Kepala Dinas
4. Penutupan         : Jumat, 24 Juli 2026, pukul 14.00 WITA
5. Tempat            : Rumah Belajar Guru Lembah Sari, Jalan Raya Batu Lawang Km 4, Tanjung Sari
6. Bobot             : 32 JP, lima modul, berasrama (peserta wajib menginap)

Peserta diminta membawa:
a. surat tugas dari Koordinator Korwil masing-masing;
b. laptop dan pengisi daya;
c. dokumen rencana kerja sekolah dan rapor pendidikan sekolah tahun 2026;
d. perlengkapan pribadi untuk 5 hari 5 malam (asrama sekamar berdua);
e. pakaian seragam dinas harian, pakaian olahraga, dan pakaian adat daerah untuk hari Jumat.

Ketentuan lain:
- Biaya pelatihan, akomodasi, dan konsumsi ditanggung APBD Dinas (Rp2.400.000 per peserta).
  Biaya perjalanan ditanggung sekolah asal, kecuali peserta dari Korwil III yang memperoleh uang
  transport Rp150.000 per hari.
- Peserta tidak dapat diwakilkan. Kepala sekolah yang berhalangan karena alasan sah wajib
  melapor dan akan dijadwalkan pada angkatan berikutnya.
- Selama pelatihan, tugas harian kepala sekolah dilaksanakan oleh wakil kepala sekolah atau
  guru senior yang ditunjuk.
- Konfirmasi kehadiran paling lambat Jumat, 10 Juli 2026 kepada panitia:
  Baiq Hartini, S.Pd. (Sekretaris Panitia), telepon/WA 0819-0000-3317.

LAMPIRAN: DAFTAR PESERTA PPKS TINGKAT II ANGKATAN III (30 orang; sebagian ditampilkan)
No | Nama                               | Sekolah                  | Korwil
1  | H. Lalu Sahabudin, S.Pd.           | SDN 2 Sari Kota          | Korwil I
2  | Ni Made Suarniti, S.Pd.SD          | SDN 5 Batu Lawang        | Korwil I
3  | Drs. Abdul Manan                   | SMPN 3 Kali Bening       | Korwil I
4  | Sulastri, S.Pd., M.Pd.             | SDN 6 Tanjung Rebah      | Korwil II
5  | Yakobus Lelo, S.Pd.                | SMPN 2 Teluk Asri        | Korwil II
6  | Hj. Mariani, S.Pd.                 | SDN 3 Pematang Tinggi    | Korwil II
7  | Ketut Wardana, S.Pd.               | SDN 4 Rawa Indah         | Korwil III
8  | Siti Rukmini, S.Pd.                | SDN 2 Lendang Nara       | Korwil III
9  | Muhammad Yusuf, S.Pd., M.M.        | SMPN 1 Bukit Selong      | Korwil III
... (21 peserta lainnya tercantum dalam lampiran lengkap di RINAI)

a.n. Kepala Dinas Pendidikan dan Kebudayaan
Kepala Bidang Guru dan Tenaga Kependidikan,
ttd.
Ahmad Fauzan Rizki, S.Pd., M.M.

Tembusan: 1. Kepala Dinas (sebagai laporan); 2. Kepala RBG; 3. Koordinator Korwil I, II, dan III.
"""

PANDUAN_SGS_MD = """\
---
id: panduan-sgs-2026
title: Panduan Pelaksanaan Sanggar Guru Serumpun (SGS) Tahun 2026
unit: Bidang Guru dan Tenaga Kependidikan, Dinas Pendidikan dan Kebudayaan Kabupaten Lembah Sari
tanggal: 2026-03-16
catatan: Dokumen fiktif, untuk evaluasi.
---

# Panduan Pelaksanaan Sanggar Guru Serumpun (SGS) Tahun 2026

> Dokumen fiktif, untuk evaluasi. Panduan ini menjabarkan BAB V Peraturan Kepala Dinas
> Nomor 7 Tahun 2026 agar mudah diterapkan oleh pengurus SGS.

## 1. Sekilas SGS

SGS adalah komunitas belajar guru. Di jenjang SD, SGS dibentuk di setiap Gugus untuk rumpun
kelas awal dan rumpun kelas tinggi; di jenjang SMP, SGS dibentuk per kecamatan untuk setiap mata
pelajaran. Pada tahun 2026 terdapat 48 SGS jenjang SD (24 Gugus x 2 rumpun kelas) dan 31 SGS
jenjang SMP, sehingga seluruhnya berjumlah 79 SGS.

## 2. Pengurus

- **Ketua** memimpin pertemuan dan menyusun program semester. Kepala sekolah dan pengawas
  sekolah tidak boleh menjadi ketua.
- **Sekretaris** mengelola presensi dan mengunggah laporan ke RINAI.
- **Fasilitator** memandu sesi belajar; jenjangnya Tingkat I, Tingkat II, atau Tingkat III.
- **Pembina** adalah pengawas sekolah di wilayah binaan.

Masa bakti ketua dan sekretaris 2 tahun (2026-2027), dan dapat dipilih kembali satu kali.

## 3. Jadwal Pertemuan

- Paling sedikit **enam pertemuan per semester**. Semester genap berlangsung Januari-Juni dan
  semester ganjil Juli-Desember.
- Jadwal yang dianjurkan: **hari Sabtu pukul 08.00-10.15 WITA** (135 menit), di sekolah inti,
  sekolah anggota secara bergiliran, atau di RBG.
- Pertemuan yang lebih singkat dari 135 menit tetap boleh dilaksanakan, tetapi **tidak diakui
  sebagai JP**.

## 4. Alur Pertemuan 135 Menit

| Bagian | Durasi | Kegiatan |
|---|---|---|
| Pembukaan | 10 menit | salam, presensi melalui kode QR RINAI |
| Refleksi | 20 menit | berbagi pengalaman mengajar dua minggu terakhir |
| Berbagi praktik baik | 40 menit | dua anggota menyajikan praktik, masing-masing 20 menit |
| Kerja kolaboratif | 45 menit | menyusun atau menelaah perangkat ajar, lesson study |
| Rencana tindak lanjut | 15 menit | setiap anggota menulis satu rencana untuk dicoba di kelas |
| Penutup | 5 menit | umpan balik singkat dan kesepakatan pertemuan berikutnya |

## 5. Enam Tema Prioritas 2026

1. Pembelajaran berdiferensiasi
2. Asesmen formatif
3. Literasi dan numerasi
4. Pencegahan perundungan
5. Pendidikan inklusif
6. Muatan lokal budaya Lembah Sari

Setiap SGS memilih paling sedikit dua dari enam tema tersebut dalam satu semester.

## 6. Dana Operasional

- Besaran **Rp1.500.000 per semester** untuk setiap SGS, dicairkan pada bulan Februari (semester
  genap) dan Agustus (semester ganjil).
- Dana SGS jenjang SD ditransfer ke rekening sekolah inti Gugus; dana SGS jenjang SMP ditransfer
  ke rekening SMP tempat sekretariat SGS.
- Penggunaan: konsumsi paling banyak 60% dari dana, sisanya untuk bahan praktik dan penggandaan
  materi. Dana **tidak boleh** dipakai untuk honor pengurus; honor fasilitator dibayar terpisah
  oleh Dinas.
- Pertanggungjawaban: 15 Juli (semester genap) dan 15 Januari (semester ganjil).

## 7. Laporan Pertemuan

Sekretaris mengunggah laporan paling lambat 7 hari setelah pertemuan, berisi daftar hadir,
notulen singkat, foto kegiatan (paling banyak 3 foto), dan produk pertemuan. Laporan yang
terlambat membuat JP anggota tidak tercatat.

## 8. SGS Terbaik

Setiap tahun dipilih **satu SGS terbaik tingkat kabupaten** yang menerima piagam dan uang
pembinaan Rp5.000.000 pada peringatan Hari Guru. Kriteria: keteraturan pertemuan (30%), mutu
produk (40%), dan dampak pada pembelajaran di kelas (30%).

## 9. Kontak

Seksi Pengembangan Kompetensi GTK (Ni Luh Putu Ayu Sartika, S.Pd., M.Pd.), melalui layanan
bantuan RINAI.
"""

PROFIL_RBG_MD = """\
---
id: profil-rbg
title: Profil Rumah Belajar Guru (RBG) Lembah Sari
jenis: profil unit
diperbarui: 2026-01-20
catatan: Dokumen fiktif, untuk evaluasi.
---

# Profil Rumah Belajar Guru (RBG) Lembah Sari

*Dokumen fiktif, untuk evaluasi.*

Rumah Belajar Guru Lembah Sari (RBG) adalah unit pelaksana teknis daerah (UPTD) pada Dinas
Pendidikan dan Kebudayaan Kabupaten Lembah Sari. RBG dibentuk dengan Peraturan Bupati Lembah
Sari Nomor 18 Tahun 2024 dan mulai beroperasi pada tanggal 2 Januari 2025, menempati bekas
gedung Sanggar Kegiatan Guru yang direnovasi.

- **Alamat:** Jalan Raya Batu Lawang Km 4, Tanjung Sari, Kabupaten Lembah Sari
- **Kepala RBG:** Drs. Lalu Muhammad Zaini, M.Pd.
- **Pegawai:** 14 orang, terdiri atas 6 pelatih tetap, 5 staf administrasi, dan 3 teknisi
- **Telepon:** (0376) 555-0141

## Tugas

1. Menyelenggarakan Pelatihan Klasikal sesuai Katalog Pelatihan.
2. Memutakhirkan Katalog Pelatihan setiap tahun.
3. Mengelola RINAI bersama Bidang GTK.
4. Menyediakan tempat bagi pertemuan SGS.
5. Menetapkan kenaikan jenjang fasilitator SGS.

## Fasilitas

| Fasilitas | Jumlah | Kapasitas |
|---|---|---|
| Aula Utama | 1 | 150 orang |
| Ruang kelas | 4 | 30 orang per ruang |
| Laboratorium komputer | 1 | 32 unit komputer |
| Asrama | 24 kamar | 48 tempat tidur |
| Perpustakaan dan pojok baca | 1 | 40 orang |
| Studio rekaman pembelajaran | 1 | 6 orang |
| Ruang makan | 1 | 80 orang |

## Jam Layanan

- Senin s.d. Kamis pukul 07.30-16.00 WITA
- Jumat pukul 07.30-11.30 WITA
- Sabtu pukul 08.00-12.00 WITA, khusus pertemuan SGS yang sudah terjadwal

## Peminjaman Ruang

Sekolah, SGS, dan Korwil dapat meminjam ruang RBG dengan mengajukan permohonan melalui RINAI
paling lambat 10 hari kerja sebelum kegiatan. Kegiatan Dinas diprioritaskan. Peminjaman oleh
SGS tidak dipungut biaya.

## Tata Tertib Asrama

- Masuk asrama mulai pukul 14.00 WITA pada hari registrasi; keluar paling lambat pukul 12.00
  WITA pada hari terakhir.
- Jam malam pukul 22.00 WITA.
- Satu kamar diisi dua orang peserta dengan jenis kelamin yang sama.
- Peserta dilarang membawa tamu menginap.
"""

KLAIM_JP_MD = """\
# Cara Mengajukan Klaim JP di RINAI

_Dokumen fiktif, untuk evaluasi. Panduan singkat dari admin RINAI, Dinas Pendidikan dan
Kebudayaan Kabupaten Lembah Sari._

Klaim JP dipakai untuk mencatat kegiatan pengembangan kompetensi **di luar RBG**, misalnya
webinar, seminar, pelatihan dari penyelenggara lain, magang di sekolah mitra, atau publikasi
karya. Pelatihan RBG, kursus mandiri, pertemuan SGS, dan SAGARA tercatat otomatis sehingga tidak
perlu diklaim.

## Sebelum mulai

- Siapkan bukti berupa sertifikat atau surat keterangan yang mencantumkan jumlah JP atau durasi
  kegiatan, dalam format PDF atau JPG dengan ukuran paling besar 2 MB.
- Ajukan klaim paling lambat **30 hari kalender** setelah kegiatan selesai.

## Langkah pengajuan

1. Masuk ke RINAI menggunakan NIP (PNS) atau nomor induk PPPK (PPPK).
2. Buka menu **Portofolio > Klaim JP**.
3. Klik **Tambah Klaim**, lalu pilih jenis kegiatan.
4. Isi nama kegiatan, penyelenggara, tanggal mulai dan tanggal selesai, serta jumlah JP atau
   durasi yang tertulis di sertifikat.
5. Unggah bukti kegiatan.
6. Klik **Kirim untuk Verifikasi**.

## Status klaim

| Status | Arti |
|---|---|
| Draf | klaim tersimpan tetapi belum dikirim |
| Menunggu Verifikasi | klaim sedang diperiksa verifikator (paling lama 5 hari kerja) |
| Dikembalikan | verifikator meminta perbaikan; perbaiki dalam 5 hari kerja |
| Disetujui | JP masuk ke rekap capaian tahun berjalan |
| Ditolak | klaim tidak memenuhi syarat atau melewati batas waktu |

Satu klaim paling banyak dapat dikembalikan 2 kali. Jika setelah perbaikan kedua masih belum
sesuai, klaim otomatis berstatus Ditolak.

## Siapa verifikatornya?

- Guru dan TAS: kepala sekolah.
- Kepala sekolah: Koordinator Korwil.
- Pengawas sekolah serta staf kantor Dinas dan UPTD: TPMPK.

## Contoh perhitungan

- Webinar 3 jam diakui 2 JP; dalam setahun paling banyak 6 JP dari seminar, webinar, atau
  lokakarya.
- Magang di sekolah mitra selama 2 hari kerja diakui 12 JP.
- Pelatihan dari penyelenggara lain selama 900 menit tanpa keterangan JP diakui 20 JP.

## Kalau ada kendala

Hubungi admin sekolah RINAI terlebih dahulu. Jika belum terselesaikan, hubungi layanan bantuan
RINAI pada hari kerja.
"""

NOTULEN_MD = """\
# Notulen Rapat Koordinasi Korwil Triwulan I Tahun 2026

*Dokumen fiktif, untuk evaluasi.*

- **Hari/tanggal:** Kamis, 9 April 2026
- **Waktu:** pukul 09.00-12.30 WITA
- **Tempat:** Ruang Kelas 1, Rumah Belajar Guru Lembah Sari
- **Pimpinan rapat:** Ahmad Fauzan Rizki, S.Pd., M.M. (Kepala Bidang Guru dan Tenaga
  Kependidikan)
- **Notulis:** Baiq Hartini, S.Pd.

## Peserta

- Hj. Nurul Aini, S.Pd., M.Pd. - Koordinator Korwil I
- I Wayan Sukarta, S.Pd. - Koordinator Korwil II
- Muhammad Ridwan, S.Pd.SD - Koordinator Korwil III
- Drs. Lalu Muhammad Zaini, M.Pd. - Kepala RBG
- Ni Luh Putu Ayu Sartika, S.Pd., M.Pd. - Kepala Seksi Pengembangan Kompetensi GTK
- Dedi Kurniawan, S.Kom. - admin RINAI

## Pokok Pembahasan

1. **Pengisian RPKI 2026.** Dengan batas waktu yang diperpanjang sampai 28 Februari 2026,
   persentase PTK yang telah mengisi RPKI adalah Korwil I 96,2%, Korwil II 89,5%, dan Korwil III
   78,4%, atau 89,1% untuk tingkat kabupaten.
2. **Capaian JP triwulan I.** Rata-rata capaian 7,4 JP per PTK. Telah terlaksana 143 pertemuan
   SGS dan 9 angkatan pelatihan klasikal.
3. **Kendala jaringan.** Peserta dari Kecamatan Teluk Asri dan Kecamatan Bukit Selong sering
   terputus saat pelatihan daring sinkron.
4. **SAGARA.** Orientasi tanggal 3-4 Maret 2026 diikuti 40 dari 41 mentee; satu mentee sakit dan
   mengikuti orientasi susulan.
5. **PPKS Tingkat II Angkatan III.** Jadwal semula 15-19 Juni 2026 bertabrakan dengan
   penilaian akhir semester sehingga perlu dipindah.

## Keputusan

1. Korwil III diberi kesempatan pengisian RPKI susulan sampai dengan 30 April 2026.
2. Disediakan titik akses internet bersama di SMPN 1 Tanjung Rebah dan SDN 1 Rawa Indah bagi
   peserta pelatihan daring sinkron dari Teluk Asri dan Bukit Selong.
3. PPKS Tingkat II Angkatan III dipindah ke tanggal 20-24 Juli 2026 di RBG.
4. Bidang GTK menerbitkan kuota pelatihan per Gugus tahun 2026 paling lambat 30 April 2026.

## Tindak Lanjut

| No | Tindak Lanjut | Penanggung Jawab | Batas Waktu |
|---|---|---|---|
| 1 | Menerbitkan kuota pelatihan per Gugus 2026 | Ni Luh Putu Ayu Sartika | 30 April 2026 |
| 2 | Surat pemberitahuan perubahan jadwal PPKS | Drs. Lalu Muhammad Zaini | 17 April 2026 |
| 3 | Menyiapkan titik akses internet bersama | Dedi Kurniawan | 15 Mei 2026 |
| 4 | Pendampingan pengisian RPKI susulan | Muhammad Ridwan | 30 April 2026 |

Rapat koordinasi berikutnya (triwulan II) dijadwalkan hari Kamis, 9 Juli 2026.

Notulis: Baiq Hartini, S.Pd.
"""

PORTAL_HTML = """\
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>RINAI - Ruang Interaktif Pembelajaran Aparatur dan Insan Pendidik</title>
</head>
<body>
<header>
<h1>RINAI</h1>
<p>Ruang Interaktif Pembelajaran Aparatur dan Insan Pendidik &mdash; platform pembelajaran dan
pencatatan pengembangan kompetensi PTK Dinas Pendidikan dan Kebudayaan Kabupaten Lembah Sari.</p>
<p><em>Halaman fiktif, untuk evaluasi.</em></p>
</header>

<section id="pengumuman">
<h2>Pengumuman Terbaru</h2>
<ul>
<li><strong>2 Maret 2026</strong> &mdash; Pendaftaran bantuan biaya studi lanjut 2026 dibuka
melalui menu Layanan &gt; Studi Lanjut sampai dengan 10 April 2026.</li>
<li><strong>8 Mei 2026</strong> &mdash; Hasil seleksi bantuan biaya studi lanjut 2026 diumumkan;
sebanyak 35 penerima ditetapkan, 12 di antaranya guru PPPK.</li>
<li><strong>15 Juni 2026</strong> &mdash; Pendaftaran Pelatihan Klasikal Gelombang II (Juli 2026)
dibuka dan ditutup 26 Juni 2026 pukul 23.59 WITA.</li>
<li><strong>20 Juni 2026</strong> &mdash; Pemeliharaan sistem pada Sabtu, 20 Juni 2026 pukul 22.00
WITA sampai dengan Minggu, 21 Juni 2026 pukul 04.00 WITA. RINAI tidak dapat diakses selama
pemeliharaan.</li>
</ul>
</section>

<section id="kursus">
<h2>Kursus Mandiri Tersedia</h2>
<p>Kursus mandiri dinyatakan lulus dengan nilai kuis akhir paling rendah 75; kuis dapat diulang
paling banyak 3 kali. Pengakuan kursus mandiri paling banyak 10 JP per bulan.</p>
<table>
<thead>
<tr><th>Kode</th><th>Judul Kursus</th><th>Bobot (JP)</th><th>Sasaran</th><th>Tersedia Hingga</th></tr>
</thead>
<tbody>
<tr><td>RM-101</td><td>Penyusunan Modul Ajar</td><td>12</td><td>Guru SD dan SMP</td><td>31 Desember 2026</td></tr>
<tr><td>RM-102</td><td>Literasi Digital untuk Guru</td><td>8</td><td>Semua PTK</td><td>31 Desember 2026</td></tr>
<tr><td>RM-103</td><td>Etika dan Disiplin ASN</td><td>6</td><td>Semua PTK</td><td>30 September 2026</td></tr>
<tr><td>RM-104</td><td>Pencegahan Perundungan di Sekolah</td><td>10</td><td>Guru SD dan SMP</td><td>31 Desember 2026</td></tr>
<tr><td>RM-105</td><td>Pencegahan Perundungan di Sekolah untuk Kepala Sekolah</td><td>6</td><td>Kepala sekolah</td><td>31 Desember 2026</td></tr>
<tr><td>RM-106</td><td>Dasar Pengelolaan Dapodik</td><td>4</td><td>Operator sekolah dan TAS</td><td>31 Oktober 2026</td></tr>
<tr><td>RM-107</td><td>Pelindungan Data Pribadi Peserta Didik</td><td>5</td><td>Semua PTK</td><td>31 Desember 2026</td></tr>
</tbody>
</table>
</section>

<section id="statistik">
<h2>RINAI dalam Angka</h2>
<ul>
<li>Akun aktif: 2.803 PTK</li>
<li>Kursus mandiri yang diselesaikan sepanjang 2025: 5.126</li>
<li>Rata-rata nilai kuis akhir 2025: 82,6</li>
<li>Klaim JP yang diverifikasi pada 2025: 9.472</li>
</ul>
</section>

<section id="bantuan">
<h2>Layanan Bantuan</h2>
<ul>
<li>Jam layanan: Senin s.d. Jumat pukul 08.00&ndash;15.00 WITA (istirahat pukul 12.00&ndash;13.00 WITA)</li>
<li>WhatsApp layanan bantuan: 0819-0000-4421 (pesan teks saja)</li>
<li>Surel: bantuan.rinai@dikbud-lembahsari.example</li>
<li>Waktu tanggapan paling lama 1 hari kerja</li>
<li>Untuk lupa kata sandi, gunakan tautan &quot;Lupa Kata Sandi&quot; di halaman masuk</li>
</ul>
</section>

<footer>
<p>&copy; 2026 Dinas Pendidikan dan Kebudayaan Kabupaten Lembah Sari. Dikelola oleh Bidang GTK
bersama Rumah Belajar Guru. Dokumen fiktif, untuk evaluasi.</p>
</footer>
</body>
</html>
"""

# =========================================================================== CSV documents
REKAP_JP_HEADER = ["Kecamatan", "Korwil", "Jumlah PTK", "Rata-rata JP Guru PNS",
                   "Rata-rata JP Guru PPPK", "Rata-rata JP Kepala Sekolah",
                   "PTK Memenuhi Target (%)", "Pertemuan SGS"]
REKAP_JP = [
    ["Sari Kota", "Korwil I", "612", "27,4", "19,8", "36,2", "71,4", "118"],
    ["Batu Lawang", "Korwil I", "388", "24,1", "18,7", "33,0", "63,9", "84"],
    ["Kali Bening", "Korwil I", "295", "22,6", "17,2", "30,5", "58,3", "61"],
    ["Tanjung Rebah", "Korwil II", "421", "25,3", "20,4", "34,8", "66,0", "92"],
    ["Pematang Tinggi", "Korwil II", "274", "21,9", "16,5", "29,1", "52,6", "57"],
    ["Teluk Asri", "Korwil II", "203", "17,8", "13,9", "25,4", "41,2", "33"],
    ["Rawa Indah", "Korwil III", "256", "19,5", "15,1", "27,7", "47,5", "49"],
    ["Bukit Selong", "Korwil III", "187", "16,2", "12,6", "24,0", "38,9", "29"],
    ["Lendang Nara", "Korwil III", "231", "20,8", "14,8", "26,3", "45,0", "44"],
    ["Kabupaten Lembah Sari (seluruh kecamatan)", "Semua Korwil", "2867", "22,9", "16,8", "31,1",
     "57,6", "567"],
]
assert sum(int(r[2]) for r in REKAP_JP[:-1]) == 2867
assert sum(int(r[7]) for r in REKAP_JP[:-1]) == 567

# kuota per gugus for three near-duplicate SD trainings
KUOTA = {
    "KT-03": ("Pembelajaran Berdiferensiasi untuk Kelas Rangkap",
              [0, 0, 0, 0, 1, 2, 2, 2, 1, 1, 1, 2, 2, 2, 2, 3, 3, 2, 3, 3, 4, 4, 4, 4]),
    "KT-06": ("Literasi dan Numerasi Kelas Awal",
              [4, 4, 3, 3, 3, 3, 4, 3, 3, 4, 4, 4, 4, 4, 4, 3, 3, 5, 4, 4, 4, 5, 4, 4]),
    "KT-07": ("Literasi dan Numerasi Kelas Tinggi",
              [3, 3, 3, 4, 3, 4, 3, 4, 3, 4, 4, 4, 3, 4, 4, 4, 3, 4, 5, 4, 5, 4, 4, 4]),
}
ANGKATAN = {
    "KT-03": {"I": "Angkatan I", "II": "Angkatan I", "III": "Angkatan II"},
    "KT-06": {"I": "Angkatan I", "II": "Angkatan II", "III": "Angkatan III"},
    "KT-07": {"I": "Angkatan I", "II": "Angkatan III", "III": "Angkatan II"},
}


def kuota_rows():
    flat = [(kec, kw, g) for kec, kw, gs in GUGUS for g, _i, _j in gs]
    rows = []
    for kode, (nama, nums) in KUOTA.items():
        assert len(nums) == len(flat)
        for (kec, kw, g), n in zip(flat, nums, strict=True):
            ket = ""
            if kode == "KT-03" and n == 0:
                ket = "tidak ada SD dengan kelas rangkap"
            elif kode == "KT-06" and kw == "III":
                ket = "pelatihan di kampus RBG; uang transport Rp150.000 per hari"
            elif kode == "KT-07" and kw == "III":
                ket = "dilaksanakan di SDN 1 Rawa Indah, 15-17 Juli 2026"
            rows.append([kode, nama, "Korwil " + kw, kec, g, str(n), ANGKATAN[kode][kw], ket])
    # totals stated per training (the only sums in this file)
    for kode, (nama, nums) in KUOTA.items():
        rows.append([kode, nama, "Semua Korwil", "Semua kecamatan", "JUMLAH", str(sum(nums)), "-",
                     "jumlah kuota seluruh Gugus"])
    return rows


FASILITATOR_HEADER = ["no", "nama", "nip_atau_ni_pppk", "status", "unit_kerja", "kecamatan",
                      "korwil", "rumpun_sgs", "jenjang_fasilitator", "jumlah_sgs_binaan",
                      "fasilitator_sejak"]
FASILITATOR = [
    ["Drs. Made Arsana, M.Pd.", "196805121993031009", "PNS", "SDN 1 Sari Kota", "Sari Kota",
     "Korwil I", "SD Kelas Tinggi", "Tingkat III", "3", "2019"],
    ["Wahyu Hidayat, S.Pd.", "198107222006041012", "PNS", "SMPN 1 Sari Kota", "Sari Kota",
     "Korwil I", "SMP Matematika", "Tingkat II", "2", "2021"],
    ["Ni Kadek Rai Sumerti, S.Pd.", "198503142009032007", "PNS", "SDN 4 Sari Kota", "Sari Kota",
     "Korwil I", "SD Kelas Awal", "Tingkat II", "2", "2022"],
    ["Ririn Oktaviani, S.Pd.", "199006182025212015", "PPPK", "SDN 3 Batu Lawang", "Batu Lawang",
     "Korwil I", "SD Kelas Awal", "Tingkat I", "1", "2025"],
    ["Hamdan Syukri, S.Pd.", "198711052011011003", "PNS", "SMPN 2 Batu Lawang", "Batu Lawang",
     "Korwil I", "SMP IPA", "Tingkat I", "1", "2024"],
    ["Theresia Lona, S.Pd.", "198209302008012011", "PNS", "SDN 5 Kali Bening", "Kali Bening",
     "Korwil I", "SD Kelas Tinggi", "Tingkat II", "2", "2020"],
    ["I Wayan Gede Astawa, S.Pd.", "197604171999031004", "PNS", "SMPN 1 Tanjung Rebah",
     "Tanjung Rebah", "Korwil II", "SMP Bahasa Inggris", "Tingkat III", "3", "2018"],
    ["Nurul Hikmah, S.Pd.", "199204252025212008", "PPPK", "SDN 2 Tanjung Rebah", "Tanjung Rebah",
     "Korwil II", "SD Kelas Awal", "Tingkat I", "1", "2025"],
    ["Samsul Hadi, S.Pd.", "198612012010011006", "PNS", "SDN 3 Pematang Tinggi",
     "Pematang Tinggi", "Korwil II", "SD Kelas Tinggi", "Tingkat I", "1", "2024"],
    ["Endang Purwati, S.Pd., M.Pd.", "197908082005012014", "PNS", "SMPN 1 Pematang Tinggi",
     "Pematang Tinggi", "Korwil II", "SMP Bahasa Indonesia", "Tingkat II", "2", "2021"],
    ["Yusuf Bagaskara, S.Pd.", "199107092025211003", "PPPK", "SDN 1 Teluk Asri", "Teluk Asri",
     "Korwil II", "SD Kelas Tinggi", "Tingkat I", "1", "2025"],
    ["Hj. Nurhasanah, S.Pd.I.", "197712241998032005", "PNS", "SDN 1 Rawa Indah", "Rawa Indah",
     "Korwil III", "SD Kelas Awal", "Tingkat III", "3", "2019"],
    ["Petrus Kanisius Bria, S.Pd.", "198803112012121002", "PNS", "SMPN 2 Rawa Indah",
     "Rawa Indah", "Korwil III", "SMP IPS", "Tingkat I", "1", "2023"],
    ["Sri Mulyani, S.Pd.", "198401272009022009", "PNS", "SDN 2 Bukit Selong", "Bukit Selong",
     "Korwil III", "SD Kelas Tinggi", "Tingkat II", "2", "2022"],
    ["Zainal Arifin, S.Pd.", "199302142025211007", "PPPK", "SMPN 1 Lendang Nara",
     "Lendang Nara", "Korwil III", "SMP Matematika", "Tingkat I", "1", "2025"],
    ["Baiq Rohani, S.Pd.", "198510192010012013", "PNS", "SDN 4 Lendang Nara", "Lendang Nara",
     "Korwil III", "SD Kelas Awal", "Tingkat II", "1", "2023"],
]


def write_csv(path, header, rows, delimiter=","):
    """Write a CSV whose last row is a note marking the data as fictional."""
    import csv
    note = ["Catatan: data fiktif, untuk evaluasi."] + [""] * (len(header) - 1)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=delimiter, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
        w.writerow(note)


PLAIN = {
    "se-bantuan-studi-lanjut-2024.txt": SE2024_TXT,
    "pengumuman-jadwal-pelatihan-juli-2026.txt": PENGUMUMAN_TXT,
    "faq-pengembangan-kompetensi.txt": FAQ_TXT,
    "panggilan-ppks-tingkat-ii-angkatan-iii.txt": PANGGILAN_TXT,
    "panduan-sgs-2026.md": PANDUAN_SGS_MD,
    "profil-rumah-belajar-guru.md": PROFIL_RBG_MD,
    "klaim-jp-rinai.md": KLAIM_JP_MD,
    "notulen-rakor-korwil-2026.md": NOTULEN_MD,
    "portal-rinai.html": PORTAL_HTML,
}


# --------------------------------------------------------------------------- text rendering
def _flat(s):
    return s.replace("\n", " ")


def to_text(blocks):
    out = []
    for kind, val in blocks:
        if kind in ("h1", "h2", "p", "center"):
            out.append(val)
        elif kind == "list":
            out.extend(val)
        elif kind == "table":
            out.append(val["caption"])
            if val["header2"]:
                out.append(" | ".join(lab for lab, _span in val["header2"]))
            out.append(" | ".join(_flat(h) for h in val["header"]))
            for r in val["rows"]:
                out.append(" | ".join(r))
        elif kind == "pagebreak":
            out.append("")
    return "\n".join(out)


# --------------------------------------------------------------------------- PDF rendering
def make_pdf(blocks, path, title):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 8, f"{title} - dokumen fiktif, untuk evaluasi - halaman {self.page_no()}",
                      align="C")

    pdf = Doc(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(title)
    pdf.set_creation_date(FIXED_DATE)  # reproducible output
    pdf.add_page()
    w = pdf.epw
    for kind, val in blocks:
        if kind == "center":
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(w, 8, val, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h1":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(w, 8, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h2":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(w, 7, val, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 11.5)
            pdf.multi_cell(w, 6.6, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "list":
            pdf.set_font("Helvetica", "", 11.5)
            for it in val:
                pdf.set_x(pdf.l_margin + 6)
                pdf.multi_cell(w - 6, 6.6, it, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.2)
            pdf.ln(2)
        elif kind == "table":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.multi_cell(w, 6, val["caption"], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 10)
            scale = w / sum(val["widths"])
            nhead = 2 if val["header2"] else 1
            with pdf.table(col_widths=[x * scale for x in val["widths"]], line_height=5.6,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                           num_heading_rows=nhead, repeat_headings=1,
                           text_align="LEFT") as table:
                if val["header2"]:
                    row = table.row()
                    spanned = set()
                    col = 0
                    for label, span in val["header2"]:
                        if span == 1:
                            row.cell(label, rowspan=2)
                            spanned.add(col)
                        else:
                            row.cell(label, colspan=span, align="C")
                        col += span
                    row = table.row()
                    for i, c in enumerate(val["header"]):
                        if i not in spanned:
                            row.cell(c)
                else:
                    row = table.row()
                    for c in val["header"]:
                        row.cell(c)
                for r in val["rows"]:
                    row = table.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(4)
        elif kind == "pagebreak":
            pdf.add_page()
    pdf.output(path)
    return pdf.page_no()


# --------------------------------------------------------------------------- DOCX rendering
def make_docx(blocks, path, title):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    for kind, val in blocks:
        if kind == "center":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(val).bold = True
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "list":
            for it in val:
                doc.add_paragraph(it)
        elif kind == "table":
            cap = doc.add_paragraph()
            cap.add_run(val["caption"]).bold = True
            hdr_rows = 2 if val["header2"] else 1
            ncol = len(val["header"])
            t = doc.add_table(rows=hdr_rows + len(val["rows"]), cols=ncol)
            t.style = "Table Grid"
            if val["header2"]:
                # merged top header row: a span-1 label covers both header rows of its column,
                # a wider label is one merged cell over its columns
                col = 0
                for label, span in val["header2"]:
                    top = t.rows[0].cells[col]
                    if span == 1:
                        merged = top.merge(t.rows[1].cells[col])
                    else:
                        merged = top.merge(t.rows[0].cells[col + span - 1])
                        for i in range(col, col + span):
                            t.rows[1].cells[i].text = val["header"][i]
                    merged.text = label
                    col += span
            else:
                for i, c in enumerate(val["header"]):
                    t.rows[0].cells[i].text = c
            for ri, r in enumerate(val["rows"]):
                for ci, c in enumerate(r):
                    t.rows[hdr_rows + ri].cells[ci].text = c
            for i in range(hdr_rows):
                for cell in t.rows[i].cells:
                    for para in cell.paragraphs:
                        for run in para.runs:
                            run.bold = True
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.core_properties.title = title + " (fiktif, untuk evaluasi)"
    doc.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    doc.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    doc.save(path)
    _fix_zip_times(path)

def norm(s):
    return " ".join(s.lower().split())


def html_text(src):
    import html
    import re

    src = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", src)
    return html.unescape(re.sub(r"<[^>]+>", " ", src))


def front_matter_id(src):
    if src.startswith("---\n"):
        for line in src.split("\n---", 1)[0].splitlines():
            if line.startswith("id:"):
                return line.split(":", 1)[1].strip()
    return None


def xlsx_cells(path):
    """The text of every non-empty cell of every sheet of an .xlsx workbook (cached values of
    formulas), sheet names included."""
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = []
    for ws in wb.worksheets:
        cells.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells.extend(str(v) for v in row if v is not None)
    wb.close()
    return cells


def load_documents(docs_spec, out):
    """Document id -> (kind, text or list of CSV cells), read from the generated folder (the
    --check of agencies I and J)."""
    import csv

    docs = {}
    for name, (fmt, blocks, _title) in docs_spec.items():
        assert os.path.exists(os.path.join(out, f"{name}.{fmt}")), name
        docs[name] = ("text", to_text(blocks))
    for fname in sorted(os.listdir(out)):
        stem, ext = os.path.splitext(fname)
        path = os.path.join(out, fname)
        if ext in (".pdf", ".docx"):
            continue
        if ext == ".xlsx":
            docs[stem] = ("cells", xlsx_cells(path))
            continue
        with open(path, encoding="utf-8") as f:
            src = f.read()
        if ext == ".csv":
            first = src.splitlines()[0]
            delim = ";" if first.count(";") > first.count(",") else ","
            with open(path, encoding="utf-8", newline="") as f:
                cells = [c for row in csv.reader(f, delimiter=delim) for c in row]
            docs[stem] = ("cells", cells)
        elif ext == ".html":
            docs[stem] = ("text", html_text(src))
        else:
            docs[front_matter_id(src) or stem] = ("text", src)
    return docs



def _fix_zip_times(path):
    """Rewrite the DOCX zip with fixed entry timestamps so that reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def text_of(name):
    return to_text(DOCS[name][1])


def check_question_set(path, docs_spec, out, prefix, answerable=200):
    """Check a question file against its agency's generated documents (the --check of agencies
    I and later): ids PREFIX001-200 (or up to ``answerable``) answerable and PREFIX901-940 out
    of scope, facts found in the first expected document, every document first somewhere."""
    import re

    import yaml

    docs = load_documents(docs_spec, out)
    with open(path, encoding="utf-8") as f:
        items = yaml.safe_load(f)
    errors = []
    ids = [it.get("id") for it in items]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        errors.append(f"duplicate id {dup}")
    want = {f"{prefix}{i:03d}" for i in range(1, answerable + 1)}
    want |= {f"{prefix}{i}" for i in range(901, 941)}
    for miss in sorted(want - set(ids)):
        errors.append(f"missing id {miss}")
    for extra in sorted(set(ids) - want):
        errors.append(f"unexpected id {extra}")
    counts = {"answerable": 0, "oos": 0, "two-part": 0, "casual": 0, "formal": 0, "near": 0}
    tag_counts = {}
    for it in items:
        tags = it.get("tags") or []
        for t in tags:
            tag_counts[t] = tag_counts.get(t, 0) + 1
        exp = it.get("expected") or []
        facts = it.get("facts") or []
        for key in ("id", "q", "expected", "facts", "tags"):
            if key not in it:
                errors.append(f"{it.get('id')}: missing {key}")
        is_oos_id = bool(re.fullmatch(prefix + r"9\d\d", str(it.get("id"))))
        if "oos" in tags:
            counts["oos"] += 1
            counts["near"] += "near" in tags
            if exp or facts:
                errors.append(f"{it['id']}: oos item with expected/facts")
            if not is_oos_id:
                errors.append(f"{it['id']}: oos item outside the 901-940 ids")
        else:
            counts["answerable"] += 1
            if not exp or not facts:
                errors.append(f"{it['id']}: answerable item without expected/facts")
            if is_oos_id:
                errors.append(f"{it['id']}: 9xx item without the oos tag")
            if len(facts) > 3:
                errors.append(f"{it['id']}: more than 3 facts")
        counts["two-part"] += "two-part" in tags
        counts["casual"] += "casual" in tags
        counts["formal"] += "formal" in tags
        if ("casual" in tags) == ("formal" in tags):
            errors.append(f"{it['id']}: needs exactly one of casual/formal")
        for d in exp:
            if d not in docs:
                errors.append(f"{it['id']}: unknown document {d}")
        if len(set(exp)) != len(exp):
            errors.append(f"{it['id']}: repeated expected document")
        if not exp or exp[0] not in docs:
            continue
        kind, content = docs[exp[0]]
        for fact in facts:
            alts = fact if isinstance(fact, list) else [fact]
            ok = False
            for a in alts:
                na = norm(str(a))
                if kind == "cells":
                    ok = ok or any(na in norm(c) for c in content)
                else:
                    ok = ok or na in norm(content)
            if not ok:
                errors.append(f"{it['id']}: fact {fact!r} not in {exp[0]}")
    if counts["answerable"] != answerable:
        errors.append(f"{counts['answerable']} answerable items, expected {answerable}")
    if counts["oos"] != 40:
        errors.append(f"{counts['oos']} oos items, expected 40")
    used = {it["expected"][0] for it in items if it.get("expected")}
    for d in sorted(set(docs) - used):
        errors.append(f"document {d} is never the first expected document")
    pdf_pages = {}
    try:
        import pypdf

        for name, (fmt, _b, _t) in docs_spec.items():
            if fmt == "pdf":
                pdf_pages[name] = len(pypdf.PdfReader(os.path.join(out, name + ".pdf")).pages)
    except ImportError:
        pass
    print(
        f"documents: {len(docs)}; items: {len(items)}; "
        + ", ".join(f"{k}: {v}" for k, v in counts.items())
    )
    print("tags: " + ", ".join(f"{k}: {v}" for k, v in sorted(tag_counts.items())))
    firsts = {}
    for it in items:
        if it.get("expected"):
            firsts[it["expected"][0]] = firsts.get(it["expected"][0], 0) + 1
    print("first expected document: " + ", ".join(f"{k}: {v}" for k, v in sorted(firsts.items())))
    for name, n in pdf_pages.items():
        print(f"{name}.pdf: {n} pages")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return not errors


def print_texts(docs, names):
    """The plain text of the PDF/DOCX documents named (all when none), as `--text` prints it."""
    for n in names or list(docs):
        print(f"===== {n}.{docs[n][0]} =====")
        print(to_text(docs[n][1]))
        print()


def write_documents(out, docs, plain):
    """Every PDF/DOCX document (``docs``: name -> (format, blocks, title)) and plain-text
    file (``plain``: file name -> content) of an agency into ``out``."""
    os.makedirs(out, exist_ok=True)
    for name, (fmt, blocks, title) in docs.items():
        path = os.path.join(out, f"{name}.{fmt}")
        if fmt == "pdf":
            to_text(blocks).encode("latin-1")  # core PDF fonts are latin-1 only
            pages = make_pdf(blocks, path, title)
            print(f"wrote {path} ({pages} pages)")
        else:
            make_docx(blocks, path, title)
            print(f"wrote {path}")
    for fname, content in plain.items():
        path = os.path.join(out, fname)
        with open(path, "w", encoding="utf-8") as f:
            f.write(content)
        print(f"wrote {path}")


def main(argv):
    if "--text" in argv:
        print_texts(DOCS, [a for a in argv if a != "--text"])
        return
    write_documents(OUT, DOCS, PLAIN)
    write_csv(os.path.join(OUT, "rekap-jp-kecamatan-2025.csv"), REKAP_JP_HEADER, REKAP_JP,
              delimiter=";")
    write_csv(os.path.join(OUT, "kuota-pelatihan-gugus-2026.csv"),
              ["kode_pelatihan", "nama_pelatihan", "korwil", "kecamatan", "gugus",
               "kuota_peserta", "angkatan", "keterangan"], kuota_rows())
    write_csv(os.path.join(OUT, "fasilitator-sgs-2026.csv"), FASILITATOR_HEADER,
              [[str(i + 1)] + r for i, r in enumerate(FASILITATOR)])
    print("wrote 3 CSV files")


if __name__ == "__main__":
    main(sys.argv[1:])
