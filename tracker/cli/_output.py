"""All terminal rendering: the only module that imports Rich (it is imported lazily)."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Sequence
from functools import cache
from typing import Any

from rich.console import Console, Group
from rich.markup import escape
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from tracker.dates import format_date, human_date
from tracker.services.views import EventView
from tracker.vocab import event_types

OUTPUT_FORMATS = ("rich", "json", "csv", "markdown")


def _color_system() -> str | None:
    # Rich's NO_COLOR drops colours but keeps bold/dim; with NO_COLOR we print plain text
    return None if os.environ.get("NO_COLOR") else "auto"


@cache
def console() -> Console:
    return Console(highlight=False, color_system=_color_system())


@cache
def err_console() -> Console:
    return Console(stderr=True, highlight=False, color_system=_color_system())


def print_json(data: Any) -> None:
    """Plain JSON on stdout (no Rich markup, no wrapping), for scripts and ``jq``."""
    console().file.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def badge(event_type: str) -> Text:
    spec = event_types().get(event_type)
    label = spec.badge if spec else event_type.upper()[:9]
    colour = spec.colour if spec else "white"
    return Text(f" {label:<9} ", style=f"bold black on {colour}")


def _actor_text(view: EventView) -> str:
    parts = []
    for actor in view.actors:
        if actor.role in ("mediator", "host"):
            parts.append(f"{actor.name} ({actor.role})")
        else:
            parts.append(actor.name)
    return ", ".join(parts)


def _date_cell(view: EventView) -> str:
    if view.date_precision == "day":
        text = f"{view.date.day:>2} {view.date.strftime('%b')}"
    elif view.date_precision == "month":
        text = view.date.strftime("%b")
    else:
        text = str(view.date.year)
    if view.end_date and view.end_date != view.date:
        text += f"–{view.end_date.day}" if view.end_date.month == view.date.month else "–"
    return text


def _heading(view: EventView) -> str:
    if view.date_precision == "year":
        return str(view.date.year)
    return view.date.strftime("%B %Y")


def _event_lines(view: EventView) -> list[Text]:
    """The event column: the title line, then a dim line of actors, place, sources and id."""
    title = Text()
    if view.status == "unreviewed":
        title.append("? ", style="bold yellow")
    if view.planned:
        title.append("(planned) ", style="italic cyan")
    title.append(view.title, style="bold")
    details = [d for d in (_actor_text(view), view.location) if d]
    n = len(view.sources)
    if n:
        outlets = view.outlets
        details.append(
            f"{n} source{'s' if n != 1 else ''}" + (f", {outlets} outlets" if outlets > 1 else "")
        )
    if view.status == "unreviewed":
        details.append("unreviewed")
    if view.status == "rejected":
        details.append("rejected")
    tail = f"  #{view.id}"
    if not details:
        title.append(tail, style="dim")
        return [title]
    return [title, Text(" · ".join(details) + tail, style="dim")]


def _event_cell(view: EventView) -> Text:
    return Text("\n").join(_event_lines(view))


DATE_WIDTH = 6
BADGE_WIDTH = 11  # " " + 9-character label + " "


def render_timeline(views: Sequence[EventView], *, empty_hint: str) -> None:
    """Month headings, then one row per event: date, type badge, title and details.

    Laid out by hand rather than with a Rich Table: a table measures every cell first, which
    takes seconds for thousands of events; here only lines wider than the column are wrapped.
    """
    out = console()
    if not views:
        out.print(empty_hint)
        return
    if not out.is_terminal:
        out.file.write(plain_timeline(views, out.width))
        return
    indent = " " * (DATE_WIDTH + 1 + BADGE_WIDTH + 1)
    column = max(20, out.width - len(indent))
    heading: str | None = None
    block = Text()
    for view in views:
        current = _heading(view)
        if current != heading:
            if block:
                out.print(block, soft_wrap=True, end="")
                block = Text()
            heading = current
            out.print(Rule(Text(current, style="bold"), align="left", style="dim"))
        lines: list[Text] = []
        for line in _event_lines(view):
            lines += line.wrap(out, column, overflow="fold") if line.cell_len > column else [line]
        for i, line in enumerate(lines):
            if i == 0:
                block.append(f"{_date_cell(view):>{DATE_WIDTH}} ")
                block.append_text(badge(view.type))
                block.append(" ")
            else:
                block.append(indent)
            line.rstrip()
            block.append_text(line)
            block.append("\n")
    if block:
        out.print(block, soft_wrap=True, end="")
    out.print(Text(_footer(views), style="dim"))


def _footer(views: Sequence[EventView]) -> str:
    shown = len(views)
    unreviewed = sum(v.status == "unreviewed" for v in views)
    footer = f"{shown} event{'s' if shown != 1 else ''}"
    if unreviewed:
        footer += f" ({unreviewed} unreviewed, marked ?)"
    return footer


def plain_timeline(views: Sequence[EventView], width: int) -> str:
    """The timeline view as plain text, for pipes: the same layout without Rich's per-segment
    rendering, which costs seconds on thousands of events."""
    import textwrap

    indent = " " * (DATE_WIDTH + 1 + BADGE_WIDTH + 1)
    column = max(20, width - len(indent))
    out: list[str] = []
    heading: str | None = None
    for view in views:
        current = _heading(view)
        if current != heading:
            heading = current
            out.append(f"{current} " + "─" * max(0, width - len(current) - 1))
        lines: list[str] = []
        for line in _event_lines(view):
            plain = line.plain
            lines += (
                textwrap.wrap(plain, column, break_on_hyphens=False)
                if len(plain) > column
                else [plain]
            )
        label = badge(view.type).plain
        for i, line in enumerate(lines):
            prefix = f"{_date_cell(view):>{DATE_WIDTH}} {label} " if i == 0 else indent
            out.append((prefix + line).rstrip())
    out.append(_footer(views))
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
    heading = None
    for v in views:
        if _heading(v) != heading:
            heading = _heading(v)
            lines += ["", f"## {heading}", ""]
        flags = "".join(
            f" *({flag})*"
            for flag, on in (("planned", v.planned), ("unreviewed", v.status == "unreviewed"))
            if on
        )
        actors = _actor_text(v)
        where = f" — {_md(v.location)}" if v.location else ""
        links = " ".join(f"[{i}]({s.url})" for i, s in enumerate(v.sources, 1) if s.url)
        lines.append(
            f"- **{human_date(v.date, v.date_precision)}** · `{v.type}` · {_md(v.title)}{flags}"
            + (f" — {_md(actors)}" if actors else "")
            + where
            + (f" {links}" if links else "")
        )
    return "\n".join(lines).strip() + "\n"


def print_timeline(views: Sequence[EventView], fmt: str, *, empty_hint: str) -> None:
    if fmt == "json":
        print_json([v.to_json() for v in views])
    elif fmt == "csv":
        console().file.write(timeline_csv(views))
    elif fmt == "markdown":
        console().file.write(timeline_markdown(views) if views else empty_hint + "\n")
    else:
        render_timeline(views, empty_hint=empty_hint)


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


def plain_line(text: str) -> None:
    """One line of data on stdout as is: no markup, no wrapping, no Rich rendering cost (ingest
    prints a line per article, ten thousand of them in a big batch)."""
    console().file.write(text + "\n")
