"""Quotes and reported speech, each attributed to its speaker.

:func:`newsgraph.quotes.extract.extract_quotes` finds direct quotes (in quotation marks, or
unquoted direct speech bound to a cue), partial quotes (quoted fragments inside a sentence) and
reported speech (Konjunktiv clauses, dass-clauses after speech verbs, source phrases and
continuations), and resolves each speaker to an entity of ``Article.entities``. The pipeline
stage is :func:`newsgraph.quotes.stage.run`; the lexicons are data files under
``newsgraph/data/quotes/``.
"""
