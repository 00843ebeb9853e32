#!/usr/bin/env python3
"""Generate the documents of the fictional "agency K" evaluation set.

Agency K: Dinas Pertanian dan Ketahanan Pangan (DPKP) Kabupaten Batang Sirih, the (fictional)
district agriculture and food-security office of the (fictional) Provinsi Andalas Tengah (WIB
time zone): nine Balai Penyuluhan Pertanian (BPP), one of them the BPP Model Padang Tujuh with
its training ground Lapang Latih Tani (LLT); JF Penyuluh Pertanian (Terampil and Ahli levels),
JF Pengawas Benih Tanaman, JF Medik/Paramedik Veteriner at Puskeswan Lubuk Beringin, JF Analis
Ketahanan Pangan, PPPK (full-time and paruh waktu), office staff, and farmer groups
(Poktan/Gapoktan) who are not ASN. In-house learning programme SEMAI, mentoring scheme TUNAS,
LMS e-LADANG, field schools (Sekolah Lapang), a competency-test funding circular and the
Anugerah Padi Emas award. Everything is fictional ("Dokumen fiktif, untuk evaluasi.").

Writes every document into benchmarks/eval/agency_k/:
  perkadis-pengembangan-kompetensi-dpkp-2026.pdf  Peraturan Kepala Dinas No. 6/2026 (long)
  se-uji-kompetensi-jf-2026.pdf              Surat Edaran 2026 (revokes the 2024 one)
  se-uji-kompetensi-jf-2024.txt              Surat Edaran 2024 (old, revoked)
  kep-pendamping-tunas-angkatan-iii-2026.docx Keputusan: TUNAS mentors/mentees and honoraria
  rab-semai-2026.docx                        SEMAI budget (two-row header, total row)
  rekap-capaian-jp-2025.csv                  ';'-delimited, decimal commas (24 staff)
  jadwal-sekolah-lapang-mt-ii-2026.csv       field-school units (quoted commas/newlines)
  data-bpp-2026.csv                          numbers per BPP (staff, Poktan, area, targets)
  tarif-fasilitas-llt-2026.csv               LLT facility tariffs per user category
  helpdesk-e-ladang.html                     helpdesk page of the e-LADANG LMS
  panduan-pendampingan-tunas.md              Markdown with front matter (id: panduan-tunas-2026)
  profil-lapang-latih-tani-padang-tujuh.md   Markdown without front matter
  notulen-rakor-penyuluhan-maret-2026.md     Markdown without front matter (deadline extended)
  broadcast-wa-sekolah-lapang-2026.txt       WhatsApp-style broadcast
  faq-pengembangan-kompetensi-dpkp.txt       FAQ (versioned)
  panggilan-pemandu-sl-tingkat-ii-angkatan-i-2026.txt call letter with a day-by-day schedule

Usage:
  python make_agency_k.py              # write all documents
  python make_agency_k.py --text       # plain text of the PDF/DOCX documents
  python make_agency_k.py --text NAME  # only the binary document whose file stem is NAME
  python make_agency_k.py --check      # check questions_agency_k.yaml against the documents
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_agency_g import (  # noqa: E402
    BR,
    H1,
    H2,
    C,
    L,
    P,
    T,
    check_question_set,
    print_texts,
    to_text,
    write_csv,
    write_documents,
)
from make_agency_g import load_documents as shared_load_documents  # noqa: E402

OUT = os.path.join(HERE, "agency_k")
FIKTIF = "Dokumen fiktif, untuk evaluasi."

# --------------------------------------------------------------------------- the agency
DINAS = "Dinas Pertanian dan Ketahanan Pangan Kabupaten Batang Sirih"
ALAMAT = ("Jalan Lintas Pematang Nomor 45, Kelurahan Koto Baru, Kecamatan Sirih Kota, "
          "Batang Sirih 27318")
TELP = "(0753) 771 4406"
DOMAIN = "dpkp.batangsirihkab.go.id"
LMS_URL = "https://eladang." + DOMAIN
WA_HELPDESK = "0812-6650-3318"
WA_TUNAS = "0813-7421-0957"
WA_LLT = "0811-6604-2275"
WA_UJIKOM = "0852-6338-1490"
WA_UJIKOM_LAMA = "0821-7003-5582"
WA_PANITIA_SL = "0822-8867-1304"

KADIS = "Ir. Syafrizal Datuk Rajo Mudo, M.Si."
KADIS_NIP = "19700812 199603 1 004"
KADIS_LAMA = "Ir. Hj. Rosmaniar Chaniago, M.P."
KADIS_LAMA_NIP = "19650417 199103 2 002"
SEKDIS = "Dra. Yusnidar Piliang, M.M."
KABID = "Hendra Gunawan Sikumbang, S.P., M.Si."
KABID_NIP = "19780223 200312 1 005"
KABID_KP = "Ir. Marlina Siregar, M.P."
KASUBBAG = "Nofriadi Tanjung, S.E."
KOORD_SEMAI = "Rahmi Yulianti Caniago, S.P., M.P."
KOORD_TUNAS = "Afrizal Sutan Marajo, S.ST., M.Si."
KA_BPP_MODEL = "Desi Ratnasari Koto, S.P., M.Si."
PENGELOLA_LLT = "Fauzan Azima, S.TP."
ADMIN_LMS = "Rizky Pratama Putra, S.Kom."
PANITIA_UJIKOM = "Novi Andriani, S.P."
PANITIA_UJIKOM_LAMA = "Yoserizal, A.Md."
KETUA_PANITIA_SL = "Doni Saputra, S.P."
NOTULIS = "Sri Wahyuni, A.Md."
DRH = "drh. Indah Permata Sari"
PENGAWAS_BENIH = "Budi Santoso Rangkuti, S.P."
ANALIS_KP = "Yuni Astuti Harahap, S.E., M.Si."

# BPP: name, kecamatan, koordinator, alamat, WA
BPP = [
    ("BPP Sirih Kota", "Sirih Kota", "Yulia Fitriani, S.P., M.Si.",
     "Jalan Pasar Baru Nomor 3, Kelurahan Koto Baru", "0812-6601-1121"),
    ("BPP Lubuk Beringin", "Lubuk Beringin", "Armen Syahputra, S.P.",
     "Jalan Raya Lubuk Beringin Km 2, Desa Beringin Tinggi", "0812-6601-1122"),
    ("BPP Koto Jerami", "Koto Jerami", "Ridwan Hakim Lubis, S.ST.",
     "Jalan Koto Jerami-Sungai Kapur Km 6, Desa Koto Jerami", "0812-6601-1123"),
    ("BPP Rawa Bening", "Rawa Bening", "Siti Aisyah Nasution, S.P.",
     "Jalan Irigasi Rawa Bening Nomor 17, Desa Rawa Bening Hilir", "0812-6601-1124"),
    ("BPP Sungai Kapur", "Sungai Kapur", "Defrizal Tanjung, S.P.",
     "Jalan Simpang Kapur Nomor 9, Desa Sungai Kapur Mudik", "0812-6601-1125"),
    ("BPP Talang Manau", "Talang Manau", "Eka Putri Rahmadani, S.P.",
     "Jalan Talang Manau-Bukit Seruni Km 4, Desa Talang Baru", "0812-6601-1126"),
    ("BPP Bukit Seruni", "Bukit Seruni", "Joni Iskandar, S.ST.",
     "Jalan Perkebunan Seruni Nomor 21, Desa Seruni Jaya", "0812-6601-1127"),
    ("BPP Pasir Melintang", "Pasir Melintang", "Hasanuddin Simatupang, S.P., M.P.",
     "Jalan Pantai Melintang Nomor 40, Desa Pasir Baru", "0812-6601-1128"),
    ("BPP Model Padang Tujuh", "Padang Tujuh", KA_BPP_MODEL,
     "Jalan Raya Padang Tujuh Km 8, Jorong Sawah Liat, Desa Padang Tujuh", "0812-6601-1129"),
]


def rp(n):
    return f"{n:,}".replace(",", ".")


def dec(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")


# --------------------------------------------------------------------------- JP targets
# kelompok jabatan, target 2025, target 2026, paling sedikit klasikal 2026
JP_TARGET = [
    ["Penyuluh Pertanian Ahli Pertama, Ahli Muda, dan Ahli Madya", "24", "30", "12"],
    ["Penyuluh Pertanian Terampil, Mahir, dan Penyelia", "20", "26", "10"],
    ["Pengawas Benih Tanaman (seluruh jenjang)", "20", "24", "10"],
    ["Medik Veteriner dan Paramedik Veteriner pada Puskeswan", "20", "24", "8"],
    ["Analis Ketahanan Pangan (seluruh jenjang)", "20", "24", "8"],
    ["Pejabat administrator dan pejabat pengawas", "20", "24", "8"],
    ["Pelaksana dan staf kantor Dinas (PNS)", "16", "20", "4"],
    ["PPPK penuh waktu (selain jabatan fungsional di atas)", "16", "20", "4"],
    ["PPPK paruh waktu", "tidak ditetapkan", "10", "tidak diwajibkan"],
]

PENGAKUAN = [
    ["Pelatihan klasikal tatap muka atau daring sinkron", "setiap 45 menit", "1",
     "tidak dibatasi"],
    ["Kursus mandiri pada e-LADANG", "setiap kursus yang dinyatakan lulus", "sesuai bobot kursus",
     "paling banyak 8 JP per bulan"],
    ["Rabu Belajar SEMAI (siaran langsung)", "setiap sesi yang diikuti penuh", "3", "36"],
    ["Memandu Sekolah Lapang", "setiap pertemuan paling singkat 4 jam", "2", "24"],
    ["Temu teknis dwimingguan di BPP", "setiap pertemuan", "1", "12"],
    ["Magang di BPP Model, balai pelatihan, atau balai besar", "setiap hari kerja", "6", "30"],
    ["Narasumber pelatihan, Rabu Belajar, atau temu teknis", "setiap sesi", "2", "12"],
    ["Penanggung jawab demonstrasi plot (demplot)", "setiap demplot sampai panen", "4", "8"],
    ["Seminar, webinar, atau lokakarya", "setiap kegiatan paling singkat 2 jam", "2", "8"],
    ["Penulisan materi penyuluhan (leaflet, folder, artikel, video)", "setiap karya terbit",
     "3", "9"],
    ["TUNAS sebagai peserta (mentee)", "program tuntas", "24", "24"],
    ["TUNAS sebagai pendamping (mentor)", "program tuntas", "12", "12"],
]

# name, code, sasaran, metode, JP, kuota 2026, biaya per peserta
KATALOG = [
    ["Orientasi Penyuluh Pertanian Baru (Tahap Awal TUNAS)", "SMI-01",
     "Penyuluh CPNS dan PPPK tahun pertama", "Klasikal", "40", "20", "2.850.000"],
    ["Pelatihan Teknis Budidaya Padi Sawah Irigasi", "SMI-02", "Penyuluh Pertanian",
     "Klasikal", "32", "30", "1.650.000"],
    ["Pelatihan Teknis Budidaya Padi Gogo dan Padi Lahan Kering", "SMI-03",
     "Penyuluh di BPP Bukit Seruni, Talang Manau, dan Sungai Kapur", "Kombinasi", "24", "20",
     "1.350.000"],
    ["Pelatihan Pengamatan Organisme Pengganggu Tumbuhan (OPT) Padi", "SMI-04",
     "Penyuluh Pertanian", "Klasikal", "20", "30", "1.100.000"],
    ["Pelatihan Pengendalian Organisme Pengganggu Tumbuhan (OPT) Padi Ramah Lingkungan",
     "SMI-05", "Penyuluh yang telah lulus SMI-04", "Kombinasi", "28", "25", "1.400.000"],
    ["Pelatihan Pemandu Sekolah Lapang Tingkat I", "SMI-06",
     "Penyuluh yang belum pernah menjadi pemandu", "Klasikal berasrama", "48", "24",
     "4.200.000"],
    ["Pelatihan Pemandu Sekolah Lapang Tingkat II", "SMI-07",
     "Pemandu SL Tingkat I yang telah memandu paling sedikit 2 musim tanam",
     "Klasikal berasrama", "36", "20", "3.350.000"],
    ["Pelatihan Pemandu Sekolah Lapang Tingkat III (Pemandu Utama)", "SMI-08",
     "Pemandu SL Tingkat II", "Klasikal", "24", "12", "2.100.000"],
    ["Pelatihan Pembuatan dan Aplikasi Pupuk Organik serta Pestisida Nabati", "SMI-09",
     "Penyuluh; pengurus Poktan dengan biaya mandiri", "Praktik lapang", "16", "40", "650.000"],
    ["Pelatihan Pemeriksaan Lapangan dan Pengujian Mutu Benih Padi dan Palawija", "SMI-10",
     "Pengawas Benih Tanaman", "Klasikal", "32", "15", "2.400.000"],
    ["Pelatihan Sertifikasi Benih Hortikultura", "SMI-11", "Pengawas Benih Tanaman",
     "Kombinasi", "24", "10", "1.900.000"],
    ["Pelatihan Penanganan Penyakit Hewan Menular Strategis (PHMS)", "SMI-12",
     "Medik Veteriner dan Paramedik Veteriner", "Klasikal", "24", "16", "1.750.000"],
    ["Pelatihan Inseminasi Buatan dan Pemeriksaan Kebuntingan pada Sapi", "SMI-13",
     "Paramedik Veteriner dan penyuluh peternakan", "Praktik lapang", "40", "12", "3.600.000"],
    ["Pelatihan Analisis Neraca Bahan Makanan dan Pola Pangan Harapan", "SMI-14",
     "Analis Ketahanan Pangan", "Daring sinkron", "18", "20", "450.000"],
    ["Pelatihan Penyusunan Peta Ketahanan dan Kerentanan Pangan Kabupaten", "SMI-15",
     "Analis Ketahanan Pangan dan staf Bidang Ketahanan Pangan", "Kombinasi", "20", "15",
     "900.000"],
    ["Pelatihan Penyusunan Programa Penyuluhan Pertanian Desa dan Kecamatan", "SMI-16",
     "Penyuluh Pertanian", "Kombinasi", "20", "36", "800.000"],
    ["Pelatihan Penyusunan Programa Penyuluhan Pertanian Kabupaten", "SMI-17",
     "Penyuluh Ahli Muda dan Ahli Madya, koordinator BPP", "Klasikal", "16", "12", "700.000"],
    ["Pelatihan Penguatan Kelembagaan Gapoktan Menuju Korporasi Petani", "SMI-18",
     "Penyuluh Pertanian", "Klasikal", "24", "25", "1.250.000"],
    ["Pelatihan Pengoperasian Alat dan Mesin Pertanian Prapanen dan Pascapanen", "SMI-19",
     "Penyuluh dan operator UPJA", "Praktik lapang", "32", "20", "2.300.000"],
    ["Pelatihan Penyuluhan Digital dan Pembuatan Konten Video Pertanian", "SMI-20",
     "Penyuluh, PPPK, dan PPPK paruh waktu", "Daring sinkron", "12", "50", "300.000"],
    ["Pelatihan Pengelolaan Data Sistem Informasi Manajemen Penyuluhan Pertanian", "SMI-21",
     "Penyuluh dan admin data BPP", "Daring sinkron", "12", "45", "250.000"],
    ["Pelatihan Pertanian Cerdas Iklim dan Adaptasi Kekeringan", "SMI-22", "Penyuluh Pertanian",
     "Kombinasi", "20", "30", "950.000"],
    ["Pelatihan Budidaya Cabai dan Bawang Merah di Luar Musim", "SMI-23",
     "Penyuluh hortikultura", "Praktik lapang", "24", "25", "1.450.000"],
    ["Pelatihan Fungsional Penyuluh Pertanian bagi Pegawai Perpindahan Jabatan", "SMI-24",
     "PNS yang pindah ke JF Penyuluh Pertanian", "Klasikal berasrama", "60", "10",
     "5.400.000"],
    ["Pelatihan Pelayanan Publik dan Tata Naskah Dinas Elektronik", "SMI-25",
     "Staf kantor, PPPK, dan PPPK paruh waktu", "Daring sinkron", "8", "60",
     "0 (tanpa biaya)"],
    ["Pelatihan Pengelolaan Keuangan dan Barang Milik Daerah", "SMI-26",
     "Pejabat dan staf pengelola keuangan", "Klasikal", "16", "20", "750.000"],
    ["Pelatihan Pendamping (Mentor) TUNAS", "SMI-27",
     "Penyuluh Ahli Muda, Ahli Madya, atau Penyelia calon mentor", "Kombinasi", "16", "25",
     "600.000"],
    ["Pelatihan Pemeriksaan Kesehatan Hewan Kurban dan Daging", "SMI-28",
     "Medik Veteriner dan Paramedik Veteriner", "Klasikal", "12", "20", "500.000"],
]

PEMANDU = [
    ["Pemandu Sekolah Lapang Tingkat I",
     "Penyuluh PNS atau PPPK yang telah bertugas paling singkat 1 tahun di BPP", "SMI-06 (48 JP)",
     "1 unit", "125.000"],
    ["Pemandu Sekolah Lapang Tingkat II",
     "Pemandu Tingkat I yang telah memandu paling sedikit 2 musim tanam", "SMI-07 (36 JP)",
     "2 unit", "150.000"],
    ["Pemandu Sekolah Lapang Tingkat III (Pemandu Utama)",
     "Pemandu Tingkat II yang telah memandu paling sedikit 3 musim tanam dan menduduki jenjang "
     "Ahli Muda, Ahli Madya, atau Penyelia", "SMI-08 (24 JP)", "3 unit dan supervisi pemandu",
     "175.000"],
]

# sumber dana, kegiatan, pagu
ANGGARAN = [
    ["APBD Kabupaten", "Program SEMAI (pelatihan klasikal, Rabu Belajar, kursus e-LADANG)",
     684_300_000],
    ["APBD Kabupaten", "Pendampingan TUNAS Angkatan III", 58_800_000],
    ["APBD Kabupaten", "Fasilitasi uji kompetensi jabatan fungsional", 96_000_000],
    ["APBD Kabupaten", "Anugerah Padi Emas", 85_000_000],
    ["DAK Nonfisik BOP Penyuluhan", "Sekolah Lapang dan honor pemandu", 612_500_000],
    ["DAK Nonfisik BOP Penyuluhan", "Operasional BPP Model dan Lapang Latih Tani", 215_000_000],
    ["APBN Dekonsentrasi melalui Provinsi Andalas Tengah",
     "Magang dan pelatihan teknis Pengawas Benih Tanaman serta Medik/Paramedik Veteriner",
     148_000_000],
]
ANGGARAN_TOTAL = sum(r[2] for r in ANGGARAN)
assert ANGGARAN_TOTAL == 1_899_600_000

PADI_EMAS = [
    ["Penyuluh Teladan Kelompok Ahli", "Juara I, II, dan III",
     "7.500.000 / 5.000.000 / 3.000.000"],
    ["Penyuluh Teladan Kelompok Terampil", "Juara I, II, dan III",
     "6.000.000 / 4.000.000 / 2.500.000"],
    ["Pemandu Sekolah Lapang Terbaik", "satu orang", "5.000.000"],
    ["BPP Terbaik", "satu BPP", "15.000.000 (dana pembinaan BPP)"],
    ["Pengawas Benih, Medik/Paramedik Veteriner, atau Analis Ketahanan Pangan Berprestasi",
     "satu orang", "5.000.000"],
    ["Pembelajar Terbaik e-LADANG", "tiga orang", "1.500.000 per orang"],
]

KALENDER = [
    ["Pengisian Rencana Pengembangan Kompetensi Individu (RPKI) di e-LADANG",
     "5-31 Januari 2026", "Seluruh ASN"],
    ["Verifikasi RPKI oleh koordinator BPP atau atasan langsung", "1-14 Februari 2026",
     "Koordinator BPP, atasan langsung"],
    ["Penetapan Rencana Pengembangan Kompetensi Dinas", "paling lambat 27 Februari 2026",
     "Kepala Dinas"],
    ["Pelaksanaan TUNAS Angkatan III", "2 Maret-31 Agustus 2026", "Mentor dan mentee"],
    ["Pelatihan klasikal Program SEMAI semester I", "Maret-Juni 2026", "Bidang PSDMP"],
    ["Sekolah Lapang Musim Tanam II", "April-September 2026", "BPP dan pemandu"],
    ["Laporan triwulan I", "paling lambat 10 April 2026", "Koordinator BPP"],
    ["Laporan triwulan II", "paling lambat 10 Juli 2026", "Koordinator BPP"],
    ["Pengusulan calon penerima Anugerah Padi Emas", "1 Juni-31 Juli 2026",
     "Koordinator BPP, kepala unit"],
    ["Pelatihan klasikal Program SEMAI semester II", "Juli-November 2026", "Bidang PSDMP"],
    ["Analisis kebutuhan pengembangan kompetensi tahun 2027", "Agustus-September 2026",
     "Bidang PSDMP"],
    ["Laporan triwulan III", "paling lambat 9 Oktober 2026", "Koordinator BPP"],
    ["Penyerahan Anugerah Padi Emas (Hari Pangan Sedunia)", "16 Oktober 2026", "Kepala Dinas"],
    ["Batas akhir klaim JP tahun 2026", "15 Desember 2026", "Seluruh ASN"],
    ["Laporan triwulan IV dan laporan tahunan", "paling lambat 15 Januari 2027",
     "Koordinator BPP, Bidang PSDMP"],
]

# =========================================================================== PERATURAN (long PDF)
PERKADIS = [
    C("PERATURAN KEPALA DINAS PERTANIAN DAN KETAHANAN PANGAN"),
    C("KABUPATEN BATANG SIRIH"),
    C("NOMOR 6 TAHUN 2026"),
    C("TENTANG"),
    C("PEDOMAN PENGEMBANGAN KOMPETENSI APARATUR SIPIL NEGARA DI LINGKUNGAN DINAS PERTANIAN DAN "
      "KETAHANAN PANGAN"),
    P("Dokumen fiktif, untuk evaluasi. Kabupaten Batang Sirih, Provinsi Andalas Tengah, seluruh "
      "nama orang, unit kerja, nomor peraturan, alamat, nomor telepon, dan angka dalam dokumen ini "
      "adalah rekaan dan tidak merujuk pada instansi yang sebenarnya."),
    C("DENGAN RAHMAT TUHAN YANG MAHA ESA"),
    C("KEPALA DINAS PERTANIAN DAN KETAHANAN PANGAN KABUPATEN BATANG SIRIH,"),
    P("Menimbang:"),
    L("a. bahwa penyuluh pertanian, pengawas benih tanaman, tenaga kesehatan hewan, analis "
      "ketahanan pangan, dan seluruh aparatur sipil negara pada Dinas perlu terus mengembangkan "
      "kompetensinya agar mampu mendampingi petani menghadapi perubahan iklim, serangan "
      "organisme pengganggu tumbuhan, dan penyakit hewan;",
      "b. bahwa capaian rata-rata jam pelajaran pengembangan kompetensi pegawai pada tahun 2025 "
      "belum memenuhi harapan dan penyelenggaraannya belum terpadu antara pelatihan klasikal, "
      "sekolah lapang, dan pembelajaran daring;",
      "c. bahwa Peraturan Kepala Dinas Nomor 4 Tahun 2023 tentang Pelatihan Penyuluh Pertanian "
      "hanya mengatur penyuluh pertanian dan belum mengatur pegawai pemerintah dengan perjanjian "
      "kerja paruh waktu, pendampingan penyuluh baru, serta platform pembelajaran daring "
      "sehingga perlu diganti;",
      "d. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan huruf "
      "c, perlu menetapkan Peraturan Kepala Dinas tentang Pedoman Pengembangan Kompetensi "
      "Aparatur Sipil Negara di Lingkungan Dinas Pertanian dan Ketahanan Pangan;"),
    P("Mengingat:"),
    L("1. Peraturan Daerah Kabupaten Batang Sirih Nomor 3 Tahun 2020 tentang Pembentukan dan "
      "Susunan Perangkat Daerah;",
      "2. Peraturan Bupati Batang Sirih Nomor 27 Tahun 2021 tentang Kedudukan, Susunan "
      "Organisasi, Tugas dan Fungsi, serta Tata Kerja Dinas Pertanian dan Ketahanan Pangan;",
      "3. Peraturan Bupati Batang Sirih Nomor 12 Tahun 2024 tentang Balai Penyuluhan Pertanian "
      "dan Balai Penyuluhan Pertanian Model;",
      "4. Peraturan Bupati Batang Sirih Nomor 8 Tahun 2025 tentang Manajemen Aparatur Sipil "
      "Negara di Lingkungan Pemerintah Kabupaten Batang Sirih;"),
    C("MEMUTUSKAN:"),
    P("Menetapkan: PERATURAN KEPALA DINAS PERTANIAN DAN KETAHANAN PANGAN TENTANG PEDOMAN "
      "PENGEMBANGAN KOMPETENSI APARATUR SIPIL NEGARA DI LINGKUNGAN DINAS PERTANIAN DAN "
      "KETAHANAN PANGAN."),

    H1("BAB I KETENTUAN UMUM"),
    H2("Pasal 1"),
    P("Dalam Peraturan Kepala Dinas ini yang dimaksud dengan:"),
    L("1. Daerah adalah Kabupaten Batang Sirih.",
      "2. Dinas Pertanian dan Ketahanan Pangan Kabupaten Batang Sirih yang selanjutnya disingkat "
      "DPKP atau disebut Dinas adalah perangkat daerah yang menyelenggarakan urusan pemerintahan "
      "bidang pertanian dan bidang pangan di Daerah.",
      "3. Kepala Dinas adalah Kepala Dinas Pertanian dan Ketahanan Pangan Kabupaten Batang Sirih.",
      "4. Bidang Penyuluhan dan Sumber Daya Manusia Pertanian yang selanjutnya disebut Bidang "
      "PSDMP adalah bidang pada Dinas yang membidangi penyuluhan pertanian dan pengembangan "
      "kompetensi pegawai.",
      "5. Aparatur Sipil Negara yang selanjutnya disingkat ASN adalah pegawai negeri sipil dan "
      "pegawai pemerintah dengan perjanjian kerja yang bekerja pada Dinas.",
      "6. Pegawai Pemerintah dengan Perjanjian Kerja yang selanjutnya disingkat PPPK adalah "
      "warga negara Indonesia yang diangkat berdasarkan perjanjian kerja untuk jangka waktu "
      "tertentu, termasuk PPPK paruh waktu.",
      "7. PPPK paruh waktu adalah PPPK yang bekerja dengan jam kerja kurang dari jam kerja "
      "penuh sesuai perjanjian kerjanya.",
      "8. Balai Penyuluhan Pertanian yang selanjutnya disingkat BPP adalah unit kerja di tingkat "
      "kecamatan tempat penyuluh pertanian berkedudukan dan menyelenggarakan penyuluhan.",
      "9. BPP Model adalah BPP yang ditetapkan sebagai percontohan dan pusat pelatihan "
      "penyuluhan di Daerah, yaitu BPP Model Padang Tujuh.",
      "10. Lapang Latih Tani yang selanjutnya disingkat LLT adalah kebun percobaan dan lapangan "
      "pelatihan milik Dinas yang dikelola oleh BPP Model Padang Tujuh.",
      "11. Penyuluh Pertanian Lapangan yang selanjutnya disingkat PPL adalah penyuluh pertanian "
      "yang bertugas di tingkat desa dengan wilayah kerja penyuluhan pertanian tertentu.",
      "12. Kelompok Tani yang selanjutnya disebut Poktan adalah kumpulan petani yang dibentuk "
      "atas dasar kesamaan kepentingan, lingkungan, dan keakraban untuk meningkatkan usahanya.",
      "13. Gabungan Kelompok Tani yang selanjutnya disebut Gapoktan adalah kumpulan beberapa "
      "Poktan dalam satu desa yang bergabung dan bekerja sama.",
      "14. Sekolah Lapang yang selanjutnya disingkat SL adalah proses belajar petani di lahan "
      "usaha tani selama satu musim tanam yang dipandu oleh pemandu SL.",
      "15. Sekolah Mandiri Aparatur Insan Tani yang selanjutnya disebut SEMAI adalah program "
      "pengembangan kompetensi internal Dinas yang meliputi pelatihan klasikal, Rabu Belajar, "
      "dan kursus mandiri.",
      "16. Tuntun dan Asah Penyuluh Baru yang selanjutnya disebut TUNAS adalah program "
      "pendampingan (mentoring) bagi penyuluh dan pejabat fungsional baru pada tahun pertama "
      "penugasannya.",
      "17. Layanan Belajar Daring Aparatur Pertanian yang selanjutnya disebut e-LADANG adalah "
      "platform pembelajaran daring dan pencatatan pengembangan kompetensi milik Dinas.",
      "18. Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu pengembangan "
      "kompetensi yang setara dengan 45 (empat puluh lima) menit.",
      "19. Rencana Pengembangan Kompetensi Individu yang selanjutnya disingkat RPKI adalah "
      "rencana tahunan kegiatan pengembangan kompetensi setiap ASN.",
      "20. Musim Tanam yang selanjutnya disingkat MT adalah periode budidaya tanaman pangan, "
      "yaitu MT I pada bulan Oktober sampai dengan Maret dan MT II pada bulan April sampai "
      "dengan September.",
      "21. Unit Pelayanan Jasa Alsintan yang selanjutnya disingkat UPJA adalah lembaga ekonomi "
      "perdesaan yang memberikan jasa alat dan mesin pertanian.",
      "22. Pusat Kesehatan Hewan yang selanjutnya disebut Puskeswan adalah unit pelayanan "
      "kesehatan hewan milik Dinas, yaitu Puskeswan Lubuk Beringin.",
      "23. Tim Penjaminan Mutu Pengembangan Kompetensi yang selanjutnya disingkat TPMK adalah "
      "tim yang dibentuk Kepala Dinas untuk memverifikasi, memantau, dan mengevaluasi "
      "pengembangan kompetensi.",
      "24. Anugerah Padi Emas adalah penghargaan tahunan Dinas bagi ASN dan BPP yang berprestasi "
      "dalam penyuluhan dan pengembangan kompetensi."),
    H2("Pasal 2"),
    P("(1) Peraturan Kepala Dinas ini dimaksudkan sebagai pedoman bagi Dinas, BPP, Puskeswan, "
      "dan seluruh ASN dalam merencanakan, melaksanakan, mencatat, dan mengevaluasi "
      "pengembangan kompetensi."),
    P("(2) Peraturan Kepala Dinas ini bertujuan untuk:"),
    L("a. memberikan kesempatan yang adil bagi setiap ASN pada sembilan BPP, Puskeswan, dan "
      "kantor Dinas untuk mengembangkan kompetensinya;",
      "b. meningkatkan mutu penyuluhan, pengawasan benih, layanan kesehatan hewan, dan analisis "
      "ketahanan pangan;",
      "c. mempercepat kesiapan penyuluh baru melalui TUNAS;",
      "d. memperkuat kapasitas pemandu SL secara berjenjang; dan",
      "e. menyediakan data capaian JP yang akurat melalui e-LADANG."),
    H2("Pasal 3"),
    P("Ruang lingkup Peraturan Kepala Dinas ini meliputi:"),
    L("a. sasaran, hak, dan kewajiban;",
      "b. target dan pengakuan JP;",
      "c. perencanaan pengembangan kompetensi;",
      "d. Program SEMAI;",
      "e. SL dan jenjang pemandu;",
      "f. Program TUNAS;",
      "g. e-LADANG;",
      "h. BPP Model dan LLT;",
      "i. pengembangan kompetensi jabatan fungsional tertentu;",
      "j. uji kompetensi;",
      "k. kuota dan seleksi peserta;",
      "l. pembiayaan;",
      "m. pemantauan, evaluasi, dan pelaporan; dan",
      "n. penghargaan dan sanksi."),

    H1("BAB II SASARAN, HAK, DAN KEWAJIBAN"),
    H2("Pasal 4"),
    P("(1) Sasaran pengembangan kompetensi dalam Peraturan Kepala Dinas ini adalah seluruh ASN "
      "Dinas, yang terdiri atas:"),
    L("a. pejabat fungsional Penyuluh Pertanian jenjang Terampil, Mahir, Penyelia, Ahli "
      "Pertama, Ahli Muda, dan Ahli Madya yang berkedudukan di BPP;",
      "b. pejabat fungsional Pengawas Benih Tanaman pada Seksi Perbenihan dan Proteksi;",
      "c. pejabat fungsional Medik Veteriner dan Paramedik Veteriner pada Puskeswan;",
      "d. pejabat fungsional Analis Ketahanan Pangan pada Bidang Ketahanan Pangan;",
      "e. pejabat administrator, pejabat pengawas, dan pelaksana; dan",
      "f. PPPK, termasuk PPPK paruh waktu."),
    P("(2) Anggota Poktan dan Gapoktan bukan ASN dan tidak termasuk sasaran sebagaimana "
      "dimaksud pada ayat (1). Anggota Poktan dan Gapoktan merupakan peserta SL dan sasaran "
      "penyuluhan, tidak memperoleh pengakuan JP, dan dapat mengikuti pelatihan tertentu dengan "
      "biaya mandiri sepanjang kuota tersedia."),
    P("(3) Tenaga harian lepas dan tenaga pendamping dari kementerian yang bertugas di BPP tidak "
      "termasuk sasaran target JP, tetapi dapat mengikuti Rabu Belajar dan kursus mandiri pada "
      "e-LADANG tanpa pengakuan JP."),
    H2("Pasal 5"),
    P("(1) Setiap ASN berhak mengikuti pengembangan kompetensi sesuai dengan RPKI yang telah "
      "diverifikasi."),
    P("(2) Setiap ASN wajib:"),
    L("a. menyusun RPKI setiap tahun melalui e-LADANG;",
      "b. memenuhi target JP sebagaimana tercantum dalam Tabel 1;",
      "c. mencatatkan setiap kegiatan pengembangan kompetensi pada e-LADANG;",
      "d. menerapkan hasil pengembangan kompetensi dan membagikannya dalam temu teknis di BPP "
      "atau unit kerjanya; dan",
      "e. menjaga kerahasiaan data petani yang diperoleh selama pelatihan dan SL."),
    P("(3) Koordinator BPP dan kepala unit kerja wajib mengatur jadwal tugas sehingga pegawai "
      "dapat mengikuti pengembangan kompetensi tanpa menghentikan layanan kepada petani."),

    H1("BAB III TARGET DAN PENGAKUAN JAM PELAJARAN"),
    H2("Bagian Kesatu - Target JP"),
    H2("Pasal 6"),
    P("(1) Target minimal pengembangan kompetensi setiap ASN per tahun tercantum dalam Tabel 1. "
      "Target tahun 2025 dicantumkan sebagai pembanding dan tidak berlaku lagi."),
    T("Tabel 1. Target Minimal JP per Tahun menurut Kelompok Jabatan",
      ["Kelompok Jabatan", "Target 2025 (JP)", "Target 2026 (JP)",
       "Paling Sedikit dari Pelatihan Klasikal 2026 (JP)"],
      JP_TARGET, [70, 26, 26, 40]),
    P("(2) Target dihitung per tahun kalender, yaitu 1 Januari sampai dengan 31 Desember."),
    P("(3) ASN yang mulai bertugas di Dinas setelah tanggal 30 Juni wajib memenuhi setengah "
      "dari target pada tahun tersebut, dibulatkan ke atas."),
    P("(4) ASN yang menjalani cuti melahirkan, cuti sakit lebih dari 30 (tiga puluh) hari "
      "kalender, atau tugas belajar, targetnya dikurangi secara proporsional menurut jumlah "
      "bulan tidak bertugas."),
    P("(5) Kelebihan JP pada suatu tahun tidak dapat dialihkan ke tahun berikutnya."),
    H2("Bagian Kedua - Pengakuan JP"),
    H2("Pasal 7"),
    P("(1) Kegiatan pengembangan kompetensi diakui dalam satuan JP sebagaimana tercantum dalam "
      "Tabel 2."),
    T("Tabel 2. Pengakuan JP per Jenis Kegiatan",
      ["Jenis Kegiatan", "Satuan", "Pengakuan (JP)", "Batas Pengakuan per Tahun (JP)"],
      PENGAKUAN, [62, 44, 26, 30]),
    P("(2) Satu kegiatan hanya diakui satu kali dan tidak dapat diakui sekaligus sebagai jenis "
      "kegiatan lain."),
    P("(3) Kegiatan yang diselenggarakan pihak lain di luar Dinas diakui sepanjang memiliki "
      "sertifikat atau surat keterangan yang mencantumkan jumlah JP atau durasi kegiatan."),
    P("(4) Untuk kegiatan yang hanya mencantumkan durasi, jumlah JP dihitung dengan membagi "
      "durasi dalam menit dengan 45 (empat puluh lima) dan dibulatkan ke bawah ke satu angka "
      "desimal."),
    H2("Pasal 8"),
    P("(1) JP hanya diakui apabila telah tercatat dan diverifikasi pada e-LADANG."),
    P("(2) Klaim JP atas kegiatan di luar Program SEMAI diajukan melalui menu Klaim JP pada "
      "e-LADANG paling lambat 21 (dua puluh satu) hari kalender setelah kegiatan selesai."),
    P("(3) Klaim diverifikasi oleh koordinator BPP untuk penyuluh di BPP, oleh Kepala Puskeswan "
      "untuk tenaga kesehatan hewan, dan oleh TPMK untuk pegawai lainnya, paling lama 5 (lima) "
      "hari kerja sejak klaim diterima."),
    P("(4) Klaim JP untuk kegiatan tahun 2026 ditutup pada tanggal 15 Desember 2026. Klaim yang "
      "melewati batas waktu tidak dapat diakui, kecuali terdapat gangguan e-LADANG yang "
      "diumumkan secara resmi oleh Dinas."),
    P("(5) Bukti kegiatan disimpan oleh pegawai paling singkat 2 (dua) tahun."),

    H1("BAB IV PERENCANAAN PENGEMBANGAN KOMPETENSI"),
    H2("Pasal 9"),
    P("(1) Bidang PSDMP melaksanakan analisis kebutuhan pengembangan kompetensi setiap bulan "
      "Agustus sampai dengan September untuk tahun berikutnya."),
    P("(2) Analisis kebutuhan menggunakan data:"),
    L("a. hasil evaluasi kinerja pegawai tahun berjalan;",
      "b. rekapitulasi RPKI;",
      "c. capaian JP per BPP dan per pegawai tahun sebelumnya;",
      "d. permasalahan lapangan yang dilaporkan BPP, antara lain serangan OPT, kekeringan, dan "
      "penyakit hewan; dan",
      "e. hasil evaluasi pascapelatihan."),
    H2("Pasal 10"),
    P("(1) Setiap ASN mengisi RPKI pada e-LADANG paling lambat tanggal 31 Januari."),
    P("(2) Koordinator BPP atau atasan langsung memverifikasi RPKI paling lambat tanggal 14 "
      "Februari."),
    P("(3) RPKI memuat paling sedikit kompetensi yang akan dikembangkan, jenis kegiatan, rencana "
      "waktu, perkiraan JP, dan sumber biaya."),
    P("(4) RPKI dapat diubah paling banyak 1 (satu) kali dalam satu tahun, paling lambat tanggal "
      "31 Mei, dengan persetujuan atasan langsung."),
    H2("Pasal 11"),
    P("Kepala Dinas menetapkan Rencana Pengembangan Kompetensi Dinas paling lambat tanggal 27 "
      "Februari yang memuat daftar pelatihan, jumlah angkatan, kuota per BPP, jadwal, dan "
      "anggaran. Kalender kegiatan tahun 2026 tercantum dalam Lampiran III."),

    H1("BAB V PROGRAM SEMAI"),
    H2("Bagian Kesatu - Umum"),
    H2("Pasal 12"),
    P("(1) Program SEMAI diselenggarakan oleh Bidang PSDMP dan dikoordinasikan oleh Koordinator "
      "Program SEMAI."),
    P("(2) Program SEMAI terdiri atas:"),
    L("a. pelatihan klasikal sesuai katalog dalam Tabel 3;",
      "b. Rabu Belajar, yaitu sesi berbagi pengetahuan yang disiarkan langsung melalui e-LADANG; "
      "dan",
      "c. kursus mandiri pada e-LADANG."),
    P("(3) Pelatihan klasikal dilaksanakan di LLT Padang Tujuh, di aula kantor Dinas, atau "
      "secara daring sinkron."),
    H2("Bagian Kedua - Katalog Pelatihan"),
    H2("Pasal 13"),
    P("(1) Katalog pelatihan klasikal Program SEMAI tahun 2026 tercantum dalam Tabel 3. Biaya "
      "per peserta sudah termasuk bahan, konsumsi, dan akomodasi untuk pelatihan berasrama."),
    T("Tabel 3. Katalog Pelatihan Klasikal Program SEMAI Tahun 2026",
      ["Nama Pelatihan", "Kode", "Sasaran", "Metode", "JP", "Kuota 2026", "Biaya per Peserta (Rp)"],
      KATALOG, [58, 18, 44, 24, 10, 16, 24]),
    P("(2) Pelatihan dengan metode kombinasi terdiri atas bagian daring melalui e-LADANG "
      "paling banyak sepertiga dari seluruh JP dan bagian tatap muka."),
    P("(3) Pelatihan SMI-05 hanya dapat diikuti oleh pegawai yang telah lulus SMI-04. Pelatihan "
      "SMI-07 dan SMI-08 hanya dapat diikuti sesuai jenjang pemandu sebagaimana diatur dalam "
      "BAB VI."),
    P("(4) Pengurus Poktan dan Gapoktan dapat mengikuti SMI-09 dengan biaya mandiri sebesar "
      "biaya per peserta dalam Tabel 3, paling banyak 10 (sepuluh) orang per angkatan."),
    H2("Bagian Ketiga - Kelulusan"),
    H2("Pasal 14"),
    P("(1) Satu hari pelatihan tatap muka paling banyak 8 (delapan) JP dan satu hari pelatihan "
      "daring sinkron paling banyak 5 (lima) JP."),
    P("(2) Peserta dinyatakan lulus dan memperoleh sertifikat elektronik apabila:"),
    L("a. kehadiran paling sedikit 85% (delapan puluh lima persen) dari seluruh JP;",
      "b. memperoleh nilai akhir paling rendah 75 (tujuh puluh lima); dan",
      "c. mengunggah rencana tindak lanjut ke e-LADANG paling lambat 10 (sepuluh) hari kerja "
      "setelah pelatihan berakhir."),
    P("(3) Peserta yang tidak lulus dapat mengulang satu kali pada angkatan berikutnya dengan "
      "biaya sendiri."),
    H2("Pasal 15"),
    P("(1) Setiap ASN dapat mengikuti paling banyak 3 (tiga) pelatihan klasikal yang dibiayai "
      "APBD dalam satu tahun."),
    P("(2) Pembatasan sebagaimana dimaksud pada ayat (1) tidak berlaku bagi SMI-01, SMI-24, dan "
      "SMI-25."),
    P("(3) PPPK paruh waktu hanya dapat mengikuti pelatihan klasikal SMI-20 dan SMI-25 serta "
      "kursus mandiri pada e-LADANG."),
    H2("Bagian Keempat - Rabu Belajar"),
    H2("Pasal 16"),
    P("(1) Rabu Belajar dilaksanakan setiap hari Rabu pada minggu kedua dan minggu keempat, "
      "pukul 08.30 sampai dengan 10.45 WIB, dan disiarkan langsung melalui e-LADANG."),
    P("(2) Setiap sesi Rabu Belajar diakui 3 (tiga) JP bagi peserta yang mengikuti penuh dan "
      "mengisi presensi serta kuis singkat, dengan batas pengakuan 36 (tiga puluh enam) JP per "
      "tahun."),
    P("(3) Narasumber Rabu Belajar berasal dari pejabat fungsional Dinas, Koordinator BPP, "
      "petani maju, atau akademisi, dan diusulkan oleh Koordinator Program SEMAI paling lambat "
      "14 (empat belas) hari sebelum sesi."),
    P("(4) Penyuluh yang pada hari Rabu sedang memandu SL dapat menonton rekaman sesi paling "
      "lambat 7 (tujuh) hari setelah siaran dengan pengakuan 2 (dua) JP."),

    H1("BAB VI SEKOLAH LAPANG DAN JENJANG PEMANDU"),
    H2("Pasal 17"),
    P("(1) SL dilaksanakan pada setiap MT oleh BPP dengan peserta anggota Poktan."),
    P("(2) Satu unit SL diikuti oleh 25 (dua puluh lima) orang anggota Poktan dan terdiri atas "
      "12 (dua belas) kali pertemuan, masing-masing paling singkat 4 (empat) jam."),
    P("(3) Jenis SL meliputi SL Pengendalian Hama Terpadu (SL-PHT) padi, SL Iklim, SL "
      "hortikultura, dan SL peternakan terpadu."),
    P("(4) Target jumlah unit SL per BPP untuk tahun 2025 dan tahun 2026 ditetapkan dalam data "
      "BPP yang diterbitkan Bidang PSDMP."),
    H2("Pasal 18"),
    P("(1) Pemandu SL terdiri atas tiga jenjang sebagaimana tercantum dalam Tabel 4."),
    T("Tabel 4. Jenjang Pemandu Sekolah Lapang",
      ["Jenjang", "Syarat", "Pelatihan Wajib", "Paling Banyak Unit SL per Musim",
       "Honor per Pertemuan (Rp)"],
      PEMANDU, [38, 62, 26, 26, 22]),
    P("(2) Honor pemandu dibayarkan dari DAK Nonfisik BOP Penyuluhan setelah laporan akhir SL "
      "diverifikasi oleh koordinator BPP."),
    P("(3) Pemandu SL wajib mengunggah laporan akhir SL ke e-LADANG paling lambat 14 (empat "
      "belas) hari kalender setelah pertemuan terakhir."),
    P("(4) Kenaikan jenjang pemandu ditetapkan dengan Keputusan Kepala Dinas setelah pemandu "
      "lulus pelatihan wajib jenjang berikutnya."),

    H1("BAB VII PROGRAM TUNAS"),
    H2("Pasal 19"),
    P("(1) Peserta TUNAS (mentee) adalah penyuluh pertanian, pengawas benih tanaman, medik "
      "veteriner, paramedik veteriner, dan analis ketahanan pangan, baik CPNS maupun PPPK, pada "
      "tahun pertama penugasannya."),
    P("(2) TUNAS dilaksanakan selama 6 (enam) bulan per angkatan. Angkatan III tahun 2026 "
      "dilaksanakan mulai tanggal 2 Maret 2026 sampai dengan tanggal 31 Agustus 2026."),
    H2("Pasal 20"),
    P("(1) Pendamping (mentor) TUNAS harus memenuhi syarat:"),
    L("a. menduduki jenjang Ahli Muda, Ahli Madya, atau Penyelia pada jabatan fungsional yang "
      "sama atau serumpun;",
      "b. memiliki masa kerja paling singkat 8 (delapan) tahun;",
      "c. telah lulus SMI-27 Pelatihan Pendamping (Mentor) TUNAS; dan",
      "d. tidak sedang menjalani hukuman disiplin."),
    P("(2) Satu mentor mendampingi paling banyak 2 (dua) mentee."),
    P("(3) Mentor diberi honor sebesar Rp350.000 (tiga ratus lima puluh ribu rupiah) per mentee "
      "per bulan selama masa pendampingan."),
    P("(4) Mentor dan mentee ditetapkan dengan Keputusan Kepala Dinas."),
    H2("Pasal 21"),
    P("(1) Mentee dinyatakan tuntas apabila memperoleh nilai akhir paling rendah 70 (tujuh puluh) "
      "dan telah mempresentasikan Karya Lapang TUNAS."),
    P("(2) Mentee yang tuntas memperoleh pengakuan 24 (dua puluh empat) JP dan mentor "
      "memperoleh pengakuan 12 (dua belas) JP."),
    P("(3) Ketentuan teknis pelaksanaan TUNAS diatur dalam panduan yang diterbitkan Bidang "
      "PSDMP."),

    H1("BAB VIII E-LADANG"),
    H2("Pasal 22"),
    P("(1) e-LADANG dapat diakses pada alamat " + LMS_URL + " dan dikelola oleh admin e-LADANG "
      "pada Bidang PSDMP."),
    P("(2) Setiap ASN, termasuk PPPK paruh waktu, memperoleh akun e-LADANG yang menggunakan "
      "NIP atau nomor induk PPPK sebagai nama pengguna."),
    P("(3) e-LADANG paling sedikit menyediakan menu Kelas Saya, Katalog SEMAI, Rabu Belajar, "
      "TUNAS, Klaim JP, Portofolio dan Sertifikat, Reservasi LLT, serta Layanan Kepegawaian."),
    H2("Pasal 23"),
    P("(1) Kursus mandiri pada e-LADANG diakui paling banyak 8 (delapan) JP per bulan."),
    P("(2) Kursus mandiri dinyatakan lulus apabila peserta menyelesaikan seluruh modul dan "
      "memperoleh nilai tes akhir paling rendah 70 (tujuh puluh)."),
    P("(3) Gangguan e-LADANG yang berlangsung lebih dari 24 (dua puluh empat) jam diumumkan "
      "secara resmi oleh Kepala Bidang PSDMP."),

    H1("BAB IX BPP MODEL DAN LAPANG LATIH TANI"),
    H2("Pasal 24"),
    P("(1) BPP Model Padang Tujuh berfungsi sebagai tempat pelatihan, magang, percontohan "
      "teknologi, dan pusat data penyuluhan."),
    P("(2) LLT dikelola oleh Koordinator BPP Model Padang Tujuh dengan dibantu seorang pengelola "
      "LLT."),
    P("(3) Fasilitas LLT diutamakan untuk kegiatan Program SEMAI, TUNAS, SL, dan uji kompetensi."),
    H2("Pasal 25"),
    P("(1) Penggunaan fasilitas LLT oleh unit kerja Dinas, instansi lain, Poktan, Gapoktan, "
      "mahasiswa, dan masyarakat umum diajukan melalui menu Reservasi LLT pada e-LADANG paling "
      "lambat 14 (empat belas) hari kalender sebelum kegiatan."),
    P("(2) Tarif penggunaan fasilitas LLT per kategori pengguna ditetapkan dengan Keputusan Kepala "
      "Dinas dan disetorkan ke kas daerah."),
    P("(3) Pembatalan reservasi kurang dari 3 (tiga) hari kerja sebelum kegiatan dikenakan biaya "
      "sebesar 25% (dua puluh lima persen) dari tarif."),

    H1("BAB X PENGEMBANGAN KOMPETENSI JABATAN FUNGSIONAL TERTENTU"),
    H2("Pasal 26"),
    P("(1) Pengawas Benih Tanaman wajib mengikuti magang pada UPTD Balai Pengawasan dan "
      "Sertifikasi Benih Provinsi Andalas Tengah paling sedikit 5 (lima) hari kerja setiap 2 "
      "(dua) tahun."),
    P("(2) Magang sebagaimana dimaksud pada ayat (1) dibiayai dari APBN Dekonsentrasi melalui "
      "Provinsi Andalas Tengah."),
    H2("Pasal 27"),
    P("(1) Medik Veteriner dan Paramedik Veteriner pada Puskeswan Lubuk Beringin wajib mengikuti "
      "SMI-12 paling sedikit satu kali dalam 3 (tiga) tahun."),
    P("(2) Menjelang Hari Raya Iduladha, seluruh Medik Veteriner dan Paramedik Veteriner "
      "mengikuti penyegaran pemeriksaan hewan kurban melalui SMI-28 atau kursus mandiri pada "
      "e-LADANG."),
    P("(3) Jadwal piket layanan Puskeswan diatur oleh Kepala Puskeswan sehingga layanan "
      "kesehatan hewan tetap berjalan selama pegawai mengikuti pelatihan."),
    H2("Pasal 28"),
    P("Analis Ketahanan Pangan wajib mengikuti SMI-14 atau SMI-15 paling sedikit satu kali "
      "dalam 2 (dua) tahun dan terlibat dalam penyusunan peta ketahanan dan kerentanan pangan "
      "kabupaten."),

    H1("BAB XI UJI KOMPETENSI"),
    H2("Pasal 29"),
    P("(1) Dinas memfasilitasi uji kompetensi kenaikan jenjang jabatan fungsional bagi pejabat "
      "fungsional yang memenuhi syarat."),
    P("(2) Persyaratan, besaran bantuan biaya, kuota, jadwal, dan tata cara pendaftaran uji "
      "kompetensi setiap tahun ditetapkan dengan Surat Edaran Kepala Dinas."),
    P("(3) Pejabat fungsional yang dinyatakan tidak kompeten dapat mengikuti uji ulang paling "
      "cepat 6 (enam) bulan setelah pengumuman hasil."),

    H1("BAB XII KUOTA DAN SELEKSI PESERTA"),
    H2("Pasal 30"),
    P("(1) Kuota pelatihan klasikal dibagi ke setiap BPP secara proporsional menurut jumlah "
      "penyuluh, dengan paling sedikit 1 (satu) kursi per angkatan untuk setiap BPP."),
    P("(2) Dalam hal jumlah pendaftar melebihi kuota, peserta diprioritaskan berdasarkan urutan "
      "berikut:"),
    L("a. pegawai yang capaian JP tahun sebelumnya di bawah target;",
      "b. pegawai yang pelatihan tersebut tercantum dalam RPKI yang telah diverifikasi;",
      "c. pegawai yang belum pernah mengikuti pelatihan dengan kode yang sama; dan",
      "d. pegawai dengan sisa masa kerja lebih panjang."),
    P("(3) Pendaftaran pelatihan klasikal dilakukan melalui menu Katalog SEMAI pada e-LADANG "
      "paling lambat 10 (sepuluh) hari kerja sebelum pelatihan dimulai."),
    P("(4) Peserta yang telah ditetapkan dan mengundurkan diri kurang dari 3 (tiga) hari kerja "
      "sebelum pelatihan tanpa alasan yang sah tidak dapat mendaftar pelatihan klasikal lain "
      "selama 6 (enam) bulan."),

    H1("BAB XIII PEMBIAYAAN"),
    H2("Pasal 31"),
    P("(1) Pengembangan kompetensi dibiayai dari APBD Kabupaten, DAK Nonfisik Biaya Operasional "
      "Penyuluhan (BOP Penyuluhan), APBN Dekonsentrasi, dan sumber lain yang sah dan tidak "
      "mengikat."),
    P("(2) Pagu anggaran pengembangan kompetensi Dinas tahun 2026 tercantum dalam Tabel 5."),
    T("Tabel 5. Pagu Anggaran Pengembangan Kompetensi Dinas Tahun 2026",
      ["Sumber Dana", "Kegiatan", "Pagu (Rp)"],
      [[a, b, rp(c)] for a, b, c in ANGGARAN] + [["Jumlah", "", rp(ANGGARAN_TOTAL)]],
      [50, 80, 32]),
    P("(3) Sebagai pembanding, pagu anggaran pengembangan kompetensi Dinas tahun 2025 sebesar "
      "Rp1.484.000.000 dengan realisasi Rp1.362.450.000 atau 91,8% (sembilan puluh satu koma "
      "delapan persen)."),
    P("(4) Rincian anggaran Program SEMAI ditetapkan dalam Rencana Anggaran Biaya Program SEMAI "
      "Tahun 2026."),
    H2("Pasal 32"),
    P("(1) Peserta pelatihan klasikal di luar kecamatan tempat kedudukannya diberi uang "
      "transport sebesar Rp150.000 (seratus lima puluh ribu rupiah) per kegiatan."),
    P("(2) Peserta pelatihan berasrama di LLT tidak diberi uang harian karena akomodasi dan "
      "konsumsi telah disediakan."),
    P("(3) Pegawai yang mengikuti pengembangan kompetensi atas biaya sendiri tetap memperoleh "
      "pengakuan JP sesuai ketentuan dalam Pasal 7."),

    H1("BAB XIV PEMANTAUAN, EVALUASI, DAN PELAPORAN"),
    H2("Pasal 33"),
    P("(1) Koordinator BPP menyampaikan laporan capaian pengembangan kompetensi pegawai di "
      "BPP-nya kepada Kepala Bidang PSDMP setiap triwulan dengan batas waktu:"),
    L("a. triwulan I paling lambat tanggal 10 April;",
      "b. triwulan II paling lambat tanggal 10 Juli;",
      "c. triwulan III paling lambat tanggal 9 Oktober; dan",
      "d. triwulan IV paling lambat tanggal 15 Januari tahun berikutnya."),
    P("(2) TPMK melaksanakan evaluasi pascapelatihan paling cepat 3 (tiga) bulan dan paling "
      "lambat 6 (enam) bulan setelah pelatihan untuk menilai penerapan hasil pelatihan."),
    P("(3) Kepala Bidang PSDMP menyampaikan laporan tahunan pengembangan kompetensi kepada "
      "Kepala Dinas paling lambat tanggal 31 Januari tahun berikutnya."),

    H1("BAB XV PENGHARGAAN DAN SANKSI"),
    H2("Pasal 34"),
    P("(1) Dinas memberikan Anugerah Padi Emas setiap tahun dengan kategori dan hadiah "
      "sebagaimana tercantum dalam Tabel 6."),
    T("Tabel 6. Kategori dan Hadiah Anugerah Padi Emas Tahun 2026",
      ["Kategori", "Jumlah Penerima", "Hadiah (Rp)"], PADI_EMAS, [80, 34, 48]),
    P("(2) Calon penerima diusulkan oleh koordinator BPP atau kepala unit kerja pada tanggal 1 "
      "Juni sampai dengan 31 Juli 2026 dan dinilai oleh tim penilai yang dipimpin Sekretaris "
      "Dinas."),
    P("(3) Calon penerima harus telah mencapai paling sedikit 100% (seratus persen) target JP "
      "tahun sebelumnya dan tidak sedang menjalani hukuman disiplin."),
    P("(4) Anugerah Padi Emas diserahkan pada peringatan Hari Pangan Sedunia tanggal 16 Oktober "
      "2026."),
    H2("Pasal 35"),
    P("(1) ASN yang tidak memenuhi target JP tanpa alasan yang sah diberi teguran tertulis oleh "
      "atasan langsung dan wajib menyusun rencana pemenuhan pada triwulan I tahun berikutnya."),
    P("(2) ASN yang tidak memenuhi target JP 2 (dua) tahun berturut-turut tidak diprioritaskan "
      "dalam pelatihan berbiaya APBD, kecuali pelatihan wajib jabatan."),
    P("(3) Capaian JP menjadi salah satu bahan penilaian kinerja pegawai."),

    H1("BAB XVI KETENTUAN PERALIHAN DAN PENUTUP"),
    H2("Pasal 36"),
    P("(1) Pemandu SL yang telah memandu sebelum Peraturan Kepala Dinas ini berlaku disetarakan "
      "dengan Pemandu SL Tingkat I, kecuali telah memiliki sertifikat jenjang yang lebih "
      "tinggi."),
    P("(2) Klaim JP atas kegiatan tahun 2025 yang belum diverifikasi diselesaikan paling lambat "
      "tanggal 31 Januari 2026."),
    H2("Pasal 37"),
    P("Pada saat Peraturan Kepala Dinas ini mulai berlaku, Peraturan Kepala Dinas Nomor 4 Tahun "
      "2023 tentang Pelatihan Penyuluh Pertanian dicabut dan dinyatakan tidak berlaku."),
    H2("Pasal 38"),
    P("Peraturan Kepala Dinas ini mulai berlaku pada tanggal 2 Januari 2026."),
    P("Ditetapkan di Sirih Kota pada tanggal 30 Desember 2025"),
    P("KEPALA DINAS PERTANIAN DAN KETAHANAN PANGAN KABUPATEN BATANG SIRIH,"),
    P(KADIS + " - NIP " + KADIS_NIP),

    BR(),
    C("LAMPIRAN I"),
    C("DAFTAR BALAI PENYULUHAN PERTANIAN DAN KOORDINATOR"),
    P("Sembilan BPP berkedudukan di sembilan kecamatan. BPP Model Padang Tujuh merupakan BPP "
      "percontohan tempat LLT berada. Layanan BPP dibuka Senin sampai dengan Jumat pukul 07.30 "
      "sampai dengan 16.00 WIB."),
    T("Tabel 7. Daftar BPP, Alamat, dan Koordinator",
      ["BPP dan Alamat", "Kecamatan", "Koordinator BPP", "Nomor WA"],
      [[f"{b[0]}, {b[3]}", b[1], b[2], b[4]] for b in BPP], [70, 28, 44, 30]),
    P("Puskeswan Lubuk Beringin berkedudukan di Jalan Raya Lubuk Beringin Km 3, dipimpin oleh "
      + DRH + ", dengan layanan Senin sampai dengan Sabtu pukul 08.00 sampai dengan 14.00 WIB."),

    C("LAMPIRAN II"),
    C("FORMAT RENCANA PENGEMBANGAN KOMPETENSI INDIVIDU (RPKI)"),
    P("RPKI diisi pada menu Layanan Kepegawaian > RPKI di e-LADANG dengan isian sebagai berikut:"),
    L("1. identitas pegawai: nama, NIP atau nomor induk PPPK, jabatan, jenjang, dan unit kerja;",
      "2. kesenjangan kompetensi yang akan ditutup, dikaitkan dengan hasil evaluasi kinerja;",
      "3. rencana kegiatan: kode pelatihan SEMAI atau jenis kegiatan nonklasikal;",
      "4. rencana waktu pelaksanaan (bulan);",
      "5. perkiraan JP setiap kegiatan dan jumlah JP setahun;",
      "6. sumber biaya: APBD, DAK Nonfisik, APBN Dekonsentrasi, biaya sendiri, atau pihak lain; "
      "dan",
      "7. persetujuan koordinator BPP atau atasan langsung."),
    P("RPKI yang jumlah perkiraan JP-nya kurang dari target dalam Tabel 1 dikembalikan untuk "
      "diperbaiki dalam waktu 3 (tiga) hari kerja."),

    C("LAMPIRAN III"),
    C("KALENDER PENGEMBANGAN KOMPETENSI TAHUN 2026"),
    T("Tabel 8. Kalender Kegiatan Pengembangan Kompetensi Tahun 2026",
      ["Kegiatan", "Waktu", "Pelaksana"], KALENDER, [82, 44, 36]),
    P("KEPALA DINAS PERTANIAN DAN KETAHANAN PANGAN KABUPATEN BATANG SIRIH,"),
    P(KADIS),
]

# =========================================================================== SURAT EDARAN 2026 (PDF)
BANTUAN_2026 = [
    ["Penyuluh Pertanian Terampil ke Mahir (dan jenjang keterampilan serupa)", "2.000.000"],
    ["Mahir ke Penyelia", "2.250.000"],
    ["Ahli Pertama ke Ahli Muda", "2.750.000"],
    ["Ahli Muda ke Ahli Madya", "3.500.000"],
    ["Ahli Madya ke Ahli Utama", "tidak difasilitasi Dinas"],
]
KUOTA_UJIKOM = [
    ["Penyuluh Pertanian", "22"],
    ["Pengawas Benih Tanaman", "4"],
    ["Medik Veteriner dan Paramedik Veteriner", "4"],
    ["Analis Ketahanan Pangan", "2"],
]
assert sum(int(r[1]) for r in KUOTA_UJIKOM) == 32
JADWAL_UJIKOM = [
    ["Pendaftaran melalui e-LADANG", "19 Januari-13 Maret 2026, ditutup pukul 15.00 WIB"],
    ["Pengumuman hasil seleksi administrasi", "6 April 2026"],
    ["Uji kompetensi Gelombang I", "21-23 April 2026"],
    ["Uji kompetensi Gelombang II", "18-20 Agustus 2026"],
    ["Laporan pelaksanaan oleh peserta", "paling lambat 7 hari kerja setelah uji"],
]

SE2026 = [
    C("PEMERINTAH KABUPATEN BATANG SIRIH"),
    C("DINAS PERTANIAN DAN KETAHANAN PANGAN"),
    P(ALAMAT + ", Telepon " + TELP + ", laman " + DOMAIN),
    P(FIKTIF),
    C("SURAT EDARAN"),
    C("NOMOR 800.1.3/027/DPKP/2026"),
    C("TENTANG"),
    C("FASILITASI UJI KOMPETENSI KENAIKAN JENJANG JABATAN FUNGSIONAL TAHUN 2026"),
    P("Yth. 1. Para Kepala Bidang dan Sekretaris Dinas; 2. Para Koordinator BPP se-Kabupaten "
      "Batang Sirih; 3. Kepala Puskeswan Lubuk Beringin; 4. Para pejabat fungsional di "
      "lingkungan Dinas Pertanian dan Ketahanan Pangan Kabupaten Batang Sirih."),
    H2("1. Latar Belakang"),
    P("Sesuai dengan Pasal 29 Peraturan Kepala Dinas Nomor 6 Tahun 2026 tentang Pedoman "
      "Pengembangan Kompetensi Aparatur Sipil Negara di Lingkungan Dinas Pertanian dan "
      "Ketahanan Pangan, Dinas memfasilitasi uji kompetensi kenaikan jenjang jabatan fungsional. "
      "Surat Edaran ini mengatur persyaratan, bantuan biaya, kuota, jadwal, tempat, dan tata cara "
      "pendaftaran uji kompetensi tahun 2026."),
    H2("2. Jabatan Fungsional yang Difasilitasi"),
    P("Fasilitasi diberikan kepada pejabat fungsional Penyuluh Pertanian, Pengawas Benih "
      "Tanaman, Medik Veteriner, Paramedik Veteriner, dan Analis Ketahanan Pangan, baik PNS "
      "maupun PPPK. PPPK paruh waktu belum dapat difasilitasi."),
    H2("3. Persyaratan"),
    L("a. telah menduduki jenjang jabatan saat ini paling singkat 1 (satu) tahun pada tanggal 1 "
      "Maret 2026;",
      "b. predikat kinerja paling rendah Baik dalam 2 (dua) tahun terakhir berturut-turut;",
      "c. berusia paling tinggi 55 (lima puluh lima) tahun pada tanggal 1 Maret 2026;",
      "d. capaian JP tahun 2025 paling sedikit 20 (dua puluh) JP sebagaimana tercatat di "
      "e-LADANG;",
      "e. tersedia formasi atau kebutuhan jabatan pada jenjang yang dituju sesuai peta jabatan "
      "Dinas; dan",
      "f. tidak sedang menjalani hukuman disiplin sedang atau berat."),
    H2("4. Besaran Bantuan Biaya"),
    P("Bantuan biaya uji kompetensi diberikan menurut jenjang yang dituju sebagaimana tabel "
      "berikut. Selain bantuan biaya uji, peserta yang diuji di luar kecamatan tempat "
      "kedudukannya diberi uang harian Rp380.000 per hari untuk paling lama 3 (tiga) hari."),
    T("Tabel A. Bantuan Biaya Uji Kompetensi per Jenjang yang Dituju",
      ["Kenaikan Jenjang", "Bantuan Biaya (Rp per orang)"], BANTUAN_2026, [110, 52]),
    P("Bantuan biaya dapat diberikan paling banyak 2 (dua) kali untuk jenjang yang sama. "
      "Peserta yang dinyatakan tidak kompeten tidak wajib mengembalikan bantuan biaya. Peserta "
      "yang tidak hadir pada jadwal uji tanpa alasan yang sah wajib mengembalikan 100% (seratus "
      "persen) bantuan biaya ke kas daerah dan tidak dapat mendaftar pada tahun berikutnya."),
    H2("5. Kuota"),
    P("Kuota peserta yang difasilitasi tahun 2026 sebanyak 32 (tiga puluh dua) orang dengan "
      "rincian sebagai berikut. Sisa kuota suatu jabatan dapat dialihkan ke jabatan lain atas "
      "keputusan Kepala Bidang PSDMP."),
    T("Tabel B. Kuota Peserta per Jabatan Fungsional", ["Jabatan Fungsional", "Kuota (orang)"],
      KUOTA_UJIKOM, [110, 52]),
    H2("6. Jadwal dan Tempat"),
    T("Tabel C. Jadwal Uji Kompetensi Tahun 2026", ["Tahapan", "Waktu"], JADWAL_UJIKOM,
      [80, 82]),
    P("Uji kompetensi dilaksanakan di Aula Serbaguna Lapang Latih Tani (LLT) Padang Tujuh, "
      "Jalan Raya Padang Tujuh Km 8, mulai pukul 08.00 WIB. Peserta dari BPP Pasir Melintang "
      "dan BPP Bukit Seruni dapat menginap di asrama LLT tanpa biaya pada malam sebelum uji."),
    H2("7. Tata Cara Pendaftaran"),
    L("a. pendaftar mengisi formulir pada menu Layanan Kepegawaian > Uji Kompetensi di "
      "e-LADANG;",
      "b. mengunggah surat rekomendasi koordinator BPP atau atasan langsung, SKP 2 (dua) tahun "
      "terakhir, dan portofolio kegiatan dalam satu berkas PDF paling besar 5 MB;",
      "c. Subbagian Umum dan Kepegawaian memeriksa kelengkapan berkas; dan",
      "d. hasil seleksi administrasi diumumkan melalui e-LADANG dan grup resmi BPP."),
    H2("8. Kewajiban Peserta"),
    P("Peserta wajib mengikuti pembekalan daring melalui Rabu Belajar pada tanggal 8 April 2026 "
      "dan menyampaikan laporan pelaksanaan beserta bukti hasil uji melalui e-LADANG paling "
      "lambat 7 (tujuh) hari kerja setelah uji."),
    H2("9. Pencabutan"),
    P("Dengan berlakunya Surat Edaran ini, Surat Edaran Kepala Dinas Nomor 800/114/DPKP/2024 "
      "tanggal 5 Februari 2024 tentang Bantuan Biaya Uji Kompetensi Jabatan Fungsional Penyuluh "
      "Pertanian dicabut dan dinyatakan tidak berlaku."),
    H2("10. Narahubung"),
    P("Informasi lebih lanjut dapat ditanyakan kepada Sdri. " + PANITIA_UJIKOM + " (Subbagian "
      "Umum dan Kepegawaian), WA " + WA_UJIKOM + ", surel ujikom@" + DOMAIN + ", pada hari kerja "
      "pukul 08.00-15.30 WIB."),
    P("Demikian Surat Edaran ini untuk dilaksanakan dengan penuh tanggung jawab."),
    P("Sirih Kota, 12 Januari 2026"),
    P("Kepala Dinas Pertanian dan Ketahanan Pangan Kabupaten Batang Sirih,"),
    P(KADIS + " - NIP " + KADIS_NIP),
]

# =========================================================================== KEPUTUSAN TUNAS (DOCX)
# mentor, jabatan mentor, unit mentor, mentee, jabatan mentee, status, unit mentee
TUNAS = [
    ("Hasanuddin Simatupang, S.P., M.P.", "Penyuluh Pertanian Ahli Madya", "BPP Pasir Melintang",
     [("Dimas Arya Pratama, S.P.", "Penyuluh Pertanian Ahli Pertama", "CPNS 2025",
       "BPP Pasir Melintang"),
      ("Nurul Hidayah, A.Md.P.", "Penyuluh Pertanian Terampil", "PPPK 2025",
       "BPP Rawa Bening")]),
    ("Rosdiana Harahap, S.P.", "Penyuluh Pertanian Ahli Muda", "BPP Lubuk Beringin",
     [("Fadli Rahman, S.P.", "Penyuluh Pertanian Ahli Pertama", "CPNS 2025",
       "BPP Lubuk Beringin"),
      ("Wulan Sari Dewi, S.Tr.P.", "Penyuluh Pertanian Ahli Pertama", "PPPK 2025",
       "BPP Sungai Kapur")]),
    ("Zulkifli Chaniago, A.Md.", "Penyuluh Pertanian Penyelia", "BPP Koto Jerami",
     [("Rahmat Hidayat, A.Md.P.", "Penyuluh Pertanian Terampil", "PPPK 2025",
       "BPP Koto Jerami"),
      ("Intan Permatasari, A.Md.P.", "Penyuluh Pertanian Terampil", "CPNS 2025",
       "BPP Talang Manau")]),
    (KA_BPP_MODEL, "Penyuluh Pertanian Ahli Madya", "BPP Model Padang Tujuh",
     [("Arif Budiman, S.P.", "Penyuluh Pertanian Ahli Pertama", "CPNS 2025",
       "BPP Model Padang Tujuh")]),
    ("Yulia Fitriani, S.P., M.Si.", "Penyuluh Pertanian Ahli Muda", "BPP Sirih Kota",
     [("Melati Anggraini, S.P.", "Penyuluh Pertanian Ahli Pertama", "PPPK 2025",
       "BPP Sirih Kota"),
      ("Yoga Saputra, S.Tr.P.", "Penyuluh Pertanian Ahli Pertama", "PPPK 2025",
       "BPP Bukit Seruni")]),
    ("Joni Iskandar, S.ST.", "Penyuluh Pertanian Ahli Muda", "BPP Bukit Seruni",
     [("Putri Ramadhani, A.Md.P.", "Penyuluh Pertanian Terampil", "PPPK 2025",
       "BPP Bukit Seruni")]),
    (DRH, "Medik Veteriner Ahli Muda", "Puskeswan Lubuk Beringin",
     [("Ilham Fauzi, A.Md.Vet.", "Paramedik Veteriner Terampil", "PPPK 2025",
       "Puskeswan Lubuk Beringin")]),
    (PENGAWAS_BENIH, "Pengawas Benih Tanaman Ahli Muda", "Seksi Perbenihan dan Proteksi",
     [("Sinta Maharani, S.P.", "Pengawas Benih Tanaman Ahli Pertama", "CPNS 2025",
       "Seksi Perbenihan dan Proteksi")]),
]
HONOR_TUNAS = 350_000
BULAN_TUNAS = 6


def tunas_rows():
    rows, i = [], 0
    for mentor, jab, unit, mentees in TUNAS:
        for name, mjab, status, munit in mentees:
            i += 1
            rows.append([str(i), f"{mentor} ({jab}, {unit})", name, mjab, status, munit])
    return rows


def honor_rows():
    rows, total = [], 0
    for i, (mentor, _jab, _unit, mentees) in enumerate(TUNAS, 1):
        n = len(mentees)
        amount = n * HONOR_TUNAS * BULAN_TUNAS
        total += amount
        rows.append([str(i), mentor, str(n), rp(n * HONOR_TUNAS), rp(amount)])
    rows.append(["", "Jumlah", str(sum(len(t[3]) for t in TUNAS)), "", rp(total)])
    return rows


assert sum(len(t[3]) for t in TUNAS) == 12

KEP_TUNAS = [
    C("KEPUTUSAN KEPALA DINAS PERTANIAN DAN KETAHANAN PANGAN KABUPATEN BATANG SIRIH"),
    C("NOMOR 500.4/061/Kpts/DPKP/2026"),
    C("TENTANG"),
    C("PENETAPAN PENDAMPING DAN PESERTA PROGRAM TUNAS ANGKATAN III TAHUN 2026"),
    P(FIKTIF),
    P("KEPALA DINAS PERTANIAN DAN KETAHANAN PANGAN KABUPATEN BATANG SIRIH,"),
    P("Menimbang: bahwa untuk melaksanakan Pasal 20 ayat (4) Peraturan Kepala Dinas Nomor 6 "
      "Tahun 2026 tentang Pedoman Pengembangan Kompetensi Aparatur Sipil Negara di Lingkungan "
      "Dinas Pertanian dan Ketahanan Pangan, perlu menetapkan pendamping (mentor) dan peserta "
      "(mentee) Program Tuntun dan Asah Penyuluh Baru (TUNAS) Angkatan III Tahun 2026."),
    P("Mengingat: Peraturan Kepala Dinas Nomor 6 Tahun 2026."),
    C("MEMUTUSKAN:"),
    P("KESATU: Menetapkan pendamping dan peserta TUNAS Angkatan III Tahun 2026 sebagaimana "
      "tercantum dalam Tabel 1."),
    T("Tabel 1. Pasangan Pendamping dan Peserta TUNAS Angkatan III Tahun 2026",
      ["No", "Pendamping (Mentor)", "Peserta (Mentee)", "Jabatan Peserta", "Status",
       "Unit Penempatan Peserta"],
      tunas_rows(), [8, 60, 40, 40, 20, 36]),
    P("KEDUA: TUNAS Angkatan III dilaksanakan selama enam bulan, mulai 2 Maret 2026 sampai "
      "dengan 31 Agustus 2026, dan ditutup dengan Presentasi Akhir Karya Lapang TUNAS pada hari "
      "Rabu, 9 September 2026 pukul 08.30 WIB di Aula Serbaguna LLT Padang Tujuh."),
    P("KETIGA: Pendamping diberi honor sebesar Rp350.000 per peserta per bulan dengan rincian "
      "sebagaimana tercantum dalam Tabel 2, dibebankan pada APBD Kabupaten Batang Sirih Tahun "
      "Anggaran 2026 kegiatan Pendampingan TUNAS Angkatan III."),
    T("Tabel 2. Rincian Honor Pendamping TUNAS Angkatan III",
      ["No", "Pendamping", "Jumlah Mentee", "Honor per Bulan (Rp)", "Jumlah 6 Bulan (Rp)"],
      honor_rows(), [8, 70, 24, 32, 32]),
    P("KEEMPAT: Pendamping wajib melakukan pertemuan pendampingan dan memverifikasi logbook "
      "peserta sesuai Panduan Pendampingan TUNAS Tahun 2026. Honor bulan berjalan dibayarkan "
      "setelah logbook bulan tersebut diverifikasi Koordinator TUNAS."),
    P("KELIMA: Koordinator TUNAS adalah " + KOORD_TUNAS + ", Penyuluh Pertanian Ahli Madya pada "
      "BPP Model Padang Tujuh, WA " + WA_TUNAS + "."),
    P("KEENAM: Penggantian pendamping karena mutasi, sakit berkepanjangan, atau alasan lain "
      "ditetapkan oleh Kepala Bidang PSDMP atas usul Koordinator TUNAS."),
    P("KETUJUH: Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    P("Ditetapkan di Sirih Kota pada tanggal 23 Februari 2026"),
    P("KEPALA DINAS PERTANIAN DAN KETAHANAN PANGAN KABUPATEN BATANG SIRIH,"),
    P(KADIS),
]

# =========================================================================== RAB SEMAI (DOCX)
# komponen, volume, satuan, semester I, semester II
RAB = [
    ("Penyelenggaraan pelatihan klasikal berasrama (SMI-06, SMI-07, SMI-24)", "3", "angkatan",
     98_400_000, 52_600_000),
    ("Penyelenggaraan pelatihan klasikal nonasrama", "18", "angkatan", 121_500_000, 134_700_000),
    ("Pelatihan praktik lapang di LLT (SMI-09, SMI-13, SMI-19, SMI-23)", "6", "angkatan",
     47_250_000, 38_850_000),
    ("Pelatihan daring sinkron (SMI-14, SMI-20, SMI-21, SMI-25)", "8", "kelas", 9_600_000,
     8_400_000),
    ("Rabu Belajar: honor narasumber dan biaya siaran", "22", "sesi", 16_500_000, 16_500_000),
    ("Pengembangan konten kursus mandiri e-LADANG", "12", "modul", 42_000_000, 18_000_000),
    ("Sewa server, lisensi, dan pemeliharaan e-LADANG", "12", "bulan", 15_000_000, 15_000_000),
    ("Monitoring dan evaluasi pascapelatihan di BPP", "9", "BPP", 12_500_000, 37_500_000),
]
RAB_S1 = sum(r[3] for r in RAB)
RAB_S2 = sum(r[4] for r in RAB)
assert ANGGARAN[0][2] == RAB_S1 + RAB_S2


def rab_rows():
    rows = [[str(i), k, v, s, rp(a), rp(b), rp(a + b)] for i, (k, v, s, a, b) in enumerate(RAB, 1)]
    rows.append(["", "Jumlah", "", "", rp(RAB_S1), rp(RAB_S2), rp(RAB_S1 + RAB_S2)])
    return rows


RAB_SEMAI = [
    C("RENCANA ANGGARAN BIAYA PROGRAM SEMAI TAHUN 2026"),
    C("SEKOLAH MANDIRI APARATUR INSAN TANI"),
    C("BIDANG PENYULUHAN DAN SUMBER DAYA MANUSIA PERTANIAN"),
    P(FIKTIF),
    P("Rencana Anggaran Biaya (RAB) ini merupakan rincian pagu Program SEMAI yang bersumber dari "
      "APBD Kabupaten Batang Sirih Tahun Anggaran 2026, sebagaimana dimaksud dalam Pasal 31 "
      "ayat (4) Peraturan Kepala Dinas Nomor 6 Tahun 2026. RAB ini hanya memuat anggaran Program "
      "SEMAI; anggaran pengembangan kompetensi Dinas secara keseluruhan, termasuk Sekolah Lapang "
      "dan TUNAS, tercantum dalam Tabel 5 Peraturan Kepala Dinas tersebut."),
    P("Penanggung jawab kegiatan: " + KABID + ", Kepala Bidang PSDMP. Koordinator Program "
      "SEMAI: " + KOORD_SEMAI),
    T("Tabel 1. Rincian Anggaran Program SEMAI per Semester Tahun 2026",
      ["No", "Komponen", "Volume", "Satuan", "Semester I (Rp)", "Semester II (Rp)",
       "Jumlah (Rp)"],
      rab_rows(), [8, 62, 16, 18, 28, 28, 28],
      header2=[("No", 1), ("Komponen", 1), ("Volume", 1), ("Satuan", 1),
               ("Anggaran (Rp)", 3)]),
    P("Catatan:"),
    L("1. Semester I meliputi bulan Januari sampai dengan Juni 2026 dan Semester II meliputi "
      "bulan Juli sampai dengan Desember 2026.",
      "2. Rabu Belajar direncanakan 22 sesi dengan biaya Rp1.500.000 per sesi; sesi minggu keempat "
      "pada bulan Juni dan Desember ditiadakan karena bertepatan dengan akhir semester.",
      "3. Pengembangan konten kursus mandiri dianggarkan Rp5.000.000 per modul. Modul baru "
      "tahun 2026 antara lain Pengenalan Aplikasi Simluhtan, Penyusunan Materi Penyuluhan "
      "Visual, dan Dasar-dasar Pertanian Cerdas Iklim.",
      "4. Honor pemandu SL tidak dibebankan pada RAB ini, melainkan pada DAK Nonfisik BOP "
      "Penyuluhan.",
      "5. Pergeseran anggaran antarkomponen paling banyak 10% (sepuluh persen) dapat dilakukan "
      "dengan persetujuan Kepala Bidang PSDMP; pergeseran yang lebih besar memerlukan "
      "persetujuan Kepala Dinas."),
    P("Realisasi anggaran Program SEMAI tahun 2025 sebesar Rp512.880.000 dari pagu "
      "Rp560.000.000."),
    P("Sirih Kota, 9 Januari 2026"),
    P("Kepala Bidang Penyuluhan dan Sumber Daya Manusia Pertanian,"),
    P(KABID + " - NIP " + KABID_NIP),
]

DOCS = {
    "perkadis-pengembangan-kompetensi-dpkp-2026": (
        "pdf",
        PERKADIS,
        "Perkadis DPKP Batang Sirih No. 6 Tahun 2026",
    ),
    "se-uji-kompetensi-jf-2026": ("pdf", SE2026, "SE Fasilitasi Uji Kompetensi JF 2026"),
    "kep-pendamping-tunas-angkatan-iii-2026": (
        "docx",
        KEP_TUNAS,
        "Keputusan Kepala Dinas tentang Pendamping dan Peserta TUNAS Angkatan III 2026",
    ),
    "rab-semai-2026": ("docx", RAB_SEMAI, "Rencana Anggaran Biaya Program SEMAI 2026"),
}

# =========================================================================== plain-text documents
SE2024_TXT = f"""\
PEMERINTAH KABUPATEN BATANG SIRIH
DINAS PERTANIAN DAN KETAHANAN PANGAN
{ALAMAT}
Telepon {TELP}

