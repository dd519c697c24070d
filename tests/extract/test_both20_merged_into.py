"""Who takes whom in a merger "into" (BOTH20): a company that merges a named company into a third ("X merged Y into
Z") has Z take Y, not X; "merge with and into Z" names the survivor as "into" alone does; a parent that merges its
named unit into another company, taking back no control, has the other take the unit. Reuters train stories
reuters-9990, reuters-10541; FIRE's "merger of Professional Business Bank with and into Bank of Manhattan"."""

from __future__ import annotations

from ..helpers import found

_RICOH = ("WEST CALDWELL, N.J., March 26 - Ricoh Corp, the U.S. unit of Japan-based <Ricoh Ltd>, said it merged Ricoh "
          "Systems Inc into Ricoh Corp.")

_PLAZA = ("CHICAGO, March 27 - <Plaza Group> said it completed a transaction in which it merged its wholly owned "
          "subsidiary, Flyfaire International Inc, into Shefra Inc, a public company, in return for a controlling "
          "interest in Shefra.")


def test_the_company_merged_in_is_the_verbs_object(rules, judged):
    for extractor in (rules, judged):
        ties = found(extractor, _RICOH)
        assert ties.get(("acquisition", "Ricoh", "Ricoh Systems")) == "active"
        ties = found(extractor, "Plaza Group said it merged Flyfaire International Inc into Shefra Inc.")
        assert ties.get(("acquisition", "Shefra", "Flyfaire International")) == "active"
        assert ("acquisition", "Shefra", "Plaza") not in ties


def test_with_and_into_names_the_survivor(rules, judged):
    for extractor in (rules, judged):
        ties = found(extractor, "On May 31, 2012, we completed our acquisition of Professional Business Bank through "
                                "the merger of Professional Business Bank with and into Bank of Manhattan, with Bank "
                                "of Manhattan as the surviving institution.")
        assert ("acquisition", "Bank of Manhattan", "Professional Business Bank") in ties
        ties = found(extractor, "Flyfaire International Inc will merge with and into Shefra Inc.")
        assert ties.get(("acquisition", "Shefra", "Flyfaire International")) == "agreed"
        assert ("merger", "Flyfaire International", "Shefra") not in ties


def test_a_named_unit_merged_in_is_taken_by_the_survivor(rules):
    ties = found(rules, "Plaza Group said it merged its Flyfaire International Inc unit into Shefra Inc.")
    assert ("acquisition", "Shefra", "Flyfaire International") in ties
    assert ("acquisition", "Shefra", "Plaza") not in ties and ("acquisition", "Plaza", "Shefra") not in ties


def test_a_unit_merged_in_for_control_leaves_the_parent_in_control(rules):
    ties = found(rules, _PLAZA)
    assert ("acquisition", "Plaza", "Shefra") in ties
    assert ("acquisition", "Shefra", "Flyfaire International") not in ties
