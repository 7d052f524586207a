"""Train and evaluate the learned speaker ranker (``evaluation/speaker_ranking.py``) out of fold.

Data: every gold quote (direct, partial, indirect) of a folder of gold files that the product
finds (matched as ``newsgraph eval quotes`` matches them); its candidates are the article's
person and organisation entities, the rules' choice and "no speaker"; the label is the candidate
that is the gold speaker (names compared as the evaluation compares them). Quotes whose gold
speaker is no candidate are counted and left out of training.

Evaluation: k-fold cross-validation by file; in each fold the override threshold is chosen by an
inner cross-validation on the training files (best wrong→right minus right→wrong), the model
trained on all training files and applied to the held-out files; the held-out articles are then
scored by ``score_article`` (rules vs rules + model). Optionally the model trained on all files is
saved and a second folder is scored (aggregate numbers only).

    python -m newsgraph.evaluation.speaker_ranker GOLD_DIR [--check DIR] [--cache DIR] [--save]
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from newsgraph.evaluation.quotes import (
    OVERLAP,
    FileScore,
    _locate,
    loose_key,
    normalise,
    read_gold_article,
    same_speaker,
    score_article,
)
from newsgraph.evaluation.speaker_ranking import (
    DATA,
    FEATURES,
    RankerModel,
    quote_candidates,
    rerank,
)
from newsgraph.model import Article, Quote

L2 = 1.0
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


@dataclass
class Example:
    file: str
    kind: str  # direct | indirect (direct stands for direct + partial)
    x: np.ndarray  # candidates × features
    positive: np.ndarray  # bool per candidate
    rules_right: bool
    right: np.ndarray  # bool per candidate: the evaluation counts it right


def matched_quotes(article: Article, gold: dict[str, Any]) -> list[tuple[dict[str, Any], int]]:
    """(gold quote, index of the predicted quote it is matched with), as ``score_article``."""
    quotes = article.quotes
    out: list[tuple[dict[str, Any], int]] = []
    groups: dict[str, list[int]] = {}
    for i, q in enumerate(quotes):
        if q.kind in ("direct", "partial"):
            groups.setdefault(loose_key(q.text), []).append(i)
    used: set[str] = set()
    for g in gold.get("quotes") or []:
        if g.get("kind") not in ("direct", "partial"):
            continue
        loose, exact = loose_key(g["text"]), normalise(g["text"])
        keys = [k for k in groups if k not in used and k == loose]
        if not keys:
            keys = [
                k
                for k in groups
                if k not in used and any(normalise(quotes[i].text) == exact for i in groups[k])
            ]
        if keys:
            used.add(keys[0])
            out.append((g, groups[keys[0]][0]))
    indirect = [i for i, q in enumerate(quotes) if q.kind == "indirect"]
    for g in gold.get("quotes") or []:
        if g.get("kind") != "indirect":
            continue
        span = _locate(article.text, g["text"])
        if span is None:
            continue
        best, best_ov = -1, 0
        for i in indirect:
            ov = min(span[1], quotes[i].end) - max(span[0], quotes[i].start)
            if ov > best_ov:
                best, best_ov = i, ov
        if best >= 0 and best_ov >= OVERLAP * (span[1] - span[0]):
            out.append((g, best))
    return out


def _name(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


def examples_of(name: str, article: Article, gold: dict[str, Any]) -> tuple[list[Example], int]:
    """The training examples of one article and the number of quotes left out (no candidate)."""
    cands = quote_candidates(article, article.quotes)
    out: list[Example] = []
    missing = 0
    for g, i in matched_quotes(article, gold):
        alts = g.get("speaker_alternatives")
        cs = cands[i]
        right = np.asarray(
            [same_speaker(c.entity.name if c.entity else None, g.get("speaker"), alts) for c in cs]
        )
        if not right.any():
            missing += 1
            continue
        out.append(
            Example(
                file=name,
                kind="indirect" if g["kind"] == "indirect" else "direct",
                x=np.asarray([c.features for c in cs], dtype=float),
                positive=right,
                rules_right=same_speaker(_name(article.quotes[i]), g.get("speaker"), alts),
                right=right,
            )
        )
    return out, missing


def train(examples: list[Example], l2: float = L2, steps: int = 400) -> np.ndarray:
    """Weights of the softmax ranker (several right candidates: their summed probability)."""
    x = np.concatenate([e.x for e in examples])
    pos = np.concatenate([e.positive for e in examples]).astype(float)
    sizes = np.asarray([len(e.x) for e in examples])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    group = np.repeat(np.arange(len(examples)), sizes)
    w = np.zeros(x.shape[1])
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    n = len(examples)
    for t in range(1, steps + 1):
        z = x @ w
        zmax = np.maximum.reduceat(z, starts)
        e = np.exp(z - zmax[group])
        p = e / np.add.reduceat(e, starts)[group]
        pp = p * pos
        q = pp / np.add.reduceat(pp, starts)[group]
        grad = ((p - q)[:, None] * x).sum(axis=0) / n + l2 * w / n
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.1 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def decide(model: RankerModel, e: Example) -> bool:
    """Whether the evaluation counts the quote right after the ranker (override ≥ threshold)."""
    p = model.scores(e.x)
    best = int(p.argmax())
    rules_col = e.x[:, FEATURES.index("rules")]
    if (not rules_col.any() or best != int(rules_col.argmax())) and p[best] >= model.threshold:
        return bool(e.right[best])
    return e.rules_right


def _folds(files: list[str], k: int, seed: int) -> list[list[str]]:
    order = sorted(files)
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def choose_threshold(examples: list[Example], seed: int, k: int = 5) -> float:
    """The override threshold with the best gain (wrong→right minus right→wrong) out of fold
    inside ``examples``; above 1 (never override) when no threshold gains."""
    files = sorted({e.file for e in examples})
    gains = dict.fromkeys(THRESHOLDS, 0)
    for fold in _folds(files, k, seed + 1):
        held = set(fold)
        w = train([e for e in examples if e.file not in held])
        for t in THRESHOLDS:
            model = RankerModel(w, t)
            for e in examples:
                if e.file in held:
                    gains[t] += int(decide(model, e)) - int(e.rules_right)
    best = max(THRESHOLDS, key=lambda t: (gains[t], t))
    return best if gains[best] > 0 else 1.01


def load_articles(gold_dir: Path, cache: Path | None) -> list[tuple[str, Article, dict[str, Any]]]:
    """Analysed articles (entities + quotes) and their gold annotations; with ``cache``, each
    article is read from / written to ``cache/NAME.json``."""
    from newsgraph.pipeline import analyze, load_nlp

    nlp = None
    out = []
    for path in sorted(Path(gold_dir).glob("*.gold.json")):
        name = path.name.removesuffix(".gold.json")
        cached = cache / f"{name}.json" if cache else None
        if cached and cached.exists():
            raw = json.loads(cached.read_text(encoding="utf-8"))
            out.append((name, Article.model_validate(raw["article"]), raw["gold"]))
            continue
        try:
            # a symlinked gold file names its source relative to the file it links to
            article, gold = read_gold_article(path.resolve())
        except (ValueError, OSError, KeyError):
            continue  # as ``eval quotes``: a gold file whose source is missing scores nothing
        if nlp is None:
            nlp = load_nlp(article.language)
        analysed = analyze(article, stages=["entities", "quotes"], nlp=nlp)
        if cached:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_text(
                json.dumps({"article": analysed.model_dump(mode="json"), "gold": gold}),
                encoding="utf-8",
            )
        out.append((name, analysed, gold))
    return out


def _score(
    articles: list[tuple[str, Article, dict[str, Any]]], models: dict[str, RankerModel] | None
) -> FileScore:
    total = FileScore(name="overall")
    for name, article, gold in articles:
        if models is not None:
            article = article.model_copy(
                update={"quotes": rerank(article, article.quotes, models[name])}
            )
        total.add(score_article(article, gold, name))
    return total


def _summary(s: FileScore) -> dict[str, Any]:
    n = s.numbers()
    return {
        "speaker_accuracy": n["speaker_accuracy"],
        "speaker_correct": s.speaker_correct,
        "matched_direct_partial": s.matched_quotes,
        "indirect_speaker_accuracy": n["indirect_speaker_accuracy"],
        "indirect_speaker_correct": s.indirect_speaker_correct,
        "found_indirect": s.found_indirect,
    }


#: the features that carry the rules' own decision (``--no-rules``: a model without them)
RULES_FEATURES = [i for i, n in enumerate(FEATURES) if n.startswith(("rules", "none_rules", "rn_"))]


def _without_rules(examples: list[Example]) -> list[Example]:
    """The examples with the rules' own features set to 0 (their weights then stay 0)."""
    out = []
    for e in examples:
        x = e.x.copy()
        x[:, RULES_FEATURES] = 0.0
        out.append(Example(e.file, e.kind, x, e.positive, e.rules_right, e.right))
    return out


