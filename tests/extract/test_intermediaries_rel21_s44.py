"""Firms that manage or underwrite an issue, and names of firms written with commas (REL21, session 44): a lead or
sole manager, an underwriter an offering runs through and the owner of an underwriter that leads one hold no stake
in the issuer and make no investment in it; "X, Y and Co" after a person's office is one firm."""

from __future__ import annotations

from keiretsu.models import EntityKind, RelationType


def ties(ex, text: str) -> set[tuple[str, str, str]]:
    [r] = ex.extract([(1, text)])
    return {(m.type.value, m.source, m.target) for m in r.mentions}


def companies(ex, text: str) -> set[str]:
    [r] = ex.extract([(1, text)])
    return {e.name for e in r.entities if e.kind is EntityKind.COMPANY}


def test_a_lead_manager_whose_spokesman_speaks_holds_no_stake_in_the_issuer(judged):
    found = ties(judged, "FRANKFURT, March 25 - The placement of 10.1 mln government owned shares in Veltra AG is "
                         "still open for small shareholders but lead manager Norddeutsche Bank AG has already closed "
                         "its books for institutional investors, a Norddeutsche spokesman said in answer to queries.")
    assert not any(t in (RelationType.STAKE.value, RelationType.INVESTMENT.value) for t, _, _ in found)


def test_the_owner_of_the_underwriter_leading_an_offering_holds_no_stake_in_the_issuer(judged):
    found = ties(judged, "NEW YORK, April 1 - C.H. Beazer Holdings PLC said it has filed with the U.S. Securities and "
                         "Exchange Commission for an offering of 6,250,000 American Depositary Shares representing "
                         "25.0 mln ordinary shares, or a 9.5 pct interest in Beazer, through underwriters led by "
                         "American Express Co's <AXP> Shearson Lehman Brothers Inc and Robinson-Humphrey Co Inc.")
    assert not {(s, t) for _, s, t in found} & {("American Express", "Beazer"), ("Shearson Lehman Brothers", "Beazer")}
    assert ("stake", "American Express", "Shearson Lehman Brothers") in found  # its own unit it does hold


def test_an_offering_through_an_underwriter_gives_it_no_stake(judged):
    found = ties(judged, "Angiotec Corp - Initial public offering of 1,666,667 units, each consisting of one share "
                         "of common stock and one redeemable warrant to buy one share of common stock through Kelso "
                         "Securities Co Inc.")
    assert not {n for _, s, t in found for n in (s, t)} & {"Kelso Securities"}


def test_a_sole_manager_of_an_issue_is_no_party_to_it(judged):
    found = ties(judged, "Harbor Bancorp's <HBC> Harbor Bank unit last week issued 400 mln dlrs of securities "
                         "backed by credit card receivables via sole manager Ridgefield Boston.")
    # the service it sells, a supply (RECALL5, s49), is its only tie
    assert not {n for k, s, t in found if k != "supply" for n in (s, t)} & {"Ridgefield Boston"}
    assert ("supply", "Ridgefield Boston", "Harbor Bank") in found


def test_a_word_of_the_lenders_name_leads_no_investment(judged):
    found = ties(judged, "HELSINKI, March 24 - Finland's business group Ostra-Yhtyma Oy said it has signed a 50 mln "
                         "dlr, six-year syndicated multicurrency loan with a group of 15 international and four "
                         "Finnish banks led by Corvane Investment Bank Ltd.")
    assert not any(t == RelationType.INVESTMENT.value for t, _, _ in found)


def test_a_firm_named_with_commas_and_co_after_an_analyst_is_one_firm(rules):
    text = ('"Prices will rise," said Daniel McKinley, oil analyst with Smith Barney, Harris Upham and Co.')
    assert companies(rules, text) == {"Smith Barney, Harris Upham"}
    assert ("role", "Daniel McKinley", "Smith Barney, Harris Upham") in ties(rules, text)


def test_a_person_of_a_firm_whose_legal_forms_stop_ends_the_sentence(rules):
    found = ties(rules, '"We\'re still in a bull market," said William Raftery of Smith Barney, Harris Upham and '
                        'Co. He thinks sharp pullbacks are a natural part of bull markets.')
    assert ("role", "William Raftery", "Smith Barney, Harris Upham") in found


def test_a_number_and_a_group_word_name_a_firm_whole(rules):
    text = ("The bank holding company said 215 Holding Co, a corporation controlled by the family of the late "
            "Robert Short, will buy First Bank Luverne.")
    assert "215" not in companies(rules, text)
    assert ("acquisition", "215 Holding", "First Bank Luverne") in ties(rules, text)
