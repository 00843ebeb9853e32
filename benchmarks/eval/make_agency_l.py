#!/usr/bin/env python3
"""Generate the documents of the fictional "agency L" evaluation set.

Agency L: Badan Pendapatan Daerah (Bapenda) Kota Muara Seberang, the (fictional) revenue agency
of a city in the (fictional) Provinsi Selat Makara (WITA time zone): six UPT Pendapatan
(Wilayah I-VI), JF Penilai Pajak Daerah, JF Pemeriksa Pajak Daerah, JF Analis Keuangan Pusat
dan Daerah, juru sita pajak daerah, PPPK (full-time and paruh waktu) and non-ASN tenaga
pendukung (not ASN, no JP). In-house learning programme LENTERA (catalogue LTR-01..LTR-26,
Kamis Berbagi, Klinik Penilaian Lapangan), mentoring scheme NAKHODA, LMS e-DERMAGA, learning
centre Pojok Lentera, a certification / competency-test funding circular (2024 revoked by
2026) and the Penghargaan Jangkar Emas award. Everything is fictional ("Dokumen fiktif, untuk
evaluasi.").

Writes every document into benchmarks/eval/agency_l/:
  perkaban-pengembangan-kompetensi-bapenda-2026.pdf  Peraturan Kepala Badan No. 3/2026 (long)
  se-sertifikasi-uji-kompetensi-2026.pdf     Surat Edaran 2026 (revokes the 2024 one)
  se-sertifikasi-uji-kompetensi-2024.txt     Surat Edaran 2024 (old, revoked)
  kep-mentor-nakhoda-angkatan-ii-2026.docx   Keputusan: NAKHODA mentors/mentees, honoraria
  rab-lentera-2026.docx                      LENTERA budget (merged header, total row)
  rekap-jp-dan-jadwal-lentera-2026.xlsx      workbook: JP per unit 2025, schedule, notes
  rekap-jp-pejabat-fungsional-2025.csv       ';'-delimited, decimal commas
  kuota-lentera-per-unit-2026.csv            quota per training, one column per unit
  standar-biaya-peserta-lentera-2026.csv     participant costs per category ("75.000")
  jadwal-klinik-penilaian-lapangan-2026.csv  field sessions (quoted commas/newlines)
  helpdesk-e-dermaga.html                    helpdesk page of the e-DERMAGA LMS
  panduan-pendampingan-nakhoda.md            Markdown with front matter (id: panduan-nakhoda-2026)
  profil-pojok-lentera.md                    Markdown without front matter
  notulen-rakor-pengembangan-kompetensi-maret-2026.md  minutes (deadline and place changed)
  broadcast-wa-kamis-berbagi-2026.txt        WhatsApp-style broadcast
  faq-pengembangan-kompetensi-bapenda.txt    FAQ (versioned)
  panggilan-pratugas-juru-sita-angkatan-ii-2026.txt  call letter with a day-by-day schedule

Usage:
  python make_agency_l.py              # write all documents
  python make_agency_l.py --text       # plain text of the PDF/DOCX documents
  python make_agency_l.py --text NAME  # only the binary document whose file stem is NAME
  python make_agency_l.py --check      # check questions_agency_l.yaml against the documents
"""

import datetime
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
    make_docx,
    print_texts,
    to_text,
    write_csv,
)
from make_agency_g import load_documents as shared_load_documents  # noqa: E402

OUT = os.path.join(HERE, "agency_l")
FIKTIF = "Dokumen fiktif, untuk evaluasi."
FIXED_DATE = datetime.datetime(2026, 3, 6, 9, 0, tzinfo=datetime.UTC)

# --------------------------------------------------------------------------- the agency
BADAN = "Badan Pendapatan Daerah Kota Muara Seberang"
KOTA = "Kota Muara Seberang"
PROV = "Provinsi Selat Makara"
ALAMAT = ("Jalan Laksamana Hang Tuah Nomor 88, Kelurahan Tanjung Harapan, Kecamatan Seberang "
          "Kota, Kota Muara Seberang 96125")
TELP = "(0435) 822 6170"
DOMAIN = "bapenda.muaraseberangkota.go.id"
LMS_URL = "https://edermaga." + DOMAIN
WA_HELPDESK = "0811-4370-2215"
WA_NAKHODA = "0813-5520-8841"
WA_SERT = "0852-4110-6637"
WA_SERT_LAMA = "0821-9902-4418"
WA_PANITIA_JS = "0822-9347-1186"
WA_POJOK = "0812-4488-0573"
WA_KLINIK = "0853-4021-7719"

KABAN = "Drs. H. Andi Baso Mappaturung, M.Si."
KABAN_NIP = "19710305 199803 1 006"
KABAN_LAMA = "Hj. Nurhayati Lamante, S.E., M.M."
KABAN_LAMA_NIP = "19660921 199203 2 004"
SEKBAN = "Ir. Rusdiana Pettalolo, M.T."
SEKBAN_NIP = "19740612 200003 2 003"
KASUBBAG = "Muhammad Syahrir Lagaligo, S.Sos., M.AP."
KASUBBAG_NIP = "19800227 200604 1 011"
KOORD_LENTERA = "Fitriani Daeng Masiga, S.E., M.Ak."
KOORD_NAKHODA = "Arif Rahman Pabbicara, S.E., M.Si."
ADMIN_LMS = "Gilang Ramadhan Tahir, S.Kom."
PANITIA_SERT = "Sitti Hardiyanti Rasyid, S.AP."
PANITIA_SERT_LAMA = "Baharuddin Lolo, A.Md."
KETUA_PANITIA_JS = "Rahmat Hidayat Karaeng, S.H."
KABID_PENDATAAN = "Dra. Marwah Latanro, M.Si."
KABID_PENAGIHAN = "Ikhsan Maulana Sompa, S.H., M.H."
KABID_PENAGIHAN_NIP = "19790814 200501 1 009"
KABID_PEMBUKUAN = "Hendra Saputra Lamba, S.E., M.Ak."
KABID_PELAYANAN = "Andi Tenri Ajeng, S.Sos., M.Si."
PENGELOLA_POJOK = "Nurul Qalbi Ramadhani, S.Pd."
NOTULIS = "Nur Aisyah Tawakkal, A.Md."
KOORD_KLINIK = "Hj. Sitti Aminah Mappeasse, S.E., M.Si."

# name, wilayah kecamatan, kepala UPT, address, WA
UPT = [
    ("UPT Pendapatan Wilayah I Seberang Kota", "Kecamatan Seberang Kota dan Kecamatan Pelabuhan",
     "Hasrul Lamusu, S.E.", "Jalan Pattimura Nomor 5, Kelurahan Pelabuhan Baru",
     "0811-4301-1187"),
    ("UPT Pendapatan Wilayah II Pasar Lama", "Kecamatan Pasar Lama",
     "Andi Nurul Fadhilah, S.E., M.M.", "Kompleks Pertokoan Pasar Lama Blok C Nomor 12",
     "0811-4301-2244"),
    ("UPT Pendapatan Wilayah III Bukit Nipah", "Kecamatan Bukit Nipah dan Kecamatan Lembah Damar",
     "Yusran Tandiarrang, S.Sos.", "Jalan Poros Bukit Nipah Km 3, Kelurahan Nipah Indah",
     "0811-4301-3390"),
    ("UPT Pendapatan Wilayah IV Teluk Bayan", "Kecamatan Teluk Bayan",
     "Rahmawati Daeng Ngai, S.AP.", "Jalan Pesisir Teluk Bayan Nomor 41, Kelurahan Bayan Barat",
     "0811-4301-4415"),
    ("UPT Pendapatan Wilayah V Sungai Lais", "Kecamatan Sungai Lais dan Kecamatan Rawa Kandang",
     "Muhammad Fadli Bachtiar, S.E.", "Jalan Trans Lais Nomor 17, Kelurahan Lais Hulu",
     "0811-4301-5562"),
    ("UPT Pendapatan Wilayah VI Padang Lamun", "Kecamatan Padang Lamun",
     "Irmawati Manggabarani, S.E., M.Si.", "Jalan Lamun Raya Nomor 2, Kelurahan Padang Lamun Timur",
     "0811-4301-6608"),
]


def rp(n):
    return f"{n:,}".replace(",", ".")


