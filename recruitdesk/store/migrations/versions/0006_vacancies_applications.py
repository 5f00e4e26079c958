"""Vacancies and applications: the recruiter's own work records the retention facts.

- ``vacancies``: title, client, location, owner, opened and closed dates, status and the
  vacancy's ordered stages.
- ``procedures`` become applications: ``vacancy_id``, ``stage``, ``stage_changed_on``,
  ``rating`` and ``tags``; ``stage_moves`` keeps every dated move.
- ``contact_events`` gain a ``kind`` (interview scheduled, message sent, ...) and the
  application they belong to.
- Existing procedures with a title become vacancies (one per title and client): a vacancy with
  an open procedure stays open, otherwise it is filled (closed on its latest end). Each
  procedure is placed in the stage its outcome stands for.

``procedures`` and ``contact_events`` are copied with their new columns (see ``upgrade``).

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-04
"""

import json

from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None

DEFAULT_STAGES = ["new", "screening", "interview", "offer", "hired", "rejected", "withdrawn"]
STAGE_OF_OUTCOME = {"open": "new", "hired": "hired", "not_hired": "rejected", "withdrawn": "withdrawn"}


def upgrade() -> None:
    op.create_table(
        "vacancies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("client", sa.String(length=200), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("owner", sa.String(length=120), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("stages_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_vacancies_status", "vacancies", ["status"], unique=False)
    op.create_index("ix_vacancies_title", "vacancies", ["title"], unique=False)
    # Copied, not ALTERed: SQLite keeps an inline ADD COLUMN reference's ON DELETE, but reading
    # the schema back loses it, so the schema check could not tell it is there. Nothing
    # references these two tables yet, so dropping the old copies cascades nowhere.
    with op.batch_alter_table("procedures", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("vacancy_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("stage", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("stage_changed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("rating", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("rating_blind", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("tags", sa.String(length=400), nullable=True))
        batch_op.create_foreign_key("fk_procedures_vacancy_id", "vacancies", ["vacancy_id"], ["id"], ondelete="SET NULL")
        batch_op.create_index("ix_procedures_vacancy_id", ["vacancy_id"], unique=False)
    op.create_table(
        "stage_moves",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=False),
        sa.Column("from_stage", sa.String(length=60), nullable=True),
        sa.Column("to_stage", sa.String(length=60), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=True),
        sa.ForeignKeyConstraint(["procedure_id"], ["procedures.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_stage_moves_procedure_id", "stage_moves", ["procedure_id"], unique=False)
    with op.batch_alter_table("contact_events", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("procedure_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_contact_events_procedure_id", "procedures", ["procedure_id"], ["id"], ondelete="SET NULL")
        batch_op.create_index("ix_contact_events_procedure_id", ["procedure_id"], unique=False)
    _vacancies_from_titled_procedures()


def _vacancies_from_titled_procedures() -> None:
    connection = op.get_bind()
    groups = connection.execute(sa.text(
        "SELECT title, client, MIN(COALESCE(applied_on, ended_on)), MAX(ended_on), "
        "SUM(CASE WHEN outcome = 'open' THEN 1 ELSE 0 END) "
        "FROM procedures WHERE title IS NOT NULL AND trim(title) != '' GROUP BY title, client ORDER BY title, client"
    )).fetchall()
    stages = json.dumps(DEFAULT_STAGES)
    for title, client, first, last_end, still_open in groups:
        status, closed = ("open", None) if still_open else ("filled", last_end)
        result = connection.execute(
            sa.text("INSERT INTO vacancies (title, client, opened_on, closed_on, status, stages_json, created_at) "
                    "VALUES (:title, :client, COALESCE(:opened, date('now')), :closed, :status, :stages, datetime('now'))"),
            {"title": title, "client": client, "opened": first or last_end, "closed": closed, "status": status, "stages": stages},
        )
        vacancy_id = result.lastrowid
        same_client = "client IS NULL" if client is None else "client = :client"
        for outcome, stage in STAGE_OF_OUTCOME.items():
            connection.execute(
                sa.text(f"UPDATE procedures SET vacancy_id = :vacancy, stage = :stage, "
                        f"stage_changed_on = COALESCE(ended_on, applied_on) "
                        f"WHERE title = :title AND {same_client} AND outcome = :outcome"),
                {"vacancy": vacancy_id, "stage": stage, "title": title, "client": client, "outcome": outcome},
            )


def downgrade() -> None:
    # SQLite cannot DROP a column that references another table, so the two tables that gained
    # one are copied without it (nothing references them then: ``stage_moves`` goes first and
    # ``contact_events`` before ``procedures``, so no cascade fires).
    op.drop_index("ix_stage_moves_procedure_id", table_name="stage_moves")
    op.drop_table("stage_moves")
    op.drop_index("ix_contact_events_procedure_id", table_name="contact_events")
    with op.batch_alter_table("contact_events", recreate="always") as batch_op:
        batch_op.drop_column("procedure_id")
        batch_op.drop_column("kind")
    op.drop_index("ix_procedures_vacancy_id", table_name="procedures")
    with op.batch_alter_table("procedures", recreate="always") as batch_op:
        for column in ("tags", "rating_blind", "rating", "stage_changed_on", "stage", "vacancy_id"):
            batch_op.drop_column(column)
    op.drop_index("ix_vacancies_title", table_name="vacancies")
    op.drop_index("ix_vacancies_status", table_name="vacancies")
    op.drop_table("vacancies")
