"""Shared helpers for the store, API and web tests.

Articles come from real text through ``newsgraph.readers``. Where the language stages do not yet
produce entities/quotes/events, :func:`add_facts` adds facts that are true of the text: every
mention, quote and trigger is located in ``Article.text`` (the test fails if it is not there),
so offsets are real.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from newsgraph.model import Article, Entity, Event, Mention, Quote, TimeExpression
from newsgraph.readers import read_inputs, read_string
from newsgraph.store import Store, ingest_article, open_store

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED_TXT = SHARED / "seed" / "putin-minsk-2022-12-19.txt"
GNAD = SHARED / "data" / "news-de" / "10kgnad.jsonl"


@dataclass
class E:
    """An entity: local id, type, canonical name, the exact strings that mention it, roles."""

    id: str
    type: str
    name: str
    mentions: Sequence[str]
    roles: Sequence[str] = ()


@dataclass
class Q:
    speaker: str | None  # local entity id
    text: str
    kind: str = "direct"
    cue: str | None = "sagte"


@dataclass
class V:
    type: str
    trigger: str
    actors: Sequence[str] = ()
    targets: Sequence[str] = ()
    location: str | None = None
    time: str | None = None
    after: str | None = None  # find the trigger after this string


@dataclass
class Facts:
    entities: list[E] = field(default_factory=list)
    quotes: list[Q] = field(default_factory=list)
    events: list[V] = field(default_factory=list)
    times: list[tuple[str, str]] = field(default_factory=list)  # (text, value)


def _all(text: str, needle: str) -> Iterator[int]:
    pos = text.find(needle)
    while pos >= 0:
        yield pos
        pos = text.find(needle, pos + 1)


def _word_hits(text: str, needle: str) -> list[int]:
    """Occurrences of ``needle`` as a whole word (not inside a longer word)."""
    out = []
    for pos in _all(text, needle):
        before = text[pos - 1] if pos else " "
        after = text[pos + len(needle)] if pos + len(needle) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            out.append(pos)
    return out


def add_facts(article: Article, facts: Facts) -> Article:
    """Add entities, quotes and events located in the article's text."""
    text = article.text
    ents: dict[str, Entity] = {}
    for e in facts.entities:
        mentions: list[Mention] = []
        taken: set[int] = set()
        for m in sorted(e.mentions, key=len, reverse=True):
            hits = [p for p in _word_hits(text, m) if not any(p <= t < p + len(m) for t in taken)]
            assert hits, f"mention {m!r} not in the text"
            for p in hits:
                mentions.append(Mention(text=m, start=p, end=p + len(m)))
                taken.update(range(p, p + len(m)))
        mentions.sort(key=lambda m: m.start)
        ents[e.id] = Entity(
            id=e.id, type=e.type, name=e.name, mentions=mentions, roles=list(e.roles)
        )  # type: ignore[arg-type]
    article.entities = list(ents.values())
    for q in facts.quotes:
        start = text.find(q.text)
        assert start >= 0, f"quote {q.text!r} not in the text"
        speaker = ents[q.speaker].ref() if q.speaker else None
        article.quotes.append(
            Quote(
                kind=q.kind,  # type: ignore[arg-type]
                text=q.text,
                start=start,
                end=start + len(q.text),
                speaker=speaker,
                cue=q.cue,
                sentence=article.sentence_at(start, start + len(q.text)),
                confidence=0.9,
            )
        )
    for v in facts.events:
        base = text.find(v.after) if v.after else 0
        assert base >= 0, f"anchor {v.after!r} not in the text"
        start = text.find(v.trigger, base)
        assert start >= 0, f"trigger {v.trigger!r} not in the text"
        article.events.append(
            Event(
                type=v.type,
                actors=[ents[a].ref() for a in v.actors],
                targets=[ents[t].ref() for t in v.targets],
                location=ents[v.location].ref() if v.location else None,
                time=v.time,
                trigger=v.trigger,
                sentence=article.sentence_at(start, start + len(v.trigger)),
                start=start,
                end=start + len(v.trigger),
            )
        )
    for t_text, value in facts.times:
        start = text.find(t_text)
        assert start >= 0, f"time {t_text!r} not in the text"
        article.times.append(
            TimeExpression(
                text=t_text, start=start, end=start + len(t_text), type="DATE", value=value
            )
        )
    return article


