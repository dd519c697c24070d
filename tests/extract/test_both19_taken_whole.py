"""A company that agrees to become or will become another's wholly owned subsidiary (BOTH19): the other's
acquisition of it, with the status the stake would have had, and the one that agrees is the subject of the verb the
infinitive hangs on ("X said it agreed in principle to become ..."). A subsidiary said to be one, one that became
one ("In 2006, Martell Electric, LLC became a wholly owned subsidiary of MISCOR", FIRE's stake), or one to become a
subsidiary without "wholly owned", stays a stake. Reuters train stories reuters-4447, reuters-9929, reuters-10146, reuters-5203."""

from __future__ import annotations

from ..helpers import found

_FIRST_GRANITE = ("GRANITE CITY, ILL., March 12 - First Granite Bancorp Inc said it agreed in principle to become a wholly "
                  "owned subsidiary of Magna Group Inc <MAGI>.")

_RABBIT = ("MALVERN, Penn., March 26 - Rabbit Software Corp said it agreed in principle to merge with <CTI Data Inc>, a "
           "privately owned communications company.\nAccording to terms, CTI holders and employees will receive 200,000 "
           "shares of Rabbit stock and royalties on sales of CTI Products. CTI will become a wholly owned subsidiary of "
           "Rabbit.")

_LOMAK = ("HARTVILLE, Ohio, March 26 - Lomak Petroleum Inc and Strata Corp, based in Columbus, Ohio, jointly said they "
          "entered into a merger agreement for Strata to become a wholly owned subsidiary of Lomak.")


def test_the_one_that_agreed_to_become_the_unit(rules, judged):
    for extractor in (rules, judged):
        ties = found(extractor, _FIRST_GRANITE)
        assert [(k, v) for k, v in ties.items() if k[0] == "acquisition" and k[2] == "First Granite Bancorp"
                and k[1].startswith("Magna")] == [(k, "agreed") for k in ties if k[1].startswith("Magna")]


def test_wholly_owned_to_come_is_an_acquisition_not_a_stake(rules, judged):
    for extractor in (rules, judged):
        ties = found(extractor, _RABBIT)
        assert ties.get(("acquisition", "Rabbit Software", "CTI Data")) == "agreed"
        # the merger the lead tells is that acquisition (``aftermath._absorbing``), no merger beside it
        assert not [k for k in ties if k[0] in ("merger", "stake")]


def test_subject_of_an_infinitive_after_a_noun(rules):
    ties = found(rules, _LOMAK)
    assert ties.get(("acquisition", "Lomak Petroleum", "Strata")) == "agreed"
    assert ("stake", "Lomak Petroleum", "Strata") not in ties


def test_plain_subsidiary_to_come_stays_a_stake(rules):
    ties = found(rules, "NEW YORK, March 9 - BHP Petroleum (Americas) Inc, formerly part of Utah International, will "
                        "become a subsidiary of BHP's renamed BHP Petroleum International, headquartered in Houston.")
    assert ties.get(("stake", "BHP Petroleum International", "BHP Petroleum (Americas)")) == "agreed"
    assert not [k for k in ties if k[0] == "acquisition"]


def test_a_unit_described_is_a_stake(rules):
    ties = found(rules, "NEW YORK, March 9 - Acme Corp is a wholly owned subsidiary of Beta Corp.")
    assert ties.get(("stake", "Beta", "Acme")) == "active"
    assert not [k for k in ties if k[0] == "acquisition"]


def test_asked_to_become_is_not_the_askers(rules):
    # the object of the verb becomes the unit, not its subject
    ties = found(rules, "NEW YORK, March 9 - Acme Corp said it asked Delta Corp to become a wholly owned subsidiary of "
                        "Beta Corp.")
    assert ("acquisition", "Beta", "Acme") not in ties


def test_became_one_is_the_holding(rules):
    ties = found(rules, "NEW YORK, March 9 - In 2006, Acme Electric Corp became a wholly owned subsidiary of Beta Corp.")
    assert ties.get(("stake", "Beta", "Acme Electric")) == "active"
    assert not [k for k in ties if k[0] == "acquisition"]
