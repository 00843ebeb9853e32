"""What a question asks for: its content terms, the kind of fact wanted, and catalog filters."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from knowledge.reading.asked import (
    asked_unit,
    berapa_clause,
    counted_noun,
    counts_no_money,
    in_fiscal_year,
)
from knowledge.reading.pieces import pieces, with_their_asks
from knowledge.reading.vocabulary import (
    ASKING,
    COMPARISON,
    CONTACT,
    DATE_WORDS,
    DEFINITION,
    DURATION_UNITS,
    EXPANSION_ASK,
    GENERIC,
    GENERIC_MONEY,
    GENERIC_STEMS,
    HEADED_KINDS,
    LIST_WORDS,
    METHODS,
    MONEY_WORDS,
    NOT_HEADS,
    PROCEDURE,
    PURPOSE_WORDS,
    RATE_WORDS,
    REASON_WORDS,
    ROMAN_VALUES,
    RULE_NUMBER,
    RULE_WORDS,
    STATED_AMOUNT,
    UNIT_WORDS,
    asks_definition,
    bare,
    term_groups,
)
from knowledge.text.dates import MONTHS, YEAR
from knowledge.text.normalize import normalise
from knowledge.text.tokens import common_words, is_stopword, stem, token_pairs, tokenize

# an identifier, not a count: "nomor berapa surat panggilannya", "diperbaiki di versi berapa"
_NUMBER_ASKED = re.compile(r"\b(?:no|nomor|nomornya|versi|versinya)\s+(?:berapa|apa)\b")


def asks_identifier(text: str) -> bool:
    return bool(_NUMBER_ASKED.search(text))


# "kapan pelatihan campuran dihitung sebagai jalur klasikal": the condition under which a thing
# counts as another, not a date
_WHEN_COUNTS = re.compile(
    r"\bkapan\b(?:\s+\S+){0,6}?\s+(?:(?:dihitung|dianggap|diakui|digolongkan|dikategorikan)"
    r"\s+sebagai|termasuk\s+(?:dalam|ke\s+dalam|kategori|jalur))\b"
)
_WHEN_WORDS = re.compile(r"\b(?:jadwal|tanggal|tgl|batas|bulan|jam|pukul)\b")
# "siapa bupati lembah sari skrg", "siapa kepala dinas": the person in an office, a name;
# not "siapa kepala sekolah yang wajib ikut" (which of them)
_OFFICE_HOLDER = re.compile(
    r"\bsiapa\s+(?:sih\s+)?(?:bupati|wali ?kota|gubernur|camat|lurah|menteri|presiden|kepala|"
    r"ketua|sekretaris|direktur|koordinator)\b(?![^?]*\byang\b)"
    # "siapa yang menjabat Ketua Harian", "jabatan itu dijabat siapa": who holds it, a name
    r"|\bsiapa\s+(?:yang|yg)\s+menjabat\b|\bdijabat\s+(?:oleh\s+)?siapa\b"
)
_OFFICE_ASKED = re.compile(r"siapa\s+(?:nama\w*\s+)?(\w+)")
_SEVERAL = re.compile(
    r"\b(?:siapa|apa|mana)\s+(?:saja|aja|sajakah)\b|\bsebutkan\b"
    r"|\b(siapa|nama)(?:2|[- ]\1)\b"
)
# "siapa saja yang ...": who does it (Question.asks_doer)
_WHO_DOES = re.compile(r"\bsiapa(?:\s+(?:saja|aja|sajakah))?\s+(?:yang|yg)\b")
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


# verbs of getting or having written bare ("dapat berapa kursi", "punya berapa sesi")
_GET_OR_HAVE = frozenset(
    ["dapat", "mendapat", "memperoleh", "punya", "mempunyai", "memiliki", "ada", "menerima"]
)


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
    def several(self) -> bool:
        """ "siapa saja", "apa aja", "sebutkan", "nama2", "siapa-siapa", or any list question:
        the answer is all of them, not one."""
        return self.kind == "list" or bool(_SEVERAL.search(self.text))

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
        asking = ASKING.search(self._plain)
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
            word for surface, word in token_pairs(plain) if bare(surface) in named or word in named
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
            if ASKING.search(plain):
                return next(iter(self._candidates(plain)), None)
        return None

    def _candidates(self, plain: str) -> tuple[str, ...]:
        asking = ASKING.search(plain)
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
        got = self._object_counted(plain, asking)
        if got:
            # "Subbag HUMAS mendapat berapa kursi": the verb's object is counted, the unit that
            # gets it only says whose (a row of seats per unit names the unit, not "bidang")
            return (*got, *found)
        return found or (nouns(after.group(1)) if after else ()) or self._counted(plain, asking)

    def _object_counted(self, plain: str, asking: re.Match) -> tuple[str, ...]:
        """The thing counted right after "berapa" when a verb stands right before it ("mendapat
        berapa kursi", "mengirim berapa peserta"), or a verb of getting or having written bare
        ("dapat", "punya", "ada"): the verb's object, not its subject, is what is asked of."""
        before = plain[: asking.start()].split()
        if asking.group(0) != "berapa" or len(self.units) != 1 or not before:
            return ()
        following = re.findall(r"[\w/-]+", plain[asking.end() :])[:1]
        if following != [self.units[0]]:  # "berapa usia": measured in years, not "usia"
            return ()
        if self.units[0] in UNIT_WORDS or set(tokenize(self.units[0])) & _UNIT_STEMS:
            return ()  # "PNS dapat berapa hari cuti": a measure, not a thing counted
        pairs = token_pairs(before[-1])  # "mendapat" is a function word to the tokenizer
        if before[-1] not in _GET_OR_HAVE and not (len(pairs) == 1 and _is_verb(*pairs[0])):
            return ()
        return tuple(tokenize(self.units[0]))[:1]

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
            and word not in ROMAN_VALUES  # "tingkat i , ii , iii": levels, not a thing
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
        asking = ASKING.search(plain)
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
            p.search(text) for p in (ASKING, PROCEDURE, DEFINITION, COMPARISON)
        )

    @property
    def content_stems(self) -> set[str]:
        return set().union(*self.groups) if self.groups else set()

    @property
    def words(self) -> frozenset[str]:
        """Every word the question's groups hold, a written-out alternative's words apart
        ("upt" and "unit", "laksana" ...): what a table's label must be made of to be named."""
        return frozenset(w for g in self.groups for alt in g for w in alt.split())


