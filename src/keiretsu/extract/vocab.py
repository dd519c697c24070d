"""The vocabularies entity rules read, as data: one registry of files under ``data/``.

Each file says in its header what it holds and why. A rule asks for a vocabulary by name
(``vocabulary("not_companies")``), never for a path, so that adding a list is adding a file
and a line here.

* ``not_companies.tsv``: names that are never a company (government bodies, international
  organisations, associations and unions, news outlets, indexes, units, document and event
  names), as ``category<TAB>how<TAB>value``: ``name`` (the whole name, compared by its key),
  ``word`` (any name holding the word, unless the gazetteer knows the name), ``last`` (a name
  ending in the word), ``first`` (a name opening with the words), ``pattern`` (a regular
  expression the whole name matches), ``after`` (a lower-case word that, written right after a
  capitalised name, makes it the name of a body: "a House Appropriations subcommittee"), ``before`` (a
  lower-case noun, or words read together, that, written right before a capitalised name or a list of them,
  makes each the name of one: "the heart medications Nitropress and Isuprel", "a generic version of Sanctura XR").
* ``given_names.txt``: common given names, lower case: a capitalised pair opening with one is a
  person ("Nick Moir"), wherever the sentence is.
* ``headline_words.txt``: words a title-cased headline glues to a name ("Hilton Hotels
  Acquired", "Buy Forest Laboratories"), lower case: trimmed from either end of a name.
* ``title_words.txt``: the last words of job titles, offices and bodies of people ("Senior Managing
  Director", "Board of ..."), lower case: a name ending in one is no company, and "Co-Founder of
  Strattam Capital" names the company after "of".
* ``profession_words.txt``: what a person is at a firm beyond an office ("partner", "lawyer"),
  lower case: "a partner with Cleary, Gottlieb, Steen and Hamilton" names one firm, partners and all.
* ``staff_words.txt``: what a person is at a firm ("analyst", "partner"), lower case: right before "at",
  "with" or "from", they make the capitalised name after it a firm's ("an analyst at Peel Brothers").
* ``voice_words.txt``: who speaks for a firm ("spokesperson"), lower case: right before "for", they make
  the capitalised name after it the one spoken for, not a portfolio ("Vice President for International
  Services").
* ``furniture_words.txt``: words of a web page's furniture ("Tweet", "About", "Articles"), lower
  case: run into a name when the page is flattened to text, they are trimmed from its start, and a
  person's name ends before one.
* ``place_nouns.txt``: nouns for places ("port", "emirate", "town"), lower case: right before "of", they
  make the capitalised name after it a place's ("the port of Ostend"), no company's.
* ``rating_verbs.txt``: verbs of an analyst's firm changing its view of a stock ("lowered", "upgraded"),
  lower case: the capitalised name opening a clause before one, with a rating or price target after it,
  is a firm ("Acme Securities lowered Bolt Inc to neutral").
* ``product_words.txt``: words that, capitalised right after a firm's own name, make it the name of one of
  its products or services ("Apple Watch", "Acme Pay"), lower case: no company is named there.
* ``product_verbs.txt``: verbs whose object is what a firm sells, lower-case lemmas: the capitalised name that is
  one's direct object ("approval to market Cephalexin", "markets Uninterruptible Power Systems") is a product's,
  no company's.
* ``vehicle_words.txt``: words that make a name a vehicle or unit of the firm named before them
  ("Burger King Investors", "Chrysler Credit"), lower case: the firm's short name is no short form of it.
* ``body_nouns.txt``: lower-case nouns for public bodies, unions and associations that name the
  body right after them ("the farm union FNSEA", "watchdog body COB"): that name is no company.
* ``goods.txt``: goods and commodities, lower case: bought from a company, they make it a
  supplier, not a company taken over ("buys electricity from X").
* ``parts.txt``: what a company sells without selling itself, lower case: "certain assets of X"
  is X's divestment to the buyer.
* ``and_words.txt``: words that continue a company's name after "and" ("Tire and Rubber", "Savings
  and Loan"), lower case: a legal name holding one there is one company, not two.
* ``states.txt``: US states and Canadian provinces as written after a town ("Corpus Christi, Texas",
  "Poughkeepsie, N.Y."), lower case: a name a story writes only right before one is the town, or a
  plant in it, never a company.
* ``arm_places.txt``: places English-language firms name their national or regional arms after
  (the Americas, Commonwealth countries, US states, Canadian provinces), lower case: after "Co of" one
  ends the firm's name ("Aluminum Co of Canada"); a town there says where the firm sits ("ISL Life
  Insurance Co of Dallas"), and so does "Nippon Steel Co of Japan".
* ``firm_openers.txt``: words that open company names in other languages ("Gruppo", "Banco",
  "Compagnie"), lower case: a name opening with one is a company, not a person the model read.
* ``number_words.txt``: cardinal numbers as words, lower case: capitalised inside a sentence right
  before a company's name, one opens the name ("Five Arrows Leasing").
* ``determiners.txt``: words that open a description of a firm ("the", "both", "its"), lower case: with a
  lower-case noun last, the phrase refers to a firm and is no alias of it ("the latter", "The automaker";
  ``keiretsu.graph.aliases``).
* ``designators.tsv``: endings of full company names by class, ``class<TAB>ending`` ("house" for
  "and Co", "holding" for "Group", "Corp"): a key whose names end in two classes is two firms
  (``keiretsu.graph.aliases``).
* ``legal_seats.tsv``: legal forms by where they say a firm is registered, ``class<TAB>form`` ("abroad" for
  "Plc", "AG", "SA"; "us" for "Inc", "Corp"): a key whose names end in both is a firm abroad and its
  United States namesake or unit (``keiretsu.graph.aliases``).
* ``lead_words.txt``: capitalised words written right before a company's name that are no part of
  it ("The", "Japanese", "March"): a name only ever written after another capitalised word is a
  piece of a longer one (``keiretsu.graph.nodes``).
* ``state_bank_words.txt``: words that open the names of banks states own ("Central", "Reserve"), lower case:
  a "Bank of" name with no other word of its own before "Bank" is no company.
* ``thing_words.txt``: nouns that make the name written right before them a product's, a site's or
  a place's ("the Pony Excel sub-compact", "the Skeena pulp mill"; ``keiretsu.graph.nodes``).
* ``firm_nouns.tsv``: common nouns for a firm, as ``class<TAB>noun`` by what a rule does with one: no person
  is called one (``institution``), one right before a name says it is a firm's (``cue``), a description after
  a name ends in one (``part``), a name after one and a comma says which firm (``apposed``), as a subject with
  "the" it refers back to a firm the story named (``referring``: "the retailer"), after a name opening the sentence and
  "is a" it says the name is a firm's (``predicated``: "RFG is a fresh-food company"), capitalised right after a
  name or after a place opening one it is no word of the name (``glued``: "its Citibank N.A. Subsidiary").
* ``referring_names.tsv``: words in a firm's name that make it what a referring noun calls a firm, as
  ``noun<TAB>word``: "the carrier" of "Delta Air Lines", "the bank" of "Acme Bancorp".
* ``name_words.tsv``: words in names, as ``class<TAB>word``: a business's last word (``business``), another
  word no person's name holds (``other``), more last words of firms' names (``ending``), what a firm does
  (``trade``: "the Finance Co" of Acme is no name of its own), what a market trades before "Exchange"
  (``market``), a metal a miner's name ends in (``mined``: "Kinross Gold").
* ``headline_kinds.tsv``: what a title-cased headline calls the firms of a people or a trade by, as
  ``class<TAB>word``: the plural (``plural``: "Firms") and a word other than a people's that opens the
  phrase (``opener``: "Tech"); two such words are no company's name ("Nigerian Banks Seek Stakes"); a verb of
  nearing a deal (``verb``) and the deal (``deal``) ending a name are the headline's ("Daimler Near Deal"); a
  word opening a results brief's period after the ticker (``report``: "<NES> TWO MONTHS NET").
* ``deal_words.tsv``: words the relation rules read to tell a party to a deal from what only stands beside
  one, as ``class<TAB>word``: an exchange's last word (``exchange``) and the words of listing (``listing``),
  what money goes into beside a partner (``venture``), the people of a company (``holder``), debt (``debt``),
  another company a firm's possessive names (``owner``) and a body of its people that is none (``body``), the
  paper a company issues of its own (``issued``), money lent (``lending``).
* ``node_cues.tsv``: words in and around a name that, across every story naming it, say whether it
  is a company ("Greyhound Lines", "the Dallah group") or not ("the cities of Anaheim", "the Sands
  Hotel"), as ``category<TAB>how<TAB>value`` (``keiretsu.graph.nodes``).
* ``unit_nouns.tsv``: the head nouns of a firm's units' names ("Division", "Group") and how many common words
  before one make the name a line of business, not a firm's (``keiretsu.graph.nodes``).
* ``owned_words.txt``: what only a firm has ("chief executive", "refinery", "earnings"), lower case: written
  right after a capitalised name's possessive, with at most one lower-case word between, they make the name a
  firm's ("Kestrova's aluminium refinery").
* ``announced_words.tsv``: what a sentence telling a deal done says of the stage before it, as
  ``class<TAB>word``: the verbs after "previously" that say it was settled first (``settled``: "the
  previously announced sale") and the nouns that make what was announced an offer instead (``offer``;
  ``keiretsu.graph.build``).
* ``order_words.tsv``: the words of a customer's order (``order``) and the verbs that, told as done, say the
  goods ordered were handed over (``delivered``), as ``class<TAB>word``: a supply tie told by an order is
  agreed until they are (``keiretsu.extract.relations.status``).
* ``to_come_words.tsv``: the modal auxiliaries (``modal``) that, on the verb whose predicate is a holding
  (``copula``: "Viacom will be a subsidiary of National"), whose small clause makes a company a holder
  (``making``: "will make Alza a preferred shareholder of Quest Blood"), put that holding in the future: agreed,
  not in force (``keiretsu.extract.relations.status``).
* ``ended_stage_words.tsv``: the words a deal's own noun carries ("proposed", "planned") that say the stage
  it had reached when an end that names none of its own called it off ("Pennzoil's proposed merger with Getty
  Oil, which was later taken over by Texaco": an offer), as ``class<TAB>word`` (``proposed``, ``agreed``;
  ``keiretsu.extract.relations.status``, ``lexicon.stage_ended``).
* ``currencies.tsv``: how an amount's currency is written ("mln Canadian dlrs", "stg"), as ``code<TAB>written``;
  a bare dollar, franc or crown (``-``) is the dateline's (``currency_places.tsv``: ``place<TAB>word<TAB>code``)
  (``keiretsu.extract.relations.attributes``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .names import name_key

REGISTRY = {
    "not_companies": "data/not_companies.tsv",
    "given_names": "data/given_names.txt",
    "headline_words": "data/headline_words.txt",
    "title_words": "data/title_words.txt",
    "and_words": "data/and_words.txt",
    "profession_words": "data/profession_words.txt",
    "person_nouns": "data/person_nouns.txt",
    "staff_words": "data/staff_words.txt",
    "voice_words": "data/voice_words.txt",
    "furniture_words": "data/furniture_words.txt",
    "place_nouns": "data/place_nouns.txt",
    "rating_verbs": "data/rating_verbs.txt",
    "product_words": "data/product_words.txt",
    "product_verbs": "data/product_verbs.txt",
    "vehicle_words": "data/vehicle_words.txt",
    "body_nouns": "data/body_nouns.txt",
    "goods": "data/goods.txt",
    "parts": "data/parts.txt",
    "property_words": "data/property_words.txt",
    "income_words": "data/income_words.txt",
    "states": "data/states.txt",
    "arm_places": "data/arm_places.txt",
    "firm_openers": "data/firm_openers.txt",
    "number_words": "data/number_words.txt",
    "designators": "data/designators.tsv",
    "legal_seats": "data/legal_seats.tsv",
    "determiners": "data/determiners.txt",
    "lead_words": "data/lead_words.txt",
    "state_bank_words": "data/state_bank_words.txt",
    "thing_words": "data/thing_words.txt",
    "service_words": "data/service_words.txt",
    "office_words": "data/office_words.tsv",  # relations/roles.py: offices beyond the executive titles
    "handover_words": "data/handover_words.tsv",  # relations/roles.py: an office passing from one person to another
    "node_cues": "data/node_cues.tsv",
    "unit_nouns": "data/unit_nouns.tsv",
    "firm_nouns": "data/firm_nouns.tsv",
    "referring_names": "data/referring_names.tsv",
    "name_words": "data/name_words.tsv",
    "deal_words": "data/deal_words.tsv",
    "headline_kinds": "data/headline_kinds.tsv",
    "owned_words": "data/owned_words.txt",
    "announced_words": "data/announced_words.tsv",
    "order_words": "data/order_words.tsv",  # relations/status.py: a supply tie told by an order
    "to_come_words": "data/to_come_words.tsv",  # relations/status.py: a holding a company will have or be
    "ended_stage_words": "data/ended_stage_words.tsv",  # relations/status.py: the stage a deal called off had reached
    "misspelt_words": "data/misspelt_words.tsv",  # relations/triggers.py: deal words as wire copy misspells them
    "currencies": "data/currencies.tsv",  # relations/attributes.py: the currency an amount is written in
    "currency_places": "data/currency_places.tsv",  # relations/attributes.py: what a bare "dlrs" means by dateline
}


def _lines(name: str) -> list[str]:
    text = resources.files("keiretsu.extract").joinpath(REGISTRY[name]).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """A one-word-a-line vocabulary, lower case."""
    return frozenset(line.strip().lower() for line in _lines(name))


@cache
def fields(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated vocabulary: each line's fields, stripped, lower case."""
    return tuple(tuple(f.strip().lower() for f in line.split("\t")) for line in _lines(name))