{FIKTIF}

SURAT EDARAN
NOMOR 800/114/DPKP/2024

TENTANG
BANTUAN BIAYA UJI KOMPETENSI JABATAN FUNGSIONAL PENYULUH PERTANIAN

Yth.
1. Para Koordinator BPP se-Kabupaten Batang Sirih;
2. Para Penyuluh Pertanian di lingkungan Dinas Pertanian dan Ketahanan Pangan
   Kabupaten Batang Sirih.

1. Maksud
   Surat Edaran ini menjadi pedoman pemberian bantuan biaya uji kompetensi
   kenaikan jenjang bagi Penyuluh Pertanian tahun 2024.

2. Sasaran
   Bantuan hanya diberikan kepada pejabat fungsional Penyuluh Pertanian berstatus
   PNS. Pejabat fungsional lain mengikuti uji kompetensi atas biaya sendiri atau
   biaya instansi pembina.

3. Persyaratan
   a. telah menduduki jenjang jabatan saat ini paling singkat 2 (dua) tahun;
   b. predikat kinerja paling rendah Baik pada 1 (satu) tahun terakhir;
   c. berusia paling tinggi 50 (lima puluh) tahun pada saat mendaftar;
   d. mendapat rekomendasi tertulis dari Koordinator BPP; dan
   e. tidak sedang menjalani hukuman disiplin.

