#!/usr/bin/env python3
"""Generate the documents of the fictional "agency P" evaluation set.

Agency P: Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sindang Rawi, Provinsi Teluk
Lumbara (fictional; capital Maloko; WITA time zone). Staff: operators of the Pusat Pengendalian
Operasi (Pusdalops PB, 4 regu on 3 shifts), Tim Reaksi Cepat (TRC, regu Alfa/Bravo/Charlie),
logistics and equipment staff (Gudang Logistik Maloko), JF Analis Kebencanaan, JF Penata
Penanggulangan Bencana, PPPK (full and part time), outsourced staff (tenaga alih daya) and
volunteers (relawan; not ASN, no JP). In-house training centre "Balai Latih Siaga Rawi"
(BALISA, catalogue SRW-101..SRW-122) with the LMS e-BALISA and the drill ground "Bumi Latih
Bukit Lada"; mentoring programme RANGKUL for new TRC members; post-training forms REF-1 /
RTL-2 / LAP-3; water-rescuer certification (Keputusan Kalaksa 360/114/BPBD/2022 revoked by
Keputusan Kalaksa 360/021/BPBD/2026); community of practice "Lingkar Siaga". Everything is
fictional ("Dokumen fiktif, untuk evaluasi.").

Writes every document into benchmarks/eval/agency_p/:
  perkalaksa-pengembangan-kompetensi-bpbd-2026.pdf   Peraturan Kalaksa No. 2/2026 (long, BAB/Pasal)
  kepkalaksa-sertifikasi-rescuer-air-2026.pdf         new certification rule (revokes the 2022 one)
  kepkalaksa-sertifikasi-rescuer-air-2022.txt         old certification rule (revoked)
  sk-pendamping-rangkul-angkatan-i-2026.docx          mentor/mentee pairs (merged header), honoraria
  rab-balisa-2026.docx                                BALISA budget ("Jumlah" row)
  rekap-jp-bpbd-2025.xlsx                             workbook: JP per unit, rescuers, volunteers, notes
  kuota-balisa-per-unit-2026.csv                      quota per course, one column per unit
  rekap-jp-triwulan-i-2026.csv                        ';'-delimited, decimal commas
  jadwal-lingkar-siaga-2026.csv                       community of practice (quoted newlines)
  inventaris-peralatan-latih-2026.csv                 training equipment inventory
  helpdesk-e-balisa.html                              helpdesk page of the e-BALISA LMS
  panduan-program-rangkul.md                          Markdown with front matter
  pedoman-laporan-pasca-pelatihan-bpbd.md             Markdown without front matter
  notulen-rapat-tim-pengembangan-kompetensi-april-2026.md   minutes (dates/venue/deadline/quota moved)
  broadcast-wa-gladi-lapang-tsunami-2026.txt          WhatsApp-style broadcast
  faq-pengembangan-kompetensi-bpbd.txt                FAQ
  panggilan-srw-121-angkatan-ii-2026.txt              call letter, day-by-day schedule

Usage:
  python make_agency_p.py              # write all documents
  python make_agency_p.py --text       # source text of every document
  python make_agency_p.py --text NAME  # only the document whose file stem is NAME
  python make_agency_p.py --check      # check questions_agency_p.yaml against the documents
"""

import csv
import datetime
import io
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

OUT = os.path.join(HERE, "agency_p")
FIKTIF = "Dokumen fiktif, untuk evaluasi."
FIXED_DATE = datetime.datetime(2026, 9, 1, 8, 0, tzinfo=datetime.UTC)

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


# --------------------------------------------------------------------------- the agency
KALAKSA = "Ir. Gede Arsana Wiranata, M.T."
KALAKSA_NIP = "19710322 199703 1 005"
KEPALA_BADAN = "Drs. Yohanes Bala Kolo, M.Si."
SEKRETARIS = "Hj. Siti Rahmah Daeng Ngai, S.E., M.Si."
SEKRETARIS_NIP = "19760514 200212 2 003"
KASUBAG_UK = "Muhammad Iqbal Lamato, S.Sos."
ANALIS_SDM = "Ni Luh Putu Ayu Lestari, S.Psi., M.Psi."
KABID_PK = "Andi Baso Mappaware, S.T., M.Sc."
KABID_KL = "Kornelis Lado Manu, S.H."
KABID_RR = "Ir. Dewi Anggraeni Lumowa, M.T."
KOORD_PUSDALOPS = "Rudi Hartono Pasande, S.Kom."
DANTRC = "Yosep Nggadas, S.ST."
KOORD_BUMILATIH = "Agustinus Bere Mau, S.Pd."
KOORD_RANGKUL = "Fransiskus Xaverius Wea, A.Md."
KASI_LOG = "Hamzah Daeng Tutu, S.E."
KOORD_SERT = "Stefanus Leo Kelen, S.ST."
KOORD_LINGKAR = "Wahyuni Tandiayu, S.Si."
PRAKOM = "Ikhsan Maulana Djafar, S.Kom."
KOORD_RELAWAN = "Paulus Seran Tae"
ANALIS_MUDA = "Dr. Sri Wulandari Paembonan, S.Si., M.Sc."

WA_BALISA = "0812-3790-4416"
WA_KASUBAG = "0821-4560-2231"
WA_HELPDESK = "0811-4370-6620"
WA_PK = "0813-5521-0782"
WA_KL = "0852-3901-4467"
WA_RR = "0811-4630-2958"
WA_PUSDALOPS = "0822-9013-5580"
WA_TRC = "0813-3877-1204"
WA_BUMILATIH = "0853-3316-7720"
WA_RANGKUL = "0812-4675-9013"
WA_LOG = "0821-3345-9961"
WA_SERT = "0813-5380-2265"
WA_LINGKAR = "0852-5407-3318"
WA_RELAWAN = "0857-3922-6104"
WA_ANALIS = "0812-3605-7719"
TELP_PUSDALOPS = "(0389) 2214-112"
EMAIL_BALISA = "balisa@bpbd.sindangrawi.contoh"
EMAIL_HELPDESK = "helpdesk.ebalisa@bpbd.sindangrawi.contoh"

KANTOR = "Jalan Trans Rawi Nomor 17, Maloko"
AULA = "Aula BALISA, Kantor BPBD lantai 2"
PUSDALOPS = "Ruang Pusdalops PB, Kantor BPBD lantai 1"
BUMI = "Bumi Latih Bukit Lada"
BUMI_ALAMAT = "Jalan Poros Maloko-Lawe Tinggi Km 9, Desa Lada Hulu"
GUDANG = "Gudang Logistik BPBD, Jalan Pelabuhan Lama Nomor 3, Maloko"
WAE_LIDI = "Bendungan Wae Lidi, Desa Lidi Baru, Kecamatan Lawe Tinggi"

# BALISA catalogue: code, name, target group, JP, mode, schedule 2026, venue, quota, PJ key
KATALOG = [
    (
        "SRW-101",
        "Orientasi Pegawai Baru BPBD",
        "CPNS, PPPK penuh waktu, PPPK paruh waktu, dan pegawai mutasi masuk",
        "16",
        "klasikal",
        "Angk. I 19-20 Jan; Angk. II 3-4 Agu",
        AULA,
        "25",
        "SEK",
    ),
    (
        "SRW-102",
        "Fasilitator Desa Tangguh Bencana (Destana)",
        "JF Penata Penanggulangan Bencana dan staf Bidang PK",
        "32",
        "klasikal + praktik di desa (4 hari)",
        "9-12 Mar",
        AULA + " dan Desa Lada Hulu",
        "20",
        "PK",
    ),
    (
        "SRW-103",
        "Komunikasi Risiko dan Edukasi Publik",
        "staf Bidang PK dan operator Pusdalops",
        "12",
        "blended: 4 JP daring + 8 JP klasikal",
        "21-22 Apr",
        AULA,
        "25",
        "PK",
    ),
    (
        "SRW-104",
        "Operator Pusdalops dan Sistem Peringatan Dini",
        "operator Pusdalops baru dan operator yang belum lulus SRW-104",
        "24",
        "klasikal + praktik konsol",
        "Angk. I 10-12 Feb; Angk. II 8-10 Jun",
        PUSDALOPS,
        "8",
        "PUS",
    ),
    (
        "SRW-105",
        "Manajemen Informasi dan Pelaporan Kejadian Bencana",
        "operator Pusdalops dan staf Bidang RR",
        "10",
        "daring (Zoom)",
        "5-6 Mei",
        "e-BALISA (daring)",
        "30",
        "PUS",
    ),
    (
        "SRW-106",
        "Pertolongan Pertama dan Bantuan Hidup Dasar (BHD)",
        "anggota TRC, operator Pusdalops, staf gudang, dan relawan inti",
        "16",
        "klasikal + praktik manekin",
        "Angk. I 24-25 Feb; Angk. II 13-14 Okt",
        AULA,
        "24",
        "TRC",
    ),
    (
        "SRW-107",
        "Pertolongan Pertama Psikologis (Psychological First Aid)",
        "anggota TRC, staf Bidang RR, dan relawan",
        "12",
        "klasikal",
        "18-19 Agu",
        AULA,
        "30",
        "RR",
    ),
    (
        "SRW-108",
        "Water Rescue Tingkat Dasar",
        "anggota TRC dan calon rescuer air",
        "32",
        "klasikal + praktik kolam arus",
        "Angk. I 14-17 Apr; Angk. II 21-24 Jul",
        BUMI + " (kolam arus)",
        "12",
        "TRC",
    ),
    (
        "SRW-109",
        "Swiftwater Rescue Tingkat Lanjut",
        "anggota TRC yang lulus SRW-108 dan memiliki sertifikat Rescuer Air Tingkat I",
        "40",
        "praktik sungai (5 hari)",
        "7-11 Sep",
        "Sungai Rawi Besar, Desa Lidi Baru",
        "10",
        "TRC",
    ),
    (
        "SRW-110",
        "Kaji Cepat (Rapid Assessment) Bencana",
        "anggota TRC, JF Penata Penanggulangan Bencana, dan JF Analis Kebencanaan",
        "16",
        "blended: 4 JP daring + 12 JP klasikal",
        "Angk. I 3-4 Mar; Angk. II 6-7 Okt",
        AULA,
        "20",
        "KL",
    ),
    (
        "SRW-111",
        "Pengkajian Kebutuhan Pascabencana (Jitu Pasna)",
        "JF Analis Kebencanaan dan staf Bidang RR",
        "24",
        "klasikal",
        "2-4 Jun",
        AULA,
        "20",
        "RR",
    ),
    (
        "SRW-112",
        "Pengkajian Risiko Bencana dan Peta Rawan",
        "JF Analis Kebencanaan",
        "32",
        "blended: 8 JP daring + 24 JP klasikal",
        "11-14 Agu",
        AULA,
        "15",
        "ANL",
    ),
    (
        "SRW-113",
        "Penyusunan Rencana Kontinjensi",
        "JF Analis Kebencanaan, kepala bidang, dan kepala seksi",
        "24",
        "klasikal (lokakarya)",
        "20-22 Okt",
        AULA,
        "20",
        "PK",
    ),
    (
        "SRW-114",
        "Manajemen Logistik dan Peralatan Penanggulangan Bencana",
        "staf logistik dan peralatan serta pengelola gudang",
        "24",
        "klasikal + praktik gudang",
        "16-18 Jun",
        GUDANG,
        "15",
        "LOG",
    ),
    (
        "SRW-115",
        "K3 Gudang dan Pengoperasian Forklift",
        "operator forklift dan staf gudang",
        "16",
        "praktik",
        "14-15 Jul",
        GUDANG,
        "8",
        "LOG",
    ),
    (
        "SRW-116",
        "Dapur Umum Lapangan",
        "staf logistik, anggota TRC, relawan, dan mitra Tagana",
        "12",
        "praktik",
        "Angk. I 28-29 Apr; Angk. II 10-11 Nov",
        BUMI + " (lapangan dapur umum)",
        "30",
        "LOG",
    ),
    (
        "SRW-117",
        "Sistem Komando Penanganan Darurat Bencana (SKPDB) dan Manajemen Posko",
        "pejabat struktural, operator Pusdalops senior, dan Komandan Regu TRC",
        "24",
        "blended: 6 JP daring + 18 JP klasikal",
        "22-24 Sep",
        AULA,
        "25",
        "KL",
    ),
    (
        "SRW-118",
        "Pelatihan Dasar Relawan Sindang Rawi",
        "relawan desa, PPPK paruh waktu, dan tenaga alih daya",
        "12",
        "klasikal + praktik (Sabtu-Minggu)",
        "Angk. I 7-8 Mar; Angk. II 4-5 Jul; Angk. III 7-8 Nov",
        "Angk. I Maloko; Angk. II Pos Siaga I Pantai Seruni; Angk. III Pos Siaga II Lawe Tinggi",
        "40",
        "REL",
    ),
    (
        "SRW-119",
        "Pelatihan Pendamping Lapangan RANGKUL",
        "calon pendamping lapangan Program RANGKUL",
        "16",
        "klasikal",
        "Angk. I 27-28 Jan; Angk. II 21-22 Jul",
        AULA,
        "12",
        "RGK",
    ),
    (
        "SRW-120",
        "Mengemudi Kendaraan Darurat (Emergency Driving)",
        "pengemudi kendaraan rescue, truk logistik, dan ambulans",
        "16",
        "klasikal + praktik lintasan",
        "25-26 Agu",
        BUMI + " (lintasan mengemudi)",
        "10",
        "LOG",
    ),
    (
        "SRW-121",
        "Rescue Ketinggian dan Tali (Vertical Rescue)",
        "anggota TRC",
        "32",
        "praktik menara tali",
        "Angk. I 19-22 Mei; Angk. II 15-18 Sep",
        BUMI + " (menara tali)",
        "12",
        "TRC",
    ),
    (
        "SRW-122",
        "Menyusun Laporan Pasca-Pelatihan",
        "peserta pelatihan 12 JP atau lebih dan pegawai baru",
        "3",
        "daring (Zoom)",
        "setiap Rabu minggu kedua (Feb-Nov), pukul 13.30-16.00 WITA",
        "e-BALISA (daring)",
        "60",
        "SEK",
    ),
]

PJ = [
    ("SEK", KASUBAG_UK, "Kepala Subbagian Umum dan Kepegawaian", WA_KASUBAG),
    ("PK", KABID_PK, "Kepala Bidang Pencegahan dan Kesiapsiagaan", WA_PK),
    ("KL", KABID_KL, "Kepala Bidang Kedaruratan dan Logistik", WA_KL),
    ("RR", KABID_RR, "Kepala Bidang Rehabilitasi dan Rekonstruksi", WA_RR),
    ("PUS", KOORD_PUSDALOPS, "Koordinator Pusdalops PB", WA_PUSDALOPS),
    ("TRC", DANTRC, "Komandan TRC", WA_TRC),
    ("LOG", KASI_LOG, "Kepala Seksi Logistik dan Peralatan", WA_LOG),
    ("ANL", ANALIS_MUDA, "Analis Kebencanaan Ahli Muda", WA_ANALIS),
    (
        "RGK",
        KOORD_RANGKUL,
        "Penata Penanggulangan Bencana Mahir, Koordinator Program RANGKUL",
        WA_RANGKUL,
    ),
    ("REL", KOORD_RELAWAN, "Koordinator Relawan (Forum Relawan PB Sindang Rawi)", WA_RELAWAN),
    ("BML", KOORD_BUMILATIH, "Koordinator Bumi Latih Bukit Lada, instruktur kepala", WA_BUMILATIH),
    ("SRT", KOORD_SERT, "Koordinator Sertifikasi Rescuer Air", WA_SERT),
    (
        "LKS",
        KOORD_LINGKAR,
        "Analis Kebencanaan Ahli Pertama, Koordinator Lingkar Siaga",
        WA_LINGKAR,
    ),
]
PJ_NAME = {k: n for k, n, _r, _w in PJ}

TARGET = [
    (
        "Pejabat struktural (Kepala Pelaksana, Sekretaris, Kepala Bidang, Kepala Subbagian, "
        "Kepala Seksi)",
        "24",
        "paling sedikit 8 JP manajerial atau SKPDB",
    ),
    (
        "JF Analis Kebencanaan (Ahli Pertama, Ahli Muda, Ahli Madya)",
        "32",
        "paling sedikit 12 JP kajian risiko atau perencanaan penanggulangan bencana",
    ),
    (
        "JF Penata Penanggulangan Bencana (Terampil, Mahir, Penyelia)",
        "30",
        "paling sedikit 10 JP teknis kedaruratan",
    ),
    (
        "Anggota TRC (PNS dan PPPK)",
        "40",
        "paling sedikit 16 JP latihan lapangan di Bumi Latih Bukit Lada atau gladi gabungan",
    ),
    ("Operator Pusdalops PB", "28", "paling sedikit 8 JP peringatan dini dan komunikasi radio"),
    ("Staf logistik dan peralatan", "22", "paling sedikit 6 JP manajemen gudang atau peralatan"),
    ("Pelaksana lainnya (PNS)", "20", "JP minimal nasional"),
    ("PPPK penuh waktu", "20", "difasilitasi paling banyak 24 JP per tahun masa perjanjian kerja"),
    ("PPPK paruh waktu", "8", "diutamakan SRW-118 dan modul daring e-BALISA"),
    (
        "Tenaga alih daya (non-ASN)",
        "tidak ada target",
        "JP tidak dicatat; kehadiran dicatat dalam daftar hadir mitra",
    ),
    (
        "Relawan (non-ASN)",
        "tidak ada target",
        "JP tidak dicatat; keikutsertaan dicatat dalam Buku Induk Relawan",
    ),
]

