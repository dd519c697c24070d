"""What a company is named by in a story is its name, not the words before it (ALIAS5): a sentence's opening
("Earlier Supermarkets General said"), but not a place and what the firm is ("The U.S. Airline Brockway Air"), which
the graph's node judgement would read as the start of a longer name; and a
common word opening the story's first sentence after its dateline is no company ("WASHINGTON, March 3 - Total
supply of ..."). Sentences from Reuters-21578 train."""

from __future__ import annotations

from keiretsu.models import EntityKind

SUPERMARKETS = (
    "NEW YORK, March 9 - Dart Group Corp said it offered to buy Supermarkets General Corp for 41.75 dlrs per share "
    "in cash.\nEarlier Supermarkets General said an \"unsolicited third party\" had made the offer. Analysts "
    "estimated the value at about 1.6 billion dlrs.\n"
)
BROCKWAY = (
    "STOCKHOLM, Mar 25 - The U.S. Airline Brockway Air, a subsidiary of <Brockway Inc>, has signed an agreement "
    "with Saab-Scania AB <SABS ST> to buy five 34-seater Saab SF340 aircraft for an undisclosed price.\n"
)
SURALCO = (
    "The refinery is run by Suralco, jointly owned by the U.S. Company Alcoa and the Dutch company Billiton, which "
    "is a wholly-owned subsidiary of Royal Dutch Shell.\n"
)
ORANGE_JUICE = (
    "WASHINGTON, March 3 - Total supply of frozen concentrated orange juice (FCOJ) in 1986/87 is estimated at 1.1 "
    "billion gallons, the Agriculture Department said.\n"
)


def written(rules, text: str) -> dict[str, set[str]]:
    """Each company's texts in a story, and that each text is the story's at its span."""
    [ex] = rules.extract([(1, text)])
    out: dict[str, set[str]] = {}
    for e in ex.entities:
        if e.kind is EntityKind.COMPANY:
            assert text[e.start : e.end] == e.text
            out.setdefault(e.name, set()).add(e.text)
    return out


def test_a_sentence_opening_word_is_no_part_of_the_name_it_leads_to(rules):
    assert written(rules, SUPERMARKETS)["Supermarkets General"] == {"Supermarkets General Corp", "Supermarkets General"}


def test_a_place_and_what_the_firm_is_stay_before_the_name(rules):
    # Cut to "Brockway Air", the text would follow the capitalised "Airline", and the graph would drop the firm as
    # a piece of "Airline Brockway Air" with its tie to Brockway Inc (the Reuters train build lost three such ties)
    assert written(rules, BROCKWAY)["Brockway Air"] == {"U.S. Airline Brockway Air"}
    assert written(rules, SURALCO)["Alcoa"] == {"U.S. Company Alcoa"}


def test_a_place_that_is_the_names_own_stays(rules):
    text = "DALLAS, March 3 - U.S. Home Corp said it sold its mortgage unit to a group of investors.\n"
    assert "U.S. Home Corp" in written(rules, text)["U.S. Home"]


def test_a_common_word_opening_the_first_sentence_after_the_dateline_is_no_company(rules):
    assert "Total" not in written(rules, ORANGE_JUICE)
    text = "PARIS, March 3 - Total said it would buy a 10 pct stake in the field from Elf Aquitaine.\n"
    assert "Total" in written(rules, text)
