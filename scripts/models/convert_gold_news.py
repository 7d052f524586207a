"""Turn the hand-annotated news gold files into token-level NER training data (PER/ORG/LOC).

Usage: python scripts/models/convert_gold_news.py [--out build/models/corpus/news]
       [--split scripts/models/news_split] | [--new-split --holdout DIR... --dev-every 5]

Reads ``tests/fixtures/gold/*.gold.json`` (+ ``.txt``). By default the parts are the file lists
of ``--split`` (``train.txt``, ``dev.txt``; ``holdout.txt`` lists the 24 files of check set 12
that were the session-11 mini-check and are never read): the exact split the shipped session-11
NER was trained with (when it was made, 55 of the train files still lay in
``tests/fixtures/gold-staging/``, since moved into ``gold/``). ``--split
scripts/models/news_split_s12`` is the session-12 split: train = the session-11 train files + its
24 held-out files (check set 12) + the 52 round-2 tuning files with a text; dev = the same 27
files; ``holdout.txt`` = the 16 files of check set 13 (the session-12 mini-check, never read).
With ``--new-split``, files
named in a ``--holdout`` directory are skipped, every ``--dev-every``-th remaining file (sorted
by name) goes to the dev part and the rest to the train part. Never reads ``gold-check/`` or
``gold-en/``.

Labels: the name strings of the gold file are searched in the text (whole words, longest
first, non-overlapping): persons = the canonical name and every mention that contains a word of
the name (leading/trailing role words cut off: ``Außenminister Lawrow`` → ``Lawrow``; role
nouns alone such as ``der Minister`` are not names), each also with a genitive ``-s``;
organisations = ``organizations`` and the keys of ``organization_mentions`` and acronyms in
parentheses of their mentions (multi-word names with inflected endings: *Süddeutschen
Zeitung*); places = ``locations`` (+ genitive). Lower-case strings are skipped; a string given
two types is left unlabelled. MISC is not annotated.

Writes two variants per part: ``news_{train,dev}_o.spacy`` (every other token O) and
``news_{train,dev}_m.spacy`` (capitalised, non-sentence-initial tokens outside a labelled span
that HanTa does not know as a common word — possible MISC or unlisted names — are *missing*).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

from newsgraph.nlp.components import german_tagger

GOLD = Path("tests/fixtures/gold")
SPLIT = Path("scripts/models/news_split")
TOKENIZER = Path("src/newsgraph/models/de_newsgraph")
GENITIVE = ("s", "’s", "'s", "'")
KNOWN_LOGP = -26.0


def _clean(name: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", name).strip()


def _capitalised(s: str) -> bool:
    return bool(s) and s[0].isupper()


def _words(s: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", s) if w]


def _degen(w: str) -> str:
    for g in ("’s", "'s", "'", "s"):
        if w.endswith(g) and len(w) > len(g) + 2:
            return w[: -len(g)]
    return w


def person_strings(person: dict) -> set[str]:
    name = _clean(person.get("name") or "")
    name_words = {w for w in _words(name) if _capitalised(w)}
    out = {name} if _capitalised(name) else set()
    for m in person.get("mentions") or []:
        toks = _clean(m).split()
        keep = [
            i
            for i, t in enumerate(toks)
            if any(w in name_words or _degen(w) in name_words for w in _words(t))
        ]
        if not keep:
            continue
        cut = " ".join(toks[keep[0] : keep[-1] + 1])
        if _capitalised(cut):
            out.add(cut)
    return out


def org_strings(gold: dict) -> set[str]:
    out = {_clean(o) for o in gold.get("organizations") or []}
    for key, mentions in (gold.get("organization_mentions") or {}).items():
        out.add(_clean(key))
        for m in mentions:
            out.update(a.strip() for a in re.findall(r"\(([^),;]+)", m))
    return {o for o in out if _capitalised(o)}


def place_strings(gold: dict) -> set[str]:
    return {p for p in (_clean(x) for x in gold.get("locations") or []) if _capitalised(p)}


def pattern(s: str, label: str) -> re.Pattern[str]:
    toks = s.split()
    parts = []
    for i, t in enumerate(toks):
        p = re.escape(t)
        if len(toks) > 1 and label != "PER" and i < len(toks) - 1 and t[:1].isupper():
            # inflected adjective of a multi-word name: Auswärtiges Amt -> Auswärtigen Amts
            stem = re.sub(r"(?:e|en|em|er|es)$", "", t)
            if stem != t and len(stem) >= 3:
                p = re.escape(stem) + "(?:e|en|em|er|es)"
        parts.append(p)
    body = r"\s+".join(parts)
    tail = "(?:n|s|es)?" if label != "PER" else "(?:s|’s|'s|')?"
    return re.compile(r"(?<![\w-])" + body + tail + r"(?![\w-])")


def label_spans(text: str, strings: dict[str, str]) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for s in sorted(strings, key=len, reverse=True):
        for m in pattern(s, strings[s]).finditer(text):
            a, b = m.span()
            if any(a < e and s0 < b for s0, e, _ in found):
                continue
            found.append((a, b, strings[s]))
    return sorted(found)


class Common:
    def __init__(self) -> None:
        self.tagger = german_tagger()
        self.cache: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        hit = self.cache.get(word)
        if hit is None:
            tags = self.tagger.tag_word(word, cutoff=5) if self.tagger else []  # type: ignore
            hit = (
                bool(tags)
                and tags[0][0] not in {"NE", "FM", "XY"}
                and (float(tags[0][1]) >= KNOWN_LOGP)
            )
            self.cache[word] = hit
        return hit


def convert(nlp: spacy.Language, txt: Path, gold: dict, common: Common) -> tuple[list, list]:
    strings: dict[str, str] = {}
    clash: set[str] = set()
    for label, ss in (
        ("LOC", place_strings(gold)),
        ("ORG", org_strings(gold)),
        ("PER", set().union(*[person_strings(p) for p in gold.get("persons") or []] or [set()])),
    ):
        for s in ss:
            if s in strings and strings[s] != label:
                clash.add(s)
            strings[s] = label
    for s in clash:
        del strings[s]
    docs_o, docs_m = [], []
    for line in txt.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = nlp.make_doc(line)
        ents, bad = [], []
        for a, b, lab in label_spans(line, strings):
            sp = doc.char_span(a, b, label=lab, alignment_mode="strict")
            if sp is None:
                sp = doc.char_span(a, b, alignment_mode="expand")
                if sp is not None:
                    bad.append(sp)
                continue
            ents.append(sp)
        covered = {i for sp in ents + bad for i in range(sp.start, sp.end)}
        d_o = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
        d_o.set_ents(
            [Span(d_o, s.start, s.end, s.label_) for s in ents],
            missing=[Span(d_o, s.start, s.end) for s in bad],
            default="outside",
        )
        missing = [Span(doc, s.start, s.end) for s in bad]
        for t in doc:
            if t.i in covered or not t.text[:1].isupper() or t.i == 0:
                continue
            prev = doc[t.i - 1].text
            if prev in {".", "!", "?", ":", "„", "“", '"', "–", "-", "(", "»", "«"}:
                continue
            if t.text.isalpha() and not t.is_upper and common(t.text):
                continue
            missing.append(Span(doc, t.i, t.i + 1))
        d_m = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
        d_m.set_ents(
            [Span(d_m, s.start, s.end, s.label_) for s in ents],
            missing=[Span(d_m, s.start, s.end) for s in missing],
            default="outside",
        )
        docs_o.append(d_o)
        docs_m.append(d_m)
    return docs_o, docs_m


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("build/models/corpus/news"))
    ap.add_argument("--split", type=Path, default=SPLIT)
    ap.add_argument("--new-split", action="store_true")
    ap.add_argument("--holdout", type=Path, action="append", default=[])
    ap.add_argument("--dev-every", type=int, default=5)
    args = ap.parse_args()
    nlp = spacy.blank("de")
    nlp.tokenizer.from_disk(TOKENIZER / "tokenizer")
    common = Common()
    parts: dict[str, list[Path]] = {"train": [], "dev": []}
    if args.new_split:
        held = {p.name for d in args.holdout for p in d.glob("*.gold.json")}
        gold_files = sorted(p for p in GOLD.glob("*.gold.json") if p.name not in held)
        for i, p in enumerate(gold_files):
            parts["dev" if i % args.dev_every == args.dev_every - 1 else "train"].append(p)
    else:
        for part in parts:
            names = (args.split / f"{part}.txt").read_text(encoding="utf-8").split()
            parts[part] = [GOLD / name for name in names]
    args.out.mkdir(parents=True, exist_ok=True)
    stats = {}
    for part, files in parts.items():
        bins = {"o": DocBin(), "m": DocBin()}
        n_ents: dict[str, int] = {}
        n_tok = n_miss = 0
        names = []
        for gp in files:
            txt = gp.with_name(gp.name.replace(".gold.json", ".txt"))
            if not txt.exists():
                continue
            names.append(gp.name)
            d_o, d_m = convert(nlp, txt, json.loads(gp.read_text(encoding="utf-8")), common)
            for a, b in zip(d_o, d_m, strict=True):
                bins["o"].add(a)
                bins["m"].add(b)
                n_tok += len(a)
                n_miss += sum(1 for t in b if t.ent_iob == 0)
                for e in a.ents:
                    n_ents[e.label_] = n_ents.get(e.label_, 0) + 1
        for v, db in bins.items():
            db.to_disk(args.out / f"news_{part}_{v}.spacy")
        if part == "dev":  # CoNLL copy of the O variant for report.py --gold-plo
            with open(args.out / "news_dev.conll", "w", encoding="utf-8") as fh:
                for doc in bins["o"].get_docs(nlp.vocab):
                    for tok in doc:
                        if not tok.is_space:
                            tag = f"{tok.ent_iob_}-{tok.ent_type_}" if tok.ent_type_ else "O"
                            fh.write(f"{tok.text}\t{tag}\n")
                    fh.write("\n")
        stats[part] = {
            "files": len(names),
            "tokens": n_tok,
            "ents": n_ents,
            "missing_tokens_m": n_miss,
        }
        (args.out / f"news_{part}_files.txt").write_text("\n".join(names) + "\n")
    print(json.dumps(stats, indent=1))


if __name__ == "__main__":
    main()
