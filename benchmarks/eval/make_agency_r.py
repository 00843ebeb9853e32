#!/usr/bin/env python3
"""Generate the documents of the fictional "agency R" evaluation set.

Agency R: Dinas Lingkungan Hidup (DLH) Kabupaten Batu Lalenta, Provinsi Tanjung Kirana
(fictional; WITA time zone). Staff: JF Pengendali Dampak Lingkungan (PEDAL), JF Pengawas
Lingkungan Hidup (PLH) with the Tim Reaksi Cepat Pengaduan, laboratory analysts of the UPTD
Laboratorium Lingkungan, field staff of the UPTD TPA Bukit Saloka (landfill; three regu in two
shifts, weighbridge, heavy-equipment operators) and bank sampah facilitators, waste-truck drivers
(outsourced, no JP), PPPK (full and part time), structural officials and interns (no JP).
In-house learning centre "Balai Belajar Lestari" (BBL, catalogue LH.01..LH.22) with the LMS
RIMBUN; mentoring programme SEMAI for new staff; post-training forms FR-A / RTL-B / LD-C;
certification of sampling officers (Petugas Pengambil Contoh, PPC, Lingkup A and Lingkup U) by
Keputusan Kepala Dinas 188.4/027/DLH/2026, which revokes Keputusan 188.4/061/DLH/2022 (sampling
officers, one level, numbers written out in words); community of practice "KOPI HIJAU".
Everything is fictional ("Dokumen fiktif, untuk evaluasi.").

Structural twists beyond agency Q: the target table of the regulation has a header that spans
two rows in the PDF; a list (duties during field practice) continues across a page break; the
revoked 2022 rule writes its numbers in words, the 2026 rule in digits; the FAQ restates a few
rules loosely ("sebulan", "tiga hari") while the regulation has the exact wording; a call letter
gives an online session in WITA and WIB; the minutes write amounts as "Rp5,4 juta" where the
budget writes "5.400.000"; a deadline falling on a Sunday moves to the next working day.

Writes every document into benchmarks/eval/agency_r/:
  perkadis-pengembangan-kompetensi-dlh-2026.pdf         Peraturan Kepala Dinas No. 2/2026 (long)
  kepkadis-sertifikasi-pengambil-contoh-2026.pdf        new PPC certification rule (revokes 2022)
  kepkadis-sertifikasi-petugas-sampling-2022.txt        old certification rule (revoked)
  sk-mentor-semai-angkatan-i-2026.docx                  mentor/mentee pairs (merged header), honoraria
  rab-balai-belajar-lestari-2026.docx                   BBL budget ("Jumlah" row, notes)
  rekap-jp-dlh-2025.xlsx                                workbook: JP per unit, PPC holders, samples, notes
  kuota-kelas-bbl-per-unit-2026.csv                     quota per course, one column per unit
  rekap-jp-semester-i-2026.csv                          ';'-delimited, decimal commas, total row
  jadwal-kopi-hijau-2026.csv                            community of practice (quoted newlines)
  rotasi-regu-tpa-september-2026.csv                    TPA shift / bank sampah rotation, September
  bantuan-rimbun.html                                   helpdesk page of the RIMBUN LMS
  panduan-program-semai.md                              Markdown with front matter
  pedoman-laporan-pasca-pelatihan-dlh.md                Markdown without front matter
  notulen-rapat-koordinasi-bbl-april-2026.md            minutes (dates/venue/deadline/quota moved)
  broadcast-wa-uji-ppc-gelombang-i-2026.txt             WhatsApp-style broadcast
  faq-pengembangan-kompetensi-dlh.txt                   FAQ
  panggilan-lh-15-pengawasan-limbah-b3-2026.txt         call letter, day-by-day schedule

Usage:
  python make_agency_r.py              # write all documents
  python make_agency_r.py --text       # source text of every document
  python make_agency_r.py --text NAME  # only the document whose file stem is NAME
  python make_agency_r.py --check      # check questions_agency_r.yaml against the documents
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
    dec,
    make_docx,
    make_pdf,
    print_texts,
    rp,
    tgl,
    to_text,
)

OUT = os.path.join(HERE, "agency_r")
FIKTIF = "Dokumen fiktif, untuk evaluasi."
FIXED_DATE = datetime.datetime(2026, 9, 7, 0, 30, tzinfo=datetime.UTC)

# --------------------------------------------------------------------------- the agency
KADIS = "Ir. Andi Muhammad Yusran, M.Si."
KADIS_NIP = "19720514 199803 1 006"
SEKRETARIS = "Hj. Sitti Rahmawati Baso, S.Sos., M.AP."
SEKRETARIS_NIP = "19790822 200501 2 009"
KASUBAG_UK = "Muhammad Arsyad Lamba, S.E."
ANALIS_SDM = "Nurhikmah Paturusi, S.Psi."
KABID_TL = "Dr. Bachtiar Mappiase, S.T., M.T."
KABID_PPH = "Yuliana Tandirerung, S.H., M.H."
KABID_PSL = "Ir. Hasanuddin Pawelloi"
KABID_PPKL = "Andi Nurul Fadhilah, S.Si., M.Si."
KA_LAB = "Maria Goretti Pasoloran, S.Si., M.Sc."
KA_TPA = "Syamsul Rijal Tahir, S.T."
KOORD_BS = "Rosdiana Lallo, S.KM."
PEDAL_MUDA = "Fadly Ramadhan Sompa, S.T., M.Eng."
PLH_MUDA = "Irwansyah Daeng Tompo, S.H."
ANALIS_LAB = "Dewi Anggraeni Palinggi, S.Si."
KOORD_SERT = "Agustinus Rante Allo, S.Si."
KOORD_SEMAI = "Sri Wahyuni Makkawaru, S.Hut."
KOORD_KOPI = "Ahmad Zulfikar Nur, S.Kel."
ADMIN_RIMBUN = "Reski Amalia Sahabuddin, S.Kom."
TEKNISI_LAB = "Hendrik Tandi Padang, A.Md."

WA_BBL = "0812-4417-3390"
WA_KASUBAG = "0813-4255-0618"
WA_HELPDESK = "0811-4630-2275"
WA_TL = "0852-4291-7713"
WA_PPH = "0813-4108-6624"
WA_PSL = "0821-8744-5092"
WA_PPKL = "0811-4219-8836"
WA_LAB = "0812-4690-1157"
WA_TPA = "0853-9401-2268"
WA_BS = "0822-9315-4470"
WA_SERT = "0813-5520-7481"
WA_SEMAI = "0852-5567-0934"
WA_KOPI = "0821-4783-2209"
WA_TRC = "0811-4600-1199"
TELP_KANTOR = "(0462) 731-540"
EMAIL_BBL = "balaibelajar@dlh.batulalenta.contoh"
EMAIL_HELPDESK = "bantuan.rimbun@dlh.batulalenta.contoh"

KANTOR = "Jalan Poros Tanjung Nomor 88, Lalenta"
AULA = "Aula Rimba, Kantor DLH lantai 2"
LABKELAS = "Ruang Kelas UPTD Laboratorium Lingkungan, Jalan Kima Raya Nomor 12"
TPAKANTOR = "Kantor Lapangan UPTD TPA Bukit Saloka"
BSI = "Gedung Bank Sampah Induk Lalenta Bersih, Kelurahan Bonto Lempangan"
RUANGDATA = "Ruang Data dan SIG, Kantor DLH lantai 1"
S03 = "titik pantau S-03 Sungai Lalenta (Jembatan Pasar Lama)"
S07 = "titik pantau S-07 Bendung Salomoni"

# Catalogue of the Balai Belajar Lestari: code, name, target group, JP, mode, schedule 2026,
# venue, quota, PJ key
KATALOG = [
    (
        "LH.01",
        "Orientasi Pegawai Baru Dinas Lingkungan Hidup",
        "CPNS, PPPK penuh waktu, PPPK paruh waktu, dan pegawai mutasi masuk",
        "16",
        "klasikal + kunjungan TPA dan laboratorium",
        "Angk. I 19-20 Jan; Angk. II 3-4 Agu",
        AULA,
        "30",
        "SEK",
    ),
    (
        "LH.02",
        "Dasar-Dasar Perlindungan dan Pengelolaan Lingkungan Hidup",
        "seluruh Pegawai yang belum pernah mengikuti",
        "12",
        "daring (modul RIMBUN)",
        "2-4 Feb",
        "RIMBUN (daring)",
        "50",
        "TL",
    ),
    (
        "LH.03",
        "Penyusunan dan Pemeriksaan Dokumen UKL-UPL dan SPPL",
        "JF PEDAL dan staf Bidang Tata Lingkungan",
        "24",
        "klasikal + studi kasus",
        "10-12 Feb",
        AULA,
        "20",
        "TL",
    ),
    (
        "LH.04",
        "Penilaian AMDAL bagi Anggota Tim Uji Kelayakan",
        "JF PEDAL Ahli Muda dan Ahli Madya",
        "32",
        "blended: 8 JP daring + 24 JP klasikal",
        "daring 2-3 Mar; klasikal 9-11 Mar",
        AULA,
        "12",
        "TL",
    ),
    (
        "LH.05",
        "Kajian Lingkungan Hidup Strategis (KLHS)",
        "JF PEDAL, staf Bidang Tata Lingkungan, dan staf Bidang PPKL",
        "16",
        "klasikal",
        "21-22 Apr",
        AULA,
        "20",
        "TL",
    ),
    (
        "LH.06",
        "Pengawasan Ketaatan Persetujuan Lingkungan",
        "JF PLH dan calon PLH",
        "40",
        "klasikal + praktik pengawasan lapangan",
        "Angk. I 23-27 Feb; Angk. II 7-11 Sep",
        AULA + " dan lokasi usaha",
        "15",
        "PPH",
    ),
    (
        "LH.07",
        "Penanganan Pengaduan dan Sengketa Lingkungan Hidup",
        "JF PLH, staf Bidang Penataan dan Penaatan, dan petugas Tim Reaksi Cepat Pengaduan",
        "12",
        "klasikal",
        "14-15 Apr",
        AULA,
        "25",
        "PPH",
    ),
    (
        "LH.08",
        "Pengambilan Contoh Uji Air",
        "analis laboratorium, JF PLH, staf Bidang PPKL, dan calon peserta uji sertifikasi PPC "
        "Lingkup A",
        "24",
        "klasikal + praktik di titik pantau S-03",
        "Angk. I 3-5 Mar; Angk. II 4-6 Agu",
        LABKELAS,
        "12",
        "LAB",
    ),
    (
        "LH.09",
        "Pengambilan Contoh Uji Udara Ambien dan Emisi",
        "analis laboratorium dan staf Bidang PPKL",
        "24",
        "klasikal + praktik pengukuran cerobong",
        "7-9 Apr",
        LABKELAS,
        "10",
        "LAB",
    ),
    (
        "LH.10",
        "Penerapan SNI ISO/IEC 17025:2017 dan Jaminan Mutu Hasil Uji",
        "analis laboratorium dan penyelia laboratorium",
        "32",
        "klasikal + simulasi audit internal",
        "19-22 Mei",
        LABKELAS,
        "16",
        "LAB",
    ),
    (
        "LH.11",
        "Keselamatan Kerja dan Penanganan Bahan Kimia di Laboratorium",
        "seluruh Pegawai laboratorium dan peserta magang di laboratorium",
        "8",
        "klasikal + simulasi tumpahan bahan kimia",
        "Angk. I 13 Jan; Angk. II 14 Jul",
        LABKELAS,
        "20",
        "LAB",
    ),
    (
        "LH.12",
        "Operasional Sel Landfill dan Alat Berat yang Aman",
        "petugas sel landfill dan operator alat berat UPTD TPA",
        "16",
        "klasikal + praktik di zona aktif",
        "Angk. I 24-25 Feb; Angk. II 20-21 Okt",
        TPAKANTOR,
        "15",
        "TPA",
    ),
    (
        "LH.13",
        "Pengelolaan Lindi dan Gas Metana di TPA",
        "petugas UPTD TPA, staf Bidang PSLB3, dan JF PEDAL",
        "12",
        "klasikal + kunjungan instalasi pengolahan lindi",
        "23-24 Jun",
        TPAKANTOR,
        "15",
        "TPA",
    ),
    (
        "LH.14",
        "Fasilitasi dan Pembinaan Bank Sampah Unit",
        "fasilitator bank sampah dan staf Bidang PSLB3",
        "16",
        "klasikal + praktik penimbangan dan pembukuan",
        "Angk. I 28-29 Apr; Angk. II 22-23 Sep",
        BSI,
        "24",
        "BS",
    ),
    (
        "LH.15",
        "Pengawasan Pengelolaan Limbah B3",
        "JF PLH dan staf Bidang PSLB3",
        "32",
        "klasikal + inspeksi lapangan",
        "24-27 Agu",
        AULA + " dan lokasi penghasil limbah B3",
        "12",
        "PPH",
    ),
    (
        "LH.16",
        "Inventarisasi Gas Rumah Kaca dan Aksi Iklim Daerah",
        "staf Bidang PPKL dan JF PEDAL",
        "12",
        "blended: 4 JP daring + 8 JP klasikal",
        "daring 5 Okt; klasikal 6 Okt",
        AULA,
        "20",
        "PPKL",
    ),
    (
        "LH.17",
        "Pemantauan Kualitas Air Sungai dan Indeks Kualitas Lingkungan Hidup",
        "staf Bidang PPKL dan analis laboratorium",
        "24",
        "blended: 6 JP daring + 18 JP klasikal",
        "daring 12-13 Okt; klasikal 19-21 Okt",
        AULA,
        "15",
        "PPKL",
    ),
    (
        "LH.18",
        "Sistem Informasi Geografis untuk Pengawasan dan Pemantauan",
        "JF PLH, JF PEDAL, dan staf Bidang PPKL",
        "16",
        "praktik komputer",
        "10-11 Nov",
        RUANGDATA,
        "15",
        "PPKL",
    ),
    (
        "LH.19",
        "Pelatihan Mentor SEMAI",
        "calon mentor Program SEMAI",
        "12",
        "klasikal",
        "Angk. I 27-28 Jan; Angk. II 18-19 Agu",
        AULA,
        "12",
        "SMI",
    ),
    (
        "LH.20",
        "Kepemimpinan Lapangan bagi Pejabat Pengawas dan Kepala Regu",
        "kepala seksi, kepala subbagian, kepala regu TPA, dan koordinator fasilitator bank sampah",
        "24",
        "klasikal (lokakarya)",
        "17-19 Nov",
        AULA,
        "20",
        "SEK",
    ),
    (
        "LH.21",
        "Menyusun Laporan Pasca-Pelatihan",
        "peserta pelatihan 12 JP atau lebih dan pegawai baru",
        "3",
        "daring (Zoom)",
        "setiap Selasa minggu ketiga (Feb-Nov), pukul 09.00-11.30 WITA (jika libur, hari kerja "
        "berikutnya)",
        "RIMBUN (daring)",
        "60",
        "SEK",
    ),
    (
        "LH.22",
        "Pembekalan K3 bagi Tenaga Pendukung, Pengemudi Truk Sampah, dan Peserta Magang",
        "peserta magang, tenaga alih daya (termasuk pengemudi dan kernet truk sampah), dan PPPK "
        "paruh waktu baru",
        "6",
        "klasikal + peragaan APD",
        "setiap Rabu pertama setiap bulan, pukul 07.30-12.00 WITA (jika libur, hari kerja "
        "berikutnya)",
        TPAKANTOR,
        "20",
        "SEK",
    ),
]

PJ = [
    ("SEK", KASUBAG_UK, "Kepala Subbagian Umum dan Kepegawaian", WA_KASUBAG),
    ("TL", KABID_TL, "Kepala Bidang Tata Lingkungan", WA_TL),
    ("PPH", KABID_PPH, "Kepala Bidang Penataan dan Penaatan PPLH", WA_PPH),
    ("PSL", KABID_PSL, "Kepala Bidang Pengelolaan Sampah dan Limbah B3", WA_PSL),
    ("PPKL", KABID_PPKL, "Kepala Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan", WA_PPKL),
    ("LAB", KA_LAB, "Kepala UPTD Laboratorium Lingkungan", WA_LAB),
    ("TPA", KA_TPA, "Kepala UPTD TPA Bukit Saloka", WA_TPA),
    ("BS", KOORD_BS, "Koordinator Fasilitator Bank Sampah", WA_BS),
    ("SMI", KOORD_SEMAI, "Koordinator Program SEMAI", WA_SEMAI),
    (
        "SRT",
        KOORD_SERT,
        "Penyelia Laboratorium, Koordinator Sertifikasi Petugas Pengambil Contoh",
        WA_SERT,
    ),
    ("KPH", KOORD_KOPI, "Koordinator Komunitas Praktik KOPI HIJAU", WA_KOPI),
    ("BBL", ANALIS_SDM, "Analis SDM Aparatur, pengelola Balai Belajar Lestari", WA_BBL),
]

# Table 1: group, PNS target, PPPK penuh waktu target, minimum content
TARGET = [
    (
        "Pejabat struktural (Kepala Dinas, Sekretaris, Kepala Bidang, Kepala UPTD, Kepala "
        "Subbagian, Kepala Seksi)",
        "24",
        "-",
        "paling sedikit 8 JP kepemimpinan atau manajerial",
    ),
    (
        "JF Pengendali Dampak Lingkungan (PEDAL)",
        "36",
        "30",
        "paling sedikit 12 JP dokumen lingkungan atau KLHS",
    ),
    (
        "JF Pengawas Lingkungan Hidup (PLH)",
        "40",
        "30",
        "paling sedikit 16 JP pengawasan, termasuk LH.06 atau LH.15",
    ),
    (
        "Analis laboratorium UPTD Laboratorium Lingkungan",
        "32",
        "28",
        "paling sedikit 8 JP jaminan mutu atau pengambilan contoh",
    ),
    (
        "Fasilitator bank sampah",
        "24",
        "20",
        "paling sedikit 6 JP fasilitasi bank sampah",
    ),
    (
        "Petugas UPTD TPA (operator alat berat, petugas timbang, petugas sel landfill)",
        "20",
        "20",
        "paling sedikit 6 JP K3 atau operasional TPA",
    ),
    ("Pelaksana lainnya", "20", "20", "JP minimal nasional"),
    (
        "PPPK paruh waktu (semua jabatan)",
        "-",
        "10",
        "diutamakan LH.22 dan modul daring RIMBUN",
    ),
    (
        "Tenaga alih daya, termasuk pengemudi dan kernet truk sampah (non-ASN)",
        "tidak ada target",
        "tidak ada target",
        "JP tidak dicatat; kehadiran dicatat dalam daftar hadir tenaga pendukung",
    ),
    (
        "Peserta magang (non-ASN)",
        "tidak ada target",
        "tidak ada target",
        "JP tidak dicatat; memperoleh surat keterangan magang",
    ),
]

KONVERSI = [
    (
        "Webinar atau seminar bersertifikat (paling singkat 2 jam)",
        "1 kegiatan",
        "2 JP",
        "paling banyak 8 JP per tahun",
    ),
    ("Workshop atau bimbingan teknis", "1 hari", "6 JP", "-"),
    (
        "Modul daring RIMBUN atau modul daring Kementerian Lingkungan Hidup",
        "sesuai modul",
        "sesuai modul",
        "paling banyak 3 JP per hari",
    ),
    (
        "Coaching terdokumentasi (paling singkat 45 menit)",
        "1 sesi",
        "1 JP",
        "paling banyak 6 JP per tahun",
    ),
    (
        "Program SEMAI sebagai peserta semai",
        "1 pertemuan refleksi",
        "2 JP",
        "paling banyak 12 JP per program",
    ),
    (
        "Program SEMAI sebagai mentor",
        "1 pertemuan refleksi",
        "1 JP",
        "paling banyak 6 JP per program",
    ),
    (
        "Pertemuan KOPI HIJAU sebagai peserta",
        "1 pertemuan",
        "1 JP",
        "paling banyak 8 JP per tahun",
    ),
    (
        "Pertemuan KOPI HIJAU sebagai pemantik",
        "1 pertemuan",
        "3 JP",
        "paling banyak 9 JP per tahun",
    ),
    (
        "Uji profisiensi atau uji banding antarlaboratorium (analis laboratorium)",
        "1 putaran",
        "4 JP",
        "paling banyak 8 JP per tahun",
    ),
    (
        "Magang di Kementerian Lingkungan Hidup atau DLH Provinsi Tanjung Kirana",
        "1 minggu",
        "10 JP",
        "paling banyak 20 JP per tahun",
    ),
    (
        "Narasumber penyuluhan lingkungan, termasuk di sekolah Adiwiyata",
        "1 kegiatan",
        "2 JP",
        "paling banyak 10 JP per tahun",
    ),
    ("Patok banding (studi tiru)", "1 kegiatan", "8 JP", "paling banyak 16 JP per tahun"),
    (
        "Menulis artikel praktik baik di laman DLH",
        "1 artikel",
        "3 JP",
        "paling banyak 6 JP per tahun",
    ),
    (
        "Pengawasan lapangan rutin, pengambilan contoh rutin, dan operasional TPA",
        "-",
        "tidak dikonversi",
        "dicatat sebagai kinerja",
    ),
]

WAJIB = [
    (
        "LH.01 Orientasi Pegawai Baru Dinas Lingkungan Hidup",
        "seluruh Pegawai baru",
        "sekali, dalam 3 bulan pertama",
        "belum dapat ditugaskan ke lapangan tanpa pendamping",
    ),
    (
        "LH.11 Keselamatan Kerja dan Penanganan Bahan Kimia di Laboratorium",
        "seluruh Pegawai dan peserta magang yang bekerja di laboratorium",
        "setiap 2 tahun",
        "tidak diizinkan masuk ruang instrumen dan ruang asam tanpa pendamping",
    ),
    (
        "LH.12 Operasional Sel Landfill dan Alat Berat yang Aman",
        "operator alat berat dan petugas sel landfill",
        "setiap 3 tahun",
        "tidak boleh mengoperasikan ekskavator, buldoser, atau kompaktor",
    ),
    (
        "LH.06 Pengawasan Ketaatan Persetujuan Lingkungan",
        "JF PLH",
        "sekali, sebelum menjadi ketua tim pengawasan",
        "hanya dapat ditugaskan sebagai anggota tim pengawasan",
    ),
    (
        "Sertifikat Petugas Pengambil Contoh (PPC)",
        "Pegawai yang mengambil contoh uji untuk dilaporkan atas nama UPTD Laboratorium Lingkungan",
        "3 tahun",
        "tidak boleh menandatangani berita acara pengambilan contoh",
    ),
    (
        "LH.22 Pembekalan K3 bagi Tenaga Pendukung, Pengemudi Truk Sampah, dan Peserta Magang",
        "tenaga alih daya dan peserta magang",
        "sekali, dalam 1 bulan pertama",
        "tidak ditugaskan di zona aktif TPA",
    ),
]

SHIFT = [
    (
        "UPTD TPA Bukit Saloka (sel landfill dan alat berat)",
        "Senin-Minggu",
        "06.00-18.00 WITA",
        "Shift Pagi 06.00-12.30 WITA; Shift Siang 11.30-18.00 WITA; 3 regu bergiliran",
        "paling banyak 2 petugas per shift, termasuk paling banyak 1 operator alat berat",
    ),
    (
        "Jembatan timbang TPA Bukit Saloka",
        "Senin-Minggu",
        "06.00-18.00 WITA",
        "mengikuti shift TPA",
        "tidak ada petugas timbang yang dilepas pada hari Senin",
    ),
    (
        "UPTD Laboratorium Lingkungan (penerimaan contoh)",
        "Senin-Jumat",
        "08.00-14.00 WITA",
        "satu shift 07.30-16.00 WITA",
        "paling banyak 3 analis; paling sedikit 1 penyelia tetap di laboratorium",
    ),
    (
        "Bank Sampah Induk Lalenta Bersih",
        "Selasa-Sabtu",
        "08.00-15.00 WITA",
        "satu shift",
        "paling banyak 2 fasilitator",
    ),
    (
        "Tim Reaksi Cepat Pengaduan (JF PLH)",
        "Senin-Jumat; piket Sabtu-Minggu",
        "sesuai jadwal piket",
        "1 regu piket, 1 regu cadangan",
        "hanya regu yang tidak piket",
    ),
    (
        "Armada truk sampah (pengemudi dan kernet alih daya)",
        "Senin-Minggu",
        "rit pagi 05.00-10.00 WITA; rit sore 15.00-18.00 WITA",
        "sesuai rute",
        "bukan Pegawai; pembekalan dijadwalkan di luar jam rit",
    ),
]

APD = [
    (
        "Pengambilan contoh air sungai dan danau",
        "sepatu boot, sarung tangan nitril, rompi reflektif, pelampung",
        "pelampung wajib bila kedalaman lebih dari 1 meter",
    ),
    (
        "Pengambilan contoh air limbah",
        "sepatu boot, sarung tangan nitril, masker respirator, kacamata pelindung",
        "didampingi petugas dari penanggung jawab usaha",
    ),
    (
        "Pengukuran udara ambien dan emisi cerobong",
        "helm, sabuk pengaman (full body harness), sarung tangan tahan panas, masker respirator",
        "bekerja di ketinggian lebih dari 2 meter paling sedikit 2 orang",
    ),
    (
        "Praktik di zona aktif TPA",
        "helm, rompi reflektif, sepatu boot, masker, sarung tangan kerja",
        "menjauh paling sedikit 10 meter dari alat berat yang bekerja",
    ),
    (
        "Praktik penimbangan di bank sampah",
        "sarung tangan kerja, masker",
        "-",
    ),
]


# =========================================================================== budget
# code, name, batches, participants per batch, cost per batch
RAB = [
    ("LH.01", "Orientasi Pegawai Baru Dinas Lingkungan Hidup", 2, 30, 9_600_000),
    ("LH.03", "Penyusunan dan Pemeriksaan Dokumen UKL-UPL dan SPPL", 1, 20, 14_250_000),
    ("LH.04", "Penilaian AMDAL bagi Anggota Tim Uji Kelayakan", 1, 12, 22_800_000),
    ("LH.05", "Kajian Lingkungan Hidup Strategis (KLHS)", 1, 20, 10_500_000),
    ("LH.06", "Pengawasan Ketaatan Persetujuan Lingkungan", 2, 15, 26_400_000),
    ("LH.08", "Pengambilan Contoh Uji Air", 2, 12, 18_900_000),
    ("LH.09", "Pengambilan Contoh Uji Udara Ambien dan Emisi", 1, 10, 21_350_000),
    ("LH.10", "Penerapan SNI ISO/IEC 17025:2017 dan Jaminan Mutu Hasil Uji", 1, 16, 24_600_000),
    ("LH.12", "Operasional Sel Landfill dan Alat Berat yang Aman", 2, 15, 12_750_000),
    ("LH.13", "Pengelolaan Lindi dan Gas Metana di TPA", 1, 15, 8_450_000),
    ("LH.14", "Fasilitasi dan Pembinaan Bank Sampah Unit", 2, 24, 11_200_000),
    ("LH.15", "Pengawasan Pengelolaan Limbah B3", 1, 12, 27_500_000),
    (
        "LH.17",
        "Pemantauan Kualitas Air Sungai dan Indeks Kualitas Lingkungan Hidup",
        1,
        15,
        13_800_000,
    ),
    ("LH.18", "Sistem Informasi Geografis untuk Pengawasan dan Pemantauan", 1, 15, 9_900_000),
    ("LH.20", "Kepemimpinan Lapangan bagi Pejabat Pengawas dan Kepala Regu", 1, 20, 16_300_000),
    (
        "lainnya",
        "Pelatihan BBL lainnya (7 judul: LH.02, LH.07, LH.11, LH.16, LH.19, LH.21, LH.22)",
        1,
        0,
        23_600_000,
    ),
]
RAB_TOTAL = sum(a * c for _k, _n, a, _p, c in RAB)

SERT_BIAYA = 1_350_000
SERT_ULANG = 650_000
ANGGARAN = [
    ["Balai Belajar Lestari (BBL), pelatihan LH.01 s.d. LH.22", "APBD", RAB_TOTAL],
    [
        "Pengiriman pelatihan eksternal (Kementerian Lingkungan Hidup, BPSDM Provinsi Tanjung "
        "Kirana)",
        "APBD",
        146_000_000,
    ],
    [
        "Sertifikasi Petugas Pengambil Contoh (2 gelombang, 28 peserta)",
        "APBD",
        28 * SERT_BIAYA,
    ],
    ["Program SEMAI (honorarium mentor, pertemuan refleksi, forum)", "APBD", 14_400_000],
    ["Pengembangan dan hosting RIMBUN", "APBD", 24_600_000],
    ["Bahan dan peralatan praktik laboratorium dan sampling latih", "APBD", 41_250_000],
    ["Uji profisiensi UPTD Laboratorium Lingkungan (2 putaran)", "DAK Nonfisik", 18_500_000],
    ["Patok banding pengelolaan TPA (1 kegiatan)", "APBD", 32_000_000],
    ["Komunitas Praktik KOPI HIJAU", "APBD", 6_000_000],
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


# =========================================================================== PERKADIS 2/2026
PERKADIS = [
    C("PERATURAN KEPALA DINAS"),
    C("DINAS LINGKUNGAN HIDUP KABUPATEN BATU LALENTA"),
    C("NOMOR 2 TAHUN 2026"),
    C("TENTANG"),
    C("PENGEMBANGAN KOMPETENSI PEGAWAI DINAS LINGKUNGAN HIDUP"),
    P(
        FIKTIF + " Kabupaten Batu Lalenta, Provinsi Tanjung Kirana, serta seluruh nama orang, "
        "unit, lokasi, nomor peraturan, nomor telepon, dan angka dalam dokumen ini adalah rekaan "
        "dan tidak merujuk pada instansi yang sebenarnya."
    ),
    C("DENGAN RAHMAT TUHAN YANG MAHA ESA"),
    C("KEPALA DINAS LINGKUNGAN HIDUP KABUPATEN BATU LALENTA,"),
    P("Menimbang:"),
    L(
        "a. bahwa pengawasan ketaatan usaha, penilaian dokumen lingkungan, pengujian "
        "laboratorium, pengelolaan tempat pemrosesan akhir sampah, dan pembinaan bank sampah "
        "menuntut pegawai yang kompeten, bekerja dengan selamat, dan menghasilkan data yang "
        "dapat dipertanggungjawabkan;",
        "b. bahwa setiap Pegawai Aparatur Sipil Negara wajib mengembangkan kompetensinya melalui "
        "pembelajaran secara terus-menerus sesuai dengan jabatannya;",
        "c. bahwa Peraturan Kepala Dinas Nomor 5 Tahun 2019 tentang Pendidikan dan Pelatihan "
        "Pegawai Dinas Lingkungan Hidup belum mengatur keselamatan kerja lapangan, sertifikasi "
        "petugas pengambil contoh, pendampingan pegawai baru, komunitas praktik, PPPK paruh "
        "waktu, tenaga alih daya, dan peserta magang sehingga perlu diganti;",
        "d. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan huruf "
        "c, perlu menetapkan Peraturan Kepala Dinas tentang Pengembangan Kompetensi Pegawai Dinas "
        "Lingkungan Hidup;",
    ),
    P("Mengingat:"),
    L(
        "1. Undang-Undang Nomor 18 Tahun 2008 tentang Pengelolaan Sampah;",
        "2. Undang-Undang Nomor 32 Tahun 2009 tentang Perlindungan dan Pengelolaan Lingkungan "
        "Hidup sebagaimana telah diubah;",
        "3. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
        "4. Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil "
        "sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;",
        "5. Peraturan Pemerintah Nomor 22 Tahun 2021 tentang Penyelenggaraan Perlindungan dan "
        "Pengelolaan Lingkungan Hidup;",
        "6. Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
        "Kompetensi Pegawai Negeri Sipil;",
        "7. Peraturan Bupati Batu Lalenta Nomor 47 Tahun 2022 tentang Kedudukan, Susunan "
        "Organisasi, Tugas dan Fungsi, serta Tata Kerja Dinas Lingkungan Hidup;",
    ),
    C("MEMUTUSKAN:"),
    P(
        "Menetapkan: PERATURAN KEPALA DINAS TENTANG PENGEMBANGAN KOMPETENSI PEGAWAI DINAS "
        "LINGKUNGAN HIDUP."
    ),
    H1("BAB I KETENTUAN UMUM"),
    H2("Pasal 1"),
    P("Dalam Peraturan Kepala Dinas ini yang dimaksud dengan:"),
    L(
        "1. Daerah adalah Kabupaten Batu Lalenta.",
        "2. Dinas Lingkungan Hidup yang selanjutnya disingkat DLH adalah Dinas Lingkungan Hidup "
        "Kabupaten Batu Lalenta.",
        "3. Kepala Dinas adalah Kepala DLH.",
        "4. Sekretaris adalah Sekretaris DLH yang mengoordinasikan pengembangan kompetensi "
        "Pegawai.",
        "5. Pegawai adalah Pegawai Negeri Sipil (PNS), Pegawai Pemerintah dengan Perjanjian Kerja "
        "(PPPK) penuh waktu, dan PPPK paruh waktu yang bekerja di DLH.",
        "6. Tenaga alih daya adalah tenaga non-ASN yang dipekerjakan melalui perusahaan penyedia "
        "jasa, antara lain pengemudi dan kernet truk sampah, penyapu jalan, petugas keamanan, dan "
        "petugas kebersihan kantor, dan bukan merupakan Pegawai.",
        "7. Peserta magang adalah mahasiswa atau siswa sekolah menengah kejuruan yang "
        "melaksanakan praktik kerja di DLH berdasarkan perjanjian dengan lembaga pendidikannya; "
        "peserta magang bukan Pegawai dan bukan ASN.",
        "8. Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu pengembangan "
        "kompetensi; 1 (satu) JP sama dengan 45 (empat puluh lima) menit.",
        "9. Pengendali Dampak Lingkungan yang selanjutnya disingkat PEDAL adalah jabatan "
        "fungsional yang melaksanakan pengendalian dampak lingkungan, antara lain pemeriksaan "
        "dokumen lingkungan dan penyusunan Kajian Lingkungan Hidup Strategis.",
        "10. Pengawas Lingkungan Hidup yang selanjutnya disingkat PLH adalah jabatan fungsional "
        "yang melaksanakan pengawasan ketaatan penanggung jawab usaha dan/atau kegiatan terhadap "
        "persetujuan lingkungan dan peraturan perundang-undangan lingkungan hidup.",
        "11. UPTD Laboratorium Lingkungan adalah unit pelaksana teknis daerah pada DLH yang "
        "melaksanakan pengujian kualitas air dan udara dan telah terakreditasi SNI ISO/IEC "
        "17025:2017 dengan nomor akreditasi LP-1187-IDN.",
        "12. Analis laboratorium adalah Pegawai pada UPTD Laboratorium Lingkungan yang "
        "melaksanakan pengujian contoh uji, termasuk penyelia dan teknisi laboratorium.",
        "13. Petugas Pengambil Contoh yang selanjutnya disingkat PPC adalah Pegawai yang "
        "mengambil contoh uji air dan/atau udara di lapangan menurut metode baku untuk diuji di "
        "UPTD Laboratorium Lingkungan.",
        "14. UPTD TPA Bukit Saloka adalah unit pelaksana teknis daerah yang mengelola tempat "
        "pemrosesan akhir sampah dengan sistem lahan urug saniter (sanitary landfill) di Desa "
        "Saloka, Kecamatan Tompo Batu.",
        "15. Bank Sampah Induk Lalenta Bersih adalah bank sampah induk yang dikelola DLH di "
        "Kelurahan Bonto Lempangan untuk membina bank sampah unit di desa dan kelurahan.",
        "16. Fasilitator bank sampah adalah Pegawai yang membina, mendampingi, dan mencatat "
        "kegiatan bank sampah unit.",
        "17. Balai Belajar Lestari yang selanjutnya disingkat BBL adalah pusat pembelajaran "
        "internal DLH yang dikelola Subbagian Umum dan Kepegawaian.",
        "18. Ruang Informasi dan Modul Belajar Untuk Negeri yang selanjutnya disebut RIMBUN adalah "
        "sistem manajemen pembelajaran (learning management system) BBL.",
        "19. Program SEMAI adalah program mentoring di tempat kerja selama 3 (tiga) bulan bagi "
        "Pegawai baru di unit teknis dan lapangan oleh Pegawai senior yang disebut mentor; "
        "namanya diambil dari kegiatan menyemai bibit.",
        "20. Peserta semai adalah Pegawai baru yang mengikuti Program SEMAI.",
        "21. KOPI HIJAU adalah Komunitas Praktik Insan Hijau, yaitu komunitas praktik lintas "
        "bidang, UPTD, dan fasilitator bank sampah yang bertemu secara berkala untuk berbagi "
        "pengalaman kerja lapangan.",
        "22. Laporan pasca-pelatihan adalah Formulir Refleksi (Formulir FR-A), Rencana Tindak "
        "Lanjut (Formulir RTL-B), dan Laporan Dampak (Formulir LD-C).",
        "23. Rencana Pengembangan Individu yang selanjutnya disingkat RPI adalah rencana tahunan "
        "pengembangan kompetensi yang disusun setiap Pegawai bersama atasan langsung.",
        "24. Tim Reaksi Cepat Pengaduan yang selanjutnya disingkat TRC adalah tim JF PLH dan "
        "staf Bidang Penataan dan Penaatan yang menindaklanjuti pengaduan pencemaran dan "
        "perusakan lingkungan.",
        "25. Titik pantau adalah lokasi tetap pengambilan contoh uji, antara lain titik S-01 "
        "sampai dengan S-09 di Sungai Lalenta.",
        "26. Alat pelindung diri yang selanjutnya disingkat APD adalah perlengkapan yang wajib "
        "dipakai untuk melindungi Pegawai dari bahaya di tempat kerja.",
        "27. WITA adalah Waktu Indonesia Tengah; seluruh waktu dalam Peraturan Kepala Dinas ini "
        "dinyatakan dalam WITA.",
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
        "b. menjamin setiap PLH, PPC, analis laboratorium, dan petugas UPTD TPA memiliki "
        "pelatihan wajib dan sertifikat yang masih berlaku;",
        "c. menjaga keselamatan Pegawai dalam kegiatan lapangan dan laboratorium;",
        "d. menjaga mutu dan keabsahan data hasil pengujian dan pengawasan;",
        "e. memperkuat budaya belajar melalui mentoring, coaching, dan komunitas praktik; dan",
        "f. meningkatkan kinerja pelayanan perlindungan dan pengelolaan lingkungan hidup.",
    ),
    H2("Pasal 3"),
    P("Ruang lingkup Peraturan Kepala Dinas ini meliputi:"),
    L(
        "a. hak, kewajiban, dan target JP;",
        "b. perencanaan pengembangan kompetensi;",
        "c. jalur dan konversi pengembangan kompetensi;",
        "d. penyelenggaraan BBL;",
        "e. pelatihan wajib, keselamatan kerja, dan sertifikasi;",
        "f. ketentuan khusus UPTD TPA, UPTD Laboratorium Lingkungan, fasilitator bank sampah, "
        "dan jabatan fungsional;",
        "g. Program SEMAI, coaching, dan KOPI HIJAU;",
        "h. tenaga alih daya dan peserta magang;",
        "i. laporan pasca-pelatihan;",
        "j. anggaran; dan",
        "k. evaluasi, penghargaan, dan pelaporan.",
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
        "c. mencatatkan setiap kegiatan pengembangan kompetensi pada RIMBUN; dan",
        "d. menerapkan hasil pelatihan dan menyampaikan laporan pasca-pelatihan.",
    ),
    P(
        "(3) Kepala UPTD TPA Bukit Saloka, Kepala UPTD Laboratorium Lingkungan, dan Koordinator "
        "Fasilitator Bank Sampah wajib mengatur jadwal shift, regu, dan kunjungan lapangan "
        "sehingga Pegawai dapat mengikuti pengembangan kompetensi tanpa menghentikan layanan."
    ),
    H2("Bagian Kedua - Target Jam Pelajaran"),
    H2("Pasal 5"),
    P(
        "(1) Setiap PNS wajib mengikuti pengembangan kompetensi paling sedikit 20 (dua puluh) JP "
        "dalam 1 (satu) tahun."
    ),
    P(
        "(2) DLH menetapkan target yang lebih tinggi bagi kelompok jabatan tertentu dan target "
        "tersendiri bagi PPPK sebagaimana tercantum dalam Tabel 1."
    ),
    P(
        "(3) Muatan paling sedikit dalam Tabel 1 merupakan bagian dari target JP, bukan tambahan. "
        'Tanda "-" berarti kelompok jabatan tersebut tidak diisi oleh pegawai dengan status itu.'
    ),
    T(
        "Tabel 1. Target JP per Tahun menurut Kelompok Jabatan dan Status Kepegawaian",
        ["Kelompok jabatan", "PNS", "PPPK penuh waktu", "Muatan paling sedikit / keterangan"],
        [list(r) for r in TARGET],
        [60, 20, 24, 60],
        header2=[
            ("Kelompok jabatan", 1),
            ("Target JP per tahun", 2),
            ("Muatan paling sedikit / keterangan", 1),
        ],
    ),
    H2("Pasal 6"),
    P("(1) Capaian JP dihitung per tahun kalender, dari 1 Januari sampai dengan 31 Desember."),
    P("(2) JP yang melebihi target tidak dapat dialihkan ke tahun berikutnya."),
    P(
        "(3) Pegawai yang berpindah kelompok jabatan dalam satu tahun mengikuti target kelompok "
        "jabatan yang paling lama didudukinya dalam tahun berjalan."
    ),
    P(
        "(4) Pegawai yang menjalani cuti melahirkan, cuti besar, cuti sakit, atau cuti di luar "
        "tanggungan negara lebih dari 3 (tiga) bulan dalam tahun berjalan memperoleh target JP "
        "secara proporsional. Ketentuan mengenai hak cuti mengikuti peraturan perundang-undangan "
        "dan tidak diatur dalam Peraturan Kepala Dinas ini."
    ),
    P(
        "(5) Pegawai yang merangkap tugas, misalnya JF PLH yang juga ditugaskan sebagai PPC, "
        "mengikuti target yang lebih tinggi di antara kelompok jabatannya."
    ),
    H2("Bagian Ketiga - PPPK"),
    H2("Pasal 7"),
    P(
        "(1) PPPK penuh waktu memiliki target sebagaimana tercantum dalam kolom PPPK penuh waktu "
        "pada Tabel 1 dan difasilitasi pengembangan kompetensi paling banyak 24 (dua puluh empat) "
        "JP dalam 1 (satu) tahun masa perjanjian kerja."
    ),
    P(
        "(2) JP di atas batas fasilitasi sebagaimana dimaksud pada ayat (1) dipenuhi dari kegiatan "
        "nonklasikal tanpa biaya, terutama modul daring RIMBUN, KOPI HIJAU, dan Program SEMAI."
    ),
    P(
        "(3) PPPK paruh waktu memiliki target 10 (sepuluh) JP per tahun yang diutamakan dari "
        "LH.22 dan modul daring RIMBUN."
    ),
    P(
        "(4) PPPK paruh waktu tidak ditugaskan sebagai PPC dan tidak mengoperasikan alat berat "
        "di UPTD TPA Bukit Saloka."
    ),
    BR(),
    H1("BAB IV PERENCANAAN PENGEMBANGAN KOMPETENSI"),
    H2("Pasal 8"),
    P(
        "(1) Subbagian Umum dan Kepegawaian melaksanakan analisis kebutuhan pengembangan "
        "kompetensi setiap bulan Juli sampai dengan Agustus untuk tahun berikutnya."
    ),
    P("(2) Analisis kebutuhan menggunakan data:"),
    L(
        "a. kesenjangan kompetensi hasil pemetaan jabatan;",
        "b. kesenjangan kinerja hasil evaluasi kinerja Pegawai;",
        "c. masa berlaku Sertifikat PPC dan pelatihan wajib;",
        "d. rekapitulasi RPI tahun berjalan;",
        "e. temuan asesmen Komite Akreditasi Nasional pada UPTD Laboratorium Lingkungan;",
        "f. catatan kecelakaan kerja dan hampir celaka (near miss) di UPTD TPA Bukit Saloka; dan",
        "g. hasil penilaian Adipura dan pengaduan masyarakat.",
    ),
    H2("Pasal 9"),
    P("(1) RPI disusun melalui RIMBUN dengan jadwal sebagai berikut:"),
    L(
        "a. Pegawai mengisi RPI paling lambat tanggal 15 Januari;",
        "b. atasan langsung menyetujui RPI paling lambat tanggal 25 Januari;",
        "c. Kepala Bidang dan Kepala UPTD menyampaikan rekapitulasi RPI unitnya kepada Subbagian "
        "Umum dan Kepegawaian paling lambat tanggal 5 Februari; dan",
        "d. Kepala Dinas menetapkan Rencana Pengembangan Kompetensi Tahunan DLH paling lambat "
        "tanggal 28 Februari.",
    ),
    P(
        "(2) Khusus Tahun 2026, batas waktu sebagaimana dimaksud pada ayat (1) huruf a, huruf b, "
        "dan huruf c menjadi tanggal 30 Januari 2026, tanggal 6 Februari 2026, dan tanggal 13 "
        "Februari 2026."
    ),
    P(
        "(3) RPI dapat diubah paling banyak 1 (satu) kali dalam satu tahun, paling lambat tanggal "
        "15 Agustus, dengan persetujuan atasan langsung."
    ),
    H1("BAB V JALUR DAN KONVERSI PENGEMBANGAN KOMPETENSI"),
    H2("Bagian Kesatu - Jalur Pengembangan Kompetensi"),
    H2("Pasal 10"),
    P("(1) Pengembangan kompetensi dilaksanakan melalui jalur pendidikan dan jalur pelatihan."),
    P("(2) Jalur pelatihan terdiri atas pelatihan klasikal dan pelatihan nonklasikal."),
    P(
        "(3) Pelatihan klasikal antara lain pelatihan teknis lingkungan hidup, pelatihan "
        "fungsional, bimbingan teknis, seminar, workshop, dan kursus."
    ),
    P(
        "(4) Pelatihan nonklasikal antara lain modul daring, coaching, Program SEMAI, magang, "
        "KOPI HIJAU, uji profisiensi, patok banding, dan penulisan artikel praktik baik."
    ),
    H2("Pasal 11"),
    P(
        "Jalur pendidikan berupa tugas belajar dan izin belajar dilaksanakan sesuai Peraturan "
        "Bupati tentang tugas belajar dan izin belajar dan tidak diatur dalam Peraturan Kepala "
        "Dinas ini."
    ),
    H2("Bagian Kedua - Konversi ke dalam JP"),
    H2("Pasal 12"),
    P("(1) Kegiatan nonklasikal dan kegiatan eksternal dikonversi ke dalam JP menurut Tabel 2."),
    P(
        "(2) Konversi diajukan Pegawai melalui menu Klaim JP pada RIMBUN paling lambat 30 (tiga "
        "puluh) hari kalender setelah kegiatan, dengan melampirkan bukti."
    ),
    P("(3) Klaim diverifikasi Subbagian Umum dan Kepegawaian paling lama 5 (lima) hari kerja."),
    P("(4) Batas paling banyak dalam Tabel 2 berlaku per Pegawai."),
    T(
        "Tabel 2. Konversi Kegiatan ke dalam JP",
        ["Kegiatan", "Satuan", "JP diakui", "Batas"],
        [list(r) for r in KONVERSI],
        [64, 30, 22, 40],
    ),
    H2("Pasal 13"),
    P(
        "(1) Kegiatan eksternal yang dibiayai DLH memerlukan surat tugas Kepala Dinas yang "
        "diajukan paling lambat 5 (lima) hari kerja sebelum kegiatan."
    ),
    P(
        "(2) Sertifikat kegiatan eksternal diunggah ke RIMBUN paling lambat 14 (empat belas) hari "
        "kalender setelah kegiatan berakhir."
    ),
    P(
        "(3) Pelatihan daring yang diselenggarakan Kementerian Lingkungan Hidup diakui sesuai JP "
        "yang tercantum dalam sertifikatnya."
    ),
    BR(),
    H1("BAB VI BALAI BELAJAR LESTARI"),
    H2("Bagian Kesatu - Penyelenggaraan"),
    H2("Pasal 14"),
    P(
        "(1) BBL diselenggarakan oleh Subbagian Umum dan Kepegawaian bersama bidang teknis, UPTD "
        "Laboratorium Lingkungan, UPTD TPA Bukit Saloka, dan Koordinator Fasilitator Bank Sampah "
        "berdasarkan katalog tahunan sebagaimana tercantum dalam Lampiran I."
    ),
    P("(2) Pelatihan BBL tidak dipungut biaya."),
    P(
        "(3) Pelatihan klasikal BBL dilaksanakan pukul 07.30-15.30 WITA, kecuali hari Jumat pukul "
        "07.30-11.00 WITA dan 13.30-16.00 WITA, atau sebagaimana ditentukan lain dalam katalog."
    ),
    P(
        "(4) Satu hari pelatihan klasikal paling banyak 8 (delapan) JP dan satu hari pelatihan "
        "daring paling banyak 4 (empat) JP."
    ),
    P(
        "(5) Pegawai perangkat daerah lain, pengurus bank sampah unit, dan guru sekolah Adiwiyata "
        "dapat mengikuti BBL sepanjang kuota masih tersedia, atas persetujuan Sekretaris."
    ),
    H2("Bagian Kedua - Pendaftaran"),
    H2("Pasal 15"),
    P(
        "(1) Pendaftaran dilakukan melalui RIMBUN paling lambat 5 (lima) hari kerja sebelum "
        "pelatihan dimulai dan harus disetujui atasan langsung."
    ),
    P("(2) Prioritas peserta diberikan kepada:"),
    L(
        "a. Pegawai yang pelatihan wajibnya belum dipenuhi atau akan habis masa berlakunya;",
        "b. Pegawai UPTD TPA Bukit Saloka dan fasilitator bank sampah yang bertugas di kecamatan;",
        "c. Pegawai dengan capaian JP tahun berjalan paling rendah; dan",
        "d. Pegawai baru dalam 1 (satu) tahun pertama.",
    ),
    P(
        "(3) Pegawai yang masih memiliki Formulir LD-C berstatus Ditangguhkan tidak dapat "
        "mendaftar pelatihan BBL berikutnya."
    ),
    H2("Bagian Ketiga - Kehadiran dan Kelulusan"),
    H2("Pasal 16"),
    P(
        "(1) Presensi dilakukan dengan memindai kode QR pada RIMBUN, dibuka 30 (tiga puluh) menit "
        "sebelum sampai 10 (sepuluh) menit setelah sesi dimulai."
    ),
    P("(2) Peserta dinyatakan lulus dan memperoleh sertifikat apabila:"),
    L(
        "a. kehadiran paling sedikit 85% (delapan puluh lima persen) dari seluruh JP;",
        "b. nilai akhir paling rendah 70 (tujuh puluh), atau nilai praktik paling rendah 75 "
        "(tujuh puluh lima) untuk LH.08, LH.09, dan LH.12; dan",
        "c. menyampaikan laporan pasca-pelatihan sesuai Pasal 38.",
    ),
    P(
        "(3) Sertifikat elektronik diterbitkan di RIMBUN paling lambat 5 (lima) hari kerja setelah "
        "pelatihan berakhir."
    ),
    H2("Bagian Keempat - Pembatalan"),
    H2("Pasal 17"),
    P(
        "(1) Pembatalan keikutsertaan dilakukan paling lambat 3 (tiga) hari kerja sebelum "
        "pelatihan melalui RIMBUN."
    ),
    P(
        "(2) Pegawai yang 2 (dua) kali tidak hadir tanpa pembatalan dalam 1 (satu) tahun tidak "
        "dapat mendaftar BBL selama 3 (tiga) bulan."
    ),
    P(
        "(3) Ketidakhadiran karena Pegawai ditugaskan dalam tanggap darurat pencemaran, "
        "kebakaran TPA, atau bencana berdasarkan surat tugas Kepala Dinas tidak dihitung sebagai "
        "ketidakhadiran."
    ),
    H2("Pasal 18"),
    P(
        "(1) Praktik lapangan dibatalkan apabila Badan Meteorologi, Klimatologi, dan Geofisika "
        "menerbitkan peringatan dini cuaca ekstrem untuk wilayah lokasi praktik atau apabila "
        "status siaga banjir ditetapkan untuk Sungai Lalenta."
    ),
    P(
        "(2) Praktik lapangan yang dibatalkan dijadwalkan ulang oleh Sekretaris paling lambat 21 "
        "(dua puluh satu) hari kalender setelah pembatalan; JP yang telah diikuti tetap diakui."
    ),
    H1("BAB VII PELATIHAN WAJIB, KESELAMATAN KERJA, DAN SERTIFIKASI"),
    H2("Pasal 19"),
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
    H2("Pasal 20"),
    P(
        "(1) Setiap kegiatan praktik lapangan dalam pelatihan BBL dipimpin oleh instruktur yang "
        "bertanggung jawab atas keselamatan peserta."
    ),
    P("(2) APD paling sedikit untuk setiap jenis praktik lapangan tercantum dalam Lampiran II."),
    P("(3) Peserta praktik lapangan wajib:"),
    L(
        "a. mengikuti pengarahan keselamatan (safety briefing) sebelum berangkat ke lokasi;",
        "b. memakai APD sesuai Lampiran II selama berada di lokasi praktik;",
        "c. bekerja paling sedikit berdua dan tidak mengambil contoh seorang diri;",
        "d. melapor kepada instruktur sebelum meninggalkan kelompok;",
        "e. tidak masuk ke badan air yang kedalamannya lebih dari 1 (satu) meter tanpa pelampung;",
        "f. tidak makan, minum, atau merokok di zona aktif TPA dan di lokasi pengambilan contoh "
        "air limbah;",
        "g. mencuci tangan dan membersihkan peralatan di lokasi yang ditentukan sebelum naik "
        "kendaraan dinas; dan",
        "h. melaporkan kecelakaan atau kejadian hampir celaka kepada instruktur pada hari yang "
        "sama.",
    ),
    P(
        "(4) Peserta yang tidak memakai APD tidak diizinkan mengikuti praktik lapangan dan "
        "dicatat tidak hadir untuk sesi praktik tersebut."
    ),
    H2("Pasal 21"),
    P(
        "(1) Sertifikasi PPC diatur dalam Keputusan Kepala Dinas Nomor 188.4/027/DLH/2026 tentang "
        "Sertifikasi Petugas Pengambil Contoh Uji Lingkungan."
    ),
    P(
        "(2) Ketentuan mengenai angka kredit, kenaikan jenjang jabatan fungsional, tunjangan "
        "jabatan fungsional, tambahan penghasilan pegawai, insentif risiko kerja, dan uang lembur "
        "mengikuti peraturan perundang-undangan dan tidak diatur dalam Peraturan Kepala Dinas ini."
    ),
    H1(
        "BAB VIII KETENTUAN KHUSUS UPTD TPA, UPTD LABORATORIUM LINGKUNGAN, FASILITATOR BANK "
        "SAMPAH, DAN JABATAN FUNGSIONAL"
    ),
    H2("Bagian Kesatu - Jam Kerja dan Pelepasan Pegawai"),
    H2("Pasal 22"),
    P(
        "(1) Jam layanan, pembagian shift, dan batas Pegawai yang dapat dilepas untuk pelatihan "
        "pada hari yang sama tercantum dalam Tabel 4."
    ),
    P(
        "(2) Petugas UPTD TPA Bukit Saloka yang baru selesai Shift Siang tidak dijadwalkan "
        "mengikuti pelatihan klasikal yang dimulai sebelum pukul 09.00 WITA pada hari berikutnya."
    ),
    P(
        "(3) Pelatihan klasikal bagi petugas UPTD TPA Bukit Saloka dan pengemudi truk sampah tidak "
        "dijadwalkan pada 7 (tujuh) hari kalender setelah Idulfitri dan pada tanggal 24 Desember "
        "sampai dengan 3 Januari karena volume sampah mencapai puncak."
    ),
    T(
        "Tabel 4. Jam Layanan, Shift, dan Batas Pegawai yang Dilepas untuk Pelatihan",
        ["Lokasi/unit", "Hari", "Jam layanan", "Shift", "Batas dilepas untuk pelatihan"],
        [list(r) for r in SHIFT],
        [36, 26, 30, 46, 40],
    ),
    H2("Bagian Kedua - UPTD TPA Bukit Saloka"),
    H2("Pasal 23"),
    P(
        "(1) Petugas UPTD TPA Bukit Saloka dibagi dalam 3 (tiga) regu, yaitu Regu Kenari, Regu "
        "Rajawali, dan Regu Cendrawasih, yang bergiliran bertugas pada Shift Pagi, Shift Siang, "
        "dan libur."
    ),
    P(
        "(2) Petugas yang mengikuti pelatihan pada hari liburnya memperoleh 1 (satu) hari "
        "pengganti yang diambil paling lambat 30 (tiga puluh) hari kalender setelah pelatihan."
    ),
    P(
        "(3) Peserta pelatihan dari UPTD TPA Bukit Saloka dan fasilitator bank sampah yang "
        "bertugas di kecamatan memperoleh penggantian transportasi sebesar Rp75.000 per hari "
        "pelatihan di Kantor DLH atau UPTD Laboratorium Lingkungan."
    ),
    P(
        "(4) Operator alat berat wajib memiliki Surat Izin Operator yang masih berlaku sesuai "
        "peraturan perundang-undangan di bidang ketenagakerjaan; tata cara memperolehnya tidak "
        "diatur dalam Peraturan Kepala Dinas ini."
    ),
    H2("Bagian Ketiga - UPTD Laboratorium Lingkungan"),
    H2("Pasal 24"),
    P(
        "(1) Setiap analis laboratorium mengikuti paling sedikit 1 (satu) putaran uji profisiensi "
        "atau uji banding antarlaboratorium setiap tahun."
    ),
    P(
        "(2) Analis laboratorium tidak dilepas untuk pelatihan pada minggu pelaksanaan uji "
        "profisiensi dan selama asesmen Komite Akreditasi Nasional."
    ),
    P(
        "(3) Hasil pengambilan contoh hanya dapat dilaporkan atas nama UPTD Laboratorium "
        "Lingkungan apabila contoh diambil oleh PPC bersertifikat atau di bawah pengawasan "
        "langsung PPC bersertifikat."
    ),
    H2("Bagian Keempat - Fasilitator Bank Sampah"),
    H2("Pasal 25"),
    P(
        "(1) Fasilitator bank sampah membina paling banyak 12 (dua belas) bank sampah unit dan "
        "melakukan kunjungan pembinaan paling sedikit 1 (satu) kali setiap bulan ke setiap bank "
        "sampah unit binaannya."
    ),
    P(
        "(2) Fasilitator bank sampah baru wajib lulus LH.14 sebelum membina bank sampah unit "
        "secara mandiri."
    ),
    H2("Bagian Kelima - Jabatan Fungsional"),
    H2("Pasal 26"),
    P(
        "(1) JF PEDAL wajib lulus LH.04 sebelum ditugaskan sebagai anggota Tim Uji Kelayakan "
        "Lingkungan Hidup Daerah."
    ),
    P(
        "(2) JF PLH mengikuti paling sedikit 1 (satu) pelatihan pengawasan yang diselenggarakan "
        "Kementerian Lingkungan Hidup dalam 3 (tiga) tahun."
    ),
    P(
        "(3) JF PLH yang bertugas dalam TRC dan sedang piket tidak dijadwalkan mengikuti "
        "pelatihan klasikal pada hari piketnya."
    ),
    BR(),
    H1("BAB IX PROGRAM SEMAI, COACHING, DAN KOPI HIJAU"),
    H2("Bagian Kesatu - Program SEMAI"),
    H2("Pasal 27"),
    P(
        "(1) Program SEMAI wajib diikuti CPNS, PPPK penuh waktu, dan PNS mutasi masuk yang "
        "ditempatkan sebagai JF PEDAL, JF PLH, analis laboratorium, fasilitator bank sampah, atau "
        "petugas UPTD TPA Bukit Saloka, pada tahun pertama penugasannya."
    ),
    P("(2) Program SEMAI berlangsung selama 3 (tiga) bulan dan dibuka 2 (dua) angkatan per tahun."),
    P(
        "(3) Peserta semai belum dapat menandatangani berita acara pengawasan, menandatangani "
        "berita acara pengambilan contoh, atau mengoperasikan alat berat seorang diri sebelum "
        "dinyatakan lulus Program SEMAI."
    ),
    H2("Pasal 28"),
    P("(1) Mentor harus memenuhi syarat:"),
    L(
        "a. masa kerja di DLH paling singkat 5 (lima) tahun;",
        "b. telah lulus LH.19 Pelatihan Mentor SEMAI;",
        "c. bukan atasan langsung peserta semai;",
        "d. tidak sedang menjalani hukuman disiplin; dan",
        "e. bagi mentor peserta semai di UPTD Laboratorium Lingkungan, memiliki Sertifikat PPC "
        "yang masih berlaku.",
    ),
    P("(2) Setiap mentor membina paling banyak 3 (tiga) peserta semai."),
    P("(3) Mentor ditetapkan dengan Keputusan Kepala Dinas untuk setiap angkatan."),
    H2("Pasal 29"),
    P("(1) Mentor menerima honorarium Rp200.000 per peserta semai per bulan."),
    P(
        "(2) Peserta semai dinyatakan lulus apabila nilai penilaian akhir (Formulir PS-3) paling "
        "rendah 75 (tujuh puluh lima) dan seluruh log pendampingan (Formulir PS-2) telah "
        "diverifikasi."
    ),
    H2("Bagian Kedua - Coaching"),
    H2("Pasal 30"),
    P(
        "(1) Setiap atasan langsung melaksanakan coaching bagi bawahannya paling sedikit 1 (satu) "
        "kali setiap triwulan dengan model TIRTA (Tujuan, Identifikasi, Rencana aksi, TAnggung "
        "jawab)."
    ),
    P("(2) Sesi coaching dicatat pada RIMBUN paling lambat 3 (tiga) hari kerja setelah sesi."),
    H2("Bagian Ketiga - KOPI HIJAU"),
    H2("Pasal 31"),
    P(
        "(1) KOPI HIJAU bertemu 1 (satu) kali setiap bulan pada hari Kamis minggu kedua, pukul "
        "15.00-16.30 WITA, secara tatap muka dan daring."
    ),
    P("(2) Pertemuan KOPI HIJAU dipandu oleh seorang pemantik yang menyiapkan kasus lapangan."),
    P(
        "(3) Notula dan rekaman pertemuan diunggah ke RIMBUN paling lambat 3 (tiga) hari kerja "
        "setelah pertemuan."
    ),
    P(
        "(4) Kasus pengawasan yang masih dalam proses penegakan hukum tidak dibahas dengan "
        "menyebut nama perusahaan."
    ),
    H1("BAB X TENAGA ALIH DAYA DAN PESERTA MAGANG"),
    H2("Pasal 32"),
    P(
        "(1) Tenaga alih daya, termasuk pengemudi dan kernet truk sampah, bukan Pegawai ASN "
        "sehingga tidak memiliki target JP dan JP-nya tidak dicatat pada RIMBUN."
    ),
    P(
        "(2) Tenaga alih daya baru wajib mengikuti LH.22 dalam 1 (satu) bulan pertama; pengemudi "
        "truk sampah mengikuti LH.22 di luar jam rit."
    ),
    P(
        "(3) Kehadiran tenaga alih daya dalam pelatihan dicatat dalam daftar hadir tenaga "
        "pendukung dan dilaporkan kepada perusahaan penyedia jasa, tidak sebagai JP."
    ),
    H2("Pasal 33"),
    P(
        "(1) Peserta magang bukan ASN, tidak memiliki target JP, dan keikutsertaannya dalam "
        "pelatihan tidak dicatat sebagai JP."
    ),
    P(
        "(2) Peserta magang wajib mengikuti LH.22 pada jadwal pertama setelah mulai magang; "
        "peserta magang di UPTD Laboratorium Lingkungan juga wajib mengikuti LH.11 sebelum masuk "
        "ruang instrumen."
    ),
    P(
        "(3) Peserta magang tidak mengambil contoh uji seorang diri, tidak menandatangani berita "
        "acara, dan tidak masuk zona aktif TPA."
    ),
    P(
        "(4) Masa magang paling lama 4 (empat) bulan; peserta magang memperoleh surat keterangan "
        "magang dari Sekretaris, bukan sertifikat JP."
    ),
    P(
        "(5) Peserta magang tidak memperoleh honorarium atau uang saku dari anggaran pengembangan "
        "kompetensi."
    ),
    BR(),
    H1("BAB XI LAPORAN PASCA-PELATIHAN"),
    H2("Pasal 34"),
    P(
        "(1) Laporan pasca-pelatihan disusun melalui RIMBUN dan diverifikasi atasan langsung "
        "paling lama 5 (lima) hari kerja setelah diterima."
    ),
    P(
        "(2) Tata cara pengisian laporan pasca-pelatihan diatur dalam pedoman laporan pasca-"
        "pelatihan yang ditetapkan Sekretaris."
    ),
    H2("Pasal 35"),
    P(
        "(1) Peserta pelatihan kurang dari 12 JP menyampaikan Formulir FR-A paling lambat 3 (tiga) "
        "hari kerja setelah pelatihan."
    ),
    P(
        "(2) Peserta pelatihan 12 JP sampai dengan 20 JP menyampaikan Formulir FR-A dan Formulir "
        "RTL-B paling lambat 5 (lima) hari kerja setelah pelatihan."
    ),
    P(
        "(3) Peserta pelatihan 21 JP atau lebih menyampaikan Formulir FR-A dan Formulir RTL-B "
        "paling lambat 5 (lima) hari kerja setelah pelatihan dan Formulir LD-C paling lambat 45 "
        "(empat puluh lima) hari kalender setelah pelatihan."
    ),
    P(
        "(4) Apabila batas waktu Formulir LD-C jatuh pada hari Sabtu, hari Minggu, atau hari "
        "libur, batas waktu menjadi hari kerja berikutnya."
    ),
    P(
        "(5) JP pelatihan yang Formulir LD-C-nya belum disampaikan sampai batas waktu berstatus "
        "Ditangguhkan dan tidak dihitung dalam capaian JP sampai formulir disampaikan."
    ),
    P(
        "(6) Perpanjangan batas waktu laporan pasca-pelatihan hanya dapat diberikan oleh "
        "Sekretaris untuk seluruh peserta satu angkatan, tidak untuk perorangan."
    ),
    H1("BAB XII ANGGARAN"),
    H2("Pasal 36"),
    P(
        "(1) Pengembangan kompetensi Pegawai dibiayai dari APBD Kabupaten Batu Lalenta pada DPA "
        "DLH dan Dana Alokasi Khusus (DAK) Nonfisik bidang lingkungan hidup."
    ),
    P("(2) Rincian anggaran Tahun 2026 tercantum dalam Tabel 5."),
    P(
        "(3) Pergeseran anggaran antarbaris dalam Tabel 5 paling banyak 10% (sepuluh persen) dari "
        "pagu baris asal dengan persetujuan Kepala Dinas; baris yang bersumber dari DAK Nonfisik "
        "tidak dapat digeser."
    ),
    T(
        "Tabel 5. Anggaran Pengembangan Kompetensi DLH Tahun 2026",
        ["No", "Uraian", "Sumber dana", "Jumlah (Rp)"],
        _anggaran_rows(),
        [10, 100, 24, 30],
    ),
    BR(),
    H1("BAB XIII EVALUASI, PENGHARGAAN, DAN PELAPORAN"),
    H2("Pasal 37"),
    P(
        "(1) Evaluasi pelatihan dilaksanakan pada tingkat reaksi, pembelajaran, perilaku, dan "
        "hasil."
    ),
    P(
        "(2) Evaluasi reaksi diisi peserta pada RIMBUN paling lambat 2 (dua) hari kerja setelah "
        "pelatihan dengan skala 1 sampai dengan 5."
    ),
    P("(3) Evaluasi perilaku dilakukan atasan langsung melalui Formulir LD-C."),
    P(
        "(4) Evaluasi hasil bagi UPTD Laboratorium Lingkungan menggunakan nilai z-score uji "
        "profisiensi dan jumlah contoh yang ditolak; bagi UPTD TPA Bukit Saloka menggunakan "
        "jumlah kecelakaan kerja."
    ),
    H2("Pasal 38"),
    P(
        "Laporan pasca-pelatihan sebagaimana dimaksud dalam Pasal 35 menjadi syarat kelulusan "
        "pelatihan BBL."
    ),
    H2("Pasal 39"),
    P(
        "(1) Subbagian Umum dan Kepegawaian menyampaikan rekapitulasi capaian JP per unit setiap "
        "semester kepada Kepala Dinas paling lambat tanggal 10 bulan berikutnya."
    ),
    P("(2) Rekapitulasi tahunan disampaikan paling lambat tanggal 20 Januari tahun berikutnya."),
    H2("Pasal 40"),
    P(
        "(1) Kepala Dinas memberikan penghargaan Insan Pembelajar Lestari kepada paling banyak 3 "
        "(tiga) Pegawai setiap tahun."
    ),
    P(
        "(2) Unit dengan persentase Pegawai mencapai target JP tertinggi memperoleh penghargaan "
        "Unit Hijau Pembelajar."
    ),
    P("(3) Kontak penanggung jawab pengembangan kompetensi tercantum dalam Tabel 6."),
    T(
        "Tabel 6. Kontak Penanggung Jawab",
        ["Nama", "Jabatan/peran", "Nomor WA"],
        _kontak_rows(),
        [58, 70, 30],
    ),
    H1("BAB XIV KETENTUAN PERALIHAN"),
    H2("Pasal 41"),
    P(
        "(1) Sertifikat pelatihan yang diterbitkan berdasarkan Peraturan Kepala Dinas Nomor 5 "
        "Tahun 2019 tetap berlaku sampai dengan masa berlakunya berakhir."
    ),
    P("(2) Capaian JP Tahun 2025 dihitung berdasarkan Peraturan Kepala Dinas Nomor 5 Tahun 2019."),
    P(
        "(3) Operator alat berat yang telah mengikuti pelatihan K3 alat berat dari penyedia "
        "bersertifikat Kementerian Ketenagakerjaan pada Tahun 2025 dianggap telah lulus LH.12 "
        "sampai dengan 31 Desember 2026."
    ),
    H1("BAB XV PENUTUP"),
    H2("Pasal 42"),
    P(
        "Pada saat Peraturan Kepala Dinas ini mulai berlaku, Peraturan Kepala Dinas Nomor 5 Tahun "
        "2019 tentang Pendidikan dan Pelatihan Pegawai Dinas Lingkungan Hidup dicabut dan "
        "dinyatakan tidak berlaku."
    ),
    H2("Pasal 43"),
    P("Peraturan Kepala Dinas ini mulai berlaku pada tanggal diundangkan."),
    P(
        "Ditetapkan di Lalenta pada tanggal 5 Januari 2026. KEPALA DINAS LINGKUNGAN HIDUP "
        "KABUPATEN BATU LALENTA, ttd. " + KADIS + ", NIP " + KADIS_NIP + "."
    ),
    P(
        "Diundangkan di Lalenta pada tanggal 12 Januari 2026 dalam Berita Daerah Kabupaten Batu "
        "Lalenta Tahun 2026 Nomor 3."
    ),
    BR(),
    H1("LAMPIRAN I KATALOG BALAI BELAJAR LESTARI (BBL) TAHUN 2026"),
    P(
        "Singkatan: Angk. = angkatan; Jan, Feb, Mar, Apr, Mei, Jun, Jul, Agu, Sep, Okt, Nov = nama "
        "bulan Tahun 2026; seluruh waktu dalam WITA. Penanggung jawab setiap pelatihan tercantum "
        "dalam Tabel 6."
    ),
    T(
        "Tabel L-1. Katalog BBL 2026",
        ["Kode", "Nama pelatihan", "Sasaran", "JP", "Metode", "Jadwal 2026", "Tempat", "Kuota"],
        _katalog_rows(),
        [14, 34, 34, 8, 24, 26, 28, 10],
    ),
    P(
        "Catatan Lampiran I: (1) pelatihan blended dihitung menurut total JP-nya; (2) LH.04 "
        "mensyaratkan jabatan JF PEDAL Ahli Muda atau Ahli Madya; (3) LH.08 dan LH.09 mensyaratkan "
        "LH.11 yang masih berlaku; (4) LH.15 mensyaratkan lulus LH.06; (5) LH.21 dilaksanakan "
        "setiap Selasa minggu ketiga; (6) JP LH.22 tidak dicatat bagi peserta magang dan tenaga "
        "alih daya."
    ),
    H1("LAMPIRAN II APD PALING SEDIKIT UNTUK PRAKTIK LAPANGAN"),
    T(
        "Tabel L-2. APD Paling Sedikit per Jenis Praktik",
        ["Jenis praktik", "APD paling sedikit", "Ketentuan tambahan"],
        [list(r) for r in APD],
        [46, 70, 50],
    ),
    P(
        "APD disediakan UPTD penyelenggara praktik, kecuali sepatu boot yang dibawa masing-masing "
        "peserta. " + FIKTIF
    ),
]


# =========================================================================== certification 2026 (PDF)
UJI_TEMPAT = LABKELAS + " (teori) dan " + S03 + " (praktik)"
SERT_UJI = [
    ("Gelombang I", "28-29 April 2026", UJI_TEMPAT, "13 April 2026", "16 orang", "8 Mei 2026"),
    (
        "Gelombang II",
        "27-28 Oktober 2026",
        UJI_TEMPAT,
        "9 Oktober 2026",
        "12 orang",
        "6 November 2026",
    ),
]
SERT_LINGKUP = [
    (
        "Lingkup A (Air: air permukaan, air limbah, dan air tanah)",
        "lulus LH.08 dan LH.11 yang masih berlaku; paling singkat 6 bulan bertugas di UPTD "
        "Laboratorium Lingkungan, Bidang PPKL, atau sebagai JF PLH",
        "teori 70; praktik 75",
        "3 tahun",
        "PNS dan PPPK penuh waktu",
    ),
    (
        "Lingkup U (Udara: udara ambien dan emisi sumber tidak bergerak)",
        "memegang Sertifikat PPC Lingkup A paling singkat 6 bulan dan lulus LH.09",
        "teori 75; praktik 80",
        "3 tahun",
        "PNS dan PPPK penuh waktu pada UPTD Laboratorium Lingkungan atau Bidang PPKL",
    ),
]

SERT2026 = [
    C("KEPUTUSAN KEPALA DINAS"),
    C("DINAS LINGKUNGAN HIDUP KABUPATEN BATU LALENTA"),
    C("NOMOR 188.4/027/DLH/2026"),
    C("TENTANG"),
    C("SERTIFIKASI PETUGAS PENGAMBIL CONTOH UJI LINGKUNGAN"),
    P(FIKTIF),
    P(
        "Menimbang: a. bahwa kesalahan pengambilan, pengawetan, dan pengiriman contoh uji "
        "berakibat pada data kualitas lingkungan yang tidak sah dan dapat membatalkan hasil "
        "pengawasan, sehingga petugas pengambil contoh harus memiliki kompetensi yang terukur "
        "dan dipelihara; b. bahwa Keputusan Kepala Dinas Nomor 188.4/061/DLH/2022 tentang "
        "Sertifikasi Petugas Sampling Laboratorium Lingkungan hanya mengenal satu tingkat "
        "sertifikat untuk semua jenis contoh, tidak mengatur pemeliharaan kompetensi secara "
        "memadai, dan tidak membuka kesempatan bagi PPPK, sehingga perlu diganti."
    ),
    P(
        "Mengingat: Peraturan Kepala Dinas Nomor 2 Tahun 2026 tentang Pengembangan Kompetensi "
        "Pegawai Dinas Lingkungan Hidup."
    ),
    H1("MEMUTUSKAN"),
    P(
        "KESATU: Sertifikat Petugas Pengambil Contoh (PPC) terdiri atas 2 (dua) lingkup "
        "sebagaimana tercantum dalam Tabel 1."
    ),
    T(
        "Tabel 1. Lingkup Sertifikat PPC",
        ["Lingkup", "Syarat mengikuti uji", "Nilai lulus", "Masa berlaku", "Yang dapat mengikuti"],
        [list(r) for r in SERT_LINGKUP],
        [32, 56, 24, 20, 40],
    ),
    P(
        "KEDUA: Uji sertifikasi terdiri atas uji teori berupa 50 soal pilihan ganda dalam 75 menit "
        "dan uji praktik berupa pengambilan contoh pada 1 (satu) titik pantau, pengawetan contoh, "
        "serta pengisian berita acara pengambilan contoh dan formulir rantai pengawasan (chain of "
        "custody) dalam 150 menit. Uji dimulai pukul 08.00 WITA dan dinilai oleh tim penguji 3 "
        "(tiga) orang, paling sedikit 1 (satu) orang dari DLH Provinsi Tanjung Kirana."
    ),
    P(
        "KETIGA: Biaya uji sertifikasi sebesar Rp1.350.000 per peserta. Uji pertama bagi PNS dan "
        "PPPK penuh waktu dibiayai APBD pada DPA DLH. Uji ulang dikenakan biaya Rp650.000 yang "
        "ditanggung peserta."
    ),
    P(
        "KEEMPAT: Peserta yang tidak lulus dapat mengikuti uji ulang paling cepat 30 (tiga puluh) "
        "hari setelah uji sebelumnya dan paling banyak 2 (dua) kali dalam 1 (satu) tahun."
    ),
    P(
        "KELIMA: Pemegang sertifikat wajib memelihara kompetensinya dengan mengikuti paling sedikit "
        "12 JP per tahun yang relevan dengan pengambilan contoh dan paling sedikit 1 (satu) putaran "
        "uji profisiensi atau uji banding. Pemegang sertifikat yang tidak memenuhi ketentuan ini "
        "tidak dapat memperpanjang sertifikatnya tanpa uji ulang."
    ),
    P(
        "KEENAM: Perpanjangan sertifikat diajukan melalui RIMBUN paling lambat 60 (enam puluh) "
        "hari sebelum masa berlaku berakhir. Sertifikat yang telah berakhir lebih dari 6 (enam) "
        "bulan hanya dapat diperoleh kembali melalui uji sertifikasi penuh."
    ),
    P(
        "KETUJUH: Jadwal uji sertifikasi Tahun 2026 sebagaimana tercantum dalam Tabel 2. "
        "Pendaftaran dilakukan melalui RIMBUN dengan melampirkan sertifikat LH.08 (Lingkup A) atau "
        "LH.09 (Lingkup U), sertifikat LH.11 yang masih berlaku, surat keterangan sehat dari "
        "puskesmas, dan persetujuan atasan langsung. Berkas kertas tidak diterima."
    ),
    T(
        "Tabel 2. Jadwal Uji Sertifikasi PPC Tahun 2026",
        ["Gelombang", "Tanggal uji", "Tempat", "Batas pendaftaran", "Kuota", "Pengumuman hasil"],
        [list(r) for r in SERT_UJI],
        [24, 28, 48, 28, 18, 28],
    ),
    P(
        "KEDELAPAN: Pemegang sertifikat Lingkup A dapat mengambil contoh air dan menandatangani "
        "berita acara pengambilan contoh air. Pengambilan contoh udara ambien dan emisi untuk "
        "dilaporkan atas nama UPTD Laboratorium Lingkungan hanya dapat dilakukan oleh pemegang "
        "sertifikat Lingkup U. Pegawai yang belum bersertifikat hanya dapat membantu di bawah "
        "pengawasan langsung pemegang sertifikat."
    ),
    P(
        "KESEMBILAN: Sertifikat dicabut apabila pemegangnya terbukti memalsukan data lapangan, "
        "label contoh, atau formulir rantai pengawasan; pemegang yang sertifikatnya dicabut baru "
        "dapat mengikuti uji kembali setelah 24 (dua puluh empat) bulan."
    ),
    P(
        "KESEPULUH: Koordinator sertifikasi adalah " + KOORD_SERT + ", Penyelia Laboratorium "
        "UPTD Laboratorium Lingkungan, WA " + WA_SERT + "."
    ),
    P(
        "KESEBELAS: Ketentuan peralihan: Sertifikat Petugas Sampling yang diterbitkan berdasarkan "
        "Keputusan Kepala Dinas Nomor 188.4/061/DLH/2022 tetap berlaku sampai dengan tanggal "
        "berakhirnya, tetapi paling lama sampai dengan 30 Juni 2027, dan disetarakan dengan "
        "sertifikat Lingkup A. Pemegang sertifikat lama yang telah bertugas mengambil contoh udara "
        "paling singkat 1 (satu) tahun dapat langsung mengikuti uji Lingkup U tanpa menunggu 6 "
        "(enam) bulan."
    ),
    P(
        "KEDUA BELAS: Pada saat Keputusan ini mulai berlaku, Keputusan Kepala Dinas Nomor "
        "188.4/061/DLH/2022 tentang Sertifikasi Petugas Sampling Laboratorium Lingkungan dicabut "
        "dan dinyatakan tidak berlaku."
    ),
    P("KETIGA BELAS: Keputusan ini mulai berlaku pada tanggal 1 Maret 2026."),
    P(
        "Ditetapkan di Lalenta pada tanggal 10 Februari 2026. KEPALA DINAS LINGKUNGAN HIDUP "
        "KABUPATEN BATU LALENTA, ttd. " + KADIS + ", NIP " + KADIS_NIP + "."
    ),
]

SERT2022_TXT = """\
KEPUTUSAN KEPALA DINAS
DINAS LINGKUNGAN HIDUP KABUPATEN BATU LALENTA
NOMOR 188.4/061/DLH/2022
TENTANG
SERTIFIKASI PETUGAS SAMPLING LABORATORIUM LINGKUNGAN

