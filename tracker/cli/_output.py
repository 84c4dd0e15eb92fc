"""Rich rendering for the terminal: the only module that imports Rich (it is imported lazily).

Output that needs no Rich (pipes, JSON, CSV, Markdown) lives in :mod:`tracker.cli._text`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from rich.console import Console, Group
from rich.markup import escape
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from tracker.cli._text import (
    DATE_WIDTH,
    INDENT,
    Segment,
    badge_label,
    date_cell,
    event_lines,
    footer,
    heading,
)
from tracker.dates import format_date
from tracker.services.views import EventView

if TYPE_CHECKING:
    from tracker.cli._text import Listed


def _color_system() -> str | None:
    # Rich's NO_COLOR drops colours but keeps bold/dim; with NO_COLOR we print plain text
    return None if os.environ.get("NO_COLOR") else "auto"


@cache
def console() -> Console:
    return Console(highlight=False, color_system=_color_system())


@cache
def err_console() -> Console:
    return Console(stderr=True, highlight=False, color_system=_color_system())


def badge(event_type: str) -> Text:
    label, colour = badge_label(event_type)
    return Text(label, style=f"bold black on {colour}")


def _text_line(segments: list[Segment]) -> Text:
    line = Text()
    for text, style in segments:
        line.append(text, style=style)
    return line


def render_timeline(views: Sequence[Listed]) -> None:
    """Month headings, then one row per event: date, type badge, title and details.

    Laid out by hand rather than with a Rich Table: a table measures every cell first, which
    takes seconds for thousands of events; here only lines wider than the column are wrapped.
    """
    out = console()
    column = max(20, out.width - len(INDENT))
    current: str | None = None
    block = Text()
    for view in views:
        if (title := heading(view)) != current:
            if block:
                out.print(block, soft_wrap=True, end="")
                block = Text()
            current = title
            out.print(Rule(Text(current, style="bold"), align="left", style="dim"))
        lines: list[Text] = []
        for segments in event_lines(view):
            line = _text_line(segments)
            lines += line.wrap(out, column, overflow="fold") if line.cell_len > column else [line]
        for i, line in enumerate(lines):
            if i == 0:
                block.append(f"{date_cell(view):>{DATE_WIDTH}} ")
                block.append_text(badge(view.type))
                block.append(" ")
            else:
                block.append(INDENT)
            line.rstrip()
            block.append_text(line)
            block.append("\n")
    if block:
        out.print(block, soft_wrap=True, end="")
    out.print(Text(footer(views), style="dim"))


def _highlighted_quote(quote: str, highlights: Sequence[Any]) -> Text:
    styles = {
        "trigger": "bold magenta",
        "actor": "bold cyan",
        "date": "bold green",
        "place": "bold blue",
    }
    text = Text(quote)
    for mark in highlights:
        try:
            start, end, kind = int(mark["start"]), int(mark["end"]), str(mark["kind"])
        except (KeyError, TypeError, ValueError):
            continue
        text.stylize(styles.get(kind, "bold"), start, end)
    return text


def render_event(view: EventView) -> None:
    out = console()
    header = Text()
    header.append_text(badge(view.type))
    header.append(f"  {view.title}", style="bold")
    rows = Table.grid(padding=(0, 2))
    rows.add_column(style="dim", no_wrap=True)
    rows.add_column(overflow="fold")

    def add(label: str, value: str) -> None:
        rows.add_row(label, Text(value))

    date_text = f"{format_date(view.date, view.date_precision)} ({view.date_precision})"
    if view.end_date:
        date_text += f" to {view.end_date.isoformat()}"
    if view.date_source:
        date_text += f", date from {view.date_source}"
    add("id", str(view.id))
    add("date", date_text)
    add("type", view.type)
    status = view.status + (", planned" if view.planned else "")
    add("status", f"{status} (origin: {view.origin})")
    if view.confidence is not None:
        add("confidence", f"{view.confidence:.2f}")
    if view.location:
        add("location", view.location)
    for i, actor in enumerate(view.actors):
        country = f", {actor.country}" if actor.country and actor.country != actor.name else ""
        add("actors" if i == 0 else "", f"{actor.name} [{actor.kind}{country}] — {actor.role}")
    if view.topics:
        add("topics", ", ".join(view.topics))
    if view.summary:
        add("summary", view.summary)
    parts: list[Any] = [header, rows]
    for i, src in enumerate(view.sources, 1):
        meta = " · ".join(
            x
            for x in (
                src.outlet,
                src.title,
                src.published.date().isoformat() if src.published else None,
                f"article {src.article_id}" if src.article_id else None,
                src.url,
            )
            if x
        )
        body: list[Any] = [Text(f"[{i}] {meta}", style="dim")]
        if src.quote:
            body.append(Padding(_highlighted_quote(src.quote, src.highlights), (0, 0, 0, 4)))
        parts.append(Group(*body))
    if not view.sources:
        parts.append(Text("no sources", style="dim"))
    out.print(Panel(Group(*parts), expand=True, title=f"event {view.id}", title_align="left"))


def print_rows(
    headers: Sequence[str], rows: Sequence[Sequence[Any]], *, title: str | None = None
) -> None:
    table = Table(title=title, show_edge=False, header_style="bold")
    for h in headers:
        table.add_column(h, overflow="fold")
    for row in rows:
        table.add_row(*(escape("" if c is None else str(c)) for c in row))
    console().print(table)


def message(text: str) -> None:
    """A status line for the user: on stderr, so stdout stays data.

    Never markup (it carries file names, titles and reasons) and never wrapped: one line each.
    """
    err_console().print(text, highlight=False, markup=False, soft_wrap=True)
