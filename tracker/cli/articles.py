"""`tracker articles list|show|search|reprocess`."""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli._common import FormatOpt, app_context, cli_errors

app = typer.Typer(
    help="List, read, search and re-clean ingested articles.",
    epilog='Example: tracker articles list ; tracker articles search "prisoner exchange"',
    no_args_is_help=True,
)


def _print_summaries(items: list, fmt: str, *, empty: str) -> None:
    from dataclasses import asdict

    from tracker.cli._output import console, print_rows
    from tracker.cli._text import print_json

    if fmt == "json":
        print_json([asdict(a) for a in items])
        return
    if not items:
        console().print(empty, markup=False)
        return
    rows = [
        (
            a.id,
            a.published.date().isoformat() if a.published else "?",
            a.outlet or "",
            a.title or "",
            a.events,
        )
        for a in items
    ]
    print_rows(("id", "published", "outlet", "title", "events"), rows)
    for a in items:
        if a.snippet:
            console().print(f"  #{a.id}: {a.snippet}", markup=False, highlight=False)


@app.command("list", epilog="Example: tracker articles list --outlet reuters --limit 20")
def list_command(
    ctx: typer.Context,
    outlet: Annotated[str | None, typer.Option(help="Outlet contains this text.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most N articles.")] = None,
    fmt: FormatOpt = "rich",
) -> None:
    """List ingested articles, newest first."""
    with cli_errors():
        from tracker.services.articles import list_articles

        with app_context(ctx).session() as session:
            items = list_articles(session, outlet=outlet, limit=limit)
        _print_summaries(items, fmt, empty="No articles yet. Add some with `tracker ingest FILE`.")


@app.command("show", epilog="Example: tracker articles show 3")
def show(
    ctx: typer.Context,
    article_id: Annotated[int, typer.Argument(help="Article id.")],
    fmt: FormatOpt = "rich",
) -> None:
    """Print an article's metadata, its cleaned text and the events found in it."""
    with cli_errors():
        from dataclasses import asdict

        from tracker.cli._output import console
        from tracker.cli._text import print_json
        from tracker.services.articles import article_detail

        with app_context(ctx).session() as session:
            detail = article_detail(session, article_id)
        if fmt == "json":
            print_json(asdict(detail))
            return
        out = console()
        out.print(f"[bold]{detail.title or '(no title)'}[/bold]" if detail.title else "(no title)")
        meta = [
            detail.outlet,
            detail.author,
            detail.published.isoformat(sep=" ") if detail.published else "date unknown",
            detail.url,
            f"from {detail.source_name} ({detail.source_format})" if detail.source_name else None,
        ]
        out.print(" · ".join(m for m in meta if m), style="dim", markup=False)
        if detail.event_ids:
            out.print("events: " + ", ".join(f"#{i}" for i in detail.event_ids), style="dim")
        out.print()
        out.print(detail.text, markup=False, highlight=False)


@app.command("search", epilog='Example: tracker articles search "prisoner exchange"')
def search(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="Words that must all appear.")],
    limit: Annotated[int, typer.Option(help="At most N articles.")] = 20,
    fmt: FormatOpt = "rich",
) -> None:
    """Full-text search over the articles (best match first)."""
    with cli_errors():
        from tracker.services.articles import search_articles

        with app_context(ctx).session() as session:
            items = search_articles(session, text, limit=limit)
        _print_summaries(items, fmt, empty=f"No article contains {text!r}.")


@app.command(
    "reprocess", epilog="Example: tracker articles reprocess --all ; tracker articles reprocess 3 4"
)
def reprocess(
    ctx: typer.Context,
    article_ids: Annotated[list[int] | None, typer.Argument(help="Article ids.")] = None,
    all_articles: Annotated[bool, typer.Option("--all", help="Every article.")] = False,
    extract: Annotated[
        bool, typer.Option("--extract/--no-extract", help="Re-extract events of changed articles.")
    ] = True,
) -> None:
    """Clean the stored originals again with the current cleaner (after an upgrade)."""
    with cli_errors():
        from collections import Counter

        from tracker.cli._output import message
        from tracker.cli.ingest import article_batch
        from tracker.services.articles import load_article, reprocess_article
        from tracker.services.extraction import extract_article

        context = app_context(ctx)
        ids, lookup, extractor = article_batch(context, article_ids, all_articles, extract=extract)
        counts: Counter[str] = Counter()
        for article_id in ids:
            with context.session() as session:
                article = load_article(session, article_id)
                status = reprocess_article(session, article)
                if status == "changed" and extractor is not None and lookup is not None:
                    extract_article(session, article, extractor, lookup)
            counts[status.split(":")[0]] += 1
            if status.startswith("failed"):
                message(f"article {article_id}: {status}")
        message(
            f"reprocessed {len(ids)}: {counts['changed']} changed, {counts['unchanged']} unchanged, {counts['failed']} failed"
        )
        if counts["failed"]:
            raise typer.Exit(1)