def dec(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")


# --------------------------------------------------------------------------- JP targets
# kelompok jabatan, target 2025, target 2026, paling sedikit klasikal 2026 (group rows: 1 cell)
JP_TARGET = [
    ["Kelompok A - Pejabat Fungsional"],
    ["Penilai Pajak Daerah kategori keahlian (Ahli Pertama, Ahli Muda, Ahli Madya)", "24", "30",
     "12"],
    ["Penilai Pajak Daerah kategori keterampilan (Terampil, Mahir, Penyelia)", "20", "26", "10"],
    ["Pemeriksa Pajak Daerah kategori keahlian", "24", "32", "14"],
    ["Pemeriksa Pajak Daerah kategori keterampilan", "20", "26", "10"],
    ["Analis Keuangan Pusat dan Daerah (seluruh jenjang)", "20", "24", "8"],
    ["Kelompok B - Pejabat Struktural dan Pelaksana"],
    ["Pejabat administrator, pejabat pengawas, dan Kepala UPT Pendapatan", "20", "24", "8"],
    ["Pelaksana yang ditetapkan sebagai Juru Sita", "20", "28", "12"],
    ["Pelaksana lainnya (PNS)", "16", "20", "4"],
    ["Kelompok C - PPPK"],
    ["PPPK penuh waktu yang tidak menduduki jabatan fungsional di atas", "16", "20", "4"],
    ["PPPK paruh waktu", "tidak ditetapkan", "10", "tidak diwajibkan"],
]

PENGAKUAN = [
    ["Pelatihan klasikal tatap muka atau daring sinkron", "setiap 45 menit", "1",
     "tidak dibatasi"],
    ["Kursus mandiri pada e-DERMAGA", "setiap kursus yang dinyatakan lulus",
     "sesuai bobot kursus", "paling banyak 8 JP per bulan"],
    ["Kamis Berbagi (mengikuti siaran langsung)", "setiap sesi yang diikuti penuh", "2", "30"],
    ["Kamis Berbagi (menonton rekaman)", "setiap rekaman yang ditonton penuh", "1", "10"],
    ["Klinik Penilaian Lapangan sebagai peserta", "setiap sesi paling singkat 3 jam", "2", "16"],
    ["Magang pada Bapenda Provinsi, KPP Pratama, atau Kantor Pertanahan",
     "setiap hari kerja", "6", "30"],
    ["Narasumber pelatihan, Kamis Berbagi, atau Klinik Penilaian Lapangan", "setiap sesi", "2",
     "12"],
    ["Coaching oleh atasan langsung", "setiap sesi paling singkat 60 menit", "1", "6"],
    ["Seminar, webinar, atau lokakarya", "setiap kegiatan paling singkat 2 jam", "2", "8"],
    ["Tulisan yang dimuat pada buletin Warta Pendapatan", "setiap tulisan", "3", "9"],
    ["NAKHODA sebagai mentee", "program tuntas", "20", "20"],
    ["NAKHODA sebagai mentor", "program tuntas", "10", "10"],
]

# code, name, sasaran, metode, JP, kuota 2026, biaya per peserta (group rows: code empty)
KATALOG = [
    ["A. Pelatihan Teknis Pajak Daerah"],
    ["LTR-01", "Orientasi Pegawai Baru Bapenda (Tahap Awal NAKHODA)",
     "CPNS dan PPPK tahun pertama", "Klasikal", "40", "25", "2.750.000"],
    ["LTR-02", "Dasar-Dasar Pajak Daerah dan Retribusi Daerah", "Seluruh pegawai ASN",
     "Daring sinkron", "16", "60", "350.000"],
    ["LTR-03", "Pendataan dan Pemutakhiran Objek PBB-P2",
     "Petugas pendataan dan Penilai kategori keterampilan", "Kombinasi", "24", "30",
     "1.200.000"],
    ["LTR-04", "Penilaian Individual Objek PBB-P2", "Penilai Pajak Daerah kategori keahlian",
     "Klasikal", "32", "20", "2.100.000"],
    ["LTR-05", "Penilaian Massal dan Penyusunan Zona Nilai Tanah (ZNT) serta NJOP",
     "Penilai Ahli Muda dan Ahli Madya yang telah lulus LTR-04", "Klasikal", "28", "15",
     "1.950.000"],
    ["LTR-06", "Pemeriksaan PBJT atas Makanan dan/atau Minuman", "Pemeriksa Pajak Daerah",
     "Klasikal", "24", "20", "1.650.000"],
    ["LTR-07", "Pemeriksaan PBJT atas Jasa Perhotelan dan Jasa Parkir",
     "Pemeriksa Pajak Daerah", "Kombinasi", "20", "20", "1.400.000"],
    ["LTR-08", "Teknik Sampling dan Kertas Kerja Pemeriksaan",
     "Pemeriksa Ahli Pertama dan kategori keterampilan", "Daring sinkron", "12", "40",
     "400.000"],
    ["LTR-09", "Penagihan Pajak dengan Surat Paksa (Pratugas Juru Sita)",
     "Pelaksana PNS calon Juru Sita", "Klasikal berasrama", "48", "16", "4.350.000"],
    ["LTR-10", "Penyitaan dan Pelelangan Barang Sitaan", "Juru Sita aktif", "Klasikal", "20",
     "16", "1.500.000"],
    ["LTR-11", "Verifikasi dan Validasi Nilai Transaksi BPHTB", "Petugas BPHTB dan Penilai",
     "Kombinasi", "16", "30", "900.000"],
    ["LTR-12", "Penghitungan Nilai Perolehan Air Tanah dan Nilai Sewa Reklame",
     "Petugas penetapan Pajak Air Tanah dan Pajak Reklame", "Klasikal", "16", "25", "850.000"],
    ["LTR-13", "Rekonsiliasi Opsen PKB dan Opsen BBNKB dengan Samsat",
     "Analis Keuangan Pusat dan Daerah, staf Bidang Pembukuan dan Pelaporan", "Daring sinkron",
     "12", "30", "300.000"],
    ["B. Pelatihan Fungsional dan Keuangan"],
    ["LTR-14", "Analisis Potensi dan Proyeksi Pendapatan Asli Daerah",
     "Analis Keuangan Pusat dan Daerah", "Klasikal", "24", "20", "1.350.000"],
    ["LTR-15", "Pembukuan dan Pelaporan Realisasi Pajak Daerah",
     "Staf Bidang Pembukuan dan Pelaporan serta bendahara penerimaan", "Kombinasi", "16", "25",
     "750.000"],
    ["LTR-16", "Pelatihan Fungsional Penilai Pajak Daerah bagi Pegawai Perpindahan Jabatan",
     "PNS yang pindah ke JF Penilai Pajak Daerah", "Klasikal berasrama", "60", "10",
     "5.200.000"],
    ["LTR-17", "Pelatihan Fungsional Pemeriksa Pajak Daerah bagi Pegawai Perpindahan Jabatan",
     "PNS yang pindah ke JF Pemeriksa Pajak Daerah", "Klasikal berasrama", "56", "10",
     "4.900.000"],
    ["LTR-18", "Pelatihan Mentor NAKHODA",
     "Pejabat fungsional Ahli Muda, Ahli Madya, atau Penyelia calon mentor", "Kombinasi", "16",
     "24", "650.000"],
    ["C. Pelatihan Layanan, Digital, dan Umum"],
    ["LTR-19", "Pelayanan Prima Wajib Pajak dan Penanganan Pengaduan",
     "Petugas loket UPT, PPPK, dan PPPK paruh waktu", "Klasikal", "12", "50", "450.000"],
    ["LTR-20", "Pengoperasian Aplikasi SIPADA untuk Petugas Loket",
     "Petugas loket, PPPK paruh waktu, dan tenaga pendukung", "Daring sinkron", "8", "60",
     "0 (tanpa biaya)"],
    ["LTR-21", "Analisis Data Pajak dengan Spreadsheet Lanjutan",
     "Analis, Pemeriksa, dan staf pengolah data", "Kombinasi", "16", "20", "550.000"],
    ["LTR-22", "Integritas dan Pencegahan Gratifikasi dalam Pemungutan Pajak",
     "Seluruh pegawai dan tenaga pendukung", "Daring sinkron", "6", "80", "0 (tanpa biaya)"],
    ["LTR-23", "Tata Naskah Dinas Elektronik dan Kearsipan", "Staf administrasi dan PPPK",
     "Daring sinkron", "8", "40", "200.000"],
    ["LTR-24", "Komunikasi Persuasif dan Negosiasi dengan Wajib Pajak",
     "Juru Sita, Pemeriksa, dan petugas penagihan", "Klasikal", "16", "25", "800.000"],
    ["LTR-25", "Keselamatan Kerja dan Penanganan Situasi Konflik di Lapangan",
     "Juru Sita dan petugas lapangan", "Praktik lapang", "12", "30", "600.000"],
    ["LTR-26", "Pengelolaan Keuangan dan Barang Milik Daerah pada Bapenda",
     "Bendahara dan pengurus barang", "Klasikal", "16", "15", "700.000"],
]
KAT = {r[0]: r for r in KATALOG if r[0].startswith("LTR")}
assert len(KAT) == 26

WAJIB = [
    ["CPNS dan PPPK tahun pertama", "LTR-01 dan LTR-22", "dalam tahun pertama"],
    ["Calon Juru Sita", "LTR-09", "sebelum ditetapkan sebagai Juru Sita"],
    ["Juru Sita aktif", "LTR-10 dan LTR-25",
     "paling lambat 2 (dua) tahun setelah penetapan sebagai Juru Sita"],
    ["PNS yang pindah ke JF Penilai Pajak Daerah", "LTR-16",
     "paling lambat 1 (satu) tahun setelah pelantikan"],
    ["PNS yang pindah ke JF Pemeriksa Pajak Daerah", "LTR-17",
     "paling lambat 1 (satu) tahun setelah pelantikan"],
    ["Petugas loket UPT Pendapatan", "LTR-19 dan LTR-20",
     "paling lambat 6 (enam) bulan setelah penempatan"],
    ["Calon mentor NAKHODA", "LTR-18", "sebelum ditetapkan sebagai mentor"],
    ["Bendahara penerimaan", "LTR-15 dan LTR-26",
     "paling lambat 1 (satu) tahun setelah penunjukan"],
]

# sumber dana, kegiatan, pagu
ANGGARAN = [
    ["APBD Kota", "Program LENTERA (pelatihan klasikal, Kamis Berbagi, kursus e-DERMAGA)",
     612_400_000],
    ["APBD Kota", "Pendampingan NAKHODA Angkatan II", 50_400_000],
    ["APBD Kota", "Fasilitasi sertifikasi dan uji kompetensi", 84_000_000],
    ["APBD Kota", "Penghargaan Jangkar Emas", 72_500_000],
    ["APBD Kota", "Bantuan biaya izin belajar", 60_000_000],
    ["Insentif Pemungutan Pajak Daerah (bagian operasional)",
     "Klinik Penilaian Lapangan dan pemutakhiran ZNT", 138_000_000],
    ["Insentif Pemungutan Pajak Daerah (bagian operasional)",
     "Magang dan pelatihan eksternal Penilai, Pemeriksa, dan Juru Sita", 97_500_000],
]
ANGGARAN_TOTAL = sum(r[2] for r in ANGGARAN)
assert ANGGARAN_TOTAL == 1_114_800_000

JANGKAR = [
    ["Penilai Pajak Daerah Berprestasi", "Juara I, II, dan III",
     "7.000.000 / 4.500.000 / 3.000.000"],
    ["Pemeriksa Pajak Daerah Berprestasi", "Juara I, II, dan III",
     "6.500.000 / 4.000.000 / 2.500.000"],
    ["Juru Sita Teladan", "satu orang", "5.000.000"],
    ["UPT Pendapatan Terbaik", "satu UPT", "15.000.000 (dana pembinaan UPT)"],
    ["Mentor NAKHODA Terbaik", "satu orang", "3.500.000"],
    ["Pembelajar Terbaik e-DERMAGA", "tiga orang", "1.500.000 per orang"],
    ["PPPK Berprestasi", "dua orang", "2.500.000 per orang"],
    ["Tenaga Pendukung Teladan (non-ASN)", "dua orang", "piagam dan 1.000.000 per orang"],
]

KALENDER = [
    ["Pengisian RPKI pada e-DERMAGA", "5-30 Januari 2026", "Seluruh ASN"],
    ["Verifikasi RPKI oleh atasan langsung", "2-13 Februari 2026", "Atasan langsung"],
    ["Penetapan Rencana Pengembangan Kompetensi Bapenda", "paling lambat 27 Februari 2026",
     "Kepala Badan"],
    ["Pelaksanaan NAKHODA Angkatan II", "2 Maret-31 Agustus 2026", "Mentor dan mentee"],
    ["Pelatihan klasikal LENTERA semester I", "Maret-Juni 2026", "Subbagian Umum dan Kepegawaian"],
    ["Klinik Penilaian Lapangan periode I", "April-Juni 2026", "Bidang Pendataan dan Penetapan"],
    ["Laporan triwulan I", "paling lambat 10 April 2026", "Kepala UPT dan Kepala Bidang"],
    ["Pengusulan calon penerima Penghargaan Jangkar Emas", "1-30 Juni 2026",
     "Kepala UPT dan Kepala Bidang"],
    ["Laporan triwulan II", "paling lambat 10 Juli 2026", "Kepala UPT dan Kepala Bidang"],
    ["Pelatihan klasikal LENTERA semester II", "Juli-November 2026",
     "Subbagian Umum dan Kepegawaian"],
    ["Penyerahan Penghargaan Jangkar Emas (Hari Pajak Daerah Kota)", "14 Juli 2026",
     "Kepala Badan"],
    ["Analisis kebutuhan pengembangan kompetensi tahun 2027", "Agustus-September 2026", "TPMK"],
    ["Laporan triwulan III", "paling lambat 9 Oktober 2026", "Kepala UPT dan Kepala Bidang"],
    ["Batas akhir klaim JP tahun 2026", "11 Desember 2026", "Seluruh ASN"],
    ["Laporan triwulan IV dan laporan tahunan", "paling lambat 15 Januari 2027",
     "Kepala UPT, Kepala Bidang, TPMK"],
]

# =========================================================================== PERATURAN (long PDF)
PERKABAN = [
    C("PERATURAN KEPALA BADAN PENDAPATAN DAERAH"),
    C("KOTA MUARA SEBERANG"),
    C("NOMOR 3 TAHUN 2026"),
    C("TENTANG"),
    C("PEDOMAN PENGEMBANGAN KOMPETENSI PEGAWAI DI LINGKUNGAN BADAN PENDAPATAN DAERAH"),
    P(FIKTIF + " Kota Muara Seberang, Provinsi Selat Makara, serta seluruh nama orang, unit, "
      "nomor peraturan, alamat, nomor telepon, dan angka dalam dokumen ini adalah rekaan dan "
      "tidak merujuk pada instansi yang sebenarnya."),
    C("DENGAN RAHMAT TUHAN YANG MAHA ESA"),
    C("KEPALA BADAN PENDAPATAN DAERAH KOTA MUARA SEBERANG,"),
    P("Menimbang:"),
    L("a. bahwa pemungutan pajak daerah yang adil, akurat, dan berintegritas memerlukan pegawai "
      "yang kompeten dalam pendataan, penilaian, pemeriksaan, penagihan, dan pelayanan wajib "
      "pajak;",
      "b. bahwa setiap pegawai aparatur sipil negara memiliki hak dan kewajiban untuk "
      "mengembangkan kompetensinya secara berkelanjutan;",
      "c. bahwa Peraturan Kepala Badan Nomor 5 Tahun 2022 tentang Pendidikan dan Pelatihan "
      "Pegawai Badan Pendapatan Daerah belum mengatur PPPK paruh waktu, pendampingan pegawai "
      "baru, dan pembelajaran daring sehingga perlu diganti; dan",
      "d. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan "
      "huruf c, perlu menetapkan Peraturan Kepala Badan tentang Pedoman Pengembangan Kompetensi "
      "Pegawai di Lingkungan Badan Pendapatan Daerah;"),
    P("Mengingat:"),
    L("1. Peraturan Daerah Kota Muara Seberang Nomor 1 Tahun 2024 tentang Pajak Daerah dan "
      "Retribusi Daerah;",
      "2. Peraturan Wali Kota Muara Seberang Nomor 27 Tahun 2023 tentang Kedudukan, Susunan "
      "Organisasi, Tugas dan Fungsi, serta Tata Kerja Badan Pendapatan Daerah;",
      "3. Peraturan Wali Kota Muara Seberang Nomor 31 Tahun 2023 tentang Pembentukan Unit "
      "Pelaksana Teknis Pendapatan pada Badan Pendapatan Daerah;",
      "4. Peraturan Wali Kota Muara Seberang Nomor 12 Tahun 2025 tentang Manajemen Aparatur "
      "Sipil Negara di Lingkungan Pemerintah Kota Muara Seberang;"),
    C("MEMUTUSKAN:"),
    P("Menetapkan: PERATURAN KEPALA BADAN PENDAPATAN DAERAH TENTANG PEDOMAN PENGEMBANGAN "
      "KOMPETENSI PEGAWAI DI LINGKUNGAN BADAN PENDAPATAN DAERAH."),

    H1("BAB I KETENTUAN UMUM"),
    H2("Pasal 1"),
    P("Dalam Peraturan Kepala Badan ini yang dimaksud dengan:"),
    L("1. Daerah adalah Kota Muara Seberang.",
      "2. Wali Kota adalah Wali Kota Muara Seberang.",
      "3. Badan Pendapatan Daerah Kota Muara Seberang yang selanjutnya disebut Bapenda adalah "
      "perangkat daerah yang melaksanakan fungsi penunjang urusan pemerintahan bidang keuangan "
      "sub-urusan pendapatan daerah.",
      "4. Kepala Badan adalah Kepala Bapenda.",
      "5. Sekretaris adalah Sekretaris Bapenda yang membawahkan Subbagian Umum dan Kepegawaian "
      "serta Subbagian Perencanaan dan Keuangan.",
      "6. Unit Pelaksana Teknis Pendapatan yang selanjutnya disebut UPT Pendapatan adalah unit "
      "pelaksana teknis pada Bapenda yang melaksanakan pelayanan, pendataan, dan penagihan pajak "
      "daerah di wilayah kerjanya. Bapenda memiliki 6 (enam) UPT Pendapatan, yaitu Wilayah I "
      "sampai dengan Wilayah VI, sebagaimana tercantum dalam Lampiran I.",
      "7. Aparatur Sipil Negara yang selanjutnya disingkat ASN adalah profesi bagi pegawai "
      "negeri sipil dan pegawai pemerintah dengan perjanjian kerja yang bekerja pada instansi "
      "pemerintah.",
      "8. Pegawai Negeri Sipil yang selanjutnya disingkat PNS adalah warga negara Indonesia yang "
      "memenuhi syarat tertentu dan diangkat sebagai pegawai ASN secara tetap.",
      "9. Pegawai Pemerintah dengan Perjanjian Kerja yang selanjutnya disingkat PPPK adalah warga "
      "negara Indonesia yang memenuhi syarat tertentu dan diangkat berdasarkan perjanjian kerja "
      "untuk jangka waktu tertentu, baik penuh waktu maupun paruh waktu.",
      "10. PPPK Paruh Waktu adalah PPPK yang diangkat dengan perjanjian kerja paruh waktu dan "
      "digaji sesuai ketersediaan anggaran Daerah.",
      "11. Tenaga Pendukung Non-ASN adalah orang perseorangan yang bekerja pada Bapenda "
      "berdasarkan kontrak penyediaan jasa lainnya perorangan, antara lain petugas pendata "
      "lapangan, pengemudi, dan petugas kebersihan, yang bukan ASN.",
      "12. Penilai Pajak Daerah adalah jabatan fungsional yang mempunyai ruang lingkup, tugas, "
      "tanggung jawab, dan wewenang melakukan penilaian objek Pajak Bumi dan Bangunan Perdesaan "
      "dan Perkotaan serta verifikasi nilai objek Bea Perolehan Hak atas Tanah dan Bangunan.",
      "13. Pemeriksa Pajak Daerah adalah jabatan fungsional yang mempunyai ruang lingkup, tugas, "
      "tanggung jawab, dan wewenang melakukan pemeriksaan kepatuhan wajib pajak daerah.",
      "14. Analis Keuangan Pusat dan Daerah adalah jabatan fungsional yang mempunyai ruang "
      "lingkup, tugas, tanggung jawab, dan wewenang melakukan analisis di bidang keuangan, "
      "termasuk analisis potensi dan realisasi pendapatan daerah.",
      "15. Juru Sita Pajak Daerah yang selanjutnya disebut Juru Sita adalah pelaksana yang "
      "ditetapkan oleh Kepala Badan untuk melaksanakan tindakan penagihan pajak, yaitu "
      "pemberitahuan surat paksa, penyitaan, dan pelaksanaan lelang.",
      "16. Layanan Edukasi dan Pelatihan Terpadu Aparatur Pendapatan yang selanjutnya disebut "
      "LENTERA adalah program pengembangan kompetensi internal Bapenda yang meliputi pelatihan "
      "klasikal, Kamis Berbagi, kursus mandiri, dan Klinik Penilaian Lapangan.",
      "17. NAKHODA adalah program pendampingan (mentoring) bagi CPNS dan PPPK pada tahun pertama "
      "bertugas di Bapenda.",
      "18. Daring Edukasi dan Ruang Manajemen Pembelajaran Aparatur yang selanjutnya disebut "
      "e-DERMAGA adalah sistem pengelolaan pembelajaran (learning management system) milik "
      "Bapenda untuk pendaftaran, pembelajaran daring, dan pencatatan JP.",
      "19. Pojok Lentera adalah pusat belajar Bapenda yang terletak di lantai 3 Gedung B Kantor "
      "Bapenda.",
      "20. Kamis Berbagi adalah sesi berbagi pengetahuan yang diselenggarakan setiap hari Kamis "
      "secara luring di Pojok Lentera dan disiarkan langsung melalui e-DERMAGA.",
      "21. Klinik Penilaian Lapangan adalah kegiatan praktik penilaian objek pajak di lapangan "
      "yang dipandu oleh Penilai Pajak Daerah senior.",
      "22. Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu pengembangan "
      "kompetensi yang setara dengan 45 (empat puluh lima) menit.",
      "23. Rencana Pengembangan Kompetensi Individu yang selanjutnya disingkat RPKI adalah rencana "
      "tahunan kegiatan pengembangan kompetensi yang disusun oleh setiap ASN.",
      "24. Tim Penjaminan Mutu Pengembangan Kompetensi yang selanjutnya disingkat TPMK adalah tim "
      "yang dibentuk oleh Kepala Badan untuk memverifikasi, memantau, dan mengevaluasi "
      "pengembangan kompetensi pegawai, diketuai oleh Sekretaris.",
      "25. Pajak Bumi dan Bangunan Perdesaan dan Perkotaan yang selanjutnya disingkat PBB-P2, Bea "
      "Perolehan Hak atas Tanah dan Bangunan yang selanjutnya disingkat BPHTB, dan Pajak Barang "
      "dan Jasa Tertentu yang selanjutnya disingkat PBJT adalah jenis pajak daerah sebagaimana "
      "diatur dalam Peraturan Daerah tentang Pajak Daerah dan Retribusi Daerah.",
      "26. Pelatihan Klasikal adalah pelatihan tatap muka atau daring sinkron dengan pengajar, "
      "jadwal, dan evaluasi yang terstruktur.",
      "27. Pelatihan Nonklasikal adalah kegiatan pengembangan kompetensi di luar pelatihan "
      "klasikal, antara lain Kamis Berbagi, kursus mandiri, coaching, mentoring, magang, dan "
      "seminar."),

    H1("BAB II TUJUAN, SASARAN, HAK, DAN KEWAJIBAN"),
    H2("Pasal 2"),
    P("Pengembangan kompetensi pegawai Bapenda bertujuan untuk:"),
    L("a. meningkatkan akurasi pendataan dan penilaian objek pajak daerah;",
      "b. meningkatkan kualitas pemeriksaan dan penagihan pajak daerah;",
      "c. meningkatkan mutu pelayanan kepada wajib pajak pada kantor Bapenda dan UPT Pendapatan;",
      "d. menyiapkan kader Penilai Pajak Daerah, Pemeriksa Pajak Daerah, dan Juru Sita; dan",
      "e. menumbuhkan budaya belajar, berbagi pengetahuan, dan integritas."),
    H2("Pasal 3"),
    P("(1) Sasaran pengembangan kompetensi dalam Peraturan Kepala Badan ini adalah seluruh ASN di "
      "lingkungan Bapenda, yang meliputi PNS, PPPK penuh waktu, dan PPPK Paruh Waktu, termasuk "
      "CPNS."),
    P("(2) Tenaga Pendukung Non-ASN bukan sasaran target JP dan tidak memperoleh pengakuan JP. "
      "Tenaga Pendukung Non-ASN dapat mengikuti LTR-20 dan LTR-22 tanpa biaya serta LTR-19 "
      "apabila masih tersedia kuota, dan memperoleh sertifikat keikutsertaan."),
    P("(3) Pegawai instansi lain dapat mengikuti pelatihan LENTERA dengan membayar kontribusi "
      "sesuai standar biaya peserta yang ditetapkan Sekretaris."),
    H2("Pasal 4"),
    P("Setiap ASN berhak:"),
    L("a. memperoleh kesempatan pengembangan kompetensi paling sedikit sesuai target JP "
      "sebagaimana dimaksud dalam Pasal 6;",
      "b. memperoleh informasi katalog, jadwal, dan kuota pelatihan melalui e-DERMAGA;",
      "c. memperoleh pengakuan JP atas kegiatan yang memenuhi ketentuan; dan",
      "d. mengajukan keberatan atas hasil verifikasi klaim JP kepada TPMK paling lambat 7 "
      "(tujuh) hari kerja setelah hasil verifikasi diterima."),
    H2("Pasal 5"),
    P("(1) Setiap ASN wajib:"),
    L("a. menyusun RPKI setiap tahun;",
      "b. mengikuti pelatihan yang telah disetujui sampai selesai;",
      "c. mencatatkan setiap kegiatan pengembangan kompetensi pada e-DERMAGA;",
      "d. membagikan pengetahuan yang diperoleh dari pelatihan berbiaya APBD kepada rekan kerja "
      "paling lambat 30 (tiga puluh) hari kalender setelah pelatihan selesai, melalui Kamis "
      "Berbagi, rapat unit, atau tulisan pada buletin Warta Pendapatan; dan",
      "e. menjaga kerahasiaan data wajib pajak yang digunakan sebagai bahan pelatihan."),
    P("(2) Atasan langsung wajib memberi kesempatan kepada pegawai untuk mengikuti pengembangan "
      "kompetensi dengan tetap menjamin kelangsungan layanan loket dan penagihan."),

    H1("BAB III TARGET DAN PENGAKUAN JAM PELAJARAN"),
    H2("Bagian Kesatu - Target JP"),
    H2("Pasal 6"),
    P("(1) Target minimal pengembangan kompetensi setiap ASN per tahun tercantum dalam Tabel 1. "
      "Target tahun 2025 dicantumkan sebagai pembanding dan tidak berlaku lagi."),
    T("Tabel 1. Target Minimal JP per Tahun menurut Kelompok Jabatan",
      ["Kelompok Jabatan", "2025", "2026", "Paling Sedikit dari Pelatihan Klasikal 2026 (JP)"],
      JP_TARGET, [78, 22, 22, 40],
      header2=[("Kelompok Jabatan", 1), ("Target JP per Tahun", 2),
               ("Paling Sedikit dari Pelatihan Klasikal 2026 (JP)", 1)]),
    P("(2) Target dihitung per tahun kalender, yaitu 1 Januari sampai dengan 31 Desember."),
    P("(3) ASN yang mulai bertugas di Bapenda setelah tanggal 30 Juni wajib memenuhi setengah "
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
      PENGAKUAN, [66, 46, 24, 28]),
    P("(2) Satu kegiatan hanya diakui satu kali dan tidak dapat diakui sekaligus sebagai jenis "
      "kegiatan lain."),
    P("(3) Kegiatan yang diselenggarakan pihak lain di luar Bapenda diakui sepanjang memiliki "
      "sertifikat atau surat keterangan yang mencantumkan jumlah JP atau durasi kegiatan."),
    P("(4) Untuk kegiatan yang hanya mencantumkan durasi, jumlah JP dihitung dengan membagi "
      "durasi dalam menit dengan 45 (empat puluh lima) dan dibulatkan ke bawah ke satu angka "
      "desimal."),
    H2("Pasal 8"),
    P("(1) JP hanya diakui apabila telah tercatat dan diverifikasi pada e-DERMAGA."),
    P("(2) Klaim JP atas kegiatan di luar LENTERA diajukan melalui menu Klaim JP pada e-DERMAGA "
      "paling lambat 14 (empat belas) hari kalender setelah kegiatan selesai."),
    P("(3) Klaim diverifikasi paling lama 5 (lima) hari kerja sejak klaim diterima oleh:"),
    L("a. Kepala UPT Pendapatan, untuk pegawai pada UPT Pendapatan;",
      "b. Kepala Bidang, untuk pegawai pada Bidang; dan",
      "c. TPMK, untuk pegawai pada Sekretariat dan untuk Kepala UPT serta Kepala Bidang."),
    P("(4) Klaim JP untuk kegiatan tahun 2026 ditutup pada tanggal 11 Desember 2026. Klaim yang "
      "melewati batas waktu tidak dapat diakui, kecuali terdapat gangguan e-DERMAGA yang "
      "diumumkan secara resmi oleh Bapenda."),
    P("(5) Bukti kegiatan diunggah dalam format PDF atau JPG dengan ukuran paling besar 2 MB per "
      "berkas dan disimpan oleh pegawai paling singkat 2 (dua) tahun."),

    H1("BAB IV PERENCANAAN PENGEMBANGAN KOMPETENSI"),
    H2("Pasal 9"),
    P("(1) TPMK melaksanakan analisis kebutuhan pengembangan kompetensi setiap bulan Agustus "
      "sampai dengan September untuk tahun berikutnya."),
    P("(2) Analisis kebutuhan menggunakan data:"),
    L("a. hasil evaluasi kinerja pegawai tahun berjalan;",
      "b. rekapitulasi RPKI;",
      "c. capaian JP per unit kerja dan per pegawai tahun sebelumnya;",
      "d. temuan pemeriksaan dan keberatan wajib pajak yang menunjukkan kesenjangan kompetensi; "
      "dan",
      "e. hasil evaluasi pascapelatihan."),
    H2("Pasal 10"),
    P("(1) Setiap ASN mengisi RPKI pada e-DERMAGA paling lambat tanggal 30 Januari."),
    P("(2) Atasan langsung memverifikasi RPKI paling lambat tanggal 13 Februari."),
    P("(3) RPKI memuat paling sedikit kompetensi yang akan dikembangkan, jenis kegiatan, rencana "
      "waktu, perkiraan JP, dan sumber biaya, dengan format sebagaimana tercantum dalam "
      "Lampiran II."),
    P("(4) RPKI dapat diubah paling banyak 1 (satu) kali dalam satu tahun, paling lambat tanggal "
      "29 Mei, dengan persetujuan atasan langsung."),
    H2("Pasal 11"),
    P("Kepala Badan menetapkan Rencana Pengembangan Kompetensi Bapenda paling lambat tanggal 27 "
      "Februari yang memuat daftar pelatihan, jumlah angkatan, kuota per unit kerja, jadwal, dan "
      "anggaran. Kalender kegiatan tahun 2026 tercantum dalam Lampiran III."),

    H1("BAB V PROGRAM LENTERA"),
    H2("Bagian Kesatu - Umum"),
    H2("Pasal 12"),
    P("(1) LENTERA dikelola oleh Subbagian Umum dan Kepegawaian dengan koordinator program yang "
      "ditunjuk oleh Sekretaris."),
    P("(2) Koordinator LENTERA tahun 2026 adalah " + KOORD_LENTERA + ", Analis Keuangan Pusat "
      "dan Daerah Ahli Muda."),
    P("(3) LENTERA terdiri atas:"),
    L("a. pelatihan klasikal sebagaimana tercantum dalam katalog pada Tabel 3;",
      "b. Kamis Berbagi;",
      "c. kursus mandiri pada e-DERMAGA; dan",
      "d. Klinik Penilaian Lapangan."),
    H2("Bagian Kedua - Pelatihan Klasikal"),
    H2("Pasal 13"),
    P("(1) Katalog pelatihan klasikal LENTERA tahun 2026 dikelompokkan ke dalam tiga kelompok, "
      "yaitu kelompok A pelatihan teknis pajak daerah, kelompok B pelatihan fungsional dan "
      "keuangan, serta kelompok C pelatihan layanan, digital, dan umum, sebagaimana tercantum "
      "dalam Tabel 3."),
    T("Tabel 3. Katalog Pelatihan Klasikal LENTERA Tahun 2026",
      ["Kode", "Nama Pelatihan", "Sasaran", "Metode", "JP", "Kuota 2026",
       "Biaya per Peserta (Rp)"],
      KATALOG, [16, 52, 44, 22, 10, 14, 22]),
    P("(2) Kuota dalam Tabel 3 merupakan kuota seluruh angkatan dalam satu tahun. Pembagian kuota "
      "per unit kerja ditetapkan dalam Rencana Pengembangan Kompetensi Bapenda."),
    P("(3) Biaya per peserta dalam Tabel 3 dibebankan pada anggaran LENTERA dan tidak dipungut "
      "dari pegawai Bapenda."),
    H2("Pasal 14"),
    P("(1) Pendaftaran pelatihan klasikal dilakukan melalui e-DERMAGA paling lambat 10 "
      "(sepuluh) hari kerja sebelum pelatihan dimulai, dengan persetujuan atasan langsung."),
    P("(2) Peserta yang berhalangan wajib membatalkan pendaftaran paling lambat 5 (lima) hari "
      "kerja sebelum pelatihan dimulai. Peserta yang tidak hadir tanpa pembatalan tidak dapat "
      "mendaftar pelatihan berbiaya APBD selama 6 (enam) bulan."),
    P("(3) Setiap pegawai dapat mengikuti paling banyak 3 (tiga) pelatihan klasikal berbiaya APBD "
      "dalam satu tahun, kecuali LTR-01, LTR-09, LTR-16, dan LTR-17 yang tidak dihitung dalam "
      "batas tersebut."),
    P("(4) Pelatihan LTR-05 hanya dapat diikuti oleh Penilai Pajak Daerah Ahli Muda dan Ahli "
      "Madya yang telah lulus LTR-04."),
    H2("Pasal 15"),
    P("(1) Peserta dinyatakan lulus pelatihan klasikal apabila:"),
    L("a. kehadiran paling sedikit 90% (sembilan puluh persen);",
      "b. nilai evaluasi akhir paling rendah 70 (tujuh puluh); dan",
      "c. menyelesaikan tugas praktik yang ditetapkan pengajar."),
    P("(2) Peserta yang nilainya di bawah 70 (tujuh puluh) dapat mengikuti uji ulang 1 (satu) "
      "kali paling lambat 14 (empat belas) hari kalender setelah pelatihan selesai."),
    P("(3) Sertifikat pelatihan diterbitkan secara elektronik pada e-DERMAGA paling lambat 7 "
      "(tujuh) hari kerja setelah pelatihan selesai."),
    H2("Bagian Ketiga - Kamis Berbagi dan Kursus Mandiri"),
    H2("Pasal 16"),
    P("(1) Kamis Berbagi diselenggarakan setiap hari Kamis pukul 13.30 sampai dengan 15.00 WITA "
      "di Studio Pojok Lentera dan disiarkan langsung melalui e-DERMAGA, kecuali pada hari libur "
      "nasional dan cuti bersama."),
    P("(2) Narasumber Kamis Berbagi adalah pegawai Bapenda yang telah mengikuti pelatihan atau "
      "magang, pejabat fungsional, atau narasumber dari instansi lain."),
    P("(3) Pegawai yang tidak dapat mengikuti siaran langsung dapat menonton rekaman paling "
      "lambat 7 (tujuh) hari kalender setelah siaran dan mengerjakan kuis dengan nilai paling "
      "rendah 70 (tujuh puluh)."),
    P("(4) Kursus mandiri pada e-DERMAGA diakui paling banyak 8 (delapan) JP per bulan. Kursus "
      "mandiri yang wajib bagi seluruh ASN adalah Integritas Pegawai Pajak Daerah (4 JP) dan "
      "Keamanan Data Wajib Pajak (3 JP)."),

    H1("BAB VI KLINIK PENILAIAN LAPANGAN DAN PELATIHAN WAJIB"),
    H2("Pasal 17"),
    P("(1) Klinik Penilaian Lapangan diselenggarakan oleh Bidang Pendataan dan Penetapan "
      "bersama UPT Pendapatan dalam dua periode, yaitu periode I pada bulan April sampai dengan "
      "Juni dan periode II pada bulan Agustus sampai dengan Oktober."),
    P("(2) Setiap sesi Klinik Penilaian Lapangan berlangsung paling singkat 3 (tiga) jam, diikuti "
      "paling banyak 8 (delapan) peserta, dan dipandu oleh Penilai Pajak Daerah paling rendah "
      "jenjang Ahli Muda atau Penyelia."),
    P("(3) Peserta Klinik Penilaian Lapangan adalah Penilai Pajak Daerah, petugas pendataan, "
      "dan petugas BPHTB. Tenaga Pendukung Non-ASN yang bertugas sebagai pendata lapangan dapat "
      "ikut mendampingi tanpa pengakuan JP."),
    P("(4) Koordinator Klinik Penilaian Lapangan tahun 2026 adalah " + KOORD_KLINIK + ", "
      "Penilai Pajak Daerah Ahli Madya, WA " + WA_KLINIK + "."),
    P("(5) Peserta wajib menggunakan rompi dan tanda pengenal Bapenda, membawa formulir Lembar "
      "Kerja Penilaian, dan tidak diperkenankan menyampaikan hasil penilaian kepada wajib pajak "
      "di lokasi."),
    H2("Pasal 18"),
    P("(1) Pegawai yang menduduki atau akan menduduki jabatan atau tugas tertentu wajib mengikuti "
      "pelatihan sebagaimana tercantum dalam Tabel 4."),
    T("Tabel 4. Pelatihan Wajib menurut Jabatan atau Tugas",
      ["Jabatan atau Tugas", "Pelatihan Wajib", "Batas Waktu"], WAJIB, [64, 36, 62]),
    P("(2) Pegawai yang belum mengikuti pelatihan wajib sampai batas waktu dalam Tabel 4 "
      "diprioritaskan pada angkatan berikutnya dan dilaporkan oleh atasan langsung kepada "
      "TPMK."),

    H1("BAB VII PROGRAM NAKHODA"),
    H2("Pasal 19"),
    P("(1) NAKHODA diselenggarakan satu angkatan setiap tahun selama 6 (enam) bulan, diawali "
      "dengan LTR-01 Orientasi Pegawai Baru Bapenda."),
    P("(2) NAKHODA Angkatan II tahun 2026 dilaksanakan pada tanggal 2 Maret sampai dengan 31 "
      "Agustus 2026. NAKHODA Angkatan I telah dilaksanakan pada tahun 2025."),
    P("(3) Peserta (mentee) NAKHODA adalah CPNS dan PPPK penuh waktu pada tahun pertama "
      "bertugas. PPPK Paruh Waktu dapat mengikuti NAKHODA atas usul Kepala UPT atau Kepala "
      "Bidang apabila masih tersedia mentor."),
    H2("Pasal 20"),
    P("(1) Mentor NAKHODA harus memenuhi persyaratan:"),
    L("a. PNS yang menduduki jabatan fungsional jenjang Ahli Muda, Ahli Madya, atau Penyelia;",
      "b. memiliki predikat kinerja paling rendah Baik dalam 2 (dua) tahun terakhir;",
      "c. telah lulus LTR-18 Pelatihan Mentor NAKHODA; dan",
      "d. tidak sedang menjalani hukuman disiplin."),
    P("(2) Seorang mentor mendampingi paling banyak 2 (dua) mentee dalam satu angkatan."),
    P("(3) Mentor diberi honor sebesar Rp300.000 (tiga ratus ribu rupiah) per mentee per bulan "
      "yang dibayarkan setelah logbook bulan tersebut diverifikasi Koordinator NAKHODA."),
    P("(4) Mentor dan mentee ditetapkan dengan Keputusan Kepala Badan."),
    H2("Pasal 21"),
    P("(1) Mentee yang menuntaskan NAKHODA diakui 20 (dua puluh) JP dan mentor diakui 10 "
      "(sepuluh) JP."),
    P("(2) Ketentuan teknis pertemuan, logbook, penilaian, dan presentasi akhir diatur dalam "
      "Panduan Pendampingan NAKHODA."),
    P("(3) Koordinator NAKHODA tahun 2026 adalah " + KOORD_NAKHODA + ", Penilai Pajak Daerah "
      "Ahli Madya pada Bidang Pendataan dan Penetapan."),

    H1("BAB VIII E-DERMAGA"),
    H2("Pasal 22"),
    P("(1) e-DERMAGA dapat diakses melalui alamat " + LMS_URL + " dengan nama pengguna NIP bagi "
      "PNS atau nomor induk PPPK bagi PPPK."),
    P("(2) Akun e-DERMAGA diberikan kepada PNS, CPNS, PPPK, dan PPPK Paruh Waktu. Tenaga "
      "Pendukung Non-ASN diberi akun tamu yang hanya dapat mengakses LTR-20, LTR-22, dan kursus "
      "umum, tanpa pencatatan JP."),
    P("(3) e-DERMAGA dikelola oleh Subbagian Umum dan Kepegawaian dengan admin " + ADMIN_LMS
      + ", Pranata Komputer Ahli Pertama."),
    H2("Pasal 23"),
    P("(1) Layanan bantuan (helpdesk) e-DERMAGA dapat dihubungi melalui WhatsApp " + WA_HELPDESK
      + " dan surel helpdesk.edermaga@" + DOMAIN + " pada jam kerja."),
    P("(2) Gangguan e-DERMAGA yang berlangsung lebih dari 24 (dua puluh empat) jam diumumkan "
      "secara resmi dan dapat menjadi dasar perpanjangan batas waktu pendaftaran atau klaim."),

    H1("BAB IX POJOK LENTERA"),
    H2("Pasal 24"),
    P("(1) Pojok Lentera terletak di lantai 3 Gedung B Kantor Bapenda, " + ALAMAT + "."),
    P("(2) Pojok Lentera terdiri atas Ruang Kelas Nipah, Ruang Kelas Bakau, Laboratorium "
      "Komputer Tapis, Studio Kamis Berbagi, dan perpustakaan mini Pustaka Pajak."),
    P("(3) Pojok Lentera dibuka pada hari Senin sampai dengan Jumat pukul 07.30 sampai dengan "
      "16.00 WITA. Penggunaan ruang di luar jam tersebut memerlukan izin Kepala Subbagian Umum "
      "dan Kepegawaian."),
    P("(4) Pemesanan ruang dilakukan melalui e-DERMAGA paling lambat 3 (tiga) hari kerja sebelum "
      "penggunaan."),

    H1("BAB X PENGEMBANGAN KOMPETENSI JABATAN FUNGSIONAL"),
    H2("Pasal 25"),
    P("(1) Pengembangan kompetensi Penilai Pajak Daerah diarahkan pada penilaian individual, "
      "penilaian massal, penyusunan Zona Nilai Tanah, dan verifikasi nilai BPHTB."),
    P("(2) Pengembangan kompetensi Pemeriksa Pajak Daerah diarahkan pada pemeriksaan PBJT, "
      "teknik sampling, dan penyusunan kertas kerja pemeriksaan."),
    P("(3) Pengembangan kompetensi Analis Keuangan Pusat dan Daerah diarahkan pada analisis "
      "potensi pendapatan, proyeksi pendapatan, dan rekonsiliasi opsen pajak."),
    H2("Pasal 26"),
    P("(1) Pejabat fungsional yang akan naik jenjang wajib mengikuti uji kompetensi sesuai "
      "ketentuan instansi pembina jabatan fungsional."),
    P("(2) Pejabat fungsional yang tidak memenuhi target JP pada tahun sebelumnya tidak dapat "
      "diusulkan mengikuti uji kompetensi yang difasilitasi Bapenda."),
    P("(3) Pejabat fungsional dapat mengikuti magang paling lama 5 (lima) hari kerja per tahun "
      "pada Bapenda Provinsi Selat Makara, Kantor Pelayanan Pajak Pratama Muara Seberang, atau "
      "Kantor Pertanahan Kota Muara Seberang atas biaya Bapenda."),

    H1("BAB XI JURU SITA PAJAK DAERAH"),
    H2("Pasal 27"),
    P("(1) Pelaksana PNS dapat ditetapkan sebagai Juru Sita apabila memenuhi persyaratan:"),
    L("a. berpendidikan paling rendah Sekolah Menengah Atas atau yang sederajat;",
      "b. berpangkat paling rendah Pengatur Muda Tingkat I, golongan ruang II/b;",
      "c. telah lulus LTR-09 Penagihan Pajak dengan Surat Paksa (Pratugas Juru Sita);",
      "d. sehat jasmani dan rohani berdasarkan surat keterangan dokter; dan",
      "e. tidak sedang menjalani hukuman disiplin."),
    P("(2) PPPK, PPPK Paruh Waktu, dan Tenaga Pendukung Non-ASN tidak dapat ditetapkan sebagai "
      "Juru Sita."),
    H2("Pasal 28"),
    P("(1) Juru Sita aktif wajib mengikuti pelatihan penyegaran paling sedikit 1 (satu) kali "
      "setiap 3 (tiga) tahun melalui LTR-10 atau LTR-24."),
    P("(2) Juru Sita yang bertugas di lapangan wajib didampingi paling sedikit 1 (satu) orang "
      "pegawai lain dan membawa surat tugas serta tanda pengenal Juru Sita."),
    P("(3) Pembinaan Juru Sita dilaksanakan oleh Kepala Bidang Pengendalian dan Penagihan."),

    H1("BAB XII SERTIFIKASI DAN UJI KOMPETENSI"),
    H2("Pasal 29"),
    P("(1) Bapenda memfasilitasi sertifikasi Juru Sita dan uji kompetensi kenaikan jenjang "
      "jabatan fungsional sesuai ketersediaan anggaran."),
    P("(2) Persyaratan, besaran bantuan biaya, kuota, jadwal, dan tata cara pendaftaran "
      "fasilitasi sebagaimana dimaksud pada ayat (1) ditetapkan setiap tahun dengan Surat "
      "Edaran Kepala Badan."),
    P("(3) Pegawai yang memperoleh bantuan biaya wajib menyampaikan laporan pelaksanaan melalui "
      "e-DERMAGA."),

    H1("BAB XIII TUGAS BELAJAR DAN IZIN BELAJAR"),
    H2("Pasal 30"),
    P("(1) Tugas belajar diberikan untuk program studi akuntansi, perpajakan, penilaian "
      "properti, ekonomi pembangunan, atau sistem informasi."),
    P("(2) Calon penerima tugas belajar harus memenuhi persyaratan:"),
    L("a. PNS dengan masa kerja paling singkat 2 (dua) tahun;",
      "b. berusia paling tinggi 35 (tiga puluh lima) tahun untuk program diploma empat atau "
      "sarjana, dan paling tinggi 40 (empat puluh) tahun untuk program magister;",
      "c. predikat kinerja paling rendah Baik dalam 2 (dua) tahun terakhir; dan",
      "d. bersedia menandatangani perjanjian ikatan dinas selama dua kali masa studi ditambah "
      "satu tahun."),
    P("(3) Kuota tugas belajar yang diusulkan Bapenda tahun 2026 sebanyak 3 (tiga) orang."),
    H2("Pasal 31"),
    P("(1) PNS yang melanjutkan pendidikan atas biaya sendiri di luar jam kerja wajib memiliki "
      "izin belajar dari Kepala Badan."),
    P("(2) Penerima izin belajar pada program studi sebagaimana dimaksud dalam Pasal 30 ayat (1) "
      "dapat diberi bantuan biaya izin belajar sebesar Rp2.500.000 (dua juta lima ratus ribu "
      "rupiah) per semester, paling lama 4 (empat) semester untuk program magister dan 8 "
      "(delapan) semester untuk program sarjana."),
    P("(3) Permohonan bantuan biaya izin belajar diajukan paling lambat tanggal 31 Agustus untuk "
      "semester ganjil dan tanggal 28 Februari untuk semester genap."),

    H1("BAB XIV PPPK PARUH WAKTU DAN TENAGA PENDUKUNG NON-ASN"),
    H2("Pasal 32"),
    P("(1) PPPK Paruh Waktu memiliki target 10 (sepuluh) JP pada tahun 2026 tanpa kewajiban "
      "pelatihan klasikal, dan dapat dipenuhi melalui Kamis Berbagi, kursus mandiri, atau "
      "LTR-19, LTR-20, dan LTR-22."),
    P("(2) Akun e-DERMAGA PPPK Paruh Waktu diaktifkan mulai tanggal 9 Februari 2026."),
    P("(3) Tenaga Pendukung Non-ASN tidak memiliki target JP. Pelatihan yang diikuti Tenaga "
      "Pendukung Non-ASN dicatat sebagai sertifikat keikutsertaan dan tidak dapat dikonversi "
      "menjadi JP apabila yang bersangkutan kemudian diangkat sebagai ASN."),

    H1("BAB XV PEMBIAYAAN"),
    H2("Pasal 33"),
    P("(1) Pengembangan kompetensi dibiayai dari APBD Kota, insentif pemungutan pajak daerah "
      "bagian operasional, dan sumber lain yang sah dan tidak mengikat."),
    P("(2) Pagu anggaran pengembangan kompetensi Bapenda tahun 2026 tercantum dalam Tabel 5."),
    T("Tabel 5. Pagu Anggaran Pengembangan Kompetensi Bapenda Tahun 2026",
      ["Sumber Dana", "Kegiatan", "Pagu (Rp)"],
      [[a, b, rp(c)] for a, b, c in ANGGARAN] + [["Jumlah", "", rp(ANGGARAN_TOTAL)]],
      [52, 80, 30]),
    P("(3) Sebagai pembanding, pagu anggaran pengembangan kompetensi Bapenda tahun 2025 sebesar "
      "Rp948.000.000 dengan realisasi Rp871.260.000 atau 91,9% (sembilan puluh satu koma "
      "sembilan persen)."),
    P("(4) Rincian anggaran LENTERA ditetapkan dalam Rencana Anggaran Biaya Program LENTERA "
      "Tahun 2026."),
    H2("Pasal 34"),
    P("(1) Peserta pelatihan klasikal yang berkedudukan di UPT Pendapatan Wilayah V dan Wilayah "
      "VI diberi uang transport lokal sebesar Rp100.000 (seratus ribu rupiah) per hari "
      "pelatihan."),
    P("(2) Peserta pelatihan berasrama tidak diberi uang harian karena akomodasi dan konsumsi "
      "telah disediakan."),
    P("(3) Pegawai yang mengikuti pengembangan kompetensi atas biaya sendiri tetap memperoleh "
      "pengakuan JP sesuai ketentuan dalam Pasal 7."),

    H1("BAB XVI PEMANTAUAN, EVALUASI, DAN PELAPORAN"),
    H2("Pasal 35"),
    P("(1) Kepala UPT Pendapatan dan Kepala Bidang menyampaikan laporan capaian pengembangan "
      "kompetensi pegawai di unitnya kepada Sekretaris setiap triwulan dengan batas waktu:"),
    L("a. triwulan I paling lambat tanggal 10 April;",
      "b. triwulan II paling lambat tanggal 10 Juli;",
      "c. triwulan III paling lambat tanggal 9 Oktober; dan",
      "d. triwulan IV paling lambat tanggal 15 Januari tahun berikutnya."),
    P("(2) TPMK melaksanakan evaluasi pascapelatihan paling cepat 3 (tiga) bulan dan paling "
      "lambat 6 (enam) bulan setelah pelatihan untuk menilai penerapan hasil pelatihan."),
    P("(3) Sekretaris menyampaikan laporan tahunan pengembangan kompetensi kepada Kepala Badan "
      "paling lambat tanggal 31 Januari tahun berikutnya."),

    H1("BAB XVII PENGHARGAAN DAN SANKSI"),
    H2("Pasal 36"),
    P("(1) Bapenda memberikan Penghargaan Jangkar Emas setiap tahun dengan kategori dan hadiah "
      "sebagaimana tercantum dalam Tabel 6."),
    T("Tabel 6. Kategori dan Hadiah Penghargaan Jangkar Emas Tahun 2026",
      ["Kategori", "Jumlah Penerima", "Hadiah (Rp)"], JANGKAR, [80, 34, 48]),
    P("(2) Calon penerima diusulkan oleh Kepala UPT Pendapatan atau Kepala Bidang pada tanggal 1 "
      "sampai dengan 30 Juni 2026 dan dinilai oleh tim penilai yang dipimpin Sekretaris."),
    P("(3) Calon penerima dari kalangan ASN harus telah mencapai paling sedikit 100% (seratus "
      "persen) target JP tahun sebelumnya dan tidak sedang menjalani hukuman disiplin."),
    P("(4) Penghargaan Jangkar Emas diserahkan pada peringatan Hari Pajak Daerah Kota Muara "
      "Seberang tanggal 14 Juli 2026."),
    H2("Pasal 37"),
    P("(1) ASN yang tidak memenuhi target JP tanpa alasan yang sah diberi teguran tertulis oleh "
      "atasan langsung dan wajib menyusun rencana pemenuhan pada triwulan I tahun berikutnya."),
    P("(2) ASN yang tidak memenuhi target JP 2 (dua) tahun berturut-turut tidak diprioritaskan "
      "dalam pelatihan berbiaya APBD, kecuali pelatihan wajib sebagaimana dimaksud dalam Tabel "
      "4."),
    P("(3) Capaian JP menjadi salah satu bahan penilaian kinerja pegawai."),

    H1("BAB XVIII KETENTUAN PERALIHAN DAN PENUTUP"),
    H2("Pasal 38"),
    P("(1) Juru Sita yang ditetapkan sebelum Peraturan Kepala Badan ini berlaku dan belum "
      "mengikuti LTR-25 wajib mengikutinya paling lambat tanggal 31 Desember 2026."),
    P("(2) Klaim JP atas kegiatan tahun 2025 yang belum diverifikasi diselesaikan paling lambat "
      "tanggal 30 Januari 2026."),
    P("(3) Mentor NAKHODA Angkatan I yang belum mengikuti LTR-18 tetap dapat menjadi mentor pada "
      "Angkatan II dengan kewajiban mengikuti LTR-18 pada tahun 2026."),
    H2("Pasal 39"),
    P("Pada saat Peraturan Kepala Badan ini mulai berlaku, Peraturan Kepala Badan Nomor 5 Tahun "
      "2022 tentang Pendidikan dan Pelatihan Pegawai Badan Pendapatan Daerah dicabut dan "
      "dinyatakan tidak berlaku."),
    H2("Pasal 40"),
    P("Peraturan Kepala Badan ini mulai berlaku pada tanggal 5 Januari 2026."),
    P("Ditetapkan di Muara Seberang pada tanggal 29 Desember 2025"),
    P("KEPALA BADAN PENDAPATAN DAERAH KOTA MUARA SEBERANG,"),
    P(KABAN + " - NIP " + KABAN_NIP),

    BR(),
    C("LAMPIRAN I"),
    C("DAFTAR UPT PENDAPATAN, WILAYAH KERJA, DAN KEPALA UPT"),
    P("Enam UPT Pendapatan melayani wajib pajak sesuai wilayah kecamatan. Layanan loket UPT "
      "Pendapatan dibuka Senin sampai dengan Kamis pukul 08.00 sampai dengan 15.30 WITA dan "
      "Jumat pukul 08.00 sampai dengan 11.30 WITA. Khusus UPT Pendapatan Wilayah II Pasar Lama, "
      "loket juga dibuka hari Sabtu pukul 08.00 sampai dengan 12.00 WITA."),
    T("Tabel 7. Daftar UPT Pendapatan",
      ["UPT Pendapatan dan Alamat", "Wilayah Kerja", "Kepala UPT", "Nomor WA"],
      [[f"{u[0]}, {u[3]}", u[1], u[2], u[4]] for u in UPT], [60, 38, 36, 29]),
    C("LAMPIRAN II"),
    C("FORMAT RENCANA PENGEMBANGAN KOMPETENSI INDIVIDU (RPKI)"),
    P("RPKI diisi pada menu Layanan Kepegawaian > RPKI di e-DERMAGA dengan isian sebagai "
      "berikut:"),
    L("1. identitas pegawai: nama, NIP atau nomor induk PPPK, jabatan, jenjang, dan unit kerja;",
      "2. kesenjangan kompetensi yang akan ditutup, dikaitkan dengan hasil evaluasi kinerja;",
      "3. rencana kegiatan: kode pelatihan LENTERA atau jenis kegiatan nonklasikal;",
      "4. rencana waktu pelaksanaan (bulan);",
      "5. perkiraan JP setiap kegiatan dan jumlah JP setahun;",
      "6. sumber biaya: APBD, insentif pemungutan, biaya sendiri, atau pihak lain; dan",
      "7. persetujuan atasan langsung."),
    P("RPKI yang jumlah perkiraan JP-nya kurang dari target dalam Tabel 1 dikembalikan untuk "
      "diperbaiki dalam waktu 3 (tiga) hari kerja."),
    C("LAMPIRAN III"),
    C("KALENDER PENGEMBANGAN KOMPETENSI TAHUN 2026"),
    T("Tabel 8. Kalender Kegiatan Pengembangan Kompetensi Tahun 2026",
      ["Kegiatan", "Waktu", "Pelaksana"], KALENDER, [82, 44, 36]),
    P("KEPALA BADAN PENDAPATAN DAERAH KOTA MUARA SEBERANG,"),
    P(KABAN),
]

# =========================================================================== SURAT EDARAN 2026 (PDF)
BANTUAN_2026 = [
    ["Uji kompetensi kategori keterampilan: Terampil ke Mahir", "1.900.000"],
    ["Uji kompetensi kategori keterampilan: Mahir ke Penyelia", "2.150.000"],
    ["Uji kompetensi kategori keahlian: Ahli Pertama ke Ahli Muda", "2.600.000"],
    ["Uji kompetensi kategori keahlian: Ahli Muda ke Ahli Madya", "3.400.000"],
    ["Uji kompetensi Ahli Madya ke Ahli Utama", "tidak difasilitasi Bapenda"],
    ["Sertifikasi Juru Sita Pajak Daerah", "2.400.000"],
]
KUOTA_SERT = [
    ["Penilai Pajak Daerah", "10"],
    ["Pemeriksa Pajak Daerah", "8"],
    ["Analis Keuangan Pusat dan Daerah", "6"],
    ["Sertifikasi Juru Sita Pajak Daerah", "4"],
]
assert sum(int(r[1]) for r in KUOTA_SERT) == 28
JADWAL_SERT = [
    ["Pendaftaran melalui e-DERMAGA", "12 Januari-6 Maret 2026, ditutup pukul 15.00 WITA"],
    ["Pengumuman hasil seleksi administrasi", "30 Maret 2026"],
    ["Pembekalan peserta", "Kamis, 9 April 2026, pukul 09.00-12.00 WITA"],
    ["Uji kompetensi dan sertifikasi Gelombang I", "22-24 April 2026"],
    ["Uji kompetensi dan sertifikasi Gelombang II", "19-21 Agustus 2026"],
    ["Laporan pelaksanaan oleh peserta", "paling lambat 7 hari kerja setelah uji"],
]

SE2026 = [
    C("PEMERINTAH KOTA MUARA SEBERANG"),
    C("BADAN PENDAPATAN DAERAH"),
    P(ALAMAT + ", Telepon " + TELP + ", laman " + DOMAIN),
    P(FIKTIF),
    C("SURAT EDARAN"),
    C("NOMOR 800.1.3/021/Bapenda/2026"),
    C("TENTANG"),
    C("FASILITASI SERTIFIKASI JURU SITA DAN UJI KOMPETENSI KENAIKAN JENJANG JABATAN FUNGSIONAL "
      "TAHUN 2026"),
    P("Yth. 1. Sekretaris dan para Kepala Bidang; 2. Para Kepala UPT Pendapatan Wilayah I sampai "
      "dengan Wilayah VI; 3. Para pejabat fungsional dan Juru Sita di lingkungan Badan "
      "Pendapatan Daerah Kota Muara Seberang."),
    H2("1. Latar Belakang"),
    P("Sesuai dengan Pasal 29 Peraturan Kepala Badan Nomor 3 Tahun 2026 tentang Pedoman "
      "Pengembangan Kompetensi Pegawai di Lingkungan Badan Pendapatan Daerah, Bapenda "
      "memfasilitasi sertifikasi Juru Sita dan uji kompetensi kenaikan jenjang jabatan "
      "fungsional. Surat Edaran ini mengatur persyaratan, bantuan biaya, kuota, jadwal, tempat, "
      "dan tata cara pendaftaran tahun 2026."),
    H2("2. Sasaran"),
    P("Fasilitasi diberikan kepada pejabat fungsional Penilai Pajak Daerah, Pemeriksa Pajak "
      "Daerah, dan Analis Keuangan Pusat dan Daerah, baik PNS maupun PPPK penuh waktu, serta "
      "kepada Juru Sita yang belum memiliki sertifikat Juru Sita. PPPK paruh waktu belum dapat "
      "difasilitasi, sedangkan tenaga pendukung non-ASN tidak termasuk sasaran."),
    H2("3. Persyaratan"),
    L("a. telah menduduki jenjang jabatan saat ini paling singkat 1 (satu) tahun pada tanggal 1 "
      "Maret 2026, atau telah ditetapkan sebagai Juru Sita bagi peserta sertifikasi Juru Sita;",
      "b. predikat kinerja paling rendah Baik dalam 2 (dua) tahun terakhir berturut-turut;",
      "c. berusia paling tinggi 56 (lima puluh enam) tahun pada tanggal 1 Maret 2026;",
      "d. capaian JP tahun 2025 paling sedikit 20 (dua puluh) JP sebagaimana tercatat di "
      "e-DERMAGA;",
      "e. tersedia kebutuhan jabatan pada jenjang yang dituju sesuai peta jabatan Bapenda; dan",
      "f. tidak sedang menjalani hukuman disiplin tingkat sedang atau berat."),
    H2("4. Besaran Bantuan Biaya"),
    P("Bantuan biaya diberikan menurut jenis uji atau sertifikasi sebagaimana tabel berikut. "
      "Selain bantuan biaya, peserta yang diuji di Kota Tanjung Makara diberi uang harian "
      "Rp360.000 per hari untuk paling lama 3 (tiga) hari."),
    T("Tabel A. Bantuan Biaya per Jenis Uji atau Sertifikasi",
      ["Jenis Uji atau Sertifikasi", "Bantuan Biaya (Rp per orang)"], BANTUAN_2026, [112, 50]),
    P("Bantuan biaya dapat diberikan paling banyak 2 (dua) kali untuk jenjang yang sama. "
      "Peserta yang dinyatakan belum kompeten tidak wajib mengembalikan bantuan biaya. Peserta "
      "yang tidak hadir pada jadwal uji tanpa alasan yang sah wajib mengembalikan 100% (seratus "
      "persen) bantuan biaya ke kas daerah dan tidak dapat mendaftar pada tahun berikutnya."),
    H2("5. Kuota"),
    P("Kuota peserta yang difasilitasi tahun 2026 sebanyak 28 (dua puluh delapan) orang dengan "
      "rincian sebagai berikut. Sisa kuota suatu jabatan dapat dialihkan ke jabatan lain atas "
      "keputusan Sekretaris."),
    T("Tabel B. Kuota Peserta per Jabatan", ["Jabatan atau Sertifikasi", "Kuota (orang)"],
      KUOTA_SERT, [112, 50]),
    H2("6. Jadwal dan Tempat"),
    T("Tabel C. Jadwal Fasilitasi Tahun 2026", ["Tahapan", "Waktu"], JADWAL_SERT, [80, 82]),
    P("Pembekalan peserta dilaksanakan di Aula Lantai 3 Kantor Bapenda. Uji kompetensi dan "
      "sertifikasi dilaksanakan di Balai Pengembangan Kompetensi Keuangan Daerah Regional "
      "Selat Makara, Jalan Gubernur Daeng Patompo Nomor 9, Kota Tanjung Makara, mulai pukul "
      "08.00 WITA."),
    H2("7. Tata Cara Pendaftaran"),
    L("a. pendaftar mengisi formulir pada menu Layanan Kepegawaian > Sertifikasi dan Uji "
      "Kompetensi di e-DERMAGA;",
      "b. mengunggah surat rekomendasi atasan langsung, SKP 2 (dua) tahun terakhir, dan "
      "portofolio kegiatan dalam satu berkas PDF paling besar 4 MB;",
      "c. Subbagian Umum dan Kepegawaian memeriksa kelengkapan berkas; dan",
      "d. hasil seleksi administrasi diumumkan melalui e-DERMAGA dan grup resmi unit kerja."),
    H2("8. Kewajiban Peserta"),
    P("Peserta wajib mengikuti pembekalan dan menyampaikan laporan pelaksanaan beserta bukti "
      "hasil uji melalui e-DERMAGA paling lambat 7 (tujuh) hari kerja setelah uji."),
    H2("9. Pencabutan"),
    P("Dengan berlakunya Surat Edaran ini, Surat Edaran Kepala Badan Nomor 800.1.3/118/Bapenda/"
      "2024 tanggal 15 Maret 2024 tentang Bantuan Biaya Uji Kompetensi Jabatan Fungsional "
      "Penilai Pajak Daerah dan Pemeriksa Pajak Daerah dicabut dan dinyatakan tidak berlaku."),
    H2("10. Narahubung"),
    P("Informasi lebih lanjut dapat ditanyakan kepada Sdri. " + PANITIA_SERT + " (Subbagian "
      "Umum dan Kepegawaian), WA " + WA_SERT + ", surel sertifikasi@" + DOMAIN + ", pada hari "
      "kerja pukul 08.00-15.30 WITA."),
    P("Demikian Surat Edaran ini untuk dilaksanakan dengan penuh tanggung jawab."),
    P("Muara Seberang, 12 Januari 2026"),
    P("Kepala Badan Pendapatan Daerah Kota Muara Seberang,"),
    P(KABAN + " - NIP " + KABAN_NIP),
]

# =========================================================================== KEPUTUSAN NAKHODA (DOCX)
# mentor, jabatan mentor, unit mentor, [(mentee, jabatan mentee, status, unit mentee)]
NAKHODA = [
    (KOORD_KLINIK, "Penilai Pajak Daerah Ahli Madya", "Bidang Pendataan dan Penetapan",
     [("Andi Muhammad Rizal, S.E.", "Penilai Pajak Daerah Ahli Pertama", "CPNS 2025",
       "Bidang Pendataan dan Penetapan"),
      ("Nurfadillah Hamzah, S.Tr.Ak.", "Penilai Pajak Daerah Ahli Pertama", "PPPK 2025",
       "UPT Pendapatan Wilayah III Bukit Nipah")]),
    ("Syamsul Bahri Lawelai, S.E.", "Pemeriksa Pajak Daerah Ahli Muda",
     "Bidang Pengendalian dan Penagihan",
     [("Dian Puspita Sari, S.Ak.", "Pemeriksa Pajak Daerah Ahli Pertama", "CPNS 2025",
       "Bidang Pengendalian dan Penagihan"),
      ("Muh. Akbar Tenri, A.Md.Ak.", "Pemeriksa Pajak Daerah Terampil", "PPPK 2025",
       "UPT Pendapatan Wilayah II Pasar Lama")]),
    ("Ratnasari Kadir, S.E., M.Ak.", "Analis Keuangan Pusat dan Daerah Ahli Muda",
     "Bidang Pembukuan dan Pelaporan",
     [("Rezky Amalia Putri, S.E.", "Analis Keuangan Pusat dan Daerah Ahli Pertama",
       "CPNS 2025", "Bidang Pembukuan dan Pelaporan"),
      ("Taufik Hidayat Ladjan, S.E.", "Analis Keuangan Pusat dan Daerah Ahli Pertama",
       "PPPK 2025", "Bidang Pembukuan dan Pelaporan")]),
    ("Abdul Gafur Lasawedi, A.Md.", "Penilai Pajak Daerah Penyelia",
     "UPT Pendapatan Wilayah I Seberang Kota",
     [("Wahyu Hidayat Sanusi, A.Md.", "Penilai Pajak Daerah Terampil", "PPPK 2025",
       "UPT Pendapatan Wilayah I Seberang Kota"),
      ("Indah Sulastri, A.Md.Ak.", "Penilai Pajak Daerah Terampil", "CPNS 2025",
       "UPT Pendapatan Wilayah VI Padang Lamun")]),
    ("Yunus Daeng Matutu, S.E., M.M.", "Pemeriksa Pajak Daerah Ahli Madya",
     "Bidang Pengendalian dan Penagihan",
     [("Fajar Nugraha Palallo, S.E.", "Pemeriksa Pajak Daerah Ahli Pertama", "PPPK 2025",
       "UPT Pendapatan Wilayah V Sungai Lais"),
      ("Ayu Lestari Bando, S.Ak.", "Pemeriksa Pajak Daerah Ahli Pertama", "CPNS 2025",
       "UPT Pendapatan Wilayah IV Teluk Bayan")]),
    ("Marlina Tahir, S.Sos.", "Penilai Pajak Daerah Ahli Muda",
     "UPT Pendapatan Wilayah V Sungai Lais",
     [("Muhammad Ilham Sappe, S.T.", "Penilai Pajak Daerah Ahli Pertama", "CPNS 2025",
       "UPT Pendapatan Wilayah V Sungai Lais")]),
    (KOORD_LENTERA, "Analis Keuangan Pusat dan Daerah Ahli Muda",
     "Subbagian Perencanaan dan Keuangan",
     [("Nur Halimah Sau, S.AP.", "Penata Layanan Operasional", "PPPK 2025",
       "Subbagian Umum dan Kepegawaian")]),
]
HONOR_NAKHODA = 300_000
BULAN_NAKHODA = 6


def nakhoda_rows():
    rows, i = [], 0
    for mentor, jab, unit, mentees in NAKHODA:
        for name, mjab, status, munit in mentees:
            i += 1
            rows.append([str(i), f"{mentor} ({jab}, {unit})", name, mjab, status, munit])
    return rows


def honor_rows():
    rows, total = [], 0
    for i, (mentor, _jab, _unit, mentees) in enumerate(NAKHODA, 1):
        n = len(mentees)
        amount = n * HONOR_NAKHODA * BULAN_NAKHODA
        total += amount
        rows.append([str(i), mentor, str(n), rp(n * HONOR_NAKHODA), rp(amount)])
    rows.append(["", "Jumlah", str(sum(len(t[3]) for t in NAKHODA)), "", rp(total)])
    return rows


assert sum(len(t[3]) for t in NAKHODA) == 12

KEP_NAKHODA = [
    C("KEPUTUSAN KEPALA BADAN PENDAPATAN DAERAH KOTA MUARA SEBERANG"),
    C("NOMOR 800.1.6/034/Kpts/Bapenda/2026"),
    C("TENTANG"),
    C("PENETAPAN MENTOR DAN MENTEE PROGRAM NAKHODA ANGKATAN II TAHUN 2026"),
    P(FIKTIF),
    P("KEPALA BADAN PENDAPATAN DAERAH KOTA MUARA SEBERANG,"),
    P("Menimbang: bahwa untuk melaksanakan Pasal 20 ayat (4) Peraturan Kepala Badan Nomor 3 "
      "Tahun 2026 tentang Pedoman Pengembangan Kompetensi Pegawai di Lingkungan Badan "
      "Pendapatan Daerah, perlu menetapkan mentor dan mentee Program NAKHODA Angkatan II Tahun "
      "2026."),
    P("Mengingat: Peraturan Kepala Badan Nomor 3 Tahun 2026."),
    C("MEMUTUSKAN:"),
    P("KESATU: Menetapkan mentor dan mentee NAKHODA Angkatan II Tahun 2026 sebagaimana "
      "tercantum dalam Lampiran Tabel 1."),
    P("KEDUA: NAKHODA Angkatan II dilaksanakan selama enam bulan, mulai 2 Maret 2026 sampai "
      "dengan 31 Agustus 2026, dan ditutup dengan Presentasi Akhir Proyek Mini NAKHODA pada "
      "hari Kamis, 10 September 2026 pukul 09.00 WITA di Ruang Kelas Nipah, Pojok Lentera, "
      "lantai 3 Gedung B Kantor Bapenda."),
    P("KETIGA: Mentor diberi honor sebesar Rp300.000 per mentee per bulan dengan rincian "
      "sebagaimana tercantum dalam Lampiran Tabel 2, dibebankan pada APBD Kota Muara Seberang "
      "Tahun Anggaran 2026 kegiatan Pendampingan NAKHODA Angkatan II."),
    P("KEEMPAT: Mentor wajib melaksanakan pertemuan pendampingan dan memverifikasi logbook "
      "mentee sesuai Panduan Pendampingan NAKHODA Tahun 2026. Honor bulan berjalan dibayarkan "
      "setelah logbook bulan tersebut diverifikasi Koordinator NAKHODA."),
    P("KELIMA: Koordinator NAKHODA adalah " + KOORD_NAKHODA + ", Penilai Pajak Daerah Ahli "
      "Madya pada Bidang Pendataan dan Penetapan, WA " + WA_NAKHODA + "."),
    P("KEENAM: Penggantian mentor karena mutasi, sakit berkepanjangan, atau alasan lain "
      "ditetapkan oleh Sekretaris atas usul Koordinator NAKHODA."),
    P("KETUJUH: Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    P("Ditetapkan di Muara Seberang pada tanggal 24 Februari 2026"),
    P("KEPALA BADAN PENDAPATAN DAERAH KOTA MUARA SEBERANG,"),
    P(KABAN),
    BR(),
    C("LAMPIRAN KEPUTUSAN KEPALA BADAN NOMOR 800.1.6/034/Kpts/Bapenda/2026"),
    T("Tabel 1. Pasangan Mentor dan Mentee NAKHODA Angkatan II Tahun 2026",
      ["No", "Mentor", "Mentee", "Jabatan Mentee", "Status", "Unit Penempatan Mentee"],
      nakhoda_rows(), [8, 60, 40, 40, 20, 36]),
    T("Tabel 2. Rincian Honor Mentor NAKHODA Angkatan II",
      ["No", "Mentor", "Jumlah Mentee", "Honor per Bulan (Rp)", "Jumlah 6 Bulan (Rp)"],
      honor_rows(), [8, 70, 24, 32, 32]),
    P("Catatan: Mentor nomor urut 7 pada Tabel 2 merangkap sebagai Koordinator LENTERA."),
]

# =========================================================================== RAB LENTERA (DOCX)
# komponen, volume, satuan, semester I, semester II
RAB = [
    ("Penyelenggaraan pelatihan klasikal berasrama (LTR-09, LTR-16, LTR-17)", "3", "angkatan",
     92_800_000, 64_600_000),
    ("Penyelenggaraan pelatihan klasikal nonasrama", "21", "angkatan", 128_400_000,
     136_900_000),
    ("Pelatihan daring sinkron (LTR-02, LTR-08, LTR-13, LTR-20, LTR-22, LTR-23)", "9", "kelas",
     10_800_000, 9_600_000),
    ("Kamis Berbagi: honor narasumber, konsumsi, dan biaya siaran", "40", "sesi", 24_000_000,
     24_000_000),
    ("Pengembangan konten kursus mandiri e-DERMAGA", "10", "modul", 36_000_000, 9_000_000),
    ("Sewa server, lisensi, dan pemeliharaan e-DERMAGA", "12", "bulan", 19_800_000, 19_800_000),
    ("Uang transport lokal peserta UPT Wilayah V dan VI", "184", "orang-hari", 9_200_000,
     9_200_000),
    ("Monitoring dan evaluasi pascapelatihan", "12", "unit kerja", 8_100_000, 10_200_000),
]
RAB_S1 = sum(r[3] for r in RAB)
RAB_S2 = sum(r[4] for r in RAB)
assert ANGGARAN[0][2] == RAB_S1 + RAB_S2, (RAB_S1 + RAB_S2)


def rab_rows():
    rows = [[str(i), k, v, s, rp(a), rp(b), rp(a + b)] for i, (k, v, s, a, b) in enumerate(RAB, 1)]
    rows.append(["", "Jumlah", "", "", rp(RAB_S1), rp(RAB_S2), rp(RAB_S1 + RAB_S2)])
    return rows


RAB_LENTERA = [
    C("RENCANA ANGGARAN BIAYA PROGRAM LENTERA TAHUN 2026"),
    C("LAYANAN EDUKASI DAN PELATIHAN TERPADU APARATUR PENDAPATAN"),
    C("SUBBAGIAN UMUM DAN KEPEGAWAIAN - BADAN PENDAPATAN DAERAH KOTA MUARA SEBERANG"),
    P(FIKTIF),
    P("Rencana Anggaran Biaya (RAB) ini merupakan rincian pagu Program LENTERA yang bersumber "
      "dari APBD Kota Muara Seberang Tahun Anggaran 2026, sebagaimana dimaksud dalam Pasal 33 "
      "ayat (4) Peraturan Kepala Badan Nomor 3 Tahun 2026. RAB ini hanya memuat anggaran "
      "Program LENTERA; anggaran NAKHODA, fasilitasi sertifikasi, Penghargaan Jangkar Emas, dan "
      "Klinik Penilaian Lapangan tercantum dalam Tabel 5 Peraturan Kepala Badan tersebut."),
    P("Penanggung jawab kegiatan: " + KASUBBAG + ", Kepala Subbagian Umum dan Kepegawaian. "
      "Koordinator Program LENTERA: " + KOORD_LENTERA),
    T("Tabel 1. Rincian Anggaran Program LENTERA per Semester Tahun 2026",
      ["No", "Komponen", "Volume", "Satuan", "Semester I (Rp)", "Semester II (Rp)",
       "Jumlah (Rp)"],
      rab_rows(), [8, 62, 16, 18, 28, 28, 28],
      header2=[("No", 1), ("Komponen", 1), ("Volume", 1), ("Satuan", 1),
               ("Anggaran (Rp)", 3)]),
    P("Catatan:"),
    L("1. Semester I meliputi bulan Januari sampai dengan Juni 2026 dan Semester II meliputi "
      "bulan Juli sampai dengan Desember 2026.",
      "2. Kamis Berbagi direncanakan 40 sesi dengan biaya Rp1.200.000 per sesi; sesi pada bulan "
      "Ramadan dilaksanakan daring penuh tanpa konsumsi.",
      "3. Pengembangan konten kursus mandiri dianggarkan Rp4.500.000 per modul. Modul baru tahun "
      "2026 antara lain Keamanan Data Wajib Pajak, Dasar Penilaian Properti, dan Pengenalan "
      "Opsen Pajak Kendaraan.",
      "4. Honor mentor NAKHODA dan honor pemandu Klinik Penilaian Lapangan tidak dibebankan pada "
      "RAB ini.",
      "5. Pergeseran anggaran antarkomponen paling banyak 10% (sepuluh persen) dapat dilakukan "
      "dengan persetujuan Sekretaris; pergeseran yang lebih besar memerlukan persetujuan Kepala "
      "Badan."),
    P("Realisasi anggaran Program LENTERA tahun 2025 sebesar Rp498.735.000 dari pagu "
      "Rp545.000.000."),
    P("Muara Seberang, 8 Januari 2026"),
    P("Kepala Subbagian Umum dan Kepegawaian,"),
    P(KASUBBAG + " - NIP " + KASUBBAG_NIP),
]

DOCS = {
    "perkaban-pengembangan-kompetensi-bapenda-2026": (
        "pdf",
        PERKABAN,
        "Perkaban Bapenda Muara Seberang No. 3 Tahun 2026",
    ),
    "se-sertifikasi-uji-kompetensi-2026": (
        "pdf", SE2026, "SE Fasilitasi Sertifikasi dan Uji Kompetensi 2026"),
    "kep-mentor-nakhoda-angkatan-ii-2026": (
        "docx",
        KEP_NAKHODA,
        "Keputusan Kepala Badan tentang Mentor dan Mentee NAKHODA Angkatan II 2026",
    ),
    "rab-lentera-2026": ("docx", RAB_LENTERA, "Rencana Anggaran Biaya Program LENTERA 2026"),
}

# =========================================================================== plain-text documents
SE2024_TXT = f"""\
PEMERINTAH KOTA MUARA SEBERANG
BADAN PENDAPATAN DAERAH
{ALAMAT}
Telepon {TELP}

{FIKTIF}

SURAT EDARAN
NOMOR 800.1.3/118/Bapenda/2024

TENTANG
BANTUAN BIAYA UJI KOMPETENSI JABATAN FUNGSIONAL
PENILAI PAJAK DAERAH DAN PEMERIKSA PAJAK DAERAH

Yth. 1. Sekretaris dan para Kepala Bidang;
     2. Para Kepala UPT Pendapatan;
     3. Para Penilai Pajak Daerah dan Pemeriksa Pajak Daerah
di lingkungan Badan Pendapatan Daerah Kota Muara Seberang.

1. Dasar
   Peraturan Kepala Badan Nomor 5 Tahun 2022 tentang Pendidikan dan Pelatihan Pegawai Badan
   Pendapatan Daerah.

2. Sasaran
   Bantuan biaya diberikan kepada PNS yang menduduki jabatan fungsional Penilai Pajak Daerah
   atau Pemeriksa Pajak Daerah dan akan mengikuti uji kompetensi kenaikan jenjang. Pegawai
   PPPK belum dapat diberikan bantuan.

3. Persyaratan
   a. telah menduduki jenjang jabatan saat ini paling singkat 2 (dua) tahun pada tanggal
      1 April 2024;
   b. predikat kinerja paling rendah Baik pada 1 (satu) tahun terakhir;
   c. berusia paling tinggi 50 (lima puluh) tahun pada tanggal 1 April 2024;
   d. tidak sedang menjalani hukuman disiplin.

4. Besaran Bantuan
   a. Bantuan biaya uji kompetensi sebesar Rp1.750.000 (satu juta tujuh ratus lima puluh
      ribu rupiah) per orang untuk semua jenjang.
   b. Uang harian bagi peserta yang diuji di Kota Tanjung Makara sebesar Rp250.000 per hari,
      paling lama 2 (dua) hari.
   c. Juru Sita yang belum bersertifikat dapat dibantu biaya sertifikasi sebesar
      Rp1.250.000 per orang sepanjang anggaran masih tersedia.
   d. Bantuan hanya diberikan 1 (satu) kali untuk setiap jenjang.
   e. Peserta yang dinyatakan belum kompeten wajib mengembalikan 50% (lima puluh persen)
      bantuan biaya ke kas daerah.

5. Kuota
   Kuota tahun 2024 sebanyak 12 (dua belas) orang, terdiri atas Penilai Pajak Daerah 7
   (tujuh) orang dan Pemeriksa Pajak Daerah 5 (lima) orang.

6. Pendaftaran
   Berkas pendaftaran (surat permohonan, rekomendasi atasan, fotokopi SK jabatan terakhir,
   dan SKP 1 tahun terakhir) dimasukkan dalam MAP MERAH dan diserahkan ke Subbagian Umum dan
   Kepegawaian, lantai 1 Gedung A Kantor Bapenda, paling lambat hari Selasa, 30 April 2024
   pukul 14.00 WITA.

7. Jadwal
   - Pengumuman peserta: 20 Mei 2024
   - Uji kompetensi: 10-11 Juli 2024, di Kantor Bapenda Provinsi Selat Makara,
     Kota Tanjung Makara, pukul 08.30 WITA

8. Laporan
   Peserta menyampaikan laporan pelaksanaan paling lambat 14 (empat belas) hari kalender
   setelah uji kompetensi, dilampiri fotokopi hasil uji.

9. Narahubung
   Sdr. {PANITIA_SERT_LAMA}, Subbagian Umum dan Kepegawaian, WA {WA_SERT_LAMA}.

10. Masa Berlaku
    Surat Edaran ini berlaku untuk pelaksanaan uji kompetensi tahun 2024 dan tahun 2025.

Demikian untuk dilaksanakan.

Muara Seberang, 15 Maret 2024
Kepala Badan Pendapatan Daerah
Kota Muara Seberang,

{KABAN_LAMA}
NIP {KABAN_LAMA_NIP}
"""

WA_TXT = f"""\
[Broadcast] Grup WA "ASN BAPENDA MUARA SEBERANG"
Diteruskan dari: Admin LENTERA (Subbag Umum & Kepegawaian)
({FIKTIF})

[26/02/26 07.40] Admin LENTERA: 📣 *KAMIS BERBAGI BULAN MARET 2026* 📣
Assalamualaikum wr. wb., selamat pagi bapak/ibu ASN Bapenda 🙏
Berikut jadwal Kamis Berbagi bulan depan. Seperti biasa jam *13.30-15.00 WITA* di Studio
Pojok Lentera (lt. 3 Gedung B) + live di e-DERMAGA:

📌 Kamis, 5 Maret 2026 - "Membaca Laporan Keuangan Restoran utk Pemeriksaan PBJT"
   Narsum: Yunus Daeng Matutu (Pemeriksa Ahli Madya)
📌 Kamis, 12 Maret 2026 - "Opsen PKB: Apa yg Berubah bagi Kota Kita?"
   Narsum: Ratnasari Kadir (Analis Keuangan Ahli Muda)
📌 Kamis, 19 Maret 2026 - *LIBUR* (cuti bersama), tdk ada Kamis Berbagi 🙏
📌 Kamis, 26 Maret 2026 - "Cerita dari Lapangan: Surat Paksa Pertama Saya"
   Narsum: Rahmat Hidayat Karaeng (Juru Sita, Bidang Pengendalian dan Penagihan)

[26/02/26 07.44] Admin LENTERA: Ikut live = *2 JP*, nonton rekaman = *1 JP* (rekaman hanya
bisa diakses 7 hari ya + kuis min. nilai 70). Maks pengakuan Kamis Berbagi live 30 JP/thn.

[26/02/26 07.51] Admin LENTERA: 📊 Info rekap: rata2 capaian JP ASN Bapenda thn 2025 =
*{{AVG_JP}} JP* per pegawai. Unit dgn rata2 tertinggi {{TOP_UNIT}}, terendah {{LOW_UNIT}}.
Detail per unit cek file rekap JP (xlsx) yg dibagikan Subbag Umpeg kemarin.
Target 2026 naik lho, mis. Pemeriksa kategori keahlian jd 32 JP 💪

[26/02/26 07.58] Admin LENTERA: ⚠️ Utk rekan2 *tenaga pendukung non-ASN* (pendata lapangan,
driver, dll): boleh ikut LTR-20 & LTR-22 gratis dan dapat sertifikat keikutsertaan, tp
*tidak dapat JP* krn bukan ASN ya 🙏 Akunnya akun tamu e-DERMAGA.

[26/02/26 08.03] Admin LENTERA: Kendala login / lupa password e-DERMAGA -> chat helpdesk WA
{WA_HELPDESK} (chat aja, tdk terima telepon). Mau jadi narasumber Kamis Berbagi? japri
koordinator LENTERA Bu Fitri.

[26/02/26 08.04] Admin LENTERA: Terima kasih, salam Jangkar Emas! ⚓
"""

FAQ_TXT = f"""\
FAQ PENGEMBANGAN KOMPETENSI PEGAWAI
Badan Pendapatan Daerah Kota Muara Seberang
Versi 2.1 - 6 Maret 2026 (menggantikan Versi 2.0 tanggal 10 Desember 2025)
{FIKTIF}

Perubahan pada Versi 2.1:
- Jawaban no. 3 disesuaikan dengan target JP 2026 (Versi 2.0 masih memuat target 2025).
- Jawaban no. 8 diperbarui: bantuan uji kompetensi kini per jenjang dan kuota 28 orang
  (Versi 2.0 masih menyebut Rp1.750.000 dan 12 orang sesuai surat edaran lama).
- Pertanyaan no. 13 dan no. 14 baru ditambahkan.

Catatan istilah: dalam FAQ ini singkatan SP berarti Surat Paksa, bukan Surat Peringatan.

1. T: Apakah tenaga pendukung non-ASN punya target JP?
   J: Tidak. Tenaga pendukung non-ASN bukan ASN, sehingga tidak memiliki target JP dan tidak
      memperoleh pengakuan JP. Mereka boleh mengikuti LTR-20 dan LTR-22 tanpa biaya dan
      mendapat sertifikat keikutsertaan.

2. T: Berapa menit 1 JP?
   J: 1 JP = 45 menit. Contoh: pelatihan daring dari instansi lain selama 3 jam 30 menit
      (210 menit) dihitung 210 : 45 = 4,6 JP (dibulatkan ke bawah satu desimal). Khusus
      seminar/webinar berlaku pengakuan tetap 2 JP per kegiatan (minimal 2 jam).

3. T: Berapa target JP saya tahun 2026?
   J: Penilai kategori keahlian 30 JP, Penilai kategori keterampilan 26 JP, Pemeriksa
      kategori keahlian 32 JP, Pemeriksa kategori keterampilan 26 JP, Analis Keuangan Pusat
      dan Daerah 24 JP, Juru Sita 28 JP, pejabat administrator/pengawas/Kepala UPT 24 JP,
      pelaksana PNS dan PPPK penuh waktu 20 JP, PPPK paruh waktu 10 JP.

4. T: Saya PPPK paruh waktu. Sejak kapan akun e-DERMAGA saya aktif?
   J: Sejak 9 Februari 2026. Nama pengguna adalah nomor induk PPPK. Tidak ada kewajiban
      pelatihan klasikal bagi PPPK paruh waktu.

5. T: Kapan batas klaim JP?
   J: Paling lambat 14 hari kalender setelah kegiatan selesai, dan seluruh klaim tahun 2026
      ditutup 11 Desember 2026.

6. T: Saya tidak bisa ikut Kamis Berbagi live karena sedang di loket. Bagaimana?
   J: Tonton rekamannya paling lambat 7 hari setelah siaran dan kerjakan kuisnya; diakui 1 JP
      (bukan 2 JP).

7. T: Bolehkah ikut lebih dari tiga pelatihan klasikal berbiaya APBD?
   J: Tidak, paling banyak 3 pelatihan per tahun, kecuali LTR-01, LTR-09, LTR-16, dan LTR-17.

8. T: Berapa bantuan biaya uji kompetensi tahun 2026?
   J: Tergantung jenjang: Terampil ke Mahir Rp1.900.000, Mahir ke Penyelia Rp2.150.000,
      Ahli Pertama ke Ahli Muda Rp2.600.000, Ahli Muda ke Ahli Madya Rp3.400.000. Sertifikasi
      Juru Sita Rp2.400.000. Kuota 28 orang. Batas pendaftaran dalam surat edaran telah
      diperpanjang oleh rapat koordinasi tanggal 4 Maret 2026; lihat pengumuman di e-DERMAGA.

9. T: Apa beda LTR-04 dan LTR-05?
   J: LTR-04 Penilaian Individual Objek PBB-P2 (32 JP) untuk Penilai kategori keahlian.
      LTR-05 Penilaian Massal dan Penyusunan ZNT serta NJOP (28 JP), hanya untuk Ahli Muda dan
      Ahli Madya yang sudah lulus LTR-04.

10. T: Siapa yang memverifikasi klaim JP saya?
    J: Pegawai UPT: Kepala UPT Pendapatan. Pegawai Bidang: Kepala Bidang. Pegawai Sekretariat
       serta Kepala UPT dan Kepala Bidang: TPMK. Lama verifikasi paling lama 5 hari kerja.

11. T: Apakah PPPK bisa ditetapkan sebagai Juru Sita?
    J: Tidak. Juru Sita hanya dari pelaksana PNS paling rendah golongan II/b yang telah lulus
       LTR-09.

12. T: Berapa honor mentor NAKHODA?
    J: Rp300.000 per mentee per bulan, dibayar setelah logbook diverifikasi Koordinator
       NAKHODA. Satu mentor paling banyak 2 mentee.

13. T: Apakah ada bantuan untuk kuliah S2 dengan biaya sendiri (izin belajar)?
    J: Ada, Rp2.500.000 per semester paling lama 4 semester untuk S2, untuk program studi
       akuntansi, perpajakan, penilaian properti, ekonomi pembangunan, atau sistem informasi.
       Permohonan semester genap paling lambat 28 Februari, semester ganjil 31 Agustus.

14. T: Juru Sita lama yang belum pernah ikut LTR-25 bagaimana?
    J: Wajib mengikuti LTR-25 paling lambat 31 Desember 2026 (ketentuan peralihan).

Pertanyaan lain: helpdesk e-DERMAGA WA {WA_HELPDESK} atau Subbagian Umum dan Kepegawaian
{TELP}.
"""

PESERTA_JS = [
    ("Andi Firmansyah Latief", "19930114 201902 1 003", "Pengatur (II/c)",
     "UPT Pendapatan Wilayah I Seberang Kota"),
    ("Sahrul Ramadhan", "19950207 202012 1 006", "Pengatur Muda Tingkat I (II/b)",
     "UPT Pendapatan Wilayah II Pasar Lama"),
    ("Nur Intan Safitri, A.Md.", "19940619 201903 2 010", "Pengatur Tingkat I (II/d)",
     "UPT Pendapatan Wilayah II Pasar Lama"),
    ("Muhammad Arsyad Bakri, S.H.", "19910302 201902 1 004", "Penata Muda (III/a)",
     "UPT Pendapatan Wilayah III Bukit Nipah"),
    ("Erwin Tandirerung", "19890825 201402 1 007", "Pengatur (II/c)",
     "UPT Pendapatan Wilayah IV Teluk Bayan"),
    ("Rika Amelia Syam, S.E.", "19960430 202012 2 005", "Penata Muda (III/a)",
     "UPT Pendapatan Wilayah V Sungai Lais"),
    ("La Ode Muhammad Saleh", "19920911 201503 1 005", "Pengatur Tingkat I (II/d)",
     "UPT Pendapatan Wilayah VI Padang Lamun"),
    ("Asriani Pangerang, S.Sos.", "19900808 201402 2 009", "Penata Muda Tingkat I (III/b)",
     "Bidang Pengendalian dan Penagihan"),
]


def _peserta_js():
    return "\n".join(f"  {i}. {n}, NIP {nip}, {g}, {u}"
                     for i, (n, nip, g, u) in enumerate(PESERTA_JS, 1))


PANGGILAN_TXT = f"""\
PEMERINTAH KOTA MUARA SEBERANG
BADAN PENDAPATAN DAERAH
Bidang Pengendalian dan Penagihan
{ALAMAT}

{FIKTIF}

Nomor    : 800.1.5/087/Bapenda/2026                    Muara Seberang, 27 April 2026
Sifat    : Penting
Lampiran : 1 (satu) berkas
Hal      : Panggilan Peserta Pelatihan Penagihan Pajak dengan Surat Paksa
           (Pratugas Juru Sita) Angkatan II Tahun 2026

Yth. Kepala UPT Pendapatan dan Kepala Bidang (daftar terlampir)
di tempat

Dalam rangka penyiapan Juru Sita Pajak Daerah sesuai Pasal 27 Peraturan Kepala Badan
Nomor 3 Tahun 2026, dengan hormat kami minta Saudara menugaskan pegawai yang namanya
tercantum di bawah ini untuk mengikuti Pelatihan Penagihan Pajak dengan Surat Paksa
(Pratugas Juru Sita), kode LTR-09, Angkatan II Tahun 2026 dengan ketentuan berikut:

  Waktu      : Senin-Sabtu, 18-23 Mei 2026 (enam hari, 48 JP)
  Kedatangan : Minggu, 17 Mei 2026, pukul 14.00-19.00 WITA (registrasi ulang di asrama)
  Tempat     : Wisma Diklat Pemerintah Kota Muara Seberang, Jalan Cendrawasih Nomor 30,
               Kelurahan Bukit Indah, Kecamatan Bukit Nipah (berasrama)
  Biaya      : ditanggung anggaran LENTERA (akomodasi, konsumsi, modul); peserta
               berasrama tidak diberi uang harian

Daftar peserta:
{_peserta_js()}

JADWAL HARIAN
Minggu, 17 Mei 2026
  14.00-19.00  Registrasi ulang dan pembagian kamar
  19.30-20.30  Pengarahan panitia dan pre-test
Senin, 18 Mei 2026
  07.30-08.30  Pembukaan oleh Kepala Bidang Pengendalian dan Penagihan
  08.30-12.00  Dasar hukum penagihan pajak daerah dan kedudukan Juru Sita
  13.00-16.30  Surat teguran, surat paksa, dan penghitungan biaya penagihan
Selasa, 19 Mei 2026
  07.30-12.00  Pemberitahuan surat paksa dan penyusunan berita acara
  13.00-16.30  Praktik penyusunan dokumen penagihan dengan SIPADA
Rabu, 20 Mei 2026
  07.30-12.00  Penyitaan barang bergerak dan barang tidak bergerak
  13.00-16.30  Simulasi penyitaan di UPT Pendapatan Wilayah II Pasar Lama
               (berangkat dengan bus panitia pukul 12.45 WITA)
Kamis, 21 Mei 2026
  07.30-12.00  Lelang barang sitaan bersama KPKNL dan pencegahan
  13.00-16.30  Studi kasus penagihan PBJT dan PBB-P2 tunggakan lebih dari 5 tahun
Jumat, 22 Mei 2026
  07.30-11.00  Komunikasi persuasif dan keselamatan di lapangan
  14.00-16.30  Bermain peran (role play) penagihan
Sabtu, 23 Mei 2026
  07.30-10.00  Ujian tertulis
  10.15-11.30  Ujian praktik
  11.30-12.30  Penutupan dan penyerahan sertifikat sementara

Ketentuan peserta:
  1. Pakaian: Senin PDH khaki; Selasa-Kamis kemeja putih dan celana/rok hitam; Jumat
     batik; Sabtu pakaian olahraga untuk senam pagi pukul 06.00 WITA, kemudian PDH khaki.
  2. Membawa laptop, salinan SK jabatan terakhir, surat keterangan sehat dari dokter, dan
     obat-obatan pribadi.
  3. Peserta tidak diperkenankan membawa kendaraan dinas ke wisma dan tidak boleh
     meninggalkan wisma tanpa izin panitia.
  4. Kelulusan: kehadiran paling sedikit 90% dan nilai akhir paling rendah 70. Peserta yang
     lulus dapat ditetapkan sebagai Juru Sita oleh Kepala Badan.
  5. Angkatan I telah dilaksanakan pada tanggal 9-14 Februari 2026; peserta Angkatan I
     tidak dipanggil kembali.

Konfirmasi kehadiran paling lambat Senin, 11 Mei 2026 kepada Ketua Panitia,
Sdr. {KETUA_PANITIA_JS}, WA {WA_PANITIA_JS}.

a.n. Kepala Badan Pendapatan Daerah
Kepala Bidang Pengendalian dan Penagihan,

{KABID_PENAGIHAN}
NIP {KABID_PENAGIHAN_NIP}
"""

PANDUAN_NAKHODA_MD = f"""\
---
id: panduan-nakhoda-2026
title: Panduan Pendampingan NAKHODA Tahun 2026
penerbit: Subbagian Umum dan Kepegawaian, {BADAN}
tanggal: 2026-02-25
versi: 2.0
catatan: {FIKTIF}
---

# Panduan Pendampingan NAKHODA Tahun 2026

{FIKTIF}

NAKHODA adalah program pendampingan (mentoring) Bapenda Kota Muara Seberang bagi CPNS dan
PPPK penuh waktu pada tahun pertama bertugas, sebagaimana diatur dalam Bab VII Peraturan
Kepala Badan Nomor 3 Tahun 2026. Panduan ini berlaku untuk **Angkatan II** (2 Maret-31
Agustus 2026) yang diikuti 12 mentee dan 7 mentor.

## 1. Tahapan

| Bulan | Kegiatan utama | Keluaran |
|---|---|---|
| Bulan ke-1 (Maret) | LTR-01 Orientasi Pegawai Baru (9-13 Maret 2026), kontrak belajar mentor-mentee | Kontrak belajar diunggah paling lambat 20 Maret 2026 |
| Bulan ke-2 dan ke-3 (April-Mei) | Rotasi 5 hari kerja di loket UPT Pendapatan, mengikuti 1 sesi Klinik Penilaian Lapangan atau 1 pemeriksaan | Catatan rotasi |
| Bulan ke-4 dan ke-5 (Juni-Juli) | Pelaksanaan proyek mini di unit kerja | Draf laporan proyek mini |
| Bulan ke-6 (Agustus) | Finalisasi proyek mini dan refleksi | Laporan akhir paling lambat 31 Agustus 2026 |

## 2. Pertemuan Pendampingan

- Mentor dan mentee bertemu **paling sedikit 2 (dua) kali setiap bulan**, masing-masing
  paling singkat **90 menit**.
- Paling sedikit 1 (satu) pertemuan setiap bulan dilakukan tatap muka; pertemuan lain boleh
  daring.
- Mentor tidak boleh memberikan tugas pribadi kepada mentee. Keluhan disampaikan langsung
  kepada Koordinator NAKHODA dan dijaga kerahasiaannya.

## 3. Logbook

- Logbook diisi mentee pada menu **NAKHODA > Logbook** di e-DERMAGA paling lambat tanggal
  **5 bulan berikutnya**.
- Mentor memverifikasi logbook paling lambat tanggal **10** bulan berikutnya. Honor mentor
  (Rp300.000 per mentee per bulan) baru dibayarkan setelah logbook bulan itu diverifikasi
  Koordinator NAKHODA.

## 4. Penilaian

| Komponen | Bobot |
|---|---|
| Kelengkapan dan kualitas logbook | 25% |
| Penilaian mentor (sikap, inisiatif, penguasaan proses bisnis) | 35% |
| Proyek mini dan presentasi akhir | 40% |

Mentee dinyatakan **tuntas** apabila nilai akhir paling rendah **70**. Mentee yang belum
tuntas mengikuti pendampingan ulang selama 2 (dua) bulan bersama mentor yang sama.

## 5. Presentasi Akhir

Presentasi Akhir Proyek Mini NAKHODA dilaksanakan **Kamis, 10 September 2026, pukul 09.00
WITA** di Ruang Kelas Nipah, Pojok Lentera. Setiap mentee mendapat waktu **10 menit
presentasi dan 5 menit tanya jawab**. Tim penguji terdiri atas Sekretaris, Koordinator
NAKHODA, dan satu Kepala Bidang yang ditunjuk.

## 6. Pengakuan JP

- Mentee yang tuntas: **20 JP**. LTR-01 tidak termasuk di dalamnya karena dicatat terpisah
  sebagai pelatihan klasikal 40 JP.
- Mentor: **10 JP** setelah seluruh mentee bimbingannya menyelesaikan presentasi akhir.

## 7. Peserta Khusus

- PPPK paruh waktu dapat menjadi mentee atas usul Kepala UPT atau Kepala Bidang apabila masih
  tersedia mentor. Pada Angkatan II tidak ada PPPK paruh waktu yang diusulkan.
- Tenaga pendukung non-ASN tidak dapat mengikuti NAKHODA.

## 8. Kontak

Koordinator NAKHODA: {KOORD_NAKHODA}, WA {WA_NAKHODA} (Senin-Jumat, 08.00-16.00 WITA).
"""

PROFIL_POJOK_MD = f"""\
# Profil Pojok Lentera - Pusat Belajar Bapenda Kota Muara Seberang

*{FIKTIF}*

Pojok Lentera adalah pusat belajar pegawai {BADAN}. Ruang ini diresmikan oleh Wali Kota
Muara Seberang pada **2 Mei 2023** bertepatan dengan Hari Pendidikan Nasional, dan sejak 2026
menjadi tempat utama pelatihan klasikal LENTERA, siaran Kamis Berbagi, dan presentasi akhir
NAKHODA.

## Lokasi dan jam buka

Pojok Lentera menempati seluruh **lantai 3 Gedung B** kantor Bapenda, {ALAMAT}. Akses
menggunakan lift di sisi timur Gedung B atau tangga dari lobi loket pelayanan. Tamu dari
instansi lain melapor lebih dahulu ke resepsionis lobi Gedung A.

- Ruang kelas, laboratorium, dan studio: Senin-Jumat 07.30-16.00 WITA.
- Perpustakaan mini Pustaka Pajak: Senin-Kamis 08.00-16.00 WITA, Jumat 08.00-11.00 WITA.
- Sabtu, Minggu, dan hari libur tutup; penggunaan di luar jam buka perlu izin Kepala Subbagian
  Umum dan Kepegawaian.

## Fasilitas

| Ruang | Kapasitas | Perlengkapan |
|---|---|---|
| Ruang Kelas Nipah | 30 orang | proyektor, dua layar, pengeras suara, papan tulis kaca |
| Ruang Kelas Bakau | 24 orang | televisi 75 inci, meja modular untuk diskusi kelompok |
| Laboratorium Komputer Tapis | 20 unit komputer peserta dan 1 unit instruktur | SIPADA versi latihan, perangkat lunak spreadsheet, aplikasi pemetaan ZNT |
| Studio Kamis Berbagi | 6 orang di studio | 3 kamera, mikser audio, siaran langsung sampai 500 penonton |
| Pustaka Pajak | 16 kursi baca | 1.250 judul buku dan 38 judul jurnal atau majalah |

## Pemesanan ruang

Pemesanan dilakukan melalui menu **Reservasi Ruang** di e-DERMAGA paling lambat 3 hari kerja
sebelum pemakaian. Pegawai Bapenda tidak dikenai biaya. Instansi lain dapat menyewa
Laboratorium Komputer Tapis sesuai standar biaya peserta LENTERA yang berlaku.

## Aturan penggunaan

1. Dilarang makan dan minum di Laboratorium Komputer Tapis dan Studio Kamis Berbagi.
2. Peminjaman buku Pustaka Pajak paling banyak 2 buku untuk 14 hari dan dapat diperpanjang
   satu kali.
3. Peminjam yang terlambat mengembalikan buku tidak dapat meminjam lagi selama 1 bulan.
4. Ruang yang sudah dipesan tetapi tidak dipakai tanpa pembatalan menyebabkan pemesan tidak
   dapat memesan ruang selama 30 hari.

## Pengelola

Pengelola harian Pojok Lentera adalah {PENGELOLA_POJOK} (PPPK), WA {WA_POJOK}. Operator
Studio Kamis Berbagi dan Laboratorium Komputer Tapis dirangkap oleh admin e-DERMAGA,
{ADMIN_LMS}.

## Statistik 2025

Sepanjang 2025 Pojok Lentera mencatat 212 kegiatan, 3.480 kunjungan, dan 41 sesi Kamis
Berbagi. Ruang yang paling sering dipakai adalah Ruang Kelas Nipah (96 kegiatan).
"""

NOTULEN_MD = f"""\
# Notulen Rapat Koordinasi Pengembangan Kompetensi Bapenda - Maret 2026

{FIKTIF}

- **Hari/tanggal:** Rabu, 4 Maret 2026
- **Waktu:** 09.00-11.40 WITA
- **Tempat:** Ruang Rapat Lontara, lantai 2 Gedung A Kantor Bapenda
- **Pimpinan rapat:** {SEKBAN} (Sekretaris, Ketua TPMK)
- **Notulis:** {NOTULIS}
- **Hadir:** {KASUBBAG} (Kasubbag Umum dan Kepegawaian), {KOORD_LENTERA} (Koordinator
  LENTERA), {KOORD_NAKHODA} (Koordinator NAKHODA), {KABID_PENDATAAN} (Kabid Pendataan dan
  Penetapan), {KABID_PENAGIHAN} (Kabid Pengendalian dan Penagihan), {KABID_PEMBUKUAN} (Kabid
  Pembukuan dan Pelaporan), {ADMIN_LMS} (admin e-DERMAGA), {PANITIA_SERT} (panitia
  sertifikasi), dan enam Kepala UPT Pendapatan (Kepala UPT Wilayah IV diwakili Kasubbag Tata
  Usaha UPT).

## 1. Gangguan e-DERMAGA dan pendaftaran sertifikasi/uji kompetensi

Admin e-DERMAGA melaporkan gangguan akibat migrasi server pada 2-3 Maret 2026 sehingga menu
Layanan Kepegawaian > Sertifikasi dan Uji Kompetensi tidak dapat diakses selama kurang lebih
30 jam. Sampai 3 Maret baru 11 pendaftar dari kuota 28 orang.

**Keputusan:**

1. Batas pendaftaran fasilitasi sertifikasi Juru Sita dan uji kompetensi JF tahun 2026
   **diperpanjang** dari 6 Maret 2026 menjadi **Jumat, 27 Maret 2026 pukul 15.00 WITA**.
2. Pengumuman hasil seleksi administrasi bergeser dari 30 Maret 2026 menjadi **8 April 2026**.
3. Batas ukuran berkas unggahan pendaftaran dinaikkan dari 4 MB menjadi **8 MB**, berlaku
   mulai 5 Maret 2026.
4. Jadwal uji Gelombang I (22-24 April 2026) dan Gelombang II (19-21 Agustus 2026) **tetap**.

## 2. Pembekalan peserta uji kompetensi

Aula Lantai 3 Kantor Bapenda akan direnovasi pada April-Mei 2026.

**Keputusan:** pembekalan peserta dipindahkan dari Kamis, 9 April 2026 di Aula Lantai 3
menjadi **Rabu, 15 April 2026 pukul 09.00-12.00 WITA di Aula UPT Pendapatan Wilayah III Bukit
Nipah**. Panitia menyediakan bus antar-jemput dari Kantor Bapenda pukul 08.15 WITA.

## 3. Rekap capaian JP 2025

Koordinator LENTERA memaparkan rekap JP 2025 per unit (file rekap JP xlsx). Rata-rata
capaian {{AVG_JP}} JP per ASN; unit dengan rata-rata terendah adalah {{LOW_UNIT}}.

**Keputusan:** unit dengan persentase pegawai mencapai target di bawah 50% menyampaikan
rencana pemenuhan JP kepada TPMK paling lambat **31 Maret 2026**.

## 4. Kamis Berbagi dan Klinik Penilaian Lapangan

- Kamis Berbagi 19 Maret 2026 ditiadakan karena cuti bersama; tidak ada sesi pengganti.
- Klinik Penilaian Lapangan periode I dimulai **13 April 2026** di UPT Wilayah I. Pendaftaran
  melalui e-DERMAGA dibuka 16 Maret 2026; setiap sesi paling banyak 8 peserta.

## 5. Pelatihan Pratugas Juru Sita (LTR-09)

Kabid Pengendalian dan Penagihan melaporkan Angkatan I (9-14 Februari 2026) diikuti 8 orang
dan seluruhnya lulus. Angkatan II ditetapkan **18-23 Mei 2026** di Wisma Diklat Pemerintah
Kota, juga untuk 8 orang. Surat panggilan dikirim paling lambat akhir April.

## Tindak lanjut

| No | Tindak lanjut | Penanggung jawab | Batas waktu |
|---|---|---|---|
| 1 | Pengumuman perpanjangan pendaftaran di e-DERMAGA dan grup WA | Admin e-DERMAGA | 5 Maret 2026 |
| 2 | Revisi FAQ pengembangan kompetensi | Koordinator LENTERA | 6 Maret 2026 |
| 3 | Surat pemberitahuan perubahan tempat pembekalan | Panitia sertifikasi | 10 April 2026 |
| 4 | Rencana pemenuhan JP unit di bawah 50% | Kepala unit terkait | 31 Maret 2026 |
| 5 | Surat panggilan LTR-09 Angkatan II | Kabid Pengendalian dan Penagihan | 30 April 2026 |

Rapat berikutnya: **Rabu, 6 Mei 2026 pukul 09.00 WITA** di Ruang Rapat Lontara.

Muara Seberang, 4 Maret 2026
Notulis, {NOTULIS}
Mengetahui, Sekretaris, {SEKBAN}
"""

HELPDESK_HTML = f"""\
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Pusat Bantuan e-DERMAGA - Bapenda Kota Muara Seberang</title>
<style>
body {{ font-family: sans-serif; margin: 2em; }}
table {{ border-collapse: collapse; }}
td, th {{ border: 1px solid #999; padding: 4px 8px; }}
dt {{ font-weight: bold; margin-top: 0.8em; }}
</style>
</head>
<body>
<nav>
<a href="/">Beranda</a> | <a href="/kelas">Kelas Saya</a> | <a href="/katalog">Katalog LENTERA</a> |
<a href="/kamis-berbagi">Kamis Berbagi</a> | <a href="/nakhoda">NAKHODA</a> | <a href="/klaim">Klaim JP</a> |
<a href="/reservasi">Reservasi Ruang</a> | <a href="/kepegawaian">Layanan Kepegawaian</a> |
<a href="/bantuan">Bantuan</a>
</nav>

<h1>Pusat Bantuan e-DERMAGA</h1>
<p><em>{FIKTIF}</em></p>
<p>e-DERMAGA (Daring Edukasi dan Ruang Manajemen Pembelajaran Aparatur) adalah platform
belajar dan pencatatan JP pegawai {BADAN}. Alamat: <a href="{LMS_URL}">{LMS_URL}</a>.</p>

<h2>Jam layanan helpdesk</h2>
<ul>
<li>Senin-Kamis: 07.30-16.00 WITA</li>
<li>Jumat: 07.30-11.30 WITA</li>
<li>Sabtu, Minggu, dan hari libur: tutup (tiket tetap dapat dikirim dan dijawab pada hari kerja berikutnya)</li>
</ul>
<p>Setiap tiket dijawab paling lama <strong>1 x 24 jam kerja</strong>. Nomor tiket berformat
DRM-2026-xxxxx. Hubungi helpdesk melalui WhatsApp <strong>{WA_HELPDESK}</strong> (khusus chat,
tidak melayani panggilan suara) atau surel helpdesk.edermaga@{DOMAIN}. Admin e-DERMAGA:
{ADMIN_LMS}. Helpdesk tatap muka tersedia di meja layanan Pojok Lentera, lantai 3 Gedung B.</p>

<h2>Menu e-DERMAGA</h2>
<table>
<tr><th>Menu</th><th>Kegunaan</th></tr>
<tr><td>Kelas Saya</td><td>Pelatihan klasikal dan kursus mandiri yang sedang diikuti</td></tr>
<tr><td>Katalog LENTERA</td><td>Daftar pelatihan LTR-01 sampai LTR-26, jadwal, dan pendaftaran</td></tr>
<tr><td>Kamis Berbagi</td><td>Siaran langsung, presensi, kuis, dan rekaman (tersedia 7 hari)</td></tr>
<tr><td>NAKHODA</td><td>Kontrak belajar, logbook, dan verifikasi mentor</td></tr>
<tr><td>Klaim JP</td><td>Pengajuan JP kegiatan di luar LENTERA (bukti PDF/JPG maks. 2 MB)</td></tr>
<tr><td>Reservasi Ruang</td><td>Pemesanan ruang Pojok Lentera (paling lambat 3 hari kerja sebelumnya)</td></tr>
<tr><td>Layanan Kepegawaian</td><td>RPKI, izin belajar, serta Sertifikasi dan Uji Kompetensi</td></tr>
</table>

<h2>Kode galat yang sering muncul</h2>
<table>
<tr><th>Kode</th><th>Arti</th><th>Yang perlu dilakukan</th></tr>
<tr><td>DRM-401</td><td>Sesi login kedaluwarsa (tidak aktif 30 menit)</td><td>Login ulang</td></tr>
<tr><td>DRM-413</td><td>Berkas terlalu besar</td><td>Kompres berkas; klaim JP maks. 2 MB, berkas pendaftaran sertifikasi maks. 8 MB sejak 5 Maret 2026</td></tr>
<tr><td>DRM-422</td><td>NIP atau nomor induk PPPK tidak dikenali</td><td>Kirim foto SK ke helpdesk untuk sinkronisasi data kepegawaian</td></tr>
<tr><td>DRM-429</td><td>Terlalu banyak percobaan login (5 kali gagal)</td><td>Tunggu 15 menit, lalu gunakan menu Lupa Kata Sandi</td></tr>
</table>

<h2>Pertanyaan yang sering diajukan</h2>
<dl>
<dt>Saya lupa kata sandi.</dt>
<dd>Klik <em>Lupa Kata Sandi</em> di halaman login, masukkan NIP atau nomor induk PPPK, lalu buka
tautan yang dikirim ke surel terdaftar. Tautan berlaku 30 menit.</dd>
<dt>Saya PPPK paruh waktu, kenapa belum bisa login sebelum Februari?</dt>
<dd>Akun PPPK paruh waktu baru diaktifkan serentak pada 9 Februari 2026. Jika masih gagal, kirim
nomor induk PPPK ke helpdesk.</dd>
<dt>Apakah tenaga pendukung non-ASN punya akun?</dt>
<dd>Ya, berupa akun tamu. Akun tamu hanya dapat membuka LTR-20, LTR-22, dan kursus umum, dan
tidak mencatat JP. Akun tamu dimintakan oleh atasan langsung melalui surel helpdesk.</dd>
<dt>Berapa lama klaim JP saya diverifikasi?</dt>
<dd>Paling lama 5 hari kerja oleh verifikator unit Anda. Helpdesk tidak dapat menyetujui klaim;
helpdesk hanya membantu kendala teknis.</dd>
<dt>Peramban apa yang didukung?</dt>
<dd>Chrome, Edge, atau Firefox versi terbaru. Aplikasi seluler e-DERMAGA tersedia untuk
Android 10 ke atas; versi iOS belum tersedia.</dd>
<dt>Sertifikat pelatihan saya belum muncul.</dt>
<dd>Sertifikat elektronik terbit paling lambat 7 hari kerja setelah pelatihan selesai, di menu
Kelas Saya &gt; Riwayat. Bila lewat dari itu, buat tiket dengan melampirkan kode pelatihan.</dd>
</dl>

<footer>
<p>Terakhir diperbarui 5 Maret 2026 &middot; Subbagian Umum dan Kepegawaian, {BADAN} &middot;
Telepon kantor {TELP}</p>
</footer>
</body>
</html>
"""

# =========================================================================== XLSX workbook
XLSX_NAME = "rekap-jp-dan-jadwal-lentera-2026.xlsx"
# unit, PNS, PPPK, PPPK paruh waktu, tenaga pendukung non-ASN, target JP total 2025,
# realisasi JP total 2025, pegawai mencapai target
REKAP_UNIT = [
    ("Sekretariat", 14, 4, 3, 9, 318, 371, 13),
    ("Bidang Pendataan dan Penetapan", 16, 3, 0, 6, 412, 468, 14),
    ("Bidang Pelayanan dan Penyuluhan", 10, 2, 2, 3, 208, 231, 8),
    ("Bidang Pengendalian dan Penagihan", 15, 2, 0, 4, 368, 349, 9),
    ("Bidang Pembukuan dan Pelaporan", 11, 2, 1, 1, 252, 305, 11),
    ("UPT Pendapatan Wilayah I Seberang Kota", 12, 3, 2, 5, 264, 297, 10),
    ("UPT Pendapatan Wilayah II Pasar Lama", 13, 2, 3, 6, 276, 240, 6),
    ("UPT Pendapatan Wilayah III Bukit Nipah", 10, 2, 2, 4, 220, 262, 9),
    ("UPT Pendapatan Wilayah IV Teluk Bayan", 9, 2, 1, 3, 196, 181, 5),
    ("UPT Pendapatan Wilayah V Sungai Lais", 8, 3, 2, 4, 188, 166, 4),
    ("UPT Pendapatan Wilayah VI Padang Lamun", 7, 2, 2, 3, 164, 178, 6),
]


def rekap_unit_rows():
    rows = []
    for unit, pns, pppk, pw, non, target, real, ok in REKAP_UNIT:
        n = pns + pppk
        rows.append((unit, pns, pppk, pw, non, n, target, real, round(real / n, 1), ok,
                     round(ok / n * 100, 1)))
    return rows


_RU = rekap_unit_rows()
TOT_ASN = sum(r[5] for r in _RU)
TOT_REAL = sum(r[7] for r in _RU)
AVG_JP = round(TOT_REAL / TOT_ASN, 1)
TOP_UNIT = max(_RU, key=lambda r: r[8])
LOW_UNIT = min(_RU, key=lambda r: r[8])
LOW_PCT = [r[0] for r in _RU if r[10] < 50]

# month, code, angkatan, tanggal, jam, tempat, penanggung jawab, catatan
JADWAL_LENTERA = [
    ("FEBRUARI 2026", [
        ("LTR-09", "I", "9-14 Februari 2026", "07.30-16.30", "Wisma Diklat Pemerintah Kota",
         KABID_PENAGIHAN, "Berasrama; 8 peserta"),
    ]),
    ("MARET 2026", [
        ("LTR-01", "I", "9-13 Maret 2026", "08.00-16.00", "Ruang Kelas Nipah, Pojok Lentera",
         KOORD_NAKHODA, "Tahap awal NAKHODA Angkatan II"),
        ("LTR-02", "I", "10-11 Maret 2026", "08.30-15.30", "Daring melalui e-DERMAGA",
         KOORD_LENTERA, ""),
        ("LTR-22", "I", "Rabu, 25 Maret 2026", "08.00-13.00", "Daring melalui e-DERMAGA",
         KASUBBAG, "Tenaga pendukung boleh ikut dengan akun tamu"),
    ]),
    ("APRIL 2026", [
        ("LTR-04", "I", "6-9 April 2026", "08.00-16.00", "Ruang Kelas Bakau, Pojok Lentera",
         KABID_PENDATAAN, "Prasyarat LTR-05"),
        ("LTR-08", "I", "14-15 April 2026", "08.30-14.30", "Daring melalui e-DERMAGA",
         KABID_PENAGIHAN, ""),
        ("LTR-19", "I", "20-21 April 2026", "08.00-15.30", "Aula UPT Pendapatan Wilayah II Pasar Lama",
         KABID_PELAYANAN, "Angkatan II pada bulan September"),
        ("LTR-20", "I", "Kamis, 23 April 2026", "08.00-15.00", "Daring melalui e-DERMAGA",
         ADMIN_LMS, ""),
        ("LTR-13", "I", "28-29 April 2026", "08.30-14.30", "Daring melalui e-DERMAGA",
         KABID_PEMBUKUAN, ""),
    ]),
    ("MEI 2026", [
        ("LTR-06", "I", "4-6 Mei 2026", "08.00-16.00", "Ruang Kelas Nipah, Pojok Lentera",
         KABID_PENAGIHAN, ""),
        ("LTR-11", "I", "11-12 Mei 2026", "08.00-16.00",
         "11 Mei daring; 12 Mei Ruang Kelas Nipah", KABID_PENDATAAN, "Kombinasi"),
        ("LTR-09", "II", "18-23 Mei 2026", "07.30-16.30", "Wisma Diklat Pemerintah Kota",
         KABID_PENAGIHAN, "Berasrama; surat panggilan terpisah"),
        ("LTR-21", "I", "26-27 Mei 2026", "08.00-16.00", "Laboratorium Komputer Tapis",
         KOORD_LENTERA, "Peserta membawa data latihan dari unit"),
    ]),
    ("JUNI 2026", [
        ("LTR-25", "I", "2-3 Juni 2026", "08.00-15.00", "Halaman UPT Pendapatan Wilayah IV Teluk Bayan",
         KABID_PENAGIHAN, "Praktik lapang; pakaian lapangan"),
        ("LTR-03", "I", "8-10 Juni 2026", "08.00-16.00",
         "Ruang Kelas Nipah dan lapangan Kelurahan Nipah Indah", KABID_PENDATAAN, ""),
        ("LTR-18", "I", "16-17 Juni 2026", "08.30-16.00", "Ruang Kelas Bakau, Pojok Lentera",
         KOORD_NAKHODA, "Wajib bagi mentor Angkatan I yang belum ikut"),
        ("LTR-12", "I", "23-24 Juni 2026", "08.00-16.00", "Ruang Kelas Nipah, Pojok Lentera",
         KABID_PENDATAAN, ""),
    ]),
]


def write_xlsx(path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "Rekap JP 2025 dan Jadwal LENTERA Semester I 2026",
                       "author": "Subbagian Umum dan Kepegawaian Bapenda",
                       "comments": FIKTIF,
                       "created": FIXED_DATE.replace(tzinfo=None)})
    title = wb.add_format({"bold": True, "font_size": 13, "align": "center"})
    hdr = wb.add_format({"bold": True, "border": 1, "bg_color": "#DDEBF7", "align": "center",
                         "valign": "vcenter", "text_wrap": True})
    cell = wb.add_format({"border": 1, "valign": "top", "text_wrap": True})
    num = wb.add_format({"border": 1, "num_format": "#,##0"})
    one = wb.add_format({"border": 1, "num_format": "0.0"})
    tot = wb.add_format({"border": 1, "bold": True, "num_format": "#,##0"})
    tot1 = wb.add_format({"border": 1, "bold": True, "num_format": "0.0"})
    month = wb.add_format({"bold": True, "border": 1, "bg_color": "#FCE4D6"})

    ws = wb.add_worksheet("Rekap JP Unit 2025")
    ws.merge_range("A1:L1", "REKAPITULASI CAPAIAN JP PEGAWAI ASN TAHUN 2025 PER UNIT KERJA", title)
    ws.merge_range("A2:L2", "Badan Pendapatan Daerah Kota Muara Seberang - sumber data e-DERMAGA "
                   "per 31 Januari 2026. " + FIKTIF)
    heads = ["No", "Unit Kerja", "PNS", "PPPK", "PPPK Paruh Waktu (tanpa target 2025)",
             "Tenaga Pendukung Non-ASN (tidak dihitung)", "Jumlah ASN Dihitung (PNS + PPPK)",
             "Total Target JP", "Total Realisasi JP", "Rata-rata JP per ASN",
             "ASN Mencapai Target (orang)", "Persen ASN Mencapai Target"]
    ws.merge_range("C4:G4", "Jumlah Pegawai", hdr)
    for col, h in enumerate(heads):
        if 2 <= col <= 6:
            ws.write(4, col, h, hdr)
        else:
            ws.merge_range(3, col, 4, col, h, hdr)
    r0 = 5
    for i, r in enumerate(_RU):
        row = r0 + i
        ws.write(row, 0, i + 1, cell)
        ws.write(row, 1, r[0], cell)
        for col, v in zip(range(2, 8), r[1:7], strict=True):
            ws.write(row, col, v, num)
        ws.write(row, 8, r[7], num)
        ws.write(row, 9, r[8], one)
        ws.write(row, 10, r[9], num)
        ws.write(row, 11, r[10], one)
    last = r0 + len(_RU)
    ws.write(last, 1, "Jumlah / rata-rata Bapenda", tot)
    for col in range(2, 9):
        letter = "CDEFGHI"[col - 2]
        value = sum(r[col - 1] for r in _RU)
        ws.write_formula(last, col, f"=SUM({letter}{r0 + 1}:{letter}{last})", tot, value)
    ws.write_formula(last, 9, f"=ROUND(I{last + 1}/G{last + 1},1)", tot1, AVG_JP)
    tot_ok = sum(r[9] for r in _RU)
    ws.write_formula(last, 10, f"=SUM(K{r0 + 1}:K{last})", tot, tot_ok)
    ws.write_formula(last, 11, f"=ROUND(K{last + 1}/G{last + 1}*100,1)", tot1,
                     round(tot_ok / TOT_ASN * 100, 1))
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 42)
    ws.set_column(2, 11, 14)
    ws.set_row(4, 60)

    ws2 = wb.add_worksheet("Jadwal LENTERA Smt I 2026")
    ws2.merge_range("A1:J1", "JADWAL PELATIHAN KLASIKAL LENTERA SEMESTER I TAHUN 2026", title)
    ws2.merge_range("A2:J2", "Jam dalam WITA. Perubahan jadwal diumumkan melalui e-DERMAGA. "
                    + FIKTIF)
    heads2 = ["No", "Kode", "Nama Pelatihan", "Angkatan", "Tanggal", "Jam (WITA)", "Tempat",
              "Metode", "Penanggung Jawab", "Catatan"]
    for col, h in enumerate(heads2):
        ws2.write(3, col, h, hdr)
    row, no = 4, 0
    for mon, items in JADWAL_LENTERA:
        ws2.merge_range(row, 0, row, 9, mon, month)
        row += 1
        for code, ang, tgl, jam, tempat, pj, cat in items:
            no += 1
            k = KAT[code]
            vals = [no, code, k[1], ang, tgl, jam, tempat, k[3], pj, cat]
            for col, v in enumerate(vals):
                ws2.write(row, col, v, cell)
            row += 1
    ws2.set_column(0, 0, 5)
    ws2.set_column(1, 1, 9)
    ws2.set_column(2, 2, 46)
    ws2.set_column(3, 5, 14)
    ws2.set_column(6, 6, 34)
    ws2.set_column(7, 9, 26)

    ws3 = wb.add_worksheet("Catatan")
    notes = [
        "Catatan penyusunan rekap dan jadwal",
        FIKTIF,
        "1. Rekap JP 2025 hanya menghitung PNS dan PPPK penuh waktu. PPPK paruh waktu belum "
        "memiliki target JP pada tahun 2025 sehingga tidak dihitung.",
        "2. Tenaga pendukung non-ASN dicantumkan hanya sebagai informasi jumlah personel; mereka "
        "bukan ASN, tidak memiliki target JP, dan tidak memperoleh pengakuan JP.",
        "3. Rata-rata JP per ASN = total realisasi JP dibagi jumlah ASN dihitung.",
        "4. Target JP tahun 2026 mengikuti Tabel 1 Peraturan Kepala Badan Nomor 3 Tahun 2026.",
        "5. Jadwal semester II (Juli-November 2026) akan diterbitkan paling lambat 15 Juni 2026.",
        "Disusun oleh Subbagian Umum dan Kepegawaian, 20 Februari 2026. Kontak: "
        + KOORD_LENTERA + " (Koordinator LENTERA).",
    ]
    for i, t in enumerate(notes):
        ws3.write(i, 0, t)
    ws3.set_column(0, 0, 120)
    wb.close()


