"""`tracker review`: an interactive queue of unreviewed events, one key per decision."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from tracker.cli._common import app_context, cli_errors, parse_date_option

if TYPE_CHECKING:
    from tracker.cli._common import AppContext

EPILOG = "Examples: tracker review ; tracker review --actor Russia --since 2025-05"
KEYS = "[a]ccept  [r]eject  [e]dit  [m]erge into suggested duplicate  [s]kip  [q]uit"


def review_command(
    ctx: typer.Context,
    actor: Annotated[
        list[str] | None,
        typer.Option("--actor", "-a", help="Only events of this actor; repeatable."),
    ] = None,
    topic: Annotated[
        list[str] | None,
        typer.Option("--topic", "-t", help="Only events with this topic; repeatable."),
    ] = None,
    since: Annotated[str | None, typer.Option(help="Only events from this date.")] = None,
    until: Annotated[str | None, typer.Option(help="Only events up to this date.")] = None,
) -> None:
    """Review machine-extracted events one by one: accept, reject, edit, merge or skip."""
    with cli_errors():
        from tracker.errors import UsageError
        from tracker.services.review import review_queue
        from tracker.services.timeline import TimelineQuery

        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise UsageError(
                "tracker review needs a terminal; in scripts use `tracker events accept ID…`, "
                "`tracker events reject ID…` and `tracker events edit ID`"
            )
        query = TimelineQuery(
            actors=actor or [],
            topics=topic or [],
            since=parse_date_option(since, "--since"),
            until=parse_date_option(until, "--until"),
        )
        context = app_context(ctx)
        with context.session() as session:
            queue = review_queue(session, query)
        review_loop(context, queue, read_key=typer.getchar, ask=_ask)


def _ask(prompt: str, default: str) -> str:
    return typer.prompt(prompt, default=default, show_default=bool(default))


def review_loop(
    context: AppContext,
    queue: list[int],
    *,
    read_key: Callable[[], str],
    ask: Callable[[str, str], str],
) -> dict[str, int]:
    """Walk the queue; each decision is its own transaction. Returns counts per decision."""
    from tracker.cli._output import console, message, render_event
    from tracker.errors import TrackerError
    from tracker.services.curation import find_duplicates, merge_events
    from tracker.services.events import get_event
    from tracker.services.review import set_status

    counts = {"accepted": 0, "rejected": 0, "edited": 0, "merged": 0, "skipped": 0}
    if not queue:
        message("Nothing to review: no unreviewed events match.")
        return counts
    out = console()
    total = len(queue)
    for position, event_id in enumerate(queue, 1):
        with context.session() as session:
            try:
                view = get_event(session, event_id)
            except TrackerError:
                continue  # merged or deleted meanwhile
            if view.status != "unreviewed":
                continue
            pairs = find_duplicates(session, limit=1, event_id=event_id)
        suggestion = None
        if pairs:
            suggestion = pairs[0].first if pairs[0].second == event_id else pairs[0].second
        out.rule(f"{position} / {total}")
        render_event(view)
        if suggestion is not None:
            out.print(f"possible duplicate of event {suggestion}", style="yellow")
        out.print(KEYS, style="dim", markup=False)
        while True:
            key = (read_key() or "").lower()
            if key in ("a", "r", "e", "m", "s", "q"):
                break
        if key == "q":
            break
        with context.session() as session:
            try:
                if key == "a":
                    set_status(session, [event_id], "confirmed")
                    counts["accepted"] += 1
                elif key == "r":
                    set_status(session, [event_id], "rejected")
                    counts["rejected"] += 1
                elif key == "e":
                    _edit(session, event_id, view, ask)
                    counts["edited"] += 1
                elif key == "m" and suggestion is not None:
                    merge_events(session, [suggestion, event_id], keep=suggestion)
                    counts["merged"] += 1
                else:
                    counts["skipped"] += 1
            except TrackerError as exc:
                message(f"error: {exc} (event left unchanged)")
    message(", ".join(f"{n} {k}" for k, n in counts.items()))
    return counts


def _edit(session, event_id: int, view, ask: Callable[[str, str], str]) -> None:
    """Ask for each field (Enter keeps it); the edited event is then confirmed."""
    from tracker.dates import format_date
    from tracker.services.events import EventFields, edit_event
    from tracker.services.review import set_status

    fields = EventFields()
    new_type = ask("type", view.type)
    if new_type != view.type:
        fields.type = new_type
    old_date = format_date(view.date, view.date_precision)
    new_date = ask("date", old_date)
    if new_date != old_date:
        fields.date = parse_date_option(new_date, "date")
    new_title = ask("title", view.title)
    if new_title != view.title:
        fields.title = new_title
    new_location = ask("location (- to clear)", view.location or "")
    if new_location != (view.location or ""):
        fields.location = "" if new_location == "-" else new_location
    actors = ", ".join(a.name for a in view.actors)
    new_actors = ask("actors (comma-separated)", actors)
    if new_actors != actors:
        wanted = [n.strip() for n in new_actors.split(",") if n.strip()]
        current = {a.name for a in view.actors}
        fields.actors = [(n, "participant") for n in wanted if n not in current]
        fields.remove_actors = [n for n in current if n not in wanted]
    topics = ", ".join(view.topics)
    new_topics = ask("topics (comma-separated)", topics)
    if new_topics != topics:
        wanted = [t.strip() for t in new_topics.split(",") if t.strip()]
        fields.topics = [t for t in wanted if t not in view.topics]
        fields.remove_topics = [t for t in view.topics if t not in wanted]
    edit_event(session, event_id, fields)
    set_status(session, [event_id], "confirmed")
