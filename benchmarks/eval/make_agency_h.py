#!/usr/bin/env python3
"""Generate the documents of the fictional "agency H" evaluation set.

Agency H: Inspektorat Daerah Provinsi Teluk Harapan, the (fictional) regional internal auditor
(APIP) of the (fictional) Provinsi Teluk Harapan (WIT time zone), with its Auditor (JFA),
P2UPD, inspektur pembantu (Irban I-IV) and administrative staff. Everything is fictional
("Dokumen fiktif, untuk evaluasi.").

Writes every document into benchmarks/eval/agency_h/:
  perins-pengembangan-kompetensi-2026.pdf  Peraturan Inspektur No. 2/2026 (long, BAB/Pasal)
  se-fastra-2026.pdf                       Surat Edaran 2026 on FASTRA (revokes the 2024 one)
  se-fastra-2024.txt                       Surat Edaran 2024 on FASTRA (old, revoked)
  kep-mentor-bima-2026.docx                Keputusan: mentors and mentees of BIMA Angkatan I
  notulen-rakor-kompetensi-tw1-2026.docx   minutes of the Q1 coordination meeting
  rekap-pkb-auditor-2025.csv               ';'-delimited, decimal commas
  jadwal-telisik-2026.csv                  peer-review assignments (quoted commas/newlines)
  kuota-pelatihan-irban-2026.csv           quota per Irban per training
  portal-pusaka-apip.html                  helpdesk page of the e-PUSAKA learning hub
  panduan-telisik-2026.md                  Markdown with front matter (id: panduan-telisik)
  pembagian-wilayah-irban-2026.md          Markdown with front matter (id: wilayah-irban-2026)
  forum-jumpa.md                           Markdown without front matter
  pengumuman-wa-pelatihan-agustus-2026.txt WhatsApp-style broadcast
  faq-pkb-auditor.txt                      FAQ
  panggilan-pelatihan-p2upd-angkatan-ii.txt call letter with a schedule

Usage:
  python make_agency_h.py              # write all documents
  python make_agency_h.py --text       # plain text of the PDF/DOCX documents
  python make_agency_h.py --text NAME  # only the binary document whose file stem is NAME
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_agency_g import BR, H1, H2, C, L, P, T, print_texts, to_text, write_csv, write_documents  # noqa: E402

OUT = os.path.join(HERE, "agency_h")
FIKTIF = "Dokumen fiktif, untuk evaluasi."

# --------------------------------------------------------------------------- people
INSPEKTUR = "Dr. Yosias Manuel Kambuaya, S.E., M.Si., QIA"
INSPEKTUR_NIP = "19720614 199803 1 007"
INSPEKTUR_LAMA = "Drs. Matheus Yarangga, M.M."
SEKRETARIS = "Hendrik Sapulete, S.E., M.M."
SEKRETARIS_NIP = "19780305 200312 1 004"
IRBAN = {
    "I": "Maria Goreti Iwanggin, S.H., M.H.",
    "II": "Abdul Rahman Bauw, S.E., M.Ak.",
    "III": "Ir. Fransiska Wamafma, M.T.",
    "IV": "Stevanus Rumaropen, S.Sos., M.Si.",
}
KOORD_PUSAKA = "Ratna Dewi Sasabone, S.E., M.Ak., CFrA"
ADMIN_HELPDESK = "Yulianus Mandowen, S.Kom."
PANITIA = "Margaretha Korwa, S.E."
KOORD_TELISIK = "Wahyuni Latuperissa, S.E., M.Ak., CRMO"
DOMAIN = "itda.telukharapan.go.id"
ALAMAT = "Jl. Sam Ratulangi No. 45, Kota Teluk Damai, Provinsi Teluk Harapan 98411"

# --------------------------------------------------------------------------- trainings (shared)
# code, name, level, JP, days, dates, place, organiser, quota I, II, III, IV, Sekretariat
PELATIHAN = [
    ["PTS-01", "Pelatihan Audit Berbasis Risiko", "Tingkat I", 30, 4, "9-12 Februari 2026", "Aula Lantai 3 Gedung Inspektorat", "PUSAKA APIP", 5, 5, 4, 4, 2],
    ["PTS-02", "Pelatihan Audit Berbasis Risiko", "Tingkat II", 40, 5, "10-14 Agustus 2026", "Hotel Teluk Indah, Teluk Damai", "PUSAKA APIP bersama Perwakilan BPKP Provinsi Teluk Harapan", 4, 4, 4, 4, 0],
    ["PTS-03", "Pelatihan Audit Berbasis Risiko", "Tingkat III", 48, 6, "24-29 Agustus 2026", "Pusdiklatwas BPKP, Ciawi, Bogor", "Pusdiklatwas BPKP", 2, 2, 1, 1, 0],
    ["PTS-04", "Pelatihan Reviu Laporan Keuangan Pemerintah Daerah", "-", 32, 4, "18-21 Agustus 2026", "Aula Lantai 3 Gedung Inspektorat", "PUSAKA APIP", 6, 6, 5, 5, 3],
    ["PTS-05", "Pelatihan Reviu Rencana Kerja dan Anggaran (RKA)", "-", 24, 3, "2-4 September 2026", "Daring melalui e-PUSAKA", "PUSAKA APIP", 6, 6, 6, 6, 4],
    ["PTS-06", "Pelatihan Probity Audit Pengadaan Barang/Jasa", "-", 30, 4, "8-11 Juni 2026", "Aula Lantai 3 Gedung Inspektorat", "PUSAKA APIP", 4, 3, 5, 4, 0],
    ["PTS-07", "Pelatihan Audit Pengadaan Barang/Jasa Berbasis e-Katalog", "-", 24, 3, "22-24 Juni 2026", "Daring melalui e-PUSAKA", "PUSAKA APIP bersama Biro Pengadaan Barang/Jasa", 5, 5, 5, 5, 2],
    ["PTS-08", "Pelatihan Audit Investigatif", "Tingkat I (Dasar)", 40, 5, "18-22 Mei 2026", "Hotel Teluk Indah, Teluk Damai", "Perwakilan BPKP Provinsi Teluk Harapan", 3, 3, 3, 6, 0],
    ["PTS-09", "Pelatihan Evaluasi SAKIP", "-", 24, 3, "20-22 Juli 2026", "Aula Lantai 3 Gedung Inspektorat", "PUSAKA APIP", 5, 4, 4, 5, 2],
    ["PTS-10", "Pelatihan Teknis Substantif P2UPD", "Angkatan I", 36, 5, "4-8 Mei 2026", "Hotel Teluk Indah, Teluk Damai", "PUSAKA APIP bersama BPSDM Provinsi", 3, 3, 3, 3, 0],
    ["PTS-11", "Pelatihan Teknis Substantif P2UPD", "Angkatan II", 36, 5, "7-11 September 2026", "Hotel Teluk Indah, Teluk Damai", "PUSAKA APIP bersama BPSDM Provinsi", 3, 3, 3, 3, 0],
    ["PTS-12", "Pelatihan Manajemen Risiko Sektor Publik", "-", 24, 3, "5-7 Oktober 2026", "Aula Lantai 3 Gedung Inspektorat", "PUSAKA APIP", 4, 4, 4, 4, 4],
    ["PTS-13", "Pelatihan Mentoring dan Coaching", "-", 16, 2, "26-27 Januari 2026", "Ruang Rapat Utama Lantai 2", "PUSAKA APIP", 2, 2, 2, 2, 0],
]

# jenjang, kategori, JP PKB minimal, minimal dari pelatihan substantif
JP_WAJIB = [
    ["Auditor Terampil", "Keterampilan", 40, 20],
    ["Auditor Mahir", "Keterampilan", 45, 20],
    ["Auditor Penyelia", "Keterampilan", 50, 25],
    ["Auditor Pertama", "Keahlian", 60, 30],
    ["Auditor Muda", "Keahlian", 70, 35],
    ["Auditor Madya", "Keahlian", 80, 40],
    ["Auditor Utama", "Keahlian", 80, 30],
    ["P2UPD Ahli Pertama", "Keahlian", 50, 25],
    ["P2UPD Ahli Muda", "Keahlian", 60, 30],
    ["P2UPD Ahli Madya", "Keahlian", 70, 35],
]
WAJIB = {r[0]: r[2] for r in JP_WAJIB}

KONVERSI = [
    ["1", "Pelatihan klasikal (teknis substantif, fungsional, kepemimpinan)", "Sesuai JP yang tercantum dalam sertifikat", "Tidak dibatasi", "Sertifikat"],
    ["2", "Seminar, lokakarya, atau webinar sebagai peserta", "4 JP per hari; 2 JP untuk kegiatan kurang dari 4 jam", "16 JP per tahun", "Sertifikat atau daftar hadir"],
    ["3", "Seminar atau lokakarya sebagai narasumber", "6 JP per kegiatan", "24 JP per tahun", "Surat undangan dan bahan paparan"],
    ["4", "Forum JUMPA sebagai peserta", "2 JP per sesi", "24 JP per tahun", "Presensi e-PUSAKA"],
    ["5", "Forum JUMPA sebagai pemateri", "4 JP per sesi", "Tidak dibatasi", "Bahan paparan"],
    ["6", "E-learning mandiri (e-PUSAKA atau platform lain yang diakui)", "Sesuai bobot modul", "30 JP per tahun", "Sertifikat modul"],
    ["7", "Mentor Program BIMA", "10 JP per mentee per angkatan", "20 JP per tahun", "Keputusan Inspektur dan logbook"],
    ["8", "Mentee Program BIMA", "Sesuai bobot kegiatan dalam logbook", "20 JP per tahun", "Sertifikat BIMA"],
    ["9", "Penelaah TELISIK", "8 JP per penugasan", "16 JP per tahun", "Surat tugas"],
    ["10", "Artikel yang dimuat dalam buletin Warta Pengawasan", "6 JP per artikel", "12 JP per tahun", "Terbitan buletin"],
    ["11", "Artikel yang dimuat dalam jurnal ilmiah", "10 JP per artikel", "20 JP per tahun", "Terbitan jurnal"],
    ["12", "Tugas belajar atau izin belajar", "40 JP per semester", "Tidak dibatasi", "Kartu hasil studi"],
    ["13", "Magang atau detasering pada BPKP atau APIP lain", "5 JP per hari", "40 JP per tahun", "Surat tugas dan laporan magang"],
    ["14", "Benchmarking ke APIP lain", "3 JP per hari", "12 JP per tahun", "Laporan perjalanan dinas"],
    ["15", "Kelulusan sertifikasi profesi (QIA, CRMO, CFrA, CGAP)", "20 JP per sertifikat", "Tidak dibatasi", "Sertifikat profesi"],
    ["16", "Klinik konsultasi pengawasan sebagai konsultan", "2 JP per sesi", "10 JP per tahun", "Daftar hadir klinik"],
    ["17", "Pelatihan di tempat kerja (in-house training) yang diselenggarakan Irban", "Sesuai JP dalam kerangka acuan", "24 JP per tahun", "Kerangka acuan dan daftar hadir"],
]


def rp(n):
    return "Rp" + f"{n:,}".replace(",", ".")


# =========================================================================== mini markup
def mk(text, tables=()):
    """Blocks from a compact markup: '= ' centred, '# ' h1, '## ' h2 ('|' = line break),
    '- ' list item ('  - ' indented sub-item), '---' page break, '@N' table N, else a paragraph."""
    B = []
    for line in text.strip("\n").split("\n"):
        if not line.strip():
            continue
        if line.startswith("= "):
            B.append(C(line[2:].replace("|", "\n")))
        elif line.startswith("## "):
            B.append(H2(line[3:].replace("|", "\n")))
        elif line.startswith("# "):
            B.append(H1(line[2:]))
        elif line.startswith("- ") or line.startswith("  - "):
            item = line[2:] if line.startswith("- ") else "   " + line[4:]
            if B and B[-1][0] == "list":
                B[-1][1].append(item)
            else:
                B.append(L(item))
        elif line == "---":
            B.append(BR())
        elif line.startswith("@"):
            B.append(tables[int(line[1:])])
        else:
            B.append(P(line))
    return B


NAMES = dict(FIKTIF=FIKTIF, INSPEKTUR=INSPEKTUR, INSPEKTUR_NIP=INSPEKTUR_NIP,
             KOORD_PUSAKA=KOORD_PUSAKA, ALAMAT=ALAMAT, DOMAIN=DOMAIN)

# =========================================================================== PERATURAN (long PDF)
PERINS_MK = """\
= PERATURAN INSPEKTUR DAERAH PROVINSI TELUK HARAPAN
= NOMOR 2 TAHUN 2026
= TENTANG
= PEDOMAN PENGEMBANGAN KOMPETENSI DAN PENGEMBANGAN KEPROFESIAN BERKELANJUTAN APARAT PENGAWASAN INTERN PEMERINTAH DI LINGKUNGAN INSPEKTORAT DAERAH PROVINSI TELUK HARAPAN
{FIKTIF}
= DENGAN RAHMAT TUHAN YANG MAHA ESA
= INSPEKTUR DAERAH PROVINSI TELUK HARAPAN,
Menimbang:
- a. bahwa kualitas hasil pengawasan intern sangat ditentukan oleh kompetensi Auditor, Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah, dan pegawai lain yang mendukung fungsi pengawasan;
- b. bahwa pengembangan kompetensi di lingkungan Inspektorat Daerah Provinsi Teluk Harapan selama ini dilaksanakan secara terpisah-pisah dan belum terhubung dengan hasil penjaminan kualitas, sehingga perlu diatur dalam satu pedoman yang terpadu;
- c. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Peraturan Inspektur tentang Pedoman Pengembangan Kompetensi dan Pengembangan Keprofesian Berkelanjutan Aparat Pengawasan Intern Pemerintah di Lingkungan Inspektorat Daerah Provinsi Teluk Harapan;
Mengingat:
- 1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;
- 2. Peraturan Pemerintah Nomor 12 Tahun 2017 tentang Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Daerah;
- 3. Peraturan Gubernur Teluk Harapan Nomor 41 Tahun 2022 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi, serta Tata Kerja Inspektorat Daerah;
- 4. Peraturan Gubernur Teluk Harapan Nomor 9 Tahun 2025 tentang Pengembangan Kompetensi Pegawai Aparatur Sipil Negara di Lingkungan Pemerintah Provinsi Teluk Harapan;
= MEMUTUSKAN:
Menetapkan: PERATURAN INSPEKTUR TENTANG PEDOMAN PENGEMBANGAN KOMPETENSI DAN PENGEMBANGAN KEPROFESIAN BERKELANJUTAN APARAT PENGAWASAN INTERN PEMERINTAH DI LINGKUNGAN INSPEKTORAT DAERAH PROVINSI TELUK HARAPAN.
## BAB I|KETENTUAN UMUM
## Pasal 1
Dalam Peraturan Inspektur ini yang dimaksud dengan:
- 1. Daerah adalah Provinsi Teluk Harapan.
- 2. Gubernur adalah Gubernur Teluk Harapan.
- 3. Inspektorat Daerah Provinsi Teluk Harapan yang selanjutnya disebut Inspektorat adalah unsur pengawas penyelenggaraan pemerintahan daerah.
- 4. Inspektur adalah Inspektur Daerah Provinsi Teluk Harapan.
- 5. Aparat Pengawasan Intern Pemerintah yang selanjutnya disingkat APIP adalah Inspektorat beserta pegawai yang melaksanakan fungsi pengawasan intern.
- 6. Auditor adalah pegawai yang menduduki Jabatan Fungsional Auditor (JFA), baik kategori keterampilan (Auditor Terampil, Auditor Mahir, Auditor Penyelia) maupun kategori keahlian (Auditor Pertama, Auditor Muda, Auditor Madya, Auditor Utama).
- 7. Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah yang selanjutnya disingkat P2UPD adalah pegawai yang menduduki jabatan fungsional P2UPD jenjang Ahli Pertama, Ahli Muda, dan Ahli Madya.
- 8. Inspektur Pembantu yang selanjutnya disebut Irban adalah pejabat yang memimpin pengawasan pada satu wilayah pengawasan, terdiri atas Irban I, Irban II, Irban III, dan Irban IV.
- 9. Pengembangan Kompetensi adalah upaya untuk pemenuhan kebutuhan kompetensi pegawai dengan standar kompetensi jabatan dan rencana pengembangan karier.
- 10. Pengembangan Keprofesian Berkelanjutan yang selanjutnya disingkat PKB adalah kegiatan pemeliharaan dan peningkatan kompetensi Auditor dan P2UPD yang wajib diikuti setiap tahun dan dihitung dalam Jam Pelajaran.
- 11. Jam Pelajaran yang selanjutnya disingkat JP adalah satuan waktu kegiatan pembelajaran yang setara dengan 45 (empat puluh lima) menit.
- 12. Pusat Kapabilitas dan Pembelajaran APIP yang selanjutnya disebut PUSAKA APIP adalah pusat pembelajaran (learning hub) Inspektorat yang mengelola pengembangan kompetensi.
- 13. e-PUSAKA adalah aplikasi sistem manajemen pembelajaran milik PUSAKA APIP yang digunakan untuk perencanaan, pembelajaran daring, klaim JP, dan pelaporan PKB.
- 14. Program Bimbingan Mentor Auditor yang selanjutnya disebut Program BIMA adalah program pendampingan bagi Auditor dan P2UPD baru oleh pegawai senior yang ditunjuk sebagai mentor.
- 15. Mentor adalah Auditor atau P2UPD senior yang ditetapkan untuk membimbing mentee.
- 16. Mentee adalah Auditor atau P2UPD yang mengikuti Program BIMA.
- 17. Telaah Sejawat Internal yang selanjutnya disebut TELISIK adalah penilaian kesesuaian pelaksanaan penugasan pengawasan dengan standar audit yang dilakukan oleh sesama pegawai Inspektorat dari wilayah pengawasan yang berbeda.
- 18. Forum Jumat untuk Mengasah Pengetahuan Auditor yang selanjutnya disebut Forum JUMPA adalah forum berbagi pengetahuan di lingkungan Inspektorat.
- 19. Fasilitasi Sertifikasi Terpadu Aparatur yang selanjutnya disebut FASTRA adalah fasilitasi pembiayaan dan pendampingan sertifikasi jabatan fungsional dan sertifikasi profesi bagi Auditor dan P2UPD.
- 20. Rencana Pengembangan Kompetensi Individu yang selanjutnya disingkat RPKI adalah rencana tahunan pengembangan kompetensi setiap pegawai.
- 21. Kertas Kerja Pengawasan yang selanjutnya disingkat KKP adalah catatan yang dibuat Auditor atau P2UPD mengenai prosedur, pengujian, informasi, dan simpulan penugasan.
- 22. Laporan Hasil Pengawasan yang selanjutnya disingkat LHP adalah laporan atas pelaksanaan penugasan audit, reviu, evaluasi, pemantauan, atau pengawasan lain.
- 23. Organisasi Perangkat Daerah yang selanjutnya disingkat OPD adalah unsur pembantu Gubernur dan DPRD dalam penyelenggaraan urusan pemerintahan yang menjadi kewenangan Daerah.
## BAB II|MAKSUD, TUJUAN, RUANG LINGKUP, DAN SASARAN
## Pasal 2
(1) Peraturan Inspektur ini dimaksudkan sebagai pedoman bagi pimpinan dan pegawai Inspektorat dalam merencanakan, melaksanakan, mencatat, dan mengevaluasi pengembangan kompetensi.
(2) Peraturan Inspektur ini bertujuan:
- a. menjamin setiap Auditor dan P2UPD memenuhi kewajiban PKB setiap tahun;
- b. mengaitkan pengembangan kompetensi dengan hasil penjaminan kualitas melalui TELISIK;
- c. mempercepat kemandirian Auditor dan P2UPD baru melalui Program BIMA;
- d. meningkatkan jumlah pegawai yang tersertifikasi sesuai jenjang jabatannya; dan
- e. membangun budaya berbagi pengetahuan di lingkungan Inspektorat.
## Pasal 3
Ruang lingkup Peraturan Inspektur ini meliputi:
- a. perencanaan pengembangan kompetensi;
- b. PKB;
- c. bentuk dan jalur pengembangan kompetensi;
- d. PUSAKA APIP;
- e. Program BIMA;
- f. TELISIK;
- g. Forum JUMPA;
- h. FASTRA;
- i. pembiayaan; dan
- j. pemantauan, evaluasi, sanksi, dan penghargaan.
## Pasal 4
(1) Sasaran Peraturan Inspektur ini adalah seluruh pegawai Inspektorat yang terdiri atas:
- a. Auditor;
- b. P2UPD;
- c. pejabat administrator dan pengawas, yaitu Sekretaris, Irban, dan Kepala Subbagian; dan
- d. pelaksana yang menangani administrasi umum, kepegawaian, keuangan, dan perencanaan.
(2) Auditor dan P2UPD yang sedang menjalani tugas belajar dikecualikan dari kewajiban JP PKB selama masa tugas belajar, dengan ketentuan wajib menyampaikan kartu hasil studi setiap semester melalui e-PUSAKA.
(3) Calon pegawai negeri sipil yang ditempatkan di Inspektorat mengikuti pengembangan kompetensi sesuai ketentuan pelatihan dasar dan belum dikenakan kewajiban JP PKB.
## BAB III|PERENCANAAN PENGEMBANGAN KOMPETENSI
## Bagian Kesatu|Analisis Kebutuhan
## Pasal 5
(1) Analisis kebutuhan pengembangan kompetensi dilaksanakan setiap tahun oleh Subbagian Umum dan Kepegawaian bersama Tim Pengelola PUSAKA APIP.
(2) Analisis kebutuhan sebagaimana dimaksud pada ayat (1) dilakukan melalui:
- a. pemetaan kesenjangan kompetensi terhadap standar kompetensi jabatan, yang meliputi:
  - 1) kompetensi teknis pengawasan;
  - 2) kompetensi manajerial; dan
  - 3) kompetensi sosial kultural;
