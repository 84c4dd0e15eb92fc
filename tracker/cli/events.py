"""`tracker add` and `tracker events show|edit|delete`."""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli._common import (
    FormatOpt,
    app_context,
    cli_errors,
    confirm_or_refuse,
    parse_date_option,
    parse_day_option,
)

app = typer.Typer(
    help="Show, edit and delete events.",
    epilog="Example: tracker events show 1 ; tracker events edit 1 --location Istanbul",
    no_args_is_help=True,
)

ADD_EPILOG = (
    "Example: tracker add --date 2025-05-16 --type talks --actor Russia --actor Ukraine "
    '--mediator Turkey --location Istanbul --topic ceasefire --title "First direct talks since 2022" '
    "--source https://example.org/a"
)

ActorOpt = Annotated[
    list[str] | None,
    typer.Option("--actor", "-a", help="A participant (name or alias); repeatable."),
]
MediatorOpt = Annotated[
    list[str] | None, typer.Option("--mediator", help="A mediator; repeatable.")
]
HostOpt = Annotated[list[str] | None, typer.Option("--host", help="A host; repeatable.")]
InitiatorOpt = Annotated[
    list[str] | None,
    typer.Option("--initiator", help="The actor who acts (e.g. demands); repeatable."),
]
TargetOpt = Annotated[
    list[str] | None, typer.Option("--target", help="The actor acted upon; repeatable.")
]
TopicOpt = Annotated[
    list[str] | None, typer.Option("--topic", "-t", help="Topic slug; repeatable.")
]
SourceOpt = Annotated[
    list[str] | None, typer.Option("--source", "-s", help="Article URL or article id; repeatable.")
]
DateOpt = Annotated[
    str | None, typer.Option(help="YYYY-MM-DD, or YYYY-MM / YYYY for a fuzzy date.")
]
EndOpt = Annotated[
    str | None, typer.Option("--end-date", help="Last day (YYYY-MM-DD) of a multi-day event.")
]
TypeOpt = Annotated[
    str | None,
    typer.Option(
        "--type",
        help="talks, call, meeting, visit, proposal, agreement, demand, rejection, statement, prisoner_exchange, ceasefire, sanction or other.",
    ),
]


def _roles(
    actor: list[str] | None,
    mediator: list[str] | None,
    host: list[str] | None,
    initiator: list[str] | None,
    target: list[str] | None,
) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for names, role in (
        (initiator, "initiator"),
        (actor, "participant"),
        (target, "target"),
        (mediator, "mediator"),
        (host, "host"),
    ):
        pairs += [(n, role) for n in names or []]
    return pairs


def add_event_command(
    ctx: typer.Context,
    date: DateOpt = None,
    event_type: TypeOpt = None,
    title: Annotated[str | None, typer.Option(help="A one-line title.")] = None,
    actor: ActorOpt = None,
    mediator: MediatorOpt = None,
    host: HostOpt = None,
    initiator: InitiatorOpt = None,
    target: TargetOpt = None,
    location: Annotated[str | None, typer.Option(help="Where it happened.")] = None,
    topic: TopicOpt = None,
    source: SourceOpt = None,
    summary: Annotated[str | None, typer.Option(help="A longer description.")] = None,
    end_date: EndOpt = None,
    planned: Annotated[
        bool | None,
        typer.Option(
            "--planned/--not-planned",
            help="A scheduled event (default: when the date is in the future).",
        ),
    ] = None,
    fmt: FormatOpt = "rich",
) -> None:
    """Add an event by hand (it is stored as confirmed)."""
    with cli_errors():
        from tracker.cli._output import message
        from tracker.cli._text import print_json
        from tracker.errors import UsageError
        from tracker.services.events import EventFields, add_event, get_event

        missing = [
            n for n, v in (("--date", date), ("--type", event_type), ("--title", title)) if not v
        ]
        if missing:
            raise UsageError(f"missing {', '.join(missing)}; see `tracker add --help`")
        fields = EventFields(
            date=parse_date_option(date, "--date"),
            end_date=parse_day_option(end_date, "--end-date"),
            type=event_type,
            title=title,
            summary=summary,
            location=location,
            planned=planned,
            actors=_roles(actor, mediator, host, initiator, target),
            topics=topic or [],
            sources=source or [],
        )
        with app_context(ctx).session() as session:
            event = add_event(session, fields)
            view = get_event(session, event.id)
        if fmt == "json":
            print_json(view.to_json())
        else:
            message(f"added event {view.id}: {view.title}")


app.command("add", epilog=ADD_EPILOG)(add_event_command)


