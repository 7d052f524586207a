"""Flat tables of analysed articles: the Parquet schema of ``newsgraph batch``.

Every row carries ``article_id``; offsets index the article's ``text`` (kept in ``articles``),
and ``articles.article_json`` holds the whole Article so ``newsgraph load`` can rebuild it.
Documented in docs/batch.md; keep both in step.
"""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

from newsgraph.model import AMOUNT_FIELDS, TIME_FIELDS, Article, EntityRef

_REF = pa.struct([("id", pa.string()), ("name", pa.string())])

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("article_id", pa.string()),
            ("url", pa.string()),
            ("path", pa.string()),
            ("record", pa.int64()),
            ("content_hash", pa.string()),
            ("language", pa.string()),
            ("title", pa.string()),
            ("dateline", pa.string()),
            ("published", pa.string()),
            ("authors", pa.list_(pa.string())),
            ("agencies", pa.list_(pa.string())),
            ("section", pa.string()),
            ("paragraphs", pa.int32()),
            ("chars", pa.int64()),
            ("text", pa.string()),
            ("article_json", pa.string()),
        ]
    ),
    "entities": pa.schema(
        [
            ("article_id", pa.string()),
            ("entity_id", pa.string()),
            ("type", pa.string()),
            ("name", pa.string()),
            ("roles", pa.list_(pa.string())),
            ("affiliation", pa.string()),
            ("mention_count", pa.int32()),
        ]
    ),
    "mentions": pa.schema(
        [
            ("article_id", pa.string()),
            ("entity_id", pa.string()),
            ("text", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
        ]
    ),
    "quotes": pa.schema(
        [
            ("article_id", pa.string()),
            ("kind", pa.string()),
            ("text", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("speaker_id", pa.string()),
            ("speaker_name", pa.string()),
            ("cue", pa.string()),
            ("sentence", pa.string()),
            ("confidence", pa.float64()),
        ]
    ),
    "events": pa.schema(
        [
            ("article_id", pa.string()),
            ("type", pa.string()),
            ("mode", pa.string()),
            ("actors", pa.list_(_REF)),
            ("targets", pa.list_(_REF)),
            ("location", _REF),
            ("time", pa.string()),
            ("trigger", pa.string()),
            ("sentence", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("modality", pa.string()),
            ("source", _REF),
            ("published", pa.string()),
        ]
    ),
    "times": pa.schema(
        [
            ("article_id", pa.string()),
            ("text", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("type", pa.string()),
            ("value", pa.string()),
            ("relative", pa.string()),
            ("mod", pa.string()),
        ]
    ),
    "amounts": pa.schema(
        [
            ("article_id", pa.string()),
            ("text", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("value", pa.float64()),
            ("unit", pa.string()),
            ("qualifier", pa.string()),
        ]
    ),
    "errors": pa.schema(
        [
            ("input", pa.string()),
            ("record", pa.int64()),
            ("stage", pa.string()),
            ("reason", pa.string()),
        ]
    ),
}

TABLES = tuple(SCHEMAS)


def _ref(ref: EntityRef | None) -> dict[str, str] | None:
    return {"id": ref.id, "name": ref.name} if ref is not None else None


def article_rows(article: Article) -> dict[str, list[dict[str, Any]]]:
    """The rows one article contributes to each table (``errors`` excepted)."""
    aid = article.id
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES if name != "errors"}
    rows["articles"].append(
        {
            "article_id": aid,
            "url": article.source.url,
            "path": article.source.path,
            "record": article.source.record,
            "content_hash": article.source.content_hash,
            "language": article.language,
            "title": article.title,
            "dateline": article.dateline,
            "published": article.published,
            "authors": article.authors,
            "agencies": article.agencies,
            "section": article.section,
            "paragraphs": len(article.paragraphs),
            "chars": len(article.text),
            "text": article.text,
            "article_json": json.dumps(article.to_dict(), ensure_ascii=False),
        }
    )
    for ent in article.entities:
        rows["entities"].append(
            {
                "article_id": aid,
                "entity_id": ent.id,
                "type": ent.type,
                "name": ent.name,
                "roles": ent.roles,
                "affiliation": ent.affiliation,
                "mention_count": len(ent.mentions),
            }
        )
        for m in ent.mentions:
            rows["mentions"].append(
                {
                    "article_id": aid,
                    "entity_id": ent.id,
                    "text": m.text,
                    "start": m.start,
                    "end": m.end,
                }
            )
    for q in article.quotes:
        rows["quotes"].append(
            {
                "article_id": aid,
                "kind": q.kind,
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "speaker_id": q.speaker.id if q.speaker else None,
                "speaker_name": q.speaker.name if q.speaker else None,
                "cue": q.cue,
                "sentence": q.sentence,
                "confidence": q.confidence,
            }
        )
    for ev in article.events:
        rows["events"].append(
            {
                "article_id": aid,
                "type": ev.type,
                "mode": ev.mode,
                "actors": [_ref(a) for a in ev.actors],
                "targets": [_ref(t) for t in ev.targets],
                "location": _ref(ev.location),
                "time": ev.time,
                "trigger": ev.trigger,
                "sentence": ev.sentence,
                "start": ev.start,
                "end": ev.end,
                "modality": ev.modality,
                "source": _ref(ev.source),
                "published": article.published,
            }
        )
    for t in article.times:
        rows["times"].append({"article_id": aid, **{f: getattr(t, f) for f in TIME_FIELDS}})
    for a in article.amounts:
        rows["amounts"].append({"article_id": aid, **{f: getattr(a, f) for f in AMOUNT_FIELDS}})
    return rows


def error_row(name: str, record: int | None, stage: str, reason: str) -> dict[str, Any]:
    return {"input": name, "record": record, "stage": stage, "reason": reason}


AGGREGATE_SCHEMAS: dict[str, pa.Schema] = {
    "entity_index": pa.schema(
        [
            ("type", pa.string()),
            ("key", pa.string()),
            ("name", pa.string()),
            ("aliases", pa.list_(pa.string())),
            ("articles", pa.int64()),
            ("mentions", pa.int64()),
            ("first_seen", pa.string()),
            ("last_seen", pa.string()),
        ]
    ),
    "network_edges": pa.schema(
        [
            ("source_type", pa.string()),
            ("source_key", pa.string()),
            ("target_type", pa.string()),
            ("target_key", pa.string()),
            ("shared_events", pa.int64()),
            ("cooccurrences", pa.int64()),
            ("weight", pa.int64()),
            ("event_types", pa.list_(pa.string())),
            ("first_seen", pa.string()),
            ("last_seen", pa.string()),
        ]
    ),
}