KONVERSI = [
    (
        "Seminar atau webinar bersertifikat (paling singkat 2 jam)",
        "1 kegiatan",
        "2 JP",
        "paling banyak 8 JP per tahun",
    ),
    ("Workshop atau lokakarya", "1 hari", "5 JP", "-"),
    ("Modul daring e-BALISA", "sesuai modul", "sesuai modul", "paling banyak 5 JP per hari"),
    (
        "Coaching terdokumentasi (paling singkat 60 menit)",
        "1 sesi",
        "1 JP",
        "paling banyak 10 JP per tahun",
    ),
    (
        "Program RANGKUL sebagai anggota binaan",
        "1 pertemuan refleksi",
        "2 JP",
        "paling banyak 24 JP per program",
    ),
    (
        "Program RANGKUL sebagai pendamping lapangan",
        "1 pertemuan refleksi",
        "1 JP",
        "paling banyak 12 JP per program",
    ),
    (
        "Pertemuan Lingkar Siaga sebagai peserta",
        "1 pertemuan",
        "1 JP",
        "paling banyak 10 JP per tahun",
    ),
    (
        "Pertemuan Lingkar Siaga sebagai pemantik",
        "1 pertemuan",
        "3 JP",
        "paling banyak 9 JP per tahun",
    ),
    ("Gladi lapang atau latihan gabungan", "1 hari", "6 JP", "paling banyak 24 JP per tahun"),
    (
        "Kajian pascaoperasi (after action review) terdokumentasi",
        "1 kegiatan",
        "2 JP",
        "paling banyak 8 JP per tahun",
    ),
    (
        "Magang di BPBD Provinsi, Kantor SAR, atau BNPB",
        "1 minggu",
        "12 JP",
        "paling banyak 36 JP per tahun",
    ),
    ("Narasumber atau instruktur pelatihan", "1 kegiatan", "3 JP", "paling banyak 12 JP per tahun"),
    ("Studi tiru (patok banding)", "1 kegiatan", "8 JP", "paling banyak 16 JP per tahun"),
    (
        "Penugasan operasi tanggap darurat",
        "-",
        "tidak dikonversi",
        "dicatat sebagai pengalaman penugasan",
    ),
]

WAJIB = [
    (
        "SRW-101 Orientasi Pegawai Baru BPBD",
        "seluruh pegawai baru",
        "sekali, dalam 6 bulan pertama",
        "belum dapat diusulkan mengikuti pelatihan teknis lain",
    ),
    (
        "SRW-104 Operator Pusdalops dan Sistem Peringatan Dini",
        "operator Pusdalops PB",
        "sekali, sebelum jaga mandiri",
        "hanya boleh jaga sebagai operator pendamping",
    ),
    (
        "SRW-106 Pertolongan Pertama dan Bantuan Hidup Dasar",
        "anggota TRC, operator Pusdalops, staf gudang",
        "setiap 2 tahun",
        "tidak dijadwalkan dalam regu piket lapangan",
    ),
    (
        "SRW-108 Water Rescue Tingkat Dasar",
        "anggota TRC",
        "sekali, diperbarui melalui sertifikasi",
        "tidak diterjunkan pada operasi banjir dan pertolongan di air",
    ),
    (
        "Sertifikat Rescuer Air",
        "anggota TRC yang bertugas di air",
        "3 tahun",
        "tidak boleh memasuki arus atau mengemudikan perahu karet",
    ),
    (
        "SRW-115 K3 Gudang dan Pengoperasian Forklift",
        "operator forklift",
        "setiap 5 tahun",
        "tidak boleh mengoperasikan forklift",
    ),
    (
        "SRW-120 Mengemudi Kendaraan Darurat",
        "pengemudi kendaraan rescue, truk logistik, ambulans",
        "setiap 3 tahun",
        "hanya mengemudi tanpa sirene dan lampu rotator",
    ),
]

FASILITAS = [
    (
        "Menara tali (tinggi 12 meter)",
        "6 orang",
        "180 menit",
        "1 : 3",
        "tekanan darah paling tinggi 140/90 mmHg; berat badan paling berat 110 kg; harness dan "
        "helm wajib",
    ),
    (
        "Kolam arus (swift water channel)",
        "8 orang",
        "120 menit",
        "1 : 2",
        "lulus tes renang 100 meter; pelampung dan helm air wajib",
    ),
    (
        "Rumah runtuh (collapsed structure)",
        "10 orang",
        "180 menit",
        "1 : 5",
        "helm, sepatu keselamatan, sarung tangan, dan masker debu",
    ),
    (
        "Lintasan mengemudi",
        "4 orang",
        "120 menit",
        "1 : 1 per kendaraan",
        "SIM B1 atau SIM A yang masih berlaku",
    ),
    (
        "Lapangan dapur umum",
        "30 orang",
        "240 menit",
        "1 : 10",
        "surat keterangan sehat; rambut tertutup dan kuku pendek",
    ),
]

# =========================================================================== budget
# code, name, batches, participants per batch, cost per batch
RAB = [
    ("SRW-101", "Orientasi Pegawai Baru BPBD", 2, 25, 9_600_000),
    ("SRW-102", "Fasilitator Desa Tangguh Bencana (Destana)", 1, 20, 46_800_000),
    ("SRW-104", "Operator Pusdalops dan Sistem Peringatan Dini", 2, 8, 14_250_000),
    ("SRW-106", "Pertolongan Pertama dan Bantuan Hidup Dasar (BHD)", 2, 24, 17_400_000),
    ("SRW-108", "Water Rescue Tingkat Dasar", 2, 12, 38_750_000),
    ("SRW-109", "Swiftwater Rescue Tingkat Lanjut", 1, 10, 52_300_000),
    ("SRW-110", "Kaji Cepat (Rapid Assessment) Bencana", 2, 20, 11_900_000),
    ("SRW-111", "Pengkajian Kebutuhan Pascabencana (Jitu Pasna)", 1, 20, 16_500_000),
    ("SRW-112", "Pengkajian Risiko Bencana dan Peta Rawan", 1, 15, 24_600_000),
    ("SRW-114", "Manajemen Logistik dan Peralatan Penanggulangan Bencana", 1, 15, 13_800_000),
    ("SRW-115", "K3 Gudang dan Pengoperasian Forklift", 1, 8, 21_400_000),
    ("SRW-116", "Dapur Umum Lapangan", 2, 30, 19_650_000),
    (
        "SRW-117",
        "Sistem Komando Penanganan Darurat Bencana (SKPDB) dan Manajemen Posko",
        1,
        25,
        22_100_000,
    ),
    ("SRW-118", "Pelatihan Dasar Relawan Sindang Rawi", 3, 40, 15_300_000),
    ("SRW-120", "Mengemudi Kendaraan Darurat (Emergency Driving)", 1, 10, 28_900_000),
    ("SRW-121", "Rescue Ketinggian dan Tali (Vertical Rescue)", 2, 12, 33_450_000),
    (
        "lainnya",
        "Pelatihan BALISA lainnya (6 judul: SRW-103, SRW-105, SRW-107, SRW-113, SRW-119, SRW-122)",
        1,
        0,
        31_200_000,
    ),
]
RAB_TOTAL = sum(a * c for _k, _n, a, _p, c in RAB)

ANGGARAN = [
    ["Balai Latih Siaga Rawi (BALISA), pelatihan SRW-101 s.d. SRW-122", "APBD", RAB_TOTAL],
    [
        "Pengiriman pelatihan eksternal (Pusdiklat BNPB, Kantor SAR, BPSDM Provinsi)",
        "APBD",
        285_000_000,
    ],
    ["Sertifikasi Rescuer Air (2 gelombang)", "APBD", 42_000_000],
    ["Program RANGKUL (honorarium pendamping lapangan, pertemuan, forum)", "APBD", 21_000_000],
    ["Pemeliharaan Bumi Latih Bukit Lada, termasuk pompa kolam arus", "APBD", 96_500_000],
    ["Pengembangan dan hosting e-BALISA", "APBD", 38_400_000],
    ["Uang transport dan asuransi relawan peserta pelatihan", "APBD", 54_000_000],
    ["Komunitas Lingkar Siaga", "APBD", 7_200_000],
]
ANGGARAN_TOTAL = sum(x for _a, _b, x in ANGGARAN)


def _anggaran_rows():
    rows = [[str(i), a, b, rp(x)] for i, (a, b, x) in enumerate(ANGGARAN, 1)]
    rows.append(["", "Jumlah", "", rp(ANGGARAN_TOTAL)])
    return rows


def _katalog_rows():
    return [[k, n, s, jp, m, j, t, q] for k, n, s, jp, m, j, t, q, _pj in KATALOG]


def _kontak_rows():
    return [[n, r, w] for _k, n, r, w in PJ]


