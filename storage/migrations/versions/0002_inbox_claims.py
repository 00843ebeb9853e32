"""inbox claims: several bot processes share the update inbox

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # a data dir from before Alembic was brought to the models of its Pandu version, which
    # may already have these columns (storage.db._legacy_to_baseline)
    have = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("inbox_update")}
    if "turn" in have:
        return
    with op.batch_alter_table("inbox_update") as batch:
        batch.add_column(sa.Column("turn", sa.BigInteger(), nullable=False, server_default="0"))
        batch.add_column(
            sa.Column("claimed_by", sqlmodel.sql.sqltypes.AutoString(), nullable=True)
        )
        batch.add_column(
            sa.Column("claimed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True)
        )
        batch.create_index("ix_inbox_update_turn", ["turn"])


def downgrade() -> None:
    with op.batch_alter_table("inbox_update") as batch:
        batch.drop_index("ix_inbox_update_turn")
        batch.drop_column("claimed_at")
        batch.drop_column("claimed_by")
        batch.drop_column("turn")
