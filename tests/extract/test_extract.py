"""Extraction: canonical names, the rules on the samples and on hard sentences, the store, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from keiretsu.extract.gazetteer import Gazetteer
from keiretsu.extract.names import canonical_name, name_key
from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Mention, RelationType, Status

from ..cli.test_cli import keiretsu, lines


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def facts(rules: RuleExtractor, text: str) -> dict[tuple[str, str, str], Mention]:
    [ex] = rules.extract([(1, text)])
    return {m.key: m for m in ex.mentions}


@pytest.mark.parametrize("surface, name", [
    ("Nissan Motor Co., Ltd.", "Nissan"), ("Nissan Motor Co Ltd", "Nissan"), ("Renault SA", "Renault"),
    ("Mitsubishi Motors Corp.", "Mitsubishi Motors"), ("Qualcomm Inc.", "Qualcomm"), ("Ford Motor Co", "Ford"),
    ("The Walt Disney Company", "Walt Disney"), ("Tiffany & Co.", "Tiffany"), ("SHV Holdings NV", "SHV"),
])
def test_legal_suffixes_go(surface, name):
    assert canonical_name(surface) == name


def test_known_aliases_fold_into_one_company():
    gaz = Gazetteer.default()
    assert gaz.canonical("Geely Automobile Holdings") == "Geely"
    assert gaz.canonical("Zhejiang Geely Holding") == "Geely"
    assert gaz.canonical("Saudi Aramco") == "Aramco"
    assert gaz.canonical("Honda Motor Co., Ltd.") == "Honda"
    assert name_key("Cable and Wireless") == name_key("Cable & Wireless")


def test_undirected_types_order_their_ends():
    a = Mention(RelationType.ALLIANCE, "Renault", "Nissan", Status.ACTIVE, "", 0, 0)
    b = Mention(RelationType.STAKE, "Renault", "Nissan", Status.ACTIVE, "", 0, 0)
    assert (a.source, a.target) == ("Nissan", "Renault")
    assert (b.source, b.target) == ("Renault", "Nissan")


def test_what_users_expect_from_the_samples(rules, samples, store, settings):
    """The facts the issue lists, found in the sample articles as the pipeline cleans them."""
    from keiretsu.jobs import ingest

    ingest([str(samples)], store, settings)
    texts = store.texts([d["id"] for d in store.documents()])
    found: dict[tuple[str, str, str], list[Mention]] = {}
    for ex in rules.extract(sorted(texts.items())):
        for m in ex.mentions:
            found.setdefault(m.key, []).append(m)

    def statuses(*key: str) -> set[str]:
        assert key in found, f"{key} not found; found: {sorted(found)}"
        return {m.status.value for m in found[key]}

    assert "in_talks" in statuses("alliance", "Nissan", "Renault")  # nearing a reform of the alliance
    [stake] = [m for m in found[("stake", "Renault", "Nissan")]][:1]
    assert stake.attributes["percent"] == 43 and stake.status is Status.ACTIVE
    assert "proposed" in statuses("divestment", "Renault", "Nissan")  # Nissan wants the stake cut
    assert statuses("alliance", "Mitsubishi Motors", "Nissan") and statuses("alliance", "Mitsubishi Motors", "Renault")
    assert "in_talks" in statuses("alliance", "Geely", "Renault")  # finalising an agreement with Geely
    assert "in_talks" in statuses("investment", "Aramco", "Renault")
    assert "in_talks" in statuses("alliance", "Aramco", "Renault")
    assert statuses("alliance", "Qualcomm", "Renault")
    assert ("alliance", "Geely", "Qualcomm") not in found  # they only share a sentence
    roles = {(m.source, m.attributes["title"]) for k, ms in found.items() if k[0] == "role" for m in ms}
    assert roles == {("Luca de Meo", "CEO"), ("Jean-Dominique Senard", "Chairman")}
    talks = found[("alliance", "Honda", "Nissan")]
    assert "in_talks" in {m.status.value for m in talks}
    assert "electric vehicles" in {t for m in talks for t in m.attributes.get("topics", [])}
    assert statuses("alliance", "General Motors", "Honda")


@pytest.mark.parametrize("text, key, status", [
    ("Rochester Telephone Corp said it agreed to buy Canton Telephone Co for undisclosed terms.",
     ("acquisition", "Rochester Telephone", "Canton Telephone"), "agreed"),
    ("LVMH completed the acquisition of Tiffany & Co. for $15.8 billion.", ("acquisition", "LVMH", "Tiffany"), "active"),
    ("SHV Holdings NV said it is withdrawing its takeover bid for Imperial Continental Gas Association.",
     ("acquisition", "SHV", "Imperial Continental Gas Association"), "called_off"),
    ("Exxon Mobil is in advanced talks to buy Pioneer Natural Resources, people familiar with the matter said.",
     ("acquisition", "ExxonMobil", "Pioneer Natural Resources"), "in_talks"),
    ("Hyundai Motor Group owns about 34 percent of Kia.", ("stake", "Hyundai", "Kia"), "active"),
    ("Makoto Uchida, Nissan's chief executive, said the talks were going well.", ("role", "Makoto Uchida", "Nissan"),
     "active"),
])
def test_types_directions_and_statuses(rules, text, key, status):
    found = facts(rules, text)
    assert key in found, sorted(found)
    assert found[key].status.value == status
    assert text[found[key].start : found[key].end] == found[key].sentence


def test_what_a_sale_says_about_who_sold_and_who_bought(rules):
    # buying a company's unnamed unit is the company's divestment to the buyer
    found = facts(rules, "Siemens agreed to buy Alstom's signalling business for 2 billion euros.")
    assert found[("divestment", "Alstom", "Siemens")].status.value == "agreed"
    assert ("acquisition", "Siemens", "Alstom") not in found
    # a stake sold is a stake ended, and the buyer is no object of the seller's stake
    found = facts(rules, "Vivendi sold its 20 pct stake in Ubisoft to Tencent.")
    assert found[("stake", "Vivendi", "Ubisoft")].status.value == "ended"
    assert not {("stake", "Vivendi", "Tencent"), ("divestment", "Vivendi", "Tencent")} & set(found)
    found = facts(rules, "BHP and Rio Tinto held merger talks that have since collapsed.")
    assert found[("merger", "BHP", "Rio Tinto")].status.value == "called_off"


@pytest.mark.parametrize("text, parent, child, percent", [
    ("Hanson Trust said its U.S. subsidiary, Hanson Industries, sold a chemicals unit.", "Hanson Trust",
     "Hanson Industries", None),
    ("Siemens AG said its 75-pct owned subsidiary Siemens Healthineers agreed to buy Varian.", "Siemens",
     "Siemens Healthineers", 75),
    ("Genentech Inc, a subsidiary of Roche Holding AG, opened a plant in Basel.", "Roche", "Genentech", None),
])
def test_a_parent_and_its_named_subsidiary_are_a_stake(rules, text, parent, child, percent):
    stake = facts(rules, text)[("stake", parent, child)]
    assert stake.status.value == "active" and stake.attributes.get("percent") == percent


def test_a_subsidiary_changing_hands(rules):
    found = facts(rules, "Textron Inc has acquired Cessna Aircraft Co, a subsidiary of General Dynamics Corp.")
    assert found[("stake", "General Dynamics", "Cessna Aircraft")].status.value == "ended"
    found = facts(rules, "Tenneco Inc agreed to sell its Houston Oil Co subsidiary to Amoco Corp.")
    assert found[("divestment", "Tenneco", "Houston Oil")].status.value == "agreed"
    # the sentence calls it Tenneco's subsidiary, and it is held until the sale closes
    assert found[("stake", "Tenneco", "Houston Oil")].status.value == "active"


def test_shareholders_listed_and_a_stake_taken_after_the_deal(rules):
    found = facts(rules, "Rivian's largest shareholders include Amazon and Ford.")
    assert {("stake", "Amazon", "Rivian"), ("stake", "Ford", "Rivian")} <= set(found)
    found = facts(rules, "Microsoft invested in OpenAI in 2019, taking a 49 percent stake.")
    assert found[("stake", "Microsoft", "OpenAI")].attributes["percent"] == 49


def test_who_backs_whom_and_who_bids(rules):
    found = facts(rules, "Anthropic raised 4 billion dollars in a round led by Amazon.")
    assert ("investment", "Amazon", "Anthropic") in found and ("investment", "Anthropic", "Amazon") not in found
    found = facts(rules, "Pioneer Natural Resources said its board would review the offer from Exxon Mobil.")
    assert found[("acquisition", "ExxonMobil", "Pioneer Natural Resources")].status.value == "proposed"
    found = facts(rules, "Spirit AeroSystems said its shareholders approved the merger with Boeing.")
    assert not any(key[0] == "stake" for key in found)


def test_parties_listed_together():
    # The rules' pairing, alone: the classifier retrained at threshold 0.50 drops this merger (written
    # down in the README's figures of the learned extractor).
    rules = RuleExtractor(relations=RelationFinder(None))
    found = facts(rules, "United Technologies was formed by the merger of Otis Elevator and Carrier Corp in 1976.")
    assert ("merger", "Carrier", "Otis Elevator") in found
    assert not {("merger", "Carrier", "United Technologies"), ("merger", "Otis Elevator", "United Technologies")} & set(found)
    found = facts(rules, "Qantas is a customer of both Boeing and Airbus.")
    assert {("supply", "Boeing", "Qantas"), ("supply", "Airbus", "Qantas")} <= set(found)


def test_wire_copy_places_are_no_companies(rules):
    [ex] = rules.extract([(1, "Pomona First Federal of Pomona, Calif., agreed to buy Acme Corp.")])
    assert {e.name for e in ex.entities} == {"Pomona First Federal", "Acme"}
    assert ("acquisition", "Pomona First Federal", "Acme") in {m.key for m in ex.mentions}


def test_attributes(rules):
    found = facts(rules, "Fundamental Management Corp said it raised its stake in Robeson Industries Corp to "
                         "14.6 pct from 12.8 pct.")
    stake = found[("stake", "Fundamental Management", "Robeson Industries")]
    assert stake.attributes == {"percent": 14.6, "change": "increase"}
    found = facts(rules, "Oracle has agreed to acquire Cerner for about $28.3 billion in cash.")
    deal = found[("acquisition", "Oracle", "Cerner")]
    assert deal.attributes == {"amount": 28_300_000_000, "currency": "USD"}


@pytest.mark.parametrize("text, key, status", [
    # a party named by a preposition: the licensor, the customer, the bidder, the buyer
    ("Biogen obtained a licence to the enzyme from Genmab.", ("licensing", "Genmab", "Biogen"), "active"),
    ("Nissan will license Toyota's hybrid system for its sedans.", ("licensing", "Toyota", "Nissan"), "agreed"),
    ("Embraer won an order for 40 jets from KLM.", ("supply", "Embraer", "KLM"), "agreed"),
    ("Foxconn will make servers for Nvidia in Mexico.", ("supply", "Foxconn", "Nvidia"), "agreed"),
    ("The shares rose after Veolia's board backed the offer from Suez.", ("acquisition", "Suez", "Veolia"), "agreed"),
    ("Refinitiv was taken private by a group led by Blackstone.", ("acquisition", "Blackstone", "Refinitiv"), "active"),
    ("Sony invested in Epic Games alongside Tencent.", ("investment", "Tencent", "Epic Games"), "active"),
    ("Ford no longer holds any shares in Aston Martin.", ("stake", "Ford", "Aston Martin"), "ended"),
    ("The tie-up between Nissan and Daimler was dissolved in 2020.", ("alliance", "Daimler", "Nissan"), "ended"),
    ("Chevron's agreement to buy Hess was delayed by an arbitration case.", ("acquisition", "Chevron", "Hess"), "agreed"),
    ("Acme Corp said it completed the previously announced sale of its Widget unit to Beta Inc.",
     ("acquisition", "Beta", "Widget"), "active"),
    ("Pfizer spun off its Upjohn unit in 2020.", ("divestment", "Pfizer", "Upjohn"), "active"),
])
def test_parties_and_statuses_the_wording_gives(rules, text, key, status):
    found = facts(rules, text)
    assert key in found, sorted(found)
    assert found[key].status.value == status


def test_stakes_bought_and_sold(rules):
    # shares or a percentage bought are a stake, and the seller's divestment
    found = facts(rules, "Carlton Communications said it purchased a 20 pct stake in Central Television from Ladbroke.")
    assert ("stake", "Carlton Communications", "Central Television") in found
    assert ("divestment", "Ladbroke", "Central Television") in found
    assert ("stake", "Carlton Communications", "Ladbroke") not in found
    found = facts(rules, "Metro Industries said it has acquired 278,709 shares of Metex Corp, or 21.2 pct of the total.")
    assert ("stake", "Metro Industries", "Metex") in found and ("acquisition", "Metro Industries", "Metex") not in found
    # a part sold leaves the stake it states; new shares sold to a buyer are the buyer's investment
    found = facts(rules, "Pfizer sold 35 million shares of Haleon, cutting its holding to about 24 percent.")
    assert found[("stake", "Pfizer", "Haleon")].attributes == {"percent": 24, "change": "decrease"}
    found = facts(rules, "Ameritrust Corp said it sold two mln shares of its common stock to Clevebaco Ltd.")
    assert ("investment", "Clevebaco", "Ameritrust") in found and ("divestment", "Ameritrust", "Clevebaco") not in found
    found = facts(rules, "Toyota Motor Corp and Suzuki Motor Corp agreed to take stakes in each other.")
    assert {("stake", "Toyota", "Suzuki"), ("stake", "Suzuki", "Toyota")} <= set(found)


def test_wire_copy_marks_names_and_short_forms(rules):
    # "<CFAS>" after a lower-case word is a name; "<DAL.N>" after one is its ticker
    [ex] = rules.extract([(1, "Skis Dynastar SA agreed to buy ski maker <CFAS> from <Warrington Inc>. "
                              "Delta Air Lines Inc <DAL.N> said nothing.")])
    assert {"CFAS", "Warrington"} <= {e.name for e in ex.entities} and "DAL.N" not in {e.name for e in ex.entities}
    assert ("acquisition", "Skis Dynastar", "CFAS") in {m.key for m in ex.mentions}
    # a story's short form of a company it named in full is that company
    found = facts(rules, "Baker International Corp said Hughes Tool Co agreed to a merger with Baker.")
    assert ("merger", "Baker International", "Hughes Tool") in found
    assert not any("Baker" in key and key[0] == "merger" for key in found)


@pytest.fixture(scope="module")
def role_rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))  # the rules alone: the classifier may add roles


@pytest.mark.parametrize("text, roles", [
    ("Zerodha CEO Nithin Kamath said the firm would grow.", {("Nithin Kamath", "Zerodha", "CEO", "active")}),
    ('"Demand is weak," Barclays senior economist Jane Foley said.',
     {("Jane Foley", "Barclays", "senior economist", "active")}),
    ('"The rally will fade," chief technical strategist at Nomura Holdings Tom Hale said.',
     {("Tom Hale", "Nomura", "chief technical strategist", "active")}),
    ("Anna Berg, director of Volvo Cars, said sales rose.", {("Anna Berg", "Volvo Cars", "director", "active")}),
    ('"Prices are too high," said Goldman Sachs analyst Jeff Currie.',
     {("Jeff Currie", "Goldman Sachs", "analyst", "active")}),
    # a chairman named with no company speaks for the company the sentence is about
    ("Exxon Corp expects higher profits this year, Chairman Lee Raymond said.",
     {("Lee Raymond", "Exxon", "Chairman", "active")}),
    ("Pfizer shares rose. Jane Doe, a spokeswoman for the New York-based company, declined to comment.",
     {("Jane Doe", "Pfizer", "spokeswoman", "active")}),
    ("The real owner was Juan Cruz, the former chairman of Petron and the Philippine National Bank.",
     {("Juan Cruz", "Petron", "Chairman", "ended"), ("Juan Cruz", "Philippine National Bank", "Chairman", "ended")}),
    ("Siemens named Roland Busch as chief executive, replacing Joe Kaeser.",
     {("Roland Busch", "Siemens", "CEO", "active"), ("Joe Kaeser", "Siemens", "CEO", "ended")}),
    # titles as written: a vice president is no president
    ("Acme Corp said John Smith, vice president of finance, would retire.",
     {("John Smith", "Acme", "Vice President", "active")}),
    # a president with no company beside him is no company's; "Presidential" holds no title
    ("Nestle sales rose, and a close associate of deposed former president Ferdinand Marcos said nothing.", set()),
    ("Shares of Nestle fell after the Presidential Commission blocked a sale to Andres Soriano.", set()),
])
def test_offices_go_to_the_company_the_wording_ties_them_to(role_rules, text, roles):
    [ex] = role_rules.extract([(1, text)])
    found = {(m.source, m.target, m.attributes["title"], m.status.value)
             for m in ex.mentions if m.type is RelationType.ROLE}
    assert found == roles


@pytest.mark.parametrize("text", [
    "Apple and Google compete fiercely in smartphones and online services.",
    "Shares of Toyota and Honda fell in Tokyo after the yen strengthened.",
    "Netflix said it had no plans to acquire Warner Bros Discovery.",
    "Stock markets in Europe rose on Monday as investors bet on lower interest rates.",
    "Harris Associates, a Chicago investment advisory firm, said it met Cyclops Corp managers.",
])
def test_no_relationship_where_the_text_states_none(rules, text):
    assert facts(rules, text) == {}


def test_a_bid_made_is_no_supply(rules):
    assert set(facts(rules, "Dell made an unsolicited offer for EMC.")) == {("acquisition", "Dell", "EMC")}


def test_only_sentences_that_can_hold_a_relationship_are_parsed(rules):
    text = ("The weather was mild. Prices rose slightly in March. Toyota agreed to buy a stake in Subaru. "
            "Nothing else happened.")
    [ex] = rules.extract([(1, text)])
    assert ex.sentences == 4 and ex.parsed == 1


def test_lower_cased_text_still_yields_relationships(rules):
    [ex] = rules.extract([(1, "toyota agreed to buy a 20 percent stake in subaru, the companies said.")])
    assert ex.parsed == 1


# --- the stage, the store and the command line ---------------------------------------------------


def test_extract_reads_each_story_once_and_records_copies(tmp_path: Path, samples):
    db = tmp_path / "k.db"
    text = (samples / "renault-nissan-alliance-reform.txt").read_text()
    p = tmp_path / "copies.jsonl"
    p.write_text("\n".join(json.dumps({"id": i, "text": text, "source": s})
                           for i, s in [("wire-1", "Wire"), ("paper-1", "Paper")]))
    keiretsu("ingest", str(p), db=db)
    keiretsu("dedup", db=db)
    result = lines(keiretsu("extract", "--json", "-q", db=db))[0]
    assert result["read"] == 1 and result["copies"] == 1
    rows = lines(keiretsu("mentions", "--json", "--copies", "--company", "Nissan Motor Co Ltd", db=db))
    originals = [r for r in rows if r["copy_of"] is None]
    copies = [r for r in rows if r["copy_of"] is not None]
    assert originals and len(copies) == len(originals)  # the exact copy holds every sentence
    by_id = {r["id"]: r for r in originals}
    for c in copies:
        assert c["sentence"] == by_id[c["copy_of"]]["sentence"] and c["doc_id"] != by_id[c["copy_of"]]["doc_id"]
    stake = [r for r in originals if r["type"] == "stake"]
    assert stake and stake[0]["source"] == "Renault" and stake[0]["attributes"]["percent"] == 43
    again = lines(keiretsu("extract", "--json", "-q", db=db))[0]
    assert again["read"] == 0 and again["copies"] == 0  # resumable: nothing left to do
    stats = lines(keiretsu("stats", "--json", db=db))[0]
    assert stats["extracted"] == {"copy": 1, "read": 1} and stats["entities"]["person"] == 2
    redo = lines(keiretsu("extract", "--json", "-q", "--redo", db=db))[0]
    assert redo["read"] == 1 and redo["mentions"] == result["mentions"]


def test_eval_extract_command(tmp_path: Path):
    gold = Path(__file__).resolve().parents[2] / "eval" / "extract" / "dev.jsonl"
    report = lines(keiretsu("eval", "extract", "--gold", str(gold), "--json", db=tmp_path / "k.db"))[0]
    assert report["sentences"] == 170
    assert report["relations"]["tp"] > 0 and 0 < report["relations"]["f1"] <= 1
    assert set(report["by_type"]) == {t.value for t in RelationType}
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "A bought B.", "relations": [["A", "B", "purchase", "active", {}]]}\n')
    proc = keiretsu("eval", "extract", "--gold", str(bad), db=tmp_path / "k.db", check=2)
    assert f"{bad}:1" in proc.stderr and "unknown relationship type 'purchase'" in proc.stderr


def test_two_names_of_one_company_store_one_statement_once():
    from keiretsu.extract.step import _one_per_relationship
    from keiretsu.models import Extraction

    sentence = "Halvern Holdings Inc said it agreed to acquire Ostrava Rental Corp."
    surer = Mention(RelationType.ACQUISITION, "Halvern Holdings", "Ostrava Rental", Status.AGREED, sentence, 0,
                    len(sentence), confidence=0.89)
    weaker = Mention(RelationType.ACQUISITION, "Halvern Holdings Inc", "Ostrava Rental Corp", Status.AGREED,
                     sentence, 0, len(sentence), confidence=0.35)
    other = Mention(RelationType.STAKE, "Halvern Holdings", "Ostrava Rental", Status.AGREED, sentence, 0,
                    len(sentence), confidence=0.5)
    ex = _one_per_relationship(Extraction(1, mentions=[weaker, other, surer]))
    assert [(m.type, m.confidence) for m in ex.mentions] == [(RelationType.ACQUISITION, 0.89),
                                                            (RelationType.STAKE, 0.5)]