# =========================================================================== CSV files
REKAP_HEADER = ["no", "nama", "nip", "jabatan", "unit_kerja", "target_jp_2025", "jp_klasikal",
                "jp_nonklasikal", "total_jp", "persen_capaian", "keterangan"]
_UPT = {i + 1: u[0] for i, u in enumerate(UPT)}
_REKAP = [
    (KOORD_KLINIK, "19750411 200112 2 004", "Penilai Pajak Daerah Ahli Madya",
     "Bidang Pendataan dan Penetapan", 24, 20, 16),
    (KOORD_NAKHODA, "19780903 200312 1 008", "Penilai Pajak Daerah Ahli Madya",
     "Bidang Pendataan dan Penetapan", 24, 24, 12.5),
    ("Marlina Tahir, S.Sos.", "19820517 200902 2 006", "Penilai Pajak Daerah Ahli Muda",
     _UPT[5], 24, 12, 9),
    ("Abdul Gafur Lasawedi, A.Md.", "19800122 200604 1 013", "Penilai Pajak Daerah Penyelia",
     _UPT[1], 20, 16, 8.5),
    ("Rosmini Daeng Taco, A.Md.", "19860709 201001 2 011", "Penilai Pajak Daerah Mahir",
     _UPT[2], 20, 8, 7),
    ("Akbar Syahputra Ramli, S.E.", "19900214 201503 1 002", "Penilai Pajak Daerah Ahli Pertama",
     _UPT[3], 24, 16, 10),
    ("Nirwana Paturusi, S.T.", "19880330 201402 2 005", "Penilai Pajak Daerah Ahli Pertama",
     _UPT[4], 24, 8, 6.5),
    ("Muh. Ridwan Sanusi, A.Md.", "19950811 202321 1 009", "Penilai Pajak Daerah Terampil (PPPK)",
     _UPT[6], 20, 8, 5.5),
    ("Syamsul Bahri Lawelai, S.E.", "19811126 200701 1 010", "Pemeriksa Pajak Daerah Ahli Muda",
     "Bidang Pengendalian dan Penagihan", 24, 20, 14),
    ("Yunus Daeng Matutu, S.E., M.M.", "19760818 200212 1 007",
     "Pemeriksa Pajak Daerah Ahli Madya", "Bidang Pengendalian dan Penagihan", 24, 28, 10),
    ("Sri Wahyuningsih Basri, S.Ak.", "19910605 201903 2 012",
     "Pemeriksa Pajak Daerah Ahli Pertama", _UPT[2], 24, 12, 13),
    ("Haeruddin Latif, A.Md.", "19850215 200902 1 004", "Pemeriksa Pajak Daerah Mahir",
     _UPT[6], 20, 4, 9.5),
    ("Andi Rahmat Salam, S.E.", "19870421 201101 1 009", "Pemeriksa Pajak Daerah Ahli Pertama",
     _UPT[5], 24, 16, 6),
    ("Nurul Fitri Hasanuddin, S.E.", "19930402 202321 2 004",
     "Pemeriksa Pajak Daerah Ahli Pertama (PPPK)", _UPT[1], 24, 12, 12),
    ("Ratnasari Kadir, S.E., M.Ak.", "19830928 200801 2 015",
     "Analis Keuangan Pusat dan Daerah Ahli Muda", "Bidang Pembukuan dan Pelaporan", 20, 18, 8),
    (KOORD_LENTERA, "19840312 200903 2 008", "Analis Keuangan Pusat dan Daerah Ahli Muda",
     "Subbagian Perencanaan dan Keuangan", 20, 22, 15),
    ("Muhammad Yusuf Amir, S.E.", "19920710 202012 1 003",
     "Analis Keuangan Pusat dan Daerah Ahli Pertama", "Bidang Pembukuan dan Pelaporan", 20, 8, 6),
    (KETUA_PANITIA_JS, "19890117 201402 1 006", "Penelaah Teknis Kebijakan (Juru Sita)",
     "Bidang Pengendalian dan Penagihan", 20, 16, 6),
    ("Ismail Tjoddo", "19870805 201001 1 014", "Pengadministrasi Perkantoran (Juru Sita)",
     _UPT[2], 20, 8, 4),
    ("Sudirman Pallawa, S.H.", "19830420 200801 1 012", "Penelaah Teknis Kebijakan (Juru Sita)",
     _UPT[3], 20, 12, 10.5),
    ("Hasna Tenriola, A.Md.", "19900926 201503 2 007", "Pengolah Data dan Informasi (Juru Sita)",
     _UPT[4], 20, 20, 5),
    ("Kamaruddin Sijaya", "19780610 200604 1 016", "Pengadministrasi Perkantoran (Juru Sita)",
     _UPT[5], 20, 4, 7),
]


