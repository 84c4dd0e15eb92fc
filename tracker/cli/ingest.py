"""`tracker ingest` (files, folders, stdin, JSON Lines) and `tracker extract`."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Annotated

import typer

from tracker.cli._common import app_context, cli_errors

if TYPE_CHECKING:
    from tracker.cli._common import AppContext
    from tracker.extract import Extractor
    from tracker.ingest import Overrides
    from tracker.ingest.parallel import Read
    from tracker.services.extraction import Lookup
    from tracker.services.pipeline import IngestOutcome

INGEST_EPILOG = (
    "Examples: tracker ingest article.txt page.html notes.md ; "
    "tracker ingest ~/clippings/ --glob '*.html' ; "
    "pbpaste | tracker ingest - --url https://example.org/a --published 2025-05-16 ; "
    "tracker ingest feed.jsonl ; tracker ingest seed.txt --dry-run"
)
PROGRESS_THRESHOLD = 5
# How an ingested article's events were stored (``how`` in the JSON items), in summary order.
EVENT_HOWS = ("new", "merged", "updated", "unchanged")


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
        from contextlib import closing

        from tracker.ingest.parallel import read_items, worker_count

        context = app_context(ctx)
        runner = _IngestRun(context, force=force, dry_run=dry_run, extract=extract)
        items = _expand(paths, glob)
        reporter = _Reporter(
            as_json=as_json, dry_run=dry_run, verbose=not _wants_progress(len(items))
        )
        # Reading (and cleaning) runs in a worker process for a large batch while this process
        # stores; the worker starts here, before the progress bar's thread.
        reads = read_items(
            items, max_bytes=int(max_size * 1024 * 1024), workers=worker_count(len(items))
        )
        with closing(reads), _Progress(len(items)) as advance:
            for found in reads:
                for outcome in runner.store(found, overrides):
                    reporter.add(outcome)
                advance()
        reporter.finish()
        if reporter.failed:
            raise typer.Exit(1)


def _expand(paths: list[str], glob: str | None) -> list[object]:
    """Paths (not contents) of every input: cheap even for thousands of files."""
    from tracker.ingest import iter_paths

    return list(iter_paths(paths, glob))


def _wants_progress(total: int) -> bool:
    return total > PROGRESS_THRESHOLD and sys.stderr.isatty()


class _IngestRun:
    """Stores what was read, one article at a time, each in its own transaction."""

    def __init__(self, context: AppContext, *, force: bool, dry_run: bool, extract: bool) -> None:
        self.context = context
        self.force = force
        self.dry_run = dry_run
        self.extractor = self.lookup = None
        if extract:
            from tracker.services.extraction import Lookup, build_extractor

            with context.session() as session:
                self.lookup = Lookup.load(session)
                self.extractor = build_extractor(session, self.lookup)

    def store(self, found: Iterable[Read], overrides: Overrides) -> Iterator[IngestOutcome]:
        """Store what reading one input gave, each article in its own transaction."""
        from tracker.errors import TrackerError
        from tracker.ingest import ReadFailure, apply_overrides
        from tracker.ingest.base import unexpected_reason
        from tracker.services.pipeline import IngestOutcome, ingest_draft

        for draft in found:
            if isinstance(draft, ReadFailure):
                yield IngestOutcome(draft.source_name, "failed", reason=draft.reason)
                continue
            draft = apply_overrides(draft, overrides)
            try:
                with self.context.session(dry_run=self.dry_run) as session:
                    outcome = ingest_draft(
                        session,
                        draft,
                        force=self.force,
                        extractor=self.extractor,
                        lookup=self.lookup,
                    )
            except TrackerError as exc:
                outcome = IngestOutcome(draft.source_name, "failed", reason=str(exc))
            except Exception as exc:  # the session rolled the article back
                outcome = IngestOutcome(draft.source_name, "failed", reason=unexpected_reason(exc))
            yield outcome


class _Progress:
    """A Rich progress bar on a terminal for more than a handful of files; silent otherwise."""

    def __init__(self, total: int) -> None:
        self.total = total
        self._bar = None
        self._task = None

    def __enter__(self):
        if _wants_progress(self.total):
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


class _Reporter:
    """Prints each outcome as it comes (small batches) and the summary; keeps only counts,
    failures and, for --json, the items."""

    def __init__(self, *, as_json: bool, dry_run: bool, verbose: bool) -> None:
        from collections import Counter

        self.as_json = as_json
        self.dry_run = dry_run
        self.verbose = verbose and not as_json
        self.counts: Counter[str] = Counter()
        self.events = 0
        self.hows: Counter[str] = Counter()
        self.failures: list[IngestOutcome] = []
        self.items: list[dict[str, object]] = []

    @property
    def failed(self) -> int:
        return self.counts["failed"]

    def add(self, outcome: IngestOutcome) -> None:
        self.counts[outcome.status] += 1
        self.events += len(outcome.events)
        self.hows.update(e["how"] for e in outcome.events)
        if outcome.status == "failed":
            self.failures.append(outcome)
        if self.as_json:
            self.items.append(outcome.to_json())
        elif self.verbose and outcome.status != "failed":
            self._print(outcome)

    def _verb(self, status: str) -> str:
        if self.dry_run:
            return {"ingested": "would ingest", "updated": "would update"}.get(status, status)
        return status

    def _print(self, o: IngestOutcome) -> None:
        from tracker.cli._output import message
        from tracker.cli._text import plain_line

        line = f"{self._verb(o.status)}: {o.source}"
        if o.status == "skipped":
            line += f" ({o.reason}, article {o.article_id})"
        else:
            when = o.published[:16].replace("T", " ") if o.published else "date unknown"
            line += f" → article {o.article_id}: {o.title or '(no title)'} [{when}]"
        plain_line(line)
        for warning in o.warnings:
            message(f"  warning: {warning}")
        for e in o.events:
            how = f" ({e['how']})" if e["how"] != "new" else ""
            plain_line(f"    {e['date']:<10} {e['type']:<17} {e['title']}{how}")

    def finish(self) -> None:
        from tracker.cli._output import message
        from tracker.cli._text import print_json

        c = self.counts
        if self.as_json:
            print_json(
                {
                    "dry_run": self.dry_run,
                    "ingested": c["ingested"],
                    "updated": c["updated"],
                    "skipped": c["skipped"],
                    "failed": c["failed"],
                    "events": self.events,
                    "event_counts": {how: self.hows[how] for how in EVENT_HOWS},
                    "items": self.items,
                }
            )
            return
        parts = [f"{self._verb('ingested')} {c['ingested']}"]
        if c["updated"]:
            parts.append(f"{self._verb('updated')} {c['updated']}")
        parts += [f"skipped {c['skipped']}", f"failed {c['failed']}"]
        summary = ", ".join(parts)
        if self.events:
            summary += f"; {self.events} events"
            if set(self.hows) - {"new"}:
                summary += (
                    " ("
                    + ", ".join(f"{self.hows[h]} {h}" for h in EVENT_HOWS if self.hows[h])
                    + ")"
                )
        if self.dry_run:
            summary += " (dry run: nothing written)"
        message(summary)
        for o in self.failures:
            message(f"failed: {o.source}: {o.reason}")


def article_batch(
    context: AppContext, article_ids: list[int] | None, all_articles: bool, *, extract: bool = True
) -> tuple[list[int], Lookup | None, Extractor | None]:
    """The article ids to work on and, with ``extract``, the lookup and extractor to use."""
    from tracker.services.articles import article_ids as resolve_ids
    from tracker.services.extraction import Lookup, build_extractor

    with context.session() as session:
        ids = resolve_ids(session, article_ids or [], all_articles=all_articles)
        if not extract:
            return ids, None, None
        lookup = Lookup.load(session)
        return ids, lookup, build_extractor(session, lookup)


EXTRACT_EPILOG = "Examples: tracker extract 3 ; tracker extract --all"


def extract_command(
    ctx: typer.Context,
    article_ids: Annotated[list[int] | None, typer.Argument(help="Article ids.")] = None,
    all_articles: Annotated[bool, typer.Option("--all", help="Every article.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Re-run event extraction on stored articles; events a person touched are kept."""
    with cli_errors():
        from tracker.cli._output import message
        from tracker.cli._text import print_json
        from tracker.services.articles import load_article
        from tracker.services.extraction import extract_article

        context = app_context(ctx)
        ids, lookup, extractor = article_batch(context, article_ids, all_articles)
        results = []
        for article_id in ids:
            with context.session() as session:
                report = extract_article(
                    session, load_article(session, article_id), extractor, lookup
                )
                results.append(
                    {
                        "article_id": article_id,
                        "new": report.created,
                        "merged": report.attached,
                        "updated": report.updated,
                        "unchanged": report.unchanged,
                        "removed": report.removed,
                    }
                )
        if as_json:
            print_json(results)
            return

        # an event several articles support counts once, under what happened to it most
        counted: dict[str, set[int]] = {}
        seen: set[int] = set()
        for key in ("new", "updated", "merged", "unchanged"):
            counted[key] = {i for r in results for i in r[key]} - seen
            seen |= counted[key]
        message(
            f"extracted {len(results)} articles: {len(counted['new'])} new events, "
            f"{len(counted['updated'])} updated, {len(counted['unchanged'])} unchanged, "
            f"{len(counted['merged'])} matched existing events, "
            f"{sum(r['removed'] for r in results)} removed"
        )
