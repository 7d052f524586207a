"""The per-doc text of the entity rules (session 36, helper rspeed, issue #7): ``doc_text`` is
``doc.text`` joined once per doc, and a kept text made for another token count is made anew.
The sentence is written for the test."""

from __future__ import annotations

import spacy

from newsgraph.entities.tokens import doc_text


def test_doc_text_is_the_docs_text_and_kept() -> None:
    doc = spacy.blank("de")("Die Ärzte ohne Grenzen (MSF) helfen in Wien.")
    assert doc_text(doc) == doc.text
    assert doc.user_data["newsgraph.doc_text"] == (len(doc), doc.text)


def test_a_kept_text_of_another_token_count_is_made_anew() -> None:
    doc = spacy.blank("de")("Die Ärzte ohne Grenzen (MSF) helfen in Wien.")
    doc.user_data["newsgraph.doc_text"] = (len(doc) + 1, "stale")
    assert doc_text(doc) == doc.text
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:4])
    doc.user_data["newsgraph.doc_text"] = (len(doc) + 3, "stale")
    assert doc_text(doc) == "Die Ärzte ohne Grenzen (MSF) helfen in Wien."
