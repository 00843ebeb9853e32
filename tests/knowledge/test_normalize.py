from knowledge.reading.about import ordinals
from knowledge.reading.question import analyse
from knowledge.reading.vocabulary import term_groups
from knowledge.text.normalize import normalise
from knowledge.text.tokens import tokenize
from tests.knowledge.conftest import TODAY


def test_chat_shorthand_is_expanded():
    assert normalise("brp JP minimal utk PNS??") == (
        # ? ends a clause; "minimal" keeps beside it the ways rules write a bound
        "berapa jp jam pelajaran minimal paling sedikit atau paling rendah untuk pns pegawai "
        "negeri sipil ? ?"
    )


def test_acronym_with_chat_suffix_and_emoji():
    assert normalise("PKA-nya kapan? 🙏").startswith(
        "pka pelatihan kepemimpinan administrator kapan"
    )


def test_stretched_words_shrink_but_acronyms_stay():
    assert normalise("lamaaa bgt, pppk").split() == [
        "lama",
        "sekali",
        ",",
        "pppk",
        "pegawai",
        "pemerintah",
        "dengan",
        "perjanjian",
        "kerja",
    ]


def test_regulation_numbers_survive_tokenising():
    assert "11/2017" in tokenize("PP 11/2017 Pasal 203")


def test_question_kinds_and_units():
    assert analyse("brp jp coaching?", today=TODAY).units == ("jp", "jam pelajaran")
    assert analyse("jp-nya brp", today=TODAY).kind == "number"
    assert analyse("kapan batas daftar PKA", today=TODAY).kind == "date"
    assert analyse("gaji pppk brp", today=TODAY).kind == "money"
    assert analyse("detasering itu apa", today=TODAY).kind == "definition"


def test_catalog_filters_from_the_question():
    q = analyse("pelatihan daring ttg data bulan maret 2027 ada?", today=TODAY)
    assert (q.months, q.year, q.method) == ([3], 2027, "daring")
    assert analyse("daring atau tatap muka?", today=TODAY).method is None


def test_an_acronym_wins_over_chat_shorthand():
    assert "badan kepegawaian negara" in normalise("Peraturan BKN nomor 3 tahun 2020 isinya apa?")
    assert "bukan" not in normalise("Peraturan BKN nomor 3 tahun 2020 isinya apa?")


def test_a_word_that_addresses_the_reader_is_not_expanded():
    assert "minimal" not in normalise("min, mau tanya jp pppk berapa?")
    assert "minimal" in normalise("jp min setahun brp?")


def test_habis_keeps_its_own_meaning():
    assert "habis" in normalise("kuota pelatihan PBJ sudah habis?")


def test_roman_numerals_are_not_read_as_stretched_letters():
    assert "angkatan iii" in normalise("jadwal latsar angkatan III kpn?", expand=False)
    assert "viii" in normalise("PKN tingkat I angkatan VIII", expand=False)
    assert "lviii" in normalise("PKN Tingkat I Angkatan LVIII tahun 2023", expand=False)
    assert "xxiii" in normalise("Latsar angkatan XXIII", expand=False)
    assert normalise("makasih bangettt", expand=False).endswith("banget")


def test_appointing_is_a_content_word_not_a_stopword():
    """ "PKPD ditunjuk oleh Kepala Perangkat Daerah" answers "yg nunjuk siapa"."""
    assert tokenize("PKPD ditunjuk oleh Kepala Perangkat Daerah").count("tunjuk") == 1
    assert "tunjuk" in tokenize("siapa yang menunjuk mentor")


def test_roman_numerals_of_an_organisations_parts_are_figures_as_chat_writes_them():
    """ "UPT Pendapatan Wilayah VI", "Pos Sektor III", "Semester II": chat asks "upt wilayah 6",
    "pos 3", "semester 2"; a numeral of two letters is one anywhere ("Golongan III/a"), a
    single letter only after such a word, and a long numeral ("LVIII") stays."""
    assert tokenize("UPT Pendapatan Wilayah VI Padang Lamun") == tokenize(
        "upt pendapatan wilayah 6 padang lamun"
    )
    assert "3" in tokenize("Pos Sektor III Teluk")
    assert tokenize("jadwal semester II") == tokenize("jadwal semester 2")
    assert "8" in tokenize("Angkatan VIII")
    assert "3" in tokenize("golongan III/a") and "3" in tokenize("gol 3")
    assert "2" in tokenize("latihan rutin pos II regu A") and "5" in tokenize("pos V")
    assert "lviii" in tokenize("Angkatan LVIII")  # past XII a numeral stays as written


