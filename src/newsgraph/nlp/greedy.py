"""The greedy decoding loop of the parser and the NER, one batched step at a time.

spaCy 3.8's transition-based components decode greedily in a compiled loop
(``Parser._parseC`` → ``parser_model.predict_states``). In the spaCy/thinc builds this project
installs, that loop takes the interpreter lock back for every hidden unit of every state at every
transition (thinc's ``Vec.arg_max`` is compiled with an exception check that needs the GIL): the
maxout of the parser's 128 hidden units costs 128 lock round trips per word and step. A profile of
the German pipeline (session 16, ``bench/RESULTS.md``) put ≈ 19 ms of the parser's ≈ 24 ms per
article and ≈ 9 ms of the NER's ≈ 19 ms in that loop, most of it in ``take_gil``/``drop_gil``.

:class:`GreedyDecoder` wraps such a component and runs the same arithmetic with one call per
*step* for all states of the batch, through the component's own pieces: the precomputed feature
table and ``sum_state_features`` of spaCy (``precompute_hiddens.begin_update``: zeros, the
features added in order, the bias, the maxout), the same BLIS ``sgemm`` for the output layer
(``blis.py.gemm``, as thinc's ``CBlas`` calls it), the bias added after it, unseen classes set to
the batch minimum, and spaCy's own ``transition_states`` (validity and the first best valid
move). The Docs come out byte-identical (``tests/test_nlp_greedy.py``; 641 articles in
``bench/RESULTS.md`` "Session 16"). Components it does not know how to decode (beam search, no
output layer, a GPU) fall back to the wrapped component's own ``predict``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy

#: environment variable: "spacy" keeps spaCy's own compiled loop (for comparisons)
LOOP_ENV = "NEWSGRAPH_PARSER_LOOP"
#: the components decoded here when they are spaCy transition-based parsers
COMPONENTS: tuple[str, ...] = ("parser", "ner")


class GreedyDecoder:
    """A transition-based spaCy component (parser, NER) whose greedy decoding runs per step.

    Every attribute but ``__call__``, ``pipe`` and ``predict`` is the wrapped component's, so
    spaCy's own code (listeners, ``set_annotations``, serialisation, scoring) sees the component.
    """

    def __init__(self, component: Any) -> None:
        self.component = component

    def __getattr__(self, name: str) -> Any:
        if name == "component":  # not set yet (unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.component, name)

    def __call__(self, doc: Any) -> Any:
        error_handler = self.component.get_error_handler()
        try:
            states = self.predict([doc])
            self.component.set_annotations([doc], states)
            return doc
        except Exception as exc:
            error_handler(self.component.name, self, [doc], exc)

    def pipe(self, docs: Iterable[Any], *, batch_size: int = 256) -> Iterator[Any]:
        """As ``TransitionParser.pipe``, but each batch is decoded at once.

        spaCy sorts a batch by length and decodes quarters of it one after the other; a step
        here costs about the same for 4 states as for 20 (the output layer's BLIS call
        dominates), and a state's result does not depend on the others in the batch, so the
        whole batch goes through the loop together (fewer steps per document).
        """
        from spacy import util

        error_handler = self.component.get_error_handler()
        for batch in util.minibatch(docs, size=batch_size):
            batch_in_order = list(batch)
            try:
                states = self.predict(batch_in_order)
                self.component.set_annotations(batch_in_order, states)
                yield from batch_in_order
            except Exception as exc:
                error_handler(self.component.name, self, batch_in_order, exc)

    def predict(self, docs: Any) -> Any:
        from spacy.tokens import Doc

        comp = self.component
        if isinstance(docs, Doc):
            docs = [docs]
        if not any(len(doc) for doc in docs) or not _decodable(comp):
            return comp.predict(docs)
        comp._ensure_labels_are_added(docs)
        batch = comp.moves.init_batch(docs)
        step_model = comp.model.predict(docs)
        try:
            _decode(comp, step_model, [s for s in batch if not s.is_final()])
        finally:
            step_model.clear_memory()
        return batch


def _decodable(comp: Any) -> bool:
    from thinc.api import NumpyOps

    return (
        comp.cfg.get("beam_width", 1) == 1
        and isinstance(comp.model.ops, NumpyOps)
        and comp.model.attrs.get("has_upper", False)
    )


def _decode(comp: Any, step_model: Any, states: list[Any]) -> None:
    """Advance ``states`` to their end, all of them one transition per step (in place)."""
    from blis.py import gemm

    lower = step_model.state2vec
    weights = step_model.vec2scores.get_param("W")
    bias = step_model.vec2scores.get_param("b")
    unseen = numpy.flatnonzero(step_model._class_mask == 0)
    while states:
        ids = step_model.get_token_ids(states)
        hidden = lower.predict(ids)  # sum of the feature rows, + bias, maxout
        scores = gemm(hidden, weights, trans2=True, alpha=1.0, beta=0.0)
        scores += bias
        if len(unseen):
            scores[:, unseen] = scores.min()
        states = comp.transition_states(states, scores)


def install(nlp: Any) -> None:
    """Decode ``nlp``'s parser and NER with :class:`GreedyDecoder` (unless ``NEWSGRAPH_PARSER_LOOP``
    is ``spacy``); other components and pipelines without them are left as they are."""
    import os

    from spacy.pipeline.transition_parser import Parser

    value = os.environ.get(LOOP_ENV, "batched").strip().lower()
    if value not in {"batched", "spacy"}:
        raise ValueError(f"{LOOP_ENV}={value!r}: expected 'batched' or 'spacy'")
    if value == "spacy":
        return
    components = nlp._components  # spaCy keeps (name, component) pairs here
    for i, (name, proc) in enumerate(components):
        if name in COMPONENTS and isinstance(proc, Parser):
            components[i] = (name, GreedyDecoder(proc))
