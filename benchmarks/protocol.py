"""The evaluation protocol: which questions tune Pandu and which only measure it.

Every question set is split by document: all questions whose best source is one document fall
in the same half, so the test half asks about documents no tuning question asked about.
Out-of-scope questions are split by id. Within each set the documents are ordered by a hash
and dealt alternately, so each half gets half the documents whatever their names. The tuning
half is split once more the same way: ``fit`` (the gate's weights) and ``threshold`` (its
cut-off, chosen on questions the weights never saw).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_KB = (
    ROOT / "knowledge" / "docs",
    ROOT / "knowledge" / "samples",
    HERE / "eval" / "kb_extra",
)


@dataclass(frozen=True)
class QuestionSet:
    name: str
    questions: Path
    kb: tuple[Path, ...]
    cache: Path


SETS = {
    s.name: s
    for s in (
        QuestionSet("tuning", HERE / "eval" / "questions.yaml", DEFAULT_KB, HERE / ".cache"),
        QuestionSet(
            "holdout", HERE / "eval" / "questions_holdout.yaml", DEFAULT_KB, HERE / ".cache"
        ),
        QuestionSet("topics", HERE / "eval" / "questions_topics.yaml", DEFAULT_KB, HERE / ".cache"),
        QuestionSet(
            "agency_b",
            HERE / "eval" / "questions_agency_b.yaml",
            (HERE / "eval" / "agency_b",),
            HERE / ".cache" / "agency_b",
        ),
        QuestionSet(
            "agency_c",
            HERE / "eval" / "questions_agency_c.yaml",
            (HERE / "eval" / "agency_c",),
            HERE / ".cache" / "agency_c",
        ),
        QuestionSet(
            "agency_d",
            HERE / "eval" / "questions_agency_d.yaml",
            (HERE / "eval" / "agency_d",),
            HERE / ".cache" / "agency_d",
        ),
        QuestionSet(
            "agency_e",
            HERE / "eval" / "questions_agency_e.yaml",
            (HERE / "eval" / "agency_e",),
            HERE / ".cache" / "agency_e",
        ),
        QuestionSet(
            "agency_f",
            HERE / "eval" / "questions_agency_f.yaml",
            (HERE / "eval" / "agency_f",),
            HERE / ".cache" / "agency_f",
        ),
        QuestionSet(
            "agency_g",
            HERE / "eval" / "questions_agency_g.yaml",
            (HERE / "eval" / "agency_g",),
            HERE / ".cache" / "agency_g",
        ),
        QuestionSet(
            "agency_h",
            HERE / "eval" / "questions_agency_h.yaml",
            (HERE / "eval" / "agency_h",),
            HERE / ".cache" / "agency_h",
        ),
        QuestionSet(
            "agency_i",
            HERE / "eval" / "questions_agency_i.yaml",
            (HERE / "eval" / "agency_i",),
            HERE / ".cache" / "agency_i",
        ),
        QuestionSet(
            "agency_j",
            HERE / "eval" / "questions_agency_j.yaml",
            (HERE / "eval" / "agency_j",),
            HERE / ".cache" / "agency_j",
        ),
        QuestionSet(
            "agency_k",
            HERE / "eval" / "questions_agency_k.yaml",
            (HERE / "eval" / "agency_k",),
            HERE / ".cache" / "agency_k",
        ),
        QuestionSet(
            "agency_l",
            HERE / "eval" / "questions_agency_l.yaml",
            (HERE / "eval" / "agency_l",),
            HERE / ".cache" / "agency_l",
        ),
        QuestionSet(
            "agency_m",
            HERE / "eval" / "questions_agency_m.yaml",
            (HERE / "eval" / "agency_m",),
            HERE / ".cache" / "agency_m",
        ),
        QuestionSet(
            "agency_n",
            HERE / "eval" / "questions_agency_n.yaml",
            (HERE / "eval" / "agency_n",),
            HERE / ".cache" / "agency_n",
        ),
        QuestionSet(
            "agency_o",
            HERE / "eval" / "questions_agency_o.yaml",
            (HERE / "eval" / "agency_o",),
            HERE / ".cache" / "agency_o",
        ),
        QuestionSet(
            "agency_p",
            HERE / "eval" / "questions_agency_p.yaml",
            (HERE / "eval" / "agency_p",),
            HERE / ".cache" / "agency_p",
        ),
        QuestionSet(
            "agency_q",
            HERE / "eval" / "questions_agency_q.yaml",
            (HERE / "eval" / "agency_q",),
            HERE / ".cache" / "agency_q",
        ),
        QuestionSet(
            "agency_r",
            HERE / "eval" / "questions_agency_r.yaml",
            (HERE / "eval" / "agency_r",),
            HERE / ".cache" / "agency_r",
        ),
        QuestionSet(
            "agency_s",
            HERE / "eval" / "questions_agency_s.yaml",
            (HERE / "eval" / "agency_s",),
            HERE / ".cache" / "agency_s",
        ),
        QuestionSet(
            "agency_t",
            HERE / "eval" / "questions_agency_t.yaml",
            (HERE / "eval" / "agency_t",),
            HERE / ".cache" / "agency_t",
        ),
        QuestionSet(
            "agency_u",
            HERE / "eval" / "questions_agency_u.yaml",
            (HERE / "eval" / "agency_u",),
            HERE / ".cache" / "agency_u",
        ),
        QuestionSet(
            "agency_v",
            HERE / "eval" / "questions_agency_v.yaml",
            (HERE / "eval" / "agency_v",),
            HERE / ".cache" / "agency_v",
        ),
        QuestionSet(
            "agency_w",
            HERE / "eval" / "questions_agency_w.yaml",
            (HERE / "eval" / "agency_w",),
            HERE / ".cache" / "agency_w",
        ),
        QuestionSet(
            "agency_x",
            HERE / "eval" / "questions_agency_x.yaml",
            (HERE / "eval" / "agency_x",),
            HERE / ".cache" / "agency_x",
        ),
        QuestionSet(
            "agency_y",
            HERE / "eval" / "questions_agency_y.yaml",
            (HERE / "eval" / "agency_y",),
            HERE / ".cache" / "agency_y",
        ),
        QuestionSet(
            "agency_z",
            HERE / "eval" / "questions_agency_z.yaml",
            (HERE / "eval" / "agency_z",),
            HERE / ".cache" / "agency_z",
        ),
        QuestionSet(
            "agency_za",
            HERE / "eval" / "questions_agency_za.yaml",
            (HERE / "eval" / "agency_za",),
            HERE / ".cache" / "agency_za",
        ),
        QuestionSet(
            "agency_zb",
            HERE / "eval" / "questions_agency_zb.yaml",
            (HERE / "eval" / "agency_zb",),
            HERE / ".cache" / "agency_zb",
        ),
        QuestionSet(
            "agency_zc",
            HERE / "eval" / "questions_agency_zc.yaml",
            (HERE / "eval" / "agency_zc",),
            HERE / ".cache" / "agency_zc",
        ),
        QuestionSet(
            "agency_zd",
            HERE / "eval" / "questions_agency_zd.yaml",
            (HERE / "eval" / "agency_zd",),
            HERE / ".cache" / "agency_zd",
        ),
        QuestionSet(
            "agency_ze",
            HERE / "eval" / "questions_agency_ze.yaml",
            (HERE / "eval" / "agency_ze",),
            HERE / ".cache" / "agency_ze",
        ),
        QuestionSet(
            "agency_zf",
            HERE / "eval" / "questions_agency_zf.yaml",
            (HERE / "eval" / "agency_zf",),
            HERE / ".cache" / "agency_zf",
        ),
        QuestionSet(
            "agency_zg",
            HERE / "eval" / "questions_agency_zg.yaml",
            (HERE / "eval" / "agency_zg",),
            HERE / ".cache" / "agency_zg",
        ),
    )
}


def _order(keys: set[str], salt: str) -> list[str]:
    return sorted(keys, key=lambda k: hashlib.sha256(f"{salt}:{k}".encode()).hexdigest())


def _deal(items: list[dict], salt: str) -> tuple[list[dict], list[dict]]:
    """Two halves of ``items``, whole documents (or out-of-scope ids) to one side each."""

    def key(item: dict) -> str:
        return item["expected"][0] if item["expected"] else f"oos:{item['id']}"

    answerable = _order({key(i) for i in items if i["expected"]}, salt)
    refused = _order({key(i) for i in items if not i["expected"]}, salt)
    first = set(answerable[::2]) | set(refused[::2])
    return [i for i in items if key(i) in first], [i for i in items if key(i) not in first]


def halves(items: list[dict], set_name: str) -> dict[str, list[dict]]:
    """tune, test, and the tuning half's two parts: fit and threshold."""
    tune, test = _deal(items, set_name)
    fit, threshold = _deal(tune, f"{set_name}:tune")
    return {"tune": tune, "test": test, "fit": fit, "threshold": threshold, "all": items}


def load(question_set: QuestionSet) -> list[dict]:
    return yaml.safe_load(question_set.questions.read_text())
