"""Vocabulary-aware repair of chat words: Jakarta slang affixes ("ngembangin", "dipake") and
typos ("pelatihn") are mapped onto words the knowledge base actually uses."""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from knowledge.text.normalize import ACRONYMS
from knowledge.text.tokens import common_words, is_stopword, stem

_WORD = re.compile(r"[a-z]+")
_VOWELS = "aiueo"
CLIPPED_MIN = 6  # shorter clippings ("info", "admin") begin too many words
CLIPPED_MAX_CUT = 4  # letters a clipping leaves off ("transport|asi", "sertif|ikat")
BLEND_PHRASE_MIN = 3  # passages writing a phrase a chat blend may stand for
BLEND_RATIO = 3  # ... how many times more than write the blend itself
BLEND_LEAD = 2  # ... and than write the next phrase the blend fits
# a chat word written without its vowels ("jdwl", "sblm"): three consonants are an acronym
# as often as not in the civil service ("spt", "plt", "sks", "bpk"), so four at least
SKELETON_LETTERS = (4, 7)
SKELETON_LEAD = 2  # ... and its word written this many times more often than the next


def _slang_forms(word: str) -> list[str]:
    forms: list[str] = []
    bases = [word]
    if word.endswith("nya") and len(word) > 5:
        bases.append(word[:-3])
    if word.endswith("in") and len(word) > 5:
        bases += [word[:-2] + "kan", word[:-2] + "i", word[:-2]]
    for base in bases:
        forms.append(base)
        if base.startswith("ng") and len(base) > 4:
            rest = base[2:]
            forms += ["me" + base, "meng" + rest, "meng" + "h" + rest, "men" + rest]
        if base.startswith("ny") and len(base) > 4:  # "nyusun": menyusun; "nyatet": mencatat
            forms += ["meny" + base[2:], "men" + "s" + base[2:], "menc" + base[2:]]
        if base[:1] in "nm" and base[1:2] in _VOWELS and len(base) > 4:
            forms.append("me" + base)  # "nerbitin" -> "menerbitkan", "milih" -> "memilih"
        if base.startswith("nge") and len(base) > 5:
            forms.append("meng" + base[3:])
        # "ketemu": bertemu, "kepake": terpakai ("keluar" is a function word, no such verb)
        if base.startswith("ke") and len(base) > 5 and not is_stopword(base):
            forms += ["ber" + base[2:], "ter" + base[2:]]
        if base.endswith("e") and len(base) > 3:
            forms.append(base[:-1] + "ai")
        for i in range(1, len(base) - 1):  # "taun" -> "tahun", "liat" -> "lihat"
            if base[i - 1] in _VOWELS and base[i] in _VOWELS:
                forms.append(base[:i] + "h" + base[i:])
    # Jakarta "e" for the "a" of a last closed syllable: "catet" is "catat", "sempet" "sempat"
    # (not in a word of its own: "bareng" is no "barang")
    if word in common_words():
        return forms
    return forms + [_FINAL_E.sub(r"a\1", f) for f in forms if _FINAL_E.search(f)]


_SUFFIXED = re.compile(r"(?<=[a-z]{3})(nya|ku|mu|lah|kah|pun)$")


_RUN = re.compile(r"[a-z]+(?: [a-z]+)+")  # words one space apart: no digit, mark or line break


def _pairs(words: list[str]) -> Iterable[tuple[str, str]]:
    """Two words a chat blend may stand for: content words, neither a bare syllable."""
    for first, second in zip(words, words[1:], strict=False):
        if len(first) >= 3 and len(second) >= 4 and not is_stopword(first):
            yield first, second


def _skeleton(word: str) -> str:
    return "".join(c for c in word if c not in _VOWELS)


_FINAL_E = re.compile(r"(?<=[^aiueo])e([^aiueo]+)$")


