"""A supervisor confirms an employee's reflection report, or asks for a revision with one
comment. The employee invites their supervisor (/atasan, a one-time code the supervisor
sends with /gabung); a submitted report reaches the supervisor, and the verdict reaches the
employee, as rows of the reminder table (written with the report or the verdict, sent by
the reminder job: nothing is lost in a crash). Without a supervisor a report stays
"belum diverifikasi"; HR sees the state in the summary and the export."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session
from telegram import Update

from bot.context import PanduContext
from bot.flows import commands, fields
from bot.flows.engine import Ctx, Flow, Step
from bot.handlers.common import ids, personal_data_allowed, private_only, send
from bot.render import escape
from knowledge.text.dates import format_date
from storage import people, reminders, reports, roles
from storage.db import session_scope

REVIEW, VERDICT = "report_review", "report_verdict"


async def invite_supervisor(update: Update, context: PanduContext) -> None:
    """/atasan: a one-time code for the employee's supervisor."""
    _, user_id = ids(update)
    t = context.t(user_id)
    if not await personal_data_allowed(update, context, "supervisor_need_consent"):
        return
    now = context.services.clock.now()
    with session_scope(context.services.engine) as session:
        code = roles.invite(
            session,
            role="supervisor",
            unit_id=None,
            created_by=user_id,
            subject_id=user_id,
            now=now,
        )
        current = [
            people.display_name(session, telegram_id=s)
            for s in roles.supervisors_of(session, telegram_id=user_id)
        ]
        text = t["supervisor_code"].format(
            code=code.code, expires=format_date(code.expires_at.date())
        )
    if current:
        text += "\n" + t["supervisor_current"].format(names=escape(", ".join(current)))
    await send(update, text)


def send_for_review(session: Session, *, report: reports.Report, now: datetime) -> int:
    """A submitted report goes to each of the employee's supervisors (inside the submit's
    transaction); returns how many."""
    supervisors = roles.supervisors_of(session, telegram_id=report.telegram_id)
    for supervisor in supervisors:
        reminders.schedule(
            session, telegram_id=supervisor, kind=REVIEW, subject=str(report.id), due_at=now
        )
    return len(supervisors)


def review_message(session: Session, row: reminders.Reminder, t: dict, codec) -> tuple[str, list]:
    """The report as the supervisor reads it, with confirm / ask-for-revision buttons; empty
    when the report is gone or the person no longer supervises its author."""
    report = reports.get_report(session, report_id=int(row.subject))
    if report is None or not roles.supervises(
        session, supervisor_id=row.telegram_id, employee_id=report.telegram_id
    ):
        return "", []
    text = t["supervisor_review"].format(
        name=escape(people.display_name(session, telegram_id=report.telegram_id)),
        reference=report.reference,
        training=escape(report.training),
        lessons=escape("; ".join((report.lesson1, report.lesson2, report.lesson3))),
        applied=escape(report.applied),
        impact=escape(report.impact),
        plan=escape(report.plan_activity),
        plan_date=format_date(report.plan_date),
    )
    buttons = [
        [
            (t["btn_confirm_report"], codec.encode("sv", report.id, "c")),
            (t["btn_revise_report"], codec.encode("sv", report.id, "r")),
        ]
    ]
    return text, buttons


def verdict_message(session: Session, row: reminders.Reminder, t: dict) -> str:
    report = reports.get_report(session, report_id=int(row.subject.split(":")[0]))
    if report is None or report.telegram_id != row.telegram_id:
        return ""
    key = (
        "supervisor_confirmed" if report.verification == reports.CONFIRMED else "supervisor_revise"
    )
    return t[key].format(
        reference=report.reference,
        name=escape(people.display_name(session, telegram_id=report.verifier_id or 0)),
        comment=escape(report.verifier_comment),
    )


@private_only
async def verdict_chosen(
    update: Update, context: PanduContext, report_id: str, choice: str
) -> None:
    """The supervisor's button: confirm now, or write the comment (a side step) first."""
    _, user_id = ids(update)
    t = context.t(user_id)
    if not report_id.isdigit() or choice not in ("c", "r"):
        await send(update, t["stale_button"])
        return
    with session_scope(context.services.engine) as session:
        report = reports.get_report(session, report_id=int(report_id))
        allowed = report is not None and roles.supervises(
            session, supervisor_id=user_id, employee_id=report.telegram_id
        )
        if allowed and choice == "c":
            _decide(
                session, report.id, user_id, reports.CONFIRMED, "", context.services.clock.now()
            )
    if not allowed:
        await send(update, t["supervisor_refused"])
    elif choice == "c":
        await send(update, t["supervisor_confirm_done"])
    else:
        await commands.begin(update, context, "revision", {"report_id": int(report_id)})


def _decide(
    session: Session, report_id: int, verifier: int, decision: str, comment: str, now
) -> None:
    report = reports.verify(
        session,
        report_id=report_id,
        verifier_id=verifier,
        decision=decision,
        comment=comment,
        now=now,
    )
    reminders.schedule(
        session,
        telegram_id=report.telegram_id,
        kind=VERDICT,
        subject=f"{report.id}:{decision}:{now.isoformat()}",
        due_at=now,
    )


def _finish_revision(ctx: Ctx, data: dict, draft_id: int) -> str:
    report = reports.get_report(ctx.session, report_id=int(data["report_id"]))
    if report is None or not roles.supervises(
        ctx.session, supervisor_id=ctx.user_id, employee_id=report.telegram_id
    ):
        return ctx.t["supervisor_refused"]
    _decide(
        ctx.session,
        report.id,
        ctx.user_id,
        reports.REVISION,
        data["comment"],
        ctx.services.clock.now(),
    )
    return ctx.t["supervisor_revise_done"]


REVISION = Flow(
    name="revision",
    title="title_revision",
    command="",
    side=True,
    steps=(
        Step("comment", "supervisor_ask_comment", fields.text("comment", 3, 500), questions=False),
    ),
    finish=_finish_revision,
)
