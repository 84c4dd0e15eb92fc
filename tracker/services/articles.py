"""Articles: storing ingested drafts (idempotently), listing, showing and full-text search."""

from __future__ import annotations

import datetime as dt
import re
import zlib
from dataclasses import dataclass

from sqlalchemy import bindparam, func, insert, or_, select
from sqlalchemy.orm import Session

from tracker.dialects import article_fts_ready, article_fts_search
from tracker.errors import NotFoundError
from tracker.ingest import ArticleDraft, content_hash
from tracker.models import Article, EventSource

# zlib level for the stored originals: level 1 compresses a 100 KB page in ~0.6 ms to ~21 % of
# its size, level 6 takes ~1.6 ms for ~18 % (measured, bench/ingest_speed.py). Any level reads back.
RAW_COMPRESSION = 1


@dataclass
class ArticleSummary:
    id: int
    title: str | None
    outlet: str | None
    published: dt.datetime | None
    url: str | None
    events: int
    snippet: str | None = None


@dataclass
class ArticleDetail(ArticleSummary):
    author: str | None = None
    text: str = ""
    source_format: str | None = None
    source_name: str | None = None
    ingested_at: dt.datetime | None = None
    event_ids: tuple[int, ...] = ()


@dataclass
class StoredArticle:
    """The stored row an ingested draft became (or already was)."""

    id: int
    title: str | None
    published_at: dt.datetime | None


# Built once: ingest runs these once per article, and building the expressions each time cost
# more than running them (bench/ingest_speed.py). ``url = NULL`` matches nothing, as wanted.
_STORED = (Article.id, Article.title, Article.published_at)  # the fields of StoredArticle
_EXISTING = (
    select(*_STORED)
    .where(or_(Article.content_hash == bindparam("digest"), Article.url == bindparam("url")))
    .limit(1)
)
# Core insert, not the ORM unit of work: several times cheaper per row (the FTS row follows by
# trigger). Python-side column defaults (``ingested_at``) still apply.
_INSERT = insert(Article.__table__)


def find_existing(session: Session, draft: ArticleDraft, digest: str) -> StoredArticle | None:
    """The stored article with the draft's URL or the same cleaned text."""
    row = session.execute(_EXISTING, {"digest": digest, "url": draft.url or None}).first()
    return StoredArticle(*row) if row is not None else None


def _fill(article: Article, draft: ArticleDraft, digest: str) -> None:
    values = _values(draft, digest)
    values["url"] = draft.url or article.url
    for name, value in values.items():
        setattr(article, name, value)


def _values(draft: ArticleDraft, digest: str) -> dict[str, object]:
    return {
        "text": draft.text,
        "content_hash": digest,
        "title": draft.title,
        "url": draft.url or None,
        "outlet": draft.outlet,
        "author": draft.author,
        "published_at": draft.published,
        "published_has_time": draft.published_has_time,
        "source_format": draft.source_format or None,
        "source_name": draft.source_name or None,
        "raw": zlib.compress(draft.raw, RAW_COMPRESSION) if draft.raw else None,
    }


def store_article(
    session: Session, draft: ArticleDraft, *, force: bool = False
) -> tuple[StoredArticle, str]:
    """Insert the draft, or find it already stored: returns (article, ingested|skipped|updated)."""
    digest = content_hash(draft.text)
    existing = find_existing(session, draft, digest)
    if existing is not None and not force:
        return existing, "skipped"
    if existing is not None:
        clash = session.execute(
            select(*_STORED).where(Article.content_hash == digest, Article.id != existing.id)
        ).first()
        if clash is not None:
            return StoredArticle(*clash), "skipped"
        article = load_article(session, existing.id)
        _fill(article, draft, digest)
        session.flush()
        return StoredArticle(article.id, article.title, article.published_at), "updated"
    result = session.execute(_INSERT, _values(draft, digest))
    (article_id,) = result.inserted_primary_key
    return StoredArticle(article_id, draft.title, draft.published), "ingested"


def raw_bytes(article: Article) -> bytes | None:
    return zlib.decompress(article.raw) if article.raw else None


def load_article(session: Session, article_id: int) -> Article:
    article = session.get(Article, article_id)
    if article is None:
        raise NotFoundError(f"no article with id {article_id}")
    return article


