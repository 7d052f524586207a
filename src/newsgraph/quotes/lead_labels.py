"""A source label before a colon at the head of an article ("Zeitung: Anklageschrift umfasst 270
Seiten.", "Kreise: Reisegruppe … beschossen", "IIASA-Studie: Wer sich … beteiligt, …"): the
words after the label are what that source reports (session 36)."""

from __future__ import annotations

from newsgraph.model import Entity
from newsgraph.quotes.extractor_state import Found
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.rule_words import DOCUMENT_NOUNS
from newsgraph.quotes.speaker_phrases import SpeakerPhrases


class LeadLabels(SpeakerPhrases):
    """The lead-label pass."""

    def lead_label_pass(self) -> None:
        """The first sentence of the article opening with a label of one or two capitalised
        words and a colon whose head (after a hyphen) is a media noun (``media_heads``: the
        medium the body names), an anonymous source (``anonymous_heads``, ``…kreise``: nobody
        known) or a document noun whose compound names its owner ("IIASA-Studie"): the rest of
        the sentence is reported speech, unless it holds quotation marks (their words have
        their own rules) or speech already found. A label that names a person or a party is
        the heading rules' (they read it as the speaker of quoted words)."""
        if self.lex.language != "de" or not self.sentences:
            return
        sent = self.sentences[0]
        toks = sent.tokens
        colon = next((k for k in range(1, min(3, len(toks))) if toks[k].text == ":"), None)
        if colon is None or sent.quotes or len(toks) - colon < 4:
            return
        label = toks[:colon]
        if not all(t.is_word and t.is_upper for t in label):
            return
        if any(f.sentence == 0 and f.end > toks[colon].end for f in self.found):
            return
        word = label[-1].text
        prefix, _, head = word.rpartition("-")
        low = head.lower()
        speaker: Resolved | None = None
        if low in self.lex.media_heads:
            medium = self._first_medium(toks[-1].end)
            speaker = Resolved(medium, 0.5, "name") if medium else Resolved(None, 0.3, "none")
        elif self.lex.is_anonymous_head(low):
            speaker = Resolved(None, 0.4, "none")
        elif head in DOCUMENT_NOUNS and prefix:
            owner = self._entity_by_head(prefix, toks[0].start)
            if owner is not None and owner.type in ("ORG", "PER"):
                speaker = Resolved(owner, 0.5, "name")
        if speaker is None:
            return
        end = len(toks)
        while end > colon + 1 and toks[end - 1].text in ".!?":
            end -= 1
        self.add(
            Found(
                "indirect",
                toks[colon + 1].start,
                toks[end - 1].end,
                speaker,
                f"{word}:",
                0,
                0.5,
                origin="label",
            )
        )

    def _first_medium(self, offset: int) -> Entity | None:
        """The first news medium the body names after ``offset`` ("Wie die Zeitung USA Today
        am Donnerstag … berichtete")."""
        later = self.resolver.index.starting_in(offset, len(self.article.text))
        return next(
            (ent for _s, _e, ent in later if ent.type == "ORG" and self.resolver._medium(ent)),
            None,
        )
