"""Session 43 (REL17): relationships wire copy states that keiretsu missed or tied to the wrong company: a
percentage written with a hyphen ("a 10-pct interest") and a subject that names a unit after its parent's
possessive. The rules alone are tested; the sentences are written for these tests and the companies in them
are invented."""

from __future__ import annotations

from ..helpers import found


def test_a_hyphenated_percentage_makes_an_interest_a_stake(rules):
    got = found(rules, "Kestrel Energy Corp said it agreed to buy a 10-pct interest in Lorimer Gas and Marketing Corp.")
    assert got.get(("stake", "Kestrel Energy", "Lorimer Gas and Marketing")) == "agreed"


def test_a_hyphenated_percentage_is_the_stakes_percent(rules):
    [ex] = rules.extract([(1, "Kestrel Energy Corp said it bought a 15-pct stake in Lorimer Gas Corp.")])
    stake = next(m for m in ex.mentions if m.type.value == "stake")
    assert (stake.source, stake.target, stake.attributes.get("percent")) == ("Kestrel Energy", "Lorimer Gas", 15)


def test_an_interest_with_no_percentage_is_still_no_stake(rules):
    got = found(rules, "Kestrel Energy Corp said it has an interest in working with Lorimer Gas Corp.")
    assert not any(k[0] == "stake" for k in got)


def test_a_unit_named_after_its_parents_possessive_is_the_buyer(rules):
    got = found(rules, "IRVINE, Calif., March 9 - Consolidated Bank of Ohio's Harbor Savings and Loan Association "
                       "said it completed the purchase of 16 retail savings branches from Orwell Savings Bank.")
    assert got.get(("divestment", "Orwell Savings Bank", "Harbor Savings and Loan Association")) == "active"
    assert ("divestment", "Orwell Savings Bank", "Consolidated Bank of Ohio") not in got
    assert ("stake", "Consolidated Bank of Ohio", "Harbor Savings and Loan Association") in got


def test_a_ticker_after_the_possessive_leaves_the_unit_the_buyer(rules):
    got = found(rules, "Marlowe Financial Corp's <MFC> Marlowe Savings said it agreed to buy Tarrow Federal Corp.")
    assert got.get(("acquisition", "Marlowe Savings", "Tarrow Federal")) == "agreed"
    assert ("acquisition", "Marlowe Financial", "Tarrow Federal") not in got


def test_a_parent_named_by_a_possessive_after_the_subject_does_not_take_its_place(rules):
    # the possessive belongs to the object here, not the subject: the subject still buys
    got = found(rules, "Tarrow Federal Corp said it agreed to buy Marlowe Financial Corp's Marlowe Savings unit.")
    assert ("acquisition", "Tarrow Federal", "Marlowe Savings") in got or \
        ("acquisition", "Tarrow Federal", "Marlowe Financial") in got
    assert not any(k[1] == "Marlowe Savings" and k[0] == "acquisition" for k in got)


def test_a_holding_company_set_beside_a_possessive_owns_the_possessor(rules):
    got = found(rules, "Fenwick und Rausch AG's holding company, Rausch AG, said profits rose.")
    assert got.get(("stake", "Rausch", "Fenwick und Rausch")) == "active"
    assert ("stake", "Fenwick und Rausch", "Rausch") not in got


def test_a_parent_company_set_beside_a_possessive_owns_the_possessor(rules):
    got = found(rules, "Tarrow Air's parent company, Brisbane Express Inc, said no sales of the jet were imminent.")
    assert got.get(("stake", "Brisbane Express", "Tarrow Air")) == "active"
    assert ("stake", "Tarrow Air", "Brisbane Express") not in got


def test_the_holding_company_of_a_firm_owns_it(rules):
    got = found(rules, "Pemmick Corp is the holding company of Lorimer Savings Bank and Orwell Securities Inc.")
    assert got.get(("stake", "Pemmick", "Lorimer Savings Bank")) == "active"
    assert got.get(("stake", "Pemmick", "Orwell Securities")) == "active"


def test_a_holding_company_with_no_firm_beside_it_holds_nothing(rules):
    got = found(rules, "Marlowe Corp, a holding company, said profits rose 12 pct.")
    assert not any(k[0] == "stake" for k in got)


def test_agreements_entered_into_with_a_party_make_the_purchase_agreed(rules):
    # the parse hangs "to buy" on "entered" when the noun is plural: the agreements still say what it is
    got = found(rules, "Kestrel Energy Corp said its board entered into agreements with Penteco Corp to buy a "
                       "10 pct interest in Lorimer Gas and Marketing Corp.")
    assert got.get(("stake", "Kestrel Energy", "Lorimer Gas and Marketing")) == "agreed"
