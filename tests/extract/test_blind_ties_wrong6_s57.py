"""Ties and statuses the blind judges of a Reuters train build (b312488) found wrong and the build still showed
(WRONG6, issue 15), on the stories' own sentences."""

from __future__ import annotations

from ..helpers import found, roles


def test_an_underwriters_parent_written_before_it_is_no_underwriter(rules):
    ties = found(rules, "DALLAS, MArch 19 - NRM Energy Co LP said an offering of eight mln two dlr cumulative convertible "
                        "acquisition preferred units is underway at 18 dlrs each through underwriters led by Sears, Roebuck "
                        "and Co Inc's <S> Dean Witter Reynolds Inc, Donaoldson, Lufkin and Jenrette Securities Corp, E.F. "
                        "Hutton Group Inc <EFH>, PaineWebber Group Inc <PWJ> and Oppenheimer and Co IOnc.")
    assert ("supply", "Dean Witter Reynolds", "NRM Energy") in ties
    assert not [k for k in ties if k[1] == "Sears Roebuck"]


def test_a_unit_holds_no_stake_in_the_parent_written_as_its_owner(rules):
    ties = found(rules, "Another major shareholder, Rite Aid Corp's Rite Investments Corp unit, had accepted the offer for "
                        "9.9 mln shares, and would take the cash alternative for 9.0 mln of these.")
    assert ("stake", "Rite Aid", "Rite Investments") in ties
    assert ("stake", "Rite Investments", "Rite Aid") not in ties


def test_an_office_of_the_unit_told_before_is_not_the_parents(rules):
    text = ("NEW YORK, March 9 - <Guinness PLC> said William G. Pietersen has been named president of Guinness America "
            "Inc in addition to his role as president of the company's North American Wine and Spirits operations.\n"
            "Guinness also said John M. Huston has been named vice president finance of the North American unit, which "
            "has also created the offices of vice president general counsel and vice president human resources.\n")
    held = roles(rules, text)
    assert ("William G. Pietersen", "Guinness America") in held
    assert not [k for k in held if k[0] == "John M. Huston"]
    # an office at a unit the sentence names stays the unit's
    assert ("John Smith", "Bolt") in roles(rules, "Acme Corp said it named John Smith president of its Bolt Inc unit.")


def test_an_office_of_a_field_at_a_firm_named_far_on_is_that_firms(rules):
    text = ("The company also said Peter Gottsegen, formerly managing director of international corporate finance "
            "activities at Salomon Brothers Inc, was appointed to the board.")
    held = roles(rules, "TORONTO, March 24 - <American Resource Corp Ltd> said the board approved a rights offering.\n"
                        + text + "\n")
    assert ("Peter Gottsegen", "American Resource") not in held or held[("Peter Gottsegen", "American Resource")][1].value != "ended"
    assert held[("Peter Gottsegen", "Salomon Brothers")][1].value == "ended"


def test_a_retirement_in_a_clause_of_time_is_still_ahead(rules):
    text = ("The company said effective June 1, when Utah International Chairman Alexander Wilson retires, James Curry "
            "will become chairman and chief executive officer and a new BHP-Utah Minerals International board will be "
            "named.")
    assert roles(rules, text)[("Alexander Wilson", "Utah International")][1].value == "active"
    assert roles(rules, "Acme Corp said chairman John Smith retired on Tuesday.")[("John Smith", "Acme")][1].value == "ended"


def test_agreements_to_import_or_incorporate_are_no_alliance(rules):
    assert not [k for k in found(rules, "BANGKOK, April 7 - <Chrysler Canada Ltd> said it signed an agreement to import "
                                        "100,000 Mitsubishi small cars from <MMC Sittipol Co Ltd> of Thailand between "
                                        "1988 and 1993.") if k[0] == "alliance"]
    assert not [k for k in found(rules, "DALLAS, April 3 - Publishers Equipment Corp said it reached an agreement to "
                                        "incorporate flexo printing technology into The Tentonian, an Ingersoll newspaper "
                                        "in Trenton, N.J.") if k[0] == "alliance"]


