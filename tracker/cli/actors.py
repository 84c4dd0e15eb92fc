"""`tracker actors list|show|add|alias|affiliate|sync`."""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli._common import FormatOpt, app_context, cli_errors, parse_day_option

app = typer.Typer(
    help="List, inspect and extend the actors (states, organisations, people).",
    epilog="Example: tracker actors show Russia ; tracker actors list --kind person",
    no_args_is_help=True,
)


@app.command("list", epilog="Example: tracker actors list --kind person --search umerov")
def list_command(
    ctx: typer.Context,
    kind: Annotated[str | None, typer.Option(help="state, organisation, person or group.")] = None,
    search: Annotated[str | None, typer.Option(help="Name or alias contains this text.")] = None,
    with_events: Annotated[
        bool, typer.Option("--with-events", help="Only actors that appear in events.")
    ] = False,
    fmt: FormatOpt = "rich",
) -> None:
    """List actors with their kind, ISO code, aliases and number of events."""
    with cli_errors():
        from dataclasses import asdict

        from tracker.cli._output import print_rows
        from tracker.cli._text import print_json
        from tracker.services.actors import list_actors

        with app_context(ctx).session() as session:
            actors = list_actors(session, kind=kind, search=search)
        if with_events:
            actors = [a for a in actors if a.events]
        if fmt == "json":
            print_json([asdict(a) for a in actors])
            return
        rows = [
            (
                a.name,
                a.kind,
                a.iso3 or "",
                ", ".join(a.aliases[:6]) + (" …" if len(a.aliases) > 6 else ""),
                a.events,
            )
            for a in actors
        ]
        print_rows(("name", "kind", "iso3", "aliases", "events"), rows)


@app.command("show", epilog="Example: tracker actors show Russia ; tracker actors show Merz")
def show(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Name or alias.")],
    fmt: FormatOpt = "rich",
) -> None:
    """Show an actor: aliases, affiliations (for people) and the people who act for it."""
    with cli_errors():
        from dataclasses import asdict

        from tracker.cli._output import console, print_rows
        from tracker.cli._text import print_json
        from tracker.services.actors import actor_detail

        with app_context(ctx).session() as session:
            detail = actor_detail(session, name)
        if fmt == "json":
            print_json(asdict(detail))
            return
        out = console()
        code = f", {detail.iso3}" if detail.iso3 else ""
        out.print(f"[bold]{detail.name}[/] ({detail.kind}{code}) — {detail.events} events")
        if detail.aliases:
            out.print("aliases: " + ", ".join(detail.aliases), markup=False)

        def span(a) -> str:
            return f"{a.start or '…'} – {a.end or 'now'}"

        if detail.affiliations:
            print_rows(
                ("for", "role", "dates"),
                [(a.actor, a.role, span(a)) for a in detail.affiliations],
                title="affiliations",
            )
        if detail.members:
            print_rows(
                ("person", "role", "dates"),
                [(a.person, a.role, span(a)) for a in detail.members],
                title="people",
            )


@app.command("add", epilog='Example: tracker actors add "Kaja Kallas" --kind person --alias Kallas')
def add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Canonical name.")],
    kind: Annotated[str, typer.Option(help="state, organisation, person or group.")] = "person",
    iso3: Annotated[str | None, typer.Option(help="ISO 3166 alpha-3 code (states only).")] = None,
    alias: Annotated[list[str] | None, typer.Option(help="Another name; repeatable.")] = None,
) -> None:
    """Add an actor."""
    with cli_errors():
        from tracker.cli._output import message
        from tracker.services.actors import add_actor

        with app_context(ctx).session() as session:
            actor = add_actor(session, name, kind, iso3=iso3, aliases=alias or [])
            label = f"{actor.name} ({actor.kind})"
        message(f"added actor {label}")


@app.command("alias", epilog='Example: tracker actors alias Russia "Russian Federation"')
def alias_command(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Existing actor (name or alias).")],
    alias: Annotated[str, typer.Argument(help="The new alias.")],
) -> None:
    """Add an alias to an actor."""
    with cli_errors():
        from tracker.cli._output import message
        from tracker.services.actors import add_alias

        with app_context(ctx).session() as session:
            actor_name = add_alias(session, name, alias).name
        message(f'"{alias}" now also names {actor_name}')


@app.command(
    "affiliate",
    epilog="Example: tracker actors affiliate Merz Germany --role chancellor --since 2025-05-06",
)
def affiliate(
    ctx: typer.Context,
    person: Annotated[str, typer.Argument(help="The person (name or alias).")],
    actor: Annotated[str, typer.Argument(help="The state or organisation they act for.")],
    role: Annotated[str, typer.Option(help="Their role, e.g. 'foreign minister'.")] = "",
    since: Annotated[str | None, typer.Option(help="First day in the role (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Last day in the role (YYYY-MM-DD).")] = None,
) -> None:
    """Record that a person acts for a state or organisation over a date range."""
    with cli_errors():
        from tracker.cli._output import message
        from tracker.services.actors import add_affiliation

        start = parse_day_option(since, "--since")
        end = parse_day_option(until, "--until")
        with app_context(ctx).session() as session:
            view = add_affiliation(session, person, actor, role, start=start, end=end)
        message(f"{view.person} acts for {view.actor}" + (f" as {view.role}" if view.role else ""))


@app.command("sync", epilog="Example: tracker actors sync")
def sync(ctx: typer.Context) -> None:
    """Load actors, aliases, affiliations and topics shipped with tracker that are missing."""
    with cli_errors():
        from tracker.cli._output import message
        from tracker.services.reference import sync_reference_data

        with app_context(ctx).database.session() as session:
            report = sync_reference_data(session)
        message(
            f"added {report.actors_added} actors, {report.aliases_added} aliases, "
            f"{report.affiliations_added} affiliations, {report.topics_added} topics"
        )
