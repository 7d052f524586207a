"""Score the quotes layer against hand-annotated gold files (``*.gold.json``).

Gold format: the seed's ``quotes`` list, each ``{kind, speaker, text, cue}`` (+ optional
``speaker_alternatives``), and ``source_file`` relative to the gold file.

Measures, per file and overall:

* direct+partial quote precision/recall/F1: a predicted quote matches a gold quote when the texts
  agree after whitespace normalisation, ignoring surrounding punctuation and quotation marks
  (and inflection endings, so a heading's „sehr erfolgreiche“ repeats „sehr erfolgreich“);
  repeated predictions of the same text count once;
* speaker accuracy over the matched direct/partial quotes (names compared by canonical name or
  surname; organisations by containment, and — since session 13 — an organisation also under
  another of its names: the predicted speaker entity's name or one of its mentions equals one of
  the gold ``organization_mentions`` of the gold speaker, so ``BND`` for the gold's
  ``Bundesnachrichtendienst`` counts right; ``speaker_accuracy_by_name`` keeps the name-only
  number of earlier sessions);
* reported-speech recall: a gold indirect quote is found when a predicted indirect quote
  overlaps at least half of its span; and the speaker accuracy of the found ones;
* reported-speech precision (session 31): the share of predicted indirect quotes that cover at
  least half of a gold quote of any kind or lie within one for at least half of their own length
  (speech the gold has, whatever kind it gave it); the rest is text read as speech that is none.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.model import Article, Quote
from newsgraph.quotes.rule_words import INDEFINITE_ARTICLES
from newsgraph.words_de import DEFINITE_ARTICLES

OVERLAP = 0.5
_PUNCT = " \t\n.,;:!?…\"'„“”‚‘’»«‹›()[]–—-"


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"\s+", " ", text).strip(_PUNCT)
    return text.casefold()


def loose_key(text: str) -> str:
    words = re.findall(r"\w+", normalise(text))
    return " ".join(re.sub(r"(e|en|er|es|em|n|s)$", "", w) if len(w) > 3 else w for w in words)


def _name_norm(name: str) -> list[str]:
    """Words of a name, case-folded, without parentheses and diacritics (Šimek = Simek)."""
    name = re.sub(r"\(.*?\)", " ", name)
    decomposed = unicodedata.normalize("NFKD", name.replace("ß", "ss"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.findall(r"\w[\w-]*", plain.casefold())


def same_speaker(
    predicted: str | None, gold: str | None, alternatives: list[str] | None = None
) -> bool:
    """Whether a predicted speaker name denotes the gold speaker (or one of its alternatives)."""
    golds = [gold, *list(alternatives or [])]
    if predicted is None:
        return gold is None
    for g in golds:
        if g is None:
            continue
        # a hyphen the text wrote in one place and not in another (session 25: "Ebner
        # Kühn" / "Ebner-Kühn") does not make two names
        p, q = _name_norm(predicted.replace("-", " ")), _name_norm(g.replace("-", " "))
        if not p or not q:
            continue
        if p == q or p[-1] == q[-1] or set(p) <= set(q) or set(q) <= set(p):
            return True
        if " ".join(p) in " ".join(q) or " ".join(q) in " ".join(p):
            return True
    return False


@dataclass
class FileScore:
    name: str
    gold_quotes: int = 0  # direct + partial
    predicted_quotes: int = 0
    matched_quotes: int = 0
    speaker_correct: int = 0
    gold_indirect: int = 0
    found_indirect: int = 0
    indirect_speaker_correct: int = 0
    # the same two counts with names alone (the measure before session 13)
    speaker_correct_by_name: int = 0
    indirect_speaker_correct_by_name: int = 0
    # kind- and boundary-blind: gold direct/partial quotes that a predicted quote of any kind
    # covers for at least half (their speech was found), and predicted direct/partial quotes that
    # cover at least half of a gold quote of any kind, or lie within one
    speech_found: int = 0
    speech_right: int = 0
    # predicted indirect quotes, and those that are speech of the gold (any kind)
    predicted_indirect: int = 0
    indirect_right: int = 0
    error: str | None = None
    misses: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched_quotes / self.predicted_quotes if self.predicted_quotes else 1.0

    @property
    def recall(self) -> float:
        return self.matched_quotes / self.gold_quotes if self.gold_quotes else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.matched_quotes if self.matched_quotes else 1.0

    @property
    def indirect_recall(self) -> float:
        return self.found_indirect / self.gold_indirect if self.gold_indirect else 1.0

    @property
    def indirect_speaker_accuracy(self) -> float:
        return self.indirect_speaker_correct / self.found_indirect if self.found_indirect else 1.0

    def add(self, other: FileScore) -> None:
        for key in (
            "gold_quotes",
            "predicted_quotes",
            "matched_quotes",
            "speaker_correct",
            "gold_indirect",
            "found_indirect",
            "indirect_speaker_correct",
            "speaker_correct_by_name",
            "indirect_speaker_correct_by_name",
            "speech_found",
            "speech_right",
            "predicted_indirect",
            "indirect_right",
        ):
            setattr(self, key, getattr(self, key) + getattr(other, key))

    def numbers(self) -> dict[str, Any]:
        return {
            "file": self.name,
            "gold_direct_partial": self.gold_quotes,
            "predicted_direct_partial": self.predicted_quotes,
            "matched_direct_partial": self.matched_quotes,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "gold_indirect": self.gold_indirect,
            "found_indirect": self.found_indirect,
            "indirect_recall": round(self.indirect_recall, 4),
            "indirect_speaker_accuracy": round(self.indirect_speaker_accuracy, 4),
            "speaker_accuracy_by_name": round(
                self.speaker_correct_by_name / self.matched_quotes if self.matched_quotes else 1.0,
                4,
            ),
            "indirect_speaker_accuracy_by_name": round(
                self.indirect_speaker_correct_by_name / self.found_indirect
                if self.found_indirect
                else 1.0,
                4,
            ),
            "speech_recall": round(self.speech_found / self.gold_quotes, 4)
            if self.gold_quotes
            else 1.0,
            "speech_precision": round(self.speech_right / self.predicted_quotes, 4)
            if self.predicted_quotes
            else 1.0,
            "predicted_indirect": self.predicted_indirect,
            "indirect_right": self.indirect_right,
            "indirect_precision": round(self.indirect_right / self.predicted_indirect, 4)
            if self.predicted_indirect
            else 1.0,
            **({"error": self.error} if self.error else {}),
        }


def _locate(text: str, needle: str) -> tuple[int, int] | None:
    pos = text.find(needle)
    if pos >= 0:
        return pos, pos + len(needle)
    words = [re.escape(w) for w in needle.split()]
    if not words:
        return None
    m = re.search(r"\s+".join(words), text)
    return (m.start(), m.end()) if m else None


def _speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


_ARTICLE_WORDS = DEFINITE_ARTICLES | INDEFINITE_ARTICLES | {"the", "a", "an"}


_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{1,7}")


def _is_acronym(word: str) -> bool:
    """``BND``, ``G7``, and (session 25) acronyms with a few lower-case letters: ``EuGH``,
    ``VfGH``, ``BaFin`` — at least two capitals, at most two lower-case letters."""
    if _ACRONYM.fullmatch(word):
        return True
    lower = sum(c.islower() for c in word)
    upper = sum(c.isupper() for c in word)
    return 2 <= len(word) <= 8 and word[:1].isupper() and upper >= 2 and lower <= 2


def _alias_keys(names: set[str]) -> set[str]:
    """Names and mentions that identify an organisation on their own: acronyms (``BND``, also
    after an article: ``des EuGH``) and names of two or more words, case-folded, leading
    articles and case endings dropped. A bare noun (``Regierung``, ``Armee``) names different bodies in one
    text, so it never counts."""
    keys: set[str] = set()
    for text in names:
        words = _name_norm(text)
        while words and words[0] in _ARTICLE_WORDS:
            words = words[1:]
        last = text.split()[-1] if text.split() else ""
        if len(words) >= 2 or (len(words) == 1 and _is_acronym(last)):
            # case endings dropped (session 25): "dem türkischen Militär" of the gold and the
            # entity "türkisches Militär" are one name
            keys.add(
                " ".join(re.sub(r"(e|en|er|es|em|n|s)$", "", w) if len(w) > 3 else w for w in words)
            )
    return keys


def _predicted_aliases(q: Quote, article: Article) -> set[str]:
    """The predicted organisation speaker's name and the texts of its entity's mentions."""
    if q.speaker is None:
        return set()
    for ent in article.entities:
        if ent.id == q.speaker.id:
            if ent.type == "PER":
                return set()
            return _alias_keys({q.speaker.name, *(m.text for m in ent.mentions)})
    return _alias_keys({q.speaker.name})


def _gold_org_aliases(g: dict[str, Any], gold: dict[str, Any]) -> set[str]:
    """The gold's names of an organisation speaker (``organization_mentions``)."""
    table = gold.get("organization_mentions") or {}
    names: set[str] = set()
    for speaker in [g.get("speaker"), *list(g.get("speaker_alternatives") or [])]:
        if isinstance(speaker, str) and isinstance(table.get(speaker), list):
            names.add(speaker)
            names.update(m for m in table[speaker] if isinstance(m, str))
    return _alias_keys(names)