@cache
def table(name: str) -> dict[str, str]:
    """A ``class<TAB>value`` vocabulary: lower-case value -> class."""
    out = {}
    for line in _lines(name):
        cls, _, value = line.partition("\t")
        if not value.strip():
            raise ValueError(f"{REGISTRY[name]}: no tab-separated value in {line!r}")
        out[value.strip().lower()] = cls.strip()
    return out


@cache
def classes(name: str) -> dict[str, frozenset[str]]:
    """A ``class<TAB>value`` vocabulary whose values may be in several classes: class -> lower-case values."""
    out: dict[str, set[str]] = {}
    for line in _lines(name):
        cls, _, value = line.partition("\t")
        if not value.strip():
            raise ValueError(f"{REGISTRY[name]}: no tab-separated value in {line!r}")
        out.setdefault(cls.strip(), set()).add(value.strip().lower())
    return {cls: frozenset(values) for cls, values in out.items()}


@dataclass(frozen=True)
class NotCompanies:
    names: dict[str, str]  # name key -> category
    words: dict[str, str]  # lower-case word -> category
    last: dict[str, str]
    first: list[tuple[str, str]]  # lower-case opening words, category
    pattern: re.Pattern | None
    pattern_category: dict[str, str]
    after: dict[str, str]  # lower-case word after a name that makes it a body's name -> category
    before: dict[str, str]  # lower-case noun right before a name that makes it a thing's name -> category
    brands: frozenset[str]  # kinds of firm (companies.tsv) whose name is also that of what they sell
    long_last: tuple[str, ...]  # the long head words of bodies: a misspelling of one is still the body's

    def category(self, name: str) -> str | None:
        """Why a name is no company (its category), or None."""
        text = name.strip().replace("–", "-").replace("—", "-")
        if "/" in text and " " in text:  # "International Monetary Fund/World Bank": either part
            # ("Transpacific/Hawaii/Guam Service": a shipping line's route, the slashes its own)
            whole = self.pattern.fullmatch(text) if self.pattern is not None else None
            return self.pattern_category[whole.lastgroup] if whole else \
                next((c for c in map(self.category, text.split("/")) if c), None)
        key = name_key(text)
        if key in self.names:
            return self.names[key]
        tokens = [re.sub(r"'s?$", "", t) for t in re.findall(r"[\w&'-]+", text.lower())]  # "U.S. Army's"
        if not tokens:
            return None
        hit = next((self.words[t] for t in tokens if t in self.words), None)
        if hit:
            return hit
        if tokens[-1] in self.last:
            return self.last[tokens[-1]]
        if tokens[-1].rpartition("-")[2] in self.last:  # "Ifo-Institut"
            return self.last[tokens[-1].rpartition("-")[2]]
        misspelt = misspelling(tokens[-1], self.long_last)
        if misspelt:  # "Budget Commitee": wire copy misspells a body's head word
            return self.last[misspelt]
        first = text.split()[0].removesuffix("'s")
        if len(tokens) > 1 and first.isupper() and self.names.get(name_key(first)) == "government":
            return "government"  # "USDA General Sales", "MITI Industrial Electronics": a part of a body
        low = " ".join(tokens)
        for opening, cat in self.first:
            if low == opening or low.startswith(opening + " "):
                return cat
        if self.pattern is not None:
            m = self.pattern.fullmatch(text)
            if m is None and len(tokens) > 2 and tokens[-2] in words("given_names"):
                m = self.pattern.fullmatch(text.rpartition(" ")[0])  # "Chancellor Franz Vranitzky": a whole name
            if m:
                return self.pattern_category[m.lastgroup]
        # "U.S. Air Force's", "US Federal Reserve", "the Trade Policy Research Centre": a body with what the
        # text put around it
        bare = re.sub(r"^(?:the|The|U\.S\.|U\.K\.|US|UK)\s+(?=[A-Z])|(?:'s|')$", "", text)
        return self.category(bare) if bare != text else None