# =========================================================================== PERKALAKSA 2/2026
PERKALAKSA = [
    C("PERATURAN KEPALA PELAKSANA"),
    C("BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN SINDANG RAWI"),
    C("NOMOR 2 TAHUN 2026"),
    C("TENTANG"),
    C("PENGEMBANGAN KOMPETENSI PEGAWAI DAN RELAWAN BADAN PENANGGULANGAN BENCANA DAERAH"),
    P(
        FIKTIF + " Kabupaten Sindang Rawi, Provinsi Teluk Lumbara, Kota Maloko, serta seluruh nama "
        "orang, unit, nomor peraturan, nomor telepon, dan angka dalam dokumen ini adalah rekaan "
        "dan tidak merujuk pada instansi yang sebenarnya."
    ),
    C("DENGAN RAHMAT TUHAN YANG MAHA ESA"),
    C("KEPALA PELAKSANA BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN SINDANG RAWI,"),
    P("Menimbang:"),
    L(
        "a. bahwa Kabupaten Sindang Rawi memiliki risiko tinggi banjir, tanah longsor, gempa bumi, "
        "dan tsunami sehingga memerlukan operator Pusdalops, Tim Reaksi Cepat, petugas logistik, "
        "dan relawan yang kompeten dan siap digerakkan setiap saat;",
        "b. bahwa setiap Pegawai Aparatur Sipil Negara wajib mengembangkan kompetensinya melalui "
        "pembelajaran secara terus-menerus sesuai dengan jabatannya;",
        "c. bahwa Peraturan Kepala Pelaksana Nomor 4 Tahun 2020 tentang Pendidikan dan Pelatihan "
        "Pegawai Badan Penanggulangan Bencana Daerah belum mengatur latihan lapangan di Bumi Latih "
        "Bukit Lada, program pendampingan anggota baru TRC, komunitas praktik, PPPK paruh waktu, "
        "dan pelatihan relawan sehingga perlu diganti;",
        "d. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan huruf "
        "c, perlu menetapkan Peraturan Kepala Pelaksana tentang Pengembangan Kompetensi Pegawai dan "
        "Relawan Badan Penanggulangan Bencana Daerah;",
    ),
    P("Mengingat:"),
    L(
        "1. Undang-Undang Nomor 24 Tahun 2007 tentang Penanggulangan Bencana;",
        "2. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
        "3. Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil "
        "sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;",
        "4. Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
        "Kompetensi Pegawai Negeri Sipil;",
        "5. Peraturan Daerah Kabupaten Sindang Rawi Nomor 6 Tahun 2019 tentang Pembentukan dan "
        "Susunan Organisasi Badan Penanggulangan Bencana Daerah;",
        "6. Peraturan Bupati Sindang Rawi Nomor 41 Tahun 2023 tentang Kedudukan, Tugas dan Fungsi, "
        "serta Tata Kerja Badan Penanggulangan Bencana Daerah;",
    ),
    C("MEMUTUSKAN:"),
    P(
        "Menetapkan: PERATURAN KEPALA PELAKSANA TENTANG PENGEMBANGAN KOMPETENSI PEGAWAI DAN RELAWAN "
        "BADAN PENANGGULANGAN BENCANA DAERAH."
    ),
    H1("BAB I KETENTUAN UMUM"),
    H2("Pasal 1"),
    P("Dalam Peraturan Kepala Pelaksana ini yang dimaksud dengan:"),
    L(
        "1. Daerah adalah Kabupaten Sindang Rawi.",
        "2. Badan Penanggulangan Bencana Daerah yang selanjutnya disingkat BPBD adalah BPBD "
        "Kabupaten Sindang Rawi.",
        "3. Kepala BPBD adalah Sekretaris Daerah Kabupaten Sindang Rawi yang karena jabatannya "
        "menjabat sebagai Kepala BPBD.",
        "4. Kepala Pelaksana yang selanjutnya disebut Kalaksa adalah Kepala Pelaksana BPBD yang "
        "memimpin pelaksanaan tugas BPBD sehari-hari.",
        "5. Sekretaris adalah Sekretaris BPBD yang mengoordinasikan pengembangan kompetensi "
        "Pegawai.",
        "6. Pegawai adalah Pegawai Negeri Sipil (PNS), Pegawai Pemerintah dengan Perjanjian Kerja "
        "(PPPK) penuh waktu, dan PPPK paruh waktu yang bekerja di BPBD.",
        "7. Tenaga alih daya adalah tenaga non-ASN yang dipekerjakan melalui perusahaan penyedia "
        "jasa, antara lain pengemudi, petugas keamanan, dan petugas kebersihan, dan bukan merupakan "
        "Pegawai.",
        "8. Relawan Penanggulangan Bencana yang selanjutnya disebut Relawan adalah orang yang "
        "secara sukarela membantu penanggulangan bencana dan terdaftar dalam Buku Induk Relawan "
        "BPBD; Relawan bukan Pegawai dan bukan ASN.",
        "9. Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu pengembangan "
        "kompetensi; 1 (satu) JP sama dengan 45 (empat puluh lima) menit.",
        "10. Pusat Pengendalian Operasi Penanggulangan Bencana yang selanjutnya disebut Pusdalops "
        "PB adalah unit yang bertugas 24 jam menerima laporan kejadian, menyebarkan peringatan dini, "
        "dan mengendalikan operasi, yang dilaksanakan oleh 4 (empat) regu operator dalam 3 (tiga) "
        "shift.",
        "11. Tim Reaksi Cepat yang selanjutnya disingkat TRC adalah tim BPBD yang digerakkan pada "
        "saat awal kejadian bencana untuk kaji cepat dan pertolongan, terdiri atas Regu Alfa, Regu "
        "Bravo, dan Regu Charlie.",
        "12. Pos Siaga adalah pos lapangan BPBD, yaitu Pos Siaga I Pesisir di Kecamatan Pantai "
        "Seruni dan Pos Siaga II Hulu di Kecamatan Lawe Tinggi.",
        "13. Balai Latih Siaga Rawi yang selanjutnya disingkat BALISA adalah pusat pelatihan "
        "internal BPBD yang dikelola Subbagian Umum dan Kepegawaian.",
        "14. e-BALISA adalah sistem manajemen pembelajaran (learning management system) BALISA.",
        "15. Bumi Latih Bukit Lada adalah lapangan latihan dan simulasi BPBD di Jalan Poros "
        "Maloko-Lawe Tinggi Km 9, Desa Lada Hulu, yang memiliki menara tali, kolam arus, rumah "
        "runtuh, lintasan mengemudi, dan lapangan dapur umum.",
        "16. Program RANGKUL (Pendampingan Anggota Baru TRC) adalah program mentoring dan coaching "
        "lapangan selama 6 (enam) bulan bagi anggota baru TRC oleh anggota TRC senior yang disebut "
        "pendamping lapangan.",
        "17. Anggota binaan adalah anggota baru TRC yang mengikuti Program RANGKUL.",
        "18. Lingkar Siaga adalah komunitas praktik lintas bidang, Pusdalops PB, TRC, Pos Siaga, "
        "dan Relawan yang bertemu secara berkala untuk berbagi pengalaman penanganan kejadian.",
        "19. Laporan pasca-pelatihan adalah Lembar Refleksi (Formulir REF-1), Rencana Tindak Lanjut "
        "(Formulir RTL-2), dan Laporan Penerapan Hasil Pelatihan (Formulir LAP-3).",
        "20. Rencana Pengembangan Individu yang selanjutnya disingkat RPI adalah rencana tahunan "
        "pengembangan kompetensi yang disusun setiap Pegawai bersama atasan langsung.",
        "21. Status keadaan darurat adalah status siaga darurat, tanggap darurat, atau transisi "
        "darurat ke pemulihan yang ditetapkan Bupati.",
        "22. Gladi lapang adalah latihan gabungan berbasis skenario di lapangan yang melibatkan "
        "Pusdalops PB, TRC, Pos Siaga, Relawan, dan instansi mitra.",
    ),
    BR(),
    H1("BAB II MAKSUD, TUJUAN, DAN RUANG LINGKUP"),
    H2("Pasal 2"),
    P(
        "(1) Peraturan Kepala Pelaksana ini dimaksudkan sebagai pedoman perencanaan, pelaksanaan, "
        "pencatatan, dan evaluasi pengembangan kompetensi Pegawai serta pelatihan Relawan."
    ),
    P("(2) Peraturan Kepala Pelaksana ini bertujuan untuk:"),
    L(
        "a. memenuhi hak dan kewajiban pengembangan kompetensi Pegawai ASN;",
        "b. menjamin setiap operator Pusdalops PB, anggota TRC, dan petugas logistik memiliki "
        "pelatihan wajib dan sertifikat yang masih berlaku;",
        "c. memperkuat budaya belajar melalui mentoring, coaching, dan komunitas praktik; dan",
        "d. meningkatkan kecepatan dan keselamatan respons kejadian bencana di Daerah.",
    ),
    H2("Pasal 3"),
    P("Ruang lingkup Peraturan Kepala Pelaksana ini meliputi:"),
    L(
        "a. hak, kewajiban, dan target JP;",
        "b. perencanaan pengembangan kompetensi;",
        "c. jalur dan konversi pengembangan kompetensi;",
        "d. penyelenggaraan BALISA;",
        "e. pelatihan wajib dan sertifikasi;",
        "f. latihan lapangan di Bumi Latih Bukit Lada dan gladi lapang;",
        "g. Program RANGKUL, coaching, dan Lingkar Siaga;",
        "h. ketentuan khusus bagi operator Pusdalops PB, TRC, dan staf logistik;",
        "i. Relawan;",
        "j. laporan pasca-pelatihan;",
        "k. anggaran; dan",
        "l. evaluasi, penghargaan, dan pelaporan.",
    ),
    H1("BAB III HAK, KEWAJIBAN, DAN TARGET JAM PELAJARAN"),
    H2("Bagian Kesatu - Hak dan Kewajiban"),
    H2("Pasal 4"),
    P(
        "(1) Setiap Pegawai berhak memperoleh pengembangan kompetensi sesuai dengan RPI yang telah "
        "disetujui atasan langsung."
    ),
    P("(2) Setiap Pegawai wajib:"),
    L(
        "a. menyusun RPI setiap tahun;",
        "b. memenuhi target JP sebagaimana tercantum dalam Tabel 1;",
        "c. mencatatkan setiap kegiatan pengembangan kompetensi pada e-BALISA; dan",
        "d. menerapkan hasil pelatihan dan menyampaikan laporan pasca-pelatihan.",
    ),
    P(
        "(3) Koordinator Pusdalops PB dan Komandan TRC wajib mengatur jadwal jaga dan piket "
        "sehingga Pegawai dapat mengikuti pengembangan kompetensi tanpa mengurangi kesiapsiagaan "
        "24 jam."
    ),
    H2("Bagian Kedua - Target Jam Pelajaran"),
    H2("Pasal 5"),
    P(
        "(1) Setiap PNS wajib mengikuti pengembangan kompetensi paling sedikit 20 (dua puluh) JP "
        "dalam 1 (satu) tahun."
    ),
    P(
        "(2) BPBD menetapkan target yang lebih tinggi bagi kelompok jabatan tertentu sebagaimana "
        "tercantum dalam Tabel 1."
    ),
    P("(3) Muatan paling sedikit dalam Tabel 1 merupakan bagian dari target JP, bukan tambahan."),
    T(
        "Tabel 1. Target JP per Tahun menurut Kelompok Jabatan",
        ["Kelompok jabatan", "Target JP per tahun", "Muatan paling sedikit / keterangan"],
        [list(r) for r in TARGET],
        [62, 22, 66],
    ),
    H2("Pasal 6"),
    P("(1) Capaian JP dihitung per tahun kalender, dari 1 Januari sampai dengan 31 Desember."),
    P("(2) JP yang melebihi target tidak dapat dialihkan ke tahun berikutnya."),
    P(
        "(3) Pegawai yang berpindah kelompok jabatan dalam satu tahun mengikuti target kelompok "
        "jabatan yang didudukinya pada tanggal 1 September tahun berjalan."
    ),
    P(
        "(4) Pegawai yang menjalani cuti melahirkan, cuti besar, atau cuti di luar tanggungan "
        "negara lebih dari 2 (dua) bulan dalam tahun berjalan memperoleh target JP secara "
        "proporsional. Ketentuan mengenai hak cuti mengikuti peraturan perundang-undangan dan tidak "
        "diatur dalam Peraturan Kepala Pelaksana ini."
    ),
    H2("Bagian Ketiga - PPPK, Tenaga Alih Daya, dan Relawan"),
    H2("Pasal 7"),
    P(
        "(1) PPPK penuh waktu memiliki target 20 (dua puluh) JP per tahun dan difasilitasi "
        "pengembangan kompetensi paling banyak 24 (dua puluh empat) JP dalam 1 (satu) tahun masa "
        "perjanjian kerja."
    ),
    P(
        "(2) PPPK penuh waktu yang menjadi anggota TRC atau operator Pusdalops PB mengikuti target "
        "kelompok jabatannya dalam Tabel 1; JP di atas batas fasilitasi sebagaimana dimaksud pada "
        "ayat (1) dipenuhi dari kegiatan nonklasikal tanpa biaya, terutama gladi lapang dan latihan "
        "rutin regu."
    ),
    P(
        "(3) PPPK paruh waktu memiliki target 8 (delapan) JP per tahun yang diutamakan dari SRW-118 "
        "dan modul daring e-BALISA."
    ),
    H2("Pasal 8"),
    P(
        "(1) Tenaga alih daya bukan Pegawai ASN sehingga tidak memiliki target JP dan JP-nya tidak "
        "dicatat pada e-BALISA."
    ),
    P(
        "(2) Tenaga alih daya yang bertugas sebagai pengemudi kendaraan rescue atau truk logistik "
        "wajib mengikuti SRW-120, dan tenaga alih daya lainnya dapat mengikuti SRW-118."
    ),
    P(
        "(3) Kehadiran tenaga alih daya dalam pelatihan dicatat dalam daftar hadir mitra dan "
        "dilaporkan kepada perusahaan penyedia jasa, tidak sebagai JP."
    ),
    BR(),
    H1("BAB IV PERENCANAAN PENGEMBANGAN KOMPETENSI"),
    H2("Pasal 9"),
    P(
        "(1) Subbagian Umum dan Kepegawaian melaksanakan analisis kebutuhan pengembangan "
        "kompetensi setiap bulan Juli sampai dengan Agustus untuk tahun berikutnya."
    ),
    P("(2) Analisis kebutuhan menggunakan data:"),
    L(
        "a. kesenjangan kompetensi hasil pemetaan jabatan;",
        "b. kesenjangan kinerja hasil evaluasi kinerja Pegawai;",
        "c. masa berlaku sertifikat Rescuer Air dan pelatihan wajib;",
        "d. rekapitulasi RPI tahun berjalan;",
        "e. hasil kajian pascaoperasi (after action review) kejadian bencana; dan",
        "f. hasil evaluasi gladi lapang.",
    ),
    H2("Pasal 10"),
    P("(1) RPI disusun melalui e-BALISA dengan jadwal sebagai berikut:"),
    L(
        "a. Pegawai mengisi RPI paling lambat tanggal 31 Januari;",
        "b. atasan langsung menyetujui RPI paling lambat tanggal 10 Februari;",
        "c. Kepala Bidang, Koordinator Pusdalops PB, dan Komandan TRC menyampaikan rekapitulasi RPI "
        "unitnya kepada Subbagian Umum dan Kepegawaian paling lambat tanggal 25 Februari; dan",
        "d. Kalaksa menetapkan Rencana Pengembangan Kompetensi Tahunan BPBD paling lambat tanggal "
        "15 Maret.",
    ),
    P(
        "(2) RPI dapat diubah paling banyak 1 (satu) kali dalam satu tahun, paling lambat tanggal "
        "31 Juli, dengan persetujuan atasan langsung."
    ),
    H1("BAB V JALUR DAN KONVERSI PENGEMBANGAN KOMPETENSI"),
    H2("Bagian Kesatu - Jalur Pengembangan Kompetensi"),
    H2("Pasal 11"),
    P("(1) Pengembangan kompetensi dilaksanakan melalui jalur pendidikan dan jalur pelatihan."),
    P("(2) Jalur pelatihan terdiri atas pelatihan klasikal dan pelatihan nonklasikal."),
    P(
        "(3) Pelatihan klasikal antara lain pelatihan teknis kebencanaan, pelatihan fungsional, "
        "seminar, workshop, dan kursus."
    ),
    P(
        "(4) Pelatihan nonklasikal antara lain modul daring, coaching, Program RANGKUL, magang, "
        "Lingkar Siaga, gladi lapang, kajian pascaoperasi, dan studi tiru."
    ),
    H2("Pasal 12"),
    P(
        "Jalur pendidikan berupa tugas belajar dan izin belajar dilaksanakan sesuai Peraturan Bupati "
        "tentang tugas belajar dan izin belajar dan tidak diatur dalam Peraturan Kepala Pelaksana "
        "ini."
    ),
    H2("Bagian Kedua - Konversi ke dalam JP"),
    H2("Pasal 13"),
    P("(1) Kegiatan nonklasikal dan kegiatan eksternal dikonversi ke dalam JP menurut Tabel 2."),
    P(
        "(2) Konversi diajukan Pegawai melalui menu Klaim JP pada e-BALISA paling lambat 14 (empat "
        "belas) hari kalender setelah kegiatan, dengan melampirkan bukti."
    ),
    P("(3) Klaim diverifikasi Subbagian Umum dan Kepegawaian paling lama 5 (lima) hari kerja."),
    P("(4) Batas paling banyak dalam Tabel 2 berlaku per Pegawai."),
    T(
        "Tabel 2. Konversi Kegiatan ke dalam JP",
        ["Kegiatan", "Satuan", "JP diakui", "Batas"],
        [list(r) for r in KONVERSI],
        [64, 30, 22, 40],
    ),
    H2("Pasal 14"),
    P(
        "(1) Kegiatan eksternal yang dibiayai BPBD memerlukan surat tugas Kalaksa yang diajukan "
        "paling lambat 7 (tujuh) hari kerja sebelum kegiatan."
    ),
    P(
        "(2) Sertifikat kegiatan eksternal diunggah ke e-BALISA paling lambat 7 (tujuh) hari "
        "kalender setelah kegiatan berakhir."
    ),
    BR(),
    H1("BAB VI BALAI LATIH SIAGA RAWI"),
    H2("Bagian Kesatu - Penyelenggaraan"),
    H2("Pasal 15"),
    P(
        "(1) BALISA diselenggarakan oleh Subbagian Umum dan Kepegawaian bersama bidang teknis, "
        "Pusdalops PB, dan TRC berdasarkan katalog tahunan sebagaimana tercantum dalam Lampiran I."
    ),
    P("(2) Pelatihan BALISA tidak dipungut biaya."),
    P(
        "(3) Pelatihan klasikal BALISA dilaksanakan pukul 07.30-15.30 WITA, kecuali hari Jumat "
        "pukul 07.30-11.30 WITA, atau sebagaimana ditentukan lain dalam katalog."
    ),
    P(
        "(4) Satu hari pelatihan klasikal paling banyak 8 (delapan) JP dan satu hari pelatihan "
        "daring paling banyak 5 (lima) JP."
    ),
    P(
        "(5) Pegawai perangkat daerah lain, anggota Tagana, dan Relawan dapat mengikuti BALISA "
        "sepanjang kuota masih tersedia, atas persetujuan Sekretaris."
    ),
    H2("Bagian Kedua - Pendaftaran"),
    H2("Pasal 16"),
    P(
        "(1) Pendaftaran dilakukan melalui e-BALISA paling lambat 10 (sepuluh) hari kalender "
        "sebelum pelatihan dimulai dan harus disetujui atasan langsung."
    ),
    P("(2) Prioritas peserta diberikan kepada:"),
    L(
        "a. Pegawai yang pelatihan wajibnya belum dipenuhi atau akan habis masa berlakunya;",
        "b. Pegawai Pos Siaga I Pesisir dan Pos Siaga II Hulu;",
        "c. Pegawai dengan capaian JP tahun berjalan paling rendah; dan",
        "d. Pegawai baru dalam 1 (satu) tahun pertama.",
    ),
    P(
        "(3) Pegawai yang masih memiliki Formulir LAP-3 terlambat tidak dapat mendaftar pelatihan "
        "BALISA berikutnya."
    ),
    H2("Bagian Ketiga - Kehadiran dan Kelulusan"),
    H2("Pasal 17"),
    P(
        "(1) Presensi dilakukan dengan memindai kode QR pada e-BALISA, dibuka 30 (tiga puluh) menit "
        "sebelum sampai 10 (sepuluh) menit setelah sesi dimulai."
    ),
    P("(2) Peserta dinyatakan lulus dan memperoleh sertifikat apabila:"),
    L(
        "a. kehadiran paling sedikit 85% (delapan puluh lima persen) dari seluruh JP;",
        "b. nilai akhir paling rendah 70 (tujuh puluh), atau nilai praktik paling rendah 75 (tujuh "
        "puluh lima) untuk SRW-108, SRW-109, dan SRW-121; dan",
        "c. menyampaikan laporan pasca-pelatihan sesuai Pasal 36.",
    ),
    P(
        "(3) Sertifikat elektronik diterbitkan di e-BALISA paling lambat 7 (tujuh) hari kerja "
        "setelah pelatihan berakhir."
    ),
    H2("Bagian Keempat - Pembatalan"),
    H2("Pasal 18"),
    P(
        "(1) Pembatalan keikutsertaan dilakukan paling lambat 3 (tiga) hari kerja sebelum "
        "pelatihan melalui e-BALISA."
    ),
    P(
        "(2) Pegawai yang 2 (dua) kali tidak hadir tanpa pembatalan dalam 1 (satu) tahun tidak "
        "dapat mendaftar BALISA selama 3 (tiga) bulan."
    ),
    P(
        "(3) Ketidakhadiran karena Pegawai diaktifkan dalam operasi tanggap darurat berdasarkan "
        "surat perintah Kalaksa tidak dihitung sebagai ketidakhadiran."
    ),
    H2("Pasal 19"),
    P(
        "(1) Dalam hal Bupati menetapkan status keadaan darurat, pelatihan klasikal yang pesertanya "
        "berasal dari Pusdalops PB dan TRC ditunda dan peserta kembali ke unit masing-masing."
    ),
    P(
        "(2) Pelatihan yang ditunda dijadwalkan ulang oleh Sekretaris paling lambat 30 (tiga "
        "puluh) hari kalender setelah status keadaan darurat berakhir; JP yang telah diikuti tetap "
        "diakui."
    ),
    BR(),
    H1("BAB VII PELATIHAN WAJIB DAN SERTIFIKASI"),
    H2("Pasal 20"),
    P(
        "(1) Pelatihan wajib adalah pelatihan yang harus dimiliki Pegawai sesuai tugasnya dan masih "
        "berlaku."
    ),
    P(
        "(2) Jenis, sasaran, periode, dan akibat apabila pelatihan wajib tidak dipenuhi tercantum "
        "dalam Tabel 3."
    ),
    T(
        "Tabel 3. Pelatihan Wajib",
        ["Pelatihan", "Sasaran", "Periode/masa berlaku", "Akibat bila tidak dipenuhi"],
        [list(r) for r in WAJIB],
        [46, 40, 32, 42],
    ),
    H2("Pasal 21"),
    P(
        "(1) Sertifikasi kompetensi Rescuer Air diatur dalam Keputusan Kepala Pelaksana Nomor "
        "360/021/BPBD/2026 tentang Sertifikasi dan Pemeliharaan Kompetensi Rescuer Air."
    ),
    P(
        "(2) Ketentuan mengenai angka kredit, kenaikan jenjang jabatan fungsional, tunjangan "
        "jabatan fungsional, dan tunjangan tambahan penghasilan pegawai mengikuti peraturan "
        "perundang-undangan dan tidak diatur dalam Peraturan Kepala Pelaksana ini."
    ),
    H1("BAB VIII LATIHAN LAPANGAN DAN GLADI LAPANG"),
    H2("Bagian Kesatu - Bumi Latih Bukit Lada"),
    H2("Pasal 22"),
    P(
        "(1) Latihan lapangan diselenggarakan di Bumi Latih Bukit Lada sesuai ketentuan fasilitas "
        "dalam Tabel 4."
    ),
    P(
        "(2) Bumi Latih Bukit Lada dikelola oleh Koordinator Bumi Latih Bukit Lada di bawah Bidang "
        "Kedaruratan dan Logistik."
    ),
    P(
        "(3) Unit yang akan memakai Bumi Latih Bukit Lada untuk latihan rutin regu mengajukan "
        "pemesanan paling lambat 5 (lima) hari kerja sebelumnya melalui e-BALISA."
    ),
    T(
        "Tabel 4. Ketentuan Fasilitas Bumi Latih Bukit Lada",
        [
            "Fasilitas",
            "Peserta per sesi",
            "Lama sesi",
            "Rasio instruktur : peserta",
            "Syarat khusus",
        ],
        [list(r) for r in FASILITAS],
        [40, 20, 18, 24, 60],
    ),
    H2("Pasal 23"),
    P(
        "(1) Latihan di kolam arus dan di sungai ditunda apabila status Sungai Rawi Besar berada "
        "pada tingkat Siaga atau Awas, atau terjadi hujan lebat di hulu."
    ),
    P(
        "(2) Latihan di menara tali dihentikan apabila terdapat petir dalam radius 10 km atau "
        "kecepatan angin melebihi 30 km/jam."
    ),
    P(
        "(3) Instruktur mengisi Lembar Penilaian Lapangan (Formulir LPL-1) untuk setiap peserta "
        "paling lambat 3 (tiga) hari kerja setelah latihan."
    ),
    P(
        "(4) Peserta latihan lapangan yang cedera segera dirujuk ke Puskesmas Lada Hulu atau RSUD "
        "Maloko; setiap peserta dilindungi asuransi kecelakaan latihan."
    ),
    H2("Bagian Kedua - Gladi Lapang"),
    H2("Pasal 24"),
    P(
        "(1) BPBD menyelenggarakan gladi lapang paling sedikit 2 (dua) kali dalam 1 (satu) tahun, "
        "yaitu gladi lapang banjir dan longsor pada semester I dan gladi lapang evakuasi tsunami "
        "pada semester II, atau sebaliknya."
    ),
    P(
        "(2) Gladi lapang melibatkan Pusdalops PB, TRC, Pos Siaga, Relawan, TNI, Polri, Kantor "
        "SAR, dan pemerintah desa."
    ),
    P("(3) Keikutsertaan dalam gladi lapang dikonversi 6 (enam) JP per hari sesuai Tabel 2."),
    P(
        "(4) Pegawai yang mengikuti gladi lapang pada hari libur memperoleh 1 (satu) hari pengganti "
        "yang diambil paling lambat 30 (tiga puluh) hari kalender setelah gladi lapang."
    ),
    BR(),
    H1("BAB IX PROGRAM RANGKUL, COACHING, DAN LINGKAR SIAGA"),
    H2("Bagian Kesatu - Program RANGKUL"),
    H2("Pasal 25"),
    P(
        "(1) Program RANGKUL wajib diikuti anggota baru TRC pada tahun pertama sebagai anggota TRC, "
        "yaitu CPNS, PPPK penuh waktu, dan PNS yang baru dimutasikan ke TRC."
    ),
    P(
        "(2) Program RANGKUL berlangsung selama 6 (enam) bulan dan dibuka 2 (dua) angkatan per "
        "tahun."
    ),
    P(
        "(3) Anggota binaan belum dapat melaksanakan tugas lapangan mandiri sebelum dinyatakan "
        "lulus Program RANGKUL."
    ),
    H2("Pasal 26"),
    P("(1) Pendamping lapangan harus memenuhi syarat:"),
    L(
        "a. anggota TRC dengan masa kerja paling singkat 5 (lima) tahun;",
        "b. menduduki JF Penata Penanggulangan Bencana paling rendah jenjang Mahir;",
        "c. memiliki sertifikat Rescuer Air yang masih berlaku;",
        "d. telah lulus SRW-119 Pelatihan Pendamping Lapangan RANGKUL; dan",
        "e. bukan atasan langsung anggota binaan.",
    ),
    P("(2) Setiap pendamping lapangan membina paling banyak 2 (dua) anggota binaan."),
    P("(3) Pendamping lapangan ditetapkan dengan Keputusan Kalaksa untuk setiap angkatan."),
    H2("Pasal 27"),
    P("(1) Pendamping lapangan menerima honorarium Rp250.000 per anggota binaan per bulan."),
    P(
        "(2) Anggota binaan dinyatakan lulus apabila nilai penilaian akhir (Formulir SJ-3) paling "
        "rendah 80 (delapan puluh) dan seluruh log pendampingan telah diverifikasi."
    ),
    H2("Bagian Kedua - Coaching"),
    H2("Pasal 28"),
    P(
        "(1) Setiap atasan langsung melaksanakan coaching bagi bawahannya paling sedikit 1 (satu) "
        "kali setiap triwulan dengan model TIRTA (Tujuan, Identifikasi, Rencana aksi, TAnggung "
        "jawab)."
    ),
    P("(2) Sesi coaching dicatat pada e-BALISA paling lambat 5 (lima) hari kerja setelah sesi."),
    H2("Bagian Ketiga - Lingkar Siaga"),
    H2("Pasal 29"),
    P(
        "(1) Lingkar Siaga bertemu 1 (satu) kali setiap bulan pada hari Jumat minggu ketiga, pukul "
        "13.30-15.00 WITA, secara tatap muka dan daring."
    ),
    P(
        "(2) Pertemuan Lingkar Siaga dipandu oleh seorang pemantik yang menyiapkan kasus atau "
        "pengalaman penanganan kejadian."
    ),
    P(
        "(3) Notula dan rekaman pertemuan diunggah ke e-BALISA paling lambat 3 (tiga) hari kerja "
        "setelah pertemuan."
    ),
    BR(),
    H1("BAB X KETENTUAN KHUSUS PUSDALOPS PB, TRC, DAN STAF LOGISTIK"),
    H2("Bagian Kesatu - Pusdalops PB"),
    H2("Pasal 30"),
    P(
        "(1) Pusdalops PB dilaksanakan oleh 4 (empat) regu operator dalam 3 (tiga) shift, yaitu "
        "shift pagi pukul 07.00-15.00 WITA, shift sore pukul 15.00-23.00 WITA, dan shift malam pukul "
        "23.00-07.00 WITA."
    ),
    P(
        "(2) Dari setiap regu paling banyak 2 (dua) operator yang dapat mengikuti pelatihan pada "
        "hari yang sama."
    ),
    P(
        "(3) Operator yang baru selesai shift malam tidak dijadwalkan mengikuti pelatihan klasikal "
        "pada hari yang sama."
    ),
    P(
        "(4) Operator yang mengikuti pelatihan pada hari liburnya memperoleh 1 (satu) hari pengganti "
        "yang diambil paling lambat 30 (tiga puluh) hari kalender setelah pelatihan."
    ),
    H2("Bagian Kedua - TRC"),
    H2("Pasal 31"),
    P(
        "(1) TRC melaksanakan piket 24 jam secara bergantian oleh Regu Alfa, Regu Bravo, dan Regu "
        "Charlie."
    ),
    P(
        "(2) Paling banyak sepertiga anggota regu yang sedang piket dapat mengikuti pelatihan pada "
        "hari yang sama."
    ),
    P(
        "(3) Setiap regu TRC melaksanakan latihan rutin regu paling sedikit 1 (satu) kali setiap "
        "bulan di Bumi Latih Bukit Lada."
    ),
    H2("Bagian Ketiga - Staf Logistik dan Peralatan"),
    H2("Pasal 32"),
    P(
        "(1) Staf logistik dan peralatan yang mengoperasikan forklift wajib memiliki sertifikat "
        "SRW-115 yang masih berlaku."
    ),
    P(
        "(2) Pelatihan bagi staf gudang tidak dijadwalkan pada minggu pertama setiap bulan karena "
        "bertepatan dengan stock opname Gudang Logistik BPBD."
    ),
    H1("BAB XI RELAWAN"),
    H2("Pasal 33"),
    P(
        "(1) Relawan bukan ASN sehingga tidak memiliki target JP dan keikutsertaannya dalam "
        "pelatihan tidak dicatat sebagai JP."
    ),
    P(
        "(2) Keikutsertaan Relawan dicatat dalam Buku Induk Relawan yang dikelola Koordinator "
        "Relawan."
    ),
    P(
        "(3) Relawan yang lulus SRW-118 memperoleh Kartu Relawan Terlatih yang berlaku 2 (dua) "
        "tahun."
    ),
    H2("Pasal 34"),
    P(
        "(1) Relawan peserta pelatihan BALISA memperoleh uang transport Rp75.000 per hari "
        "pelatihan dan dilindungi asuransi kecelakaan selama pelatihan."
    ),
    P(
        "(2) Relawan tidak memperoleh honorarium, uang harian, atau uang lembur dari anggaran "
        "pengembangan kompetensi."
    ),
    P(
        "(3) Relawan dapat mengikuti sertifikasi Rescuer Air Tingkat I sesuai Keputusan Kepala "
        "Pelaksana Nomor 360/021/BPBD/2026."
    ),
    BR(),
    H1("BAB XII LAPORAN PASCA-PELATIHAN"),
    H2("Pasal 35"),
    P(
        "(1) Laporan pasca-pelatihan disusun melalui e-BALISA dan diverifikasi atasan langsung "
        "paling lama 5 (lima) hari kerja setelah diterima."
    ),
    P(
        "(2) Tata cara pengisian laporan pasca-pelatihan diatur dalam pedoman laporan pasca-"
        "pelatihan yang ditetapkan Sekretaris."
    ),
    H2("Pasal 36"),
    P(
        "(1) Peserta pelatihan kurang dari 12 JP menyampaikan Formulir REF-1 paling lambat 3 (tiga) "
        "hari kerja setelah pelatihan."
    ),
    P(
        "(2) Peserta pelatihan 12 JP sampai dengan 31 JP menyampaikan Formulir REF-1 dan Formulir "
        "RTL-2 paling lambat 7 (tujuh) hari kerja setelah pelatihan."
    ),
    P(
        "(3) Peserta pelatihan 32 JP atau lebih menyampaikan Formulir REF-1 dan Formulir RTL-2 "
        "paling lambat 7 (tujuh) hari kerja setelah pelatihan dan Formulir LAP-3 paling lambat 60 "
        "(enam puluh) hari kalender setelah pelatihan."
    ),
    P(
        "(4) JP pelatihan yang Formulir LAP-3-nya belum disampaikan sampai batas waktu berstatus "
        "Ditangguhkan dan tidak dihitung dalam capaian JP sampai formulir disampaikan."
    ),
    P(
        "(5) Perpanjangan batas waktu laporan pasca-pelatihan hanya dapat diberikan oleh "
        "Sekretaris untuk seluruh peserta satu angkatan, tidak untuk perorangan."
    ),
    H1("BAB XIII ANGGARAN"),
    H2("Pasal 37"),
    P(
        "(1) Pengembangan kompetensi Pegawai dan pelatihan Relawan dibiayai dari APBD Kabupaten "
        "Sindang Rawi pada DPA BPBD."
    ),
    P("(2) Rincian anggaran Tahun 2026 tercantum dalam Tabel 5."),
    P(
        "(3) Pergeseran anggaran antarbaris dalam Tabel 5 paling banyak 10% (sepuluh persen) dari "
        "pagu baris asal dengan persetujuan Kalaksa."
    ),
    T(
        "Tabel 5. Anggaran Pengembangan Kompetensi BPBD Tahun 2026",
        ["No", "Uraian", "Sumber dana", "Jumlah (Rp)"],
        _anggaran_rows(),
        [10, 100, 20, 30],
    ),
    BR(),
    H1("BAB XIV EVALUASI, PENGHARGAAN, DAN PELAPORAN"),
    H2("Pasal 38"),
    P(
        "(1) Evaluasi pelatihan dilaksanakan pada tingkat reaksi, pembelajaran, perilaku, dan "
        "hasil."
    ),
    P(
        "(2) Evaluasi reaksi diisi peserta pada e-BALISA paling lambat 2 (dua) hari kerja setelah "
        "pelatihan dengan skala 1 sampai dengan 5."
    ),
    P("(3) Evaluasi perilaku dilakukan atasan langsung melalui Formulir LAP-3."),
    H2("Pasal 39"),
    P(
        "(1) Subbagian Umum dan Kepegawaian menyampaikan rekapitulasi capaian JP per unit setiap "
        "triwulan kepada Kalaksa paling lambat tanggal 15 bulan berikutnya."
    ),
    P("(2) Rekapitulasi tahunan disampaikan paling lambat tanggal 31 Januari tahun berikutnya."),
    H2("Pasal 40"),
    P(
        "(1) Kalaksa memberikan penghargaan Insan Tangguh Pembelajar kepada paling banyak 3 (tiga) "
        "Pegawai setiap tahun."
    ),
    P(
        "(2) Regu TRC dengan rata-rata capaian JP tertinggi memperoleh penghargaan Regu Tangguh "
        "Terbaik."
    ),
    H2("Pasal 41"),
    P("Kontak penanggung jawab pengembangan kompetensi tercantum dalam Tabel 6."),
    T(
        "Tabel 6. Kontak Penanggung Jawab",
        ["Nama", "Jabatan/peran", "Nomor WA"],
        _kontak_rows(),
        [58, 70, 30],
    ),
    H1("BAB XV KETENTUAN PERALIHAN DAN PENUTUP"),
    H2("Pasal 42"),
    P(
        "(1) Sertifikat pelatihan yang diterbitkan berdasarkan Peraturan Kepala Pelaksana Nomor 4 "
        "Tahun 2020 tetap berlaku sampai dengan masa berlakunya berakhir."
    ),
    P(
        "(2) Capaian JP Tahun 2025 dihitung berdasarkan Peraturan Kepala Pelaksana Nomor 4 Tahun "
        "2020."
    ),
    H2("Pasal 43"),
    P(
        "Pada saat Peraturan Kepala Pelaksana ini mulai berlaku, Peraturan Kepala Pelaksana Nomor 4 "
        "Tahun 2020 tentang Pendidikan dan Pelatihan Pegawai Badan Penanggulangan Bencana Daerah "
        "dicabut dan dinyatakan tidak berlaku."
    ),
    H2("Pasal 44"),
    P("Peraturan Kepala Pelaksana ini mulai berlaku pada tanggal diundangkan."),
    P(
        "Ditetapkan di Maloko pada tanggal 5 Januari 2026. KEPALA PELAKSANA BADAN PENANGGULANGAN "
        "BENCANA DAERAH KABUPATEN SINDANG RAWI, ttd. " + KALAKSA + ", NIP " + KALAKSA_NIP + "."
    ),
    P(
        "Diundangkan di Maloko pada tanggal 12 Januari 2026 dalam Berita Daerah Kabupaten Sindang "
        "Rawi Tahun 2026 Nomor 3."
    ),
    BR(),
    H1("LAMPIRAN I KATALOG BALAI LATIH SIAGA RAWI (BALISA) TAHUN 2026"),
    P(
        "Singkatan: Angk. = angkatan; Jan, Feb, Mar, Apr, Jun, Jul, Agu, Sep, Okt, Nov = nama bulan "
        "Tahun 2026. Penanggung jawab setiap pelatihan tercantum dalam Tabel 6."
    ),
    T(
        "Tabel L-1. Katalog BALISA 2026",
        ["Kode", "Nama pelatihan", "Sasaran", "JP", "Metode", "Jadwal 2026", "Tempat", "Kuota"],
        _katalog_rows(),
        [16, 34, 34, 8, 24, 26, 28, 10],
    ),
    P(
        "Catatan Lampiran I: (1) pelatihan blended dihitung menurut total JP-nya; (2) SRW-109 "
        "mensyaratkan SRW-108 dan sertifikat Rescuer Air Tingkat I; (3) SRW-118 diselenggarakan "
        "pada hari Sabtu dan Minggu; (4) SRW-122 dilaksanakan setiap Rabu minggu kedua."
    ),
]

