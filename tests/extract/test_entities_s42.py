"""Companies in modern financial copy (issue 15, session 42): exchange-traded funds named in full are
funds, so companies; a capitalised run of common words ending in a service's noun names a service; a name only
ever written after "a" or "an" names a kind of thing."""

from __future__ import annotations

from keiretsu.models import EntityKind


def companies(rules, text: str) -> set[str]:
    [ex] = rules.extract([(1, text)])
    return {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}


def test_an_exchange_traded_fund_in_a_parsed_sentence_is_a_company(rules):
    found = companies(rules, "Brontela Motors makes up 3.1% of the Industrial Select Sector SPDR ETF (XLI) and "
                             "0.4% of the iShares Russell 2000 Growth ETF (IWO), its two largest holders.")
    assert {"Industrial Select Sector SPDR ETF", "iShares Russell 2000 Growth ETF"} <= found


def test_an_exchange_traded_fund_in_a_sentence_the_parser_skips_is_a_company(rules):
    found = companies(rules, "Kestrel Airlines shares rose on Monday. The Global Airline Carriers ETF gained "
                             "2 percent in afternoon trade.")
    assert "Global Airline Carriers ETF" in found


def test_the_plural_etfs_alone_names_no_fund(rules):
    found = companies(rules, "Investors pulled $2 billion from bond ETFs last week, while Zorvex Inc said its "
                             "own fund grew.")
    assert not any("ETF" in name for name in found)


def test_a_service_named_by_common_words_is_no_company(rules):
    found = companies(rules, "Venue owners always purchase Festival Insurance, so that their takings are "
                             "secured, and many add Stage Coverage when Harwick Group books a tour.")
    assert "Festival Insurance" not in found and "Stage Coverage" not in found
    assert "Harwick" in found


def test_a_newsletter_heading_of_common_words_is_no_company(rules):
    found = companies(rules, "Receive News & Ratings for Brontela Bancorp Daily - Enter your email address "
                             "below to receive a concise daily summary.")
    assert "News & Ratings" not in found


def test_an_insurer_with_its_legal_form_keeps_its_name(rules):
    found = companies(rules, "Pioneer Insurance Co said on Tuesday it would buy Zorvex Holdings for "
                             "$300 million in cash.")
    assert "Pioneer Insurance" in found


def test_an_insurer_with_a_word_of_its_own_keeps_its_name(rules):
    found = companies(rules, "Kestrelcorp Insurance agreed to buy Brontela Motors' car-loan book for "
                             "$50 million, Kestrelcorp Insurance said.")
    assert "Kestrelcorp Insurance" in found


def test_a_name_only_ever_after_a_or_an_names_a_kind_of_thing(rules):
    found = companies(rules, "Best to go in for a ULIP in case he is looking to grow the money. Go in for a "
                             "ULIP like the ones Brontela Life sells.")
    assert "ULIP" not in found and "Brontela Life" in found


def test_a_name_written_bare_too_stays_a_company(rules):
    found = companies(rules, "Zorvex Systems Inc said on Monday it had hired a new chief. Analysts called "
                             "it a Zorvex they had not seen before. Zorvex shares rose 3 percent.")
    assert "Zorvex Systems" in found


def test_an_insurer_named_for_its_country_keeps_its_name(rules):
    found = companies(rules, "Shares of China Life Insurance fell 4 percent, while Brontela Bank rose. "
                             "China Life Insurance has lost a third of its value since June.")
    assert "China Life Insurance" in found


def test_one_word_before_etf_is_a_kind_of_fund(rules):
    found = companies(rules, "Gold ETF holdings rose for a third week, while Zorvex Mining Inc said its output fell.")
    assert not any("ETF" in name for name in found) and "Zorvex Mining" in found
