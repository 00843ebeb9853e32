"""Grounded answers: quote the passage that holds what was asked, name its source, follow the
current rule, and say plainly when the documents do not contain the answer."""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from functools import partial

from knowledge.answers.changes import Changes
from knowledge.answers.citations import Citations
from knowledge.answers.contents import Contents, leaf
from knowledge.answers.conversions import Conversions
from knowledge.answers.definitions import Definitions
from knowledge.answers.extremes import Extremes
from knowledge.answers.gate import Evidence, Gate, context_of, features
from knowledge.answers.phrases import PHRASES
from knowledge.answers.rows import TableRows
from knowledge.answers.scope import Scope
from knowledge.answers.sources import named_sources, sources_first
from knowledge.answers.totals import Totals
from knowledge.answers.versions import RuleVersions
from knowledge.catalog.answer import ASKS_CATALOG, CatalogAnswerer, wants_catalog
from knowledge.outcome import Answer, source_of
from knowledge.reading.about import ages_in_bands, ordinals, other_levels, unnamed_batch
from knowledge.reading.chat import corrections, is_chat
from knowledge.reading.enactment import asks_enactment, enactment, names_kind, rule_kinds
from knowledge.reading.facts import (
    CHANGE_STEMS,
    DAY,
    MONTH,
    changed_from,
    has_fact,
    moves,
)
from knowledge.reading.passages import (
    FACT_KINDS,
    contradicts,
    coverage,
    defines,
    fact_near_terms,
    given_in,
    group_hits,
    has_table,
    holds_all_known,
    in_order,
    is_known,
    leaves_out,
    names_another,
    pick_sentences,
    split_units,
)
from knowledge.reading.places import Place
from knowledge.reading.preferred import preference
from knowledge.reading.question import Question, analyse, asks_identifier
from knowledge.reading.signature import asks_signer, signature_block
from knowledge.reading.tables import (
    every_row_another,
    one_cell_asked,
)
from knowledge.reading.units import unwrapped
from knowledge.reading.vocabulary import PROCEDURE_WORDS, PURPOSE_WORDS, RULE_WORDS
from knowledge.search.searcher import (
    Hit,
    Searcher,
    asks_about,
    is_row,
    only_old_numbers,
)
from knowledge.search.versioned import PerIndexVersion
from knowledge.text.articles import RULE_KINDS, long_form, year_numbers
from knowledge.text.dates import YEAR, years
from knowledge.text.normalize import ACRONYMS, normalise
from knowledge.text.tokens import common_words, is_stopword, stem, tokenize
from storage.clock import Clock

MIN_COVERAGE = 0.5  # share of the question's weighted terms a passage must contain
AGREED_MIN_COVERAGE = 0.5  # ... when both retrievers put the passage first
WHOLE_PASSAGE_CHARS = 800  # shorter passages are quoted whole
CANDIDATES = 6  # retrieved passages read for the asked fact
# asks a table file's row answers as a whole: a fact of what the row names (not money: a
# budget row naming a programme's allowance gives its total, not the allowance per person)
RECORD_KINDS = ("who", "name", "number", "date", "day", "contact")
ROWS_PER_TABLE = 4  # rows of one table file among the passages read for an answer
SIGNING = frozenset(tokenize("tanda tangan tandatangan menandatangani penandatangan teken"))
MOVED_COVERAGE = 0.75  # of the question the sentence moving a day must name (not a sibling's)
ANSWER_CACHE = 1024  # answers kept per index version (popular questions repeat)
# emphasis around words only: a masked NIP ("19861206 ****** 2 ***") keeps its stars
_MARKUP = re.compile(r"\*\*([^*\s](?:[^*]*?[^*\s])?)\*\*|__([^_\s](?:[^_]*?[^_\s])?)__|`([^`\n]*)`")


def plain(text: str) -> str:
    """Passages are Markdown; answers are plain text (the bot escapes and formats them)."""
    return _MARKUP.sub(lambda m: next(g for g in m.groups() if g is not None), text)


