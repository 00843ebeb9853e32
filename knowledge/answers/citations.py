"""Where an answer comes from, as the asker reads it: the passage's document and section, its
legal basis, whose rule it is, and when a national rule was last checked."""

from __future__ import annotations

from knowledge.search.searcher import Hit
from knowledge.text.dates import format_date, parse_date


class Citations:
    def __init__(self, phrases: dict[str, str]) -> None:
        self.t = phrases

    def attach(self, text: str, best: Hit, others: list[Hit]) -> str:
        """The answer with its source, the other documents that say the same, and the notes
        its source calls for (an agency's own rule, a rule kept in force until replaced)."""
        lines = [text, "", f"{self.t['source']}: {self.cite(best)}"]
        if others:
            lines.append(f"{self.t['see_also']}: " + "; ".join(self.cite(h) for h in others))
        if best.meta.get("authority") == "instansi" and "instansi" not in text.lower():
            lines.append(self.t["varies_note"])
        if best.meta.get("transitional_under"):  # a rule kept in force until it is replaced
            lines.append(self.t["transitional_note"].format(law=best.meta["transitional_under"]))
        return "\n".join(lines)

    def cite(self, hit: Hit) -> str:
        meta = hit.meta
        parts = [
            p for p in (short_regulation(meta), self._authority(meta), self._checked(meta)) if p
        ]
        where = f"{hit.chunk.title} — {hit.chunk.section}" if hit.chunk.section else hit.chunk.title
        return where + (f" ({'; '.join(parts)})" if parts else "")

    def _authority(self, meta: dict) -> str:
        if meta.get("status") == "contoh":
            return self.t["example"]
        return {"nasional": self.t["national"], "instansi": self.t["agency"]}.get(
            meta.get("authority", ""), ""
        )

    def _checked(self, meta: dict) -> str:
        """When a national rule was last checked against its public source."""
        day = parse_date(str(meta.get("last_verified", "")))
        if meta.get("authority") != "nasional" or day is None:
            return ""
        return self.t["verified"].format(date=format_date(day))


def short_regulation(meta: dict) -> str:
    """The main legal basis only: the first of the listed regulations, kept short."""
    first = str(meta.get("regulation", "")).split(";")[0].strip()
    return first if len(first) <= 70 else first[:67].rsplit(" ", 1)[0] + "…"