def _right_speaker(
    q: Quote, g: dict[str, Any], gold: dict[str, Any], article: Article
) -> tuple[bool, bool]:
    """(right by name, right by name or as the same organisation under another name)."""
    by_name = same_speaker(_speaker(q), g.get("speaker"), g.get("speaker_alternatives"))
    if by_name:
        return True, True
    aliases = _gold_org_aliases(g, gold)
    return False, bool(aliases and aliases & _predicted_aliases(q, article))


def score_article(article: Article, gold: dict[str, Any], name: str = "") -> FileScore:
    """Score one analysed article against its gold annotation."""
    score = FileScore(name=name)
    gold_quotes = gold.get("quotes") or []
    g_dp = [g for g in gold_quotes if g.get("kind") in ("direct", "partial")]
    g_ind = [g for g in gold_quotes if g.get("kind") == "indirect"]
    p_dp = [q for q in article.quotes if q.kind in ("direct", "partial")]
    p_ind = [q for q in article.quotes if q.kind == "indirect"]

    # direct + partial: distinct predicted texts against gold texts
    gold_keys = [(normalise(g["text"]), loose_key(g["text"])) for g in g_dp]
    groups: dict[str, list[Quote]] = {}
    for q in p_dp:
        groups.setdefault(loose_key(q.text), []).append(q)
    score.gold_quotes = len(g_dp)
    score.predicted_quotes = len(groups)
    used: set[str] = set()
    for g, (exact, loose) in zip(g_dp, gold_keys, strict=True):
        candidates = [k for k in groups if k not in used and k == loose]
        if not candidates:
            candidates = [
                k
                for k in groups
                if k not in used and any(normalise(q.text) == exact for q in groups[k])
            ]
        if not candidates:
            score.misses.append({"kind": g["kind"], "text": g["text"], "problem": "not found"})
            continue
        key = candidates[0]
        used.add(key)
        score.matched_quotes += 1
        preds = groups[key]
        verdicts = [_right_speaker(q, g, gold, article) for q in preds]
        score.speaker_correct_by_name += any(v[0] for v in verdicts)
        if any(v[1] for v in verdicts):
            score.speaker_correct += 1
        else:
            score.misses.append(
                {
                    "kind": g["kind"],
                    "text": g["text"],
                    "problem": f"speaker {_speaker(preds[0])!r} instead of {g.get('speaker')!r}",
                }
            )
    for key, preds in groups.items():
        if key not in used:
            score.misses.append(
                {"kind": preds[0].kind, "text": preds[0].text, "problem": "not in gold"}
            )

    _score_speech(score, article, gold_quotes, groups)

    # reported speech: overlap
    score.gold_indirect = len(g_ind)
    for g in g_ind:
        span = _locate(article.text, g["text"])
        if span is None:
            score.misses.append(
                {"kind": "indirect", "text": g["text"], "problem": "gold text not in article"}
            )
            continue
        gs, ge = span
        best: Quote | None = None
        best_overlap = 0
        for q in p_ind:
            ov = min(ge, q.end) - max(gs, q.start)
            if ov > best_overlap:
                best, best_overlap = q, ov
        if best is None or best_overlap < OVERLAP * (ge - gs):
            score.misses.append({"kind": "indirect", "text": g["text"], "problem": "not found"})
            continue
        score.found_indirect += 1
        by_name, right = _right_speaker(best, g, gold, article)
        score.indirect_speaker_correct_by_name += by_name
        if right:
            score.indirect_speaker_correct += 1
        else:
            score.misses.append(
                {
                    "kind": "indirect",
                    "text": g["text"],
                    "problem": f"speaker {_speaker(best)!r} instead of {g.get('speaker')!r}",
                }
            )
    return score


