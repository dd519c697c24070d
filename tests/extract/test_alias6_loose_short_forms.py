"""A one-word short form is the firm its story names by it, not another firm the word opens (ALIAS6): a known firm the
story writes only by its opening word ("Sumitomo" for the known Sumitomo Corp) is the story's Sumitomo firm, and a
national arm named after its parent does not take the parent's short form ("Deutsche" beside "Deutsche Bank AG" and
"Deutsche Bank (Asia) AG"). Sentences from Reuters-21578 train."""

from __future__ import annotations

from keiretsu.models import EntityKind

SUMITOMO_BANK = (
    "Yesterday, American Express Co's <AXP> board formally approved a linkup with <Nippon Life Insurance Co> for "
    "itself and its <Shearson Lehman Brothers Inc> brokerage unit. Nippon Life will receive 13 pct of Shearson for 538 "
    "mln dlrs.\nNippon Life's investment in Shearson follows last year's investment by <Sumitomo Bank Ltd> in "
    "<Goldman, Sachs and Co>. Sumitomo paid 500 mln dlrs for 12.5 pct of the firm.\n"
)
MITSUBISHI_CORP = (
    "TOKYO, March 27 - Mitsubishi Corp <MITT.TOK> said it has taken a 25 pct stake worth five mln krone in <Danish "
    "Dairy Farms Ltd> and will jointly market its produce from April.\nThe company was set up last year by three major "
    "Danish livestock cooperative federations to expand markets for their dairy products, a Mitsubishi official "
    "said.\nHe said Mitsubishi expects the Danish company's annual sales to be 10 billion yen in its first year, from "
    "April 1. REUTER\n"
)
DIAGNOSTIC = (
    "GRAND RAPIDS, MICH., March 2 - Rospatch Corp said it rejected a proposal by Diagnostic Retrieval Systems Inc to "
    "acquire its stock at 22 dlrs a share.\nRospatch's board believes that the long term interests of its "
    "shareholders will be best served by continuing as an independent public company at this time, the company said "
    "in response to an unsolicited offer from Diagnostic Retrieval.\nRospatch said Diagnostic's offer of February 27 "
    "is a variation of a previous offer in January, the nature of which was not disclosed.\n"
)
MITSUBISHI_MOTORS = (
    "BANGKOK, April 7 - <Chrysler Canada Ltd> said it signed an agreement to import 100,000 Mitsubishi small cars "
    "from <MMC Sittipol Co Ltd> of Thailand.\nThe officials said Mitsubishi's decision to move its production to "
    "Thailand also stemmed from the strong yen.\nMMC Sittipol is a joint venture of Mitsubishi Motors Corp and a Thai "
    "firm.\n"
)
DEUTSCHE = (
    "FRANKFURT, April 2 - Deutsche Bank AG <DBKG.F> has agreed to take over the outstanding 25 pct in <Deutsche Bank "
    "(Asia) AG>, the former <European Asian Bank AG>, from Creditanstalt-Bankverein <CABV.VI>, Deutsche management "
    "board joint spokesman Alfred Herrhausen told a news conference.\nEuras broke even in 1986 and required no funding "
    "from Deutsche, he said.\nPress reports that Deutsche was planning a takeover of Lloyds Bank plc <LLOY.L> were "
    "without foundation, he said.\n"
)
DAIWA = (
    "NEW YORK, March 11 - Rockwell International Corp is raising 200 mln dlrs through an offering of notes due 1997 "
    "yielding 7.682 pct, said lead underwriter Daiwa Securities America Inc.\nAn officer on Daiwa's corporate syndicate "
    "desk said he believed this was Rockwell's first debt offering since 1984, when the company tapped the "
    "Euromarkets.\nDaiwa, the U.S. unit of Daiwa Securities Co Ltd of Japan, has become the first foreign bookrunner "
    "in the U.S. corporate debt market this year.\nDaiwa headed a syndicate that won the Rockwell notes in competitive "
    "bidding.\n"
)
GM_CANADA = (
    "BOISBRIAND, Quebec, March 31 - General Motors of Canada Ltd, wholly owned by General Motors Corp, said it is "
    "planning a 450 mln Canadian dlr retooling of its Ste. Therese, Quebec, plant.\nGM Canada said the Canadian and "
    "Quebec governments are each providing a 110 mln dlr loan for the upgrading.\nThe company said much of the "
    "investment will make the plant competitive with other GM plants in the U.S. and Canada.\n"
)


def names_of(rules, text: str) -> dict[str, set[str]]:
    """Each text a story writes a company by, and the company it is bound to."""
    [ex] = rules.extract([(1, text)])
    out: dict[str, set[str]] = {}
    for e in ex.entities:
        if e.kind is EntityKind.COMPANY:
            out.setdefault(e.text, set()).add(e.name)
    return out


def test_a_known_firm_written_only_by_its_opening_word_is_the_story_firm_of_that_word(rules):
    # the gazetteer's Sumitomo Corp, a trading house, is named nowhere: the bank paid
    names = names_of(rules, SUMITOMO_BANK)
    assert names["Sumitomo"] == {"Sumitomo Bank"}
    assert names_of(rules, MITSUBISHI_MOTORS)["Mitsubishi"] == {"Mitsubishi Motors"}


def test_a_known_firm_the_story_names_in_full_keeps_its_opening_word(rules):
    assert names_of(rules, MITSUBISHI_CORP)["Mitsubishi"] == {"Mitsubishi Corp"}


def test_initials_of_a_known_firm_stay_the_known_firm_beside_its_arm(rules):
    # "GM plants": General Motors' own, not GM Canada's; initials are no opening word. "GM Canada" is the arm's
    # initials and the words its name goes on with (ALIAS7)
    names = names_of(rules, GM_CANADA)
    assert names["GM"] == {"General Motors"}
    assert names["GM Canada"] == {"General Motors of Canada"}


def test_a_national_arm_does_not_take_its_parents_short_form(rules):
    names = names_of(rules, DEUTSCHE)
    assert names["Deutsche"] == {"Deutsche Bank"}
    assert names["Deutsche Bank (Asia) AG"] == {"Deutsche Bank (Asia)"}


def test_a_national_arm_named_before_its_parent_keeps_the_short_form(rules):
    # the story leads with the U.S. unit and calls it "Daiwa" before it names the Japanese parent
    assert names_of(rules, DAIWA)["Daiwa"] == {"Daiwa Securities America"}


def test_one_name_written_short_twice_is_still_one_name(rules):
    # the rule the arm is kept from: a longer name whose extra words are no place is the same firm's
    names = names_of(rules, DIAGNOSTIC)
    assert names["Diagnostic"] == {"Diagnostic Retrieval Systems"}
    assert names["Diagnostic Retrieval"] == {"Diagnostic Retrieval Systems"}