def rekap_rows():
    rows = []
    for i, (nama, nip, jab, unit, target, kl, nk) in enumerate(_REKAP, 1):
        total = round(kl + nk, 1)
        pct = total / target * 100
        ket = "Tercapai" if total >= target else "Belum tercapai"
        rows.append([str(i), nama, nip, jab, unit, str(target), dec(kl), dec(nk), dec(total),
                     dec(pct), ket])
    n = len(_REKAP)
    rows.append(["", "Rata-rata", "", "", "", "", dec(sum(r[5] for r in _REKAP) / n),
                 dec(sum(r[6] for r in _REKAP) / n), dec(sum(r[5] + r[6] for r in _REKAP) / n),
                 "", ""])
    return rows


KUOTA_HEADER = ["kode", "nama_pelatihan", "jumlah_angkatan_2026", "sekretariat_dan_bidang",
                "upt_wilayah_i", "upt_wilayah_ii", "upt_wilayah_iii", "upt_wilayah_iv",
                "upt_wilayah_v", "upt_wilayah_vi", "jumlah"]
_KUOTA = {
    "LTR-01": (1, [7, 3, 3, 3, 3, 3, 3]),
    "LTR-02": (2, [24, 6, 6, 6, 6, 6, 6]),
    "LTR-03": (1, [6, 4, 5, 5, 4, 3, 3]),
    "LTR-04": (1, [8, 2, 2, 3, 2, 2, 1]),
    "LTR-05": (1, [7, 2, 1, 2, 1, 1, 1]),
    "LTR-06": (1, [8, 2, 3, 2, 2, 2, 1]),
    "LTR-08": (2, [12, 5, 5, 5, 5, 4, 4]),
    "LTR-09": (2, [4, 2, 3, 2, 2, 2, 1]),
    "LTR-11": (1, [10, 4, 4, 4, 3, 3, 2]),
    "LTR-19": (2, [8, 7, 9, 7, 7, 6, 6]),
    "LTR-20": (2, [6, 9, 12, 9, 9, 8, 7]),
    "LTR-21": (1, [7, 3, 2, 2, 2, 2, 2]),
    "LTR-24": (1, [7, 3, 4, 3, 3, 3, 2]),
    "LTR-25": (1, [8, 4, 5, 4, 3, 3, 3]),
}
for _code, (_a, _q) in _KUOTA.items():
    assert sum(_q) == int(KAT[_code][5]), _code