class Answerer:
    def __init__(
        self,
        searcher: Searcher,
        *,
        lang: str = "id",
        clock: Clock,
        min_coverage: float = MIN_COVERAGE,
        depth: int = 12,
        gate: Gate | None = None,
    ) -> None:
        self.searcher = searcher
        self.lang = lang
        self.clock = clock
        self.min_coverage = min_coverage
        self.depth = depth
        self.gate = gate or Gate.load(searcher.embedder.name if searcher.embedder else None)
        self.catalog = CatalogAnswerer(searcher)
        self._cache: dict[tuple, Answer] = {}
        self._cache_lock = threading.Lock()
        self.scope = Scope(searcher)
        self.contents = Contents(searcher)
        self.totals = Totals(searcher)
        self.rows = TableRows(searcher)
        self.extremes = Extremes(self.rows)
        self.changes = Changes(searcher)
        self.conversions = Conversions(searcher)
        self.definitions = Definitions(searcher)
        self.citations = Citations(self.t)
        # the line ``_own_number_line`` writes ("{title}: Nomor {number}.")
        number_line = re.escape(self.t["doc_number"]).replace(r"\{title\}", ".+")
        self._number_line = re.compile(number_line.replace(r"\{number\}", ".+"))
        self._by_doc = PerIndexVersion(searcher, self._read_docs)
        self._doc_stems = PerIndexVersion(searcher, self._read_doc_stems)
        self._names = PerIndexVersion(searcher, self._read_names)
        self.versions = RuleVersions(
            searcher, self.t, answers=self._answers, quote=self._quote, chunks_of=self._chunks_of
        )

    @property
    def t(self) -> dict[str, str]:
        return PHRASES.get(self.lang, PHRASES["id"])

    def answer(self, raw: str) -> Answer:
        """A grounded answer; the same question on the same index and day is answered once."""
        prepared = self.searcher.prepare(raw or "")
        key = (prepared, self.searcher.version, self.clock.today())
        cached = self._cache.get(key)
        if cached is None:
            cached = self._answer(raw, prepared)
            with self._cache_lock:
                if len(self._cache) >= ANSWER_CACHE:
                    self._cache.pop(next(iter(self._cache)))
                self._cache[key] = cached
        return cached

    def _answer(self, raw: str, prepared: str) -> Answer:
        q = self._read(prepared, raw)
        if not q.groups:
            return Answer(self.t["empty"], False, kind="abstain")
        other = self.scope.other_place(raw)
        if other is not None:  # "Kabupaten Contoh Jaya" asked of a province's documents
            return self._for_another_place(raw, other)
        name = self.scope.unknown_name(raw) or self.scope.unknown_part(raw)
        if name is not None:  # "UPS Sungai Perak": no document names it
            text = "\n".join((self.t["unknown_name"].format(name=name), self.t["suggest"]))
            return Answer(text, False, [], kind="abstain")
        hits, passages = self._search(q, raw, prepared)
        signer = asks_signer(q.text) and any(a.kind in ("who", "name") for a in q.asked)
        signed = self._signer(passages) if signer else None
        if signed is not None:  # "surat panggilan ... ditandatangani oleh siapa"
            return self._with_rest_of_signed(q, signed, passages)
        enacted = self._enacted(q, passages) if asks_enactment(q.text) else None
        if enacted is not None:  # "Keputusan Nomor ... ditetapkan dan mulai berlaku kapan"
            return self._with_rest_of_signed(q, enacted, passages, asked=asks_enactment)
        extreme = self._extreme(q, passages)
        if extreme is not None:  # "pelatihan mana yang JP-nya paling banyak": the table's row
            return extreme
        nothing_in_catalog = None
        if q.asks_procedure or q.asks_conversion:  # the documents say how; the catalog lists
            answer = self._from_passages(q, passages) if passages else None
            if answer is not None and answer.confident:
                return answer
        if wants_catalog(q, hits):
            found = self.catalog.answer(q, hits, self.t, self.clock.today())
            best_passage = max((self._coverage(q, h) for h in passages[:3]), default=0.0)
            margin = (
                -0.1 if ASKS_CATALOG.search(q.text) else 0.05
            )  # "di katalog": the catalog is asked
            if found is not None and found.confident and found.coverage > best_passage + margin:
                return found
            if found is not None and not found.confident:
                nothing_in_catalog = found  # said only if no document answers either
        answer = self._from_passages(q, passages) if passages else self._abstain(q, hits)
        either = None if answer.confident or not passages else self._about_either_rule(q)
        if either is not None:
            retried = self._from_passages(either, passages)
            answer = retried if retried.confident else answer
        return answer if answer.confident or nothing_in_catalog is None else nothing_in_catalog

    def _extreme(self, q: Question, passages: list[Hit]) -> Answer | None:
        """The rows holding the most or the least of the column the question names. The gate
        is not asked: it judges a passage by the words it shares with the question, and the
        row sought shares none but the column's; the table holding every word is the check."""
        found = self.extremes.find(q, passages)
        if found is None or self._contradicts(q, found.hit):
            return None
        evidence = self.evidence(q, [found.hit, *(h for h in passages if h is not found.hit)])
        head = self.t["extreme_most" if found.most else "extreme_least"]
        text = "\n".join([head.format(column=found.column), *(f"- {r}" for r in found.rows)])
        attached = self.citations.attach(text, found.hit, [])
        return Answer(attached, True, [source_of(found.hit)], evidence=evidence)

    def _signer(self, passages: list[Hit]) -> Answer | None:
        """The signature block of the document the question is about (its best passage's),
        quoted with the passage holding it; None when that document has none."""
        if not passages:
            return None
        chunks = self._chunks_of(passages[0].chunk.doc_id)
        block = signature_block("\n".join(c.text for c in chunks))
        if block is None:
            return None
        last = block.splitlines()[-1]
        hit = Hit(next((c for c in chunks if last in c.text), chunks[-1]), 0.0)
        text = f"{self.t['signed_by']}\n{block}"
        return Answer(self.citations.attach(text, hit, []), True, [source_of(hit)])

    def _enacted(self, q: Question, passages: list[Hit]) -> Answer | None:
        """The closing article and the enactment line (with its signature block) of the
        rule the question names; None when none of its rules has them."""
        for doc_id in self._rules_asked(q, passages):
            chunks = self._chunks_of(doc_id)
            whole = "\n".join(c.text for c in chunks)
            lines = enactment(whole)
            if not lines:
                continue
            block = signature_block(whole)  # under the enactment line: who enacted it
            enacted = [x for x in lines if x.startswith("Ditetapkan")]
            if block and enacted and enacted[0].split("tanggal")[-1].strip() in block:
                at = lines.index(enacted[0])
                lines = [*lines[:at], block, *(x for x in lines[at + 1 :] if x not in block)]
            first = lines[0].lstrip("- ")
            holder = next((c for c in chunks if first in " ".join(c.text.split())), chunks[-1])
            shown = Hit(holder, 0.0)
            evidence = self.evidence(q, [shown, *passages])
            said = "\n".join(lines)  # "nomor berapa ... dan kapan ditetapkan": its number
            text = self.citations.attach(self._own_number_line(q, shown, said) + said, shown, [])
            return Answer(text, True, [source_of(shown)], evidence=evidence)
        return None

    def _rules_asked(self, q: Question, passages: list[Hit]) -> list[str]:
        """The documents a question on a rule's dates is of: those whose title writes the
        number asked; else, among the best passages', those of the kind of rule asked
        ("peraturan baru ...": not a guide), in force unless a replaced one is asked, whose
        words cover the question."""
        docs = self.searcher.docs
        ranked = list(dict.fromkeys(h.chunk.doc_id for h in passages))
        asked = long_form(q.raw)
        # the rule whose own number is asked, not an amendment whose title cites it
        own = [d for d, info in docs.items() if info.meta.get("number")]
        named = [d for d in own if _writes(asked, str(docs[d].meta["number"]))]
        if not named:
            numbers = set(year_numbers(q.text))
            titled = (d for d, info in docs.items() if d not in own)
            named = [d for d in titled if set(year_numbers(docs[d].title)[:1]) & numbers]
        if named:
            return sorted(named, key=lambda d: ranked.index(d) if d in ranked else len(ranked))
        order = [d for d in ranked[:CANDIDATES] if d in docs]
        kinds = rule_kinds(q.text)
        of_kind = [d for d in order if names_kind(docs[d].title, kinds)] or order
        # "Surat Edaran bantuan biaya 2026": the one of the year asked, of the kind asked if any
        asked_years = years(q.text)
        dated = [d for d in of_kind if asked_years & years(docs[d].title)] or [
            d for d in order if asked_years & years(docs[d].title) and docs[d].meta.get("number")
        ]
        old = bool(self._version_words(q))
        return [
            d
            for d in dated or of_kind
            if (old or docs[d].is_current) and self._covers(q, d) >= self.min_coverage
        ]

    def _chunks_of(self, doc_id: str) -> list:
        return self._by_doc.get().get(doc_id, [])

    def _read_docs(self) -> dict[str, list]:
        """Each document's chunks in order, read once per index version."""
        found: dict[str, list] = {}
        for chunk in sorted(self.searcher.chunks.values(), key=lambda c: c.id):
            found.setdefault(chunk.doc_id, []).append(chunk)
        return found

    def _read_names(self) -> frozenset[str]:
        """Every acronym's written-out name as the question's groups hold it ("latih dasar")."""
        names = {**ACRONYMS, **self.searcher.acronyms}.values()
        return frozenset(" ".join(tokenize(n)) for n in names)

    def _read_doc_stems(self) -> dict[str, frozenset[str]]:
        """Each document's words, all its chunks', once per index version."""
        stems = self.searcher.stems
        return {
            doc_id: frozenset().union(*(stems.get(c.id, ()) for c in chunks))
            for doc_id, chunks in self._by_doc.get().items()
        }

    def _covers(self, q: Question, doc_id: str) -> float:
        s = self.searcher
        stems = self._doc_stems.get().get(doc_id, frozenset())
        return coverage(q.groups, stems, s.idf, s.unknown_idf, q.told)

    def _with_rest_of_signed(
        self, q: Question, signed: Answer, passages: list[Hit], *, asked=asks_signer
    ) -> Answer:
        """ "nomor surat panggilan brp dan siapa yg tanda tangan": the other asks are answered
        from the same passages, read with the message's topic ("..., dan pelatihannya tgl
        brp" is of the letter's training), in the order asked, each source named once."""
        rest = [a for a in q.asked if not asked(a.text)]
        if not rest or len(rest) == len(q.asked):
            return signed
        topic = [g for g in q.groups if not g & SIGNING]
        parts = [self._from_passages(replace(a, groups=topic, parts=[]), passages) for a in rest]
        # a part the dates or the signature already quote is said once ("yg dicabut no brp":
        # the revoking article); so is the signature a passage quotes whole
        said = self._quoted_lines(signed.text)
        lines = {id(p): self._quoted_lines(p.text) for p in parts if p.confident}
        answered = [p for p in parts if p.confident and not _within(lines[id(p)], " ".join(said))]
        if not answered:
            return signed
        quoted = " ".join(line for p in answered for line in lines[id(p)])
        shown = [] if _within(said, quoted) else [signed]
        ordered = [*shown, *answered] if asked(q.asked[0].text) else [*answered, *shown]
        sources = list({(s.doc_id, s.source): s for p in ordered for s in p.sources}.values())
        return Answer("\n\n".join(p.text for p in ordered), True, sources, evidence=signed.evidence)

    def _quoted_lines(self, text: str) -> list[str]:
        """The lines an answer quotes: not its sources, nor the line giving a rule's number."""
        body = text.split(f"\n\n{self.t['source']}: ")[0]
        return [
            " ".join(line.split())
            for paragraph in body.split("\n\n")
            if not self._number_line.fullmatch(paragraph.strip())
            for line in paragraph.splitlines()
            if line.strip()
        ]

    def _for_another_place(self, raw: str, place: Place) -> Answer:
        """Only national rules hold in a region the documents do not cover, and they hold
        there as anywhere (the place is no topic word); an agency's own rules, schedules and
        catalog are for its region."""
        rest = place.left_out_of(raw)
        q, _, passages = self._retrieve(rest, self.searcher.prepare(rest))
        national = [h for h in passages if h.meta.get("authority") == "nasional"]
        answer = self._from_passages(q, national) if national else None
        if answer is not None and answer.confident:
            return answer
        name = " ".join((place.kind, *place.name)).title()
        text = "\n".join((self.t["other_place"].format(place=name), self.t["suggest"]))
        return Answer(text, False, [], kind="abstain")

    def _retrieve(self, raw: str, prepared: str) -> tuple[Question, list[Hit], list[Hit]]:
        """The question read, its hits, and those of them that are passages (not trainings)."""
        q = self._read(prepared, raw)
        return (q, *self._search(q, raw, prepared))

    def _read(self, prepared: str, written: str = "") -> Question:
        today, acronyms = self.clock.today(), self.searcher.acronyms_in(prepared)
        return analyse(prepared, today=today, acronyms=acronyms, written=written)

    def _about_either_rule(self, q: Question) -> Question | None:
        """ "di aturan lama (SE 2024) sertifikasi diakui brp jp?" read without the words that
        say which rule is asked (neither rule's passage repeats them), so that a passage of
        either rule answers and ``RuleVersions.current`` quotes the one asked; None when the question
        names no replaced rule."""
        version = self._version_words(q)
        if not version:
            return None
        q = self._read(q.raw, q.written)
        for part in {id(p): p for p in (q, *q.parts, *q.asks)}.values():
            part.groups = [g for g in part.groups if not g & version] or part.groups
        return q

    def _version_words(self, q: Question) -> set[str]:
        """The words that name a replaced rule: "aturan lama", the year or number only it has."""
        docs = self.searcher.docs
        pairs = [(old, docs[d]) for old in docs.values() for d in old.superseded_by if d in docs]
        asked = [(old, new) for old, new in pairs if asks_about(q.text, old, new)]
        if not asked:
            return set()
        numbers = set().union(*(only_old_numbers(old, new) for old, new in asked))
        # what names a rule and its version ("dulu waktu aturan yg lama"), beside the number
        # only the replaced rule has, and its year where the question writes it as the rule's
        # ("SE 2024"; "dulu th 2024 kuota brp" dates the quota too, as its passage does)
        plain = normalise(q.raw, expand=False)
        named = {n for n in numbers if "/" in n or re.search(_rule_year(n), plain)}
        return RULE_WORDS | (named & set(tokenize(q.text)))

    def _search(self, q: Question, raw: str, prepared: str) -> tuple[list[Hit], list[Hit]]:
        """The hits read for an answer, at most ``ROWS_PER_TABLE`` rows of one table file (a
        list over the table reads its rows again, 40 deep)."""
        if not q.groups:
            return [], []
        hits = self.searcher.search(
            raw,
            k=self.depth,
            prepared=prepared,
            rows_per_table=ROWS_PER_TABLE,
            row_fits=lambda hit: not self._contradicts(q, hit),
        )
        passages = [h for h in hits if h.meta.get("kind") != "training"]
        # "menurut KAK, ...": the document the question names as its source is read first
        named = named_sources(
            raw,
            passages,
            lambda: self.searcher.acronyms_in(prepared),
            lambda hit: None if self._own_number(hit) is None else self._named_rule(q, hit),
        )
        passages = sources_first(passages, named)
        # "1 JP itu brp menit": the glossary's equation, read second (the best passage's
        # scores stay the gate's evidence; the preference puts the equation first)
        equation = self.conversions.equation(q, passages)
        definition = self.definitions.passage(q, prepared, passages, CANDIDATES)
        found = [h for h in (equation, definition) if h is not None]
        ids = {h.chunk.id for h in found}
        passages = [*passages[:1], *found, *(h for h in passages[1:] if h.chunk.id not in ids)]
        # an agenda naming the section asked comes after the section that says it
        pointing = [h for h in passages[:CANDIDATES] if self._only_points(q, h)]
        return hits, [*(h for h in passages if h not in pointing), *pointing]

    def inspect(self, raw: str) -> tuple[Evidence, list[Hit]]:
        """The gate's reading of a question and the passages it read (for fitting the gate)."""
        q, _, passages = self._retrieve(raw, self.searcher.prepare(raw or ""))
        evidence, _ = self._judge(q, passages)
        return evidence, passages

    def _judge(self, q: Question, hits: list[Hit]) -> tuple[Evidence, list[Hit]]:
        """The passages that state what was asked, and the gate's reading of the one that
        would be shown: the first of them, or the best passage when none does."""
        candidates = hits[:CANDIDATES]
        answering = self._unless_unstated(
            [h for h in candidates if self._answers(q, h)], q, candidates
        )
        shown = answering[0] if answering else None
        ordered = [shown, *(h for h in hits if h is not shown)] if shown else hits
        return self.evidence(q, ordered), answering

    def _unless_unstated(
        self, answering: list[Hit], q: Question, candidates: list[Hit]
    ) -> list[Hit]:
        """ "masuk talent pool dpt tunjangan tambahan ga? brp nominalnya": when no passage
        states the amount asked, the documents may not cover the allowance at all, so the
        yes/no ask is answered only where it is stated (all its known words), not by a
        passage that merely shares its topic (the talent pool, no word of an allowance)."""
        facts = [a for a in q.asked if a.kind in FACT_KINDS]
        open_asks = [a for a in q.asked if a.kind not in FACT_KINDS]
        if not facts or not open_asks:
            return answering
        if all(any(self._states(a, h) for h in candidates) for a in facts):
            return answering
        return [h for h in answering if any(self._states(a, h) for a in open_asks)]

    # -- passages ----------------------------------------------------------------------------
    def _coverage(self, q: Question, hit: Hit) -> float:
        s = self.searcher
        stems = set(s.stems.get(hit.chunk.id, ())) | ages_in_bands(q.text, hit.chunk.text)
        c = hit.chunk
        names = self._names.get()
        together = partial(in_order, f"{c.title}\n{c.section}\n{c.text}")
        return coverage(q.groups, stems, s.idf, s.unknown_idf, q.told, together, names)

    def evidence(self, q: Question, passages: list[Hit]) -> Evidence:
        s = self.searcher

        def stems(hit: Hit) -> frozenset[str]:
            return s.stems.get(hit.chunk.id, frozenset())

        return self.gate.judge(q, features(q, passages, s.idf, s.unknown_idf, stems))

    def _answers(self, q: Question, hit: Hit) -> bool:
        """Does this passage hold what was asked, not merely talk about the same topic?"""
        cov = self._coverage(q, hit)
        agree = hit.lexical_rank == 0 and hit.dense_rank == 0
        if cov < self.min_coverage and not (agree and cov >= AGREED_MIN_COVERAGE):
            return False
        if self.scope.about_a_sibling(q, hit) or self.scope.lacks_the_holder(q, hit):
            return False
        if self._contradicts(q, hit):
            return False
        if all(a.kind in ("who", "name") for a in q.asked) and self._unnamed_batch(q, hit):
            return False
        if all(a.kind in ("date", "day") for a in q.asked) and self._unnamed_batch(
            q, hit, dated=True
        ):
            return False
        if len(q.asked) == 1 and q.asked[0].asks_yes_no and self._unsayable(q.asked[0]):
            return False
        if self._another_way(q, hit):
            return False
        return self._asks_answered(q, hit, asks=q.asked) > 0

    def _only_points(self, q: Question, hit: Hit) -> bool:
        """An agenda or a table of contents, asked of something it only names: the section
        it names says it ("tenggat pelaporan brp hari" is not the agenda's "Tenggat pelaporan baru"),
        so it is read after the other passages (it still answers when none of them does: a
        list of required documents may name sections of its own)."""
        if not self.contents.lists_sections(hit):
            return False
        own = {w for w in tokenize(leaf(hit.chunk.section)) if not w.isdigit()}
        return not any(g & own for g in q.groups)

    @staticmethod
    def _how(q: Question) -> bool:
        """One ask, how something is done: no kind of fact to look for, one thing to do."""
        return not q.parts and q.asks_procedure and q.kind not in FACT_KINDS

    def _another_way(self, q: Question, hit: Hit) -> bool:
        """How to do something is asked, and the passage tells how to do another thing: it
        lacks the ask's most particular word, or the way asked is to do what no document names
        ("cara membuat paspor": a word of the language that none writes)."""
        if not self._how(q):
            return False
        done_to = _STEPS_OF.search(q.text)
        thing = done_to.group(1).split()[1:2] if done_to else []  # after the doing word
        unnamed = any(map(self._unused, tokenize(" ".join(thing))))
        return unnamed or not self._names_rarest(q, hit)

    def _names_rarest(self, q: Question, hit: Hit) -> bool:
        """ "gmn cara ngajuin cuti tahunan buat perawat shift": how to do something is asked of
        its most particular word that the documents use; a passage on study leave for shift
        staff, without "cuti", tells how to do another thing."""
        s = self.searcher
        # "langkah pertama reset kata sandi": "langkah" frames the ask, "reset" is its topic;
        # "cara ngisi riwayat diklat": "ngisi" is the doing, "riwayat diklat" what it is done to;
        # "prosedur mutasi PNS": after a frame naming steps, a noun is the topic
        doing = {
            t
            for m in _DOING.finditer(q.text)
            if m.group(1) in ("cara", "caranya", "bagaimana") or _a_verb(m.group(2))
            for t in tokenize(m.group(2))
        }
        topic = [g for g in q.groups if not g & (_FRAME | doing)]
        known = [g for g in topic if is_known(g, s.idf)]
        if len(known) < 2:
            return True
        rarest = max(known, key=lambda g: max(s.idf.get(a, 0.0) for a in g))
        return group_hits([rarest], set(s.stems.get(hit.chunk.id, ())))[0]

    def _unsayable(self, ask: Question) -> bool:
        """ "tukin sy dipotong ga ...": a word of the language that no document uses at all
        ("potong") is what no passage can state."""
        return any(all(self._unused(alt) for alt in g) for g in ask.groups)

    def _unused(self, word: str) -> bool:
        """A word of the language (a stem) that no document uses."""
        return (
            word not in self.searcher.idf
            and word in common_words()
            and not is_stopword(word)
            and word not in PURPOSE_WORDS  # "biar" is "agar", which documents write
        )

    def _contradicts(self, q: Question, hit: Hit) -> bool:
        """Read with its document's title: "belum pernah ikut Angkatan I" in the Angkatan II
        announcement is about Angkatan II; a row of the 2027 recap is not the 2026 figure. A
        broadcast's later paragraphs are read with its announcement line, which names the
        batch they are about (they name only the next batch's date in passing)."""
        headings, text = (hit.chunk.section, hit.chunk.title), hit.chunk.text
        opening = self.scope.opening(hit.chunk.doc_id)
        if opening and opening not in text:
            text = f"{opening}\n{text}"
        table_row = is_row(hit)
        return contradicts(text, q, headings=headings, table_row=table_row) or (
            not table_row and every_row_another(hit.chunk.text, q, (*headings, opening))
        )

    def _unnamed_batch(self, q: Question, hit: Hit, *, dated: bool = False) -> bool:
        """A batch's people, or (``dated``) its date, are where the batch is named: in the
        passage or its headings, and for a date also its message's headline (a year's date
        need not be named: a schedule of that year does not repeat it)."""
        headings = (hit.chunk.section, hit.chunk.title)
        if dated:
            headings = (*headings, self.scope.opening(hit.chunk.doc_id))
        text = hit.chunk.text
        # "| Angkatan | Tanggal |" over "| IV | 15-18 Juli |": read "Angkatan: IV"
        rows = (lambda: split_units(text)) if has_table(text) else None
        return unnamed_batch(text, q, headings=headings, years=not dated, rows=rows)

    def _asks_answered(self, q: Question, hit: Hit, *, asks: list | None = None) -> int:
        """How many pieces of the message this passage states (one for a single ask): all of
        them to rank passages (the one that fits the asker's situation too comes first), only
        the asking ones to tell whether it answers at all."""
        stems = self.searcher.stems.get(hit.chunk.id, frozenset())
        asks = (q.parts or [q]) if asks is None else asks
        return sum(
            self._names_head(a, stems)
            and self._states_near(a, hit.chunk, others=tuple(b for b in asks if b is not a))
            for a in asks
        )

    def _states_near(self, ask: Question, chunk, *, others: tuple[Question, ...] = ()) -> bool:
        """Read with its headings and its message's headline (the gate's feature reads the
        headings only: it was fitted so)."""
        s, about = self.searcher, self.scope.opening(chunk.doc_id)
        if ask.kind in ("number", "money") and not all(group_hits(ask.rates, s.stems[chunk.id])):
            return False  # a figure per semester asked: a passage naming no semester has none
        if about and other_levels(chunk.text, ordinals(about)):
            about = ""  # a paragraph on Angkatan III only is not about the headline's II
        # a row of a table file (name, post, unit a line each) is about what it names: a
        # person, or the unit and month of "Persentase Kehadiran (%): 77,3"
        record = is_row(chunk) and ask.kind in (*RECORD_KINDS, "definition")
        return fact_near_terms(
            _with_dated_heading(ask, chunk, flat=True),
            ask,
            s.idf,
            s.unknown_idf,
            context_of(chunk),
            about,
            record=record,
            others=others,
        )

    def _names_heads(self, q: Question, hit: Hit) -> bool:
        """Is this passage about what is asked ("latsar ... brp jp": about Latsar)?"""
        stems = self.searcher.stems.get(hit.chunk.id, frozenset())
        return all(self._names_head(a, stems) for a in q.asked)

    def _names_head(self, ask: Question, stems: frozenset[str]) -> bool:
        """ "honor fasilitator per JP berapa": a passage without "honor" states some other
        number of the facilitators, not this one."""
        idf = self.searcher.idf
        named = [g for g in (ask.head(idf), ask.list_topic(idf)) if g is not None]
        return all(group_hits(named, set(stems)))

    def _from_passages(self, q: Question, hits: list[Hit]) -> Answer:
        """The fact pinpointed when a passage holds it; the most relevant part of the best
        passage when the evidence is strong but the fact cannot be pinpointed; else a refusal."""
        evidence, answering = self._judge(q, hits)
        candidates = hits[:CANDIDATES]
        if not self.gate.strong(evidence, pinpointed=bool(answering)):
            # "covers the topic but does not state it" only when true: no passage states it
            on_topic = [
                h
                for h in candidates
                if self._coverage(q, h) >= self.min_coverage
                and self._names_heads(q, h)
                and not self.scope.about_a_sibling(q, h)
                and not self._contradicts(q, h)
            ]
            topic = on_topic[0] if on_topic and not answering else None
            said = self._left_out(q, topic, candidates) if topic is not None else None
            if said is not None:  # the document's own words on what it does not say
                return self._not_covered(*said, evidence)
            answer = self._abstain(q, hits, topic=topic)
            answer.evidence = evidence
            return answer
        s = self.searcher
        if any(a.kind in ("date", "day") for a in q.asked):
            answering.sort(key=_undated_row)
        preferred = preference(q, s.idf, s.unknown_idf)  # steps, list, the amounts given
        answering.sort(key=lambda h: preferred(h.chunk.text, context_of(h.chunk)))
        # "Perkasat Nomor 1 Tahun 2027 ditetapkan kapan": the rule's own passage before the
        # handbook's calendar that names it
        answering.sort(key=lambda h: not self._named_rule(q, h))
        if q.parts:  # the passage that states more of what was asked comes first
            answering.sort(key=lambda h: -self._asks_answered(q, h))
        if q.asks_rule_number:  # "nomor SE yang berlaku": the passage with its own number
            answering.sort(key=lambda h: not self._holds_own_number(h))
        if q.kind == "definition":  # "X itu apa": the passage that defines X comes first
            answering.sort(
                key=lambda h: not defines(h.chunk.text, q, s.idf, s.unknown_idf, record=is_row(h))
            )
        answering = self._moves_first(q, [*answering, *self._changes_below(q, answering, hits)])
        total = self.totals.whole(
            q,
            answering,
            fits=lambda h: not self._contradicts(q, h),
            cover=partial(self._coverage, q),
        )
        if total is not None:  # "total JP semua unit", "persen ASN capai target": the whole's row
            answering = [total, *(h for h in answering if h is not total)]
        shown = answering[0] if answering else hits[0]
        said = self._left_out(q, shown, candidates)
        if said is not None:  # "Pedoman ini tidak mengatur ...": said, not answered from
            return self._not_covered(*said, evidence)
        if not answering:
            if self._contradicts(q, hits[0]):  # about another batch or year: not shown
                return self._abstain(q, hits)
            if self._another_way(q, hits[0]):
                return self._abstain(q, hits)  # the study leave's rules, asked of annual leave
            return self._passage(q, hits[0], evidence)
        best, note = self.versions.current(q, answering, hits)
        if not note:  # a handbook on a replaced rule: the rule that replaced it, if it answers
            best, note = self.versions.over_follower(q, best, answering)
        text = self._quote(q, best)
        text = self._own_number_line(q, best, text) + text
        rest = self._rest_of_asks(q, best, candidates)
        for part, hit in rest:
            text += "\n\n" + self._quote_ask(q, part, hit)
        if note:
            text += "\n\n" + note
        best_cov = self._coverage(q, best)
        others = [
            h
            for h in answering[:3]
            if h.chunk.doc_id != best.chunk.doc_id
            and self.versions.is_current(h)
            and self._coverage(q, h) >= max(0.7, best_cov)
        ]
        others = list({h.chunk.doc_id: h for h in reversed(others)}.values())[::-1][:2]
        others += [h for _, h in rest if all(h is not o for o in others)]
        return Answer(
            self.citations.attach(text, best, others),
            True,
            [source_of(best)] + [source_of(h) for h in others],
            evidence=evidence,
        )

    def _moves_first(self, q: Question, hits: list[Hit]) -> list[Hit]:
        """ "forum akhir jadi kpn", "jadi di mana": minutes saying the day a passage above them
        gives was moved ("dipindahkan dari 28 Mei menjadi 25 Mei") come before it, when the
        sentence saying so names the question's thing ("Forum Akhir", not "Forum Tengah"); so
        does a change table's row ("Semula | Menjadi") whose old value it gives, whatever the
        kind asked ("kuota ... jd brp")."""
        rows_only = _rows_only(q)
        s, out = self.searcher, list(hits)
        # what is asked of, not the kind of fact ("jam brp": the new hour says "pukul")
        said_in = set().union(*map(given_in, q.asked))
        groups = [g for g in q.groups if not g & said_in] or q.groups
        for hit in hits[1:]:
            at = out.index(hit)
            heads = hit.chunk.section  # not its title: the minutes' title names every item
            moved = next(
                (
                    i
                    for i in range(at)
                    for unit in moves(hit.chunk.text, out[i].chunk.text, rows_only=rows_only)
                    if coverage(groups, _said(heads, unit), s.idf, s.unknown_idf) >= MOVED_COVERAGE
                    and self._moves_the_asked(q, out[i], unit)
                ),
                None,
            )
            if moved is not None:
                out.insert(moved, out.pop(at))
        return out

    def _moves_the_asked(self, q: Question, old: Hit, unit: str) -> bool:
        """A change moves the part of the passage it changes that the question asks of: the
        minutes moving the schedule's "Klinik Uji Kompetensi Gelombang II" row do not move its
        "Uji kompetensi Pustakawan Gelombang II" row, which holds more of "kapan ujikom
        pustakawan gelombang 2"."""
        s = self.searcher
        parts = split_units(old.chunk.text)
        cover = [coverage(q.groups, set(tokenize(p)), s.idf, s.unknown_idf) for p in parts]
        moved = [c for p, c in zip(parts, cover, strict=True) if moves(unit, p)]
        return not moved or max(moved) >= max(cover)

    def _changes_below(self, q: Question, answering: list[Hit], hits: list[Hit]) -> list[Hit]:
        """The passages past those read (the minutes' long table ranks below the schedule it
        changes), and any passage of the index, that move what the first answering passage
        gives: a change table's row, or for a day asked a sentence saying it moved."""
        if not answering:
            return []
        first = answering[0].chunk.text
        rows_only = _rows_only(q)
        below = [h for h in hits[CANDIDATES:] if moves(h.chunk.text, first, rows_only=rows_only)]
        read = {h.chunk.id for h in hits}
        below += self.changes.moving(first, rows_only=rows_only, skip=read)
        return [h for h in below if self._answers(q, h)]

    def _left_out(self, q: Question, shown: Hit, candidates: list[Hit]) -> tuple | None:
        """A passage of the shown one's document, ranked above it or itself, saying the
        document does not cover what was asked ("Rincian perubahan itu belum dirangkum"),
        with that sentence: what a document says it leaves out, none of its passages answers."""
        above = candidates[: next((i for i, h in enumerate(candidates) if h is shown), 0)]
        same = [h for h in above if h.chunk.doc_id == shown.chunk.doc_id]
        for hit in (*same, shown):
            sentence = leaves_out(hit.chunk.text, q, self.searcher.idf, self.searcher.unknown_idf)
            if sentence is not None:
                return hit, sentence
        return None

    def _own_number_line(self, q: Question, hit: Hit, quoted: str) -> str:
        """ "Nomor SE yang berlaku?": the document's own number, read from its head when the
        part of the passage shown does not write it."""
        number = self._own_number(hit)
        if not q.asks_rule_number or not number or _writes(quoted, number):
            return ""
        title = self.searcher.doc(hit.chunk.doc_id).title
        return self.t["doc_number"].format(title=title, number=number.upper()) + "\n\n"

    def _holds_own_number(self, hit: Hit) -> bool:
        number = self._own_number(hit)
        return bool(number) and _writes(hit.chunk.text, number)

    def _named_rule(self, q: Question, hit: Hit) -> bool:
        """Does the question name this passage's document by its own number ("Nomor 1 Tahun
        2027", "perkasat 1/2027", "SE 800.1/087/2026")?"""
        number = self._own_number(hit)
        return bool(number) and _writes(long_form(q.raw), number)

    def _own_number(self, hit: Hit) -> str | None:
        """The number the document's head gives it ("800.1/0217/dikbud/2026"), if any."""
        info = self.searcher.doc(hit.chunk.doc_id)
        return str(info.meta["number"]) if info is not None and info.meta.get("number") else None

    def _states(self, ask: Question, hit: Hit, *, others: tuple[Question, ...] = ()) -> bool:
        """The asked kind of fact next to the ask's words; for a yes/no or open ask, all of its
        words that the documents use ("kalo mau naik jenjang wajib uji kompetensi gak")."""
        s = self.searcher
        if ask.kind not in FACT_KINDS:
            stems = set(s.stems.get(hit.chunk.id, ()))
            return holds_all_known(ask.groups, stems, s.idf, s.unknown_idf)
        return self._states_near(ask, hit.chunk, others=others)

    def _rest_of_asks(self, q: Question, best: Hit, candidates: list[Hit]) -> list[tuple]:
        """A message that asks two things whose second fact stands in another passage (the
        date in the schedule, the JP in the announcement): each asked fact the shown passage
        does not state comes from the first other passage that states it, of the same
        document or of one that holds as much of the question (not the duration of another
        programme that shares a word with it)."""
        out: list[tuple[Question, Hit]] = []
        bar = self._coverage(q, best)  # another document must hold as much of the question
        for part in q.asked if q.parts else []:  # each ask read with the situation it follows
            others = tuple(a for a in q.asked if a is not part)
            if self._states(part, best, others=others):
                continue
            for hit in candidates:
                if hit is best or any(hit is h for _, h in out):
                    continue
                related = hit.chunk.doc_id == best.chunk.doc_id
                if not related and self._coverage(q, hit) < bar:
                    continue
                if self._contradicts(q, hit) or self.scope.about_a_sibling(q, hit):
                    continue  # another batch's, year's or programme's passage
                if self._states(part, hit, others=others):
                    out.append((part, hit))
                    break
        return out

    def _quote_ask(self, q: Question, part: Question, hit: Hit) -> str:
        """One ask's sentences, chosen by the whole question's topic and that ask's fact."""
        ask = replace(part, groups=q.groups, parts=[])
        return plain("\n".join(pick_sentences(hit.chunk.text, ask, self.searcher.idf)))

    def _passage(self, q: Question, hit: Hit, evidence: Evidence) -> Answer:
        """Strong evidence, fact not pinpointed: the nearest part of the passage, verbatim. A
        table file's row is one record: its name alone says nothing of its "Keterangan"."""
        text = self._text(q, hit)
        whole = is_row(hit) and len(text) <= WHOLE_PASSAGE_CHARS
        quoted = plain(
            text.strip() if whole else "\n".join(pick_sentences(text, q, self.searcher.idf))
        )
        text = f"{self.t['passage_label']}\n{quoted}"
        return Answer(
            self.citations.attach(text, hit, []),
            False,
            [source_of(hit)],
            kind="evidence",
            evidence=evidence,
        )

    def _text(self, q: Question, hit: Hit) -> str:
        """The passage's text; with the rest of its table for a question asking for several;
        under its heading when only the heading dates it ("## [2.3.0] - 2031-04-01")."""
        if q.several:
            return self.rows.whole_table(hit.chunk)
        return _with_dated_heading(q, hit.chunk)

    def _quote(self, q: Question, hit: Hit) -> str:
        """Short passages whole; long ones (and tables, which chat renders badly) by their
        best sentences or rows; "unit mana saja ..." over a table file: every matching row.
        A short passage with an item about another level or batch than the one asked ("1.
        Tingkat I: ... 2. Tingkat II: ...") is read for its sentences, which leave that out."""
        if q.several and is_row(hit):
            return self.rows.quote(q, hit)
        text = self._text(q, hit).strip()
        whole = q.kind == "list" or len(text) <= WHOLE_PASSAGE_CHARS
        headings = (hit.chunk.section, hit.chunk.title)
        # "kuota BPD-09 gerai samsat": the row's name and the office's cell, not every office's
        whole = whole and not (q.kind == "number" and one_cell_asked(text, q))
        if whole and not has_table(text) and not names_another(text, q, headings=headings):
            quoted = unwrapped(text.splitlines())  # chat wraps lines itself
        else:
            quoted = pick_sentences(text, q, self.searcher.idf)
        if is_chat(text):  # a correction may stand in the next passage
            chat = f"{text}\n{self.rows.next_passage(hit.chunk)}".splitlines()
            quoted = [*quoted, *corrections(quoted, chat)]
        return plain("\n".join(quoted))

    # -- abstention --------------------------------------------------------------------------
    def _not_covered(self, hit: Hit, sentence: str, evidence: Evidence) -> Answer:
        """The documents say they leave this to other rules: say so, with their words."""
        text = "\n".join(
            (
                self.t["not_covered"].format(topic=self.citations.cite(hit)),
                plain(sentence),
                self.t["suggest"],
            )
        )
        return Answer(text, False, [source_of(hit)], kind="abstain", evidence=evidence)

    def _abstain(self, q: Question, hits: list[Hit], topic: Hit | None = None) -> Answer:
        if topic is not None:
            what = self.t.get(f"what_{q.kind}", self.t["what_general"])
            lines = [self.t["missing_fact"].format(topic=self.citations.cite(topic), what=what)]
            sources = [source_of(topic)]
        else:
            lines = [self.t["not_found"]]
            near = list(
                dict.fromkeys(h.chunk.title for h in hits[:3] if self._coverage(q, h) >= 0.3)
            )
            if near:
                lines.append(self.t["nearest"].format(topics="; ".join(near[:2])))
            sources = []
        lines.append(self.t["suggest"])
        return Answer("\n".join(lines), False, sources, kind="abstain")


