"""German closed-class words that several extraction stages share (one definition, one place)."""

from __future__ import annotations

#: the forms of the definite article ("der Minister", "des Ministers", "den Ministern")
DEFINITE_ARTICLES = frozenset(["der", "die", "das", "des", "dem", "den"])

#: the STTS tags of finite verbs: full, auxiliary and modal ("sagt", "hat", "will")
FINITE_VERB_TAGS = frozenset(["VVFIN", "VAFIN", "VMFIN"])