- b. hasil TELISIK pada tahun berjalan;
- c. hasil penilaian kinerja pegawai; dan
- d. usulan Irban dan Sekretaris berdasarkan rencana pengawasan tahunan.
(3) Hasil analisis kebutuhan ditetapkan paling lambat tanggal 30 November tahun sebelumnya dan menjadi dasar penyusunan anggaran pengembangan kompetensi.
## Bagian Kedua|Rencana Pengembangan Kompetensi Individu
## Pasal 6
(1) Setiap pegawai wajib menyusun RPKI setiap tahun.
(2) RPKI disusun bersama atasan langsung dan diunggah melalui e-PUSAKA paling lambat tanggal 31 Januari tahun berjalan.
(3) RPKI paling sedikit memuat:
- a. kompetensi yang akan dikembangkan;
- b. bentuk dan jalur pengembangan kompetensi;
- c. target JP;
- d. jadwal pelaksanaan; dan
- e. perkiraan biaya.
(4) Perubahan RPKI dapat diajukan paling banyak 1 (satu) kali dalam satu tahun dan paling lambat tanggal 30 Juni.
(5) Format RPKI tercantum dalam Lampiran II yang merupakan bagian tidak terpisahkan dari Peraturan Inspektur ini.
## Pasal 7
(1) Berdasarkan RPKI seluruh pegawai dan hasil analisis kebutuhan, Sekretaris menyusun Rencana Pengembangan Kompetensi Inspektorat.
(2) Rencana Pengembangan Kompetensi Inspektorat ditetapkan oleh Inspektur paling lambat tanggal 28 Februari tahun berjalan.
(3) Jadwal kegiatan pengembangan kompetensi tahun 2026 tercantum dalam Lampiran III.
## BAB IV|PENGEMBANGAN KEPROFESIAN BERKELANJUTAN
## Pasal 8
(1) Setiap Auditor dan P2UPD wajib memenuhi JP PKB setiap tahun sesuai dengan jenjang jabatannya.
(2) Kewajiban JP PKB paling sedikit sebagaimana tercantum dalam Tabel 1.
@0
(3) JP yang berasal dari pelatihan substantif sebagaimana dimaksud dalam kolom kelima Tabel 1 adalah pelatihan teknis substantif di bidang pengawasan sebagaimana dimaksud dalam Pasal 13.
(4) Pejabat administrator dan pengawas wajib mengikuti pengembangan kompetensi paling sedikit 40 (empat puluh) JP per tahun, dan pelaksana paling sedikit 20 (dua puluh) JP per tahun.
## Pasal 9
(1) Tahun PKB dihitung mulai tanggal 1 Januari sampai dengan tanggal 31 Desember.
(2) Kelebihan JP pada suatu tahun tidak dapat diperhitungkan untuk memenuhi kewajiban tahun berikutnya.
(3) Bagi pegawai yang diangkat, dipindahkan, atau naik jenjang pada tahun berjalan, kewajiban JP PKB dihitung secara proporsional berdasarkan jumlah bulan dalam setiap jenjang.
(4) JP yang diperoleh mentee dari Program BIMA diakui sebagai PKB paling banyak 20 (dua puluh) JP.
## Pasal 10
(1) Kegiatan diakui sebagai PKB apabila memenuhi syarat:
- a. relevan dengan kompetensi pengawasan atau kompetensi jabatan;
- b. didukung bukti berupa sertifikat, daftar hadir, surat tugas, atau bukti lain sebagaimana tercantum dalam Lampiran I; dan
- c. diklaim melalui e-PUSAKA paling lambat 30 (tiga puluh) hari kalender setelah kegiatan berakhir.
(2) Besaran pengakuan JP setiap jenis kegiatan dan batas pengakuannya tercantum dalam Lampiran I.
(3) Klaim JP diverifikasi oleh Tim Pengelola PUSAKA APIP paling lama 5 (lima) hari kerja sejak klaim diterima secara lengkap.
(4) Klaim yang ditolak dapat diajukan kembali 1 (satu) kali dengan perbaikan bukti paling lama 7 (tujuh) hari kerja sejak pemberitahuan penolakan.
(5) Batas akhir klaim JP tahun berjalan adalah tanggal 15 Desember. Klaim JP untuk kegiatan yang berakhir setelah tanggal 15 Desember diajukan paling lambat tanggal 10 Januari tahun berikutnya.
## Pasal 11
(1) Tim Pengelola PUSAKA APIP menyusun rekapitulasi capaian PKB setiap semester.
(2) Laporan capaian PKB semester I disampaikan paling lambat tanggal 15 Juli, dan laporan semester II sekaligus laporan tahunan disampaikan paling lambat tanggal 15 Januari tahun berikutnya.
(3) Laporan sebagaimana dimaksud pada ayat (2) disampaikan kepada Inspektur melalui Sekretaris dan ditembuskan kepada masing-masing Irban.
## BAB V|BENTUK DAN JALUR PENGEMBANGAN KOMPETENSI
## Pasal 12
(1) Pengembangan kompetensi dilaksanakan dalam bentuk:
- a. pendidikan, melalui tugas belajar atau izin belajar; dan
- b. pelatihan.
(2) Pelatihan sebagaimana dimaksud pada ayat (1) huruf b dilaksanakan melalui jalur:
- a. pelatihan klasikal, yang terdiri atas:
  - 1) pelatihan struktural kepemimpinan;
  - 2) pelatihan fungsional, yaitu pelatihan pembentukan dan pelatihan penjenjangan;
  - 3) pelatihan teknis substantif pengawasan;
  - 4) seminar, lokakarya, atau webinar; dan
  - 5) kursus;
- b. pelatihan nonklasikal, yang terdiri atas:
  - 1) e-learning;
  - 2) coaching dan mentoring, termasuk Program BIMA;
  - 3) magang atau detasering;
  - 4) forum berbagi pengetahuan, termasuk Forum JUMPA;
  - 5) benchmarking;
  - 6) belajar mandiri; dan
  - 7) penugasan sebagai penelaah TELISIK.
