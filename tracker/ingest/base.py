"""Types shared by the format readers: the error they raise and the fields they extract."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


class IngestError(Exception):
    """An input that cannot become an article; ``str(exc)`` is the reason shown to the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class Extracted:
    """What a format reader found in one document, before it becomes an ``ArticleDraft``."""

    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: dt.datetime | None = None
    published_has_time: bool = False
    warnings: list[str] = field(default_factory=list)


def unexpected_reason(exc: BaseException) -> str:
    """The reason for a bug met on one input; with $TRACKER_DEBUG set, the exception is raised.

    One bad article (a reader or extractor bug) must not lose the rest of a long batch.
    """
    import os

    if os.environ.get("TRACKER_DEBUG"):
        raise exc
    return f"unexpected {type(exc).__name__}: {exc} (set TRACKER_DEBUG=1 for details)"
