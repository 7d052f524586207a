"""Errors that name the input and the problem; the CLI turns them into one clear line."""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class of every error newsgraph reports to users."""


class InputError(NewsgraphError):
    """A bad input: names the input (and record/line) and says what is wrong."""

    def __init__(self, name: str, problem: str, *, record: int | None = None) -> None:
        self.name = name
        self.problem = problem
        self.record = record
        where = f"{name}:{record}" if record is not None else name
        super().__init__(f"{where}: {problem}")
