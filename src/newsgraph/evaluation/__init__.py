"""Scoring newsgraph output against gold data."""
