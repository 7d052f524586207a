"""Batch processing of large corpora: ``newsgraph batch`` (local processes or Apache Spark),
Parquet tables out, cross-article aggregation, and ``newsgraph load`` into the store."""