4. Besaran Bantuan
   a. Bantuan biaya uji kompetensi sebesar Rp1.500.000 (satu juta lima ratus ribu
      rupiah) per orang untuk semua jenjang, baik kategori keterampilan maupun
      keahlian.
   b. Uang harian sebesar Rp300.000 per hari, paling lama 2 (dua) hari.
   c. Bantuan hanya diberikan 1 (satu) kali untuk setiap jenjang.
   d. Peserta yang dinyatakan tidak kompeten wajib mengembalikan 50% (lima puluh
      persen) bantuan biaya.

5. Kuota
   Kuota penerima bantuan tahun 2024 sebanyak 15 (lima belas) orang Penyuluh
   Pertanian.

6. Jadwal dan Tempat
   a. Pendaftaran dibuka 12 Februari 2024 dan ditutup 29 Februari 2024 pukul
      14.00 WIB.
   b. Pengumuman hasil seleksi administrasi: 8 Maret 2024.
   c. Uji kompetensi dilaksanakan pada 15-16 Mei 2024 di Aula Kantor Dinas
      lantai 2, Jalan Lintas Pematang Nomor 45, mulai pukul 08.30 WIB.

7. Tata Cara Pendaftaran
   Berkas pendaftaran (formulir, rekomendasi Koordinator BPP, fotokopi SK jabatan
   terakhir, dan SKP 1 tahun terakhir) diserahkan dalam map berwarna hijau ke
   Subbagian Umum dan Kepegawaian, Kantor Dinas, pada jam kerja.

