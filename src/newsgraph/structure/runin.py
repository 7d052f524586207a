"""Subheadings run into the text of a paragraph (corpora that kept no line breaks).

10kGNAD stores each article on one line, so "… anreisen. Zeit drängt Allerdings drängt die Zeit."
holds the subheading "Zeit drängt". A phrase between a sentence end and the start of the next
sentence, with no punctuation of its own, is such a heading (``runin_heading`` in rules.yaml).
The next sentence starts at the first capitalised word after the phrase that

- only starts sentences: the ``starts`` of rules.yaml and the counted list
  ``sentence_starts.de.txt`` (words written lower-case inside sentences, built by
  ``scripts/structure/sentence_starts.py``), or a pronoun (``pronoun_starts``, with a guard), or
- repeats the phrase's first word, the subject a heading names and its paragraph opens with
  ("Novomatic will mehr Novomatic will seine Beteiligung …").

Session 14: the counted list, the repetition, several spaces between the parts, and the shortest
phrase first (a phrase refused by the guards lets a longer one be tried).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.structure.rules import data_text, raw_rules
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
    )


def _starts_sentence(word: str, head: list[str], rules: RuninRules) -> bool:
    """Whether ``word``, right after the phrase ``head``, opens the next sentence."""
    if not word[:1].isupper():
        return False
    if word in rules.starts or word in rules.pronouns:
        return True
    return word == head[0] or head[0].startswith(f"{word}-")  # "ZTE-Smartphones ZTE stürzt"


def _is_heading(head: str, rules: RuninRules, following: str = "") -> bool:
    words = head.split()
    if following in rules.pronouns:
        last = words[-1]
        if len(words) < 2 or (last.islower() and last.endswith(("e", "en"))):
            return False  # "Die Liste finden Sie …", "Sie habe …": a verb before the pronoun
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
        # "Der wendige Von Miller …", "An handwerklichem Können …": an adjective after an
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
        if _starts_sentence(following, head, rules):
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
