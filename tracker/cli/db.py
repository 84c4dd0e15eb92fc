"""`tracker db path|upgrade|downgrade|current|history`: where the database is, and Alembic."""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli._common import app_context, cli_errors

app = typer.Typer(
    help="Database location and schema migrations (Alembic).",
    epilog="Example: tracker db path ; tracker db current",
    no_args_is_help=True,
)


@app.command("path", epilog="Example: tracker db path ; TRACKER_DB=/tmp/t.db tracker db path")
def path(ctx: typer.Context) -> None:
    """Print the database in use: a file path for SQLite, else the URL (password hidden)."""
    with cli_errors():
        from sqlalchemy.engine import make_url

        from tracker.config import sqlite_path

        url = app_context(ctx).url
        file = sqlite_path(url)
        typer.echo(str(file) if file else make_url(url).render_as_string(hide_password=True))


@app.command("upgrade", epilog="Example: tracker db upgrade ; tracker db upgrade 0001_initial")
def upgrade(
    ctx: typer.Context,
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Upgrade the schema (commands do this by themselves; this is for explicit control)."""
    with cli_errors():
        from tracker.cli._output import message
        from tracker.db import current_revision, run_migrations

        engine = app_context(ctx).database.engine
        run_migrations(engine, revision)
        message(f"database at revision {current_revision(engine)}")


@app.command(
    "downgrade",
    epilog="Example: tracker db downgrade -1 --yes ; tracker db downgrade base --yes",
    context_settings={"ignore_unknown_options": True},  # so that "-1" is a revision
)
def downgrade(
    ctx: typer.Context,
    revision: Annotated[str, typer.Argument(help="Target revision, -1 for one step, or base.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Downgrade the schema (may drop data: asks first unless --yes)."""
    with cli_errors():
        from tracker.cli._common import confirm_or_refuse
        from tracker.cli._output import message
        from tracker.db import current_revision, run_migrations

        if not confirm_or_refuse(f"Downgrade the database to {revision}? Data may be lost.", yes):
            raise typer.Exit(1)
        engine = app_context(ctx).database.engine
        run_migrations(engine, revision, downgrade=True)
        message(f"database at revision {current_revision(engine) or 'base (empty)'}")


@app.command("current", epilog="Example: tracker db current")
def current(ctx: typer.Context) -> None:
    """Print the database's schema revision and whether it is the newest."""
    with cli_errors():
        from tracker.db import HEAD_REVISION, current_revision

        revision = current_revision(app_context(ctx).database.engine)
        if revision is None:
            typer.echo("empty (no schema yet)")
        else:
            typer.echo(
                f"{revision} (head)"
                if revision == HEAD_REVISION
                else f"{revision} (head is {HEAD_REVISION})"
            )


@app.command("history", epilog="Example: tracker db history")
def history() -> None:
    """List the schema revisions, oldest first."""
    with cli_errors():
        from alembic.script import ScriptDirectory

        from tracker.db import alembic_config

        script = ScriptDirectory.from_config(alembic_config())
        for rev in reversed(list(script.walk_revisions())):
            typer.echo(f"{rev.revision}  {(rev.doc or '').splitlines()[0]}")