# =========================================================================== certification 2026 (PDF)
SERT_UJI = [
    (
        "Gelombang I",
        "11-12 Mei 2026",
        "Kolam Arus " + BUMI,
        "24 April 2026",
        "14 orang",
        "20 Mei 2026",
    ),
    (
        "Gelombang II",
        "5-6 Oktober 2026",
        "Kolam Arus " + BUMI,
        "18 September 2026",
        "12 orang",
        "14 Oktober 2026",
    ),
]
SERT_TINGKAT = [
    (
        "Tingkat I (Dasar)",
        "lulus SRW-108; tes renang 200 meter paling lama 8 menit dan mengapung 10 menit",
        "teori 75; praktik 80",
        "3 tahun",
        "PNS, PPPK penuh waktu, PPPK paruh waktu, Relawan",
    ),
    (
        "Tingkat II (Lanjut)",
        "memegang Tingkat I paling singkat 1 tahun dan lulus SRW-109",
        "teori 75; praktik 80",
        "3 tahun",
        "PNS dan PPPK penuh waktu",
    ),
]

SERT2026 = [
    C("KEPUTUSAN KEPALA PELAKSANA"),
    C("BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN SINDANG RAWI"),
    C("NOMOR 360/021/BPBD/2026"),
    C("TENTANG"),
    C("SERTIFIKASI DAN PEMELIHARAAN KOMPETENSI RESCUER AIR"),
    P(FIKTIF),
    P(
        "Menimbang: a. bahwa pertolongan di air pada banjir Sungai Rawi Besar memerlukan rescuer "
        "air dengan kompetensi yang terukur dan dipelihara; b. bahwa Keputusan Kepala Pelaksana "
        "Nomor 360/114/BPBD/2022 tentang Sertifikasi Rescuer Air BPBD hanya mengenal satu tingkat "
        "sertifikat, tidak mengatur pemeliharaan kompetensi secara memadai, dan tidak membuka "
        "kesempatan bagi PPPK dan Relawan, sehingga perlu diganti."
    ),
    P(
        "Mengingat: Peraturan Kepala Pelaksana Nomor 2 Tahun 2026 tentang Pengembangan Kompetensi "
        "Pegawai dan Relawan Badan Penanggulangan Bencana Daerah."
    ),
    H1("MEMUTUSKAN"),
    P(
        "KESATU: Sertifikat Rescuer Air terdiri atas 2 (dua) tingkat sebagaimana tercantum dalam "
        "Tabel 1."
    ),
    T(
        "Tabel 1. Tingkat Sertifikat Rescuer Air",
        ["Tingkat", "Syarat mengikuti uji", "Nilai lulus", "Masa berlaku", "Yang dapat mengikuti"],
        [list(r) for r in SERT_TINGKAT],
        [30, 56, 26, 20, 40],
    ),
    P(
        "KEDUA: Uji sertifikasi terdiri atas uji teori berupa 40 soal pilihan ganda dalam 60 menit "
        "dan uji praktik berupa penyelamatan dengan throw bag, pengoperasian perahu karet, dan "
        "penyelamatan diri (self-rescue) di arus. Uji dimulai pukul 07.00 WITA dan dinilai oleh "
        "tim penguji 3 (tiga) orang, paling sedikit 1 (satu) orang dari Kantor SAR."
    ),
    P(
        "KETIGA: Biaya uji sertifikasi sebesar Rp1.400.000 per peserta. Uji pertama bagi PNS dan "
        "PPPK dibiayai APBD pada DPA BPBD. Uji ulang dikenakan biaya Rp700.000 yang ditanggung "
        "peserta. Relawan membiayai sendiri atau dibiayai lembaga pengusulnya."
    ),
    P(
        "KEEMPAT: Peserta yang tidak lulus dapat mengikuti uji ulang paling cepat 1 (satu) bulan "
        "setelah uji sebelumnya dan paling banyak 2 (dua) kali dalam 1 (satu) tahun."
    ),
    P(
        "KELIMA: Pemegang sertifikat wajib memelihara kompetensinya dengan mengikuti paling sedikit "
        "16 JP per tahun yang relevan dengan pertolongan di air, termasuk paling sedikit 2 (dua) "
        "kali latihan di kolam arus atau di sungai. Pemegang sertifikat yang tidak memenuhi "
        "ketentuan ini tidak dapat memperpanjang sertifikatnya tanpa uji ulang."
    ),
    P(
        "KEENAM: Perpanjangan sertifikat diajukan melalui e-BALISA paling lambat 60 (enam puluh) "
        "hari sebelum masa berlaku berakhir. Sertifikat yang telah berakhir lebih dari 6 (enam) "
        "bulan hanya dapat diperoleh kembali melalui uji sertifikasi penuh."
    ),
    P(
        "KETUJUH: Jadwal uji sertifikasi Tahun 2026 sebagaimana tercantum dalam Tabel 2. "
        "Pendaftaran dilakukan melalui e-BALISA dengan melampirkan sertifikat SRW-108 (Tingkat I) "
        "atau SRW-109 (Tingkat II), surat keterangan sehat, dan persetujuan atasan langsung. Berkas "
        "kertas tidak diterima."
    ),
    T(
        "Tabel 2. Jadwal Uji Sertifikasi Rescuer Air Tahun 2026",
        ["Gelombang", "Tanggal uji", "Tempat", "Batas pendaftaran", "Kuota", "Pengumuman hasil"],
        [list(r) for r in SERT_UJI],
        [24, 28, 44, 28, 18, 28],
    ),
    P(
        "KEDELAPAN: Pemegang sertifikat Rescuer Air Tingkat I dapat memasuki arus dengan kecepatan "
        "sampai dengan 1,5 meter per detik; operasi pada arus lebih deras dipimpin pemegang "
        "sertifikat Tingkat II."
    ),
    P(
        "KESEMBILAN: Koordinator sertifikasi adalah " + KOORD_SERT + ", Komandan Regu Bravo TRC, "
        "WA " + WA_SERT + "."
    ),
    P(
        "KESEPULUH: Ketentuan peralihan: sertifikat Rescuer Air yang diterbitkan berdasarkan "
        "Keputusan Kepala Pelaksana Nomor 360/114/BPBD/2022 tetap berlaku sampai dengan tanggal "
        "berakhirnya, tetapi paling lama sampai dengan 31 Desember 2027, dan disetarakan dengan "
        "sertifikat Tingkat I."
    ),
    P(
        "KESEBELAS: Pada saat Keputusan ini mulai berlaku, Keputusan Kepala Pelaksana Nomor "
        "360/114/BPBD/2022 tentang Sertifikasi Rescuer Air BPBD dicabut dan dinyatakan tidak "
        "berlaku."
    ),
    P("KEDUA BELAS: Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    P(
        "Ditetapkan di Maloko pada tanggal 9 Maret 2026. KEPALA PELAKSANA BADAN PENANGGULANGAN "
        "BENCANA DAERAH KABUPATEN SINDANG RAWI, ttd. " + KALAKSA + ", NIP " + KALAKSA_NIP + "."
    ),
]