## Pasal 13
(1) Pelatihan teknis substantif pengawasan dapat dijenjangkan dalam 3 (tiga) tingkat, yaitu Tingkat I (dasar), Tingkat II (menengah), dan Tingkat III (lanjutan).
(2) Persyaratan mengikuti pelatihan berjenjang adalah sebagai berikut:
- a. Tingkat I: Auditor atau P2UPD semua jenjang;
- b. Tingkat II: telah lulus Tingkat I dan memiliki pengalaman penugasan paling singkat 1 (satu) tahun setelah lulus Tingkat I; dan
- c. Tingkat III: telah lulus Tingkat II dan menduduki jenjang paling rendah Auditor Muda atau P2UPD Ahli Muda.
(3) Peserta dinyatakan lulus pelatihan apabila kehadirannya paling sedikit 90% (sembilan puluh persen) dan nilai evaluasi akhirnya paling rendah 70 (tujuh puluh).
(4) Pelatihan teknis substantif yang diprioritaskan pada tahun 2026 adalah sebagai berikut:
@1
(5) Jadwal, tempat, dan kuota setiap pelatihan sebagaimana dimaksud pada ayat (4) ditetapkan oleh Sekretaris dan diumumkan melalui e-PUSAKA.
## Pasal 14
(1) Pelatihan klasikal dapat diselenggarakan oleh PUSAKA APIP, BPKP, BPSDM Provinsi, kementerian, atau asosiasi profesi pengawasan.
(2) Pengiriman pegawai untuk mengikuti pelatihan klasikal dilaksanakan berdasarkan surat tugas Inspektur atau pejabat yang ditunjuk.
(3) Setiap pegawai paling banyak mengikuti 3 (tiga) pelatihan klasikal di luar Daerah dalam 1 (satu) tahun anggaran, kecuali pelatihan penjenjangan jabatan fungsional.
(4) Pegawai yang mengikuti pelatihan yang dibiayai Inspektorat wajib menyampaikan laporan singkat kepada atasan langsung paling lambat 5 (lima) hari kerja setelah pelatihan berakhir.
## Pasal 15
(1) Pelatihan nonklasikal dilaksanakan dengan memanfaatkan e-PUSAKA, forum internal, dan penugasan di tempat kerja.
(2) Pengakuan JP e-learning paling banyak 30 (tiga puluh) JP per tahun, termasuk e-learning dari platform di luar e-PUSAKA yang telah diakui oleh Tim Pengelola PUSAKA APIP.
(3) Daftar platform e-learning di luar e-PUSAKA yang diakui diumumkan melalui e-PUSAKA setiap awal tahun.
## BAB VI|PUSAT KAPABILITAS DAN PEMBELAJARAN APIP
## Pasal 16
(1) PUSAKA APIP berfungsi sebagai:
- a. pengelola perencanaan dan pencatatan pengembangan kompetensi;
- b. penyelenggara pelatihan internal;
- c. pengelola e-PUSAKA dan perpustakaan pengawasan;
- d. penyelenggara Forum JUMPA;
- e. pengelola Program BIMA dan FASTRA; dan
- f. pengelola bank pengetahuan, termasuk bank KKP dan templat penugasan.
(2) PUSAKA APIP dikelola oleh Tim Pengelola yang ditetapkan dengan Keputusan Inspektur.
(3) Tim Pengelola PUSAKA APIP diketuai oleh Sekretaris, dengan seorang koordinator harian dari Auditor paling rendah jenjang Auditor Madya.
## Pasal 17
(1) Layanan PUSAKA APIP terdiri atas:
- a. layanan e-PUSAKA, meliputi akun, e-learning, klaim JP, dan laporan PKB;
- b. perpustakaan dan pojok baca pengawasan di Lantai 2 Gedung Inspektorat, yang buka setiap hari Senin sampai dengan Jumat pukul 08.00 - 15.00 WIT;
- c. klinik konsultasi pengawasan setiap hari Rabu pukul 13.00 - 15.00 WIT;
- d. bank KKP dan templat penugasan; dan
- e. pendaftaran dan verifikasi FASTRA.
(2) Layanan bantuan (helpdesk) e-PUSAKA dilaksanakan pada hari dan jam kerja sebagaimana diumumkan dalam portal e-PUSAKA.
## Pasal 18
(1) Setiap pegawai wajib memiliki akun e-PUSAKA.
(2) Pegawai bertanggung jawab atas kebenaran data dan bukti yang diunggah ke e-PUSAKA.
(3) Pemalsuan bukti kegiatan PKB mengakibatkan seluruh JP tahun berjalan pegawai yang bersangkutan dibatalkan, tanpa mengurangi sanksi disiplin sesuai ketentuan peraturan perundang-undangan.
## BAB VII|PROGRAM BIMBINGAN MENTOR AUDITOR
## Pasal 19
(1) Program BIMA wajib diikuti oleh:
- a. Auditor dan P2UPD yang diangkat melalui pengangkatan pertama;
- b. Auditor dan P2UPD yang diangkat melalui perpindahan dari jabatan lain; dan
- c. Auditor kategori keterampilan yang beralih ke kategori keahlian.
(2) Program BIMA dilaksanakan selama 6 (enam) bulan dalam bentuk angkatan, paling banyak 2 (dua) angkatan dalam 1 (satu) tahun.
(3) Penetapan mentor dan mentee setiap angkatan dilakukan dengan Keputusan Inspektur.
## Pasal 20
(1) Mentor harus memenuhi persyaratan:
- a. menduduki jenjang paling rendah Auditor Muda atau P2UPD Ahli Muda;
- b. memiliki masa kerja di bidang pengawasan paling singkat 5 (lima) tahun;
- c. telah mengikuti Pelatihan Mentoring dan Coaching paling sedikit 16 (enam belas) JP; dan
- d. tidak sedang menjalani hukuman disiplin.
(2) Seorang mentor membimbing paling banyak 3 (tiga) mentee dalam satu angkatan.
(3) Mentor dan mentee diupayakan berasal dari wilayah pengawasan Irban yang sama.
## Pasal 21
(1) Pertemuan mentor dan mentee dilaksanakan paling sedikit 2 (dua) kali dalam sebulan dengan durasi masing-masing paling singkat 2 (dua) jam.
(2) Mentee wajib:
- a. mengisi logbook bimbingan melalui e-PUSAKA setiap minggu;
- b. mengikuti paling sedikit 3 (tiga) penugasan pengawasan bersama mentor sebagai anggota tim; dan
- c. menyusun satu KKP lengkap yang dinilai oleh mentor.
(3) Evaluasi tengah program dilaksanakan pada bulan ketiga.
(4) Mentee dinyatakan lulus apabila memperoleh nilai akhir paling rendah 75 (tujuh puluh lima) dan berhak atas Sertifikat BIMA.
(5) Mentee yang memperoleh nilai akhir kurang dari 75 (tujuh puluh lima) mengikuti perpanjangan bimbingan selama 3 (tiga) bulan.
## Pasal 22
(1) Mentor memperoleh pengakuan JP sebagaimana tercantum dalam Lampiran I dan honorarium sesuai ketersediaan anggaran.
(2) Mentor dengan penilaian terbaik pada setiap angkatan diberi penghargaan Mentor Teladan.
## BAB VIII|TELAAH SEJAWAT INTERNAL
## Pasal 23
(1) TELISIK dilaksanakan 2 (dua) kali dalam 1 (satu) tahun, yaitu pada semester I dan semester II.
(2) Objek TELISIK adalah LHP beserta KKP dari penugasan yang selesai pada semester sebelumnya.
(3) Sampel TELISIK paling sedikit 2 (dua) LHP dari setiap Irban, yang dipilih secara acak oleh Sekretariat.
## Pasal 24
(1) Tim penelaah TELISIK terdiri atas 3 (tiga) orang, yaitu 1 (satu) ketua dan 2 (dua) anggota.
(2) Ketua tim penelaah paling rendah berjenjang Auditor Madya, dan anggota paling rendah berjenjang Auditor Muda atau P2UPD Ahli Muda.
(3) Penelaah dilarang menelaah:
- a. hasil penugasan Irban tempat penelaah bertugas; dan
- b. penugasan yang pernah diikuti oleh penelaah sebagai anggota tim.
(4) Tim penelaah ditetapkan oleh Inspektur paling lambat 10 (sepuluh) hari kerja sebelum penelaahan dimulai.
## Pasal 25
(1) Hasil TELISIK dinyatakan dalam predikat:
- a. Sesuai Standar;
- b. Sesuai Sebagian; atau
- c. Tidak Sesuai.
(2) Laporan hasil TELISIK disampaikan kepada Inspektur paling lambat 14 (empat belas) hari kerja setelah penelaahan selesai.
(3) Irban yang memperoleh predikat Tidak Sesuai wajib menyusun rencana aksi perbaikan paling lambat 30 (tiga puluh) hari kalender setelah laporan hasil TELISIK diterima.
(4) Hasil TELISIK digunakan sebagai masukan analisis kebutuhan pengembangan kompetensi sebagaimana dimaksud dalam Pasal 5.
## BAB IX|FORUM JUMPA
## Pasal 26
(1) Forum JUMPA diselenggarakan paling sedikit 2 (dua) kali dalam sebulan oleh Tim Pengelola PUSAKA APIP.
(2) Materi Forum JUMPA meliputi hasil pelatihan, pembelajaran dari penugasan, perubahan regulasi, dan praktik baik pengawasan.
(3) Pegawai yang mengikuti pelatihan yang dibiayai Inspektorat wajib menjadi pemateri Forum JUMPA paling lambat 2 (dua) bulan setelah pelatihan berakhir.
(4) Forum JUMPA dapat dilaksanakan secara luring, daring, atau hibrida.
## BAB X|FASILITASI SERTIFIKASI
## Pasal 27
(1) Inspektorat memfasilitasi sertifikasi bagi Auditor dan P2UPD melalui FASTRA.
(2) Sertifikasi yang difasilitasi meliputi:
- a. sertifikasi penjenjangan Jabatan Fungsional Auditor;
- b. uji kompetensi P2UPD; dan
- c. sertifikasi profesi di bidang audit intern, manajemen risiko, dan investigasi.
(3) Ketentuan lebih lanjut mengenai persyaratan, besaran fasilitasi, kuota, dan tata cara FASTRA diatur dengan Surat Edaran Inspektur.
## BAB XI|PEMBIAYAAN
## Pasal 28
(1) Pembiayaan pengembangan kompetensi dibebankan pada Anggaran Pendapatan dan Belanja Daerah melalui Dokumen Pelaksanaan Anggaran Inspektorat.
(2) Selain sumber sebagaimana dimaksud pada ayat (1), pembiayaan dapat berasal dari sumber lain yang sah dan tidak mengikat.
(3) Alokasi anggaran pengembangan kompetensi tahun 2026 adalah sebagai berikut:
@2
## BAB XII|PEMANTAUAN, EVALUASI, SANKSI, DAN PENGHARGAAN
## Pasal 29
(1) Sekretaris melakukan pemantauan dan evaluasi pelaksanaan Peraturan Inspektur ini setiap triwulan.
(2) Hasil pemantauan dan evaluasi dibahas dalam rapat koordinasi pengembangan kompetensi yang dihadiri oleh Sekretaris, para Irban, para Kepala Subbagian, dan Tim Pengelola PUSAKA APIP.
## Pasal 30
(1) Auditor dan P2UPD yang tidak memenuhi kewajiban JP PKB dikenakan tindakan pembinaan sebagai berikut:
- a. teguran lisan oleh atasan langsung, apabila capaian JP PKB paling sedikit 80% (delapan puluh persen) tetapi kurang dari 100% (seratus persen);
- b. teguran tertulis oleh Inspektur, apabila capaian JP PKB kurang dari 80% (delapan puluh persen); dan
- c. tidak ditugaskan sebagai ketua tim pada tahun berikutnya, apabila tidak memenuhi kewajiban JP PKB 2 (dua) tahun berturut-turut.
(2) Tindakan pembinaan sebagaimana dimaksud pada ayat (1) tidak menghapus kewajiban pemenuhan JP PKB tahun berikutnya.
## Pasal 31
(1) Pegawai dengan capaian JP PKB tertinggi pada setiap kategori jabatan diberi penghargaan Insan Pembelajar Pengawasan.
(2) Penghargaan sebagaimana dimaksud pada ayat (1) diserahkan setiap bulan Desember pada acara refleksi akhir tahun Inspektorat.
## BAB XIII|KETENTUAN PERALIHAN
## Pasal 32
(1) Pada saat Peraturan Inspektur ini mulai berlaku, pendampingan auditor pemula yang dilaksanakan berdasarkan Keputusan Inspektur Nomor 800/77/ITDA/2023 tentang Program Asuh Auditor Pemula tetap dilaksanakan sampai dengan berakhirnya angkatan yang sedang berjalan.
(2) Klaim JP atas kegiatan tahun 2025 masih dapat diajukan paling lambat tanggal 31 Januari 2026.
## BAB XIV|KETENTUAN PENUTUP
## Pasal 33
Peraturan Inspektur ini mulai berlaku pada tanggal ditetapkan.
Ditetapkan di Teluk Damai pada tanggal 12 Januari 2026
INSPEKTUR DAERAH PROVINSI TELUK HARAPAN,
ttd.
{INSPEKTUR}
Pembina Utama Muda (IV/c)
NIP {INSPEKTUR_NIP}
---
# LAMPIRAN I PERATURAN INSPEKTUR DAERAH PROVINSI TELUK HARAPAN NOMOR 2 TAHUN 2026
## KONVERSI KEGIATAN PENGEMBANGAN KOMPETENSI KE DALAM JP PKB
Tabel berikut digunakan oleh Tim Pengelola PUSAKA APIP untuk memverifikasi klaim JP. Batas pengakuan berlaku per pegawai per tahun PKB. Kegiatan yang tidak tercantum dalam tabel dapat diakui setelah mendapat pertimbangan Sekretaris.
Keterangan umum: satu hari kegiatan dihitung paling banyak 8 (delapan) JP; kegiatan yang dilaksanakan pada hari libur tetap diakui sepanjang didukung surat tugas.
@3
Contoh perhitungan: seorang Auditor Muda yang pada tahun 2026 mengikuti Pelatihan Audit Berbasis Risiko Tingkat II (40 JP), hadir sebagai peserta Forum JUMPA sebanyak 9 (sembilan) sesi (18 JP), dan menyelesaikan e-learning dengan bobot 14 JP, memperoleh 72 JP, sehingga kewajiban 70 JP terpenuhi.
---
# LAMPIRAN II PERATURAN INSPEKTUR DAERAH PROVINSI TELUK HARAPAN NOMOR 2 TAHUN 2026
## FORMAT RENCANA PENGEMBANGAN KOMPETENSI INDIVIDU (RPKI)
Nama: ..................  NIP: ..................  Jabatan/Jenjang: ..................  Unit (Irban/Sekretariat): ..................
@4
RPKI ditandatangani oleh pegawai dan atasan langsung, kemudian diunggah dalam format PDF melalui e-PUSAKA menu Perencanaan paling lambat tanggal 31 Januari.
# LAMPIRAN III PERATURAN INSPEKTUR DAERAH PROVINSI TELUK HARAPAN NOMOR 2 TAHUN 2026
## KALENDER PENGEMBANGAN KOMPETENSI TAHUN 2026
@5
INSPEKTUR DAERAH PROVINSI TELUK HARAPAN,
ttd.
{INSPEKTUR}
"""


def perins_blocks():
    tables = [
        T("Tabel 1. Kewajiban JP PKB per Tahun menurut Jenjang Jabatan",
            ["No", "Jenjang Jabatan", "Kategori", "JP PKB minimal per tahun",
             "Minimal dari pelatihan substantif"],
            [[str(i + 1), r[0], r[1], f"{r[2]} JP", f"{r[3]} JP"] for i, r in enumerate(JP_WAJIB)],
            [8, 40, 24, 30, 34]),
        T("Tabel 2. Pelatihan Teknis Substantif Prioritas Tahun 2026",
            ["Kode", "Nama Pelatihan", "Tingkat/Angkatan", "Bobot", "Penyelenggara"],
            [[p[0], p[1], p[2], f"{p[3]} JP", p[7]] for p in PELATIHAN],
            [14, 52, 24, 14, 46]),
        T("Tabel 3. Alokasi Anggaran Pengembangan Kompetensi Tahun Anggaran 2026",
            ["No", "Program/Kegiatan", "Pagu Anggaran"],
            [["1", "Pelatihan teknis substantif", rp(612000000)],
             ["2", "Pengelolaan PUSAKA APIP dan e-PUSAKA", rp(385000000)],
             ["3", "FASTRA", rp(191250000)],
             ["4", "Program BIMA", rp(96000000)],
             ["5", "TELISIK", rp(72500000)],
             ["6", "Forum JUMPA", rp(18000000)],
             ["", "Jumlah", rp(1374750000)]],
            [10, 90, 40]),
        T("Tabel Konversi Kegiatan PKB",
            ["No", "Jenis Kegiatan", "Pengakuan JP", "Batas Pengakuan", "Bukti"],
            KONVERSI, [8, 52, 40, 26, 34]),
        T("Tabel RPKI",
            ["No", "Kompetensi yang dikembangkan", "Bentuk/Jalur", "Target JP", "Jadwal",
             "Perkiraan biaya", "Persetujuan atasan"],
            [["1", "(contoh) Penilaian risiko dalam perencanaan audit",
              "Klasikal - Pelatihan Audit Berbasis Risiko Tingkat II", "40 JP", "Agustus 2026",
              "Dibiayai DPA Inspektorat", "Paraf Irban"],
             ["2", "(contoh) Penulisan KKP", "Nonklasikal - bank KKP dan klinik konsultasi",
              "6 JP", "Maret - Mei 2026", "Tanpa biaya", "Paraf Irban"],
             ["3", "", "", "", "", "", ""]],
            [8, 40, 36, 16, 20, 24, 20]),
        T("Tabel Kalender Kegiatan",
            ["No", "Waktu", "Kegiatan", "Penanggung jawab"],
            [["1", "31 Januari 2026", "Batas unggah RPKI 2026 dan batas klaim JP kegiatan 2025",
              "Seluruh pegawai"],
             ["2", "28 Februari 2026", "Penetapan Rencana Pengembangan Kompetensi Inspektorat",
              "Sekretaris"],
             ["3", "2 Maret 2026", "Dimulainya Program BIMA Angkatan I", "Tim Pengelola PUSAKA APIP"],
             ["4", "20 April - 29 Mei 2026", "TELISIK Semester I", "Tim penelaah"],
             ["5", "30 Juni 2026", "Batas pengajuan perubahan RPKI", "Seluruh pegawai"],
             ["6", "15 Juli 2026", "Laporan capaian PKB semester I", "Tim Pengelola PUSAKA APIP"],
             ["7", "1 September 2026", "Dimulainya Program BIMA Angkatan II",
              "Tim Pengelola PUSAKA APIP"],
             ["8", "12 Oktober - 20 November 2026", "TELISIK Semester II", "Tim penelaah"],
             ["9", "30 November 2026", "Penetapan hasil analisis kebutuhan tahun 2027",
              "Subbagian Umum dan Kepegawaian"],
             ["10", "15 Desember 2026", "Batas akhir klaim JP tahun 2026", "Seluruh pegawai"],
             ["11", "Desember 2026", "Penyerahan penghargaan Insan Pembelajar Pengawasan",
              "Inspektur"]],
            [8, 40, 80, 42])]
    return mk(PERINS_MK.format(**NAMES), tables)


# =========================================================================== SE FASTRA 2026 (PDF)
SE_2026_MK = """\
= INSPEKTORAT DAERAH PROVINSI TELUK HARAPAN
{ALAMAT} - Telepon (0986) 221-4400 - Laman www.{DOMAIN}
{FIKTIF}
Teluk Damai, 2 Februari 2026
Yth. 1. Sekretaris Inspektorat; 2. Inspektur Pembantu Wilayah I, II, III, dan IV; 3. Para Auditor dan P2UPD di lingkungan Inspektorat Daerah Provinsi Teluk Harapan
= SURAT EDARAN|NOMOR 800.1/27/ITDA/2026|TENTANG|FASILITASI SERTIFIKASI TERPADU APARATUR (FASTRA) TAHUN 2026
# A. Latar Belakang
Pasal 27 ayat (3) Peraturan Inspektur Nomor 2 Tahun 2026 tentang Pedoman Pengembangan Kompetensi dan Pengembangan Keprofesian Berkelanjutan Aparat Pengawasan Intern Pemerintah di Lingkungan Inspektorat Daerah Provinsi Teluk Harapan mengamanatkan pengaturan lebih lanjut mengenai fasilitasi sertifikasi dengan Surat Edaran Inspektur. Selain itu, evaluasi atas pelaksanaan fasilitasi sertifikasi tahun 2024 dan 2025 menunjukkan bahwa kuota belum mencukupi dan P2UPD belum tercakup, sehingga ketentuan fasilitasi perlu diperbarui.
# B. Maksud dan Tujuan
Surat Edaran ini dimaksudkan sebagai acuan pelaksanaan FASTRA tahun 2026, dengan tujuan meningkatkan jumlah Auditor dan P2UPD yang tersertifikasi sesuai jenjang jabatannya.
# C. Ruang Lingkup
Ruang lingkup Surat Edaran ini meliputi sasaran, persyaratan, besaran fasilitasi, ujian ulang, kuota dan gelombang, tata cara pendaftaran, kewajiban peserta, serta pengembalian biaya.
# D. Isi Edaran
1. Sasaran FASTRA adalah Auditor dan P2UPD di lingkungan Inspektorat.
2. Persyaratan peserta FASTRA:
- a. memiliki masa kerja dalam jenjang jabatan saat ini paling singkat 1 (satu) tahun;
- b. capaian JP PKB tahun sebelumnya paling sedikit 80% (delapan puluh persen) dari kewajiban sesuai jenjangnya;
- c. predikat kinerja tahun sebelumnya paling rendah Baik;
- d. tidak sedang menjalani hukuman disiplin atau tugas belajar;
- e. mendapat rekomendasi dari Inspektur Pembantu atau Sekretaris sesuai unit kerjanya; dan
- f. belum pernah menerima fasilitasi untuk jenis sertifikasi yang sama, kecuali ujian ulang sebagaimana dimaksud pada angka 4.
3. Besaran fasilitasi:
- a. biaya ujian pertama ditanggung 100% (seratus persen), paling banyak Rp4.250.000,00 (empat juta dua ratus lima puluh ribu rupiah) per orang per ujian;
- b. selisih biaya ujian yang melebihi batas sebagaimana dimaksud pada huruf a ditanggung oleh peserta;
- c. biaya perjalanan dinas untuk ujian yang diselenggarakan di luar Provinsi Teluk Harapan dibebankan pada DPA Inspektorat sesuai standar biaya yang berlaku; dan
- d. biaya bimbingan belajar persiapan ujian tidak termasuk dalam fasilitasi.
4. Peserta yang belum lulus dapat difasilitasi untuk 1 (satu) kali ujian ulang sebesar 50% (lima puluh persen) dari biaya ujian ulang, dengan batas sebagaimana dimaksud pada angka 3 huruf a.
5. Kuota FASTRA tahun 2026 sebanyak 45 (empat puluh lima) orang, terdiri atas 35 (tiga puluh lima) orang Auditor dan 10 (sepuluh) orang P2UPD, yang dibagi dalam 3 (tiga) gelombang sebagai berikut:
@0
6. Jenis sertifikasi yang difasilitasi dan perkiraan biayanya adalah sebagai berikut:
@1
7. Tata cara pendaftaran:
- a. pendaftaran dilakukan secara daring melalui e-PUSAKA pada menu FASTRA;
- b. pendaftaran paling lambat 21 (dua puluh satu) hari kalender sebelum tanggal ujian, dan tidak melewati masa pendaftaran gelombang yang bersangkutan;
- c. dokumen yang diunggah:
  - 1) surat rekomendasi Inspektur Pembantu atau Sekretaris;
  - 2) keputusan pengangkatan dalam jenjang jabatan terakhir;
  - 3) rekapitulasi JP PKB tahun sebelumnya yang dicetak dari e-PUSAKA; dan
  - 4) surat pernyataan kesediaan memenuhi kewajiban peserta;
