"""A results brief's note names the owner of the company its headline names, that company named nowhere else
(RECALL21): on a line of the note with no cue before it ("Company is 81.5 pct owned by ..."), after "Notes -",
and where the body names only the owner, whose name opens the headline's ("FORD MOTOR CO OF CANADA LTD ...
Note: 90 pct owned by Ford Motor Co"). The texts are Reuters-21578 train stories."""

from __future__ import annotations

from keiretsu.models import EntityKind, RelationType

FIGURES = "Shr profit 14 cts vs loss 17 cts\nNet profit 686,000 vs loss 831,000\nRevs 24.2 mln vs 1.5 mln\n"


def stakes(rules, text: str, title: str) -> set[tuple[str, str, object]]:
    [ex] = rules.extract([(1, text, title)])
    return {(m.source, m.target, m.attributes.get("percent")) for m in ex.mentions if m.type is RelationType.STAKE}


def test_a_notes_own_line_names_the_headline_companys_owner(rules):
    text = ("GREAT NECK, N.Y., March 17 - " + FIGURES + "NOTE: Quarter ends January 31.\n"
            "Company is 81.5 pct owned by Electro Audio Dynamics <EAD>.")
    assert stakes(rules, text, "TECHNODYNE INC <TND> 2ND QTR NET") == {("Electro Audio Dynamics", "Technodyne", 81.5)}


def test_notes_in_the_plural_name_the_owner(rules):
    text = ("WELLINGTON, March 16 - Year to December 31, 1986\nNet profit 78 mln N.Z. Dlrs vs 45 mln\n"
            "Notes - The company is 100 pct owned by Lloyds Bank Plc <LLOY.L>.")
    assert ("Lloyds Bank", "National Bank of New Zealand", 100) in \
        stakes(rules, text, "<THE NATIONAL BANK OF NEW ZEALAND LTD>")


def test_the_owner_whose_name_opens_the_headlines_is_another_company(rules):
    text = "OAKVILLE, Ontario, March 3 - Shr 8.17 dlrs vs 55 cts\nNet 67.7 mln vs 4.5 mln\n" \
           "Note: 90 pct owned by Ford Motor Co <F>"
    title = "FORD MOTOR CO OF CANADA LTD <FC> 4TH QTR NET"
    [ex] = rules.extract([(1, text, title)])
    names = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}
    assert names == {"Ford", "Ford Motor Co of Canada"}
    assert stakes(rules, text, title) == {("Ford", "Ford Motor Co of Canada", 90)}


def test_a_note_with_no_company_in_the_headline_gives_no_stake(rules):
    # the note is about the headline's company: with none named there, the owner owns nobody the story names
    text = ("GREAT NECK, N.Y., March 17 - " + FIGURES + "NOTE: Quarter ends January 31.\n"
            "Company is 81.5 pct owned by Electro Audio Dynamics <EAD>.")
    assert stakes(rules, text, "") == set()


def test_an_owner_of_the_headlines_own_name_is_no_other_company(rules):
    # "BASF AG" owns "BASF CORP": one name's key, no second company made of the headline, no stake of itself
    text = "PARSIPPANY, N.J., March 25 - Net 101.1 mln vs 199.0 mln\nNOTE: Wholly-owned by <BASF AG> of West Germany."
    [ex] = rules.extract([(1, text, "BASF CORP YEAR NET")])
    assert [e.name for e in ex.entities if e.kind is EntityKind.COMPANY] == ["BASF"]
    assert stakes(rules, text, "BASF CORP YEAR NET") == set()
