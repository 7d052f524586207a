"""Session 22: organisations — the organisation scorer of ``newsgraph.entities.evaluate``."""

from __future__ import annotations

from newsgraph.entities.evaluate import PersonScores, _score_organisations, org_matches
from newsgraph.entities.lexicon import load_lexicon
from newsgraph.model import Article, Entity, Mention


def _ent(id_: str, type_: str, name: str, *texts: str) -> Entity:
    return Entity(
        id=id_,
        type=type_,  # type: ignore[arg-type]
        name=name,
        mentions=[Mention(text=t, start=0, end=len(t)) for t in texts or (name,)],
    )


def test_org_matches_forms_inflection_and_notes() -> None:
    lex = load_lexicon()
    # inflected, as the text wrote it ("des Bayerischen Rundfunks")
    assert org_matches("Bayerischer Rundfunk", _ent("o", "ORG", "Bayerischen Rundfunks"), lex)
    assert org_matches("Deutsche Bahn", _ent("o", "ORG", "Deutscher Bahn"), lex)
    # a bracketed note is no part of the name; a bracketed acronym is another form
    assert org_matches("Außenministerium (Moskau)", _ent("o", "ORG", "Außenministerium"), lex)
    assert org_matches(
        "Institut für die Wissenschaften vom Menschen (IWM)", _ent("o", "ORG", "IWM"), lex
    )
    # a country-qualified organisation noun ends in the gold name
    assert org_matches("Außenministerium", _ent("o", "ORG", "belarussisches Außenministerium"), lex)
    # case aside
    assert org_matches("politico", _ent("o", "ORG", "Politico"), lex)
    # different organisations
    assert not org_matches("Deutsche Bahn", _ent("o", "ORG", "Deutsche Post"), lex)
    assert not org_matches("Rundfunk", _ent("o", "ORG", "Bayerischer Rundfunk Orchester"), lex)
    assert not org_matches("SPÖ", _ent("o", "ORG", "ÖVP"), lex)


def test_organisation_scores_precision_typed_recall_split() -> None:
    lex = load_lexicon()
    article = Article.model_construct(
        text="",
        entities=[
            _ent("org-1", "ORG", "Deutsche Bahn"),
            _ent("org-2", "ORG", "Deutscher Bahn"),  # the same company split by inflection
            _ent("org-3", "ORG", "Armutsgrenze"),  # no organisation
            _ent("loc-1", "LOC", "Steiermark AG"),  # an organisation typed as a place
        ],
    )
    gold = {"organizations": ["Deutsche Bahn", "Steiermark AG", "Flixtrain"]}
    s = PersonScores(orgs_gold=3)
    _score_organisations(s, article, gold, lex)
    assert (s.orgs_typed, s.orgs_split) == (1, 1)
    assert (s.org_entities, s.org_entities_right) == (3, 2)
    summary = s.summary()
    assert summary["org_typed_recall"] == 0.333
    assert summary["org_precision"] == 0.667
    assert "false org: Armutsgrenze (1 mentions)" in s.problems
    assert "org typed LOC: Steiermark AG" in s.problems