#: Words shorter than this are not compared for misspellings: too many real words lie one letter apart.
MISSPELT_MIN = 8
#: The shortest name key, or word of a name, a slip of the keyboard is told by: "Conract" for "Conrac", "Walywn"
#: for "Walwyn" (a shorter one is too often another firm's name).
NAME_SLIP_MIN = 6
#: How many times more often a spelling must be written than its slip to win: in a story's sentences, or by
#: the stories of a corpus.
SLIP_OUTNUMBERS = 3


@cache
def misspelling(token: str, words: tuple[str, ...], least: int = MISSPELT_MIN) -> str | None:
    """The one word of ``words`` that ``token`` is one slip from (a letter dropped, added, changed or
    two swapped), or None; a token shorter than ``least`` is none."""
    if len(token) < least or token in words or token.endswith("s") and token[:-1] in words:
        return None  # a plural is a word of its own: "Hospitals" may be a chain
    for w in words:
        if abs(len(w) - len(token)) > 1:
            continue
        k = next((n for n, (a, b) in enumerate(zip(token, w)) if a != b), min(len(token), len(w)))
        if token[k + 1 :] == w[k + 1 :] or token[k:] == w[k + 1 :] or token[k + 1 :] == w[k:] or \
                token[k + 2 :] == w[k + 2 :] and token[k : k + 2] == w[k : k + 2][::-1]:
            return w
    return None


