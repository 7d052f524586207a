"""Subheadings run into the text of a paragraph (corpora that kept no line breaks).

10kGNAD stores each article on one line, so "… anreisen. Zeit drängt Allerdings drängt die Zeit."
holds the subheading "Zeit drängt". A phrase between a sentence end and the start of the next
sentence, with no punctuation of its own, is such a heading (``runin_heading`` in rules.yaml).
The next sentence starts at the first capitalised word after the phrase that

- only starts sentences: the ``starts`` of rules.yaml and the counted list
  ``sentence_starts.de.txt`` (words written lower-case inside sentences, built by
  ``scripts/structure/sentence_starts.py``), or a pronoun (``pronoun_starts``, with a guard), or
- repeats the phrase's first word, the subject a heading names and its paragraph opens with
  ("Novomatic will mehr Novomatic will seine Beteiligung …"), or
- is known to the lemma table only as an adverb, an uninflected adjective or a verb form in -t
  (``lexicon_table`` in rules.yaml: "Wichtige Streitkultur Generell habe es …"), after a phrase
  that does not open with such a word, holds no verb in -t before its end and does not end in a
  given name ("Moritz Huber").

Session 14: the counted list, the repetition, several spaces between the parts, and the shortest
phrase first (a phrase refused by the guards lets a longer one be tried). Session 16: the
lemma-table words and the given-name guard.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsgraph.structure.rules import data_text, given_names, raw_rules
from newsgraph.times.sentences import full_stop_is_no_end
from newsgraph.words_de import DEFINITE_ARTICLES


@dataclass(frozen=True)
class RuninRules:
    pattern: re.Pattern[str]
    max_words: int
    starts: frozenset[str]
    pronouns: frozenset[str]
    not_first: frozenset[str]
    not_last: frozenset[str]
    title_nouns: tuple[str, ...]
    lexicon_classes: frozenset[str] = frozenset()
    lexicon_table: str = ""
    copulas: frozenset[str] = frozenset()


#: inflection endings of an attributive adjective ("der wendige", "einen neuen")
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
#: words after which an adjective needs a noun
_DETERMINERS = frozenset({*DEFINITE_ARTICLES, "ein", "eine", "einen", "einem", "einer", "eines"})


def _counted_starts() -> list[str]:
    text = data_text("structure", "sentence_starts.de.txt")
    return [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]


@lru_cache(maxsize=1)
def runin_rules() -> RuninRules:
    raw = raw_rules()["runin_heading"]
    max_words = int(raw["max_words"])
    # after a sentence end: a capitalised word and up to max_words more plain words (letters,
    # digits, hyphens, apostrophes), each after one or more spaces; the phrase is cut from them
    pattern = re.compile(
        rf"(?<=[.!?“\"]) +(?P<run>[A-ZÄÖÜ0-9][\w'’-]*(?: +[\w'’-]+){{1,{max_words}}})"
    )
    return RuninRules(
        pattern=pattern,
        max_words=max_words,
        starts=frozenset((*raw["starts"], *_counted_starts())),
        pronouns=frozenset(raw["pronoun_starts"]),
        not_first=frozenset(w.lower() for w in raw["not_first"]),
        not_last=frozenset(w.lower() for w in raw["not_last"]),
        title_nouns=tuple(w.lower() for w in raw["title_nouns"]),
        lexicon_classes=frozenset(raw.get("lexicon_start_classes") or ()),
        lexicon_table=str(raw.get("lexicon_table") or ""),
        copulas=frozenset(raw.get("comparative_copulas") or ()),
    )


#: the package's model folder (the lemma table lives there)
_MODELS_DIR = Path(__file__).resolve().parent.parent / "models"


def _lemma_classes(table: str) -> dict[str, dict[str, str]]:
    """The lemma table ``table`` (form, word class, lemma per line) as form → {class: lemma};
    empty when no table is named or shipped. Not cached: ``_lexicon_sets`` keeps only what it
    derives from it."""
    path = _MODELS_DIR / table
    seen: dict[str, dict[str, str]] = {}
    if not table or not path.is_file():
        return seen
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            form, cls, lemma = [*line.rstrip("\n").split("\t"), "", ""][:3]
            seen.setdefault(form, {})[cls] = lemma
    return seen


@lru_cache(maxsize=4)
def _lexicon_sets(table: str, classes: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """From one read of the lemma table ``table``: the forms that can only start a sentence
    (``_lexicon_starts``, for ``classes``) and the comparatives (``_comparatives``)."""
    seen = _lemma_classes(table)
    return _lexicon_starts(seen, classes), _comparatives(seen)


def _lexicon_starts(seen: dict[str, dict[str, str]], classes: frozenset[str]) -> frozenset[str]:
    """Lower-case word forms that the lemma table knows only in ``classes`` (adverbs and
    uninflected adjectives, verb forms) and never as a noun or name, nor capitalised: written
    with a capital letter, such a word ("Generell", "Angeblich", "Vergleicht") can only start a
    sentence (the table holds a capitalised form too where the training text began a sentence
    with it). An inflected adjective is left out: it begins names ("Europäische Union")."""
    if not classes:
        return frozenset()
    out = set()
    for form, entry in seen.items():
        if not form[:1].islower() or not set(entry) <= classes:
            continue
        if not set(seen.get(form[:1].upper() + form[1:], {})) <= classes:
            continue  # capitalised also a noun or a name ("Lange", "International")
        if len(form) < 3:
            continue  # "it", "so": foreign and function words
        if entry.get("A") == "=" or ("V" in entry and form.endswith("t")):
            # an infinitive, a plural in -en or an imperative is also a noun or a title's word
            # ("Verdienen", "von weiteren Befunden", "Sag zum Abschied"): verbs in -t only
            out.add(form)
    return frozenset(out)


def _comparatives(seen: dict[str, dict[str, str]]) -> frozenset[str]:
    """Lower-case adjective forms in -er that the lemma table gives another lemma ("heikler" →
    heikel, "dramatischer" → dramatisch), never a verb, and whose capitalised form is no plain
    noun or name ("Bauer", "Lange"): before a copula such a word opens a sentence ("Heikler
    wird …", "Dramatischer wäre, dass …")."""
    out = set()
    for form in seen:
        low = form.lower()
        if not low.endswith("er") or len(low) < 5:
            continue
        entries = [seen.get(low, {}), seen.get(low[:1].upper() + low[1:], {})]
        if any("V" in e or e.get("N") == "=" for e in entries):
            continue
        if any(e.get("A") not in (None, "=", low) for e in entries):
            out.add(low)
    return frozenset(out)


def _comparative_start(word: str, after: str, head: list[str], rules: RuninRules) -> bool:
    """A fronted comparative before a copula ("… Widerstand von Freiberuflern Heikler wird ein
    anderes Vorhaben …"), after a phrase of two words or more that opens with no article (a
    surname of the same form follows a role: "Der Trainer Kleiner ist …")."""
    return (
        after in rules.copulas
        and len(head) >= 2
        and head[0].lower() not in _DETERMINERS
        and word[1:].islower()
        and word.lower() in _lexicon_sets(rules.lexicon_table, rules.lexicon_classes)[1]
    )


def _lexicon_start(word: str, rules: RuninRules) -> bool:
    return (
        word[1:].islower()
        and word.lower() in _lexicon_sets(rules.lexicon_table, rules.lexicon_classes)[0]
    )


def _starts_sentence(word: str, head: list[str], rules: RuninRules, after: str = "") -> bool:
    """Whether ``word``, right after the phrase ``head`` (and before ``after``), opens the next
    sentence."""
    if not word[:1].isupper():
        return False
    if word in rules.starts or word in rules.pronouns:
        return True
    if _lexicon_start(word, rules) or _comparative_start(word, after, head, rules):
        # weaker evidence: the phrase must not open with such a word itself ("… Feld.
        # Wirklich Verdienen tun …") nor hold a verb in -t before its end, which makes it a
        # sentence ("Laut jüngstem Index liegt das Talent Deutlich …")
        lexicon = _lexicon_sets(rules.lexicon_table, rules.lexicon_classes)[0]
        return not _lexicon_start(head[0], rules) and not any(
            w.islower() and w.endswith("t") and w in lexicon for w in head[:-1]
        )
    return word == head[0] or head[0].startswith(f"{word}-")  # "ZTE-Smartphones ZTE stürzt"


def _is_heading(head: str, rules: RuninRules, following: str = "") -> bool:
    words = head.split()
    if following in rules.pronouns:
        last = words[-1]
        if len(words) < 2 or (last.islower() and last.endswith(("e", "en"))):
            return False  # "Die Liste finden Sie …", "Sie habe …": a verb before the pronoun
    if words[-1] in given_names():
        return False  # "Integrationsminister Moritz Huber …": a name goes on
    last = words[-1].lower()
    if words[0].lower() in rules.not_first or last in rules.not_last:
        return False
    lowered = [w.lower() for w in words]
    if last in rules.title_nouns or (
        last.endswith(rules.title_nouns) and any(w in DEFINITE_ARTICLES for w in lowered[:-1])
    ):
        # "Der Slogan Mit Sicherheit …", "Der Kinofilm Die Welt …": a title in stripped
        # quotation marks (a compound such as "Prioritätsfrage" only after an article)
        return False
    if (
        len(words) >= 2
        and words[-1].islower()
        and last.endswith(_ADJECTIVE_ENDINGS)
        and (lowered[-2] in _DETERMINERS or last.endswith("em"))
    ):
        # "Der wendige Von Holm …", "An handwerklichem Können …": an adjective after an
        # article, or in the dative, waits for its noun
        return False
    return not head.endswith(("-", "–"))  # "London –": a dateline after a lead sentence


def _heading_at(run: str, rules: RuninRules) -> tuple[str, int] | None:
    """The subheading at the start of ``run`` (the plain words after a sentence end) and the
    offset in ``run`` where it ends, if there is one."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", run)]
    words = [run[s:e] for s, e in spans]
    for k in range(1, min(len(words) - 1, rules.max_words) + 1):
        head, following = words[:k], words[k]
        after = words[k + 1] if k + 1 < len(words) else ""
        if _starts_sentence(following, head, rules, after):
            text = " ".join(head)
            if _is_heading(text, rules, following):
                return text, spans[k - 1][1]
    return None


def split_runin_headings(text: str) -> list[tuple[str, str]]:
    """The paragraph as ("paragraph" | "subheading", text) parts; one part when none is found."""
    rules = runin_rules()
    parts: list[tuple[str, str]] = []
    pos = 0
    for m in rules.pattern.finditer(text):
        if m.start() < pos or (
            text[m.start() - 1] == "."
            and full_stop_is_no_end(text[max(0, m.start() - 40) : m.start()], years_end=True)
        ):
            continue  # "Dr. Peter …": no sentence ends at an abbreviation
        found = _heading_at(m.group("run"), rules)
        if found is None:
            continue
        head, head_end = found
        before = text[pos : m.start()].strip()
        if before:
            parts.append(("paragraph", before))
        parts.append(("subheading", head))
        pos = m.start("run") + head_end  # the next sentence starts after the heading
    rest = text[pos:].strip()
    if rest:
        parts.append(("paragraph", rest))
    return parts or [("paragraph", text)]
