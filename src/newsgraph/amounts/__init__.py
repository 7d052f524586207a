"""Amounts: money, percentages and counts with their units, found by lexicon-driven patterns."""

from newsgraph.amounts.extract import find_amounts, find_amounts_in_sentence

__all__ = ["find_amounts", "find_amounts_in_sentence"]
