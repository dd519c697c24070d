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
