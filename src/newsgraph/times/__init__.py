"""Time expressions: found by lexicon patterns (``newsgraph/data/times/*.yaml``) and normalised
to TIMEX3-like values relative to the publication date."""

from newsgraph.times.extract import find_times

__all__ = ["find_times"]