def kuota_rows():
    rows = []
    for code, (ang, q) in _KUOTA.items():
        rows.append([code, KAT[code][1], str(ang)] + [str(x) for x in q] + [str(sum(q))])
    tot = [sum(q[i] for _a, q in _KUOTA.values()) for i in range(7)]
    rows.append(["Jumlah", "", str(sum(a for a, _q in _KUOTA.values()))]
                + [str(x) for x in tot] + [str(sum(tot))])
    return rows


BIAYA_HEADER = ["komponen", "satuan", "asn_bapenda", "pppk_paruh_waktu_bapenda",
                "asn_instansi_lain", "tenaga_pendukung_non_asn", "keterangan"]
BIAYA = [
    ["Kontribusi pelatihan klasikal nonasrama", "per peserta per hari", "0", "0", "350.000",
     "0", "Tenaga pendukung hanya untuk LTR-19, LTR-20, dan LTR-22"],
    ["Kontribusi pelatihan berasrama (LTR-09, LTR-16, LTR-17)", "per peserta per hari", "0",
     "tidak dapat mengikuti", "650.000", "tidak dapat mengikuti",
     "Termasuk akomodasi dan makan tiga kali sehari"],
    ["Uang transport lokal", "per orang per hari pelatihan", "100.000", "75.000", "0", "50.000",
     "Hanya bagi yang berkedudukan di UPT Wilayah V dan Wilayah VI"],
    ["Uang makan siang pelatihan sehari penuh", "per orang per hari", "45.000", "45.000",
     "termasuk dalam kontribusi", "45.000", ""],
    ["Kudapan Kamis Berbagi luring", "per orang per sesi", "20.000", "20.000", "20.000",
     "20.000", "Ditiadakan pada bulan Ramadan"],
    ["Modul cetak", "per modul", "0", "0", "85.000", "0", "Modul digital di e-DERMAGA tanpa biaya"],
    ["Kursus mandiri e-DERMAGA", "per kursus", "0", "0", "150.000", "0",
     "Tenaga pendukung melalui akun tamu"],
    ["Uji ulang (remedial) pelatihan klasikal", "per kali", "0", "0", "100.000",
     "tidak ada uji ulang", "Paling lambat 14 hari setelah pelatihan"],
    ["Penggantian sertifikat cetak yang hilang", "per lembar", "25.000", "25.000", "50.000",
     "25.000", "Sertifikat elektronik dapat diunduh ulang tanpa biaya"],
    ["Sewa Laboratorium Komputer Tapis", "per hari", "0", "0", "500.000", "tidak disewakan",
     "Termasuk operator; paling lama 8 jam"],
]