8. Kewajiban Peserta
   Peserta menyampaikan laporan pelaksanaan paling lambat 14 (empat belas) hari
   kalender setelah uji kompetensi.

9. Narahubung
   Sdr. {PANITIA_UJIKOM_LAMA} (Subbagian Umum dan Kepegawaian), WA {WA_UJIKOM_LAMA}.

Demikian Surat Edaran ini untuk dilaksanakan.

Sirih Kota, 5 Februari 2024
Kepala Dinas Pertanian dan Ketahanan Pangan
Kabupaten Batang Sirih,

{KADIS_LAMA}
NIP {KADIS_LAMA_NIP}
"""

WA_TXT = f"""\
[Broadcast] Grup WA "PENYULUH BATANG SIRIH"
Diteruskan dari: Admin Bidang PSDMP
({FIKTIF})

[09/03/26 07.45] Admin PSDMP: 🌾 *INFO SEKOLAH LAPANG MT II 2026* 🌾
Assalamualaikum wr. wb., selamat pagi bapak/ibu penyuluh se-Kab. Batang Sirih 🙏

Berikut info penting utk *Sekolah Lapang (SL) Musim Tanam II 2026* (April-September):

1️⃣ Total *36 unit SL* tahun 2026 (naik dari 29 unit th 2025). Rincian per BPP cek file
   data BPP 2026 yg sdh dikirim kemarin ya.
