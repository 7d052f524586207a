"""Session 29 (helper "qcont"): an embedded tweet's sentence made of hashtags, handles and
links alone ("#G7 #Merkel #Obama" before the ``pic.twitter.com`` link) is no quote; its words
before are the account's speech as before, and the tweet's place is still cleared of what other
rules read into it (``QuotedDocuments._embedded_tweets``). Sentences written for the tests; the
whole pipeline."""

from __future__ import annotations

from typing import Any

from tests.event_helpers import analyse_de

MEMES = (
    "Auf Twitter machen sich Nutzer über das Gipfelfoto lustig. Die Bilder verbreiten sich "
    "schnell. Its bad enough you listen to my phonecalls! #G7 #Merkel #Obama "
    "pic.twitter.com/9GporEgu7T Die Memes verbreiten sich in Rekordzeit in sozialen Netzen. "
    "Auch der Fotograf war überrascht. #Fotografie #Gipfel pic.twitter.com/Ab12Cd34Ef Das Bild "
    "entstand am Sonntag."
)


def test_hashtags_alone_are_no_quote(nlp_de_trained: Any) -> None:
    quotes = analyse_de(MEMES, nlp_de_trained).quotes
    texts = [q.text for q in quotes]
    assert "Its bad enough you listen to my phonecalls!" in texts, texts
    assert not any(t.strip().startswith("#") for t in texts), texts
    assert all("pic.twitter" not in t for t in texts), texts