SERT2022_TXT = """\
KEPUTUSAN KEPALA PELAKSANA
BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN SINDANG RAWI
NOMOR 360/114/BPBD/2022
TENTANG
SERTIFIKASI RESCUER AIR BPBD

Dokumen fiktif, untuk evaluasi.

[CATATAN ADMIN e-BALISA, 10 Maret 2026: Keputusan ini telah DICABUT dan diganti dengan
Keputusan Kepala Pelaksana Nomor 360/021/BPBD/2026 tentang Sertifikasi dan Pemeliharaan
Kompetensi Rescuer Air, yang ditetapkan dan berlaku sejak 9 Maret 2026. Arsip ini disimpan
hanya sebagai rujukan riwayat.]

KEPALA PELAKSANA BPBD KABUPATEN SINDANG RAWI,

Menimbang: bahwa untuk menjamin keselamatan pertolongan di air perlu menetapkan sertifikasi
rescuer air bagi anggota Tim Reaksi Cepat.

MEMUTUSKAN:

KESATU
Sertifikat Rescuer Air BPBD hanya terdiri atas satu tingkat dan diberikan kepada anggota TRC
berstatus PNS yang lulus uji sertifikasi. PPPK dan relawan tidak dapat mengikuti uji
sertifikasi.

KEDUA
Syarat mengikuti uji: telah mengikuti pelatihan water rescue paling singkat 24 JP dan lulus
tes renang 100 meter tanpa batas waktu.

KETIGA
Uji teori terdiri atas 30 soal dalam 45 menit dengan nilai lulus 65. Uji praktik dinilai
dengan nilai lulus 70.

KEEMPAT
Sertifikat berlaku 4 (empat) tahun sejak tanggal terbit.

KELIMA
Biaya uji sebesar Rp850.000 per peserta dibebankan kepada peserta atau anggaran unit
kerjanya.

KEENAM
Peserta yang tidak lulus dapat mengikuti uji ulang paling cepat 6 (enam) bulan setelah uji
sebelumnya.

KETUJUH
Pemegang sertifikat wajib mengikuti latihan penyegaran paling sedikit 10 JP per tahun.

KEDELAPAN
Uji sertifikasi dilaksanakan 1 (satu) kali setahun dengan kuota paling banyak 10 orang.
Uji Tahun 2022 dilaksanakan pada Selasa-Rabu, 14-15 Juni 2022, di Kolam Renang Tirta
Maloko, mulai pukul 08.00 WITA.

KESEMBILAN
Narahubung: Benediktus Kia Ola, Kepala Seksi Kedaruratan, WA 0813-3705-1642.

KESEPULUH
Keputusan ini mulai berlaku pada tanggal ditetapkan.

Ditetapkan di Maloko
pada tanggal 2 Mei 2022
KEPALA PELAKSANA BPBD KABUPATEN SINDANG RAWI,
ttd.
Drs. Lukas Ndolu Bire, M.M.
"""

# =========================================================================== SK RANGKUL (DOCX)
PENDAMPING_JAB = {
    KOORD_RANGKUL: "Penata PB Mahir, TRC Regu Alfa",
    "Daniel Kore Bili, S.ST.": "Penata PB Penyelia, TRC Regu Bravo",
    "I Ketut Sudarma, A.Md.": "Penata PB Mahir, TRC Regu Charlie",
    "Sitti Aminah Lapasere, S.Kep., Ns.": "Penata PB Penyelia, Pos Siaga I Pesisir",
}
PASANGAN = [
    (KOORD_RANGKUL, "Yohanes Ama Lewar", "CPNS formasi 2025", "TRC Regu Alfa"),
    (KOORD_RANGKUL, "Nurhalisa Tamrin, A.Md.Kep.", "PPPK penuh waktu", "TRC Regu Alfa"),
    ("Daniel Kore Bili, S.ST.", "Arif Rahman Hakim", "CPNS formasi 2025", "TRC Regu Bravo"),
    ("Daniel Kore Bili, S.ST.", "Melkianus Ndun", "PPPK penuh waktu", "TRC Regu Bravo"),
    (
        "I Ketut Sudarma, A.Md.",
        "Putri Ayu Wulandari, A.Md.",
        "PPPK penuh waktu",
        "TRC Regu Charlie",
    ),
    (
        "I Ketut Sudarma, A.Md.",
        "Gabriel Nara Teku",
        "PNS mutasi dari Satpol PP",
        "TRC Regu Charlie",
    ),
    (
        "Sitti Aminah Lapasere, S.Kep., Ns.",
        "Rizal Effendi Laratu",
        "CPNS formasi 2025",
        "Pos Siaga I Pesisir",
    ),
]
HONOR_RANGKUL = 250_000
BULAN_RANGKUL = 6


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
                str(BULAN_RANGKUL),
                rp(HONOR_RANGKUL),
                rp(n * BULAN_RANGKUL * HONOR_RANGKUL),
            ]
        )
    tot = sum(per.values())
    rows.append(["", "Jumlah", str(tot), "", "", rp(tot * BULAN_RANGKUL * HONOR_RANGKUL)])
    return rows


SK_RANGKUL = [
    C("KEPUTUSAN KEPALA PELAKSANA BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN SINDANG RAWI"),
    C("NOMOR 800.1.6/019/BPBD/2026"),
    C(
        "TENTANG PENETAPAN PENDAMPING LAPANGAN DAN ANGGOTA BINAAN PROGRAM RANGKUL ANGKATAN I "
        "TAHUN 2026"
    ),
    P(FIKTIF),
    P(
        "Menimbang bahwa untuk melaksanakan Pasal 25 sampai dengan Pasal 27 Peraturan Kepala "
        "Pelaksana Nomor 2 Tahun 2026 tentang Pengembangan Kompetensi Pegawai dan Relawan Badan "
        "Penanggulangan Bencana Daerah perlu menetapkan pendamping lapangan dan anggota binaan "
        "Program RANGKUL Angkatan I Tahun 2026."
    ),
    H1("MEMUTUSKAN"),
    P(
        "KESATU: Menetapkan pendamping lapangan dan anggota binaan Program RANGKUL Angkatan I Tahun "
        "2026 sebagaimana tercantum dalam Tabel 1."
    ),
    P(
        "KEDUA: Program RANGKUL Angkatan I berlangsung selama 6 (enam) bulan, mulai "
        + tgl(2026, 2, 2)
        + " sampai dengan "
        + tgl(2026, 7, 31)
        + ". Pembukaan dilaksanakan pada "
        + tgl(2026, 2, 2)
        + " pukul 08.00 WITA di Bumi Latih Bukit Lada; Forum Tengah pada "
        + tgl(2026, 4, 30)
        + " pukul 09.00 WITA di "
        + AULA
        + "; dan Forum Akhir pada "
        + tgl(2026, 7, 28)
        + " di Bumi Latih Bukit Lada."
    ),
    P(
        "KETIGA: Koordinator program adalah " + KOORD_RANGKUL + " (Penata Penanggulangan Bencana "
        "Mahir), WA " + WA_RANGKUL + ". Dalam Angkatan I koordinator program juga bertugas sebagai "
        "pendamping lapangan."
    ),
    P(
        "KEEMPAT: Pendamping lapangan menerima honorarium Rp250.000 per anggota binaan per bulan "
        "selama 6 bulan, dibebankan pada DPA BPBD Tahun Anggaran 2026, sebagaimana tercantum dalam "
        "Tabel 2. Honorarium dibayarkan setiap akhir bulan ketiga dan keenam setelah Log "
        "Pendampingan (Formulir SJ-2) diverifikasi koordinator."
    ),
    P(
        "KELIMA: Pendamping lapangan yang berhalangan lebih dari 3 (tiga) minggu, termasuk karena "
        "penugasan operasi tanggap darurat di luar Daerah, digantikan sementara oleh pendamping "
        "lapangan lain yang ditunjuk koordinator; honorarium dibayarkan kepada pendamping yang "
        "melaksanakan pendampingan."
    ),
    P(
        "KEENAM: Anggota binaan di Pos Siaga I Pesisir dapat mengikuti pertemuan refleksi secara "
        "daring, kecuali Pembukaan, Forum Tengah, dan Forum Akhir."
    ),
    T(
        "Tabel 1. Pendamping Lapangan dan Anggota Binaan Program RANGKUL Angkatan I Tahun 2026",
        [
            "No",
            "Nama pendamping lapangan",
            "Jabatan/regu pendamping",
            "Nama anggota binaan",
            "Status anggota binaan",
            "Regu/unit anggota binaan",
        ],
        _pasangan_rows(),
        [6, 34, 32, 32, 26, 28],
        header2=[("No", 1), ("Pendamping Lapangan", 2), ("Anggota Binaan", 3)],
    ),
    T(
        "Tabel 2. Honorarium Pendamping Lapangan Program RANGKUL Angkatan I",
        [
            "No",
            "Pendamping lapangan",
            "Jumlah anggota binaan",
            "Bulan",
            "Honor per binaan per bulan (Rp)",
            "Jumlah (Rp)",
        ],
        _honor_rows(),
        [6, 42, 18, 10, 26, 22],
    ),
    P(
        "Ditetapkan di Maloko pada tanggal 26 Januari 2026. KEPALA PELAKSANA BPBD KABUPATEN SINDANG "
        "RAWI, ttd. " + KALAKSA
    ),
]


# =========================================================================== RAB BALISA (DOCX)
def _rab_rows():
    rows = []
    for i, (k, n, a, p, c) in enumerate(RAB, 1):
        rows.append([str(i), k, n, str(a), str(p) if p else "-", rp(c), rp(a * c), "APBD"])
    rows.append(["", "", "Jumlah", str(sum(r[2] for r in RAB)), "", "", rp(RAB_TOTAL), "APBD"])
    return rows


RAB_DOC = [
    C("RENCANA ANGGARAN BIAYA BALAI LATIH SIAGA RAWI (BALISA) TAHUN 2026"),
    C("SUBBAGIAN UMUM DAN KEPEGAWAIAN BPBD KABUPATEN SINDANG RAWI"),
    P(FIKTIF),
    P(
        'Rencana anggaran ini merinci baris "Balai Latih Siaga Rawi (BALISA)" pada Tabel 5 '
        "Peraturan Kepala Pelaksana Nomor 2 Tahun 2026. Biaya per angkatan mencakup honorarium "
        "instruktur, konsumsi, modul, bahan praktik, sewa peralatan, dan sertifikat. Seluruh "
        "kegiatan dibiayai dari APBD Kabupaten Sindang Rawi Tahun Anggaran 2026."
    ),
    T(
        "Tabel Rincian Anggaran BALISA 2026",
        [
            "No",
            "Kode",
            "Kegiatan",
            "Jumlah angkatan",
            "Peserta per angkatan",
            "Biaya per angkatan",
            "Jumlah",
            "Sumber dana",
        ],
        _rab_rows(),
        [6, 16, 52, 14, 14, 22, 22, 14],
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
        "1. Komponen terbesar SRW-109 adalah sewa 3 perahu karet tambahan, honorarium instruktur "
        "dari Kantor SAR, dan asuransi latihan di sungai sebesar Rp18.750.000.",
        "2. Biaya SRW-108 dan SRW-121 per angkatan sudah termasuk penggantian tali kernmantel dan "
        "karabiner yang aus sebesar Rp6.200.000 per angkatan.",
        "3. Biaya SRW-115 per angkatan sudah termasuk biaya uji Surat Izin Operator (SIO) forklift "
        "oleh lembaga K3 sebesar Rp1.450.000 per peserta.",
        "4. SRW-118 diselenggarakan di tiga lokasi (Maloko, Pantai Seruni, Lawe Tinggi); uang "
        "transport relawan Rp75.000 per hari tidak termasuk dalam tabel ini dan dianggarkan pada "
        "baris uang transport dan asuransi relawan.",
        "5. Honorarium instruktur internal BPBD dibayarkan sesuai standar biaya masukan Kabupaten "
        "Sindang Rawi.",
        "6. Disusun oleh " + KASUBAG_UK + " (Kepala Subbagian Umum dan Kepegawaian), 8 Januari "
        "2026; disetujui Sekretaris, " + SEKRETARIS,
    ),
]

DOCS = {
    "perkalaksa-pengembangan-kompetensi-bpbd-2026": (
        "pdf",
        PERKALAKSA,
        "Perkalaksa BPBD Kab. Sindang Rawi No. 2 Tahun 2026",
    ),
    "kepkalaksa-sertifikasi-rescuer-air-2026": (
        "pdf",
        SERT2026,
        "Keputusan Kalaksa BPBD Kab. Sindang Rawi No. 360/021/BPBD/2026",
    ),
    "sk-pendamping-rangkul-angkatan-i-2026": (
        "docx",
        SK_RANGKUL,
        "Keputusan Kalaksa Program RANGKUL Angkatan I",
    ),
    "rab-balisa-2026": ("docx", RAB_DOC, "RAB BALISA 2026"),
}


# =========================================================================== XLSX workbook
XLSX_NAME = "rekap-jp-bpbd-2025.xlsx"
# group, [unit, PNS, PPPK, PPPK paruh waktu, tenaga alih daya, total JP ASN, ASN reaching target]
UNIT_2025 = [
    (
        "SEKRETARIAT DAN BIDANG",
        [
            (
                "Sekretariat (Subbagian Umum dan Kepegawaian, Keuangan, Program)",
                14,
                4,
                3,
                6,
                402,
                15,
            ),
            ("Bidang Pencegahan dan Kesiapsiagaan", 9, 2, 0, 0, 298, 9),
            ("Bidang Kedaruratan dan Logistik (termasuk Gudang Logistik)", 11, 5, 4, 8, 341, 12),
            ("Bidang Rehabilitasi dan Rekonstruksi", 8, 1, 0, 0, 231, 7),
        ],
    ),
    (
        "PUSDALOPS PB, TRC, DAN POS SIAGA",
        [
            ("Pusdalops PB", 10, 6, 0, 0, 389, 12),
            ("Tim Reaksi Cepat (Regu Alfa, Bravo, Charlie)", 18, 12, 0, 0, 1062, 22),
            ("Pos Siaga I Pesisir (Pantai Seruni)", 6, 4, 3, 2, 214, 7),
            ("Pos Siaga II Hulu (Lawe Tinggi)", 5, 3, 2, 1, 142, 4),
        ],
    ),
]
RESCUER = [
    (
        "Yosep Nggadas, S.ST.",
        "19820611 200604 1 009",
        "Komandan TRC",
        "TRC",
        "RA/2022/003",
        "15 Juni 2022",
        "15 Juni 2026",
        "Aktif",
    ),
    (
        "Stefanus Leo Kelen, S.ST.",
        "19850903 200902 1 004",
        "Komandan Regu Bravo",
        "TRC Regu Bravo",
        "RA/2022/005",
        "15 Juni 2022",
        "15 Juni 2026",
        "Aktif",
    ),
    (
        "Fransiskus Xaverius Wea, A.Md.",
        "19880417 201101 1 002",
        "Penata PB Mahir",
        "TRC Regu Alfa",
        "RA/2022/008",
        "15 Juni 2022",
        "15 Juni 2026",
        "Aktif",
    ),
    (
        "Daniel Kore Bili, S.ST.",
        "19870125 201001 1 006",
        "Penata PB Penyelia",
        "TRC Regu Bravo",
        "RA/2023/002",
        "21 Juni 2023",
        "21 Juni 2027",
        "Aktif",
    ),
    (
        "I Ketut Sudarma, A.Md.",
        "19900808 201402 1 001",
        "Penata PB Mahir",
        "TRC Regu Charlie",
        "RA/2023/006",
        "21 Juni 2023",
        "21 Juni 2027",
        "Aktif",
    ),
    (
        "Sitti Aminah Lapasere, S.Kep., Ns.",
        "19891212 201403 2 005",
        "Penata PB Penyelia",
        "Pos Siaga I Pesisir",
        "RA/2024/001",
        "18 Juni 2024",
        "18 Juni 2028",
        "Aktif",
    ),
    (
        "Markus Tae Lelo",
        "19920302 201503 1 003",
        "Penata PB Terampil",
        "TRC Regu Alfa",
        "RA/2024/004",
        "18 Juni 2024",
        "18 Juni 2028",
        "Aktif",
    ),
    (
        "Andi Muh. Fadli Rasyid",
        "19930715 201903 1 007",
        "Penata PB Terampil",
        "TRC Regu Charlie",
        "RA/2025/002",
        "17 Juni 2025",
        "17 Juni 2029",
        "Aktif",
    ),
    (
        "Yuliana Bunga Koten, A.Md.",
        "19950620 201903 2 011",
        "Penata PB Terampil",
        "Pos Siaga II Hulu",
        "RA/2025/007",
        "17 Juni 2025",
        "17 Juni 2029",
        "Aktif",
    ),
    (
        "Ahmad Ridwan Paturusi",
        "19940219 202203 1 002",
        "Anggota TRC (PNS)",
        "TRC Regu Bravo",
        "-",
        "-",
        "-",
        "Belum bersertifikat (tidak lulus uji 2025)",
    ),
]
RELAWAN = [
    ("Maloko", 4, 112, 46, 38),
    ("Pantai Seruni", 6, 148, 71, 64),
    ("Lawe Tinggi", 5, 97, 35, 41),
    ("Lada", 3, 64, 22, 19),
    ("Rawi Hilir", 4, 89, 30, 27),
]


def _units():
    return [u for _g, us in UNIT_2025 for u in us]


