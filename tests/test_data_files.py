"""The shipped data files (lexicons, rules) load as written: YAML silently keeps the last of two
equal keys, so a list written twice under one name loses the first without a word."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data"
YAML_FILES = sorted(DATA.rglob("*.yaml"))


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that reports keys written twice in one mapping."""

    duplicates: list[str]


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:  # type: ignore[type-arg]
    seen: set[object] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
        if key in seen:
            loader.duplicates.append(f"{key!r} (line {key_node.start_mark.line + 1})")
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def _duplicates(text: str) -> list[str]:
    loader = _StrictLoader(text)
    loader.duplicates = []
    try:
        loader.get_single_data()
    finally:
        loader.dispose()  # type: ignore[no-untyped-call]
    return loader.duplicates


def test_the_strict_loader_finds_a_key_written_twice() -> None:
    assert _duplicates("a: [1]\nb: 2\na: [3]\n") == ["'a' (line 3)"]
    assert _duplicates("a:\n  x: 1\nb:\n  x: 2\n") == []  # equal keys in different mappings


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_no_data_file_writes_a_key_twice(path: Path) -> None:
    assert len(YAML_FILES) > 10
    assert _duplicates(path.read_text(encoding="utf-8")) == []
