"""Statuses, session 56 (HIST23), on sentences of tuning stories (Reuters-21578 train, FiNER-ORD tuning articles):
an officer stabbed to death has left his office; a word of a company's name ("Stop and Shop") ends no deal; a
"proposed" deal whose conditions or closing are told is one its parties made; "will be a director" is an office to
come; a verb set beside "owns" says nothing of the holding; a "proposed" deal the story tells agreed in another
sentence is agreed; a purchase and its sale told from both sides are one deal, which a later "the deal, which is
expected to close" keeps agreed."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import found


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


def first(rules, text: str) -> dict[tuple[str, str, str], str]:
    """(type, source, target) -> the status of its first mention in the text."""
    [ex] = rules.extract([(1, text)])
    out: dict[tuple[str, str, str], str] = {}
    for m in sorted(ex.mentions, key=lambda m: m.start):
        out.setdefault(m.key, m.status.value)
    return out


def test_an_officer_stabbed_to_death_has_left(rules):
    [ex] = rules.extract([(1, "The case involving the Toyota Shoji Company was highlighted when its 32-year-old "
                               "Chairman Kazuo Nagano was stabbed to death here in public view in June, 1985.")])
    [role] = [m for m in ex.mentions if m.type.value == "role"]
    assert (role.source, role.status) == ("Kazuo Nagano", Status.ENDED)


def test_a_word_of_a_name_ends_no_deal(rules):
    got = found(rules, "Jerry Ballan, analyst with Conner Ballan division of Edward Viner and Co, said, \"They "
                       "<Dart> has been rumored to be buying some other supermarkets as well, such as Stop and Shop.")
    assert got[("acquisition", "Dart", "Stop and Shop")] == "rumoured"


def test_conditions_of_a_proposed_acquisition_make_it_agreed(rules):
    got = found(rules, "SAN DIEGO, March 11 - Pacific Southwest Airlines said it reached an agreement with the "
                       "Southwest Crew Controllers Association needed to satisfy conditions of USAir Group's <U> "
                       "proposed acquisition of PSA.")
    assert got[("acquisition", "USAir", "Pacific Southwest Airlines")] == "agreed"


def test_conditions_of_an_offer_keep_it_proposed(rules):
    got = found(rules, "Mark IV Industries Inc said it waived the conditions of its proposed tender offer for "
                       "Conrac Corp.")
    assert got.get(("acquisition", "Mark IV Industries", "Conrac"), "proposed") == "proposed"


def test_will_be_a_director_is_an_office_to_come(rules):
    text = ("PERTH, April 1 - Bond Corp Holdings Ltd <BONA.S> said it has completed the 1.05 billion dlr purchase of "
            "the electronic media interests of unlisted <Consolidated Press Holdings Ltd>.\nThe new company <Bond "
            "Media Ltd> now holds the television, broadcasting and associated businesses previously held by Kerry "
            "Packer's Consolidated, Bond Corp said in a statement.\nPacker, who made the sale in January, will be a "
            "director of Bond Media.")
    [ex] = rules.extract([(1, text)])
    statuses = {m.status for m in ex.mentions if m.type.value == "role" and m.source == "Kerry Packer"}
    assert statuses == {Status.AGREED}


def test_a_verb_beside_owns_says_nothing_of_the_holding(rules):
    got = found(rules, "The Motley Fool recommends and owns shares of 3D Systems and Stratasys.")
    assert got[("stake", "Motley Fool", "3D Systems")] == "active"
    assert got[("stake", "Motley Fool", "Stratasys")] == "active"


def test_a_proposed_sale_the_story_tells_agreed_is_agreed(rules):
    got = first(rules, "MILWAUKEE, March 16 - Becor Western Inc said <Investment Limited Partnership> of Greenwich, "
                       "conn., and Randolph W. Lenz are offering to acquire Becor for 15.50 dlrs per share, subject to "
                       "Becor's receipt of at least 110 mln dlrs from the proposed sale of its Western Gear Corp "
                       "subsidiary.\nBecor had previously agreed to sell Western Gear for at least 110 mln dlrs and to "
                       "be acquired by BCW Acquisition Inc for 10.45 dlrs in cash and four dlrs in debentures per "
                       "Becor share.")
    assert got[("divestment", "Becor Western", "Western Gear")] == "agreed"


def test_a_proposed_merger_told_nowhere_else_stays_proposed(rules):
    got = first(rules, "HOUSTON, March 5 - Baker International Corp treasurer Eric Mattson said the company hoped "
                       "to iron out snags in a proposed merger with Hughes Tool Co <HT>.")
    assert got[("merger", "Baker International", "Hughes Tool")] == "proposed"


def test_a_purchase_told_from_both_sides_and_expected_to_close_is_agreed(rules):
    got = first(rules, "Shares in British buy-to-let mortgage lender Paragon Group rose 10 percent on Friday after it "
                       "said it had bought asset finance business Five Arrows Leasing from Rothschild & Co.\nRothschild "
                       "said the sale was in line with its plan to focus on financial advisory, and that the Five "
                       "Arrows brand was not included in the deal, which is expected to close in November.")
    assert got[("acquisition", "Paragon", "Five Arrows Leasing")] == "agreed"
    assert got[("divestment", "Rothschild", "Five Arrows Leasing")] == "agreed"


def test_an_offer_its_bidder_agreed_to_terminate_is_off(rules):
    got = found(rules, "As part of the agreement, Dixons said Cyacq Corp, the Audio/Video investor group that includes "
                       "Citicorp Capital Investors Ltd, agreed to \"promptly\" terminate its existing tender offer for "
                       "all outstanding Cyclops common at 92.50 dlrs per share.")
    assert got[("acquisition", "Cyacq", "Cyclops")] == "called_off"


def test_speculators_buying_make_no_rumour_of_an_offer(rules):
    got = found(rules, "NEW YORK, March 24 - Heavy buying by speculators boosted Conrac Corp 7-7/8 to 29, higher than "
                       "a 25-dlr-per-share cash tender offer announced by Mark IV Industries Inc <IV>.")
    assert got[("acquisition", "Mark IV Industries", "Conrac")] == "proposed"


def test_a_sale_expected_to_be_finalised_is_agreed(rules):
    # (shortened: in the whole sentence the rules alone read "had sold" of both units; the model keeps "sale")
    got = found(rules, "BP Australia said it expected to finalise the sale of the 80 pct-owned <Kwinana Nitrogen Co> "
                       "in the first half of 1987.")
    assert got[("divestment", "BP Australia", "Kwinana Nitrogen")] == "agreed"


def test_an_office_moved_to_is_held(rules):
    [ex] = rules.extract([(1, "Mr Roberts stepped down following his transition to chairman of Citigroup Australia "
                              "from the chief executive role.")])
    [role] = [m for m in ex.mentions if m.type.value == "role"]
    assert (role.target, role.status) == ("Citigroup Australia", Status.ACTIVE)


def test_a_planned_purchase_with_its_price_set_is_agreed(rules):
    got = found(rules, "Western Digital (WDC) said on Wednesday it has plans to buy chipmaker SanDisk (SNDK) in a deal "
                       "valued at about $19 billion.")
    assert got[("acquisition", "Western Digital", "SanDisk")] == "agreed"
    got = found(rules, "PORTLAND, Ore., March 26 - Louisiana-Pacific Corp said it plans to sell its sawmill in "
                       "Lakeview, Oregon and 18,000 acres of timberland to Ostrander Construction Co.")
    # (STAT11: a planned sale told with its named buyer is agreed on its own, as the labels read it)
    assert got[("divestment", "Louisiana-Pacific", "Ostrander Construction")] == "agreed"