2️⃣ Data CPCL (calon petani calon lokasi) Poktan peserta SL dikirim ke Bidang PSDMP
   paling lambat *Jumat, 3 April 2026 pukul 16.00 WIB* lewat e-LADANG menu SL.
   Telat = unit SL bisa dialihkan ke BPP lain ⚠️
3️⃣ 1 unit SL = *25 org anggota Poktan*, *12x pertemuan*, min. 4 jam per pertemuan.
   Ingat: anggota Poktan itu *bukan ASN*, jd mereka tdk dapat JP ya 😊
4️⃣ Honor pemandu per pertemuan: Tk I *Rp125.000*, Tk II *Rp150.000*, Tk III *Rp175.000*.
   Cair setelah laporan akhir SL diverifikasi koordinator BPP.
5️⃣ Bagi pemandu, 1 pertemuan SL = 2 JP, maksimal 24 JP setahun.

[09/03/26 07.52] Admin PSDMP: 📢 *PELATIHAN PEMANDU SL TINGKAT II ANGKATAN I*
Akan dilaksanakan *11-15 Mei 2026* di LLT Padang Tujuh (berasrama, 36 JP).
Surat panggilan peserta menyusul. Yg blm pernah jadi pemandu, daftarnya ke
*Tingkat I* ya (48 JP), jadwalnya Juni, bukan yg ini 🙏

