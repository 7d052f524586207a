"""Events: who did what with whom, where and when — PLOVER-coded, from a trigger lexicon and
the dependency structure of each sentence."""
