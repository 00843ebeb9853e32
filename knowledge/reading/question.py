"""What a question asks for: its content terms, the kind of fact wanted, and catalog filters."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from knowledge.text.dates import MONTHS
from knowledge.text.normalize import LABEL_FORMS, alternatives, normalise
from knowledge.text.tokens import common_words, is_stopword, stem, token_pairs, tokenize

# Words that say how something is asked, not what about; they never decide relevance.
GENERIC = {
    "no",
    "nomor",
    # chat chatter around a question: who said it, when, how the asker feels
    "denger",
    "dengar",
    "denger-denger",
    "sering",
    "katanya",
    "kata",
    "bilang",
    "teman",
    "tadi",
    "kemarin",
    "nih",
    "kan",
    "lho",
    "loh",
    "tuh",
    "kayaknya",
    "mungkin",
    "benar",
    "penasaran",
    "bingung",
    "lupa",
    "nanya",
    "bertanya",
    "lihat",
    "liat",
    "cuma",
    "cm",
    "segitu",
    "gitu",
    "kepanjangan",
    "kepanjangannya",
    "singkatannya",
    "singkatan",
    "maksudnya",
    "contohnya",  # "kompetensi manajerial contohnya apa aja": the list asked, no topic
    "misalnya",
    "apaan",
    "pengertian",
    "definisi",
    "konsep",
    "apa",
    "bagaimana",
    "berapa",
    "kapan",
    "siapa",
    "mana",
    "kenapa",
    "mengapa",
    "itu",
    "ini",
    "sih",
    "dong",
    "ya",
    "yah",
    "deh",
    "kah",
    "tolong",
    "mohon",
    "info",
    "tanya",
    "mau",
    "ingin",
    "pengen",
    "pingin",
    "bisa",
    "boleh",
    "ada",
    "saya",
    "kami",
    "kita",
    "bapak",
    "ibu",
    "pak",
    "bu",
    "min",
    "admin",
    "halo",
    "hai",
    "kak",
    "mas",
    "mbak",
    "jelaskan",
    "jelasin",
    "sebutkan",
    "maksud",
    "arti",
    "artinya",
    "dimaksud",
    "tahu",
    "harus",
    "perlu",
    "begitu",
    "kok",
    "cara",
    "caranya",
    "terima",
    "kasih",
    "dapat",
    "jadi",
    "sama",
    "aja",
}
# Stems that carry no topic whatever their affixes ("diadakan", "bisakah", "mengetahui").
GENERIC_STEMS = {"ada", "apa", "bisa", "mau", "tahu", "jelas", "tanya", "kasih", "jadi"}
# Units written before their number, which may be a roman numeral: "Angkatan II", "Tingkat III".
ORDINAL_UNITS = ("tingkat", "angkatan", "tahap", "triwulan", "golongan", "gelombang")
# the numbered parts of an organisation or a year ("UPT Wilayah VI", "Pos Sektor III"): levels
# to tell apart ("wilayah 7" is none of I-VI), not units a count or a length is given in
NUMBERED_PARTS = ("wilayah", "sektor", "semester")
UNIT_WORDS = {
    "jp": ("jp", "jam pelajaran"),
    "jam": ("jam", "pukul", "wib"),
    "pukul": ("pukul", "wib", "wita", "wit"),
    "hari": ("hari",),
    "kali": ("kali",),
    "sesi": ("sesi",),
    "persen": ("%", "persen"),
    "persentase": ("%", "persen", "persentase"),  # "berapa persentase kehadiran": "90%"
    "orang": ("orang", "peserta", "org"),  # "Kuota 30 org": a broadcast's own shorthand
    "peserta": ("orang", "peserta", "org"),
    "tahun": ("tahun",),
    "bulan": ("bulan",),
    "menit": ("menit",),
    "minggu": ("minggu",),
    "semester": ("semester",),
    # ordinal units come before their number ("Tingkat III", "Angkatan II", "triwulan 2")
    **{unit: (unit,) for unit in ORDINAL_UNITS},
}
DURATION_UNITS = ("jam", "hari", "minggu", "bulan", "tahun", "menit", "semester")
# "berapa usia": a measure's number is written with its unit ("48 tahun"), not with its name
MEASURED_IN = {
    "usia": ("tahun",),
    "umur": ("tahun",),
    "durasi": DURATION_UNITS,
    # "ukuran file": "3 MB"; "ukuran pas foto": "ukuran 3x4"
    "ukuran": ("ukuran", "mb", "megabyte", "kb", "kilobyte", "gb", "cm", "mm", "piksel", "px"),
}
MONEY_WORDS = {
    "biaya",
    "gaji",
    "tunjangan",
    "rupiah",
    "nominal",
    "besaran",
    "uang",
    "honor",
    "honorarium",
    "insentif",
    "tarif",
    "iuran",
    "tukin",
    "thr",
    "anggaran",  # "total alokasi anggaran ... brp": an amount, "Jumlah (Rp)" in its table
}
GENERIC_MONEY = {"rupiah", "nominal", "besaran", "uang"}  # any amount of money is one
DATE_WORDS = {"kapan", "tanggal", "jadwal", "batas", "deadline", "periode"}
LIST_WORDS = ("apa saja", "sebutkan", "daftar apa", "macam", "jenis-jenis", "apa aja", "mana saja")
RULE_NUMBER = re.compile(  # "PP disiplin no brp?", "nomornya berapa", "nomor surat edarannya"
    r"\b(no|nomor|nomornya|pasal|ayat)\s+(berapa|apa)\b"
    # "peraturan kepala dinas nomor 4 ... kapan berlaku" names the rule by its number
    r"|\b(pp|uu|perpres|permen\w*|peraturan \w+|perbup|surat edaran|se)\b.{0,25}\b(nomor|no)\b"
    r"(?!\s*\d)"
    r"|\b(nomor|no)\s+(pp|uu|perpres|permen\w*|peraturan|perbup|pergub|surat|se|keputusan|sk"
    r"|pengumuman|nota)\b"
)
CONTACT = re.compile(
    r"\b(nomor|no)\s+(wa|whatsapp|telepon|telp|hp|handphone|kontak)\b|\b(email|surel)\b.*\b(apa|berapa)\b"
)
COUNT_WORDS = ("jumlah", "total", "banyaknya")  # frame what is counted
BOUND_WORDS = ("batas", "minimal", "maksimal")  # "berapa batas usia": the bound of a measure
NOT_NOUNS = {
    "yang",
    "untuk",
    "dari",
    "ke",
    "di",
    "dalam",
    "pada",
    "kalau",
    "sih",
    "ya",
    "saja",
    "banyak",
    "besar",
    "lama",
    "minimal",
    "maksimal",
    "paling",
    "sebenarnya",
    "total",
    "dapat",
    "harus",
    "diakui",
    "dihitung",
    "jadi",
    "nya",
    "aja",
    "sekarang",
    "tahun",
    "bulan",
    "hari",
    "macam",
    "jenis",
    "bentuk",
    "tahap",
    "tahapan",
    "kategori",
    "tingkat",
    "level",
    "ada",
    # how often, not what is counted ("berapa setahun" asks for a number of anything)
    "setahun",
    "sebulan",
    "seminggu",
    "sehari",
}
DEFINITION = re.compile(
    r"\b(apa itu|itu apa|apa sih|apa yang dimaksud|maksudnya|maksud|pengertian|artinya|arti|"
    r"definisi|singkatan|singkatannya|kepanjangan|kepanjangannya|akronim)\b|^\S+(?: \S+)? itu$"
)
EXPANSION_ASK = re.compile(r"\b(singkatan|kepanjangan|akronim)(nya)?\b|\bstands? for\b")
COMPARISON = re.compile(r"\b(beda|bedanya|perbedaan|membedakan)\b")


def asks_definition(text: str) -> bool:
    """ "X itu apa": what X is; "bedanya X sama Y apa sih" asks a comparison, not a definition."""
    return bool(DEFINITION.search(text)) and not COMPARISON.search(text)


PROCEDURE = re.compile(r"\b(cara|caranya|bagaimana|langkah|prosedur|mekanisme|alur|tahapan)\b")
STATED_AMOUNT = re.compile(
    r"\b(\d+|satu|dua|tiga|empat|lima|setengah)\s*(jam|hari|menit|sesi|minggu|bulan|semester|kali)\b"
)
METHODS = {
    "daring": "daring",
    "tatap muka": "tatap muka",
    "blended": "blended",
    "campuran": "blended",
}


_ASKING = re.compile(r"\b(?:berapa|kapan|siapa|apa|mana|bagaimana)\b")
# "siapa bupati lembah sari skrg", "siapa kepala dinas": the person in an office, a name;
# not "siapa kepala sekolah yang wajib ikut" (which of them)
_OFFICE_HOLDER = re.compile(
    r"\bsiapa\s+(?:sih\s+)?(?:bupati|wali ?kota|gubernur|camat|lurah|menteri|presiden|kepala|"
    r"ketua|sekretaris|direktur|koordinator)\b(?![^?]*\byang\b)"
)
_OFFICE_ASKED = re.compile(r"siapa\s+(?:nama\w*\s+)?(\w+)")
# asks for one fact of one thing: a number, an amount, a date, a person or office, a contact;
# or for the list of one kind of thing ("syarat beasiswa LPDP apa aja": conditions)
HEADED_KINDS = ("number", "money", "date", "day", "contact", "name", "who", "list")
# Words before the head that are not it: what kind of amount ("batas usia", "total kuota",
# "minimal JP"), whether it must or may be ("wajib lapor", "boleh ikut"), and the kind of
# fact asked, which the fact itself shows ("jadwal KIP kapan": a date, not the word "jadwal").
NOT_HEADS = frozenset(
    tokenize(
        "total jumlah batas minimal maksimal paling rata wajib harus boleh bisa dapat perlu "
        "jadwal tanggal waktu periode jam pukul hari durasi biaya harga tarif nominal besaran kontak "
        "tiap setiap per masing semua seluruh"  # how many of it, not what it is
        " contoh"  # "contoh proyek apa saja": examples of it (a guide writes "misalnya")
        " sejak mulai"  # "sejak kapan berlaku", "mulai kapan": the time is asked, of no "sejak"
    )
) | {"habis"}  # "abis lulus tubel ...": after, not the thing asked about
# "siapa saja yang ...": who does it (Question.asks_doer)
_WHO_DOES = re.compile(r"\bsiapa(?:\s+(?:saja|aja|sajakah))?\s+(?:yang|yg)\b")
# Which rule states a fact ("di aturan lama (SE 2024) ... brp jp"): not what the fact is of,
# nor a word the passage of either rule must repeat (Answerer._version_words).
RULE_WORDS = frozenset(tokenize("aturan ketentuan peraturan lama dulu sebelumnya"))
_UNIT_STEMS = frozenset(tokenize(" ".join(UNIT_WORDS)))
_VERB_PREFIX = re.compile(r"^(?:me|ber|di|ter)")


def _unwritten(word: str, idf: dict[str, float]) -> bool:
    """A word of the language (not chat, a typo no dictionary holds, or a function word) that
    no document writes, not even as the start of a longer word ("lab": "laboratorium")."""
    if word in idf or word not in common_words() or is_stopword(word):
        return False
    if word in GENERIC or word in GENERIC_STEMS:
        return False
    return not any(known.startswith(word) for known in idf)


def _is_verb(surface: str, stem: str) -> bool:
    """ "menulis", "berlaku", "dimulai": a prefix the stemmer took off makes a verb; "mentor",
    "dinas" keep their first letters."""
    return (
        surface != stem and bool(_VERB_PREFIX.match(surface)) and not stem.startswith(surface[:2])
    )


@dataclass
class Question:
    raw: str
    text: str
    groups: list[set[str]]
    kind: str  # number | money | date | day | contact | name | who | list | definition | general
    units: tuple[str, ...] = ()
    months: list[int] = field(default_factory=list)
    year: int | None = None
    method: str | None = None
    relative_month: int | None = None  # 0 = bulan ini, 1 = bulan depan
    asks_rule_number: bool = False  # "PP disiplin no brp?": regulation numbers are the answer
    parts: list[Question] = field(default_factory=list)  # "brp jp? kpn selesainya": two asks
    tells: bool = False  # a part that tells the asker's situation ("sy gol II/b"), not asks
    asks: list[Question] = field(default_factory=list)  # the asking parts, each with its context
    told: list[set[str]] = field(default_factory=list)  # groups only the asker's situation holds
    written: str = ""  # the message as typed, with the full stops that prepared text drops

    @property
    def asked(self) -> list[Question]:
        """What the message asks: each asking part read with the parts that tell its context
        ("sy sudah kirim tiket ke helpdesk, biasanya brp lama dibalas"), or the whole of it."""
        return self.asks or [self]

    @cached_property
    def asks_doer(self) -> bool:
        """ "siapa saja yang wajib ikut", "biayanya ditanggung siapa": who does it, not who
        holds a role ("kepala dinas siapa": "dinas" is no passive verb, its stem is itself)."""
        if _WHO_DOES.search(self.text):
            return True
        before = re.search(r"\b(di[a-z]{3,})\s+(?:oleh\s+)?siapa\b", self.text)
        return before is not None and stem(before.group(1)) != before.group(1)

    @property
    def asks_procedure(self) -> bool:
        """ "cara daftar latsar gimana?": how something is done, which documents say."""
        return bool(PROCEDURE.search(self.text))

    @property
    def asks_expansion(self) -> bool:
        """ "TELAGA itu singkatan dari apa": the written-out name is the answer."""
        return self.kind == "definition" and bool(EXPANSION_ASK.search(self.text))

    @property
    def asks_conversion(self) -> bool:
        """ "webinar 2 jam dapat berapa JP?": an amount of activity to convert, not a training."""
        return "jp" in self.units and bool(STATED_AMOUNT.search(self.text))

    def head(self, idf: dict[str, float]) -> set[str] | None:
        """What a fact is asked of: Indonesian puts a phrase's head first ("mentor untuk
        peserta PKA siapa", "honor fasilitator per JP berapa"), so the first noun before the
        question word that the documents write, not a verb, a number or the asked unit, or the
        office named right after "siapa" ("siapa narasumber FDI"). None when the question word
        comes first ("berapa JP minimal ...") or no such word is there."""
        first = self._own_sentence_head
        if (
            self.kind not in ("contact", "list")
            and first is not None
            and all(_unwritten(alt, idf) for g in self.groups if first in g for alt in g)
            and _unwritten(first, idf)
        ):
            # "cuti tahunan auditor brp hari": a thing no document names ("cuti") is what the
            # fact is asked of, not the next word the documents write ("tahun"); "absen" is
            # named where documents write "presensi"
            return {first}
        word = next((w for w in self._head_candidates if self._written(w, idf)), None)
        if word is None and self.kind == "money" and self._money_named:
            # "berapa biaya per peserta ...": the kind of money asked; one no document names
            # ("tunjangan kinerja ... berapa") no passage states
            money = next((w for w in self._money_named if w in idf), self._money_named[0])
            return next((g for g in self.groups if money in g), {money})
        return next((g for g in self.groups if word in g), None) if word else None

    def _written(self, word: str, idf: dict[str, float]) -> bool:
        """A word the documents write, or write in another form ("absen": "presensi")."""
        return any(alt in idf for g in self.groups if word in g for alt in g) or word in idf

    def list_topic(self, idf: dict[str, float]) -> set[str] | None:
        """ "syarat mutasi guru ke kabupaten lain apa aja": a list is of one kind of thing
        ("syarat") and of the subject right after it ("mutasi"; "guru" says whose), which its
        passage names: the conditions of a study grant for teachers are another list. A word
        no document writes is left to coverage ("syarat kenaikan pangkat reguler" is still
        told where a rule says it leaves promotion to other rules)."""
        head = self.head(idf) if self.kind == "list" else None
        asking = _ASKING.search(self._plain)
        if head is None or asking is None:
            return None
        pairs = [token_pairs(w) for w in re.findall(r"[\w/-]+", self._plain[: asking.start()])]
        at = next((i for i, p in enumerate(pairs) if len(p) == 1 and p[0][1] in head), None)
        if at is None or at + 1 >= len(pairs) or len(pairs[at + 1]) != 1:
            return None
        surface, word = pairs[at + 1][0]
        if not self._noun(surface, word) or word not in idf:
            return None
        return next((g for g in self.groups if word in g), {word})

    @cached_property
    def rates(self) -> list[set[str]]:
        """ "bantuan biaya tugas belajar per semester brp": the period or session an amount or
        a count is asked per, which a passage giving that figure names (a year's budget line
        is no amount per semester). Per head ("per pegawai", "setiap ASN") is how any quota
        or fee is given and "per hari ini" says when, so neither is read as a rate."""
        found = []
        for word in _RATE.findall(self._plain.replace("jam pelajaran", "jp")):
            stems = tokenize(word)
            if stems and stems[0] in _RATE_UNITS:  # "per jam pelajaran": "per JP" too
                ways = {" ".join(tokenize(w)) for w in UNIT_WORDS.get(word, (word,))} - {""}
                found.append(next((g for g in self.groups if stems[0] in g), set()) | ways)
        return found

    @cached_property
    def reason_stems(self) -> set[str]:
        """ "... lari 12 menit min brp meter biar lolos": the words of why the asker asks,
        which name no item of a table."""
        return {stem for m in _REASON.finditer(self._plain) for stem in tokenize(m.group(1))}

    @cached_property
    def _plain(self) -> str:
        """The words written, not their expansions (read once per question)."""
        return normalise(self.raw, expand=False)

    @cached_property
    def _money_named(self) -> tuple[str, ...]:
        """The kinds of money the question names ("biaya", "honor"), not "uang" or "nominal",
        which any amount is."""
        plain = self._plain
        named = MONEY_WORDS - GENERIC_MONEY
        return tuple(
            word for surface, word in token_pairs(plain) if _bare(surface) in named or word in named
        )

    @cached_property
    def _head_candidates(self) -> tuple[str, ...]:
        """The nouns before the question word, in order (read once per question)."""
        return self._candidates(self._plain)

    @cached_property
    def _own_sentence_head(self) -> str | None:
        """The first noun before the question word in its own sentence: "Selamat siang. Apa
        saja tahapan ..." has none; "di kantor lg rame soal talent pool. yg masuk ..." asks
        of what follows the full stop, not of the office."""
        for sentence in re.split(r"(?<=[.!?])\s+", self.written or self.raw):
            plain = normalise(sentence, expand=False)
            if _ASKING.search(plain):
                return next(iter(self._candidates(plain)), None)
        return None

    def _candidates(self, plain: str) -> tuple[str, ...]:
        asking = _ASKING.search(plain)
        if asking is None or self.kind not in HEADED_KINDS:
            return ()

        def nouns(text: str) -> tuple[str, ...]:
            return tuple(word for surface, word in token_pairs(text) if self._noun(surface, word))

        before = plain[: asking.start()]
        # "pelatihan sy selesai desember, deadline lapena nya kpn": the clause of the question
        # word holds what is asked; the one before it tells the asker's situation
        found = nouns(re.split(r"[,;]", before)[-1]) or nouns(before)
        # "siapa presiden pertama ...", "siapa narahubung PTSB": the office asked follows
        # "siapa" ("siapa yang menetapkan ..." asks the doer of a verb, no office is named)
        after = _OFFICE_ASKED.match(plain, asking.start())
        return found or (nouns(after.group(1)) if after else ()) or self._counted(plain, asking)

    def _counted(self, plain: str, asking: re.Match) -> tuple[str, ...]:
        """ "Berapa uang saku peserta ...": the amount of the thing right after "berapa" (past
        "jumlah", "total"); none when a unit is near ("berapa jp minimal ...", "berapa target
        JP tahun ini": the JP is asked, "target" only says which)."""
        if asking.group(0) != "berapa" or self.kind != "number":
            return ()
        words = re.findall(r"[\w/-]+", plain[asking.end() :])
        while words and (words[0] in NOT_HEADS - _UNIT_STEMS or not token_pairs(words[0])):
            words = words[1:]  # "berapa sih jumlah uang saku"
        if not words or any(w in UNIT_WORDS for w in words[:2]):
            return ()
        pairs = token_pairs(words[0])
        if len(pairs) != 1 or not self._noun(*pairs[0]) or pairs[0][1] in _UNIT_STEMS:
            return ()
        return (pairs[0][1],)

    def _noun(self, surface: str, word: str) -> bool:
        return (
            word not in self._not_heads
            and not word.isdigit()
            and word not in _ROMAN_VALUES  # "tingkat i , ii , iii": levels, not a thing
            and not _is_verb(surface, word)
        )

    @cached_property
    def _not_heads(self) -> set[str]:
        # "biar dapet sertifikat ... brp persen": a purpose or reason word is no thing asked of
        return set(tokenize(" ".join(self.units))) | NOT_HEADS | RULE_WORDS | set(PURPOSE_WORDS)

    @cached_property
    def focus(self) -> str | None:
        """The word the question word asks of, next to it: "isinya berubah apa saja" asks
        what changed ("ubah"); "diubah untuk apa" asks a purpose (a function word: None)."""
        plain = self._plain
        asking = _ASKING.search(plain)
        if asking is None:
            return None
        before = re.findall(r"[\w/-]+", plain[: asking.start()])
        after = re.findall(r"[\w/-]+", plain[asking.end() :])
        after = [w for w in after if w not in ("saja", "aja", "sih", "ya")]
        nearest = before[-1] if before else (after[0] if after else "")
        stems = [w for w in tokenize(nearest) if w not in GENERIC_STEMS]
        return stems[0] if len(stems) == 1 else None

    @property
    def asks_yes_no(self) -> bool:
        """ "tukin sy dipotong ga ...": whether, not what, how or which."""
        text = normalise(self.raw)
        return self.kind == "general" and not any(
            p.search(text) for p in (_ASKING, PROCEDURE, DEFINITION, COMPARISON)
        )

    @property
    def content_stems(self) -> set[str]:
        return set().union(*self.groups) if self.groups else set()

    @property
    def words(self) -> frozenset[str]:
        """Every word the question's groups hold, a written-out alternative's words apart
        ("upt" and "unit", "laksana" ...): what a table's label must be made of to be named."""
        return frozenset(w for g in self.groups for alt in g for w in alt.split())


def term_groups(raw: str, acronyms: dict[str, str] | None = None) -> list[set[str]]:
    """One group per content word of the question; an acronym's group also holds its expansion
    (the known ones, and ``acronyms`` the documents define themselves), and an English word's
    its Indonesian equivalent ("password": "kata sandi")."""
    plain = normalise(raw, expand=False)
    groups: list[set[str]] = []
    for surface, word in token_pairs(plain):
        if surface in GENERIC or word in GENERIC_STEMS or (word in GENERIC and surface == word):
            continue
        group = {word}
        known = (acronyms or {}).get(surface)
        group |= {
            " ".join(tokenize(alt)) for alt in alternatives(word) or ((known,) if known else ())
        }
        group |= set(LABEL_FORMS.get(word, ()))
        if group not in groups:
            groups.append(group)
    return groups


def _berapa_clause(text: str) -> list[str]:
    """The words of the clause that holds "berapa" ("jp nya brp, tgl kapan" -> "jp nya berapa")."""
    for clause in re.split(r"[?,;!]", text):
        words = [w for w in clause.split() if w != "nya"]
        if "berapa" in words:
            return words
    return []


# "tahun ini", "bulan depan": when the question is about, not a unit of the number asked
WHEN_WORDS = {
    f"{unit} {when}"
    for unit in ("tahun", "bulan", "minggu", "hari")
    for when in ("ini", "lalu", "depan", "kemarin", "berjalan")
}
RATE_WORDS = ("per", "setiap", "tiap")  # "JP per tahun": a rate's unit is not the one asked
_RATE = re.compile(
    rf"\b(?:{'|'.join(RATE_WORDS)})\s+([a-z][\w-]*)(?!\s+(?:ini|sekarang|saat|tersebut|itu)\b)"
)
# what an amount is given per: a period, a session, a JP (not a head, a month or a date)
_RATE_UNITS = frozenset(
    tokenize("hari minggu bulan tahun semester triwulan jam menit jp sesi angkatan kegiatan")
)
INTO = ("ke", "dalam", "menjadi")  # "20 JP ke menit", "dalam jam": the unit a quantity is put in


def _asked_unit(words: list[str]) -> str | None:
    """The unit right after "berapa" ("berapa jp"), or just before it ("jp-nya berapa")."""
    if "berapa" not in words:
        return None
    at = words.index("berapa")
    # "brp jam/menit": either unit answers; the first is read
    after = words[at + 1].split("/")[0] if at + 1 < len(words) else ""
    two = " ".join(words[at + 1 : at + 3])  # "berapa jam pelajaran": JP, not hours
    longer = next((u for u, aliases in UNIT_WORDS.items() if " " in two and two in aliases), None)
    if longer is not None:
        return longer
    if after == "lama" or after in UNIT_WORDS:
        return after
    into = next(  # "dikonversi ke menit jadi berapa": the unit converted into
        (u for w, u in zip(words[:at], words[1:at], strict=False) if w in INTO and u in UNIT_WORDS),
        None,
    )
    if into is not None:
        return into
    ahead = next(
        (
            w
            for i, w in enumerate(words[at + 2 : at + 4], at + 2)
            if w in UNIT_WORDS
            and words[i - 1] not in RATE_WORDS  # "brp maksimal per tahun"
            and " ".join(words[i : i + 2]) not in WHEN_WORDS  # "brp mentor tahun ini"
        ),
        None,
    )
    if ahead is not None and after not in UNIT_WORDS:  # "berapa target jp", "berapa rata-rata jp"
        return ahead
    before = words[at - 1] if at > 0 else ""
    if before in ("jam", "pukul"):  # "jam berapa": a time of day, not a number of hours
        return "pukul"
    if before == "tanggal":  # "data per tanggal berapa": as of a day, not a rate per day
        return None
    if at > 1 and words[at - 2] in RATE_WORDS:  # "target jp per tahun berapa"
        rated = next((w for w in reversed(words[: at - 2]) if w in UNIT_WORDS), None)
        return rated if rated != before else None
    return before if before in UNIT_WORDS else None


def _counts_no_money(words: list[str]) -> bool:
    """ "berapa kuota penerima bantuan biaya studi": what is counted follows "berapa" (seats),
    the money word only names the programme."""
    counted, at = _counted_noun(words), _counted_at(words)
    after = words[at + 1] if counted and at + 1 < len(words) else ""
    if counted and counted[0] not in _COUNT_HEADS and _bare(after) in MONEY_WORDS:
        return False  # "berapa total alokasi anggaran": an allocation of money
    stems = [set(tokenize(c)) for c in counted]
    return bool(counted) and all(
        s and not s & NOT_HEADS and _bare(c) not in MONEY_WORDS
        for c, s in zip(counted, stems, strict=True)
    )  # "berapa batas maksimal fasilitasi biaya": the amount of money


def _in_fiscal_year(words: list[str], i: int) -> bool:
    """ "kuota tubel tahun anggaran 2027": the year named, no money asked."""
    return words[i] == "anggaran" and i > 0 and words[i - 1] in ("tahun", "ta")


# what a count is of, whatever money word follows ("berapa kuota biaya tubel": seats)
_COUNT_HEADS = frozenset(("kuota", "peserta", "orang", "formasi", "jatah", "jumlah"))


def _counted_at(words: list[str]) -> int:
    """Where the counted noun stands after "berapa" (-1 without it); the word after it says
    whether money is counted ("berapa total alokasi anggaran")."""
    at = words.index("berapa") if "berapa" in words else -1
    while 0 <= at < len(words) - 2 and (
        words[at + 1] in COUNT_WORDS  # "berapa jumlah modul"
        or (words[at + 1] in BOUND_WORDS and words[at + 2] in MEASURED_IN)  # "batas usia"
    ):
        at += 1
    return at + 1 if 0 <= at < len(words) - 1 else -1


def _counted_noun(words: list[str]) -> tuple[str, ...]:
    """ "berapa angka kredit": the number must come with what is counted, not any number;
    "berapa usia": a measure's number comes with its unit."""
    at = _counted_at(words)
    after = words[at] if at >= 0 else ""
    counted = (
        after not in GENERIC
        and after not in NOT_NOUNS
        and after not in RATE_WORDS  # "dpt brp per semester": a rate, no counted thing
        and len(after) > 2
        and not any(c.isdigit() for c in after)
    )
    return MEASURED_IN.get(after, (after,)) if counted else ()


_CLAUSE_BREAK = re.compile(r"[?;!]|,\s+|\s+(?:trs|terus|lalu|kemudian|juga)\s+|\s+-\s+")
_CLAUSE_BREAK_KEPT = re.compile(f"({_CLAUSE_BREAK.pattern})")  # "?" says the piece asks


_CONJUNCTION = re.compile(r"(\s+(?:dan|&|serta)\s+)", re.I)  # kept: a piece reads as written


_ASKED_LAST = r"(?:berapa|brp|brapa|kapan|kpn|siapa|sapa)"
_PARTICLES = r"(?:\s+(?:ya|kak|min|dong|sih|nih|pak|bu))*"
# "tgl brp jam brp": a second ask typed straight after the first, its one noun before its
# question word as in the first; "latsar brp hari jpnya brp" is not cut ("hari" is the first
# ask's unit), nor "brp jp brp hari" (its first question word comes first)
_UNJOINED = re.compile(rf"^(.*?\b{_ASKED_LAST})(\s+\S+\s+{_ASKED_LAST}{_PARTICLES})\s*$", re.I)


def _conjoined(piece: str) -> list[str]:
    """ "berapa lama X dan berapa sesi Y": two asks joined by "dan" when each side asks
    something of its own; "tugas belajar dan izin belajar bedanya apa" stays one."""
    piece = _UNJOINED.sub(r"\1 dan\2", piece)
    parts = _CONJUNCTION.split(piece)  # text, joiner, text, joiner, ...
    out = [parts[0]]
    for joiner, part in zip(parts[1::2], parts[2::2], strict=True):
        if _ASKING.search(normalise(out[-1])) and _ASKING.search(normalise(part)):
            out.append(part)
        else:
            out[-1] += joiner + part
    return out


_ROMAN_VALUES = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}
_LEVEL_LISTED = re.compile(  # "tingkat i", "angkatan 1 , 2": a level word, then its numbers
    rf"\b(?:{'|'.join(ORDINAL_UNITS)})\s+(?:[ivx]+|\d{{1,2}})(?:\s*,\s*(?:[ivx]+|\d{{1,2}}))*$"
)