# the kinds of rule a question names a year of ("SE 2024", "aturan tahun 2022", "keputusan
# kepala pelaksana 2022", "perbup no 5 2019"; not "periode 2024")
YEARED_KINDS = ("aturan", "ketentuan", "edaran", "permenpan", *RULE_KINDS.split())


def _with_dated_heading(ask: Question, chunk, *, flat: bool = False) -> str:
    """ "versi 2.3 keluar kapan", "diperbaiki di versi berapa": a changelog's or a diary's
    entries are dated and numbered by their heading ("Versi 1.2 - 2 September 2030"), which
    the passage's text does not repeat; for a date or an identifying number asked, that
    heading is shown as the passage's first line, and read (``flat``) as one statement with
    the entries it dates."""
    identifier = ask.kind == "number" and not ask.units and asks_identifier(ask.text)
    if ask.kind not in ("date", "day") and not identifier:
        return chunk.text
    lines = [line.strip() for line in chunk.text.splitlines() if line.strip()] if flat else []
    if len(lines) > 1 and _a_release_label(lines[0]) and has_fact(lines[0], ask):
        # "Versi 1.1.0 dirilis 7 September 2026." opening a release's notes: each release
        # line numbers and dates the entries below it, up to the next, as a heading does
        return "\n".join(_under_release_lines(lines, ask))
    if has_fact(chunk.text, ask):
        return chunk.text
    # a heading naming what is asked, beside its date, that the entries do not name ("[2.3.0]
    # - 2031-04-01" for "versi 2.3"), not a meeting's date over what it discussed nor a list's
    # "(posisi Januari 2029)" over entries that name its topic themselves; a heading that is
    # only a release's label ("Versi 1.3 - 4 November 2030") names what its notes' title does
    # ("dirilis kapan" of "Catatan Rilis ...")
    own = set(tokenize(chunk.text))
    dated = [
        part
        for part in chunk.section.split(" > ")
        if has_fact(part, ask)
        and any(
            hit and not g & own
            for g, hit in zip(
                ask.groups, group_hits(ask.groups, _named_by(part, chunk)), strict=True
            )
        )
    ]
    if not dated:
        return chunk.text
    if flat:  # each entry is of its heading's date and version, however far down it is
        heads = " ".join(dated)
        return "\n".join(f"{heads} {line.strip(' -*•')}" for line in chunk.text.splitlines())
    return "\n".join([*dated, chunk.text])


