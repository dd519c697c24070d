"""One firm, one name (ALIAS7): a short form of initials and words binds to the long name its story gives ("IC Gas"
of "Imperial Continental Gas Association"), and a particle inside a capitalised name keeps the name whole ("Barclays
de Zoete Wedd", "Vickers da Costa International Ltd"), and a surname alone of a firm the model read as a person is
the firm the word opens ("Hughes" of Hughes Tool Co, not of Baker Hughes). Sentences from Reuters-21578 train."""

from __future__ import annotations

from keiretsu.extract.entities import _acronym_and_words_of
from keiretsu.models import EntityKind

IC_GAS = (
    "LONDON, March 2 - <SHV (United Kingdom) Holding Co Ltd> said it was making a tender offer for up to 33 mln "
    "ordinary shares in Imperial Continental Gas Association.<ICGS.L>.\nIt said in a statement the offer was on the "
    "basis of 700p for each IC Gas ordinary and 252p for every one stg nominal of IC Gas loan stock.\nSHV already "
    "holds 6.8 mln IC Gas ordinary stock units representing around 4.9 pct of the current issued share capital.\n"
    "Successful completion of the offer would increase SHV's stake in IC Gas to 39.8 mln shares, representing around "
    "27.9 pct of issued share capital, it said.\nIC Gas said in a statement it noted the SHV tender offer and the terms "
    "were being considered.\n"
)
BP_AUSTRALIA = (
    "MELBOURNE, March 27 - The <British Petroleum Co of Australia Ltd> reported a 16.15 mln dlr net loss for 1986 "
    "against a 73.38 mln dlr profit in 1985 after sales fell to 2.27 billion dlrs from 2.94 billion.\nThe British "
    "Petroleum Co Plc <BP.L> unit attributed the deficit to stock losses arising from the drop in crude prices in the "
    "first half, when it made a 119.93 mln dlr loss.\nBP Australia said it had not recommended a dividend.\n"
)
BP_OIL = (
    "LONDON, March 3 - <BP Oil Ltd>, the U.K. Marketing and refining arm of British Petroleum Co Plc <BP.L>, raised "
    "its pretax operating profit on a replacement cost basis to 182 mln stg in calendar 1986, compared with 66 mln stg "
    "in 1985.\nBP Oil said 1985 profits had been depressed by exceptional items.\n"
)
SAND = (
    "Toronto, March 11 - Sand Technology Systems Inc said it is considering a reverse stock split of at least "
    "one-for-10 and expects to report a second-quarter profit, compared to a loss last year.\nSand Technology sells, "
    "under its trademark, computer accessories such as disk drives, solid-state memory enhancement devices and "
    "printers manufactured by Hitachi Ltd <HIT> of Japan.\nShattner said Sand's affiliate in Detroit, ST Systems Inc, "
    "is developing software that lets large maniframe computers handle large databases and share them between "
    "applications.\n"
)
BZW_ECONOMIST = (
    "LONDON, March 17 - Sterling rose on the budget.\nBarclays de Zoete Wedd economist Mark Brett said, \"there is "
    "nothing great and fantastic in the Chancellor's statement.\"\n"
)
BZW_ANALYST = (
    "TOKYO, March 17 - \"It was an entry point, a port for semiconductors and a marketing channel for other things,\" "
    "said Barclays de Zoete Wedd analyst Rick May.\n"
)
VICKERS = (
    "BANGKOK, March 30 - Bangkok Fund was set up by Merrill Lynch Capital Markets and Cazenove and Co in 1985, while the "
    "Thailand Fund was set up last December by Vickers da Costa International Ltd, Morgan Stanley and Co Inc, Banque "
    "Internationale a Luxembourg, BIL (Asia) Ltd and the World Bank's International Finance Corp.\n"
)
ALMADEN = (
    "MADRID, April 3 - Spain's Minas de Almaden y Arrayanes S.A. has agreed with Algerian producer ENOF to establish a "
    "minimum price of 300 dlrs per flask for spot mercury sales.\n"
)
HUGHES = (
    "HOUSTON, March 11 - Hughes Tool Co said its board voted at a special meeting last night to approve a new agreement "
    "with regulators that would allow the company to complete its proposed merger with Baker International Corp <BKO>."
    "\nThe agreement, approved by the U.S. Department of Justice yesterday, will give the merged company, Baker Hughes, "
    "six months instead of three to sell certain assets.\n\"Hughes will work with Baker and the Justice Department "
    "towards negotiating the final form of the consent decree and filing it as soon as possible,\" the company said in "
    "a statement.\nThe financial terms of the merger are unchanged, a Hughes spokesman said. Under those terms, each "
    "Baker common share and Hughes common share would be converted into one share and 8/10 of a share, respectively, "
    "of Baker Hughes Inc, which would be formed as a new holding company.\n"
)
MAN = (
    "HONG KONG, March 25 - The U.K. Based commodity house E.D. And F. Man Ltd and Singapore's Yeo Hiap Seng Ltd "
    "jointly announced that Man will buy a substantial stake in Yeo's 71.1 pct held unit, Yeo Hiap Seng Enterprises "
    "Ltd.\nMan will develop the locally listed soft drinks manufacturer into a securities and commodities brokerage "
    "arm and will rename the firm Man Pacific (Holdings) Ltd. REUTER\n"
)
GIVEN_NAME_PARTICLE = "He said Jan van Dijk, chairman of Acme Corp, resigned.\n"