def test_a_numbered_units_number_written_as_a_word_is_its_figure():
    """ "PKPM tingkat tiga", "angkatan kedua", "semester ke-2": chat's words for the documents'
    "Tingkat III", "Angkatan II", "Semester II"; a word counting what follows it is an amount
    ("tahap dua hari", "periode tiga bulan"), and a count before the unit is no number of it."""
    assert tokenize("PKPM tingkat tiga brp JP") == tokenize("PKPM Tingkat III brp JP")
    assert tokenize("jadwal angkatan kedua") == tokenize("jadwal Angkatan II")
    assert tokenize("laporan semester ke-2") == tokenize("laporan Semester II")
    assert tokenize("gelombang pertama") == tokenize("Gelombang I")
    assert "dua" in tokenize("tahap dua hari") and "tiga" in tokenize("periode tiga bulan")
    assert "tiga" in tokenize("dalam tiga tingkat, yaitu")
    assert "2" in tokenize("kuota latsar angkatan dua tahun 2027")
    assert tokenize("tingkat dua & tingkat tiga brp") == tokenize("tingkat II & tingkat III brp")


def test_a_number_word_that_counts_is_no_units_number():
    """ "angkatan dua belas" is the twelfth batch, not the second; "setiap angkatan tiga puluh
    peserta" and "angkatan dua berapa peserta" differ: after "setiap" or before what it counts
    the word is an amount."""
    assert "2" not in tokenize("kapan latsar angkatan dua belas?")
    assert "3" not in tokenize("Kuota setiap angkatan tiga puluh peserta.")
    assert "3" not in tokenize("sesi tiga puluh menit")
    assert "3" not in tokenize("periode tiga bln")
    assert "2" in tokenize("angkatan dua berapa peserta")
    assert ordinals("Kuota setiap angkatan tiga puluh peserta.") == {}
    assert ordinals("kapan latsar angkatan dua belas?") == {}
    assert ordinals("latsar angkatan dua kapan") == {"angkatan": {2}}


def test_a_quarter_shortened_tw_is_written_out_but_chat_s_tw_is_not():
    """ "rekap TW1", "laporan TW II": reports' quarter; "gak tw" is chat's "tahu"."""
    assert "triwulan 1" in normalise("rekap TW1 2027 udah keluar?")
    assert "triwulan ii" in normalise("laporan TW II dikumpulkan kapan")
    assert "triwulan" not in normalise("sy gak tw caranya")
    assert "triwulan" not in normalise("aku ga tw 2 hal itu")


def test_what_is_asked_of_is_a_word_the_documents_write_in_another_form():
    """ "absen apel ... kapan": documents write "presensi"; the asked thing is that group, not
    the chat word alone that no passage holds, nor the next word a passage does."""
    q = analyse("absen apel pagi ditutup kapan?", today=TODAY)
    assert q.head({"presensi": 2.0, "apel": 3.0}) == {"absen", "presensi"}


def test_a_wave_shortened_gel_is_a_gelombang():
    """ "uji gel 1 jadinya tgl brp": an exam's or an intake's wave, as "Gel. II" is."""
    assert "gelombang 1" in normalise("uji manajer kasus gel 1 jadinya tgl brp")


def test_a_system_named_with_a_one_letter_prefix_is_found_as_chat_writes_it():
    """Documents write "e-BARA", chat "ebara" or "e-bara": the same name every way."""
    written = tokenize("Helpdesk e-BARA Damkarmat")
    assert "ebara" in written and "bara" in written
    assert set(tokenize("helpdesk ebara buka jam brp")) & set(written) >= {"helpdesk", "ebara"}
    assert "ebara" in tokenize("lupa password e-bara")
    assert {"sibara", "si", "bara"} <= set(tokenize("Admin SI-BARA"))
    assert "sibara" in tokenize("admin sibara siapa")
    assert tokenize("laki-laki") == ["laki", "laki"]  # a doubled word has no prefix
    # a question's prefixed name is one term, met by either form: documents that write only
    # "kinerja" still cover "e-kinerja"
    assert term_groups("predikat di e-kinerja apa aja") == [{"predikat"}, {"ekinerja", "kerja"}]


def test_nya_comes_off_a_word_the_stemmers_dictionary_lacks():
    """ "Di Ruang Teratai, siapa preseptornya?": the decree's column says "Preseptor"; a root
    that ends in "nya" ("bunya") stays whole."""
    assert tokenize("siapa preseptornya, webinarnya kapan, link zoomnya mana") == tokenize(
        "siapa preseptor, webinar kapan, link zoom mana"
    )
    assert tokenize("bunya pegawainya") == ["bunya", "pegawai"]
    assert tokenize("sertifikatnya") == ["sertifikat"]
    assert tokenize("empunya") == ["empunya"]  # a word the dictionary knows keeps its ending
    assert len(tokenize("abcd" + "nya" * 400)) == 1  # "-nya" comes off once, quickly
