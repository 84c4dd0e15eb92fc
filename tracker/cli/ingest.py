"""`tracker ingest` (files, folders, stdin, JSON Lines) and `tracker extract`."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from tracker.cli._common import app_context, cli_errors

if TYPE_CHECKING:
    from tracker.services.pipeline import IngestOutcome

INGEST_EPILOG = (
    "Examples: tracker ingest article.txt page.html notes.md ; "
    "tracker ingest ~/clippings/ --glob '*.html' ; "
    "pbpaste | tracker ingest - --url https://example.org/a --published 2025-05-16 ; "
    "tracker ingest feed.jsonl ; tracker ingest seed.txt --dry-run"
)
PROGRESS_THRESHOLD = 5


def _parse_published(value: str | None):
    if not value:
        return None
    import datetime as dt

    from tracker.errors import UsageError

    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f"invalid --published {value!r}: use YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        ) from None


def ingest_command(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or - for stdin.")],
    glob: Annotated[
        str | None, typer.Option(help="In folders, only file names matching this pattern.")
    ] = None,
    url: Annotated[
        str | None, typer.Option(help="The article's URL (overrides what is detected).")
    ] = None,
    title: Annotated[str | None, typer.Option(help="The article's title (override).")] = None,
    outlet: Annotated[str | None, typer.Option(help="The outlet (override).")] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date: YYYY-MM-DD[THH:MM] (override).")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Re-process articles already ingested, in place.")
    ] = False,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Show what would be stored and extracted; write nothing."),
    ] = False,
    extract: Annotated[
        bool, typer.Option("--extract/--no-extract", help="Extract events from each article.")
    ] = True,
    max_size: Annotated[float, typer.Option(help="Largest file to read, in MB.")] = 20.0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Ingest news articles (text, HTML, Markdown, JSON Lines) and extract their events."""
    with cli_errors():
        from tracker.errors import UsageError
        from tracker.ingest import Overrides

        if max_size <= 0:
            raise UsageError("--max-size must be positive")
        overrides = Overrides(
            url=url, title=title, outlet=outlet, published=_parse_published(published)
        )
        if (url or title) and len(paths) > 1:
            raise UsageError("--url and --title apply to one article: give a single input")
        outcomes = _run_ingest(
            ctx, paths, glob, overrides,
            force=force, dry_run=dry_run, extract=extract, max_bytes=int(max_size * 1024 * 1024),
        )  # fmt: skip
        _report(outcomes, as_json=as_json, dry_run=dry_run)
        if any(o.status == "failed" for o in outcomes):
            raise typer.Exit(1)


def _run_ingest(
    ctx: typer.Context,
    paths: list[str],
    glob: str | None,
    overrides: object,
    *,
    force: bool,
    dry_run: bool,
    extract: bool,
    max_bytes: int,
) -> list[IngestOutcome]:
    from tracker.errors import TrackerError
    from tracker.ingest import ReadFailure, apply_overrides, iter_paths, read_file
    from tracker.services.pipeline import IngestOutcome, ingest_draft

    context = app_context(ctx)
    extractor = lookup = None
    if extract:
        from tracker.services.extraction import Lookup, build_extractor

        with context.session() as session:
            lookup = Lookup.load(session)
            extractor = build_extractor(session, lookup)
    items = list(iter_paths(paths, glob))
    outcomes: list[IngestOutcome] = []
    with _progress(len(items)) as advance:
        for item in items:
            if isinstance(item, ReadFailure):
                outcomes.append(IngestOutcome(item.source_name, "failed", reason=item.reason))
                advance()
                continue
            for draft in read_file(item, max_bytes=max_bytes):
                if isinstance(draft, ReadFailure):
                    outcomes.append(IngestOutcome(draft.source_name, "failed", reason=draft.reason))
                    continue
                draft = apply_overrides(draft, overrides)  # type: ignore[arg-type]
                try:
                    with context.session(dry_run=dry_run) as session:
                        outcomes.append(
                            ingest_draft(
                                session, draft, force=force, extractor=extractor, lookup=lookup
                            )
                        )
                except TrackerError as exc:
                    outcomes.append(IngestOutcome(draft.source_name, "failed", reason=str(exc)))
            advance()
    return outcomes