def names_of(rules, text: str) -> dict[str, set[str]]:
    """Each text a story writes a company by, and the company it is bound to."""
    [ex] = rules.extract([(1, text)])
    out: dict[str, set[str]] = {}
    for e in ex.entities:
        if e.kind is EntityKind.COMPANY:
            out.setdefault(e.text, set()).add(e.name)
    return out


def test_initials_and_words_are_the_long_name_they_shorten():
    assert _acronym_and_words_of(["IC", "Gas"], "Imperial Continental Gas Association".split())
    assert _acronym_and_words_of(["CP", "Air"], "Canadian Pacific Air Lines".split())
    assert _acronym_and_words_of(["GM", "Canada"], "General Motors of Canada".split())
    assert _acronym_and_words_of(["BP", "Australia"], "British Petroleum Co of Australia".split())
    # the words must follow the words the initials are of
    assert not _acronym_and_words_of(["BP", "Oil"], "British Petroleum Co".split())
    assert not _acronym_and_words_of(["ST", "Systems"], "Sand Technology".split())
    assert not _acronym_and_words_of(["IC", "Gas"], "Imperial Continental".split())


def test_a_short_form_of_initials_and_words_is_the_long_name_of_its_story(rules):
    assert names_of(rules, IC_GAS)["IC Gas"] == {"Imperial Continental Gas Association"}
    assert names_of(rules, BP_AUSTRALIA)["BP Australia"] == {"British Petroleum Co of Australia"}


def test_a_unit_named_by_its_parents_initials_stays_a_firm_of_its_own(rules):
    # BP Oil is British Petroleum's refining arm: "Oil" is no word of the parent's name
    names = names_of(rules, BP_OIL)
    assert names["BP Oil Ltd"] == names["BP Oil"] == {"BP Oil"}


def test_a_firm_named_in_full_by_initials_and_words_is_no_short_form(rules):
    # Sand's affiliate ST Systems Inc is a firm of its own, though its initials are Sand Technology's
    names = names_of(rules, SAND)
    assert names["ST Systems Inc"] == {"ST Systems"}
    assert names["Sand Technology Systems Inc"] == {"Sand Technology Systems"}


def test_a_particle_inside_a_firms_name_before_an_office_keeps_it_whole(rules):
    for text in (BZW_ECONOMIST, BZW_ANALYST):
        names = names_of(rules, text)
        assert names == {"Barclays de Zoete Wedd": {"Barclays de Zoete Wedd"}}


def test_a_particle_inside_a_legal_name_keeps_it_whole(rules):
    assert names_of(rules, VICKERS)["Vickers da Costa International Ltd"] == {"Vickers da Costa International"}
    assert names_of(rules, ALMADEN)["Minas de Almaden y Arrayanes S.A."] == {"Minas de Almaden y Arrayanes"}


def test_a_persons_particle_joins_no_firm(rules):
    assert names_of(rules, GIVEN_NAME_PARTICLE) == {"Acme Corp": {"Acme"}}


def test_a_surname_alone_of_a_firm_read_as_a_person_is_the_firm_it_opens(rules):
    # "Baker Hughes" is first read as a person; "Hughes" alone is Hughes Tool, the party to the merger
    names = names_of(rules, HUGHES)
    assert names["Hughes"] == {"Hughes Tool"}
    assert names["Baker Hughes Inc"] == {"Baker Hughes"}


def test_a_short_form_the_story_binds_to_the_firm_it_ends_stays_there(rules):
    # "Man will buy ... rename the firm Man Pacific (Holdings) Ltd": the commodity house, named before
    assert names_of(rules, MAN)["Man"] == {"E.D. And F. Man"}
