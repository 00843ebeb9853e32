"""A chat's later correction is quoted with the message it corrects
(knowledge/reading/chat.py)."""

from knowledge.reading.chat import corrections
from tests.knowledge.test_answer import answerer_over

CHAT = """07/08/28 07.58 - Winda Tim KIPRAH: Info Jumat Belajar 11 Agustus: narasumber Pak Anton, jam 13.30-15.30 WIB di Aula Serindit.
07/08/28 08.03 - Joko FPU: Bu, bukannya sdh jam 14.00 ya?
07/08/28 08.05 - Winda Tim KIPRAH: Ralat 🙏 jam 14.00-16.00 WIB ya. Maaf sy copas pengumuman lama.
07/08/28 09.40 - Winda Tim KIPRAH: Eh maksudnya narasumbernya Bu Nurhasanah Daulay, bukan Pak Anton.
07/08/28 10.01 - Winda Tim KIPRAH: Pendaftaran K-03 ditutup Jumat 18 Agustus pukul 12.00 WIB.
08/08/28 10.12 - Rizky Verifikator JP: Kuota K-15: Teluk Mandau 3, Pulau Serindit 1.
09/08/28 13.15 - Winda Tim KIPRAH: RALAT tempat: Jumat Belajar 11 Agustus pindah ke Ruang Cempaka.
09/08/28 15.02 - Bagas Admin SILAJU: Pengumuman: pemeliharaan server SILAJU Sabtu 12 Agustus pukul 20.00-22.00 WIB. Selama itu aplikasi tidak bisa diakses.
10/08/28 10.44 - Bagas Admin SILAJU: Koreksi jadwal pemeliharaan: mulai 21.00 s.d. 23.30 WIB.
10/08/28 16.20 - Ayu Verifikator JP: Pengingat: rekap capaian Juli dikunci tgl 25 Agustus.
10/08/28 16.26 - Ayu Verifikator JP: eh maksudnya tanggal 28 Agustus (Senin), bukan 25. Maaf 🙏
"""


def test_a_correction_follows_the_message_it_corrects():
    lines = CHAT.splitlines()
    info, k03, server, lock = lines[0], lines[4], lines[7], lines[9]
    assert corrections([info], lines) == [lines[2], lines[3], lines[6]]
    # a sentence of the message quoted is the message quoted
    assert corrections([server.split(" Selama")[0]], lines) == [lines[8]]
    assert corrections([lock], lines) == [lines[10]]
    # the same sender's correction of another announcement corrects nothing of this one
    assert corrections([k03], lines) == []
    assert corrections(["Pelatihan dasar 24 JP."], lines) == []
    # a member's question, another's update and another's revision of something else
    others = [
        "01/08/28 08.00 - Winda Tim KIPRAH: Pendaftaran Latsar 2027 dibuka 1 Agustus.",
        "01/08/28 08.10 - Joko FPU: Maksudnya Latsar untuk CPNS 2027 juga bu?",
        "8/1/28, 8:15 AM - Winda Tim KIPRAH: Ralat 🙏 mulai jam 13.00 ya",
        "01/08/28 08.20 - Rizky: Update: kuota Latsar tinggal 5 kursi.",
        "01/08/28 08.30 - Ayu: Revisi RPK Latsar paling lambat 10 Agustus.",
    ]
    assert corrections([others[0]], others) == [others[2]]


def test_an_answer_from_a_chat_quotes_its_correction(tmp_path, store, embedder):
    answerer = answerer_over(tmp_path, store, embedder, {"grup-wa-fpu-agustus-2028.txt": CHAT})
    answer = answerer.answer("maintenance server SILAJU tgl 12 Agustus jam brp?")
    assert answer.outcome == "answer" and "20.00-22.00" in answer.text
    assert "Koreksi jadwal pemeliharaan: mulai 21.00 s.d. 23.30 WIB" in answer.text
