#!/usr/bin/env python3
"""Generate the documents of the fictional "agency O" evaluation set.

Agency O: Dinas Perhubungan (Dishub) Provinsi Kepulauan Tanjung Bara, the (fictional) provincial
transport agency of an island province (WIT time zone): JF Penguji Kendaraan Bermotor (Pemula,
Terampil, Mahir, Penyelia, Ahli Pertama, Ahli Muda) at the UPTD Pengujian Kendaraan Bermotor,
JF Pengawas Keselamatan Pelayaran at small ports, JF Perencana, staff and ferry crews of three
UPTD Pelabuhan Penyeberangan (Wilayah I, II, III), operators of the ATCS traffic control centre,
PPPK (full and part time) and non-ASN outsourced staff (tenaga alih daya, no JP recorded).
In-house school "Sekolah Perhubungan Bara" (SEHUB, catalogue DHB-01..DHB-20) with the LMS
e-SEHUB and the Pusat Simulator Maritim, coaching programme PENDAMPING for new vehicle testers,
post-training forms LR-01 / RTL-01 / LPH-02, tester certification (Keputusan Kepala Dinas
17/2023 revoked by Keputusan Kepala Dinas 9/2026), community of practice LABUH. Everything is
fictional ("Dokumen fiktif, untuk evaluasi.").

Writes every document into benchmarks/eval/agency_o/:
  perkadis-pengembangan-kompetensi-dishub-2026.pdf  Perkadis No. 4/2026 (long, BAB/Bagian/Pasal)
  kepkadis-sertifikasi-penguji-2026.pdf        Keputusan No. 9/2026 (revokes No. 17/2023)
  kepkadis-sertifikasi-penguji-2023.txt        Keputusan No. 17/2023 (old, revoked)
  sk-pendamping-angkatan-i-2026.docx           Keputusan: penguji pendamping / binaan (merged header)
  rab-sehub-2026.docx                          SEHUB budget (merged header, "Jumlah" row)
  rekap-jp-dishub-2025.xlsx                    workbook: JP per unit 2025, certified testers, notes
  kuota-sehub-per-unit-2026.csv                quota per course, one column per unit / UPTD
  rekap-jp-triwulan-i-2026.csv                 ';'-delimited, decimal commas
  jadwal-komunitas-labuh-2026.csv              community of practice (quoted commas/newlines)
  modul-simulator-maritim-2026.csv             simulator modules SIM-01..SIM-12
  helpdesk-e-sehub.html                        helpdesk page of the e-SEHUB LMS
  panduan-program-pendamping.md                Markdown with front matter (id: panduan-pendamping-2026)
  pedoman-laporan-pasca-pelatihan.md           Markdown without front matter
  notulen-rapat-tim-sehub-mei-2026.md          minutes (dates, venues, deadlines, quota moved)
  broadcast-wa-simulator-anjungan-angkatan-ii-2026.txt   WhatsApp-style broadcast
  faq-pengembangan-kompetensi-dishub.txt       FAQ
  panggilan-dhb-03-penguji-terampil-angkatan-ii-2026.txt call letter, day-by-day schedule

Usage:
  python make_agency_o.py              # write all documents
  python make_agency_o.py --text       # plain text of the PDF/DOCX documents
  python make_agency_o.py --text NAME  # only the binary document whose file stem is NAME
  python make_agency_o.py --check      # check questions_agency_o.yaml against the documents
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

OUT = os.path.join(HERE, "agency_o")
FIKTIF = "Dokumen fiktif, untuk evaluasi."
FIXED_DATE = datetime.datetime(2026, 6, 3, 9, 0, tzinfo=datetime.UTC)

# --------------------------------------------------------------------------- the agency
KADIS = "Ir. Hendrikus Latumahina, M.T."
KADIS_NIP = "19690415 199403 1 006"
SEKDIS = "Dra. Maria Goreti Renyaan, M.Si."
SEKDIS_NIP = "19720809 199803 2 004"
KASUBAG_UK = "Abdul Rahman Tuasamu, S.Sos., M.A.P."
ANALIS_SDM = "Fransina Wattimena, S.Psi., M.Psi."
KABID_LLAJ = "Yosias Kareth, S.T., M.T."
KA_UPTD_PKB = "Muhammad Sahril Kaplale, S.T."
KOORD_PENGUJI = "Sarah Magdalena Sahetapy, S.T."
KOORD_PENDAMPING = "Yulius Rahanubun, S.T."
KABID_PLY = "Capt. Ismail Letsoin, M.Mar."
PKP_AHLI_MUDA = "Daniel Pattipeilohy, S.T."
KABID_ASDP = "Ir. Nurhayati Lessy, M.T."
KA_PP1 = "Ronald Tanamal, S.E."
KA_PP2 = "Siti Hadijah Rumalutur, S.Sos."
KA_PP3 = "Marthen Kaiway, A.Md.Tra."
KOORD_ATCS = "Kevin Rumbewas, S.Kom."
KOORD_REN = "Elisabeth Rahayaan, S.E., M.Ec.Dev."
KOORD_SIM = "Capt. Johanis Sopacua, M.M.Tr."
PRAKOM = "Rizky Ramadhan Ohoiwutun, S.Kom."
KOORD_LABUH = "Nadia Putri Syarifuddin, S.Tr.Tra."

WA_SEHUB = "0812-4730-5561"
WA_HELPDESK = "0811-4870-2215"
WA_PENGUJI = "0813-4402-7719"
WA_PENDAMPING = "0852-4319-0846"
WA_SIM = "0821-9977-3104"
WA_ATCS = "0822-3815-6620"
WA_LABUH = "0853-4470-2958"
WA_PP2 = "0812-4008-6637"
WA_PLY = "0811-4790-1123"
EMAIL_SEHUB = "sehub@dishub.tanjungbara.contoh"
EMAIL_HELPDESK = "helpdesk.esehub@dishub.tanjungbara.contoh"

KANTOR = "Jalan Laksamana Malahayati Nomor 21, Kota Sela Bara"
AULA = "Aula SEHUB, Kantor Dinas lantai 2"
GEDUNG_UJI = "Gedung Uji UPTD PKB, Jalan Trans Bara Km 7, Wailela"
SIMULATOR = "Pusat Simulator Maritim SEHUB, Pelabuhan Penyeberangan Sela Bara"
ATCS_GEDUNG = "Gedung Pusat Kendali ATCS, Jalan Pahlawan Revolusi Nomor 5"

# SEHUB catalogue: code, name, target group, JP, mode, schedule 2026, venue, quota, PJ key
KATALOG = [
    (
        "DHB-01",
        "Orientasi Pegawai Baru Dinas Perhubungan",
        "CPNS, PPPK penuh waktu, dan pegawai mutasi masuk",
        "18",
        "klasikal",
        "Angk. I 3-5 Feb; Angk. II 4-6 Agu",
        AULA,
        "30",
        "SEK",
    ),
    (
        "DHB-02",
        "Dasar-Dasar Pengujian Kendaraan Bermotor",
        "calon Penguji dan Penguji Pemula yang belum lulus diklat dasar",
        "60",
        "klasikal + praktik jalur uji (8 hari kerja)",
        "9-18 Mar",
        GEDUNG_UJI,
        "16",
        "PKB",
    ),
    (
        "DHB-03",
        "Penguji Kendaraan Bermotor Tingkat Terampil",
        "Penguji Pemula yang akan naik jenjang ke Penguji Terampil",
        "40",
        "blended: 8 JP daring + 32 JP klasikal",
        "Angk. I 13-16 Apr; Angk. II 21-24 Sep",
        GEDUNG_UJI,
        "20",
        "PKB",
    ),
    (
        "DHB-04",
        "Penguji Kendaraan Bermotor Tingkat Mahir",
        "Penguji Terampil yang akan naik jenjang ke Penguji Mahir",
        "48",
        "blended: 8 JP daring + 40 JP klasikal",
        "18-22 Mei",
        GEDUNG_UJI,
        "15",
        "PKB",
    ),
    (
        "DHB-05",
        "Supervisi Pengujian dan Analisis Hasil Uji",
        "Penguji Penyelia, Penguji Ahli Pertama, dan Penguji Ahli Muda",
        "32",
        "klasikal",
        "6-9 Jul",
        AULA,
        "12",
        "PKB",
    ),
    (
        "DHB-06",
        "Pengujian Emisi Gas Buang dan Kebisingan Kendaraan",
        "seluruh Penguji Kendaraan Bermotor",
        "16",
        "klasikal + praktik",
        "Angk. I 3-4 Jun; Angk. II 4-5 Nov",
        GEDUNG_UJI,
        "20",
        "PKB",
    ),
    (
        "DHB-07",
        "Aplikasi BLUe dan Sistem Informasi Manajemen Pengujian",
        "Penguji dan petugas administrasi pengujian",
        "6",
        "daring (Zoom)",
        "12 Feb; 10 Sep",
        "e-SEHUB (daring)",
        "40",
        "PKB",
    ),
    (
        "DHB-08",
        "Pengawasan Keselamatan Pelayaran di Pelabuhan Pengumpan Lokal",
        "JF Pengawas Keselamatan Pelayaran dan petugas pelabuhan pengumpan lokal",
        "40",
        "klasikal + praktik",
        "20-24 Apr",
        AULA + " dan Pelabuhan Teluk Wairasa",
        "20",
        "PLY",
    ),
    (
        "DHB-09",
        "Pemeriksaan Kelaiklautan Kapal Kecil di Bawah GT 7",
        "JF Pengawas Keselamatan Pelayaran",
        "24",
        "blended: 6 JP daring + 18 JP klasikal",
        "11-13 Agu",
        "Pelabuhan Teluk Wairasa",
        "15",
        "PLY",
    ),
    (
        "DHB-10",
        "Simulasi Anjungan Kapal Penyeberangan (Bridge Simulator)",
        "nakhoda dan mualim KMP milik Pemerintah Provinsi",
        "24",
        "klasikal (simulator)",
        "Angk. I 24-26 Feb; Angk. II 15-17 Jul",
        SIMULATOR,
        "8",
        "SIM",
    ),
    (
        "DHB-11",
        "Simulasi Kamar Mesin (Engine Room Simulator)",
        "KKM dan masinis KMP milik Pemerintah Provinsi",
        "24",
        "klasikal (simulator)",
        "Angk. I 21-23 Apr; Angk. II 13-15 Okt",
        SIMULATOR,
        "8",
        "SIM",
    ),
    (
        "DHB-12",
        "Pemadaman Kebakaran dan Evakuasi Penumpang di Kapal",
        "seluruh awak KMP, termasuk tenaga alih daya",
        "16",
        "klasikal + praktik",
        "Angk. I 5-6 Mei; Angk. II 10-11 Nov",
        SIMULATOR + " dan Dermaga II",
        "16",
        "SIM",
    ),
    (
        "DHB-13",
        "Pelayanan Penumpang Pelabuhan Penyeberangan Tingkat Dasar",
        "petugas loket, terminal, dan dermaga UPTD PP (ASN dan tenaga alih daya)",
        "12",
        "klasikal",
        "Angk. I 10-11 Feb; Angk. II 9-10 Jun; Angk. III 8-9 Sep",
        "Angk. I Sela Bara; Angk. II Tanjung Lintang; Angk. III Karas",
        "25",
        "ASDP",
    ),
    (
        "DHB-14",
        "Pelayanan Penumpang Pelabuhan Penyeberangan Tingkat Lanjutan",
        "petugas UPTD PP yang telah lulus DHB-13",
        "16",
        "blended: 4 JP daring + 12 JP klasikal",
        "27-28 Okt",
        AULA,
        "20",
        "ASDP",
    ),
    (
        "DHB-15",
        "Operasional ATCS dan Manajemen Lalu Lintas Berbasis CCTV",
        "operator ATCS baru dan operator yang belum lulus DHB-15",
        "24",
        "blended: 8 JP daring + 16 JP klasikal",
        "Angk. I 2-3 Mar; Angk. II 5-6 Okt",
        ATCS_GEDUNG,
        "12",
        "ATCS",
    ),
    (
        "DHB-16",
        "Analisis Data Lalu Lintas dan Pelaporan Insiden ATCS",
        "operator ATCS dan analis lalu lintas",
        "12",
        "daring (Zoom)",
        "16-17 Jun",
        "e-SEHUB (daring)",
        "30",
        "ATCS",
    ),
    (
        "DHB-17",
        "Perencanaan dan Penganggaran Berbasis Kinerja Sektor Perhubungan",
        "JF Perencana dan pengelola program",
        "24",
        "klasikal",
        "23-25 Feb",
        AULA,
        "20",
        "REN",
    ),
    (
        "DHB-18",
        "Penyusunan Rencana Induk Transportasi Antarpulau",
        "JF Perencana Ahli Pertama dan Ahli Muda",
        "20",
        "blended: 4 JP daring + 16 JP klasikal",
        "25-26 Agu",
        AULA,
        "15",
        "REN",
    ),
    (
        "DHB-19",
        "Pelatihan Penguji Pendamping",
        "calon penguji pendamping Program PENDAMPING",
        "16",
        "klasikal",
        "Angk. I 18-19 Feb; Angk. II 19-20 Agu",
        AULA,
        "15",
        "PND",
    ),
    (
        "DHB-20",
        "Menyusun Laporan Penerapan Hasil Pelatihan",
        "peserta pelatihan 16 JP atau lebih dan pegawai baru",
        "4",
        "daring (Zoom)",
        "setiap Kamis minggu ketiga (Feb-Nov), pukul 13.00-16.00 WIT",
        "e-SEHUB (daring)",
        "50",
        "SEK",
    ),
]

PJ = [
    ("SEK", KASUBAG_UK, "Kepala Subbagian Umum dan Kepegawaian", "0812-4730-1188"),
    ("PKB", KA_UPTD_PKB, "Kepala UPTD Pengujian Kendaraan Bermotor", "0813-4455-2097"),
    (
        "PND",
        KOORD_PENDAMPING,
        "Penguji Kendaraan Bermotor Penyelia, Koordinator Program PENDAMPING",
        WA_PENDAMPING,
    ),
    ("PLY", KABID_PLY, "Kepala Bidang Pelayaran", WA_PLY),
    ("SIM", KOORD_SIM, "Koordinator Pusat Simulator Maritim SEHUB", WA_SIM),
    (
        "ASDP",
        KABID_ASDP,
        "Kepala Bidang Angkutan Sungai, Danau, dan Penyeberangan",
        "0812-4066-3390",
    ),
    ("ATCS", KOORD_ATCS, "Koordinator Pusat Kendali ATCS, Bidang LLAJ", WA_ATCS),
    ("REN", KOORD_REN, "Perencana Ahli Madya, Koordinator Perencanaan", "0821-4488-7152"),
]
PJ_NAME = {k: n for k, n, _r, _w in PJ}

TARGET = [
    (
        "Pejabat Pimpinan Tinggi Pratama, Administrator, dan Pengawas",
        "24",
        "paling sedikit 8 JP kompetensi manajerial; wajib melaksanakan coaching bagi staf",
    ),
    (
        "JF Penguji Kendaraan Bermotor (Pemula, Terampil, Mahir, Penyelia, Ahli Pertama, "
        "Ahli Muda)",
        "30",
        "paling sedikit 12 JP teknis pengujian; JP pemeliharaan sertifikat ikut dihitung",
    ),
    (
        "JF Pengawas Keselamatan Pelayaran",
        "30",
        "paling sedikit 12 JP keselamatan dan kelaiklautan kapal",
    ),
    ("JF Perencana", "24", "paling sedikit 8 JP perencanaan dan penganggaran"),
    (
        "Awak kapal KMP milik Pemerintah Provinsi (PNS dan PPPK)",
        "26",
        "termasuk pelatihan berbasis simulator sesuai Tabel 4",
    ),
    ("Operator ATCS", "20", "paling sedikit 6 JP operasional ATCS atau analisis data lalu lintas"),
    (
        "Petugas pelabuhan penyeberangan (loket, terminal, dermaga)",
        "20",
        "paling sedikit 4 JP pelayanan penumpang",
    ),
    ("Pelaksana lainnya (PNS)", "20", "JP minimal nasional"),
    ("PPPK penuh waktu", "20", "difasilitasi paling banyak 24 JP per tahun masa perjanjian kerja"),
    ("PPPK paruh waktu", "10", "diutamakan DHB-12, DHB-13, dan modul daring e-SEHUB"),
    (
        "Tenaga alih daya (non-ASN)",
        "tidak ada target",
        "JP tidak dicatat; kehadiran dicatat dalam daftar hadir pembekalan mitra",
    ),
]

KONVERSI = [
    (
        "Seminar atau webinar bersertifikat (paling singkat 3 jam)",
        "1 kegiatan",
        "2 JP",
        "paling banyak 10 JP per tahun",
    ),
    ("Workshop atau lokakarya", "1 hari", "6 JP", "-"),
    ("Modul daring e-SEHUB", "per modul", "sesuai JP modul", "paling banyak 4 JP per hari"),
    (
        "Coaching kinerja oleh atasan langsung (bagi coachee)",
        "1 sesi paling singkat 60 menit",
        "1 JP",
        "paling banyak 8 JP per tahun",
    ),
    (
        "Program PENDAMPING (bagi penguji binaan)",
        "1 pertemuan refleksi",
        "2 JP",
        "paling banyak 20 JP",
    ),
    (
        "Program PENDAMPING (bagi penguji pendamping)",
        "1 pertemuan refleksi",
        "1 JP",
        "paling banyak 10 JP per tahun",
    ),
    ("Komunitas LABUH (peserta)", "1 pertemuan", "1 JP", "paling banyak 8 JP per tahun"),
    ("Komunitas LABUH (pemantik)", "1 pertemuan", "3 JP", "paling banyak 9 JP per tahun"),
    (
        "Magang atau detasering di UPTD lain",
        "1 minggu kerja",
        "10 JP",
        "paling banyak 30 JP per tahun",
    ),
    ("Narasumber SEHUB", "1 sesi (2 JP mengajar)", "3 JP", "paling banyak 15 JP per tahun"),
    (
        "Latihan keadaan darurat (drill) di kapal atau pelabuhan",
        "1 kali latihan",
        "2 JP",
        "paling banyak 8 JP per tahun",
    ),
    ("Studi tiru ke instansi perhubungan lain", "1 hari", "5 JP", "paling banyak 10 JP per tahun"),
]

WAJIB = [
    (
        "Dasar-Dasar Pengujian Kendaraan Bermotor (DHB-02)",
        "calon Penguji Kendaraan Bermotor",
        "sekali, sebelum pengangkatan dalam JF Penguji",
        "tidak dapat diangkat dalam JF Penguji Kendaraan Bermotor",
    ),
    (
        "Sertifikat Kompetensi Penguji",
        "JF Penguji Kendaraan Bermotor",
        "sesuai Keputusan Kepala Dinas Nomor 9 Tahun 2026",
        "tidak boleh menandatangani hasil uji dan menerbitkan BLUe",
    ),
    (
        "Pemadaman Kebakaran dan Evakuasi Penumpang di Kapal (DHB-12)",
        "seluruh awak KMP, termasuk tenaga alih daya",
        "setiap 2 tahun",
        "tidak dijadwalkan dalam dinas jaga di kapal",
    ),
    (
        "Simulasi Anjungan (DHB-10) atau Simulasi Kamar Mesin (DHB-11)",
        "nakhoda, mualim, KKM, dan masinis KMP",
        "setiap 3 tahun",
        "tidak dapat menjadi perwira jaga tanpa pendamping",
    ),
    (
        "Operasional ATCS (DHB-15)",
        "operator ATCS",
        "sekali, sebelum bertugas mandiri di ruang kendali",
        "hanya bertugas sebagai operator pendamping",
    ),
    (
        "Pelayanan Penumpang Tingkat Dasar (DHB-13)",
        "petugas loket dan terminal baru",
        "sekali, dalam 6 bulan pertama bertugas",
        "tidak ditempatkan sendiri di loket",
    ),
]

SIMULASI = [
    (
        "Simulator anjungan (bridge simulator)",
        "nakhoda dan mualim",
        "4 orang per anjungan",
        "3 jam",
        "1 : 4",
        "membawa buku pelaut; skenario alur pelayaran Selat Bara",
    ),
    (
        "Simulator kamar mesin (engine room simulator)",
        "KKM dan masinis",
        "4 orang",
        "3 jam",
        "1 : 4",
        "membawa buku pelaut",
    ),
    (
        "Praktik pemadaman kebakaran (rumah asap)",
        "seluruh awak KMP",
        "8 orang",
        "3 jam",
        "1 : 8",
        "pemeriksaan tekanan darah sebelum praktik, paling tinggi 140/90 mmHg",
    ),
    (
        "Praktik sekoci dan rakit penolong (abandon ship)",
        "seluruh awak KMP",
        "16 orang",
        "3 jam",
        "1 : 8",
        "dapat berenang paling sedikit 50 meter",
    ),
    (
        "Simulasi evakuasi penumpang",
        "awak KMP dan petugas dermaga",
        "24 orang",
        "90 menit",
        "1 : 12",
        "di kapal yang sedang sandar, di luar jadwal keberangkatan",
    ),
]

ANGGARAN = [
    ["Sekolah Perhubungan Bara (SEHUB), pelatihan DHB-01 s.d. DHB-20", "APBD", None],
    [
        "Pengiriman pelatihan eksternal (BPSDM Provinsi, Kementerian Perhubungan, politeknik "
        "transportasi)",
        "APBD",
        "412.000.000",
    ],
    [
        "Program PENDAMPING (honorarium penguji pendamping, pertemuan, forum akhir)",
        "APBD",
        "27.500.000",
    ],
    ["Sertifikasi kompetensi penguji kendaraan bermotor", "APBD", "35.000.000"],
    ["Pemeliharaan dan lisensi perangkat lunak Pusat Simulator Maritim", "APBD", "186.000.000"],
    ["Pengembangan dan hosting e-SEHUB", "APBD", "64.500.000"],
    ["Bantuan biaya tugas belajar", "APBD", "150.000.000"],
]


def rp(n):
    return f"{n:,.0f}".replace(",", ".")


def parse_rp(s):
    return int(s.replace(".", ""))


# =========================================================================== RAB SEHUB
# code, name, batches, participants per batch, cost per batch
RAB = [
    ("DHB-01", "Orientasi Pegawai Baru Dinas Perhubungan", 2, 30, 16_800_000),
    ("DHB-02", "Dasar-Dasar Pengujian Kendaraan Bermotor", 1, 16, 74_400_000),
    ("DHB-03", "Penguji Kendaraan Bermotor Tingkat Terampil", 2, 20, 38_250_000),
    ("DHB-04", "Penguji Kendaraan Bermotor Tingkat Mahir", 1, 15, 45_600_000),
    ("DHB-05", "Supervisi Pengujian dan Analisis Hasil Uji", 1, 12, 21_900_000),
    ("DHB-06", "Pengujian Emisi Gas Buang dan Kebisingan Kendaraan", 2, 20, 12_750_000),
    ("DHB-08", "Pengawasan Keselamatan Pelayaran di Pelabuhan Pengumpan Lokal", 1, 20, 52_300_000),
    ("DHB-09", "Pemeriksaan Kelaiklautan Kapal Kecil di Bawah GT 7", 1, 15, 27_850_000),
    ("DHB-10", "Simulasi Anjungan Kapal Penyeberangan (Bridge Simulator)", 2, 8, 34_600_000),
    ("DHB-11", "Simulasi Kamar Mesin (Engine Room Simulator)", 2, 8, 31_200_000),
    ("DHB-12", "Pemadaman Kebakaran dan Evakuasi Penumpang di Kapal", 2, 16, 23_450_000),
    ("DHB-13", "Pelayanan Penumpang Pelabuhan Penyeberangan Tingkat Dasar", 3, 25, 9_900_000),
    ("DHB-15", "Operasional ATCS dan Manajemen Lalu Lintas Berbasis CCTV", 2, 12, 18_300_000),
    (
        "DHB-17",
        "Perencanaan dan Penganggaran Berbasis Kinerja Sektor Perhubungan",
        1,
        20,
        19_500_000,
    ),
    ("DHB-19", "Pelatihan Penguji Pendamping", 2, 15, 11_650_000),
    (
        "lainnya",
        "Pelatihan SEHUB lainnya (5 judul: DHB-07, DHB-14, DHB-16, DHB-18, DHB-20)",
        1,
        0,
        26_400_000,
    ),
]
RAB_TOTAL = sum(a * c for _k, _n, a, _p, c in RAB)
ANGGARAN[0][2] = rp(RAB_TOTAL)
ANGGARAN_TOTAL = rp(sum(parse_rp(x) for _k, _s, x in ANGGARAN))


# =========================================================================== PERKADIS 4/2026 (long PDF)
def _katalog_rows():
    return [[k, n, s, jp, m, j, t, q] for k, n, s, jp, m, j, t, q, _pj in KATALOG]


PERKADIS = [
    C("PERATURAN KEPALA DINAS PERHUBUNGAN"),
    C("PROVINSI KEPULAUAN TANJUNG BARA"),
    C("NOMOR 4 TAHUN 2026"),
    C("TENTANG"),
    C("PENYELENGGARAAN PENGEMBANGAN KOMPETENSI PEGAWAI DI LINGKUNGAN DINAS PERHUBUNGAN"),
    P(
        FIKTIF + " Provinsi Kepulauan Tanjung Bara, Kota Sela Bara, serta seluruh nama orang, "
        "unit, kapal, nomor peraturan, dan angka dalam dokumen ini adalah rekaan dan tidak "
        "merujuk pada instansi yang sebenarnya."
    ),
    C("DENGAN RAHMAT TUHAN YANG MAHA ESA"),
    C("KEPALA DINAS PERHUBUNGAN PROVINSI KEPULAUAN TANJUNG BARA,"),
    P("Menimbang:"),
    L(
        "a. bahwa keselamatan transportasi darat dan penyeberangan antarpulau di Provinsi "
        "Kepulauan Tanjung Bara memerlukan penguji kendaraan bermotor, pengawas keselamatan "
        "pelayaran, awak kapal, dan petugas pelabuhan yang kompeten dan tersertifikasi;",
        "b. bahwa setiap Pegawai Aparatur Sipil Negara wajib mengembangkan kompetensinya melalui "
        "pembelajaran secara terus-menerus sesuai dengan jabatannya;",
        "c. bahwa Peraturan Kepala Dinas Nomor 6 Tahun 2021 tentang Pendidikan dan Pelatihan "
        "Pegawai Dinas Perhubungan belum mengatur pelatihan berbasis simulator, program "
        "pendampingan penguji baru, komunitas belajar, dan pegawai pemerintah dengan perjanjian "
        "kerja paruh waktu sehingga perlu diganti;",
        "d. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan huruf "
        "c, perlu menetapkan Peraturan Kepala Dinas tentang Penyelenggaraan Pengembangan "
        "Kompetensi Pegawai di Lingkungan Dinas Perhubungan;",
    ),
    P("Mengingat:"),
    L(
        "1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
        "2. Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil "
        "sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;",
        "3. Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
        "Kompetensi Pegawai Negeri Sipil;",
        "4. Peraturan Gubernur Kepulauan Tanjung Bara Nomor 52 Tahun 2022 tentang Kedudukan, "
        "Susunan Organisasi, Tugas dan Fungsi, serta Tata Kerja Dinas Perhubungan;",
        "5. Peraturan Gubernur Kepulauan Tanjung Bara Nomor 9 Tahun 2024 tentang Pembentukan Unit "
        "Pelaksana Teknis Daerah pada Dinas Perhubungan;",
    ),
    C("MEMUTUSKAN:"),
    P(
        "Menetapkan: PERATURAN KEPALA DINAS TENTANG PENYELENGGARAAN PENGEMBANGAN KOMPETENSI "
        "PEGAWAI DI LINGKUNGAN DINAS PERHUBUNGAN."
    ),
    H1("BAB I KETENTUAN UMUM"),
    H2("Pasal 1"),
    P("Dalam Peraturan Kepala Dinas ini yang dimaksud dengan:"),
    L(
        "1. Provinsi adalah Provinsi Kepulauan Tanjung Bara.",
        "2. Dinas adalah Dinas Perhubungan Provinsi Kepulauan Tanjung Bara.",
        "3. Kepala Dinas adalah Kepala Dinas Perhubungan Provinsi Kepulauan Tanjung Bara.",
        "4. Sekretaris adalah Sekretaris Dinas yang mengoordinasikan pengembangan kompetensi "
        "Pegawai.",
        "5. Pegawai adalah Pegawai Negeri Sipil (PNS), Pegawai Pemerintah dengan Perjanjian Kerja "
        "(PPPK) penuh waktu, dan PPPK paruh waktu yang bekerja di Dinas.",
        "6. Tenaga alih daya adalah tenaga non-ASN yang dipekerjakan melalui perusahaan penyedia "
        "jasa, antara lain awak kapal pendukung, petugas kebersihan terminal, petugas parkir "
        "pelabuhan, dan petugas keamanan, dan bukan merupakan Pegawai.",
        "7. Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu pengembangan "
        "kompetensi; 1 (satu) JP sama dengan 45 (empat puluh lima) menit.",
        "8. Unit Pelaksana Teknis Daerah Pelabuhan Penyeberangan yang selanjutnya disebut UPTD PP "
        "adalah UPTD PP Wilayah I (Pelabuhan Penyeberangan Sela Bara, Pulau Bara Besar), UPTD PP "
        "Wilayah II (Pelabuhan Penyeberangan Tanjung Lintang, Pulau Lintang), dan UPTD PP "
        "Wilayah III (Pelabuhan Penyeberangan Karas, Pulau Karas).",
        "9. Unit Pelaksana Teknis Daerah Pengujian Kendaraan Bermotor yang selanjutnya disebut "
        "UPTD PKB adalah unit yang melaksanakan uji berkala kendaraan bermotor di Gedung Uji "
        "Wailela dan melalui Unit Uji Keliling Pulau Lintang.",
        "10. Kapal Motor Penyeberangan yang selanjutnya disingkat KMP adalah kapal penyeberangan "
        "milik Pemerintah Provinsi yang dioperasikan UPTD PP, yaitu KMP Bara Lestari, KMP Lintang "
        "Jaya, dan KMP Karas Indah.",
        "11. Area Traffic Control System yang selanjutnya disingkat ATCS adalah sistem "
        "pengendalian lalu lintas terpusat pada simpang jalan provinsi yang dioperasikan dari "
        "Pusat Kendali ATCS oleh operator ATCS.",
        "12. Sekolah Perhubungan Bara yang selanjutnya disingkat SEHUB adalah program pelatihan "
        "internal Dinas yang dikelola Subbagian Umum dan Kepegawaian.",
        "13. e-SEHUB adalah sistem manajemen pembelajaran (learning management system) SEHUB.",
        "14. Pusat Simulator Maritim SEHUB adalah fasilitas pelatihan berbasis simulator anjungan, "
        "simulator kamar mesin, rumah asap, dan kolam latih di kompleks Pelabuhan Penyeberangan "
        "Sela Bara.",
        "15. Program PENDAMPING (Pendampingan Penguji Baru) adalah program coaching dan "
        "pendampingan kerja bagi penguji kendaraan bermotor baru oleh penguji senior yang "
        "disebut penguji pendamping.",
        "16. Penguji binaan adalah penguji kendaraan bermotor baru yang mengikuti Program "
        "PENDAMPING.",
        "17. Komunitas LABUH (Lingkar Belajar Perhubungan) adalah komunitas belajar lintas bidang "
        "dan UPTD yang bertemu secara berkala untuk berbagi pengetahuan.",
        "18. Bukti Lulus Uji elektronik yang selanjutnya disingkat BLUe adalah tanda bukti lulus "
        "uji berkala kendaraan bermotor.",
        "19. Laporan pasca-pelatihan adalah Lembar Refleksi (Formulir LR-01), Rencana Tindak "
        "Lanjut (Formulir RTL-01), dan Laporan Penerapan Hasil Pelatihan (Formulir LPH-02).",
        "20. Rencana Belajar Pegawai yang selanjutnya disingkat RBP adalah rencana tahunan "
        "pengembangan kompetensi yang disusun setiap Pegawai bersama atasan langsung.",
    ),
    BR(),
    H1("BAB II MAKSUD, TUJUAN, DAN RUANG LINGKUP"),
    H2("Pasal 2"),
    P(
        "(1) Peraturan Kepala Dinas ini dimaksudkan sebagai pedoman perencanaan, pelaksanaan, "
        "pencatatan, dan evaluasi pengembangan kompetensi Pegawai."
    ),
    P("(2) Peraturan Kepala Dinas ini bertujuan untuk:"),
    L(
        "a. memenuhi hak dan kewajiban pengembangan kompetensi Pegawai ASN;",
        "b. menjamin setiap penguji kendaraan bermotor, awak kapal, dan operator ATCS memiliki "
        "kompetensi wajib yang masih berlaku;",
        "c. memperkuat budaya belajar melalui coaching, pendampingan, dan komunitas belajar; dan",
        "d. meningkatkan keselamatan dan mutu layanan transportasi di Provinsi.",
    ),
    H2("Pasal 3"),
    P("Ruang lingkup Peraturan Kepala Dinas ini meliputi:"),
    L(
        "a. hak, kewajiban, dan target JP;",
        "b. perencanaan pengembangan kompetensi;",
        "c. jalur dan konversi pengembangan kompetensi;",
        "d. penyelenggaraan SEHUB;",
        "e. pelatihan wajib dan sertifikasi;",
        "f. pelatihan berbasis simulator;",
        "g. Program PENDAMPING, coaching, dan Komunitas LABUH;",
        "h. ketentuan khusus bagi petugas pelabuhan, awak kapal, dan operator ATCS;",
        "i. laporan pasca-pelatihan;",
        "j. anggaran; dan",
        "k. evaluasi, penghargaan, dan pelaporan.",
    ),
    H1("BAB III HAK, KEWAJIBAN, DAN TARGET JAM PELAJARAN"),
    H2("Bagian Kesatu - Hak dan Kewajiban"),
    H2("Pasal 4"),
    P(
        "(1) Setiap Pegawai berhak memperoleh pengembangan kompetensi sesuai dengan RBP yang telah "
        "disetujui atasan langsung."
    ),
    P("(2) Setiap Pegawai wajib:"),
    L(
        "a. menyusun RBP setiap tahun;",
        "b. memenuhi target JP sebagaimana tercantum dalam Tabel 1;",
        "c. mencatatkan setiap kegiatan pengembangan kompetensi pada e-SEHUB; dan",
        "d. menerapkan hasil pelatihan dan menyampaikan laporan pasca-pelatihan.",
    ),
    P(
        "(3) Kepala UPTD wajib mengatur jadwal dinas jaga dan jadwal layanan sehingga Pegawai "
        "dapat mengikuti pengembangan kompetensi tanpa menghentikan layanan penyeberangan, "
        "pengujian, dan pengendalian lalu lintas."
    ),
    H2("Bagian Kedua - Target Jam Pelajaran"),
    H2("Pasal 5"),
    P(
        "(1) Setiap PNS wajib mengikuti pengembangan kompetensi paling sedikit 20 (dua puluh) JP "
        "dalam 1 (satu) tahun."
    ),
    P(
        "(2) Dinas menetapkan target yang lebih tinggi bagi kelompok jabatan tertentu sebagaimana "
        "tercantum dalam Tabel 1."
    ),
    P("(3) Muatan paling sedikit dalam Tabel 1 merupakan bagian dari target JP, bukan tambahan."),
    T(
        "Tabel 1. Target JP per Tahun menurut Kelompok Jabatan",
        ["Kelompok jabatan", "Target JP per tahun", "Muatan paling sedikit / keterangan"],
        [list(r) for r in TARGET],
        [60, 22, 68],
    ),
    H2("Pasal 6"),
    P("(1) Capaian JP dihitung per tahun kalender, dari 1 Januari sampai dengan 31 Desember."),
    P("(2) JP yang melebihi target tidak dapat dialihkan ke tahun berikutnya."),
    P(
        "(3) Pegawai yang berpindah kelompok jabatan dalam satu tahun mengikuti target kelompok "
        "jabatan yang didudukinya pada tanggal 1 Oktober tahun berjalan."
    ),
    P(
        "(4) Pegawai yang menjalani cuti besar, cuti melahirkan, atau cuti di luar tanggungan "
        "negara lebih dari 3 (tiga) bulan dalam tahun berjalan memperoleh target JP secara "
        "proporsional. Ketentuan mengenai hak cuti mengikuti peraturan perundang-undangan dan "
        "tidak diatur dalam Peraturan Kepala Dinas ini."
    ),
    H2("Bagian Ketiga - PPPK dan Tenaga Alih Daya"),
    H2("Pasal 7"),
    P(
        "(1) PPPK penuh waktu memiliki target 20 (dua puluh) JP per tahun dan difasilitasi "
        "pengembangan kompetensi paling banyak 24 (dua puluh empat) JP dalam 1 (satu) tahun masa "
        "perjanjian kerja."
    ),
    P(
        "(2) PPPK penuh waktu yang menduduki kelompok jabatan dengan target lebih tinggi dalam "
        "Tabel 1 mengikuti target kelompok jabatannya; JP di atas batas fasilitasi sebagaimana "
        "dimaksud pada ayat (1) dipenuhi dari kegiatan nonklasikal tanpa biaya."
    ),
    P(
        "(3) PPPK paruh waktu memiliki target 10 (sepuluh) JP per tahun yang diutamakan dari "
        "DHB-12, DHB-13, dan modul daring e-SEHUB."
    ),
    H2("Pasal 8"),
    P(
        "(1) Tenaga alih daya bukan Pegawai ASN sehingga tidak memiliki target JP dan JP-nya tidak "
        "dicatat pada e-SEHUB."
    ),
    P(
        "(2) Tenaga alih daya yang bertugas sebagai awak KMP wajib mengikuti DHB-12, dan tenaga "
        "alih daya yang bertugas di loket atau terminal dapat mengikuti DHB-13."
    ),
    P(
        "(3) Kehadiran tenaga alih daya dalam pelatihan dicatat dalam daftar hadir pembekalan "
        "mitra dan dilaporkan kepada perusahaan penyedia jasa, tidak sebagai JP."
    ),
    BR(),
    H1("BAB IV PERENCANAAN PENGEMBANGAN KOMPETENSI"),
    H2("Pasal 9"),
    P(
        "(1) Subbagian Umum dan Kepegawaian melaksanakan analisis kebutuhan pengembangan "
        "kompetensi setiap bulan Agustus sampai dengan September untuk tahun berikutnya."
    ),
    P("(2) Analisis kebutuhan menggunakan data:"),
    L(
        "a. kesenjangan kompetensi hasil pemetaan jabatan;",
        "b. kesenjangan kinerja hasil evaluasi kinerja Pegawai;",
        "c. masa berlaku sertifikat kompetensi penguji dan pelatihan wajib;",
        "d. rekapitulasi RBP tahun berjalan; dan",
        "e. laporan kecelakaan, insiden, dan keluhan layanan.",
    ),
    H2("Pasal 10"),
    P("(1) RBP disusun melalui e-SEHUB dengan jadwal sebagai berikut:"),
    L(
        "a. Pegawai mengisi RBP paling lambat tanggal 31 Januari;",
        "b. atasan langsung menyetujui RBP paling lambat tanggal 14 Februari;",
        "c. Kepala Bidang dan Kepala UPTD menyampaikan rekapitulasi RBP unitnya kepada Subbagian "
        "Umum dan Kepegawaian paling lambat tanggal 28 Februari; dan",
        "d. Kepala Dinas menetapkan Rencana Pengembangan Kompetensi Tahunan Dinas paling lambat "
        "tanggal 20 Maret.",
    ),
    P(
        "(2) RBP dapat diubah paling banyak 1 (satu) kali dalam satu tahun, paling lambat tanggal "
        "30 Juni, dengan persetujuan atasan langsung."
    ),
    H1("BAB V JALUR DAN KONVERSI PENGEMBANGAN KOMPETENSI"),
    H2("Bagian Kesatu - Jalur Pengembangan Kompetensi"),
    H2("Pasal 11"),
    P("(1) Pengembangan kompetensi dilaksanakan melalui jalur pendidikan dan jalur pelatihan."),
    P("(2) Jalur pelatihan terdiri atas pelatihan klasikal dan pelatihan nonklasikal."),
    P(
        "(3) Pelatihan klasikal antara lain pelatihan teknis perhubungan, pelatihan fungsional, "
        "pelatihan berbasis simulator, seminar, workshop, dan kursus."
    ),
    P(
        "(4) Pelatihan nonklasikal antara lain modul daring, coaching, Program PENDAMPING, magang "
        "atau detasering, Komunitas LABUH, latihan keadaan darurat, dan studi tiru."
    ),
    H2("Pasal 12"),
    P(
        "Jalur pendidikan berupa tugas belajar dan izin belajar dilaksanakan sesuai Peraturan "
        "Gubernur tentang tugas belajar dan izin belajar dan tidak diatur dalam Peraturan Kepala "
        "Dinas ini."
    ),
    H2("Bagian Kedua - Konversi ke dalam JP"),
    H2("Pasal 13"),
    P("(1) Kegiatan nonklasikal dan kegiatan eksternal dikonversi ke dalam JP menurut Tabel 2."),
    P(
        "(2) Konversi diajukan Pegawai melalui menu Klaim JP pada e-SEHUB paling lambat 21 (dua "
        "puluh satu) hari kalender setelah kegiatan, dengan melampirkan bukti."
    ),
    P("(3) Klaim diverifikasi Subbagian Umum dan Kepegawaian paling lama 7 (tujuh) hari kerja."),
    P("(4) Batas paling banyak dalam Tabel 2 berlaku per Pegawai."),
    T(
        "Tabel 2. Konversi Kegiatan ke dalam JP",
        ["Kegiatan", "Satuan", "JP diakui", "Batas"],
        [list(r) for r in KONVERSI],
        [62, 32, 20, 38],
    ),
    H2("Pasal 14"),
    P(
        "(1) Kegiatan eksternal yang dibiayai Dinas memerlukan surat tugas Kepala Dinas yang "
        "diajukan paling lambat 10 (sepuluh) hari kerja sebelum kegiatan."
    ),
    P(
        "(2) Sertifikat kegiatan eksternal diunggah ke e-SEHUB paling lambat 7 (tujuh) hari "
        "kalender setelah kegiatan berakhir."
    ),
    BR(),
    H1("BAB VI SEKOLAH PERHUBUNGAN BARA"),
    H2("Bagian Kesatu - Penyelenggaraan"),
    H2("Pasal 15"),
    P(
        "(1) SEHUB diselenggarakan oleh Subbagian Umum dan Kepegawaian bersama bidang teknis dan "
        "UPTD berdasarkan katalog tahunan sebagaimana tercantum dalam Lampiran I."
    ),
    P("(2) Pelatihan SEHUB tidak dipungut biaya."),
    P(
        "(3) Pelatihan klasikal SEHUB dilaksanakan pukul 08.00-16.00 WIT kecuali ditentukan lain "
        "dalam katalog."
    ),
    P(
        "(4) Satu hari pelatihan klasikal paling banyak 8 (delapan) JP dan satu hari pelatihan "
        "daring paling banyak 6 (enam) JP."
    ),
    P(
        "(5) Pegawai perangkat daerah lain dan pegawai dinas perhubungan kabupaten/kota di "
        "Provinsi dapat mengikuti SEHUB sepanjang kuota masih tersedia, atas persetujuan "
        "Sekretaris."
    ),
    H2("Bagian Kedua - Pendaftaran"),
    H2("Pasal 16"),
    P(
        "(1) Pendaftaran dilakukan melalui e-SEHUB paling lambat 14 (empat belas) hari kalender "
        "sebelum pelatihan dimulai dan harus disetujui atasan langsung."
    ),
    P("(2) Prioritas peserta diberikan kepada:"),
    L(
        "a. Pegawai yang pelatihan wajibnya belum dipenuhi atau akan habis masa berlakunya;",
        "b. Pegawai dari UPTD PP Wilayah II dan Wilayah III yang jarang memperoleh kesempatan "
        "pelatihan klasikal;",
        "c. Pegawai dengan capaian JP tahun berjalan paling rendah; dan",
        "d. Pegawai baru dalam 1 (satu) tahun pertama.",
    ),
    P(
        "(3) Pegawai yang masih memiliki Formulir LPH-02 terlambat tidak dapat mendaftar pelatihan "
        "SEHUB berikutnya."
    ),
    H2("Bagian Ketiga - Kehadiran dan Kelulusan"),
    H2("Pasal 17"),
    P(
        "(1) Presensi dilakukan dengan memindai kode QR pada e-SEHUB, dibuka 30 (tiga puluh) menit "
        "sebelum sampai 15 (lima belas) menit setelah sesi dimulai."
    ),
    P("(2) Peserta dinyatakan lulus dan memperoleh sertifikat apabila:"),
    L(
        "a. kehadiran paling sedikit 90% (sembilan puluh persen) dari seluruh JP;",
        "b. nilai akhir paling rendah 70 (tujuh puluh), atau paling rendah 75 (tujuh puluh lima) "
        "untuk pelatihan berbasis simulator; dan",
        "c. menyampaikan laporan pasca-pelatihan sesuai Pasal 33.",
    ),
    P(
        "(3) Sertifikat elektronik diterbitkan di e-SEHUB paling lambat 5 (lima) hari kerja "
        "setelah pelatihan berakhir."
    ),
    H2("Bagian Keempat - Pembatalan"),
    H2("Pasal 18"),
    P(
        "(1) Pembatalan keikutsertaan dilakukan paling lambat 5 (lima) hari kerja sebelum "
        "pelatihan melalui e-SEHUB."
    ),
    P(
        "(2) Pegawai yang 2 (dua) kali tidak hadir tanpa pembatalan dalam 1 (satu) tahun tidak "
        "dapat mendaftar SEHUB selama 6 (enam) bulan."
    ),
    P(
        "(3) Pembatalan karena kapal tidak berlayar akibat cuaca buruk yang dinyatakan oleh UPTD PP "
        "tidak dihitung sebagai ketidakhadiran."
    ),
    H1("BAB VII PELATIHAN WAJIB DAN SERTIFIKASI"),
    H2("Pasal 19"),
    P(
        "(1) Pelatihan wajib adalah pelatihan yang harus dimiliki Pegawai sesuai tugasnya dan "
        "masih berlaku."
    ),
    P(
        "(2) Jenis, sasaran, periode, dan akibat apabila pelatihan wajib tidak dipenuhi tercantum "
        "dalam Tabel 3."
    ),
    T(
        "Tabel 3. Pelatihan Wajib",
        ["Pelatihan", "Sasaran", "Periode/masa berlaku", "Akibat bila tidak dipenuhi"],
        [list(r) for r in WAJIB],
        [46, 40, 34, 40],
    ),
    H2("Pasal 20"),
    P(
        "(1) Sertifikasi kompetensi penguji kendaraan bermotor diatur dalam Keputusan Kepala Dinas "
        "Nomor 9 Tahun 2026 tentang Sertifikasi dan Pemeliharaan Kompetensi Penguji Kendaraan "
        "Bermotor."
    ),
    P(
        "(2) Ketentuan mengenai angka kredit, kenaikan jenjang jabatan fungsional, dan tunjangan "
        "jabatan fungsional penguji kendaraan bermotor mengikuti peraturan perundang-undangan dan "
        "tidak diatur dalam Peraturan Kepala Dinas ini."
    ),
    BR(),
    H1("BAB VIII PELATIHAN BERBASIS SIMULATOR"),
    H2("Pasal 21"),
    P(
        "(1) Pelatihan berbasis simulator diselenggarakan di Pusat Simulator Maritim SEHUB bagi "
        "awak KMP sesuai ketentuan dalam Tabel 4."
    ),
    P(
        "(2) Modul pelatihan simulator tercantum dalam daftar modul simulator yang ditetapkan "
        "Koordinator Pusat Simulator Maritim SEHUB."
    ),
    T(
        "Tabel 4. Ketentuan Pelatihan Berbasis Simulator",
        [
            "Jenis simulasi",
            "Sasaran",
            "Peserta per sesi",
            "Lama sesi",
            "Rasio instruktur",
            "Syarat khusus",
        ],
        [list(r) for r in SIMULASI],
        [40, 28, 18, 16, 18, 46],
    ),
    H2("Pasal 22"),
    P(
        "(1) Awak KMP yang terjadwal dinas jaga tidak dapat didaftarkan sebagai peserta; Kepala "
        "UPTD PP menyiapkan awak pengganti paling lambat 7 (tujuh) hari sebelum pelatihan."
    ),
    P("(2) Peserta wajib membawa buku pelaut dan sertifikat keahlian pelaut yang masih berlaku."),
    P(
        "(3) Praktik rumah asap dan praktik sekoci ditunda apabila kecepatan angin di dermaga "
        "melebihi 20 knot atau terdapat peringatan dini gelombang tinggi."
    ),
    H2("Pasal 23"),
    P(
        "(1) Instruktur mengisi Lembar Evaluasi Simulator (Formulir LES-01) untuk setiap peserta "
        "paling lambat 2 (dua) hari kerja setelah pelatihan."
    ),
    P(
        "(2) Peserta dengan nilai simulator di bawah 75 (tujuh puluh lima) mengikuti sesi remedial "
        "paling banyak 1 (satu) kali pada angkatan berikutnya tanpa mengulang seluruh pelatihan."
    ),
    BR(),
    H1("BAB IX PROGRAM PENDAMPING, COACHING, DAN KOMUNITAS LABUH"),
    H2("Bagian Kesatu - Program PENDAMPING"),
    H2("Pasal 24"),
    P("(1) Program PENDAMPING wajib diikuti oleh:"),
    L(
        "a. CPNS dan PPPK penuh waktu yang ditempatkan sebagai penguji atau calon penguji "
        "kendaraan bermotor pada tahun pertama; dan",
        "b. PNS yang baru diangkat atau berpindah ke JF Penguji Kendaraan Bermotor pada tahun "
        "pertama dalam jabatan.",
    ),
    P(
        "(2) Program PENDAMPING berlangsung selama 5 (lima) bulan dan dibuka 2 (dua) angkatan "
        "setiap tahun."
    ),
    P(
        "(3) Selama mengikuti Program PENDAMPING, penguji binaan melakukan uji terdampingi dan "
        "tidak menandatangani hasil uji; hasil uji dan BLUe ditandatangani penguji pendamping."
    ),
    H2("Pasal 25"),
    P("Penguji pendamping harus memenuhi syarat:"),
    L(
        "a. menduduki jabatan paling rendah Penguji Kendaraan Bermotor Mahir atau Ahli Muda;",
        "b. masa kerja sebagai penguji paling singkat 5 (lima) tahun;",
        "c. memegang Sertifikat Kompetensi Penguji Kelas B yang masih berlaku;",
        "d. bukan atasan langsung penguji binaan;",
        "e. telah lulus DHB-19 Pelatihan Penguji Pendamping; dan",
        "f. tidak sedang menjalani hukuman disiplin.",
    ),
    H2("Pasal 26"),
    P(
        "(1) Satu penguji pendamping mendampingi paling banyak 3 (tiga) penguji binaan pada waktu "
        "yang sama."
    ),
    P(
        "(2) Pertemuan refleksi dilaksanakan paling sedikit 2 (dua) kali sebulan, masing-masing "
        "paling singkat 60 (enam puluh) menit."
    ),
    P(
        "(3) Penguji pendamping dan penguji binaan ditetapkan dengan Keputusan Kepala Dinas, yang "
        "juga menetapkan honorarium penguji pendamping."
    ),
    H2("Bagian Kedua - Coaching Kinerja"),
    H2("Pasal 27"),
    P(
        "(1) Atasan langsung melaksanakan coaching kinerja kepada setiap staf paling sedikit 1 "
        "(satu) kali setiap triwulan."
    ),
    P(
        "(2) Hasil coaching dicatat dalam Formulir CK-01 di e-SEHUB dan menjadi bahan dialog "
        "kinerja."
    ),
    P(
        "(3) Ketentuan mengenai penilaian kinerja dan predikat kinerja mengikuti peraturan "
        "perundang-undangan."
    ),
    H2("Bagian Ketiga - Komunitas LABUH"),
    H2("Pasal 28"),
    P(
        "(1) Komunitas LABUH bertemu setiap Rabu terakhir setiap bulan pukul 14.00-15.30 WIT, "
        "kecuali ditentukan lain dalam jadwal tahunan."
    ),
    P(
        "(2) Pertemuan dilaksanakan secara hibrida sehingga Pegawai UPTD di Pulau Lintang dan Pulau "
        "Karas dapat mengikuti secara daring."
    ),
    P(
        "(3) Koordinator Komunitas LABUH ditunjuk oleh Sekretaris dan menyusun jadwal serta notula "
        "pertemuan."
    ),
    BR(),
    H1("BAB X KETENTUAN KHUSUS PETUGAS PELABUHAN, AWAK KAPAL, DAN OPERATOR ATCS"),
    H2("Pasal 29"),
    P(
        "(1) Petugas loket, terminal, dan dermaga UPTD PP yang mengikuti pelatihan klasikal pada "
        "hari yang sama paling banyak 1/4 (seperempat) dari petugas dalam satu regu jaga."
    ),
    P("(2) Tidak ada pelatihan klasikal bagi Pegawai UPTD PP dan awak KMP pada:"),
    L(
        "a. masa angkutan Lebaran, yaitu H-10 sampai dengan H+10 Hari Raya Idul Fitri; dan",
        "b. masa angkutan Natal dan Tahun Baru, yaitu tanggal 18 Desember sampai dengan tanggal 5 "
        "Januari.",
    ),
    P(
        "(3) Pada masa sebagaimana dimaksud pada ayat (2) Pegawai tetap dapat mengikuti modul "
        "daring di luar jam dinas jaga."
    ),
    H2("Pasal 30"),
    P(
        "(1) Operator ATCS bekerja dalam 3 (tiga) regu jaga: pagi pukul 07.00-15.00 WIT, siang "
        "pukul 15.00-23.00 WIT, dan malam pukul 23.00-07.00 WIT."
    ),
    P(
        "(2) Paling banyak 2 (dua) operator dari regu jaga yang sama dapat mengikuti pelatihan "
        "pada hari yang sama."
    ),
    P(
        "(3) Operator yang mengikuti pelatihan pada hari lepas dinas memperoleh 1 (satu) hari "
        "lepas dinas pengganti yang diambil paling lambat 14 (empat belas) hari kalender setelah "
        "pelatihan. Ketentuan uang lembur tidak diatur dalam Peraturan Kepala Dinas ini."
    ),
    H2("Pasal 31"),
    P(
        "(1) Peserta dari UPTD PP Wilayah II (Pulau Lintang), UPTD PP Wilayah III (Pulau Karas), "
        "dan Unit Uji Keliling Pulau Lintang memperoleh penggantian biaya penyeberangan sesuai "
        "tarif riil paling banyak Rp350.000 (tiga ratus lima puluh ribu rupiah) pergi-pulang per "
        "pelatihan."
    ),
    P(
        "(2) Apabila pelatihan dimulai sebelum pukul 09.00 WIT, peserta sebagaimana dimaksud pada "
        "ayat (1) diberi penginapan 1 (satu) malam sebelum hari pertama pelatihan."
    ),
    P(
        "(3) Peserta dari Pulau Karas diberi penginapan paling banyak 2 (dua) malam sebelum hari "
        "pertama pelatihan karena KMP Karas Indah hanya berlayar pada hari Selasa, Kamis, dan "
        "Sabtu."
    ),
    H2("Pasal 32"),
    P(
        "Penguji dan petugas UPTD PKB yang terdaftar sebagai peserta pelatihan tidak dijadwalkan "
        "pada jalur uji maupun Unit Uji Keliling pada hari pelatihan."
    ),
    H1("BAB XI LAPORAN PASCA-PELATIHAN"),
    H2("Pasal 33"),
    P(
        "(1) Peserta pelatihan klasikal kurang dari 16 (enam belas) JP mengisi Lembar Refleksi "
        "(Formulir LR-01) di e-SEHUB paling lambat 3 (tiga) hari kerja setelah pelatihan."
    ),
    P(
        "(2) Peserta pelatihan klasikal paling sedikit 16 (enam belas) JP, baik SEHUB maupun "
        "eksternal, wajib menyusun:"
    ),
    L(
        "a. Rencana Tindak Lanjut (Formulir RTL-01) paling lambat 5 (lima) hari kerja setelah "
        "pelatihan; dan",
        "b. Laporan Penerapan Hasil Pelatihan (Formulir LPH-02) paling lambat 45 (empat puluh "
        "lima) hari kalender setelah pelatihan berakhir.",
    ),
    P(
        "(3) Formulir RTL-01 dan LPH-02 diverifikasi atasan langsung paling lama 5 (lima) hari "
        "kerja."
    ),
    H2("Pasal 34"),
    P(
        "(1) JP pelatihan yang Formulir LPH-02-nya belum disampaikan sampai batas waktu berstatus "
        "Menunggu di e-SEHUB dan tidak dihitung dalam capaian JP."
    ),
    P("(2) Status Menunggu berubah menjadi Diakui setelah Formulir LPH-02 diverifikasi."),
    P(
        "(3) Perpanjangan batas waktu LPH-02 hanya dapat diberikan oleh Sekretaris untuk seluruh "
        "peserta satu angkatan pelatihan, tidak untuk perorangan."
    ),
    P(
        "(4) Laporan aktualisasi Pelatihan Dasar CPNS mengikuti ketentuan Lembaga Administrasi "
        "Negara dan tidak menggantikan Formulir LPH-02."
    ),
    BR(),
    H1("BAB XII ANGGARAN"),
    H2("Pasal 35"),
    P(
        "(1) Pengembangan kompetensi dibiayai dari APBD Provinsi pada Dokumen Pelaksanaan Anggaran "
        "Dinas."
    ),
    P("(2) Alokasi anggaran tahun 2026 tercantum dalam Tabel 5."),
    T(
        "Tabel 5. Alokasi Anggaran Pengembangan Kompetensi Tahun 2026",
        ["Kegiatan", "Sumber dana", "Jumlah (Rp)"],
        [list(r) for r in ANGGARAN] + [["Jumlah seluruhnya", "APBD", ANGGARAN_TOTAL]],
        [90, 24, 30],
    ),
    H2("Pasal 36"),
    P(
        "(1) Pergeseran anggaran antarkegiatan dalam Tabel 5 paling banyak 10% (sepuluh persen) "
        "dapat dilakukan dengan persetujuan Kepala Dinas."
    ),
    P("(2) Ketentuan tambahan penghasilan pegawai diatur dalam Peraturan Gubernur tersendiri."),
    H1("BAB XIII EVALUASI, PENGHARGAAN, DAN PELAPORAN"),
    H2("Pasal 37"),
    P(
        "(1) Pegawai ASN memperbarui riwayat pengembangan kompetensi pada MyASN untuk diverifikasi "
        "ke dalam SIASN; e-SEHUB tidak terhubung otomatis dengan SIASN."
    ),
    P(
        "(2) Subbagian Umum dan Kepegawaian menerbitkan rekapitulasi capaian JP per unit setiap "
        "triwulan paling lambat tanggal 10 bulan berikutnya."
    ),
    P(
        "(3) Sekretaris melaporkan capaian pengembangan kompetensi kepada Kepala Dinas setiap "
        "semester."
    ),
    H2("Pasal 38"),
    P(
        "(1) Kepala Dinas memberikan penghargaan Insan Pembelajar Perhubungan kepada paling banyak "
        "3 (tiga) Pegawai setiap tahun."
    ),
    P(
        "(2) Penilaian didasarkan pada capaian JP, nilai Formulir LPH-02, dan kontribusi sebagai "
        "narasumber SEHUB, penguji pendamping, atau pemantik Komunitas LABUH."
    ),
    P(
        "(3) Pegawai yang tidak mencapai target JP wajib menyusun rencana pengembangan bersama "
        "atasan langsung paling lambat 31 Januari tahun berikutnya dan diprioritaskan dalam "
        "SEHUB."
    ),
    H1("BAB XIV KETENTUAN PERALIHAN DAN PENUTUP"),
    H2("Pasal 39"),
    P(
        "(1) Target JP tahun 2025 tetap dihitung berdasarkan Peraturan Kepala Dinas Nomor 6 Tahun "
        "2021."
    ),
    P(
        "(2) Pada saat Peraturan Kepala Dinas ini mulai berlaku, Peraturan Kepala Dinas Nomor 6 "
        "Tahun 2021 tentang Pendidikan dan Pelatihan Pegawai Dinas Perhubungan dicabut dan "
        "dinyatakan tidak berlaku."
    ),
    H2("Pasal 40"),
    P("Peraturan Kepala Dinas ini mulai berlaku pada tanggal diundangkan."),
    P(
        "Ditetapkan di Sela Bara pada tanggal 8 Januari 2026. KEPALA DINAS PERHUBUNGAN PROVINSI "
        "KEPULAUAN TANJUNG BARA, ttd. " + KADIS + " NIP " + KADIS_NIP + "."
    ),
    P(
        "Diundangkan di Sela Bara pada tanggal 14 Januari 2026. SEKRETARIS DAERAH PROVINSI "
        "KEPULAUAN TANJUNG BARA, ttd. Drs. Abraham Tetelepta, M.Si. BERITA DAERAH PROVINSI "
        "KEPULAUAN TANJUNG BARA TAHUN 2026 NOMOR 4."
    ),
    BR(),
    H1("LAMPIRAN I KATALOG SEKOLAH PERHUBUNGAN BARA (SEHUB) TAHUN 2026"),
    P(
        "Tanggal dalam tahun 2026. Kuota per angkatan. Pelatihan klasikal dilaksanakan pukul "
        "08.00-16.00 WIT kecuali disebutkan lain. Bagian daring pelatihan blended diselesaikan di "
        "e-SEHUB paling lambat 3 (tiga) hari sebelum bagian klasikal dimulai."
    ),
    T(
        "Tabel 6. Katalog SEHUB 2026",
        ["Kode", "Nama pelatihan", "Sasaran", "JP", "Mode", "Jadwal 2026", "Tempat", "Kuota"],
        _katalog_rows(),
        [18, 32, 30, 8, 24, 26, 30, 13],
    ),
    BR(),
    H1("LAMPIRAN II PENANGGUNG JAWAB PELATIHAN DAN KONTAK"),
    T(
        "Tabel 7. Penanggung Jawab Pelatihan SEHUB",
        ["Kode pelatihan", "Nama", "Jabatan/peran", "Nomor WA"],
        [[", ".join(k for k, *_r, pj in KATALOG if pj == key), n, r, w] for key, n, r, w in PJ],
        [30, 44, 54, 24],
    ),
    P(
        "Pengelola SEHUB: "
        + ANALIS_SDM
        + " (Analis SDM Aparatur Ahli Muda), WA "
        + WA_SEHUB
        + ", email "
        + EMAIL_SEHUB
        + ". Layanan teknis e-SEHUB: helpdesk WA "
        + WA_HELPDESK
        + "."
    ),
]


# =========================================================================== KEPUTUSAN 9/2026 (PDF)
KELAS = [
    (
        "Kelas A",
        "Penguji Pemula dan Penguji Terampil",
        "mobil penumpang umum, mobil bus kecil, dan mobil barang dengan JBB paling tinggi 3.500 kg",
        "DHB-02 (Pemula) atau DHB-03 (Terampil)",
        "3 tahun",
    ),
    (
        "Kelas B",
        "Penguji Mahir, Penguji Penyelia, Penguji Ahli Pertama, dan Penguji Ahli Muda",
        "seluruh kendaraan wajib uji, termasuk mobil bus besar, mobil barang dengan JBB di atas "
        "3.500 kg, kereta gandengan, kereta tempelan, dan kendaraan khusus",
        "DHB-04 atau DHB-05",
        "3 tahun",
    ),
]

UJI_2026 = [
    (
        "Gelombang I",
        "Kelas A dan Kelas B",
        "Jumat, 8 Mei 2026 pukul 15.00 WIT",
        "26-27 Mei 2026",
        "Jalur Uji Gedung Uji UPTD PKB, Wailela",
        "5 Juni 2026",
        "16 orang",
    ),
    (
        "Gelombang II",
        "Kelas A dan Kelas B",
        "Jumat, 25 September 2026 pukul 15.00 WIT",
        "13-14 Oktober 2026",
        "Jalur Uji Gedung Uji UPTD PKB, Wailela",
        "23 Oktober 2026",
        "12 orang",
    ),
]

SERT2026 = [
    C("KEPUTUSAN KEPALA DINAS PERHUBUNGAN PROVINSI KEPULAUAN TANJUNG BARA"),
    C("NOMOR 9 TAHUN 2026"),
    C("TENTANG"),
    C("SERTIFIKASI DAN PEMELIHARAAN KOMPETENSI PENGUJI KENDARAAN BERMOTOR"),
    P(FIKTIF),
    P(
        "Menimbang: a. bahwa hasil uji berkala kendaraan bermotor dan Bukti Lulus Uji elektronik "
        "(BLUe) hanya boleh ditandatangani oleh penguji yang kompetensinya teruji dan masih "
        "berlaku; b. bahwa Keputusan Kepala Dinas Nomor 17 Tahun 2023 tentang Sertifikasi "
        "Kompetensi Penguji Kendaraan Bermotor perlu disesuaikan dengan jenjang jabatan "
        "fungsional penguji dan jenis kendaraan wajib uji; c. bahwa berdasarkan pertimbangan "
        "sebagaimana dimaksud dalam huruf a dan huruf b perlu menetapkan Keputusan Kepala Dinas "
        "tentang Sertifikasi dan Pemeliharaan Kompetensi Penguji Kendaraan Bermotor."
    ),
    P(
        "Mengingat: Peraturan Kepala Dinas Nomor 4 Tahun 2026 tentang Penyelenggaraan "
        "Pengembangan Kompetensi Pegawai di Lingkungan Dinas Perhubungan."
    ),
    H1("BAB I KETENTUAN UMUM"),
    H2("Pasal 1"),
    L(
        "1. Penguji adalah Pegawai yang menduduki JF Penguji Kendaraan Bermotor pada UPTD PKB, "
        "termasuk Unit Uji Keliling Pulau Lintang.",
        "2. Sertifikat Kompetensi Penguji yang selanjutnya disebut Sertifikat adalah tanda "
        "kompetensi yang diterbitkan Kepala Dinas setelah Penguji lulus uji sertifikasi.",
        "3. JBB adalah jumlah berat yang diperbolehkan.",
        "4. JP pemeliharaan adalah JP pengembangan kompetensi di bidang pengujian kendaraan "
        "bermotor yang wajib dipenuhi pemegang Sertifikat.",
        "5. Penguji pembantu adalah Penguji yang belum atau tidak lagi memegang Sertifikat yang "
        "masih berlaku dan hanya dapat melakukan pemeriksaan di bawah pengawasan Penguji "
        "bersertifikat.",
    ),
    H1("BAB II KELAS SERTIFIKAT"),
    H2("Pasal 2"),
    P("(1) Sertifikat terdiri atas 2 (dua) kelas sebagaimana tercantum dalam Tabel 1."),
    P(
        "(2) Penguji yang tidak memegang Sertifikat yang masih berlaku tidak boleh menandatangani "
        "hasil uji dan menerbitkan BLUe, dan hanya dapat bertugas sebagai penguji pembantu."
    ),
    T(
        "Tabel 1. Kelas Sertifikat Kompetensi Penguji",
        [
            "Kelas",
            "Jenjang jabatan",
            "Kendaraan yang boleh diuji dan ditandatangani hasil ujinya",
            "Pelatihan prasyarat",
            "Masa berlaku",
        ],
        [list(r) for r in KELAS],
        [14, 36, 56, 28, 18],
    ),
    H2("Pasal 3"),
    P(
        "Persyaratan mengikuti uji Kelas A: a. PNS atau PPPK penuh waktu yang ditempatkan pada "
        "UPTD PKB; b. pendidikan paling rendah SMK bidang otomotif atau sederajat; c. telah lulus "
        "DHB-02 Dasar-Dasar Pengujian Kendaraan Bermotor; dan d. telah melakukan paling sedikit "
        "120 (seratus dua puluh) uji terdampingi yang tercatat dalam Formulir PD-2 Program "
        "PENDAMPING."
    ),
    P(
        "Persyaratan mengikuti uji Kelas B: a. memegang Sertifikat Kelas A paling singkat 2 (dua) "
        "tahun; b. telah menandatangani paling sedikit 500 (lima ratus) hasil uji; dan c. telah "
        "lulus DHB-04 Penguji Kendaraan Bermotor Tingkat Mahir atau DHB-05 Supervisi Pengujian "
        "dan Analisis Hasil Uji."
    ),
    H1("BAB III UJI SERTIFIKASI"),
    H2("Pasal 4"),
    P(
        "(1) Uji sertifikasi terdiri atas ujian teori berbasis komputer sebanyak 50 (lima puluh) "
        "soal selama 75 (tujuh puluh lima) menit dan ujian praktik pengujian terhadap 3 (tiga) "
        "kendaraan di jalur uji."
    ),
    P(
        "(2) Peserta dinyatakan lulus apabila memperoleh nilai ujian teori paling rendah 75 (tujuh "
        "puluh lima) dan nilai ujian praktik paling rendah 80 (delapan puluh)."
    ),
    P(
        "(3) Uji sertifikasi diselenggarakan oleh Tim Penguji Sertifikasi yang ditetapkan Kepala "
        "Dinas, beranggotakan paling sedikit 1 (satu) penguji dari Balai Pengelola Transportasi "
        "Darat."
    ),
    H2("Pasal 5"),
    P(
        "(1) Biaya uji sertifikasi sebesar Rp1.250.000 (satu juta dua ratus lima puluh ribu rupiah) "
        "per peserta."
    ),
    P("(2) Biaya uji pertama ditanggung APBD."),
    P(
        "(3) Peserta yang tidak lulus dapat mengikuti uji ulang paling cepat 2 (dua) bulan setelah "
        "uji sebelumnya dan paling banyak 2 (dua) kali dalam 1 (satu) tahun; biaya uji ulang "
        "ditanggung peserta sebesar 50% (lima puluh persen), yaitu Rp625.000 (enam ratus dua "
        "puluh lima ribu rupiah)."
    ),
    H1("BAB IV PEMELIHARAAN DAN PERPANJANGAN"),
    H2("Pasal 6"),
    P(
        "(1) Pemegang Sertifikat wajib memenuhi JP pemeliharaan paling sedikit 20 (dua puluh) JP "
        "setiap tahun, paling sedikit 8 (delapan) JP di antaranya dari pelatihan teknis pengujian "
        "DHB-02 sampai dengan DHB-07 atau pelatihan eksternal yang setara."
    ),
    P(
        "(2) Pemegang Sertifikat wajib melakukan pengujian paling sedikit 250 (dua ratus lima "
        "puluh) kendaraan setiap tahun."
    ),
    P(
        "(3) Sertifikat diperpanjang untuk 3 (tiga) tahun berikutnya tanpa uji apabila ketentuan "
        "pada ayat (1) dan ayat (2) terpenuhi setiap tahun."
    ),
    P(
        "(4) Permohonan perpanjangan diajukan melalui e-SEHUB menu Sertifikasi paling lambat 90 "
        "(sembilan puluh) hari sebelum Sertifikat berakhir."
    ),
    P(
        "(5) Sertifikat yang telah berakhir lebih dari 12 (dua belas) bulan hanya dapat diperoleh "
        "kembali melalui uji sertifikasi."
    ),
    H1("BAB V PELAKSANAAN UJI TAHUN 2026"),
    H2("Pasal 7"),
    P(
        "(1) Pendaftaran uji dilakukan melalui e-SEHUB menu Sertifikasi dengan mengunggah "
        "sertifikat pelatihan prasyarat, rekomendasi Kepala UPTD PKB, dan rekap Formulir PD-2 "
        "atau rekap hasil uji yang ditandatangani. Berkas fisik tidak diterima."
    ),
    P("(2) Jadwal, tempat, dan kuota uji tahun 2026 tercantum dalam Tabel 2."),
    T(
        "Tabel 2. Jadwal Uji Sertifikasi Penguji Tahun 2026",
        ["Gelombang", "Kelas", "Batas pendaftaran", "Tanggal uji", "Tempat", "Pengumuman", "Kuota"],
        [list(r) for r in UJI_2026],
        [20, 20, 30, 22, 34, 20, 14],
    ),
    H2("Pasal 8"),
    P(
        "Uji dimulai pukul 07.30 WIT. Peserta membawa kartu identitas pegawai, pakaian kerja "
        "lapangan, dan sepatu keselamatan; telepon genggam dititipkan kepada panitia selama "
        "ujian teori."
    ),
    H1("BAB VI KETENTUAN PERALIHAN DAN PENUTUP"),
    H2("Pasal 9"),
    P(
        "(1) Sertifikat yang diterbitkan berdasarkan Keputusan Kepala Dinas Nomor 17 Tahun 2023 "
        "tetap berlaku sampai masa berlakunya berakhir, paling lama sampai dengan tanggal 30 Juni "
        "2027."
    ),
    P(
        "(2) Sertifikat sebagaimana dimaksud pada ayat (1) dipersamakan dengan Sertifikat Kelas B "
        "bagi pemegang yang menduduki jenjang Penguji Mahir atau lebih tinggi, dan dengan "
        "Sertifikat Kelas A bagi pemegang lainnya."
    ),
    H2("Pasal 10"),
    P(
        "Kontak layanan sertifikasi: " + KOORD_PENGUJI + ", Penguji Kendaraan Bermotor Ahli Muda, "
        "Koordinator Penguji UPTD PKB, WA " + WA_PENGUJI + ". Layanan pada hari kerja pukul "
        "08.00-15.00 WIT."
    ),
    H2("Pasal 11"),
    P(
        "Pada saat Keputusan Kepala Dinas ini mulai berlaku, Keputusan Kepala Dinas Nomor 17 Tahun "
        "2023 tentang Sertifikasi Kompetensi Penguji Kendaraan Bermotor dicabut dan dinyatakan "
        "tidak berlaku."
    ),
    H2("Pasal 12"),
    P(
        "Keputusan Kepala Dinas ini mulai berlaku pada tanggal ditetapkan. Ditetapkan di Sela "
        "Bara pada tanggal 16 Maret 2026. KEPALA DINAS PERHUBUNGAN PROVINSI KEPULAUAN TANJUNG "
        "BARA, ttd. " + KADIS
    ),
]

SERT2023_TXT = """\
DINAS PERHUBUNGAN PROVINSI KEPULAUAN TANJUNG BARA
Jalan Laksamana Malahayati Nomor 21, Kota Sela Bara
(Dokumen fiktif, untuk evaluasi.)

