"""COMP24: false companies of modern financial prose, on sentences of the tuning files' FiNER-ORD articles and
the Reuters-21578 train split: brands listed after their owner's possessive or around a ticker's bracket, a known
firm written only before its product's name, a news outlet cited as a report's source."""

from keiretsu.models import EntityKind


def _companies(rules, text: str) -> set[str]:
    [ex] = rules.extract([(1, text)])
    return {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}


def test_a_tickers_bracket_in_a_list_of_brands_ends_no_list(rules):
    companies = _companies(rules, "Unilever, which owns famous brands such as Magnum (BSE: MAGNUML.BO - news) and "
                                  "Ben & Jerry's, said ice cream \" delivered strong growth helped by better weather "
                                  "than last year, \" particularly in Europe.")
    assert "Unilever" in companies
    assert not companies & {"Ben & Jerry", "Ben & Jerry's", "Magnum"}


def test_names_listed_before_their_owners_brands_are_brands(rules):
    companies = _companies(rules, "At the close of the first quarter, Stratasys had sold a total of 129,197 3D "
                                  "printers across its MakerBot, Objet, and Stratasys brands since their respective "
                                  "inceptions.")
    # (MakerBot stays: "its MakerBot" also reads as Stratasys's unit, and a relationship's end is kept)
    assert "Objet" not in companies
    companies = _companies(rules, "Wm. Wrigley Jr. Co said it raised the wholesale price for seven-stick packages "
                                  "of its Spearmint, Juicy Fruit, Doublemint and Big Red brands, marching competitive "
                                  "moves to a 35 cts retail price.")
    assert not companies & {"Spearmint", "Juicy Fruit", "Doublemint", "Big Red"}


def test_a_brand_the_story_names_elsewhere_as_a_firm_stays(rules):
    companies = _companies(rules, "At the close of the first quarter, Stratasys had sold a total of 129,197 3D "
                                  "printers across its MakerBot, Objet, and Stratasys brands since their respective "
                                  "inceptions. Thus far, Stratasys has written off $296 million -- 73% of the $403 "
                                  "million it paid for MakerBot -- raising serious questions about management's "
                                  "ability to create shareholder value from acquisitions.")
    assert {"Stratasys", "MakerBot"} <= companies
    assert "Objet" not in companies


def test_a_known_firm_written_only_before_its_products_name_is_the_product(rules):
    companies = _companies(rules, "Advanced knowledge and experience with Microsoft Excel, Word, Access and "
                                  "PowerPoint Experience with ERP Systems and data - mining, QAD a plus.")
    assert "Microsoft" not in companies


def test_the_firm_written_alone_beside_its_product_stays(rules):
    companies = _companies(rules, "Last week, Microsoft introduced Microsoft Windows, a program for personal "
                                  "computers.")
    assert "Microsoft" in companies


def test_an_outlet_revealing_a_report_is_its_source(rules):
    companies = _companies(rules, "Advertisement Fairfax Media revealed on Tuesday that HESTA, one of the country's "
                                  "biggest superannuation funds, had ordered investment managers to dump its "
                                  "Transfield stock.")
    assert "Fairfax Media" not in companies
    assert "HESTA" in companies


def test_a_luxury_houses_name_on_its_goods_is_the_product(rules):
    companies = _companies(rules, "For savings - savvy shoppers, the hunt for the best discount consumer shopping "
                                  "sites is both a valuable one (yes, you can save money) and a fun one (who wouldn't "
                                  "get a kick finding that Hermes scarf or Calloway 3 - wood at 90% off?)")
    assert "Hermes" not in companies


def test_a_byline_run_into_the_storys_company_is_cut_off(rules):
    text = ("WaterHealth Ghana Explains New Technology\nBy Daily Guide WaterHealth Ghana, a wholly - owned subsidiary "
            "of WaterHealth International, recently introduced its newest water purification technology designed to "
            "recover up to 70 percent of rejected water in Ghana.\nWaterHealth Ghana was established in 2007 to "
            "provide safe, scalable and affordable drinking water to underserved communities.")
    [ex] = rules.extract([(1, text)])
    companies = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}
    assert "Daily Guide WaterHealth Ghana" not in companies
    assert {"WaterHealth Ghana", "WaterHealth International"} <= companies
    assert ("stake", "WaterHealth International", "WaterHealth Ghana") in {
        (m.type.value, m.source, m.target) for m in ex.mentions}


def test_words_before_a_name_with_no_byline_stay_unless_the_name_came_first(rules):
    companies = _companies(rules, "Daily Guide WaterHealth Ghana, a wholly - owned subsidiary of WaterHealth "
                                  "International, recently introduced its newest water purification technology.\n"
                                  "WaterHealth Ghana was established in 2007 to provide safe, scalable and affordable "
                                  "drinking water to underserved communities.")
    assert "Daily Guide WaterHealth Ghana" in companies


def test_a_name_written_only_after_patented_is_a_product(rules):
    companies = _companies(rules, "The new technology, which ensures zero wastage of water, uses a six - stage world "
                                  "- class purification process augmented by its patented UV waterworks unit. The "
                                  "water is then passed through the patented UV Waterworks unit which deactivates all "
                                  "the microbiological contamination present.")
    assert not companies & {"UV", "UV Waterworks"}


def test_a_known_firm_after_proprietary_stays(rules):
    companies = _companies(rules, "A proprietary IBM pc will cause the pc market's growth to be flat or even negative "
                                  "in 1988 as vendors and users delay purchases to gauge the importance of the new "
                                  "machine,'' said John McCarthy, consultant with Forrester Research Inc.")
    assert "IBM" in companies and "Forrester Research" in companies


def test_a_campaigning_group_is_no_company(rules):
    companies = _companies(rules, "Namibia: Bid to Stop Double Murder Trial Yawa was speaking as TAC and Sonke "
                                  "Gender Justice announced their intention to join a class action lawsuit against "
                                  "South African gold mining companies as friends of the court.")
    assert "Sonke Gender Justice" not in companies
