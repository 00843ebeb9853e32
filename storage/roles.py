"""Who may see what: roles given by invitation, per unit, and a log of what HR looked at.

Everyone is an employee. Admins are named in the settings (PANDU_ADMIN_IDS), not here; an
admin invites HR officers (for one unit) and mentors with a one-time code. The audit log is
kept when its actor deletes their own data: it records who looked at other people's data.
"""

from __future__ import annotations

import secrets
from datetime import date, datetime, timedelta

from sqlalchemy import BigInteger, update
from sqlmodel import Field, Session, SQLModel, col, select

from storage.clock import system_now

ROLES = ("hr", "mentor", "supervisor")
INVITATION_DAYS = 7
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: codes are typed by hand


class RoleGrant(SQLModel, table=True):
    __tablename__ = "role_grant"
    id: int | None = Field(default=None, primary_key=True)
    telegram_id: int = Field(sa_type=BigInteger, index=True)
    role: str  # hr | mentor | supervisor
    unit_id: int | None = Field(default=None, foreign_key="unit.id")  # hr: the unit held
    subject_id: int | None = Field(default=None, sa_type=BigInteger)  # supervisor: of whom
    invitation_id: int | None = Field(default=None, foreign_key="invitation.id")
    created_at: datetime = Field(default_factory=system_now)
    revoked_at: datetime | None = None


class Invitation(SQLModel, table=True):
    __tablename__ = "invitation"
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, index=True)
    role: str
    unit_id: int | None = Field(default=None, foreign_key="unit.id")
    subject_id: int | None = Field(default=None, sa_type=BigInteger)  # supervisor: of whom
    created_by: int = Field(sa_type=BigInteger)
    created_at: datetime = Field(default_factory=system_now)
    expires_at: datetime
    redeemed_by: int | None = Field(default=None, sa_type=BigInteger)
    redeemed_at: datetime | None = None


class AuditEntry(SQLModel, table=True):
    __tablename__ = "hr_audit"
    id: int | None = Field(default=None, primary_key=True)
    actor_id: int = Field(sa_type=BigInteger, index=True)  # not telegram_id: /hapusdata keeps it
    action: str  # summary | export | roles | audit
    units: str = ""  # the unit names covered, "; "-separated ("semua unit" for an admin)
    period_from: date | None = None
    period_to: date | None = None
    created_at: datetime = Field(default_factory=system_now)


def invite(
    session: Session,
    *,
    role: str,
    unit_id: int | None,
    created_by: int,
    now: datetime,
    subject_id: int | None = None,
) -> Invitation:
    """hr: for a unit (by an admin); mentor (by an admin); supervisor: of the employee who
    invites them (subject_id)."""
    if (
        role not in ROLES
        or (role == "hr") != (unit_id is not None)
        or (role == "supervisor") != (subject_id is not None)
    ):
        raise ValueError(f"bad invitation: {role} {unit_id} {subject_id}")
    code = "".join(secrets.choice(_ALPHABET) for _ in range(8))
    row = Invitation(
        code=code,
        role=role,
        unit_id=unit_id,
        subject_id=subject_id,
        created_by=created_by,
        created_at=now,
        expires_at=now + timedelta(days=INVITATION_DAYS),
    )
    session.add(row)
    session.flush()
    return row


def redeem(session: Session, *, code: str, telegram_id: int, now: datetime) -> RoleGrant | None:
    """The role an invitation gives, once: the code is taken by a conditional update, so two
    people sending it at the same moment cannot both get the role. None: unknown, used or
    expired."""
    code = code.strip().upper()
    taken = session.exec(
        update(Invitation)
        .where(
            col(Invitation.code) == code,
            col(Invitation.redeemed_at).is_(None),
            col(Invitation.expires_at) > now,
        )
        .values(redeemed_by=telegram_id, redeemed_at=now)
    )
    if taken.rowcount != 1:
        return None
    invitation = session.exec(select(Invitation).where(Invitation.code == code)).one()
    if invitation.subject_id == telegram_id:  # one's own supervisor: not a role
        invitation.redeemed_by = invitation.redeemed_at = None
        session.add(invitation)
        return None
    grant = RoleGrant(
        telegram_id=telegram_id,
        role=invitation.role,
        unit_id=invitation.unit_id,
        subject_id=invitation.subject_id,
        invitation_id=invitation.id,
        created_at=now,
    )
    session.add(grant)
    session.flush()
    return grant


def grants_of(session: Session, *, telegram_id: int) -> list[RoleGrant]:
    return list(
        session.exec(
            select(RoleGrant).where(
                RoleGrant.telegram_id == telegram_id, col(RoleGrant.revoked_at).is_(None)
            )
        )
    )


def active_grants(session: Session) -> list[RoleGrant]:
    query = select(RoleGrant).where(col(RoleGrant.revoked_at).is_(None)).order_by(RoleGrant.id)
    return list(session.exec(query))


def holders(session: Session, *, role: str) -> list[int]:
    """The people who hold a role now (each once)."""
    return sorted({g.telegram_id for g in active_grants(session) if g.role == role})


def supervisors_of(session: Session, *, telegram_id: int) -> list[int]:
    """The people who confirmed they supervise this employee (newest last)."""
    grants = active_grants(session)
    return list(
        dict.fromkeys(
            g.telegram_id for g in grants if g.role == "supervisor" and g.subject_id == telegram_id
        )
    )


def supervises(session: Session, *, supervisor_id: int, employee_id: int) -> bool:
    return supervisor_id in supervisors_of(session, telegram_id=employee_id)


def revoke(session: Session, *, grant_id: int, now: datetime) -> RoleGrant | None:
    grant = session.get(RoleGrant, grant_id)
    if grant is None or grant.revoked_at is not None:
        return None
    grant.revoked_at = now
    session.add(grant)
    return grant


def record(
    session: Session,
    *,
    actor_id: int,
    action: str,
    units: list[str],
    start: date | None,
    end: date | None,
    now: datetime,
) -> None:
    session.add(
        AuditEntry(
            actor_id=actor_id,
            action=action,
            units="; ".join(units),
            period_from=start,
            period_to=end,
            created_at=now,
        )
    )


def audit_log(session: Session, *, limit: int = 20) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(limit)
    return list(session.exec(query))
