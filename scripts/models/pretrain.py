"""``spacy pretrain`` for the NER tok2vec with the static feature vectors loaded.

Usage: python scripts/models/pretrain.py CONFIG OUT_DIR --vectors DIR [--raw-text FILE]
       [--epochs N]
       python scripts/models/pretrain.py CONFIG OUT_DIR --vectors DIR --convert OUT_DIR/modelN.bin

Two things keep spaCy's own ``pretrain`` command from pretraining our NER tok2vec: it does not
load ``[initialize] vectors`` (our tok2vec includes static gazetteer + PPMI-SVD features), and the
``ner`` model's ``tok2vec`` reference is ``Tok2Vec >> list2array >> linear`` (the parser's
lower projection), whose output is one array, not the per-doc list the objective needs. This
wrapper loads the vectors before the pretraining model is built and pretrains the inner
``Tok2Vec``, then runs spaCy's loop unchanged. ``--convert`` turns an epoch's weights into a
file for ``spacy train CONFIG --paths.init_tok2vec FILE`` (``OUT_DIR/init_ner_tok2vec.bin``):
the whole reference, with the pretrained ``Tok2Vec`` inside and a freshly initialised
projection.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import spacy.training.pretrain as pretraining
from spacy import util
from spacy.training.initialize import load_vectors_into_model


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("config", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--vectors", required=True)
    ap.add_argument("--raw-text", type=Path, default=Path("build/models/pretrain/text.jsonl"))
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--convert", type=Path, default=None)
    args = ap.parse_args()
    overrides = {
        "paths.raw_text": str(args.raw_text),
        "paths.vectors": args.vectors,
        "components.ner.model.tok2vec.embed.include_static_vectors": True,
        "pretraining.max_epochs": args.epochs,
    }
    config = util.load_config(args.config, overrides=overrides, interpolate=False).interpolate()
    load = pretraining.load_model_from_config

    def load_with_vectors(cfg: Any, **kwargs: Any) -> Any:
        nlp = load(cfg, **kwargs)
        load_vectors_into_model(nlp, args.vectors)
        return nlp

    full_ref = pretraining.get_tok2vec_ref

    def inner_tok2vec(nlp: Any, pretrain_config: Any) -> Any:
        return full_ref(nlp, pretrain_config).layers[0]

    if args.convert is not None:
        nlp = load_with_vectors(config)
        with nlp.select_pipes(enable=[]):
            nlp.initialize()
        ref = full_ref(nlp, config["pretraining"])
        ref.initialize(X=[nlp.make_doc("Ein Satz, der die Formen festlegt.")])
        ref.layers[0].from_bytes(args.convert.read_bytes())
        target = args.out / "init_ner_tok2vec.bin"
        target.write_bytes(ref.to_bytes())
        print(f"{args.convert} -> {target}")
        return
    pretraining.load_model_from_config = load_with_vectors  # type: ignore[assignment]
    pretraining.get_tok2vec_ref = inner_tok2vec  # type: ignore[assignment]
    args.out.mkdir(parents=True, exist_ok=True)
    pretraining.pretrain(config, args.out, silent=False)


if __name__ == "__main__":
    main()
