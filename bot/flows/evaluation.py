"""/umpanbalik: a reaction evaluation of a training (six aspects, 1-5) or of Pandu itself,
with an optional comment; one per user and training, replaced only after confirmation."""

from __future__ import annotations

from bot.flows.engine import Choice, Ctx, Flow, Invalid, Step
from bot.render import escape
from storage import evaluations, people
from storage.catalog import get_training

MAX_COMMENT = 1000


def _offered(ctx: Ctx, data: dict) -> list[Choice]:
    """Trainings the user showed interest in, and Pandu itself."""
    offered = []
    for interest in people.interests_of(ctx.session, telegram_id=ctx.user_id)[:8]:
        row = get_training(ctx.session, kode=interest.kode)
        name = row.nama if row else interest.kode
        offered.append(Choice(name, {"key": interest.kode, "name": name}))
    return [*offered, Choice("Pandu", {"key": "pandu", "name": "Pandu"})]


def _typed_training(value: str, ctx: Ctx, data: dict) -> dict:
    for choice in _offered(ctx, data):
        if choice.label.casefold() == value.casefold():
            return choice.value
    if not 3 <= len(value) <= 150:
        raise Invalid("eval_choose")
    return {"key": f"teks:{value.lower()}", "name": value}


def _scores(aspect: str):
    def choices(ctx: Ctx, data: dict) -> list[Choice]:
        return [Choice(str(s), {aspect: s}) for s in range(1, 6)]

    return choices


def _score_prompt(aspect: str):
    def args(ctx: Ctx, data: dict) -> dict:
        label = ctx.t["eval_pandu"] if data.get("key") == "pandu" else ctx.t[f"eval_{aspect}"]
        return {"name": escape(data.get("name", "")), "aspect": label}

    return args


def _not_pandu(ctx: Ctx, data: dict) -> bool:
    return data.get("key") != "pandu"


def _aspect(aspect: str) -> Step:
    return Step(
        aspect,
        "eval_ask",
        choices=_scores(aspect),
        prompt_args=_score_prompt(aspect),
        when=None if aspect == "relevansi" else _not_pandu,
        columns=5,
        questions=False,
        hint="eval_bad_score",
    )


def _comment(value: str, ctx: Ctx, data: dict) -> dict:
    if len(value) > MAX_COMMENT:
        raise Invalid("too_long", max=MAX_COMMENT)
    return {"comment": value}


def _earlier(ctx: Ctx, data: dict) -> bool:
    found = evaluations.get_evaluation(
        ctx.session, telegram_id=ctx.user_id, training_key=data.get("key", "")
    )
    return found is not None


def _replace(ctx: Ctx, data: dict) -> list[Choice]:
    return [
        Choice(ctx.t["btn_eval_replace"], {"replace": True}),
        Choice(ctx.t["btn_cancel"], {"replace": False}),
    ]


def _finish(ctx: Ctx, data: dict, draft_id: int) -> str:
    if data.get("replace") is False:
        return ctx.t["eval_kept"]
    values = evaluations.EvaluationBase(
        training_key=data["key"],
        training_name=data["name"],
        comment=data.get("comment", ""),
        **{a: data[a] for a in evaluations.ASPECTS if isinstance(data.get(a), int)},
    )
    evaluations.save_evaluation(
        ctx.session,
        telegram_id=ctx.user_id,
        unit_kerja=ctx.unit_kerja,
        values=values,
        now=ctx.services.clock.now(),
    )
    return ctx.t["eval_saved"].format(name=escape(data["name"]))


EVALUATION = Flow(
    name="eval",
    title="title_eval",
    command="/umpanbalik",
    steps=(
        Step("training", "eval_choose", _typed_training, choices=_offered),
        *(_aspect(a) for a in evaluations.ASPECTS),
        Step("comment", "eval_comment", _comment, optional=True, questions=False),
        Step("replace", "eval_exists", choices=_replace, when=_earlier, columns=2, questions=False),
    ),
    finish=_finish,
)
