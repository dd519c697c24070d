"""Offices kept, told right after a name in a sentence that names no company (ROLES32): "Morton Mandel continues
as chairman", "Daniel Gillespie will continue as president" are held now at the one company the story has named, as
"John Smith was named president" is taken there, whatever another clause of the sentence says is to come.
Sentences from Reuters train."""

from __future__ import annotations

from keiretsu.models import Status

from ..helpers import roles


def test_an_office_that_continues_is_held_at_the_storys_company(rules):
    found = roles(rules, "Premier Industrial Corp said it named Robert Warren to the new post of vice chairman and "
                         "William Hamilton president, succeeding Warren. Morton Mandel continues as chairman and chief "
                         "executive officer and Warren continues as chief operating officer, the company said.")
    assert found.get(("Morton Mandel", "Premier Industrial")) == ("CEO", Status.ACTIVE)


def test_an_office_kept_is_held_past_another_clause_still_to_come(rules):
    found = roles(rules, "Core-Mark International Inc said vice-chairman Edward Stanton will become acting chairman "
                         "until the company's annual meeting following the previously announced resignation of David "
                         "Gillespie as chairman and chief executive. Board member Anthony Regensburg will will become "
                         "acting chief executive and Daniel Gillespie will continue as president and chief operating "
                         "officer.")
    assert found.get(("Daniel Gillespie", "Core-Mark International")) == ("President", Status.ACTIVE)


def test_an_office_kept_until_a_retirement_ahead_is_held(rules):
    found = roles(rules, "Olin Corp said its board will elect in April John Johnstone Jr as its chief executive "
                         "officer. The company said he will succeed John M Henske, who is also chairman. Henske, 53, "
                         "has served as CEO since 1978 and chairman since 1980. He will continue as chairman until his "
                         "retirement in June 1988.")
    assert found.get(("John M Henske", "Olin")) == ("Chairman", Status.ACTIVE)


def test_an_office_kept_in_a_story_of_several_companies_is_no_ones(rules):
    # Hartmarx tells of its Jaymar-Ruby unit: the chairman Burton Ruby remains is the unit's, not the story's firm's
    found = roles(rules, "Hartmarx Corp said Elbert Hand, president and chief operating officer of Hartmarx, was "
                         "named chief executive officer of Jaymar-Ruby Inc. Burton Ruby, son of the Jaymar-Ruby "
                         "founder, remains as chairman.")
    assert ("Burton Ruby", "Hartmarx") not in found
    assert found.get(("Elbert Hand", "Jaymar-Ruby")) == ("CEO", Status.ACTIVE)


def test_an_office_continued_in_the_past_is_not_read_as_kept(rules):
    found = roles(rules, "Olin Corp said profits rose. John Henske continued as chairman until 1985.")
    assert ("John Henske", "Olin") not in found


def test_an_office_kept_at_a_company_named_before_its_title(rules):
    found = roles(rules, "American said Pearson succeeds William Lyon, who has been elected to AMR's board. It added "
                         "that David A. Banmiller will continue as AirCal's president and chief operating officer.")
    assert found.get(("David A. Banmiller", "AirCal")) == ("President", Status.ACTIVE)


def test_staying_on_as_no_office_gives_none(rules):
    found = roles(rules, "NL Industries said Theodore Rogers resigned as chairman. Rogers will remain as a consultant "
                         "in certain company matters, NL said.")
    assert set(found.values()) <= {("Chairman", Status.ENDED)}


def test_a_controller_is_an_office(rules):
    found = roles(rules, "A former TRW Inc controller told a Congressional hearing that the company had acted "
                         "unethically. \"TRW only pretends to be an honest citizen,\" Larry Eagleye said in testimony at "
                         "a House Oversight subcommittee hearing. Eagleye was a controller at TRW's compressor components "
                         "division in Cleveland.")
    assert found.get(("Larry Eagleye", "TRW")) == ("controller", Status.ENDED)


def test_a_controllers_office_at_another_firm_is_not_the_sayers(rules):
    # reuters-5533 with the company written in full: the vice presidency was at Armstrong's division, the
    # presidency is Condere's
    found = roles(rules, "Condere Corp said it named Dennis Terwillger, formerly vice president and controller of "
                         "Armstrong's Tire Division, president.")
    assert found.get(("Dennis Terwillger", "Condere")) == ("President", Status.ACTIVE)