def _level_value(token: str) -> int | None:
    return int(token) if token.isdigit() and len(token) <= 2 else _ROMAN_VALUES.get(token)


def _continues_enumeration(before: str, piece: str) -> bool:
    """ "PKKT tingkat I, II, III masing2 brp JP": a piece that opens with the next number of
    the levels the asking piece before it lists after a level word goes on listing them; it
    does not ask anew ("angkatan 2, 30 orang ya?" does: 30 is no next level)."""
    if not _LEVEL_LISTED.search(before.lower()) or not piece.split():
        return False
    last, first = _level_value(before.split()[-1].lower()), _level_value(piece.split()[0].lower())
    return last is not None and first == last + 1


def clauses(raw: str) -> list[str]:
    """The separate pieces of one message ("detasering brp jp, minimal brp lama?")."""
    return [text for text, _ in pieces(raw)]


def pieces(raw: str) -> list[tuple[str, bool]]:
    """A message cut at its clause breaks, each piece with whether it asks; a piece without a
    topic word of its own stays with the piece before it, or, opening the message ("min,"),
    with the piece after it."""
    split = _CLAUSE_BREAK_KEPT.split(raw)  # piece, break, piece, break, ...
    out: list[list] = []  # [text, asks]
    opening = ""
    for i in range(0, len(split), 2):
        after = split[i + 1] if i + 1 < len(split) else ""
        for piece in _conjoined(split[i]):
            piece = piece.strip()
            if not piece:
                continue
            if out and out[-1][1] and _continues_enumeration(out[-1][0], piece):
                out[-1][0] += " , " + piece  # "tingkat I, II, III brp": one ask of three levels
                continue
            if not term_groups(piece):
                if out:  # "sy dpt kotak 5, artinya gmn?": the telling piece now asks
                    out[-1][0] += " " + piece
                    out[-1][1] = out[-1][1] or _asks_outright(piece)
                else:
                    opening = f"{opening} {piece}".strip()
                continue
            piece = f"{opening} {piece}".strip()
            opening = ""
            out.append([piece, "?" in after or _asks(piece)])
    if opening:  # no piece with a topic at all
        out.append([opening, True])
    return [(text, asks) for text, asks in out]


