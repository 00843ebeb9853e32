"""knowledge roots: the folders given to `pandu ingest`, shared by every process on the database

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # a data dir from before Alembic was brought to the models of its Pandu version, which
    # may already have this table (storage.db._legacy_to_baseline)
    if sa.inspect(op.get_bind()).has_table("knowledge_root"):
        return
    op.create_table(
        "knowledge_root",
        sa.Column("path", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("added_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("path"),
    )


def downgrade() -> None:
    op.drop_table("knowledge_root")
