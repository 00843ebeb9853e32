#!/usr/bin/env python3
"""Generate the documents of the fictional "agency N" evaluation set.

Agency N: Badan Pendapatan Daerah (Bapenda) Kota Teluk Sembilang, the (fictional) local revenue
agency of a city in the (fictional) Provinsi Tanjung Nusa Raya (WITA): JF Penilai Pajak Daerah
(PBB-P2 valuation), JF Analis Keuangan Pusat dan Daerah, JF Pranata Komputer, juru sita and
tax collectors, front-office staff of four UPT Pelayanan Pajak Daerah and of the Bapenda desk in
the Kantor Bersama Samsat, PPPK (full and part time) and non-ASN outsourced staff (no JP). In-house
academy "Akademi PADU" (catalogue BPD-01..BPD-24) on the LMS e-PADU, mentoring programme TUNAS,
laporan refleksi/implementasi (RF-1, LI-1, LI-2), valuer and juru sita certification (Perkaban
11/2024 revoked by Perkaban 7/2026), community of practice KOPI PAJAK. Everything is fictional
("Dokumen fiktif, untuk evaluasi.").

Writes every document into benchmarks/eval/agency_n/:
  perkaban-pengembangan-kompetensi-2026.pdf   Perkaban No. 2/2026 (long, BAB/Bagian/Pasal)
  perkaban-sertifikasi-penilai-juru-sita-2026.pdf  Perkaban No. 7/2026 (revokes 11/2024)
  perkaban-sertifikasi-penilai-2024.txt       Perkaban No. 11/2024 (old, revoked)
  sk-mentor-tunas-angkatan-ii-2026.docx       Keputusan: mentors / mentees TUNAS Angkatan II
  rab-akademi-padu-2026.docx                  Akademi PADU budget (merged header, total row)
  rekap-jp-bapenda-2025.xlsx                  workbook: JP per unit 2025, valuers, notes
  rekap-jp-semester-i-2026.csv                ';'-delimited, decimal commas
  kuota-pelatihan-per-kantor-2026.csv         quota per training, one column per office
  jadwal-kopi-pajak-2026.csv                  community of practice (quoted commas/newlines)
  katalog-modul-e-padu-2026.csv               e-learning modules EL-01..EL-12
  helpdesk-e-padu.html                        helpdesk page of the e-PADU LMS
  panduan-program-tunas.md                    Markdown with front matter (id: panduan-tunas-2026)
  pedoman-laporan-implementasi.md             Markdown without front matter
  notulen-rapat-tim-pengembangan-kompetensi-mei-2026.md   minutes (dates and venues moved)
  broadcast-wa-pelayanan-prima-angkatan-ii-2026.txt       WhatsApp-style broadcast
  faq-pengembangan-kompetensi-bapenda.txt     FAQ
  panggilan-diklat-juru-sita-angkatan-iii-2026.txt        call letter, day-by-day schedule

Usage:
  python make_agency_n.py              # write all documents
  python make_agency_n.py --text       # plain text of the PDF/DOCX documents
  python make_agency_n.py --text NAME  # only the binary document whose file stem is NAME
  python make_agency_n.py --check      # check questions_agency_n.yaml against the documents
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
    make_pdf,
    print_texts,
    to_text,
)

OUT = os.path.join(HERE, "agency_n")
FIKTIF = "Dokumen fiktif, untuk evaluasi."
FIXED_DATE = datetime.datetime(2026, 5, 15, 9, 0, tzinfo=datetime.UTC)

# --------------------------------------------------------------------------- the agency
KABAN = "Drs. H. Andi Syamsul Bachri, M.Si."
KABAN_NIP = "19700812 199503 1 004"
SEKBAN = "Hj. Nurhaliza Pattiasina, S.E., M.Si."
KASUBAG_UK = "Ahmad Fadillah Rauf, S.Sos., M.A.P."
ANALIS_SDM = "Sitti Marwah Lamusu, S.Psi."
KABID_REN = "Irwan Setiawan Pakaya, S.E., M.Si."
KABID_PP = "Ir. Yohanis Sampe Tangdilintin, M.T."
KOORD_NILAI = "Rahmawati Djafar, S.T., M.Ec.Dev."
KABID_PTP = "Yanti Kusumawardani Ohorella, S.E., M.Ak."
KOORD_JS = "Hendrik Wowor, S.H."
KABID_SISDAT = "Dimas Arya Wicaksono, S.Kom., M.T."
PRAKOM = "Novita Sari Mokodompit, S.Kom."
KOORD_TUNAS = "Fransiska Dewi Rante, S.E., M.Ak."
KA_UPT1 = "Syahrul Gunawan Hamid, S.E."
KA_UPT2 = "Marlina Tuasikal, S.Sos."
KOORD_GERAI = "Andi Nurfadillah, S.E."

WA_AKADEMI = "0821-8870-3142"
WA_HELPDESK = "0811-4455-0920"
WA_NILAI = "0813-4287-6610"
WA_JS = "0852-9911-4025"
WA_TUNAS = "0821-9034-5518"
WA_UPT2 = "0852-4077-1863"

# Akademi PADU catalogue: code, name, target group, JP, method, schedule 2026, quota, PJ key
KATALOG = [
    (
        "BPD-01",
        "Orientasi Tugas Pegawai Baru Bapenda",
        "CPNS, PPPK, dan pegawai mutasi masuk",
        "16",
        "tatap muka",
        "Angk. I 10-11 Feb; Angk. II 13-14 Okt",
        "30",
        "SEK",
    ),
    (
        "BPD-02",
        "Dasar-Dasar Pajak Daerah dan Retribusi Daerah (UU HKPD)",
        "seluruh pegawai teknis, termasuk PPPK",
        "12",
        "blended: 4 JP e-learning (EL-02) + 8 JP tatap muka",
        "3-4 Mar; 8-9 Sep",
        "40",
        "REN",
    ),
    (
        "BPD-03",
        "Pendataan Objek dan Subjek Pajak Daerah",
        "petugas pendataan Bidang Pendataan dan Penilaian dan UPT PPD",
        "16",
        "tatap muka + praktik lapangan",
        "17-18 Mar; 15-16 Sep",
        "25",
        "PDN",
    ),
    (
        "BPD-04",
        "Penilaian Properti PBB-P2 Tingkat Dasar",
        "calon penilai dan JF Penilai Pajak Daerah Ahli Pertama",
        "40",
        "tatap muka + praktik lapangan",
        "20-24 Apr",
        "20",
        "PNL",
    ),
    (
        "BPD-05",
        "Penilaian Properti PBB-P2 Tingkat Lanjutan (Objek Khusus)",
        "penilai bersertifikat Tingkat Dasar",
        "32",
        "tatap muka + studi kasus",
        "5-8 Okt",
        "15",
        "PNL",
    ),
    (
        "BPD-06",
        "Penilaian Massal Berbasis CAMA dan Zona Nilai Tanah",
        "JF Penilai Pajak Daerah, Pranata Komputer pengelola peta",
        "24",
        "blended: 8 JP e-learning + 16 JP tatap muka",
        "11-13 Mei",
        "20",
        "PNL",
    ),
    (
        "BPD-07",
        "Pemetaan Objek PBB-P2 dengan QGIS",
        "petugas pendataan, Pranata Komputer",
        "16",
        "praktik di laboratorium komputer",
        "2-3 Jun",
        "16",
        "TIK",
    ),
    (
        "BPD-08",
        "Pelayanan Prima Pajak Daerah",
        "petugas layanan (front office) UPT PPD dan Kantor Pusat",
        "8",
        "tatap muka + bermain peran",
        "Angk. I Sabtu 14 Mar; Angk. II Sabtu 18 Jul; Angk. III Sabtu 14 Nov",
        "30",
        "UPT",
    ),
    (
        "BPD-09",
        "Pelayanan Prima Gerai Samsat dan Opsen PKB",
        "petugas Bapenda di Kantor Bersama Samsat",
        "6",
        "tatap muka",
        "24 Jun",
        "15",
        "SMS",
    ),
    (
        "BPD-10",
        "Penanganan Pengaduan dan Wajib Pajak Sulit",
        "petugas layanan UPT PPD, Gerai Samsat, dan call center",
        "6",
        "tatap muka + bermain peran",
        "21 Jul; 17 Nov",
        "25",
        "UPT",
    ),
    (
        "BPD-11",
        "Penagihan Pajak Daerah dengan Surat Paksa",
        "juru sita dan petugas penagihan",
        "24",
        "tatap muka + simulasi",
        "26-28 Mei",
        "20",
        "TGH",
    ),
    (
        "BPD-12",
        "Diklat Juru Sita Pajak Daerah (Pengangkatan)",
        "calon juru sita, PNS paling rendah golongan II/b",
        "40",
        "tatap muka + praktik lapangan",
        "Angk. II 9-13 Mar; Angk. III 14-18 Sep",
        "20",
        "TGH",
    ),
    (
        "BPD-13",
        "Keselamatan dan Etika Petugas Lapangan",
        "juru sita, petugas pemungut, petugas pendataan",
        "6",
        "tatap muka",
        "7 Apr; 6 Okt",
        "35",
        "TGH",
    ),
    (
        "BPD-14",
        "Pemeriksaan Pajak Daerah (PBJT dan Reklame)",
        "pemeriksa pajak, JF Analis Keuangan Pusat dan Daerah",
        "32",
        "tatap muka + studi kasus",
        "7-10 Jul",
        "20",
        "PTP",
    ),
    (
        "BPD-15",
        "Verifikasi dan Validasi BPHTB",
        "petugas BPHTB Bidang Penetapan dan Pemeriksaan, UPT PPD",
        "8",
        "tatap muka",
        "12 Mei",
        "25",
        "PTP",
    ),
    (
        "BPD-16",
        "Analisis Potensi dan Proyeksi Pendapatan Daerah",
        "JF Analis Keuangan Pusat dan Daerah",
        "24",
        "blended: 8 JP e-learning (EL-09) + 16 JP tatap muka",
        "23-25 Feb",
        "20",
        "REN",
    ),
    (
        "BPD-17",
        "Rekonsiliasi dan Pelaporan Realisasi Pendapatan",
        "JF Analis Keuangan Pusat dan Daerah, bendahara penerimaan",
        "12",
        "tatap muka",
        "18-19 Feb",
        "25",
        "REN",
    ),
    (
        "BPD-18",
        "Keamanan Informasi dan Perlindungan Data Wajib Pajak",
        "seluruh pegawai yang memiliki akun aplikasi pajak, termasuk non-ASN alih daya",
        "4",
        "e-learning e-PADU",
        "dibuka 2 Feb-30 Nov",
        "tidak dibatasi",
        "TIK",
    ),
    (
        "BPD-19",
        "Administrasi Basis Data SISMIOP dan SIMPATDA",
        "JF Pranata Komputer",
        "24",
        "praktik di laboratorium komputer",
        "4-6 Agu",
        "12",
        "TIK",
    ),
    (
        "BPD-20",
        "Pelatihan Mentor dan Coach",
        "calon mentor TUNAS, pejabat pengawas dan administrator",
        "16",
        "tatap muka",
        "24-25 Feb; 1-2 Sep",
        "20",
        "SEK",
    ),
    (
        "BPD-21",
        "Menulis Laporan Implementasi Hasil Pelatihan",
        "peserta pelatihan paling sedikit 12 JP, pegawai baru",
        "4",
        "daring sinkron (Zoom)",
        "setiap Kamis minggu kedua, pukul 13.30-16.30 WITA",
        "50",
        "SEK",
    ),
    (
        "BPD-22",
        "Antikorupsi dan Pengendalian Gratifikasi dalam Pelayanan Pajak",
        "seluruh pegawai termasuk non-ASN alih daya",
        "3",
        "tatap muka",
        "27 Mei; 25 Nov",
        "60",
        "UPG",
    ),
    (
        "BPD-23",
        "Analisis Data Pendapatan dengan Spreadsheet",
        "JF Analis Keuangan Pusat dan Daerah, pelaksana pengolah data",
        "12",
        "praktik di laboratorium komputer",
        "14-15 Apr; 20-21 Okt",
        "16",
        "TIK",
    ),
    (
        "BPD-24",
        "Literasi Layanan Pajak Digital (e-SPTPD, e-BPHTB, dan QRIS)",
        "petugas layanan dan non-ASN alih daya di loket",
        "4",
        "tatap muka",
        "setiap Selasa minggu pertama (Feb-Nov, kecuali Agustus)",
        "20",
        "UPT",
    ),
]

PJ = [
    ("SEK", KASUBAG_UK, "Kepala Subbagian Umum dan Kepegawaian", "0812-4410-3376"),
    ("REN", KABID_REN, "Kepala Bidang Perencanaan dan Pengembangan Pendapatan", "0813-4190-2284"),
    ("PDN", KABID_PP, "Kepala Bidang Pendataan dan Penilaian", "0811-4623-0917"),
    ("PNL", KOORD_NILAI, "Penilai Pajak Daerah Ahli Madya, Koordinator Penilaian", WA_NILAI),
    ("TIK", KABID_SISDAT, "Kepala Bidang Pengembangan Sistem dan Data", "0822-9156-4403"),
    ("UPT", KA_UPT2, "Kepala UPT PPD Wilayah II, koordinator pelatihan layanan", WA_UPT2),
    ("SMS", KOORD_GERAI, "Koordinator Gerai Bapenda di Kantor Bersama Samsat", "0853-4211-7095"),
    ("TGH", KOORD_JS, "Koordinator Juru Sita, Bidang Penagihan dan Keberatan", WA_JS),
    ("PTP", KABID_PTP, "Kepala Bidang Penetapan dan Pemeriksaan", "0812-4788-5031"),
    ("UPG", SEKBAN, "Sekretaris, Ketua Unit Pengendalian Gratifikasi", "0811-4590-2206"),
]
PJ_NAME = {k: n for k, n, _r, _w in PJ}

TARGET = [
    (
        "Pejabat Pimpinan Tinggi Pratama, Administrator, dan Pengawas",
        "24",
        "paling sedikit 8 JP kepemimpinan/manajerial; wajib melaksanakan coaching bagi staf",
    ),
    (
        "JF Penilai Pajak Daerah (semua jenjang)",
        "40",
        "paling sedikit 16 JP penilaian properti; JP pemeliharaan sertifikat ikut dihitung",
    ),
    (
        "JF Analis Keuangan Pusat dan Daerah",
        "30",
        "paling sedikit 10 JP regulasi keuangan daerah dan HKPD",
    ),
    ("JF Pranata Komputer", "30", "paling sedikit 12 JP keamanan informasi dan basis data"),
    (
        "Juru Sita Pajak Daerah dan petugas pemungut/penagihan",
        "26",
        "paling sedikit 8 JP penagihan, keselamatan, dan etika lapangan",
    ),
    (
        "Petugas layanan (front office) UPT PPD dan Gerai Samsat",
        "24",
        "paling sedikit 6 JP pelayanan prima atau penanganan pengaduan",
    ),
    ("Pelaksana lainnya (PNS)", "20", "JP minimal nasional"),
    (
        "PPPK penuh waktu (semua jabatan)",
        "20",
        "difasilitasi paling banyak 30 JP per tahun masa perjanjian kerja",
    ),
    ("PPPK paruh waktu", "12", "diutamakan BPD-18, BPD-22, dan BPD-24"),
    (
        "Pegawai non-ASN alih daya",
        "tidak ada target JP",
        "hanya pembekalan layanan; dicatat sebagai jam pembekalan mitra",
    ),
]

KONVERSI = [
    (
        "Seminar atau webinar bersertifikat (paling singkat 3 jam)",
        "1 kegiatan",
        "3 JP",
        "paling banyak 12 JP per tahun",
    ),
    ("Workshop/lokakarya", "1 hari", "6 JP", "-"),
    (
        "E-learning e-PADU (modul EL dan BPD daring)",
        "per modul",
        "sesuai JP modul",
        "paling banyak 5 JP per hari",
    ),
    (
        "Coaching kinerja oleh atasan langsung (bagi coachee)",
        "1 sesi paling singkat 60 menit",
        "1 JP",
        "paling banyak 10 JP per tahun",
    ),
    ("Mentoring Program TUNAS (bagi mentee)", "1 sesi", "2 JP", "paling banyak 24 JP"),
    ("Mentoring Program TUNAS (bagi mentor)", "1 sesi", "1 JP", "paling banyak 12 JP per tahun"),
    (
        "Rotasi belajar/magang antarbidang atau antar-UPT",
        "1 minggu kerja",
        "10 JP",
        "paling banyak 40 JP per tahun",
    ),
    (
        "Komunitas praktik KOPI PAJAK (peserta)",
        "1 pertemuan",
        "1 JP",
        "paling banyak 10 JP per tahun",
    ),
    (
        "Komunitas praktik KOPI PAJAK (pemantik/penyaji)",
        "1 pertemuan",
        "3 JP",
        "paling banyak 9 JP per tahun",
    ),
    (
        "Narasumber atau fasilitator Akademi PADU",
        "1 sesi (2 JP mengajar)",
        "4 JP",
        "paling banyak 16 JP per tahun",
    ),
    (
        "Studi tiru (benchmarking) ke pemerintah daerah lain",
        "1 hari",
        "5 JP",
        "paling banyak 10 JP per tahun",
    ),
    (
        "Bedah regulasi (resume peraturan yang dipresentasikan di unit)",
        "1 resume",
        "2 JP",
        "paling banyak 6 JP per tahun",
    ),
]

WAJIB = [
    (
        "Keamanan Informasi dan Perlindungan Data Wajib Pajak (BPD-18)",
        "seluruh pemegang akun aplikasi pajak, termasuk non-ASN alih daya",
        "setiap tahun, paling lambat 30 November",
        "akun SIMPATDA dan SISMIOP dibekukan sampai lulus",
    ),
    (
        "Antikorupsi dan Pengendalian Gratifikasi (BPD-22)",
        "seluruh pegawai",
        "setiap 2 tahun",
        "dicatat dalam daftar tunggakan pelatihan wajib",
    ),
    (
        "Pelayanan Prima Pajak Daerah (BPD-08)",
        "petugas layanan baru",
        "sekali, sebelum bertugas mandiri di loket",
        "hanya bertugas sebagai pendamping loket",
    ),
    (
        "Keselamatan dan Etika Petugas Lapangan (BPD-13)",
        "juru sita, petugas pemungut, petugas pendataan",
        "setiap 2 tahun",
        "tidak diberi surat tugas lapangan tanpa pendamping",
    ),
    (
        "Diklat Juru Sita Pajak Daerah (BPD-12)",
        "calon juru sita",
        "sekali, sebelum pengangkatan",
        "tidak dapat diangkat sebagai juru sita",
    ),
    (
        "Sertifikat Penilai PBB-P2",
        "JF Penilai Pajak Daerah",
        "sesuai Peraturan Kepala Badan Nomor 7 Tahun 2026",
        "tidak boleh menandatangani Laporan Penilaian Individual",
    ),
]

ANGGARAN = [
    ("Akademi PADU (pelatihan in-house BPD-01 s.d. BPD-24)", "APBD", None),
    (
        "Pengiriman pelatihan eksternal (BPSDM Provinsi, kementerian, asosiasi profesi)",
        "APBD",
        "385.000.000",
    ),
    ("Program mentoring TUNAS (honorarium mentor, pertemuan, forum akhir)", "APBD", "41.600.000"),
    ("Sertifikasi penilai PBB-P2 dan juru sita", "APBD", "148.500.000"),
    ("Bantuan biaya tugas belajar", "APBD", "210.000.000"),
    ("Pengembangan dan lisensi e-PADU", "APBD", "96.000.000"),
    ("Kontribusi Latsar CPNS dan orientasi PPPK ke BPSDM Provinsi", "APBD", "75.000.000"),
]


def rp(n):
    return f"{n:,.0f}".replace(",", ".")


def parse_rp(s):
    return int(s.replace(".", ""))


# =========================================================================== RAB Akademi PADU
# code, name, batches, participants per batch, cost per batch
RAB = [
    ("BPD-01", "Orientasi Tugas Pegawai Baru Bapenda", 2, 30, 14_600_000),
    ("BPD-02", "Dasar-Dasar Pajak Daerah dan Retribusi Daerah (UU HKPD)", 2, 40, 18_900_000),
    ("BPD-03", "Pendataan Objek dan Subjek Pajak Daerah", 2, 25, 21_350_000),
    ("BPD-04", "Penilaian Properti PBB-P2 Tingkat Dasar", 1, 20, 86_500_000),
    ("BPD-05", "Penilaian Properti PBB-P2 Tingkat Lanjutan (Objek Khusus)", 1, 15, 72_800_000),
    ("BPD-06", "Penilaian Massal Berbasis CAMA dan Zona Nilai Tanah", 1, 20, 48_250_000),
    ("BPD-08", "Pelayanan Prima Pajak Daerah", 3, 30, 9_800_000),
    ("BPD-11", "Penagihan Pajak Daerah dengan Surat Paksa", 1, 20, 37_600_000),
    ("BPD-12", "Diklat Juru Sita Pajak Daerah (Pengangkatan)", 2, 20, 64_300_000),
    ("BPD-14", "Pemeriksaan Pajak Daerah (PBJT dan Reklame)", 1, 20, 55_400_000),
    ("BPD-16", "Analisis Potensi dan Proyeksi Pendapatan Daerah", 1, 20, 39_750_000),
    ("BPD-20", "Pelatihan Mentor dan Coach", 2, 20, 22_150_000),
    (
        "lainnya",
        "Pelatihan Akademi PADU lainnya (12 judul: BPD-07, BPD-09, BPD-10, BPD-13, "
        "BPD-15, BPD-17 s.d. BPD-19, BPD-21 s.d. BPD-24)",
        1,
        0,
        68_450_000,
    ),
]
RAB_TOTAL = sum(a * c for _k, _n, a, _p, c in RAB)
ANGGARAN[0] = (ANGGARAN[0][0], ANGGARAN[0][1], rp(RAB_TOTAL))
ANGGARAN_TOTAL = rp(sum(parse_rp(x) for _k, _s, x in ANGGARAN))


# =========================================================================== PERKABAN 2/2026 (long PDF)
def _katalog_rows():
    return [[k, n, s, jp, m, j, q, PJ_NAME[pj]] for k, n, s, jp, m, j, q, pj in KATALOG]


PERKABAN = [
    C("PERATURAN KEPALA BADAN PENDAPATAN DAERAH"),
    C("KOTA TELUK SEMBILANG"),
    C("NOMOR 2 TAHUN 2026"),
    C("TENTANG"),
    C("PENGEMBANGAN KOMPETENSI PEGAWAI DI LINGKUNGAN BADAN PENDAPATAN DAERAH"),
    P(FIKTIF),
    P("KEPALA BADAN PENDAPATAN DAERAH KOTA TELUK SEMBILANG,"),
    P(
        "Menimbang: a. bahwa optimalisasi pendapatan asli daerah memerlukan pegawai yang kompeten "
        "dalam pendataan, penilaian, penetapan, pelayanan, dan penagihan pajak daerah; b. bahwa "
        "setiap Pegawai Aparatur Sipil Negara berhak dan wajib mengembangkan kompetensinya; "
        "c. bahwa Peraturan Kepala Badan Nomor 9 Tahun 2021 tentang Pendidikan dan Pelatihan "
        "Pegawai Badan Pendapatan Daerah sudah tidak sesuai dengan perkembangan organisasi dan "
        "teknologi layanan pajak daerah; d. bahwa berdasarkan pertimbangan sebagaimana dimaksud "
        "dalam huruf a, huruf b, dan huruf c, perlu menetapkan Peraturan Kepala Badan tentang "
        "Pengembangan Kompetensi Pegawai di Lingkungan Badan Pendapatan Daerah."
    ),
    P(
        "Mengingat: 1. Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara "
        "Pemerintah Pusat dan Pemerintahan Daerah; 2. Undang-Undang Nomor 20 Tahun 2023 tentang "
        "Aparatur Sipil Negara; 3. Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen "
        "Pegawai Negeri Sipil sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 "
        "Tahun 2020; 4. Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang "
        "Pengembangan Kompetensi Pegawai Negeri Sipil; 5. Peraturan Wali Kota Teluk Sembilang "
        "Nomor 41 Tahun 2023 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi, serta Tata "
        "Kerja Badan Pendapatan Daerah."
    ),
    P(
        "MEMUTUSKAN: Menetapkan: PERATURAN KEPALA BADAN TENTANG PENGEMBANGAN KOMPETENSI PEGAWAI "
        "DI LINGKUNGAN BADAN PENDAPATAN DAERAH."
    ),
    H1("BAB I KETENTUAN UMUM"),
    H2("Pasal 1"),
    P("Dalam Peraturan Kepala Badan ini yang dimaksud dengan:"),
    L(
        "1. Badan adalah Badan Pendapatan Daerah Kota Teluk Sembilang.",
        "2. Kepala Badan adalah Kepala Badan Pendapatan Daerah Kota Teluk Sembilang.",
        "3. Sekretaris adalah Sekretaris Badan yang mengoordinasikan pengembangan kompetensi "
        "Pegawai.",
        "4. Pegawai adalah Pegawai Negeri Sipil (PNS), Pegawai Pemerintah dengan Perjanjian Kerja "
        "(PPPK) penuh waktu, dan PPPK paruh waktu yang bekerja di Badan.",
        "5. Pegawai non-ASN alih daya adalah tenaga yang dipekerjakan melalui perusahaan penyedia "
        "jasa, antara lain petugas antrean, pramubakti, pengemudi, dan petugas keamanan, dan "
        "bukan merupakan Pegawai.",
        "6. Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu pengembangan "
        "kompetensi; 1 (satu) JP sama dengan 45 (empat puluh lima) menit.",
        "7. Unit Pelaksana Teknis Pelayanan Pajak Daerah yang selanjutnya disebut UPT PPD adalah "
        "UPT PPD Wilayah I (Sembilang Kota), UPT PPD Wilayah II (Tanjung Batu), UPT PPD Wilayah "
        "III (Muara Dalam dan Bukit Lais), dan UPT PPD Wilayah IV (Pulau Rengas).",
        "8. Gerai Samsat adalah gerai pelayanan Badan di Kantor Bersama Samsat Teluk Sembilang "
        "yang melayani opsen Pajak Kendaraan Bermotor (PKB) dan opsen Bea Balik Nama Kendaraan "
        "Bermotor (BBNKB).",
        "9. Petugas layanan adalah Pegawai yang bertugas di loket atau meja layanan (front "
        "office) UPT PPD, Gerai Samsat, dan Kantor Pusat.",
        "10. Juru Sita Pajak Daerah yang selanjutnya disebut juru sita adalah Pegawai yang "
        "diangkat oleh Kepala Badan untuk melaksanakan tindakan penagihan pajak daerah dengan "
        "surat paksa.",
        "11. Akademi PADU (Akademi Pendapatan Daerah Unggul) adalah program pelatihan in-house "
        "Badan yang dikelola Subbagian Umum dan Kepegawaian.",
        "12. e-PADU adalah sistem manajemen pembelajaran (learning management system) Badan.",
        "13. Program TUNAS (Tuntun dan Asah) adalah program mentoring bagi Pegawai baru.",
        "14. Coaching kinerja adalah percakapan terstruktur antara atasan langsung (coach) dan "
        "staf (coachee) untuk menyelesaikan masalah kinerja.",
        "15. KOPI PAJAK (Komunitas Praktisi Pajak) adalah komunitas praktik lintas bidang dan "
        "UPT PPD yang bertemu secara berkala untuk berbagi pengetahuan.",
        "16. Laporan implementasi adalah laporan penerapan hasil pelatihan di tempat kerja yang "
        "terdiri atas Formulir LI-1 (rencana implementasi) dan Formulir LI-2 (laporan "
        "implementasi); catatan refleksi adalah Formulir RF-1.",
    ),
    H1("BAB II MAKSUD, TUJUAN, DAN RUANG LINGKUP"),
    H2("Pasal 2"),
    P(
        "Peraturan Kepala Badan ini dimaksudkan sebagai pedoman perencanaan, pelaksanaan, "
        "pencatatan, dan evaluasi pengembangan kompetensi Pegawai, dengan tujuan: a. memenuhi "
        "hak dan kewajiban pengembangan kompetensi Pegawai ASN; b. menjamin setiap penilai, juru "
        "sita, dan petugas layanan memiliki kompetensi wajib yang masih berlaku; c. memperkuat "
        "budaya belajar melalui mentoring, coaching, dan komunitas praktik; dan d. meningkatkan "
        "kualitas layanan dan penerimaan pajak daerah."
    ),
    H2("Pasal 3"),
    P(
        "Ruang lingkup Peraturan Kepala Badan ini meliputi: a. target JP; b. jalur dan konversi "
        "pengembangan kompetensi; c. pelatihan wajib; d. Akademi PADU; e. mentoring, coaching, "
        "rotasi belajar, dan komunitas praktik; f. ketentuan khusus bagi petugas layanan dan "
        "petugas lapangan; g. laporan refleksi dan implementasi; h. anggaran; dan i. evaluasi, "
        "penghargaan, dan pelaporan."
    ),
    BR(),
    H1("BAB III TARGET JAM PELAJARAN"),
    H2("Pasal 4"),
    P(
        "(1) Setiap PNS wajib mengikuti pengembangan kompetensi paling sedikit 20 (dua puluh) JP "
        "dalam 1 (satu) tahun. (2) Badan menetapkan target yang lebih tinggi bagi kelompok "
        "jabatan tertentu sebagaimana tercantum dalam Tabel 1. (3) Muatan paling sedikit dalam "
        "Tabel 1 merupakan bagian dari target JP, bukan tambahan."
    ),
    T(
        "Tabel 1. Target JP per Tahun menurut Kelompok Jabatan",
        ["Kelompok jabatan", "Target JP per tahun", "Muatan paling sedikit / keterangan"],
        [list(r) for r in TARGET],
        [60, 22, 68],
    ),
    H2("Pasal 5"),
    P(
        "(1) Capaian JP dihitung per tahun kalender, dari 1 Januari sampai dengan 31 Desember. "
        "(2) JP yang melebihi target tidak dapat dialihkan ke tahun berikutnya. (3) Pegawai yang "
        "menduduki lebih dari satu kelompok jabatan dalam satu tahun karena mutasi atau "
        "pengangkatan dalam jabatan fungsional mengikuti target kelompok jabatan yang "
        "didudukinya pada tanggal 1 Oktober tahun berjalan. (4) Pegawai yang menjalani cuti di "
        "luar tanggungan negara, cuti besar, atau cuti melahirkan lebih dari 3 (tiga) bulan "
        "dalam tahun berjalan memperoleh target JP secara proporsional."
    ),
    H2("Pasal 6"),
    P(
        "(1) PPPK penuh waktu memiliki target 20 JP per tahun dan difasilitasi pengembangan "
        "kompetensi paling banyak 30 (tiga puluh) JP dalam 1 (satu) tahun masa perjanjian kerja. "
        "(2) PPPK paruh waktu memiliki target 12 (dua belas) JP per tahun yang diutamakan dari "
        "pelatihan BPD-18, BPD-22, dan BPD-24. (3) Pengembangan kompetensi PPPK di atas batas "
        "fasilitasi sebagaimana dimaksud pada ayat (1) dapat diikuti atas biaya sendiri di luar "
        "jam kerja, dan tetap dicatat sebagai JP."
    ),
    H2("Pasal 7"),
    P(
        "(1) Pegawai non-ASN alih daya bukan Pegawai ASN sehingga tidak memiliki target JP dan "
        "jam pembekalannya tidak dilaporkan sebagai JP ASN. (2) Pegawai non-ASN alih daya yang "
        "bertugas di loket atau memiliki akun aplikasi pajak wajib mengikuti BPD-18 dan dapat "
        "mengikuti BPD-22 dan BPD-24. (3) Jam pembekalan Pegawai non-ASN alih daya dicatat di "
        "e-PADU sebagai jam pembekalan mitra dan dilaporkan kepada perusahaan penyedia jasa."
    ),
    H1("BAB IV JALUR DAN KONVERSI PENGEMBANGAN KOMPETENSI"),
    H2("Bagian Kesatu - Jalur Pengembangan Kompetensi"),
    H2("Pasal 8"),
    P(
        "(1) Pengembangan kompetensi dilaksanakan melalui jalur pendidikan dan jalur pelatihan. "
        "(2) Jalur pelatihan terdiri atas pelatihan klasikal dan pelatihan nonklasikal. "
        "(3) Pelatihan klasikal antara lain pelatihan teknis pajak daerah, pelatihan fungsional, "
        "seminar, workshop, dan kursus. (4) Pelatihan nonklasikal antara lain e-learning, "
        "coaching, mentoring, rotasi belajar atau magang, komunitas praktik, studi tiru, dan "
        "bedah regulasi."
    ),
    H2("Pasal 9"),
    P(
        "Jalur pendidikan berupa tugas belajar dan izin belajar dilaksanakan sesuai Peraturan "
        "Wali Kota tentang tugas belajar dan izin belajar dan tidak diatur dalam Peraturan Kepala "
        "Badan ini."
    ),
    H2("Bagian Kedua - Konversi ke dalam JP"),
    H2("Pasal 10"),
    P(
        "(1) Kegiatan nonklasikal dan kegiatan eksternal dikonversi ke dalam JP menurut Tabel 2. "
        "(2) Konversi diajukan oleh Pegawai melalui menu Klaim JP pada e-PADU paling lambat 14 "
        "(empat belas) hari kalender setelah kegiatan, dengan melampirkan bukti, dan "
        "diverifikasi oleh Subbagian Umum dan Kepegawaian paling lama 5 (lima) hari kerja. "
        "(3) Batas paling banyak dalam Tabel 2 berlaku per Pegawai."
    ),
    T(
        "Tabel 2. Konversi Kegiatan ke dalam JP",
        ["Kegiatan", "Satuan", "JP diakui", "Batas"],
        [list(r) for r in KONVERSI],
        [62, 30, 20, 38],
    ),
    H2("Pasal 11"),
    P(
        "(1) Kegiatan eksternal yang dibiayai Badan memerlukan surat tugas Kepala Badan yang "
        "diajukan paling lambat 10 (sepuluh) hari kerja sebelum kegiatan. (2) Kegiatan eksternal "
        "atas biaya sendiri pada hari kerja memerlukan izin atasan langsung dan tidak mengurangi "
        "hak cuti tahunan apabila disetujui sebagai pengembangan kompetensi. (3) Sertifikat "
        "kegiatan eksternal diunggah ke e-PADU paling lambat 7 (tujuh) hari kalender setelah "
        "kegiatan berakhir."
    ),
    BR(),
    H1("BAB V PELATIHAN WAJIB"),
    H2("Pasal 12"),
    P(
        "(1) Pelatihan wajib adalah pelatihan yang harus dimiliki Pegawai sesuai tugasnya dan "
        "masih berlaku. (2) Jenis, sasaran, periode, dan akibat apabila pelatihan wajib tidak "
        "dipenuhi tercantum dalam Tabel 3."
    ),
    T(
        "Tabel 3. Pelatihan Wajib",
        ["Pelatihan", "Sasaran", "Periode/masa berlaku", "Akibat bila tidak dipenuhi"],
        [list(r) for r in WAJIB],
        [46, 40, 34, 40],
    ),
    H2("Pasal 13"),
    P(
        "(1) Bidang Pengembangan Sistem dan Data membekukan akun SIMPATDA dan SISMIOP pemegang "
        "akun yang belum lulus BPD-18 pada tanggal 1 Desember, dan membuka kembali akun paling "
        "lama 1 (satu) hari kerja setelah yang bersangkutan lulus. (2) Kelulusan BPD-18 "
        "ditentukan oleh nilai kuis akhir paling rendah 80 (delapan puluh) dengan kesempatan "
        "mengulang tidak terbatas."
    ),
    H2("Pasal 14"),
    P(
        "Sertifikasi penilai PBB-P2 dan pengangkatan juru sita diatur dalam Peraturan Kepala Badan "
        "Nomor 7 Tahun 2026 tentang Sertifikasi dan Pemeliharaan Kompetensi Penilai Pajak Daerah "
        "dan Juru Sita Pajak Daerah."
    ),
    H1("BAB VI AKADEMI PADU"),
    H2("Bagian Kesatu - Penyelenggaraan"),
    H2("Pasal 15"),
    P(
        "(1) Akademi PADU diselenggarakan oleh Subbagian Umum dan Kepegawaian bersama bidang "
        "teknis berdasarkan katalog tahunan sebagaimana tercantum dalam Lampiran I. (2) Pelatihan "
        "Akademi PADU tidak dipungut biaya. (3) Pegawai perangkat daerah lain dan pegawai "
        "Bapenda kabupaten/kota lain dapat mengikuti Akademi PADU sepanjang kuota masih "
        "tersedia, atas persetujuan Sekretaris. (4) Pelatihan tatap muka dilaksanakan pukul "
        "08.00-16.00 WITA kecuali ditentukan lain dalam katalog, bertempat di Aula Lantai 3 dan "
        "Laboratorium Komputer Lantai 2 Kantor Badan."
    ),
    H2("Bagian Kedua - Pendaftaran, Kehadiran, dan Pembatalan"),
    H2("Pasal 16"),
    P(
        "(1) Pendaftaran dilakukan melalui e-PADU paling lambat 10 (sepuluh) hari kalender "
        "sebelum pelatihan dimulai dan harus disetujui atasan langsung. (2) Prioritas peserta "
        "diberikan kepada: a. Pegawai yang pelatihan wajibnya belum dipenuhi atau akan habis "
        "masa berlakunya; b. Pegawai yang capaian JP tahun berjalan paling rendah; c. Pegawai "
        "baru dalam 1 (satu) tahun pertama. (3) Pegawai yang masih memiliki Formulir LI-2 "
        "terlambat tidak dapat mendaftar pelatihan Akademi PADU berikutnya."
    ),
    H2("Pasal 17"),
    P(
        "(1) Presensi pelatihan dilakukan dengan memindai kode QR pada e-PADU, dibuka 30 (tiga "
        "puluh) menit sebelum sampai 10 (sepuluh) menit setelah sesi dimulai. (2) Sertifikat "
        "diberikan apabila kehadiran paling sedikit 85% (delapan puluh lima persen) dari seluruh "
        "JP. (3) Sertifikat elektronik diterbitkan di e-PADU paling lambat 3 (tiga) hari kerja "
        "setelah pelatihan berakhir."
    ),
    H2("Pasal 18"),
    P(
        "(1) Pembatalan keikutsertaan dilakukan paling lambat 3 (tiga) hari kerja sebelum "
        "pelatihan melalui e-PADU. (2) Pegawai yang 2 (dua) kali tidak hadir tanpa pembatalan "
        "dalam 1 (satu) tahun tidak dapat mendaftar Akademi PADU selama 6 (enam) bulan."
    ),
    H2("Pasal 19"),
    P("Daftar penanggung jawab pelatihan dan nomor kontaknya tercantum dalam Lampiran II."),
    BR(),
    H1("BAB VII MENTORING, COACHING, ROTASI BELAJAR, DAN KOMUNITAS PRAKTIK"),
    H2("Bagian Kesatu - Program TUNAS"),
    H2("Pasal 20"),
    P(
        "(1) Program TUNAS wajib diikuti oleh: a. CPNS dan PPPK penuh waktu pada tahun pertama; "
        "dan b. PNS yang baru diangkat atau berpindah ke JF Penilai Pajak Daerah, JF Analis "
        "Keuangan Pusat dan Daerah, atau JF Pranata Komputer pada tahun pertama dalam jabatan. "
        "(2) PPPK paruh waktu dan Pegawai non-ASN alih daya tidak termasuk peserta Program TUNAS. "
        "(3) Program TUNAS berlangsung selama 6 (enam) bulan dan dibuka 2 (dua) angkatan setiap "
        "tahun."
    ),
    H2("Pasal 21"),
    P(
        "Mentor harus memenuhi syarat: a. pejabat fungsional paling rendah jenjang Ahli Muda "
        "atau pejabat pengawas; b. masa kerja paling singkat 8 (delapan) tahun; c. bukan atasan "
        "langsung mentee; d. telah lulus BPD-20 Pelatihan Mentor dan Coach; dan e. tidak sedang "
        "menjalani hukuman disiplin."
    ),
    H2("Pasal 22"),
    P(
        "(1) Satu mentor membimbing paling banyak 3 (tiga) mentee pada waktu yang sama. "
        "(2) Pertemuan mentoring dilaksanakan paling sedikit 2 (dua) kali sebulan, dan paling "
        "sedikit 1 (satu) di antaranya tatap muka. (3) Setiap pertemuan dicatat dalam Jurnal "
        "Mentoring (Formulir MT-1) di e-PADU. (4) Mentor menerima honorarium sebagaimana "
        "ditetapkan dalam Keputusan Kepala Badan tentang penetapan mentor."
    ),
    H2("Bagian Kedua - Coaching Kinerja"),
    H2("Pasal 23"),
    P(
        "(1) Atasan langsung melaksanakan coaching kinerja kepada setiap staf paling sedikit 1 "
        "(satu) kali setiap triwulan. (2) Hasil coaching dicatat dalam Formulir CK-1 di e-PADU "
        "dan menjadi bahan dialog kinerja. (3) Pejabat administrator dan pengawas yang belum "
        "lulus BPD-20 wajib mengikutinya paling lambat 31 Desember 2026."
    ),
    H2("Bagian Ketiga - Rotasi Belajar"),
    H2("Pasal 24"),
    P(
        "(1) Rotasi belajar adalah penempatan sementara Pegawai di bidang atau UPT PPD lain "
        "selama 2 (dua) sampai dengan 4 (empat) minggu untuk mempelajari proses kerja unit "
        "tersebut. (2) Rotasi belajar diusulkan atasan langsung dan disetujui Sekretaris. "
        "(3) Setiap bidang atau UPT PPD melepas paling banyak 2 (dua) Pegawai untuk rotasi "
        "belajar dalam satu triwulan. (4) Peserta rotasi belajar menyusun laporan rotasi paling "
        "lambat 7 (tujuh) hari kerja setelah rotasi berakhir."
    ),
    H2("Bagian Keempat - Komunitas Praktik KOPI PAJAK"),
    H2("Pasal 25"),
    P(
        "(1) KOPI PAJAK bertemu setiap Jumat minggu ketiga pukul 14.00-15.30 WITA, kecuali "
        "ditentukan lain dalam jadwal tahunan. (2) Pertemuan dapat diikuti secara tatap muka atau "
        "daring. (3) Koordinator KOPI PAJAK ditunjuk oleh Sekretaris dan menyusun jadwal serta "
        "notula pertemuan."
    ),
    BR(),
    H1("BAB VIII KETENTUAN KHUSUS PETUGAS LAYANAN DAN PETUGAS LAPANGAN"),
    H2("Pasal 26"),
    P(
        "(1) Kepala UPT PPD dan Koordinator Gerai Samsat menjamin loket tetap buka selama jam "
        "layanan. (2) Petugas layanan yang mengikuti pelatihan klasikal pada hari yang sama "
        "paling banyak 1/3 (sepertiga) dari jumlah petugas layanan di setiap UPT PPD atau Gerai "
        "Samsat. (3) Pelatihan klasikal bagi petugas layanan dapat diselenggarakan pada hari "
        "Sabtu; petugas yang mengikutinya memperoleh 1 (satu) hari libur pengganti yang diambil "
        "paling lambat 14 (empat belas) hari kalender setelah pelatihan dan tidak mengurangi hak "
        "cuti tahunan."
    ),
    H2("Pasal 27"),
    P(
        "(1) Tidak ada pelatihan klasikal bagi Pegawai UPT PPD dan Bidang Penagihan dan "
        "Keberatan pada masa puncak pembayaran PBB-P2, yaitu tanggal 1-31 Agustus, dan pada masa "
        "tutup buku, yaitu tanggal 15-31 Desember. (2) Pada masa sebagaimana dimaksud pada ayat "
        "(1) Pegawai tetap dapat mengikuti e-learning di luar jam layanan."
    ),
    H2("Pasal 28"),
    P(
        "(1) Juru sita dan petugas pemungut yang terdaftar sebagai peserta pelatihan tidak diberi "
        "surat tugas penagihan pada hari pelatihan. (2) Peserta dari UPT PPD Wilayah IV (Pulau "
        "Rengas) memperoleh penggantian biaya penyeberangan sesuai tarif riil paling banyak "
        "Rp200.000 (dua ratus ribu rupiah) pergi-pulang per hari pelatihan. (3) Apabila "
        "pelatihan dimulai sebelum pukul 09.00 WITA, peserta sebagaimana dimaksud pada ayat (2) "
        "diberi penginapan 1 (satu) malam sebelum hari pertama pelatihan."
    ),
    H1("BAB IX LAPORAN REFLEKSI DAN IMPLEMENTASI"),
    H2("Pasal 29"),
    P(
        "(1) Peserta pelatihan klasikal kurang dari 12 (dua belas) JP mengisi catatan refleksi "
        "(Formulir RF-1) di e-PADU paling lambat 3 (tiga) hari kerja setelah pelatihan. "
        "(2) Peserta pelatihan klasikal paling sedikit 12 (dua belas) JP, baik Akademi PADU "
        "maupun eksternal, wajib menyusun: a. Formulir LI-1 (rencana implementasi) paling lambat "
        "5 (lima) hari kerja setelah pelatihan; dan b. Formulir LI-2 (laporan implementasi) "
        "paling lambat 60 (enam puluh) hari kalender setelah pelatihan berakhir. "
        "(3) Formulir LI-1 dan LI-2 diverifikasi atasan langsung paling lama 7 (tujuh) hari "
        "kerja."
    ),
    H2("Pasal 30"),
    P(
        "(1) JP pelatihan yang Formulir LI-2-nya belum disampaikan sampai batas waktu berstatus "
        "Tertunda di e-PADU dan tidak dihitung dalam capaian JP. (2) Status Tertunda berubah "
        "menjadi Diakui setelah Formulir LI-2 diverifikasi. (3) Laporan aktualisasi Pelatihan "
        "Dasar CPNS mengikuti ketentuan Lembaga Administrasi Negara dan tidak menggantikan "
        "Formulir LI-2."
    ),
    H1("BAB X ANGGARAN"),
    H2("Pasal 31"),
    P(
        "(1) Pengembangan kompetensi dibiayai dari APBD Kota Teluk Sembilang pada Dokumen "
        "Pelaksanaan Anggaran Badan. (2) Alokasi anggaran tahun 2026 tercantum dalam Tabel 4."
    ),
    T(
        "Tabel 4. Alokasi Anggaran Pengembangan Kompetensi Tahun 2026",
        ["Kegiatan", "Sumber dana", "Jumlah (Rp)"],
        [list(r) for r in ANGGARAN] + [["Jumlah seluruhnya", "APBD", ANGGARAN_TOTAL]],
        [90, 24, 30],
    ),
    H2("Pasal 32"),
    P(
        "Pergeseran anggaran antarkegiatan dalam Tabel 4 paling banyak 15% (lima belas persen) "
        "dapat dilakukan dengan persetujuan Kepala Badan."
    ),
    H1("BAB XI EVALUASI, PENGHARGAAN, DAN PELAPORAN"),
    H2("Pasal 33"),
    P(
        "(1) Pegawai ASN memperbarui riwayat pengembangan kompetensi pada MyASN untuk "
        "diverifikasi ke dalam SIASN; e-PADU tidak terhubung otomatis dengan SIASN. "
        "(2) Subbagian Umum dan Kepegawaian menerbitkan rekapitulasi capaian JP per unit setiap "
        "triwulan paling lambat tanggal 15 bulan berikutnya. (3) Sekretaris melaporkan capaian "
        "pengembangan kompetensi kepada Kepala Badan setiap semester."
    ),
    H2("Pasal 34"),
    P(
        "(1) Kepala Badan memberikan penghargaan Pegawai Pembelajar Terbaik kepada paling banyak "
        "3 (tiga) Pegawai setiap tahun. (2) Penilaian didasarkan pada capaian JP, nilai Formulir "
        "LI-2, dan kontribusi sebagai narasumber, mentor, atau pemantik KOPI PAJAK. "
        "(3) Penghargaan berupa piagam dan prioritas pelatihan eksternal pada tahun berikutnya."
    ),
    H2("Pasal 35"),
    P(
        "(1) Pegawai yang tidak mencapai target JP wajib menyusun rencana pengembangan bersama "
        "atasan langsung paling lambat 31 Januari tahun berikutnya dan diprioritaskan dalam "
        "Akademi PADU. (2) Pegawai yang tidak mencapai target JP 2 (dua) tahun berturut-turut "
        "dicatat dalam penilaian perilaku kerja. (3) Ketentuan tambahan penghasilan pegawai "
        "diatur dalam Peraturan Wali Kota tersendiri."
    ),
    H1("BAB XII KETENTUAN PERALIHAN DAN PENUTUP"),
    H2("Pasal 36"),
    P(
        "(1) JP yang diperoleh Pegawai pada tanggal 1-11 Januari 2026 tetap dihitung dalam capaian "
        "JP tahun 2026. (2) Target JP tahun 2025 tetap dihitung berdasarkan Peraturan Kepala "
        "Badan Nomor 9 Tahun 2021."
    ),
    H2("Pasal 37"),
    P(
        "Pada saat Peraturan Kepala Badan ini mulai berlaku, Peraturan Kepala Badan Nomor 9 Tahun "
        "2021 tentang Pendidikan dan Pelatihan Pegawai Badan Pendapatan Daerah dicabut dan "
        "dinyatakan tidak berlaku."
    ),
    H2("Pasal 38"),
    P("Peraturan Kepala Badan ini mulai berlaku pada tanggal 12 Januari 2026."),
    P(
        "Ditetapkan di Teluk Sembilang pada tanggal 5 Januari 2026. KEPALA BADAN PENDAPATAN "
        "DAERAH KOTA TELUK SEMBILANG, ttd. " + KABAN + " NIP " + KABAN_NIP + "."
    ),
    BR(),
    H1("LAMPIRAN I KATALOG AKADEMI PADU TAHUN 2026"),
    P(
        "Tanggal dalam tahun 2026. Kuota per angkatan. Pelatihan tatap muka dilaksanakan pukul "
        "08.00-16.00 WITA di Kantor Badan kecuali disebutkan lain. Modul e-learning EL-01 s.d. "
        "EL-12 tercantum dalam katalog modul e-PADU dan tidak termasuk dalam tabel ini."
    ),
    T(
        "Tabel 5. Katalog Akademi PADU 2026",
        [
            "Kode",
            "Nama pelatihan",
            "Sasaran",
            "JP",
            "Metode",
            "Jadwal 2026",
            "Kuota",
            "Penanggung jawab",
        ],
        _katalog_rows(),
        [14, 34, 32, 8, 26, 32, 11, 28],
    ),
    BR(),
    H1("LAMPIRAN II PENANGGUNG JAWAB PELATIHAN DAN KONTAK"),
    T(
        "Tabel 6. Penanggung Jawab Pelatihan Akademi PADU",
        ["Nama", "Jabatan/peran", "Nomor WA"],
        [[n, r, w] for _k, n, r, w in PJ],
        [50, 64, 26],
    ),
    P(
        "Pengelola Akademi PADU: "
        + ANALIS_SDM
        + " (Analis SDM Aparatur Ahli Muda), WA "
        + WA_AKADEMI
        + ". Layanan teknis e-PADU: helpdesk WA "
        + WA_HELPDESK
        + "."
    ),
]


# =========================================================================== PERKABAN 7/2026 (PDF)
JENJANG = [
    (
        "Tingkat Dasar",
        "objek umum: tanah kosong, rumah tinggal, ruko, dan kios",
        "NJOP paling tinggi Rp10.000.000.000 per objek",
        "BPD-04",
        "3 tahun",
    ),
    (
        "Tingkat Lanjutan",
        "objek khusus: hotel, SPBU, menara telekomunikasi, pergudangan, dan kawasan industri",
        "tanpa batas NJOP",
        "BPD-05",
        "3 tahun",
    ),
]

UJI_2026 = [
    (
        "Tingkat Dasar",
        "22 Mei 2026 pukul 15.00 WITA",
        "9-10 Juni 2026",
        "Aula Lantai 3 Kantor Badan",
        "26 Juni 2026",
        "12 orang",
    ),
    (
        "Tingkat Lanjutan",
        "16 Oktober 2026 pukul 15.00 WITA",
        "3-4 November 2026",
        "Aula Lantai 3 Kantor Badan",
        "20 November 2026",
        "6 orang",
    ),
]

SERT2026 = [
    C("PERATURAN KEPALA BADAN PENDAPATAN DAERAH KOTA TELUK SEMBILANG"),
    C("NOMOR 7 TAHUN 2026"),
    C("TENTANG"),
    C("SERTIFIKASI DAN PEMELIHARAAN KOMPETENSI PENILAI PAJAK DAERAH DAN JURU SITA PAJAK DAERAH"),
    P(FIKTIF),
    P(
        "Menimbang: a. bahwa Laporan Penilaian Individual objek PBB-P2 dan tindakan penagihan "
        "dengan surat paksa hanya boleh dilakukan oleh Pegawai yang kompetensinya teruji; "
        "b. bahwa Peraturan Kepala Badan Nomor 11 Tahun 2024 tentang Sertifikasi Penilai PBB-P2 "
        "dan Juru Sita perlu disesuaikan dengan jenjang objek penilaian dan kerja sama uji "
        "dengan BPSDM Provinsi Tanjung Nusa Raya; c. bahwa berdasarkan pertimbangan sebagaimana "
        "dimaksud dalam huruf a dan huruf b perlu menetapkan Peraturan Kepala Badan tentang "
        "Sertifikasi dan Pemeliharaan Kompetensi Penilai Pajak Daerah dan Juru Sita Pajak "
        "Daerah."
    ),
    H1("BAB I KETENTUAN UMUM"),
    H2("Pasal 1"),
    L(
        "1. Penilai adalah Pegawai yang menduduki JF Penilai Pajak Daerah atau ditugaskan "
        "menilai objek Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2).",
        "2. Sertifikat Penilai adalah tanda kompetensi yang diterbitkan Kepala Badan setelah "
        "Penilai lulus uji sertifikasi.",
        "3. Laporan Penilaian Individual yang selanjutnya disingkat LPI adalah laporan hasil "
        "penilaian satu objek PBB-P2.",
        "4. JP pemeliharaan adalah JP pengembangan kompetensi di bidang penilaian properti yang "
        "wajib dipenuhi pemegang Sertifikat Penilai.",
        "5. Kartu Juru Sita adalah tanda pengenal yang wajib dibawa juru sita dalam setiap "
        "tindakan penagihan.",
    ),
    H1("BAB II SERTIFIKASI PENILAI"),
    H2("Pasal 2"),
    P(
        "(1) Sertifikat Penilai terdiri atas 2 (dua) jenjang sebagaimana tercantum dalam Tabel 1. "
        "(2) Penilai yang tidak memegang Sertifikat Penilai yang masih berlaku tidak boleh "
        "menandatangani LPI dan hanya dapat bertugas sebagai anggota tim penilaian."
    ),
    T(
        "Tabel 1. Jenjang Sertifikat Penilai",
        [
            "Jenjang",
            "Objek yang boleh dinilai",
            "Batas nilai objek",
            "Pelatihan prasyarat",
            "Masa berlaku",
        ],
        [list(r) for r in JENJANG],
        [22, 52, 34, 20, 18],
    ),
    H2("Pasal 3"),
    P(
        "Persyaratan mengikuti uji Tingkat Dasar: a. PNS atau PPPK penuh waktu pada Bidang "
        "Pendataan dan Penilaian atau UPT PPD; b. pengalaman di bidang penilaian paling singkat "
        "6 (enam) bulan; c. pendidikan paling rendah Diploma III; dan d. telah lulus BPD-04 "
        "Penilaian Properti PBB-P2 Tingkat Dasar."
    ),
    H2("Pasal 4"),
    P(
        "Persyaratan mengikuti uji Tingkat Lanjutan: a. memegang Sertifikat Penilai Tingkat "
        "Dasar paling singkat 2 (dua) tahun; b. telah menandatangani paling sedikit 20 (dua "
        "puluh) LPI; dan c. telah lulus BPD-05 Penilaian Properti PBB-P2 Tingkat Lanjutan."
    ),
    H2("Pasal 5"),
    P(
        "(1) Uji sertifikasi terdiri atas ujian tulis berbasis komputer (60 soal, 90 menit) dan "
        "ujian praktik penilaian berupa studi kasus lapangan. (2) Peserta dinyatakan lulus "
        "apabila memperoleh nilai ujian tulis paling rendah 70 (tujuh puluh) dan nilai ujian "
        "praktik paling rendah 75 (tujuh puluh lima). (3) Uji sertifikasi diselenggarakan "
        "Badan bekerja sama dengan BPSDM Provinsi Tanjung Nusa Raya."
    ),
    H2("Pasal 6"),
    P(
        "(1) Peserta yang tidak lulus dapat mengikuti uji ulang paling cepat 3 (tiga) bulan "
        "setelah uji sebelumnya dan paling banyak 2 (dua) kali dalam 1 (satu) tahun. (2) Biaya "
        "uji pertama dan uji ulang pertama ditanggung APBD. (3) Biaya uji ulang kedua dalam "
        "tahun yang sama ditanggung peserta sebesar Rp850.000 (delapan ratus lima puluh ribu "
        "rupiah)."
    ),
    H2("Pasal 7"),
    P(
        "(1) Pemegang Sertifikat Penilai wajib memenuhi JP pemeliharaan paling sedikit 16 (enam "
        "belas) JP setiap tahun. (2) Sertifikat diperpanjang untuk 3 (tiga) tahun berikutnya "
        "tanpa uji apabila JP pemeliharaan terpenuhi setiap tahun dan pemegang menandatangani "
        "paling sedikit 10 (sepuluh) LPI setiap tahun. (3) Permohonan perpanjangan diajukan "
        "melalui e-PADU menu Sertifikasi paling lambat 60 (enam puluh) hari sebelum sertifikat "
        "berakhir. (4) Sertifikat yang telah berakhir lebih dari 6 (enam) bulan hanya dapat "
        "diperoleh kembali melalui uji sertifikasi."
    ),
    H1("BAB III JURU SITA PAJAK DAERAH"),
    H2("Pasal 8"),
    P(
        "Persyaratan pengangkatan juru sita: a. PNS paling rendah golongan ruang II/b; b. lulus "
        "BPD-12 Diklat Juru Sita Pajak Daerah sebanyak 40 (empat puluh) JP; c. sehat jasmani "
        "dan rohani; d. tidak sedang menjalani hukuman disiplin; dan e. diusulkan Kepala Bidang "
        "Penagihan dan Keberatan."
    ),
    H2("Pasal 9"),
    P(
        "(1) Juru sita diangkat dengan Keputusan Kepala Badan dan diberi Kartu Juru Sita yang "
        "berlaku 2 (dua) tahun. (2) Perpanjangan Kartu Juru Sita mensyaratkan kelulusan BPD-11 "
        "atau BPD-13 dalam 2 (dua) tahun terakhir. (3) PPPK tidak dapat diangkat sebagai juru "
        "sita, tetapi dapat ditugaskan sebagai petugas penagihan untuk penyampaian surat "
        "teguran."
    ),
    H1("BAB IV PELAKSANAAN UJI TAHUN 2026"),
    H2("Pasal 10"),
    P(
        "(1) Pendaftaran uji sertifikasi dilakukan melalui e-PADU menu Sertifikasi dengan "
        "mengunggah sertifikat pelatihan prasyarat, surat rekomendasi Kepala Bidang atau Kepala "
        "UPT PPD, dan ijazah. (2) Berkas fisik tidak diterima. (3) Jadwal, tempat, dan kuota uji "
        "tahun 2026 tercantum dalam Tabel 2."
    ),
    T(
        "Tabel 2. Jadwal Uji Sertifikasi Penilai Tahun 2026",
        ["Jenjang", "Batas pendaftaran", "Tanggal uji", "Tempat", "Pengumuman", "Kuota"],
        [list(r) for r in UJI_2026],
        [22, 34, 24, 34, 24, 14],
    ),
    H2("Pasal 11"),
    P(
        "Uji dimulai pukul 08.00 WITA. Peserta membawa kartu identitas pegawai dan kalkulator "
        "finansial; telepon genggam dititipkan kepada panitia selama ujian tulis."
    ),
    H1("BAB V KETENTUAN PERALIHAN DAN PENUTUP"),
    H2("Pasal 12"),
    P(
        "(1) Sertifikat Penilai PBB-P2 yang diterbitkan berdasarkan Peraturan Kepala Badan Nomor "
        "11 Tahun 2024 dipersamakan dengan Sertifikat Penilai Tingkat Dasar dan tetap berlaku "
        "sampai masa berlakunya berakhir, paling lama sampai dengan 31 Desember 2027. "
        "(2) Kartu Juru Sita yang diterbitkan sebelum Peraturan Kepala Badan ini berlaku tetap "
        "berlaku sampai tanggal yang tercantum pada kartu."
    ),
    H2("Pasal 13"),
    P(
        "Kontak layanan sertifikasi penilai: "
        + KOORD_NILAI
        + ", Koordinator Penilaian, WA "
        + WA_NILAI
        + ". Kontak layanan juru sita: "
        + KOORD_JS
        + ", WA "
        + WA_JS
        + ". Layanan "
        "pada hari kerja pukul 08.00-15.00 WITA."
    ),
    H2("Pasal 14"),
    P(
        "Pada saat Peraturan Kepala Badan ini mulai berlaku, Peraturan Kepala Badan Nomor 11 "
        "Tahun 2024 tentang Sertifikasi Penilai PBB-P2 dan Juru Sita dicabut dan dinyatakan "
        "tidak berlaku."
    ),
    H2("Pasal 15"),
    P(
        "Peraturan Kepala Badan ini mulai berlaku pada tanggal 2 Maret 2026. Ditetapkan di Teluk "
        "Sembilang pada tanggal 16 Februari 2026. KEPALA BADAN PENDAPATAN DAERAH KOTA TELUK "
        "SEMBILANG, ttd. " + KABAN
    ),
]

SERT2024_TXT = """\
BADAN PENDAPATAN DAERAH KOTA TELUK SEMBILANG
PROVINSI TANJUNG NUSA RAYA
Jalan Pelabuhan Lama Nomor 17, Teluk Sembilang
(Dokumen fiktif, untuk evaluasi.)