- d. verifikasi berkas dilakukan oleh Tim Pengelola PUSAKA APIP paling lama 7 (tujuh) hari kerja sejak pendaftaran; dan
- e. peserta yang lolos verifikasi ditetapkan dengan Keputusan Inspektur.
8. Kewajiban peserta:
- a. menyampaikan hasil ujian melalui e-PUSAKA paling lambat 5 (lima) hari kerja setelah pengumuman hasil ujian;
- b. bagi peserta yang lulus, bersedia bertugas di lingkungan Inspektorat paling singkat 2 (dua) tahun terhitung sejak tanggal kelulusan; dan
- c. menjadi pemateri Forum JUMPA untuk berbagi pengalaman ujian.
9. Pengembalian biaya:
- a. peserta yang mengundurkan diri tanpa alasan yang sah setelah ditetapkan, atau tidak hadir pada saat ujian, wajib mengembalikan 100% (seratus persen) biaya yang telah dibayarkan; dan
- b. peserta yang pindah ke instansi lain sebelum masa 2 (dua) tahun berakhir wajib mengembalikan biaya secara proporsional sesuai sisa masa tugas.
# E. Penutup
Dengan berlakunya Surat Edaran ini, Surat Edaran Inspektur Nomor 800/41/ITDA/2024 tanggal 5 Maret 2024 tentang Fasilitasi Sertifikasi Jabatan Fungsional Auditor dicabut dan dinyatakan tidak berlaku. Peserta yang telah ditetapkan berdasarkan Surat Edaran tersebut dan belum melaksanakan ujian mengikuti ketentuan dalam Surat Edaran ini.
Informasi lebih lanjut dapat diperoleh dari Tim Pengelola PUSAKA APIP, narahubung Sdri. {KOORD_PUSAKA} (Koordinator Harian), WhatsApp 0813-4455-2190, surel fastra@{DOMAIN}.
Demikian Surat Edaran ini untuk dilaksanakan dengan penuh tanggung jawab.
INSPEKTUR DAERAH PROVINSI TELUK HARAPAN,
ttd.
{INSPEKTUR}
NIP {INSPEKTUR_NIP}
Tembusan: 1. Gubernur Teluk Harapan (sebagai laporan); 2. Kepala Perwakilan BPKP Provinsi Teluk Harapan; 3. Kepala Badan Kepegawaian Daerah Provinsi Teluk Harapan.
"""
SE_2026 = mk(SE_2026_MK.format(**NAMES), [
    T("Tabel 1. Gelombang FASTRA Tahun 2026",
        ["Gelombang", "Masa pendaftaran", "Perkiraan pelaksanaan ujian", "Kuota"],
        [["Gelombang I", "9 Februari - 6 Maret 2026", "7-9 April 2026", "20 orang"],
         ["Gelombang II", "1 - 26 Juni 2026", "4-6 Agustus 2026", "15 orang"],
         ["Gelombang III", "1 - 25 September 2026", "3-5 November 2026", "10 orang"]],
        [30, 50, 50, 24]),
    T("Tabel 2. Jenis Sertifikasi dan Perkiraan Biaya",
        ["No", "Jenis sertifikasi/uji kompetensi", "Penyelenggara", "Perkiraan biaya",
         "Keterangan"],
        [["1", "Sertifikasi Penjenjangan Auditor Penyelia", "Pusbin JFA BPKP", rp(2600000),
          "Ditanggung penuh"],
         ["2", "Sertifikasi Penjenjangan Auditor Muda", "Pusbin JFA BPKP", rp(3900000),
          "Ditanggung penuh"],
         ["3", "Sertifikasi Penjenjangan Auditor Madya", "Pusbin JFA BPKP", rp(4250000),
          "Ditanggung penuh"],
         ["4", "Uji Kompetensi P2UPD Ahli Muda", "BPSDM Kementerian Dalam Negeri", rp(2750000),
          "Ditanggung penuh"],
         ["5", "Uji Kompetensi P2UPD Ahli Madya", "BPSDM Kementerian Dalam Negeri", rp(3150000),
          "Ditanggung penuh"],
         ["6", "Certified Risk Management Officer (CRMO)", "Lembaga sertifikasi profesi",
          rp(4000000), "Ditanggung penuh"],
         ["7", "Qualified Internal Auditor (QIA)", "Yayasan Pendidikan Internal Audit",
          rp(6500000), "Fasilitasi Rp4.250.000; selisih Rp2.250.000 ditanggung peserta"]],
        [8, 50, 36, 24, 42])])

SE_2024_TXT = f"""\
INSPEKTORAT PROVINSI TELUK HARAPAN
{ALAMAT}
Telepon (0986) 221-4400

{FIKTIF}

                                                    Teluk Damai, 5 Maret 2024

Yth. 1. Sekretaris Inspektorat
     2. Inspektur Pembantu Wilayah I s.d. IV
     3. Para Auditor di lingkungan Inspektorat Provinsi Teluk Harapan

                              SURAT EDARAN
                       NOMOR 800/41/ITDA/2024
                                TENTANG
        FASILITASI SERTIFIKASI JABATAN FUNGSIONAL AUDITOR (FASTRA)

A. LATAR BELAKANG
Dalam rangka meningkatkan jumlah Auditor yang tersertifikasi sesuai jenjang jabatannya,
Inspektorat memberikan fasilitasi pembiayaan sertifikasi penjenjangan Jabatan Fungsional
Auditor (JFA) yang diselenggarakan oleh Pusbin JFA BPKP.

B. SASARAN
Sasaran fasilitasi adalah Auditor (JFA) di lingkungan Inspektorat Provinsi Teluk Harapan.

C. KETENTUAN
1. Persyaratan peserta:
   a. masa kerja dalam jenjang jabatan saat ini paling singkat 2 (dua) tahun;
   b. memenuhi 100% (seratus persen) kewajiban JP PKB tahun sebelumnya;
   c. predikat kinerja tahun sebelumnya paling rendah Baik;
   d. tidak sedang menjalani hukuman disiplin; dan
   e. mendapat rekomendasi dari Inspektur Pembantu.

2. Besaran fasilitasi sebesar 75% (tujuh puluh lima persen) dari biaya sertifikasi, paling
   banyak Rp3.500.000,00 (tiga juta lima ratus ribu rupiah) per orang. Sisa biaya
   ditanggung oleh peserta.

3. Ujian ulang tidak difasilitasi. Biaya ujian ulang sepenuhnya ditanggung oleh peserta.

4. Kuota fasilitasi sebanyak 30 (tiga puluh) orang per tahun yang dibagi dalam 2 (dua)
   gelombang:
   - Gelombang I : pendaftaran bulan Maret, ujian bulan Mei, kuota 15 orang;
   - Gelombang II: pendaftaran bulan Agustus, ujian bulan Oktober, kuota 15 orang.

5. Tata cara pendaftaran:
   a. berkas pendaftaran disampaikan dalam bentuk fisik (cetak) kepada Subbagian Umum dan
      Kepegawaian paling lambat 14 (empat belas) hari kerja sebelum tanggal ujian;
   b. berkas terdiri atas surat rekomendasi Inspektur Pembantu, fotokopi SK jabatan terakhir
      yang dilegalisasi, dan rekap JP PKB tahun sebelumnya;
   c. verifikasi berkas dilakukan oleh Subbagian Umum dan Kepegawaian paling lama
      10 (sepuluh) hari kerja.

6. Kewajiban peserta:
   a. melaporkan hasil ujian kepada Subbagian Umum dan Kepegawaian paling lambat
      7 (tujuh) hari kerja setelah pengumuman hasil;
   b. peserta yang lulus bersedia bertugas di lingkungan Inspektorat paling singkat
      3 (tiga) tahun sejak tanggal kelulusan.

7. Peserta yang mengundurkan diri tanpa alasan yang sah atau tidak hadir pada saat ujian
   wajib mengembalikan 100% (seratus persen) biaya yang telah dibayarkan.

D. PENUTUP
Surat Edaran ini berlaku sejak tanggal ditetapkan. Pertanyaan dapat disampaikan kepada
Subbagian Umum dan Kepegawaian, telepon (0986) 221-4400 pesawat 105.

Demikian untuk dilaksanakan.

                                          INSPEKTUR PROVINSI TELUK HARAPAN,

                                                         ttd.

                                          {INSPEKTUR_LAMA}
                                          NIP 19660921 199103 1 012