[09/03/26 08.05] Admin PSDMP: 📊 Sekadar info, rata2 capaian JP kita tahun 2025 baru
*27,4 JP* per pegawai (dr 24 pegawai yg datanya sdh diverifikasi). Target 2026 naik lho:
penyuluh ahli 30 JP, terampil 26 JP. Yuk dicicil dr sekarang lewat Rabu Belajar 💪

[09/03/26 08.11] Admin PSDMP: ❓ Pertanyaan seputar SL hubungi panitia:
Sdr. {KETUA_PANITIA_SL} WA {WA_PANITIA_SL} (jam kerja, Senin-Jumat 08.00-16.00 WIB).
Jgn telp malam2 ya bapak ibu 😅🙏

[09/03/26 08.12] Admin PSDMP: Terima kasih. Salam tani! 🌱
"""

FAQ_TXT = f"""\
FAQ PENGEMBANGAN KOMPETENSI PEGAWAI
Dinas Pertanian dan Ketahanan Pangan Kabupaten Batang Sirih
Versi 3.1 - 23 Februari 2026 (menggantikan Versi 3.0 tanggal 8 Desember 2025)
{FIKTIF}

Perubahan pada Versi 3.1:
- Jawaban no. 4 disesuaikan dengan target JP 2026 (Versi 3.0 masih memuat target 2025).
- Jawaban no. 9 diperbarui: kuota uji kompetensi 2026 menjadi 32 orang (Versi 3.0 menyebut
  15 orang sesuai aturan lama).
- Pertanyaan no. 12 dan no. 13 baru ditambahkan.

Catatan istilah: dalam FAQ ini singkatan KP berarti Kenaikan Pangkat, bukan Kebun Percobaan.

1. T: Apakah anggota Poktan atau Gapoktan termasuk sasaran target JP?
   J: Tidak. Anggota Poktan dan Gapoktan bukan ASN sehingga tidak memiliki target JP dan
      tidak memperoleh pengakuan JP. Mereka adalah peserta Sekolah Lapang dan boleh ikut
      pelatihan SMI-09 dengan biaya mandiri.

2. T: Saya PPPK paruh waktu. Apakah saya punya akun e-LADANG?
   J: Ya. Akun PPPK paruh waktu aktif sejak 2 Februari 2026 dengan nama pengguna nomor induk
      PPPK. Target JP PPPK paruh waktu tahun 2026 adalah 10 JP dan tidak ada kewajiban
      pelatihan klasikal.

3. T: Berapa menit 1 JP?
   J: 1 JP = 45 menit. Contoh: pelatihan daring sinkron 3 jam (180 menit) diakui 4 JP.
      Khusus seminar/webinar berlaku pengakuan tetap 2 JP per kegiatan (minimal 2 jam).

4. T: Berapa target JP saya tahun 2026?
   J: Penyuluh Pertanian kelompok Ahli 30 JP, kelompok Terampil (Terampil, Mahir, Penyelia)
      26 JP, Pengawas Benih Tanaman, Medik/Paramedik Veteriner, dan Analis Ketahanan Pangan
      24 JP, staf kantor dan PPPK penuh waktu 20 JP.

5. T: Apakah JP berpengaruh pada KP (kenaikan pangkat)?
   J: Secara langsung tidak, tetapi capaian JP menjadi salah satu bahan penilaian kinerja
      dan predikat kinerja dipakai dalam usul KP. Usul KP periode Oktober 2026 ditutup
      tanggal 31 Juli 2026.

6. T: Kapan batas klaim JP?
   J: Paling lambat 21 hari kalender setelah kegiatan selesai, dan seluruh klaim tahun 2026
      ditutup 15 Desember 2026.

7. T: Saya sedang memandu SL setiap Rabu. Bagaimana dengan Rabu Belajar?
   J: Tonton rekamannya paling lambat 7 hari setelah siaran; diakui 2 JP (bukan 3 JP).

8. T: Bolehkah ikut lebih dari tiga pelatihan klasikal berbiaya APBD?
   J: Tidak, paling banyak 3 pelatihan per tahun, kecuali SMI-01, SMI-24, dan SMI-25.

9. T: Berapa kuota uji kompetensi tahun 2026?
   J: 32 orang untuk lima jabatan fungsional. Pendaftaran melalui e-LADANG menu Layanan
      Kepegawaian > Uji Kompetensi. Perhatikan perpanjangan batas pendaftaran yang
      diumumkan setelah rapat koordinasi bulan Maret.

10. T: Apakah pelatihan SMI-04 dan SMI-05 sama?
    J: Berbeda. SMI-04 tentang pengamatan OPT padi (20 JP), SMI-05 tentang pengendalian OPT
       padi ramah lingkungan (28 JP) dan hanya untuk yang sudah lulus SMI-04.

11. T: Siapa yang memverifikasi klaim JP saya?
    J: Penyuluh di BPP: koordinator BPP. Tenaga kesehatan hewan: Kepala Puskeswan. Pegawai
       lainnya: TPMK. Lama verifikasi paling lama 5 hari kerja.

12. T: Apakah mahasiswa boleh magang di LLT Padang Tujuh?
    J: Boleh, melalui reservasi di e-LADANG paling lambat 14 hari sebelumnya. Tarif
       mengikuti kategori mahasiswa/pelajar pada daftar tarif fasilitas LLT 2026.

13. T: Saya pindah dari jabatan pelaksana ke Penyuluh Pertanian. Pelatihan apa yang wajib?
    J: SMI-24 Pelatihan Fungsional Penyuluh Pertanian bagi Pegawai Perpindahan Jabatan
       (60 JP, berasrama). Pelatihan ini tidak dihitung dalam batas 3 pelatihan APBD.

Pertanyaan lain: helpdesk e-LADANG WA {WA_HELPDESK} atau Bidang PSDMP {TELP}.
"""

PANGGILAN_TXT = f"""\
PEMERINTAH KABUPATEN BATANG SIRIH
DINAS PERTANIAN DAN KETAHANAN PANGAN
Bidang Penyuluhan dan Sumber Daya Manusia Pertanian
{ALAMAT}

{FIKTIF}

Nomor    : 800.1.5/112/PSDMP/2026                      Sirih Kota, 27 April 2026
Sifat    : Penting
Lampiran : 1 (satu) berkas
Hal      : Panggilan Peserta Pelatihan Pemandu Sekolah Lapang Tingkat II
           Angkatan I Tahun 2026

Yth. Koordinator BPP (daftar terlampir)
di tempat

Dalam rangka peningkatan jenjang pemandu Sekolah Lapang sesuai Pasal 18 Peraturan
Kepala Dinas Nomor 6 Tahun 2026, dengan hormat kami minta Saudara menugaskan pegawai
yang namanya tercantum di bawah ini untuk mengikuti Pelatihan Pemandu Sekolah Lapang
Tingkat II (kode SMI-07) Angkatan I Tahun 2026 dengan ketentuan sebagai berikut:

  Waktu      : Senin-Jumat, 11-15 Mei 2026 (lima hari, 36 JP)
  Kedatangan : Minggu, 10 Mei 2026, pukul 15.00-20.00 WIB (registrasi ulang di asrama)
  Tempat     : Lapang Latih Tani (LLT) Padang Tujuh, BPP Model Padang Tujuh,
               Jalan Raya Padang Tujuh Km 8, Jorong Sawah Liat
  Pola       : berasrama (kamar berdua); konsumsi disediakan panitia

DAFTAR PESERTA
  1. Yudi Hartono, S.P.            BPP Sirih Kota
  2. Lestari Wulandari, A.Md.P.    BPP Lubuk Beringin
  3. Ahmad Syukri, S.ST.           BPP Koto Jerami
  4. Rina Marlina, S.P.            BPP Rawa Bening
  5. Teguh Prasetyo, A.Md.         BPP Rawa Bening
  6. Fitri Handayani, S.P.         BPP Sungai Kapur
  7. Irwan Saputra, S.P.           BPP Talang Manau
  8. Dewi Kartika, S.Tr.P.         BPP Pasir Melintang
  9. Muhammad Iqbal, S.P.          BPP Pasir Melintang
 10. Novita Sari, A.Md.P.          BPP Model Padang Tujuh

JADWAL HARIAN (seluruh waktu dalam WIB; 1 JP = 45 menit)

Hari I - Senin, 11 Mei 2026 (8 JP)
  07.30-08.00  Apel pagi dan pengarahan tata tertib asrama
  08.00-08.45  Pembukaan oleh Kepala Bidang PSDMP
  08.45-12.30  Peran pemandu Tingkat II dan supervisi SL (5 JP)
  12.30-13.30  Ishoma
  13.30-15.45  Analisis agroekosistem lanjutan (3 JP)

Hari II - Selasa, 12 Mei 2026 (8 JP)
  07.30-11.15  Praktik pengamatan agroekosistem di sawah demplot LLT (5 JP)
  11.15-13.00  Ishoma
  13.00-15.15  Penyusunan kurikulum SL berbasis masalah lapangan (3 JP)

Hari III - Rabu, 13 Mei 2026 (8 JP)
  07.30-11.15  Dinamika kelompok dan teknik fasilitasi orang dewasa (5 JP)
  11.15-13.00  Ishoma
  13.00-15.15  Studi kasus SL Iklim dan SL-PHT (3 JP)
  19.30-21.00  Diskusi malam bersama pemandu utama (tidak dihitung JP)

Hari IV - Kamis, 14 Mei 2026 (8 JP)
  07.30-12.00  Praktik memandu di Poktan Sawah Saiyo, Desa Padang Tujuh (6 JP)
  12.00-13.30  Ishoma
  13.30-15.00  Refleksi praktik memandu (2 JP)

Hari V - Jumat, 15 Mei 2026 (4 JP)
  07.30-10.30  Evaluasi akhir dan penyusunan rencana tindak lanjut (4 JP)
  10.30-11.00  Penutupan dan pengumuman kelulusan

KETENTUAN
  a. Peserta membawa pakaian lapangan, sepatu bot, topi, jas hujan, laptop, obat-obatan
     pribadi, dan fotokopi sertifikat Pemandu SL Tingkat I.
  b. Pakaian hari Senin: PDH khaki; hari lainnya pakaian lapangan.
  c. Peserta diberi uang transport Rp150.000 dan tidak diberi uang harian karena
     akomodasi dan konsumsi disediakan.
  d. Peserta dinyatakan lulus apabila hadir paling sedikit 85% JP, nilai akhir paling
     rendah 75, dan mengunggah rencana tindak lanjut ke e-LADANG paling lambat 10 hari
     kerja setelah pelatihan.
  e. Konfirmasi kehadiran kepada panitia, Sdr. {KETUA_PANITIA_SL}, WA {WA_PANITIA_SL},
     paling lambat Rabu, 6 Mei 2026 pukul 12.00 WIB. Peserta yang berhalangan dapat
     diganti oleh pemandu Tingkat I lain dari BPP yang sama.

Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.

a.n. Kepala Dinas Pertanian dan Ketahanan Pangan
Kepala Bidang Penyuluhan dan Sumber Daya Manusia Pertanian,

{KABID}
NIP {KABID_NIP}
"""

PANDUAN_TUNAS_MD = f"""\
---
id: panduan-tunas-2026
title: Panduan Pendampingan TUNAS (Tuntun dan Asah Penyuluh Baru) Tahun 2026
penerbit: Bidang Penyuluhan dan Sumber Daya Manusia Pertanian, {DINAS}
tanggal: 2026-02-16
versi: 2.0
catatan: {FIKTIF}
---

# Panduan Pendampingan TUNAS Tahun 2026

{FIKTIF}

TUNAS (Tuntun dan Asah Penyuluh Baru) adalah program mentoring enam bulan bagi pegawai
fungsional baru pada tahun pertama penugasannya: penyuluh pertanian, pengawas benih
tanaman, medik dan paramedik veteriner, serta analis ketahanan pangan, baik CPNS maupun
PPPK. Panduan ini menjabarkan Pasal 19 sampai dengan Pasal 21 Peraturan Kepala Dinas
Nomor 6 Tahun 2026.

## Riwayat angkatan

| Angkatan | Tahun | Jumlah mentee | Jumlah mentor | Tuntas |
|---|---|---|---|---|
| Angkatan I | 2024 | 6 | 4 | 6 |
| Angkatan II | 2025 | 9 | 6 | 8 |
| Angkatan III | 2026 | 12 | 8 | (berjalan) |

## Tahapan Angkatan III (2 Maret - 31 Agustus 2026)