def _named_by(heading: str, chunk) -> set[str]:
    """A heading's words but its dates; a release's label ("Versi 1.3 - 4 November 2030",
    "[2.3.0] - 2031-04-01": no word but its version's) with its document's title too."""
    words = _undated(heading)
    # a heading of a date only ("2031-09-07") names what the title does, as a label does
    return words | _undated(chunk.title) if _labels_only(words) else words


def _a_release_label(line: str) -> bool:
    """ "Versi 1.1.0 dirilis 7 September 2026.": a version's number and label, no other word."""
    words = _undated(line)
    return bool(words) and _labels_only(words)


def _labels_only(words: set[str]) -> bool:
    return all(re.fullmatch(r"[\d.]+", w) or w in _RELEASE_LABEL for w in words)


def _under_release_lines(lines: list[str], ask: Question) -> list[str]:
    """Each line read with the release line above it ("Versi 1.0.1 dirilis ..." starts anew)."""
    out, label = [], ""
    for line in lines:
        if _a_release_label(line) and has_fact(line, ask):
            label = line.rstrip(".")  # one statement with each entry, not a sentence of its own
        else:
            out.append(f"{label} {line.strip(' -*•')}")
    return out or lines


_RELEASE_LABEL = frozenset(tokenize("versi v rilis release"))