"""


# =========================================================================== KEPUTUSAN BIMA (DOCX)
# mentor (name, jabatan, unit) -> mentees (name, jabatan, unit)
BIMA = [
    (("Benyamin Sawaki, S.E., M.Si., Ak.", "Auditor Madya", "Irban I"),
     [("Kevin Ayomi, S.Ak.", "Auditor Pertama", "Irban I"),
      ("Putri Ananda Rumbiak, S.E.", "Auditor Pertama", "Irban I"),
      ("Samuel Wader, A.Md.", "Auditor Terampil", "Irban I")]),
    (("Hj. Siti Maryam Ohoiwutun, S.E., M.Ak.", "Auditor Madya", "Irban II"),
     [("Dimas Prasetyo, S.Ak.", "Auditor Pertama", "Irban II"),
      ("Grace Mambrasar, S.H.", "Auditor Pertama", "Irban II")]),
    (("Yakobus Numberi, S.T., M.T.", "Auditor Muda", "Irban III"),
     [("Rizky Ramadhan Tuasikal, S.T.", "Auditor Pertama", "Irban III"),
      ("Melianus Kogoya, A.Md.", "Auditor Terampil", "Irban III")]),
    (("Agustina Rumsayor, S.E., M.M.", "Auditor Muda", "Irban IV"),
     [("Fadli Rumra, S.E.", "Auditor Pertama", "Irban IV"),
      ("Novita Sari Kaize, S.Ak.", "Auditor Pertama", "Irban IV"),
      ("Ester Waromi, S.Sos.", "Auditor Pertama", "Irban IV")]),
    (("Drs. Frans Rumainum, M.Si.", "P2UPD Ahli Madya", "Irban II"),
     [("Ahmad Fauzi Renyaan, S.IP.", "P2UPD Ahli Pertama", "Irban II"),
      ("Maria Magdalena Sroyer, S.H.", "P2UPD Ahli Pertama", "Irban III")]),
    (("Lukas Krey, S.Sos., M.AP.", "P2UPD Ahli Muda", "Irban IV"),
     [("Yohana Wanggai, S.AP.", "P2UPD Ahli Pertama", "Irban IV")]),
    (("Wahyuni Latuperissa, S.E., M.Ak., CRMO", "Auditor Madya", "Irban I"),
     [("Theresia Ansanay, S.E.", "Auditor Pertama", "Irban I"),
      ("Hendra Gunawan Saleh, S.Kom.", "Auditor Pertama", "Irban I")]),
]
N_MENTEE = sum(len(m) for _, m in BIMA)
HONOR_MENTOR = 350000
ANGGARAN_BIMA = [
    ["1", "Honorarium mentor", f"{N_MENTEE} mentee x 6 bulan", "OB", rp(HONOR_MENTOR),
     rp(N_MENTEE * 6 * HONOR_MENTOR)],
    ["2", "Konsumsi pertemuan kelompok (kick-off, evaluasi tengah, penilaian akhir)",
     "66 orang-kali", "OK", rp(75000), rp(66 * 75000)],
    ["3", "Honorarium narasumber kick-off", "2 orang x 1 kegiatan", "OJ", rp(1200000),
     rp(2 * 1200000)],
    ["4", "Penggandaan modul dan logbook", f"{N_MENTEE} eksemplar", "Eks", rp(150000),
     rp(N_MENTEE * 150000)],
    ["5", "Sertifikat BIMA dan plakat Mentor Teladan", "1 paket", "Paket", rp(3000000),
     rp(3000000)],
]
TOTAL_BIMA = N_MENTEE * 6 * HONOR_MENTOR + 66 * 75000 + 2 * 1200000 + N_MENTEE * 150000 + 3000000


def bima_rows():
    rows, n = [], 0
    for mentor, mentees in BIMA:
        for me in mentees:
            n += 1
            rows.append([str(n), *mentor, *me])
    return rows


KEP_BIMA_MK = """\
= KEPUTUSAN INSPEKTUR DAERAH PROVINSI TELUK HARAPAN|NOMOR 800.1/058/ITDA/2026|TENTANG|PENETAPAN MENTOR DAN MENTEE PROGRAM BIMBINGAN MENTOR AUDITOR (BIMA)|ANGKATAN I TAHUN 2026
{FIKTIF}
= INSPEKTUR DAERAH PROVINSI TELUK HARAPAN,
Menimbang: a. bahwa berdasarkan Pasal 19 ayat (3) Peraturan Inspektur Nomor 2 Tahun 2026, penetapan mentor dan mentee setiap angkatan Program BIMA dilakukan dengan Keputusan Inspektur; b. bahwa pegawai yang tercantum dalam Lampiran I Keputusan ini telah memenuhi persyaratan sebagai mentor dan mentee; c. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Inspektur tentang Penetapan Mentor dan Mentee Program BIMA Angkatan I Tahun 2026.
Mengingat: 1. Peraturan Gubernur Teluk Harapan Nomor 41 Tahun 2022 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi, serta Tata Kerja Inspektorat Daerah; 2. Peraturan Inspektur Nomor 2 Tahun 2026 tentang Pedoman Pengembangan Kompetensi dan Pengembangan Keprofesian Berkelanjutan Aparat Pengawasan Intern Pemerintah di Lingkungan Inspektorat Daerah Provinsi Teluk Harapan.
= MEMUTUSKAN:
Menetapkan:
KESATU: Menetapkan mentor dan mentee Program BIMA Angkatan I Tahun 2026 sebagaimana tercantum dalam Lampiran I yang merupakan bagian tidak terpisahkan dari Keputusan ini.
KEDUA: Program BIMA Angkatan I dilaksanakan selama 6 (enam) bulan, terhitung mulai tanggal 2 Maret 2026 sampai dengan tanggal 31 Agustus 2026, dengan jadwal kegiatan sebagaimana tercantum dalam Lampiran III.
KETIGA: Mentor sebagaimana dimaksud dalam Diktum KESATU bertugas:
- a. menyusun rencana bimbingan bersama mentee paling lambat 2 (dua) minggu setelah kick-off;
- b. melaksanakan pertemuan bimbingan paling sedikit 2 (dua) kali dalam sebulan;
- c. mengikutsertakan mentee dalam paling sedikit 3 (tiga) penugasan pengawasan;
- d. memverifikasi logbook mentee di e-PUSAKA setiap akhir bulan; dan
- e. memberikan penilaian akhir kepada mentee.
KEEMPAT: Mentee sebagaimana dimaksud dalam Diktum KESATU wajib mengisi logbook setiap minggu, mengikuti seluruh rangkaian kegiatan, dan menyusun satu KKP lengkap.
KELIMA: Mentor diberikan honorarium sebesar {HONOR} per mentee per bulan. Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Dokumen Pelaksanaan Anggaran Inspektorat Daerah Provinsi Teluk Harapan Tahun Anggaran 2026, dengan rincian sebagaimana tercantum dalam Lampiran II.
KEENAM: Koordinasi pelaksanaan Program BIMA Angkatan I dilaksanakan oleh Tim Pengelola PUSAKA APIP dengan narahubung Sdri. {KOORD_PUSAKA}.
KETUJUH: Keputusan ini mulai berlaku pada tanggal ditetapkan.
Ditetapkan di Teluk Damai pada tanggal 20 Februari 2026
INSPEKTUR DAERAH PROVINSI TELUK HARAPAN,
{INSPEKTUR}
NIP {INSPEKTUR_NIP}
---
# LAMPIRAN I KEPUTUSAN INSPEKTUR NOMOR 800.1/058/ITDA/2026
@0
Catatan: seorang mentor membimbing paling banyak 3 (tiga) mentee. Mentee atas nama Maria Magdalena Sroyer, S.H. (Irban III) dibimbing oleh mentor dari Irban II karena P2UPD Ahli Muda di Irban III belum mengikuti Pelatihan Mentoring dan Coaching.
# LAMPIRAN II KEPUTUSAN INSPEKTUR NOMOR 800.1/058/ITDA/2026
@1
# LAMPIRAN III KEPUTUSAN INSPEKTUR NOMOR 800.1/058/ITDA/2026
@2
INSPEKTUR DAERAH PROVINSI TELUK HARAPAN,
{INSPEKTUR}
"""
KEP_BIMA = mk(KEP_BIMA_MK.format(HONOR=rp(HONOR_MENTOR), **NAMES), [
    T("Daftar Mentor dan Mentee Program BIMA Angkatan I Tahun 2026",
      ["No", "Nama Mentor", "Jabatan Mentor", "Unit Mentor", "Nama Mentee", "Jabatan Mentee",
       "Unit Mentee"],
      bima_rows(), [6, 30, 18, 12, 30, 18, 12],
      header2=[("No", 1), ("MENTOR", 3), ("MENTEE", 3)]),
    T("Rincian Anggaran Program BIMA Angkatan I Tahun 2026",
      ["No", "Komponen", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
      ANGGARAN_BIMA + [["", "JUMLAH", "", "", "", rp(TOTAL_BIMA)]],
      [6, 50, 28, 12, 22, 24]),
    T("Jadwal Kegiatan Program BIMA Angkatan I Tahun 2026",
      ["No", "Kegiatan", "Waktu", "Tempat"],
      [["1", "Kick-off dan penandatanganan komitmen mentor-mentee",
        "Senin, 2 Maret 2026, pukul 09.00 - 12.00 WIT", "Aula Lantai 3 Gedung Inspektorat"],
       ["2", "Penyusunan rencana bimbingan", "2 - 13 Maret 2026", "Masing-masing Irban"],
       ["3", "Evaluasi tengah program", "Kamis, 28 Mei 2026, pukul 13.00 - 16.00 WIT",
        "Ruang Rapat Utama Lantai 2"],
       ["4", "Penilaian akhir", "24 - 28 Agustus 2026", "Masing-masing Irban"],
       ["5", "Penyerahan Sertifikat BIMA dan penghargaan Mentor Teladan",
        "Jumat, 4 September 2026, pukul 08.30 WIT", "Aula Lantai 3 Gedung Inspektorat"]],
      [6, 56, 50, 40])])


# =========================================================================== REKAP PKB (CSV)
# name, NIP, jenjang, unit, pelatihan, seminar, JUMPA, e-learning, lainnya
REKAP = [
    ["Ir. Petrus Wambrauw, M.Si., CGAP", "19680517 199403 1 002", "Auditor Utama", "Kelompok Jabatan Fungsional", 32, 18, 8, 0, 26],
    ["Benyamin Sawaki, S.E., M.Si., Ak.", "19790811 200501 1 003", "Auditor Madya", "Irban I", 48, 8, 14, 6.5, 16],
    ["Wahyuni Latuperissa, S.E., M.Ak., CRMO", "19820402 200604 2 011", "Auditor Madya", "Irban I", 40, 4, 18, 10, 20],
    ["Yohanes Rumkabu, S.E.", "19850723 201001 1 006", "Auditor Muda", "Irban I", 32, 4, 10, 12.5, 0],
    ["Sarah Yoteni, S.Ak.", "19930114 201903 2 008", "Auditor Pertama", "Irban I", 30, 8, 16, 7.5, 0],
    ["Paulus Tebay, A.Md.", "19880930 201101 1 004", "Auditor Mahir", "Irban I", 24, 0, 12, 9, 0],
    ["Hj. Siti Maryam Ohoiwutun, S.E., M.Ak.", "19800609 200502 2 005", "Auditor Madya", "Irban II", 56, 8, 12, 4, 8],
    ["Drs. Frans Rumainum, M.Si.", "19710228 199703 1 006", "P2UPD Ahli Madya", "Irban II", 36, 4, 8, 15, 10],
    ["Ahmad Syarif Kabes, S.E.", "19860412 201101 1 009", "Auditor Muda", "Irban II", 40, 8, 14, 10, 0],
    ["Lenny Marlina Tuanaya, S.H.", "19920805 201903 2 012", "P2UPD Ahli Pertama", "Irban II", 18, 4, 6, 8.5, 0],
    ["Yusuf Kapisa, S.Ak.", "19940320 202003 1 003", "Auditor Pertama", "Irban II", 30, 6, 14, 12, 0],
    ["Selfina Ayomi, A.Md.", "19960117 202012 2 004", "Auditor Terampil", "Irban II", 18, 0, 6, 4.5, 0],
    ["Ir. Johanis Manuhutu, M.Ak.", "19750303 200212 1 005", "Auditor Madya", "Irban III", 48, 12, 10, 0, 8],
    ["Yakobus Numberi, S.T., M.T.", "19840915 200903 1 002", "Auditor Muda", "Irban III", 44, 6, 16, 4, 10],
    ["Rina Marlina Pattiasina, S.E.", "19870606 201101 2 010", "Auditor Penyelia", "Irban III", 30, 4, 8, 6, 0],
    ["Oktovianus Wenda, S.Sos.", "19830827 200903 1 008", "P2UPD Ahli Muda", "Irban III", 36, 8, 12, 10.5, 0],
    ["Dewi Anggraini Siregar, S.Ak.", "19950211 202003 2 007", "Auditor Pertama", "Irban III", 24, 4, 12, 11, 0],
    ["Dra. Elsina Mayor, M.Si.", "19730419 199903 2 003", "Auditor Madya", "Irban IV", 52, 6, 14, 8, 12],
    ["Agustina Rumsayor, S.E., M.M.", "19820108 200604 2 009", "Auditor Muda", "Irban IV", 40, 10, 20, 6, 8],
    ["Lukas Krey, S.Sos., M.AP.", "19810524 200701 1 011", "P2UPD Ahli Muda", "Irban IV", 36, 4, 14, 8, 10],
    ["Nur Aini Rumagesan, S.E.", "19930722 201903 2 005", "Auditor Pertama", "Irban IV", 36, 4, 16, 9, 0],
    ["Imanuel Fonataba, A.Md.Ak.", "19970310 202012 1 002", "Auditor Terampil", "Irban IV", 20, 2, 10, 5.5, 0],
    ["Ratna Dewi Sasabone, S.E., M.Ak., CFrA", "19810830 200604 2 006", "Auditor Madya", "Sekretariat (PUSAKA APIP)", 40, 12, 24, 15, 20],
    ["Bonifasius Ansaka, S.Kom.", "19940616 202003 1 005", "Auditor Pertama", "Sekretariat (PUSAKA APIP)", 30, 4, 20, 14, 0],
]
REKAP_HEADER = ["no", "nip", "nama", "jenjang_jabatan", "unit_kerja", "jp_wajib",
                "jp_pelatihan", "jp_seminar", "jp_forum_jumpa", "jp_elearning", "jp_lainnya",
                "total_jp", "persentase_capaian", "status", "tindak_lanjut"]


def dec(x):
    s = f"{x:.1f}" if isinstance(x, float) and x != int(x) else str(int(x))
    return s.replace(".", ",")


def rekap_rows():
    rows = []
    for i, (nama, nip, jab, unit, *jp) in enumerate(REKAP):
        tot = sum(jp)
        wajib = WAJIB[jab]
        pct = round(100.0 * tot / wajib, 1)
        if tot >= wajib:
            st, tl = "Memenuhi", "-"
        elif pct >= 80:
            st, tl = "Belum Memenuhi", "Teguran lisan oleh atasan langsung"
        else:
            st, tl = "Belum Memenuhi", "Teguran tertulis oleh Inspektur"
        rows.append([str(i + 1), nip, nama, jab, unit, str(wajib)] + [dec(float(x)) for x in jp]
                    + [dec(float(tot)), f"{pct:.1f}".replace(".", ","), st, tl])
    return rows


def rekap_stats():
    rows = rekap_rows()
    ok = sum(1 for r in rows if r[13] == "Memenuhi")
    lisan = sum(1 for r in rows if r[14].startswith("Teguran lisan"))
    return len(rows), ok, lisan, len(rows) - ok - lisan


# =========================================================================== NOTULEN (DOCX)
def notulen_blocks():
    n, ok, lisan, tulis = rekap_stats()
    return [
        C("NOTULEN RAPAT KOORDINASI PENGEMBANGAN KOMPETENSI\nTRIWULAN I TAHUN 2026\n"
          "INSPEKTORAT DAERAH PROVINSI TELUK HARAPAN"),
        P(FIKTIF),
        T("Informasi Rapat", ["Unsur", "Keterangan"],
          [["Hari, tanggal", "Kamis, 9 April 2026"],
           ["Waktu", "13.30 - 15.45 WIT"],
           ["Tempat", "Ruang Rapat Utama Lantai 2 Gedung Inspektorat"],
           ["Pimpinan rapat", "Sekretaris Inspektorat, " + SEKRETARIS],
           ["Notulis", ADMIN_HELPDESK],
           ["Peserta", "Inspektur Pembantu Wilayah I s.d. IV, Kepala Subbagian Umum dan "
            "Kepegawaian, Kepala Subbagian Perencanaan, Tim Pengelola PUSAKA APIP "
            "(14 orang hadir)"]],
          [40, 120]),
        H1("I. Pembukaan"),
        P("Rapat dibuka oleh Sekretaris pukul 13.30 WIT. Sekretaris menyampaikan bahwa rapat "
          "koordinasi ini merupakan pemantauan triwulanan sebagaimana diatur dalam Pasal 29 "
          "Peraturan Inspektur Nomor 2 Tahun 2026."),
        H1("II. Pokok Bahasan"),
        P(f"1. Capaian PKB tahun 2025. Koordinator Harian PUSAKA APIP melaporkan bahwa dari {n} "
          f"Auditor dan P2UPD yang direkap, {ok} orang memenuhi kewajiban JP PKB tahun 2025, "
          f"{lisan} orang memiliki capaian antara 80% dan kurang dari 100%, dan {tulis} orang "
          "memiliki capaian di bawah 80%. Capaian terendah berasal dari jenjang Auditor Terampil "
          "di Irban II. Sebagian besar kekurangan disebabkan klaim JP Forum JUMPA yang tidak "
          "diajukan tepat waktu."),
        P("2. FASTRA Gelombang I. Pendaftar Gelombang I berjumlah 17 orang, terdiri atas "
          "13 Auditor dan 4 P2UPD. Sebanyak 15 orang lolos verifikasi dan sedang mengikuti ujian "
          "pada 7-9 April 2026; 2 orang tidak lolos karena capaian JP PKB 2025 di bawah 80%. "
          "Sisa kuota Gelombang I sebanyak 5 orang dialihkan ke Gelombang II."),
        P("3. Program BIMA Angkatan I. Kick-off telah dilaksanakan pada 2 Maret 2026 dengan "
          f"{N_MENTEE} mentee dan 7 mentor. Kepatuhan pengisian logbook mingguan sampai dengan "
          "akhir Maret baru 73%. Evaluasi tengah program tetap dijadwalkan 28 Mei 2026."),
        P("4. TELISIK Semester I. Inspektur Pembantu Wilayah III meminta penjadwalan ulang "
          "telaah atas Irban III karena sebagian tim sedang menjalani audit khusus atas "
          "permintaan Gubernur. Rapat menyepakati penelaahan Irban III digeser dari 4-15 Mei "
          "2026 menjadi 18-29 Mei 2026."),
        P("5. Forum JUMPA. Rata-rata kehadiran sesi Januari sampai dengan Maret 2026 adalah "
          "46 peserta per sesi (luring dan daring). Sesi sering dimulai terlambat sekitar "
          "15 menit."),
        P("6. e-PUSAKA. Server e-PUSAKA akan dipindahkan ke pusat data Pemerintah Provinsi "
          "sehingga layanan tidak dapat diakses pada Sabtu-Minggu, 18-19 April 2026."),
        H1("III. Kesimpulan dan Tindak Lanjut"),
        T("Tabel Tindak Lanjut Rapat", ["No", "Tindak lanjut", "Penanggung jawab", "Tenggat"],
          [["1", "Menyampaikan teguran tertulis kepada pegawai dengan capaian JP PKB 2025 di "
                 "bawah 80%", "Sekretaris atas nama Inspektur", "17 April 2026"],
           ["2", "Sosialisasi ulang tata cara klaim JP Forum JUMPA di setiap Irban",
            "Koordinator Harian PUSAKA APIP", "30 April 2026"],
           ["3", "Mengalihkan sisa 5 kuota FASTRA Gelombang I ke Gelombang II",
            "Tim Pengelola PUSAKA APIP", "30 April 2026"],
           ["4", "Menerbitkan perubahan surat tugas TELISIK atas Irban III (18-29 Mei 2026)",
            "Kepala Subbagian Umum dan Kepegawaian", "24 April 2026"],
           ["5", "Mengingatkan mentor BIMA untuk memverifikasi logbook setiap akhir bulan",
            "Inspektur Pembantu Wilayah I s.d. IV", "Setiap akhir bulan"],
           ["6", "Memulai sesi Forum JUMPA tepat pukul 07.30 WIT dan membuka presensi sejak "
                 "07.15 WIT", "Tim Pengelola PUSAKA APIP", "Mulai 24 April 2026"],
           ["7", "Mengumumkan gangguan layanan e-PUSAKA 18-19 April 2026 melalui grup WhatsApp "
                 "dan portal", "Admin helpdesk e-PUSAKA", "15 April 2026"]],
          [8, 80, 46, 28]),
        P("Rapat ditutup pukul 15.45 WIT. Rapat koordinasi triwulan II direncanakan pada "
          "minggu kedua bulan Juli 2026."),
        P("Teluk Damai, 9 April 2026"),
        P("Notulis, " + ADMIN_HELPDESK),
        P("Mengetahui, Pimpinan Rapat, Sekretaris Inspektorat, " + SEKRETARIS),
    ]


# =========================================================================== JADWAL TELISIK (CSV)
TELISIK_HEADER = ["kode_penugasan", "semester", "unit_yang_ditelaah", "objek_telaah",
                  "ketua_penelaah", "anggota_penelaah", "tanggal_mulai", "tanggal_selesai",
                  "status", "catatan"]
TELISIK = [
    ["TLS-2026-01", "Semester I", "Irban I", "LHP Reviu RKA Perubahan 2025 Badan Pengelolaan Keuangan dan Aset Daerah\nLHP Audit Kinerja Pelayanan Kepegawaian Badan Kepegawaian Daerah", "Hj. Siti Maryam Ohoiwutun, S.E., M.Ak. (Irban II)", "Yakobus Numberi, S.T., M.T. (Irban III); Lukas Krey, S.Sos., M.AP. (Irban IV)", "20 April 2026", "30 April 2026", "Terjadwal", ""],
    ["TLS-2026-02", "Semester I", "Irban II", "LHP Audit Kinerja Dinas Kelautan dan Perikanan\nLHP Evaluasi SAKIP Dinas Pertanian dan Perkebunan", "Benyamin Sawaki, S.E., M.Si., Ak. (Irban I)", "Oktovianus Wenda, S.Sos. (Irban III); Agustina Rumsayor, S.E., M.M. (Irban IV)", "4 Mei 2026", "13 Mei 2026", "Terjadwal", ""],
    ["TLS-2026-03", "Semester I", "Irban III", "LHP Audit Pengadaan Barang/Jasa Pembangunan Jalan Ruas Teluk Damai - Sagu Raya (Dinas PUPR)\nLHP Reviu Penggunaan Belanja Tidak Terduga (BPBD)", "Dra. Elsina Mayor, M.Si. (Irban IV)", "Ahmad Syarif Kabes, S.E. (Irban II); Yohanes Rumkabu, S.E. (Irban I)", "18 Mei 2026", "29 Mei 2026", "Dijadwalkan ulang", "Semula 4-15 Mei 2026, digeser karena tim Irban III menjalani audit khusus, sesuai rapat koordinasi 9 April 2026"],
    ["TLS-2026-04", "Semester I", "Irban IV", "LHP Audit Kinerja Layanan Rujukan RSUD Teluk Damai\nLHP Reviu Dana BOS Dinas Pendidikan dan Kebudayaan", "Ir. Johanis Manuhutu, M.Ak. (Irban III)", "Drs. Frans Rumainum, M.Si. (Irban II); Wahyuni Latuperissa, S.E., M.Ak., CRMO (Irban I)", "20 April 2026", "30 April 2026", "Terjadwal", "Exit meeting 30 April 2026, 14.00 WIT"],
    ["TLS-2026-05", "Semester II", "Irban I", "Dipilih acak oleh Sekretariat dari LHP semester I 2026 (paling sedikit 2 LHP)", "Dra. Elsina Mayor, M.Si. (Irban IV)", "Oktovianus Wenda, S.Sos. (Irban III); Ahmad Syarif Kabes, S.E. (Irban II)", "12 Oktober 2026", "23 Oktober 2026", "Rencana", ""],
    ["TLS-2026-06", "Semester II", "Irban II", "Dipilih acak oleh Sekretariat dari LHP semester I 2026 (paling sedikit 2 LHP)", "Ir. Johanis Manuhutu, M.Ak. (Irban III)", "Agustina Rumsayor, S.E., M.M. (Irban IV); Yohanes Rumkabu, S.E. (Irban I)", "26 Oktober 2026", "6 November 2026", "Rencana", ""],
    ["TLS-2026-07", "Semester II", "Irban III", "Dipilih acak oleh Sekretariat dari LHP semester I 2026 (paling sedikit 2 LHP)", "Hj. Siti Maryam Ohoiwutun, S.E., M.Ak. (Irban II)", "Lukas Krey, S.Sos., M.AP. (Irban IV); Wahyuni Latuperissa, S.E., M.Ak., CRMO (Irban I)", "9 November 2026", "20 November 2026", "Rencana", "Termasuk telaah atas rencana aksi perbaikan, karena predikat semester II 2025 Tidak Sesuai"],
    ["TLS-2026-08", "Semester II", "Irban IV", "Dipilih acak oleh Sekretariat dari LHP semester I 2026 (paling sedikit 2 LHP)", "Benyamin Sawaki, S.E., M.Si., Ak. (Irban I)", "Yakobus Numberi, S.T., M.T. (Irban III); Drs. Frans Rumainum, M.Si. (Irban II)", "9 November 2026", "20 November 2026", "Rencana", ""],
]


# =========================================================================== KUOTA (CSV)
SYARAT = {
    "PTS-01": "Auditor dan P2UPD semua jenjang",
    "PTS-02": "Lulus Tingkat I, pengalaman penugasan paling singkat 1 tahun setelah lulus "
              "Tingkat I",
    "PTS-03": "Lulus Tingkat II, jenjang paling rendah Auditor Muda atau P2UPD Ahli Muda",
    "PTS-04": "Auditor semua jenjang, diutamakan anggota tim reviu LKPD",
    "PTS-05": "Auditor dan P2UPD semua jenjang",
    "PTS-06": "Auditor, diutamakan yang menangani pengawasan pengadaan",
    "PTS-07": "Auditor yang telah mengikuti PTS-06",
    "PTS-08": "Auditor, diutamakan Irban IV (koordinator investigasi)",
    "PTS-09": "Auditor dan P2UPD semua jenjang",
    "PTS-10": "P2UPD yang belum pernah mengikuti pelatihan teknis substantif P2UPD",
    "PTS-11": "P2UPD yang belum pernah mengikuti pelatihan teknis substantif P2UPD",
    "PTS-12": "Seluruh pegawai, termasuk pejabat administrator dan pengawas",
    "PTS-13": "Calon mentor Program BIMA",
}
KUOTA_HEADER = ["kode_pelatihan", "nama_pelatihan", "tingkat_atau_angkatan", "durasi",
                "tanggal_pelaksanaan", "lokasi", "penyelenggara", "kuota_irban_i",
                "kuota_irban_ii", "kuota_irban_iii", "kuota_irban_iv", "kuota_sekretariat",
                "jumlah_kuota", "persyaratan"]


def kuota_rows():
    rows = []
    for p in PELATIHAN:
        q = p[8:13]
        rows.append([p[0], p[1], p[2], f"{p[3]} JP / {p[4]} hari", p[5], p[6], p[7]]
                    + [str(x) for x in q] + [str(sum(q)), SYARAT[p[0]]])
    return rows


# =========================================================================== PORTAL (HTML)
PORTAL_HTML = f"""\
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Helpdesk e-PUSAKA - PUSAKA APIP Inspektorat Daerah Provinsi Teluk Harapan</title>
</head>
<body>
<header>
  <p class="brand">e-PUSAKA | Pusat Kapabilitas dan Pembelajaran APIP</p>
  <nav><a href="/">Beranda</a> | <a href="/katalog">Katalog e-learning</a> |
  <a href="/klaim">Klaim JP</a> | <a href="/fastra">FASTRA</a> | <a href="/helpdesk">Helpdesk</a></nav>
