"""RECALL22 (issue 15): ties lost because an end was never found as a company, its name cut where the wire wrote
its later words and its legal form in lower case ("International time corp") or where "Holdings" stood inside a
longer legal name ("IXL Holdings Canada Inc"). Sentences of the labelled train3 and train5 splits and of
Reuters-21578 train."""

from __future__ import annotations

from keiretsu.extract.rules import _tails_recased

from ..helpers import companies, found

TIME = ("NEW YORK, March 17 - <Swiss Corp for Microelectronics and Watchmaking Industries> said it has acquired "
        "International time corp from privately-held Timex corp for undisclosed terms.")
IXL = ("TORONTO, March 27 - <Elders IXL Ltd>, of Australia, said wholly owned IXL Holdings Canada Inc extended its "
       "previously announced offer to acquire all outstanding shares of Carling O'Keefe Ltd to midnight April 23, "
       "1987, from March 25.")


def test_a_name_ended_in_lower_case_is_written_as_the_firm_writes_it():
    assert _tails_recased(TIME) == TIME.replace("International time corp", "International Time Corp")
    assert len(_tails_recased(TIME)) == len(TIME)  # offsets hold
    assert _tails_recased("London, March 12 - Salomon Brothers international inc said it has raised") == \
        "London, March 12 - Salomon Brothers International Inc said it has raised"
    assert _tails_recased("of the unit to Nippon Life insurance co for 538 mln dlrs") == \
        "of the unit to Nippon Life Insurance Co for 538 mln dlrs"


def test_words_of_the_sentence_and_names_read_whole_stay_as_written():
    for kept in (
            # a word of the sentence before the legal form (Reuters train)
            "Jefferies and co was allegedly compensated for",
            "Underwriters are Gordon Capital Corp and Dominion Securities Inc as co-lead managers",
            # nothing lower-cased before the legal form: the name is read whole already
            "from privately-held Timex corp for undisclosed terms",
            # no legal form: a group's word in lower case names no firm by itself (train2 reuters-7490)
            "In a filing with the Securities and Exchange Commission, the Halcyon group said it bought the stake"):
        assert _tails_recased(kept) == kept


def test_the_firm_a_lowered_legal_form_ends_is_a_party(rules):
    # train3 (reuters-5875): "International" alone was no name, and neither tie was read
    ties = found(rules, TIME)
    assert ("acquisition", "Swiss Corp for Microelectronics and Watchmaking Industries", "International Time") in ties
    assert ("divestment", "Timex", "International Time") in ties


def test_holdings_inside_a_legal_name_does_not_end_it(rules):
    # train5 (reuters-10423): read as "IXL Holdings" and a place, the Canadian arm was "IXL"
    assert "IXL Holdings Canada" in companies(rules, IXL)
    ties = found(rules, IXL)
    assert ("stake", "Elders IXL", "IXL Holdings Canada") in ties
    assert ("acquisition", "IXL Holdings Canada", "Carling O'Keefe") in ties
    # Reuters train, the wire's marks round the name taken off: "Nelson" was read, as "Nelson Holdings" and a
    # place's "International Ltd"
    assert companies(rules, "TORONTO, April 3 - Nelson Holdings International Ltd said it plans to expand the "
                            "marketing of its video vending machines, which have been tested successfully in "
                            "Toronto.") == {"Nelson Holdings International"}
    # a legal form right after "Holdings" ends the name as before
    assert companies(rules, "Early this year a consortium led by Hopewell Holdings Co Ltd presented the government "
                            "with a 25 billion H.K. dlr plan.") == {"Hopewell"}
