"""Stakes told ended where no holding ended (HIST31). A holding a company's possessive names under a sale noun is
that company's: "after the sale of AAP's "B" shares in Reuters Holdings Plc" is AAP selling its Reuters shares, not
the clause's subject (Fairfax) selling AAP or Reuters, and "a right of consent to the sale of Dome Petroleum's
holding" names no seller's holding in the subject; "the sale of its shares in Y" stays the subject's sale. A unit's
debt bought ("acquired ... debentures ... of its YFC International Finance NV affiliate") leaves the unit held."""

from __future__ import annotations

import pytest

from keiretsu.stages import make_extractor


@pytest.fixture(scope="module")
def extractor():
    return make_extractor("rules")


def _ties(extractor, text: str) -> set[tuple[str, str, str, str]]:
    [r] = extractor.extract([(0, text, "")])
    return {(m.type.value, m.source, m.target, m.status.value) for m in r.mentions
            if m.type.value in ("stake", "divestment")}


# Reuters train reuters-7001 (eval/history/relationships-s62-hist.jsonl and agreement-second-s62.jsonl, "John
# Fairfax Ltd|stake|Australian Associated Press": active, both labellers; Fairfax sold nothing)
_FAIRFAX = ("Fairfax said a fall in net interest also contributed to net earnings because group borrowings were "
            "reduced following the receipt of a 96.11 mln dlr capital dividend from <Australian Associated Press Pty "
            "Ltd> (AAP) after the sale of AAP's \"B\" shares in Reuters Holdings Plc <RTRS.L>.")
# Reuters train reuters-4049
_MHI = "And that includes gains from the sale of MHI's stake in Mitsubishi Motors Corp <MIMT.T> for 49 billion yen."
# Reuters train reuters-2833
_DOME = ("Dome Mines has guaranteed 225 mln dlrs of Dome Petroleum's debt and has a \"right of consent\" to the sale "
         "of Dome Petroleum's holding.")


def test_the_possessive_holder_sells_not_the_subject(extractor):
    ties = _ties(extractor, _FAIRFAX)
    assert ("divestment", "Australian Associated Press", "Reuters", "active") in ties
    assert ("stake", "Australian Associated Press", "Reuters", "ended") in ties
    assert {source for _, source, _, _ in ties} == {"Australian Associated Press"}


def test_a_named_holders_stake_sold_ends_it(extractor):
    ties = _ties(extractor, _MHI)
    assert ("stake", "Mitsubishi Heavy Industries", "Mitsubishi Motors", "ended") in ties
    assert ("stake", "Mitsubishi Heavy Industries", "Mitsubishi Motors", "active") not in ties


@pytest.mark.parametrize("text", [
    _DOME,
    # the same shape with the subject named in its own clause, which read the subject as the seller
    "Acme Corp said it has a right of consent to the sale of Beta Inc's holding.",
])
def test_a_holding_in_nothing_named_ties_none(extractor, text):
    assert _ties(extractor, text) == set()


def test_the_subjects_own_holding_sold_is_still_its_sale(extractor):
    # the negative case: "its" is no company's name, so the subject sells (made up in the shape of the above)
    ties = _ties(extractor, "Acme Corp said earnings rose after the sale of its shares in Beta Inc.")
    assert ("stake", "Acme", "Beta", "ended") in ties
    assert ("divestment", "Acme", "Beta", "active") in ties


# Reuters train reuters-1031 (eval/history/relationships-s62-hist.jsonl and agreement-second-s62.jsonl, "Yankee
# Cos|stake|YFC International Finance": active, both labellers): the affiliate's debentures change hands, not it
_YANKEE = ("COHASSET, Mass., March 3 - Yankee Cos Inc said it has acquired 3,916,000 dlrs of 7-1/2 pct convertible "
           "subordinated debentures due May 15, 1998 of its YFC International Finance NV affiliate for 501,807 common "
           "shares from an institutional investor.")
# Reuters train reuters-332: the unit itself sold
_COMMERCIAL_CREDIT = ("BALTIMORE, March 2 - Commercial Credit Co said it has completed the sale of its domestic vehicle "
                      "leasing unit, McCullagh Leasing Inc, the New England Merchants Leasing Corp for an after-tax gain "
                      "of 17 mln dlrs.")


def test_an_affiliates_debt_bought_leaves_the_affiliate_held(extractor):
    ties = _ties(extractor, _YANKEE)
    assert ("stake", "Yankee", "YFC International Finance", "active") in ties
    assert ("stake", "Yankee", "YFC International Finance", "ended") not in ties


def test_a_unit_sold_itself_still_ends_the_stake(extractor):
    assert ("stake", "Commercial Credit", "McCullagh Leasing", "ended") in _ties(extractor, _COMMERCIAL_CREDIT)