def _undated(heading: str) -> set[str]:
    """A heading's words but its dates, months and years."""
    plain = YEAR.sub(" ", MONTH.sub(" ", DAY.sub(" ", heading)))
    return set(tokenize(plain))


def _within(lines: list[str], text: str) -> bool:
    """Every one of these lines (some) is already said in ``text``."""
    return bool(lines) and all(line in text for line in lines)


def _rows_only(q: Question) -> bool:
    """A day (or the hour of a day) is moved by a sentence; any other value only by a change
    table's row."""
    return not all(a.kind in ("date", "day", "general") or "pukul" in a.units for a in q.asked)


def _rule_year(year: str) -> str:
    """A year written as a rule's: up to three words after the kind of rule."""
    return rf"\b(?:{'|'.join(YEARED_KINDS)})(?:\s+[\w.]+){{0,3}}?\s+{re.escape(year)}\b"


def _writes(text: str, number: str) -> bool:
    """Does ``text`` write this (lower-cased, space-normalised) rule number, not as part of a
    longer one ("1 tahun 2027" in "nomor 11 tahun 2027")?"""
    written = " ".join(text.lower().split())
    return bool(re.search(rf"(?<![\w./]){re.escape(number)}(?![\w/])", written))


_FRAME = frozenset(tokenize(" ".join(PROCEDURE_WORDS)))
# the way itself asked ("cara ...", "prosedur ..."), not "trus gmn?" after a situation told,
# which asks what follows from it: the doing word, then the thing it is done to, whose first
# word ("cara membuat paspor elektronik") no passage on another thing writes. The doing word
# itself may be chat's ("cara ganti kata sandi": documents write "mengubah"), and what comes
# after the thing is the asker's situation ("buat perawat shift", "pakai hp", "akun saya").
_STEPS_OF = re.compile(
    r"\b(?:cara|caranya|langkah|prosedur|mekanisme|alur|tahapan)\s+(.+?)"
    r"(?=\s+(?:buat|untuk|bagi|kalau|kalo|jika|apabila|di|ke|dari|agar|supaya|biar|yang|yg"
    r"|dengan|saat|ketika|pada|sebagai|selama|setelah|sebelum|pakai|lewat|via|melalui|secara"
    r")\b|\s*[?,.;!]|$)"
)
_DOING = re.compile(rf"\b({'|'.join(PROCEDURE_WORDS)})\s+(?=(\w+))")  # the word after "cara"


def _a_verb(word: str) -> bool:
    """ "pengajuan", "mengisi", "ngajuin": the stem drops an affix, or a spoken "ng-" leads."""
    return stem(word) != word or word.startswith("ng")


def _said(heads: str, unit: str) -> set[str]:
    """What a sentence moving a day, or a change table's row, says with its section's heads."""
    stems = set(tokenize(f"{heads} {unit}"))
    return stems | CHANGE_STEMS if changed_from(unit) is not None else stems


def _undated_row(hit: Hit) -> bool:
    """ "kapan jadwal BPD-08": a table file's row naming the course with no day of a month (the
    quota file's "semua hari Sabtu") steps behind a passage that dates it ("Angk. I Sabtu 14
    Mar" in the catalogue); prose keeps its place (a rule's "setiap Kamis minggu kedua")."""
    return is_row(hit) and not DAY.search(hit.chunk.text)