KEPUTUSAN KEPALA DINAS PERHUBUNGAN PROVINSI KEPULAUAN TANJUNG BARA
NOMOR 17 TAHUN 2023
TENTANG
SERTIFIKASI KOMPETENSI PENGUJI KENDARAAN BERMOTOR

KESATU - Sertifikat
(1) Sertifikat Kompetensi Penguji terdiri atas satu jenis dan berlaku untuk semua jenis
    kendaraan wajib uji.
(2) Sertifikat berlaku 5 (lima) tahun sejak tanggal diterbitkan.
(3) Penguji yang belum bersertifikat dapat menandatangani hasil uji dengan paraf Kepala Seksi
    Pengujian.

KEDUA - Persyaratan uji
a. PNS yang menduduki JF Penguji Kendaraan Bermotor (PPPK tidak dapat mengikuti uji);
b. masa kerja sebagai penguji paling singkat 1 (satu) tahun;
c. telah lulus Diklat Pengujian Kendaraan Bermotor sebanyak 80 (delapan puluh) JP.

KETIGA - Uji sertifikasi
(1) Uji terdiri atas ujian tertulis di kertas (40 soal, 60 menit) dan ujian praktik di jalur uji.
(2) Nilai kelulusan paling rendah 70 (tujuh puluh) untuk ujian tertulis dan 70 (tujuh puluh)
    untuk ujian praktik.
