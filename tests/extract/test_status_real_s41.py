"""Status classes of session 41's draw of real ties: a deal agreement signed for a group its signer heads
("signed a definitive agreement for an investment group it heads to acquire X", where the parse hangs the
infinitive on the relative clause); "ended up" is how something came out, not an end, and a spin-off or
sale told by a participle ("ended up spinning off its unit") ends the seller's stake; the late holder of
an office ("the companies' late founder") holds it no longer.

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import found, roles


@pytest.fixture(scope="module")
def rules():
    return RuleExtractor()


@pytest.mark.parametrize("text", [
    "Privately-held investment firm Halvern Partners said it has signed a definitive agreement for an "
    "investment group it heads to acquire Brisco Industries from Marlow Group PLC for 45 mln dlrs.",
    "Halvern Partners said it signed a letter of intent for a group it leads to buy Brisco Industries from "
    "Marlow Group PLC.",
])
def test_an_agreement_for_a_group_it_heads_is_agreed(rules, text):
    got = found(rules, text)
    assert got[("acquisition", "Halvern Partners", "Brisco Industries")] == "agreed"
    assert got[("divestment", "Marlow", "Brisco Industries")] == "agreed"


def test_ended_up_spinning_off_a_unit_ends_the_stake(rules):
    got = found(rules, "Halvern Corp ended up spinning off its Brisco airline.")
    assert got[("divestment", "Halvern", "Brisco")] == "active"
    assert got[("stake", "Halvern", "Brisco")] == "ended"


@pytest.mark.parametrize("text, stake, sale", [
    # a sale under way, or only considered, leaves the stake held
    ("Halvern Tools Inc is selling its Brisco Corp unit to Marlow Inc.", "active", "agreed"),
    ("Halvern Tools Inc said it is considering selling its Brisco Corp unit.", "active", "proposed"),
    # a sale told in the past ends it
    ("Halvern Tools Inc spun off its Brisco Corp unit last year.", "ended", "active"),
])
def test_a_participle_sale_ends_the_stake_only_when_done(rules, text, stake, sale):
    got = found(rules, text)
    assert got[("stake", "Halvern Tools", "Brisco")] == stake
    assert got[("divestment", "Halvern Tools", "Brisco")] == sale


@pytest.mark.parametrize("text, person, company", [
    ("The suit was filed by Halvern Leasing Co and the company's late founder, Arthur Brisco of Denver.",
     "Arthur Brisco", "Halvern Leasing"),
    ("The library was endowed by Marlow Petroleum Corp's late chairman Armand Keller.",
     "Armand Keller", "Marlow Petroleum"),
])
def test_a_late_holder_of_an_office_holds_it_no_longer(rules, text, person, company):
    assert roles(rules, text)[(person, company)][1].value == "ended"


def test_late_as_a_time_is_no_death(rules):
    got = roles(rules, "Late last year Halvern Tools Inc chairman John Brisco said sales would rise.")
    assert got[("John Brisco", "Halvern Tools")][1].value == "active"


@pytest.mark.parametrize("text, expected", [
    # the deal itself finalized is done; an agreement finalized is settled, still to be done
    ("Halvern Tools Inc said it finalized the sale of its Brisco Corp unit to Marlow Inc.", "active"),
    ("Halvern Tools Inc said it finalized an agreement to sell its Brisco Corp unit to Marlow Inc.", "agreed"),
])
def test_a_sale_finalized_is_done(rules, text, expected):
    assert found(rules, text)[("divestment", "Halvern Tools", "Brisco")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Halvern Tools Inc said it could not complete the negotiations with Marlow Inc for the purchase of "
     "Brisco Corp.", "called_off"),
    ("Halvern Tools Inc said it has been unable to complete negotiations to acquire Brisco Corp.", "called_off"),
    # talks still hoped to be concluded go on
    ("Halvern Tools Inc said it hopes to complete negotiations to acquire Brisco Corp by May.", "in_talks"),
])
def test_talks_that_could_not_be_completed_are_called_off(rules, text, expected):
    assert found(rules, text)[("acquisition", "Halvern Tools", "Brisco")] == expected


@pytest.mark.parametrize("text", [
    "Analysts said Halvern Tools Inc could bid for Brisco Corp.",
    "Analysts said Halvern Tools Inc may make a bid for Brisco Corp.",
])
def test_what_analysts_say_a_company_could_do_is_a_rumour(rules, text):
    assert found(rules, text)[("acquisition", "Halvern Tools", "Brisco")] == "rumoured"


@pytest.mark.parametrize("text, person, expected", [
    ("Halvern Tools Inc said John Brisco, chairman-elect, will take over on May 1.", "John Brisco", "agreed"),
    ("Halvern Tools Inc president-designate Tom Hart said sales would rise.", "Tom Hart", "agreed"),
    ("Halvern Tools Inc chairman John Brisco said sales would rise.", "John Brisco", "active"),
])
def test_an_office_elect_is_agreed(rules, text, person, expected):
    assert roles(rules, text)[(person, "Halvern Tools")][1].value == expected