@cache
def not_companies() -> NotCompanies:
    names, word, last, first, patterns, pattern_category, after, before, brands = {}, {}, {}, [], [], {}, {}, {}, set()
    for line in _lines("not_companies"):
        category, how, value = (line.split("\t") + ["", ""])[:3]
        value = value.strip()
        if how == "name":
            # "U.S. Treasury" is keyed as "Treasury": whether a place stays on a name is asked of this table
            # (``names._place_and_word``), and ``category`` looks a name up without its place too
            names[name_key(re.sub(r"^(?:U\.S\.|U\.K\.)\s+", "", value))] = category
        elif how == "word":
            word[value.lower()] = category
        elif how == "last":
            last[value.lower()] = category
        elif how == "first":
            first.append((" ".join(re.findall(r"[\w&'-]+", value.lower())), category))
        elif how == "after":
            after[value.lower()] = category
        elif how == "before":
            before[value.lower()] = category
        elif how == "brand":
            brands.add(value.lower())
        elif how == "pattern":
            group = f"p{len(patterns)}"
            patterns.append(f"(?P<{group}>{value})")
            pattern_category[group] = category
        else:
            raise ValueError(f"{REGISTRY['not_companies']}: unknown kind {how!r} in {line!r}")
    pattern = re.compile("|".join(patterns)) if patterns else None
    long_last = tuple(w for w, c in last.items() if len(w) >= MISSPELT_MIN and c in ("government", "association"))
    return NotCompanies(names, word, last, first, pattern, pattern_category, after, before, frozenset(brands), long_last)