1. **Tahap Orientasi (Maret 2026)** - mentee mengikuti SMI-01 Orientasi Penyuluh Pertanian
   Baru (40 JP) dan menyusun kontrak belajar bersama mentor paling lambat 20 Maret 2026.
2. **Tahap Pendampingan Lapang (April - Juli 2026)** - mentee mendampingi mentor di
   wilayah binaan, memandu minimal satu pertemuan SL di bawah supervisi, dan menyiapkan
   Karya Lapang TUNAS.
3. **Tahap Refleksi (Agustus 2026)** - mentee menyelesaikan Karya Lapang TUNAS dan
   mengunggahnya paling lambat 28 Agustus 2026.
4. **Presentasi Akhir** - Rabu, 9 September 2026, pukul 08.30 WIB, Aula Serbaguna LLT
   Padang Tujuh.

## Pertemuan pendampingan

- Tatap muka paling sedikit **2 kali sebulan**, masing-masing paling singkat **90 menit**.
- Pertemuan daring paling sedikit **1 kali sebulan** (video call atau Rabu Belajar yang
  dibahas bersama).
- Setiap pertemuan dicatat di **logbook** pada menu **TUNAS > Logbook** di e-LADANG.
- Logbook satu bulan diunggah mentee dan diverifikasi mentor **paling lambat tanggal 5
  bulan berikutnya**. Honor mentor bulan itu baru dibayarkan setelah logbook diverifikasi
  Koordinator TUNAS.

## Karya Lapang TUNAS

Karya Lapang adalah proyek kecil yang memecahkan satu masalah nyata di wilayah binaan,
misalnya demplot varietas tahan kekeringan, jadwal tanam serempak satu hamparan, atau
pencatatan kasus penyakit hewan di desa. Bentuk laporan: paling banyak 15 halaman ditambah
video dokumentasi paling lama 5 menit.

## Penilaian

| Komponen | Bobot |
|---|---|
| Keaktifan dan logbook | 30% |
| Karya Lapang TUNAS | 40% |
| Presentasi akhir | 20% |
| Penilaian sikap oleh mentor | 10% |

Mentee dinyatakan **tuntas** bila nilai akhir paling rendah **70**. Mentee yang belum
tuntas diberi perpanjangan pendampingan **2 bulan** dan presentasi ulang pada November 2026.
Mentee yang tuntas memperoleh **24 JP**; mentor memperoleh **12 JP**.

## Mentor

- Syarat: jenjang Ahli Muda, Ahli Madya, atau Penyelia; masa kerja minimal 8 tahun; lulus
  SMI-27 Pelatihan Pendamping (Mentor) TUNAS (16 JP).
- Satu mentor paling banyak 2 mentee.
- Honor Rp350.000 per mentee per bulan (mentor dengan 2 mentee menerima Rp700.000 per bulan).
- Permintaan ganti mentor diajukan mentee kepada Koordinator TUNAS paling banyak 1 kali
  selama program.

## Kontak

Koordinator TUNAS: {KOORD_TUNAS}, BPP Model Padang Tujuh, WA {WA_TUNAS}
(Senin-Jumat, 08.00-16.00 WIB).
"""

PROFIL_LLT_MD = f"""\
# Profil Lapang Latih Tani (LLT) Padang Tujuh

{FIKTIF}

Lapang Latih Tani (LLT) Padang Tujuh adalah kebun percobaan dan lapangan pelatihan milik
{DINAS}, dikelola oleh **BPP Model Padang Tujuh**. Di lingkungan BPP, LLT juga sering
disebut **KP** (Kebun Percobaan) Padang Tujuh.

- **Alamat:** Jalan Raya Padang Tujuh Km 8, Jorong Sawah Liat, Desa Padang Tujuh,
  Kecamatan Padang Tujuh, Kabupaten Batang Sirih
- **Berdiri:** 2019; ditetapkan sebagai BPP Model pada 2024
- **Koordinator BPP Model:** {KA_BPP_MODEL}
- **Pengelola LLT:** {PENGELOLA_LLT}
- **Reservasi:** menu *Reservasi LLT* di e-LADANG atau WA {WA_LLT}, paling lambat 14 hari
  kalender sebelum kegiatan
- **Jam operasional:** Senin-Jumat 07.30-16.00 WIB; Sabtu 08.00-12.00 WIB khusus praktik
  lapang yang sudah terjadwal; Minggu dan hari libur nasional tutup (kecuali kedatangan
  peserta pelatihan berasrama)

## Lahan

Luas seluruh kawasan **6,2 hektare**, terdiri atas:

| Blok | Luas | Kegunaan |
|---|---|---|
| Sawah demplot (Blok A) | 3,5 ha | padi sawah irigasi, uji varietas, praktik SL-PHT |
| Lahan kering (Blok B) | 1,2 ha | hortikultura, cabai dan bawang merah di luar musim |
| Kebun bibit (Blok C) | 0,4 ha | bibit buah dan tanaman penaung |
| Bangunan dan jalan | 1,1 ha | aula, asrama, kantor, gudang |

## Fasilitas

- **Aula Serbaguna**: kapasitas 120 orang duduk (80 orang dengan meja), pengeras suara,
  proyektor, genset 15 kVA
- **Ruang kelas**: 2 ruang, masing-masing 30 orang
- **Asrama**: 14 kamar, 28 tempat tidur (kamar berdua), kamar mandi dalam
- **Rumah kasa (screen house)**: 2 unit ukuran 8 x 20 meter
- **Laboratorium tanah mini**: uji hara cepat dengan perangkat uji tanah sawah (PUTS)
- **Rumah kompos**: kapasitas produksi 5 ton pupuk organik per bulan
- **Kandang percontohan**: sapi potong 6 ekor dengan instalasi biogas
- **Alsintan peraga**: 2 traktor roda dua, 1 rice transplanter, 1 combine harvester mini
- Mushola, dapur, dan ruang makan untuk 60 orang

Tarif penggunaan fasilitas per kategori pengguna tercantum dalam daftar tarif fasilitas LLT
2026. Pegawai DPKP yang mengikuti kegiatan resmi Dinas tidak dipungut biaya aula dan ruang
kelas.

## Praktik Pengalaman Lapangan (PPL) mahasiswa

LLT menerima mahasiswa **PPL** (Praktik Pengalaman Lapangan) dari perguruan tinggi pertanian
paling banyak **10 orang per periode**, dengan lama PPL 4 sampai 8 minggu. Periode PPL 2026:
Februari-Maret dan Juli-Agustus. Mahasiswa PPL dibimbing oleh penyuluh BPP Model dan tidak
termasuk ASN. (Perhatian: di dokumen kepegawaian Dinas, PPL berarti Penyuluh Pertanian
Lapangan.)

## Capaian 2025

- 41 kegiatan pelatihan dan 1.284 orang-hari pemakaian asrama
- 7 varietas padi diuji; varietas terbaik menghasilkan 7,8 ton GKP per hektare
- Rerata hasil demplot padi Blok A musim tanam II 2025: 6,9 ton GKP/ha
- 2 kelompok mahasiswa PPL (17 orang)
"""

NOTULEN_MD = f"""\
# Notulen Rapat Koordinasi Penyuluhan dan Pengembangan Kompetensi

{FIKTIF}

- **Hari/tanggal:** Rabu, 4 Maret 2026
- **Waktu:** 09.00-12.15 WIB
- **Tempat:** Aula Kantor Dinas lantai 2, {ALAMAT}
- **Pimpinan rapat:** {KABID}, Kepala Bidang PSDMP
- **Notulis:** {NOTULIS}
- **Peserta:** 9 koordinator BPP, Kepala Puskeswan Lubuk Beringin, Koordinator Program
  SEMAI ({KOORD_SEMAI}), Koordinator TUNAS, admin e-LADANG, dan Subbagian Umum dan
  Kepegawaian ({PANITIA_UJIKOM}); jumlah hadir 17 orang

## 1. Evaluasi capaian JP tahun 2025

- Data 24 pegawai yang sudah diverifikasi menunjukkan rata-rata capaian **27.4 JP** per
  pegawai. Tujuh pegawai belum mencapai target tahun 2025.
- Rata-rata terendah ada di BPP Talang Manau (17 JP per pegawai). Koordinator BPP Talang
  Manau diminta menyusun rencana pemenuhan paling lambat 31 Maret 2026.
- Target 2026 naik (Ahli 30 JP, Terampil 26 JP), sehingga koordinator BPP diminta mendorong
  pegawai mengikuti Rabu Belajar sejak Maret.

## 2. Uji kompetensi kenaikan jenjang 2026

- Sampai 3 Maret 2026 baru **14 pendaftar** dari kuota 32 orang. Banyak pendaftar kesulitan
  mengunggah SKP karena berkas melebihi 5 MB.
- **Diputuskan:** batas akhir pendaftaran uji kompetensi yang semula 13 Maret 2026
  **diperpanjang sampai Jumat, 27 Maret 2026 pukul 15.00 WIB**.
- Akibat perpanjangan, pengumuman hasil seleksi administrasi bergeser dari 6 April 2026
  menjadi **13 April 2026**, dan pembekalan daring bergeser dari 8 April 2026 menjadi
  **Rabu, 15 April 2026**. Jadwal uji Gelombang I (21-23 April 2026) dan Gelombang II
  (18-20 Agustus 2026) **tetap**.
- Admin e-LADANG menaikkan batas unggah berkas menjadi 8 MB mulai 5 Maret 2026.

## 3. Sekolah Lapang MT II 2026

- Jumlah unit SL 2026: **36 unit** (tahun 2025: 29 unit).
- Batas pengiriman data CPCL Poktan: Jumat, 3 April 2026 pukul 16.00 WIB (tidak
  diperpanjang).
- Pelatihan Pemandu SL Tingkat II Angkatan I dilaksanakan 11-15 Mei 2026 di LLT Padang
  Tujuh; Pelatihan Pemandu SL Tingkat I dilaksanakan Juni 2026.

## 4. TUNAS Angkatan III

- Dimulai 2 Maret 2026 dengan 12 mentee dan 8 mentor. Kontrak belajar dikumpulkan paling
  lambat 20 Maret 2026.
- Mentor yang logbook mentee-nya terlambat diverifikasi tidak dibayar honornya untuk bulan
  tersebut sampai logbook lengkap.

## 5. e-LADANG dan PPPK paruh waktu

- Akun e-LADANG untuk **23 PPPK paruh waktu** (9 di BPP dan 14 di kantor Dinas serta
  Puskeswan) telah aktif sejak 2 Februari 2026.
- Rabu Belajar tetap pukul 08.30-10.45 WIB. Topik 11 Maret 2026: pengendalian wereng batang
  cokelat; topik 25 Maret 2026: penyusunan CPCL Sekolah Lapang.

## 6. LLT Padang Tujuh

- Atap rumah kasa unit 2 rusak akibat angin kencang pada Februari 2026. Perbaikan
  ditargetkan selesai 30 April 2026; selama perbaikan, reservasi rumah kasa hanya untuk
  unit 1.

## 7. Anugerah Padi Emas 2026

- Usulan calon penerima dibuka 1 Juni-31 Juli 2026. Tim penilai dipimpin Sekretaris Dinas,
  {SEKDIS}; penyerahan pada Hari Pangan Sedunia, 16 Oktober 2026.

## Rencana tindak lanjut

| No | Tindak lanjut | Penanggung jawab | Batas waktu |
|---|---|---|---|
| 1 | Pengumuman perpanjangan pendaftaran uji kompetensi | Subbagian Umum dan Kepegawaian | 5 Maret 2026 |
| 2 | Rencana pemenuhan JP BPP Talang Manau | Koordinator BPP Talang Manau | 31 Maret 2026 |
| 3 | Pengiriman data CPCL SL MT II | Seluruh koordinator BPP | 3 April 2026 |
| 4 | Perbaikan atap rumah kasa unit 2 | Pengelola LLT | 30 April 2026 |

Rapat ditutup pukul 12.15 WIB.