def _covers(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether span ``a`` covers at least half of span ``b``."""
    return min(a[1], b[1]) - max(a[0], b[0]) >= OVERLAP * (b[1] - b[0])


def _score_speech(
    score: FileScore,
    article: Article,
    gold_quotes: list[dict[str, Any]],
    groups: dict[str, list[Quote]],
) -> None:
    """The kind- and boundary-blind counts (``speech_recall``, ``speech_precision``): was the
    speech found at all, whatever kind or extent the extractor gave it?"""
    spans = {id(g): _locate(article.text, g["text"]) for g in gold_quotes}
    predicted = [(q.start, q.end) for q in article.quotes]
    for g in gold_quotes:
        span = spans[id(g)]
        if g.get("kind") in ("direct", "partial") and span is not None:
            score.speech_found += any(_covers(p, span) for p in predicted)
    located = [s for s in spans.values() if s is not None]
    for preds in groups.values():
        q = (preds[0].start, preds[0].end)
        score.speech_right += any(_covers(q, g) or _covers(g, q) for g in located)
    for quote in article.quotes:
        if quote.kind != "indirect":
            continue
        score.predicted_indirect += 1
        q = (quote.start, quote.end)
        if any(_covers(q, g) or _covers(g, q) for g in located):
            score.indirect_right += 1
        else:
            score.misses.append(
                {
                    "kind": "indirect",
                    "text": quote.text,
                    "problem": f"not on gold speech (speaker {_speaker(quote)!r}, cue {quote.cue!r})",
                }
            )


def read_gold_article(gold_path: Path) -> tuple[Article, dict[str, Any]]:
    """The gold annotation and the article it annotates, read with newsgraph's readers."""
    from newsgraph.errors import InputError
    from newsgraph.readers import ReaderOptions, read_inputs

    gold: dict[str, Any] = json.loads(gold_path.read_text(encoding="utf-8"))
    source = (gold_path.parent / gold["source_file"]).resolve()
    options = ReaderOptions(published=gold.get("published"), language=gold.get("language"))
    for outcome in read_inputs([str(source)], options):
        if isinstance(outcome, InputError):
            raise ValueError(str(outcome))
        return outcome, gold
    raise ValueError(f"no article in {source}")


@dataclass
class Report:
    files: list[FileScore]
    total: FileScore

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": [f.numbers() for f in self.files],
            "overall": self.total.numbers(),
        }


def evaluate_dir(gold_dir: Path, *, with_misses: bool = False) -> Report:
    """Run the pipeline on every ``*.gold.json`` of a folder and score its quotes."""
    from newsgraph.pipeline import analyze, load_nlp

    nlp = None
    files: list[FileScore] = []
    total = FileScore(name="overall")
    for path in sorted(Path(gold_dir).glob("*.gold.json")):
        name = path.name.removesuffix(".gold.json")
        try:
            article, gold = read_gold_article(path)
        except (ValueError, OSError, KeyError) as exc:
            files.append(FileScore(name=name, error=str(exc)))
            continue
        if nlp is None:
            nlp = load_nlp(article.language)
        analysed = analyze(article, stages=["entities", "quotes"], nlp=nlp)
        score = score_article(analysed, gold, name)
        if not with_misses:
            score.misses = []
        files.append(score)
        total.add(score)
    return Report(files=files, total=total)


__all__ = [
    "FileScore",
    "Report",
    "evaluate_dir",
    "normalise",
    "same_speaker",
    "score_article",
]
