"""Ship the trained English syntax model as ``en_newsgraph`` with its credits.

Usage: python scripts/models/assemble_en.py MODEL_BEST [OUT]   (OUT defaults to
src/newsgraph/models/en_newsgraph)

The pipeline is spaCy's English tokenizer + tok2vec, tagger (PTB tags), morphologizer (UPOS and
UD features), trainable lemmatizer, space_tags (attribute ruler: whitespace tokens are _SP / SPACE),
sentencizer (punctuation rule; the parser keeps its sentence boundaries) and parser, trained by scripts/models/train_en.sh on the UD English EWT
train file. The credits go into meta.json and a README.md beside the model.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import spacy

EWT_COMMIT = "15d613d8447b3478787d4c278730a1e48a945efb"
EWT_URL = "https://github.com/UniversalDependencies/UD_English-EWT"

README = f"""# en_newsgraph

English syntax pipeline of newsgraph (spaCy 3.8: tokenizer, tok2vec, tagger, morphologizer,
trainable_lemmatizer, space_tags, sentencizer, parser), trained by `scripts/models/train_en.sh` (docs/models.md,
"Session 14: English syntax model").

Training data: Universal Dependencies English Web Treebank (UD English EWT), train file for
training and dev file for model selection (the test file was not used), {EWT_URL}
at commit {EWT_COMMIT}.

Licence: UD English EWT is distributed under the Creative Commons Attribution-ShareAlike 4.0
International licence (CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/). The
trained model weights are derived from it and are shared under the same licence.
The treebank's credits: the English Web Treebank (LDC2012T13) by the Linguistic Data
Consortium, with Universal Dependencies annotation by Natalia Silveira, Timothy Dozat,
Marie-Catherine de Marneffe, Samuel Bowman, Miriam Connor, John Bauer, Christopher D. Manning,
Nathan Schneider, Amir Zeldes and the other contributors listed in the treebank's README.
"""


def main() -> None:
    src = Path(sys.argv[1])
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("src/newsgraph/models/en_newsgraph")
    nlp = spacy.load(src)
    # sentence boundaries from the rule-based sentencizer (as the blank English pipeline had
    # them); the parser keeps preset boundaries, so it only adds the trees inside them
    nlp.add_pipe("sentencizer", before="parser")
    # whitespace tokens ("\n " between paragraphs) never occur in the treebank: the tagger and
    # morphologizer would give them a word class; spaCy's convention is tag _SP, POS SPACE
    ruler = nlp.add_pipe("attribute_ruler", name="space_tags", after="morphologizer")
    ruler.add(patterns=[[{"IS_SPACE": True}]], attrs={"TAG": "_SP", "POS": "SPACE"})  # type: ignore[attr-defined]
    nlp.meta.update(
        {
            "name": "newsgraph",
            "version": "0.1.0",
            "description": "English syntax (UD English EWT train file), trained by newsgraph; "
            "see docs/models.md",
            "license": "CC BY-SA 4.0 (UD English EWT)",
            "sources": [
                {
                    "name": "UD English EWT (train file; dev file for model selection)",
                    "url": f"{EWT_URL}/tree/{EWT_COMMIT}",
                    "license": "CC BY-SA 4.0",
                }
            ],
        }
    )
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    (out / "README.md").write_text(README, encoding="utf-8")
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"{out}: {nlp.pipe_names}, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
