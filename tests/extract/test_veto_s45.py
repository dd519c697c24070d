"""A rule's veto binds the relation model (BIND, session 45): where the rules read a trigger as tying no pair
for a stated reason ("Dunmore shareholders will receive Halvern shares": no holder named), the model brings no
tie of that trigger's type back, whatever it weighs; where they only read nothing (no party found), it still
judges. A model that takes every candidate shows what the rules leave it."""

from __future__ import annotations

import pytest

from keiretsu.extract.classifier import RelationModel
from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor


@pytest.fixture(scope="module")
def credulous() -> RuleExtractor:
    """The rules with a model that accepts every candidate."""
    return RuleExtractor(relations=RelationFinder(RelationModel({}, 5.0, 0.5)))


def ties(extractor, text: str) -> set[tuple[str, str, str]]:
    [ex] = extractor.extract([(1, text)])
    return {(m.type.value, m.source, m.target) for m in ex.mentions}


def test_holders_not_named_bind_the_model(credulous):
    found = ties(credulous, "Halvern Corp said Dunmore Inc shareholders will receive 140,700 preferred Halvern "
                            "shares for each Dunmore share.")
    assert not {t for t in found if t[0] == "stake"}
    # the payment is still weighed as the takeover it may be: only the holder noun's own type is vetoed
    assert ("acquisition", "Halvern", "Dunmore") in found


def test_shareholders_exercising_rights_hold_nothing(credulous):
    found = ties(credulous, "Dunmore said the shareholders may not exercise the rights for fewer than 100 Halvern "
                            "common shares.")
    assert not {t for t in found if t[0] == "stake"}


def test_a_persons_deal_binds_the_model(credulous):
    found = ties(credulous, "Investor Carl Lindqvist said he plans to buy more Dunmore Inc shares and may seek "
                            "control of Halvern Corp.")
    assert not {t for t in found if t[0] == "acquisition"}


def test_the_company_a_person_holds_through_is_left_to_the_model(credulous):
    found = ties(credulous, "Carl Lindqvist, who holds his Dunmore stake through Halvern Corp and its "
                            "subsidiaries, said he may buy more.")
    assert ("stake", "Halvern", "Dunmore") in found


def test_a_share_the_parse_does_not_tie_is_still_weighed(credulous):
    # "its 84 pct owned Dunmore": whose "its" is, the participle's rule does not read; the model may
    found = ties(credulous, "Halvern Corp said its 84 pct owned Dunmore Inc bought 4,000 shares of Kestrel Corp.")
    assert ("stake", "Halvern", "Dunmore") in found


def test_warrants_paid_to_a_companys_holders_are_no_purchase_by_it(rules, judged):
    text = ("Under the merger's terms, Dunmore shareholders will receive 5.7 cts per share of Dunmore common and "
            "warrants to buy about .06 shares of Halvern common at 37.5 cts per share for each Dunmore share.")
    for extractor in (rules, judged):
        assert not {t for t in ties(extractor, text) if t[1] == "Dunmore" and t[0] in ("stake", "acquisition")}


def test_the_company_whose_holders_a_deal_pays_is_bought(rules):
    found = ties(rules, "According to the merger proposal, Dunmore Video shareholders will receive about 287,700 "
                        "restricted Halvern shares, and warrants to buy another 318,600 restricted shares at six "
                        "dlrs a share.")
    assert ("acquisition", "Halvern", "Dunmore Video") in found
    assert ("acquisition", "Dunmore Video", "Halvern") not in found


def test_a_company_buying_with_its_holders_approval_still_buys(rules):
    found = ties(rules, "Acme Corp shareholders approved a plan to buy Beta Inc for 20 dlrs a share.")
    assert ("acquisition", "Acme", "Beta") in found


def test_a_target_left_out_is_no_veto_of_the_partners(credulous):
    # the target rules itself out of the venture; the partners, out of the reading's reach, are the model's to weigh
    found = ties(credulous, "Investor John Doe said Halvern Corp and affiliate Dunmore Hotels Corp have ended talks "
                            "with his Zentrix Acquisition Corp on a possible joint venture for the acquisition of "
                            "Karvona World Inc.")
    ventures = {t for t in found if t[0] == "joint_venture"}
    assert any("Zentrix Acquisition" in t for t in ventures)