REASON_WORDS = ("biar", "agar", "supaya", "karena", "soalnya", "sebab")
PURPOSE_WORDS = (*REASON_WORDS, "buat", "untuk")
_REASON = re.compile(rf"\b(?:{'|'.join(REASON_WORDS)})\b([^?,.;!]*)")
_TELLS = re.compile(r"\b(?:saya|aku|kami)\b|^(?:" + "|".join(PURPOSE_WORDS) + r")\b")
_YES_NO = re.compile(
    r"\b(?:apakah|(?:bisa|boleh|ada|harus|perlu|wajib|benar|masih|sudah)kah)\b"
    r"|\b(?:tidak|belum|bukan|kah)\s*$"
)
_REQUEST = re.compile(r"\b(?:mohon|tolong|minta|jelaskan|sebutkan)\b")
_ASKING_FORMS = (_ASKING, _YES_NO, _REQUEST, PROCEDURE, DEFINITION, COMPARISON)


def _asks(piece: str) -> bool:
    """Does this piece ask (a question word, a yes/no ending, a request, how or what something
    is), or tell the asker's situation or reason ("saya gol II/b", "biar saya bisa hitung")?"""
    return not _TELLS.search(normalise(piece)) or _asks_outright(piece)


def _asks_outright(piece: str) -> bool:
    """ "artinya gmn?" joined to "sy dpt kotak 5": a question word, a yes/no ending or a request
    makes the joined piece ask even though it says "saya"; a "?" after "mau nanya ya" does not
    (a piece without "saya" counts as asking in ``_asks``, not here)."""
    text = normalise(piece)
    return any(p.search(text) for p in _ASKING_FORMS)


