"""Text renderings that need no Rich: the timeline for pipes, JSON, CSV and Markdown.

Kept apart from :mod:`tracker.cli._output` so that scripts piping ``tracker timeline`` or
``--format json`` never pay for importing Rich (~40 ms) or for its per-segment rendering,
which costs seconds on thousands of events.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from tracker.dates import MONTH_NAMES, format_date, human_date
from tracker.vocab import event_types

if TYPE_CHECKING:
    from tracker.services.views import EventView, TimelineEntry

    Listed = EventView | TimelineEntry  # what the timeline view prints

OUTPUT_FORMATS = ("rich", "json", "csv", "markdown")
DATE_WIDTH = 6
BADGE_WIDTH = 11  # " " + 9-character label + " "
INDENT = " " * (DATE_WIDTH + 1 + BADGE_WIDTH + 1)

Segment = tuple[str, str]  # (text, Rich style); the style is ignored in plain text


def plain_output_width() -> int | None:
    """The width to lay plain text out in when stdout is not a terminal, else None.

    Follows Rich's rules (FORCE_COLOR and TTY_COMPATIBLE=1 force a terminal; COLUMNS sets
    the width, 80 otherwise) so both paths agree on what a terminal is.
    """
    if os.environ.get("FORCE_COLOR") or os.environ.get("TTY_COMPATIBLE") == "1":
        return None
    try:
        if sys.stdout.isatty():
            return None
    except (AttributeError, ValueError):
        pass
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 0 else 80


def write(text: str) -> None:
    """Data on stdout as is: no markup, no wrapping."""
    sys.stdout.write(text)


def plain_line(text: str) -> None:
    """One line of data on stdout (ingest prints one per article, ten thousand in a batch)."""
    sys.stdout.write(text + "\n")


def print_json(data: Any) -> None:
    """Plain JSON on stdout, for scripts and ``jq``."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def badge_label(event_type: str) -> tuple[str, str]:
    """The padded badge text of an event type and its colour."""
    spec = event_types().get(event_type)
    label = spec.badge if spec else event_type.upper()[:9]
    return f" {label:<9} ", spec.colour if spec else "white"


def actor_text(view: Listed) -> str:
    return ", ".join(
        f"{actor.name} ({actor.role})" if actor.role in ("mediator", "host") else actor.name
        for actor in view.actors
    )


def date_cell(view: Listed) -> str:
    """The date column (6 characters): "16 May", "23–24" for a span within the month (the
    heading names it), "May" or "2025" for a fuzzy date. A span into another month is shown
    in the details line instead."""
    if view.date_precision == "month":
        return MONTH_NAMES[view.date.month - 1][:3]
    if view.date_precision == "year":
        return str(view.date.year)
    end = view.end_date
    if end and end != view.date and (end.month, end.year) == (view.date.month, view.date.year):
        return f"{view.date.day}–{end.day}"
    return f"{view.date.day:>2} {MONTH_NAMES[view.date.month - 1][:3]}"


def _until(view: Listed) -> str | None:
    end = view.end_date
    if (
        end is None
        or end == view.date
        or (end.month, end.year) == (view.date.month, view.date.year)
    ):
        return None
    return f"until {end.day} {MONTH_NAMES[end.month - 1][:3]}" + (
        f" {end.year}" if end.year != view.date.year else ""
    )


def heading(view: Listed) -> str:
    if view.date_precision == "year":
        return str(view.date.year)
    return f"{MONTH_NAMES[view.date.month - 1]} {view.date.year}"


def event_lines(view: Listed) -> list[list[Segment]]:
    """The event column: the title line, then a dim line of actors, place, sources and id."""
    title: list[Segment] = []
    if view.status == "unreviewed":
        title.append(("? ", "bold yellow"))
    if view.planned:
        title.append(("(planned) ", "italic cyan"))
    title.append((view.title, "bold"))
    details = [d for d in (_until(view), actor_text(view), view.location) if d]
    n = view.source_count
    if n:
        outlets = view.outlets
        details.append(
            f"{n} source{'s' if n != 1 else ''}" + (f", {outlets} outlets" if outlets > 1 else "")
        )
    if view.status in ("unreviewed", "rejected"):
        details.append(view.status)
    tail = f"  #{view.id}"
    if not details:
        title.append((tail, "dim"))
        return [title]
    return [title, [(" · ".join(details) + tail, "dim")]]