Dokumen fiktif, untuk evaluasi.

[CATATAN ADMIN RIMBUN, 11 Februari 2026: Keputusan ini telah DICABUT dan diganti dengan
Keputusan Kepala Dinas Nomor 188.4/027/DLH/2026 tentang Sertifikasi Petugas Pengambil Contoh
Uji Lingkungan, yang ditetapkan 10 Februari 2026 dan berlaku mulai 1 Maret 2026. Arsip ini
disimpan hanya sebagai rujukan riwayat.]

KEPALA DINAS LINGKUNGAN HIDUP KABUPATEN BATU LALENTA,

Menimbang: bahwa untuk menjamin keabsahan contoh uji yang diterima UPTD Laboratorium
Lingkungan perlu menetapkan sertifikasi bagi petugas sampling.

MEMUTUSKAN:

KESATU
Sertifikat Petugas Sampling hanya terdiri atas satu tingkat yang berlaku untuk semua jenis
contoh, baik air maupun udara, dan diberikan kepada petugas berstatus PNS yang lulus uji
sertifikasi. PPPK dan tenaga honorer tidak dapat mengikuti uji sertifikasi.

KEDUA
Syarat mengikuti uji: telah mengikuti pelatihan pengambilan contoh paling singkat dua puluh
empat jam pelajaran dan telah bertugas di laboratorium paling singkat satu tahun.

