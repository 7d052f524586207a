"""newsgraph: news reports into a knowledge graph."""

__version__ = "0.1.0"
