"""Errors that the CLI turns into one line on stderr and an exit code."""

from __future__ import annotations

OK = 0
ERROR = 1
USAGE = 2
NOT_FOUND = 3
INTERRUPTED = 130


class TrackerError(Exception):
    """Base class: a message for the user and the exit code to leave with."""

    exit_code: int = ERROR


class UsageError(TrackerError):
    """Bad option values: invalid dates, unknown types or topics, contradictory filters."""

    exit_code = USAGE


class NotFoundError(TrackerError):
    """An id or name that does not exist (unknown actors get a did-you-mean suggestion)."""

    exit_code = USAGE


class DatabaseError(TrackerError):
    """The database cannot be opened, is not a tracker database, or is newer than this tool."""

    exit_code = ERROR