def _with_their_asks(pieces: list[tuple[str, bool]]) -> list[str]:
    """Each ask with the pieces that tell its context: those before it (those after the last
    ask join the last one), after a comma, which keeps the asked thing's clause apart
    (``Question.head`` reads the clause of the question word)."""
    out: list[str] = []
    waiting: list[str] = []
    for text, asks in pieces:
        if asks:
            out.append(", ".join([*waiting, text]))
            waiting = []
        else:
            waiting.append(text)
    if waiting and out:
        out[-1] = ", ".join([out[-1], *waiting])
    return out or [", ".join(waiting)]


def analyse(
    raw: str, *, today: date, acronyms: dict[str, str] | None = None, written: str = ""
) -> Question:
    """``acronyms``: those the documents define ("Tes Potensi Akademik (TPA)"); ``written``:
    the message as typed, when ``raw`` is its prepared form."""
    question = _analyse_one(raw, today, acronyms)
    question.written = written
    split = pieces(raw)
    if len(split) > 1:
        question.parts = [_analyse_one(piece, today, acronyms) for piece, _ in split]
        for part, (_, asks) in zip(question.parts, split, strict=True):
            part.tells = not asks
        question.told = _told(question)
        if any(part.tells for part in question.parts):
            _filters_asked(question, split, today)
        if any(part.tells for part in question.parts):
            with_context = _with_their_asks(split)
            question.asks = [_analyse_one(piece, today, acronyms) for piece in with_context]
        else:
            question.asks = question.parts
        for part in {id(p): p for p in [*question.parts, *question.asks]}.values():
            if not _own_topic(part):  # "... tunjangan tambahan? brp nominalnya"
                part.groups = question.groups
    return question