KETIGA
Uji tulis terdiri atas tiga puluh soal yang dikerjakan dalam waktu empat puluh lima menit dengan
nilai lulus enam puluh lima. Uji praktik dinilai dengan nilai lulus tujuh puluh.

KEEMPAT
Sertifikat berlaku selama lima tahun sejak tanggal terbit.

KELIMA
Biaya uji sebesar delapan ratus lima puluh ribu rupiah per peserta dibebankan kepada peserta
atau anggaran unit kerjanya.

KEENAM
Peserta yang tidak lulus dapat mengikuti uji ulang paling cepat tiga bulan setelah uji
sebelumnya.

KETUJUH
Pemegang sertifikat wajib mengikuti pelatihan penyegaran paling sedikit delapan jam pelajaran
setiap tahun.

KEDELAPAN
Uji sertifikasi dilaksanakan satu kali dalam setahun dengan kuota paling banyak sepuluh orang.
Uji Tahun 2022 dilaksanakan pada hari Selasa dan Rabu, tanggal delapan dan sembilan November
2022, di Laboratorium Lingkungan, mulai pukul delapan tiga puluh WITA.

KESEMBILAN
Narahubung: Ir. Yohanis Sampe Tangdilintin, Kepala UPTD Laboratorium Lingkungan,
WA 0813-4290-5561.

