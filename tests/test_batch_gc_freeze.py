"""A batch worker freezes its heap once after loading (session 29, ``init_worker``); the rows it
writes are the same as without. The article is written for the test."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from newsgraph.batch import worker
from newsgraph.readers import read_string

TEXT = (
    "Wien – Die Regierung hat am Montag ein Hilfspaket beschlossen. Das Paket sei ein wichtiger "
    "Schritt, sagte Finanzminister Hans Huber. Die Opposition warf ihm vor, zu spät zu handeln."
)


@pytest.fixture
def unfrozen(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(worker, "_FROZEN", [])
    yield
    gc.unfreeze()  # (the rest of the test session collects as before)


def _rows() -> dict[str, list[dict[str, object]]]:
    rows = worker.process_many([read_string(TEXT, format="text", name="freeze-test")])[0]
    rows.pop("_stats")
    return rows


def test_init_worker_freezes_once_and_the_rows_stay_the_same(unfrozen: None) -> None:
    worker.init_worker(freeze=False)
    assert gc.get_freeze_count() == 0
    before = _rows()
    assert before["quotes"] and before["entities"]  # real rows were compared
    worker.init_worker()
    frozen = gc.get_freeze_count()
    assert frozen > 10_000  # the model, the lexicons and their caches
    assert _rows() == before
    worker.init_worker()  # a Spark worker calls it for every partition: no second freeze
    assert worker._FROZEN == [True]
