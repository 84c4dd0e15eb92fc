"""`tracker add` and `tracker events show|edit|delete`."""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli._common import (
    app_context,
    cli_errors,
    confirm_or_refuse,
    parse_date_option,
    parse_day_option,
)

app = typer.Typer(help="Show, edit and delete events.", no_args_is_help=True)

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
    fmt: Annotated[str, typer.Option("--format", "-f", help="rich or json.")] = "rich",
) -> None:
    """Add an event by hand (it is stored as confirmed)."""
    with cli_errors():
        from tracker.cli._output import message, print_json
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
    fmt: Annotated[str, typer.Option("--format", "-f", help="rich or json.")] = "rich",
) -> None:
    """Print one event with its actors, topics and the quotes that support it."""
    with cli_errors():
        from tracker.cli._output import print_json, render_event
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