PERATURAN KEPALA BADAN PENDAPATAN DAERAH KOTA TELUK SEMBILANG
NOMOR 11 TAHUN 2024
TENTANG
SERTIFIKASI PENILAI PBB-P2 DAN JURU SITA

Pasal 1 - Sertifikat Penilai
(1) Sertifikat Penilai PBB-P2 terdiri atas satu jenjang dan berlaku untuk semua objek PBB-P2.
(2) Sertifikat Penilai berlaku 5 (lima) tahun.
(3) Penilai yang belum bersertifikat dapat menandatangani Laporan Penilaian Individual (LPI)
    dengan paraf Kepala Subbidang Penilaian.

Pasal 2 - Persyaratan uji
a. PNS pada Bidang Pendataan dan Penilaian atau UPT (PPPK tidak dapat mengikuti uji);
b. masa kerja di bidang penilaian paling singkat 1 (satu) tahun;
c. pendidikan paling rendah SMA/sederajat.

Pasal 3 - Uji sertifikasi
(1) Uji terdiri atas ujian tulis tertulis di kertas dan ujian praktik penilaian.
(2) Nilai kelulusan paling rendah 65 (enam puluh lima) untuk ujian tulis dan 65 (enam puluh
    lima) untuk ujian praktik.
(3) Peserta yang tidak lulus dapat mengulang setelah 6 (enam) bulan.
(4) Biaya uji Rp1.200.000 per peserta, ditanggung 50% oleh APBD dan 50% oleh peserta.
(5) Uji diselenggarakan oleh Tim Uji internal Badan.

