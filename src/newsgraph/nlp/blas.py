"""How the shipped CNN pipelines multiply matrices on the CPU.

thinc's CPU backend multiplies with BLIS by default. On this project's machines (x86-64 with
AVX-512) numpy's bundled OpenBLAS does the same products 1.2–1.7× faster for the whole German
pipeline (tok2vec, parser and NER are matrix products), with identical output: the analyses of the
802 10kGNAD records are byte for byte the same (``bench/blas_backend.py``, ``bench/RESULTS.md``
"Session 14"). So :func:`newsgraph.nlp.load_pipeline` builds the models under thinc's NumPy
backend with BLIS switched off (:func:`cnn_ops`).

OpenBLAS starts one thread per core by default; for the small matrices of one article that is
slower than one thread (77 vs 57 ms per article on a busy 2-core machine), and batch mode already
runs one worker per core. :func:`limit_blas_threads` therefore sets the BLAS pool to one thread
per process unless ``NEWSGRAPH_BLAS_THREADS`` asks for more. ``NEWSGRAPH_BLAS=blis`` restores
thinc's default backend (for comparisons).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator

log = logging.getLogger(__name__)

#: environment variable choosing the backend: "openblas" (default) or "blis" (thinc's default)
BACKEND_ENV = "NEWSGRAPH_BLAS"
#: environment variable with the number of BLAS threads per process (default 1)
THREADS_ENV = "NEWSGRAPH_BLAS_THREADS"

_limited = False


def backend() -> str:
    """The matrix backend the pipelines are built with: ``"openblas"`` or ``"blis"``."""
    value = os.environ.get(BACKEND_ENV, "openblas").strip().lower()
    if value not in {"openblas", "blis"}:
        raise ValueError(f"{BACKEND_ENV}={value!r}: expected 'openblas' or 'blis'")
    return value


def blas_threads() -> int:
    """BLAS threads per process: ``NEWSGRAPH_BLAS_THREADS`` or 1."""
    raw = os.environ.get(THREADS_ENV, "1").strip()
    try:
        threads = int(raw)
    except ValueError:
        raise ValueError(f"{THREADS_ENV}={raw!r}: expected a whole number ≥ 1") from None
    if threads < 1:
        raise ValueError(f"{THREADS_ENV}={raw!r}: expected a whole number ≥ 1")
    return threads


def blas_settings() -> tuple[str, int]:
    """``(backend, threads)`` from the environment; ValueError naming the variable if invalid."""
    return backend(), blas_threads()


def limit_blas_threads() -> None:
    """Set the process's BLAS thread pools to :func:`blas_threads` threads (once per process)."""
    global _limited
    if _limited:
        return
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=blas_threads(), user_api="blas")
    _limited = True


@contextlib.contextmanager
def cnn_ops() -> Iterator[None]:
    """Build thinc models inside this block with the chosen matrix backend."""
    if backend() == "blis":
        yield
        return
    from thinc.api import use_ops

    limit_blas_threads()
    with use_ops("numpy", use_blis=False):
        yield