_RATE = re.compile(
    rf"\b(?:{'|'.join(RATE_WORDS)})\s+([a-z][\w-]*)(?!\s+(?:ini|sekarang|saat|tersebut|itu)\b)"
)
# what an amount is given per: a period, a session, a JP (not a head, a month or a date)
_RATE_UNITS = frozenset(
    tokenize("hari minggu bulan tahun semester triwulan jam menit jp sesi angkatan kegiatan")
)


_REASON = re.compile(rf"\b(?:{'|'.join(REASON_WORDS)})\b([^?,.;!]*)")


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
            with_context = with_their_asks(split)
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


# "diadakan hari apa?", "hari apa saja", "hari apa jam brp": the day asked; not "izin setengah
# hari apa dipotong" or "cuti 3 hari apa perlu ...", where "apa" opens a yes/no question
_WEEKDAY_ASKED = re.compile(
    r"(?<!\d )(?<!setengah )(?<!satu )(?<!dua )(?<!tiga )\bhari apa\b"
    r"(?=\s*(?:$|[?,.&;]|saja\b|aja\b|ya\b|dan\b|jam\b|pukul\b|tanggal\b|sih\b|nih\b))"
)


def _own_topic(part: Question) -> bool:
    """Does this ask name a thing of its own, beyond its unit and the kind of fact it asks
    ("dibuat utk brp tahun?", "brp nominalnya?" ask of what the message is about)?"""
    units = set(tokenize(" ".join(part.units)))
    return any(not (g & units) and not g <= NOT_HEADS for g in part.groups)


def _analyse_one(raw: str, today: date, acronyms: dict[str, str] | None = None) -> Question:
    text = normalise(raw)
    plain = normalise(raw, expand=False)  # acronym expansions are not what was asked
    words = berapa_clause(plain) or re.sub(r"[?,;!]", " ", plain).split()
    kind, units = "general", ()
    unit = asked_unit(words)
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
        any(bare(w) in MONEY_WORDS and not in_fiscal_year(words, i) for i, w in enumerate(words))
        and ("berapa" in words or "besar" in words)
        and not counts_no_money(words)
    ):
        kind = "money"
    elif "berapa" in words or "jumlah" in words:
        # "nomor berapa surat panggilannya": the letter's number, no count of letters
        kind, units = "number", () if asks_identifier(text) else counted_noun(words)
    elif (
        any(w in DATE_WORDS for w in words)
        or re.search(r"\b(bulan apa|tanggal berapa)\b", text)
        or _WEEKDAY_ASKED.search(text)
    ) and not (_WHEN_COUNTS.search(text) and not _WHEN_WORDS.search(text)):
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
    if year := YEAR.search(text):
        q.year = int(year.group(0))
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