def cross_validate(
    articles: list[tuple[str, Article, dict[str, Any]]],
    k: int = 10,
    seed: int = 0,
    threshold: float | None = None,
    no_rules: bool = False,
) -> dict[str, Any]:
    """Rules vs rules + ranker out of fold; ``threshold`` fixes the override threshold (0: the
    ranker's first choice always) instead of choosing it inside the training files."""
    data: dict[str, list[Example]] = {}
    missing = 0
    for name, article, gold in articles:
        data[name], miss = examples_of(name, article, gold)
        if no_rules:
            data[name] = _without_rules(data[name])
        missing += miss
    models: dict[str, RankerModel] = {}
    changes = {"right_to_wrong": 0, "wrong_to_right": 0}
    by_kind: dict[str, list[int]] = {"direct": [0, 0, 0], "indirect": [0, 0, 0]}
    thresholds = []
    for fold in _folds(list(data), k, seed):
        held = set(fold)
        train_ex = [e for f, ex in data.items() if f not in held for e in ex]
        t = choose_threshold(train_ex, seed) if threshold is None else threshold
        model = RankerModel(train(train_ex), t)
        thresholds.append(t)
        for f in fold:
            models[f] = model
            for e in data[f]:
                after = decide(model, e)
                counts = by_kind[e.kind]
                counts[0] += 1
                counts[1] += int(e.rules_right)
                counts[2] += int(after)
                changes["right_to_wrong"] += int(e.rules_right and not after)
                changes["wrong_to_right"] += int(after and not e.rules_right)
    return {
        "files": len(data),
        "examples": sum(len(v) for v in data.values()),
        "left_out_no_candidate": missing,
        "thresholds": thresholds,
        "examples_by_kind (n, rules right, model right)": by_kind,
        "changes": changes,
        "rules": _summary(_score(articles, None)),
        "rules+model": _summary(_score(articles, models)),
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--check", type=Path, help="score this folder too (aggregate numbers only)")
    ap.add_argument("--cache", type=Path, help="cache of analysed articles (NAME.json)")
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threshold", type=float, help="fixed override threshold (0: always)")
    ap.add_argument("--no-rules", action="store_true", help="a model without the rules' choice")
    ap.add_argument("--save", action="store_true", help=f"write the full model to {DATA}")
    args = ap.parse_args(argv)
    articles = load_articles(args.gold_dir, args.cache / "train" if args.cache else None)
    report: dict[str, Any] = {
        "cross_validation": cross_validate(
            articles, args.folds, args.seed, args.threshold, args.no_rules
        )
    }
    all_ex = [e for name, a, g in articles for e in examples_of(name, a, g)[0]]
    if args.no_rules:
        all_ex = _without_rules(all_ex)
    t = choose_threshold(all_ex, args.seed) if args.threshold is None else args.threshold
    model = RankerModel(train(all_ex), t)
    report["full_model_threshold"] = model.threshold
    if args.save:
        DATA.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    if args.check:
        check = load_articles(args.check, args.cache / "check" if args.cache else None)
        report["check"] = {
            "rules": _summary(_score(check, None)),
            "rules+model": _summary(_score(check, {n: model for n, _, _ in check})),
        }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