SEED_FACTS = Facts(
    entities=[
        E(
            "per-1",
            "PER",
            "Wladimir Putin",
            ["Wladimir Putin", "Putin", "Putins", "Kremlchef"],
            ["russischer Präsident", "Kremlchef"],
        ),
        E(
            "per-2",
            "PER",
            "Alexander Lukaschenko",
            ["Alexander Lukaschenko", "Lukaschenko", "Lukaschenkos"],
            ["Staatschef"],
        ),
        E("per-3", "PER", "Sergej Lawrow", ["Sergej Lawrow", "Lawrow"], ["Außenminister"]),
        E(
            "per-4",
            "PER",
            "Sergej Schoigu",
            ["Sergej Schoigu", "Schoigu"],
            ["Verteidigungsminister"],
        ),
        E("per-5", "PER", "Dmitri Peskow", ["Dmitri Peskow"], ["Kremlsprecher"]),
        E("per-6", "PER", "Sergej Alejnik", ["Sergej Alejnik", "Alejnik"], ["Außenminister"]),
        E("loc-1", "LOC", "Minsk", ["Minsk"]),
        E("loc-2", "LOC", "Belarus", ["Belarus"]),
        E("org-1", "ORG", "Tass", ["Tass"]),
    ],
    quotes=[
        Q(
            "per-2",
            "Ich hoffe, dass sie dort in Kürze die Stimme der Vernunft hören und wir zu einer "
            "konstruktiven Erörterung der Fragen gemeinsamer Sicherheit und der künftigen "
            "Weltordnung übergehen",
        ),
        Q(
            "per-1",
            "Wir koordinieren unsere Schritte zur Minimierung des Einflusses der illegalen "
            "Beschränkungsmaßnahmen auf unsere Wirtschaft",
        ),
        Q("per-1", "Und das machen wir auch ziemlich überzeugend und effektiv."),
        Q("per-5", "dumme und unbegründete Hirngespinste", kind="partial"),
        Q(
            "per-1",
            "die Wirtschaft genieße Priorität in den Beziehungen beider Länder",
            kind="indirect",
        ),
    ],
    events=[
        V("CONSULT", "besucht", ["per-1"], ["per-2"], location="loc-1", time="2022-12-19"),
        V("CONSULT", "sprach", ["per-3"], ["per-6"], after="Lawrow sprach", time="2022-12-19"),
        V("AGREE", "einigten sich", ["per-1", "per-2"]),
    ],
    times=[("am Montag", "2022-12-19")],
)


def seed_article(published: str | None = "2022-12-19") -> Article:
    """The reference report read by the text reader, with facts true of its text."""
    article = next(a for a in read_inputs([str(SEED_TXT)]) if isinstance(a, Article))
    article.published = published
    return add_facts(article, SEED_FACTS)


GNAD_FACTS: dict[str, Facts] = {
    "10kgnad-test-0166": Facts(
        entities=[
            E("per-1", "PER", "Sergej Lawrow", ["Sergej Lawrow", "Lawrow"], ["Außenminister"]),
            E("loc-1", "LOC", "Genf", ["Genf"]),
            E("org-1", "ORG", "Islamischer Staat", ["Islamischen Staat", "IS"]),
        ],
        quotes=[
            Q(
                "per-1",
                "Die Gefahr nehme zu, dass ähnliche Verbrechen auch in Libyen und im Jemen "
                "verübt würden",
                kind="indirect",
            ),
        ],
        events=[V("DEMAND", "forderte", ["per-1"])],
    ),
    "10kgnad-test-0870": Facts(
        entities=[
            E("per-1", "PER", "Dmitri Peskow", ["Dmitri Peskow", "Peskow"], ["Sprecher"]),
            E("per-2", "PER", "Wladimir Putin", ["Wladimir Putin"], ["Präsident"]),
            E("org-1", "ORG", "Europäische Union", ["Europäischen Union"]),
        ],
        quotes=[
            Q(
                "per-1",
                "Aber in diesem Fall werden wir ausgehend vom Prinzip der Gegenseitigkeit handeln",
            ),
        ],
    ),
    "10kgnad-test-0508": Facts(
        entities=[
            E("per-1", "PER", "Dmitri Peskow", ["Dmitri Peskow"], ["Sprecher"]),
            E("per-2", "PER", "Wladimir Putin", ["Wladimir Putin"], ["Präsident"]),
            E("loc-1", "LOC", "Kiew", ["Kiew"]),
        ],
        quotes=[
            Q(
                "per-1",
                "Russland werde mit der Ukraine wohl keinen Vertrag zur Stromversorgung der Krim "
                "schließen",
                kind="indirect",
            ),
        ],
    ),
}

GNAD_PUBLISHED = {
    "10kgnad-test-0166": "2015-10-13",
    "10kgnad-test-0870": "2015-06-22",
    "10kgnad-test-0508": "2015-12-25",
}


def gnad_record(record_id: str) -> dict[str, str]:
    with GNAD.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] == record_id:
                return dict(rec)
    pytest.fail(f"10kGNAD record {record_id} missing")


def gnad_article(record_id: str) -> Article:
    """A 10kGNAD record read as a text report, with facts true of its text."""
    rec = gnad_record(record_id)
    article = read_string(rec["text"], name=f"{record_id}.txt", published=GNAD_PUBLISHED[record_id])
    article.source.url = f"https://example.org/10kgnad/{record_id}"
    return add_facts(article, GNAD_FACTS[record_id])


