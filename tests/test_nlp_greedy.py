"""The batched greedy decoding of the parser and the NER gives spaCy's own Docs (nlp/greedy.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from newsgraph.nlp import greedy
from newsgraph.nlp.greedy import GreedyDecoder

pytest.importorskip("spacy")

TEXTS = [
    "Die Regierung in Wien kündigte am Montag an, die Steuern zu senken.",
    "„Wir werden das nicht hinnehmen“, sagte die Sprecherin der Gewerkschaft am Abend.",
    "Kurz.",
    "",
    "Der Vorstand der Deutschen Bahn traf sich mit Vertretern des Verkehrsministeriums in "
    "Berlin, um über die Finanzierung neuer Strecken zu sprechen, die bis 2030 gebaut werden "
    "sollen; ein Ergebnis gab es nicht, wie ein Sprecher später mitteilte.",
    "Maria Schneider, Chefin von Siemens Österreich, erwartet ein Plus von drei Prozent.",
]


def _analysis(doc: Any) -> tuple[Any, ...]:
    return (
        [(t.head.i, t.dep_, t.is_sent_start, t.ent_iob_, t.ent_type_) for t in doc],
        [(e.start, e.end, e.label_) for e in doc.ents],
    )


@contextmanager
def _spacy_loop(nlp: Any) -> Iterator[None]:
    """The pipeline with spaCy's own components in place of the decoders, for the block."""
    saved = list(nlp._components)
    nlp._components[:] = [
        (name, proc.component if isinstance(proc, GreedyDecoder) else proc) for name, proc in saved
    ]
    try:
        yield
    finally:
        nlp._components[:] = saved


def test_the_shipped_parser_and_ner_are_decoded_here(nlp_de_trained: Any) -> None:
    kinds = {name: type(proc) for name, proc in nlp_de_trained.pipeline}
    assert kinds["parser"] is GreedyDecoder and kinds["ner"] is GreedyDecoder
    assert nlp_de_trained.get_pipe("parser").moves is not None  # spaCy's attributes show through


def test_same_parse_and_entities_as_spacys_loop(nlp_de_trained: Any) -> None:
    nlp = nlp_de_trained
    batched = [_analysis(d) for d in nlp.pipe(TEXTS, batch_size=len(TEXTS))]
    one_by_one = [_analysis(nlp(t)) for t in TEXTS]
    small_batches = [_analysis(d) for d in nlp.pipe(TEXTS, batch_size=2)]
    with _spacy_loop(nlp):
        assert not any(isinstance(p, GreedyDecoder) for _, p in nlp.pipeline)
        reference = [_analysis(d) for d in nlp.pipe(TEXTS, batch_size=len(TEXTS))]
    assert batched == reference == one_by_one == small_batches
    assert any(ents for _, ents in reference)  # real entities were compared
    assert reference[3] == ([], [])  # the empty text


def test_preset_sentence_boundaries_are_kept(nlp_de_trained: Any) -> None:
    """The events stage re-parses joined sentences with some boundaries forbidden."""
    nlp = nlp_de_trained
    text = "Er kam. Dann ging er nach Hause, weil es spät war."

    def parse() -> Any:
        doc = nlp.make_doc(text)
        doc[3].is_sent_start = False  # "Dann" may not start a sentence
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        return doc

    new = parse()
    with _spacy_loop(nlp):
        old = parse()
    assert not new[3].is_sent_start
    assert _analysis(new) == _analysis(old)


def test_the_environment_can_keep_spacys_loop(
    nlp_de_trained: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    nlp = nlp_de_trained
    with _spacy_loop(nlp):
        monkeypatch.setenv(greedy.LOOP_ENV, "spacy")
        greedy.install(nlp)
        assert not any(isinstance(p, GreedyDecoder) for _, p in nlp.pipeline)
        monkeypatch.setenv(greedy.LOOP_ENV, "fast please")
        with pytest.raises(ValueError, match=greedy.LOOP_ENV):
            greedy.install(nlp)


def test_a_blank_pipeline_is_left_alone() -> None:
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    greedy.install(nlp)
    assert [type(p).__name__ for _, p in nlp.pipeline] == ["Sentencizer"]


def test_entity_ruler_word_sequences_match_as_phrases(nlp_de_trained: Any) -> None:
    """The ruler's plain ORTH sequences go to its PhraseMatcher: the same matches as before."""
    import spacy

    from newsgraph.nlp import model_path

    ruler = nlp_de_trained.get_pipe("entity_ruler")
    assert sum(len(v) for v in ruler.phrase_patterns.values()) > 0
    path = model_path("de")
    assert path is not None
    shipped = spacy.load(path).get_pipe("entity_ruler")  # the token patterns as trained
    assert sum(len(v) for v in shipped.token_patterns.values()) > 0
    texts = [
        "Wie die Nachrichtenagentur RIA Nowosti berichtete, bestätigte dpa den Bericht.",
        "Laut dpa-AFX und Reuters stieg der Kurs; AP meldete dasselbe, ria Nowosti nicht.",
        "Ein Text ohne Agentur.",
    ]
    for text in texts:
        doc = nlp_de_trained.make_doc(text)
        assert ruler.match(doc) == shipped.match(doc)
    doc = nlp_de_trained.make_doc(texts[0])
    assert [(doc[s:e].text) for _, s, e in ruler.match(doc)] == ["RIA Nowosti", "dpa"]