KESEPULUH
Keputusan ini mulai berlaku pada tanggal ditetapkan.

Ditetapkan di Lalenta
pada tanggal 3 Oktober 2022
KEPALA DINAS LINGKUNGAN HIDUP KABUPATEN BATU LALENTA,
ttd.
Drs. H. Abdul Kadir Makkulau, M.Si.
"""

# =========================================================================== SK SEMAI (DOCX)
MENTOR_JAB = {
    PEDAL_MUDA: "PEDAL Ahli Muda, Bidang Tata Lingkungan",
    ANALIS_LAB: "Analis Laboratorium pemegang Sertifikat PPC, UPTD Laboratorium Lingkungan",
    PLH_MUDA: "PLH Ahli Muda, Bidang Penataan dan Penaatan PPLH",
    "Hj. Nuraeni Sappe, S.E.": "Fasilitator bank sampah senior, Bank Sampah Induk Lalenta Bersih",
    "Baharuddin Sila": "Operator alat berat senior, UPTD TPA Bukit Saloka (Regu Rajawali)",
}
PASANGAN = [
    (PEDAL_MUDA, "Annisa Nurul Qalbi, S.T.", "CPNS formasi 2025", "Bidang Tata Lingkungan"),
    (PEDAL_MUDA, "Gilang Prakoso Wibisono, S.Si.", "PPPK penuh waktu", "Bidang Tata Lingkungan"),
    (
        ANALIS_LAB,
        "Yosefina Tiku Lembang, A.Md.AK.",
        "PPPK penuh waktu",
        "UPTD Laboratorium Lingkungan",
    ),
    (ANALIS_LAB, "Rahmat Hidayat Syam, S.Si.", "CPNS formasi 2025", "UPTD Laboratorium Lingkungan"),
    (
        ANALIS_LAB,
        "Nurfadillah Ashar, S.Si.",
        "PNS mutasi dari Dinas Kesehatan",
        "UPTD Laboratorium Lingkungan",
    ),
    (
        PLH_MUDA,
        "Muhammad Ikhsan Pratama, S.H.",
        "CPNS formasi 2025",
        "Bidang Penataan dan Penaatan PPLH",
    ),
    (
        "Hj. Nuraeni Sappe, S.E.",
        "Andi Tenri Ajeng, S.KM.",
        "PPPK penuh waktu",
        "Bank Sampah Induk Lalenta Bersih",
    ),
    (
        "Baharuddin Sila",
        "Rudi Hartono Lasa",
        "PPPK penuh waktu",
        "UPTD TPA Bukit Saloka (Regu Kenari)",
    ),
]
HONOR_SEMAI = 200_000
BULAN_SEMAI = 3


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
                str(BULAN_SEMAI),
                rp(HONOR_SEMAI),
                rp(n * BULAN_SEMAI * HONOR_SEMAI),
            ]
        )
    tot = sum(per.values())
    rows.append(["", "Jumlah", str(tot), "", "", rp(tot * BULAN_SEMAI * HONOR_SEMAI)])
    return rows


SK_SEMAI = [
    C("KEPUTUSAN KEPALA DINAS LINGKUNGAN HIDUP KABUPATEN BATU LALENTA"),
    C("NOMOR 188.4/009/DLH/2026"),
    C("TENTANG PENETAPAN MENTOR DAN PESERTA PROGRAM SEMAI ANGKATAN I TAHUN 2026"),
    P(FIKTIF),
    P(
        "Menimbang bahwa untuk melaksanakan Pasal 27 sampai dengan Pasal 29 Peraturan Kepala Dinas "
        "Nomor 2 Tahun 2026 tentang Pengembangan Kompetensi Pegawai Dinas Lingkungan Hidup perlu "
        "menetapkan mentor dan peserta semai Program SEMAI Angkatan I Tahun 2026."
    ),
    H1("MEMUTUSKAN"),
    P(
        "KESATU: Menetapkan mentor dan peserta semai Program SEMAI Angkatan I Tahun 2026 "
        "sebagaimana tercantum dalam Tabel 1."
    ),
    P(
        "KEDUA: Program SEMAI Angkatan I berlangsung selama 3 (tiga) bulan, mulai "
        + tgl(2026, 2, 2)
        + " sampai dengan "
        + tgl(2026, 4, 30)
        + ". Pembukaan dilaksanakan pada "
        + tgl(2026, 2, 2)
        + " pukul 08.00 WITA di "
        + AULA
        + "; Forum Tengah pada "
        + tgl(2026, 3, 12)
        + " pukul 09.00 WITA di "
        + AULA
        + "; dan Forum Akhir pada "
        + tgl(2026, 4, 28)
        + " pukul 09.00 WITA di "
        + AULA
        + "."
    ),
    P(
        "KETIGA: Koordinator program adalah " + KOORD_SEMAI + ", WA " + WA_SEMAI + ". "
        "Koordinator program tidak merangkap sebagai mentor."
    ),
    P(
        "KEEMPAT: Mentor menerima honorarium Rp200.000 per peserta semai per bulan selama 3 bulan, "
        "dibebankan pada DPA DLH Tahun Anggaran 2026, sebagaimana tercantum dalam Tabel 2. "
        "Honorarium dibayarkan setiap akhir bulan setelah Log Pendampingan (Formulir PS-2) "
        "diverifikasi koordinator."
    ),
    P(
        "KELIMA: Mentor yang berhalangan lebih dari 10 (sepuluh) hari kerja, termasuk karena "
        "mengikuti pelatihan di luar Daerah, digantikan sementara oleh mentor lain yang ditunjuk "
        "koordinator; honorarium dibayarkan kepada mentor yang melaksanakan pendampingan."
    ),
    P(
        "KEENAM: Peserta semai di UPTD TPA Bukit Saloka mengikuti pertemuan refleksi di "
        + TPAKANTOR
        + ", kecuali Pembukaan, Forum Tengah, dan Forum Akhir."
    ),
    T(
        "Tabel 1. Mentor dan Peserta Semai Program SEMAI Angkatan I Tahun 2026",
        [
            "No",
            "Nama mentor",
            "Jabatan/unit mentor",
            "Nama peserta semai",
            "Status peserta semai",
            "Unit peserta semai",
        ],
        _pasangan_rows(),
        [6, 34, 34, 32, 26, 30],
        header2=[("No", 1), ("Mentor", 2), ("Peserta Semai", 3)],
    ),
    T(
        "Tabel 2. Honorarium Mentor Program SEMAI Angkatan I",
        [
            "No",
            "Mentor",
            "Jumlah peserta semai",
            "Bulan",
            "Honor per peserta per bulan (Rp)",
            "Jumlah (Rp)",
        ],
        _honor_rows(),
        [6, 42, 18, 10, 26, 22],
    ),
    P(
        "Ditetapkan di Lalenta pada tanggal 26 Januari 2026. KEPALA DINAS LINGKUNGAN HIDUP "
        "KABUPATEN BATU LALENTA, ttd. " + KADIS
    ),
]


# =========================================================================== RAB BBL (DOCX)
def _rab_rows():
    rows = []
    for i, (k, n, a, p, c) in enumerate(RAB, 1):
        rows.append([str(i), k, n, str(a), str(p) if p else "-", rp(c), rp(a * c), "APBD"])
    rows.append(["", "", "Jumlah", str(sum(r[2] for r in RAB)), "", "", rp(RAB_TOTAL), "APBD"])
    return rows


RAB_DOC = [
    C("RENCANA ANGGARAN BIAYA BALAI BELAJAR LESTARI (BBL) TAHUN 2026"),
    C("SUBBAGIAN UMUM DAN KEPEGAWAIAN DLH KABUPATEN BATU LALENTA"),
    P(FIKTIF),
    P(
        'Rencana anggaran ini merinci baris "Balai Belajar Lestari (BBL)" pada Tabel 5 Peraturan '
        "Kepala Dinas Nomor 2 Tahun 2026. Biaya per angkatan mencakup honorarium narasumber dan "
        "instruktur, konsumsi, modul, bahan praktik, sewa kendaraan lapangan, dan sertifikat. "
        "Seluruh kegiatan dibiayai dari APBD Kabupaten Batu Lalenta Tahun Anggaran 2026."
    ),
    T(
        "Tabel Rincian Anggaran BBL 2026",
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
        "1. Biaya LH.15 terutama untuk honorarium narasumber Kementerian Lingkungan Hidup (sesi "
        "daring) dan sewa 2 kendaraan lapangan selama 3 hari untuk inspeksi sebesar Rp4.500.000.",
        "2. Biaya LH.08 per angkatan sudah termasuk botol contoh, bahan pengawet, kotak pendingin, "
        "dan reagen sebesar Rp3.250.000 per angkatan.",
        "3. Biaya LH.12 per angkatan sudah termasuk instruktur K3 alat berat dari penyedia "
        "bersertifikat Kementerian Ketenagakerjaan sebesar Rp6.000.000 per angkatan dan bahan "
        "bakar alat berat untuk praktik.",
        "4. LH.14 diselenggarakan 2 angkatan; biaya per angkatan termasuk timbangan gantung dan "
        "buku tabungan bank sampah contoh yang kemudian diserahkan kepada bank sampah unit.",
        "5. Penggantian transportasi peserta dari UPTD TPA Bukit Saloka dan fasilitator bank "
        "sampah Rp75.000 per hari tidak termasuk dalam tabel ini dan dibayar dari anggaran "
        "operasional UPTD.",
        "6. Honorarium instruktur internal DLH dibayarkan sesuai standar biaya masukan Kabupaten "
        "Batu Lalenta.",
        "7. Disusun oleh " + KASUBAG_UK + " (Kepala Subbagian Umum dan Kepegawaian), 8 Januari "
        "2026; disetujui Sekretaris, " + SEKRETARIS,
    ),
]

DOCS = {
    "perkadis-pengembangan-kompetensi-dlh-2026": (
        "pdf",
        PERKADIS,
        "Perkadis DLH Kabupaten Batu Lalenta No. 2 Tahun 2026",
    ),
    "kepkadis-sertifikasi-pengambil-contoh-2026": (
        "pdf",
        SERT2026,
        "Keputusan Kadis DLH No. 188.4/027/DLH/2026",
    ),
    "sk-mentor-semai-angkatan-i-2026": (
        "docx",
        SK_SEMAI,
        "Keputusan Kadis DLH Program SEMAI Angkatan I",
    ),
    "rab-balai-belajar-lestari-2026": ("docx", RAB_DOC, "RAB BBL 2026"),
}


# =========================================================================== XLSX workbook
XLSX_NAME = "rekap-jp-dlh-2025.xlsx"
# group, [unit, PNS, PPPK, PPPK paruh waktu, tenaga alih daya, peserta magang, total JP ASN,
#         ASN reaching target]
UNIT_2025 = [
    (
        "SEKRETARIAT DAN BIDANG",
        [
            (
                "Sekretariat (Subbagian Umum dan Kepegawaian, Keuangan, Perencanaan)",
                14,
                2,
                3,
                6,
                4,
                352,
                13,
            ),
            ("Bidang Tata Lingkungan", 9, 2, 0, 0, 3, 318, 9),
            ("Bidang Penataan dan Penaatan PPLH (termasuk TRC)", 10, 2, 0, 0, 2, 341, 8),
            ("Bidang Pengelolaan Sampah dan Limbah B3", 8, 4, 2, 0, 1, 226, 9),
            ("Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan", 7, 2, 0, 0, 3, 214, 7),
        ],
    ),
    (
        "UPTD DAN UNIT LAPANGAN",
        [
            ("UPTD Laboratorium Lingkungan", 9, 5, 1, 2, 6, 372, 11),
            ("UPTD TPA Bukit Saloka", 11, 9, 6, 14, 0, 287, 12),
            (
                "Armada Pengangkutan Sampah (pengawas armada, pengemudi, dan kernet)",
                2,
                0,
                4,
                64,
                0,
                41,
                1,
            ),
            ("Fasilitator Bank Sampah (Bank Sampah Induk Lalenta Bersih)", 4, 6, 5, 0, 2, 198, 7),
        ],
    ),
]
PPC_LAMA = [
    (
        ANALIS_LAB,
        "19880317 201101 2 005",
        "Analis Laboratorium",
        "UPTD Laboratorium Lingkungan",
        "PSL/2022/001",
        "14 November 2022",
        "14 November 2027",
        "Aktif",
    ),
    (
        KOORD_SERT,
        "19830611 200903 1 004",
        "Penyelia Laboratorium",
        "UPTD Laboratorium Lingkungan",
        "PSL/2022/002",
        "14 November 2022",
        "14 November 2027",
        "Aktif",
    ),
    (
        TEKNISI_LAB,
        "19900125 201402 1 002",
        "Teknisi Laboratorium",
        "UPTD Laboratorium Lingkungan",
        "PSL/2022/004",
        "14 November 2022",
        "14 November 2027",
        "Aktif",
    ),
    (
        "Suardi Mappaseng, S.Si.",
        "19870419 201001 1 008",
        "Pengolah Data Kualitas Lingkungan",
        "Bidang PPKL",
        "PSL/2023/001",
        "16 Oktober 2023",
        "16 Oktober 2028",
        "Aktif",
    ),
    (
        PLH_MUDA,
        "19840902 200902 1 003",
        "PLH Ahli Muda",
        "Bidang Penataan dan Penaatan PPLH",
        "PSL/2023/003",
        "16 Oktober 2023",
        "16 Oktober 2028",
        "Aktif",
    ),
    (
        "Marlina Sampe Bua, S.Si.",
        "19920708 201903 2 006",
        "Analis Laboratorium",
        "UPTD Laboratorium Lingkungan",
        "PSL/2024/002",
        "28 Oktober 2024",
        "28 Oktober 2029",
        "Aktif",
    ),
    (
        "Ahmad Fauzi Latief, S.T.",
        "19930214 201903 1 009",
        "PLH Ahli Pertama",
        "Bidang Penataan dan Penaatan PPLH",
        "PSL/2024/005",
        "28 Oktober 2024",
        "28 Oktober 2029",
        "Aktif",
    ),
    (
        "Kristina Pali, A.Md.AK.",
        "19950630 202012 2 004",
        "Analis Laboratorium",
        "UPTD Laboratorium Lingkungan",
        "PSL/2025/001",
        "20 Oktober 2025",
        "20 Oktober 2030",
        "Aktif",
    ),
    (
        "Muhammad Nasrullah, S.Si.",
        "19940512 202012 1 007",
        "Analis Laboratorium",
        "UPTD Laboratorium Lingkungan",
        "PSL/2025/003",
        "20 Oktober 2025",
        "20 Oktober 2030",
        "Aktif",
    ),
    (
        "Yunita Bamba, S.Si.",
        "PPPK 2023",
        "Analis Laboratorium (PPPK)",
        "UPTD Laboratorium Lingkungan",
        "-",
        "-",
        "-",
        "Belum bersertifikat (PPPK tidak dapat mengikuti uji menurut aturan 2022)",
    ),
]
CONTOH_2025 = [
    ("Air sungai dan danau", 312, 5616, 18, 4),
    ("Air limbah usaha dan/atau kegiatan", 428, 6420, 37, 11),
    ("Air tanah dan sumur warga", 96, 1152, 22, 3),
    ("Lindi TPA Bukit Saloka", 24, 480, 0, 0),
    ("Udara ambien", 64, 448, 9, 2),
    ("Emisi sumber tidak bergerak (cerobong)", 38, 266, 4, 1),
]


def _units():
    return [u for _g, us in UNIT_2025 for u in us]


def write_xlsx(path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    wb.set_properties(
        {
            "title": "Rekap JP Pegawai DLH Kabupaten Batu Lalenta 2025",
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
    ws.merge_range("A1:L1", "REKAPITULASI CAPAIAN JP PEGAWAI TAHUN 2025 PER UNIT KERJA", title)
    ws.merge_range(
        "A2:L2", "DLH Kabupaten Batu Lalenta - data RIMBUN per 14 Januari 2026. " + FIKTIF
    )
    heads = [
        "No",
        "Unit kerja",
        "PNS",
        "PPPK",
        "PPPK Paruh Waktu",
        "Tenaga Alih Daya",
        "Peserta Magang",
        "ASN Dihitung (PNS + PPPK)",
        "Total JP ASN",
        "Rata-rata JP per ASN",
        "ASN Mencapai Target (orang)",
        "Persen Mencapai Target",
    ]
    ws.merge_range("C4:G4", "Jumlah Pegawai dan Non-ASN", hdr)
    for col, h in enumerate(heads):
        if 2 <= col <= 6:
            ws.write(4, col, h, hdr)
        else:
            ws.merge_range(3, col, 4, col, h, hdr)
    row, no = 5, 0
    first = row
    for g, units in UNIT_2025:
        ws.merge_range(row, 0, row, 11, g, grp)
        row += 1
        for name, pns, pppk, pw, na, mg, jp, ok in units:
            no += 1
            asn = pns + pppk
            for col, v in enumerate([no, name, pns, pppk, pw, na, mg, asn, jp]):
                ws.write(row, col, v, cell)
            ws.write(row, 9, round(jp / asn, 1), one)
            ws.write(row, 10, ok, cell)
            ws.write(row, 11, round(ok / asn * 100, 1), one)
            row += 1
    units = _units()
    ws.write(row, 1, "JUMLAH / RATA-RATA DLH", tot)
    sums = [sum(u[i] for u in units) for i in range(1, 8)]
    for col, letter, val in zip((2, 3, 4, 5, 6), "CDEFG", sums[:5], strict=True):
        ws.write_formula(row, col, f"=SUM({letter}{first + 1}:{letter}{row})", tot, val)
    asn_t = sums[0] + sums[1]
    ws.write_formula(row, 7, f"=SUM(H{first + 1}:H{row})", tot, asn_t)
    ws.write_formula(row, 8, f"=SUM(I{first + 1}:I{row})", tot, sums[5])
    ws.write_formula(row, 9, f"=ROUND(I{row + 1}/H{row + 1},1)", tot1, round(sums[5] / asn_t, 1))
    ws.write_formula(row, 10, f"=SUM(K{first + 1}:K{row})", tot, sums[6])
    ws.write_formula(
        row, 11, f"=ROUND(K{row + 1}/H{row + 1}*100,1)", tot1, round(sums[6] / asn_t * 100, 1)
    )
    ws.set_column(1, 1, 60)
    ws.set_column(2, 11, 13)

    ws2 = wb.add_worksheet("PPC Bersertifikat")
    ws2.merge_range(
        "A1:I1",
        "DAFTAR PEMEGANG SERTIFIKAT PETUGAS SAMPLING (PER 31 DESEMBER 2025)",
        title,
    )
    ws2.write(1, 0, FIKTIF)
    h2 = [
        "No",
        "Nama",
        "NIP",
        "Jabatan",
        "Unit",
        "Nomor sertifikat",
        "Tanggal terbit",
        "Berlaku sampai",
        "Status",
    ]
    for col, h in enumerate(h2):
        ws2.write(3, col, h, hdr)
    for i, r in enumerate(PPC_LAMA, 1):
        for col, v in enumerate([i, *r]):
            ws2.write(3 + i, col, v, cell)
    ws2.set_column(1, 1, 36)
    ws2.set_column(2, 8, 22)

    ws3 = wb.add_worksheet("Contoh Uji 2025")
    ws3.merge_range(
        "A1:E1", "CONTOH UJI UPTD LABORATORIUM LINGKUNGAN TAHUN 2025 MENURUT MATRIKS", title
    )
    ws3.write(1, 0, FIKTIF + " Pengambilan dan pengujian contoh rutin adalah kinerja, bukan JP.")
    h3 = [
        "Matriks contoh uji",
        "Jumlah contoh",
        "Parameter diuji",
        "Contoh dari pengaduan",
        "Contoh ditolak",
    ]
    for col, h in enumerate(h3):
        ws3.write(3, col, h, hdr)
    for i, r in enumerate(CONTOH_2025):
        for col, v in enumerate(r):
            ws3.write(4 + i, col, v, cell)
    last = 4 + len(CONTOH_2025)
    ws3.write(last, 0, "Jumlah", tot)
    for col, letter in zip(range(1, 5), "BCDE", strict=True):
        ws3.write_formula(
            last, col, f"=SUM({letter}5:{letter}{last})", tot, sum(r[col] for r in CONTOH_2025)
        )
    ws3.set_column(0, 0, 46)
    ws3.set_column(1, 4, 18)

    ws4 = wb.add_worksheet("Catatan")
    notes = [
        "Catatan penyusunan",
        FIKTIF,
        "1. ASN dihitung = PNS + PPPK penuh waktu. PPPK paruh waktu belum memiliki target JP pada "
        "tahun 2025 sehingga tidak dihitung; target 10 JP bagi PPPK paruh waktu baru berlaku mulai "
        "2026.",
        "2. Tenaga alih daya (termasuk pengemudi dan kernet truk sampah) dan peserta magang bukan "
        "ASN; jumlahnya dicantumkan sebagai informasi dan JP-nya tidak dicatat. Jumlah peserta "
        "magang adalah jumlah orang selama tahun 2025.",
        "3. Target JP 2025 masih mengikuti Peraturan Kepala Dinas Nomor 5 Tahun 2019: 24 JP bagi "
        "analis laboratorium dan 20 JP bagi jabatan lainnya.",
        "4. Persentase mencapai target terendah ada pada Armada Pengangkutan Sampah karena 1 "
        "dari 2 pengawas armada merangkap "
        "koordinator rute selama perbaikan 6 truk pada Juni-Agustus 2025 sehingga tidak dapat "
        "dilepas untuk pelatihan.",
        "5. Kolom 'Berlaku sampai' pada sheet PPC Bersertifikat ditulis sesuai sertifikat yang "
        "diterbitkan berdasarkan Keputusan Kepala Dinas Nomor 188.4/061/DLH/2022 (masa berlaku 5 "
        "tahun); lihat ketentuan peralihan Keputusan Kepala Dinas Nomor 188.4/027/DLH/2026.",
        "6. Sheet Contoh Uji 2025 bersumber dari buku registrasi contoh UPTD Laboratorium "
        "Lingkungan; contoh ditolak adalah contoh yang tidak memenuhi syarat pengawetan, suhu, "
        "atau waktu simpan.",
        "Disusun oleh Subbagian Umum dan Kepegawaian, 19 Januari 2026. Kontak: "
        + ANALIS_SDM
        + ", WA "
        + WA_BBL
        + ".",
    ]
    for i, t in enumerate(notes):
        ws4.write(i, 0, t)
    ws4.set_column(0, 0, 120)
    wb.close()


# =========================================================================== CSV files
KUOTA_UNITS = [
    "Sekretariat",
    "Bidang TL",
    "Bidang Penataan",
    "Bidang PSLB3",
    "Bidang PPKL",
    "UPTD Lab",
    "UPTD TPA",
    "Fasilitator Bank Sampah",
    "Non-ASN (magang dan alih daya)",
]
_KUOTA = [
    (
        "LH.01",
        "Orientasi Pegawai Baru Dinas Lingkungan Hidup",
        2,
        30,
        [9, 5, 5, 7, 4, 8, 14, 8, 0],
        "Angk. I Januari, Angk. II Agustus",
    ),
    (
        "LH.03",
        "Penyusunan dan Pemeriksaan Dokumen UKL-UPL dan SPPL",
        1,
        20,
        [0, 12, 4, 2, 2, 0, 0, 0, 0],
        "JF PEDAL diutamakan",
    ),
    (
        "LH.04",
        "Penilaian AMDAL bagi Anggota Tim Uji Kelayakan",
        1,
        12,
        [0, 10, 0, 0, 2, 0, 0, 0, 0],
        "khusus JF PEDAL Ahli Muda dan Ahli Madya",
    ),
    (
        "LH.06",
        "Pengawasan Ketaatan Persetujuan Lingkungan",
        2,
        15,
        [0, 2, 20, 4, 4, 0, 0, 0, 0],
        "wajib sebelum menjadi ketua tim pengawasan",
    ),
    (
        "LH.08",
        "Pengambilan Contoh Uji Air",
        2,
        12,
        [0, 0, 6, 0, 6, 12, 0, 0, 0],
        "calon peserta uji PPC Lingkup A",
    ),
    (
        "LH.09",
        "Pengambilan Contoh Uji Udara Ambien dan Emisi",
        1,
        10,
        [0, 0, 0, 0, 4, 6, 0, 0, 0],
        "syarat uji PPC Lingkup U",
    ),
    (
        "LH.10",
        "Penerapan SNI ISO/IEC 17025:2017 dan Jaminan Mutu Hasil Uji",
        1,
        16,
        [0, 0, 0, 0, 0, 16, 0, 0, 0],
        "seluruh analis laboratorium",
    ),
    (
        "LH.11",
        "Keselamatan Kerja dan Penanganan Bahan Kimia di Laboratorium",
        2,
        20,
        [0, 0, 0, 0, 4, 24, 0, 0, 12],
        "kolom Non-ASN = peserta magang laboratorium",
    ),
    (
        "LH.12",
        "Operasional Sel Landfill dan Alat Berat yang Aman",
        2,
        15,
        [0, 0, 0, 4, 0, 0, 26, 0, 0],
        "paling banyak 1 operator alat berat per shift",
    ),
    (
        "LH.14",
        "Fasilitasi dan Pembinaan Bank Sampah Unit",
        2,
        24,
        [0, 0, 0, 14, 0, 0, 4, 30, 0],
        "paling banyak 2 fasilitator per hari",
    ),
    (
        "LH.15",
        "Pengawasan Pengelolaan Limbah B3",
        1,
        12,
        [0, 0, 9, 3, 0, 0, 0, 0, 0],
        "syarat lulus LH.06",
    ),
    (
        "LH.17",
        "Pemantauan Kualitas Air Sungai dan Indeks Kualitas Lingkungan Hidup",
        1,
        15,
        [0, 0, 0, 0, 9, 6, 0, 0, 0],
        "",
    ),
    (
        "LH.19",
        "Pelatihan Mentor SEMAI",
        2,
        12,
        [2, 4, 4, 3, 2, 4, 3, 2, 0],
        "calon mentor masa kerja paling singkat 5 tahun",
    ),
    (
        "LH.22",
        "Pembekalan K3 bagi Tenaga Pendukung, Pengemudi Truk Sampah, dan Peserta Magang",
        12,
        20,
        [0, 0, 0, 0, 0, 0, 0, 0, 240],
        "PPPK paruh waktu baru masuk kolom Non-ASN; termasuk pengemudi truk sampah",
    ),
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
    "asn_capai_10_jp",
    "persen_capai_10_jp",
    "laporan_terlambat",
    "keterangan",
]
_REKAP = [
    (
        "Sekretariat",
        "Kantor DLH",
        17,
        96,
        31.5,
        12,
        0,
        "LH.01 Angk. I 19-20 Januari diikuti 6 pegawai baru",
    ),
    (
        "Bidang Tata Lingkungan",
        "Kantor DLH",
        11,
        188,
        14,
        10,
        1,
        "LH.04 klasikal 9-11 Maret diikuti 6 PEDAL",
    ),
    (
        "Bidang Penataan dan Penaatan",
        "Kantor DLH",
        12,
        176,
        9.5,
        9,
        2,
        "TRC menangani 41 pengaduan; 2 LD-C LH.03 Ditangguhkan",
    ),
    ("Bidang PSLB3", "Kantor DLH", 12, 72, 18, 6, 0, ""),
    (
        "Bidang PPKL",
        "Kantor DLH",
        9,
        84,
        12.5,
        6,
        0,
        "pengambilan contoh kasus ikan mati Sungai Lalenta 24 Maret-3 April",
    ),
    (
        "UPTD Laboratorium Lingkungan",
        "Jalan Kima Raya",
        15,
        192,
        28,
        13,
        0,
        "asesmen surveilans KAN 27-29 April",
    ),
    (
        "UPTD TPA Bukit Saloka",
        "Desa Saloka",
        21,
        88,
        7.5,
        7,
        1,
        "longsor kecil sel 3 pada 6 Februari; LH.12 Angk. I Regu Cendrawasih ditunda",
    ),
    (
        "Armada Pengangkutan Sampah",
        "Pool Truk Tompo Batu",
        2,
        8,
        1.5,
        0,
        0,
        "64 pengemudi dan kernet alih daya ikut LH.22; JP tidak dicatat",
    ),
    (
        "Fasilitator Bank Sampah",
        "Kelurahan Bonto Lempangan",
        11,
        60,
        22,
        8,
        0,
        "LH.14 Angk. I 28-29 April diikuti 28 peserta",
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
            "JUMLAH DLH",
            "",
            str(tot_asn),
            str(tot_kl),
            dec(tot_nk),
            dec(tot_kl + tot_nk),
            dec((tot_kl + tot_nk) / tot_asn),
            str(tot_ok),
            dec(tot_ok / tot_asn * 100),
            str(sum(r[6] for r in _REKAP)),
            "data RIMBUN per 6 Juli 2026",
        ]
    )
    return rows


KOPI_HEADER = ["no", "tanggal", "waktu", "tempat", "topik", "pemantik", "catatan"]
KOPI = [
    [
        "1",
        tgl(2026, 1, 8),
        "15.00-16.30 WITA",
        AULA + " dan Zoom",
        "Refleksi 2025: pengaduan, contoh ditolak, dan kecelakaan kerja",
        SEKRETARIS,
        "Pertemuan perdana 2026; dihadiri 47 orang.",
    ],
    [
        "2",
        tgl(2026, 2, 12),
        "15.00-16.30 WITA",
        AULA + " dan Zoom",
        "Membaca dokumen UKL-UPL:\napa yang sering terlewat oleh pemrakarsa",
        PEDAL_MUDA,
        "Rekaman tersedia di RIMBUN.",
    ],
    [
        "3",
        tgl(2026, 3, 12),
        "15.00-16.30 WITA",
        TPAKANTOR + " dan Zoom",
        "Longsor kecil sel 3 TPA: pelajaran dari 6 Februari",
        KA_TPA,
        "Peserta tatap muka wajib membawa sepatu boot.",
    ],
    [
        "4",
        tgl(2026, 4, 9),
        "15.00-16.30 WITA",
        AULA + " dan Zoom",
        "Kasus ikan mati Sungai Lalenta:\n- siapa turun pertama\n- contoh apa yang diambil\n"
        "- berapa cepat dikirim ke laboratorium",
        KABID_PPKL,
        "Dibahas tanpa menyebut nama perusahaan karena masih dalam proses penegakan hukum.",
    ],
    [
        "5",
        tgl(2026, 5, 14),
        "15.00-16.30 WITA",
        BSI + " dan Zoom",
        "Bank sampah unit yang mati suri: cara menghidupkan kembali",
        KOORD_BS,
        "Bertepatan dengan Kenaikan Yesus Kristus; lihat notulen rapat April.",
    ],
    [
        "6",
        tgl(2026, 6, 11),
        "15.00-16.30 WITA",
        LABKELAS + " dan Zoom",
        "Rantai pengawasan contoh (chain of custody): kesalahan yang sering terjadi",
        KOORD_SERT,
        "",
    ],
    [
        "7",
        tgl(2026, 7, 9),
        "15.00-16.30 WITA",
        AULA + " dan Zoom",
        "Gas metana dan kebakaran TPA pada musim kemarau",
        KA_TPA,
        "",
    ],
    [
        "8",
        tgl(2026, 8, 13),
        "15.00-16.30 WITA",
        AULA + " dan Zoom",
        "Pengawasan limbah B3 rumah sakit dan bengkel",
        KABID_PPH,
        "Pengantar sebelum LH.15 tanggal 24-27 Agustus.",
    ],
    [
        "9",
        tgl(2026, 9, 10),
        "15.00-16.30 WITA",
        AULA + " dan Zoom",
        "Belajar dari peserta SEMAI Angkatan I",
        KOORD_SEMAI,
        "Pemantik koordinator, 2 mentor, dan 2 peserta semai.",
    ],
    [
        "10",
        tgl(2026, 10, 8),
        "15.00-16.30 WITA",
        RUANGDATA + " dan Zoom",
        "Memakai peta SIG untuk menelusuri sumber pencemaran,\ndari titik pantau ke saluran "
        "pembuangan",
        "Suardi Mappaseng, S.Si.",
        "Tatap muka dibatasi 15 orang karena jumlah komputer.",
    ],
    [
        "11",
        tgl(2026, 11, 12),
        "15.00-16.30 WITA",
        AULA + " dan Zoom",
        "Menyiapkan penilaian Adipura 2027",
        KABID_PSL,
        "",
    ],
    [
        "12",
        tgl(2026, 12, 10),
        "15.00-16.30 WITA",
        AULA + " dan Zoom",
        "Kilas balik 2026 dan penetapan tema 2027",
        KOORD_KOPI,
        "Pengumuman Insan Pembelajar Lestari 2026.",
    ],
]

ROTASI_HEADER = [
    "minggu",
    "periode",
    "shift_pagi_06.00-12.30",
    "shift_siang_11.30-18.00",
    "regu_libur",
    "fasilitator_jaga_bank_sampah_induk",
    "dilepas_untuk_pelatihan",
    "catatan",
]
ROTASI = [
    [
        "1",
        "1-6 September 2026",
        "Regu Kenari",
        "Regu Rajawali",
        "Regu Cendrawasih",
        KOORD_BS + " dan Andi Tenri Ajeng, S.KM.",
        "LH.22 Rabu 2 September: 9 pengemudi dan kernet truk baru (alih daya, JP tidak dicatat)",
        "Program SEMAI Angk. II dibuka Selasa 1 September",
    ],
    [
        "2",
        "7-13 September 2026",
        "Regu Rajawali",
        "Regu Cendrawasih",
        "Regu Kenari",
        "Hj. Nuraeni Sappe, S.E. dan Fitriani Bakri, A.Md.",
        "LH.06 Angk. II 7-11 September: 1 staf Bidang PSLB3 (bukan petugas TPA)",
        "Kamis 10 September pertemuan KOPI HIJAU 15.00-16.30 WITA",
    ],
    [
        "3",
        "14-20 September 2026",
        "Regu Cendrawasih",
        "Regu Kenari",
        "Regu Rajawali",
        KOORD_BS + " dan Fitriani Bakri, A.Md.",
        "-",
        "Senin 14 September jembatan timbang dikalibrasi 06.00-08.00 WITA; truk dicatat manual",
    ],
    [
        "4",
        "21-27 September 2026",
        "Regu Kenari",
        "Regu Rajawali",
        "Regu Cendrawasih",
        "Andi Tenri Ajeng, S.KM. dan Hj. Nuraeni Sappe, S.E.",
        "LH.14 Angk. II 22-23 September: 2 fasilitator per hari dan 2 petugas Regu Cendrawasih "
        "(hari libur regu; diberi hari pengganti)",
        "Sabtu 26 September Bank Sampah Induk tutup untuk inventarisasi",
    ],
    [
        "5",
        "28-30 September 2026",
        "Regu Rajawali",
        "Regu Cendrawasih",
        "Regu Kenari",
        "Fitriani Bakri, A.Md. dan " + KOORD_BS,
        "-",
        "rotasi Oktober diumumkan 25 September 2026",
    ],
]


# =========================================================================== HTML helpdesk
HELPDESK_HTML = """\
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Bantuan RIMBUN - DLH Kabupaten Batu Lalenta</title>
</head>
<body>
<header>
<h1>Pusat Bantuan RIMBUN</h1>
<p>Sistem pembelajaran Balai Belajar Lestari (BBL), Dinas Lingkungan Hidup Kabupaten Batu
Lalenta. <em>Dokumen fiktif, untuk evaluasi.</em></p>
</header>
<main>
<section id="jam-layanan">
<h2>Jam layanan helpdesk (WITA)</h2>
<ul>
<li>Senin-Kamis pukul 07.30-15.30 WITA</li>
<li>Jumat pukul 07.30-11.00 WITA dan 13.30-16.00 WITA</li>
<li>Sabtu pukul 08.00-12.00 WITA (hanya chat WhatsApp)</li>
<li>Minggu dan hari libur nasional: tutup</li>
</ul>
<p>Pertanyaan yang masuk di luar jam layanan dijawab paling lambat pukul 09.00 WITA pada hari
kerja berikutnya. Selama uji sertifikasi Petugas Pengambil Contoh berlangsung, admin bertugas di
lokasi uji dan chat baru dijawab setelah pukul 14.00 WITA.</p>
<p>WhatsApp helpdesk: <strong>0811-4630-2275</strong> (chat saja, tidak menerima telepon).
Surel: <a href="mailto:bantuan.rimbun@dlh.batulalenta.contoh">bantuan.rimbun@dlh.batulalenta.contoh</a>.
Telepon kantor: (0462) 731-540 ext. 214. Admin RIMBUN: Reski Amalia Sahabuddin, S.Kom.
(Pranata Komputer Ahli Pertama).</p>
</section>
<section id="kontak-per-topik">
<h2>Siapa yang dihubungi?</h2>
<table border="1">
<thead><tr><th>Topik</th><th>Petugas</th><th>Kontak</th></tr></thead>
<tbody>
<tr><td>Lupa kata sandi RIMBUN, akun terkunci, NIP tidak ditemukan</td><td>Reski Amalia Sahabuddin, S.Kom.</td><td>WA 0811-4630-2275</td></tr>
<tr><td>Klaim JP, sertifikat, rekap JP</td><td>Nurhikmah Paturusi, S.Psi.</td><td>WA 0812-4417-3390</td></tr>
<tr><td>Pendaftaran dan pembatalan pelatihan BBL</td><td>Muhammad Arsyad Lamba, S.E.</td><td>WA 0813-4255-0618</td></tr>
<tr><td>Peminjaman alat sampling latih untuk latihan mandiri</td><td>Hendrik Tandi Padang, A.Md.</td><td>WA 0822-4518-6630</td></tr>
<tr><td>Sertifikasi Petugas Pengambil Contoh (PPC)</td><td>Agustinus Rante Allo, S.Si.</td><td>WA 0813-5520-7481</td></tr>
<tr><td>Program SEMAI (log PS-2, refleksi)</td><td>Sri Wahyuni Makkawaru, S.Hut.</td><td>WA 0852-5567-0934</td></tr>
<tr><td>Akun tamu peserta magang dan tenaga alih daya</td><td>Nur Aisyah Rahim, A.Md.</td><td>WA 0857-4120-3381</td></tr>
<tr><td>KOPI HIJAU (tautan Zoom, rekaman)</td><td>Ahmad Zulfikar Nur, S.Kel.</td><td>WA 0821-4783-2209</td></tr>
</tbody>
</table>
</section>
<section id="masalah-umum">
<h2>Masalah yang sering terjadi</h2>
<table border="1">
<thead><tr><th>Masalah</th><th>Penyebab</th><th>Solusi</th></tr></thead>
<tbody>
<tr><td>Kode QR presensi tidak terbaca</td><td>Presensi sudah ditutup (lebih dari 10 menit setelah sesi dimulai) atau jam ponsel tidak sinkron</td><td>Minta panitia mencatat presensi manual pada hari itu juga; atur jam ponsel otomatis</td></tr>
<tr><td>Tombol Klaim JP tidak muncul</td><td>Kegiatan lebih dari 30 hari yang lalu</td><td>Klaim tidak dapat diajukan lagi; hubungi pengelola BBL hanya jika ada surat tugas</td></tr>
<tr><td>Status JP "Ditangguhkan"</td><td>Formulir LD-C belum dikirim setelah batas 45 hari</td><td>Kirim LD-C; status berubah setelah diverifikasi atasan</td></tr>
<tr><td>Sertifikat belum terbit</td><td>Evaluasi reaksi belum diisi atau masih dalam 5 hari kerja</td><td>Isi evaluasi reaksi; tunggu sampai 5 hari kerja</td></tr>
<tr><td>Unggah berkas gagal</td><td>Berkas lebih dari 5 MB atau bukan PDF/JPG</td><td>Kompres berkas menjadi PDF paling besar 5 MB</td></tr>
<tr><td>Peserta magang tidak bisa masuk</td><td>Akun magang adalah akun tamu yang dibuat Subbagian Umum dan Kepegawaian, bukan dengan NIP</td><td>Masuk dengan nomor akun tamu (format TAMU-DLH-xxxx)</td></tr>
<tr><td>Video modul tersendat di TPA Bukit Saloka</td><td>Sinyal seluler di lokasi TPA lemah</td><td>Unduh modul versi luring (PDF) melalui wifi Kantor Lapangan UPTD TPA</td></tr>
</tbody>
</table>
</section>
<section id="catatan">
<h2>Catatan</h2>
<p>RIMBUN belum terhubung dengan SIASN maupun MyASN. Setelah sertifikat terbit, unggah sendiri
sertifikat Anda ke MyASN.</p>
<p>Aplikasi RIMBUN versi Android dapat diunduh dari halaman intranet DLH; versi iOS belum
tersedia. Alat sampling latih tidak boleh dibawa pulang dan dikembalikan pada hari yang sama.</p>
</section>
</main>
<footer><p>Terakhir diperbarui 15 Mei 2026. Dokumen fiktif, untuk evaluasi.</p></footer>
</body>
</html>
"""

# =========================================================================== Markdown: SEMAI guide
PANDUAN_SEMAI_MD = """\
---
id: panduan-program-semai
title: Panduan Program SEMAI 2026
penerbit: Subbagian Umum dan Kepegawaian DLH Kabupaten Batu Lalenta
dasar: Peraturan Kepala Dinas Nomor 2 Tahun 2026, Pasal 27-29
catatan: Dokumen fiktif, untuk evaluasi.
---