class Speller:
    def __init__(self, texts: Iterable[str], stems: Iterable[str]) -> None:
        self.counts: Counter[str] = Counter()  # passages writing each word
        pairs: Counter[tuple[str, str]] = Counter()  # passages writing each phrase of two
        for text in texts:
            lowered = text.lower()
            self.counts.update(set(_WORD.findall(lowered)))
            pairs.update({p for run in _RUN.findall(lowered) for p in _pairs(run.split())})
        self.words = set(self.counts)
        # two-word phrases written often, by the first two letters of each of their words
        self._phrases: dict[tuple[str, str], list[tuple[str, str, int]]] = defaultdict(list)
        for (first, second), n in pairs.items():
            if n >= BLEND_PHRASE_MIN:
                self._phrases[first[:2], second[:2]].append((first, second, n))
        self.stems = set(stems)
        self._by_letter: dict[str, list[str]] = defaultdict(list)
        for word in self.words:
            if len(word) >= 4:
                self._by_letter[word[0]].append(word)
        # the documents' words by their consonants ("bayar" -> "byr"), each with its passages
        self._skeletons: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for word in self.words:
            bare = _skeleton(word)
            if len(word) > len(bare) and SKELETON_LETTERS[0] <= len(bare) <= SKELETON_LETTERS[1]:
                self._skeletons[bare].append((self.counts[word], word))
        self.correct = lru_cache(maxsize=50_000)(self._correct)
        self.blend = lru_cache(maxsize=50_000)(self._blend)

    def known(self, word: str) -> bool:
        return word in self.words or stem(word) in self.stems

    def _correct(self, word: str) -> str:
        if not word.isalpha() or len(word) < 3 or self.known(word):
            return word
        if self.blend(word):  # "ujikom" is read as its phrase, not as a typo of "ujian"
            return word
        forms = [f for f in _slang_forms(word) if f != word]
        # a word the documents write ("menyetujui") before one that only shares its stem
        for form in [f for f in forms if f in self.words] + forms:
            if self.known(form):
                return form
        clipped = self._clipped(word) or self._voweled(word)
        if clipped:
            return clipped
        if _SUFFIXED.sub("", word) in common_words():  # "katanya" is no typo of "kaitannya"
            return word
        if len(word) >= 5:
            pool = [w for w in self._by_letter.get(word[0], ()) if abs(len(w) - len(word)) <= 2]
            match = difflib.get_close_matches(word, pool, n=1, cutoff=0.86)
            if match:
                return match[0]
        return word

    def _clipped(self, word: str) -> str | None:
        """ "transport", "evaluasinya" aside: a chat word cut short of the one word the
        documents write in full ("transport" -> "transportasi"), when only one word fits."""
        if len(word) < CLIPPED_MIN or word in common_words():  # "persen" is no clipping
            return None
        longer = [
            w
            for w in self._by_letter.get(word[0], ())
            if w.startswith(word) and len(w) - len(word) <= CLIPPED_MAX_CUT
        ]
        return longer[0] if len(longer) == 1 else None

    def _voweled(self, word: str) -> str | None:
        """ "jdwl", "sblm", "tmpt": a chat word written with its consonants only is the word
        the documents write with those consonants in that order, when one such word is
        written far more often than any other ("srt" would be "surat" or "serta": too short
        to tell, and an acronym as likely)."""
        if _skeleton(word) != word or word in common_words() or word in ACRONYMS:
            return None
        ranked = sorted(self._skeletons.get(word, ()), reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[1][0] * SKELETON_LEAD > ranked[0][0]):
            return None
        return ranked[0][1]

    def _blend(self, word: str) -> str | None:
        """ "ujikom", "renstra": a chat word made of the heads of two words the documents
        write together often ("uji kompetensi", "rencana strategis") and the word itself
        seldom; the phrase, when only one fits best."""
        if not word.isalpha() or not 5 <= len(word) <= 12:
            return None
        if word in common_words() or stem(word) in common_words():  # "sehari", "kebagian"
            return None
        found: dict[str, int] = {}
        for cut in range(2, len(word) - 2):
            head, tail = word[:cut], word[cut:]
            for first, second, n in self._phrases.get((head[:2], tail[:2]), ()):
                if first.startswith(head) and second.startswith(tail):
                    found[f"{first} {second}"] = max(found.get(f"{first} {second}", 0), n)
        ranked = sorted(found.items(), key=lambda item: -item[1])
        if not ranked or (len(ranked) > 1 and ranked[1][1] * BLEND_LEAD > ranked[0][1]):
            return None
        phrase, n = ranked[0]
        return phrase if n >= BLEND_RATIO * self.counts.get(word, 0) else None

    def repair(self, text: str, *, keep: frozenset[str] = frozenset()) -> str:
        """``keep``: acronyms, not chat: the ones the asker wrote in capitals ("STR", "THR"),
        the ones the documents define, the usual ones ("kemenkeu" is no typo of "kemenkes")."""
        return " ".join(w if w in keep else self.correct(w) for w in text.split())
