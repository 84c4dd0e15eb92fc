"""`tracker timeline`: filter events and print them as a Rich timeline, JSON, CSV or Markdown."""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli._common import (
    app_context,
    cli_errors,
    collector_paused,
    parse_date_option,
)

EPILOG = (
    "Examples: tracker timeline --actor Russia ; "
    "tracker timeline --actor Ukraine --actor Russia --since 2025-05 --type talks ; "
    "tracker timeline --topic ceasefire --format json | jq ."
)


def timeline_command(
    ctx: typer.Context,
    actor: Annotated[
        list[str] | None,
        typer.Option(
            "--actor",
            "-a",
            help="Name or alias; repeat to require all (people count for their state).",
        ),
    ] = None,
    topic: Annotated[
        list[str] | None, typer.Option("--topic", "-t", help="Topic slug; repeat for any of.")
    ] = None,
    event_type: Annotated[
        list[str] | None, typer.Option("--type", help="Event type; repeat for any of.")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="From this date: YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Up to this date: YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    location: Annotated[str | None, typer.Option(help="Location contains this text.")] = None,
    search: Annotated[
        str | None, typer.Option(help="Text in the title, summary or quotes.")
    ] = None,
    status: Annotated[
        list[str] | None,
        typer.Option(
            help="confirmed, unreviewed or rejected; repeatable. Default: confirmed and unreviewed."
        ),
    ] = None,
    include_planned: Annotated[
        bool, typer.Option("--include-planned/--no-planned", help="Show planned (future) events.")
    ] = True,
    min_sources: Annotated[
        int, typer.Option(help="Only events reported by at least N outlets.")
    ] = 0,
    min_confidence: Annotated[
        float | None,
        typer.Option(
            help="Hide machine-extracted events scored below this (0-1); confirmed and "
            "hand-made events always show. 0.8 keeps about half of them, the surer half."
        ),
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Show at most N events.")] = None,
    reverse: Annotated[bool, typer.Option("--reverse", help="Newest first.")] = False,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="rich, json, csv or markdown.")
    ] = "rich",
) -> None:
    """Print the events that match the filters, grouped by month."""
    with cli_errors(), collector_paused():
        from tracker.cli._text import OUTPUT_FORMATS, print_export, print_timeline
        from tracker.errors import UsageError
        from tracker.services.timeline import (
            DEFAULT_STATUSES,
            TimelineQuery,
            build_timeline,
            list_timeline,
        )

        if fmt not in OUTPUT_FORMATS:
            raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(OUTPUT_FORMATS)}")
        query = TimelineQuery(
            actors=actor or [],
            topics=topic or [],
            types=event_type or [],
            since=parse_date_option(since, "--since"),
            until=parse_date_option(until, "--until"),
            location=location,
            search=search,
            statuses=status or list(DEFAULT_STATUSES),
            include_planned=include_planned,
            min_sources=min_sources,
            min_confidence=min_confidence,
            limit=limit,
            reverse=reverse,
        )
        hint = (
            "No events match these filters. Try fewer filters, or add events with "
            "`tracker add` or `tracker ingest`."
        )
        with app_context(ctx).connection() as connection:
            if fmt == "rich":  # a line per event: neither quotes nor source details needed
                entries = list_timeline(connection, query)
            else:
                views = build_timeline(connection, query)
        if fmt == "rich":
            print_timeline(entries, empty_hint=hint)
            return
        print_export(views, fmt, empty_hint=hint)