KLINIK_HEADER = ["kode_sesi", "upt", "lokasi_objek", "jenis_objek", "pemandu", "tanggal",
                 "jam_wita", "kuota_peserta", "catatan"]
KLINIK = [
    ["KPL-26-01", _UPT[1], "Kawasan Pelabuhan Baru, Kelurahan Pelabuhan Baru",
     "Gudang dan ruko", "Abdul Gafur Lasawedi, A.Md.", "Senin, 13 April 2026", "08.00-11.30",
     "8", "Titik kumpul di kantor UPT Wilayah I;\nbawa meteran laser dan rompi"],
    ["KPL-26-02", _UPT[3], "Perumahan Nipah Indah Permai, Blok A sampai Blok D",
     "Rumah tinggal", KOORD_KLINIK, "Kamis, 16 April 2026", "08.00-11.30", "8",
     "Perumahan baru, belum ada ZNT"],
    ["KPL-26-03", _UPT[2], "Kompleks Pertokoan Pasar Lama Blok A, B, dan C",
     "Ruko dan kios pasar", KOORD_NAKHODA, "Selasa, 21 April 2026", "13.30-17.00", "6",
     "Sesi siang karena pagi pasar padat;\nparkir di halaman UPT Wilayah II"],
    ["KPL-26-04", _UPT[4], "Kawasan wisata pantai Bayan Barat", "Hotel melati dan restoran",
     "Baso Amir Tahang, S.T., M.Si.", "Rabu, 29 April 2026", "08.00-11.30", "8",
     "Gabungan dengan pemeriksa PBJT;\npeserta Pemeriksa boleh ikut sebagai pengamat"],
    ["KPL-26-05", _UPT[5], "Lahan pertanian dan kebun, Kelurahan Lais Hulu",
     "Tanah kosong dan kebun", "Marlina Tahir, S.Sos.", "Kamis, 7 Mei 2026", "07.30-11.00",
     "8", "Medan berlumpur, wajib sepatu bot"],
    ["KPL-26-06", _UPT[6], "Kawasan industri kecil Padang Lamun Timur",
     "Bangunan industri", "Baso Amir Tahang, S.T., M.Si.", "Selasa, 12 Mei 2026",
     "08.00-11.30", "8", "Koordinasi dengan pengelola kawasan, Bapak Haris, 0813-4455-7012"],
    ["KPL-26-07", _UPT[1], "Kawasan perkantoran Jalan Pattimura", "Gedung kantor bertingkat",
     "Abdul Gafur Lasawedi, A.Md.", "Rabu, 20 Mei 2026", "08.00-11.30", "6",
     "Sesi lanjutan untuk peserta yang sudah ikut KPL-26-01"],
    ["KPL-26-08", _UPT[3], "Kelurahan Lembah Damar", "Rumah tinggal dan sarang burung walet",
     KOORD_KLINIK, "Kamis, 28 Mei 2026", "08.00-12.00", "8",
     "Objek sarang walet: penilaian bangunan saja,\nbukan nilai usahanya"],
    ["KPL-26-09", _UPT[4], "Permukiman pesisir Teluk Bayan", "Rumah panggung",
     "Marlina Tahir, S.Sos.", "Selasa, 9 Juni 2026", "07.30-11.00", "8",
     "Perhatikan jadwal pasang surut;\nsesi dapat diundur 1 jam"],
    ["KPL-26-10", _UPT[2], "Pusat perbelanjaan Pasar Lama Square", "Pusat perbelanjaan",
     KOORD_NAKHODA, "Kamis, 18 Juni 2026", "13.30-17.00", "6",
     "Khusus Penilai Ahli; penutup periode I"],
]

