"""Interviews: the interviewer's labelled turns ("STANDARD: …?") and the interviewee's
answers, which run on to the next label whatever mood or length they have."""

from __future__ import annotations

from newsgraph.quotes.extractor_state import ExtractorState, Found
from newsgraph.quotes.resolver_base import Resolved
from newsgraph.quotes.text import Sentence


class Interviews(ExtractorState):
    """The interview turns and the pass that gives their answers to the label."""

    def _interviewer_turn(self, sent: Sentence) -> bool:
        """A sentence opened by the interviewer's label ("STANDARD: …", "Frage: …";
        `interviewer_labels` in cues.de.yaml)."""
        toks = sent.tokens
        return (
            len(toks) > 2
            and toks[1].text == ":"
            and toks[0].text in self.lex.interviewer_labels
            and not sent.inside_quote(toks[0].start)
        )

    def _turn_label(self, sent: Sentence) -> bool:
        """A sentence opened by a speaker's label ("Lehner: …", "Tim Brandt: …"), not by a
        word before a colon ("Ein Beispiel: …", "Und: …")."""
        toks = sent.tokens
        colon = next((i for i in range(1, 4) if i < len(toks) and toks[i].text == ":"), 0)
        return bool(colon) and all(
            t.is_upper and (t.tag in ("NE", "NN") or t.pos in ("PROPN", "NOUN"))
            for t in toks[:colon]
        )

    def _inside_interviewer_turn(self, j: int) -> bool:
        """ "STANDARD: Den werden Sie brauchen. Haben Sie ein Rezept? Steiner: …": a sentence
        after the interviewer's label and before the next speaker's label, when the turn ends
        in a question, is the interviewer's too (a question turn is no report of the
        interviewee)."""
        sents = self.sentences
        sent = sents[j]
        for k in range(j - 1, max(-1, j - 4), -1):
            prev = sents[k]
            if prev.segment != sent.segment or not prev.tokens:
                return False
            if self._interviewer_turn(prev):
                break
            if self._turn_label(prev):
                return False
        else:
            return False
        for m in range(j + 1, min(len(sents), j + 4)):
            nxt = sents[m]
            if nxt.segment != sent.segment or not nxt.tokens or self._interviewer_turn(nxt):
                return False
            if self._turn_label(nxt):
                return sents[m - 1].text.rstrip().endswith("?")
        return False

    def _interview_before(self, j: int) -> bool:
        """Whether an interviewer's turn ("STANDARD: …?") stands before sentence ``j``."""
        return any(self._interviewer_turn(s) for s in self.sentences[:j])

    def _answer_label(self, j: int) -> Found | None:
        """The direct speech that a person's label opens ("STANDARD: …? Lehner: Das ist …")."""
        sent = self.sentences[j]
        toks = sent.tokens
        for f in self.quoted_sentences.get(j, []):
            if f.kind != "direct" or f.origin != "colon" or f.speaker.how != "name":
                continue
            ent = f.speaker.entity
            if ent is None or ent.type != "PER":
                continue
            colon = [k for k, t in enumerate(toks[:6]) if t.text == ":" and t.end <= f.start]
            if colon and toks[colon[-1] + 1].start == f.start:
                return f
        return None

    def interview_pass(self) -> None:
        """An interview's answer goes on to the next turn: after "STANDARD: …? Lehner: …" every
        sentence up to the next label (or the end of the paragraph) is the interviewee's, whatever
        it names or tells ("Es gibt sie, seit …", "Der Rechtsschutzbeauftragte verfügt …")."""
        if self.lex.language != "de" or not self.sentences:
            return
        turns = [j for j, s in enumerate(self.sentences) if s.tokens and self._interviewer_turn(s)]
        if not turns:
            return
        labels: dict[str, Found] = {}  # the interviewee's label ("Lehner") and its answer
        for j in range(turns[0] + 1, len(self.sentences)):
            # every answer the label opens names it, also for the turns before it: a first
            # answer too short to read as speech ("Brandl: Immer.") is the label's
            first = self._answer_label(j)
            if first is not None:
                labels.setdefault(self.sentences[j].tokens[0].text, first)
        for j in range(turns[0] + 1, len(self.sentences)):
            label = self._answer_label(j)
            if label is not None:
                labels.setdefault(self.sentences[j].tokens[0].text, label)
            else:
                label = self._known_label(j, labels)
                if label is None:
                    continue
            seg = self.sentences[j].segment
            for k in range(j + 1, len(self.sentences)):
                nxt = self.sentences[k]
                toks = nxt.tokens
                if nxt.segment != seg or not toks or self._interviewer_turn(nxt):
                    break
                colon = next((i for i in range(1, 4) if i < len(toks) and toks[i].text == ":"), 0)
                if colon and all(
                    t.is_upper and t.pos not in ("DET", "PRON", "ADV", "ADP", "ADJ")
                    for t in toks[:colon]
                ):
                    break  # "Brandt: …", "Tim Brandt: …": the next turn (not "Ein Beispiel:")
                if (
                    nxt.text.rstrip().endswith("?")
                    and k + 1 < len(self.sentences)
                    and self._answer_label(k + 1) is not None
                ):
                    break  # an unlabelled question right before the next answer
                if k in self.quoted_sentences or nxt.quotes:
                    self._answer_goes_on(k, label)
                    self._own_answer(k, label)
                    continue  # speech found already (a source it cites stays reported)
                sp = Resolved(label.speaker.entity, 0.55, "continuation")
                self.add(
                    Found("direct", toks[0].start, toks[-1].end, sp, label.cue, k, 0.45, "answer")
                )

    def _answer_goes_on(self, k: int, label: Found) -> None:
        """Inside an interview answer, direct speech no cue of its own sentence introduces
        (a continuation, a forward pass) is the interviewee's, also right after a third party
        the answer quotes ("Ben Krause schrieb etwa …, daneben …. Das frustrierte mich.",
        session 24): the label says who speaks."""
        ent = label.speaker.entity
        if ent is None:
            return  # a label the entity layer does not know takes nobody's words away
        for f in self.quoted_sentences.get(k, []):
            if (
                f.kind == "direct"
                and f.origin in ("continuation", "forward", "sandwich")
                and f.speaker.entity is not ent
            ):
                f.speaker = Resolved(ent, 0.55, "continuation")

    def _own_answer(self, k: int, label: Found) -> None:
        """Inside an interview answer, a sentence read as reported speech only because of its
        mood ("Dafür würden sich die Bundesländer anbieten.", "Man könnte meinen, …") is the
        interviewee's own: no cue names another source, the label says who speaks. A sentence
        that reports somebody's words is the interviewee's too; the report inside it stays."""
        held = self.quoted_sentences.get(k, [])
        ent = label.speaker.entity
        if not held or any(f.kind != "indirect" for f in held):
            return
        toks = self.sentences[k].tokens
        if all(
            f.origin == "continuation" and (f.speaker.entity is None or f.speaker.entity is ent)
            for f in held
        ):
            for f in held:
                self.found.remove(f)
            held.clear()
        # else "Da müssen wir klarmachen, dass …", "Jedes Mal hieß es, die Täter seien …": the
        # report inside stays, the whole sentence is the interviewee's own words
        sp = Resolved(ent, 0.55, "continuation")
        self.add(Found("direct", toks[0].start, toks[-1].end, sp, label.cue, k, 0.45, "answer"))

    def _known_label(self, j: int, labels: dict[str, Found]) -> Found | None:
        """A later turn of an interviewee whose label opened an answer before ("Lehner: …"):
        the label speaks whatever mood its first sentence has ("Lehner: Österreich könnte …")
        or however short it is ("Vogel: Ja.")."""
        toks = self.sentences[j].tokens
        if len(toks) < 3 or toks[1].text != ":" or toks[0].text not in labels:
            return None
        held = self.quoted_sentences.get(j, [])
        if any(f.kind == "direct" for f in held):
            return None
        prior = labels[toks[0].text]
        # "Pichler: Es gibt Leute, die sagen, das Smartphone sei auserzählt." — a report that a
        # cue inside the answer opens stays (as in ``_own_answer``); what only a continuation
        # read as reported is the label's speech
        if any(f.origin != "continuation" and f.start < toks[2].start for f in held):
            return None
        for f in [f for f in held if f.origin == "continuation"]:
            self.found.remove(f)
            held.remove(f)
        sp = Resolved(prior.speaker.entity, 0.55, "name")
        found = Found("direct", toks[2].start, toks[-1].end, sp, prior.cue, j, 0.45, "colon")
        self.add(found)
        return found