</header>
<main>
<h1>Layanan Bantuan (Helpdesk) e-PUSAKA</h1>
<p class="fiktif">{FIKTIF}</p>
<p>Halaman ini memuat jenis layanan, waktu penyelesaian, pertanyaan yang sering diajukan, dan
kontak helpdesk e-PUSAKA untuk seluruh pegawai Inspektorat Daerah Provinsi Teluk Harapan.
Terakhir diperbarui 6 April 2026.</p>

<div class="notice"><strong>Pemberitahuan:</strong> karena pemindahan server ke pusat data
Pemerintah Provinsi, e-PUSAKA tidak dapat diakses pada Sabtu-Minggu, 18-19 April 2026.
Klaim JP yang jatuh tempo pada tanggal tersebut diperpanjang sampai dengan Selasa,
21 April 2026.</div>

<h2>Jenis Layanan dan Waktu Penyelesaian</h2>
<table>
  <thead>
    <tr><th>No</th><th>Layanan</th><th>Waktu penyelesaian</th><th>Kanal pengajuan</th></tr>
  </thead>
  <tbody>
    <tr><td>1</td><td>Aktivasi akun pegawai baru</td><td>1 hari kerja</td><td>Formulir helpdesk</td></tr>
    <tr><td>2</td><td>Reset kata sandi akun e-PUSAKA</td><td>1 hari kerja</td><td>Tombol "Lupa kata sandi" atau WhatsApp helpdesk</td></tr>
    <tr><td>3</td><td>Verifikasi klaim JP</td><td>5 hari kerja</td><td>Menu Klaim JP</td></tr>
    <tr><td>4</td><td>Penerbitan sertifikat e-learning</td><td>3 hari kerja setelah lulus evaluasi modul</td><td>Otomatis di menu Sertifikat Saya</td></tr>
    <tr><td>5</td><td>Verifikasi berkas FASTRA</td><td>7 hari kerja</td><td>Menu FASTRA</td></tr>
    <tr><td>6</td><td>Permintaan rekaman Forum JUMPA</td><td>2 hari kerja</td><td>Menu Pustaka Video</td></tr>
    <tr><td>7</td><td>Koreksi data jabatan atau jenjang</td><td>10 hari kerja</td><td>Formulir helpdesk dengan lampiran SK</td></tr>
    <tr><td>8</td><td>Peminjaman buku perpustakaan pengawasan</td><td>Paling lama 14 hari kalender per peminjaman, dapat diperpanjang 1 kali</td><td>Pojok baca Lantai 2</td></tr>
  </tbody>
</table>

<h2>Istilah</h2>
<dl>
  <dt>JP (Jam Pelajaran)</dt>
  <dd>Satuan waktu pembelajaran yang setara dengan 45 menit.</dd>
  <dt>Klaim JP</dt>
  <dd>Pengajuan pengakuan JP atas kegiatan pengembangan kompetensi, diajukan paling lambat
  30 hari kalender setelah kegiatan berakhir dengan bukti berformat PDF berukuran paling besar
  2 MB.</dd>
  <dt>RPKI</dt>
  <dd>Rencana Pengembangan Kompetensi Individu, diunggah di menu Perencanaan paling lambat
  31 Januari.</dd>
  <dt>Pustaka Video</dt>
  <dd>Kumpulan rekaman Forum JUMPA dan pelatihan internal yang dapat diputar ulang, tetapi
  tidak menghasilkan JP.</dd>
  <dt>Status klaim "Dikembalikan"</dt>
  <dd>Klaim perlu diperbaiki; perbaikan diajukan paling lama 7 hari kerja sejak pemberitahuan.</dd>
</dl>

<h2>Pertanyaan yang Sering Diajukan</h2>
<details>
  <summary>Saya pegawai baru, bagaimana mendapatkan akun e-PUSAKA?</summary>
  <p>Isi formulir helpdesk dengan melampirkan SK penempatan di Inspektorat. Akun diaktifkan
  dalam 1 hari kerja dan nama pengguna adalah NIP tanpa spasi.</p>
</details>
<details>
  <summary>Berapa ukuran maksimal berkas bukti klaim JP?</summary>
  <p>Berkas bukti harus berformat PDF dengan ukuran paling besar 2 MB per berkas. Satu klaim
  dapat memuat paling banyak 3 berkas.</p>
</details>
<details>
  <summary>Apakah e-learning dari platform lain bisa diklaim?</summary>
  <p>Bisa, sepanjang platform tersebut ada dalam daftar platform yang diakui (misalnya LMS
  Pusdiklatwas BPKP dan LMS BPSDM Provinsi Teluk Harapan). Pengakuan e-learning paling banyak
  30 JP per tahun.</p>
</details>
<details>
  <summary>Kenapa presensi Forum JUMPA saya tidak tercatat?</summary>
  <p>Presensi JUMPA dibuka pukul 07.15 WIT dan ditutup pukul 12.00 WIT pada hari yang sama.
  Presensi di luar waktu tersebut tidak dapat dicatat.</p>