def write_xlsx(path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    wb.set_properties(
        {
            "title": "Rekap JP Pegawai BPBD Kabupaten Sindang Rawi 2025",
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
            "bg_color": "#FCE4D6",
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
        "A2:K2", "BPBD Kabupaten Sindang Rawi - data e-BALISA per 20 Januari 2026. " + FIKTIF
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
    ws.write(row, 1, "JUMLAH / RATA-RATA BPBD", tot)
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
    ws.set_column(1, 1, 52)
    ws.set_column(2, 10, 13)

    ws2 = wb.add_worksheet("Rescuer Air Bersertifikat")
    ws2.merge_range("A1:I1", "DAFTAR PEMEGANG SERTIFIKAT RESCUER AIR (PER 31 DESEMBER 2025)", title)
    ws2.write(1, 0, FIKTIF)
    h2 = [
        "No",
        "Nama",
        "NIP",
        "Jabatan",
        "Regu/unit",
        "Nomor sertifikat",
        "Tanggal terbit",
        "Berlaku sampai",
        "Status",
    ]
    for col, h in enumerate(h2):
        ws2.write(3, col, h, hdr)
    for i, r in enumerate(RESCUER, 1):
        for col, v in enumerate([i, *r]):
            ws2.write(3 + i, col, v, cell)
    ws2.set_column(1, 1, 36)
    ws2.set_column(2, 8, 22)

    ws3 = wb.add_worksheet("Relawan Terlatih")
    ws3.merge_range("A1:E1", "RELAWAN TERDAFTAR DAN TERLATIH PER KECAMATAN TAHUN 2025", title)
    ws3.write(1, 0, FIKTIF + " Relawan bukan ASN; tidak ada JP yang dicatat.")
    h3 = [
        "Kecamatan",
        "Desa tangguh bencana",
        "Relawan terdaftar",
        "Pemegang Kartu Relawan Terlatih",
        "Relawan aktif dalam operasi 2025",
    ]
    for col, h in enumerate(h3):
        ws3.write(3, col, h, hdr)
    for i, r in enumerate(RELAWAN):
        for col, v in enumerate(r):
            ws3.write(4 + i, col, v, cell)
    last = 4 + len(RELAWAN)
    ws3.write(last, 0, "Jumlah", tot)
    for col, letter in zip(range(1, 5), "BCDE", strict=True):
        ws3.write_formula(
            last, col, f"=SUM({letter}5:{letter}{last})", tot, sum(r[col] for r in RELAWAN)
        )
    ws3.set_column(0, 4, 26)

    ws4 = wb.add_worksheet("Catatan")
    notes = [
        "Catatan penyusunan",
        FIKTIF,
        "1. ASN dihitung = PNS + PPPK penuh waktu. PPPK paruh waktu belum memiliki target JP pada "
        "tahun 2025 sehingga tidak dihitung; target 8 JP bagi PPPK paruh waktu baru berlaku mulai "
        "2026.",
        "2. Tenaga alih daya dan relawan bukan ASN; jumlahnya dicantumkan sebagai informasi dan "
        "JP-nya tidak dicatat.",
        "3. Target JP 2025 masih mengikuti Peraturan Kepala Pelaksana Nomor 4 Tahun 2020: 30 JP "
        "bagi anggota TRC, 24 JP bagi operator Pusdalops PB, dan 20 JP bagi jabatan lainnya.",
        "4. Pos Siaga II Hulu (Lawe Tinggi) terendah karena Jalan Poros Maloko-Lawe Tinggi "
        "tertutup longsor selama 3 minggu pada Februari 2025 dan 2 kelas BALISA dibatalkan saat "
        "status tanggap darurat banjir Maret 2025.",
        "5. Kolom 'Berlaku sampai' pada sheet Rescuer Air Bersertifikat ditulis sesuai sertifikat "
        "yang diterbitkan berdasarkan Keputusan Kepala Pelaksana Nomor 360/114/BPBD/2022 (masa "
        "berlaku 4 tahun); lihat ketentuan peralihan Keputusan Kepala Pelaksana Nomor "
        "360/021/BPBD/2026.",
        "Disusun oleh Subbagian Umum dan Kepegawaian, 27 Januari 2026. Kontak: "
        + ANALIS_SDM
        + ", WA "
        + WA_BALISA
        + ".",
    ]
    for i, t in enumerate(notes):
        ws4.write(i, 0, t)
    ws4.set_column(0, 0, 120)
    wb.close()


# =========================================================================== CSV files
KUOTA_UNITS = [
    "Sekretariat",
    "Bidang PK",
    "Bidang KL",
    "Bidang RR",
    "Pusdalops PB",
    "TRC",
    "Pos Siaga I Pesisir",
    "Pos Siaga II Hulu",
    "Relawan dan Mitra",
]
_KUOTA = [
    (
        "SRW-101",
        "Orientasi Pegawai Baru BPBD",
        2,
        25,
        [8, 3, 7, 3, 6, 13, 6, 4, 0],
        "Angk. I Januari, Angk. II Agustus",
    ),
    (
        "SRW-102",
        "Fasilitator Desa Tangguh Bencana",
        1,
        20,
        [0, 10, 0, 0, 0, 0, 3, 3, 4],
        "kolom Relawan dan Mitra = fasilitator desa dari Forum PRB",
    ),
    (
        "SRW-104",
        "Operator Pusdalops dan Sistem Peringatan Dini",
        2,
        8,
        [0, 0, 0, 0, 16, 0, 0, 0, 0],
        "paling banyak 2 operator per regu pada hari yang sama",
    ),
    (
        "SRW-106",
        "Pertolongan Pertama dan BHD",
        2,
        24,
        [2, 0, 6, 0, 8, 20, 4, 4, 4],
        "kolom Bidang KL = staf gudang",
    ),
    (
        "SRW-108",
        "Water Rescue Tingkat Dasar",
        2,
        12,
        [0, 0, 0, 0, 0, 18, 3, 3, 0],
        "syarat tes renang 100 meter",
    ),
    (
        "SRW-109",
        "Swiftwater Rescue Tingkat Lanjut",
        1,
        10,
        [0, 0, 0, 0, 0, 8, 1, 1, 0],
        "syarat Rescuer Air Tingkat I",
    ),
    ("SRW-110", "Kaji Cepat Bencana", 2, 20, [0, 8, 4, 6, 4, 12, 3, 3, 0], ""),
    (
        "SRW-112",
        "Pengkajian Risiko Bencana dan Peta Rawan",
        1,
        15,
        [0, 6, 0, 5, 2, 0, 1, 1, 0],
        "khusus JF Analis Kebencanaan dari setiap unit",
    ),
    ("SRW-114", "Manajemen Logistik dan Peralatan PB", 1, 15, [1, 0, 11, 0, 0, 0, 2, 1, 0], ""),
    (
        "SRW-116",
        "Dapur Umum Lapangan",
        2,
        30,
        [0, 0, 12, 0, 0, 10, 6, 6, 26],
        "kolom Relawan dan Mitra termasuk anggota Tagana",
    ),
    ("SRW-117", "SKPDB dan Manajemen Posko", 1, 25, [3, 3, 4, 2, 6, 5, 1, 1, 0], ""),
    (
        "SRW-118",
        "Pelatihan Dasar Relawan",
        3,
        40,
        [0, 0, 2, 0, 0, 0, 4, 4, 110],
        "PPPK paruh waktu dan tenaga alih daya masuk kolom unitnya",
    ),
    (
        "SRW-120",
        "Mengemudi Kendaraan Darurat",
        1,
        10,
        [0, 0, 6, 0, 0, 4, 0, 0, 0],
        "kolom Bidang KL termasuk pengemudi tenaga alih daya",
    ),
    ("SRW-121", "Rescue Ketinggian dan Tali", 2, 12, [0, 0, 0, 0, 0, 20, 2, 2, 0], ""),
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
    "asn_capai_6_jp",
    "persen_capai_6_jp",
    "ref1_rtl2_terlambat",
    "keterangan",
]
_REKAP = [
    (
        "Sekretariat",
        "Maloko",
        18,
        96,
        31.5,
        11,
        0,
        "SRW-101 Angk. I 19-20 Januari diikuti 4 pegawai baru",
    ),
    ("Bidang PK", "Maloko", 11, 214, 22.5, 10, 1, "SRW-102 9-12 Maret (32 JP)"),
    ("Bidang KL", "Maloko", 16, 48, 18, 6, 0, ""),
    ("Bidang RR", "Maloko", 9, 24, 13.5, 3, 0, ""),
    (
        "Pusdalops PB",
        "Maloko",
        16,
        168,
        26,
        12,
        1,
        "SRW-104 Angk. I 10-12 Februari diikuti 7 operator",
    ),
    (
        "TRC",
        "Maloko",
        30,
        276,
        139.5,
        21,
        0,
        "latihan rutin regu Januari tidak dilaksanakan karena status tanggap darurat banjir "
        "21 Januari-3 Februari",
    ),
    ("Pos Siaga I Pesisir", "Pantai Seruni", 10, 36, 22, 5, 0, ""),
    (
        "Pos Siaga II Hulu",
        "Lawe Tinggi",
        8,
        16,
        19.5,
        3,
        1,
        "Jalan Poros Maloko-Lawe Tinggi tertutup longsor 9-16 Maret",
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
    tot_asn = sum(r[2] for r in _REKAP)
    tot_kl = sum(r[3] for r in _REKAP)
    tot_nk = sum(r[4] for r in _REKAP)
    tot_ok = sum(r[5] for r in _REKAP)
    rows.append(
        [
            "JUMLAH BPBD",
            "",
            str(tot_asn),
            str(tot_kl),
            dec(tot_nk),
            dec(tot_kl + tot_nk),
            dec((tot_kl + tot_nk) / tot_asn),
            str(tot_ok),
            dec(tot_ok / tot_asn * 100),
            str(sum(r[6] for r in _REKAP)),
            "data e-BALISA per 10 April 2026",
        ]
    )
    return rows


LINGKAR_HEADER = ["no", "tanggal", "waktu", "tempat", "topik", "pemantik", "catatan"]
LINGKAR = [
    [
        "1",
        tgl(2026, 1, 16),
        "13.30-15.00 WITA",
        AULA + " dan Zoom",
        "Refleksi 2025: apa yang kita pelajari dari banjir Maret 2025",
        "Hj. Siti Rahmah Daeng Ngai, S.E., M.Si.",
        "Pertemuan perdana 2026; dihadiri 48 orang.",
    ],
    [
        "2",
        tgl(2026, 2, 20),
        "13.30-15.00 WITA",
        AULA + " dan Zoom",
        "Kajian pascaoperasi banjir 21 Januari-3 Februari 2026:\nwaktu tanggap, logistik, "
        "dan komunikasi posko",
        "Yosep Nggadas, S.ST.",
        "Rekaman tersedia di e-BALISA.",
    ],
    [
        "3",
        tgl(2026, 3, 13),
        "13.30-15.00 WITA",
        AULA + " dan Zoom",
        "Membaca peringatan dini cuaca dan tinggi muka air Sungai Rawi Besar",
        "Rudi Hartono Pasande, S.Kom.",
        "Dimajukan dari 20 Maret karena Idulfitri; pertemuan hanya daring bagi Pos Siaga.",
    ],
    [
        "4",
        tgl(2026, 4, 17),
        "13.30-15.00 WITA",
        "Pos Siaga I Pesisir, Pantai Seruni, dan Zoom",
        "Jalur evakuasi tsunami:\n- rambu yang hilang\n- titik kumpul baru\n- peran relawan desa",
        "Sitti Aminah Lapasere, S.Kep., Ns.",
        "Sekaligus persiapan gladi lapang evakuasi tsunami, Juni 2026.",
    ],
    [
        "5",
        tgl(2026, 5, 15),
        "13.30-15.00 WITA",
        AULA + " dan Zoom",
        "Gudang logistik saat tanggap darurat: FIFO, FEFO, dan pencatatan barang keluar",
        "Hamzah Daeng Tutu, S.E.",
        "Bertepatan dengan cuti bersama; lihat notulen rapat April.",
    ],
    [
        "6",
        tgl(2026, 6, 19),
        "13.30-15.00 WITA",
        BUMI + " (pendopo) dan Zoom",
        "Cerita dari kolam arus: kesalahan umum saat melempar throw bag",
        "Stefanus Leo Kelen, S.ST.",
        "Peserta tatap muka membawa pakaian ganti.",
    ],
    [
        "7",
        tgl(2026, 7, 17),
        "13.30-15.00 WITA",
        AULA + " dan Zoom",
        "Pertolongan pertama psikologis bagi penyintas, relawan, dan diri sendiri",
        "Ir. Dewi Anggraeni Lumowa, M.T.",
        "",
    ],
    [
        "8",
        tgl(2026, 8, 21),
        "13.30-15.00 WITA",
        AULA + " dan Zoom",
        "Peta rawan longsor terbaru, desa mana yang berubah kelas risikonya",
        "Dr. Sri Wulandari Paembonan, S.Si., M.Sc.",
        "",
    ],
    [
        "9",
        tgl(2026, 9, 18),
        "13.30-15.00 WITA",
        AULA + " dan Zoom",
        "Belajar dari anggota binaan RANGKUL Angkatan I",
        "Fransiskus Xaverius Wea, A.Md.",
        "Pemantik pendamping, anggota binaan, dan koordinator.",
    ],
    [
        "10",
        tgl(2026, 10, 16),
        "13.30-15.00 WITA",
        AULA + " dan Zoom",
        "Kesiapsiagaan musim hujan 2026/2027",
        "Andi Baso Mappaware, S.T., M.Sc.",
        "",
    ],
    [
        "11",
        tgl(2026, 11, 20),
        "13.30-15.00 WITA",
        AULA + " dan Zoom",
        "Mengemudi kendaraan darurat di jalan licin dan berlumpur",
        "Hamzah Daeng Tutu, S.E.",
        "",
    ],
    [
        "12",
        tgl(2026, 12, 18),
        "13.30-15.00 WITA",
        AULA + " dan Zoom",
        "Kilas balik 2026 dan penetapan tema 2027",
        KOORD_LINGKAR,
        "Pengumuman Insan Tangguh Pembelajar 2026.",
    ],
]

INV_HEADER = [
    "kode_alat",
    "nama_alat",
    "spesifikasi",
    "satuan",
    "jumlah",
    "baik",
    "rusak_ringan",
    "rusak_berat",
    "lokasi",
    "catatan",
]
INV = [
    (
        "PRK-01",
        "Perahu karet",
        "kapasitas 6 orang, lantai aluminium",
        "unit",
        4,
        3,
        1,
        0,
        "Bumi Latih Bukit Lada",
        "1 unit bocor di haluan, menunggu tambal",
    ),
    (
        "MT-01",
        "Mesin tempel",
        "15 PK, 2 tak",
        "unit",
        4,
        3,
        0,
        1,
        "Bumi Latih Bukit Lada",
        "1 unit diusulkan dihapus",
    ),
    (
        "PLM-01",
        "Pelampung (life jacket)",
        "standar SOLAS, ukuran dewasa",
        "buah",
        60,
        52,
        5,
        3,
        "Bumi Latih Bukit Lada",
        "",
    ),
    (
        "PLM-02",
        "Rompi penyelamat arus (rescue PFD)",
        "dengan quick release belt",
        "buah",
        16,
        16,
        0,
        0,
        "Bumi Latih Bukit Lada",
        "khusus instruktur dan pemegang Rescuer Air",
    ),
    (
        "HLM-01",
        "Helm air (water rescue helmet)",
        "",
        "buah",
        40,
        36,
        4,
        0,
        "Bumi Latih Bukit Lada",
        "",
    ),
    ("TB-01", "Throw bag", "tali 20 meter", "buah", 24, 21, 0, 3, "Bumi Latih Bukit Lada", ""),
    (
        "TAL-01",
        "Tali kernmantel",
        "11 mm, panjang 50 meter",
        "gulung",
        12,
        9,
        0,
        3,
        "Bumi Latih Bukit Lada",
        "3 gulung melewati batas pakai, diganti melalui RAB SRW-121",
    ),
    ("HRN-01", "Full body harness", "", "buah", 16, 14, 2, 0, "Bumi Latih Bukit Lada", ""),
    ("KRB-01", "Karabiner", "screw gate, 25 kN", "buah", 80, 74, 0, 6, "Bumi Latih Bukit Lada", ""),
    (
        "POM-01",
        "Pompa kolam arus",
        "diesel, 40 liter per detik",
        "unit",
        2,
        0,
        1,
        1,
        "Bumi Latih Bukit Lada",
        "dalam perbaikan, target selesai 30 Juni 2026",
    ),
    (
        "MNK-01",
        "Manekin RJP dewasa",
        "dengan indikator kompresi",
        "buah",
        8,
        7,
        1,
        0,
        "Aula BALISA",
        "",
    ),
    ("MNK-02", "Manekin RJP bayi", "", "buah", 4, 4, 0, 0, "Aula BALISA", ""),
    ("AED-01", "AED trainer", "", "unit", 4, 3, 1, 0, "Aula BALISA", ""),
    (
        "FKL-01",
        "Forklift",
        "diesel, kapasitas 2,5 ton",
        "unit",
        1,
        1,
        0,
        0,
        "Gudang Logistik BPBD",
        "dipakai untuk SRW-115; jadwal di luar minggu pertama setiap bulan",
    ),
    ("TND-01", "Tenda pleton", "6 x 14 meter", "unit", 6, 5, 1, 0, "Gudang Logistik BPBD", ""),
    (
        "DPU-01",
        "Peralatan dapur umum lapangan",
        "1 set untuk 500 porsi",
        "set",
        3,
        3,
        0,
        0,
        "Gudang Logistik BPBD",
        "dipinjamkan untuk SRW-116",
    ),
    ("HT-01", "Radio HT VHF", "5 watt", "unit", 20, 17, 2, 1, "Ruang Pusdalops PB", ""),
    (
        "KDR-01",
        "Kendaraan rescue double cabin",
        "4x4",
        "unit",
        2,
        2,
        0,
        0,
        "Kantor BPBD",
        "dipakai untuk SRW-120",
    ),
]


def inv_rows():
    rows = []
    for r in INV:
        assert r[5] + r[6] + r[7] == r[4], r[0]
        rows.append([str(x) for x in r])
    return rows


# =========================================================================== HTML helpdesk
HELPDESK_HTML = """\
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Bantuan e-BALISA - BPBD Kabupaten Sindang Rawi</title>
</head>
<body>
<header>
<h1>Pusat Bantuan e-BALISA</h1>
<p>Sistem pembelajaran Balai Latih Siaga Rawi (BALISA), BPBD Kabupaten Sindang Rawi.
<em>Dokumen fiktif, untuk evaluasi.</em></p>
</header>
<main>
<section id="jam-layanan">
<h2>Jam layanan helpdesk</h2>
<ul>
<li>Senin-Kamis pukul 07.30-16.00 WITA</li>
<li>Jumat pukul 07.30-11.30 WITA</li>
<li>Sabtu pukul 08.00-12.00 WITA (hanya chat WhatsApp)</li>
<li>Minggu dan hari libur nasional: tutup</li>
</ul>
<p>Saat status tanggap darurat ditetapkan, helpdesk hanya melayani lewat surel karena admin ikut
bertugas di posko. Jawaban surel paling lama 2 hari kerja.</p>
<p>WhatsApp helpdesk: <strong>0811-4370-6620</strong> (chat saja, tidak menerima telepon).
Surel: <a href="mailto:helpdesk.ebalisa@bpbd.sindangrawi.contoh">helpdesk.ebalisa@bpbd.sindangrawi.contoh</a>.
Telepon kantor: (0389) 2214-100 ext. 114. Admin e-BALISA: Ikhsan Maulana Djafar, S.Kom.
(Pranata Komputer Ahli Pertama).</p>
</section>
<section id="kontak-per-topik">
<h2>Siapa yang dihubungi?</h2>
<table border="1">
<thead><tr><th>Topik</th><th>Petugas</th><th>Kontak</th></tr></thead>
<tbody>
<tr><td>Lupa kata sandi, akun terkunci, NIP tidak ditemukan</td><td>Ikhsan Maulana Djafar, S.Kom.</td><td>WA 0811-4370-6620</td></tr>
<tr><td>Klaim JP, sertifikat, rekap JP</td><td>Ni Luh Putu Ayu Lestari, S.Psi., M.Psi.</td><td>WA 0812-3790-4416</td></tr>
<tr><td>Pendaftaran dan pembatalan pelatihan BALISA</td><td>Muhammad Iqbal Lamato, S.Sos.</td><td>WA 0821-4560-2231</td></tr>
<tr><td>Pemesanan Bumi Latih Bukit Lada</td><td>Agustinus Bere Mau, S.Pd.</td><td>WA 0853-3316-7720</td></tr>
<tr><td>Sertifikasi Rescuer Air</td><td>Stefanus Leo Kelen, S.ST.</td><td>WA 0813-5380-2265</td></tr>
<tr><td>Program RANGKUL (log SJ-2, refleksi)</td><td>Fransiskus Xaverius Wea, A.Md.</td><td>WA 0812-4675-9013</td></tr>
<tr><td>Akun relawan dan Kartu Relawan Terlatih</td><td>Paulus Seran Tae</td><td>WA 0857-3922-6104</td></tr>
</tbody>
</table>
</section>
<section id="masalah-umum">
<h2>Masalah yang sering terjadi</h2>
<table border="1">
<thead><tr><th>Masalah</th><th>Penyebab</th><th>Solusi</th></tr></thead>
<tbody>
<tr><td>Kode QR presensi tidak terbaca</td><td>Presensi sudah ditutup (lebih dari 10 menit setelah sesi dimulai) atau jam ponsel tidak sinkron</td><td>Minta panitia mencatat presensi manual paling lambat hari itu juga; atur jam ponsel otomatis</td></tr>
<tr><td>Tombol Klaim JP tidak muncul</td><td>Kegiatan lebih dari 14 hari yang lalu</td><td>Klaim tidak dapat diajukan lagi; hubungi pengelola BALISA hanya jika ada surat tugas</td></tr>
<tr><td>Status JP "Ditangguhkan"</td><td>Formulir LAP-3 belum dikirim setelah 60 hari</td><td>Kirim LAP-3; status berubah setelah diverifikasi atasan</td></tr>
<tr><td>Sertifikat belum terbit</td><td>Evaluasi reaksi belum diisi atau masih dalam 7 hari kerja</td><td>Isi evaluasi reaksi; tunggu sampai 7 hari kerja</td></tr>
<tr><td>Unggah berkas gagal</td><td>Berkas lebih dari 5 MB atau bukan PDF/JPG</td><td>Kompres berkas menjadi PDF paling besar 5 MB</td></tr>
<tr><td>Relawan tidak bisa masuk</td><td>Akun relawan dibuat oleh Koordinator Relawan, bukan dengan NIP</td><td>Masuk dengan nomor Kartu Relawan (format REL-SR-xxxx)</td></tr>
</tbody>
</table>
</section>
<section id="catatan">
<h2>Catatan</h2>
<p>e-BALISA belum terhubung dengan SIASN maupun MyASN. Setelah sertifikat terbit, unggah
sendiri sertifikat Anda ke MyASN.</p>
<p>Aplikasi e-BALISA versi Android dapat diunduh dari halaman intranet BPBD; versi iOS belum
tersedia.</p>
</section>
</main>
<footer><p>Terakhir diperbarui 6 Mei 2026. Dokumen fiktif, untuk evaluasi.</p></footer>
</body>
</html>
"""

# =========================================================================== Markdown: RANGKUL guide
PANDUAN_RANGKUL_MD = """\
---
id: panduan-program-rangkul
title: Panduan Program RANGKUL 2026
penerbit: Bidang Kedaruratan dan Logistik bersama Subbagian Umum dan Kepegawaian, BPBD Kabupaten Sindang Rawi
dasar: Peraturan Kepala Pelaksana Nomor 2 Tahun 2026, Pasal 25-27
catatan: Dokumen fiktif, untuk evaluasi.
---

# Panduan Program RANGKUL 2026

RANGKUL adalah singkatan dari *Pendampingan Anggota Baru TRC*. Program ini membekali anggota baru
Tim Reaksi Cepat selama 6 bulan pertama supaya terbiasa dengan piket 24 jam, peralatan rescue,
kaji cepat, dan komunikasi radio sebelum bertugas lapangan secara mandiri. RANGKUL dibuka
2 angkatan per tahun: Angkatan I (Februari–Juli 2026) dan Angkatan II (Agustus 2026–Januari 2027).

## Siapa ikut RANGKUL?

- CPNS dan PPPK penuh waktu yang ditempatkan di TRC pada tahun pertama.
- PNS yang baru dimutasikan ke TRC dari perangkat daerah lain, pada tahun pertama di TRC.
- **Tidak** untuk PPPK paruh waktu, tenaga alih daya, dan relawan. Relawan cukup mengikuti SRW-118.

## Beda pendamping lapangan, coach, dan instruktur BALISA

| Peran | Siapa | Untuk siapa | Lama | Fokus |
|---|---|---|---|---|
| Pendamping lapangan | anggota TRC senior, paling rendah Penata PB Mahir | anggota binaan (paling banyak 2) | 6 bulan | kebiasaan kerja aman di lapangan |
| Coach | atasan langsung | semua bawahan | sesuai kebutuhan, paling sedikit 1 kali per triwulan | tujuan kinerja, model TIRTA |
| Instruktur BALISA | instruktur internal atau Kantor SAR | peserta pelatihan | selama pelatihan | materi pelatihan |

## Syarat pendamping lapangan

1. Anggota TRC dengan masa kerja paling singkat 5 tahun.
2. Paling rendah Penata Penanggulangan Bencana Mahir.
3. Memiliki sertifikat Rescuer Air yang masih berlaku.
4. Lulus SRW-119 Pelatihan Pendamping Lapangan RANGKUL.
5. Bukan atasan langsung anggota binaan.

## Alur 6 bulan

| Tahap | Waktu | Formulir | Keterangan |
|---|---|---|---|
| Pembukaan | minggu ke-1 | - | perkenalan, pembagian pasangan, pengecekan APD |
| Rencana pendampingan | paling lambat 10 hari kerja setelah pembukaan | SJ-1 | target kompetensi per bulan, disetujui Komandan TRC |
| Piket didampingi | bulan ke-1 s.d. ke-6 | SJ-2 | paling sedikit 24 shift piket didampingi dan 6 respons kejadian nyata |
| Refleksi bulanan | setiap bulan | - | paling sedikit 6 kali, dicatat di e-BALISA paling lambat 3 hari kerja |
| Forum Tengah | bulan ke-3 | - | kemajuan setiap pasangan, 5 menit per pasangan |
| Penilaian akhir | bulan ke-6 | SJ-3 | nilai lulus 80 |
| Forum Akhir | minggu terakhir | - | presentasi 12 menit dan tanya jawab 8 menit per anggota binaan |

## Yang tidak boleh dilakukan anggota binaan

- Memasuki arus atau mengemudikan perahu karet tanpa pendamping, walaupun sudah lulus SRW-108.
- Memimpin tim kaji cepat atau menandatangani laporan kaji cepat.
- Naik menara tali atau lereng longsor tanpa pengaman yang diperiksa pendamping.

## JP yang diakui

- Anggota binaan: 2 JP per pertemuan refleksi, paling banyak 24 JP per program.
- Pendamping lapangan: 1 JP per pertemuan refleksi, paling banyak 12 JP per program.
- Piket didampingi adalah tugas rutin, **bukan** JP.

## Honorarium

Pendamping lapangan menerima Rp250.000 per anggota binaan per bulan selama 6 bulan. Honor
dibayar pada akhir bulan ke-3 dan bulan ke-6 setelah SJ-2 diverifikasi koordinator.

## Kalau terjadi bencana

Jika status tanggap darurat ditetapkan, pasangan RANGKUL bertugas bersama dalam regu yang sama.
Respons kejadian selama tanggap darurat dicatat di SJ-2 dan dihitung dalam 6 respons kejadian
nyata. Refleksi bulanan boleh digeser paling lama 2 minggu.

## Kontak

Koordinator Program RANGKUL: Fransiskus Xaverius Wea, A.Md., WA 0812-4675-9013.
Komandan TRC: Yosep Nggadas, S.ST., WA 0813-3877-1204.
"""

# =========================================================================== Markdown: report guide
PEDOMAN_LAPORAN_MD = """\
# Pedoman Laporan Pasca-Pelatihan BPBD Kabupaten Sindang Rawi

Ditetapkan Sekretaris BPBD sebagai pelaksanaan Pasal 35 dan Pasal 36 Peraturan Kepala Pelaksana
Nomor 2 Tahun 2026. Dokumen fiktif, untuk evaluasi.

## Tiga formulir

| Formulir | Nama | Wajib untuk | Batas waktu | Diverifikasi |
|---|---|---|---|---|
| REF-1 | Lembar Refleksi | semua pelatihan | 3 hari kerja (di bawah 12 JP) atau 7 hari kerja (12 JP atau lebih) | pengelola BALISA |
| RTL-2 | Rencana Tindak Lanjut | pelatihan 12 JP atau lebih | 7 hari kerja | atasan langsung |
| LAP-3 | Laporan Penerapan Hasil Pelatihan | pelatihan 32 JP atau lebih | 60 hari kalender | atasan langsung |

Pelatihan blended dihitung menurut total JP-nya (daring + klasikal). Atasan langsung
memverifikasi paling lama 5 hari kerja setelah formulir diterima.

## Isi REF-1 (Lembar Refleksi)

1. Nama dan kode pelatihan, tanggal, penyelenggara, dan JP.
2. Tiga hal terpenting yang dipelajari.
3. Satu hal yang akan langsung diterapkan pada piket atau tugas berikutnya.
4. Penilaian singkat materi, instruktur, metode, sarana, dan jadwal (skala 1-5).

## Isi RTL-2 (Rencana Tindak Lanjut)

- Kegiatan yang akan dilakukan, target, jadwal, dan indikator keberhasilan.
- Kaitan dengan Sasaran Kinerja Pegawai (SKP).
- Rencana berbagi hasil pelatihan kepada rekan, misalnya pada apel regu atau Lingkar Siaga.
- Persetujuan atasan langsung.

## Isi LAP-3 (Laporan Penerapan Hasil Pelatihan)

- Apa yang sudah diterapkan, dengan bukti (foto, laporan kejadian, SOP yang diperbarui).
- Dampak pada pekerjaan, misalnya waktu tanggap, ketepatan laporan kaji cepat, atau keselamatan
  tim.
- Berbagi pengetahuan: paling sedikit 1 kali kepada rekan kerja.
- Kendala dan dukungan yang dibutuhkan.
- Verifikasi dan catatan atasan langsung.

## Contoh

| Pelatihan | JP | Formulir yang wajib |
|---|---|---|
| SRW-121 Rescue Ketinggian dan Tali | 32 | REF-1, RTL-2, dan LAP-3 |
| SRW-110 Kaji Cepat (Rapid Assessment) Bencana | 16 (4 daring + 12 klasikal) | REF-1 dan RTL-2 |
| SRW-105 Manajemen Informasi dan Pelaporan Kejadian Bencana | 10 | REF-1 |
| SRW-122 Menyusun Laporan Pasca-Pelatihan | 3 | REF-1 |

## Status JP di e-BALISA

- **Menunggu Verifikasi**: formulir sudah dikirim, belum diverifikasi.
- **Diakui**: JP masuk capaian tahun berjalan.
- **Ditangguhkan**: LAP-3 belum dikirim setelah 60 hari; JP tidak dihitung dan pegawai tidak
  dapat mendaftar pelatihan BALISA berikutnya sampai LAP-3 dikirim.

## Perpanjangan

Perpanjangan batas waktu hanya diberikan Sekretaris untuk seluruh peserta satu angkatan,
misalnya karena status tanggap darurat. Permohonan perorangan tidak dilayani.

## Relawan, tenaga alih daya, dan PPPK paruh waktu

- Relawan dan tenaga alih daya tidak mengisi REF-1, RTL-2, atau LAP-3. Mereka cukup mengisi
  Lembar Umpan Balik Relawan (Formulir UBR-1) pada hari terakhir pelatihan.
- PPPK paruh waktu mengisi formulir yang sama dengan pegawai lain.

## Kendala yang sering ditulis pada LAP-3 2025

1. Tidak ada kejadian nyata untuk menerapkan materi (misalnya water rescue di musim kemarau).
2. Peralatan latihan kurang atau rusak (pompa kolam arus, tali kernmantel).
3. Jadwal piket padat sehingga sulit berbagi ke rekan.
4. Mutasi tugas sebelum materi sempat diterapkan.

Kontak: Ni Luh Putu Ayu Lestari, S.Psi., M.Psi., pengelola BALISA, WA 0812-3790-4416,
balisa@bpbd.sindangrawi.contoh.
"""

# =========================================================================== minutes
NOTULEN_MD = """\
# Notulen Rapat Tim Pengembangan Kompetensi BPBD Kabupaten Sindang Rawi

Dokumen fiktif, untuk evaluasi.

- **Hari/tanggal:** Kamis, 16 April 2026
- **Waktu:** pukul 09.00-11.30 WITA
- **Tempat:** Ruang Rapat Kalaksa, Kantor BPBD lantai 2
- **Pimpinan rapat:** Hj. Siti Rahmah Daeng Ngai, S.E., M.Si. (Sekretaris)
- **Notulis:** Ni Luh Putu Ayu Lestari, S.Psi., M.Psi.
- **Hadir:** Kepala Subbagian Umum dan Kepegawaian; Kepala Bidang Kedaruratan dan Logistik;
  Koordinator Pusdalops PB; Komandan TRC; Koordinator Bumi Latih Bukit Lada; Koordinator
  Sertifikasi Rescuer Air; Koordinator Program RANGKUL; Koordinator Lingkar Siaga; Koordinator
  Relawan (12 orang).

## 1. Laporan kondisi Bumi Latih Bukit Lada

Koordinator Bumi Latih melaporkan kedua pompa kolam arus tidak berfungsi sejak 2 April 2026
(satu rusak berat, satu rusak ringan). Perbaikan ditargetkan selesai 30 Juni 2026. Selama
perbaikan kolam arus tidak dapat dipakai. SRW-108 Angk. II (21-24 Juli) tetap sesuai katalog
karena perbaikan selesai sebelumnya.

## 2. Keputusan rapat

1. **Uji Sertifikasi Rescuer Air Gelombang I** dipindahkan dari 11-12 Mei 2026 menjadi
   **Senin-Selasa, 25-26 Mei 2026**, mulai pukul 07.00 WITA. Tempat uji dipindahkan dari Kolam Arus
   Bumi Latih Bukit Lada ke **Bendungan Wae Lidi, Desa Lidi Baru, Kecamatan Lawe Tinggi**.
2. Batas pendaftaran uji Gelombang I diperpanjang dari 24 April 2026 menjadi **Jumat, 8 Mei 2026
   pukul 15.00 WITA**. Pengumuman hasil bergeser dari 20 Mei 2026 menjadi **3 Juni 2026**.
3. Kuota uji Gelombang I dinaikkan dari 14 orang menjadi **18 orang** karena 3 pemegang
   sertifikat lama yang habis berlaku 15 Juni 2026 dan 1 anggota yang tidak lulus uji 2025
   ikut uji. Gelombang II (5-6 Oktober 2026, kuota 12 orang) **tidak berubah**.
4. **SRW-104 Operator Pusdalops dan Sistem Peringatan Dini Angk. II** dipindahkan dari 8-10 Juni
   menjadi **Senin-Rabu, 15-17 Juni 2026** karena pemutakhiran server Ruang Pusdalops PB yang
   diundur sampai 12 Juni. Pendaftaran ditutup 5 Juni 2026.
5. Batas waktu **LAP-3 SRW-102 Fasilitator Desa Tangguh Bencana** (angkatan 9-12 Maret)
   diperpanjang dari 11 Mei 2026 menjadi **25 Mei 2026** untuk seluruh peserta angkatan, karena
   peserta bertugas di posko banjir 6-20 April.
   LAP-3 SRW-108 Angk. I (14-17 April) tidak diperpanjang.
6. **Forum Tengah RANGKUL Angkatan I** dipindahkan dari Kamis, 30 April 2026 di Aula BALISA
   menjadi **Selasa, 5 Mei 2026 pukul 09.00 WITA di pendopo Bumi Latih Bukit Lada**.
   Forum Akhir tetap Selasa, 28 Juli 2026.
7. **Pertemuan Lingkar Siaga bulan Mei** dipindahkan dari Jumat, 15 Mei 2026 (cuti bersama)
   menjadi **Selasa, 19 Mei 2026**, pukul 13.30-15.00 WITA, tempat tetap.
8. Kuota **SRW-118 Pelatihan Dasar Relawan Angk. II** (4-5 Juli 2026, Pos Siaga I Pantai Seruni)
   dinaikkan dari 40 menjadi **50 orang** karena permintaan relawan desa pesisir menjelang gladi
   lapang. Angk. I dan Angk. III tetap 40 orang.

## 3. Lain-lain

- Gladi lapang evakuasi tsunami tetap Sabtu, 13 Juni 2026 di Desa Pantai Seruni. Broadcast
  disiapkan Komandan TRC.
- Usulan kenaikan honorarium pendamping lapangan RANGKUL belum dapat diputuskan karena menunggu
  perubahan standar biaya masukan Kabupaten.
- Pertanyaan tentang tunjangan risiko bagi anggota TRC di luar kewenangan tim; diteruskan ke
  Subbagian Keuangan.

## 4. Tindak lanjut

| No | Tindak lanjut | Penanggung jawab | Batas waktu |
|---|---|---|---|
| 1 | Memperbarui jadwal dan tempat uji di e-BALISA | Ikhsan Maulana Djafar, S.Kom. | 20 April 2026 |
| 2 | Surat izin pemakaian Bendungan Wae Lidi ke Dinas PUPR | Stefanus Leo Kelen, S.ST. | 24 April 2026 |
| 3 | Pemberitahuan ke peserta SRW-104 Angk. II | Rudi Hartono Pasande, S.Kom. | 22 April 2026 |
| 4 | Surat perpanjangan LAP-3 SRW-102 | Muhammad Iqbal Lamato, S.Sos. | 23 April 2026 |
| 5 | Undangan Forum Tengah RANGKUL | Fransiskus Xaverius Wea, A.Md. | 28 April 2026 |

Rapat ditutup pukul 11.30 WITA. Notulen disetujui pimpinan rapat.
"""

# =========================================================================== WhatsApp broadcast
WA_TXT = """\
[Broadcast] Info BPBD Sindang Rawi
*GLADI LAPANG EVAKUASI TSUNAMI 2026* 🌊
Dokumen fiktif, untuk evaluasi.

Selamat pagi rekan2 TRC, Pusdalops, Pos Siaga & relawan 🙏
Mengingatkan kegiatan gladi lapang gabungan:

🗓 Sabtu, 13 Juni 2026
📍 Desa Pantai Seruni, Kec. Pantai Seruni (titik kumpul Pos Siaga I Pesisir)
⏰ Kumpul 05.30 WITA, apel 06.00 WITA, sirene uji 07.00 WITA, selesai ± 12.00 WITA
🚌 Bus dari Kantor BPBD (Jl. Trans Rawi No. 17) berangkat 04.30 WITA tepat, tdk menunggu

Peserta:
- TRC Regu Alfa & Regu Charlie (Regu Bravo tetap piket di Maloko)
- Pusdalops: regu shift pagi tetap di ruang kontrol, 2 operator ke posko lapangan
- Seluruh personel Pos Siaga I Pesisir
- Relawan desa pesisir ± 80 org (didata Koord. Relawan)

Skenario: gempa M 7,2 di laut, peringatan dini tsunami, evakuasi warga ke TES Bukit Seruni
(±1,8 km dr pantai), target semua warga sampai TES dlm 20 menit.

Bawa: PDL lengkap, helm, sepatu lapangan, HT yg sdh dicas, air minum pribadi. Konsumsi
disiapkan panitia (snack pagi + makan siang).

📌 Daftar hadir lewat e-BALISA paling lambat Senin, 8 Juni 2026 pkl 12.00 WITA.
📌 Diakui 6 JP (gladi lapang). Relawan tdk dpt JP, tp dpt uang transport Rp75.000.
📌 Yg ikut di hari libur dpt 1 hari pengganti, diambil maks 30 hari setelah gladi.
📌 Jika BMKG mengeluarkan peringatan cuaca ekstrem H-1, gladi ditunda, info menyusul.

Narahubung:
Yosep Nggadas, S.ST. (Komandan TRC) 0813-3877-1204
Paulus Seran Tae (Koord. Relawan) 0857-3922-6104

Tetap siaga, tetap tangguh 💪
"""

# =========================================================================== FAQ
FAQ_TXT = """\
TANYA JAWAB (FAQ) PENGEMBANGAN KOMPETENSI BPBD KABUPATEN SINDANG RAWI
Disusun Subbagian Umum dan Kepegawaian, Mei 2026. Dokumen fiktif, untuk evaluasi.

1. Berapa target JP saya tahun 2026?
   Tergantung kelompok jabatan (Tabel 1 Perkalaksa 2/2026): anggota TRC 40 JP, JF Analis
   Kebencanaan 32 JP, JF Penata Penanggulangan Bencana 30 JP, operator Pusdalops 28 JP,
   pejabat struktural 24 JP, staf logistik dan peralatan 22 JP, pelaksana lain dan PPPK penuh
   waktu 20 JP, PPPK paruh waktu 8 JP.

2. Saya PPPK penuh waktu di TRC. Target saya 20 atau 40 JP?
   40 JP, mengikuti kelompok jabatan TRC. Yang difasilitasi biaya paling banyak 24 JP; sisanya
   dari kegiatan nonklasikal tanpa biaya seperti gladi lapang dan latihan rutin regu.

3. Apakah relawan mendapat JP?
   Tidak. Relawan bukan ASN. Keikutsertaannya dicatat di Buku Induk Relawan, dan yang lulus
   SRW-118 mendapat Kartu Relawan Terlatih yang berlaku 2 tahun.

4. Apakah ikut operasi tanggap darurat dihitung JP?
   Tidak. Penugasan operasi dicatat sebagai pengalaman penugasan. Yang dapat dikonversi adalah
   kajian pascaoperasi (after action review) yang terdokumentasi: 2 JP per kegiatan, paling
   banyak 8 JP per tahun.

5. Kapan batas klaim JP kegiatan eksternal?
   Paling lambat 14 hari kalender setelah kegiatan, lewat menu Klaim JP e-BALISA. Verifikasi
   paling lama 5 hari kerja.

6. Saya operator Pusdalops shift malam. Boleh langsung ikut kelas paginya?
   Tidak. Operator yang baru selesai shift malam tidak dijadwalkan ikut pelatihan klasikal pada
   hari yang sama. Dari setiap regu paling banyak 2 operator yang ikut pelatihan pada hari yang
   sama.

7. Kalau status tanggap darurat ditetapkan saat saya ikut pelatihan?
   Peserta dari Pusdalops PB dan TRC kembali ke unit. Pelatihan dijadwalkan ulang paling lambat
   30 hari setelah status berakhir dan JP yang sudah diikuti tetap diakui.

8. Berapa nilai lulus pelatihan BALISA?
   Nilai akhir paling rendah 70 dan kehadiran paling sedikit 85%. Untuk SRW-108, SRW-109, dan
   SRW-121 nilai praktik paling rendah 75.

9. Sertifikat Rescuer Air saya terbit tahun 2024 dan tertulis berlaku sampai 2028. Benar?
   Sertifikat lama (Keputusan 2022) tetap berlaku sampai tanggal berakhirnya, tetapi paling
   lama 31 Desember 2027, dan disetarakan Tingkat I. Jadi sertifikat Anda berakhir paling lama
   31 Desember 2027.

10. Berapa biaya uji Rescuer Air?
    Rp1.400.000; uji pertama bagi PNS dan PPPK dibiayai APBD. Uji ulang Rp700.000 ditanggung
    peserta.

11. Saya lupa membatalkan pendaftaran. Apa akibatnya?
    Pembatalan paling lambat 3 hari kerja sebelum pelatihan. Dua kali tidak hadir tanpa
    pembatalan dalam setahun membuat Anda tidak dapat mendaftar BALISA selama 3 bulan, kecuali
    Anda tidak hadir karena diaktifkan dalam operasi tanggap darurat dengan surat perintah.

12. Siapa yang bisa memperpanjang batas waktu LAP-3?
    Hanya Sekretaris, dan hanya untuk seluruh peserta satu angkatan.

13. Bisakah saya memakai Bumi Latih Bukit Lada untuk latihan regu?
    Bisa. Ajukan pemesanan lewat e-BALISA paling lambat 5 hari kerja sebelumnya. Kolam arus
    sedang diperbaiki sampai 30 Juni 2026.

14. Apakah Lingkar Siaga wajib?
    Tidak wajib, tetapi diakui 1 JP per pertemuan sebagai peserta (paling banyak 10 JP per
    tahun) dan 3 JP sebagai pemantik (paling banyak 9 JP per tahun).

15. Apakah e-BALISA otomatis mengirim sertifikat ke MyASN/SIASN?
    Tidak. e-BALISA belum terhubung dengan SIASN maupun MyASN.
    Unggah sertifikat sendiri ke MyASN.

16. Bagaimana dengan tugas belajar, tunjangan, dan kenaikan jenjang?
    Tugas belajar dan izin belajar diatur Peraturan Bupati. Angka kredit, kenaikan jenjang,
    tunjangan jabatan fungsional, dan TPP mengikuti peraturan perundang-undangan; tidak diatur
    dalam Perkalaksa 2/2026. Silakan hubungi Subbagian Umum dan Kepegawaian.

Kontak: Ni Luh Putu Ayu Lestari, S.Psi., M.Psi., WA 0812-3790-4416.
"""

# =========================================================================== call letter
PANGGILAN_TXT = """\
BADAN PENANGGULANGAN BENCANA DAERAH
KABUPATEN SINDANG RAWI
Jalan Trans Rawi Nomor 17, Maloko - Telp. (0389) 2214-100

Dokumen fiktif, untuk evaluasi.

Maloko, 31 Agustus 2026

Nomor   : 800.1.5/147/BPBD/2026
Sifat   : Penting
Lampiran: 1 (satu) berkas
Hal     : Panggilan Peserta SRW-121 Rescue Ketinggian dan Tali (Vertical Rescue) Angkatan II

Yth. Peserta (daftar terlampir)
melalui Komandan TRC dan Kepala Pos Siaga
di tempat

Dengan hormat, dalam rangka pelaksanaan Katalog BALISA Tahun 2026, Saudara dipanggil untuk
mengikuti SRW-121 Rescue Ketinggian dan Tali (Vertical Rescue) Angkatan II sebanyak 32 JP
(tiga puluh dua jam pelajaran) dengan ketentuan sebagai berikut.

Hari/tanggal : Selasa-Jumat, 15-18 September 2026
Tempat       : Bumi Latih Bukit Lada (menara tali), Jalan Poros Maloko-Lawe Tinggi Km 9,
               Desa Lada Hulu
Kuota        : 12 orang

JADWAL
Selasa, 15 September 2026
  pukul 06.30-07.00 WITA  pemeriksaan kesehatan (tekanan darah dan berat badan)
  pukul 07.30-15.30 WITA  pembukaan; simpul dasar, sistem jangkar, dan pemeriksaan APD (8 JP)
Rabu, 16 September 2026
  pukul 07.30-15.30 WITA  turun-naik tali (rappelling dan ascending) di menara 12 meter (8 JP)
  pukul 19.00-22.00 WITA  latihan malam: evakuasi korban dengan tandu di menara (4 JP)
Kamis, 17 September 2026
  pukul 07.30-15.30 WITA  sistem katrol 3:1 dan 5:1, evakuasi korban dari lereng (8 JP)
Jumat, 18 September 2026
  pukul 07.30-11.30 WITA  ujian praktik dan penutupan (4 JP)

KETENTUAN PESERTA
1. Peserta adalah anggota TRC yang telah lulus SRW-106 Pertolongan Pertama dan BHD.
2. Tekanan darah paling tinggi 140/90 mmHg dan berat badan paling berat 110 kg pada pemeriksaan
   Selasa pagi. Peserta yang tidak memenuhi syarat dipulangkan dan dijadwalkan pada tahun
   berikutnya.
3. Konfirmasi kehadiran melalui e-BALISA paling lambat Kamis, 10 September 2026 pukul 15.00 WITA.
4. Komandan TRC tidak menjadwalkan peserta dalam regu piket selama 15-18 September 2026; paling
   banyak sepertiga anggota regu yang sedang piket dapat ikut pada hari yang sama.
5. Pakaian: PDL, sepatu lapangan bertali, sarung tangan kulit. Harness, helm, dan karabiner
   disediakan panitia; peserta boleh membawa harness pribadi yang telah diperiksa instruktur.
6. Kehadiran paling sedikit 85% dan nilai praktik paling rendah 75.
7. Peserta dari Pos Siaga I Pesisir dan Pos Siaga II Hulu datang Senin, 14 September 2026 dan
   menginap di Mess BPBD, Jalan Pelabuhan Lama Nomor 5, Maloko.
8. Setelah pelatihan, peserta menyampaikan REF-1 dan RTL-2 paling lambat 7 hari kerja dan LAP-3
   paling lambat 60 hari kalender, yaitu Selasa, 17 November 2026.
9. Latihan di menara dihentikan bila ada petir dalam radius 10 km atau angin lebih dari 30 km/jam;
   sesi yang terhenti diganti pada hari yang sama atau Sabtu, 19 September 2026.

DAFTAR PESERTA (sebagian)
 1. Markus Tae Lelo                   - TRC Regu Alfa
 2. Yohanes Ama Lewar                 - TRC Regu Alfa
 3. Arif Rahman Hakim                 - TRC Regu Bravo
 4. Ahmad Ridwan Paturusi             - TRC Regu Bravo
 5. Andi Muh. Fadli Rasyid            - TRC Regu Charlie
 6. Yuliana Bunga Koten, A.Md.        - Pos Siaga II Hulu
(6 peserta lainnya tercantum dalam lampiran)

Narahubung panitia: Rahmat Hidayat Lalo, A.Md., instruktur vertical rescue, WA 0822-4761-3395.

a.n. KEPALA PELAKSANA BPBD
KABUPATEN SINDANG RAWI
Sekretaris,
ttd.
Hj. Siti Rahmah Daeng Ngai, S.E., M.Si.
NIP 19760514 200212 2 003
"""

PLAIN = {
    "kepkalaksa-sertifikasi-rescuer-air-2022.txt": SERT2022_TXT,
    "helpdesk-e-balisa.html": HELPDESK_HTML,
    "panduan-program-rangkul.md": PANDUAN_RANGKUL_MD,
    "pedoman-laporan-pasca-pelatihan-bpbd.md": PEDOMAN_LAPORAN_MD,
    "notulen-rapat-tim-pengembangan-kompetensi-april-2026.md": NOTULEN_MD,
    "broadcast-wa-gladi-lapang-tsunami-2026.txt": WA_TXT,
    "faq-pengembangan-kompetensi-bpbd.txt": FAQ_TXT,
    "panggilan-srw-121-angkatan-ii-2026.txt": PANGGILAN_TXT,
}

CSVS = {
    "kuota-balisa-per-unit-2026.csv": (
        ["kode", "pelatihan", "jumlah_angkatan", "kuota_per_angkatan"]
        + KUOTA_UNITS
        + ["total_kuota", "keterangan"],
        kuota_rows,
        ",",
    ),
    "rekap-jp-triwulan-i-2026.csv": (REKAP_HEADER, rekap_rows, ";"),
    "jadwal-lingkar-siaga-2026.csv": (LINGKAR_HEADER, lambda: LINGKAR, ","),
    "inventaris-peralatan-latih-2026.csv": (INV_HEADER, inv_rows, ","),
}


# =========================================================================== main and check
def csv_text(header, rows, delimiter=","):
    """CSV with a closing note row carrying the sentence "Dokumen fiktif, untuk evaluasi."."""
    note = ["Catatan: " + FIKTIF] + [""] * (len(header) - 1)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    w.writerow(note)
    return buf.getvalue()


def xlsx_text(path):
    """Cell text of the workbook, sheet by sheet, one row per line (tab-separated)."""
    import openpyxl

    wb = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(f"## {ws.title}")
        for row in ws.iter_rows(values_only=True):
            cells = ["" if v is None else str(v) for v in row]
            if any(cells):
                out.append("\t".join(cells).rstrip())
    return "\n".join(out) + "\n"


def print_all_texts(names):
    """--text: PDF/DOCX through the shared helper, then the other documents' source text."""
    binary = [n for n in names if n in DOCS] if names else []
    if not names or binary:
        print_texts(DOCS, binary)
    for fname, content in PLAIN.items():
        stem = os.path.splitext(fname)[0]
        if not names or stem in names:
            print(f"===== {fname} =====")
            print(content)
    for fname, (header, rows, delim) in CSVS.items():
        stem = os.path.splitext(fname)[0]
        if not names or stem in names:
            print(f"===== {fname} =====")
            print(csv_text(header, rows(), delim))
    stem = os.path.splitext(XLSX_NAME)[0]
    if not names or stem in names:
        path = os.path.join(OUT, XLSX_NAME)
        if not os.path.exists(path):
            write_xlsx(path)
        print(f"===== {XLSX_NAME} =====")
        print(xlsx_text(path))


def write_documents(out):
    os.makedirs(out, exist_ok=True)
    for name, (fmt, blocks, title) in DOCS.items():
        path = os.path.join(out, f"{name}.{fmt}")
        if fmt == "pdf":
            to_text(blocks).encode("latin-1")  # core PDF fonts are latin-1 only
            print(f"wrote {path} ({make_pdf(blocks, path, title)} pages)")
        else:
            make_docx(blocks, path, title)
            print(f"wrote {path}")
    for fname, content in PLAIN.items():
        path = os.path.join(out, fname)
        with open(path, "w", encoding="utf-8") as f:
            f.write(content)
        print(f"wrote {path}")
    for fname, (header, rows, delim) in CSVS.items():
        with open(os.path.join(out, fname), "w", encoding="utf-8", newline="") as f:
            f.write(csv_text(header, rows(), delim))
        print(f"wrote {fname}")
    write_xlsx(os.path.join(out, XLSX_NAME))
    print(f"wrote {XLSX_NAME}")


def main(argv):
    if "--check" in argv:
        ok = check_question_set(os.path.join(HERE, "questions_agency_p.yaml"), DOCS, OUT, "p")
        sys.exit(0 if ok else 1)
    if "--text" in argv:
        print_all_texts([a for a in argv if a != "--text"])
        return
    write_documents(OUT)


if __name__ == "__main__":
    main(sys.argv[1:])
