"""What every command shares: the app context (database), error handling, option parsing."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated

import typer

from tracker.errors import INTERRUPTED, TrackerError, UsageError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

    from tracker.dates import PartialDate
    from tracker.db import Database


FormatOpt = Annotated[str, typer.Option("--format", "-f", help="rich or json.")]


@dataclass
class AppContext:
    """Settings from the root callback, carried in ``ctx.obj``."""

    db_option: str | None = None
    _database: Database | None = field(default=None, repr=False)
    _reference_checked: bool = field(default=False, repr=False)

    @property
    def url(self) -> str:
        from tracker.config import resolve_db_url

        return resolve_db_url(self.db_option)

    @property
    def database(self) -> Database:
        if self._database is None:
            import os

            from tracker.config import ENV_DB
            from tracker.db import Database

            default = self.db_option is None and not os.environ.get(ENV_DB)
            self._database = Database(self.url, create_parent=default)
        return self._database

    @contextmanager
    def session(self, *, dry_run: bool = False) -> Iterator[Session]:
        """One transaction, on a database upgraded to the current schema and reference data."""
        self._check_reference()
        with self.database.session(dry_run=dry_run) as session:
            yield session

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """Like :meth:`session` but a Core connection: read paths that need no ORM use it."""
        self._check_reference()
        with self.database.connection() as connection:
            yield connection

    def _check_reference(self) -> None:
        """Load the shipped reference data if the database lacks it (the ORM only then)."""
        if self._reference_checked:
            return
        from tracker.services.reference import reference_is_current, sync_reference_data

        with self.database.connection() as connection:
            current = reference_is_current(connection)
        if not current:
            with self.database.session() as session:
                sync_reference_data(session)
        self._reference_checked = True

    def close(self) -> None:
        """Close the database connections (called when the command ends)."""
        if self._database is not None:
            self._database.dispose()


def app_context(ctx: typer.Context) -> AppContext:
    obj = ctx.find_root().obj
    if not isinstance(obj, AppContext):
        obj = AppContext()
        ctx.find_root().obj = obj
    return obj


def error_line(message: str) -> None:
    from rich.markup import escape

    from tracker.cli._output import err_console

    err_console().print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)


@contextmanager
def cli_errors() -> Iterator[None]:
    """Turn tracker errors into one line on stderr and their exit code; never a traceback."""
    try:
        yield
    except TrackerError as exc:
        error_line(str(exc))
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        error_line("interrupted")
        raise typer.Exit(INTERRUPTED) from None
    except OSError as exc:
        error_line(f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc))
        raise typer.Exit(1) from None


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a command builds and prints a long listing.

    Listing 4,000 events allocates some 150,000 short-lived containers; the collector's
    passes over them (and over SQLAlchemy's long-lived objects) took ~60 ms of a 0.6 s
    command. Nothing built here needs cycle collection; reference counting frees it.
    """
    import gc

    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def parse_date_option(value: str | None, option: str) -> PartialDate | None:
    from tracker.dates import parse_partial_date

    return parse_partial_date(value, option=option) if value else None


def parse_day_option(value: str | None, option: str):
    if not value:
        return None
    parsed = parse_date_option(value, option)
    assert parsed is not None
    if parsed.precision != "day":
        raise UsageError(f"{option} needs a full date (YYYY-MM-DD), got {value!r}")
    return parsed.start


def confirm_or_refuse(prompt: str, yes: bool) -> bool:
    """Ask before a destructive action; without a terminal, refuse unless ``--yes`` was given."""
    if yes:
        return True
    if not sys.stdin.isatty():
        raise UsageError("refusing to delete without confirmation: pass --yes (no terminal to ask)")
    return typer.confirm(prompt, default=False)
