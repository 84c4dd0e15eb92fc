"""Where the database is: ``--db``, else ``$TRACKER_DB``, else a SQLite file in the user data dir."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DB = "TRACKER_DB"
DB_FILENAME = "tracker.db"


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("tracker", appauthor=False)) / DB_FILENAME


def resolve_db_url(option: str | None = None) -> str:
    """Turn the ``--db`` option (or the environment, or the default) into a SQLAlchemy URL.

    A value containing ``://`` is taken as a URL; anything else is a path to a SQLite file.
    """
    raw = option or os.environ.get(ENV_DB) or str(default_db_path())
    if "://" in raw:
        return raw
    path = Path(raw).expanduser().resolve()
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    if not url.startswith("sqlite"):
        return None
    _, _, rest = url.partition(":///")
    if not rest or rest == ":memory:":
        return None
    return Path(rest.split("?", 1)[0])