# Panduan Program SEMAI 2026

SEMAI adalah program mentoring di tempat kerja bagi pegawai baru DLH. Namanya diambil dari
kegiatan menyemai bibit: pegawai baru "disemai" selama 3 bulan pertama bersama mentor yang
berpengalaman sebelum bekerja mandiri di lapangan, di laboratorium, atau di TPA. SEMAI dibuka
2 angkatan per tahun: Angkatan I (Februari–April 2026) dan Angkatan II (September–November 2026).

## Siapa ikut SEMAI?

- CPNS dan PPPK penuh waktu yang ditempatkan sebagai JF PEDAL, JF PLH, analis laboratorium,
  fasilitator bank sampah, atau petugas UPTD TPA Bukit Saloka, pada tahun pertama.
- PNS mutasi masuk dari perangkat daerah lain ke jabatan-jabatan tersebut, pada tahun pertama.
- **Tidak** untuk PPPK paruh waktu, tenaga alih daya (termasuk pengemudi truk sampah), dan
  peserta magang. Mereka cukup mengikuti LH.22.

## Beda mentor, coach, dan instruktur BBL

| Peran | Siapa | Untuk siapa | Lama | Fokus |
|---|---|---|---|---|
| Mentor | pegawai senior, masa kerja di DLH paling singkat 5 tahun | peserta semai (paling banyak 3) | 3 bulan | kebiasaan kerja lapangan, keselamatan, dan etika |
| Coach | atasan langsung | semua bawahan | paling sedikit 1 kali per triwulan | tujuan kinerja, model TIRTA |
| Instruktur BBL | instruktur internal atau narasumber Kementerian Lingkungan Hidup | peserta pelatihan | selama pelatihan | materi pelatihan |