def footer(views: Sequence[Listed]) -> str:
    shown = len(views)
    unreviewed = sum(v.status == "unreviewed" for v in views)
    text = f"{shown} event{'s' if shown != 1 else ''}"
    if unreviewed:
        text += f" ({unreviewed} unreviewed, marked ?)"
    return text


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap on spaces; a word longer than the width is cut (like Rich's fold)."""
    if len(text) <= width:
        return [text]
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width])
            word = word[width:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def plain_timeline(views: Sequence[Listed], width: int) -> str:
    """The timeline view as plain text: month rules, then date, badge, title and details."""
    column = max(20, width - len(INDENT))
    out: list[str] = []
    current: str | None = None
    for view in views:
        if (title := heading(view)) != current:
            current = title
            out.append(f"{current} " + "─" * max(0, width - len(current) - 1))
        lines: list[str] = []
        for segments in event_lines(view):
            lines += wrap("".join(text for text, _ in segments), column)
        prefix = f"{date_cell(view):>{DATE_WIDTH}} {badge_label(view.type)[0]} "
        out.append((prefix + lines[0]).rstrip())
        out.extend((INDENT + line).rstrip() for line in lines[1:])
    out.append(footer(views))
    return "\n".join(out) + "\n"


def timeline_csv(views: Sequence[EventView]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        [
            "id", "date", "date_precision", "end_date", "type", "title", "actors", "location",
            "topics", "status", "origin", "planned", "confidence", "sources", "urls",
        ]
    )  # fmt: skip
    for v in views:
        writer.writerow(
            [
                v.id,
                format_date(v.date, v.date_precision),
                v.date_precision,
                v.end_date.isoformat() if v.end_date else "",
                v.type,
                v.title,
                "; ".join(f"{a.name} ({a.role})" for a in v.actors),
                v.location or "",
                "; ".join(v.topics),
                v.status,
                v.origin,
                "yes" if v.planned else "no",
                "" if v.confidence is None else f"{v.confidence:.2f}",
                len(v.sources),
                " ".join(s.url for s in v.sources if s.url),
            ]
        )
    return buffer.getvalue()


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def timeline_markdown(views: Sequence[EventView]) -> str:
    lines: list[str] = []
    current = None
    for v in views:
        if heading(v) != current:
            current = heading(v)
            lines += ["", f"## {current}", ""]
        flags = "".join(
            f" *({flag})*"
            for flag, on in (("planned", v.planned), ("unreviewed", v.status == "unreviewed"))
            if on
        )
        actors = actor_text(v)
        where = f" — {_md(v.location)}" if v.location else ""
        links = " ".join(f"[{i}]({s.url})" for i, s in enumerate(v.sources, 1) if s.url)
        lines.append(
            f"- **{human_date(v.date, v.date_precision)}** · `{v.type}` · {_md(v.title)}{flags}"
            + (f" — {_md(actors)}" if actors else "")
            + where
            + (f" {links}" if links else "")
        )
    return "\n".join(lines).strip() + "\n"


def print_timeline(views: Sequence[Listed], *, empty_hint: str) -> None:
    """The timeline view: Rich on a terminal (imported only then), plain text otherwise."""
    if not views:
        write(empty_hint + "\n")
    elif (width := plain_output_width()) is not None:
        write(plain_timeline(views, width))
    else:
        from tracker.cli._output import render_timeline

        render_timeline(views)


def print_export(views: Sequence[EventView], fmt: str, *, empty_hint: str) -> None:
    """The timeline as JSON, CSV or Markdown, with every detail of the events."""
    if fmt == "json":
        print_json([v.to_json() for v in views])
    elif fmt == "csv":
        write(timeline_csv(views))
    elif not views:
        write(empty_hint + "\n")
    else:
        write(timeline_markdown(views))