def _event_counts(session: Session, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    rows = session.execute(
        select(EventSource.article_id, func.count(func.distinct(EventSource.event_id)))
        .where(EventSource.article_id.in_(ids))
        .group_by(EventSource.article_id)
    ).all()
    return {int(a): int(n) for a, n in rows}


def _summaries(
    session: Session, articles: list[Article], snippets: dict[int, str] | None = None
) -> list[ArticleSummary]:
    counts = _event_counts(session, [a.id for a in articles])
    return [
        ArticleSummary(
            id=a.id,
            title=a.title,
            outlet=a.outlet,
            published=a.published_at,
            url=a.url,
            events=counts.get(a.id, 0),
            snippet=(snippets or {}).get(a.id),
        )
        for a in articles
    ]


def list_articles(
    session: Session, *, outlet: str | None = None, limit: int | None = None
) -> list[ArticleSummary]:
    """Articles, newest publication first (unknown dates last)."""
    stmt = select(Article).order_by(
        Article.published_at.is_(None), Article.published_at.desc(), Article.id.desc()
    )
    if outlet:
        stmt = stmt.where(func.lower(Article.outlet).like(f"%{outlet.lower()}%"))
    if limit:
        stmt = stmt.limit(limit)
    return _summaries(session, list(session.scalars(stmt)))


def article_detail(session: Session, article_id: int) -> ArticleDetail:
    article = load_article(session, article_id)
    event_ids = tuple(
        sorted(
            set(
                session.scalars(
                    select(EventSource.event_id).where(EventSource.article_id == article.id)
                )
            )
        )
    )
    return ArticleDetail(
        id=article.id,
        title=article.title,
        outlet=article.outlet,
        published=article.published_at,
        url=article.url,
        events=len(event_ids),
        author=article.author,
        text=article.text,
        source_format=article.source_format,
        source_name=article.source_name,
        ingested_at=article.ingested_at,
        event_ids=event_ids,
    )


_TERMS = re.compile(r'"([^"]*)"|(\S+)')


def _terms(text: str) -> list[str]:
    """The words of a query; a "quoted phrase" stays one term (its words must be adjacent)."""
    terms = []
    for phrase, word in _TERMS.findall(text):
        term = " ".join(phrase.split()) if phrase else word.replace('"', "")
        if term:
            terms.append(term)
    return terms


def _fts_query(terms: list[str]) -> str:
    """Each term becomes a quoted FTS5 string, so user text is never parsed as FTS syntax.

    Several terms must all match; ``OR "the whole query"`` adds no match but ranks the articles
    where the words stand together (bm25 counts the phrase as one more term) first.
    """
    quoted = ['"' + term.replace('"', '""') + '"' for term in terms]
    if len(terms) < 2:
        return " ".join(quoted)
    phrase = '"' + " ".join(terms).replace('"', '""') + '"'
    return f"({' '.join(quoted)}) OR {phrase}"


def _snippet(text: str, needle: str, width: int = 80) -> str:
    pos = text.lower().find(needle.lower())
    if pos < 0:
        return text[:width]
    start = max(0, pos - width // 2)
    prefix = "… " if start else ""
    return prefix + text[start : pos + len(needle) + width // 2].replace("\n", " ")


def search_articles(session: Session, text: str, *, limit: int = 20) -> list[ArticleSummary]:
    """Articles containing all the words (and "quoted phrases") of ``text``, best match first:
    FTS5 ranking on SQLite, LIKE elsewhere."""
    words = _terms(text)
    if not words:
        return []
    connection = session.connection()
    if article_fts_ready(connection):
        hits = article_fts_search(connection, _fts_query(words), limit)
        by_id = {
            a.id: a
            for a in session.scalars(select(Article).where(Article.id.in_([h[0] for h in hits])))
        }
        ordered = [by_id[i] for i, _ in hits if i in by_id]
        return _summaries(session, ordered, {i: s.replace("\n", " ") for i, s in hits})
    stmt = select(Article)
    for word in words:
        escaped = word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        stmt = stmt.where(
            or_(
                func.lower(Article.text).like(pattern, escape="\\"),
                func.lower(Article.title).like(pattern, escape="\\"),
            )
        )
    articles = list(session.scalars(stmt.order_by(Article.published_at.desc()).limit(limit)))
    return _summaries(session, articles, {a.id: _snippet(a.text, words[0]) for a in articles})


def reprocess_article(session: Session, article: Article) -> str:
    """Clean the stored original again with the current readers: changed | unchanged | failed:...

    Metadata found now fills gaps but never replaces what is stored (it may be a user override).
    """
    from tracker.ingest import ReadFailure, read_bytes

    data = raw_bytes(article)
    if data is None:
        return "failed: no original stored"
    items = list(
        read_bytes(data, article.source_name or f"article-{article.id}", article.source_format)
    )
    draft = next((i for i in items if not isinstance(i, ReadFailure)), None)
    if draft is None:
        reason = items[0].reason if items else "nothing read"
        return f"failed: {reason}"
    digest = content_hash(draft.text)
    # Compare the text too: the hash ignores case and spacing, and a stored text edited or damaged
    # behind the hash's back must be restored as well.
    changed = digest != article.content_hash or draft.text != article.text
    if changed:
        clash = session.scalars(
            select(Article.id).where(Article.content_hash == digest, Article.id != article.id)
        ).first()
        if clash is not None:
            return f"failed: the cleaned text now equals article {clash}"
        article.text = draft.text
        article.content_hash = digest
    for name, value in (
        ("title", draft.title),
        ("outlet", draft.outlet),
        ("author", draft.author),
        ("published_at", draft.published),
    ):
        if getattr(article, name) is None and value is not None:
            setattr(article, name, value)
            changed = True
    session.flush()
    return "changed" if changed else "unchanged"


def article_ids(session: Session, ids: list[int], *, all_articles: bool) -> list[int]:
    """The ids of the articles named (each must exist), or of every article."""
    from tracker.errors import UsageError

    if all_articles:
        return list(session.scalars(select(Article.id).order_by(Article.id)))
    if not ids:
        raise UsageError("give article ids or --all")
    return [load_article(session, i).id for i in ids]
