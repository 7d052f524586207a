"""The matrix backend of the shipped CNN pipelines (newsgraph.nlp.blas)."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.nlp import blas, model_path

TEXT = (
    "Die Bundesregierung hat am Dienstag in Berlin ein neues Klimapaket beschlossen. "
    "Umweltministerin Anna Berger sagte, man werde die Ziele erreichen. "
    "Der Verband der Industrie kritisierte die Pläne als zu teuer."
)


def _analysis(nlp: Any) -> list[tuple[Any, ...]]:
    doc = nlp(TEXT)
    return [
        (t.text, t.tag_, str(t.morph), t.lemma_, t.head.i, t.dep_, t.ent_iob_, t.ent_type_)
        for t in doc
    ]


def test_shipped_pipeline_multiplies_with_numpy_blas(nlp_de_trained: Any) -> None:
    from thinc.api import NumpyOps

    model = nlp_de_trained.get_pipe("tok2vec").model
    ops = {type(node.ops): getattr(node.ops, "use_blis", None) for node in model.walk()}
    assert ops == {NumpyOps: False}


def test_blas_pool_is_one_thread_after_loading(nlp_de_trained: Any) -> None:
    from threadpoolctl import threadpool_info

    pools = [p for p in threadpool_info() if p["user_api"] == "blas"]
    assert pools and all(p["num_threads"] == 1 for p in pools)


def test_both_backends_give_the_same_analysis(
    nlp_de_trained: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import spacy

    monkeypatch.setenv(blas.BACKEND_ENV, "blis")
    path = model_path("de")
    assert path is not None
    with blas.cnn_ops():
        blis_nlp = spacy.load(path)
    assert {
        getattr(n.ops, "use_blis", None) for n in blis_nlp.get_pipe("tok2vec").model.walk()
    } == {True}
    # the rule components of load_pipeline are not in a bare spacy.load: compare the CNN layers
    plain = spacy.load(path)
    assert _analysis(blis_nlp) == _analysis(plain)
    with monkeypatch.context() as m:
        m.setenv(blas.BACKEND_ENV, "openblas")
        with blas.cnn_ops():
            openblas_nlp = spacy.load(path)
    assert _analysis(openblas_nlp) == _analysis(blis_nlp)


@pytest.mark.parametrize(
    ("name", "value"),
    [(blas.BACKEND_ENV, "mkl"), (blas.THREADS_ENV, "zero"), (blas.THREADS_ENV, "0")],
)
def test_bad_settings_name_the_variable(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=name):
        blas.blas_settings()


def test_bad_setting_is_an_error_when_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgraph.nlp import load_pipeline

    if model_path("de") is None:
        pytest.skip("the trained German pipeline is not installed")
    monkeypatch.setenv(blas.BACKEND_ENV, "mkl")
    load_pipeline.cache_clear()
    try:
        with pytest.raises(ValueError, match=blas.BACKEND_ENV):
            load_pipeline("de")
    finally:
        load_pipeline.cache_clear()
