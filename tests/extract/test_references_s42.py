"""References to a company named earlier in the story (issue 15, session 42): the leading words of a
name written out in full, a short form given in brackets after the name, "the latter", and a referring
noun that fits the words of one firm's name ("the carrier" of an airline)."""

from __future__ import annotations

from keiretsu.models import EntityKind


def extract(rules, text: str):
    [ex] = rules.extract([(1, text)])
    return ex


def ties(ex) -> set[tuple[str, str, str]]:
    return {(m.type.value, m.source, m.target) for m in ex.mentions}


def written_as(ex, written: str) -> set[str]:
    return {e.name for e in ex.entities if e.kind is EntityKind.COMPANY and e.text.startswith(written)}


def test_the_leading_words_of_a_name_written_in_full_are_that_company(rules):
    ex = extract(rules, "Zelco Freight NV said it is negotiating for a minority stake in a British and Overseas "
                        "Carriers Plc courier service.\nZelco, already active in the delivery market, is seeking "
                        "to buy one-third of <Kestrel Air Services Ltd> from British and Overseas.")
    assert written_as(ex, "British and Overseas") == {"British and Overseas Carriers"}
    assert ("divestment", "British and Overseas Carriers", "Kestrel Air Services") in ties(ex)


def test_leading_words_two_names_share_are_no_short_form(rules):
    ex = extract(rules, "Zelco Freight NV said it is negotiating with British and Overseas Carriers Plc and "
                        "British and Overseas Leasing Ltd.\nZelco is seeking to buy one-third of <Kestrel Air "
                        "Services Ltd> from British and Overseas.")
    later = ex.entities[-1].start
    assert not any(e.start >= later - 30 and e.name.startswith("British and Overseas") for e in ex.entities)


def test_the_latter_is_the_later_of_the_firms_the_sentence_named(rules):
    ex = extract(rules, "Orvane Corp said it agreed to buy a courier from Tessary Foods Inc.\nThe unit will be "
                        "brought into the talks started by Orvane last week with Pellham Trading Inc for a "
                        "one-third stake in the latter's <Kestrel Air Ltd> courier.")
    assert written_as(ex, "the latter") == {"Pellham Trading"}
    assert ("stake", "Pellham Trading", "Kestrel Air") in ties(ex)


def test_the_latter_with_one_firm_named_before_is_left_alone(rules):
    ex = extract(rules, "Orvane Corp said it agreed to buy a stake in the latter's courier unit.")
    assert not written_as(ex, "the latter")


def test_a_short_form_given_in_brackets_is_that_company_later(rules):
    ex = extract(rules, "The Harlow Steamship Co Ltd <HSCA.S> (Harsteam) said it will subscribe to 30 mln shares "
                        "in <Markwell Securities Plc>.\nThe subscription will give Harsteam 49 pct of Markwell, "
                        "Harsteam said.")
    found = [e for e in ex.entities if e.text == "Harsteam"]
    assert len(found) >= 2 and {e.name for e in found} == {"Harlow Steamship"}


def test_a_place_in_brackets_is_no_short_form(rules):
    ex = extract(rules, "Harlow Steamship Co Ltd (Canada) said it sold a ship.\nCanada said it would buy "
                        "two of the ships from Zelco Freight NV.")
    assert not any(e.text == "Canada" and e.name == "Harlow Steamship" for e in ex.entities)


def test_the_carrier_is_the_airline_the_story_named_not_its_lead(rules):
    ex = extract(rules, "Zelco Freight NV said it sold its stake in Delmont Air Lines Inc to Harwick Capital "
                        "Corp.\nThe carrier said it bought 40 pct of Skyway Commuter Inc.")
    found = ties(ex)
    assert ("stake", "Delmont Air Lines", "Skyway Commuter") in found or \
        ("acquisition", "Delmont Air Lines", "Skyway Commuter") in found
    assert not any(s == "Zelco Freight" and t == "Skyway Commuter" for _, s, t in found)


def test_the_bank_is_the_one_bancorp_the_story_named(rules):
    ex = extract(rules, "Zelco Freight NV said it sold its stake in Harwick Bancorp Inc to Pellham Trading "
                        "Corp.\nThe bank said it acquired Valley Trust Co for 20 mln dlrs.")
    found = ties(ex)
    assert ("acquisition", "Harwick Bancorp", "Valley Trust") in found
    assert ("acquisition", "Zelco Freight", "Valley Trust") not in found


def test_the_bank_with_two_banks_named_is_left_alone(rules):
    ex = extract(rules, "Zelco Freight NV said it sold its stake in Harwick Bancorp Inc to Pellham "
                        "Bancshares Inc.\nThe bank said it acquired Valley Trust Co for 20 mln dlrs.")
    assert not any(t == "Valley Trust" and s in ("Harwick Bancorp", "Pellham Bancshares") for _, s, t in ties(ex))


def test_leading_words_that_name_a_place_are_no_short_form(rules):
    ex = extract(rules, "New York State Electric and Gas Corp said it ended its effort to acquire Corvale Gas "
                        "Corp.\nIt cited the regulatory climate in New York State and the price of its stock.")
    assert not any(e.text.startswith("New York State") and e.name == "New York State Electric and Gas"
                   for e in ex.entities if e.start > 100)
