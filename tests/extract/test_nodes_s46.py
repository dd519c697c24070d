"""Names that are no company's (NODES4, session 46): two firms the wire's blanked ticker stood between, read as
one name ("Citicorp <CCI.N> and Chase Manhattan Corp")."""

from __future__ import annotations

from keiretsu.models import EntityKind


def companies(rules, text: str) -> set[str]:
    [ex] = rules.extract([(1, text)])
    return {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}


def test_a_ticker_before_and_ends_the_first_firm_of_a_legal_name(rules):
    found = companies(rules, "TOKYO, March 3 - Halvorsen <HLV.N> and Brisket Manhattan Corp <BMC.N> have already "
                             "entered the Japanese securities market by acquiring U.K. securities houses.")
    assert "Brisket Manhattan" in found
    assert not any(" and " in name for name in found)


def test_a_ticker_before_and_splits_a_name_the_model_reads_whole(rules):
    found = companies(rules, "HOUSTON, March 3 - Minatome Corp., a unit of <Compagnie Francaise des Petroles>, "
                             "spent more than 230 mln dlrs to separately acquire oil assets of Texas Continental "
                             "<TEICC> and Lear Petroleum Partners <LPP>.")
    assert "Lear Petroleum Partners" in found
    assert not any(" and " in name for name in found)


def test_a_firm_named_with_and_and_no_ticker_inside_stays_whole(rules):
    found = companies(rules, "NEW YORK, March 3 - Halvorsen and Brisket Corp <HBC> said it agreed to buy "
                             "Quill Petroleum Inc for 40 mln dlrs.")
    assert "Halvorsen and Brisket" in found


def test_a_place_and_a_legal_form_after_a_capitalised_word_end_a_longer_name(rules):
    found = companies(rules, "TORONTO, March 27 - <Kestrel Brewing Ltd>, of Australia, said wholly owned Kestrel "
                             "Holdings Canada Inc extended its offer to acquire all shares of Marlow Breweries Ltd.")
    assert "Canada" not in found
    found = companies(rules, "NEW YORK, March 3 - Ann Roe will be the executive responsible for Ostrava World Trade "
                             "Europe, Middle East, Africa Corp, the company said.")
    assert "Africa" not in found


def test_a_firm_named_after_its_town_stays_a_firm(rules):
    found = companies(rules, "NEW YORK, March 3 - The Chicago Corp acted as placement agent for the offering of "
                             "Tarnwell Inc shares.")
    assert "Chicago" in found