@app.command("show", epilog="Example: tracker events show 1 ; tracker events show 1 --format json")
def show(
    ctx: typer.Context,
    event_id: Annotated[int, typer.Argument(help="Event id.")],
    fmt: FormatOpt = "rich",
) -> None:
    """Print one event with its actors, topics and the quotes that support it."""
    with cli_errors():
        from tracker.cli._output import render_event
        from tracker.cli._text import print_json
        from tracker.services.events import get_event

        with app_context(ctx).session() as session:
            view = get_event(session, event_id)
        if fmt == "json":
            print_json(view.to_json())
        else:
            render_event(view)


@app.command("edit", epilog="Example: tracker events edit 1 --location Istanbul --topic prisoners")
def edit(
    ctx: typer.Context,
    event_id: Annotated[int, typer.Argument(help="Event id.")],
    date: DateOpt = None,
    event_type: TypeOpt = None,
    title: Annotated[str | None, typer.Option(help="New title.")] = None,
    actor: ActorOpt = None,
    mediator: MediatorOpt = None,
    host: HostOpt = None,
    initiator: InitiatorOpt = None,
    target: TargetOpt = None,
    remove_actor: Annotated[
        list[str] | None, typer.Option(help="Remove this actor; repeatable.")
    ] = None,
    location: Annotated[
        str | None, typer.Option(help="New location (empty text clears it).")
    ] = None,
    topic: TopicOpt = None,
    remove_topic: Annotated[
        list[str] | None, typer.Option(help="Remove this topic; repeatable.")
    ] = None,
    source: SourceOpt = None,
    summary: Annotated[str | None, typer.Option(help="New summary.")] = None,
    end_date: EndOpt = None,
    status: Annotated[str | None, typer.Option(help="confirmed, unreviewed or rejected.")] = None,
    planned: Annotated[
        bool | None, typer.Option("--planned/--not-planned", help="Mark as planned or not.")
    ] = None,
) -> None:
    """Change fields of an event; actors, topics and sources given are added."""
    with cli_errors():
        from tracker.cli._output import message
        from tracker.services.events import EventFields, edit_event

        fields = EventFields(
            date=parse_date_option(date, "--date"),
            end_date=parse_day_option(end_date, "--end-date"),
            type=event_type,
            title=title,
            summary=summary,
            location=location,
            status=status,
            planned=planned,
            actors=_roles(actor, mediator, host, initiator, target),
            remove_actors=remove_actor or [],
            topics=topic or [],
            remove_topics=remove_topic or [],
            sources=source or [],
        )
        with app_context(ctx).session() as session:
            event = edit_event(session, event_id, fields)
        message(f"updated event {event.id}: {event.title}")


