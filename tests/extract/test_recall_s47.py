"""Ties the rules missed on real documents (session 47): a deal word 1987 wire copy misspells ("acuqisition")
reads as the word meant, and "X and its subsidiary Y" where the parse hangs the noun off the name is X's stake
in Y, wherever the pair stands in the clause."""

from __future__ import annotations

from .mentions import ties


def test_a_misspelt_acquisition_is_read_as_one(rules):
    found = ties(rules, "NEW YORK, April 7 - Carrow and Bleak Corp said it completed the acuqisition of "
                        "<Contractors Planning Group Inc> in an exchange of shares.")
    assert ("acquisition", "Carrow and Bleak", "Contractors Planning") in found


def test_a_misspelt_acquire_is_read_as_the_verb(rules):
    found = ties(rules, "Halvorsen Re Corp said it will acuqire Dunmore Insurance Co for 40 mln dlrs.")
    assert ("acquisition", "Halvorsen Re", "Dunmore Insurance") in found


def test_its_subsidiary_beside_an_object_is_the_first_companys(rules):
    found = ties(rules, "The Insurance Commissioner has placed Penn Treaty Network America Insurance Company and "
                        "its subsidiary American Network Insurance Company in rehabilitation.")
    assert ("stake", "Penn Treaty Network America Insurance", "American Network Insurance") in found


def test_its_affiliate_named_after_a_merger_partner_is_the_partners(rules):
    found = ties(rules, "Quest also said it signed a merger agreement with <Hunt Research Corp> and its affiliate "
                        "<ICAS Corp>.")
    assert ("stake", "Hunt Research", "ICAS") in found


def test_its_subsidiary_with_no_owner_named_beside_it_is_no_stake(rules):
    # "its" with no company before it in the sentence: nobody to give the subsidiary to
    found = ties(rules, "The commission said its subsidiary Norvale Trust Co would be sold.")
    assert not {t for t in found if t[0] == "stake"}


FIGURES = "Shr 22 cts vs 17 cts\nNet 1,200,000 vs 950,000\nRevs 31.2 mln vs 27.5 mln\n"


def titled_ties(rules, text: str, title: str) -> set[tuple[str, str, str]]:
    [ex] = rules.extract([(1, text, title)])
    return {(m.type.value, m.source, m.target) for m in ex.mentions if m.type.value != "role"}


def test_a_results_briefs_note_names_the_owner_of_the_headlines_company(rules):
    found = titled_ties(rules, "TORONTO, March 3 - " + FIGURES + "Note: 67 pct owned by <Corvane Resources Investment "
                               "Corp>\n", "<WESTMARK MINING LTD> 4TH QTR LOSS")
    assert ("stake", "Corvane Resources Investment", "Westmark Mining") in found


def test_a_note_that_the_company_is_a_subsidiary_gives_its_parent(rules):
    found = titled_ties(rules, "ELKHART, Ind., March 11 - " + FIGURES + "Note: Company is a subsidiary of Draxler AG "
                               "of West Germany.\n", "MARLOW LABORATORIES INC 4TH QTR NET")
    assert ("stake", "Draxler", "Marlow Laboratories") in found


def test_a_note_of_a_subsidiarys_results_owns_nothing(rules):
    # "loss of MetCap subsidiary of 14,881 dlrs": a unit's figures, no owner of the company reporting
    found = titled_ties(rules, "RESTON, Va., March 9 - " + FIGURES + "NOTE: 1986 4th qtr net includes income loss of "
                               "Metcap Inc subsidiary of 14,881 dlrs.\n", "VANTEX CORP <VNTX> 4TH QTR NET")
    assert not {t for t in found if t[0] == "stake" and t[2] == "Vantex"}


def test_every_director_listed_after_the_board_holds_a_seat(rules):
    # "Ira" opens a person's name: the list reads on past it to the last director
    [ex] = rules.extract([(1, "ORLANDO, Fla., March 24 - Velmont Optics Inc said it sold 615,385 shares to investors.\n"
                              "Other members of the board are chairman Don Frieden, and Jay Waltrick, Ira Goldmark, "
                              "Thurman Sessler and Michael Clanton.")])
    held = {m.source for m in ex.mentions if m.type.value == "role" and m.target == "Velmont Optics"}
    assert {"Ira Goldmark", "Thurman Sessler", "Michael Clanton"} <= held


def test_taking_control_of_a_company_is_its_acquisition(rules):
    found = ties(rules, "Corvant recently took full control of Hi-Wave Communications Inc, which provides in-room "
                        "entertainment to hotels.")
    assert ("acquisition", "Corvant", "Hi-Wave Communications") in found


def test_taking_control_of_a_thing_from_a_company_buys_no_company(rules):
    # "control of the venture": no company named as what is taken; the one "from" is no target
    found = ties(rules, "Marbeck Corp took control of the venture from Dunlow Inc last year.")
    assert ("acquisition", "Marbeck", "Dunlow") not in found