## Syarat mentor

1. Masa kerja di DLH paling singkat 5 tahun.
2. Lulus LH.19 Pelatihan Mentor SEMAI.
3. Bukan atasan langsung peserta semai.
4. Tidak sedang menjalani hukuman disiplin.
5. Khusus mentor di UPTD Laboratorium Lingkungan: memiliki Sertifikat PPC yang masih berlaku.

## Alur 3 bulan

| Tahap | Waktu | Formulir | Keterangan |
|---|---|---|---|
| Pembukaan | minggu ke-1 | - | perkenalan, pembagian pasangan, pengarahan keselamatan kerja |
| Rencana pendampingan | paling lambat 5 hari kerja setelah pembukaan | PS-1 | target kompetensi per bulan, disetujui atasan langsung peserta semai |
| Pendampingan lapangan | bulan ke-1 s.d. ke-3 | PS-2 | paling sedikit 6 kunjungan lapangan didampingi mentor |
| Refleksi | setiap 2 minggu | - | paling sedikit 6 kali, dicatat di RIMBUN paling lambat 2 hari kerja |
| Forum Tengah | bulan ke-2 | - | kemajuan setiap pasangan, 5 menit per pasangan |
| Penilaian akhir | minggu ke-12 | PS-3 | nilai lulus 75 |
| Forum Akhir | minggu terakhir | - | presentasi 7 menit dan tanya jawab 5 menit per peserta semai |