@app.command("delete", epilog="Example: tracker events delete 2 --yes")
def delete(
    ctx: typer.Context,
    event_id: Annotated[int, typer.Argument(help="Event id.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete an event and its sources (asks first unless --yes)."""
    with cli_errors():
        from tracker.cli._output import message
        from tracker.services.events import delete_event, get_event

        context = app_context(ctx)
        with context.session() as session:
            view = get_event(session, event_id)
        if not confirm_or_refuse(f"Delete event {view.id} ({view.title})?", yes):
            message("nothing deleted")
            raise typer.Exit(1)
        with context.session() as session:
            delete_event(session, event_id)
        message(f"deleted event {event_id}")


@app.command("accept", epilog="Example: tracker events accept 4 5 6")
def accept(
    ctx: typer.Context,
    event_ids: Annotated[list[int], typer.Argument(help="Event ids.")],
) -> None:
    """Confirm machine-extracted events (their fields are then locked against re-extraction)."""
    _set_status(ctx, event_ids, "confirmed")


@app.command("reject", epilog="Example: tracker events reject 7 8")
def reject(
    ctx: typer.Context,
    event_ids: Annotated[list[int], typer.Argument(help="Event ids.")],
) -> None:
    """Reject events: hidden from timelines, kept so re-extraction never brings them back."""
    _set_status(ctx, event_ids, "rejected")


def _set_status(ctx: typer.Context, event_ids: list[int], status: str) -> None:
    with cli_errors():
        from tracker.cli._output import message
        from tracker.services.review import set_status

        with app_context(ctx).session() as session:
            changes = set_status(session, event_ids, status)
        for change in changes:
            message(f"event {change.event_id}: {change.old} → {change.new}")


@app.command(
    "merge", epilog="Example: tracker events merge 3 7 12 ; tracker events merge 3 7 --keep 7"
)
def merge(
    ctx: typer.Context,
    event_ids: Annotated[list[int], typer.Argument(help="Two or more event ids.")],
    keep: Annotated[
        int | None, typer.Option(help="The id that survives (default: the lowest).")
    ] = None,
) -> None:
    """Merge events that describe one happening, keeping all sources, quotes, actors and topics."""
    with cli_errors():
        from tracker.cli._output import message
        from tracker.services.curation import merge_events

        with app_context(ctx).session() as session:
            result = merge_events(session, event_ids, keep=keep)
        absorbed = ", ".join(str(i) for i in result.absorbed)
        message(f"merged {absorbed} into event {result.survivor} ({result.sources} sources moved)")


@app.command("split", epilog="Example: tracker events split 3 --source 14")
def split(
    ctx: typer.Context,
    event_id: Annotated[int, typer.Argument(help="Event id.")],
    source: Annotated[
        list[int],
        typer.Option(
            "--source", "-s", help="Source id to move out (see `events show`); repeatable."
        ),
    ],
) -> None:
    """Undo a wrong merge: move sources out into an event of their own."""
    with cli_errors():
        from tracker.cli._output import message
        from tracker.services.curation import split_event

        with app_context(ctx).session() as session:
            new_id = split_event(session, event_id, source)
        message(f"split event {new_id} off event {event_id}")


@app.command(
    "duplicates",
    epilog="Example: tracker events duplicates --limit 20 ; tracker events duplicates --event 3",
)
def duplicates(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(help="At most N pairs.")] = 50,
    event: Annotated[int | None, typer.Option(help="Only pairs involving this event.")] = None,
    fmt: FormatOpt = "rich",
) -> None:
    """List pairs of events that look like the same happening, for a person to decide."""
    with cli_errors():
        from dataclasses import asdict

        from tracker.cli._output import console, print_rows
        from tracker.cli._text import print_json
        from tracker.services.curation import find_duplicates

        with app_context(ctx).session() as session:
            pairs = find_duplicates(session, limit=limit, event_id=event)
        if fmt == "json":
            print_json([asdict(p) for p in pairs])
        elif not pairs:
            console().print("No likely duplicates.")
        else:
            print_rows(
                ("events", "date", "score", "titles"),
                [
                    (
                        f"{p.first} + {p.second}",
                        p.date,
                        p.score,
                        f"{p.first_title}\n{p.second_title}",
                    )
                    for p in pairs
                ],
            )
            console().print("Merge with: tracker events merge A B", style="dim")


@app.command("history", epilog="Example: tracker events history 3")
def history_command(
    ctx: typer.Context,
    event_id: Annotated[int, typer.Argument(help="Event id.")],
    fmt: FormatOpt = "rich",
) -> None:
    """Every change to an event: field, old and new value, when, and by whom."""
    with cli_errors():
        from dataclasses import asdict

        from tracker.cli._output import print_rows
        from tracker.cli._text import print_json
        from tracker.services.events import load_event
        from tracker.services.history import history

        with app_context(ctx).session() as session:
            load_event(session, event_id)
            changes = history(session, event_id)
        if fmt == "json":
            print_json([asdict(c) for c in changes])
            return

        def short(value: str | None) -> str:
            if value is None:
                return ""
            return value if len(value) <= 60 else value[:57] + "…"

        print_rows(
            ("when", "by", "field", "old", "new"),
            [
                (
                    c.changed_at.isoformat(sep=" ", timespec="seconds"),
                    c.changed_by,
                    c.field,
                    short(c.old_value),
                    short(c.new_value),
                )
                for c in changes
            ],
        )


@app.command(
    "import",
    epilog="Example: tracker --db team.db timeline --format json > events.json ; "
    "tracker events import events.json --create-actors",
)
def import_command(
    ctx: typer.Context,
    path: Annotated[str, typer.Argument(help="A JSON file (array or JSON Lines); - for stdin.")],
    create_actors: Annotated[
        bool, typer.Option("--create-actors", help="Add actors this database does not know.")
    ] = False,
    status: Annotated[
        str | None,
        typer.Option(help="Give every event this status (default: the file's, else unreviewed)."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check and count, write nothing.")
    ] = False,
    fmt: FormatOpt = "rich",
) -> None:
    """Import events in the timeline's JSON format (e.g. exported from another database).

    One transaction: a bad record stops the import and nothing is written. Events already
    present (same date, type and title) are skipped.
    """
    with cli_errors():
        import sys
        from pathlib import Path

        from tracker.cli._output import message
        from tracker.cli._text import print_json
        from tracker.errors import UsageError
        from tracker.services.importing import import_events
        from tracker.services.lookups import check_status

        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise UsageError(f"{path}: not UTF-8 JSON text") from None
        with app_context(ctx).session(dry_run=dry_run) as session:
            report = import_events(
                session,
                text,
                create_actors=create_actors,
                status=check_status(status) if status else None,
            )
        if fmt == "json":
            print_json(
                {
                    "imported": len(report.added),
                    "skipped": len(report.skipped),
                    "event_ids": report.added,
                    "actors_created": report.actors_created,
                    "dry_run": dry_run,
                }
            )
            return
        verb = "would import" if dry_run else "imported"
        line = f"{verb} {len(report.added)}, skipped {len(report.skipped)} (already present)"
        if report.actors_created:
            line += f"; new actors: {', '.join(report.actors_created)}"
        message(line)