Pasal 4 - Kuota dan jadwal 2024
(1) Kuota uji 8 (delapan) orang per tahun.
(2) Berkas dalam map kuning diserahkan ke Subbidang Penilaian, Kantor Badan lantai 2,
    paling lambat 30 April 2024 pukul 14.00 WITA.
(3) Uji dilaksanakan 21-22 Mei 2024 di Ruang Rapat Bidang Pendataan dan Penilaian.
(4) Hasil uji diumumkan 7 Juni 2024 di papan pengumuman Kantor Badan.

Pasal 5 - Pemeliharaan
Pemegang Sertifikat Penilai wajib mengikuti 10 (sepuluh) JP pemeliharaan setiap tahun.

Pasal 6 - Juru sita
(1) Calon juru sita paling rendah golongan ruang II/a dan lulus Diklat Juru Sita 30 (tiga
    puluh) JP.
(2) Kartu Juru Sita berlaku 3 (tiga) tahun.

Pasal 7 - Kontak
Baharuddin Lamato, S.Sos., Subbidang Penilaian, telepon/WA 0813-4255-1908.

Ditetapkan di Teluk Sembilang, 19 Februari 2024
KEPALA BADAN PENDAPATAN DAERAH KOTA TELUK SEMBILANG,
ttd.
Ir. Muhammad Ridwan Tahir, M.M.
"""


# =========================================================================== SK mentor TUNAS (DOCX)
MENTOR_JAB = {
    KOORD_TUNAS: "Analis Keuangan Pusat dan Daerah Ahli Madya",
    KOORD_NILAI: "Penilai Pajak Daerah Ahli Madya",
    KOORD_JS: "Koordinator Juru Sita (pengawas)",
    PRAKOM: "Pranata Komputer Ahli Muda",
    KA_UPT1: "Kepala UPT PPD Wilayah I (pengawas)",
    KA_UPT2: "Kepala UPT PPD Wilayah II (pengawas)",
}
# mentor, mentee, status, unit of the mentee
PASANGAN = [
    (
        KOORD_TUNAS,
        "Muh. Fikri Ramadhan, S.E.",
        "CPNS formasi 2025",
        "Bidang Perencanaan dan Pengembangan Pendapatan",
    ),
    (KOORD_TUNAS, "Nurul Aisyah Tamrin, S.Ak.", "PPPK", "Subbagian Keuangan"),
    (
        KOORD_NILAI,
        "Arya Pratama Lasut, S.T.",
        "CPNS formasi 2025",
        "Bidang Pendataan dan Penilaian",
    ),
    (KOORD_NILAI, "Gita Permata Sari, S.T.", "PPPK", "Bidang Pendataan dan Penilaian"),
    (
        KOORD_NILAI,
        "Ratna Sari Botutihe, S.E.",
        "PNS, baru diangkat JF Penilai",
        "UPT PPD Wilayah II",
    ),
    (KOORD_JS, "Rudy Hartawan Saleh", "PNS, calon juru sita", "UPT PPD Wilayah III"),
    (
        PRAKOM,
        "Kevin Alfarizi Tumbelaka, S.Kom.",
        "CPNS formasi 2025",
        "Bidang Pengembangan Sistem dan Data",
    ),
    (KA_UPT1, "Wa Ode Sitti Rahma, A.Md.Ak.", "PPPK", "UPT PPD Wilayah II"),
    (KA_UPT2, "Risky Amalia Hasan, S.E.", "CPNS formasi 2025", "UPT PPD Wilayah IV"),
    (KA_UPT2, "Jefri Mamonto, A.Md.", "PPPK", "Gerai Samsat"),
]
HONOR_MENTOR = 250_000
BULAN_TUNAS = 6


def _pasangan_rows():
    return [[str(i), m, MENTOR_JAB[m], e, s, u] for i, (m, e, s, u) in enumerate(PASANGAN, 1)]


def _honor_rows():
    per = {}
    for m, _e, _s, _u in PASANGAN:
        per[m] = per.get(m, 0) + 1
    rows = []
    for i, (m, n) in enumerate(per.items(), 1):
        rows.append(
            [
                str(i),
                m,
                str(n),
                str(BULAN_TUNAS),
                rp(HONOR_MENTOR),
                rp(n * BULAN_TUNAS * HONOR_MENTOR),
            ]
        )
    tot = sum(per.values())
    rows.append(["", "Jumlah", str(tot), "", "", rp(tot * BULAN_TUNAS * HONOR_MENTOR)])
    return rows


SK_TUNAS = [
    C("KEPUTUSAN KEPALA BADAN PENDAPATAN DAERAH KOTA TELUK SEMBILANG"),
    C("NOMOR 800.1.6/214/BAPENDA/2026"),
    C("TENTANG PENETAPAN MENTOR DAN MENTEE PROGRAM TUNAS ANGKATAN II TAHUN 2026"),
    P(FIKTIF),
    P(
        "Menimbang bahwa untuk melaksanakan Pasal 20 sampai dengan Pasal 22 Peraturan Kepala "
        "Badan Nomor 2 Tahun 2026 tentang Pengembangan Kompetensi Pegawai di Lingkungan Badan "
        "Pendapatan Daerah perlu menetapkan mentor dan mentee Program TUNAS Angkatan II Tahun "
        "2026."
    ),
    H1("MEMUTUSKAN"),
    P(
        "KESATU: Menetapkan mentor dan mentee Program TUNAS Angkatan II Tahun 2026 sebagaimana "
        "tercantum dalam Tabel 1."
    ),
    P(
        "KEDUA: Program TUNAS Angkatan II berlangsung selama 6 (enam) bulan, mulai Senin, 6 "
        "April 2026 sampai dengan Jumat, 2 Oktober 2026. Pertemuan pembukaan (temu mentor) "
        "dilaksanakan pada Senin, 6 April 2026 pukul 09.00 WITA di Aula Lantai 3 Kantor Badan, "
        "dan Forum Presentasi Akhir pada Selasa, 29 September 2026."
    ),
    P(
        "KETIGA: Koordinator program adalah " + KOORD_TUNAS + " (Analis Keuangan Pusat dan "
        "Daerah Ahli Madya), WA " + WA_TUNAS + ". Dalam Angkatan II koordinator program juga "
        "bertugas sebagai mentor."
    ),
    P(
        "KEEMPAT: Mentor menerima honorarium Rp250.000 per mentee per bulan selama 6 bulan, "
        "dibebankan pada DPA Badan Tahun Anggaran 2026, sebagaimana tercantum dalam Tabel 2. "
        "Honorarium dibayarkan setiap triwulan setelah Jurnal Mentoring (Formulir MT-1) "
        "diverifikasi koordinator."
    ),
    P(
        "KELIMA: Mentor yang berhalangan lebih dari 3 (tiga) minggu digantikan sementara oleh "
        "mentor lain yang ditunjuk koordinator; honorarium dibayarkan kepada mentor yang "
        "melaksanakan pertemuan."
    ),
    P(
        "KEENAM: Mentee dari UPT PPD Wilayah IV (Pulau Rengas) dapat mengikuti pertemuan secara "
        "daring, kecuali pertemuan pembukaan dan Forum Presentasi Akhir."
    ),
    T(
        "Tabel 1. Mentor dan Mentee Program TUNAS Angkatan II Tahun 2026",
        ["No", "Nama mentor", "Jabatan mentor", "Nama mentee", "Status mentee", "Unit mentee"],
        _pasangan_rows(),
        [6, 34, 30, 32, 24, 30],
        header2=[("No", 1), ("Mentor", 2), ("Mentee", 3)],
    ),
    T(
        "Tabel 2. Honorarium Mentor Program TUNAS Angkatan II",
        [
            "No",
            "Mentor",
            "Jumlah mentee",
            "Bulan",
            "Honor per mentee per bulan (Rp)",
            "Jumlah (Rp)",
        ],
        _honor_rows(),
        [6, 40, 16, 10, 26, 22],
    ),
    P(
        "Ditetapkan di Teluk Sembilang pada tanggal 27 Maret 2026. KEPALA BADAN PENDAPATAN "
        "DAERAH KOTA TELUK SEMBILANG, ttd. " + KABAN
    ),
]


# =========================================================================== RAB Akademi PADU (DOCX)
def _rab_rows():
    rows = []
    for i, (k, n, a, p, c) in enumerate(RAB, 1):
        rows.append([str(i), k, n, str(a), str(p) if p else "-", rp(c), rp(a * c), "APBD"])
    rows.append(["", "", "Jumlah", str(sum(r[2] for r in RAB)), "", "", rp(RAB_TOTAL), "APBD"])
    return rows


RAB_DOC = [
    C("RENCANA ANGGARAN BIAYA AKADEMI PADU TAHUN 2026"),
    C("SUBBAGIAN UMUM DAN KEPEGAWAIAN BADAN PENDAPATAN DAERAH KOTA TELUK SEMBILANG"),
    P(FIKTIF),
    P(
        'Rencana anggaran ini merinci baris "Akademi PADU" pada Tabel 4 Peraturan Kepala Badan '
        "Nomor 2 Tahun 2026. Biaya per angkatan mencakup honorarium narasumber, konsumsi, "
        "penggandaan modul, transport praktik lapangan, dan sertifikat. Seluruh kegiatan "
        "dibiayai dari APBD Kota Teluk Sembilang Tahun Anggaran 2026."
    ),
    T(
        "Tabel Rincian Anggaran Akademi PADU 2026",
        [
            "No",
            "Kode",
            "Kegiatan",
            "Angkatan",
            "Peserta per angkatan",
            "Biaya per angkatan",
            "Jumlah",
            "Sumber dana",
        ],
        _rab_rows(),
        [6, 12, 50, 12, 14, 22, 22, 14],
        header2=[
            ("No", 1),
            ("Kode", 1),
            ("Kegiatan", 1),
            ("Volume", 2),
            ("Biaya (Rp)", 2),
            ("Sumber dana", 1),
        ],
    ),
    H2("Catatan"),
    L(
        "1. Komponen terbesar BPD-04 adalah honorarium narasumber penilai dari Kantor Jasa "
        "Penilai Publik dan transport praktik lapangan ke 3 (tiga) kecamatan sebesar "
        "Rp31.500.000.",
        "2. Biaya BPD-12 per angkatan sudah termasuk rompi dan perlengkapan praktik penyitaan "
        "untuk 20 peserta.",
        "3. BPD-08 diselenggarakan pada hari Sabtu; biaya per angkatan sudah termasuk konsumsi "
        "dua kali dan snack, tanpa uang lembur.",
        "4. Penggantian biaya penyeberangan peserta dari UPT PPD Wilayah IV (Pulau Rengas) "
        "dianggarkan tersendiri sebesar Rp12.600.000 pada pos perjalanan dinas dan tidak "
        "termasuk dalam tabel ini.",
        "5. Disusun oleh " + KASUBAG_UK + " (Kepala Subbagian Umum dan Kepegawaian), 9 Januari "
        "2026; disetujui Sekretaris, " + SEKBAN,
    ),
]

DOCS = {
    "perkaban-pengembangan-kompetensi-2026": (
        "pdf",
        PERKABAN,
        "Perkaban Bapenda Kota Teluk Sembilang No. 2 Tahun 2026",
    ),
    "perkaban-sertifikasi-penilai-juru-sita-2026": (
        "pdf",
        SERT2026,
        "Perkaban Bapenda Kota Teluk Sembilang No. 7 Tahun 2026",
    ),
    "sk-mentor-tunas-angkatan-ii-2026": (
        "docx",
        SK_TUNAS,
        "Keputusan Kepala Badan Mentor TUNAS Angkatan II",
    ),
    "rab-akademi-padu-2026": ("docx", RAB_DOC, "RAB Akademi PADU 2026"),
}


# =========================================================================== XLSX workbook
XLSX_NAME = "rekap-jp-bapenda-2025.xlsx"
# group, [unit, PNS, PPPK, PPPK paruh waktu, non-ASN alih daya, total JP ASN, ASN reaching target]
UNIT_2025 = [
    (
        "SEKRETARIAT",
        [
            (
                "Sekretariat (Subbagian Umum dan Kepegawaian, Subbagian Keuangan)",
                18,
                4,
                3,
                12,
                512,
                17,
            ),
        ],
    ),
    (
        "BIDANG",
        [
            ("Bidang Perencanaan dan Pengembangan Pendapatan", 11, 2, 0, 1, 398, 11),
            ("Bidang Pendataan dan Penilaian", 16, 3, 2, 2, 605, 12),
            ("Bidang Penetapan dan Pemeriksaan", 13, 2, 1, 1, 421, 11),
            ("Bidang Penagihan dan Keberatan", 15, 3, 2, 3, 402, 10),
            ("Bidang Pengembangan Sistem dan Data", 9, 3, 0, 2, 366, 10),
        ],
    ),
    (
        "UPT PELAYANAN PAJAK DAERAH DAN GERAI",
        [
            ("UPT PPD Wilayah I (Sembilang Kota)", 12, 6, 3, 5, 318, 11),
            ("UPT PPD Wilayah II (Tanjung Batu)", 10, 5, 2, 4, 301, 10),
            ("UPT PPD Wilayah III (Muara Dalam)", 9, 4, 2, 3, 214, 6),
            ("UPT PPD Wilayah IV (Pulau Rengas)", 6, 3, 1, 2, 121, 3),
            ("Gerai Bapenda Kantor Bersama Samsat", 5, 4, 0, 6, 168, 6),
        ],
    ),
]
PENILAI = [
    (
        "Rahmawati Djafar, S.T., M.Ec.Dev.",
        "19780304 200312 2 007",
        "Penilai Pajak Daerah Ahli Madya",
        "Bidang Pendataan dan Penilaian",
        "SP-PBB/2024/003",
        "12 Agustus 2024",
        "12 Agustus 2029",
        "Berlaku",
    ),
    (
        "Muhammad Arief Lamato, S.T.",
        "19830917 200903 1 011",
        "Penilai Pajak Daerah Ahli Muda",
        "Bidang Pendataan dan Penilaian",
        "SP-PBB/2024/005",
        "12 Agustus 2024",
        "12 Agustus 2029",
        "Berlaku",
    ),
    (
        "Yuliana Palinggi, S.E.",
        "19850622 201001 2 019",
        "Penilai Pajak Daerah Ahli Muda",
        "UPT PPD Wilayah I (Sembilang Kota)",
        "SP-PBB/2021/014",
        "3 Mei 2021",
        "3 Mei 2026",
        "Berlaku, habis 2026",
    ),
    (
        "Fadli Rusdin, A.Md.",
        "19900108 201402 1 004",
        "Penilai Pajak Daerah Ahli Pertama",
        "UPT PPD Wilayah III (Muara Dalam)",
        "SP-PBB/2022/009",
        "20 September 2022",
        "20 September 2027",
        "Berlaku",
    ),
    (
        "Stevani Kalalo, S.T.",
        "19940415 201903 2 012",
        "Penilai Pajak Daerah Ahli Pertama",
        "Bidang Pendataan dan Penilaian",
        "SP-PBB/2024/011",
        "12 Agustus 2024",
        "12 Agustus 2029",
        "Berlaku",
    ),
    (
        "Andi Muhammad Ikhsan, S.T., M.T.",
        "19810730 200604 1 009",
        "Penilai Pajak Daerah Ahli Muda",
        "Bidang Pendataan dan Penilaian",
        "SP-PBB/2020/002",
        "9 November 2020",
        "9 November 2025",
        "Habis, wajib uji ulang 2026",
    ),
    (
        "Ratna Sari Botutihe, S.E.",
        "19920311 201703 2 006",
        "Penilai Pajak Daerah Ahli Pertama",
        "UPT PPD Wilayah II (Tanjung Batu)",
        "-",
        "-",
        "-",
        "Belum bersertifikat",
    ),
    (
        "Gita Permata Sari, S.T.",
        "19970205 202421 2 003",
        "Penilai Pajak Daerah Ahli Pertama (PPPK)",
        "Bidang Pendataan dan Penilaian",
        "-",
        "-",
        "-",
        "Belum bersertifikat",
    ),
]


def _units():
    return [u for _g, us in UNIT_2025 for u in us]


def write_xlsx(path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    wb.set_properties(
        {
            "title": "Rekap JP Pegawai Bapenda 2025",
            "author": "Subbagian Umum dan Kepegawaian",
            "comments": FIKTIF,
            "created": FIXED_DATE.replace(tzinfo=None),
        }
    )
    title = wb.add_format({"bold": True, "font_size": 13})
    hdr = wb.add_format(
        {
            "bold": True,
            "border": 1,
            "bg_color": "#E2EFDA",
            "align": "center",
            "valign": "vcenter",
            "text_wrap": True,
        }
    )
    cell = wb.add_format({"border": 1})
    one = wb.add_format({"border": 1, "num_format": "0.0"})
    grp = wb.add_format({"bold": True, "border": 1, "bg_color": "#FFF2CC"})
    tot = wb.add_format({"bold": True, "border": 1})
    tot1 = wb.add_format({"bold": True, "border": 1, "num_format": "0.0"})

    ws = wb.add_worksheet("Rekap JP 2025")
    ws.merge_range("A1:K1", "REKAPITULASI CAPAIAN JP PEGAWAI TAHUN 2025 PER UNIT KERJA", title)
    ws.merge_range(
        "A2:K2",
        "Badan Pendapatan Daerah Kota Teluk Sembilang - data e-PADU per 16 Januari 2026. " + FIKTIF,
    )
    heads = [
        "No",
        "Unit kerja",
        "PNS",
        "PPPK",
        "PPPK Paruh Waktu",
        "Non-ASN Alih Daya",
        "ASN Dihitung (PNS + PPPK)",
        "Total JP ASN",
        "Rata-rata JP per ASN",
        "ASN Mencapai Target (orang)",
        "Persen Mencapai Target",
    ]
    ws.merge_range("C4:F4", "Jumlah Pegawai", hdr)
    for col, h in enumerate(heads):
        if 2 <= col <= 5:
            ws.write(4, col, h, hdr)
        else:
            ws.merge_range(3, col, 4, col, h, hdr)
    row, no = 5, 0
    first = row
    for g, units in UNIT_2025:
        ws.merge_range(row, 0, row, 10, g, grp)
        row += 1
        for name, pns, pppk, pw, na, jp, ok in units:
            no += 1
            asn = pns + pppk
            for col, v in enumerate([no, name, pns, pppk, pw, na, asn, jp]):
                ws.write(row, col, v, cell)
            ws.write(row, 8, round(jp / asn, 1), one)
            ws.write(row, 9, ok, cell)
            ws.write(row, 10, round(ok / asn * 100, 1), one)
            row += 1
    units = _units()
    ws.write(row, 1, "JUMLAH / RATA-RATA BADAN", tot)
    sums = [sum(u[i] for u in units) for i in range(1, 7)]
    for col, letter, val in zip((2, 3, 4, 5), "CDEF", sums[:4], strict=True):
        ws.write_formula(row, col, f"=SUM({letter}{first + 1}:{letter}{row})", tot, val)
    asn_t = sums[0] + sums[1]
    ws.write_formula(row, 6, f"=SUM(G{first + 1}:G{row})", tot, asn_t)
    ws.write_formula(row, 7, f"=SUM(H{first + 1}:H{row})", tot, sums[4])
    ws.write_formula(row, 8, f"=ROUND(H{row + 1}/G{row + 1},1)", tot1, round(sums[4] / asn_t, 1))
    ws.write_formula(row, 9, f"=SUM(J{first + 1}:J{row})", tot, sums[5])
    ws.write_formula(
        row, 10, f"=ROUND(J{row + 1}/G{row + 1}*100,1)", tot1, round(sums[5] / asn_t * 100, 1)
    )
    ws.set_column(1, 1, 44)
    ws.set_column(2, 10, 13)

    ws2 = wb.add_worksheet("Penilai Bersertifikat")
    ws2.merge_range(
        "A1:I1", "DAFTAR PENILAI PBB-P2 DAN STATUS SERTIFIKAT (PER 31 DESEMBER 2025)", title
    )
    ws2.write(1, 0, FIKTIF)
    h2 = [
        "No",
        "Nama",
        "NIP / NI PPPK",
        "Jabatan",
        "Unit kerja",
        "Nomor sertifikat",
        "Tanggal terbit",
        "Berlaku sampai",
        "Status",
    ]
    for col, h in enumerate(h2):
        ws2.write(3, col, h, hdr)
    for i, r in enumerate(PENILAI, 1):
        for col, v in enumerate([i, *r]):
            ws2.write(3 + i, col, v, cell)
    ws2.set_column(1, 1, 36)
    ws2.set_column(2, 8, 22)

    ws3 = wb.add_worksheet("Catatan")
    notes = [
        "Catatan penyusunan",
        FIKTIF,
        "1. ASN dihitung = PNS + PPPK penuh waktu. PPPK paruh waktu belum memiliki target JP "
        "pada tahun 2025 sehingga tidak dihitung; target 12 JP bagi PPPK paruh waktu baru "
        "berlaku mulai 2026.",
        "2. Pegawai non-ASN alih daya bukan ASN; jumlahnya dicantumkan sebagai informasi dan jam "
        "pembekalannya dicatat terpisah sebagai jam pembekalan mitra.",
        "3. Target JP 2025 masih mengikuti Peraturan Kepala Badan Nomor 9 Tahun 2021: 30 JP bagi "
        "JF Penilai Pajak Daerah dan 20 JP bagi jabatan lainnya.",
        "4. UPT PPD Wilayah IV (Pulau Rengas) terendah karena 2 jadwal penyeberangan dibatalkan "
        "akibat cuaca pada bulan Februari dan Juli 2025.",
        "5. Kolom 'Berlaku sampai' pada sheet Penilai Bersertifikat ditulis sesuai sertifikat; "
        "lihat ketentuan peralihan Peraturan Kepala Badan Nomor 7 Tahun 2026.",
        "Disusun oleh Subbagian Umum dan Kepegawaian, 23 Februari 2026. Kontak: "
        + ANALIS_SDM
        + ", WA "
        + WA_AKADEMI
        + ".",
    ]
    for i, t in enumerate(notes):
        ws3.write(i, 0, t)
    ws3.set_column(0, 0, 120)
    wb.close()


# =========================================================================== CSV files
REKAP_HEADER = [
    "unit_kerja",
    "kantor",
    "asn_dihitung",
    "jp_klasikal",
    "jp_nonklasikal",
    "total_jp",
    "rata_rata_jp_per_asn",
    "asn_capai_10_jp",
    "persen_capai_10_jp",
    "li2_terlambat",
    "keterangan",
]
# unit, office, ASN, classical JP, non-classical JP, ASN >= 10 JP, late LI-2, note
_REKAP = [
    ("Sekretariat", "Kantor Pusat", 22, 96, 41.5, 9, 1, ""),
    (
        "Bidang Perencanaan dan Pengembangan Pendapatan",
        "Kantor Pusat",
        13,
        118,
        36,
        8,
        0,
        "BPD-16 dan BPD-17 selesai Februari",
    ),
    (
        "Bidang Pendataan dan Penilaian",
        "Kantor Pusat",
        19,
        214,
        52.5,
        15,
        3,
        "BPD-04 (40 JP) 20-24 April; 3 LI-2 peserta BPD-04 belum masuk",
    ),
    ("Bidang Penetapan dan Pemeriksaan", "Kantor Pusat", 15, 88, 29, 7, 0, ""),
    (
        "Bidang Penagihan dan Keberatan",
        "Kantor Pusat",
        18,
        132,
        24.5,
        10,
        2,
        "BPD-12 Angkatan II 9-13 Maret",
    ),
    (
        "Bidang Pengembangan Sistem dan Data",
        "Kantor Pusat",
        12,
        64,
        47,
        6,
        0,
        "banyak e-learning BPD-18 dan EL",
    ),
    ("UPT PPD Wilayah I", "Sembilang Kota", 18, 72, 33.5, 7, 1, ""),
    ("UPT PPD Wilayah II", "Tanjung Batu", 15, 66, 30, 6, 0, "tuan rumah kelas Juli-September"),
    ("UPT PPD Wilayah III", "Muara Dalam", 13, 38, 21.5, 3, 1, ""),
    (
        "UPT PPD Wilayah IV",
        "Pulau Rengas",
        9,
        18,
        26,
        2,
        0,
        "sebagian besar JP dari e-learning dan KOPI PAJAK daring",
    ),
    ("Gerai Samsat", "Kantor Bersama Samsat", 9, 36, 11.5, 4, 0, "BPD-09 dijadwalkan 24 Juni"),
]


def dec(x):
    return (f"{x:.1f}").replace(".", ",")


def rekap_rows():
    rows = []
    for unit, kantor, asn, kl, nk, ok, late, ket in _REKAP:
        total = kl + nk
        rows.append(
            [
                unit,
                kantor,
                str(asn),
                str(kl),
                dec(nk),
                dec(total),
                dec(total / asn),
                str(ok),
                dec(ok / asn * 100),
                str(late),
                ket,
            ]
        )
    return rows


OFFICES = [
    "Kantor Pusat",
    "UPT Wilayah I",
    "UPT Wilayah II",
    "UPT Wilayah III",
    "UPT Wilayah IV",
    "Gerai Samsat",
]
_KUOTA = [
    ("BPD-02", "Dasar-Dasar Pajak Daerah (UU HKPD)", [44, 10, 10, 8, 5, 3], ""),
    ("BPD-03", "Pendataan Objek dan Subjek Pajak", [22, 8, 8, 6, 6, 0], ""),
    (
        "BPD-08",
        "Pelayanan Prima Pajak Daerah",
        [12, 22, 20, 16, 10, 10],
        "3 angkatan x 30; semua hari Sabtu",
    ),
    ("BPD-09", "Pelayanan Prima Gerai Samsat", [0, 0, 0, 0, 0, 15], "khusus Gerai Samsat"),
    ("BPD-10", "Penanganan Pengaduan", [14, 10, 10, 8, 4, 4], ""),
    ("BPD-11", "Penagihan dengan Surat Paksa", [12, 2, 2, 2, 2, 0], ""),
    (
        "BPD-12",
        "Diklat Juru Sita (Pengangkatan)",
        [22, 5, 5, 5, 3, 0],
        "Angkatan II dan III; PPPK tidak dapat diusulkan",
    ),
    ("BPD-13", "Keselamatan dan Etika Petugas Lapangan", [30, 10, 10, 10, 10, 0], ""),
    ("BPD-15", "Verifikasi dan Validasi BPHTB", [13, 4, 4, 3, 1, 0], ""),
    (
        "BPD-22",
        "Antikorupsi dan Pengendalian Gratifikasi",
        [60, 16, 14, 12, 8, 10],
        "termasuk non-ASN alih daya",
    ),
    (
        "BPD-24",
        "Literasi Layanan Pajak Digital",
        [36, 36, 32, 28, 18, 30],
        "9 sesi x 20 orang; tidak ada sesi Agustus",
    ),
]


def kuota_rows():
    return [[k, n] + [str(x) for x in q] + [str(sum(q)), ket] for k, n, q, ket in _KUOTA]


KOPI_HEADER = ["no", "tanggal", "waktu", "tempat", "topik", "pemantik", "catatan"]
KOPI = [
    [
        "1",
        "Jumat, 16 Januari 2026",
        "pukul 14.00-15.30 WITA",
        "Aula Lantai 3 Kantor Badan",
        "Target PAD 2026, PBJT makan minum, dan strategi pendataan restoran baru",
        "Yusran Mappiasse, S.E., M.Ak.",
        "Pertemuan perdana 2026; dihadiri 41 orang.",
    ],
    [
        "2",
        "Jumat, 20 Februari 2026",
        "pukul 14.00-15.30 WITA",
        "daring (Zoom)",
        "Objek PBB-P2 yang berubah fungsi: ruko, kos-kosan, dan homestay",
        "Stevani Kalalo, S.T.",
        "Rekaman tersedia di e-PADU.",
    ],
    [
        "3",
        "Jumat, 20 Maret 2026",
        "pukul 14.00-15.30 WITA",
        "Aula Lantai 3 Kantor Badan",
        "Menghadapi wajib pajak yang marah di loket, belajar dari kasus UPT II",
        "Marlina Tuasikal, S.Sos.",
        "",
    ],
    [
        "4",
        "Jumat, 17 April 2026",
        "pukul 14.00-15.30 WITA",
        "UPT PPD Wilayah III, Muara Dalam",
        "Penagihan tunggakan PBB-P2 di wilayah pesisir, tantangan alamat, dan ahli waris",
        "Hendrik Wowor, S.H.",
        "Pertemuan pertama di luar Kantor Pusat.",
    ],
    [
        "5",
        "Jumat, 15 Mei 2026",
        "pukul 14.00-15.30 WITA",
        "Aula Lantai 3 Kantor Badan",
        "QRIS, virtual account, dan rekonsiliasi harian: apa yang sering selisih?",
        "Nurul Aisyah Tamrin, S.Ak.",
        "Pemantik dari peserta TUNAS Angkatan II.",
    ],
    [
        "6",
        "Jumat, 19 Juni 2026",
        "pukul 14.00-15.30 WITA",
        "daring (Zoom)",
        "Persiapan uji sertifikasi penilai: soal studi kasus, kalkulator finansial, dan tips",
        "Rahmawati Djafar, S.T., M.Ec.Dev.",
        "Soal latihan tidak direkam dan tidak dibagikan.",
    ],
    [
        "7",
        "Jumat, 17 Juli 2026",
        "pukul 14.00-15.30 WITA",
        "Ruang Pelatihan UPT PPD Wilayah II, Tanjung Batu",
        "Opsen PKB dan BBNKB, pembagian hasil, dan pertanyaan wajib pajak di Gerai Samsat",
        "Andi Nurfadillah, S.E.",
        "Aula Lantai 3 dipakai posko layanan PBB-P2.",
    ],
    [
        "8",
        "Jumat, 21 Agustus 2026",
        "pukul 15.30-16.30 WITA",
        "daring (Zoom)",
        "Catatan cepat masa puncak PBB-P2: antrean, sistem, dan keluhan",
        "Syahrul Gunawan Hamid, S.E.",
        "Hanya daring dan dipersingkat (masa puncak PBB-P2).\nDiakui 1 JP seperti pertemuan biasa.",
    ],
    [
        "9",
        "Jumat, 18 September 2026",
        "pukul 14.00-15.30 WITA",
        "Aula Lantai 3 Kantor Badan",
        "Zona Nilai Tanah 2027, usulan perubahan, dan uji publik",
        "Muhammad Arief Lamato, S.T.",
        "",
    ],
    [
        "10",
        "Jumat, 16 Oktober 2026",
        "pukul 14.00-15.30 WITA",
        "Aula Lantai 3 Kantor Badan",
        "Belajar dari mentee: hasil proyek TUNAS Angkatan II",
        "Fransiska Dewi Rante, S.E., M.Ak.",
        "Tiga mentee terbaik menjadi pemantik pendamping.",
    ],
    [
        "11",
        "Jumat, 20 November 2026",
        "pukul 14.00-15.30 WITA",
        "Aula Lantai 3 Kantor Badan",
        "Refleksi 2026, usulan katalog Akademi PADU 2027",
        "Ahmad Fadillah Rauf, S.Sos., M.A.P.",
        "Pertemuan terakhir 2026; tidak ada pertemuan Desember (tutup buku).",
    ],
]

EL_HEADER = ["kode", "judul_modul", "jp", "sasaran", "status", "prasyarat_untuk", "catatan"]
EL = [
    [
        "EL-01",
        "Pengenalan Bapenda dan Budaya Kerja BerAKHLAK",
        "2",
        "pegawai baru",
        "wajib bagi pegawai baru",
        "BPD-01",
        "",
    ],
    [
        "EL-02",
        "Pengantar UU HKPD dan Perda Pajak Daerah Kota Teluk Sembilang",
        "4",
        "seluruh pegawai teknis",
        "wajib bagi peserta BPD-02",
        "BPD-02",
        "bagian e-learning dari BPD-02; JP tidak dihitung dua kali",
    ],
    [
        "EL-03",
        "Pengantar Penilaian Properti PBB-P2",
        "6",
        "calon penilai",
        "wajib bagi peserta BPD-04",
        "BPD-04",
        "harus selesai paling lambat 7 hari sebelum BPD-04",
    ],
    [
        "EL-04",
        "Zona Nilai Tanah untuk Pemula",
        "3",
        "petugas pendataan dan penilai",
        "pilihan",
        "-",
        "",
    ],
    [
        "EL-05",
        "Keamanan Informasi Dasar (Kata Sandi dan Phishing)",
        "2",
        "seluruh pegawai",
        "pilihan",
        "-",
        "bukan pengganti BPD-18; akun tetap dibekukan bila BPD-18 belum lulus",
    ],
    [
        "EL-06",
        "Etika Pelayanan dan Komunikasi dengan Wajib Pajak",
        "2",
        "petugas layanan",
        "pilihan",
        "-",
        "dapat diikuti non-ASN alih daya",
    ],
    [
        "EL-07",
        "Tata Cara Penagihan Pajak Daerah (Teguran, Paksa, Sita)",
        "4",
        "juru sita dan petugas penagihan",
        "wajib bagi peserta BPD-11 dan BPD-12",
        "BPD-11, BPD-12",
        "",
    ],
    [
        "EL-08",
        "Pengenalan Opsen PKB dan Opsen BBNKB",
        "2",
        "petugas Gerai Samsat",
        "wajib bagi peserta BPD-09",
        "BPD-09",
        "",
    ],
    [
        "EL-09",
        "Dasar Analisis Proyeksi Pendapatan",
        "8",
        "JF Analis Keuangan Pusat dan Daerah",
        "wajib bagi peserta BPD-16",
        "BPD-16",
        "bagian e-learning dari BPD-16",
    ],
    [
        "EL-10",
        "Menulis Refleksi dan Laporan Implementasi",
        "1",
        "semua peserta pelatihan",
        "pilihan",
        "-",
        "versi singkat dari BPD-21",
    ],
    [
        "EL-11",
        "Mentoring 101 untuk Mentee TUNAS",
        "2",
        "mentee TUNAS",
        "wajib bagi mentee",
        "-",
        "diselesaikan sebelum pertemuan pembukaan",
    ],
    [
        "EL-12",
        "Penggunaan Aplikasi e-PADU",
        "1",
        "seluruh pegawai termasuk non-ASN alih daya",
        "wajib bagi pegawai baru",
        "-",
        "",
    ],
]


# =========================================================================== plain-text documents
HELPDESK_HTML = """\
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Helpdesk e-PADU - Bapenda Kota Teluk Sembilang</title>
<style>body{font-family:Verdana,sans-serif;max-width:920px;margin:auto} td,th{border:1px solid #888;padding:4px}</style>
</head>
<body>
<header>
<h1>Helpdesk e-PADU</h1>
<p>Sistem pembelajaran Akademi PADU, Badan Pendapatan Daerah Kota Teluk Sembilang.
<em>Dokumen fiktif, untuk evaluasi.</em></p>
<nav><a href="#kontak">Kontak</a> | <a href="#masalah">Masalah umum</a> | <a href="#klaim">Klaim JP</a> | <a href="#sertifikasi">Sertifikasi</a></nav>
</header>
<main>
<section id="kontak">
<h2>Kontak dan jam layanan</h2>
<ul>
<li>WhatsApp helpdesk (chat saja, tidak melayani telepon): 0811-4455-0920</li>
<li>Telepon internal: ekstensi 214 (Bidang Pengembangan Sistem dan Data, Kantor Badan lantai 2)</li>
<li>Jam layanan: Senin&ndash;Kamis pukul 07.30&ndash;16.00 WITA; Jumat pukul 07.30&ndash;11.00 dan 13.30&ndash;16.00 WITA.
Sabtu, Minggu, dan hari libur tidak ada layanan; pesan dijawab pada hari kerja berikutnya.</li>
<li>Pemeliharaan sistem rutin: setiap Kamis pukul 21.00&ndash;23.00 WITA (e-PADU tidak dapat diakses).</li>
<li>Alamat: <code>https://epadu.bapenda-teluksembilang.contoh</code>, dapat diakses dari luar kantor tanpa VPN.</li>
<li>Admin e-PADU: Novita Sari Mokodompit, S.Kom. (Pranata Komputer Ahli Muda).</li>
</ul>
</section>
<section id="masalah">
<h2>Masalah umum</h2>
<table>
<tr><th>Masalah</th><th>Penyebab umum</th><th>Solusi</th></tr>
<tr><td>Lupa kata sandi</td><td>-</td><td>Klik &quot;Lupa kata sandi&quot;; tautan dikirim ke email dinas dan berlaku 20 menit.</td></tr>
<tr><td>Akun terkunci</td><td>Salah kata sandi 3 kali</td><td>Akun terbuka otomatis setelah 30 menit.</td></tr>
<tr><td>Kode QR presensi tidak terbaca</td><td>Jendela presensi sudah tutup (lebih dari 10 menit setelah sesi mulai)</td><td>Helpdesk tidak dapat membuka ulang; minta panitia mencatat presensi manual dengan alasan tugas layanan.</td></tr>
<tr><td>Unggah sertifikat gagal</td><td>File lebih dari 2 MB atau bukan PDF</td><td>Simpan ulang sebagai PDF paling besar 2 MB.</td></tr>
<tr><td>JP e-learning tidak bertambah</td><td>Sudah 5 JP e-learning pada hari yang sama</td><td>Kelebihan JP tidak hilang; modul tercatat selesai dan JP-nya diakui pada hari berikutnya Anda membuka e-PADU.</td></tr>
<tr><td>Status JP &quot;Tertunda&quot;</td><td>Formulir LI-2 belum disampaikan atau belum diverifikasi</td><td>Unggah LI-2 di menu Laporan Implementasi; status berubah menjadi Diakui setelah atasan memverifikasi.</td></tr>
<tr><td>Akun non-ASN tidak bisa klaim JP</td><td>Akun bertipe &quot;Mitra&quot;</td><td>Memang begitu: akun Mitra hanya mencatat jam pembekalan mitra, bukan JP.</td></tr>
</table>
</section>
<section id="klaim">
<h2>Klaim JP kegiatan eksternal dan nonklasikal</h2>
<p>Langkah pengajuan:</p>
<ol>
<li>Buka menu <strong>Riwayat Belajar &gt; Klaim JP</strong>, pilih jenis kegiatan sesuai Tabel 2 Peraturan Kepala Badan Nomor 2 Tahun 2026.</li>
<li>Unggah bukti (sertifikat, daftar hadir, atau notula KOPI PAJAK) paling lambat 14 hari kalender setelah kegiatan.</li>
<li>Subbagian Umum dan Kepegawaian memverifikasi paling lama 5 hari kerja. Status: <em>Diajukan</em> (abu-abu), <em>Diakui</em> (hijau), <em>Perlu Perbaikan</em> (kuning), <em>Ditolak</em> (merah).</li>
<li>Klaim berstatus Perlu Perbaikan dapat diperbaiki paling banyak 2 kali.</li>
</ol>
<p>Catatan: e-PADU tidak terhubung otomatis dengan SIASN. Pegawai ASN tetap memperbarui riwayat diklat di MyASN sendiri.</p>
</section>
<section id="sertifikasi">
<h2>Menu Sertifikasi</h2>
<p>Pendaftaran uji sertifikasi penilai PBB-P2 dan permohonan perpanjangan sertifikat dilakukan di menu
<strong>Layanan &gt; Sertifikasi</strong>. Pertanyaan tentang persyaratan uji ditujukan ke Koordinator Penilaian,
bukan ke helpdesk.</p>
</section>
</main>
<footer><p>e-PADU versi 2.4 (Januari 2026). Pengelola: Bidang Pengembangan Sistem dan Data bersama Subbagian Umum dan Kepegawaian.</p></footer>
</body>
</html>
"""

PANDUAN_TUNAS_MD = """\
---
id: panduan-tunas-2026
title: Panduan Program Mentoring TUNAS 2026
penerbit: Subbagian Umum dan Kepegawaian, Bapenda Kota Teluk Sembilang
dasar: Peraturan Kepala Badan Nomor 2 Tahun 2026, Pasal 20-23
catatan: Dokumen fiktif, untuk evaluasi.
---

# Panduan Program Mentoring TUNAS 2026

TUNAS adalah singkatan dari *Tuntun dan Asah*. Program ini mendampingi pegawai baru selama
6 bulan pertama supaya cepat paham proses kerja pendapatan daerah, dari pendataan objek sampai
penagihan. TUNAS dibuka 2 angkatan per tahun: Angkatan I (Januari–Juni) dan Angkatan II
(April–Oktober).

## Siapa ikut TUNAS?

- CPNS dan PPPK penuh waktu pada tahun pertama.
- PNS yang baru diangkat atau pindah ke JF Penilai Pajak Daerah, JF Analis Keuangan Pusat dan
  Daerah, atau JF Pranata Komputer, pada tahun pertama dalam jabatan.
- **Tidak** untuk PPPK paruh waktu dan pegawai non-ASN alih daya. PPPK paruh waktu cukup
  mendapat pendampingan kerja dari atasan langsung.

## Beda mentor, coach, dan pendamping rotasi

| Peran | Siapa | Untuk siapa | Lama | Fokus |
|---|---|---|---|---|
| Mentor | pejabat fungsional min. Ahli Muda atau pengawas, bukan atasan langsung | mentee TUNAS | 6 bulan, min. 2x sebulan | karier, budaya kerja, jejaring |
| Coach | atasan langsung | semua staf | min. 1x per triwulan | masalah kinerja saat ini |
| Pendamping rotasi | pegawai senior di unit tujuan | peserta rotasi belajar | 2–4 minggu | proses kerja unit tujuan |

## Tahapan

1. **Bulan 1 – Kontrak belajar.** Mentor dan mentee menyusun kontrak belajar (Formulir MT-0)
   paling lambat akhir minggu kedua. Mentee menyelesaikan modul EL-11 *Mentoring 101* sebelum
   pertemuan pembukaan.
2. **Bulan 2–5 – Proyek belajar.** Mentee mengerjakan satu proyek kecil di unitnya, misalnya
   validasi data 50 objek PBB-P2, perbaikan alur antrean loket, atau dasbor realisasi harian.
3. **Bulan 6 – Presentasi akhir.** Mentee mempresentasikan proyeknya di Forum Presentasi Akhir
   selama paling lama 10 menit, ditambah 5 menit tanya jawab.

## Pertemuan dan jurnal

- Paling sedikit 2 pertemuan sebulan, masing-masing 60–90 menit; paling sedikit 1 pertemuan
  sebulan tatap muka.
- Setiap pertemuan dicatat mentee di Jurnal Mentoring (**Formulir MT-1**) di e-PADU paling lambat
  2 hari kerja setelah pertemuan, lalu disetujui mentor.
- Mentee dinyatakan selesai apabila memiliki paling sedikit **10 jurnal MT-1** yang disetujui dan
  sudah presentasi akhir.

## JP dan honorarium

- Mentee: 2 JP per pertemuan, paling banyak 24 JP.
- Mentor: 1 JP per pertemuan, paling banyak 12 JP per tahun, dan honorarium Rp250.000 per mentee
  per bulan (dibayar per triwulan setelah MT-1 diverifikasi).
- Menjadi mentor juga dihitung sebagai kontribusi untuk penghargaan Pegawai Pembelajar Terbaik.

## Kalau ada masalah

- Mentor berhalangan lebih dari 3 minggu: koordinator menunjuk mentor pengganti sementara.
- Mentee boleh minta ganti mentor **paling banyak 1 kali** selama program, dengan menghubungi
  koordinator program, Fransiska Dewi Rante, S.E., M.Ak., WA 0821-9034-5518.
- Mentee di UPT PPD Wilayah IV (Pulau Rengas) boleh bertemu daring, kecuali pertemuan pembukaan
  dan Forum Presentasi Akhir.
"""

PEDOMAN_LI_MD = """\
# Pedoman Singkat Laporan Refleksi dan Implementasi Hasil Pelatihan

*Subbagian Umum dan Kepegawaian, Bapenda Kota Teluk Sembilang, versi Februari 2026.
Dokumen fiktif, untuk evaluasi.*

Pedoman ini menjelaskan Pasal 29 dan Pasal 30 Peraturan Kepala Badan Nomor 2 Tahun 2026. Semua
formulir diisi di e-PADU, menu **Laporan Implementasi**.

## Formulir mana yang harus diisi?

| Jenis kegiatan | Formulir | Batas waktu | Diverifikasi oleh |
|---|---|---|---|
| Pelatihan klasikal kurang dari 12 JP | RF-1 (catatan refleksi) | 3 hari kerja setelah pelatihan | tidak perlu verifikasi |
| Pelatihan klasikal 12 JP atau lebih (Akademi PADU atau eksternal) | LI-1 (rencana implementasi) | 5 hari kerja setelah pelatihan | atasan langsung, 7 hari kerja |
| Pelatihan klasikal 12 JP atau lebih | LI-2 (laporan implementasi) | 60 hari kalender setelah pelatihan | atasan langsung, 7 hari kerja |
| E-learning, KOPI PAJAK, seminar | tidak ada | - | - |
| Uji sertifikasi penilai | tidak ada | - | - |
| Latsar CPNS | laporan aktualisasi menurut ketentuan LAN (dikelola BPSDM Provinsi), ditambah LI-1 dan LI-2 | aktualisasi sesuai jadwal Latsar; LI-1 dan LI-2 seperti pelatihan lain | mentor dan coach Latsar; LI-1 dan LI-2 oleh atasan langsung |

## Isi RF-1 (refleksi)

Tiga pertanyaan singkat, masing-masing paling banyak 150 kata:

1. Apa tiga hal baru yang saya pelajari?
2. Apa yang akan saya coba minggu depan di tempat kerja?
3. Apa yang masih membingungkan?

## Isi LI-1 dan LI-2

LI-1 memuat paling sedikit satu rencana perubahan kerja yang terukur, misalnya "menurunkan
waktu verifikasi BPHTB dari 3 hari menjadi 2 hari". LI-2 paling banyak 5 halaman dan terdiri atas
5 bagian:

1. ringkasan pelatihan;
2. rencana dalam LI-1;
3. apa yang sudah diterapkan, dengan bukti (foto, tangkapan layar, data sebelum dan sesudah);
4. kendala dan cara mengatasinya;
5. rencana lanjutan dan kebutuhan pelatihan berikutnya.

## Penilaian LI-2

Tim Akademi PADU memberi skor 1–4: 1 = belum diterapkan, 2 = diterapkan sebagian, 3 = diterapkan
penuh, 4 = diterapkan penuh dan direplikasi unit lain (*Sangat Bermanfaat*). LI-2 dengan skor 4
masuk nominasi penghargaan Pegawai Pembelajar Terbaik.

## Kalau terlambat

- JP pelatihan berstatus **Tertunda** dan tidak dihitung dalam capaian JP sampai LI-2
  diverifikasi.
- Selama ada LI-2 yang terlambat, Anda tidak bisa mendaftar pelatihan Akademi PADU berikutnya.
- Perpanjangan batas waktu hanya dapat diberikan oleh Sekretaris untuk seluruh peserta satu
  pelatihan (misalnya jika e-PADU gangguan), bukan perorangan.

Pertanyaan: Sitti Marwah Lamusu, S.Psi., pengelola Akademi PADU, WA 0821-8870-3142.
"""

NOTULEN_MD = """\
# Notulen Rapat Tim Pengembangan Kompetensi Bapenda Kota Teluk Sembilang

*Dokumen fiktif, untuk evaluasi.*

- **Hari/tanggal:** Rabu, 13 Mei 2026
- **Waktu:** pukul 09.00–11.40 WITA
- **Tempat:** Ruang Rapat Sekretariat, Kantor Badan lantai 2
- **Pimpinan rapat:** Hj. Nurhaliza Pattiasina, S.E., M.Si. (Sekretaris)
- **Notulis:** Dewi Anggraeni Latief, S.A.P.
- **Hadir:** 12 orang, antara lain Kepala Subbagian Umum dan Kepegawaian, Kepala Bidang
  Pendataan dan Penilaian, Kepala Bidang Penagihan dan Keberatan, Kepala Bidang Pengembangan
  Sistem dan Data, Koordinator Penilaian, Kepala UPT PPD Wilayah II, Koordinator TUNAS.

## 1. Uji Sertifikasi Penilai Tingkat Dasar 2026

Laboratorium komputer BPSDM Provinsi untuk ujian tulis berbasis komputer baru tersedia akhir
Juni. Sampai hari ini ada 11 pendaftar untuk kuota 12 orang.

**Keputusan:**
- Uji Tingkat Dasar **dimundurkan** dari 9–10 Juni 2026 menjadi **Selasa–Rabu, 23–24 Juni
  2026**, mulai pukul 08.00 WITA.
- Tempat uji **dipindahkan** dari Aula Lantai 3 Kantor Badan ke **Laboratorium Komputer BPSDM
  Provinsi Tanjung Nusa Raya, Jalan Poros Bandara Km 6**. Ujian praktik hari kedua tetap
  berupa studi kasus lapangan di Kelurahan Sembilang Ilir.
- Pengumuman hasil dimundurkan dari 26 Juni menjadi **Jumat, 10 Juli 2026**.
- Batas pendaftaran **tetap** Jumat, 22 Mei 2026 pukul 15.00 WITA.
- Jadwal uji Tingkat Lanjutan (3–4 November 2026) tidak berubah.

## 2. Aula Lantai 3 dipakai posko layanan PBB-P2

Aula Lantai 3 Kantor Badan dipakai sebagai Posko Layanan PBB-P2 mulai 1 Juli sampai 4 September
2026. Selama periode itu seluruh pelatihan klasikal Akademi PADU dipindahkan ke **Ruang Pelatihan
UPT PPD Wilayah II, Jalan Tanjung Batu Nomor 12** (kapasitas 35 orang). Yang terdampak antara
lain BPD-14 (7–10 Juli), BPD-08 Angkatan II (18 Juli), dan BPD-10 (21 Juli). BPD-19 tetap di
Laboratorium Komputer lantai 2 karena tidak memakai Aula. Pertemuan KOPI PAJAK Juli ikut pindah
ke UPT PPD Wilayah II.

## 3. Gangguan formulir LI-2 di e-PADU

Formulir LI-2 gagal menyimpan lampiran pada 4–8 Mei 2026 (sudah diperbaiki 11 Mei). Batas LI-2
peserta BPD-04 (20–24 April), yang semula 23 Juni 2026, **diperpanjang menjadi Selasa, 7 Juli
2026** untuk seluruh peserta BPD-04. Peserta pelatihan lain tetap mengikuti batas 60 hari
kalender.

## 4. Program TUNAS Angkatan II

Forum Presentasi Akhir **dipindah** dari Selasa, 29 September 2026 (bertepatan dengan upacara
HUT Kota Teluk Sembilang) ke **Kamis, 1 Oktober 2026** pukul 08.30 WITA di Aula Lantai 3 Kantor
Badan. Akhir program tetap Jumat, 2 Oktober 2026.

## 5. Evaluasi triwulan I

- Rata-rata capaian JP per ASN triwulan I: 6,4 JP.
- 23 pemegang akun aplikasi pajak belum lulus BPD-18; diingatkan bahwa akun dibekukan 1 Desember.
- BPD-12 Angkatan II (9–13 Maret): 18 peserta, 17 lulus.

## 6. Rencana tindak lanjut

| No | Kegiatan | Penanggung jawab | Batas waktu |
|---|---|---|---|
| 1 | Surat pemberitahuan perubahan jadwal dan tempat uji ke semua bidang dan UPT | Koordinator Penilaian | 15 Mei 2026 |
| 2 | Pemberitahuan perpanjangan LI-2 kepada peserta BPD-04 | Kepala Subbagian Umum dan Kepegawaian | 15 Mei 2026 |
| 3 | Kesiapan Ruang Pelatihan UPT PPD Wilayah II (proyektor, 35 kursi, jaringan) | Kepala UPT PPD Wilayah II | 26 Juni 2026 |
| 4 | Daftar 23 pegawai belum lulus BPD-18 dikirim ke kepala unit | Kepala Bidang Pengembangan Sistem dan Data | 20 Mei 2026 |

Rapat berikutnya: Rabu, 10 Juni 2026.
"""

WA_TXT = """\
[Broadcast Akademi PADU - Bapenda Kota Teluk Sembilang] - Dokumen fiktif, untuk evaluasi.

Selamat pagi Bapak/Ibu rekan2 front office UPT & Gerai 🙏

📢 *BPD-08 PELAYANAN PRIMA PAJAK DAERAH ANGKATAN II* sudah dibuka pendaftarannya!

🗓️ Sabtu, 18 Juli 2026
⏰ pukul 08.00–16.00 WITA (8 JP)
📍 Ruang Pelatihan UPT PPD Wilayah II, Jl. Tanjung Batu No. 12 (BUKAN di Aula lt. 3 ya, Aula lagi jadi posko PBB)
👥 Kuota 30 org, prioritas petugas loket baru yg belum pernah ikut BPD-08 & teman2 PPPK

Daftar lewat e-PADU paling lambat *Rabu, 8 Juli 2026*, harus di-ACC atasan langsung dulu ya.

Catatan penting:
1️⃣ Karena hari Sabtu, peserta dapat *1 hari libur pengganti*, diambil paling lambat 14 hari setelah pelatihan (paling lambat 1 Agustus). Atur sama Kepala UPT masing2 biar loket tetap jalan. Ini BUKAN potong cuti tahunan ya.
2️⃣ Dari 1 UPT maksimal 1/3 petugas loket yg boleh ikut di hari yg sama (aturan Perkaban 2/2026). Senin-Jumat loket tetap buka normal.
3️⃣ Teman2 non-ASN alih daya (petugas antrean, satpam) gak bisa ikut BPD-08. Untuk kalian ada BPD-24 Literasi Layanan Pajak Digital tiap Selasa minggu pertama 👍
4️⃣ Dresscode: batik lengan panjang, sepatu tertutup. Ada sesi bermain peran jadi siap2 akting 😄
5️⃣ Karena cuma 8 JP (di bawah 12 JP), habis pelatihan cukup isi *RF-1 refleksi* maks 3 hari kerja. Gak perlu LI-1/LI-2.
6️⃣ Teman2 dari UPT IV Pulau Rengas: biaya speedboat diganti sesuai tiket, maks Rp200rb PP. Karena mulai jam 08.00, boleh nginap 1 malam sebelumnya (Jumat malam), konfirmasi ke panitia.

Angkatan III: Sabtu, 14 November 2026.

Info: Ibu Marlina (Kepala UPT PPD Wilayah II) WA 0852-4077-1863
Chat aja ya, jangan telp pas jam layanan 🙏
"""

FAQ_TXT = """\
TANYA JAWAB (FAQ) PENGEMBANGAN KOMPETENSI PEGAWAI BAPENDA KOTA TELUK SEMBILANG
Disusun Subbagian Umum dan Kepegawaian, versi 3 (Maret 2026). Dokumen fiktif, untuk evaluasi.

1. Berapa JP yang harus saya kumpulkan tahun ini?
Secara nasional PNS minimal 20 JP per tahun. Di Bapenda targetnya menurut kelompok jabatan
(Tabel 1 Peraturan Kepala Badan Nomor 2 Tahun 2026): JF Penilai Pajak Daerah 40 JP, JF Analis
Keuangan Pusat dan Daerah dan JF Pranata Komputer 30 JP, juru sita dan petugas pemungut 26 JP,
petugas layanan dan pejabat struktural 24 JP, pelaksana lainnya 20 JP.

2. Saya PPPK paruh waktu di loket UPT. Wajib berapa JP?
12 JP per tahun, diutamakan BPD-18, BPD-22, dan BPD-24. PPPK penuh waktu targetnya 20 JP dan
difasilitasi paling banyak 30 JP per tahun perjanjian kerja.

3. Saya tenaga alih daya (outsourcing) di bagian antrean. Apakah ada target JP?
Tidak. Tenaga alih daya bukan ASN, jadi tidak ada target JP. Jam pembekalannya dicatat sebagai
jam pembekalan mitra. Tetapi kalau punya akun aplikasi pajak, tetap wajib lulus BPD-18.

4. Kenapa akun SIMPATDA saya dibekukan?
Kemungkinan besar Anda belum lulus BPD-18 Keamanan Informasi sampai 30 November. Akun dibekukan
mulai 1 Desember dan dibuka lagi paling lama 1 hari kerja setelah Anda lulus (nilai kuis minimal
80, boleh mengulang). EL-05 Keamanan Informasi Dasar tidak bisa menggantikan BPD-18.

5. Saya ikut pelatihan 24 JP. Laporan apa yang harus dibuat?
Karena 12 JP atau lebih: LI-1 (rencana implementasi) paling lambat 5 hari kerja setelah
pelatihan, lalu LI-2 (laporan implementasi) paling lambat 60 hari kalender. Kalau kurang dari
12 JP cukup RF-1 (refleksi) dalam 3 hari kerja.

6. Apa akibatnya kalau LI-2 terlambat?
JP pelatihan itu berstatus Tertunda dan tidak dihitung sampai LI-2 diverifikasi atasan. Selama
masih ada LI-2 terlambat, Anda tidak bisa mendaftar pelatihan Akademi PADU berikutnya.

7. Apa bedanya coaching dan mentoring?
Coaching dilakukan atasan langsung kepada semua staf, paling sedikit sekali per triwulan, untuk
masalah kinerja saat ini (dicatat di Formulir CK-1, diakui 1 JP per sesi). Mentoring TUNAS
untuk pegawai baru selama 6 bulan, dengan mentor yang bukan atasan langsung (2 JP per sesi bagi
mentee).

8. Saya petugas loket UPT. Bolehkah ikut pelatihan klasikal bulan Agustus?
Tidak. 1-31 Agustus adalah masa puncak pembayaran PBB-P2, jadi tidak ada pelatihan klasikal bagi
pegawai UPT PPD dan Bidang Penagihan dan Keberatan. E-learning tetap boleh di luar jam layanan.
Hal yang sama berlaku pada masa tutup buku 15-31 Desember.

9. Datang terlambat ke pelatihan, masih dihitung hadir?
Presensi QR dibuka 30 menit sebelum sampai 10 menit setelah sesi mulai. Lewat dari itu dianggap
tidak hadir pada sesi tersebut. Sertifikat butuh kehadiran minimal 85%.

10. Ikut KOPI PAJAK dapat JP?
Dapat. Peserta 1 JP per pertemuan (paling banyak 10 JP per tahun), pemantik 3 JP (paling
banyak 9 JP per tahun). Klaim lewat menu Klaim JP dengan notula pertemuan.

11. Sertifikat penilai saya terbit tahun 2024 dan tertulis berlaku 5 tahun. Masih berlaku?
Masih, tetapi menurut Peraturan Kepala Badan Nomor 7 Tahun 2026 sertifikat lama dipersamakan
dengan Tingkat Dasar dan berlaku paling lama sampai 31 Desember 2027. Sertifikat baru berlaku 3
tahun.

12. Saya dari UPT IV Pulau Rengas. Bagaimana biaya ke Kantor Badan untuk pelatihan?
Biaya penyeberangan diganti sesuai tarif riil, paling banyak Rp200.000 pergi-pulang per hari
pelatihan. Kalau pelatihan mulai sebelum pukul 09.00 WITA, Anda mendapat penginapan 1 malam
sebelum hari pertama.

13. Apakah Latsar CPNS juga harus membuat LI-2?
Ya. Laporan aktualisasi Latsar mengikuti ketentuan LAN dan dikelola BPSDM Provinsi, tetapi tidak
menggantikan LI-2. Latsar dihitung sebagai pelatihan 12 JP atau lebih.

14. Bagaimana dengan tugas belajar atau izin belajar?
Tidak diatur dalam Peraturan Kepala Badan Nomor 2 Tahun 2026. Silakan lihat Peraturan Wali Kota
tentang tugas belajar dan izin belajar atau tanyakan ke Subbagian Umum dan Kepegawaian.

15. Sudah daftar pelatihan tapi mendadak tidak bisa. Ada sanksi?
Batalkan lewat e-PADU paling lambat 3 hari kerja sebelum pelatihan. Kalau 2 kali tidak hadir
tanpa membatalkan dalam setahun, Anda tidak bisa mendaftar Akademi PADU selama 6 bulan.

16. Ikut pelatihan di luar atas biaya sendiri pada hari kerja, apakah memotong cuti?
Tidak, asalkan mendapat izin atasan langsung dan disetujui sebagai pengembangan kompetensi.
Sertifikatnya diunggah ke e-PADU paling lambat 7 hari setelah kegiatan.
"""

PANGGILAN_TXT = """\
BADAN PENDAPATAN DAERAH KOTA TELUK SEMBILANG
PROVINSI TANJUNG NUSA RAYA
Jalan Pelabuhan Lama Nomor 17, Kelurahan Sembilang Ilir, Kecamatan Sembilang Kota
Dokumen fiktif, untuk evaluasi.

Nomor   : 800.1.5/562/BAPENDA/2026
Sifat   : Penting
Lampiran: 1 (satu) berkas
Perihal : Panggilan Peserta Diklat Juru Sita Pajak Daerah (BPD-12) Angkatan III

Teluk Sembilang, 31 Agustus 2026

Yth. 1. Kepala Bidang Penagihan dan Keberatan
     2. Kepala UPT PPD Wilayah I s.d. IV
di tempat

Dengan hormat, bersama ini kami memanggil pegawai yang namanya tercantum di bawah untuk
mengikuti Diklat Juru Sita Pajak Daerah (BPD-12) Angkatan III Tahun 2026 sebanyak 40 JP,
dengan ketentuan sebagai berikut.

Waktu   : Senin s.d. Jumat, 14-18 September 2026
Tempat  : Aula Lantai 3 Kantor Badan (kelas); praktik lapangan di Pasar Sentral Teluk Sembilang
Peserta : 20 orang (daftar terlampir)

JADWAL HARIAN
Hari I - Senin, 14 September 2026
  pukul 07.30-08.00 WITA  registrasi dan presensi QR
  pukul 08.00-08.45 WITA  pembukaan oleh Sekretaris, Hj. Nurhaliza Pattiasina, S.E., M.Si.
  pukul 08.45-12.00 WITA  pre-test; dasar hukum penagihan pajak daerah (UU HKPD dan Perda)
  pukul 13.00-16.00 WITA  surat teguran, surat paksa, dan pemberitahuan surat paksa

Hari II - Selasa, 15 September 2026
  pukul 08.00-12.00 WITA  penyitaan, berita acara sita, dan penyegelan
  pukul 13.00-16.00 WITA  penaksiran nilai barang sitaan (narasumber: Koordinator Penilaian)

Hari III - Rabu, 16 September 2026
  pukul 08.00-12.00 WITA  lelang, pencegahan, dan penyanderaan (gijzeling)
  pukul 13.00-16.00 WITA  komunikasi dan negosiasi dengan penanggung pajak

Hari IV - Kamis, 17 September 2026
  pukul 07.30-12.00 WITA  praktik lapangan penyampaian surat paksa dan simulasi penyitaan di
                          Pasar Sentral Teluk Sembilang (kelompok @4 orang)
  pukul 13.00-16.00 WITA  keselamatan petugas lapangan dan penanganan situasi konflik

Hari V - Jumat, 18 September 2026
  pukul 07.30-09.30 WITA  ujian tulis
  pukul 09.30-11.00 WITA  ujian praktik penyusunan berita acara sita
  pukul 14.00-15.30 WITA  pengumuman kelulusan dan penutupan oleh Kepala Bidang Penagihan dan
                          Keberatan, La Ode Musrifin, S.H., M.H.

KETENTUAN PESERTA
1. Peserta adalah PNS paling rendah golongan ruang II/b. PPPK tidak dapat diusulkan.
2. Menyelesaikan modul e-learning EL-07 di e-PADU paling lambat Jumat, 11 September 2026.
3. Konfirmasi kehadiran melalui e-PADU paling lambat Jumat, 4 September 2026 pukul 15.00 WITA.
4. Peserta tidak diberi surat tugas penagihan selama 14-18 September 2026.
5. Pakaian: Senin-Rabu PDH cokelat; Kamis pakaian lapangan dan sepatu tertutup (rompi juru
   sita disediakan panitia); Jumat batik.
6. Kehadiran wajib 100% karena diklat ini menjadi syarat pengangkatan juru sita. Kelulusan:
   nilai akhir paling rendah 70.
7. Peserta dari UPT PPD Wilayah IV (Pulau Rengas) datang Minggu, 13 September 2026 dan menginap
   di Mess Pemerintah Kota, Jalan Merdeka Nomor 3.
8. Setelah lulus, peserta menyusun LI-1 paling lambat 5 hari kerja dan LI-2 paling lambat 60
   hari kalender setelah diklat.

DAFTAR PESERTA (sebagian)
 1. Rudy Hartawan Saleh             - UPT PPD Wilayah III
 2. Agus Salim Tuharea, S.H.        - Bidang Penagihan dan Keberatan
 3. Muhammad Rizal Lasabuda         - Bidang Penagihan dan Keberatan
 4. Fitriani Usman, S.E.            - UPT PPD Wilayah I
 5. Nelson Manoppo                  - UPT PPD Wilayah IV
 6. Sri Wahyuni Daeng Tawang, S.Sos. - UPT PPD Wilayah II
(14 peserta lainnya, termasuk 2 pegawai Bapenda Kabupaten Sungai Lebar, tercantum dalam lampiran)

Narahubung panitia: Hendrik Wowor, S.H., Koordinator Juru Sita, WA 0852-9911-4025.

a.n. KEPALA BADAN PENDAPATAN DAERAH
KOTA TELUK SEMBILANG
Sekretaris,
ttd.
Hj. Nurhaliza Pattiasina, S.E., M.Si.
NIP 19740528 199803 2 005
"""

PLAIN = {
    "perkaban-sertifikasi-penilai-2024.txt": SERT2024_TXT,
    "helpdesk-e-padu.html": HELPDESK_HTML,
    "panduan-program-tunas.md": PANDUAN_TUNAS_MD,
    "pedoman-laporan-implementasi.md": PEDOMAN_LI_MD,
    "notulen-rapat-tim-pengembangan-kompetensi-mei-2026.md": NOTULEN_MD,
    "broadcast-wa-pelayanan-prima-angkatan-ii-2026.txt": WA_TXT,
    "faq-pengembangan-kompetensi-bapenda.txt": FAQ_TXT,
    "panggilan-diklat-juru-sita-angkatan-iii-2026.txt": PANGGILAN_TXT,
}

CSVS = {
    "rekap-jp-semester-i-2026.csv": (REKAP_HEADER, rekap_rows, ";"),
    "kuota-pelatihan-per-kantor-2026.csv": (
        ["kode", "pelatihan"] + OFFICES + ["total", "keterangan"],
        kuota_rows,
        ",",
    ),
    "jadwal-kopi-pajak-2026.csv": (KOPI_HEADER, lambda: KOPI, ","),
    "katalog-modul-e-padu-2026.csv": (EL_HEADER, lambda: EL, ","),
}


# =========================================================================== main and check
def write_csv(path, header, rows, delimiter=","):
    """Like make_agency_g.write_csv, but the closing note row carries the exact sentence
    "Dokumen fiktif, untuk evaluasi." that every document of this set contains."""
    import csv

    note = ["Catatan: " + FIKTIF] + [""] * (len(header) - 1)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=delimiter, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
        w.writerow(note)


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


def main(argv):
    if "--check" in argv:
        ok = check_question_set(os.path.join(HERE, "questions_agency_n.yaml"), DOCS, OUT, "n")
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