</details>
<details>
  <summary>Bagaimana cara mengunduh rekap PKB untuk pendaftaran FASTRA?</summary>
  <p>Buka menu Laporan &gt; Rekap PKB Saya, pilih tahun, lalu klik Cetak PDF. Rekap yang
  diunggah ke menu FASTRA harus dicetak dari e-PUSAKA, bukan rekap buatan sendiri.</p>
</details>
<details>
  <summary>Apakah aplikasi e-PUSAKA tersedia di ponsel?</summary>
  <p>Belum ada aplikasi khusus. e-PUSAKA dapat dibuka melalui peramban ponsel di alamat
  https://epusaka.{DOMAIN}.</p>
</details>

<h2>Kontak Helpdesk</h2>
<address>
  <strong>Helpdesk e-PUSAKA - Tim Pengelola PUSAKA APIP</strong><br>
  Admin helpdesk: {ADMIN_HELPDESK}<br>
  Gedung Inspektorat Lantai 2, {ALAMAT}<br>
  Telepon: (0986) 221-4470 (pesawat 214)<br>
  WhatsApp (pesan saja): 0812-4400-7315<br>
  Surel: helpdesk.pusaka@{DOMAIN}<br>
  Jam layanan: Senin - Kamis pukul 08.00 - 15.30 WIT; Jumat pukul 09.30 - 11.30 WIT
  (setelah Forum JUMPA). Sabtu, Minggu, dan hari libur nasional tutup.
</address>
</main>
<footer><p>&copy; 2026 Inspektorat Daerah Provinsi Teluk Harapan. {FIKTIF}</p></footer>
</body>
</html>
"""

# =========================================================================== PANDUAN TELISIK (MD)
PANDUAN_TELISIK_MD = f"""\
---
id: panduan-telisik
title: Panduan Pelaksanaan Telaah Sejawat Internal (TELISIK) Tahun 2026
penerbit: Inspektorat Daerah Provinsi Teluk Harapan
versi: "1.2"
tanggal: 2026-03-16
---

# Panduan Pelaksanaan Telaah Sejawat Internal (TELISIK) Tahun 2026

> {FIKTIF}

Panduan ini menjabarkan Pasal 23 sampai dengan Pasal 25 Peraturan Inspektur Nomor 2 Tahun 2026.
TELISIK menilai apakah penugasan pengawasan setiap Inspektur Pembantu (Irban) telah
dilaksanakan sesuai standar audit intern pemerintah, dan hasilnya menjadi masukan bagi
kebutuhan pelatihan.

## 1. Prinsip

- **Independen**: penelaah tidak menelaah Irban tempatnya bertugas.
- **Rahasia**: kertas kerja telaah hanya dapat diakses tim penelaah, Sekretaris, dan Inspektur.
- **Membangun**: temuan telaah disampaikan sebagai bahan perbaikan, bukan penilaian kinerja
  individu.

## 2. Tahapan

1. Persiapan (paling lambat 10 hari kerja sebelum telaah dimulai)
   - Penetapan tim penelaah dengan Keputusan Inspektur.
   - Pemilihan sampel LHP secara acak oleh Sekretariat:
     - paling sedikit 2 LHP per Irban;
     - diutamakan penugasan audit kinerja dan audit pengadaan barang/jasa.
   - Penandatanganan pernyataan independensi oleh setiap penelaah.
2. Pelaksanaan (paling lama 10 hari kerja per Irban)
   - Reviu KKP dengan daftar uji (checklist) TELISIK versi 2026.
   - Wawancara dengan pengendali teknis dan ketua tim penugasan.
   - Penyusunan konsep laporan dan skor.
3. Pelaporan
   - Exit meeting dengan Irban yang ditelaah, paling lama 2 jam.
   - Laporan hasil TELISIK disampaikan kepada Inspektur paling lambat 14 hari kerja setelah
     penelaahan selesai.
4. Tindak lanjut
   - Irban dengan predikat *Tidak Sesuai* menyusun rencana aksi paling lambat 30 hari kalender.
   - Pemantauan rencana aksi dilakukan pada TELISIK semester berikutnya.

## 3. Aspek Penilaian dan Bobot

| No | Aspek yang ditelaah | Bobot |
|----|---------------------|-------|
| 1 | Perencanaan penugasan (program kerja, penilaian risiko) | 20% |
| 2 | Pelaksanaan dan dokumentasi KKP | 35% |
| 3 | Pelaporan hasil pengawasan | 25% |
| 4 | Supervisi dan kendali mutu | 10% |
| 5 | Pemantauan tindak lanjut | 10% |

## 4. Predikat Hasil Telaah

| Skor akhir | Predikat | Konsekuensi |
|------------|----------|-------------|
| 85,00 - 100 | Sesuai Standar | Praktik baik dibagikan di Forum JUMPA |
| 70,00 - 84,99 | Sesuai Sebagian | Catatan perbaikan dipantau oleh Sekretaris |
| di bawah 70,00 | Tidak Sesuai | Rencana aksi paling lambat 30 hari kalender |

## 5. Jadwal 2026

- Semester I: 20 April - 29 Mei 2026 (objek: LHP yang selesai pada semester II 2025).
- Semester II: 12 Oktober - 20 November 2026 (objek: LHP yang selesai pada semester I 2026).
- Rincian penugasan per Irban tersedia dalam berkas jadwal TELISIK 2026.

## 6. Hasil TELISIK Tahun 2025

| Irban | Skor Semester I 2025 | Predikat Semester I 2025 | Skor Semester II 2025 | Predikat Semester II 2025 |
|-------|------|------|------|------|
| Irban I | 88,40 | Sesuai Standar | 86,10 | Sesuai Standar |
| Irban II | 79,25 | Sesuai Sebagian | 83,60 | Sesuai Sebagian |
| Irban III | 74,80 | Sesuai Sebagian | 68,50 | Tidak Sesuai |
| Irban IV | 81,05 | Sesuai Sebagian | 85,30 | Sesuai Standar |

Kelemahan yang paling sering ditemukan pada 2025 adalah dokumentasi penilaian risiko pada
tahap perencanaan dan reviu berjenjang KKP yang tidak ditandatangani pengendali teknis.

## 7. Honorarium dan JP Penelaah

- Penelaah memperoleh pengakuan 8 JP per penugasan, paling banyak 16 JP per tahun.
- Uang honorarium penelaah dibayarkan sesuai standar biaya daerah.

## 8. Kontak

Koordinator TELISIK 2026: {KOORD_TELISIK} (Auditor Madya, Irban I)
Surel: telisik@{DOMAIN} | Telepon (0986) 221-4400 pesawat 231
"""

# =========================================================================== WILAYAH IRBAN (MD)
WILAYAH = [
    ("I", "Pemerintahan dan Aparatur", "201", ["Kota Teluk Damai", "Kabupaten Sagu Raya"],
     ["Sekretariat Daerah", ["Biro Pemerintahan dan Otonomi Daerah", "Biro Hukum",
                             "Biro Organisasi", "Biro Umum", "Biro Pengadaan Barang/Jasa"],
      "Sekretariat DPRD", "Badan Kepegawaian Daerah",
      "Badan Pengelolaan Keuangan dan Aset Daerah", "Badan Pendapatan Daerah",
      "Badan Perencanaan Pembangunan, Riset, dan Inovasi Daerah (Bapperida)",
      "Badan Pengembangan Sumber Daya Manusia (BPSDM)",
      "Badan Kesatuan Bangsa dan Politik", "Satuan Polisi Pamong Praja"]),
    ("II", "Perekonomian", "202", ["Kabupaten Pulau Kasuari", "Kabupaten Kepulauan Nuri"],
     ["Dinas Koperasi dan Usaha Kecil Menengah", "Dinas Perindustrian dan Perdagangan",
      "Dinas Pertanian dan Perkebunan", "Dinas Kelautan dan Perikanan", "Dinas Pariwisata",
      "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Dinas Ketahanan Pangan",
      "Dinas Tenaga Kerja dan Transmigrasi"]),
    ("III", "Infrastruktur dan Lingkungan", "203",
     ["Kabupaten Tanjung Mutiara", "Kabupaten Danau Biru"],
     ["Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)",
      "Dinas Perumahan Rakyat dan Kawasan Permukiman", "Dinas Perhubungan",
      "Dinas Lingkungan Hidup", "Dinas Kehutanan", "Dinas Energi dan Sumber Daya Mineral",
      "Dinas Komunikasi dan Informatika", "Badan Penanggulangan Bencana Daerah (BPBD)"]),
    ("IV", "Kesejahteraan Rakyat", "204", ["Kabupaten Pegunungan Wairi"],
     ["Dinas Pendidikan dan Kebudayaan", "Dinas Kesehatan", "RSUD Teluk Damai",
      "Dinas Sosial", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
      "Dinas Pemuda dan Olahraga", "Dinas Perpustakaan dan Kearsipan"]),
]


def wilayah_md():
    out = [f"""\
---
id: wilayah-irban-2026
title: Pembagian Wilayah Pengawasan Inspektur Pembantu Tahun 2026
dasar: Keputusan Inspektur Nomor 700.1/012/ITDA/2026
berlaku: 2026-01-05
---

# Pembagian Wilayah Pengawasan Inspektur Pembantu Tahun 2026

_{FIKTIF}_

Berdasarkan Keputusan Inspektur Nomor 700.1/012/ITDA/2026 tanggal 5 Januari 2026, wilayah
pengawasan Inspektorat Daerah Provinsi Teluk Harapan dibagi kepada empat Inspektur Pembantu
(Irban). Setiap Irban mengawasi OPD Pemerintah Provinsi dan membina pengawasan pada
kabupaten/kota tertentu.

## Ringkasan

| Wilayah | Bidang | Inspektur Pembantu | Jumlah OPD | Kabupaten/Kota binaan | Pesawat |
|---------|--------|--------------------|------------|-----------------------|---------|"""]
    for num, bidang, ext, kab, opd in WILAYAH:
        n_opd = sum(1 for o in opd if isinstance(o, str))
        out.append(f"| Inspektur Pembantu Wilayah {num} (Irban {num}) | {bidang} | "
                   f"{IRBAN[num]} | {n_opd} OPD | {', '.join(kab)} | {ext} |")
    out.append("\n## Rincian OPD per Wilayah\n")
    for num, bidang, _ext, kab, opd in WILAYAH:
        out.append(f"### Irban {num} - {bidang}\n")
        out.append(f"Inspektur Pembantu Wilayah {num}: **{IRBAN[num]}**\n")
        out.append("- OPD yang diawasi:")
        for o in opd:
            if isinstance(o, str):
                out.append(f"  - {o}")
            else:
                for sub in o:
                    out.append(f"    - {sub}")
        out.append("- Kabupaten/kota binaan:")
        for k in kab:
            out.append(f"  - {k}")
        out.append("")
    out.append("""\
## Tugas Koordinasi Khusus

- Irban I mengoordinasikan reviu Laporan Keuangan Pemerintah Daerah (LKPD) konsolidasi.
- Irban II mengoordinasikan pengawasan penyelenggaraan urusan pemerintahan konkuren di
  kabupaten/kota oleh P2UPD.
- Irban III mengoordinasikan pengawasan pengadaan barang/jasa dan probity audit.
- Irban IV mengoordinasikan penanganan pengaduan masyarakat dan audit investigatif.

## Catatan

1. Penugasan lintas wilayah dapat dilakukan atas perintah Inspektur.
2. Sekretariat (Subbagian Perencanaan, Subbagian Keuangan, Subbagian Umum dan Kepegawaian)
   tidak memiliki wilayah pengawasan.
3. Pertanyaan tentang pembagian wilayah: Subbagian Perencanaan, pesawat 103.
""")
    return "\n".join(out)


# =========================================================================== FORUM JUMPA (MD)
FORUM_JUMPA_MD = f"""\
# Forum JUMPA - Jumat untuk Mengasah Pengetahuan Auditor

*{FIKTIF}*

Forum JUMPA adalah forum berbagi pengetahuan Inspektorat Daerah Provinsi Teluk Harapan yang
diselenggarakan oleh Tim Pengelola PUSAKA APIP berdasarkan Pasal 26 Peraturan Inspektur
Nomor 2 Tahun 2026.

## Waktu dan Tempat

- Hari: Jumat minggu kedua dan minggu keempat setiap bulan
- Pukul: 07.30 - 09.00 WIT (presensi dibuka 07.15 WIT)
- Tempat: Aula Lantai 3 Gedung Inspektorat, sekaligus daring melalui Zoom (hibrida)
- Tautan Zoom tetap diumumkan di grup WhatsApp "Info PUSAKA APIP" setiap Kamis sore

## Ketentuan Peserta

1. Peserta: seluruh pegawai Inspektorat; pegawai OPD lain boleh hadir sebagai tamu.
2. Kehadiran diakui apabila:
   - peserta mengikuti paling sedikit 75% durasi sesi; dan
   - mengisi presensi di e-PUSAKA paling lambat pukul 12.00 WIT pada hari yang sama.
3. Pengakuan JP:
   - peserta: 2 JP per sesi, paling banyak 24 JP per tahun;
   - pemateri: 4 JP per sesi, tanpa batas.
4. Tamu dari OPD lain tidak memperoleh JP dari e-PUSAKA, tetapi dapat meminta surat keterangan
   kehadiran.

## Menjadi Pemateri

1. Usulan topik diajukan melalui e-PUSAKA paling lambat 14 hari kalender sebelum sesi.
2. Bahan paparan dikirim paling lambat H-3 ke surel jumpa@{DOMAIN}.
3. Format sesi:
   - paparan: 45 menit;
   - diskusi dan tanya jawab: 30 menit;
   - penutup dan kuis singkat: 15 menit.
4. Pegawai yang baru selesai mengikuti pelatihan yang dibiayai Inspektorat wajib menjadi
   pemateri paling lambat 2 bulan setelah pelatihan berakhir.

## Jadwal Semester I Tahun 2026

| Tanggal | Topik | Pemateri | Unit |
|---------|-------|----------|------|
| 9 Januari 2026 | Refleksi Hasil Pengawasan 2025 | {INSPEKTUR} | Pimpinan |
| 23 Januari 2026 | Ketentuan PKB dalam Peraturan Inspektur Nomor 2 Tahun 2026 | {SEKRETARIS} | Sekretariat |
| 13 Februari 2026 | Teknik Sampling dalam Audit Berbasis Risiko | Benyamin Sawaki, S.E., M.Si., Ak. | Irban I |
| 27 Februari 2026 | Berbagi Hasil Pelatihan Audit Berbasis Risiko Tingkat I | Sarah Yoteni, S.Ak. | Irban I |
| 13 Maret 2026 | FASTRA 2026: Apa yang Berubah? | {KOORD_PUSAKA} | PUSAKA APIP |
| 27 Maret 2026 | Ditiadakan (bertepatan dengan Rapat Koordinasi Pengawasan Daerah) | - | - |
| 10 April 2026 | Evaluasi SAKIP OPD: Temuan Berulang | Agustina Rumsayor, S.E., M.M. | Irban IV |
| 24 April 2026 | Data Analitik untuk Reviu RKA | Bonifasius Ansaka, S.Kom. | PUSAKA APIP |
| 8 Mei 2026 | Pengawasan Urusan Konkuren di Kabupaten/Kota | Drs. Frans Rumainum, M.Si. | Irban II |
| 22 Mei 2026 | Modus Kecurangan Pengadaan Barang/Jasa | Dra. Elsina Mayor, M.Si. | Irban IV |
| 12 Juni 2026 | Berbagi Hasil Pelatihan Audit Investigatif Tingkat I | Imanuel Fonataba, A.Md.Ak. | Irban IV |
| 26 Juni 2026 | Kiat Lulus Sertifikasi Penjenjangan Auditor Madya | {KOORD_TELISIK} | Irban I |

## Rekaman

