"""Topics: listing and user additions (slug, name, description, cue words)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.errors import UsageError
from tracker.models import Topic

_SLUG = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass
class TopicView:
    slug: str
    name: str
    description: str
    cues: list[str]


def list_topics(session: Session) -> list[TopicView]:
    return [
        TopicView(t.slug, t.name, t.description or "", list(t.cues or []))
        for t in session.scalars(select(Topic).order_by(Topic.slug))
    ]


def topic_cues(session: Session) -> dict[str, list[str]]:
    """Cue words per topic slug, as the extractor wants them."""
    return {t.slug: list(t.cues or []) for t in session.scalars(select(Topic))}


def add_topic(
    session: Session,
    slug: str,
    *,
    name: str | None = None,
    description: str | None = None,
    cues: list[str] | None = None,
) -> Topic:
    slug = slug.strip().lower().replace("-", "_").replace(" ", "_")
    if not _SLUG.match(slug):
        raise UsageError(f"invalid topic slug {slug!r}: use lower-case letters, digits and _")
    topic = session.scalars(select(Topic).where(Topic.slug == slug)).first()
    if topic is None:
        topic = Topic(slug=slug, name=name or slug.replace("_", " ").capitalize(), cues=[])
        session.add(topic)
    elif name:
        topic.name = name
    if description is not None:
        topic.description = description
    merged = list(topic.cues or [])
    for cue in cues or []:
        cue = " ".join(cue.lower().split())
        if cue and cue not in merged:
            merged.append(cue)
    topic.cues = merged
    session.flush()
    return topic