def test_a_funding_purpose_set_off_after_the_partner_is_no_alliance(rules):
    ties = found(rules, "TORONTO, March 24 - <Associated Porcupine Mines Ltd> said its September 22, 1986 agreement with "
                        "Quill Resources Ltd, for Quill to provide certain funding, has been terminated.")
    assert not [k for k in ties if k[0] == "alliance"]


def test_talks_with_a_union_are_no_talks_between_firms(rules):
    text = ("SOUTHFIELD, MICH., March 4 - American Motors Corp said it is willing to resume negotiations with the United "
            "Auto Workers as requested by Wisconsin Governor Tommy Thompson.\nNegotiations began on January 21 on a "
            "contract for American Motors to build its new ZJ sports Jeep and to assemble Chrysler Corp's <C> Omni and "
            "Horizon cars at its Wisconsin plant.\n")
    assert found(rules, text)[("supply", "American Motors", "Chrysler")] == "agreed"


def test_a_running_tie_signed_years_before_is_in_force(rules):
    ties = found(rules, "Ina signed a similar deal with West Germany's Hoechst AG <HFAG.F> two years ago.")
    assert ties[("alliance", "Hoechst", "Ina")] == "active" if ("alliance", "Hoechst", "Ina") in ties else \
        ties[("alliance", "Hoechst", "Ina-Naftaplin")] == "active"
    assert found(rules, "Acme Corp signed a cooperation agreement with Beta Inc.")[("alliance", "Acme", "Beta")] == "agreed"


def test_talks_a_bidder_tried_to_hold_are_no_talks(rules):
    text = ("AKRON, Ohio, March 30 - Gencorp Inc said its board urged shareholders to reject the hostile unsolicited 100 "
            "dlr a share tender offer made March 18 by General Acquisition Inc.\nThe General Acquisition partnership "
            "called the response inflammatory and unproductive, particularly since it had tried to discuss the offer "
            "with Gencorp.\n")
    assert "in_talks" not in {s for k, s in found(rules, text).items() if k[0] == "acquisition"}


def test_a_takeover_fended_off_is_no_bid_for_the_firm_beside_it(rules):
    ties = found(rules, "The sale of the profitable discount brokerage firm back to Charles Schwab was aimed at raising "
                        "capital and was seen by banking analysts as a means of heading off a hostile takeover attempt by "
                        "First Interstate Bancorp <I>.")
    assert not [k for k in ties if k[0] == "acquisition"]
    # the company that fends it off, the sentence's subject, is the target
    ties = found(rules, "CHICAGO, April 3 - Santa Fe Southern Pacific Corp may have more difficulty combining its two "
                        "railroads than fending off a possible takeover by Henley Group <HENG>, which has accumulated "
                        "almost a five pct stake in the real estate and railroad conglomerate, analysts said.")
    assert ("acquisition", "Henley", "Santa Fe Southern Pacific") in ties


def test_one_a_sentence_opens_on_replacing_held_the_office_just_given(rules):
    text = ("OAK BROOK, ILL., March 9 - BCI Holdings Corp said it named Stephen Rowley president of Day-Timers Inc, a "
            "subsidiary of the company's Beatrice Consumer Durables, effective immediately.\nIt said he replaces Robert "
            "Dorney, founder and former president, who will remain as senior vice president, new product development of "
            "the company, which produces time management systems.\n")
    held = roles(rules, text)
    assert ("Robert Dorney", "Day-Timers") in held
    assert ("Robert Dorney", "BCI") not in held


def test_one_who_has_died_holds_no_office(rules):
    text = ("NEW YORK, March 13 - J.P. Morgan and Co said Peter F. Culver, 42, senior vice president of its Morgan "
            "Guaranty Trust Co subsidiary and general manager of the Euro-Clear Operations Centre in Brussels, has died "
            "of an apparent heart attack at a business meeting in Frankfurt.")
    assert roles(rules, text)[("Peter F. Culver", "Morgan Guaranty Trust")][1].value == "ended"