# a piece that says what the asker looks for ("sy mau ikut pelatihan bulan maret", "saya mau
# tanya jadwal PKA") asks, in a way
_SEEKS = re.compile(
    r"\b(?:mau|ingin|rencana|berencana|butuh|cari|mencari|tanya|nanya|bertanya|menanyakan)\b"
)


def _filters_asked(question: Question, split: list[tuple[str, bool]], today: date) -> None:
    """ "sy cpns formasi 2026, latsar angkatan 1 2027 kapan daftarnya?", "sy peserta PKP, bulan
    depan seminar akhir. apa yg hrs disiapkan?": a year or month of the asker's story is no
    filter of the catalog; those of the asking pieces, or of a piece saying what is sought,
    are."""
    asked = " ".join(t for t, asks in split if asks or _SEEKS.search(normalise(t)))
    question.months, question.year, question.relative_month, question.method = [], None, None, None
    _catalog_filters(question, normalise(asked), today)


def _told(question: Question) -> list[set[str]]:
    """ "sy cpns 2024, latsar angkatan sy mulai bulan depan. kalo ga lulus latsar gmn?": the
    words only the asker's situation holds, which a passage answering the ask need not hold
    (one that does fits better). Nothing when no ask has a topic of its own ("brp
    nominalnya?"): then the situation names what is asked; "ada pelatihan python? brp JP?"
    asks the JP of the python course, not of the asker's situation."""
    asking = [p for p in question.parts if not p.tells]
    if not any(_own_topic(p) for p in asking):
        return []
    asking += [p for p in question.parts if p.tells and _SEEKS.search(p.text)]
    asked = [g for p in asking for g in p.groups]
    return [g for g in question.groups if not any(g & a for a in asked)]