(3) Peserta yang tidak lulus dapat mengulang setelah 6 (enam) bulan.
(4) Biaya uji Rp900.000 (sembilan ratus ribu rupiah) per peserta, ditanggung sepenuhnya oleh
    peserta.
(5) Uji diselenggarakan oleh Tim Uji internal UPTD PKB.

KEEMPAT - Kuota dan jadwal 2023
(1) Kuota uji 10 (sepuluh) orang per tahun.
(2) Berkas dalam map hijau diserahkan ke Seksi Pengujian, Gedung Uji Wailela, paling lambat
    Jumat, 14 April 2023 pukul 14.00 WIT.
(3) Uji dilaksanakan 16-17 Mei 2023 di Gedung Uji UPTD PKB, Wailela.
(4) Hasil uji diumumkan 2 Juni 2023 di papan pengumuman UPTD PKB.

KELIMA - Pemeliharaan
Pemegang Sertifikat wajib mengikuti 12 (dua belas) JP pemeliharaan setiap tahun.

KEENAM - Kontak
Agustinus Leleury, S.T., Kepala Seksi Pengujian UPTD PKB, telepon/WA 0813-4290-5571.

KETUJUH - Keputusan ini mulai berlaku pada tanggal ditetapkan.

Ditetapkan di Sela Bara, 6 Maret 2023
KEPALA DINAS PERHUBUNGAN PROVINSI KEPULAUAN TANJUNG BARA,
ttd.
Drs. Abubakar Wailissa, M.Si.
"""


# =========================================================================== SK PENDAMPING (DOCX)
PENDAMPING_JAB = {
    KOORD_PENDAMPING: "Penguji Kendaraan Bermotor Penyelia",
    KOORD_PENGUJI: "Penguji Kendaraan Bermotor Ahli Muda",
    "Frans Hendrik Maail": "Penguji Kendaraan Bermotor Mahir",
    "La Ode Hamzah Ely, A.Md.T.": "Penguji Kendaraan Bermotor Mahir (Unit Uji Keliling)",
}
# pendamping, binaan, status, unit of the binaan
PASANGAN = [
    (
        KOORD_PENDAMPING,
        "Aldi Saputra Rumakur, A.Md.T.",
        "Penguji Pemula, CPNS formasi 2025",
        "UPTD PKB, Gedung Uji Wailela",
    ),
    (
        KOORD_PENDAMPING,
        "Irfan Rumra, A.Md.T.",
        "Penguji Pemula, CPNS formasi 2025",
        "UPTD PKB, Gedung Uji Wailela",
    ),
    (
        KOORD_PENGUJI,
        "Novia Tuhumury, S.Tr.T.",
        "Penguji Ahli Pertama, CPNS formasi 2025",
        "UPTD PKB, Gedung Uji Wailela",
    ),
    (KOORD_PENGUJI, "Gerald Pattinasarany", "calon Penguji, PPPK", "UPTD PKB, Gedung Uji Wailela"),
    (
        KOORD_PENGUJI,
        "Rahmat Hidayat Tomia",
        "Penguji Pemula, PNS perpindahan jabatan",
        "UPTD PKB, Gedung Uji Wailela",
    ),
    (
        "Frans Hendrik Maail",
        "Siti Nurjanah Wokas, A.Md.T.",
        "Penguji Pemula, PPPK",
        "UPTD PKB, Gedung Uji Wailela",
    ),
    (
        "Frans Hendrik Maail",
        "Yohana Ratu Lewier",
        "Penguji Terampil, PNS perpindahan jabatan",
        "UPTD PKB, Gedung Uji Wailela",
    ),
    (
        "La Ode Hamzah Ely, A.Md.T.",
        "Ahmad Fauzi Latuconsina",
        "Penguji Pemula, CPNS formasi 2025",
        "Unit Uji Keliling Pulau Lintang",
    ),
    (
        "La Ode Hamzah Ely, A.Md.T.",
        "Christin Wenno, A.Md.T.",
        "Penguji Pemula, PPPK",
        "Unit Uji Keliling Pulau Lintang",
    ),
]
HONOR_PENDAMPING = 300_000
BULAN_PENDAMPING = 5


def _pasangan_rows():
    return [[str(i), m, PENDAMPING_JAB[m], e, s, u] for i, (m, e, s, u) in enumerate(PASANGAN, 1)]


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
                str(BULAN_PENDAMPING),
                rp(HONOR_PENDAMPING),
                rp(n * BULAN_PENDAMPING * HONOR_PENDAMPING),
            ]
        )
    tot = sum(per.values())
    rows.append(["", "Jumlah", str(tot), "", "", rp(tot * BULAN_PENDAMPING * HONOR_PENDAMPING)])
    return rows


SK_PENDAMPING = [
    C("KEPUTUSAN KEPALA DINAS PERHUBUNGAN PROVINSI KEPULAUAN TANJUNG BARA"),
    C("NOMOR 800.1.6/057/DISHUB/2026"),
    C(
        "TENTANG PENETAPAN PENGUJI PENDAMPING DAN PENGUJI BINAAN PROGRAM PENDAMPING ANGKATAN I "
        "TAHUN 2026"
    ),
    P(FIKTIF),
    P(
        "Menimbang bahwa untuk melaksanakan Pasal 24 sampai dengan Pasal 26 Peraturan Kepala Dinas "
        "Nomor 4 Tahun 2026 tentang Penyelenggaraan Pengembangan Kompetensi Pegawai di Lingkungan "
        "Dinas Perhubungan perlu menetapkan penguji pendamping dan penguji binaan Program "
        "PENDAMPING Angkatan I Tahun 2026."
    ),
    H1("MEMUTUSKAN"),
    P(
        "KESATU: Menetapkan penguji pendamping dan penguji binaan Program PENDAMPING Angkatan I "
        "Tahun 2026 sebagaimana tercantum dalam Tabel 1."
    ),
    P(
        "KEDUA: Program PENDAMPING Angkatan I berlangsung selama 5 (lima) bulan, mulai Senin, 2 "
        "Maret 2026 sampai dengan Jumat, 31 Juli 2026. Pertemuan pembukaan dilaksanakan pada "
        "Senin, 2 Maret 2026 pukul 09.00 WIT di Gedung Uji UPTD PKB, Wailela, dan Forum Akhir "
        "pada Selasa, 28 Juli 2026 di tempat yang sama."
    ),
    P(
        "KETIGA: Koordinator program adalah " + KOORD_PENDAMPING + " (Penguji Kendaraan Bermotor "
        "Penyelia), WA " + WA_PENDAMPING + ". Dalam Angkatan I koordinator program juga bertugas "
        "sebagai penguji pendamping."
    ),
    P(
        "KEEMPAT: Penguji pendamping menerima honorarium Rp300.000 per penguji binaan per bulan "
        "selama 5 bulan, dibebankan pada DPA Dinas Tahun Anggaran 2026, sebagaimana tercantum "
        "dalam Tabel 2. Honorarium dibayarkan setiap akhir bulan kedua, keempat, dan kelima "
        "setelah Buku Log Uji Terdampingi (Formulir PD-2) diverifikasi koordinator."
    ),
    P(
        "KELIMA: Penguji pendamping yang berhalangan lebih dari 2 (dua) minggu digantikan "
        "sementara oleh penguji pendamping lain yang ditunjuk koordinator; honorarium dibayarkan "
        "kepada penguji pendamping yang melaksanakan pendampingan."
    ),
    P(
        "KEENAM: Penguji binaan pada Unit Uji Keliling Pulau Lintang dapat mengikuti pertemuan "
        "refleksi secara daring, kecuali pertemuan pembukaan dan Forum Akhir."
    ),
    T(
        "Tabel 1. Penguji Pendamping dan Penguji Binaan Program PENDAMPING Angkatan I Tahun 2026",
        [
            "No",
            "Nama penguji pendamping",
            "Jabatan penguji pendamping",
            "Nama penguji binaan",
            "Jabatan/status penguji binaan",
            "Unit penguji binaan",
        ],
        _pasangan_rows(),
        [6, 34, 30, 32, 28, 30],
        header2=[("No", 1), ("Penguji Pendamping", 2), ("Penguji Binaan", 3)],
    ),
    T(
        "Tabel 2. Honorarium Penguji Pendamping Program PENDAMPING Angkatan I",
        [
            "No",
            "Penguji pendamping",
            "Jumlah penguji binaan",
            "Bulan",
            "Honor per binaan per bulan (Rp)",
            "Jumlah (Rp)",
        ],
        _honor_rows(),
        [6, 40, 16, 10, 26, 22],
    ),
    P(
        "Ditetapkan di Sela Bara pada tanggal 20 Februari 2026. KEPALA DINAS PERHUBUNGAN PROVINSI "
        "KEPULAUAN TANJUNG BARA, ttd. " + KADIS
    ),
]


# =========================================================================== RAB SEHUB (DOCX)
def _rab_rows():
    rows = []
    for i, (k, n, a, p, c) in enumerate(RAB, 1):
        rows.append([str(i), k, n, str(a), str(p) if p else "-", rp(c), rp(a * c), "APBD"])
    rows.append(["", "", "Jumlah", str(sum(r[2] for r in RAB)), "", "", rp(RAB_TOTAL), "APBD"])
    return rows


RAB_DOC = [
    C("RENCANA ANGGARAN BIAYA SEKOLAH PERHUBUNGAN BARA (SEHUB) TAHUN 2026"),
    C("SUBBAGIAN UMUM DAN KEPEGAWAIAN DINAS PERHUBUNGAN PROVINSI KEPULAUAN TANJUNG BARA"),
    P(FIKTIF),
    P(
        'Rencana anggaran ini merinci baris "Sekolah Perhubungan Bara (SEHUB)" pada Tabel 5 '
        "Peraturan Kepala Dinas Nomor 4 Tahun 2026. Biaya per angkatan mencakup honorarium "
        "narasumber dan instruktur, konsumsi, penggandaan modul, bahan praktik, dan sertifikat. "
        "Seluruh kegiatan dibiayai dari APBD Provinsi Kepulauan Tanjung Bara Tahun Anggaran 2026."
    ),
    T(
        "Tabel Rincian Anggaran SEHUB 2026",
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
        [6, 14, 50, 12, 14, 22, 22, 14],
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
        "1. Komponen terbesar DHB-02 adalah honorarium instruktur dari Balai Pengelola "
        "Transportasi Darat dan bahan praktik jalur uji (kalibrasi alat uji rem dan alat uji "
        "emisi) sebesar Rp21.800.000.",
        "2. Biaya DHB-10 dan DHB-11 per angkatan sudah termasuk bahan bakar genset Pusat "
        "Simulator Maritim sebesar Rp4.000.000 per angkatan.",
        "3. Biaya DHB-12 per angkatan sudah termasuk isi ulang APAR, bahan bakar rumah asap, dan "
        "sewa perahu karet pengawas.",
        "4. DHB-13 diselenggarakan bergantian di tiga pelabuhan (Sela Bara, Tanjung Lintang, "
        "Karas) sehingga peserta tidak menyeberang; biaya per angkatan termasuk transport "
        "narasumber.",
        "5. Penggantian biaya penyeberangan dan penginapan peserta dari Pulau Lintang dan Pulau "
        "Karas dianggarkan tersendiri sebesar Rp48.600.000 pada pos perjalanan dinas dan tidak "
        "termasuk dalam tabel ini.",
        "6. Disusun oleh " + KASUBAG_UK + " (Kepala Subbagian Umum dan Kepegawaian), 12 Januari "
        "2026; disetujui Sekretaris, " + SEKDIS,
    ),
]

DOCS = {
    "perkadis-pengembangan-kompetensi-dishub-2026": (
        "pdf",
        PERKADIS,
        "Perkadis Dishub Prov. Kepulauan Tanjung Bara No. 4 Tahun 2026",
    ),
    "kepkadis-sertifikasi-penguji-2026": (
        "pdf",
        SERT2026,
        "Keputusan Kepala Dishub Prov. Kepulauan Tanjung Bara No. 9 Tahun 2026",
    ),
    "sk-pendamping-angkatan-i-2026": (
        "docx",
        SK_PENDAMPING,
        "Keputusan Kepala Dinas Program PENDAMPING Angkatan I",
    ),
    "rab-sehub-2026": ("docx", RAB_DOC, "RAB SEHUB 2026"),
}


# =========================================================================== XLSX workbook
XLSX_NAME = "rekap-jp-dishub-2025.xlsx"
# group, [unit, PNS, PPPK, PPPK paruh waktu, tenaga alih daya, total JP ASN, ASN reaching target]
UNIT_2025 = [
    (
        "SEKRETARIAT DAN BIDANG",
        [
            (
                "Sekretariat (Subbagian Umum dan Kepegawaian, Keuangan, Program)",
                21,
                5,
                4,
                14,
                598,
                19,
            ),
            ("Bidang Lalu Lintas dan Angkutan Jalan", 12, 2, 0, 1, 301, 11),
            ("Pusat Kendali ATCS (Bidang LLAJ)", 6, 8, 2, 0, 236, 9),
            ("Bidang Pelayaran", 14, 2, 1, 2, 452, 12),
            ("Bidang Angkutan Sungai, Danau, dan Penyeberangan", 10, 2, 0, 1, 263, 9),
        ],
    ),
    (
        "UNIT PELAKSANA TEKNIS DAERAH",
        [
            (
                "UPTD Pengujian Kendaraan Bermotor (Wailela dan Unit Uji Keliling)",
                19,
                7,
                2,
                6,
                748,
                20,
            ),
            ("UPTD PP Wilayah I (Sela Bara)", 24, 11, 6, 38, 812, 27),
            ("UPTD PP Wilayah II (Tanjung Lintang)", 17, 8, 4, 26, 469, 13),
            ("UPTD PP Wilayah III (Karas)", 11, 5, 3, 19, 228, 5),
        ],
    ),
]

PENGUJI = [
    (
        KOORD_PENGUJI,
        "19820514 200604 2 011",
        "Penguji Kendaraan Bermotor Ahli Muda",
        "UPTD PKB, Gedung Uji Wailela",
        "SKP-PKB/2023/001",
        "2 Juni 2023",
        "2 Juni 2028",
        "Berlaku",
    ),
    (
        KOORD_PENDAMPING,
        "19800921 200312 1 005",
        "Penguji Kendaraan Bermotor Penyelia",
        "UPTD PKB, Gedung Uji Wailela",
        "SKP-PKB/2023/002",
        "2 Juni 2023",
        "2 Juni 2028",
        "Berlaku",
    ),
    (
        "Frans Hendrik Maail",
        "19840311 200801 1 014",
        "Penguji Kendaraan Bermotor Mahir",
        "UPTD PKB, Gedung Uji Wailela",
        "SKP-PKB/2023/004",
        "2 Juni 2023",
        "2 Juni 2028",
        "Berlaku",
    ),
    (
        "La Ode Hamzah Ely, A.Md.T.",
        "19860707 201001 1 022",
        "Penguji Kendaraan Bermotor Mahir",
        "Unit Uji Keliling Pulau Lintang",
        "SKP-PKB/2023/006",
        "2 Juni 2023",
        "2 Juni 2028",
        "Berlaku",
    ),
    (
        "Maria Angelina Rahakbauw, A.Md.T.",
        "19900128 201403 2 009",
        "Penguji Kendaraan Bermotor Terampil",
        "UPTD PKB, Gedung Uji Wailela",
        "SKP-PKB/2024/003",
        "7 Juni 2024",
        "7 Juni 2029",
        "Berlaku",
    ),
    (
        "Hasan Basri Tuanaya",
        "19881102 201101 1 008",
        "Penguji Kendaraan Bermotor Terampil",
        "UPTD PKB, Gedung Uji Wailela",
        "SKP-PKB/2024/005",
        "7 Juni 2024",
        "7 Juni 2029",
        "Berlaku",
    ),
    (
        "Stevanus Pelupessy, A.Md.T.",
        "19870619 201001 1 017",
        "Penguji Kendaraan Bermotor Mahir",
        "UPTD PKB, Gedung Uji Wailela",
        "SKP-PKB/2025/002",
        "6 Juni 2025",
        "6 Juni 2030",
        "Berlaku",
    ),
    (
        "Dewi Kartika Samallo",
        "19930305 201503 2 004",
        "Penguji Kendaraan Bermotor Terampil",
        "Unit Uji Keliling Pulau Lintang",
        "SKP-PKB/2025/007",
        "6 Juni 2025",
        "6 Juni 2030",
        "Berlaku",
    ),
    (
        "Benny Sopamena",
        "19790830 200501 1 012",
        "Penguji Kendaraan Bermotor Mahir",
        "UPTD PKB, Gedung Uji Wailela",
        "SKP-PKB/2020/004",
        "14 Oktober 2020",
        "14 Oktober 2025",
        "Habis, wajib uji sertifikasi 2026",
    ),
    (
        "Yohana Ratu Lewier",
        "19910714 201402 2 006",
        "Penguji Kendaraan Bermotor Terampil (perpindahan jabatan 2026)",
        "UPTD PKB, Gedung Uji Wailela",
        "-",
        "-",
        "-",
        "Belum bersertifikat",
    ),
    (
        "Aldi Saputra Rumakur, A.Md.T.",
        "20000216 202501 1 003",
        "Penguji Kendaraan Bermotor Pemula (CPNS)",
        "UPTD PKB, Gedung Uji Wailela",
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
            "title": "Rekap JP Pegawai Dinas Perhubungan 2025",
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
            "bg_color": "#DDEBF7",
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
        "Dinas Perhubungan Provinsi Kepulauan Tanjung Bara - data e-SEHUB per "
        "15 Januari 2026. " + FIKTIF,
    )
    heads = [
        "No",
        "Unit kerja",
        "PNS",
        "PPPK",
        "PPPK Paruh Waktu",
        "Tenaga Alih Daya",
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
    ws.write(row, 1, "JUMLAH / RATA-RATA DINAS", tot)
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
    ws.set_column(1, 1, 48)
    ws.set_column(2, 10, 13)

    ws2 = wb.add_worksheet("Penguji Bersertifikat")
    ws2.merge_range(
        "A1:I1",
        "DAFTAR PENGUJI KENDARAAN BERMOTOR DAN STATUS SERTIFIKAT KOMPETENSI (PER 31 DESEMBER 2025)",
        title,
    )
    ws2.write(1, 0, FIKTIF)
    h2 = [
        "No",
        "Nama",
        "NIP",
        "Jabatan",
        "Unit kerja",
        "Nomor sertifikat",
        "Tanggal terbit",
        "Berlaku sampai",
        "Status",
    ]
    for col, h in enumerate(h2):
        ws2.write(3, col, h, hdr)
    for i, r in enumerate(PENGUJI, 1):
        for col, v in enumerate([i, *r]):
            ws2.write(3 + i, col, v, cell)
    ws2.set_column(1, 1, 36)
    ws2.set_column(2, 8, 24)

    ws3 = wb.add_worksheet("Catatan")
    notes = [
        "Catatan penyusunan",
        FIKTIF,
        "1. ASN dihitung = PNS + PPPK penuh waktu. PPPK paruh waktu belum memiliki target JP pada "
        "tahun 2025 sehingga tidak dihitung; target 10 JP bagi PPPK paruh waktu baru berlaku "
        "mulai 2026.",
        "2. Tenaga alih daya bukan ASN; jumlahnya dicantumkan sebagai informasi dan JP-nya tidak "
        "dicatat. Kehadiran mereka dalam DHB-12 dan DHB-13 tercatat di daftar hadir pembekalan "
        "mitra.",
        "3. Target JP 2025 masih mengikuti Peraturan Kepala Dinas Nomor 6 Tahun 2021: 24 JP bagi "
        "JF Penguji Kendaraan Bermotor dan JF Pengawas Keselamatan Pelayaran, 20 JP bagi "
        "jabatan lainnya.",
        "4. UPTD PP Wilayah III (Karas) terendah karena 5 jadwal pelayaran KMP Karas Indah "
        "dibatalkan akibat cuaca buruk pada bulan Januari, Juli, dan Agustus 2025, sehingga "
        "peserta tidak dapat menyeberang ke Sela Bara.",
        "5. Kolom 'Berlaku sampai' pada sheet Penguji Bersertifikat ditulis sesuai sertifikat "
        "yang diterbitkan berdasarkan Keputusan Kepala Dinas Nomor 17 Tahun 2023 (masa berlaku 5 "
        "tahun); lihat ketentuan peralihan Keputusan Kepala Dinas Nomor 9 Tahun 2026.",
        "Disusun oleh Subbagian Umum dan Kepegawaian, 20 Februari 2026. Kontak: "
        + ANALIS_SDM
        + ", WA "
        + WA_SEHUB
        + ".",
    ]
    for i, t in enumerate(notes):
        ws3.write(i, 0, t)
    ws3.set_column(0, 0, 120)
    wb.close()


# =========================================================================== CSV files
def dec(x):
    return (f"{x:.1f}").replace(".", ",")


KUOTA_UNITS = [
    "Sekretariat dan Bidang",
    "UPTD PKB",
    "UPTD PP Wilayah I",
    "UPTD PP Wilayah II",
    "UPTD PP Wilayah III",
    "Dishub Kabupaten/Kota",
]
# code, name, batches, quota per batch, per unit, note
_KUOTA = [
    (
        "DHB-01",
        "Orientasi Pegawai Baru",
        2,
        30,
        [14, 9, 16, 12, 9, 0],
        "Angkatan I Februari, Angkatan II Agustus",
    ),
    (
        "DHB-02",
        "Dasar-Dasar Pengujian Kendaraan Bermotor",
        1,
        16,
        [0, 13, 0, 0, 0, 3],
        "termasuk 4 kursi Unit Uji Keliling Pulau Lintang dalam kolom UPTD PKB",
    ),
    (
        "DHB-03",
        "Penguji KB Tingkat Terampil",
        2,
        20,
        [0, 32, 0, 0, 0, 8],
        "4 kursi per angkatan untuk penguji dishub kabupaten/kota",
    ),
    ("DHB-04", "Penguji KB Tingkat Mahir", 1, 15, [0, 11, 0, 0, 0, 4], ""),
    ("DHB-06", "Emisi Gas Buang dan Kebisingan", 2, 20, [0, 34, 0, 0, 0, 6], ""),
    (
        "DHB-08",
        "Pengawasan Keselamatan Pelayaran Pelabuhan Lokal",
        1,
        20,
        [6, 0, 3, 3, 2, 6],
        "kolom Sekretariat dan Bidang = Bidang Pelayaran",
    ),
    (
        "DHB-10",
        "Simulasi Anjungan (Bridge Simulator)",
        2,
        8,
        [0, 0, 6, 6, 4, 0],
        "nakhoda dan mualim; 2 anjungan x 4 orang per angkatan",
    ),
    (
        "DHB-11",
        "Simulasi Kamar Mesin (Engine Room Simulator)",
        2,
        8,
        [0, 0, 6, 5, 5, 0],
        "KKM dan masinis",
    ),
    (
        "DHB-12",
        "Pemadaman Kebakaran dan Evakuasi Penumpang",
        2,
        16,
        [0, 0, 12, 11, 9, 0],
        "termasuk tenaga alih daya awak kapal pendukung",
    ),
    (
        "DHB-13",
        "Pelayanan Penumpang Tingkat Dasar",
        3,
        25,
        [0, 0, 25, 25, 25, 0],
        "satu angkatan per pelabuhan: Angk. I Sela Bara, Angk. II Tanjung Lintang, Angk. III Karas",
    ),
    (
        "DHB-14",
        "Pelayanan Penumpang Tingkat Lanjutan",
        1,
        20,
        [2, 0, 8, 6, 4, 0],
        "syarat lulus DHB-13",
    ),
    (
        "DHB-15",
        "Operasional ATCS",
        2,
        12,
        [18, 0, 0, 0, 0, 6],
        "kolom Sekretariat dan Bidang = Pusat Kendali ATCS; paling banyak 2 operator per regu jaga",
    ),
    ("DHB-17", "Perencanaan dan Penganggaran Berbasis Kinerja", 1, 20, [14, 2, 1, 1, 1, 1], ""),
    ("DHB-19", "Pelatihan Penguji Pendamping", 2, 15, [0, 22, 0, 0, 0, 8], ""),
]


def kuota_rows():
    rows = []
    for k, n, a, q, units, ket in _KUOTA:
        assert sum(units) == a * q, k
        rows.append([k, n, str(a), str(q)] + [str(x) for x in units] + [str(sum(units)), ket])
    return rows


REKAP_HEADER = [
    "unit_kerja",
    "lokasi",
    "asn_dihitung",
    "jp_klasikal",
    "jp_nonklasikal",
    "total_jp",
    "rata_rata_jp_per_asn",
    "asn_capai_5_jp",
    "persen_capai_5_jp",
    "lph02_terlambat",
    "keterangan",
]
_REKAP = [
    ("Sekretariat", "Sela Bara", 26, 118, 44.5, 15, 1, ""),
    ("Bidang LLAJ", "Sela Bara", 14, 52, 18, 7, 0, ""),
    (
        "Pusat Kendali ATCS",
        "Sela Bara",
        14,
        96,
        31.5,
        8,
        0,
        "DHB-15 Angkatan I 2-3 Maret diikuti 6 operator",
    ),
    ("Bidang Pelayaran", "Sela Bara", 16, 40, 22.5, 6, 0, ""),
    ("Bidang ASDP", "Sela Bara", 12, 36, 15, 5, 0, ""),
    (
        "UPTD PKB",
        "Wailela",
        26,
        684,
        58.5,
        21,
        3,
        "DHB-02 9-18 Maret (60 JP); Program PENDAMPING berjalan sejak 2 Maret",
    ),
    (
        "UPTD PP Wilayah I",
        "Sela Bara",
        35,
        148,
        36,
        16,
        1,
        "DHB-10 Angkatan I 24-26 Februari; tidak ada kelas klasikal 10-30 Maret (angkutan Lebaran)",
    ),
    (
        "UPTD PP Wilayah II",
        "Tanjung Lintang",
        25,
        62,
        41.5,
        9,
        0,
        "sebagian besar JP dari modul daring dan Komunitas LABUH",
    ),
    (
        "UPTD PP Wilayah III",
        "Karas",
        16,
        18,
        27,
        4,
        0,
        "2 peserta DHB-13 batal karena KMP Karas Indah tidak berlayar (cuaca)",
    ),
]


def rekap_rows():
    rows = []
    for unit, lok, asn, kl, nk, ok, late, ket in _REKAP:
        total = kl + nk
        rows.append(
            [
                unit,
                lok,
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


LABUH_HEADER = ["no", "tanggal", "waktu", "tempat", "topik", "pemantik", "catatan"]
LABUH = [
    [
        "1",
        "Rabu, 28 Januari 2026",
        "pukul 14.00-15.30 WIT",
        AULA + " dan Zoom",
        "Refleksi 2025: kecelakaan, insiden, dan keluhan layanan yang bisa kita cegah",
        "Dra. Maria Goreti Renyaan, M.Si.",
        "Pertemuan perdana 2026; dihadiri 57 orang.",
    ],
    [
        "2",
        "Rabu, 25 Februari 2026",
        "pukul 14.00-15.30 WIT",
        AULA + " dan Zoom",
        "Membaca hasil uji rem: kasus truk angkutan pasir, rem parkir, dan kampas aus",
        "Stevanus Pelupessy, A.Md.T.",
        "Rekaman tersedia di e-SEHUB.",
    ],
    [
        "-",
        "Maret 2026",
        "-",
        "-",
        "tidak ada pertemuan",
        "-",
        "Masa angkutan Lebaran (H-10 s.d. H+10 Idul Fitri).",
    ],
    [
        "3",
        "Rabu, 29 April 2026",
        "pukul 14.00-15.30 WIT",
        "Ruang Tunggu Lantai 2 Terminal Pelabuhan Penyeberangan Tanjung Lintang dan Zoom",
        "Belajar dari arus mudik 2026: antrean kendaraan, tiket daring, dan penumpang tanpa tiket",
        "Siti Hadijah Rumalutur, S.Sos.",
        "Pertemuan pertama di luar Sela Bara.",
    ],
    [
        "4",
        "Rabu, 27 Mei 2026",
        "pukul 14.00-15.30 WIT",
        AULA + " dan Zoom",
        "ATCS, CCTV, dan simpang rawan: bagaimana operator membaca antrean, "
        "lalu memberi perintah ke petugas lapangan",
        "Kevin Rumbewas, S.Kom.",
        "",
    ],
    [
        "5",
        "Rabu, 24 Juni 2026",
        "pukul 14.00-15.30 WIT",
        "Zoom",
        "Kapal kecil di bawah GT 7: pas kecil, life jacket, dan muatan lebih",
        "Daniel Pattipeilohy, S.T.",
        "Hanya daring.",
    ],
    [
        "6",
        "Rabu, 29 Juli 2026",
        "pukul 14.00-15.30 WIT",
        SIMULATOR,
        "Di balik layar simulator anjungan: skenario Selat Bara versi baru",
        "Capt. Johanis Sopacua, M.M.Tr.",
        "Bertepatan dengan DHB-10 Angkatan II;\npeserta LABUH boleh melihat sesi simulator dari "
        "ruang observasi.",
    ],
    [
        "7",
        "Rabu, 26 Agustus 2026",
        "pukul 14.00-15.30 WIT",
        AULA + " dan Zoom",
        "Belajar dari penguji binaan: cerita 120 uji terdampingi Program PENDAMPING Angkatan I",
        "Yulius Rahanubun, S.T.",
        "Tiga penguji binaan menjadi pemantik pendamping.",
    ],
    [
        "8",
        "Rabu, 30 September 2026",
        "pukul 14.00-15.30 WIT",
        AULA + " dan Zoom",
        "Perencanaan 2027: rencana induk transportasi antarpulau, dermaga, dan anggaran",
        "Elisabeth Rahayaan, S.E., M.Ec.Dev.",
        "",
    ],
    [
        "9",
        "Rabu, 28 Oktober 2026",
        "pukul 14.00-15.30 WIT",
        "Zoom",
        "Keselamatan penumpang difabel, lansia, dan ibu hamil di dermaga",
        "Ronald Tanamal, S.E.",
        "Hanya daring; bertepatan dengan DHB-14.",
    ],
    [
        "10",
        "Rabu, 25 November 2026",
        "pukul 14.00-15.30 WIT",
        AULA + " dan Zoom",
        "Refleksi 2026, usulan katalog SEHUB 2027",
        "Abdul Rahman Tuasamu, S.Sos., M.A.P.",
        "Pertemuan terakhir 2026; tidak ada pertemuan Desember (angkutan Natal dan Tahun Baru).",
    ],
]

SIM_HEADER = [
    "kode",
    "judul_modul",
    "bagian_dari",
    "fasilitas",
    "jp",
    "durasi",
    "peserta_per_sesi",
    "prasyarat",
    "catatan",
]
SIM = [
    [
        "SIM-01",
        "Familiarisasi Anjungan dan Alat Navigasi (Radar, ECDIS, GPS)",
        "DHB-10",
        "simulator anjungan",
        "4",
        "180 menit",
        "4",
        "-",
        "",
    ],
    [
        "SIM-02",
        "Olah Gerak Sandar dan Lepas Sandar di Dermaga MB",
        "DHB-10",
        "simulator anjungan",
        "4",
        "180 menit",
        "4",
        "SIM-01",
        "skenario Dermaga II Sela Bara",
    ],
    [
        "SIM-03",
        "Navigasi Malam dan Visibilitas Terbatas di Selat Bara",
        "DHB-10",
        "simulator anjungan",
        "4",
        "180 menit",
        "4",
        "SIM-01",
        "",
    ],
    [
        "SIM-04",
        "Pencegahan Tubrukan di Alur Padat (P2TL)",
        "DHB-10",
        "simulator anjungan",
        "4",
        "180 menit",
        "4",
        "SIM-01",
        "memakai lalu lintas kapal nelayan dan speedboat",
    ],
    [
        "SIM-05",
        "Keadaan Darurat di Anjungan: Mati Mesin dan Kemudi Macet",
        "DHB-10",
        "simulator anjungan",
        "4",
        "180 menit",
        "4",
        "SIM-02, SIM-03",
        "",
    ],
    [
        "SIM-06",
        "Bridge Resource Management dan Komunikasi Radio VHF",
        "DHB-10",
        "simulator anjungan",
        "4",
        "180 menit",
        "4",
        "-",
        "dinilai berpasangan nakhoda-mualim",
    ],
    [
        "SIM-07",
        "Familiarisasi Kamar Mesin dan Persiapan Olah Gerak",
        "DHB-11",
        "simulator kamar mesin",
        "4",
        "180 menit",
        "4",
        "-",
        "",
    ],
    [
        "SIM-08",
        "Pengoperasian Mesin Induk dan Generator",
        "DHB-11",
        "simulator kamar mesin",
        "4",
        "180 menit",
        "4",
        "SIM-07",
        "",
    ],
    [
        "SIM-09",
        "Pemadaman Listrik Total (Blackout) dan Pemulihan",
        "DHB-11",
        "simulator kamar mesin",
        "4",
        "180 menit",
        "4",
        "SIM-08",
        "waktu pemulihan target paling lama 3 menit",
    ],
    [
        "SIM-10",
        "Kebakaran Kamar Mesin dan Sistem CO2",
        "DHB-11",
        "simulator kamar mesin",
        "4",
        "180 menit",
        "4",
        "SIM-07",
        "",
    ],
    [
        "SIM-11",
        "Perawatan Terencana dan Log Book Mesin",
        "DHB-11",
        "simulator kamar mesin",
        "4",
        "180 menit",
        "4",
        "-",
        "",
    ],
    [
        "SIM-12",
        "Efisiensi Bahan Bakar dan Pencegahan Pencemaran (MARPOL Annex I dan VI)",
        "DHB-11",
        "simulator kamar mesin",
        "4",
        "180 menit",
        "4",
        "-",
        "",
    ],
    [
        "SIM-13",
        "Teori Pencegahan Kebakaran dan P3K di Kapal",
        "DHB-12",
        "kelas Pusat Simulator",
        "6",
        "270 menit",
        "16",
        "-",
        "dapat diikuti tenaga alih daya",
    ],
    [
        "SIM-14",
        "Praktik Pemadaman Kebakaran di Rumah Asap",
        "DHB-12",
        "rumah asap",
        "4",
        "180 menit",
        "8",
        "SIM-13",
        "tekanan darah paling tinggi 140/90 mmHg",
    ],
    [
        "SIM-15",
        "Praktik Sekoci dan Rakit Penolong",
        "DHB-12",
        "kolam latih dan Dermaga II",
        "4",
        "180 menit",
        "16",
        "SIM-13",
        "wajib dapat berenang 50 meter",
    ],
    [
        "SIM-16",
        "Simulasi Evakuasi Penumpang",
        "DHB-12",
        "KMP yang sedang sandar",
        "2",
        "90 menit",
        "24",
        "SIM-13",
        "bersama petugas dermaga UPTD PP",
    ],
]


# =========================================================================== plain-text documents
HELPDESK_HTML = """\
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Helpdesk e-SEHUB - Dinas Perhubungan Provinsi Kepulauan Tanjung Bara</title>
<style>body{font-family:Tahoma,sans-serif;max-width:940px;margin:auto} td,th{border:1px solid #999;padding:4px}</style>
</head>
<body>
<header>
<h1>Helpdesk e-SEHUB</h1>
<p>Sistem pembelajaran Sekolah Perhubungan Bara (SEHUB), Dinas Perhubungan Provinsi Kepulauan
Tanjung Bara. <em>Dokumen fiktif, untuk evaluasi.</em></p>
<nav><a href="#kontak">Kontak</a> | <a href="#topik">Kontak per topik</a> | <a href="#masalah">Masalah umum</a> | <a href="#klaim">Klaim JP</a></nav>
</header>
<main>
<section id="kontak">
<h2>Kontak dan jam layanan helpdesk</h2>
<ul>
<li>WhatsApp helpdesk (chat saja, tidak melayani telepon): 0811-4870-2215</li>
<li>Email: helpdesk.esehub@dishub.tanjungbara.contoh (dijawab paling lama 2 hari kerja)</li>
<li>Telepon internal: ekstensi 207 (Subbagian Umum dan Kepegawaian, Kantor Dinas lantai 2)</li>
<li>Jam layanan: Senin&ndash;Kamis pukul 07.30&ndash;16.00 WIT; Jumat pukul 07.30&ndash;11.30 dan 13.30&ndash;16.00 WIT.
Sabtu, Minggu, dan hari libur tidak ada layanan; pesan dijawab pada hari kerja berikutnya.</li>
<li>Pemeliharaan sistem rutin: setiap Selasa pukul 22.00&ndash;24.00 WIT (e-SEHUB tidak dapat diakses).</li>
<li>Alamat: <code>https://esehub.dishub-tanjungbara.contoh</code>. Dari UPTD PP Wilayah III (Karas) gunakan versi ringan
<code>https://esehub.dishub-tanjungbara.contoh/lite</code> karena jaringan satelit terbatas.</li>
<li>Admin e-SEHUB: Rizky Ramadhan Ohoiwutun, S.Kom. (Pranata Komputer Ahli Pertama).</li>
</ul>
</section>
<section id="topik">
<h2>Kontak per topik (bukan helpdesk)</h2>
<p>Helpdesk hanya menangani masalah teknis e-SEHUB. Pertanyaan isi pelatihan dan aturan ditujukan ke:</p>
<table>
<tr><th>Topik</th><th>Nama</th><th>Peran</th><th>WhatsApp</th></tr>
<tr><td>Pendaftaran dan katalog SEHUB, laporan pasca-pelatihan</td><td>Fransina Wattimena, S.Psi., M.Psi.</td><td>Pengelola SEHUB</td><td>0812-4730-5561</td></tr>
<tr><td>Sertifikasi kompetensi penguji</td><td>Sarah Magdalena Sahetapy, S.T.</td><td>Koordinator Penguji UPTD PKB</td><td>0813-4402-7719</td></tr>
<tr><td>Program PENDAMPING</td><td>Yulius Rahanubun, S.T.</td><td>Koordinator Program PENDAMPING</td><td>0852-4319-0846</td></tr>
<tr><td>Pelatihan simulator (DHB-10, DHB-11, DHB-12)</td><td>Capt. Johanis Sopacua, M.M.Tr.</td><td>Koordinator Pusat Simulator Maritim SEHUB</td><td>0821-9977-3104</td></tr>
<tr><td>Komunitas LABUH</td><td>Nadia Putri Syarifuddin, S.Tr.Tra.</td><td>Koordinator Komunitas LABUH</td><td>0853-4470-2958</td></tr>
<tr><td>Pelatihan operator ATCS</td><td>Kevin Rumbewas, S.Kom.</td><td>Koordinator Pusat Kendali ATCS</td><td>0822-3815-6620</td></tr>
</table>
</section>
<section id="masalah">
<h2>Masalah umum</h2>
<table>
<tr><th>Masalah</th><th>Penyebab umum</th><th>Solusi</th></tr>
<tr><td>Lupa kata sandi</td><td>-</td><td>Klik &quot;Lupa kata sandi&quot;; tautan dikirim ke email dinas dan berlaku 15 menit.</td></tr>
<tr><td>Akun terkunci</td><td>Salah kata sandi 5 kali</td><td>Akun terbuka otomatis setelah 60 menit.</td></tr>
<tr><td>Kode QR presensi tidak terbaca</td><td>Jendela presensi sudah tutup (lebih dari 15 menit setelah sesi mulai)</td><td>Helpdesk tidak dapat membuka ulang; minta panitia mencatat presensi manual dengan alasan dinas jaga atau kapal terlambat sandar.</td></tr>
<tr><td>Unggah sertifikat gagal</td><td>File lebih dari 3 MB atau bukan PDF/JPG</td><td>Simpan ulang sebagai PDF atau JPG paling besar 3 MB.</td></tr>
<tr><td>JP modul daring tidak bertambah</td><td>Sudah 4 JP modul daring pada hari yang sama</td><td>Kelebihan JP tidak hilang; modul tercatat selesai dan JP-nya diakui pada hari berikutnya Anda membuka e-SEHUB.</td></tr>
<tr><td>Status JP &quot;Menunggu&quot;</td><td>Formulir LPH-02 belum disampaikan atau belum diverifikasi</td><td>Unggah LPH-02 di menu Laporan Penerapan; status berubah menjadi Diakui setelah atasan memverifikasi.</td></tr>
<tr><td>Akun tenaga alih daya tidak bisa klaim JP</td><td>Akun bertipe &quot;Mitra&quot;</td><td>Memang begitu: akun Mitra hanya mencatat kehadiran pembekalan, bukan JP.</td></tr>
<tr><td>Video modul tersendat di Pulau Karas</td><td>Bandwidth satelit terbatas</td><td>Gunakan versi ringan /lite dan unduh modul PDF; kuis tetap dikerjakan daring.</td></tr>
</table>
</section>
<section id="klaim">
<h2>Klaim JP kegiatan eksternal dan nonklasikal</h2>
<p>Langkah pengajuan:</p>
<ol>
<li>Buka menu <strong>Riwayat Belajar &gt; Klaim JP</strong>, pilih jenis kegiatan sesuai Tabel 2 Peraturan Kepala Dinas Nomor 4 Tahun 2026.</li>
<li>Unggah bukti (sertifikat, daftar hadir, notula LABUH, atau berita acara drill) paling lambat 21 hari kalender setelah kegiatan.</li>
<li>Subbagian Umum dan Kepegawaian memverifikasi paling lama 7 hari kerja. Status: <em>Diajukan</em> (abu-abu), <em>Diakui</em> (hijau), <em>Perlu Perbaikan</em> (kuning), <em>Ditolak</em> (merah).</li>
<li>Klaim berstatus Perlu Perbaikan dapat diperbaiki paling banyak 2 kali.</li>
</ol>
<p>Catatan: e-SEHUB tidak terhubung otomatis dengan SIASN. Pegawai ASN tetap memperbarui riwayat diklat di MyASN sendiri.</p>
</section>
</main>
<footer><p>e-SEHUB versi 3.1 (Februari 2026). Pengelola: Subbagian Umum dan Kepegawaian Dinas Perhubungan Provinsi Kepulauan Tanjung Bara.</p></footer>
</body>
</html>
"""

PANDUAN_PENDAMPING_MD = """\
---
id: panduan-pendamping-2026
title: Panduan Program PENDAMPING 2026
penerbit: UPTD Pengujian Kendaraan Bermotor bersama Subbagian Umum dan Kepegawaian, Dishub Provinsi Kepulauan Tanjung Bara
dasar: Peraturan Kepala Dinas Nomor 4 Tahun 2026, Pasal 24-26
catatan: Dokumen fiktif, untuk evaluasi.
---

# Panduan Program PENDAMPING 2026

PENDAMPING adalah singkatan dari *Pendampingan Penguji Baru*. Program ini membekali penguji
kendaraan bermotor baru selama 5 bulan pertama supaya terbiasa dengan jalur uji, alat uji, dan
aplikasi BLUe sebelum menandatangani hasil uji sendiri. PENDAMPING dibuka 2 angkatan per tahun:
Angkatan I (Maret–Juli 2026) dan Angkatan II (September 2026–Januari 2027).

## Siapa ikut PENDAMPING?

- CPNS dan PPPK penuh waktu yang ditempatkan sebagai penguji atau calon penguji pada tahun pertama.
- PNS yang baru diangkat atau pindah ke JF Penguji Kendaraan Bermotor, pada tahun pertama dalam jabatan.
- **Tidak** untuk PPPK paruh waktu dan tenaga alih daya. Petugas administrasi pengujian juga tidak
  ikut; mereka cukup mengikuti DHB-07.

## Beda penguji pendamping, coach, dan instruktur SEHUB

| Peran | Siapa | Untuk siapa | Lama | Fokus |
|---|---|---|---|---|
| Penguji pendamping | penguji min. Mahir atau Ahli Muda, bersertifikat Kelas B, bukan atasan langsung | penguji binaan | 5 bulan, refleksi min. 2x sebulan | keterampilan uji di jalur, etika, dan keselamatan kerja |
| Coach | atasan langsung | semua staf | min. 1x per triwulan | masalah kinerja saat ini |
| Instruktur SEHUB | narasumber pelatihan DHB | peserta pelatihan | selama pelatihan | materi pelatihan |

## Tahapan

1. **Bulan 1 – Orientasi dan rencana.** Penguji pendamping dan penguji binaan menyusun Rencana
   Pendampingan (Formulir PD-1) paling lambat 2 minggu setelah pembukaan.
2. **Bulan 2–4 – Uji terdampingi.** Penguji binaan melakukan pengujian di jalur uji dengan
   didampingi; setiap kendaraan dicatat di Buku Log Uji Terdampingi (Formulir PD-2). Target
   paling sedikit **120 kendaraan** selama program, kira-kira 40 kendaraan per bulan.
3. **Bulan 5 – Penilaian akhir.** Penguji pendamping mengisi Lembar Penilaian Akhir
   (Formulir PD-3), lalu penguji binaan presentasi di Forum Akhir paling lama 10 menit ditambah
   5 menit tanya jawab.

## Pertemuan refleksi

- Paling sedikit 2 pertemuan refleksi sebulan, masing-masing paling singkat 60 menit, di luar jam
  antrean uji (disarankan pukul 14.00–15.00 WIT).
- Catatan refleksi diisi penguji binaan di e-SEHUB menu **Refleksi PENDAMPING** paling lambat 2
  hari kerja setelah pertemuan, lalu disetujui penguji pendamping.
- Penguji binaan dinyatakan selesai apabila memiliki paling sedikit 120 uji terdampingi di
  PD-2, paling sedikit 8 catatan refleksi yang disetujui, nilai PD-3 paling rendah 75, dan sudah
  presentasi di Forum Akhir.

## Selama program

- Penguji binaan **tidak** menandatangani hasil uji dan tidak menerbitkan BLUe. Hasil uji
  ditandatangani penguji pendamping.
- 120 uji terdampingi di PD-2 juga menjadi syarat uji sertifikasi Kelas A.
- Penguji binaan di Unit Uji Keliling Pulau Lintang boleh refleksi secara daring, kecuali
  pertemuan pembukaan dan Forum Akhir.

## JP dan honorarium

- Penguji binaan: 2 JP per pertemuan refleksi, paling banyak 20 JP.
- Penguji pendamping: 1 JP per pertemuan refleksi, paling banyak 10 JP per tahun, dan honorarium
  Rp300.000 per penguji binaan per bulan.
- Menjadi penguji pendamping juga dihitung untuk penghargaan Insan Pembelajar Perhubungan.

## Kalau ada masalah

- Penguji pendamping berhalangan lebih dari 2 minggu: koordinator menunjuk pengganti sementara.
- Penguji binaan boleh minta ganti penguji pendamping **paling banyak 1 kali** selama program,
  dengan menghubungi koordinator program, Yulius Rahanubun, S.T., WA 0852-4319-0846.
- Alat uji rusak atau jalur uji ditutup lebih dari 5 hari kerja: target PD-2 dikurangi secara
  proporsional atas persetujuan Kepala UPTD PKB.
"""

PEDOMAN_LAPORAN_MD = """\
# Pedoman Laporan Pasca-Pelatihan (LR-01, RTL-01, LPH-02)

*Subbagian Umum dan Kepegawaian, Dinas Perhubungan Provinsi Kepulauan Tanjung Bara, versi
Februari 2026. Dokumen fiktif, untuk evaluasi.*

Pedoman ini menjelaskan Pasal 33 dan Pasal 34 Peraturan Kepala Dinas Nomor 4 Tahun 2026. Semua
formulir diisi di e-SEHUB, menu **Laporan Penerapan**.

## Formulir mana yang harus diisi?

| Jenis kegiatan | Formulir | Batas waktu | Diverifikasi oleh |
|---|---|---|---|
| Pelatihan klasikal kurang dari 16 JP | LR-01 (Lembar Refleksi) | 3 hari kerja setelah pelatihan | tidak perlu verifikasi |
| Pelatihan klasikal 16 JP atau lebih (SEHUB atau eksternal) | RTL-01 (Rencana Tindak Lanjut) | 5 hari kerja setelah pelatihan | atasan langsung, 5 hari kerja |
| Pelatihan klasikal 16 JP atau lebih | LPH-02 (Laporan Penerapan Hasil Pelatihan) | 45 hari kalender setelah pelatihan | atasan langsung, 5 hari kerja |
| Pelatihan simulator (DHB-10, DHB-11, DHB-12) | RTL-01 dan LPH-02 seperti di atas, ditambah LES-01 | LES-01 diisi instruktur, 2 hari kerja | Koordinator Pusat Simulator Maritim |
| Modul daring, Komunitas LABUH, seminar | tidak ada | - | - |
| Uji sertifikasi penguji | tidak ada | - | - |

Pelatihan blended dihitung dari JP totalnya. Contoh: DHB-14 (4 JP daring + 12 JP klasikal = 16 JP)
wajib RTL-01 dan LPH-02, bukan LR-01.

## Isi LR-01 (refleksi)

Tiga pertanyaan singkat, masing-masing paling banyak 150 kata:

1. Apa tiga hal baru yang saya pelajari?
2. Apa yang akan saya coba di tempat kerja dalam 2 minggu ke depan?
3. Apa yang masih belum saya pahami?

## Isi RTL-01 dan LPH-02

RTL-01 memuat paling sedikit satu rencana perubahan kerja yang terukur dan dikaitkan dengan SKP,
misalnya "menurunkan waktu uji rem per kendaraan dari 6 menit menjadi 4 menit". LPH-02 paling
banyak 6 halaman dan terdiri atas 5 bagian:

1. ringkasan pelatihan (nama, penyelenggara, tanggal, JP);
2. rencana dalam RTL-01;
3. apa yang sudah diterapkan, dengan bukti (foto, tangkapan layar, data sebelum dan sesudah);
4. kendala dan cara mengatasinya;
5. rencana lanjutan dan kebutuhan pelatihan berikutnya.

## Penilaian LPH-02

Tim SEHUB memberi skor 1–4: 1 = belum diterapkan, 2 = diterapkan sebagian, 3 = diterapkan
penuh, 4 = diterapkan penuh dan ditiru unit lain (*Berdampak Luas*). LPH-02 dengan skor 4
masuk nominasi penghargaan Insan Pembelajar Perhubungan.

## Kalau terlambat

- JP pelatihan berstatus **Menunggu** dan tidak dihitung dalam capaian JP sampai LPH-02
  diverifikasi.
- Selama ada LPH-02 yang terlambat, Anda tidak bisa mendaftar pelatihan SEHUB berikutnya.
- Perpanjangan batas waktu hanya dapat diberikan oleh Sekretaris untuk seluruh peserta satu
  angkatan (misalnya jika e-SEHUB gangguan), bukan perorangan.
- Awak KMP yang sedang berlayar lebih dari 7 hari berturut-turut dapat mengirim LPH-02 melalui
  Kepala UPTD PP masing-masing.

## Latsar CPNS

Laporan aktualisasi Latsar mengikuti ketentuan LAN dan dikelola BPSDM Provinsi, tetapi tidak
menggantikan LPH-02. CPNS tetap menyusun RTL-01 dan LPH-02 untuk Latsar.

Pertanyaan: Fransina Wattimena, S.Psi., M.Psi., pengelola SEHUB, WA 0812-4730-5561.
"""

NOTULEN_MD = """\
# Notulen Rapat Tim SEHUB Dinas Perhubungan Provinsi Kepulauan Tanjung Bara

*Dokumen fiktif, untuk evaluasi.*

- **Hari/tanggal:** Rabu, 6 Mei 2026
- **Waktu:** pukul 09.00–11.45 WIT
- **Tempat:** Ruang Rapat Sekretariat, Kantor Dinas lantai 2
- **Pimpinan rapat:** Dra. Maria Goreti Renyaan, M.Si. (Sekretaris)
- **Notulis:** Meilany Souisa, S.A.P.
- **Hadir:** 14 orang, antara lain Kepala Subbagian Umum dan Kepegawaian, Kepala UPTD PKB,
  Koordinator Penguji, Koordinator Program PENDAMPING, Koordinator Pusat Simulator Maritim,
  Kepala UPTD PP Wilayah I, II, dan III, Koordinator Komunitas LABUH, dan pengelola SEHUB.

## 1. Uji Sertifikasi Penguji Gelombang I 2026

Alat uji rem (brake tester) pada jalur uji Gedung Uji Wailela sedang dikalibrasi ulang oleh
Balai Pengelola Transportasi Darat dan baru dapat dipakai pertengahan Juni. Sampai hari ini ada
9 pendaftar untuk kuota 16 orang.

**Keputusan:**
- Uji Gelombang I **dimundurkan** dari 26–27 Mei 2026 menjadi **Selasa–Rabu, 9–10 Juni 2026**,
  mulai pukul 07.30 WIT.
- Tempat uji **dipindahkan** dari Jalur Uji Gedung Uji UPTD PKB, Wailela ke **Jalur Uji Dinas
  Perhubungan Kota Sela Bara, Jalan Sultan Nuku Nomor 40** (pinjam pakai). Ujian teori berbasis
  komputer dilaksanakan di ruang kelas lokasi yang sama.
- Batas pendaftaran **diperpanjang** dari 8 Mei menjadi **Jumat, 22 Mei 2026 pukul 15.00 WIT**.
- Pengumuman hasil dimundurkan dari 5 Juni menjadi **Jumat, 19 Juni 2026**.
- Kuota tetap 16 orang. Jadwal Gelombang II (13–14 Oktober 2026) tidak berubah.

## 2. DHB-10 Simulasi Anjungan Angkatan II

Perangkat lunak simulator anjungan diperbarui (peta elektronik Selat Bara versi 2026) pada 6–24
Juli 2026.

**Keputusan:** DHB-10 Angkatan II **dipindah** dari 15–17 Juli 2026 menjadi **Selasa–Kamis,
28–30 Juli 2026**, tetap di Pusat Simulator Maritim SEHUB. Pendaftaran ditutup **Jumat, 10 Juli
2026** agar UPTD PP sempat menyiapkan awak pengganti.

## 3. Kuota DHB-12 Angkatan II

KMP Sela Permai (kapal baru UPTD PP Wilayah I) mulai beroperasi Oktober 2026 dan awaknya belum
pernah mengikuti DHB-12.

**Keputusan:** kuota DHB-12 Angkatan II (10–11 November 2026) **dinaikkan dari 16 menjadi 24
orang**; tambahan 8 kursi untuk awak KMP Sela Permai. Praktik rumah asap dibagi menjadi 3
kelompok @8 orang.

## 4. Program PENDAMPING Angkatan I

Pada 28 Juli 2026 Gedung Uji dipakai untuk uji berkala massal bus pariwisata menjelang musim
libur.

**Keputusan:** Forum Akhir **dipindah** dari Selasa, 28 Juli 2026 ke **Kamis, 30 Juli 2026 pukul
08.30 WIT**, dan tempatnya dari Gedung Uji UPTD PKB ke **Aula SEHUB, Kantor Dinas lantai 2**.
Akhir program tetap Jumat, 31 Juli 2026.

## 5. Gangguan menu Laporan Penerapan e-SEHUB

Menu Laporan Penerapan gagal menyimpan lampiran pada 27 April–4 Mei 2026 (sudah diperbaiki
5 Mei).

**Keputusan:** batas LPH-02 peserta DHB-03 Angkatan I (13–16 April), yang semula 31 Mei 2026,
**diperpanjang menjadi Senin, 15 Juni 2026** untuk seluruh peserta angkatan tersebut. Peserta
DHB-08 (20–24 April) tetap mengikuti batas 45 hari kalender.

## 6. Komunitas LABUH bulan Mei

Rabu, 27 Mei 2026 adalah hari libur nasional Iduladha.

**Keputusan:** pertemuan LABUH bulan Mei **dipindah** ke **Jumat, 29 Mei 2026 pukul
14.00–15.30 WIT**, tempat tetap Aula SEHUB dan Zoom. Topik dan pemantik tidak berubah.

## 7. Evaluasi triwulan I

- Rekap JP triwulan I sudah diterbitkan; UPTD PP Wilayah III masih terendah.
- 5 LPH-02 terlambat: 3 di UPTD PKB, 1 di Sekretariat, 1 di UPTD PP Wilayah I.
- DHB-02 (9–18 Maret): 16 peserta, 15 lulus; 1 peserta mengulang pada 2027.

## 8. Rencana tindak lanjut

| No | Kegiatan | Penanggung jawab | Batas waktu |
|---|---|---|---|
| 1 | Surat pemberitahuan perubahan jadwal, tempat, dan batas pendaftaran uji sertifikasi | Koordinator Penguji | 8 Mei 2026 |
| 2 | Surat pinjam pakai jalur uji kepada Dinas Perhubungan Kota Sela Bara | Kepala UPTD PKB | 11 Mei 2026 |
| 3 | Broadcast jadwal baru DHB-10 Angkatan II | Koordinator Pusat Simulator Maritim | 1 Juni 2026 |
| 4 | Pemberitahuan perpanjangan LPH-02 kepada peserta DHB-03 Angkatan I | Pengelola SEHUB | 8 Mei 2026 |
| 5 | Undangan Forum Akhir PENDAMPING di Aula SEHUB | Koordinator Program PENDAMPING | 10 Juli 2026 |

Rapat berikutnya: Rabu, 3 Juni 2026.
"""

WA_TXT = """\
[Broadcast SEHUB - Dishub Prov. Kepulauan Tanjung Bara] - Dokumen fiktif, untuk evaluasi.

Selamat pagi Bapak/Ibu nakhoda & mualim KMP 🙏⚓

📢 *DHB-10 SIMULASI ANJUNGAN (BRIDGE SIMULATOR) ANGKATAN II* — JADWAL BARU!

❌ bukan lagi 15–17 Juli
✅ Selasa–Kamis, 28–30 Juli 2026
⏰ pukul 08.00–16.00 WIT (24 JP, 6 modul SIM-01 s.d. SIM-06)
📍 Pusat Simulator Maritim SEHUB, kompleks Pelabuhan Penyeberangan Sela Bara
👥 Kuota 8 org (2 anjungan @4 org), prioritas yg terakhir ikut simulator sebelum 2023

Daftar lewat e-SEHUB paling lambat *Jumat, 10 Juli 2026*, harus di-ACC Kepala UPTD PP dulu ya, biar awak pengganti bisa disiapkan. Yang lagi terjadwal dinas jaga tgl 28–30 Juli gak bisa didaftarkan.

Catatan penting:
1️⃣ Wajib bawa *buku pelaut* + sertifikat keahlian yg masih berlaku. Tanpa itu gak bisa masuk anjungan.
2️⃣ Pakaian: PDL pelaut + sepatu safety. Gak boleh sandal.
3️⃣ Nilai simulator minimal 75. Kalau kurang, ikut remedial 1x di angkatan berikutnya, gak perlu ulang semua.
4️⃣ Karena 24 JP (≥16 JP): isi *RTL-01* maks 5 hari kerja, *LPH-02* maks 45 hari kalender. LES-01 diisi instruktur, bukan peserta.
5️⃣ Teman2 Wilayah II & III: tiket kapal diganti sesuai tiket asli, maks Rp350rb PP. Dari Karas berangkat KMP Karas Indah hari Sabtu 25 Juli; hotel ditanggung maks 2 malam (26 & 27 Juli). Sabtu malam silakan pakai Mess Dishub, Jl. Tanjung Harapan No. 8 (gratis).
6️⃣ Rabu 29 Juli sore ada LABUH di ruang observasi simulator, boleh ikut nonton 😄

Info: Capt. Johanis Sopacua (Koordinator Pusat Simulator) WA 0821-9977-3104
Chat aja ya, kalau lagi di laut balasnya bisa telat 🙏
"""

FAQ_TXT = """\
TANYA JAWAB (FAQ) PENGEMBANGAN KOMPETENSI PEGAWAI DINAS PERHUBUNGAN
PROVINSI KEPULAUAN TANJUNG BARA
Disusun Subbagian Umum dan Kepegawaian, versi 2 (April 2026). Dokumen fiktif, untuk evaluasi.

1. Berapa JP yang harus saya kumpulkan tahun ini?
Secara nasional PNS minimal 20 JP per tahun. Di Dinas targetnya menurut kelompok jabatan
(Tabel 1 Peraturan Kepala Dinas Nomor 4 Tahun 2026): JF Penguji Kendaraan Bermotor dan JF
Pengawas Keselamatan Pelayaran 30 JP, awak KMP 26 JP, JF Perencana dan pejabat struktural 24 JP,
operator ATCS, petugas pelabuhan, dan pelaksana lainnya 20 JP.

2. Saya PPPK paruh waktu di loket pelabuhan. Wajib berapa JP?
10 JP per tahun, diutamakan DHB-12, DHB-13, dan modul daring e-SEHUB. PPPK penuh waktu
targetnya 20 JP dan difasilitasi paling banyak 24 JP per tahun perjanjian kerja.

3. Saya tenaga alih daya (outsourcing) di KMP. Apakah JP saya dicatat?
Tidak. Tenaga alih daya bukan ASN, jadi tidak ada target JP dan JP tidak dicatat. Kehadiran
pelatihan dicatat di daftar hadir pembekalan mitra. Tetapi awak KMP alih daya tetap wajib
mengikuti DHB-12 Pemadaman Kebakaran dan Evakuasi Penumpang setiap 2 tahun.

4. Laporan apa yang harus saya buat setelah pelatihan?
Kalau pelatihannya kurang dari 16 JP: LR-01 (Lembar Refleksi) paling lambat 3 hari kerja.
Kalau 16 JP atau lebih: RTL-01 paling lambat 5 hari kerja dan LPH-02 paling lambat 45 hari
kalender setelah pelatihan.

5. Apa akibatnya kalau LPH-02 terlambat?
JP pelatihan itu berstatus Menunggu dan tidak dihitung sampai LPH-02 diverifikasi atasan.
Selama masih ada LPH-02 terlambat, Anda tidak bisa mendaftar pelatihan SEHUB berikutnya.

6. Sertifikat penguji saya terbit tahun 2023 dan tertulis berlaku 5 tahun. Masih berlaku?
Masih, tetapi menurut Keputusan Kepala Dinas Nomor 9 Tahun 2026 sertifikat lama paling lama
berlaku sampai 30 Juni 2027. Sertifikat baru berlaku 3 tahun dan dapat diperpanjang tanpa uji
apabila JP pemeliharaan dan jumlah kendaraan yang diuji terpenuhi.

7. Berapa biaya uji sertifikasi penguji? Apakah saya harus bayar?
Biaya uji Rp1.250.000 per peserta. Uji pertama ditanggung APBD. Uji ulang ditanggung peserta
50%, yaitu Rp625.000.

8. Saya petugas dermaga UPTD PP. Bolehkah ikut pelatihan klasikal menjelang Lebaran?
Tidak. Pada masa angkutan Lebaran (H-10 sampai H+10 Idul Fitri) dan masa angkutan Natal dan
Tahun Baru (18 Desember sampai 5 Januari) tidak ada pelatihan klasikal bagi pegawai UPTD PP dan
awak KMP. Modul daring tetap boleh di luar jam dinas jaga.

9. Saya operator ATCS dan ikut pelatihan di hari lepas dinas. Dapat ganti?
Dapat 1 hari lepas dinas pengganti, diambil paling lambat 14 hari kalender setelah pelatihan.
Soal uang lembur tidak diatur di Peraturan Kepala Dinas; tanyakan ke Subbagian Keuangan.

10. Ikut Komunitas LABUH dapat JP?
Dapat. Peserta 1 JP per pertemuan (paling banyak 8 JP per tahun), pemantik 3 JP (paling
banyak 9 JP per tahun). Klaim lewat menu Klaim JP dengan notula pertemuan, paling lambat 21
hari kalender.

11. Saya dari Pulau Karas. Bagaimana kalau KMP Karas Indah tidak berlayar dan saya tidak bisa
datang pelatihan?
Pembatalan karena kapal tidak berlayar akibat cuaca buruk yang dinyatakan UPTD PP tidak
dihitung sebagai ketidakhadiran. Biaya penyeberangan diganti sesuai tarif riil paling banyak
Rp350.000 pergi-pulang per pelatihan, dan peserta dari Karas mendapat penginapan paling banyak
2 malam sebelum hari pertama.

12. Nilai simulator saya 72. Apakah harus mengulang DHB-10 dari awal?
Tidak. Nilai minimal pelatihan simulator 75; peserta di bawah itu ikut sesi remedial paling
banyak 1 kali pada angkatan berikutnya tanpa mengulang seluruh pelatihan.

13. Apakah riwayat pelatihan di e-SEHUB otomatis masuk ke SIASN?
Tidak. e-SEHUB tidak terhubung otomatis dengan SIASN. Perbarui sendiri riwayat diklat Anda di
MyASN.

14. Bagaimana dengan tugas belajar atau izin belajar?
Tidak diatur dalam Peraturan Kepala Dinas Nomor 4 Tahun 2026. Silakan lihat Peraturan Gubernur
tentang tugas belajar dan izin belajar atau tanyakan ke Subbagian Umum dan Kepegawaian.

15. Sudah daftar pelatihan tapi mendadak tidak bisa. Ada sanksi?
Batalkan lewat e-SEHUB paling lambat 5 hari kerja sebelum pelatihan. Kalau 2 kali tidak hadir
tanpa membatalkan dalam setahun, Anda tidak bisa mendaftar SEHUB selama 6 bulan.

16. Bagaimana cara naik jenjang dari Penguji Terampil ke Penguji Mahir?
Dari sisi pelatihan, ikuti DHB-04 Penguji Kendaraan Bermotor Tingkat Mahir. Angka kredit dan
kenaikan jenjang jabatan fungsional diatur peraturan perundang-undangan, bukan oleh SEHUB;
tanyakan ke Subbagian Umum dan Kepegawaian.
"""

PANGGILAN_TXT = """\
DINAS PERHUBUNGAN PROVINSI KEPULAUAN TANJUNG BARA
Jalan Laksamana Malahayati Nomor 21, Kota Sela Bara
Dokumen fiktif, untuk evaluasi.

Nomor   : 800.1.5/311/DISHUB/2026
Sifat   : Penting
Lampiran: 1 (satu) berkas
Perihal : Panggilan Peserta DHB-03 Penguji Kendaraan Bermotor Tingkat Terampil Angkatan II

Sela Bara, 31 Agustus 2026

Yth. 1. Kepala UPTD Pengujian Kendaraan Bermotor
     2. Kepala Dinas Perhubungan Kabupaten Bara Utara, Kabupaten Lintang, dan Kota Sela Bara
di tempat

Dengan hormat, bersama ini kami memanggil pegawai yang namanya tercantum di bawah untuk
mengikuti pelatihan DHB-03 Penguji Kendaraan Bermotor Tingkat Terampil Angkatan II Tahun 2026
sebanyak 40 JP (8 JP daring dan 32 JP klasikal), dengan ketentuan sebagai berikut.

Bagian daring : Senin s.d. Jumat, 14-18 September 2026 di e-SEHUB (4 modul, 8 JP)
Bagian klasikal: Senin s.d. Kamis, 21-24 September 2026
Tempat        : Gedung Uji UPTD PKB, Jalan Trans Bara Km 7, Wailela (kelas dan jalur uji)
Peserta       : 20 orang (16 dari UPTD PKB, 4 dari dishub kabupaten/kota; daftar terlampir)

JADWAL HARIAN BAGIAN KLASIKAL
Hari I - Senin, 21 September 2026
  pukul 07.30-08.00 WIT  registrasi dan presensi QR
  pukul 08.00-08.45 WIT  pembukaan oleh Kepala UPTD PKB, Muhammad Sahril Kaplale, S.T.
  pukul 08.45-12.00 WIT  pre-test; ketentuan uji berkala dan kewenangan Penguji Terampil
  pukul 13.00-16.00 WIT  pemeriksaan visual, identitas, dan dimensi kendaraan

Hari II - Selasa, 22 September 2026
  pukul 08.00-12.00 WIT  uji rem dengan brake tester dan uji rem parkir
  pukul 13.00-16.00 WIT  uji lampu utama, kincup roda (side slip), dan speedometer

Hari III - Rabu, 23 September 2026
  pukul 07.30-12.00 WIT  praktik jalur uji mobil barang dan mobil bus kecil (kelompok @5 orang)
  pukul 13.00-16.00 WIT  uji emisi gas buang dan kebisingan (narasumber: Stevanus Pelupessy,
                         A.Md.T., Penguji Mahir)

Hari IV - Kamis, 24 September 2026
  pukul 08.00-10.00 WIT  aplikasi BLUe dan penandatanganan hasil uji
  pukul 10.00-12.00 WIT  ujian teori
  pukul 13.00-15.00 WIT  ujian praktik di jalur uji
  pukul 15.00-16.00 WIT  pengumuman kelulusan dan penutupan oleh Kepala Bidang Lalu Lintas dan
                         Angkutan Jalan, Yosias Kareth, S.T., M.T.

KETENTUAN PESERTA
1. Peserta adalah Penguji Pemula dengan masa kerja sebagai penguji paling singkat 2 tahun atau
   penguji dishub kabupaten/kota yang diusulkan kepala dinasnya.
2. Bagian daring diselesaikan paling lambat Jumat, 18 September 2026 pukul 23.59 WIT. Peserta
   yang belum menyelesaikan bagian daring tidak dapat mengikuti bagian klasikal.
3. Konfirmasi kehadiran melalui e-SEHUB paling lambat Senin, 14 September 2026 pukul 15.00 WIT.
4. Peserta tidak dijadwalkan di jalur uji maupun Unit Uji Keliling selama 21-24 September 2026.
5. Pakaian: Senin PDH; Selasa dan Rabu wearpack dan sepatu keselamatan (wajib di jalur uji);
   Kamis batik.
6. Kehadiran paling sedikit 90% dan nilai akhir paling rendah 70.
7. Peserta dari Unit Uji Keliling Pulau Lintang datang Minggu, 20 September 2026 dan menginap
   di Mess Dishub, Jalan Tanjung Harapan Nomor 8. Tiket kapal diganti sesuai tarif riil paling
   banyak Rp350.000 pergi-pulang.
8. Setelah pelatihan, peserta menyusun RTL-01 paling lambat 5 hari kerja dan LPH-02 paling
   lambat 45 hari kalender, yaitu Minggu, 8 November 2026.

DAFTAR PESERTA (sebagian)
 1. Siti Nurjanah Wokas, A.Md.T.     - UPTD PKB, Gedung Uji Wailela
 2. Ahmad Fauzi Latuconsina          - Unit Uji Keliling Pulau Lintang
 3. Christin Wenno, A.Md.T.          - Unit Uji Keliling Pulau Lintang
 4. Marselinus Tethool               - UPTD PKB, Gedung Uji Wailela
 5. Nurul Fadillah Pellu, A.Md.T.    - UPTD PKB, Gedung Uji Wailela
 6. Joni Rettob                      - Dinas Perhubungan Kabupaten Bara Utara
(14 peserta lainnya tercantum dalam lampiran)

Narahubung panitia: Stevanus Pelupessy, A.Md.T., Penguji Mahir, WA 0813-4011-2846.

a.n. KEPALA DINAS PERHUBUNGAN
PROVINSI KEPULAUAN TANJUNG BARA
Sekretaris,
ttd.
Dra. Maria Goreti Renyaan, M.Si.
NIP 19720809 199803 2 004
"""

PLAIN = {
    "kepkadis-sertifikasi-penguji-2023.txt": SERT2023_TXT,
    "helpdesk-e-sehub.html": HELPDESK_HTML,
    "panduan-program-pendamping.md": PANDUAN_PENDAMPING_MD,
    "pedoman-laporan-pasca-pelatihan.md": PEDOMAN_LAPORAN_MD,
    "notulen-rapat-tim-sehub-mei-2026.md": NOTULEN_MD,
    "broadcast-wa-simulator-anjungan-angkatan-ii-2026.txt": WA_TXT,
    "faq-pengembangan-kompetensi-dishub.txt": FAQ_TXT,
    "panggilan-dhb-03-penguji-terampil-angkatan-ii-2026.txt": PANGGILAN_TXT,
}

CSVS = {
    "kuota-sehub-per-unit-2026.csv": (
        ["kode", "pelatihan", "jumlah_angkatan", "kuota_per_angkatan"]
        + KUOTA_UNITS
        + ["total_kuota", "keterangan"],
        kuota_rows,
        ",",
    ),
    "rekap-jp-triwulan-i-2026.csv": (REKAP_HEADER, rekap_rows, ";"),
    "jadwal-komunitas-labuh-2026.csv": (LABUH_HEADER, lambda: LABUH, ","),
    "modul-simulator-maritim-2026.csv": (SIM_HEADER, lambda: SIM, ","),
}


# =========================================================================== main and check
def write_csv(path, header, rows, delimiter=","):
    """CSV with a closing note row carrying the sentence "Dokumen fiktif, untuk evaluasi."."""
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
        ok = check_question_set(os.path.join(HERE, "questions_agency_o.yaml"), DOCS, OUT, "o")
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
