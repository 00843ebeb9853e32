"""The evidence gate: fitted data that loads per model, monotone in every signal, and the one
thing that decides between an answer, a passage and a refusal."""

import json

import pytest

from knowledge.answers import Answerer
from knowledge.answers.gate import ANY_MODEL, FEATURES, GATE_FILE, Gate, Model
from knowledge.reading import analyse
from storage.clock import FixedClock
from tests.knowledge.conftest import TODAY


def _gate(threshold: float, passage: float) -> Gate:
    model = Model((1.0,) * len(FEATURES), -2.0, threshold, passage)
    return Gate({"fact": model, "other": model})


def test_every_fitted_weight_is_monotone():
    data = json.loads(GATE_FILE.read_text())
    assert tuple(data["features"]) == FEATURES
    for kinds in data["gates"].values():
        for model in kinds.values():
            assert all(w >= 0 for w in model["weights"])
            assert 0 <= model["threshold"] <= 1 and 0 <= model["passage_threshold"] <= 1


def test_a_model_without_its_own_gate_gets_the_one_without_dense_signals():
    data = json.loads(GATE_FILE.read_text())
    other = Gate.load("st:some-other-model")
    assert other.models["fact"].weights == tuple(data["gates"][ANY_MODEL]["fact"]["weights"])
    assert other.models["fact"].weights[FEATURES.index("cosine")] == 0


def test_a_gate_fitted_for_other_features_is_refused(tmp_path):
    stale = tmp_path / "gate.json"
    stale.write_text(json.dumps({"features": ["cosine"], "gates": {}}))
    with pytest.raises(ValueError, match="refit"):
        Gate.load(None, stale)


@pytest.mark.parametrize("question", ["berapa JP setahun?", "apa itu coaching?"])
def test_more_evidence_never_lowers_the_score(question):
    gate, q = Gate.load(None), analyse(question, today=TODAY)
    weak = gate.judge(q, (0.8, 0.1, 0.3, 0.0)).score
    strong = gate.judge(q, (0.9, 0.4, 0.9, 1.0)).score
    assert 0 <= weak <= strong <= 1


def test_strong_evidence_without_the_fact_shows_the_nearest_part(searcher):
    answerer = Answerer(searcher, clock=FixedClock(TODAY), gate=_gate(0.0, 0.0))
    answer = answerer.answer("berapa rupiah tunjangan kinerja kelas jabatan 9?")
    assert answer.outcome == "passage" and not answer.confident
    assert "Bagian dokumen yang paling relevan" in answer.text
    assert "kelas jabatan dan predikat SKP" in answer.text
    assert answer.sources[0].title == "Tunjangan Kinerja Kabupaten Contoh"
    assert answer.as_json()["kind"] == "passage"


def test_weak_evidence_is_refused_even_when_a_passage_states_a_number(searcher):
    answerer = Answerer(searcher, clock=FixedClock(TODAY), gate=_gate(1.0, 1.0))
    answer = answerer.answer("brp jp minimal setahun utk pns?")
    assert answer.outcome == "refusal" and answer.evidence is not None
    assert "paling sedikit 20 JP" not in answer.text
    assert "tidak menyebutkan" not in answer.text  # it does state a number: not said otherwise