def _own_topic(part: Question) -> bool:
    """Does this ask name a thing of its own, beyond its unit and the kind of fact it asks
    ("dibuat utk brp tahun?", "brp nominalnya?" ask of what the message is about)?"""
    units = set(tokenize(" ".join(part.units)))
    return any(not (g & units) and not g <= NOT_HEADS for g in part.groups)


def _bare(word: str) -> str:
    """ "nominalnya", "biayanya": the word without its "-nya"."""
    return word[:-3] if word.endswith("nya") and len(word) > 5 else word


def _analyse_one(raw: str, today: date, acronyms: dict[str, str] | None = None) -> Question:
    text = normalise(raw)
    plain = normalise(raw, expand=False)  # acronym expansions are not what was asked
    words = _berapa_clause(plain) or re.sub(r"[?,;!]", " ", plain).split()
    kind, units = "general", ()
    unit = _asked_unit(words)
    if unit == "lama":
        kind, units = "number", DURATION_UNITS
    elif unit in UNIT_WORDS:
        kind, units = "number", UNIT_WORDS[unit]
    elif CONTACT.search(text):
        kind = "contact"
    elif re.search(r"\bsiapa\s+(?:\w+\s+)?nama\w*\b|\bnama\w*\b.{0,40}\bsiapa\b", text) or (
        _OFFICE_HOLDER.search(text)
    ):
        kind = "name"
    elif re.search(r"\bsiapa\b", text):
        kind = "who"
    elif re.search(r"\btanggal berapa\b", text):
        kind = "day"
    elif (
        any(_bare(w) in MONEY_WORDS and not _in_fiscal_year(words, i) for i, w in enumerate(words))
        and ("berapa" in words or "besar" in words)
        and not _counts_no_money(words)
    ):
        kind = "money"
    elif "berapa" in words or "jumlah" in words:
        kind, units = "number", _counted_noun(words)
    elif any(w in DATE_WORDS for w in words) or re.search(r"\b(bulan apa|tanggal berapa)\b", text):
        kind = "date"
    elif any(p in text for p in LIST_WORDS):
        kind = "list"
    elif asks_definition(text):
        kind = "definition"
    groups = [
        g for g in term_groups(raw, acronyms) if not (units == DURATION_UNITS and g == {"lama"})
    ]
    question = Question(raw=raw, text=text, groups=groups, kind=kind, units=units)
    question.asks_rule_number = bool(RULE_NUMBER.search(text))
    _catalog_filters(question, text, today)
    return question


def _catalog_filters(q: Question, text: str, today: date) -> None:
    for name, number in MONTHS.items():
        if number in q.months or not re.search(rf"\b{name}\b", text):
            continue
        # short forms ("mar", "des") count only after a day or the word "bulan"
        if len(name) > 3 or re.search(
            rf"\b(bulan|tanggal|\d{{1,2}})\s+{name}\b|\b{name}\s+20\d\d\b", text
        ):
            q.months.append(number)
    if year := re.search(r"\b(20\d\d)\b", text):
        q.year = int(year.group(1))
    if "bulan depan" in text:
        q.relative_month = 1
    elif "bulan ini" in text:
        q.relative_month = 0
    if q.relative_month is not None:
        month = (today.month - 1 + q.relative_month) % 12 + 1
        q.months = [month]
        q.year = today.year + (today.month - 1 + q.relative_month) // 12
    methods = {m for word, m in METHODS.items() if re.search(rf"\b{word}\b", text)}
    if len(methods) == 1:  # "daring atau tatap muka?" asks about the method, filters nothing
        q.method = methods.pop()
