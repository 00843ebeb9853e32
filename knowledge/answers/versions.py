"""Which rule is in force: answer from it, and say so when a question asks about the rule it
replaced or a replaced rule says otherwise (a decree revoking an older one, a circular's new
deadline)."""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.answers.contents import leaf
from knowledge.reading.facts import has_fact
from knowledge.reading.passages import FACT_KINDS, coverage
from knowledge.reading.question import Question
from knowledge.search.searcher import (
    NOW_WORDS,
    OLD_RULE_WORDS,
    DocInfo,
    Hit,
    Searcher,
    asks_about,
    ranked_docs,
)
from knowledge.text.articles import ARTICLE, cited_numbers

ARTICLE_COVERAGE = 0.5  # share of the question's weighted words an amended article holds


class RuleVersions:
    def __init__(
        self,
        searcher: Searcher,
        texts: dict[str, str],
        *,
        answers: Callable[[Question, Hit], bool],
        quote: Callable[[Question, Hit], str],
        chunks_of: Callable[[str], list],
    ) -> None:
        self.searcher = searcher
        self.t = texts
        self.answers = answers  # does a passage hold what was asked
        self.quote = quote  # the part of a passage shown
        self.chunks_of = chunks_of  # a document's passages (read once per index version)

    def is_current(self, hit: Hit) -> bool:
        info = self.searcher.doc(hit.chunk.doc_id)
        return info is None or info.in_force(hit.chunk.section)

    def _note(self, key: str, old: DocInfo, new: DocInfo) -> str:
        """The note for a rule replaced whole, or for an article another rule amended."""
        key = f"{key}_changed" if old.amended_by(new.doc_id) else key
        return self.t[key].format(old=_label(old), new=_label(new))

    def current(self, q: Question, answering: list[Hit], hits: list[Hit]) -> tuple[Hit, str]:
        """Answer from the rule in force; when the user asked about the rule it replaced, answer
        that and say what replaced it; when a replaced rule says otherwise, say it is replaced."""
        best = answering[0]
        info = self.searcher.doc(best.chunk.doc_id)
        if info is not None and not self.is_current(best):
            newer = self._newest(info)
            if newer is None:
                return best, self.t["revoked_note"]
            replacement = next((h for h in answering if h.chunk.doc_id == newer.doc_id), None)
            if self._asks_old_rule(q, info, newer):
                note = self._note("old_rule_note", info, newer)
                current = replacement or self._best_in_doc(q, newer.doc_id, strict=False)
                if current is not None:
                    note += "\n" + self.t["current_rule"].format(new=_label(newer))
                    note += " " + self.quote(q, current)
                return best, note
            if replacement is None:
                return best, self._note("superseded_note", info, newer)
            best, info = replacement, newer
        replaced = [self.searcher.doc(d) for d in self._replaced_docs(info)]
        if not replaced and OLD_RULE_WORDS.search(q.text):
            return self._old_rule_elsewhere(q, best, hits)
        asked_old = next((d for d in replaced if d and self._asks_old_rule(q, d, info)), None)
        if asked_old is not None:
            old_hit = self._best_in_doc(q, asked_old.doc_id)
            note = self._note("old_rule_note", asked_old, info)
            if old_hit is not None:
                note += (
                    "\n"
                    + self.t["current_rule"].format(new=_label(info))
                    + " "
                    + self.quote(q, best)
                )
                return old_hit, note
            return best, note
        older = [h for h in answering if self._replaced_by(h, info)]
        if not older:
            return best, ""
        old_info = self.searcher.doc(older[0].chunk.doc_id)
        return best, self._note("replaced_note", old_info, info)

    def over_follower(self, q: Question, best: Hit, answering: list[Hit]) -> tuple[Hit, str]:
        """ "RPK sekarang disetujui siapa": a handbook written on a rule since replaced may give
        the old rule's value; asked what holds now ("sekarang", "menurut aturan baru"), the
        replacing rule's passage answers instead when it states what was asked, with a note.
        Asked without, the handbook answers: its figures and names the rule may not have
        ("jumlah pegawai per 1 Januari", who administers the application), unless the passage
        itself names the replaced rule ("Target JP menurut Peraturan Kepala Badan Nomor 2
        Tahun 2026 adalah: ..."). A rule amended, not replaced, counts only when asked now: the
        amendment answers only what it changed."""
        info = self.searcher.doc(best.chunk.doc_id)
        if info is None or not info.follows_replaced:
            return best, ""
        asks_now = bool(_ASKS_NOW.search(q.text))
        for new_id in info.follows_replaced:
            if not asks_now and not self._cites_replaced(best, new_id):
                continue
            new = self.searcher.doc(new_id)
            hit = next((h for h in answering if h.chunk.doc_id == new_id), None)
            hit = hit or self._best_in_doc(q, new_id) or self._changed_article(q, best, new_id)
            if hit is None and asks_now and self._cites_replaced(best, new_id):
                # "sekarang jadwalnya jam brp" of "Sesuai SE 027/2029, setiap Jumat pukul ...":
                # what holds now is the replacing rule's passage stating the kind asked,
                # whatever its words ("Kamis Belajar ... pukul 13.30-15.30 WIB")
                hit = self._best_in_doc(q, new_id, strict=False)
            if hit is not None and new is not None:
                # the rule it cites amended by ``new``, not replaced whole
                key = (
                    "follower_note" if new.replaced_whole & info.cites else "follower_note_changed"
                )
                return hit, self.t[key].format(doc=_label(info), new=_label(new))
        return best, ""

    def _changed_article(self, q: Question, best: Hit, new_id: str) -> Hit | None:
        """ "Target JP ... ditetapkan dalam Pasal 4 Peraturan ... Nomor 2 Tahun 2029": the
        amendment's own Pasal 4, when it changed that article of that rule and holds what was
        asked, is what holds now, whatever its words ("wajib memenuhi paling sedikit 16 JP" says
        no "target")."""
        changed = {
            old.meta["number"]: old.changed.get(new_id, frozenset())
            for old in self.searcher.docs.values()
            if old.meta.get("number")
        }
        wanted = {
            article.upper()
            for sentence in re.split(r"(?<=[.;])\s+", best.chunk.text)
            for number in cited_numbers(sentence) & changed.keys()
            for article in ARTICLE.findall(sentence)
            if article.upper() in changed[number]
        }
        if not wanted:
            return None
        s = self.searcher
        articles = [
            (coverage(q.groups, s.stems[c.id], s.idf, s.unknown_idf), c)
            for c in self.chunks_of(new_id)
            if (m := ARTICLE.fullmatch(leaf(c.section).strip()))
            and m.group(1).upper() in wanted
            and has_fact(c.text, q)
        ]
        # a fact asked ("berapa", "siapa", "kapan"), of the article holding most of the words
        held, chunk = max(articles, key=lambda a: a[0], default=(0.0, None))
        fits = chunk is not None and q.kind in FACT_KINDS and held >= ARTICLE_COVERAGE
        return Hit(chunk, 0.0) if fits else None

    def _cites_replaced(self, hit: Hit, new_id: str) -> bool:
        """The passage names by number a rule that ``new_id`` replaced whole (the rule its
        figures come from, or one it names in passing: the replacing rule's passage answers
        only where it states what was asked)."""
        new = self.searcher.doc(new_id)
        return new is not None and bool(new.replaced_whole & cited_numbers(hit.chunk.text))

    def _old_rule_elsewhere(self, q: Question, best: Hit, hits: list[Hit]) -> tuple[Hit, str]:
        """ "dulu waktu aturan yang lama, batas kirimnya brp hari?": the best passage is of a
        document that replaced nothing (a newsletter); the replaced rule among the hits that
        states the asked kind of fact answers, with what replaced it."""
        for doc_id in ranked_docs(hits):  # each document once: its search is 40 deep
            old = self.searcher.doc(doc_id)
            new = self._newest(old) if old is not None and not old.is_current else None
            if new is None:
                continue
            old_hit = self._best_in_doc(q, old.doc_id, strict=False)
            if old_hit is not None:
                return old_hit, self._note("old_rule_note", old, new)
        return best, ""

    def _replaced_docs(self, info: DocInfo | None) -> list[str]:
        if info is None:
            return []
        return [d.doc_id for d in self.searcher.docs.values() if info.doc_id in d.superseded_by]

    def _best_in_doc(self, q: Question, doc_id: str, *, strict: bool = True) -> Hit | None:
        """One document's best passage for the question (the other rule's counterpart);
        not strict: it needs the asked kind of fact, not the whole question's wording."""
        s = self.searcher
        hits = [h for h in s.search(q.raw, k=40, prepared=q.raw) if h.chunk.doc_id == doc_id]
        if strict:
            return next((h for h in hits if self.answers(q, h)), None)
        return next((h for h in hits if has_fact(h.chunk.text, q)), None)

    def _replaced_by(self, hit: Hit, current: DocInfo | None) -> bool:
        info = self.searcher.doc(hit.chunk.doc_id)
        return (
            current is not None
            and info is not None
            and current.doc_id in info.superseded_by
            and not info.in_force(hit.chunk.section)
        )

    def _newest(self, info: DocInfo) -> DocInfo | None:
        seen, current = {info.doc_id}, info
        while current.superseded_by:
            nxt = self.searcher.doc(current.superseded_by[0])
            if nxt is None or nxt.doc_id in seen:
                break
            seen.add(nxt.doc_id)
            current = nxt
        return current if current is not info else None

    @staticmethod
    def _asks_old_rule(q: Question, old: DocInfo, new: DocInfo) -> bool:
        return asks_about(q.text, old, new)


# "sekarang", "yang berlaku", "menurut perkadis baru", "aturan terbaru"
_ASKS_NOW = re.compile(
    rf"{NOW_WORDS.pattern}|\b(?:yang|yg)\s+berlaku\b"
    r"|\b(?:aturan|peraturan|ketentuan|perkadis|perbup|pergub|perwal\w*|edaran|se)\s+(?:yang\s+)?baru\b"
)


def _label(info: DocInfo) -> str:
    return info.title
