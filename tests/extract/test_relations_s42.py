"""Relationship recall on wire prose without new false ties (issue 15): a list of three doers the parse reads
as an apposition, a stake told in an "in which" clause, a part of a company bought under its owner's
possessive, and a list set after "the owner of". The rules alone are tested; the sentences are written for
these tests and the companies in them are invented."""

from __future__ import annotations

import pytest

from ..helpers import found


@pytest.mark.parametrize("text, rtype", [
    ("Halvern Corp, Pexton Media Corp and Tarrow Co each hold 10 pct of Dunmore Publishing Inc.", "stake"),
    ("Halvern Corp, Pexton Media Corp and Tarrow Co agreed to buy Dunmore Publishing Inc.", "acquisition"),
])
def test_the_middle_name_of_a_list_of_three_doers_acts_too(rules, text, rtype):
    got = found(rules, text)
    for doer in ("Halvern", "Pexton Media", "Tarrow"):
        assert (rtype, doer, "Dunmore Publishing") in got


def test_a_company_described_between_commas_is_no_member_of_the_list(rules):
    got = found(rules, "Halvern Corp, a unit of Pexton Media Corp, agreed to buy Dunmore Publishing Inc.")
    assert ("acquisition", "Halvern", "Dunmore Publishing") in got
    assert ("acquisition", "Pexton Media", "Dunmore Publishing") not in got


def test_a_stake_told_in_an_in_which_clause_is_held_in_the_company_it_describes(rules):
    got = found(rules, "Dunmore Publishing Inc, in which Halvern Corp and Tarrow Co own 20 pct stakes, "
                       "reported higher profits.")
    assert ("stake", "Halvern", "Dunmore Publishing") in got
    assert ("stake", "Tarrow", "Dunmore Publishing") in got


_VENTURE_BUYS = "The venture, in which Halvern Corp holds a 40 pct stake, will buy Dunmore Publishing Inc."


def test_a_stake_in_an_unnamed_venture_is_no_stake_in_what_the_venture_buys(rules):
    assert ("stake", "Halvern", "Dunmore Publishing") not in found(rules, _VENTURE_BUYS)


@pytest.mark.parametrize("extractor", ["rules", "judged"])
def test_the_holder_of_an_unnamed_venture_does_not_buy_what_the_venture_buys(extractor, request):
    # the venture buys; its holder, named only in the clause "in which" opens, does not (the rules once read the
    # holder as the buyer and left it to the relation model's veto, which a retrained model let through)
    got = found(request.getfixturevalue(extractor), _VENTURE_BUYS)
    assert not any(k[1] == "Halvern" and k[2] == "Dunmore Publishing" for k in got)


def test_an_in_which_clause_after_two_names_holds_neither(rules):
    got = found(rules, "Ardent Systems and Dunmore Publishing Inc, in which Halvern Corp owns a 20 pct stake, "
                       "are set to merge.")
    assert ("stake", "Halvern", "Dunmore Publishing") not in got
    assert ("stake", "Halvern", "Ardent Systems") not in got


@pytest.mark.parametrize("text, owner, buyer", [
    # the parse hangs an owner whose name holds "and" from the part, not as its possessive
    ("Kestrel Medical Corp said it completed the acquisition of Harwell Mining and Manufacturing's orthopedic "
     "metal implant line division.", "Harwell Mining and Manufacturing", "Kestrel Medical"),
    # a name set on a thing no company is says whence it came
    ("Kestrel Media Group said it agreed to acquire Harwell Industries Inc's Lumora Pictures film library.",
     "Harwell Industries", "Kestrel Media"),
])
def test_a_part_bought_under_its_owners_possessive_is_the_owners_divestment(rules, text, owner, buyer):
    got = found(rules, text)
    assert ("divestment", owner, buyer) in got
    assert not any(k[0] == "acquisition" and k[1] == buyer for k in got)


def test_a_named_unit_under_a_possessive_is_still_the_unit_bought(rules):
    got = found(rules, "Halvern Corp said it agreed to acquire Pexton Media Group's Dunmore Foods unit.")
    assert ("acquisition", "Halvern", "Dunmore Foods") in got
    assert ("acquisition", "Halvern", "Pexton Media") not in got


def test_a_list_after_the_owner_of_is_owned_and_does_not_act(rules):
    got = found(rules, "Last year, Halvern Group, owner of Pexton Inc and Dunmore Books, competed against "
                       "Tarrow Co to acquire Safeway Stores Inc.")
    assert ("stake", "Halvern", "Pexton") in got
    assert ("stake", "Halvern", "Dunmore Books") in got
    assert ("acquisition", "Dunmore Books", "Safeway Stores") not in got


def test_each_name_listed_before_a_plural_unit_noun_is_a_unit(rules):
    got = found(rules, "Halvern Corp said its Pexton Media and Dunmore Books units had higher sales.")
    assert ("stake", "Halvern", "Pexton Media") in got
    assert ("stake", "Halvern", "Dunmore Books") in got


@pytest.mark.parametrize("text", [
    "Dunmore Oil Ltd said Halvern Corp agreed to acquire a 43 pct interest in the company.",
    "Dunmore Oil Ltd said Halvern Corp owns 43 pct of the company.",
])
def test_the_company_a_sentence_has_speak_is_the_company_held(rules, text):
    assert ("stake", "Halvern", "Dunmore Oil") in found(rules, text)


def test_the_company_held_by_the_speaker_itself_is_no_stake(rules):
    got = found(rules, "Halvern Corp said it agreed to buy a 10 pct stake in the company.")
    assert not any(k[0] == "stake" and k[1] == k[2] for k in got)
