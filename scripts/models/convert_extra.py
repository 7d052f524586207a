"""Convert additional openly licensed German NER corpora (outside ../shared/data) to DocBin files.

Usage: python scripts/models/convert_extra.py [--extra build/extra] [--corpus build/models/corpus]
       [--germeval-test build/germeval-test/NER-de-test.tsv]

Inputs (fetch them once into --extra; see docs/models.md, "Additional corpora"):
  ner-corpora/   github.com/EuropeanaNewspapers/ner-corpora at commit 6bf838d (CC0):
                 enp_DE.lft.bio/enp_DE.lft.bio (Tessmann library, South Tyrol newspapers, 1926)
                 enp_DE.sbb.bio/enp_DE.sbb.bio (Berlin State Library newspapers, 1880s)
                 the ONB file (17th/18th century prints, unreadable OCR) is not used
  MobIE/         github.com/DFKI-NLP/MobIE at commit bf164b5 (CC BY 4.0):
                 v1_20210811/ner_conll03_formatted.zip, train and dev members (test never used)

  UNER_German-PUD/ github.com/UniversalNER/UNER_German-PUD at commit 47eb039 (CC BY-SA 3.0):
                 de_pud-ud-test.iob2, 1,000 news/Wikipedia sentences, PER/LOC/ORG; a test
                 set, so for evaluation only (never training or checkpoint selection)

Writes (under --corpus/ner):
  enp.spacy      Europeana LFT + SBB, PER/LOC/ORG (these corpora annotate no MISC)
  enp_clean.spacy  the Europeana segments with little OCR noise (``clean_segment``): at least
                 85 % of the words outside entities are known word forms (HanTa lemma table
                 src/newsgraph/models/de_lemmas.tsv.gz + the word forms of the NER feature
                 vectors, --vectors, i.e. run gazetteer_vectors.py first) and every entity
                 token looks like a name (``NAME_TOKEN``)
  enp_masked.spacy  all Europeana segments, noisy entities and garbled words marked unknown
                 (``mask_noise``)
  mobie.spacy    MobIE train + dev, types mapped as SmartData's (convert.py)
and --corpus/uner_de_pud.conll (token TAB IOB2 tag; ``report.py --gold-plo``).

The Europeana files have no sentence boundaries: a segment ends after ``.``, ``!`` or ``?``
followed by a capitalised token (not after a one-letter token or a short abbreviation), and is
cut at 100 tokens where no entity continues. Every segment whose token sequence equals a sentence
of the GermEval dev parts (train, dev, held-out) or of the official GermEval test file is dropped
(the script prints how many).
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import spacy
from convert import SMARTDATA_TYPES, SMARTDATA_UNKNOWN  # scripts/models/convert.py, same folder
from spacy.tokens import Doc, DocBin, Span

from newsgraph.evaluation.ner import Sentence, decode_spans, map_tags, read_gold, split_tag

ENP_FILES = ("enp_DE.lft.bio/enp_DE.lft.bio", "enp_DE.sbb.bio/enp_DE.sbb.bio")
ENP_TYPES = {"PER", "LOC", "ORG"}
SENT_END = {".", "!", "?"}
ABBREV = {"Dr", "Hr", "Fr", "St", "Nr", "Prof", "bzw", "vgl", "ca", "Abg", "Min", "Sr", "Se"}
MAX_LEN = 100

CLEAN_SHARE = 0.85
NAME_TOKEN = re.compile(
    r"^[A-ZÄÖÜ][a-zäöüßéèàáóòíìúùçñ]+(?:-[A-ZÄÖÜ]?[a-zäöüßéèàáóòíìúùçñ]+)*\.?$"
    r"|^[A-ZÄÖÜ]{2,5}$|^[A-ZÄÖÜ]\.$|^(?:von|van|de|der|und|di|da|zu|la|le|del)$"
)

# MobIE is SmartData's successor: the same entity types, mapped the same way
MOBIE_TYPES = SMARTDATA_TYPES
MOBIE_UNKNOWN = SMARTDATA_UNKNOWN


def enp_tag(raw: str) -> str:
    prefix, typ = split_tag(raw)
    if typ is None or typ.upper() not in ENP_TYPES or prefix not in ("B", "I"):
        return "O"
    return f"{prefix}-{typ.upper()}"


LEAD = "«»„\"“”‚'(["
TRAIL = ",.;:!?)»«\"“”'’]"


def split_punct(tok: str, tag: str) -> list[tuple[str, str]]:
    """Split quotes/brackets/punctuation glued to a word (parts of the files are untokenised).

    The split-off characters are ``O``; a final period stays on one- and two-letter words and
    known abbreviations (initials, *Dr.*)."""
    lead, trail = [], []
    while len(tok) > 1 and tok[0] in LEAD:
        lead.append(tok[0])
        tok = tok[1:]
    while len(tok) > 1 and tok[-1] in TRAIL:
        if tok[-1] == "." and (len(tok) <= 3 or tok[:-1] in ABBREV) and not trail:
            break
        trail.insert(0, tok[-1])
        tok = tok[:-1]
    return [(c, "O") for c in lead] + [(tok, tag)] + [(c, "O") for c in trail]


def read_enp(path: Path) -> list[Sentence]:
    """Europeana BIO file → segments (documents start at ``# file:`` comment lines)."""
    docs: list[list[tuple[str, str]]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# file:"):
            docs.append([])
            continue
        if line.startswith("#"):
            continue
        cols = line.split()
        if len(cols) != 2:
            continue
        docs[-1].extend(split_punct(cols[0], enp_tag(cols[1])))
    out = []
    for toks in docs:
        cur: list[tuple[str, str]] = []
        for i, (tok, tag) in enumerate(toks):
            cur.append((tok, tag))
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            inside_next = nxt is not None and nxt[1].startswith("I-")
            end = False
            if tok in SENT_END and nxt is not None and nxt[0][:1].isupper():
                prev = cur[-2][0] if len(cur) > 1 else ""
                end = not (len(prev) == 1 or prev in ABBREV)
            if (end or len(cur) >= MAX_LEN) and not inside_next:
                out.append(Sentence([t for t, _ in cur], [g for _, g in cur]))
                cur = []
        if cur:
            out.append(Sentence([t for t, _ in cur], [g for _, g in cur]))
    return out


def known_words(lemmas: Path, vectors: Path) -> set[str]:
    words = set()
    with gzip.open(lemmas, "rt", encoding="utf-8") as fh:
        for line in fh:
            words.add(line.split("\t", 1)[0])
    if vectors.exists():
        vocab = spacy.load(vectors).vocab
        words |= {vocab.strings[k] for k in vocab.vectors.keys()}  # noqa: SIM118
    return words | {w.lower() for w in words}


def clean_segment(doc: Doc, known: set[str]) -> bool:
    """Little OCR noise: most words outside entities known, entity tokens name-like."""
    words = [t.text for t in doc if t.text.isalpha() and len(t.text) > 1 and not t.ent_type_]
    n_known = sum(1 for w in words if w in known or w.lower() in known)
    if n_known < CLEAN_SHARE * len(words):
        return False
    return all(NAME_TOKEN.match(t.text) for e in doc.ents for t in e)


WORD_TOKEN = re.compile(r"^[A-Za-zÄÖÜäöüß][a-zäöüßéèàáóòíìúùçñ]*(?:-[A-Za-zÄÖÜäöüß][a-zäöüß]*)*$")


def mask_noise(doc: Doc) -> Doc:
    """Entities with a token that does not look like a name, and garbled words outside
    entities (odd characters, inner capitals), become *missing* (unknown) annotation."""
    ents, missing = [], []
    for e in doc.ents:
        (ents if all(NAME_TOKEN.match(t.text) for t in e) else missing).append(e)
    for t in doc:
        if t.ent_type_ or not any(c.isalpha() for c in t.text) or WORD_TOKEN.match(t.text):
            continue
        if len(t.text) > 1:
            missing.append(doc[t.i : t.i + 1])
    out = Doc(doc.vocab, words=[t.text for t in doc])
    out.set_ents(
        [Span(out, e.start, e.end, label=e.label_) for e in ents],
        missing=[Span(out, m.start, m.end) for m in missing],
        default="outside",
    )
    return out


def read_mobie(text: str) -> list[tuple[list[str], list[str]]]:
    sents, toks, tags = [], [], []
    for line in [*text.splitlines(), ""]:
        cols = line.split("\t") if "\t" in line else line.split()
        if not line.strip() or cols[0] == "-DOCSTART-":
            if toks:
                sents.append((toks, tags))
            toks, tags = [], []
            continue
        toks.append(cols[0])
        tags.append(cols[-1])
    return sents


def mobie_doc(vocab: Any, toks: list[str], tags: list[str]) -> Doc:
    doc = Doc(vocab, words=toks)
    ents, missing = [], []
    for s, e, typ in decode_spans(tags):
        if typ in MOBIE_UNKNOWN:
            missing.append(Span(doc, s, e))
            continue
        label = MOBIE_TYPES.get(typ)
        if label is None:
            continue
        if label == "LOC" and toks[s][:1].islower():
            continue  # adjectives and lowercase phrases: O as in GermEval (LOCderiv)
        ents.append(Span(doc, s, e, label=label))
    doc.set_ents(ents, missing=missing, default="outside")
    return doc


def sentence_doc(vocab: Any, sent: Sentence) -> Doc:
    doc = Doc(vocab, words=sent.tokens)
    doc.set_ents([Span(doc, s, e, label=t) for s, e, t in decode_spans(map_tags(sent.tags))])
    return doc


def write(docs: list[Doc], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    n_ents = Counter(e.label_ for d in docs for e in d.ents)
    print(f"{path}: {len(docs)} docs, {sum(len(d) for d in docs)} tokens, ents {dict(n_ents)}")


def protected(corpus: Path, germeval_test: Path | None) -> set[tuple[str, ...]]:
    """Token sequences of every GermEval sentence we evaluate on or select with (and train)."""
    files = [corpus / f"ger_{p}.tsv" for p in ("train", "dev", "heldout")]
    if germeval_test is not None and germeval_test.exists():
        files.append(germeval_test)
    return {tuple(s.tokens) for f in files for s in read_gold(f)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--extra", type=Path, default=Path("build/extra"))
    ap.add_argument("--corpus", type=Path, default=Path("build/models/corpus"))
    ap.add_argument(
        "--germeval-test", type=Path, default=Path("build/germeval-test/NER-de-test.tsv")
    )
    ap.add_argument("--lemmas", type=Path, default=Path("src/newsgraph/models/de_lemmas.tsv.gz"))
    ap.add_argument("--vectors", type=Path, default=Path("build/models/gazvec"))
    args = ap.parse_args()
    vocab = spacy.blank("de").vocab
    seen = protected(args.corpus, args.germeval_test)

    def keep(toks: list[str], name: str, dropped: Counter[str]) -> bool:
        if tuple(toks) in seen:
            dropped[name] += 1
            return False
        return True

    dropped: Counter[str] = Counter()
    enp = []
    for rel in ENP_FILES:
        sents = read_enp(args.extra / "ner-corpora" / rel)
        enp += [sentence_doc(vocab, s) for s in sents if keep(s.tokens, rel, dropped)]
    write(enp, args.corpus / "ner/enp.spacy")
    known = known_words(args.lemmas, args.vectors)
    write([d for d in enp if clean_segment(d, known)], args.corpus / "ner/enp_clean.spacy")
    write([mask_noise(d) for d in enp], args.corpus / "ner/enp_masked.spacy")

    zpath = args.extra / "MobIE/v1_20210811/ner_conll03_formatted.zip"
    if zpath.exists():  # optional: MobIE did not help (docs/models.md)
        mobie = []
        with zipfile.ZipFile(zpath) as zf:
            for member in ("train.conll2003", "dev.conll2003"):
                text = io.TextIOWrapper(zf.open(member), encoding="utf-8").read()
                for toks, tags in read_mobie(text):
                    if keep(toks, member, dropped):
                        mobie.append(mobie_doc(vocab, toks, tags))
        write(mobie, args.corpus / "ner/mobie.spacy")
    pud = args.extra / "UNER_German-PUD/de_pud-ud-test.iob2"
    if pud.exists():
        lines = []
        for line in pud.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            lines.append(f"{cols[1]}\t{cols[2]}" if len(cols) >= 3 else "")
        (args.corpus / "uner_de_pud.conll").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{args.corpus / 'uner_de_pud.conll'}: {sum(1 for x in lines if not x)} sentences")
    print(f"dropped (exact match with a GermEval sentence): {dict(dropped) or 0}")


if __name__ == "__main__":
    main()
