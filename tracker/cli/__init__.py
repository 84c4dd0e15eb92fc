"""The `tracker` command line: a root app with one sub-app per noun.

Only Typer is imported at start-up; SQLAlchemy, Alembic and Rich load inside the commands that
need them, so `tracker --help` stays fast.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError
from typer.core import TyperGroup

from tracker import __version__
from tracker.cli import actors, articles, db, events, ingest, review, timeline, topics
from tracker.cli._common import AppContext, error_line
from tracker.errors import ERROR


class _OneLineErrors(TyperGroup):
    """Parser errors (unknown option, bad value) as one line on stderr, like every other error:
    ``error: No such option: --bogus (see 'tracker timeline --help')``, exit code 2."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            result = super().main(*args, standalone_mode=False, **kwargs)
        except NoArgsIsHelpError as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except ClickException as exc:
            hint = ""
            if isinstance(exc, UsageError) and exc.ctx is not None:
                hint = f" (see '{exc.ctx.command_path} --help')"
            error_line(f"{exc.format_message()}{hint}")
            sys.exit(exc.exit_code)
        except typer.Abort:
            error_line("aborted")
            sys.exit(ERROR)
        sys.exit(result if isinstance(result, int) else 0)


app = typer.Typer(
    cls=_OneLineErrors,
    name="tracker",
    help="Track peace negotiations: ingest news articles, extract dated events, print timelines.",
    epilog="Example: tracker timeline --actor Russia --topic ceasefire --since 2025-05",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tracker {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db_option: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Database: a SQLite file path or any SQLAlchemy URL. Default: $TRACKER_DB, "
            "else tracker.db in your user data folder (see `tracker db path`).",
            metavar="PATH|URL",
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Track peace negotiations: ingest news articles, extract dated events, print timelines."""
    ctx.obj = AppContext(db_option=db_option)
    ctx.call_on_close(ctx.obj.close)


app.command("add", epilog=events.ADD_EPILOG)(events.add_event_command)
app.command("timeline", epilog=timeline.EPILOG)(timeline.timeline_command)
app.command("ingest", epilog=ingest.INGEST_EPILOG)(ingest.ingest_command)
app.command("extract", epilog=ingest.EXTRACT_EPILOG)(ingest.extract_command)
app.command("review", epilog=review.EPILOG)(review.review_command)
app.add_typer(events.app, name="events")
app.add_typer(articles.app, name="articles")
app.add_typer(actors.app, name="actors")
app.add_typer(topics.app, name="topics")
app.add_typer(db.app, name="db")


def main() -> None:
    """Entry point: run the app; an unexpected error is one line on stderr, not a traceback."""
    import os
    import sys

    try:
        app()
    except Exception as exc:
        if os.environ.get("TRACKER_DEBUG"):
            raise
        print(
            f"error: unexpected {type(exc).__name__}: {exc} (set TRACKER_DEBUG=1 for details)",
            file=sys.stderr,
        )
        sys.exit(1)
