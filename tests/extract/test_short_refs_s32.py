"""A company the story names in full with its legal form and later by a word of its name that is also an English
word: "Lantern Corp ... sold 110,000 Lantern common shares", "Meadow Aviation Inc ... bought 2.3 mln Meadow common
shares". The word is the company where it stands as a name: not after an article, not glued to the word before, not
as a modifier opening the sentence, and not where two companies of the story open with it. Beside it, readings the
short forms brought to light: "owned by X chairman Y" is owned by the person; a number counts things, it names no
firm ("nine FM and four AM stations"); wire copy's "common" is shares; a person the rules gave an office holds no
other that the model alone weighs. The sentences are written for these tests and the companies in them are
invented."""

from __future__ import annotations

from ..helpers import companies, found


def test_a_whole_name_that_is_an_english_word(rules):
    text = ("A group of investment firms said it lowered its stake in Harbor Corp to 6.4 pct.\n"
            "The group, led by Brisco Capital Corp, said it sold 110,000 Harbor common shares on Feb 17.")
    assert ("divestment", "Brisco Capital", "Harbor") in found(rules, text)


def test_a_first_word_that_is_an_english_word(rules):
    text = ("Harwick Air Inc said it agreed to buy Meadow Aviation Inc for 1.6 billion dlrs.\n"
            "Harwick said it has already bought 2.3 mln Meadow common shares from Corliss Southern Corp.")
    got = found(rules, text)
    assert ("stake", "Harwick Air", "Meadow Aviation") in got
    assert ("divestment", "Corliss Southern", "Meadow Aviation") in got


def test_the_word_opening_a_sentence_as_its_subject(rules):
    text = ("Dorset Capital Corp said it bought 5.1 pct of Meadow Corp.\n"
            "Meadow, which rejected the offer, said it would buy 10 pct of Corliss Southern Corp.")
    assert ("stake", "Meadow", "Corliss Southern") in found(rules, text)


def test_not_a_word_two_companies_open_with(rules):
    text = ("Harwick Air Inc said it agreed to buy Meadow Aviation Inc and Meadow Foods Inc.\n"
            "Harwick said it has already bought 2.3 mln Meadow common shares from Corliss Southern Corp.")
    got = found(rules, text)
    assert ("stake", "Harwick Air", "Meadow Aviation") not in got
    assert ("stake", "Harwick Air", "Meadow Foods") not in got


def test_not_a_word_of_a_name_written_without_its_legal_form(rules):
    text = ("Harwick Air Inc said it agreed to buy Meadow Aviation for 1.6 billion dlrs.\n"
            "Harwick said it has already bought 2.3 mln Meadow common shares from Corliss Southern Corp.")
    assert ("stake", "Harwick Air", "Meadow Aviation") not in found(rules, text)


def test_not_after_an_article_nor_glued_to_a_word(rules):
    text = ("Brisco Capital Corp said it agreed to buy Video Affiliates Inc and Harbor Corp.\n"
            "Brisco said the Harbor offer of the Audio/Video group was withdrawn, as was the bid for the Harbor "
            "shares.")
    assert "Video" not in {n for n in companies(rules, text) if n != "Video Affiliates"}
    assert not any(k[1] == "Video Affiliates" for k in found(rules, text))


def test_owned_by_a_company_officer(rules, judged):
    text = ("Kestrel Corp said it completed the acquisition of Growers Packing Corp.\n"
            "Growers is owned by Kestrel chairman Tom Brill and director Ann Roe.")
    for extractor in (rules, judged):
        got = found(extractor, text)
        assert ("stake", "Kestrel", "Growers Packing") not in got
        assert ("stake", "Growers Packing", "Kestrel") not in got


def test_a_number_counts_things(rules):
    text = ("Harwick Broadcasting Corp said it agreed to acquire radio stations KXYZ AM/FM from Corliss Radio Co.\n"
            "Upon completion of the transaction, Harwick will own nine FM and four AM stations in 10 markets.")
    assert "FM" not in companies(rules, text)


def test_common_bought_is_a_stake(rules):
    text = ("Dorset Capital Corp said it reached an agreement with Corliss Data Corp.\n"
            "Corliss Data granted Dorset Capital an option to buy enough Corliss Data common at 29.625 dlrs a share.")
    got = found(rules, text)
    assert ("acquisition", "Dorset Capital", "Corliss Data") not in got


def test_an_office_the_rules_gave_holds_at_one_company(judged):
    text = ("Dorset Capital Corp said it reached an agreement with Corliss Data Corp.\n"
            "Dorset Capital said Corliss Data Chairman George F. Sommer will assume the additional title of "
            "President.")
    got = found(judged, text)
    assert ("role", "George F. Sommer", "Corliss Data") in got
    assert ("role", "George F. Sommer", "Dorset Capital") not in got