Rekaman setiap sesi diunggah ke menu **Pustaka Video** e-PUSAKA paling lama 2 hari kerja setelah
sesi. Menonton rekaman tidak menghasilkan JP.

## Kontak

Sekretariat Forum JUMPA: {PANITIA} (Tim Pengelola PUSAKA APIP), WhatsApp 0821-9876-3310.
"""

# =========================================================================== TXT documents
PENGUMUMAN_TXT = f"""\
*📢 PENGUMUMAN PUSAKA APIP*
_Inspektorat Daerah Provinsi Teluk Harapan_
({FIKTIF})

Selamat pagi Bapak/Ibu rekan2 Auditor & P2UPD 🙏
Berikut jadwal pelatihan bulan *Agustus 2026* yg dibiayai DPA Inspektorat:

1️⃣ *Pelatihan Audit Berbasis Risiko Tingkat II* (PTS-02)
🗓 Senin-Jumat, 10-14 Agustus 2026
⏰ 08.00-16.30 WIT (pembukaan Senin pkl 08.00 WIT)
📍 Hotel Teluk Indah, Teluk Damai (non-residensial)
📚 40 JP
👥 Kuota 16 orang (4 org per Irban)
✅ Syarat: sdh lulus Tingkat I + pengalaman min. 1 tahun setelah lulus Tingkat I

2️⃣ *Pelatihan Reviu Laporan Keuangan Pemerintah Daerah* (PTS-04)
🗓 Selasa-Jumat, 18-21 Agustus 2026 (Senin 17 Agustus libur HUT RI)
⏰ 08.00-16.00 WIT
📍 Aula Lantai 3 Gedung Inspektorat
📚 32 JP
👥 Kuota 25 orang (termasuk 3 org dari Sekretariat)

3️⃣ *Pelatihan Audit Berbasis Risiko Tingkat III* (PTS-03) ⚠️ beda dgn Tingkat II ya!
🗓 Senin-Sabtu, 24-29 Agustus 2026 (6 hari)
📍 Pusdiklatwas BPKP, Ciawi, Bogor (residensial, berangkat Minggu 23 Agustus)
📚 48 JP
👥 Kuota hanya 6 orang se-Inspektorat
✅ Syarat: lulus Tingkat II & minimal Auditor Muda / P2UPD Ahli Muda
⚠️ Pendaftaran Tingkat III ditutup lebih cepat: *Jumat, 24 Juli 2026 pkl 15.00 WIT* krn
nama peserta hrs dikirim ke BPKP.

📝 *Pendaftaran* PTS-02 & PTS-04: lewat e-PUSAKA menu "Pelatihan" > "Daftar", paling lambat
*Jumat, 31 Juli 2026 pkl 23.59 WIT*.
Pengumuman peserta terpilih: Rabu, 5 Agustus 2026 di e-PUSAKA.

🔔 Info tambahan:
- Forum JUMPA tgl 14 Agustus 2026 *ditiadakan* krn bentrok dgn PTS-02.
- Sesi JUMPA 28 Agustus 2026 tetap jalan, topik "Pengawasan Dana Hibah dan Bantuan Sosial",
  pemateri Bapak {IRBAN['IV']} (Inspektur Pembantu Wilayah IV).
- Peserta PTS-02 & PTS-04 wajib bawa laptop + surat tugas.
- Ingat ya, setelah pelatihan wajib jadi pemateri JUMPA paling lambat 2 bulan 😉

Pertanyaan japri aja ke:
👩 Kak Margaretha (Sekretariat PUSAKA) 0821-9876-3310
👨 Bang Yuli (helpdesk e-PUSAKA) 0812-4400-7315

Terima kasih 🙏
_Tim Pengelola PUSAKA APIP_
Teluk Damai, 20 Juli 2026
"""

FAQ_TXT = f"""\
TANYA JAWAB (FAQ) PENGEMBANGAN KEPROFESIAN BERKELANJUTAN (PKB)
AUDITOR DAN P2UPD - INSPEKTORAT DAERAH PROVINSI TELUK HARAPAN
Versi 2.1, diperbarui 3 Maret 2026
{FIKTIF}

Dasar: Peraturan Inspektur Nomor 2 Tahun 2026. Jika ada perbedaan, yang berlaku adalah
Peraturan Inspektur.

1. Apa itu PKB dan siapa yang wajib?
   PKB (Pengembangan Keprofesian Berkelanjutan) adalah kegiatan pemeliharaan dan peningkatan
   kompetensi yang wajib dipenuhi setiap tahun oleh Auditor dan P2UPD. Pejabat administrator
   dan pengawas wajib 40 JP per tahun, sedangkan pelaksana wajib 20 JP per tahun.

2. Berapa JP PKB yang wajib saya penuhi?
   Tergantung jenjang, lihat Tabel 1 Pasal 8. Ringkasnya: kategori keterampilan 40-50 JP,
   Auditor kategori keahlian 60-80 JP, dan P2UPD 50-70 JP per tahun.

3. Saya naik jenjang dari Auditor Pertama ke Auditor Muda mulai 1 Juli 2026. Berapa JP wajib
   saya tahun ini?
   Dihitung proporsional per bulan: 6 bulan x 60/12 ditambah 6 bulan x 70/12, yaitu
   30 + 35 = 65 JP untuk tahun 2026.

4. JP saya tahun 2025 lebih 20 JP. Apakah bisa dipakai untuk 2026?
   Tidak bisa. Kelebihan JP tidak dapat dibawa ke tahun berikutnya.

5. Apakah webinar dihitung?
   Ya, sebagai seminar/webinar peserta: 4 JP per hari, atau 2 JP jika kurang dari 4 jam.
   Batas pengakuannya 16 JP per tahun.

6. Saya ikut Forum JUMPA tapi lupa isi presensi. Bisa diklaim?
   Tidak bisa. Presensi JUMPA ditutup pukul 12.00 WIT pada hari yang sama. Menonton rekaman
   di Pustaka Video juga tidak menghasilkan JP.

7. Berapa lama klaim JP diverifikasi?
   Paling lama 5 hari kerja. Klaim yang dikembalikan dapat diperbaiki 1 kali dalam 7 hari kerja.

8. Kapan batas akhir klaim JP tahun 2026?
   15 Desember 2026. Kegiatan yang berakhir setelah 15 Desember diklaim paling lambat
   10 Januari 2027.

9. Saya sedang tugas belajar S2. Apakah tetap wajib PKB?
   Tidak, selama masa tugas belajar Anda dikecualikan, tetapi wajib mengunggah kartu hasil
   studi setiap semester. Tugas belajar diakui 40 JP per semester.

10. Apa akibatnya kalau JP saya tidak terpenuhi?
    Capaian 80% sampai kurang dari 100%: teguran lisan dari atasan langsung. Di bawah 80%:
    teguran tertulis dari Inspektur dan tidak memenuhi syarat FASTRA tahun berikutnya.
    Tidak memenuhi 2 tahun berturut-turut: tidak ditugaskan sebagai ketua tim.

11. Jadi mentor BIMA dapat JP berapa?
    10 JP per mentee per angkatan, paling banyak 20 JP per tahun.

12. Jadi penelaah TELISIK dapat JP?
    Dapat, 8 JP per penugasan, paling banyak 16 JP per tahun.

13. Sertifikat e-learning dari LMS lain (misalnya LMS Pusdiklatwas BPKP) diakui?
    Diakui kalau platformnya ada dalam daftar yang diumumkan di e-PUSAKA. Total e-learning
    yang diakui paling banyak 30 JP per tahun.

14. Saya masih CPNS. Apakah kena kewajiban PKB?
    Belum. CPNS mengikuti pelatihan dasar dan belum dikenakan kewajiban JP PKB.

15. Menulis artikel di buletin Warta Pengawasan dihitung berapa JP?
    6 JP per artikel, paling banyak 12 JP per tahun.

16. Ke mana saya bertanya kalau ada kendala e-PUSAKA?
    Helpdesk e-PUSAKA: WhatsApp 0812-4400-7315 atau surel helpdesk.pusaka@{DOMAIN}.
"""

PESERTA_P2UPD = [
    ["Markus Inggamer, S.IP.", "P2UPD Ahli Pertama", "Irban I"],
    ["Fitriani Hehanussa, S.Sos.", "P2UPD Ahli Pertama", "Irban I"],
    ["Josua Mandacan, S.H.", "P2UPD Ahli Muda", "Irban I"],
    ["Ahmad Fauzi Renyaan, S.IP.", "P2UPD Ahli Pertama", "Irban II"],
    ["Lenny Marlina Tuanaya, S.H.", "P2UPD Ahli Pertama", "Irban II"],
    ["Rahel Sawor, S.AP.", "P2UPD Ahli Pertama", "Irban II"],
    ["Maria Magdalena Sroyer, S.H.", "P2UPD Ahli Pertama", "Irban III"],
    ["Obed Tabuni, S.Sos.", "P2UPD Ahli Pertama", "Irban III"],
    ["Sri Wahyuni Lestaluhu, S.IP.", "P2UPD Ahli Muda", "Irban III"],
    ["Yohana Wanggai, S.AP.", "P2UPD Ahli Pertama", "Irban IV"],
    ["Nikolas Ramandey, S.H.", "P2UPD Ahli Pertama", "Irban IV"],
    ["Aprilia Sanggenafa, S.AP.", "P2UPD Ahli Pertama", "Irban IV"],
]
PANGGILAN_TXT = f"""\
INSPEKTORAT DAERAH PROVINSI TELUK HARAPAN
{ALAMAT}
Telepon (0986) 221-4400 | Surel: sekretariat@{DOMAIN}
------------------------------------------------------------------------------------------
{FIKTIF}

Nomor    : 800.1/215/ITDA/2026                              Teluk Damai, 24 Agustus 2026
Sifat    : Penting
Lampiran : 1 (satu) berkas
Hal      : Panggilan Peserta Pelatihan Teknis Substantif P2UPD Angkatan II

Yth. Peserta Pelatihan Teknis Substantif P2UPD Angkatan II (daftar terlampir)
di Teluk Damai

Dalam rangka pelaksanaan Rencana Pengembangan Kompetensi Inspektorat Tahun 2026, dengan ini
kami memanggil Saudara untuk mengikuti Pelatihan Teknis Substantif P2UPD Angkatan II
(kode PTS-11, bobot 36 JP) yang diselenggarakan PUSAKA APIP bersama BPSDM Provinsi, pada:

  Hari/tanggal : Senin s.d. Jumat, 7 - 11 September 2026
  Tempat       : Hotel Teluk Indah, Ballroom Cendrawasih,
                 Jl. Pantai Kasuari No. 8, Teluk Damai
  Sifat        : non-residensial (peserta tidak diinapkan)

JADWAL KEGIATAN (semua waktu dalam WIT)

  Senin, 7 September 2026
    07.30 - 08.00  Registrasi ulang peserta
    08.00 - 09.00  Pembukaan oleh Inspektur Daerah
    09.00 - 16.30  Materi 1: Kebijakan Pembinaan dan Pengawasan Penyelenggaraan
                   Pemerintahan Daerah
  Selasa, 8 September 2026
    08.00 - 16.30  Materi 2: Pengawasan Urusan Pemerintahan Konkuren (pendidikan,
                   kesehatan, dan pekerjaan umum)
  Rabu, 9 September 2026
    08.00 - 16.30  Materi 3: Evaluasi Penyelenggaraan Pemerintahan Daerah dan reviu
                   dokumen perencanaan kabupaten/kota
  Kamis, 10 September 2026
    08.00 - 12.00  Studi kasus pengawasan di Kabupaten Sagu Raya
    13.30 - 16.30  Ujian akhir tertulis
  Jumat, 11 September 2026
    08.00 - 10.30  Presentasi rencana tindak lanjut per kelompok
    10.30 - 11.30  Penutupan dan pembagian sertifikat

KETENTUAN PESERTA
1. Membawa surat tugas asli, fotokopi SK jabatan terakhir, dan laptop.
2. Pakaian: Senin PDH khaki; Selasa s.d. Kamis kemeja putih dengan bawahan gelap;
   Jumat kain tenun atau batik motif Teluk Harapan.
3. Kehadiran paling sedikit 90% dan nilai ujian akhir paling rendah 70 untuk dinyatakan lulus.
4. Konsumsi (2 kali rehat dan makan siang) disediakan panitia; transportasi lokal
   tidak diganti.
5. Peserta dibebaskan dari Forum JUMPA tanggal 11 September 2026.
6. Peserta yang berhalangan wajib mengonfirmasi paling lambat Rabu, 2 September 2026
   pukul 12.00 WIT. Penggantinya ditunjuk oleh Inspektur Pembantu masing-masing dari
   daftar cadangan.

Narahubung panitia: {PANITIA}, telepon/WhatsApp 0821-9876-3310.

Demikian, atas perhatian Saudara diucapkan terima kasih.

                                   a.n. INSPEKTUR DAERAH PROVINSI TELUK HARAPAN
                                   Sekretaris,

                                   ttd.

                                   {SEKRETARIS}
                                   Pembina Tingkat I (IV/b)
                                   NIP {SEKRETARIS_NIP}

Tembusan:
1. Inspektur Daerah Provinsi Teluk Harapan (sebagai laporan);
2. Inspektur Pembantu Wilayah I s.d. IV;
3. Kepala BPSDM Provinsi Teluk Harapan.

------------------------------------------------------------------------------------------
LAMPIRAN: DAFTAR PESERTA PELATIHAN TEKNIS SUBSTANTIF P2UPD ANGKATAN II

No  Nama                               Jabatan               Unit
""" + "".join(f"{i + 1:<3} {n:<34} {j:<21} {u}\n" for i, (n, j, u) in enumerate(PESERTA_P2UPD))

# =========================================================================== registry and main
DOCS = {  # stem -> (format, blocks, title)
    "perins-pengembangan-kompetensi-2026": ("pdf", perins_blocks(),
                                            "Peraturan Inspektur Nomor 2 Tahun 2026"),
    "se-fastra-2026": ("pdf", SE_2026, "Surat Edaran Nomor 800.1/27/ITDA/2026"),
    "kep-mentor-bima-2026": ("docx", KEP_BIMA, "Keputusan Inspektur Nomor 800.1/058/ITDA/2026"),
    "notulen-rakor-kompetensi-tw1-2026": ("docx", notulen_blocks(),
                                          "Notulen Rakor Pengembangan Kompetensi Triwulan I 2026"),
}
PLAIN = {
    "se-fastra-2024.txt": SE_2024_TXT,
    "pengumuman-wa-pelatihan-agustus-2026.txt": PENGUMUMAN_TXT,
    "faq-pkb-auditor.txt": FAQ_TXT,
    "panggilan-pelatihan-p2upd-angkatan-ii.txt": PANGGILAN_TXT,
    "panduan-telisik-2026.md": PANDUAN_TELISIK_MD,
    "pembagian-wilayah-irban-2026.md": wilayah_md(),
    "forum-jumpa.md": FORUM_JUMPA_MD,
    "portal-pusaka-apip.html": PORTAL_HTML,
}


def text_of(name):
    return to_text(DOCS[name][1])


def main(argv):
    if "--text" in argv:
        print_texts(DOCS, [a for a in argv if a != "--text"])
        return
    write_documents(OUT, DOCS, PLAIN)
    write_csv(os.path.join(OUT, "rekap-pkb-auditor-2025.csv"), REKAP_HEADER, rekap_rows(),
              delimiter=";")
    write_csv(os.path.join(OUT, "jadwal-telisik-2026.csv"), TELISIK_HEADER, TELISIK)
    write_csv(os.path.join(OUT, "kuota-pelatihan-irban-2026.csv"), KUOTA_HEADER, kuota_rows())
    print("wrote 3 CSV files")


if __name__ == "__main__":
    main(sys.argv[1:])