class _Progress:
    """A Rich progress bar on a terminal for more than a handful of files; silent otherwise."""

    def __init__(self, total: int) -> None:
        self.total = total
        self._bar = None
        self._task = None

    def __enter__(self):
        if self.total > PROGRESS_THRESHOLD and sys.stderr.isatty():
            from rich.progress import Progress

            from tracker.cli._output import err_console

            self._bar = Progress(console=err_console(), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("ingesting", total=self.total)
        return self.advance

    def advance(self) -> None:
        if self._bar is not None and self._task is not None:
            self._bar.advance(self._task)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


def _progress(total: int) -> _Progress:
    return _Progress(total)


def _report(outcomes: list[IngestOutcome], *, as_json: bool, dry_run: bool) -> None:
    from collections import Counter

    from tracker.cli._output import console, message, print_json

    counts = Counter(o.status for o in outcomes)
    if as_json:
        print_json(
            {
                "dry_run": dry_run,
                "ingested": counts["ingested"],
                "updated": counts["updated"],
                "skipped": counts["skipped"],
                "failed": counts["failed"],
                "events": sum(len(o.events) for o in outcomes),
                "items": [o.to_json() for o in outcomes],
            }
        )
        return
    out = console()
    for o in outcomes:
        if o.status == "failed":
            continue
        verb = (
            {"ingested": "would ingest", "updated": "would update"}.get(o.status, o.status)
            if dry_run
            else o.status
        )
        line = f"{verb}: {o.source}"
        if o.status == "skipped":
            line += f" ({o.reason}, article {o.article_id})"
        else:
            line += f" → article {o.article_id}: {o.title or '(no title)'}"
            line += f" [{o.published[:16] if o.published else 'date unknown'}]"
        out.print(line, markup=False, highlight=False)
        for w in o.warnings:
            message(f"  warning: {w}")
        for e in o.events:
            out.print(
                f"    {e['date']:<10} {e['type']:<17} {e['title']}"
                + (" (merged)" if e["how"] == "merged" else ""),
                markup=False,
                highlight=False,
            )
    summary = ", ".join(
        f"{label} {counts[key]}"
        for key, label in (
            ("ingested", "would ingest" if dry_run else "ingested"),
            ("updated", "would update" if dry_run else "updated"),
            ("skipped", "skipped"),
            ("failed", "failed"),
        )
        if counts[key] or key in ("ingested", "skipped", "failed")
    )
    events = sum(len(o.events) for o in outcomes)
    message(
        summary
        + (f"; {events} events" if events else "")
        + (" (dry run: nothing written)" if dry_run else "")
    )
    for o in outcomes:
        if o.status == "failed":
            message(f"failed: {o.source}: {o.reason}")


EXTRACT_EPILOG = "Examples: tracker extract 3 ; tracker extract --all"


def extract_command(
    ctx: typer.Context,
    article_ids: Annotated[list[int] | None, typer.Argument(help="Article ids.")] = None,
    all_articles: Annotated[bool, typer.Option("--all", help="Every article.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Re-run event extraction on stored articles; events a person touched are kept."""
    with cli_errors():
        from tracker.cli._output import message, print_json
        from tracker.errors import UsageError
        from tracker.services.articles import select_articles
        from tracker.services.extraction import Lookup, build_extractor, extract_article

        if not article_ids and not all_articles:
            raise UsageError("give article ids or --all")
        context = app_context(ctx)
        with context.session() as session:
            ids = [
                a.id for a in select_articles(session, article_ids or [], all_articles=all_articles)
            ]
            lookup = Lookup.load(session)
            extractor = build_extractor(session, lookup)
        results = []
        for article_id in ids:
            with context.session() as session:
                article = select_articles(session, [article_id], all_articles=False)[0]
                report = extract_article(session, article, extractor, lookup)
                results.append(
                    {
                        "article_id": article_id,
                        "new": report.created,
                        "merged": report.attached,
                        "removed": report.removed,
                    }
                )
        if as_json:
            print_json(results)
            return
        new = sum(len(r["new"]) for r in results)
        merged = sum(len(r["merged"]) for r in results)
        message(
            f"extracted {len(results)} articles: {new} new events, {merged} matched existing events"
        )
