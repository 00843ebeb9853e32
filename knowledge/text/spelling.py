"""Vocabulary-aware repair of chat words: Jakarta slang affixes ("ngembangin", "dipake") and
typos ("pelatihn") are mapped onto words the knowledge base actually uses."""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from knowledge.text.tokens import common_words, stem

_WORD = re.compile(r"[a-z]+")
_VOWELS = "aiueo"
CLIPPED_MIN = 6  # shorter clippings ("info", "admin") begin too many words
CLIPPED_MAX_CUT = 4  # letters a clipping leaves off ("transport|asi", "sertif|ikat")


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
_FINAL_E = re.compile(r"(?<=[^aiueo])e([^aiueo]+)$")


class Speller:
    def __init__(self, texts: Iterable[str], stems: Iterable[str]) -> None:
        self.words: set[str] = set()
        for text in texts:
            self.words.update(_WORD.findall(text.lower()))
        self.stems = set(stems)
        self._by_letter: dict[str, list[str]] = defaultdict(list)
        for word in self.words:
            if len(word) >= 4:
                self._by_letter[word[0]].append(word)
        self.correct = lru_cache(maxsize=50_000)(self._correct)

    def known(self, word: str) -> bool:
        return word in self.words or stem(word) in self.stems

    def _correct(self, word: str) -> str:
        if not word.isalpha() or len(word) < 3 or self.known(word):
            return word
        forms = [f for f in _slang_forms(word) if f != word]
        # a word the documents write ("menyetujui") before one that only shares its stem
        for form in [f for f in forms if f in self.words] + forms:
            if self.known(form):
                return form
        clipped = self._clipped(word)
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

    def repair(self, text: str) -> str:
        return " ".join(self.correct(w) for w in text.split())
