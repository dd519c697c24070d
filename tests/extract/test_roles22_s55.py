"""Names the model reads as people in slots no person fills (issue 15, ROLES22): a bond issue's managers
("lead manager X said", "X and Y co-managed the deal") are banks and brokers; a name after "the" is no
person's ("in the Bass Strait", "the Charles Lefranc Cellars label"), but "the Reagan administration" names its
head; no head of government in a word opening a sentence. Offices a sentence naming no company tells right after
one that gave offices at one company are at that company. Excerpts of Reuters-21578 train stories (dev2's
reuters-1729 among them) and of FiNER-ORD tuning articles."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor

from keiretsu.models import Status

from ..helpers import companies, people, roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


@pytest.mark.parametrize("text, firms", [
    # reuters-9888: two brokers co-managing a convertible issue
    ("Non-callable for three years, the issue is rated B-2 by Moody's Investors and B by Standard and Poor's. "
     "J.C. Bradford and Legg Mason co-managed the deal.", {"J.C. Bradford", "Legg Mason"}),
    # reuters-12527
    ("Non-callable for two years, the issue is rated Ba-3 by Moody's Investors and BB by Standard and Poor's. "
     "Drexel Burnham and Tucker Anthony co-managed the deal.", {"Tucker Anthony"}),
    # reuters-1012: the lead manager that speaks of the issue
    ("ZURICH, March 3 - The coupon on Dai-Ichi Hotel Ltd's 50 mln Swiss franc issue of five-year notes with "
     "equity warrants has been cut to 1-5/8 pct from the indicated 1-7/8 pct, lead manager Swiss Volksbank said.",
     {"Swiss Volksbank"}),
    # reuters-11319
    ("DUESSELDORF, West Germany, March 31 - North-Rhine Westphalia is raising 1.2 billion marks through a "
     "10-year domestic bond with a coupon of 6-1/8 pct and priced at 100.20, lead manager Westdeutsche "
     "Landesbank Girozentrale, WestLB, said.", {"Westdeutsche Landesbank Girozentrale"}),
])
def test_a_bond_issues_managers_are_firms(rules, text, firms):
    assert firms <= companies(rules, text)
    assert not firms & people(rules, text)


def test_a_person_beside_the_managers_stays_one(rules):
    # reuters-6093 (shape): "Mangan and the co-lead managers said" names a person and the banks apart
    text = ("GMAC treasurer Michael Mangan said the notes were placed with investors. Mangan and the co-lead "
            "managers said the three tranches sold well.")
    assert "Michael Mangan" in people(rules, text)


@pytest.mark.parametrize("text, name", [
    # reuters-11177: a place
    ("After Bass Strait, the onshore Cooper and Eromanga Basin is Australia's largest oil and gas producing area. "
     "Broken Hill Pty Co Ltd found oil in the Bass Strait, its first onshore production.", "Bass Strait"),
    # reuters-3367: a label
    ("Almaden, based in San Jose, Calif., makes and sells table wines, champagnes and brandies as well as some "
     "premium wines under the Charles Lefranc Cellars label.", "Charles Lefranc Cellars"),
    # reuters-13168: a project
    ("WASHINGTON, April 3 - The U.S. Energy Department issued a request for proposals to buy the Snettisham "
     "Hydroelectric project, a major part of the Alaska Power Administration.", "Snettisham Hydroelectric"),
])
def test_a_name_after_the_is_no_person(rules, text, name):
    assert name not in people(rules, text)


def test_a_paper_after_the_is_no_person(rules):
    # reuters-10508 (train2): a paper named "The" and a given name, in a sentence the cheap rules read
    text = ("TORONTO, March 27 - <Southam Inc> said it agreed to sell its 49 pct interest in Sun Publishing Co Ltd, "
            "which publishes The Brandon Sun, to majority shareholder publisher Lewis D. Whitehead.\n"
            "The Brandon Sun has daily circulation of 19,100.")
    assert "Brandon Sun" not in people(rules, text)
    assert "Lewis D. Whitehead" in people(rules, text)


def test_a_person_after_the_named_in_full_stays_one(rules):
    # finer-ord-train-136 (dev6): a given name and a surname that is no word, before what is his work
    text = ("Their case drew national attention but was mocked by other Hollywood aspirants, who said it violated "
            "minimum wage laws during the making of the Darren Aronofsky drama.")
    assert "Darren Aronofsky" in people(rules, text)


def test_the_administration_names_its_head(rules):
    text = "The proposal was supported by the Reagan administration, farm groups said."
    assert "Reagan" in people(rules, text)


@pytest.mark.parametrize("text, word", [
    # reuters-5026: a participle opening the sentence
    ("TORONTO, March 23 - Royal Trustco Ltd said its home Canadian market would remain vital to Royal Trust. "
     "Proposed government regulations to allow Canadian banks, trusts, insurance and securities dealers full "
     "participation in one another's activities would help it, analysts said.", "Proposed"),
    # a determiner opening the sentence
    ("WASHINGTON, March 5 - The United States said Iran's policy was not consistent with U.S. laws. Another "
     "administration official, who asked not to be identified, said talks would go on.", "Another"),
    # a place's people: Uganda's
    ("KAMPALA, March 9 - Uganda has cut its coffee export quota as rebel activity disrupted the coffee "
     "industry. The Ugandan government depends on coffee export duties for a large part of its revenue.", "Ugandan"),
])
def test_no_head_of_government_in_a_word(rules, text, word):
    assert word not in people(rules, text)


def test_a_head_of_government_the_story_names_stays_one(rules):
    text = ("WASHINGTON, March 5 - Reagan administration officials said they would oppose the farm bill. The bill "
            "was backed by Senate leaders and opposed by President Reagan.")
    assert "Reagan" in people(rules, text)


@pytest.mark.parametrize("text, words", [
    # reuters (palm oil report): a grade of oil in lower case
    ("Malaysian palm oil was quoted at 332.50 for April and July, while rbd oil sold at 318 for Apr/May and rbd "
     "stearine at 277.50 dlrs per tonne fob, for May shipments, traders said.", "rbd stearine"),
    # reuters (card story): a reward in lower case
    ("Cardholders can use the card issued by Citibank to pay for flights on American and earn frequent flyer "
     "miles, they said.", "flyer miles"),
])
def test_words_in_lower_case_are_no_person_where_names_have_capitals(rules, text, words):
    assert words not in people(rules, text)


def test_a_given_name_in_lower_case_stays_a_person(rules):
    # reuters-6225: a story that writes some names in lower case
    text = "Neither Palomino nor conade's general manager, enrique estremadoyro, were available for comment."
    assert "enrique estremadoyro" in people(rules, text)


def test_offices_go_on_at_the_company_the_last_sentence_gave_them(rules):
    # reuters-1729 (dev2): two companies in the story; the sentence before gave CTS's chairman his offices
    text = ("NEW YORK, March 3 - Dynamics Corp of America said it has agreed to buy the 3,000,000 CTS Corp shares "
            "held by Salomon. Dynamics said CTS Chairman George F. Sommer will assume the additional title of "
            "President. Former President Robert D. Hostetler is resigning as a director, as is Chief Financial "
            "Officer Gary B. Erekson, Ted Ross and Donald J. Kacek.")
    found = roles(rules, text)
    assert found[("Robert D. Hostetler", "CTS")] == ("President", Status.ENDED)
    assert found[("Gary B. Erekson", "CTS")][0] == "CFO"
    assert not any(target.startswith("Dynamics") for _, target in found)


def test_no_company_from_a_sentence_further_back(rules):
    # the same, with a sentence between that gives no office: the chief financial officer's company is not told
    text = ("NEW YORK, March 3 - Dynamics Corp of America said CTS Chairman George F. Sommer will assume the "
            "additional title of President. The shares were bought from Salomon for 95 mln dlrs. Chief Financial "
            "Officer Gary B. Erekson is resigning.")
    assert ("Gary B. Erekson", "CTS") not in roles(rules, text)