## Yang tidak boleh dilakukan peserta semai

- Menandatangani berita acara pengawasan.
- Menandatangani berita acara pengambilan contoh.
- Mengoperasikan alat berat seorang diri.
- Memakai akun RIMBUN atau tanda tangan elektronik mentor.

## JP yang diakui

- Peserta semai: 2 JP per pertemuan refleksi, paling banyak 12 JP per program.
- Mentor: 1 JP per pertemuan refleksi, paling banyak 6 JP per program.
- Kunjungan lapangan yang didampingi adalah tugas rutin, **bukan** JP.

## Honorarium

Mentor menerima Rp200.000 per peserta semai per bulan selama 3 bulan. Honor dibayar setiap akhir
bulan setelah log PS-2 diverifikasi koordinator.

## Kalau cuaca buruk

Kunjungan lapangan yang dibatalkan karena peringatan dini cuaca ekstrem dapat diganti dengan
studi dokumen berita acara lama bersama mentor, paling banyak 2 kali per program. Studi dokumen
dicatat di PS-2 sebagai pengganti kunjungan lapangan.

## Kontak

Koordinator Program SEMAI: Sri Wahyuni Makkawaru, S.Hut., WA 0852-5567-0934.
Pengelola BBL: Nurhikmah Paturusi, S.Psi., WA 0812-4417-3390.
"""

# =========================================================================== Markdown: report guide
PEDOMAN_LAPORAN_MD = """\
# Pedoman Laporan Pasca-Pelatihan DLH Kabupaten Batu Lalenta

Ditetapkan Sekretaris DLH sebagai pelaksanaan Pasal 34 dan Pasal 35 Peraturan Kepala Dinas
Nomor 2 Tahun 2026. Dokumen fiktif, untuk evaluasi.

## Tiga formulir

| Formulir | Nama | Wajib untuk | Batas waktu | Diverifikasi |
|---|---|---|---|---|
| FR-A | Formulir Refleksi | semua pelatihan | 3 hari kerja (di bawah 12 JP) atau 5 hari kerja (12 JP atau lebih) | pengelola BBL |
| RTL-B | Rencana Tindak Lanjut | pelatihan 12 JP atau lebih | 5 hari kerja | atasan langsung |
| LD-C | Laporan Dampak | pelatihan 21 JP atau lebih | 45 hari kalender (hari libur: hari kerja berikutnya) | atasan langsung |

Pelatihan blended dihitung menurut total JP-nya (daring + klasikal). Atasan langsung
memverifikasi paling lama 5 hari kerja setelah formulir diterima.

## Isi FR-A (Formulir Refleksi)

1. Nama dan kode pelatihan, tanggal, penyelenggara, dan JP.
2. Tiga hal terpenting yang dipelajari.
3. Satu hal yang akan langsung diterapkan di lapangan, di laboratorium, atau di TPA.
4. Penilaian singkat materi, instruktur, metode, sarana, dan jadwal (skala 1-5).

## Isi RTL-B (Rencana Tindak Lanjut)

- Kegiatan yang akan dilakukan, target, jadwal, dan indikator keberhasilan.
- Kaitan dengan Sasaran Kinerja Pegawai (SKP).
- Rencana berbagi hasil pelatihan kepada rekan, misalnya pada apel pagi regu TPA atau KOPI HIJAU.
- Persetujuan atasan langsung.

## Isi LD-C (Laporan Dampak)

- Apa yang sudah diterapkan, dengan bukti (foto lapangan, SOP yang diperbarui, berita acara).
- Foto lapangan tidak boleh menampilkan wajah warga atau nama perusahaan yang sedang dalam proses
  penegakan hukum.
- Dampak pada pekerjaan, misalnya jumlah contoh yang ditolak laboratorium, waktu tindak lanjut
  pengaduan, atau kejadian hampir celaka di TPA.
- Berbagi pengetahuan: paling sedikit 1 kali kepada rekan kerja.
- Kendala dan dukungan yang dibutuhkan.
- Verifikasi dan catatan atasan langsung.

## Contoh

| Pelatihan | JP | Formulir yang wajib |
|---|---|---|
| LH.15 Pengawasan Pengelolaan Limbah B3 | 32 | FR-A, RTL-B, dan LD-C |
| LH.17 Pemantauan Kualitas Air Sungai dan IKLH | 24 (6 daring + 18 klasikal) | FR-A, RTL-B, dan LD-C |
| LH.12 Operasional Sel Landfill dan Alat Berat yang Aman | 16 | FR-A dan RTL-B |
| LH.16 Inventarisasi Gas Rumah Kaca dan Aksi Iklim Daerah | 12 (4 daring + 8 klasikal) | FR-A dan RTL-B |
| LH.11 Keselamatan Kerja dan Penanganan Bahan Kimia di Laboratorium | 8 | FR-A |
| LH.21 Menyusun Laporan Pasca-Pelatihan | 3 | FR-A |

## Status JP di RIMBUN

- **Menunggu Verifikasi**: formulir sudah dikirim, belum diverifikasi.
- **Diakui**: JP masuk capaian tahun berjalan.
- **Ditangguhkan**: LD-C belum dikirim setelah batas waktu; JP tidak dihitung dan pegawai tidak
  dapat mendaftar pelatihan BBL berikutnya sampai LD-C dikirim.

## Perpanjangan

Perpanjangan batas waktu hanya diberikan Sekretaris untuk seluruh peserta satu angkatan,
misalnya karena peserta dikerahkan dalam tanggap darurat pencemaran. Permohonan perorangan tidak
dilayani.

## Peserta magang, tenaga alih daya, dan PPPK paruh waktu

- Peserta magang dan tenaga alih daya tidak mengisi FR-A, RTL-B, atau LD-C. Mereka cukup
  mengisi Kartu Kesan Peserta (Formulir KKP) pada hari terakhir pelatihan.
- PPPK paruh waktu mengisi formulir yang sama dengan pegawai lain.

## Kendala yang sering ditulis pada LD-C 2025

1. Tugas lapangan mendadak (pengaduan, kebakaran TPA) sehingga rencana tindak lanjut tertunda.
2. Peralatan di lapangan berbeda dengan peralatan yang dipakai saat pelatihan.
3. Pergantian regu dan shift di TPA sehingga sulit berbagi ke rekan yang sama.
4. Mutasi tugas sebelum materi sempat diterapkan.

Kontak: Nurhikmah Paturusi, S.Psi., pengelola BBL, WA 0812-4417-3390,
balaibelajar@dlh.batulalenta.contoh.
"""

# =========================================================================== minutes
NOTULEN_MD = """\
# Notulen Rapat Koordinasi Balai Belajar Lestari DLH Kabupaten Batu Lalenta

Dokumen fiktif, untuk evaluasi.

- **Hari/tanggal:** Rabu, 8 April 2026
- **Waktu:** pukul 09.00-11.30 WITA
- **Tempat:** Ruang Rapat Sekretaris, Kantor DLH lantai 3
- **Pimpinan rapat:** Hj. Sitti Rahmawati Baso, S.Sos., M.AP. (Sekretaris)
- **Notulis:** Nurhikmah Paturusi, S.Psi.
- **Hadir:** Kepala Subbagian Umum dan Kepegawaian; Kepala Bidang PPKL; Kepala Bidang Penataan
  dan Penaatan PPLH; Kepala UPTD Laboratorium Lingkungan; Kepala UPTD TPA Bukit Saloka;
  Koordinator Fasilitator Bank Sampah; Koordinator Sertifikasi PPC; Koordinator Program SEMAI;
  Koordinator KOPI HIJAU; admin RIMBUN (12 orang).

## 1. Laporan

Kepala UPTD Laboratorium Lingkungan melaporkan bahwa Komite Akreditasi Nasional (KAN) akan
melaksanakan **asesmen surveilans pada 27-29 April 2026**. Selama asesmen, Ruang Kelas UPTD
Laboratorium Lingkungan dipakai tim asesor dan analis tidak dapat dilepas. Tindakan perbaikan atas
temuan asesmen harus selesai paling lambat 29 Mei 2026.