Notulis,
{NOTULIS}
"""

HELPDESK_HTML = f"""\
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Pusat Bantuan e-LADANG - DPKP Batang Sirih</title>
<style>
body {{ font-family: sans-serif; margin: 2em; }}
table {{ border-collapse: collapse; }}
td, th {{ border: 1px solid #999; padding: 4px 8px; }}
</style>
</head>
<body>
<nav>
<a href="/">Beranda</a> | <a href="/kelas">Kelas Saya</a> | <a href="/katalog">Katalog SEMAI</a> |
<a href="/rabu-belajar">Rabu Belajar</a> | <a href="/tunas">TUNAS</a> | <a href="/klaim">Klaim JP</a> |
<a href="/portofolio">Portofolio &amp; Sertifikat</a> | <a href="/llt">Reservasi LLT</a> |
<a href="/kepegawaian">Layanan Kepegawaian</a> | <a href="/bantuan">Bantuan</a>
</nav>

<h1>Pusat Bantuan e-LADANG</h1>
<p><em>{FIKTIF}</em></p>
<p>e-LADANG (Layanan Belajar Daring Aparatur Pertanian) adalah platform belajar dan pencatatan
JP pegawai {DINAS}. Alamat: <a href="{LMS_URL}">{LMS_URL}</a>.</p>

<h2>Jam layanan helpdesk</h2>
<ul>
<li>Senin-Kamis: 08.00-15.30 WIB</li>
<li>Jumat: 08.00-11.00 WIB</li>
<li>Sabtu, Minggu, dan hari libur: tutup (tiket tetap dapat dikirim)</li>
</ul>
<p>Setiap tiket dijawab paling lama <strong>1 x 24 jam kerja</strong>. Nomor tiket berformat
LDG-2026-xxxxx. Hubungi helpdesk melalui WA <strong>{WA_HELPDESK}</strong> (hanya chat, tidak
menerima panggilan telepon) atau surel helpdesk.eladang@{DOMAIN}. Admin e-LADANG:
{ADMIN_LMS}</p>

<h2>Menu e-LADANG</h2>
<table>
<tr><th>Menu</th><th>Kegunaan</th></tr>
<tr><td>Kelas Saya</td><td>Pelatihan klasikal dan kursus mandiri yang sedang diikuti</td></tr>
<tr><td>Katalog SEMAI</td><td>Daftar pelatihan klasikal Program SEMAI dan pendaftarannya</td></tr>
<tr><td>Rabu Belajar</td><td>Siaran langsung, presensi, kuis, dan rekaman sesi</td></tr>
<tr><td>TUNAS</td><td>Kontrak belajar, logbook, dan unggah Karya Lapang TUNAS</td></tr>
<tr><td>Klaim JP</td><td>Pengajuan pengakuan JP atas kegiatan di luar Program SEMAI</td></tr>
<tr><td>Portofolio &amp; Sertifikat</td><td>Rekap JP per tahun dan unduh sertifikat elektronik</td></tr>
<tr><td>Reservasi LLT</td><td>Pemesanan aula, ruang kelas, asrama, dan lahan LLT Padang Tujuh</td></tr>
<tr><td>Layanan Kepegawaian</td><td>Pengisian RPKI dan pendaftaran uji kompetensi</td></tr>
<tr><td>SL</td><td>Unggah data CPCL dan laporan akhir Sekolah Lapang</td></tr>
</table>

<h2>Pertanyaan umum</h2>

<h3>Saya lupa kata sandi.</h3>
<p>Klik <strong>Lupa Kata Sandi</strong> di halaman masuk. Tautan atur ulang dikirim ke surel
yang terdaftar dan berlaku selama <strong>30 menit</strong>. Akun terkunci otomatis setelah
<strong>5 kali</strong> salah memasukkan kata sandi dan terbuka kembali setelah 15 menit.</p>

<h3>Nama pengguna saya apa?</h3>
<p>PNS memakai NIP (18 digit) dan PPPK, termasuk PPPK paruh waktu, memakai nomor induk PPPK.
Anggota Poktan tidak memiliki akun karena bukan pegawai.</p>

<h3>Berkas bukti klaim JP saya ditolak.</h3>
<p>Bukti klaim berupa PDF atau JPG paling besar <strong>2 MB</strong> per berkas. Alasan
penolakan yang paling sering: sertifikat tidak mencantumkan jumlah JP atau durasi, kegiatan
sudah lewat 21 hari, atau kegiatan yang sama diklaim dua kali. Klaim yang ditolak dapat
diperbaiki dan diajukan kembali satu kali dalam 5 hari kerja.</p>

<h3>Sertifikat pelatihan belum muncul.</h3>
<p>Sertifikat elektronik terbit paling lambat <strong>3 hari kerja</strong> setelah nilai akhir
diumumkan dan rencana tindak lanjut diunggah. Cek menu Portofolio &amp; Sertifikat.</p>

<h3>Rekaman Rabu Belajar</h3>
<p>Rekaman tersedia selama 30 hari setelah siaran. Pengakuan 2 JP untuk penonton rekaman
hanya diberikan bila rekaman ditonton penuh paling lambat 7 hari setelah siaran.</p>

<h3>Aplikasi ponsel dan hemat kuota</h3>
<p>Gunakan Chrome atau Firefox versi terbaru, atau aplikasi Android <strong>e-LADANG
Mobile</strong> versi 2.4 ke atas. Aktifkan <strong>Mode Hemat Data</strong> di menu profil
agar video diputar pada resolusi 360p, cocok untuk BPP dengan sinyal lemah.</p>

<h3>Batas unggah berkas uji kompetensi</h3>
<p>Sejak 5 Maret 2026 batas unggah berkas pendaftaran uji kompetensi dinaikkan dari 5 MB
menjadi 8 MB.</p>

<h2>Jadwal pemeliharaan</h2>
<p>Pemeliharaan rutin setiap hari Minggu pukul 21.00-23.00 WIB; e-LADANG tidak dapat
diakses selama pemeliharaan. Gangguan lebih dari 24 jam diumumkan resmi oleh Kepala Bidang
PSDMP dan menjadi dasar perpanjangan batas klaim JP.</p>

<footer><p>Diperbarui 6 Maret 2026. Bidang Penyuluhan dan Sumber Daya Manusia Pertanian,
{DINAS}.</p></footer>
</body>
</html>
"""

PLAIN = {
    "se-uji-kompetensi-jf-2024.txt": SE2024_TXT,
    "broadcast-wa-sekolah-lapang-2026.txt": WA_TXT,
    "faq-pengembangan-kompetensi-dpkp.txt": FAQ_TXT,
    "panggilan-pemandu-sl-tingkat-ii-angkatan-i-2026.txt": PANGGILAN_TXT,
    "panduan-pendampingan-tunas.md": PANDUAN_TUNAS_MD,
    "profil-lapang-latih-tani-padang-tujuh.md": PROFIL_LLT_MD,
    "notulen-rakor-penyuluhan-maret-2026.md": NOTULEN_MD,
    "helpdesk-e-ladang.html": HELPDESK_HTML,
}

# =========================================================================== CSV files
REKAP_HEADER = ["no", "nama", "jabatan", "unit_kerja", "target_jp_2025", "jp_klasikal",
                "jp_nonklasikal", "total_jp", "persen_capaian", "keterangan"]
# nama, jabatan, unit, target 2025, JP klasikal, JP nonklasikal
_REKAP = [
    ("Yulia Fitriani, S.P., M.Si.", "Penyuluh Pertanian Ahli Muda", "BPP Sirih Kota", 24, 16, 18.5),
    ("Yudi Hartono, S.P.", "Penyuluh Pertanian Ahli Pertama", "BPP Sirih Kota", 24, 12, 14),
    ("Armen Syahputra, S.P.", "Penyuluh Pertanian Ahli Muda", "BPP Lubuk Beringin", 24, 20, 12.7),
    ("Rosdiana Harahap, S.P.", "Penyuluh Pertanian Ahli Muda", "BPP Lubuk Beringin", 24, 24, 15),
    ("Lestari Wulandari, A.Md.P.", "Penyuluh Pertanian Terampil", "BPP Lubuk Beringin", 20, 8, 9),
    ("Ridwan Hakim Lubis, S.ST.", "Penyuluh Pertanian Ahli Muda", "BPP Koto Jerami", 24, 16, 10),
    ("Zulkifli Chaniago, A.Md.", "Penyuluh Pertanian Penyelia", "BPP Koto Jerami", 20, 12, 14.3),
    ("Siti Aisyah Nasution, S.P.", "Penyuluh Pertanian Ahli Muda", "BPP Rawa Bening", 24, 20, 16),
    ("Rina Marlina, S.P.", "Penyuluh Pertanian Ahli Pertama", "BPP Rawa Bening", 24, 12, 8),
    ("Teguh Prasetyo, A.Md.", "Penyuluh Pertanian Mahir", "BPP Rawa Bening", 20, 8, 14),
    ("Defrizal Tanjung, S.P.", "Penyuluh Pertanian Ahli Pertama", "BPP Sungai Kapur", 24, 8, 9.3),
    ("Fitri Handayani, S.P.", "Penyuluh Pertanian Ahli Pertama", "BPP Sungai Kapur", 24, 16, 11),
    ("Eka Putri Rahmadani, S.P.", "Penyuluh Pertanian Ahli Pertama", "BPP Talang Manau", 24, 4, 10),
    ("Irwan Saputra, S.P.", "Penyuluh Pertanian Ahli Pertama", "BPP Talang Manau", 24, 8, 12),
    ("Joni Iskandar, S.ST.", "Penyuluh Pertanian Ahli Muda", "BPP Bukit Seruni", 24, 16, 14),
    ("Hasanuddin Simatupang, S.P., M.P.", "Penyuluh Pertanian Ahli Madya", "BPP Pasir Melintang",
     24, 32, 14.6),
    ("Dewi Kartika, S.Tr.P.", "Penyuluh Pertanian Ahli Pertama", "BPP Pasir Melintang", 24, 12,
     10),
    (KA_BPP_MODEL, "Penyuluh Pertanian Ahli Madya", "BPP Model Padang Tujuh", 24, 28, 20),
    ("Novita Sari, A.Md.P.", "Penyuluh Pertanian Terampil", "BPP Model Padang Tujuh", 20, 12, 12),
    (KOORD_TUNAS, "Penyuluh Pertanian Ahli Madya", "BPP Model Padang Tujuh", 24, 24, 12),
    (DRH, "Medik Veteriner Ahli Muda", "Puskeswan Lubuk Beringin", 20, 18, 6),
    ("Rudi Hartono, A.Md.Vet.", "Paramedik Veteriner Mahir", "Puskeswan Lubuk Beringin", 20, 8,
     4.5),
    (PENGAWAS_BENIH, "Pengawas Benih Tanaman Ahli Muda", "Seksi Perbenihan dan Proteksi", 20, 24,
     6),
    (ANALIS_KP, "Analis Ketahanan Pangan Ahli Muda", "Bidang Ketahanan Pangan", 20, 18, 8.7),
]


def rekap_rows():
    rows = []
    for i, (nama, jab, unit, target, kl, nk) in enumerate(_REKAP, 1):
        total = round(kl + nk, 1)
        pct = total / target * 100
        ket = "Tercapai" if total >= target else "Belum tercapai"
        rows.append([str(i), nama, jab, unit, str(target), dec(kl), dec(nk), dec(total), dec(pct),
                     ket])
    n = len(_REKAP)
    rows.append(["", "Rata-rata", "", "", "", dec(sum(r[4] for r in _REKAP) / n),
                 dec(sum(r[5] for r in _REKAP) / n), dec(sum(r[4] + r[5] for r in _REKAP) / n),
                 "", ""])
    return rows


_AVG = sum(r[4] + r[5] for r in _REKAP) / len(_REKAP)
assert dec(_AVG) == "27,4", _AVG
assert sum(1 for r in _REKAP if r[4] + r[5] < r[3]) == 7
assert sum(r[4] + r[5] for r in _REKAP if r[2] == "BPP Talang Manau") / 2 == 17

SL_HEADER = ["kode_sl", "bpp", "jenis_sl", "poktan_dan_desa", "pemandu", "jenjang_pemandu",
             "tanggal_mulai", "tanggal_selesai", "hari_dan_jam", "catatan"]
SL = [
    ["SL-26-01", "BPP Sirih Kota", "SL-PHT Padi", "Poktan Tunas Harapan, Desa Koto Baru",
     "Yudi Hartono, S.P.", "Tingkat I", "14 April 2026", "30 Juni 2026",
     "Selasa, 07.30-11.30 WIB", "Lahan di pinggir jalan lintas;\nparkir di balai desa"],
    ["SL-26-02", "BPP Lubuk Beringin", "SL-PHT Padi", "Poktan Sepakat Maju, Desa Beringin Tinggi",
     "Armen Syahputra, S.P.", "Tingkat II", "15 April 2026", "1 Juli 2026",
     "Rabu, 07.30-11.30 WIB", "Pemandu menonton rekaman Rabu Belajar"],
    ["SL-26-03", "BPP Lubuk Beringin", "SL Peternakan Terpadu",
     "Poktan Ternak Saiyo, Desa Lubuk Gadang", "Rosdiana Harahap, S.P.; " + DRH,
     "Tingkat II", "16 April 2026", "2 Juli 2026", "Kamis, 08.00-12.00 WIB",
     "Didampingi Puskeswan Lubuk Beringin;\npertemuan ke-4 praktik pemeriksaan kebuntingan"],
    ["SL-26-04", "BPP Koto Jerami", "SL Iklim", "Poktan Sawah Indah, Desa Koto Jerami",
     "Zulkifli Chaniago, A.Md.", "Tingkat III", "14 April 2026", "30 Juni 2026",
     "Selasa, 08.00-12.00 WIB", "Pemasangan alat penakar hujan pada pertemuan pertama"],
    ["SL-26-05", "BPP Rawa Bening", "SL-PHT Padi", "Gapoktan Rawa Makmur, Desa Rawa Bening Hilir",
     "Siti Aisyah Nasution, S.P.", "Tingkat III", "13 April 2026", "29 Juni 2026",
     "Senin, 07.30-11.30 WIB", "Unit gabungan dua Poktan:\nMakmur I dan Makmur II"],
    ["SL-26-06", "BPP Rawa Bening", "SL-PHT Padi", "Poktan Bina Tani, Desa Rawa Bening Mudik",
     "Rina Marlina, S.P.", "Tingkat I", "17 April 2026", "3 Juli 2026",
     "Jumat, 07.30-11.30 WIB", "Pertemuan hari Jumat selesai sebelum pukul 11.30 WIB"],
    ["SL-26-07", "BPP Sungai Kapur", "SL Iklim", "Poktan Karya Bersama, Desa Sungai Kapur Mudik",
     "Fitri Handayani, S.P.", "Tingkat I", "15 April 2026", "1 Juli 2026",
     "Rabu, 08.00-12.00 WIB", "Lahan tadah hujan;\nfokus padi gogo dan antisipasi kekeringan"],
    ["SL-26-08", "BPP Talang Manau", "SL Hortikultura", "Poktan Cabai Merah, Desa Talang Baru",
     "Irwan Saputra, S.P.", "Tingkat I", "16 April 2026", "2 Juli 2026",
     "Kamis, 07.30-11.30 WIB", "Praktik budidaya cabai di luar musim"],
    ["SL-26-09", "BPP Bukit Seruni", "SL Hortikultura", "Poktan Seruni Indah, Desa Seruni Jaya",
     "Joni Iskandar, S.ST.", "Tingkat II", "20 April 2026", "6 Juli 2026",
     "Senin, 08.00-12.00 WIB", "Bawang merah dataran tinggi;\nlokasi 12 km dari BPP"],
    ["SL-26-10", "BPP Pasir Melintang", "SL-PHT Padi", "Poktan Pantai Hijau, Desa Pasir Baru",
     "Dewi Kartika, S.Tr.P.", "Tingkat I", "14 April 2026", "30 Juni 2026",
     "Selasa, 07.30-11.30 WIB", "Waspada serangan tikus; gropyokan pada pertemuan ke-2"],
    ["SL-26-11", "BPP Pasir Melintang", "SL Iklim", "Poktan Muara Sejahtera, Desa Muara Melintang",
     "Hasanuddin Simatupang, S.P., M.P.", "Tingkat III", "15 April 2026", "1 Juli 2026",
     "Rabu, 13.30-17.30 WIB", "Jadwal siang hari karena pagi petani melaut"],
    ["SL-26-12", "BPP Model Padang Tujuh", "SL-PHT Padi", "Poktan Sawah Saiyo, Desa Padang Tujuh",
     "Novita Sari, A.Md.P.", "Tingkat I", "13 April 2026", "29 Juni 2026",
     "Senin, 07.30-11.30 WIB",
     "Lokasi praktik peserta Pelatihan Pemandu SL Tingkat II,\n11-15 Mei 2026"],
    ["SL-26-13", "BPP Model Padang Tujuh", "SL Hortikultura", "Poktan Bukit Hijau, Desa Padang Tujuh",
     "Arif Budiman, S.P. (mentee TUNAS) di bawah supervisi " + KA_BPP_MODEL, "Tingkat I",
     "17 April 2026", "3 Juli 2026", "Jumat, 07.30-11.00 WIB",
     "Pertemuan di rumah kasa unit 1 LLT"],
    ["SL-26-14", "BPP Sirih Kota", "SL Hortikultura", "KWT Melati, Kelurahan Koto Baru",
     "Yulia Fitriani, S.P., M.Si.", "Tingkat II", "16 April 2026", "2 Juli 2026",
     "Kamis, 14.00-18.00 WIB", "Kelompok Wanita Tani;\npekarangan dan tanaman obat"],
]

BPP_HEADER = ["bpp", "kecamatan", "jumlah_desa", "penyuluh_pns_ahli", "penyuluh_pns_terampil",
              "penyuluh_pppk", "pppk_paruh_waktu", "jumlah_poktan", "jumlah_gapoktan",
              "luas_baku_sawah_ha", "target_unit_sl_2025", "target_unit_sl_2026"]
_BPP_NUM = [
    (12, 3, 2, 1, 1, 48, 12, 1240, 3, 4),
    (15, 2, 3, 2, 1, 63, 15, 2115, 4, 5),
    (10, 2, 2, 1, 0, 41, 10, 1780, 3, 3),
    (14, 2, 3, 1, 2, 57, 14, 2460, 4, 5),
    (11, 1, 3, 2, 1, 39, 11, 960, 2, 3),
    (9, 2, 1, 1, 1, 35, 9, 730, 2, 2),
    (13, 1, 2, 2, 1, 44, 13, 540, 2, 3),
    (16, 2, 3, 1, 1, 66, 16, 2890, 5, 6),
    (12, 4, 2, 1, 1, 52, 12, 1905, 4, 5),
]


def bpp_rows():
    rows = []
    for b, nums in zip(BPP, _BPP_NUM, strict=True):
        rows.append([b[0], b[1]] + [rp(x) for x in nums])
    totals = [sum(n[i] for n in _BPP_NUM) for i in range(len(_BPP_NUM[0]))]
    rows.append(["Jumlah", "9 kecamatan"] + [rp(x) for x in totals])
    return rows


_TOT = [sum(n[i] for n in _BPP_NUM) for i in range(10)]
assert _TOT[8] == 29 and _TOT[9] == 36 and _TOT[4] == 9

TARIF_HEADER = ["fasilitas", "satuan", "asn_dpkp", "asn_instansi_lain", "poktan_gapoktan",
                "mahasiswa_pelajar", "umum_swasta", "keterangan"]
TARIF = [
    ["Aula Serbaguna", "per hari (paling lama 8 jam)", "0", "750.000", "250.000", "400.000",
     "1.500.000", "ASN DPKP tanpa biaya untuk kegiatan resmi Dinas"],
    ["Aula Serbaguna", "per setengah hari (paling lama 4 jam)", "0", "400.000", "150.000",
     "225.000", "800.000", ""],
    ["Ruang kelas", "per ruang per hari", "0", "300.000", "100.000", "150.000", "600.000",
     "kapasitas 30 orang"],
    ["Asrama", "per tempat tidur per malam", "35.000", "90.000", "50.000", "60.000", "150.000",
     "ASN DPKP membayar biaya kebersihan"],
    ["Lahan demplot sawah", "per 100 m2 per musim tanam", "0", "150.000", "40.000", "75.000",
     "300.000", "paling sedikit 200 m2 per pemesan"],
    ["Rumah kasa", "per unit per bulan", "0", "500.000", "200.000", "250.000", "1.000.000",
     "unit 2 dalam perbaikan sampai 30 April 2026"],
    ["Uji tanah PUTS", "per sampel", "0", "35.000", "15.000", "25.000", "60.000",
     "hasil keluar 2 hari kerja"],
    ["Paket praktik lapang (pemandu, bahan, makan siang)", "per orang per hari", "0", "175.000",
     "85.000", "110.000", "250.000", "paling sedikit 10 orang per kelompok"],
    ["Traktor roda dua peraga", "per hari dengan operator", "0", "350.000", "200.000",
     "tidak disewakan", "450.000", "BBM ditanggung penyewa"],
    ["Pupuk organik (kompos)", "per kg", "1.000", "1.500", "1.000", "1.500", "2.000",
     "pembelian paling sedikit 50 kg"],
]

CSVS = {
    "rekap-capaian-jp-2025.csv": (REKAP_HEADER, rekap_rows, ";"),
    "jadwal-sekolah-lapang-mt-ii-2026.csv": (SL_HEADER, lambda: SL, ","),
    "data-bpp-2026.csv": (BPP_HEADER, bpp_rows, ","),
    "tarif-fasilitas-llt-2026.csv": (TARIF_HEADER, lambda: TARIF, ","),
}


# =========================================================================== main and check
def text_of(name):
    return to_text(DOCS[name][1])


def load_documents():
    return shared_load_documents(DOCS, OUT)


def main(argv):
    if "--check" in argv:
        ok = check_question_set(os.path.join(HERE, "questions_agency_k.yaml"), DOCS, OUT, "k")
        sys.exit(0 if ok else 1)
    if "--text" in argv:
        print_texts(DOCS, [a for a in argv if a != "--text"])
        return
    write_documents(OUT, DOCS, PLAIN)
    for fname, (header, rows, delim) in CSVS.items():
        write_csv(os.path.join(OUT, fname), header, rows(), delimiter=delim)
        print(f"wrote {fname}")


if __name__ == "__main__":
    main(sys.argv[1:])
