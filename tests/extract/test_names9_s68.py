"""Company names cut, joined or invented (NAMES9, 2026-12-07): a firm in a list of legal names or before the wire's
ticker keeps its first word in a line of names; a shop's "'n" joins its name; a name known whole keeps its
possessive owner; "Moody's" is Moody's Investors Service; a surname after initials is the firm named so; a former
name set after a firm's name is the firm; a known name written before a town's state and a mill is the town. The
sentences are Reuters-21578 train's."""

from __future__ import annotations

from ..helpers import companies


def test_a_firm_listed_after_a_legal_form_keeps_its_first_word(rules):
    got = companies(rules, "Underwriters are Wood Gundy Inc, Dominion Securities Inc and Midland Doherty Ltd.")
    assert "Midland Doherty" in got and "Doherty" not in got


def test_a_firm_before_the_wires_ticker_keeps_its_first_word(rules):
    got = companies(rules, "OC Birdair is a joint venture of Chemical Fabrics and Owens Corning Fiberglas Corp <OCF> "
                           "and Down Corning a venture of Dow Chemical Co <DOW> and Corning Glass Works <GLW>.")
    assert "Owens Corning Fiberglas" in got and "Corning Fiberglas" not in got


def test_a_headline_in_title_case_still_opens_the_name_at_its_odd_words(rules):
    assert companies(rules, "Do Super Dividends Make Brentwell Oil Plc A Buy?") == {"Brentwell Oil"}


def test_a_shops_n_for_and_joins_its_name(rules):
    for text in ("Investor Paul Bilzerian, who has said he may seek control of Pay 'n Pak Stores Inc, said he raised "
                 "his stake in the company to one mln shares, or 9.9 pct of the total, from 721,900 shares.",
                 "WASHINGTON, March 27 - Investor Paul Bilzerian disclosed he holds a 7.2 pct stake in Pay 'N Pak "
                 "Stores Inc common stock and is considering seeking control of the company."):
        got = companies(rules, text)
        assert {n.lower() for n in got} == {"pay 'n pak stores"}


def test_a_shops_name_written_short_keeps_its_n(rules):
    got = companies(rules, "In a filing with the Securities and Exchange Commission, Bilzerian and Bicoastal Financial "
                           "Corp, a Tampa, Fla., investment firm he controls, said they bought 278,000 shares of Pay 'n "
                           "Pak common stock on March 26 and 27 at prices ranging from 13.")
    assert "Pay 'n Pak" in got and "Pay" not in got


def test_partners_a_comma_joins_still_open_at_the_odd_word_in_a_line_of_names(rules):
    got = companies(rules, "The offering is through Merrill Lynch Capital Markets, Lazard Freres and Co and Shearson "
                           "Lehman Brothers Inc.")
    assert {"Merrill Lynch Capital Markets", "Lazard Freres", "Shearson Lehman Brothers"} <= got


def test_a_possessive_still_opens_no_name(rules):
    got = companies(rules, "Telekom Malaysia Bhd said it had signed a contract with Britain's Cable and Wireless PLC "
                           "<CAWL.L> to instal, maintain and operate the 1,500 kms-long cable by 1989, it said.")
    assert "Cable and Wireless" in got and not any(n.startswith("Britain") for n in got)


def test_moodys_alone_is_moodys_investors_service(rules):
    got = companies(rules, "Non-callable for life, the deal was rated AAA by both Moody's and Standard and Poor's.")
    assert "Moody's Investors Service" in got and "Moody" not in got


def test_a_surname_moody_is_no_moodys(rules):
    got = companies(rules, "Moody, Famiglietti Andronico, LLP, our registered independent public accounting firm, was "
                           "not required to and has not issued a report concerning the effectiveness of our internal "
                           "control over financial reporting as of December 31, 2012.")
    assert "Moody's Investors Service" not in got


def test_moodys_investors_service_stays_whole_though_moodys_is_known(rules):
    got = companies(rules, "NEW YORK, March 2 - Moody's Investors Service Inc said it lowered the ratings on about "
                           "390 mln dlrs of Fluor Corp's long-term debt and commercial paper. Moody's said the "
                           "action, which completes a review begun February 6, reflects expectations that pressure on "
                           "earnings and cash flow are likely to continue for some time.")
    assert got == {"Moody's Investors Service", "Fluor"}


def test_a_possessive_name_and_its_legal_form_is_the_known_name(rules):
    got = companies(rules, "OAK BROOK, ILL., March 30 - McDonald's Corp said it is offering to buy the 25 mln dlrs "
                           "in its outstanding 10-7/8 pct debentures due July 15, 2015.")
    assert got == {"McDonald's"}


def test_moodys_investors_alone_is_moodys_investors_service(rules):
    got = companies(rules, "Non-callable for three years, the issue is rated B-2 by Moody's Investors and B by "
                           "Standard and Poor's.")
    assert "Moody's Investors Service" in got and "Moody's Investors" not in got


def test_moodys_japan_is_a_firm_of_its_own(rules):
    got = companies(rules, "Japanese rating agencies are entering into fierce competition with <Moody's Japan K.K.> "
                           "and <Standard and Poor's Asia Inc>, the local branches of the two U.S. Giants.")
    assert "Moody's Japan" in got and "Moody's Investors Service" not in got


def test_kodak_is_eastman_kodak(rules):
    got = companies(rules, "ROCHESTER, N.Y., March 24 - Eastman Kodak Co said it will reduce capacity and cut "
                           "jobs at its Tennessee Eastman Co plant in Kingsport, Tenn. Kodak said part of the staff "
                           "reduction would come from retirements.")
    assert "Eastman Kodak" in got and "Kodak" not in got


def test_a_surname_after_initials_is_the_firm_named_so(rules):
    got = companies(rules, "PITTSBURGH, March 11 - H.J. Heinz Co said net income for the third quarter rose. "
                           "\"It is our 23rd consecutive year of growth,\" said Anthony J.F. O'Reilly, Heinz's "
                           "newly elected chairman.")
    assert got == {"H.J. Heinz"}


def test_a_former_name_set_after_the_name_is_the_same_firm(rules):
    for text, firm, former in (
            ("NEW HAVEN, March 5 - Armtek Corp, formerly known as Armstrong Rubber Co, said it signed an agreement "
             "to sell its industrial tire and tube division to Dunlop Tire Corp.", "Armtek", "Armstrong Rubber"),
            ("NEW YORK, March 26 - Shareholders of PHLCORP Inc, formerly Baldwin-United Corp, nominated Leucadia "
             "National Corp officials Ian M. Cumming and Joseph S. Steinberg to the board.", "PHLCORP",
             "Baldwin-United"),
            ("TORONTO, March 13 - Varity Corp, formerly Massey-Ferguson Ltd, said it expected to report on March "
             "25 a loss for the fourth quarter and full-year ended January 31.", "Varity", "Massey-Ferguson")):
        got = companies(rules, text)
        assert firm in got and former not in got


def test_a_former_part_of_a_firm_names_the_firm_apart(rules):
    got = companies(rules, "BHP Petroleum (Americas) Inc, formerly part of Utah International, will become a subsidiary "
                           "of BHP's renamed BHP Petroleum International, headquartered in Melbourne.")
    assert {"BHP Petroleum (Americas)", "BHP Petroleum International"} <= got


def test_a_known_name_before_a_state_and_a_mill_is_the_town(rules):
    got = companies(rules, "PHOENIX, March 25 - Southwest Forest Industries said union workers at its Snowflake, "
                           "Ariz., pulp and paper mill ratified a new three-year contract.")
    assert "Snowflake" not in got and "Southwest Forest Industries" in got