Kepala Bidang PPKL melaporkan bahwa Jembatan Pasar Lama di titik pantau S-03 diperbaiki mulai
20 April sampai akhir Mei 2026 sehingga S-03 tidak dapat dipakai untuk praktik.

## 2. Keputusan rapat

1. **Uji Sertifikasi PPC Gelombang I** dipindahkan dari 28-29 April 2026 menjadi
   **Selasa-Rabu, 12-13 Mei 2026**, mulai pukul 08.00 WITA. Uji teori dipindahkan ke
   **Aula Rimba, Kantor DLH lantai 2**, dan uji praktik dipindahkan dari S-03 ke
   **titik pantau S-07 Bendung Salomoni**.
2. Batas pendaftaran uji Gelombang I diperpanjang dari 13 April 2026 menjadi **Senin, 27 April
   2026 pukul 14.00 WITA**, karena Keputusan sertifikasi baru berlaku 1 Maret 2026 dan baru 7
   orang yang mendaftar. Pengumuman hasil bergeser dari 8 Mei 2026 menjadi **Jumat, 22 Mei
   2026**.
3. Kuota uji Gelombang I dinaikkan dari 16 orang menjadi **20 orang** karena pemegang sertifikat
   lama yang berakhir paling lama 30 Juni 2027 diminta ikut lebih awal. Tambahan biaya 4 peserta
   sebesar **Rp5,4 juta** dipenuhi dari pergeseran baris pengiriman pelatihan eksternal (di bawah
   batas 10%). Gelombang II (27-28 Oktober 2026, kuota 12 orang) **tidak berubah**.
4. **LH.10 Penerapan SNI ISO/IEC 17025:2017 dan Jaminan Mutu Hasil Uji** dipindahkan dari 19-22
   Mei 2026 menjadi **Selasa-Jumat, 9-12 Juni 2026** karena analis menyelesaikan tindakan
   perbaikan asesmen sampai 29 Mei. Pendaftaran ditutup Selasa, 2 Juni 2026.
5. Batas waktu **LD-C LH.08 Pengambilan Contoh Uji Air Angk. I** (3-5 Maret) diperpanjang dari
   Senin, 20 April 2026 menjadi **Senin, 4 Mei 2026** untuk seluruh peserta angkatan, karena
   peserta dikerahkan mengambil contoh dalam kasus ikan mati Sungai Lalenta pada 24 Maret-3
   April. LD-C LH.03 (10-12 Februari) sudah lewat batas (30 Maret 2026) dan tidak diperpanjang;
   2 peserta berstatus Ditangguhkan.
6. **Forum Akhir SEMAI Angkatan I** dipindahkan dari Selasa, 28 April 2026 di Aula Rimba menjadi
   **Kamis, 30 April 2026 pukul 13.30 WITA di Gedung Bank Sampah Induk Lalenta Bersih**, karena
   Aula Rimba dipakai Tim Penilai Adipura pada 27-29 April. Program tetap berakhir 30 April 2026.
7. **Pertemuan KOPI HIJAU bulan Mei** dipindahkan dari Kamis, 14 Mei 2026 (Kenaikan Yesus
   Kristus) menjadi **Rabu, 20 Mei 2026**, pukul 15.00-16.30 WITA, **daring saja (Zoom)**; topik
   tetap.
8. Kuota **LH.14 Fasilitasi dan Pembinaan Bank Sampah Unit Angk. I** (28-29 April 2026) dinaikkan
   dari 24 menjadi **32 orang** untuk mengejar target 40 bank sampah unit baru. Angk. II tetap 24
   orang.

## 3. Lain-lain

- Usulan kenaikan honorarium mentor SEMAI belum dapat diputuskan karena menunggu perubahan
  standar biaya masukan Kabupaten.
- Pertanyaan tentang uang lembur petugas TPA yang bertugas hari Minggu di luar kewenangan tim;
  diteruskan ke Subbagian Keuangan. Insentif risiko kerja petugas TPA tidak dibahas.
- Usulan pelatihan pemetaan dengan drone dicatat untuk katalog 2027.

## 4. Tindak lanjut

| No | Tindak lanjut | Penanggung jawab | Batas waktu |
|---|---|---|---|
| 1 | Memperbarui jadwal dan tempat uji di RIMBUN | Reski Amalia Sahabuddin, S.Kom. | 9 April 2026 |
| 2 | Surat izin pemakaian titik pantau S-07 kepada pengelola Bendung Salomoni | Agustinus Rante Allo, S.Si. | 15 April 2026 |
| 3 | Pemberitahuan ke peserta LH.10 | Maria Goretti Pasoloran, S.Si., M.Sc. | 14 April 2026 |
| 4 | Surat perpanjangan LD-C LH.08 Angk. I | Muhammad Arsyad Lamba, S.E. | 10 April 2026 |
| 5 | Undangan Forum Akhir SEMAI | Sri Wahyuni Makkawaru, S.Hut. | 23 April 2026 |

Rapat ditutup pukul 11.30 WITA. Notulen disetujui pimpinan rapat.
"""

# =========================================================================== WhatsApp broadcast
WA_TXT = """\
[Broadcast] Info DLH Batu Lalenta
*UJI SERTIFIKASI PPC GELOMBANG I 2026* 🧪
Dokumen fiktif, untuk evaluasi.

Selamat pagi rekan2 analis lab, PLH & staf PPKL 🙏
Info uji sertifikasi Petugas Pengambil Contoh (jadwal & tempat BARU sesuai rapat 8 April):

🗓 Selasa-Rabu, 12-13 Mei 2026
👥 Kelompok 1 (no. peserta 01-10): Selasa, 12 Mei
👥 Kelompok 2 (no. peserta 11-20): Rabu, 13 Mei
⏰ Registrasi 07.30 WITA di Aula Rimba, Kantor DLH lt. 2
   Uji teori 08.00-09.15 WITA (50 soal)
   Berangkat ke S-07 Bendung Salomoni pkl 09.30 WITA naik bus dinas
   Uji praktik 10.30-13.00 WITA
📍 BUKAN di S-03 (Jembatan Pasar Lama sedang diperbaiki) & BUKAN di Ruang Kelas Lab

Bawa: KTP-el, kartu peserta (unduh di RIMBUN), sepatu boot sendiri, surat keterangan sehat asli.
Peralatan sampling, botol, kotak pendingin & pelampung disediakan panitia.

📌 Konfirmasi kehadiran di RIMBUN paling lambat Kamis, 7 Mei 2026 pkl 12.00 WITA.
📌 Pengumuman hasil Jumat, 22 Mei 2026 di RIMBUN.
📌 Uji pertama dibiayai APBD. Uji ulang Rp650 ribu bayar sendiri.
📌 Kalau BMKG keluarkan peringatan dini cuaca ekstrem, uji praktik ditunda; info di grup ini
   paling lambat pkl 06.00 WITA hari uji.
📌 Makan siang disediakan di lokasi praktik.

Narahubung:
Agustinus Rante Allo, S.Si. (Koord. Sertifikasi) 0813-5520-7481
Hendrik Tandi Padang, A.Md. (peralatan sampling) 0822-4518-6630

Semangat, semoga lulus semua 💪🌿
"""

# =========================================================================== FAQ
FAQ_TXT = """\
TANYA JAWAB (FAQ) PENGEMBANGAN KOMPETENSI DLH KABUPATEN BATU LALENTA
Disusun Subbagian Umum dan Kepegawaian, Mei 2026. Dokumen fiktif, untuk evaluasi.
Jawaban di bawah ini ringkasan; bila berbeda, yang berlaku adalah Perkadis 2/2026.

1. Berapa target JP saya tahun 2026?
   Tergantung kelompok jabatan dan status (Tabel 1 Perkadis 2/2026). PNS: JF PLH 40 JP, JF PEDAL
   36 JP, analis laboratorium 32 JP, pejabat struktural dan fasilitator bank sampah 24 JP,
   petugas TPA dan pelaksana lain 20 JP. PPPK penuh waktu: PLH dan PEDAL 30 JP, analis
   laboratorium 28 JP, fasilitator bank sampah, petugas TPA, dan pelaksana lain 20 JP.
   PPPK paruh waktu 10 JP.

2. Saya PPPK penuh waktu, JF PLH. Target saya 30 JP, tapi yang dibiayai hanya 24 JP?
   Benar. Fasilitasi biaya paling banyak 24 JP; sisanya dari kegiatan nonklasikal tanpa biaya
   seperti modul daring RIMBUN, KOPI HIJAU, dan Program SEMAI.

3. Apakah peserta magang mendapat JP?
   Tidak. Peserta magang bukan ASN. Mereka ikut LH.22 pada jadwal pertama setelah mulai magang;
   yang magang di laboratorium juga ikut LH.11. Magang paling lama empat bulan dan mendapat surat
   keterangan magang dari Sekretaris.

4. Apakah pengemudi truk sampah punya target JP?
   Tidak. Pengemudi dan kernet truk sampah adalah tenaga alih daya, bukan ASN. Mereka ikut LH.22
   dalam bulan pertama di luar jam rit; kehadirannya dilaporkan ke perusahaan penyedia jasa.

5. Kapan batas klaim JP kegiatan luar?
   Kira-kira sebulan setelah kegiatan, lewat menu Klaim JP di RIMBUN. Verifikasi sekitar
   seminggu.

6. Saya petugas TPA Shift Siang. Boleh ikut kelas jam 07.30 besok paginya?
   Tidak. Petugas TPA yang baru selesai Shift Siang tidak dijadwalkan ikut pelatihan klasikal
   yang mulai sebelum pukul 09.00 WITA keesokan harinya.

7. Saya lupa membatalkan pendaftaran. Apa akibatnya?
   Batalkan paling lambat tiga hari sebelum pelatihan. Kalau dua kali tidak hadir tanpa
   pembatalan dalam setahun, Anda tidak bisa mendaftar BBL selama tiga bulan, kecuali Anda
   ditugaskan dalam tanggap darurat dengan surat tugas.

8. Berapa nilai lulus pelatihan BBL?
   Nilai akhir minimal 70 dan kehadiran minimal 85%.

9. Sertifikat sampling saya terbit tahun 2024 dan tertulis berlaku sampai 2029. Benar?
   Sertifikat lama (Keputusan 2022) tetap berlaku sampai tanggal berakhirnya, tetapi paling lama
   30 Juni 2027, dan disetarakan Lingkup A. Jadi sertifikat Anda berakhir paling lama 30 Juni
   2027.

10. Berapa biaya uji sertifikasi PPC?
    Sekitar Rp1,35 juta per peserta; uji pertama bagi PNS dan PPPK penuh waktu dibiayai APBD.
    Uji ulang Rp650 ribu ditanggung peserta.

11. Kapan LD-C harus dikirim?
    Kira-kira satu setengah bulan setelah pelatihan, untuk pelatihan 21 JP atau lebih.

12. Siapa yang bisa memperpanjang batas waktu LD-C?
    Hanya Sekretaris, dan hanya untuk seluruh peserta satu angkatan.

13. Bisakah saya meminjam alat sampling latih untuk latihan mandiri sebelum uji PPC?
    Bisa. Pesan lewat RIMBUN paling lambat 3 hari kerja sebelumnya; alat dipinjam paling lama
    1 hari dan tidak boleh dibawa pulang. Hubungi Hendrik Tandi Padang, A.Md.

14. Apakah KOPI HIJAU wajib?
    Tidak wajib, tetapi diakui 1 JP per pertemuan sebagai peserta (paling banyak 8 JP per tahun)
    dan 3 JP sebagai pemantik (paling banyak 9 JP per tahun).

15. Kalau hujan deras saat praktik lapangan bagaimana?
    Praktik dibatalkan bila BMKG mengeluarkan peringatan dini cuaca ekstrem, lalu dijadwalkan
    ulang dalam tiga minggu. JP yang sudah diikuti tetap diakui.

16. Apakah RIMBUN otomatis mengirim sertifikat ke MyASN/SIASN?
    Tidak. RIMBUN belum terhubung dengan SIASN maupun MyASN.
    Unggah sertifikat sendiri ke MyASN.

17. Bagaimana dengan tugas belajar, tunjangan, insentif risiko TPA, dan uang lembur?
    Tugas belajar dan izin belajar diatur Peraturan Bupati. Angka kredit, kenaikan jenjang,
    tunjangan jabatan fungsional, TPP, insentif risiko kerja, dan uang lembur mengikuti
    peraturan perundang-undangan; tidak diatur dalam Perkadis 2/2026. Silakan hubungi Subbagian
    Umum dan Kepegawaian.

Kontak: Nurhikmah Paturusi, S.Psi., WA 0812-4417-3390.
"""

# =========================================================================== call letter
PANGGILAN_TXT = """\
DINAS LINGKUNGAN HIDUP
KABUPATEN BATU LALENTA
Jalan Poros Tanjung Nomor 88, Lalenta - Telp. (0462) 731-540

Dokumen fiktif, untuk evaluasi.

Lalenta, 7 Agustus 2026

Nomor   : 800.1.5/342/DLH/2026
Sifat   : Penting
Lampiran: 1 (satu) berkas
Hal     : Panggilan Peserta LH.15 Pengawasan Pengelolaan Limbah B3

Yth. Peserta (daftar terlampir)
melalui Kepala Bidang Penataan dan Penaatan PPLH
dan Kepala Bidang Pengelolaan Sampah dan Limbah B3
di tempat

Dengan hormat, dalam rangka pelaksanaan Katalog Balai Belajar Lestari Tahun 2026, Saudara
dipanggil untuk mengikuti LH.15 Pengawasan Pengelolaan Limbah B3 sebanyak 32 JP (tiga puluh dua
jam pelajaran) dengan ketentuan sebagai berikut.

Hari/tanggal : Senin-Kamis, 24-27 Agustus 2026
Tempat       : Aula Rimba, Kantor DLH lantai 2, dan lokasi penghasil limbah B3
Kuota        : 12 (dua belas) orang

JADWAL (seluruh waktu WITA, kecuali disebut lain)
Senin, 24 Agustus 2026
  pukul 07.00-07.30 WITA  registrasi dan presensi QR
  pukul 07.30-12.00 WITA  pembukaan; jenis dan karakteristik limbah B3; persetujuan teknis
                          penyimpanan (5 JP)
  pukul 13.00-15.15 WITA  sesi daring bersama narasumber Kementerian Lingkungan Hidup di Jakarta
                          (pukul 12.00-14.15 WIB): manifest elektronik dan pelaporan limbah B3
                          (3 JP)
Selasa, 25 Agustus 2026
  pukul 07.30-15.30 WITA  inspeksi lapangan ke RSUD Batu Lalenta (limbah medis) dan 2 bengkel
                          kendaraan (oli bekas dan aki bekas) (8 JP); berangkat dari halaman
                          Kantor DLH pukul 07.30 WITA dengan 2 kendaraan lapangan
Rabu, 26 Agustus 2026
  pukul 07.30-15.30 WITA  inspeksi lapangan ke PT Kirana Semen Nusantara: tempat penyimpanan
                          sementara limbah B3 dan fly ash (8 JP)
Kamis, 27 Agustus 2026
  pukul 07.30-12.00 WITA  penyusunan berita acara pengawasan dan rekomendasi (5 JP)
  pukul 13.00-15.30 WITA  ujian tertulis, studi kasus, dan penutupan (3 JP)

KETENTUAN PESERTA
1. Peserta adalah JF PLH dan staf Bidang Pengelolaan Sampah dan Limbah B3 yang telah lulus
   LH.06.
2. Peserta membawa sepatu boot sendiri; helm, masker respirator, sarung tangan nitril, dan
   kacamata pelindung disediakan panitia.
3. Konfirmasi kehadiran melalui RIMBUN paling lambat Jumat, 14 Agustus 2026 pukul 14.00 WITA.
4. Peserta dilarang memotret area produksi tanpa izin perusahaan. Berita acara yang disusun
   dalam pelatihan adalah latihan dan bukan berita acara pengawasan resmi.
5. JF PLH yang terjadwal piket TRC pada 24-27 Agustus 2026 ditukar dengan regu cadangan.
6. Kehadiran paling sedikit 85% dan nilai akhir paling rendah 70.
7. Pegawai yang masih memiliki LD-C berstatus Ditangguhkan tidak dapat mengikuti pelatihan ini.
8. Setelah pelatihan, peserta menyampaikan FR-A dan RTL-B paling lambat 5 hari kerja, yaitu
   Kamis, 3 September 2026. Batas LD-C 45 hari kalender jatuh pada Minggu, 11 Oktober 2026,
   sehingga LD-C paling lambat Senin, 12 Oktober 2026.
9. Apabila BMKG menerbitkan peringatan dini cuaca ekstrem, inspeksi lapangan diganti studi
   kasus di Aula Rimba dan inspeksi dijadwalkan ulang.

DAFTAR PESERTA (sebagian)
 1. Irwansyah Daeng Tompo, S.H.       - PLH Ahli Muda, Bidang Penataan dan Penaatan PPLH
 2. Ahmad Fauzi Latief, S.T.          - PLH Ahli Pertama, Bidang Penataan dan Penaatan PPLH
 3. Yusuf Rante Lembang, S.Si.        - PLH Ahli Pertama, Bidang Penataan dan Penaatan PPLH
 4. Muhammad Ikhsan Pratama, S.H.     - CPNS, Bidang Penataan dan Penaatan PPLH
 5. Wulandari Palallo, S.T.           - PPPK penuh waktu, Bidang PSLB3
(7 peserta lainnya tercantum dalam lampiran)

Narahubung panitia: Wahyudi Saputra Pakaya, S.T., instruktur pengawasan limbah B3,
WA 0852-4377-1905.

a.n. KEPALA DINAS LINGKUNGAN HIDUP
KABUPATEN BATU LALENTA
Sekretaris,
ttd.
Hj. Sitti Rahmawati Baso, S.Sos., M.AP.
NIP 19790822 200501 2 009
"""

PLAIN = {
    "kepkadis-sertifikasi-petugas-sampling-2022.txt": SERT2022_TXT,
    "bantuan-rimbun.html": HELPDESK_HTML,
    "panduan-program-semai.md": PANDUAN_SEMAI_MD,
    "pedoman-laporan-pasca-pelatihan-dlh.md": PEDOMAN_LAPORAN_MD,
    "notulen-rapat-koordinasi-bbl-april-2026.md": NOTULEN_MD,
    "broadcast-wa-uji-ppc-gelombang-i-2026.txt": WA_TXT,
    "faq-pengembangan-kompetensi-dlh.txt": FAQ_TXT,
    "panggilan-lh-15-pengawasan-limbah-b3-2026.txt": PANGGILAN_TXT,
}

CSVS = {
    "kuota-kelas-bbl-per-unit-2026.csv": (
        ["kode", "pelatihan", "jumlah_angkatan", "kuota_per_angkatan"]
        + KUOTA_UNITS
        + ["total_kuota", "keterangan"],
        kuota_rows,
        ",",
    ),
    "rekap-jp-semester-i-2026.csv": (REKAP_HEADER, rekap_rows, ";"),
    "jadwal-kopi-hijau-2026.csv": (KOPI_HEADER, lambda: KOPI, ","),
    "rotasi-regu-tpa-september-2026.csv": (ROTASI_HEADER, lambda: ROTASI, ","),
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
            os.makedirs(OUT, exist_ok=True)
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
        ok = check_question_set(os.path.join(HERE, "questions_agency_r.yaml"), DOCS, OUT, "r")
        sys.exit(0 if ok else 1)
    if "--text" in argv:
        print_all_texts([a for a in argv if a != "--text"])
        return
    write_documents(OUT)


if __name__ == "__main__":
    main(sys.argv[1:])
