"""The summary as one phone-sized message, and its chart (PNG, matplotlib)."""

from __future__ import annotations

import io
from datetime import date

import matplotlib

matplotlib.use("Agg")  # no screen: render to PNG only
from matplotlib import pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from bot.render import escape  # noqa: E402
from knowledge.text.dates import MONTH_NAMES, format_date  # noqa: E402
from storage.evaluations import ASPECTS  # noqa: E402
from storage.reports import CONFIRMED, REVISION, UNVERIFIED  # noqa: E402
from storage.summary import Scope, Summary  # noqa: E402

MAX_NAMES, MAX_GAPS, MAX_TRAININGS = 15, 5, 3
VERIFICATION = {"confirmed": CONFIRMED, "revision": REVISION, "unverified": UNVERIFIED}


def number(value: float, decimals: int = 1) -> str:
    """Indonesian format: 1.234,5 (a whole number without decimals)."""
    text = f"{value:,.{decimals}f}" if round(value, decimals) % 1 else f"{value:,.0f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def share(part: float | None) -> str:
    return "-" if part is None else f"{number(100 * part, 0)}%"


def render(s: Summary, scope: Scope, t: dict, min_group: int) -> str:
    lines = [
        t["hr_summary_title"].format(
            units=escape(", ".join(scope.unit_names)),
            start=format_date(scope.start),
            end=format_date(scope.end),
        ),
        "",
        t["hr_people"].format(registered=number(s.registered), active=number(s.active)),
        _jp(s, scope, t),
    ]
    if s.under_target:
        names = [f"{escape(n)} ({number(v)})" for n, v in s.under_target[:MAX_NAMES]]
        more = len(s.under_target) - MAX_NAMES
        lines.append(
            t["hr_under"].format(names="; ".join(names) + (f"; +{more}" if more > 0 else ""))
        )
    lines += ["", _reports(s, t)]
    if s.reports_received:
        lines.append(
            t["hr_verification"].format(
                **{k: number(s.verification.get(v, 0)) for k, v in VERIFICATION.items()}
            )
        )
    if s.obstacles:
        lines.append(t["hr_obstacles"].format(items=_counted(s.obstacles)))
    if s.small_group:
        lines.append(t["hr_small_group"].format(min=min_group))
    else:
        if s.needs:
            lines.append(t["hr_needs"].format(items=_counted(s.needs)))
        if s.quotes:
            lines.append(
                t["hr_quotes"].format(items=" · ".join(f"“{escape(q)}”" for q in s.quotes))
            )
    if s.trainings:
        lines += ["", t["hr_evaluations"]]
        lines += [_training(x, t) for x in s.trainings[:MAX_TRAININGS]]
    if s.gaps:
        lines += ["", t["hr_gaps"]]
        lines += [
            t["hr_gap_line"].format(text=escape(q[:120]), count=n) for q, n in s.gaps[:MAX_GAPS]
        ]
    return "\n".join(lines)


def _jp(s: Summary, scope: Scope, t: dict) -> str:
    return t["hr_jp"].format(
        year=scope.end.year,
        on_track=number(s.on_track),
        registered=number(s.registered),
        share=share(s.on_track / s.registered if s.registered else None),
        month=MONTH_NAMES[scope.end.month],
        target=number(s.target_to_date),
        average=number(s.jp_average),
        under=number(len(s.under_target)),
    )


def _reports(s: Summary, t: dict) -> str:
    return t["hr_reports"].format(
        submitted=number(s.reports_submitted),
        pending=number(s.reports_pending),
        overdue=number(s.reports_overdue),
        completion=share(s.completion),
        received=number(s.reports_received),
    )


def _counted(items: list[tuple[str, int]]) -> str:
    return "; ".join(f"{escape(text)} ({count})" for text, count in items)


def _training(score, t: dict) -> str:
    low = min(score.aspects, key=score.aspects.get)
    return t["hr_eval_line"].format(
        name=escape(score.name),
        count=score.count,
        mean=number(score.mean),
        aspect=t.get(f"eval_{low}", low) if low in ASPECTS else low,
        score=number(score.aspects[low]),
    )


def chart(s: Summary, scope: Scope, t: dict) -> bytes:
    """Per unit: the share on track for its JP, and the report completion rate."""
    units = list(s.per_unit) or ["-"]
    jp = [100 * s.per_unit[u][0] if u in s.per_unit else 0 for u in units]
    done = [100 * (s.per_unit[u][1] or 0) if u in s.per_unit else 0 for u in units]
    labels = [(u or t["hr_no_unit"])[:28] for u in units]
    fig: Figure = plt.figure(figsize=(7, 1.2 + 0.45 * len(units) * 2), dpi=100)
    try:
        for i, (values, title) in enumerate(
            ((jp, t["hr_chart_jp"]), (done, t["hr_chart_reports"])), start=1
        ):
            ax = fig.add_subplot(2, 1, i)
            ax.barh(labels, values, color="#2e7d32" if i == 1 else "#1565c0")
            ax.set_xlim(0, 100)
            ax.set_title(title, fontsize=10)
            ax.set_xlabel("%")
            for y, v in enumerate(values):
                ax.text(min(v + 1, 92), y, share(v / 100), va="center", fontsize=8)
        fig.suptitle(f"{format_date(scope.start)} – {format_date(scope.end)}", fontsize=9)
        fig.tight_layout()
        out = io.BytesIO()
        fig.savefig(out, format="png")
        return out.getvalue()
    finally:
        plt.close(fig)


def period_label(start: date, end: date) -> str:
    return f"{format_date(start)} – {format_date(end)}"