CSVS = {
    "rekap-jp-pejabat-fungsional-2025.csv": (REKAP_HEADER, rekap_rows, ";"),
    "kuota-lentera-per-unit-2026.csv": (KUOTA_HEADER, kuota_rows, ","),
    "standar-biaya-peserta-lentera-2026.csv": (BIAYA_HEADER, lambda: BIAYA, ","),
    "jadwal-klinik-penilaian-lapangan-2026.csv": (KLINIK_HEADER, lambda: KLINIK, ","),
}


def _fill(s):
    return (s.replace("{AVG_JP}", dec(AVG_JP)).replace("{TOP_UNIT}", TOP_UNIT[0])
            .replace("{LOW_UNIT}", LOW_UNIT[0]))


PLAIN = {
    "se-sertifikasi-uji-kompetensi-2024.txt": SE2024_TXT,
    "broadcast-wa-kamis-berbagi-2026.txt": _fill(WA_TXT),
    "faq-pengembangan-kompetensi-bapenda.txt": FAQ_TXT,
    "panggilan-pratugas-juru-sita-angkatan-ii-2026.txt": PANGGILAN_TXT,
    "panduan-pendampingan-nakhoda.md": PANDUAN_NAKHODA_MD,
    "profil-pojok-lentera.md": PROFIL_POJOK_MD,
    "notulen-rakor-pengembangan-kompetensi-maret-2026.md": _fill(NOTULEN_MD),
    "helpdesk-e-dermaga.html": HELPDESK_HTML,
}


