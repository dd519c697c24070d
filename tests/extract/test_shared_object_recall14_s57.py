"""A trigger verb that leaves its object to the verb "and" joins to it (RECALL14, session 57, from the FiNER-ORD
articles of the tuning splits): "The Motley Fool owns and recommends Facebook", "owns shares of and has recommended
Unilever" tie the holder to the names after the second verb by the parse, not by word order, so the shipped model
no longer drops them; "own and operate" tells of assets run, and a verb with its own subject or object states
something else. The sentences are FiNER-ORD's (2015 financial news), FIRE's and Reuters-21578 train's."""

from __future__ import annotations

from keiretsu.extract.classifier import RelationModel
from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor

import pytest


@pytest.fixture(scope="module")
def both():
    rules = RuleExtractor(relations=RelationFinder())
    judged = RuleExtractor(nlp=rules.nlp, relations=RelationFinder(RelationModel.default()))
    return rules, judged


def _stakes(ex, text):
    [got] = ex.extract([(1, text)])
    return {(m.source, m.target): m for m in got.mentions if m.type.value == "stake"}


def test_owns_and_recommends(both):
    # finer-ord-train-129 (dev6)
    text = "The Motley Fool owns and recommends Facebook, Google (A shares), and Google (C shares)."
    rules, judged = both
    got = _stakes(rules, text)
    assert got[("Motley Fool", "Facebook")].confidence >= 0.6
    assert got[("Motley Fool", "Google")].confidence >= 0.6
    assert {("Motley Fool", "Facebook"), ("Motley Fool", "Google")} <= set(_stakes(judged, text))


def test_owns_shares_of_and_has_recommended(both):
    # finer-ord-train-20 (dev2): the preposition left with nothing after it shares the object too
    text = "The Motley Fool UK owns shares of and has recommended Unilever."
    rules, judged = both
    assert _stakes(rules, text)[("Motley Fool UK", "Unilever")].confidence >= 0.6
    assert ("Motley Fool UK", "Unilever") in _stakes(judged, text)


def test_own_and_operate_is_no_shared_holding(both):
    # Reuters train reuters-7156: what is owned and operated is a business, not Texas Eastern
    rules, judged = both
    text = "Petrolane will own and operate Texas Eastern's domestic liquefied petroleum gas distribution business."
    assert ("Petrolane", "Texas Eastern") not in _stakes(judged, text)


def test_joined_verb_with_its_own_subject_shares_nothing(both):
    rules, _ = both
    got = _stakes(rules, "The Motley Fool owns shares of Amazon and Acme Corp recommends Beta Inc.")
    assert ("Motley Fool", "Beta") not in got


def test_acquired_and_integrated(both):
    # FIRE fire:2004 (Hamad et al., NAACL 2024, CC BY 4.0)
    rules, _ = both
    [ex] = rules.extract([(1, "Saia acquired and integrated Clark Bros. in 2004, a Midwestern LTL carrier serving "
                              "11 states.")])
    got = {m.key: m for m in ex.mentions}
    assert got[("acquisition", "Saia", "Clark Bros")].confidence >= 0.6