def hostile_article() -> Article:
    """A report full of markup and script that must never run in the UI."""
    text = (
        '<script>alert("title")</script> Angriff auf <img src=x onerror=alert(1)>\n'
        "Foto: <svg onload=alert(2)>\n"
        "© Quelle: <b onmouseover=alert(3)>Evil</b>\n"
        'Berlin. Der Sprecher Max <script>document.title="pwned"</script> Mustermann sagte: '
        '„<a href="javascript:alert(4)">Klick</a> hier“. Mehr unter javascript:alert(5) und '
        "<iframe src=javascript:alert(6)></iframe>.\n"
    )
    article = read_string(text, name="hostile.txt", published="2024-01-02")
    article.source.url = "javascript:alert(7)"
    return add_facts(
        article,
        Facts(
            entities=[
                E(
                    "per-1",
                    "PER",
                    'Max <script>document.title="pwned"</script> Mustermann',
                    ['Max <script>document.title="pwned"</script> Mustermann'],
                    ["<img src=x onerror=alert(8)>"],
                )
            ],
            quotes=[Q("per-1", '<a href="javascript:alert(4)">Klick</a> hier')],
            events=[V("CONSULT", "sagte", ["per-1"])],
        ),
    )


# -- pytest fixtures (import the *_fixture functions into a test module to use them) -----------------------------

GNAD_IDS = ("10kgnad-test-0166", "10kgnad-test-0870", "10kgnad-test-0508")


def all_test_articles() -> list[Article]:
    return [seed_article(), *(gnad_article(i) for i in GNAD_IDS), hostile_article()]


@pytest.fixture(scope="module", name="filled_store")
def filled_store_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A SQLite store holding the reference report, three 10kGNAD reports and a hostile one."""
    path = tmp_path_factory.mktemp("store") / "filled.sqlite"
    store = open_store(f"sqlite:///{path}")
    for article in all_test_articles():
        ingest_article(store, article)
    yield store
    store.close()


@pytest.fixture(name="empty_store")
def empty_store_fixture(tmp_path: Path) -> Iterator[Store]:
    store = open_store(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    yield store
    store.close()


# -- a throwaway PostgreSQL server -----------------------------------------------------------


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True)
    return str(candidates[0]) if candidates else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session", name="postgres_url")
def postgres_url_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A PostgreSQL cluster started for the test session (initdb + pg_ctl in a temp dir).

    As root the server runs as the ``postgres`` user (initdb refuses root). Skipped only when
    the server binaries are missing (install Debian's ``postgresql``: scripts/ci-system-deps.sh).
    """
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) not found; "
            "install Debian's postgresql package (scripts/ci-system-deps.sh)"
        )
    base = Path(tempfile.mkdtemp(prefix="newsgraph-pg-"))
    data, log = base / "data", base / "server.log"
    prefix: list[str] = []
    if os.geteuid() == 0:
        pwd = pytest.importorskip("pwd")
        user = pwd.getpwnam("postgres")
        os.chown(base, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    run = functools.partial(subprocess.run, check=True, capture_output=True, text=True)
    try:
        run(
            [
                *prefix,
                initdb,
                "-D",
                str(data),
                "-U",
                "newsgraph",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ]
        )
        run(
            [
                *prefix,
                pg_ctl,
                "-D",
                str(data),
                "-l",
                str(log),
                "-w",
                "-t",
                "60",
                "-o",
                f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off",
                "start",
            ]
        )
    except subprocess.CalledProcessError as exc:
        detail = log.read_text() if log.exists() else ""
        pytest.fail(f"cannot start PostgreSQL: {exc.stderr or exc.stdout}\n{detail}")
    try:
        yield f"postgresql+psycopg://newsgraph@127.0.0.1:{port}"
    finally:
        subprocess.run(
            [*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(name="pg_store")
def pg_store_fixture(postgres_url: str) -> Iterator[Store]:
    """A fresh, empty PostgreSQL database for one test, opened as a store."""
    import psycopg

    name = f"t{uuid.uuid4().hex[:12]}"
    dsn = postgres_url.replace("postgresql+psycopg://", "postgresql://") + "/postgres"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    store = open_store(f"{postgres_url}/{name}")
    yield store
    store.close()
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session", name="pipeline_store")
def pipeline_store_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The bundled example reports analysed by the real pipeline, plus the hostile report."""
    from newsgraph.pipeline import analyze

    path = tmp_path_factory.mktemp("pipeline") / "pipeline.sqlite"
    store = open_store(f"sqlite:///{path}")
    for name in sorted(EXAMPLES.glob("*.txt")):
        for article in read_inputs([str(name)]):
            assert isinstance(article, Article), article
            if article.published is None and "putin-minsk" in name.name:
                article.published = "2022-12-19"
            ingest_article(store, analyze(article))
    ingest_article(store, hostile_article())
    yield store
    store.close()
