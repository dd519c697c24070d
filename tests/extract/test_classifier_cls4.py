"""The relation model judges what a sentence states, not how a wire lays it out (CLS4, session 51): runs of
spaces (a masked dateline, a table's columns) are no feature words, a reference that stands for a pair makes
its candidate whatever order its members' names sort in, and a tie of the rules that no candidate stands for
is not dropped unweighed."""

from __future__ import annotations

import pytest

import keiretsu.extract.relations.finder as finder
from keiretsu.extract.classifier import RelationModel
from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor

# reuters-12236 (eval/docs/train), its dateline and the same sentence under a longer one
UPLAND = ("Upland Minerals and Chemicals Corp said it agreed to acquire Consolidated Brazilian Mines International "
          "Inc, a public company with one mln acres of diamond and gold properties in Brazil.")
# reuters-7548 (eval/docs/dev2)
RAINBOW = ("WELLINGTON, March 20 - New Zealand investment companies <Rainbow Corp Ltd> and <Equiticorp Holdings Ltd> "
           "have placed the majority of their joint shareholding in oil and gas conglomerate Ultramar PLC <UMAR.L> at "
           "prices up to 2.20 stg per share, the companies said in a statement.\nThe companies said they had bought "
           "their 4.9 pct stake in Ultramar for a total of 50 mln N.Z. Dlrs through a joint venture company formed "
           "for that purpose in October.")


def _candidates(text: str) -> list:
    seen: list = []
    RuleExtractor(relations=RelationFinder(None, on_candidates=seen.extend)).extract([(1, text)])
    return seen


def _features(text: str) -> set[str]:
    c = next(c for c in _candidates(text) if c.key == ("acquisition", "Upland Minerals and Chemicals",
                                                       "Consolidated Brazilian Mines International"))
    return set(c.features)


def test_a_dateline_masked_in_spaces_is_no_feature_word():
    short, long = _features("NEW YORK, April 1 - " + UPLAND), _features("BEVERLY HILLS, Calif., April 1 - " + UPLAND)
    assert not [f for f in short | long if f.rsplit(":", 1)[-1].isspace()]
    # the tie reads the same whatever city the story was filed from
    assert short == long


def test_the_pair_a_reference_stands_for_is_a_candidate_whichever_member_sorts_first():
    venture = [c for c in _candidates(RAINBOW) if c.key == ("joint_venture", "Equiticorp", "Rainbow")]
    assert venture and venture[0].rule is not None and "members:joint_venture" in venture[0].features


@pytest.fixture
def doubting():
    """A model that finds every tie of the rules below its trust unlikely (bias -10, veto 0.5)."""
    return RuleExtractor(relations=RelationFinder(RelationModel({}, -10.0, 1.0, veto=0.5)))


def test_a_rule_tie_no_candidate_stands_for_is_kept_unweighed(doubting, monkeypatch):
    ruled = {(m.type.value, m.source, m.target) for m in RuleExtractor(
        relations=RelationFinder(None)).extract([(1, RAINBOW)])[0].mentions}
    assert ("joint_venture", "Equiticorp", "Rainbow") in ruled
    # weighed, the model may drop it ...
    judged = {(m.type.value, m.source, m.target) for m in doubting.extract([(1, RAINBOW)])[0].mentions}
    assert ("joint_venture", "Equiticorp", "Rainbow") not in judged
    # ... but with no candidate for it the model never weighed it, and the rules' reading stands
    monkeypatch.setattr(finder, "candidates", lambda *args, **kwargs: [])
    unweighed = {(m.type.value, m.source, m.target) for m in doubting.extract([(1, RAINBOW)])[0].mentions}
    assert ("joint_venture", "Equiticorp", "Rainbow") in unweighed