# =========================================================================== rendering
def make_pdf(blocks, path, title):
    """The PDF renderer of make_agency_g, plus group rows: a table row with a single cell
    spans the whole width (bold, shaded)."""
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
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    w = pdf.epw
    group = FontFace(emphasis="BOLD", fill_color=(242, 242, 242))
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
            ncol = len(val["header"])
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
                    if len(r) == 1:
                        row.cell(r[0], colspan=ncol, style=group)
                        continue
                    for c in r:
                        row.cell(c)
            pdf.ln(4)
        elif kind == "pagebreak":
            pdf.add_page()
    pdf.output(path)
    return pdf.page_no()


def write_documents(out, docs, plain):
    os.makedirs(out, exist_ok=True)
    for name, (fmt, blocks, title) in docs.items():
        path = os.path.join(out, f"{name}.{fmt}")
        if fmt == "pdf":
            to_text(blocks).encode("latin-1")  # core PDF fonts are latin-1 only
            print(f"wrote {path} ({make_pdf(blocks, path, title)} pages)")
        else:
            make_docx(blocks, path, title)
            print(f"wrote {path}")
    for fname, content in plain.items():
        path = os.path.join(out, fname)
        with open(path, "w", encoding="utf-8") as f:
            f.write(content)
        print(f"wrote {path}")


# =========================================================================== main and check
def text_of(name):
    return to_text(DOCS[name][1])


def load_documents():
    return shared_load_documents(DOCS, OUT)


def main(argv):
    if "--check" in argv:
        ok = check_question_set(os.path.join(HERE, "questions_agency_l.yaml"), DOCS, OUT, "l")
        sys.exit(0 if ok else 1)
    if "--text" in argv:
        print_texts(DOCS, [a for a in argv if a != "--text"])
        return
    write_documents(OUT, DOCS, PLAIN)
    for fname, (header, rows, delim) in CSVS.items():
        write_csv(os.path.join(OUT, fname), header, rows(), delimiter=delim)
        print(f"wrote {fname}")
    write_xlsx(os.path.join(OUT, XLSX_NAME))
    print(f"wrote {XLSX_NAME}")


if __name__ == "__main__":
    main(sys.argv[1:])
