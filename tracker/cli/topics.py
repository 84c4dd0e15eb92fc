"""`tracker topics list|add`."""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli._common import FormatOpt, app_context, cli_errors

app = typer.Typer(
    help="List and add topics (ceasefire, prisoners, territory, ...).",
    epilog="Example: tracker topics list ; tracker topics add water --cue dam",
    no_args_is_help=True,
)


@app.command("list", epilog="Example: tracker topics list --format json")
def list_command(
    ctx: typer.Context,
    fmt: FormatOpt = "rich",
) -> None:
    """List topics with their description and cue words."""
    with cli_errors():
        from tracker.cli._output import print_rows
        from tracker.cli._text import print_json
        from tracker.services.topics import list_topics

        with app_context(ctx).session() as session:
            topics = list_topics(session)
        if fmt == "json":
            print_json(
                [
                    {"slug": t.slug, "name": t.name, "description": t.description, "cues": t.cues}
                    for t in topics
                ]
            )
        else:
            print_rows(
                ("slug", "name", "description", "cues"),
                [(t.slug, t.name, t.description, ", ".join(t.cues[:8])) for t in topics],
            )


@app.command(
    "add", epilog='Example: tracker topics add water --name "Water" --cue dam --cue "water supply"'
)
def add(
    ctx: typer.Context,
    slug: Annotated[str, typer.Argument(help="Short id, e.g. water.")],
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
    description: Annotated[str | None, typer.Option(help="What the topic covers.")] = None,
    cue: Annotated[
        list[str] | None, typer.Option(help="A word or phrase that signals the topic; repeatable.")
    ] = None,
) -> None:
    """Add a topic, or add cue words to an existing one."""
    with cli_errors():
        from tracker.cli._output import message
        from tracker.services.topics import add_topic

        with app_context(ctx).session() as session:
            topic = add_topic(session, slug, name=name, description=description, cues=cue or [])
            label = f"{topic.slug} ({len(topic.cues or [])} cues)"
        message(f"topic {label}")
