"""Initial schema: articles, events, actors, aliases, affiliations, topics, sources.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-25 21:47:33.554610
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "actor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("iso3", sa.String(length=3), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('state', 'organisation', 'person', 'group')", name=op.f("ck_actor_kind")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor")),
        sa.UniqueConstraint("iso3", name=op.f("uq_actor_iso3")),
        sa.UniqueConstraint("name", name=op.f("uq_actor_name")),
    )
    op.create_table(
        "article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=True),
        sa.Column("title", sa.String(length=1000), nullable=True),
        sa.Column("outlet", sa.String(length=300), nullable=True),
        sa.Column("author", sa.String(length=500), nullable=True),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("source_format", sa.String(length=20), nullable=True),
        sa.Column("source_name", sa.String(length=1000), nullable=True),
        sa.Column("raw", sa.LargeBinary(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_article_content_hash")),
        sa.UniqueConstraint("url", name=op.f("uq_article_url")),
    )
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_published_at"), ["published_at"], unique=False)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("date_precision", sa.String(length=10), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("date_source", sa.String(length=20), nullable=True),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("location", sa.String(length=300), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("planned", sa.Boolean(), nullable=False),
        sa.Column("confidence", sa.Double(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "date_precision IN ('day', 'month', 'year')", name=op.f("ck_event_date_precision")
        ),
        sa.CheckConstraint(
            "origin IN ('manual', 'extracted', 'imported')", name=op.f("ck_event_origin")
        ),
        sa.CheckConstraint(
            "status IN ('confirmed', 'unreviewed', 'rejected')", name=op.f("ck_event_status")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index("ix_event_date_id", ["date", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_type"), ["type"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "topic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("cues", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topic")),
        sa.UniqueConstraint("slug", name=op.f("uq_topic_slug")),
    )
    op.create_table(
        "actor_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actor.id"],
            name=op.f("fk_actor_alias_actor_id_actor"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_alias")),
        sa.UniqueConstraint("key", name=op.f("uq_actor_alias_key")),
    )
    with op.batch_alter_table("actor_alias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_alias_actor_id"), ["actor_id"], unique=False)

    op.create_table(
        "affiliation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actor.id"],
            name=op.f("fk_affiliation_actor_id_actor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["actor.id"],
            name=op.f("fk_affiliation_person_id_actor"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_affiliation")),
    )
    with op.batch_alter_table("affiliation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_affiliation_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_affiliation_person_id"), ["person_id"], unique=False)

    op.create_table(
        "event_actor",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "role IN ('participant', 'initiator', 'target', 'mediator', 'host')",
            name=op.f("ck_event_actor_role"),
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actor.id"],
            name=op.f("fk_event_actor_actor_id_actor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_actor_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "actor_id", name=op.f("pk_event_actor")),
    )
    with op.batch_alter_table("event_actor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_actor_actor_id"), ["actor_id"], unique=False)

    op.create_table(
        "event_source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("url", sa.String(length=2048), nullable=True),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("start_offset", sa.Integer(), nullable=True),
        sa.Column("end_offset", sa.Integer(), nullable=True),
        sa.Column("highlights", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_event_source_article_id_article"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_source_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_source")),
    )
    with op.batch_alter_table("event_source", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_source_article_id"), ["article_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_event_source_event_id"), ["event_id"], unique=False)

    op.create_table(
        "event_topic",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_topic_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topic.id"],
            name=op.f("fk_event_topic_topic_id_topic"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "topic_id", name=op.f("pk_event_topic")),
    )
    with op.batch_alter_table("event_topic", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_topic_topic_id"), ["topic_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("event_topic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_topic_topic_id"))

    op.drop_table("event_topic")
    with op.batch_alter_table("event_source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_source_event_id"))
        batch_op.drop_index(batch_op.f("ix_event_source_article_id"))

    op.drop_table("event_source")
    with op.batch_alter_table("event_actor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_actor_actor_id"))

    op.drop_table("event_actor")
    with op.batch_alter_table("affiliation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_affiliation_person_id"))
        batch_op.drop_index(batch_op.f("ix_affiliation_actor_id"))

    op.drop_table("affiliation")
    with op.batch_alter_table("actor_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_alias_actor_id"))

    op.drop_table("actor_alias")
    op.drop_table("topic")
    op.drop_table("setting")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_type"))
        batch_op.drop_index("ix_event_date_id")

    op.drop_table("event")
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_published_at"))

    op.drop_table("article")
    op.drop_table("actor")
