"""Companies and people in a parsed sentence: the model's entities, the gazetteer, rules, references.

The model (spaCy's small English pipeline) finds most organisations and people.
The gazetteer adds known companies it misses; a rule adds proper nouns that
sit where a company must (the object of "agreement with ..."); organisations
that are not companies (regulators, unions, universities) are dropped.
Descriptive references ("the French automaker", "the two companies") resolve
to companies named earlier in the story when the story makes the referent
clear, and are left alone otherwise.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from ..clean.dates import MONTH_NAMES, WEEKDAYS
from ..models import EntityKind, EntityMention, Status
from .gazetteer import DEMONYMS, Gazetteer, places
from .names import LEGAL_FORMS, canonical_name, is_english, name_key, place_named, singulars
from .lexicon import CHIEF_FIELDS, GOODS, NOT_COMPANY_EXACT, OWNED, PART_NAMES, PLURAL_REF, SITE_HEADS, SITE_KINDS
from .vocab import MISSPELT_MIN, NAME_SLIP_MIN, SLIP_OUTNUMBERS, misspelling, not_companies
from .vocab import classes as vocabulary_classes
from .vocab import fields as vocabulary_fields
from .vocab import words as vocabulary

_MONTHS_DAYS = {*MONTH_NAMES, *WEEKDAYS, "separately"}
# A preposition and a day or a month opening a sentence before a name: "On Friday Cyacq Corp raised",
# "In March Texaco Inc said" (a bare month or day stays: "May Department Stores", "Tuesday Morning").
_WHEN_OPENING = re.compile(r"(?:On|In|By|Since|Until|Through|During|Last|Early|Late)\s+(?:Monday|Tuesday|Wednesday|"
                           r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
                           r"September|October|November|December)(?:\s+\d{1,2})?,?\s+(?=[A-Z])")


@dataclass
class Ent:
    """An entity in one parsed sentence: token span ``[i, j)``, or a resolved reference."""

    kind: EntityKind
    name: str
    text: str
    i: int
    j: int
    members: list[str] = field(default_factory=list)  # a plural reference: the companies it stands for

    @property
    def names(self) -> list[str]:
        return self.members or [self.name]


@dataclass
class StoryContext:
    """What earlier sentences of the same document said: for references and pronouns."""

    recent: list[str] = field(default_factory=list)  # companies, most recent last
    described: dict[str, set[str]] = field(default_factory=dict)  # name -> kinds/countries seen in appositives
    last_subject: str | None = None
    people: list[str] = field(default_factory=list)  # full names of people named so far
    #: The first company the story names: the one its lead is about, whom "the company" and an office
    #: named with no company ("Other members of the board are chairman X") stand for in wire copy.
    lead: str | None = None
    #: A sale of units a sentence did not name ("it sold three overseas subsidiaries to Y"): (seller, buyer,
    #: status, sentences left), for the next sentences that name them ("The units sold were A and B").
    units_traded: tuple[str, str, Status, int] | None = None
    #: person -> the one company the story has named them holding an office at (None: more than one),
    #: whom "the company" means in what they say ("Brooks also said the company would ...").
    employers: dict[str, str | None] = field(default_factory=dict)
    #: Companies the story wrote out with their legal form ("Cyclops Corp", "Sun Equities Corp"): a word
    #: of theirs written alone later is their name, English word or not ("sold 110,000 Cyclops shares").
    in_full: set[str] = field(default_factory=set)
    #: Short forms the story gave in brackets right after a company's name ("The Adelaide Steamship Co Ltd
    #: (Adsteam)"): written alone later ("will give Adsteam 49 pct"), that company, word or not.
    given: dict[str, str] = field(default_factory=dict)
    #: Companies the story had rate another's debt ("Moody's said it downgraded X"): what they say later of a
    #: deal ("Moody's said it would study the risk the acquisition offer represents for X") they comment on.
    raters: set[str] = field(default_factory=set)
    #: person -> the offices (company, title) the last sentence that gave them any gave them, held or to be
    #: held, and the last person so given one while no other was named since: whom "He succeeds Tom Brown"
    #: in the next sentence hands Tom Brown's office to.
    offices: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    last_officer: str | None = None
    #: The one company the last parsed sentence gave executive offices at, and where that sentence ended: whose
    #: offices a next sentence that names no company goes on telling ("Dynamics said CTS Chairman George F.
    #: Sommer will assume the additional title of President. ..., as is Chief Financial Officer Gary B. Erekson").
    office_firm: tuple[str, int] | None = None
    #: The one company the last parsed sentence told a stake in, and where that sentence ended: whom a share with no
    #: company written in the next one is of ("X will hold a 43 pct stake in Husky. Y will have a five pct interest").
    held: tuple[str, int] | None = None
    #: The one company the last sentence named, opening on it as its subject, and where that sentence ended
    #: ("Family-owned Wellard is seeking to raise $350 million."), and, while the sentence right after it is
    #: read, that company: whom "the company's" and a description ("the sportswear giant") there stand for.
    opened: tuple[str, int] | None = None
    before: str | None = None
    #: The companies earlier sentences made parties to a purchase, a sale, a stake or a merger.
    owning: set[str] = field(default_factory=set)
    #: The whole document's text: where else a word is written ("Natsuo Okada ... Okada expects": a surname).
    text: str = ""

    def saw(self, name: str) -> None:
        if self.lead is None:
            self.lead = name
        if name in self.recent:
            self.recent.remove(name)
        self.recent.append(name)

    def met(self, person: str) -> None:
        if person not in self.people:
            self.people.append(person)

    def full_name(self, surname: str) -> str | None:
        """The one person named so far whose surname (or name) this is: "Muller" after "Edward R. Muller"."""
        key = _person_key(surname)
        fits = {p for p in self.people if _person_key(p) == key or _person_key(p).split()[-1] == key}
        # "Ross Perot" after "H. Ross Perot": one person, the name written with its initial the fuller
        fits = {p for p in fits if not any(q != p and f" {_person_key(q)}".endswith(f" {_person_key(p)}") for q in fits)}
        return fits.pop() if len(fits) == 1 else None


def _unaccented(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def english_words(nlp) -> frozenset[str]:
    """The words of the model's lemmatizer index (WordNet's nouns, verbs, adjectives and adverbs):
    a capitalised first word outside it is a name ("Tencent holds ..."), inside it a word ("Shares rose")."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        return frozenset()
    return frozenset(w for pos in index.keys() for w in index[pos])


class EntityFinder:
    def __init__(self, gazetteer: Gazetteer | None = None, words: frozenset[str] = frozenset()):
        self.gaz = gazetteer or Gazetteer.default()
        self.words = words
        self._story: list[str] = []
        self._ctx = StoryContext()  # the story's context, for the sentence being read
        surfaces = sorted(self.gaz.surfaces, key=len, reverse=True)
        #: Known companies' names as written: also the first pass's test for a name in lower-cased-free text.
        # (a hyphen inside a name also as web copy tokenised it, spaced out: "Wal - Mart", "Coca - Cola")
        self.known = re.compile(r"(?<![\w-])(?:" + "|".join(map(_known_pattern, surfaces)) + r")(?![\w-])")
        kinds = sorted(self.gaz.kinds, key=len, reverse=True)
        #: Lower-case nouns a capitalised name qualifies when it names a firm's site or the firm's kind, not
        #: the firm: "the Dakota City plant", "the Wall Street firm of ..."
        self._site_words = frozenset(k.split()[-1] for k in kinds) | vocabulary("thing_words") | \
            vocabulary("place_nouns") | {"firm", "firms", "office", "offices", "branch", "headquarters"}
        #: Sites and places a name after "in", "near" or "around" locates ("offices in X", "mines around X")
        self._located = vocabulary("thing_words") | vocabulary("place_nouns") | {"office", "headquarters", "branch"}
        #: The nouns what the news calls companies end in that no person is called ("company", "carmaker",
        #: "bank"; not "manager", "publisher", "investor")
        self._kind_heads = frozenset(w for w in (k.split()[-1] for k in kinds)
                                     if w.endswith("maker") or w in _INSTITUTION_NOUNS)
        self._kind_plurals = frozenset(_plural(w) for w in self._kind_heads)
        #: "British lender Harwick Bank", "chipmaker Zorvex": what the news calls a firm, right before its name
        cues = sorted(self._kind_heads | _FIRM_NOUNS, key=len, reverse=True)
        self._kind_before = re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + rf")\s+({_NAME_RUN})")
        #: A capitalised name that a word of a business's name ends: "Karvy Stock Broking", "One97 Communications";
        #: not "Federal Communications Commission", "Bank of Montreal Securities": more name goes on after it;
        #: its possessive is no more name ("Zyvorn Biotech's trial results")
        ends = sorted((w.capitalize() for w in _BUSINESS_WORDS | _FIRM_ENDINGS if w.isalpha()), key=len, reverse=True)
        self._business_name = re.compile(rf"(?<![\w&.'/-])({_NAME_WORDS}\s(?:"
                                         + "|".join(ends) + r"))(?![\w&/-]|['’](?!s\b))(?!['’]?\s+(?:[A-Z&]|(?:of|for|de)\s))")
        #: "Reliance Jio, the telecom arm of ...", "Zorvex, a chipmaker based in ...": the name a description
        #: of a firm follows, the description's noun its last word
        # ("Kyoeikai, a mutual fund that ...": a fund is a firm, though "fund" cues no name before it)
        heads = sorted(self._kind_heads | _FIRM_NOUNS | _PART_NOUNS | {"fund"}, key=len, reverse=True)
        self._described_after = re.compile(
            rf"(?<![\w&.'/-])({_NAME_RUN}),\s+(?:the|a|an|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s)\s+(?:[\w-]+\s+){{0,3}}?(?:"
            + "|".join(map(re.escape, heads)) + r")(?=\s+(?:of|in|that|which|based|whose|with|for)\b|\s*[,.;])")
        #: "RFG is a fresh-food company that ...", "JVB is a securities broker-dealer registered ...", "Dataiku was
        #: established in 2013": a name opening the sentence that the sentence says is a firm, or was founded
        predicated = sorted(vocabulary_classes("firm_nouns")["predicated"], key=len, reverse=True)
        self._predicated = re.compile(
            rf"^\s*{_CLAUSE_OPENING}({_NAME_RUN})\s+(?:(?:is|was)\s+(?:also\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:"
            + "|".join(map(re.escape, predicated)) + r")(?=\s+(?:of|in|that|which|based|whose|with|for|registered|and)\b|"
            r"\s*[,.;])|was\s+(?:founded|established|incorporated)\s+(?:in|on|under)\b|"
            # "Sunpower designs and develops high reliability cryocoolers", "Starz owns and operates programming
            # services", "Transfield Services operates detention centres": what a business does, in the present,
            # said of a name opening the sentence (not "Colombia currently produces", a place; "M-1 makes up")
            rf"(?:(?:also|currently|primarily|mainly)\s+)?(?:{_ACTIVITY})\s+(?!up\b|to\b|in\b|at\b|for\b|on\b|it\b)"
            r"[a-z])")
        #: "Nordea sees a return to growth", "On July 5, 2012, GoIndustry was sold to ...", "Crestview could sell its
        #: stake": a name opening the sentence (after when or a linking phrase) that does what a business does
        #: (``_FIRM_DOINGS``); the name no English words, no place, no people and no person the story named
        # (a name with a small letter: an acronym opening a sentence is a body as often: "The EIA forecasts")
        self._acts_opening = re.compile(rf"^\s*{_CLAUSE_OPENING}(?!{_NO_NAME_OPENS}\b)(?=[^\s]*[a-z])({_BARE_NAME})\s+"
                                        rf"{_FIRM_DOINGS}")
        #: "Currently Air India, Air Costa and Spicejet operate from here", "Exxon, Mobil and Texaco reported
        #: higher profits": names listed opening the sentence that do, together, what businesses do; each name
        #: held to what a name opening a sentence alone is held to (``_acts_opening``)
        self._listed_acting = re.compile(
            rf"^\s*{_CLAUSE_OPENING}(?:Currently\s+)?(?!(?:{_NO_NAME_OPENS}|Both|All|Most|Many|And|But|Or|So|Yet)\b)"
            rf"((?:{_BARE_NAME},\s+)*{_BARE_NAME},?\s+and\s+{_BARE_NAME})"
            rf",?\s+(?:{_LISTED_DOINGS})")
        #: "As part of this transaction, VF also acquired the Vans retail stores", "In May 2009, RRI sold its Texas
        #: retail business": an acronym opening the sentence that buys or sells (what a body does is told otherwise:
        #: "The EIA forecasts", "OPEC agreed")
        self._deals_opening = re.compile(rf"^\s*{_CLAUSE_OPENING}([A-Z][A-Z0-9&]{{1,5}})\s+{_ACRONYM_DEALS}")
        #: "biotech companies such as Immunogen and Gilead Sciences", "chains such as Woolworths and Coles":
        #: examples of what the news calls firms are firms (the list whole, not "Schering" of "Schering - Plough");
        #: so are the examples market copy gives with no kind ("the likes of Kestrova and Orvana Mining")
        # and so are a firm's competitors a sentence lists ("key competitors include IBM, Intel", "Our principal
        # competitors in the area of information technology include SkillSoft and Global Knowledge")
        plurals = sorted(self._kind_plurals | {_plural(w) for w in _FIRM_NOUNS} | {"competitors", "vendors"},
                         key=len, reverse=True)
        self._kinds_listed = re.compile(r"(?:\b(?:" + "|".join(map(re.escape, plurals)) + r"),?\s+(?:such as|including|"
                                        r"like)|\b[Tt]he likes of|\b(?:competitors|rivals)(?:\s+(?:in|on|for)\s+(?:the\s+)?"
                                        r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}?)?\s+(?:include|includes|included))"
                                        rf"\s+({_LIST_ITEM_TEXT}(?:, {_LIST_ITEM_TEXT})*(?:,? (?:and|or) "
                                        rf"{_LIST_ITEM_TEXT})?)(?![\w&'-]|\s+[-–]\s*[A-Z])")
        demonyms = sorted(DEMONYMS, key=len, reverse=True)
        self._descr_re = re.compile(
            r"\bthe\s+((?:" + "|".join(map(re.escape, demonyms)) + r")\s+)?(?:(?:state|\w+)\s+)?(?:"
            + "|".join(map(re.escape, kinds)) + r")(?:'s)?\b",
            re.I,
        )
        self._appos_re = re.compile(
            r"^,\s+(?:the|a)\s+((?:" + "|".join(map(re.escape, demonyms)) + r")\s+)?(?:\w+\s+)?("
            + "|".join(map(re.escape, kinds)) + r")\b",
            re.I,
        )

    def find(self, sent, ctx: StoryContext, cased: bool, marked: list[tuple[int, int]] = (),
             ticked: list[int] = (), quoted: list[int] = (), clean: str | None = None) -> list[Ent]:
        """Entities of a spaCy ``Doc`` holding one sentence, in order; updates ``ctx``. ``marked``:
        character spans the source marks as company names (wire copy's "<Skis Dynastar SA>"); ``ticked``:
        where the source's tickers after a name stood ("Mobil <MOB>"); ``quoted``: where an exchange's
        stock quote after a name stood ("Kestrel Airlines (NASDAQ: KSTL)"); ``clean``: the sentence as written,
        before tickers were blanked (a short form in brackets is read there: "National Milling Corp (NMC)")."""
        taken = [False] * len(sent)
        # companies named before, this sentence's too: their short forms are names whatever their words
        self._story = list(ctx.recent)
        self._ctx = ctx
        # the sentence as written, for ``_whole_name``: a short form in brackets is blanked in ``sent``
        self._clean = (sent.text, clean if clean is not None and len(clean) == len(sent.text) else sent.text)
        # A line in capitals (a table, a headline) says nothing by its case: only known names count there
        shouting = cased and _mostly_capitals(sent.text)
        # Nor does a line in title case ("China Devalues the Yuan", "Do Super Dividends Make ..."): there
        # a name must be known, carry a legal suffix, or hold a word that is no English word
        titled = cased and not shouting and title_cased(sent.text)
        out: list[Ent] = []
        ents = sent.ents  # built anew at each read: read once, not once per known name
        ents = self._possessive_names(sent, ents)

        def add(kind: EntityKind, i: int, j: int, name: str, text: str, members: list[str] | None = None) -> None:
            based = next((k for k in range(i + 2, j - 1)
                          if sent[k].lower_ == "based" and sent[k - 1].text == "-"), None)
            if kind is EntityKind.COMPANY and based is not None:  # "Lisle, Ill.-based Amphenol": placed, not named
                i, text = based + 1, sent[based + 1 : j].text
                name = self.gaz.canonical(text)
            if kind is EntityKind.COMPANY and not members and self._place_taken_in(text, ctx):
                i = next(k for k in range(i, j) if sent[k].idx > sent[i].idx + len(text.split()[0]))
                text = sent[i:j].text
                if self._word(canonical_name(text).lower()):
                    return  # "U.S. Chipmakers", "a U.S. Firm's": a place and a word, no name
                name = self.gaz.canonical(text)
            if not members and _furniture_before(text) and self.gaz.lookup(text) is None:
                k = i  # "Tweet Acme Bancorp": a sharing button ran into the name
                while k < j - 1 and sent[k].lower_ in vocabulary("furniture_words"):
                    k += 1
                if k == i or canonical_name(f"X {sent[k:j].text}") == "X" or \
                        kind is EntityKind.PERSON and " " not in _clean_person(sent[k:j].text):
                    return  # "Articles LinkedIn's": no person is named by one word a heading runs into
                i, text = k, sent[k:j].text
                name = self.gaz.canonical(text) if kind is EntityKind.COMPANY else _clean_person(text)
            address = next((k for k in range(i + 1, j) if _ADDRESS.search(sent[k].text)), None)
            if kind is EntityKind.COMPANY and not members and address is not None:
                # "Zignal Labs zignal@shiftcomm.com": a contact line's address ran into the name
                j, text = address, sent[i:address].text
                name = self.gaz.canonical(text)
            if kind is EntityKind.COMPANY and not members:
                a, b = self._whole_name(sent, i, j, taken)
                if (a, b) != (i, j):  # "Scher" of "Rowley-Scher": the name is the whole
                    i, j, text = a, b, sent[a:b].text
                    # "Wal - Mart" is written "Wal-Mart", "Vereins - und Westbank" "Vereins- und Westbank"
                    tidy = _SPACED_DASH.sub("-", _SUSPENDED.sub(r"- \1 ", text))
                    name = self.gaz.canonical(tidy)
                    if not self._is_company(tidy, cased):
                        return
                if self._part_of_body(sent, i, j, text):
                    return
                if len(text.split()) > 1 and text.split()[-1].strip(".,").lower() in LEGAL_FORMS and \
                        canonical_name(text).lower() in DEMONYMS and self.gaz.lookup(text) is None:
                    # "another Canadian Company, <Onex Capital Corp Ltd>": a people's word and a legal form (not
                    # "American Motor' debt": a misspelt name the canonical form cuts)
                    return
                if j + 1 < len(sent) and sent[j].lower_ in vocabulary("title_words") and \
                        _FIRM_AFTER_TITLE.match(sent.text, sent[j].idx + len(sent[j].text)):
                    return  # "FCOJ analyst with Shearson": the words before the title are the field
                if j + 1 < len(sent) and sent[j].text in _DASHES and not sent[j - 1].whitespace_ and \
                        not sent[j].whitespace_ and sent[j + 1].is_lower and sent[j + 1].is_alpha and \
                        not sent[j + 1].lower_.endswith(("ed", "en")) and sent[j + 1].lower_ not in _PARTICIPLES:
                    return  # "EMT-defibrillation equipment": the word qualifies a term, it names no one
                if i >= 2 and sent[i - 1].is_space and "\n" not in sent[i - 1].text and len(sent[i - 1].text) > 2 and \
                        sent[i - 2].is_alpha and sent[i - 2].text[:1].isupper() and \
                        canonical_name(f"X {sent[i - 2].text}") != "X":
                    return  # "Merrill Lynch <MER> Capital Markets": the rest of the name a blanked ticker split
            glued = next((k for k in range(i + 1, min(i + 4, j - 2)) if sent[k].text == "-" and
                          sent[k + 1].text in _GLUED_OWNING and not sent[k - 1].whitespace_ and
                          not sent[k].whitespace_), None) if kind is EntityKind.COMPANY and not members else None
            if glued is not None:
                # "Alibaba-owned Ant Group", "Tencent-backed Meituan" read as one name: the name glued to the
                # participle is its owner's or backer's, a firm of its own; the name is what follows
                if self._glued_owner(sent[i:glued].text, ctx):
                    add(kind, i, glued, self.gaz.canonical(sent[i:glued].text), sent[i:glued].text)
                i, text = glued + 2, sent[glued + 2 : j].text
                name = self.gaz.canonical(text)
            if kind is EntityKind.COMPANY and not members and (two := _two_firms(text)) is not None:
                k = next((k for k in range(i + 1, j) if sent[k].idx == sent[i].idx + two), None)
                if k is not None and sent[k - 1].lower_ == "and":
                    add(kind, i, k - 1, self.gaz.canonical(sent[i : k - 1].text), sent[i : k - 1].text)
                    add(kind, k, j, self.gaz.canonical(sent[k:j].text), sent[k:j].text)
                    return
            if any(taken[i:j]):
                return
            if kind is EntityKind.COMPANY and _SOCIAL_BEFORE.search(sent.text, 0, sent[i].idx):
                return  # "become a fan on Facebook": a web page's sharing button, no party to the news
            if kind is EntityKind.COMPANY and _AGED.match(sent.text, sent[j - 1].idx + len(sent[j - 1].text)):
                return  # "McPhail, 50, is angry": a person's age after the name
            if kind is EntityKind.COMPANY and _DATED_AFTER.match(sent.text, sent[j - 1].idx + len(sent[j - 1].text)):
                return  # "Fool.co.uk – 10 hours ago": the source a page credits for a headline, no party to it
            if kind is EntityKind.COMPANY and j == i + 1 and self._shouted_word(sent, i):
                return  # "-- WARREN ON DEFENSE:": a word of a heading in capitals, no name
            if kind is EntityKind.COMPANY and not members and j == i + 1 and sent[i].text[1:].islower() and \
                    _unaccented(sent[i].lower_) in vocabulary("given_names") and self.gaz.lookup(text) is None and \
                    not (j + 1 < len(sent) and sent[j].text in ("'s", "’s") and
                         not (sent[j + 1].is_lower and sent[j + 1].pos_ in ("NOUN", "ADJ"))) and \
                    not (j + 1 < len(sent) and sent[j].text == "," and sent[j + 1].text[:1].isupper()) and \
                    not _holds_an_office(sent.text, sent[i].idx, sent[j - 1].idx + len(sent[j - 1].text)):
                # "to celebrate Malcolm's plans": a given name alone names a person, no firm; a shop named so
                # stands in a list ("Martin's and Drummond pharmacies"), a partner opens a firm's name ("the
                # firm of Paul, Weiss, Rifkind"). One the sentence gives an office ("Pete also worked at") is
                # made a person below.
                return
            if kind is EntityKind.COMPANY and not members and self.gaz.lookup(text) is None and \
                    not _LEGAL_NAME.search(text):
                person = ctx.full_name(text)  # "Reynolds" after "Ronald Reynolds": the person again
                generation = _GENERATION_ENDS.search(text)
                end = sent[j - 1].idx + len(sent[j - 1].text)
                if person is not None:
                    kind, name = EntityKind.PERSON, person
                elif generation is not None and not _firm_word(generation.group(1).lower()) and \
                        not _firm_after(sent.text, end + sent.text.startswith(".", end)):
                    # "to Laurence Crink Jr and a group of investors", "by August Busch III, chairman": a
                    # generation's suffix ends a person's name, not a firm's ("Wm. Wrigley Jr. Co", "Venture
                    # Partners III")
                    kind, name = EntityKind.PERSON, _clean_person(text)
                elif _INITIALLED.fullmatch(text) and _unaccented(text.split()[0].lower()) in vocabulary("given_names") \
                        and not _firm_word(text.split()[-1].lower()) and not _firm_after(sent.text, end) and \
                        not _firm_word_after(sent.text, end):
                    # "between PokerTek, Inc. and Arthur L. Lomax", a filing's table's "Thomas R. Voss 65 Chairman":
                    # a given name, a middle initial and a surname are a person's, where an agreement's parties
                    # or a table's columns led the model to a firm (not "Ivan F. Boesky and Co", "the Robert W.
                    # Baird unit": a firm named after its founder says so)
                    kind, name = EntityKind.PERSON, _clean_person(text)
                elif i > 0 and sent[i - 1].lower_ in vocabulary("person_nouns") and 1 < j - i < 4 and \
                        _person_ok(_clean_person(text)) and not _firm_word_after(sent.text, end):
                    # "In 1980, Australian millionaire Clyde Packer bought the magazine": what the name is, written
                    # before it, is what only a person is (``person_nouns.txt``)
                    kind, name = EntityKind.PERSON, _clean_person(text)
                elif _holds_an_office(sent.text, sent[i].idx, sent[j - 1].idx + len(sent[j - 1].text)) and \
                        not any(a < sent[j - 1].idx + len(sent[j - 1].text) and sent[i].idx < b for a, b in marked):
                    # "He replaces Anastasios Kyriakides, who resigned", "Myers served as the company's Executive
                    # Vice President": whom the sentence gives an office or "who" is a person, no firm
                    if not _person_ok(_clean_person(text)):
                        return
                    words = _clean_person(text).split()
                    while len(words) > 1 and words[0].lower().rstrip(".") in _HONORIFICS:
                        words = words[1:]  # "Professor Edelman founded"
                    kind, name = EntityKind.PERSON, " ".join(words)
            for k in range(i, j):
                taken[k] = True
            out.append(Ent(kind, name, text, i, j, members or []))
            if kind is EntityKind.COMPANY and not members:
                self._story.append(name)

        for a, b in marked:
            span = sent.char_span(a, b, alignment_mode="expand")
            # the source marks associations and agencies too: "<National Association of Securities Dealers>"
            if span is not None and not _is_title(span.text) and self._marked_company(span.text):
                add(EntityKind.COMPANY, span.start, span.end, self.gaz.canonical(span.text), span.text)
            elif span is not None and (not_companies().category(span.text) not in (None, "outlet") or
                                       _is_association(span.text) or _only_a_body(span.text)):
                # "<Rosskopf, Rapp and Schmidt Insurance Agency>": no part of a name the source marks is a firm alone
                taken[span.start : span.end] = [True] * len(span)
        for m in _SHARED_NOUN.finditer(sent.text):
            words = f"{m.group(1)} {m.group(2)}".lower().replace(",", "").split()
            if words[0] in ("the", "both") or any(w.rstrip(".") in LEGAL_FORMS for w in words) or \
                    re.match(r",?\s+[A-Z]", sent.text[m.end():]):
                continue  # "Halvard Railroad Co and Pemberly Banks Inc": a firm's own name, not a shared noun
            # each name with the noun in the singular, as its own: no "Southern Pacific Railroads"
            for g in (1, 2):
                span = sent.char_span(m.start(g), m.end(g) if g == 1 else m.end(), alignment_mode="expand")
                if span is not None:
                    name = f"{m.group(g).strip()} {m.group(3)}"
                    add(EntityKind.COMPANY, span.start, span.end, self.gaz.canonical(name), name)
        # Names with a legal suffix are companies whatever the model says ("Conagra Inc" is no person).
        known = list(self.known.finditer(sent.text))  # read once: a long alternation of every known name
        known_spans = [(k.start(), k.end()) for k in known]
        for name, a, b in _fund_names(sent.text):
            # a fund's name says what it is, as a legal form does, before the model cuts it at the index it tracks
            span = sent.char_span(a, b, alignment_mode="expand")
            if span is not None:
                add(EntityKind.COMPANY, span.start, span.end, self.gaz.canonical(name), span.text)
        for m in _LEGAL_NAME.finditer(sent.text):
            begin = m.start()
            before, joined, after = m.group(0).partition(" and ")
            # "Britain's Cable and Wireless Plc": the owner's possessive opens no firm's name
            own = re.split(r"['’]s ", before)[-1]
            if joined and _ticker_within(begin, begin + len(before), (*ticked, *quoted)):
                # "Citicorp <CCI.N> and Chase Manhattan Corp": a ticker ends the first firm's name
                begin += len(before) + len(joined)
            elif joined and _MODEL_CODE.fullmatch(own.replace("-", "")):
                # "parts of General Dynamics Corp F-16 and McDonnell Douglas Corp F-4 jet fighters": a model's
                # code is the first maker's product, no part of the second maker's name
                begin += len(before) + len(joined)
            elif joined and len(own.split()) >= 2 and after.split()[0].lower().rstrip(",") not in vocabulary("and_words") and \
                    not _LETTER.fullmatch(after.split()[0]):
                # "Otis Elevator and Carrier Corp" are two companies; "Jones and Vining Inc", "National
                # Distillers and Chemical Corp", "Charter Federal Savings and Loan Association" are one, and
                # so is "Diamond Shamrock R and M Inc": no firm's name is a letter alone
                begin += len(before) + len(joined)
            elif joined and (self._named_apart(before) or self._surname_named(before)) and \
                    (len(after.split()) > 2 or after.split()[0].lower().rstrip(",") not in vocabulary("and_words") and
                     (after.split()[0].isupper() or self._named_apart(before, whole=True))) and \
                    not any(a == self._partners_before(sent.text, begin) < begin for a, _ in known_spans):
                # "the merger of USAir and Piedmont Aviation Inc"; not a known partnership's name that
                # opens before ("Donaldson, Lufkin and Jenrette Securities Corp"); with one word before the
                # legal form, where the story named the first alone ("Suralco's refinery ... owned by Suralco
                # and Billiton NV") or the second is an acronym ("Piedmont Aviation Inc ... Piedmont and PSA
                # Inc"; not "Standard Oil ... Standard and Poor's Corp", "Jefferies ... Jefferies and Co")
                begin += len(before) + len(joined)
            elif joined and self._firm_listed_before(sent.text, begin):
                # "Tellvane Corp said ... Tellvane, Varnex and Orbis Petroleum Co followed": a firm the story
                # named apart opens the run, so the commas and "and" list firms, no partners of one
                begin += len(before) + len(joined)
            elif joined or " & " in m.group(0):
                # ("Moody, Famiglietti & Andronico, LLP": partners joined by "&" too)
                begin = self._partners_before(sent.text, begin)
            slash = _SLASH_BEFORE.search(sent.text, 0, begin)
            if slash:
                begin = slash.start()  # "a venture called WGM/Eastman Inc": the name a slash joins is one
            series = _SERIES_BEFORE.search(sent.text, 0, begin) if _LETTER.fullmatch(m.group(0).split()[0]) else None
            if series is not None and begin == m.start():
                begin = series.start()  # "MEDIQ Diagnostic Imaging Partners - I LP": the fund's series, no name alone
            end = m.end()
            word, place = _WORD_CORP.fullmatch(m.group(0)), _OF_PLACE.match(sent.text, end)
            if begin == m.start() and word and place and (word.group(1).lower() in _TOWN_SERVED or self._word(
                    word.group(1).lower()) and _OF_WORDS.sub("", place.group(0)).lower() not in places()):
                end = place.end()  # "Financial Corp of Santa Barbara": a word and a legal form are no name alone
            when = _WHEN_OPENING.match(sent.text, begin, end)
            if when:
                begin = when.end()  # "On Friday Cyacq Corp": a sentence opening with when
            begin = _after_a_heading(sent.text, begin, end)
            if any(a < begin < b for a, b in known_spans):
                continue  # the tail of a known name: "Donaldson, Lufkin and Jenrette Securities Corp"
            span = sent.char_span(begin, end, alignment_mode="expand")
            if span is None:
                continue
            i = span.start
            for k in range(span.start, span.end - 1):  # "China's Geely Automobile Holdings": after the 's
                if sent[k].lower_ in ("'s", "'") and not _and_shortened(sent, k) and \
                        not self._owner_in_name(sent[span.start : k].text, sent[k + 1 : span.end].text,
                                                sent.text[span.end_char :], plural=sent[k].text == "'",
                                                person=sent[k - 1].ent_type_ == "PERSON",
                                                before=sent.text[: span.start_char]) and \
                        not (sent[k].text == "'" and self._people_named(sent[span.start : k].text)):
                    i = k + 1
            while i < span.end - 1 and (not (sent[i].pos_ == "PROPN" or sent[i].text[:1].isupper())
                                        or sent[i].lower_ in ("of", "&", "the", "former")):
                i += 1
            if i < span.end - 1 and sent[i].lower_ in _JOINING_OPENERS and sent[i].is_title:
                i += 1  # "the proposed purchase of American Motors Co <AMO> By Chrysler Corp", "But Asarco Inc"
            if i == span.start and i > 0 and sent[i - 1].lower_ in _SURNAME_PARTICLES and sent[i - 1].is_lower and \
                    (i == 1 or not sent[i - 2].text[:1].isupper()):
                i -= 1  # "with du Pont Co": the particle opens the name
            # "Chief Executive Officer of Fairfield Homes, Inc.", "Vice President Alan Darrow of Quorra Systems
            # Inc", "Shares of Beacon Inc rose": an office, a person's name or a report's words before "of" is no
            # part of the name
            # ("Hiram Walker of Canada Ltd": a place and a suffix after "of" name no firm, the whole does)
            # "The Merger of Sunoco, Inc. with ETP was completed": the deal a sentence opens with, no name's word;
            # "Sanford Margoshes of Shearson Lehman Brothers Inc": the person the model reads; "the Process
            # Chemicals Division of Occidental Petroleum Corp": a part is its owner's, no firm of its own;
            # "BankAmerica Co of Charles Schwab and Co Inc": a firm's legal name goes no further
            of = next((k for k in range(span.end - 2, i, -1)
                       if sent[k].lower_ == "of" and not _place_alone(sent[k + 1 : span.end].text) and
                       (sent[k - 1].lower_ in vocabulary("title_words") or _ends_in_a_person(sent[i:k].text) or
                        sent[k - 1].ent_type_ == "PERSON" and sent[k - 1].ent_iob_ != "B" or
                        sent[k - 1].lower_ in _PART_NOUNS | {"unit"} and sent[k - 1].is_title or
                        sent[k - 1].lower_.rstrip(".") in LEGAL_FORMS and k - 1 > i and
                        _LEGAL_NAME.fullmatch(sent[k + 1 : span.end].text) is not None or
                        all(t.lower_ in vocabulary("headline_words") or t.lower_ in _DEALS_TOLD for t in sent[i:k]))),
                      None)
            if of is not None:
                i = of + 1
            # "Do Super Dividends Make Brentwell Oil Plc ...": the name opens at its last run of odd words
            # ("Cheung Kong (Holdings) Ltd"), unless a known name opens it ("Donaldson, Lufkin and Jenrette
            # Securities Corp"), or it stands in a list of firms each closed by a legal form ("Underwriters are
            # Burns Fry Ltd and Midland Doherty Ltd.": the names make the line read as title case), or the wire's
            # ticker follows it ("a joint venture of Chemical Fabrics and Owens Corning Fiberglas Corp <OCF>": no
            # headline carries one)
            if titled and not any(a == sent[i].idx for a, _ in known_spans) and \
                    not ("," not in sent.text[sent[i].idx : span.end_char] and
                         _legal_names_listed(sent.text, sent[i].idx, span.end_char)) and \
                    not any(t >= span.end_char and not sent.text[span.end_char : t].strip() for t in ticked):
                odd = [k for k in range(i, span.end - 1) if sent[k].is_alpha and sent[k].lower_ not in _NAME_JOINERS
                       and not self._word(sent[k].lower_)]
                if odd:
                    i = odd[-1]
                    while i - 1 in odd:
                        i -= 1
                    # "we acquired Beijing Montagne Medical Device Co., Ltd.": the town a firm is named after opens it
                    while i - 1 > span.start - 1 and sent[i - 1].is_title and sent[i - 1].lower_ in places():
                        i -= 1
            if sent[i].lower_ in ("and", "&") and i > 0 and sent[i - 1].text[:1].isupper() and sent[i - 1].is_alpha:
                i -= 1  # "Hongkong and Shanghai Banking Corp": no name opens with "and", this one began before it
            if i == span.start and i >= 2 and sent[i - 1].is_lower and sent[i - 1].pos_ == "NOUN" and \
                    sent[i - 1].lower_ not in self._kind_heads | _FIRM_NOUNS | _PART_NOUNS and \
                    sent[i - 2].is_title and sent[i - 2].pos_ in ("PROPN", "ADJ") and not taken[i - 2] and \
                    self._no_name_alone(canonical_name(span.text)):
                i -= 2  # "American sports Advisors Inc": a word of the name wire copy left in lower case
            lowered = i == span.start and i >= 1 and sent[i - 1].is_lower and sent[i - 1].is_alpha and \
                sent[i - 1].lower_ not in vocabulary("lead_words") and not sent.doc.text[: sent[i - 1].idx].strip()
            if lowered:
                # "ATLANTA, March 30 - golden Poultry Co Inc said" (the dateline blanked): the story's first word,
                # the wire left in lower case
                i -= 1
            if i == span.start and i < span.end - 2 and sent[i].lower_ in vocabulary_classes("deal_words")["intermediary"] \
                    and not sent.doc.text[: sent[i].idx].strip() and not self._word(sent[i + 1].lower_):
                # "Underwriter Merrill Lynch and Co Inc said an initial public offering ... is underway": what the
                # firm is in the deal opens the story, not its name ("Trustee Savings Bank" goes on with a word)
                i += 1
            if canonical_name(f"X {sent[i].text}") == "X" and sent[i].lower_.rstrip(".") not in _OPENING_LEGAL and \
                    not (i + 1 < span.end and sent[i + 1].text.isdigit()):
                continue  # "Sdn Bhd": suffixes alone, their name cut off before them; "Group 1 Automotive" opens
            if i < span.end - 1 and not _is_title(sent[i:span.end].text):
                text = sent[i : span.end].text
                if not_companies().names.get(name_key(text)) or _is_association(text) or _only_a_body(text) or \
                        _place_cut_from(sent.text[: sent[i].idx], text):
                    # "Commodity Credit Corp", "Petroleum Equipment Suppliers Association", "U.S. Army Corp", the
                    # "Canada Inc" of "IXL Holdings Canada Inc"
                    continue
                add(EntityKind.COMPANY, i, span.end, self.gaz.canonical(text[:1].upper() + text[1:] if lowered else text),
                    text)
        # "an analyst at Peel Brothers": where a person works is a firm, whatever the model reads there
        if cased and not shouting:
            for name, a, b in self.staff_firms(sent.text, ctx):
                span = sent.char_span(a, b, alignment_mode="expand")
                # the model's person stands unless a person the firm employs is named before it
                if span is not None and not (any(t.ent_type_ == "PERSON" for t in span) and
                                             not any(e.label_ == "PERSON" and e.end <= span.start for e in ents)):
                    add(EntityKind.COMPANY, span.start, span.end, name, span.text)
            for name, a, b, strong in self.cued_firms(sent.text, ctx, ticked, quoted):
                span = sent.char_span(a, b, alignment_mode="expand")
                if span is not None and (strong or not any(t.ent_type_ == "PERSON" for t in span)):
                    add(EntityKind.COMPANY, span.start, span.end, name, span.text)
            for name, a, b in _rating_firms(sent.text):
                span = sent.char_span(a, b, alignment_mode="expand")
                # a firm rates a stock, whatever the model reads there, unless a person is named
                if span is not None and not self._a_person(name, ctx):
                    add(EntityKind.COMPANY, span.start, span.end, self.gaz.canonical(name), span.text)
            for name, a, b in _patterned_names(sent.text):
                span = sent.char_span(a, b, alignment_mode="expand")
                if span is not None:
                    add(EntityKind.COMPANY, span.start, span.end, self.gaz.canonical(name), span.text)
            for name, a, b in self.apposed_firms(sent.text):
                span = sent.char_span(a, b, alignment_mode="expand")
                if span is not None and not self._a_person(name, ctx):
                    add(EntityKind.COMPANY, span.start, span.end, name, span.text)
            for m in _OWNER_GLUED.finditer(sent.text):
                # "Alibaba-owned Ant Group": the word glued to "owned" before a name is its owner's name, unless
                # it is a place, a people or a word ("Texas-owned", "Chinese-owned", "Family-owned")
                word = m.group(1)
                span = sent.char_span(m.start(1), m.end(1), alignment_mode="expand")
                if span is not None and self._glued_owner(word, ctx):
                    add(EntityKind.COMPANY, span.start, span.end, self.gaz.canonical(word), span.text)
        # People where the text says a name must be, before the model's guesses
        if cased:
            for name, a, b in self.people_by_rule(sent.text, ctx):
                span = sent.char_span(a, b, alignment_mode="expand")
                if span is not None:
                    add(EntityKind.PERSON, span.start, span.end, name, span.text)
        # "Zerodha CEO Nithin Kamath": the name before a title that a person's name follows is a company
        if cased:
            for m in _COMPANY_TITLE_PERSON.finditer(sent.text):
                # "Smith Barney, Harris Upham and Co analyst": the name the title reaches opens inside a known
                # partnership's name, which is the whole firm's
                opening = next((a for a, b in known_spans if a < m.start(1) < b), m.start(1))
                written = sent.char_span(opening, m.end(1), alignment_mode="expand")
                if written is None or _FIRM_AFTER_TITLE.match(sent.text, m.end()):
                    continue  # "FCOJ analyst with Shearson": the words before the title are the field
                k = written.start
                # "Former", "The", "German": no part of the name; "Goodyear", "Nobel" are, though the
                # lemma index holds them too (the parser reads them as proper nouns)
                while k < written.end and (sent[k].lower_ in self.words and sent[k].pos_ != "PROPN" and
                                           self.gaz.lookup(sent[k].text) is None
                                           or sent[k].lower_ in DEMONYMS or sent[k].lower_ in places()):
                    if k + 2 == written.end and (sent[k].lower_ in DEMONYMS or sent[k].pos_ == "PROPN") and \
                            self._word(sent[k + 1].lower_):
                        break  # "American Express Chairman": a people's name and a word are the name
                    k += 1
                text = sent[k : written.end].text
                if not text or not self._is_company(text, cased, owner=True) or text.lower() in places():
                    continue
                add(EntityKind.COMPANY, k, written.end, self.gaz.canonical(text), text)
                # the person the title names, whatever words the name holds ("Delta spokesman Bill Berry")
                named = _NAME_AFTER_TITLE.match(sent.text, m.end())
                person = sent.char_span(named.start(), named.end(), alignment_mode="expand") if named else None
                if person is not None and not any(w.lower() in _NOT_IN_NAMES for w in named.group(0).split()) and \
                        not _firm_after(sent.text, named.end()):
                    add(EntityKind.PERSON, person.start, person.end, _clean_person(named.group(0)), named.group(0))
        # People the model took for organisations: "Makoto Uchida, Nissan's chief executive"; a title's unit
        # or body is neither ("controller of Armstrong's Tire Division", "To provide Leadership Team, CFO ...")
        for e in ents:
            if e.label_ in ("ORG", "GPE") and len(e) >= 2 and self.gaz.lookup(e.text) is None and \
                    not _LEGAL_NAME.search(e.text) and _titled(sent, e):
                # "at Princeton University, and the Chief Scientist at ...": a body that is never a company
                # (``not_companies.tsv``) is no person either
                if _names_a_person(e.text) and _person_ok(_clean_person(e.text)):
                    add(EntityKind.PERSON, e.start, e.end, _clean_person(e.text), e.text)
                else:
                    taken[e.start : e.end] = [True] * len(e)
        # Known companies: their canonical names beat the model's boundaries ("Saudi Aramco").
        for m in known:
            if _in_a_place(sent.text, m.start(), m.end()):
                continue
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            # (the model's longer organisation is read below: "Orange Julius of America")
            wider = self._known_inside(sent, span, taken) if span is not None and not any(
                e.label_ == "ORG" and e.start <= span.start and span.end <= e.end and len(e) > len(span)
                for e in ents) else None
            if wider is not None:
                add(EntityKind.COMPANY, wider.start, wider.end, self.gaz.canonical(wider.text), wider.text)
                continue
            own = self._story_short(span.text) if span is not None else None
            if own is not None:
                add(EntityKind.COMPANY, span.start, span.end, own, span.text)
                continue
            if span is not None and len(span) == 1 and span[0].lower_ in self.words and \
                    span[0].dep_ in ("amod", "compound", "det", "advmod", "nummod", "npadvmod") and \
                    not sent[: span.start].text.strip():
                # "Total revenue rose", "WASHINGTON, March 3 - Total supply of ...": a word that opens the sentence
                # (after the story's dateline, blanked), not the company
                continue
            if span is not None and span.end < len(sent) and _names_a_product(sent.text, m.end()):
                # "the BMW X6 crossover", "Apple Watch": the maker's name names a product there
                taken[span.start : span.end + 1] = [True] * (span.end + 1 - span.start)
                continue
            # (a person the model reads opening a known partnership's name is its first partners: "Piper Jaffray
            # and Hopwood Inc", the whole name is the firm)
            if span is not None and not any(e.label_ == "PERSON" and e.start <= span.start < e.end and
                                            not (e.start == span.start and e.end < span.end) for e in ents):
                # The model's longer organisation wins when it holds the known name ("Geely Automobile Holdings").
                org = next((e for e in ents if e.label_ == "ORG" and e.start <= span.start and span.end <= e.end), None)
                if org is not None and (span.end < org.end and sent[span.end].lower_ in ("and", ",") or
                                        org.start < span.start and sent[span.start - 1].lower_ in ("and", ",")) and \
                        not self._known_whole(sent, org, span) or \
                        org is not None and _ticker_joint(sent, org.start, org.end, (*ticked, *quoted)) is not None:
                    # "the merger between Qualcomm and NXP Semiconductors", "Texas International <TEICC> and Lear
                    # Petroleum Partners": two firms the model ran together
                    org = None
                if org is not None and (_LEGAL_NAME.search(_trimmed(sent, org).text) or
                                        not_companies().category(_trimmed(sent, org).text) in (None, "outlet")):
                    # not "the Goldman Sachs Foundation": that is no company; nor "Mighty Volkswagen", "Daimler Nears
                    # Deal": the press's or a headline's words the model ran into the name
                    whole = self._headline_trimmed(sent, _trimmed(sent, org))
                    span = whole if whole.start <= span.start and span.end <= whole.end else span
                # A unit named after its parent is a company of its own: "Google Cloud", "Samsung SDI"
                end = span.end
                while end < len(sent) and sent[end - 1].dep_ == "compound" and sent[end - 1].head.i >= end and \
                        sent[end].pos_ == "PROPN" and sent[end].text[:1].isupper() and sent[end].is_alpha and \
                        not taken[end] and sent[end].ent_type_ in ("", "ORG") and \
                        sent[end].lower_ not in NOT_COMPANY_EXACT and self.gaz.lookup(sent[end].text) is None and \
                        sent[end].lower_ not in vocabulary("headline_words") and sent[end].lower_ not in _CALLED_NOUNS:
                    end += 1
                arm = _ARM_AFTER.match(sent.text, sent[end - 1].idx + len(sent[end - 1].text)) \
                    if not_companies().category(span.text) != "outlet" else None  # "told Reuters Pakistan had"
                place = sent.char_span(arm.start(1), arm.end(1)) if arm is not None else None
                if place is not None and place.start == end and not any(taken[place.start : place.end]):
                    end = place.end  # "Uber India said": the arm named after its parent
                if end > span.end and not_companies().category(sent[span.start : end].text) not in (None, "outlet"):
                    end = span.end  # "Goldman Sachs Foundation", "Goldman Sachs' Impact Investing": no unit
                start = span.start - 1 if _month_named_before(sent, span.start, taken) else span.start
                span = self._headline_trimmed(sent, sent[start:end])  # "Daimler Near Deal": no unit
                add(EntityKind.COMPANY, span.start, span.end, self.gaz.canonical(span.text), span.text)
        for e in ents:
            if e.label_ == "PERSON":
                name = _clean_person(e.text)
                if self.gaz.lookup(name) is not None or \
                        len(e) > 1 and _unaccented(e[0].lower_) in vocabulary("firm_openers") or \
                        len(e) > 1 and e[0].text[:1].isupper() and \
                        _unaccented(e[0].lower_) not in vocabulary("given_names") and \
                        any(x.kind is EntityKind.COMPANY and x.name == e[0].text for x in out) or \
                        e.start > 0 and sent[e.start - 1].lower_ in self._kind_heads or \
                        len(e) > 1 and _unaccented(e[0].lower_) not in vocabulary("given_names") and \
                        _FIRM_VERB_BEFORE.search(sent.text, 0, sent[e.start].idx) and self._is_company(e.text, cased) or \
                        (_SYNDICATE_BEFORE.search(sent.text, 0, sent[e.start].idx) or
                         _SYNDICATE_AFTER.match(sent.text, sent[e.end - 1].idx + len(sent[e.end - 1].text))) and \
                        self._is_company(e.text, cased) or \
                        len(e) > 1 and (e[-1].lower_ in _BUSINESS_WORDS or e[-1].lower_ in _MINED and
                                        _unaccented(e[0].lower_) not in vocabulary("given_names")) and \
                        self._is_company(e.text, cased) and \
                        e[0].lower_ not in vocabulary("lead_words") and not (_opens(sent, e.start) and
                                                                           self._common_words(e)) or \
                        " " in name and self._placed_business(sent.text, sent[e.start].idx, name.lower().split()) and \
                        self._is_company(e.text, cased):
                    # "the British company Townsend Lines": what the news calls a company names one
                    # "Vice President-Accounting of Virginia Power": a place and a word of a business's name, though
                    # the place is a given name too
                    # "Halcyon Biotech", "Ostrava Bio", "Kinross Gold": a word of a business's name ends it
                    # "Italy's Gruppo Ferruzzi": a word no one is named, that opens firms' names
                    add(EntityKind.COMPANY, e.start, e.end, self.gaz.canonical(e.text), e.text)
                elif not _person_ok(name) or name.islower() and _CASED_INSIDE.search(sent.text) and \
                        (_unaccented(name.split()[0]) not in vocabulary("given_names") or
                         any(w in STOP_WORDS or not w.isalpha() for w in name.split())):
                    # ("frequent flyer miles", "rbd stearine at 277.50 dlrs": words in lower case, in a sentence that
                    # capitalises names, are none, nor "jack - of - all - trades"; but "conade's general manager, enrique
                    # estremadoyro" opens with a given name)
                    continue
                elif e.start > 0 and sent[e.start - 1].lower_ == "the" and not self._named_in_full(name) and \
                        not _HEADS_GOVERNMENT.match(sent.text, sent[e.end - 1].idx + len(sent[e.end - 1].text)):
                    # "in the Bass Strait", "the Charles Lefranc Cellars label", "which publishes The Brandon Sun": "the"
                    # opens no person's name (but "the Reagan administration" names its head, and "the Darren
                    # Aronofsky drama" a person's work)
                    continue
                elif " " in name:
                    end = e.end + 1 if self._last_name_after(sent, e.end) else e.end
                    # "Cor van der Klugt": the model stops inside a surname's particles, the name runs to the surname
                    k = end
                    while k < len(sent) and k < end + 2 and sent[k].lower_ in _SURNAME_PARTICLES and sent[k].is_lower:
                        k += 1
                    if (k > end or e[-1].lower_ in _SURNAME_PARTICLES and e[-1].is_lower) and k < len(sent) and \
                            sent[k].is_title and sent[k].is_alpha:
                        end = k + 1
                    # "Raider Irwin Jacobs", "According to Billionaire Jim Simons": what the news calls the person,
                    # capitalised at a sentence's or a headline's start, is no part of the name a given name opens
                    start = e.start + 1 if len(e) > 2 and e[0].is_title and e[0].lower_ in self.words and \
                        _unaccented(e[0].lower_) not in vocabulary("given_names") and \
                        _unaccented(e[1].lower_) in vocabulary("given_names") else e.start
                    add(EntityKind.PERSON, start, end, _clean_person(sent[start:end].text), sent[start:end].text)
                else:  # a surname alone ("Mr. Muller", "Reynolds said"): the person named in full before
                    full = ctx.full_name(name)
                    if full is not None:
                        add(EntityKind.PERSON, e.start, e.end, full, e.text)
                    elif e.start > 0 and sent[e.start - 1].text.rstrip(".").lower() in _HONORIFICS or \
                            _HONORIFIC.match(e.text):
                        add(EntityKind.PERSON, e.start, e.end, name, e.text)
            elif e.label_ == "ORG" and self._is_company(e.text, cased) and not shouting and \
                    not ((len(e) == 1 and (_opens(sent, e.start) or self._body_word(sent, e.start)) or titled)
                         and self._common_words(e)) and \
                    not (cased and _shouted_within(sent, e) and self.gaz.lookup(e.text) is None and
                         not _LEGAL_NAME.search(e.text)):
                # (a sentence's first word is capitalised whatever it is: "Intervention", "Negotiations")
                span = _trimmed(sent, e)
                start, end = span.start, span.end
                end = self._party_before_owner(sent, start, end)
                # "Skydance Media": a capitalised word the model left out, compounded onto the name
                while start > 0 and sent[start - 1].dep_ == "compound" and sent[start - 1].head.i >= start and \
                        sent[start - 1].text[:1].isupper() and sent[start - 1].is_alpha and not taken[start - 1] and \
                        sent[start - 1].lower_ not in DEMONYMS and sent[start - 1].lower_ not in places():
                    start -= 1
                # "Jan Ford Real Estate": a given name that is a month's short form too, read as a date; a date
                # writes its day after the month, no firm's name
                if _month_named_before(sent, start, taken):
                    start -= 1
                # "3G Capital": the tokenizer cut a figure from the word it opens, and the model left it out
                if start > 0 and sent[start - 1].is_digit and not sent[start - 1].whitespace_ and \
                        (start == 1 or sent[start - 2].whitespace_) and not taken[start - 1] and \
                        sent[start].text[:1].isupper():
                    start -= 1
                # "U.S. Bancorp's unit": the model took the place apart from a name that keeps it
                place = sent[start - 1] if start > 0 else None
                if place is not None and place.text in ("U.S.", "U.K.") and place.whitespace_ and \
                        not taken[start - 1] and self._place_named(sent[start - 1 : end].text, ctx):
                    start -= 1
                span = self._headline_trimmed(sent, sent[start:end])
                start, end = span.start, span.end
                # "Qualcomm and NXP Semiconductors": a known firm taken on one side of "and", the other is one too;
                # "Kierulff, Ducommun's largest division", "Norske Fina A/S and BP": so is a firm named apart
                # after the joint; and the speaker after a comma ("will be sold to Voxco, True North said")
                joint = next((k for k in range(start + 1, end - 1) if sent[k].lower_ in ("and", ",") and
                              (all(taken[start:k]) and not any(taken[k + 1 : end]) or
                               all(taken[k + 1 : end]) and not any(taken[start:k]) or
                               not any(taken[start:end]) and
                               (self._named_apart(_POSSESSIVE_END.sub("", sent[k + 1 : end].text)) or
                                sent[k].text == "," and _speaker_after(sent, k, end)))), None)
                if joint is not None:
                    start, end = (joint + 1, end) if taken[start] else (start, joint)
                # "Texas International <TEICC> and Lear Petroleum Partners": a ticker ends the first firm's name
                ticker = _ticker_joint(sent, start, end, (*ticked, *quoted))
                for a, b in ((start, ticker), (ticker + 1, end)) if ticker is not None else ((start, end),):
                    while b > a and sent[b - 1].is_space:
                        b -= 1
                    while a < b and sent[a].is_space:
                        a += 1
                    if a < b and self._is_company(sent[a:b].text, cased) and \
                            not _place_cut_from(sent.text[: sent[a].idx], sent[a:b].text) and \
                            not self._surname_after(sent, a, b):
                        add(EntityKind.COMPANY, a, b, self.gaz.canonical(sent[a:b].text), sent[a:b].text)
        # "the House Agriculture Subcommittee on Wheat, Feedgrains and Soybeans": the list a body's name goes
        # on with after "on" is the body's name, no firm's
        for e in ents:
            if e.label_ == "ORG" and any(t.text == "on" for t in e) and \
                    not_companies().category(_trimmed(sent, e).text) not in (None, "outlet"):
                k = e.end
                while k + 1 < len(sent) and sent[k].lower_ in (",", "and", "&") and sent[k + 1].is_title:
                    k += 2
                taken[e.start : k] = [True] * (k - e.start)
        self._proper_nouns(sent, taken, add, cased and not shouting and not titled)
        if cased and not shouting:
            # and a name this sentence gave in full before, written again short ("Calny Inc said ... PepsiCo Inc,
            # which already owns 9.9 pct of Calny stock")
            given = [e.name for e in sorted(out, key=lambda e: e.i) if e.kind is EntityKind.COMPANY and
                     not e.members and _LEGAL_NAME.search(e.text) and e.name not in ctx.recent]
            told = dataclasses.replace(ctx, recent=[*ctx.recent, *given], in_full={*ctx.in_full, *given}) \
                if given else ctx
            for name, a, b in [*self._short_forms_in(sent.text, told, sent), *self._story_names_in(sent, told)]:
                span = sent.char_span(a, b, alignment_mode="expand")
                if span is not None:
                    add(EntityKind.COMPANY, span.start, span.end, name, span.text)
        self._references(sent, ctx, taken, add, out, cased and not shouting and not titled)
        # "Curry is currently executive vice-president of ...": a surname alone the model read as no one's,
        # of the one person the story named in full by it (a firm's first word is the firm's: "Ford")
        for k, tok in enumerate(sent):
            if not taken[k] and tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and \
                    not (k > 0 and sent[k - 1].is_title) and not (k + 1 < len(sent) and sent[k + 1].is_title) and \
                    not any(n.split()[0] == tok.text for n in ctx.recent) and ctx.full_name(tok.text) is not None:
                add(EntityKind.PERSON, k, k + 1, ctx.full_name(tok.text), tok.text)
        out.sort(key=lambda e: e.i)
        for e in out:
            if e.kind is EntityKind.PERSON and " " in e.name:
                ctx.met(e.name)
            elif e.kind is EntityKind.COMPANY and not e.members and _LEGAL_NAME.search(e.text):
                ctx.in_full.add(e.name)
            if e.kind is EntityKind.COMPANY and not e.members:
                self._note_given(clean or sent.text, sent[e.j - 1].idx + len(sent[e.j - 1].text), e.name, ctx)
        self._short_forms(out, ctx, sent)
        unit_told = None
        if ctx.lead is None:
            unit_told = _unit_told(sent.text, [(e.kind, e.name, e.text, sent[e.i].idx,
                                                sent[e.j - 1].idx + len(sent[e.j - 1].text))
                                               for e in out if not e.members])
        self._learn_descriptions(sent, out, ctx)
        if unit_told is not None:
            ctx.lead = unit_told
        return out

    def scan(self, text: str, ctx: StoryContext, marked: list[tuple[int, int]] = (),
             ticked: list[int] = (), quoted: list[int] = (),
             clean: str | None = None,
             organisations: Callable[[], list[tuple[int, int]]] | None = None) -> list[tuple[EntityKind, str, str, int, int]]:
        """Names in a sentence the parser does not read (no trigger word in it), by cheap rules
        only: people by a given name or a title ("Reporting by Adam Jourdan", "Mr. Muller"),
        companies the source marks or the gazetteer knows. (kind, name, text, start, end), the
        span in ``text``. ``organisations``: the spans the model reads as organisations, asked for
        only where a company found is joined to another name (``_coordinated``)."""
        out: list[tuple[EntityKind, str, str, int, int]] = []
        taken: list[tuple[int, int]] = []
        self._story = list(ctx.recent)
        self._ctx = ctx

        def add(kind: EntityKind, name: str, a: int, b: int) -> None:
            if kind is EntityKind.COMPANY and self._place_taken_in(text[a:b], ctx):
                a += len(text[a:b].split()[0]) + 1
                if self._word(canonical_name(text[a:b]).lower()):
                    return
                name = self.gaz.canonical(text[a:b])
            cut = _furniture_before(text[a:b])
            if cut and self.gaz.lookup(text[a:b]) is None:  # "About Acme Health Inc": a page's heading ran in
                if canonical_name(f"X {text[a + cut : b]}") == "X":
                    return
                a += cut
                name = self.gaz.canonical(text[a:b]) if kind is EntityKind.COMPANY else _clean_person(text[a:b])
            if kind is EntityKind.COMPANY and (two := _two_firms(text[a:b])) is not None:
                add(kind, self.gaz.canonical(text[a : a + two - 5]), a, a + two - 5)
                add(kind, self.gaz.canonical(text[a + two : b]), a + two, b)
                return
            if any(a < y and x < b for x, y in taken):
                return
            if kind is EntityKind.COMPANY and _SOCIAL_BEFORE.search(text, 0, a):
                return  # "Share on Google Plus": a sharing button
            if kind is EntityKind.COMPANY and _AGED.match(text, b):
                return  # "McPhail, 50, is angry": a person's age
            if kind is EntityKind.COMPANY and _DATED_AFTER.match(text, b):
                return  # "Fool.co.uk – 10 hours ago": a headline's source
            taken.append((a, b))
            out.append((kind, name, text[a:b], a, b))

        for a, b in marked:
            if not _is_title(text[a:b]) and self._marked_company(text[a:b]):
                add(EntityKind.COMPANY, self.gaz.canonical(text[a:b]), a, b)
        people = self.people_by_rule(text, ctx)
        # "American Barrick Resources Corp": a known name opening no legal name it stands inside ("Barrick")
        # is a word of another firm's name, read whole below (as the parsed sentences read legal names first)
        legal = [(a, b) for a, b in self._legal_names(text, (*ticked, *quoted)) if self.gaz.lookup(text[a:b]) is None] \
            if not _mostly_capitals(text) and not title_cased(text) else []
        for m in self.known.finditer(text):
            if any(a < m.start() and m.end() <= b and all(
                    re.fullmatch(r"[A-Z][a-z]+", w) and (w.lower() in DEMONYMS or not self._word(w.lower()))
                    for w in text[a : m.start()].split()) for a, b in legal):
                continue  # (not "Done General Motors Co": a heading's word ran into the name)
            if any(a == m.start() and m.end() < b and self.gaz.canonical(text[a:b]) != self.gaz.canonical(m.group(0))
                   for a, b in legal):
                # "Bayer Innovation GmbH as lender": a known name opening a legal name the gazetteer does not know
                # is that firm's first word, its unit's or its namesake's, read whole below (as parsed)
                continue
            people_of = _PEOPLE_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if people_of and " " not in m.group(0) and people_of.group(1).lower() in DEMONYMS and \
                    self.gaz.lookup(text[people_of.start(1) : m.end()]) is None:
                # "said American Barrick announced": a people's name opens another firm's name (as parsed)
                add(EntityKind.COMPANY, self.gaz.canonical(text[people_of.start(1) : m.end()]), people_of.start(1),
                    m.end())
                continue
            if " " not in m.group(0) and any(a <= m.start() and m.end() <= b and b - a > m.end() - m.start()
                                             for _, a, b in people):
                continue  # "Prime Minister Tony Abbott": a known firm's one word is a person's surname there
            if " " not in m.group(0) and self._inside_a_name(text, m.start(), m.end()):
                continue  # "loan repayments from Khoo Teck Puat": a word of another name, no Teck
            if not text[: m.start()].strip() and m.group(0).lower() in self.words and \
                    _LOWER_WORD.match(text, m.end()) and not _VERB_AFTER.match(text, m.end()):
                continue  # "Total revenue rose"
            if _in_a_place(text, m.start(), m.end()):
                continue
            if _names_a_product(text, m.end()) or self._brand_sold(text, m.start(), m.end()):
                taken.append((m.start(), m.end()))  # "the Airbus 350 aircraft", "a Visa card": a product, no company
                continue
            whole = _PARTICLE_AFTER.match(text, m.end())
            if whole is not None:  # "said Barclays de Zoete Wedd": the known name opens a longer one, as parsed
                add(EntityKind.COMPANY, self.gaz.canonical(text[m.start() : whole.end()]), m.start(), whole.end())
                continue
            arm = _ARM_AFTER.match(text, m.end()) if not_companies().category(m.group(0)) != "outlet" else None
            if arm is not None:  # "BP Australia said": the arm named after its parent, as parsed
                add(EntityKind.COMPANY, self.gaz.canonical(text[m.start() : arm.end()]), m.start(), arm.end())
                continue
            unit = _UNIT_AFTER.match(text, m.end())
            if unit is not None and all(w.lower() in _BUSINESS_WORDS - {"bank"} for w in unit.group(1).split()) and \
                    canonical_name(text[m.start() : unit.end()]) == text[m.start() : unit.end()] and \
                    not_companies().category(text[m.start() : unit.end()]) is None:
                # "a survey by Mizuho Securities": a unit named after its parent is a company of its own, as the
                # parsed sentences read it ("Google Cloud"); "Barclays Bank" is the bank itself
                add(EntityKind.COMPANY, self.gaz.canonical(text[m.start() : unit.end()]), m.start(), unit.end())
                continue
            add(EntityKind.COMPANY, self.gaz.canonical(m.group(0)), m.start(), m.end())
        if not _mostly_capitals(text):
            # a fund's name says what it is, in a line of many capitals too ("2.49% of the Consumer
            # Discretionary Select Sector SPDR ETF")
            for name, a, b in _fund_names(text):
                add(EntityKind.COMPANY, self.gaz.canonical(name), a, b)
        if not _mostly_capitals(text) and not title_cased(text):
            for m in _OWNER_GLUED.finditer(text):
                # "Tencent-backed Meituan reported": the name glued to the participle is a firm's, as parsed
                if self._glued_owner(m.group(1), ctx):
                    add(EntityKind.COMPANY, self.gaz.canonical(m.group(1)), m.start(1), m.end(1))
            # A legal suffix makes a name wherever it stands: "Japan's Kawasaki Heavy Industries Inc said ..."
            for a, b in self._legal_names(text, (*ticked, *quoted)):
                opener = not text[:a].strip() and text[a:b].split()[0] not in _SURNAME_PARTICLES
                add(EntityKind.COMPANY, self.gaz.canonical(text[a].upper() + text[a + 1 : b] if opener else text[a:b]),
                    a, b)
            for name, a, b in _patterned_names(text):
                add(EntityKind.COMPANY, self.gaz.canonical(name), a, b)
        if not _mostly_capitals(text) and not title_cased(text):
            for name, a, b in self.staff_firms(text, ctx):
                add(EntityKind.COMPANY, name, a, b)
            for name, a, b, _ in self.cued_firms(text, ctx, ticked, quoted):
                add(EntityKind.COMPANY, name, a, b)
            for name, a, b in _rating_firms(text):
                add(EntityKind.COMPANY, self.gaz.canonical(name), a, b)
            for kind, name, a, b in self._titled_pairs(text):
                add(kind, name, a, b)
            for name, a, b in self.apposed_firms(text):
                add(EntityKind.COMPANY, name, a, b)
        elif not _mostly_capitals(text):
            # a ticker marks a listed firm's name in a price list, whose names make it read as title case
            # ("Exxon <XON> climbed one to 88-3/8, Mobil <MOB> one to 50-1/4")
            # and so does a holder's statement of the stocks it holds, whose list of names it is ("The Acme Fund
            # recommends Zorvex and General Motors")
            for name, a, b, _ in self.cued_firms(text, ctx, ticked, quoted):
                if any(t >= b and not text[b:t].strip() for t in (*ticked, *quoted)) or \
                        text[max(0, a - 4) : a] == "The " and _HOLDS_AFTER.match(text, b):
                    add(EntityKind.COMPANY, name, a, b)
        for name, a, b in people:
            add(EntityKind.PERSON, name, a, b)
        if not _mostly_capitals(text) and not title_cased(text):
            firms = [(x, y) for kind, _, _, x, y in out if kind is EntityKind.COMPANY]
            for name, a, b in self._listed_with(text, firms, ctx):
                add(EntityKind.COMPANY, name, a, b)
        if not _mostly_capitals(text):
            for name, a, b in self._short_forms_in(text, ctx):
                add(EntityKind.COMPANY, name, a, b)
        if organisations is not None and not _mostly_capitals(text) and not title_cased(text):
            firms = [(x, y) for kind, _, _, x, y in out if kind is EntityKind.COMPANY]
            if any(_JOINED_AFTER.match(text, y) or _JOINED_BEFORE.search(text, 0, x) for x, y in firms):
                for name, a, b in self._coordinated(text, firms, organisations(), ctx):
                    add(EntityKind.COMPANY, name, a, b)
        out.sort(key=lambda x: x[3])
        unit_told = _unit_told(text, out) if ctx.lead is None else None
        for kind, name, written, _, b in out:
            if kind is EntityKind.PERSON and " " in name:
                ctx.met(name)
            elif kind is EntityKind.COMPANY:
                ctx.saw(name)
                if _LEGAL_NAME.search(written):
                    ctx.in_full.add(name)
                self._note_given(clean or text, b, name, ctx)
        if unit_told is not None:
            ctx.lead = unit_told
        return out

    def _legal_names(self, text: str, ticks: Sequence[int] = ()) -> list[tuple[int, int]]:
        """Spans of names with a legal suffix in plain text, without what runs into them: a possessive
        ("Japan's"), lower-case or opening words ("The U.S. Austin Co"), the first of two companies
        joined by "and" ("Otis Elevator and Carrier Corp", "Citicorp <CCI> and Chase Manhattan Corp": the
        source's ticker stood at ``ticks``)."""
        out = []
        for m in _LEGAL_NAME.finditer(text):
            ahead = text[: m.start()].split()[-2:]
            if len(ahead) == 2 and ahead[1] in _NAME_JOINERS - {"the", "and"} and \
                    (ahead[0].endswith("-") or ahead[0][:1].isupper() and
                     ahead[0].lower() not in vocabulary("headline_words")):
                # "Vereins- und Westbank AG": the name began before, with words the pattern leaves out; not
                # "shares of Zorvex Corp", where a lower-case word ends the words before it
                continue
            begin = m.start()
            before, joined, after = m.group(0).partition(" and ")
            # "Britain's Cable and Wireless Plc": the owner's possessive opens no firm's name
            own = re.split(r"['’]s ", before)[-1]
            if joined and (_ticker_within(begin, begin + len(before), ticks) or
                           len(own.split()) >= 2 and after.split()[0].lower().rstrip(",") not in vocabulary("and_words")):
                begin += len(before) + len(joined)
            elif joined and (len(after.split()) > 2 and (self._named_apart(before) or self._surname_named(before)) or
                             self._firm_listed_before(text, begin)):
                begin += len(before) + len(joined)  # (a list of firms, as parsed sentences read it)
            elif joined or " & " in m.group(0):
                begin = self._partners_before(text, begin)
            apostrophe = max(text.rfind("'s ", begin, m.end()), text.rfind("' ", begin, m.end()))
            if apostrophe >= 0:
                owner, after = text[begin:apostrophe], apostrophe + (3 if text[apostrophe + 1] == "s" else 2)
                if not self._owner_in_name(owner, text[after : m.end()], text[m.end() :],
                                           plural=text[apostrophe + 1] != "s", before=text[:begin]) and \
                        not (text[apostrophe + 1] != "s" and self._people_named(owner)):
                    begin = after
            while True:
                word = re.match(r"(\S+)\s+", text[begin : m.end()])
                if word is None or word.group(1)[:1].isupper() and word.group(1).lower() not in ("the", "a", "an",
                                                                                                 "about") and \
                        word.group(1).lower() not in _JOINING_OPENERS:
                    break
                begin += word.end()
            first = _LOWER_OPENER.fullmatch(text[:begin])
            if first and begin == m.start() and first.group(1) not in vocabulary("lead_words"):
                begin = first.start(1)  # "ATLANTA, March 30 - golden Poultry Co Inc said": the story's first word
            # "On Friday Cyacq Corp": a sentence opening with when, not with the name
            when = _WHEN_OPENING.match(text[begin : m.end()])
            if when:
                begin += when.end()
            begin = _after_a_heading(text, begin, m.end())
            # "Shares of ChemLawn Corp": the words a report puts before a name
            lead = re.match(r"(?:[A-Z][a-z]+\s+)+of\s+", text[begin : m.end()])
            if lead and all(w.lower() in vocabulary("headline_words") for w in lead.group(0).split()):
                begin += lead.end()
            # "said Allan Leslie of Discount Corp": a person (or an office) and "of" before the firm
            of = text.rfind(" of ", begin, m.end())
            if of >= 0 and not _place_alone(text[of + 4 : m.end()]) and (_ends_in_a_person(text[begin:of]) or
                            text[begin:of].split()[-1:] and
                            text[begin:of].split()[-1].lower() in vocabulary("title_words")):
                begin = of + 4
            name = text[begin : m.end()]
            canon = canonical_name(name)
            if len(name.split()) < 2 or _is_title(name) or not_companies().names.get(name_key(name)) or \
                    len(name.split()) < 3 and self._word(canon.lower()) and not self._short_of_named(canon) and \
                    self._no_name_alone(canon) or \
                    _is_association(name) or not_companies().category(canonical_name(name)) not in (None, "outlet") or \
                    _place_cut_from(text[:begin], name):
                continue
            out.append((begin, m.end()))
        return out

    def _no_name_alone(self, word: str) -> bool:
        """Whether one English word before a legal suffix names no firm: a designator ("U.S. Company"), a
        plural noun cut from a longer name ("Airlines Inc" of "Delta <DAL> Airlines Inc"; "Resources Ltd" of a
        name a web page's markup split, a business's last word alone), a place
        ("Milwaukee Co"), a preposition opening a sentence before initials a legal form's too ("At ASA's annual
        meeting"). "Target Corp", "Cyclops Corp", "Chevron Corp" are names, words though they are."""
        low = word.lower()
        return canonical_name(f"X {word}") == "X" or low in places() or low in vocabulary("states") or \
            low in _GENERIC_FIRST_WORDS or low in _TRADE_WORDS or low in _BUSINESS_WORDS or \
            low in DEMONYMS or low in _PREPOSITIONS or low.endswith("s") and low not in self.words and is_english(low, self.words)

    def staff_firms(self, text: str, ctx: StoryContext) -> list[tuple[str, int, int]]:
        """Firms a text names as where a person works: "an analyst at Peel Brothers", "Jo Lee, a partner
        with Smith Keller", "analysts from Capital Research" (``staff_words.txt``), "Mitch Cole of Ross
        Partners" (a given name opens the person's), not a body, a place or a person ("an economist at
        the Bundesbank", "partners with Ann Lee", "Jim Cole of Texas"). (name, start, end)."""
        out = []
        given = vocabulary("given_names")
        for m in [*_STAFF_AT.finditer(text), *_PERSON_OF.finditer(text)]:
            word = m.group(1).split()[0].lower()
            if word not in (given if " " in m.group(1) else vocabulary("staff_words")):
                continue  # "Mitch Cole of Ross Partners": a person's workplace too
            if m.re is _STAFF_AT and re.search(r"\sof\s+(?:the\s+)?$", text[m.start() : m.start(2)]) and \
                    (word not in _HEAD_OF or any(w.lower() in vocabulary("title_words") or w.lower() == "board"
                                                 for w in m.group(2).split())):
                # "a consultant of ...": only a firm's head is "of" it; "officer of the Board & CEO": no firm
                continue
            # "of Cargill's Commodity Division": the firm is the owner, its division no firm of its own
            name = _POSSESSIVE_END.sub("", re.split(r"'s?\s", m.group(2))[0])
            after = text[m.start(2) + len(name) :]
            words = name.split()
            if len(words) > 1 and words[-1].lower() in given and re.match(r"\s+[A-Z][a-z]", after):
                # "analyst for Merrill Lynch Capital Markets Mario Balletto said": the name ran on into a person's
                name = name[: name.rindex(words[-1])].rstrip()
                after = text[m.start(2) + len(name) :]
            low = name.lower().rstrip(".")
            if _NAME_GOES_ON.match(after) or (_NEXT_WORD.match(after) and
                                              _NEXT_WORD.match(after).group(1) in self._site_words):
                continue  # "the Center for Policy Studies", "Weil, Labouisse": more name; "the Dakota plant": a site
            if low in places() or low in vocabulary("states") or low in DEMONYMS or low in vocabulary("lead_words") or \
                    low in _MONTHS_DAYS or low.endswith("-based") or self._a_person(name, ctx) or \
                    not self._is_company(name, True, slot=True) or self.gaz.lookup(name) is None and \
                    (_is_association(name) or not_companies().names.get(name_key(name))):
                continue
            out.append((self.gaz.canonical(name), m.start(2), m.start(2) + len(name)))
        return out

    def cued_firms(self, text: str, ctx: StoryContext, ticked: list[int] = (),
                   quoted: list[int] = ()) -> list[tuple[str, int, int, bool]]:
        """Firms a sentence marks as firms by the words in and around the name: what the news calls a
        firm before it or in an apposition after it ("British lender Harwick Bank", "Reliance Jio, the
        telecom arm of ..."), a word of a business's name ending it ("Karvy Stock Broking"), a stock quote
        after it ("Kestrel Airlines (NASDAQ: KSTL)", "Mobil <MOB>"), its analysts speaking ("Jefferies analysts
        said"), its shares or its offices
        ("Zorvex shares fell", "shares of Zorvex", "Zorvex's chief executive"), a part it owns before it ("a
        subsidiary of Zorvex"), a list of examples of what
        the news calls firms ("chains such as Woolworths and Coles"). Not a place, a people, a person or a
        body, nor common words alone unless what the news calls a firm names it ("Energy shares fell").
        (name, start, end, whether the cue outweighs the model's reading a person there:
        a person has shares and a board seat too). ``ticked``: where the source's tickers stood; ``quoted``: where
        its stock quotes stood, blanked for the parser as tickers are."""
        tickers = [m for t in ticked if (m := _TICKED.search(text, 0, t))]
        quotes = [m for t in quoted if (m := _TICKED.search(text, 0, t))]
        cues = [(self._kind_before, True, True), (self._described_after, False, True),
                (self._business_name, False, True), (_QUOTED_AFTER, False, True), (quotes, False, True),
                (tickers, True, True),
                (_STAFF_SAID, False, False), (_SHARES_AFTER, False, False), (_SHARES_OF, False, False),
                (_OWNED_OFFICE, False, False), (_PART_OF, False, True), (_HOLDER, True, False),
                (_LISTED_BEFORE, True, True), (self._predicated, False, False), (_OWNERS_UNIT, True, True),
                (self._acts_opening, False, False), (self._deals_opening, False, False), (_PARENT_OF, True, True),
                (_CAMEL_ACTS, False, True), *((p, True, True) for p in _OWNERS_UNITS),
                (_UNITS_OWNER, True, False)]
        out = []
        for pattern, slot, strong in cues:
            ended = pattern is self._business_name  # "Pacific Southwest Airlines": a place opens the name
            for m in pattern if isinstance(pattern, list) else pattern.finditer(text):
                start, end = m.start(1), m.end(1)
                owner = max(m.group(1).rfind("'s "), m.group(1).rfind("’s "))
                if owner >= 0 and not self._owner_in_name(m.group(1)[:owner], m.group(1)[owner + 3 :], text[end:],
                                                          before=text[:start]):
                    start += owner + 3  # "Mukesh Ambani's Reliance Industries": not "Nature's Best"
                start = _after_a_heading(text, start, end)
                if pattern is _OWNERS_UNIT and not self._owners_unit(m.group(1)) or \
                        pattern is _UNITS_OWNER and not self._owners_unit(m.group(2)) or \
                        pattern in _OWNERS_UNITS and not self._units_listed(
                            *((m.group(1), m.group(2)) if pattern is _OWNERS_UNITS[0] else (m.group(2), m.group(1)))):
                    continue
                if pattern is _CAMEL_ACTS and (
                        _PRODUCT_BEFORE.search(text, 0, start) or
                        _unaccented(re.match(r"[A-Z][a-z]+", m.group(1)).group(0).lower()) in vocabulary("given_names")
                        or (w := re.search(r"([a-z]+)\s+$", text[:start])) and w.group(1) in vocabulary("title_words")):
                    # "minister MargaretThatcher said": a person's name a page ran together, after a given name or
                    # an office
                    continue
                if pattern not in (self._kind_before, _HOLDER, _LISTED_BEFORE, _OWNERS_UNIT, *_OWNERS_UNITS) and \
                        (b := re.search(r"([A-Z][\w&.'/-]*)\s(?:(of|for|and|&|de|du|des|del|di|da|et|y|und)\s)?$",
                                        text[: m.start(1)])) and \
                        not (b.group(2) in ("and", "&") and b.group(1).lower().rstrip(".") in LEGAL_FORMS):
                    # "Campbell Red Lake Mines Ltd", "Bank of Montreal Securities": the name began before the
                    # words the cue reaches; not "the dealer of Herstatt Bank", where a lower-case word is before,
                    # nor "Delta Airlines Inc and Western Airlines <WAL>", where a legal form ended the name before
                    continue
                for word in re.findall(r"\S+\s+", text[start:end]):
                    low = word.strip().lower()
                    if _people_or_place(low) and low not in STOP_WORDS or \
                            low in _GENERIC_FIRST_WORDS or low not in vocabulary("lead_words") and \
                            low not in vocabulary("headline_words") and low not in _MONTHS_DAYS:
                        # "Pacific Southwest Airlines", "British Petroleum": a place opens many names, and a
                        # region's people ("the African Development Bank", not a "Development Bank")
                        break
                    start += len(word)
                # "Intracoastal Refining Inc of Conroe"; not the "&" of "Procter & Gamble", which joins two words
                for suffix in re.finditer(r"\s(\S+)", text[start:end]):
                    if suffix.group(1) != "&" and canonical_name(f"X {suffix.group(1).rstrip('.,')}") == "X":
                        end = start + suffix.end()
                        break
                name = _POSSESSIVE_END.sub("", text[start:end].rstrip(".,/"))
                words = name.lower().split()
                joint = re.match(r"(?:['’]s)?\s+(?:and|&)\s+(?=[A-Z])", text[end:])
                joined = re.search(r"([A-Z][\w.'-]*)\s+(?:and|&)\s+$", text[:start])
                if pattern not in _OWNERS_UNITS and (
                        ended and len(words) < 2 or joint and not self.known.match(text, end + joint.end()) or
                        joined and joined.group(1).lower().rstrip(".") not in LEGAL_FORMS):
                    # "Minnesota Mining and Manufacturing": a part of a longer name, or of a list (not "First
                    # Quantum Minerals and Barrick Gold": a known firm's name after "and" opens no word of this one;
                    # nor "Delta Airlines Inc and Western Airlines <WAL>": a legal form ended the name before "and")
                    continue
                if pattern is self._predicated and re.search(r"-[a-z]+$", name):
                    continue  # "Market-ready supplies remain tight": a compound adjective and a noun, no firm's doing
                if pattern in (self._acts_opening, self._deals_opening) and words and \
                        (words[0] in STOP_WORDS or words[0][0].isdigit() or
                         len(words) == 1 and self._surname_in(name, ctx)):
                    # "Although bought by French citizens": a conjunction opens the clause, no name; "Okada expects"
                    # after "Natsuo Okada": a person's surname
                    continue
                if not words or name.lower() in places() or name.lower().rstrip(".") in vocabulary("states") or \
                        canonical_name(name).lower() in _BUSINESS_WORDS or \
                        any(w in vocabulary("title_words") or w in _MONTHS_DAYS for w in words) or \
                        len(words) == 1 and (words[0] in vocabulary("lead_words") or words[0] in DEMONYMS) or \
                        self._a_person(name, ctx) and not self._plural_cue(pattern, m) or self._short_of_two(name) or \
                        not self._is_company(name, True, slot=slot) or \
                        self.gaz.lookup(name) is None and (_is_association(name) or len(name) < 2 or
                                                           not slot and not self._quoted_words(pattern is _QUOTED_AFTER or pattern is quotes, name) and
                                                           not (ended and _ACTS_AFTER.match(text, start + len(name))) and
                                                           # "the IPUC authorized Idaho Power to increase": a
                                                           # place and a word of a business's name make a name
                                                           not ((pattern is _OWNED_OFFICE or ended) and len(words) > 1 and
                                                                self._placed_business(text, start, words)) and
                                                           not (ended and joint) and self._common_words_text(name) and
                                                           # "Also, Regions is a bank holding company", "Automation
                                                           # Anywhere was founded in 2003": what the sentence says the
                                                           # name is outweighs its words (modern firms are named so)
                                                           not (pattern is self._predicated and
                                                                _SAID_A_FIRM.match(text, start + len(name))) and
                                                           # "Pier 1 Imports cut its forecast": a number between
                                                           # words opening a sentence makes them a name
                                                           not (pattern is self._acts_opening and
                                                                re.search(r"\s\d{1,3}\s", name))):
                    continue
                bound = self._story_firm_holding(name) if pattern is _UNITS_OWNER else None
                out.append((bound or self.gaz.canonical(name), start, start + len(name), strong))
        for m in self._listed_acting.finditer(text):
            items = list(_LIST_ITEM.finditer(text, m.start(1), m.end(1)))
            if any(canonical_name(f"X {x.group(0)}") == "X" for x in items):
                continue  # "Bear, Stearns and Co Inc signed": one firm's name, its legal form last
            for x in items:
                name = x.group(0)
                low = name.lower()
                words = low.split()
                # each name as a name opening the sentence alone: no place, people, person, common words or surname
                if low in places() or low in DEMONYMS or low in _MONTHS_DAYS or words[0] in STOP_WORDS or \
                        self._a_person(name, ctx) or len(words) == 1 and self._surname_in(name, ctx) or \
                        not self._is_company(name, True, slot=False) or \
                        self.gaz.lookup(name) is None and (_is_association(name) or self._common_words_text(name)):
                    continue
                out.append((self.gaz.canonical(name), x.start(), x.start() + len(name), False))
        for m in self._kinds_listed.finditer(text):
            for x in _LIST_ITEM.finditer(text, m.start(1), m.end(1)):
                name = _POSSESSIVE_END.sub("", x.group(0).rstrip("."))
                low = name.lower()
                # the list is a firm's slot: "Woolworths", "Coles" are firms there whatever else the words mean
                if low in places() or low in DEMONYMS or low in _MONTHS_DAYS or self._a_person(name, ctx) or \
                        not self._is_company(name, True, slot=True):
                    continue
                out.append((self.gaz.canonical(name), x.start(), x.start() + len(name), False))
        return out

    @staticmethod
    def _surname_in(word: str, ctx: StoryContext) -> bool:
        """Whether the story writes a word right after another capitalised word that is no place, people, possessive
        or word opening sentences: the last word of a longer name, a person's ("Natsuo Okada", "Finance Minister Ray
        MacSharry") more often than a firm's."""
        for m in re.finditer(rf"([A-Z][\w.'’-]*)\s+{re.escape(word)}\b", ctx.text):
            low = m.group(1).lower()
            if not (low.endswith(("'s", "’s")) or low in places() or low in DEMONYMS or low in vocabulary("lead_words")
                    or low in vocabulary("headline_words")):
                return True
        return False

    @staticmethod
    def _placed_business(text: str, start: int, words: list[str]) -> bool:
        """Whether a name is a place and a word of a business's name ("Idaho Power", "Hawaii Gas"), not a unit
        its owner's possessive names ("Lear's Aerospace Group"), the last of places listed ("IBM World Trade
        Europe, Middle East, Africa Corp") nor a public body's name before its noun ("the Idaho Public
        Utilities commission")."""
        if not (words and words[0] in places() and words[-1] in _BUSINESS_WORDS | _FIRM_ENDINGS):
            return False  # (the cheap test first: this runs on every name of a sentence the parser skips)
        after = re.match(r"\s+([a-z]+)", text[start + len(" ".join(words)) :])
        return not re.search(r"['’]s?\s+$", text[:start]) and \
            not ((place := re.search(r"([A-Z][\w.]*(?:\s[A-Z][\w.]*)?),\s+$", text[:start])) and
                 place.group(1).lower() in places()) and \
            not (after and after.group(1) in vocabulary("body_nouns"))

    def _owners_unit(self, name: str) -> bool:
        """Whether the words between an owner's possessive and "unit" ("Pacific Telesis Group's <PAC> Pacific Bell
        unit", "Ryder System Inc's American Jet Industries subsidiary") name the unit: not where it is ("Gelco's
        Canadian unit", "IEL's Sydney-based subsidiary", "Kroger's Dallas division"), not one English word
        ("Perini's Western division"), nor only what the unit does ("Honeywell's Information Systems unit")."""
        words = name.split()
        low = [w.lower() for w in words]
        if any("-" in w and w.endswith("-based") for w in low) or name.lower() in places() or \
                canonical_name(name).lower() in places() or \
                self._peoples(low[-1]) or len(words) == 1 and self._word(low[0]):
            return False  # "its West German subsidiary", "its South African subsidiary": where, no name
        if self._peoples(low[0]) and all(self._word(w) or w in _NAME_JOINERS for w in low[1:]):
            return False  # "its French Battery unit": a people's word and what the unit does
        return not all(w in _UNIT_LINE_WORDS or w in _NAME_JOINERS for w in low)

    def _story_firm_holding(self, word: str) -> str | None:
        """The one company of the story whose name holds a one-word name as a later word: an owner's possessive
        names it so ("The Daily Telegraph PLC ... the Telegraph's Trafford Park Printing Ltd subsidiary", "E.F.
        Hutton Group Inc ... Hutton's PC Acquisition Corp subsidiary")."""
        if " " in word or any(n.lower().split()[0] == word.lower() for n in self._story):
            return None  # (the first word of a name is its short form, read as such: ``_short_forms``)
        holders = {n for n in self._story if word.lower() in n.lower().split()[1:]}
        return holders.pop() if len(holders) == 1 else None

    def _units_listed(self, first: str, second: str) -> bool:
        """Whether two names an owner lists under one plural unit noun (``_OWNERS_UNITS``) are two units: each names
        a unit (``_owners_unit``), and they are no one name whose legal form only the second carries ("its Mobil
        Exploration and Producing Services Inc operations")."""
        return self._owners_unit(first) and self._owners_unit(second) and \
            not (canonical_name(second) != second and canonical_name(first) == first)

    def _peoples(self, word: str) -> bool:
        """Whether a lower-case word is a people's adjective: "canadian", "west german"'s "german", "african"."""
        return word in DEMONYMS or self._word(word) and word.endswith(("ian", "ean", "ese", "ish", "can"))

    def _plural_cue(self, pattern, m: re.Match) -> bool:
        """Whether the firm's noun before a name is a plural: no one person is called "brokers" ("brokers James
        Capel", not "rival John Smith")."""
        cue = m.group(0)[: m.start(1) - m.start()].split()
        return pattern is self._kind_before and bool(cue) and cue[-1].lower().endswith("s") and \
            cue[-1].lower() in _FIRM_NOUNS

    @staticmethod
    def _quoted_words(quote: bool, name: str) -> bool:
        """Whether a stock quote follows a name of two whole words or more: a firm whatever the words mean ("Just
        Eat (Other OTC: JSTLF)"); not initials a joint cut ("S & T Bancorp"), nor one word a quote page linked
        to a ticker of its own ("First (Other OTC: FSTC - news) there was")."""
        words = name.split()
        return quote and len(words) > 1 and all(len(w) > 1 and w.isalpha() for w in words)

    def _a_person(self, name: str, ctx: StoryContext) -> bool:
        """Whether a capitalised name is a person's: a given name opens it, or the story named the person. Not
        one that joins two capitalised names by "&" ("Ernst & Young", "Arthur & Co"): a firm's, not a person's."""
        first = name.split()[0].lower()
        return first in vocabulary("given_names") and len(name.split()) in (2, 3) and _person_ok(name) and \
            not re.search(r"\w\s*&\s*[A-Z]", name) or \
            ctx.full_name(name) is not None or \
            any(_person_key(p) == _person_key(name) for p in ctx.people)

    def _titled_pairs(self, text: str) -> list[tuple[EntityKind, str, int, int]]:
        """A firm, a title and a person's name in a sentence the parser does not read: "Finvara CEO
        Rohan Mehta", "Smith Keller partner Ann Lee" (the words that open no name, "The", "German",
        a place, left out). (kind, name, start, end)."""
        out = []
        for m in _COMPANY_TITLE_PERSON.finditer(text):
            if _FIRM_AFTER_TITLE.match(text, m.end()):
                continue  # "FCOJ analyst with Shearson": the words before the title are the field
            firm = self._firm_before_title(text, m.start(1), m.end(1))
            if firm is None:
                continue
            out.append((EntityKind.COMPANY, *firm))
            named = _NAME_AFTER_TITLE.match(text, m.end())
            if named is not None and not any(w.lower() in _NOT_IN_NAMES for w in named.group(0).split()) and \
                    not _firm_after(text, named.end()):
                out.append((EntityKind.PERSON, _clean_person(named.group(0)), named.start(), named.end()))
        return out

    def apposed_firms(self, text: str) -> list[tuple[str, int, int]]:
        """Firms named with an office in apposition to a person a given name opens ("Jeffrey Boyer, Pier 1 chief
        financial officer, said", ``_PERSON_COMPANY_TITLE``), as ``_titled_pairs`` reads the office before the
        name. (name, start, end)."""
        given = vocabulary("given_names")
        return [firm for m in _PERSON_COMPANY_TITLE.finditer(text) if m.group(1).split()[0].lower() in given
                and (firm := self._firm_before_title(text, m.start(2), m.end(2))) is not None]

    def _firm_before_title(self, text: str, start: int, end: int) -> tuple[str, int, int] | None:
        """The firm whose office follows ``text[start:end]``, without the words that open no name (name, start,
        end), or None."""
        for word in re.findall(r"\S+\s+", text[start:end]):
            low = word.strip().lower()
            if low not in vocabulary("lead_words") and low not in DEMONYMS and low not in places() and \
                    low not in vocabulary("headline_words") and low != "former":
                break
            start += len(word)
        # "Meta Names DoorDash CEO Tony Xu as a Director": a headline's verb of appointing ends the other firm
        named_by = [w for w in re.finditer(r"\S+\s+", text[start:end])
                    if w.group(0).strip().lower() in vocabulary_classes("headline_kinds").get("appoint", ())]
        if named_by:
            start += named_by[-1].end()
        firm = text[start:end]
        if not firm or firm.lower() in places() or not self._is_company(firm, True) or \
                self.gaz.lookup(firm) is None and self._common_words_text(firm):
            return None
        return self.gaz.canonical(firm), start, end

    def _listed_with(self, text: str, firms: list[tuple[int, int]], ctx: StoryContext) -> list[tuple[str, int, int]]:
        """The other names of a list that names a company ("insights from Zorvex, Marlo, DISH and Quanta"
        after Zorvex is known): companies too, unless a place, a people, a person or common words.
        (name, start, end)."""
        out = []
        for m in _NAME_LIST.finditer(text):
            items = [(x.start(), x.end()) for x in _LIST_ITEM.finditer(text, m.start(), m.end())]
            if not any(a <= x and y <= b for x, y in items for a, b in firms):
                continue
            for x, y in items:
                name = text[x:y]
                if any(a < y and x < b for a, b in firms) or \
                        not (name.isupper() and len(name) > 1 or not self._common_words_text(name)) or \
                        not self._listed_firm(name, ctx):
                    continue
                out.append((self.gaz.canonical(name), x, y))
        return out

    def _listed_firm(self, name: str, ctx: StoryContext) -> bool:
        """Whether a name listed beside a company is one too (``_listed_with``, ``_coordinated``): no place, people,
        month or day, state or person, and a company where a deal would put one."""
        low = name.lower()
        return not (low in places() or low in DEMONYMS or low in _MONTHS_DAYS or
                    low.rstrip(".") in vocabulary("states") or self._a_person(name, ctx)) and \
            self._is_company(name, True, slot=True)

    def _coordinated(self, text: str, firms: list[tuple[int, int]], organisations: list[tuple[int, int]],
                     ctx: StoryContext) -> list[tuple[str, int, int]]:
        """The names the model reads as organisations that "and", "or" or a comma joins to a company, or to
        such a name joined to one ("2% for Wal-Mart and Target", "Air India, Air Costa and Spicejet operate
        from here" after Spicejet is known): companies too, the company beside them vouching for what the
        model reads, unless a place, a people, a person or what is never a company. (name, start, end)."""
        out = []
        joined = list(firms)
        left = [(a, b) for a, b in organisations if not any(a < y and x < b for x, y in firms)]
        while left:
            near = [(a, b) for a, b in left if any(
                _JOIN.fullmatch(text, b, x) or _JOIN.fullmatch(text, y, a) for x, y in joined)]
            if not near:
                break
            for a, b in near:
                left.remove((a, b))
                joined.append((a, b))
                name = text[a:b].removeprefix("the ")
                a = b - len(name)
                if not_companies().category(name) is not None or not self._listed_firm(name, ctx):
                    continue
                out.append((self.gaz.canonical(name), a, b))
        return out

    def _common_words_text(self, name: str) -> bool:
        """Whether every word of a capitalised name is an English word: "Bond Market" is none."""
        return all(self._word(w.lower()) or w.lower() in _NAME_JOINERS for w in re.findall(r"[\w'&.-]+", name))

    def people_by_rule(self, text: str, ctx: StoryContext) -> list[tuple[str, int, int]]:
        """People named where the text says a name must be, whatever the model reads: a given name
        and a surname ("Adam Jourdan"), a byline ("Editing by Pravin Char"), an office or an
        honorific before a name ("Energy Minister Subroto", "Mr. Muller"), a government called by
        its head ("the Reagan Administration"). (name, start, end); a surname alone is the person
        named in full before, when there is one."""
        out = []
        given = vocabulary("given_names")

        def name_of(written: str) -> str:
            name = _clean_person(written)
            return (ctx.full_name(name) or name) if " " not in name else name

        for m in _BYLINE_CAPITALS.finditer(text):  # "By RYAN PFEIL - MAIL TRIBUNE": the name in capitals
            if _names_a_person(m.group(1)) and not _firm_after(text, m.end(1)) and \
                    self.gaz.lookup(m.group(1)) is None:  # not "Bought By ACME CO (ACM.N)"
                out.append((m.group(1).title(), m.start(1), m.end(1)))
        for m in [*_BYLINE.finditer(text), *_BYLINE_RUN_IN.finditer(text)]:
            if _BYLINE_CAPITALS.match(text, m.start()):
                continue
            pair = _BYLINE_PAIR.match(text, m.end())
            if pair is not None and _unaccented(pair.group(1).lower()) in given and _names_a_person(pair.group(0)):
                # "Photo: Nick Moir Australians will be reeling": the credit ran into the story's first words
                out.append((pair.group(0), pair.start(), pair.end()))
                continue
            for n in _BYLINE_NAME.finditer(text, m.end()):
                # "Additional reporting by Silvia Aloisi in Milan, Mark John in New York and ...": each
                # reporter's city goes between the names
                between = _CREDIT_CITY.sub("", text[m.end() : n.start()])
                if between.strip(" ,").lower() == "in":
                    m = n  # the city, written in two words
                    continue
                if n.start() != m.end() and between.strip(" ,").lower() not in ("and", ""):
                    break
                if n.group(0).startswith("The ") or not _names_a_person(n.group(0)):
                    break  # "first reported by The Hill": a paper, not a credit; "Photo: Bowlus Road Chief": a thing
                out.append((name_of(n.group(0)), n.start(), n.end()))
                m = n
        for m in _GIVEN_NAME.finditer(text):
            last = m.group(0).split()[-1].lower()
            if _unaccented(m.group(1).lower()) not in given or _firm_after(text, m.end()) or \
                    _CAPITAL_BEFORE.search(text, 0, m.start()) or self.gaz.lookup(m.group(0)) is not None or \
                    _THE_OPENS.search(text, max(0, m.start() - 4), m.start()) and \
                    not self._named_in_full(m.group(0)) and not _HEADS_GOVERNMENT.match(text, m.end()) or \
                    not last.endswith("ss") and any(w in self.words for w in singulars(last)) or \
                    not _person_ok(m.group(0)) or self._placed_business(text, m.start(), _clean_person(m.group(0)).lower().split()) or \
                    (kind := _NOUN_BEFORE.search(text, 0, m.start())) and kind.group(2) in self._kind_heads and \
                    kind.group(1) not in _DETERMINERS:
                # "The Brandon Sun has daily circulation": "the" opens no person's name; "of Virginia Power": a place
                # that is a given name too and a word of a business's name
                # "Carlton Communications", "Charles Schwab Corp": a company named after a person ("Theodore
                # Cross", "Paul Glass": no plural ends in a double s; "Glenn Stevens", "Alan Jones": a surname
                # the lemma index holds is no plural of a word); "coffee chain Tim Hortons", "funds
                # management firm Allan Gray": what the news calls a firm names one (not "the company John Roe
                # founded")
                continue
            before = _WORD_BEFORE.search(text, 0, m.start())
            if before is not None and (before.group(1).lower() in given or self._foreign_given(text, before)):
                # "James Thomas Gibson": a middle name; "Poul Erik Moller": a given name the list does not hold
                out.append((name_of(text[before.start(1) : m.end()]), before.start(1), m.end()))
                continue
            # "J. Michael Pearson": an initial before the given name the name goes by; "Javier Perez de Cuellar":
            # a second surname after a particle
            initial = _INITIAL_BEFORE.search(text, 0, m.start())
            start = initial.start(initial.lastindex) if initial is not None and before is None else m.start()
            tail = _PARTICLE_SURNAME.match(text, m.end())
            end = tail.end() if tail is not None and not _firm_after(text, tail.end()) else m.end()
            out.append((name_of(text[start:end]), start, end))
        for m in _MIDDLE_NAMED.finditer(text):
            # "Fernando Santos Alvite": a given name, a middle name the list does not hold and a surname,
            # neither of them a word ("Ewald Nowotny Photographer: Akos Stiller", "Anthony Macdonald Intellectual
            # property law firm": a caption or a credit ran into the text)
            middle, last = m.group(2).lower(), m.group(3).lower()
            if _unaccented(m.group(1).lower()) not in given or middle in given or self._word(middle) or \
                    self._word(last) or middle in places() or last in places() or \
                    _THE_OPENS.search(text, max(0, m.start() - 4), m.start()) and not self._named_in_full(m.group(0)) or \
                    _firm_after(text, m.end()) or _CAPITAL_BEFORE.search(text, 0, m.start()) or \
                    self.gaz.lookup(m.group(0)) is not None or not _person_ok(m.group(0)):
                continue
            out.append((name_of(m.group(0)), m.start(), m.end()))
        for m in _APPOSED_PERSON.finditer(text):
            # "Coral Lansbury, the English literature academic", "Amit Roe, 45,": what only a person is, set
            # after a name the list of given names does not vouch for (a given name that is a word too, "Coral",
            # before a surname that is none; not two words, "Silver Lake")
            name = m.group(1)
            words = name.lower().replace(".", " ").split()
            if self.gaz.lookup(name) is not None or any(w in places() or w in DEMONYMS for w in words) or \
                    self._word(words[0]) and words[0] not in given and \
                    (self._word(words[-1]) or words[0] in _BUSINESS_WORDS or words[0] in _INSTITUTION_NOUNS) or \
                    not _person_ok(name) or \
                    not _names_a_person(name) or _CAPITAL_BEFORE.search(text, 0, m.start()) or \
                    (before := _WORD_BEFORE.search(text, 0, m.start())) and \
                    before.group(1).lower() not in vocabulary("lead_words") and \
                    before.group(1).lower() not in vocabulary("headline_words"):
                continue
            out.append((name_of(name), m.start(1), m.end(1)))
        for m in _HYPHENED_GIVEN.finditer(text):
            # "candidate Tsai Ing-wen", "Moon Jae-in said": a surname and a given name whose second syllable is
            # written in lower case after a hyphen, which no compound of a place or a firm's name is ("Hong
            # Kong-based", "Rio Tinto-owned")
            if self.gaz.lookup(m.group(1)) is not None or m.group(1).lower() in places() or \
                    m.group(1).lower() in DEMONYMS or not _person_ok(m.group(0)) or \
                    _CAPITAL_BEFORE.search(text, 0, m.start()) or _WORD_BEFORE.search(text, 0, m.start()) and \
                    _WORD_BEFORE.search(text, 0, m.start()).group(1).lower() not in vocabulary("lead_words"):
                continue
            out.append((name_of(m.group(0)), m.start(), m.end()))
        for m in _TITLED.finditer(text):
            if not _LORD_OFFICE.match(m.group(0)):  # "the Lord Mayor of Sydney": an office, no one's name
                out.append((name_of(m.group(1)), m.start(1), m.end(1)))
        for m in _DISCLOSED.finditer(text):
            # "Asit Sharma has no position in any stocks mentioned", "Anders Bylund owns shares of Netflix": a writer's
            # disclosure of holdings names a person, whatever the given name ("The Motley Fool owns shares": no person)
            name = m.group(1)
            words = name.lower().split()
            if self.gaz.lookup(name) is not None or any(w in places() or w in DEMONYMS for w in words) or \
                    not _person_ok(name) or not _names_a_person(name) or _CAPITAL_BEFORE.search(text, 0, m.start()) or \
                    re.search(r"\b[Tt]he\s+$", text[max(0, m.start() - 4) : m.start()]) or \
                    _unaccented(words[0]) not in vocabulary("given_names") and all(self._word(w) for w in words):
                continue  # (not "Motley Fool owns shares of ...": common words, no given name)
            out.append((name_of(name), m.start(1), m.end(1)))
        for m in _SPEAKS_AFTER_OFFICE.finditer(text):
            name = m.group(1)
            words = name.lower().replace(".", " ").split()
            if len(words) < 2 and (self._word(words[0]) or words[0] in given or
                                   any(p.split()[0] == name for p in ctx.people)) or \
                    self.gaz.lookup(name) is not None or \
                    any(w in places() or w in DEMONYMS or w in _MONTHS_DAYS or w in _INSTITUTION_NOUNS for w in words) or \
                    not _person_ok(name) or not _names_a_person(name) or _firm_after(text, m.end(1)) or \
                    any(a < m.end(1) and m.start(1) < b for _, a, b in out) or \
                    m.group(2) is None and not _SAID_BEFORE.search(text, max(0, m.start() - 60), m.start()) or \
                    words[0] in _OFFICE_GOES_ON or \
                    text[m.start() : m.start() + 8].lower() == "official" and _THE_OPENS.search(text, 0, m.start()) or \
                    re.search(r"(?<![\w-])an?\s+$", text[max(0, m.start() - 4) : m.start()]) and \
                    text[m.start() : m.start() + 8].lower() == "official":
                # (a surname alone the story must name in full first, "official Xu said" after "Xu Jinfeng", a name
                # written surname first; "Deputy Director General Masaji Yamamoto": the office goes on; "the
                # official Peking Review said": an adjective, no office)
                continue
            out.append((name_of(name), m.start(1), m.end(1)))
        for m in _PARTY_AFTER.finditer(text):  # "Jane Roe (D - Ore.)": a legislator, whatever her names
            out.append((name_of(m.group(1)), m.start(1), m.end(1)))
        for m in _OFFICE_NAME.finditer(text):
            written = m.group(1)
            first = written.split()[0].lower()
            if first in _OFFICE_GOES_ON or not_companies().category(written) is not None or first in places() or \
                    first in DEMONYMS or \
                    all(w in vocabulary_classes("office_words")["function"] for w in written.lower().split()):
                continue  # (and "Senior Vice President Production": the office's field, no one's name)
            before = _WORD_BEFORE.search(text, 0, m.start())
            if m.group(0).startswith(("King", "Queen")) and before is not None and before.group(1)[:1].isupper() and \
                    before.group(1).lower() not in vocabulary("lead_words") and before.group(1).lower() not in places():
                continue  # "Burger King Worldwide", "Dairy Queen": a firm's name, no monarch's
            out.append((name_of(written), m.start(1), m.end(1)))
        for m in _HEAD_OF_GOVERNMENT.finditer(text):
            word = m.group(1).lower()
            # "the National Oceanic and Atmospheric Administration", "the Small Business Administration": a
            # body's name goes on before the word
            if word in _NOT_HEADS or word in places() or word in DEMONYMS or word in _MONTHS_DAYS or \
                    _DEMONYM_LIKE.search(word) or word in vocabulary("lead_words") or \
                    (on := _NAME_GOES_ON_BEFORE.search(text, 0, m.start())) and \
                    (on.group(1) is None or on.group(1).lower() not in vocabulary("lead_words")) or \
                    not_companies().category(m.group(1)) is not None or \
                    word[:-1] in places() or word.endswith("ian") and word[:-3] in places() or \
                    not text[: m.start()].strip(" \t\n\"“'‘(") and not _written_inside(m.group(1), ctx.text or text):
                # "the Ugandan government": a place's people; "Proposed government regulations", "Another
                # administration official": a sentence's first word, that the story writes nowhere else
                continue
            out.append((name_of(m.group(1)), m.start(1), m.end(1)))
        # "(Abby Roe, Daniel Miller and Ryan Lee)": a given name and a surname in a list of people the rules read
        # are a person's, whatever the given name
        for m in _NAME_LIST.finditer(text):
            items = list(_LIST_ITEM.finditer(text, m.start(), m.end()))
            read = [x for x in items if any(a == x.start() and b == x.end() for _, a, b in out)]
            if len(read) < 2:
                continue
            for x in items:
                name = x.group(0)
                words = name.split()
                if x in read or len(words) != 2 or self.gaz.lookup(name) is not None or \
                        any(w.lower() in places() or w.lower() in DEMONYMS for w in words) or \
                        not _person_ok(name) or not _names_a_person(name):
                    continue
                out.append((name_of(name), x.start(), x.end()))
        return out

    def _last_name_after(self, sent, k: int) -> bool:
        """Whether the word after a person's name the model cut short is the name's last ("minister Fernando
        Santos Alvite."): capitalised, no word, place, people or known company, nothing capitalised after it."""
        if k >= len(sent) or not (sent[k].is_title and sent[k].is_alpha) or sent[k - 1].whitespace_ == "":
            return False
        low = sent[k].lower_
        return not (self._word(low) or low in places() or low in DEMONYMS or low in _NOT_IN_NAMES or
                    self.gaz.lookup(sent[k].text) is not None or
                    k + 1 < len(sent) and (sent[k + 1].text[:1].isupper() or sent[k + 1].text in ("&", "-")))

    def _foreign_given(self, text: str, before: re.Match) -> bool:
        """Whether the capitalised word right before a given name and a surname is a given name the list
        does not hold ("Poul Erik Moller"): no word, place, people or known company, and no capitalised
        word before it ("Santa Monica Erik ...")."""
        word = before.group(1)
        low = word.lower()
        return not (self._word(low) or low in places() or low in DEMONYMS or low in _MONTHS_DAYS or
                    low in vocabulary("lead_words") or low in vocabulary("headline_words") or
                    self.gaz.lookup(word) is not None or _WORD_BEFORE.search(text, 0, before.start(1)))

    def _short_forms_in(self, text: str, ctx: StoryContext, sent=None) -> list[tuple[str, int, int]]:
        """The first word of a company's name given earlier in the story, standing alone in a sentence
        the parser does not read ("Borg-Warner Corp ... a third of Borg's earnings", "Phillips Petroleum
        Co ... Phillips said"): that company, when it is the one company of the story the word opens
        and the word is no English word, no generic first word and no surname of a person named. In a
        parsed sentence ``sent`` an English word is the short form too, of a name the story wrote out with
        its legal form, where it stands as a name ("Baker International Corp ... Baker shareholder
        approval", "Sun Equities Corp ... Sun found it necessary")."""
        opening: dict[str, dict[str, str]] = {}  # word -> name key -> the name as last seen ("Borg-WArner")
        # "Sealy Inc ... Sealy Mattress Co of Michigan Inc ... Sealy stock": a word that is a company the story named
        # is that company, not the short form of another it opens (as ``_short_forms`` reads a parsed sentence)
        taken = {name_key(n) for n in ctx.recent}
        for name in ctx.recent:
            first = _OPENING_WORD.match(name)
            if first is not None and first.group(0) != name and not _vehicle(name, 1):
                opening.setdefault(first.group(0), {})[name_key(name)] = name
        out = []
        for word, names in opening.items():
            low = word.lower()
            english = self._word(low)
            if len(names) != 1 or len(word) < 3 or low in _GENERIC_FIRST_WORDS or name_key(word) in taken or \
                    english and (sent is None or next(iter(names.values())) not in ctx.in_full) or \
                    low in _OPENING_LEGAL or canonical_name(f"X {word}") == "X" or \
                    low in places() or low in DEMONYMS or ctx.full_name(word) is not None or \
                    self.gaz.lookup(word) is not None:
                continue
            for m in re.finditer(rf"(?<![\w&.'-])(?<![A-Z][\w.]\s){re.escape(word)}(?=(?:'s?)?(?![\w&-]))", text):
                if not re.match(r"(?:'s?)?\s+[A-Z]", text[m.end():]) and \
                        not (english and not self._stands_as_name(sent, m.start(), m.end())):  # "Borg Warner"
                    out.append((next(iter(names.values())), m.start(), m.end()))
        return out + self._leading_words_in(text, ctx, sent) + self._given_in(text, ctx)

    def _note_given(self, text: str, end: int, name: str, ctx: StoryContext) -> None:
        """Remembers the short form a text gives in brackets right after a company's name, its ticker
        between ("Adelaide Steamship Co Ltd <ADSA.S> (Adsteam)"): no place, person, English word or other
        company's name."""
        m = _GIVEN_AFTER.match(text, end)
        if m is None:
            return
        short = m.group(1)
        low = short.lower()
        if name_key(short) == name_key(name) or low in places() or low in DEMONYMS or self._word(low) or \
                canonical_name(f"X {short}") == "X" or ctx.full_name(short) is not None or \
                self.gaz.lookup(short) is not None and self.gaz.canonical(short) != name:
            return
        ctx.given.setdefault(short, name)

    def _given_in(self, text: str, ctx: StoryContext) -> list[tuple[str, int, int]]:
        """The short forms the story gave in brackets, written alone again: their companies."""
        out = []
        for short, name in ctx.given.items():
            for m in re.finditer(rf"(?<![\w&.'(-]){re.escape(short)}(?=(?:['’]s?)?(?![\w&-]))", text):
                if not re.match(r"(?:['’]s?)?\s+[A-Z]", text[m.end():]) and not text[: m.start()].endswith("("):
                    out.append((name, m.start(), m.end()))
        return out

    def _leading_words_in(self, text: str, ctx: StoryContext, sent=None) -> list[tuple[str, int, int]]:
        """The leading words of a longer name the story wrote out with its legal form, written alone
        ("British and Commonwealth Shipping Plc ... buy IML from British and Commonwealth", "Chicago,
        Missouri and Western Railway Co ... The Chicago, Missouri is a subsidiary of"): that company, when
        it is the one company of the story those words open, and they are no place, no known company, no
        other company's name and no person's."""
        if sent is not None and title_cased(sent.text):
            return []
        leading: dict[str, dict[str, str]] = {}  # words -> name key -> name
        taken = {name_key(n) for n in ctx.recent}
        for name in ctx.recent:
            words = name.split()
            if name not in ctx.in_full or words[0].lower() in _NAME_JOINERS:
                continue
            for k in range(2, len(words)):
                last = words[k - 1].rstrip(",")
                if not last[:1].isupper() or last.lower() in _NAME_JOINERS or last.lower().rstrip(".") in _OPENING_LEGAL \
                        or _vehicle(name, k) or canonical_name(f"X {last}") == "X" or _LETTER.fullmatch(last):
                    continue
                leading.setdefault(" ".join(words[:k]).rstrip(","), {})[name_key(name)] = name
        out = []
        for words, names in leading.items():
            low = words.lower()
            head, _, last = low.rpartition(" ")
            if len(names) != 1 or name_key(words) in taken or low in places() or low in DEMONYMS or \
                    self.gaz.lookup(words) is not None or ctx.full_name(words) is not None or \
                    head.rstrip(",") in places() or last in vocabulary("thing_words"):
                continue  # "in New York State", "the Hudson Valley": a place's name, whatever firm it opens
            for m in re.finditer(rf"(?<![\w&.'-])(?<![A-Z][\w.]\s){re.escape(words)}(?=(?:'s?)?(?![\w&-]))", text):
                if not re.match(r"(?:'s?)?,?\s+[A-Z]", text[m.end():]):  # "British and Commonwealth Shipping"
                    out.append((next(iter(names.values())), m.start(), m.end()))
        return out

    def _story_names_in(self, sent, ctx: StoryContext) -> list[tuple[str, int, int]]:
        """A company's name given earlier in the story, written again as it was, where the small model
        takes it for a person or nothing ("Ducommun Inc said ... Ducommun said the sale", "Chicago
        Milwaukee, which sold ..."): that company. Not a one-word name that is a place or a person's
        surname, nor an English word ("Total revenue rose") unless the story wrote the name out with its
        legal form and the word stands as a name ("Cyclops Corp ... 110,000 Cyclops common shares"); nor
        one that a capitalised word runs on from."""
        text = sent.text
        out = []
        for name in ctx.recent:
            low = name.lower()
            english = " " not in name and self._word(low)
            if len(name) < 3 or english and name not in ctx.in_full or \
                    " " not in name and ctx.full_name(name) is not None or \
                    low in places() or low in DEMONYMS or canonical_name(f"X {name}") == "X":
                continue
            for m in re.finditer(rf"(?<![\w&.'-])(?<![A-Z][\w.]\s){re.escape(name)}(?=(?:'s?)?(?![\w&-]))", text):
                # "the renovated Beechcraft planes": the maker of goods, no party to the sentence's deal
                after = _WORD_AFTER.match(text, m.end())
                # (last: "Bank of Ceylon ... the Central Bank of Ceylon", a longer name's words, another body; it
                # reads the whole sentence's casing, so only for a name every other test keeps)
                if not re.match(r"(?:'s?)?\s+[A-Z]", text[m.end():]) and not _names_a_product(text, m.end()) and \
                        not (after and (after.group(1) in GOODS or after.group(1).removesuffix("s") in GOODS)) and \
                        not (english and not self._stands_as_name(sent, m.start(), m.end())) and \
                        not self._runs_into(text, m.start()):
                    out.append((name, m.start(), m.end()))
        return out

    @staticmethod
    def _runs_into(text: str, a: int) -> bool:
        """Whether a capitalised word inside the sentence runs into the name at ``a``, so that the two make a
        longer name ("the Central Bank of Ceylon"): not a word that opens the sentence, a lead word, a
        people's or a place's name, in a sentence not written in title case."""
        before = _WORD_BEFORE.search(text, 0, a)
        if before is None or not text[: before.start()].strip() or title_cased(text):
            return False
        low = before.group(1).lower()
        return low not in vocabulary("lead_words") and low not in vocabulary("headline_words") and \
            low not in DEMONYMS and low not in places()

    def _stands_as_name(self, sent, a: int, b: int) -> bool:
        """Whether the English word at ``[a, b)`` of a parsed sentence stands where a name can: not after
        an article ("the Sun", "a Baker") nor glued to the word before ("the Audio/Video investor group"),
        not in a line in title case, and opening the sentence only as what it is about ("Cyclops received",
        "Dynamics, which owns"; not "Total revenue rose")."""
        span = sent.char_span(a, b, alignment_mode="expand")
        if span is None or title_cased(sent.text) or span.start > 0 and \
                (sent[span.start - 1].lower_ in ("the", "a", "an") or not sent[span.start - 1].whitespace_):
            return False
        return not _opens(sent, span.start) or span[-1].dep_ in ("nsubj", "nsubjpass") or \
            span.end < len(sent) and sent[span.end].text in (",", "'s", "’s", "'")

    def _short_forms(self, ents: list[Ent], ctx: StoryContext, sent=None) -> None:
        """A story names a company in full, then short: "Baker International ... merger with Baker",
        "USAir Group ... acquire USAir". The short form is the company named before. Not where the
        sentence ties the two as parent and subsidiary ("ACN Pacific Pty Ltd, a wholly owned subsidiary of
        ACN"): two companies."""
        for e in ents:
            if e.kind is not EntityKind.COMPANY or e.members or " " in e.text or self.gaz.lookup(e.text):
                continue
            # A generic first word ("Standard", "General") is a short form only of a name the same
            # sentence gave in full ("Standard Oil Co directors ... a tender offer for Standard shares").
            earlier = [x.name for x in ents if x.i < e.i and not x.members]
            named = earlier if e.text.lower() in _GENERIC_FIRST_WORDS else [*ctx.recent, *earlier]
            if any(name_key(n) == name_key(e.text) for n in named):
                continue  # "Siemens AG's Siemens Information Systems ... Siemens said": the firm named so before
            full = {name_key(n): n for n in named
                    if n != e.text and re.split(r"[\s-]", n)[0] == e.text and not _vehicle(n, 1)}
            if len(full) == 1 and sent is not None:
                # the nearest mention of the longer name, on either side
                other = min((x for x in ents if x.name in full.values() and x is not e),
                            key=lambda x: min(abs(x.i - e.j), abs(e.i - x.j)), default=None)
                between = sent[min(e.j, other.j) : max(e.i, other.i)] if other is not None else []
                if any(t.lemma_.lower() in _OWNING for t in between) and \
                        all(t.lemma_.lower() in _OWNING or t.lower_ in _OWNING_GLUE for t in between):
                    continue
            if len(full) == 1:
                e.name = next(iter(full.values()))

    def _headline_trimmed(self, sent, span):
        """A name without the capitalised words a title-cased headline glued to it: "Hilton Hotels
        Acquired", "Buy Forest Laboratories" (``data/headline_words.txt``), "Daimler Near Deal"
        (``data/headline_kinds.tsv``). A known name keeps them."""
        glued = vocabulary("headline_words")
        start, end = span.start, span.end
        if self.gaz.lookup(span.text) is not None:
            return span

        def hyphened(k: int) -> bool:  # "Beghin-Say": a word a hyphen glues on is the name's own
            return k > 0 and sent[k - 1].text in _DASHES and not sent[k - 1].whitespace_ and \
                k > 1 and not sent[k - 2].whitespace_
        # "Blackstone Buys Hilton Hotels": a verb inside ends the name
        inner = next((k for k in range(start + 1, end - 1) if sent[k].lower_ in glued and sent[k].text[:1].isupper()
                      and sent[k].lower_ not in _NAME_JOINERS and sent[k].pos_ in ("VERB", "AUX", "PROPN", "NOUN")
                      and sent[k].lower_ not in ("unit", "units", "share", "shares", "stake")), None)
        if inner is not None:
            end = inner
        kinds = vocabulary_classes("headline_kinds")
        if end - start > 2 and sent[end - 1].lower_ in kinds["deal"] and sent[end - 2].lower_ in kinds["verb"] and \
                sent[end - 2].text[:1].isupper():
            end -= 2  # "Daimler Near Deal": the deal a headline says the firm nears
        while end - start > 1 and sent[end - 1].lower_ in glued and sent[end - 1].text[:1].isupper() and \
                not hyphened(end - 1):
            end -= 1
        while end - start > 1 and sent[start].lower_ in glued and sent[start].text[:1].isupper():
            start += 1
        return sent[start:end]

    def _is_company(self, text: str, cased: bool, slot: bool = False, owner: bool = False) -> bool:
        """``slot``: the name stands where a deal puts a company ("his purchase of Twitter", "supplies
        ... to Seres"), which outweighs its being an English word; ``owner``: a title and a person's name
        follow it ("Atlantic Express Chairman Jo Roe")."""
        t = text.strip()
        if len(t) < 2 or t.lower() in NOT_COMPANY_EXACT or t.lower().startswith(("the company", "the firm")):
            return False
        if cased and not any(c.isupper() for c in t):
            return False
        if _PRODUCT.fullmatch(t) or _NO_NAME_SHAPE.fullmatch(t) and self.gaz.lookup(t) is None:
            return False
        words = t.removeprefix("the ").split()
        if words[0] in _NAME_JOINERS or canonical_name(f"X {words[0]}") == "X" and self.gaz.lookup(t) is None and \
                not (len(words) > 1 and words[0].lower().rstrip(".") in _OPENING_LEGAL) and \
                not (owner and len(words) > 1 and words[0][1:].islower() and words[0].lower() in self.words):
            # "and Associates", "Co Finance": the rest of a name cut before it; a firm named after a surname
            # that is an English word too opens with it ("said Holding Redlich partner Nathan Cecil")
            return False
        compass = _COMPASS.fullmatch(t)
        if compass and compass.group(1).lower() in places() and self.gaz.lookup(t) is None:
            return False  # "W. Virginia", "Northern California": a part of a place, wherever it stands
        if slot and self._place_and_word(t):
            return False  # "sell U.S. Securities to European investors": wire copy's capitals, no name
        if slot or self._short_of_named(t):
            return _category(t, slot) in (None, "outlet")  # "Ionics" after "Ionics Inc"
        if " " not in t and self.gaz.lookup(t) is None and t[1:].islower() and (
                t.lower() in self.words and _DEMONYM_LIKE.search(t.lower()) or
                t.endswith("s") and t.lower() not in self.words and t.lower()[:-1] not in vocabulary("given_names") and
                (t.lower()[:-1] in self.words or t.endswith("es") and t.lower()[:-2] in self.words)):
            return False  # "Irish", "Mines", "Businesses": a nationality or a plural common noun
        if len(words) == 3 and words[1] in _SURNAME_PARTICLES and self.gaz.lookup(t) is None and \
                _unaccented(words[0].split("-")[0].lower()) in vocabulary("given_names"):
            return False  # "Anne-Marie de Groot", "Pieter van Dijk": a given name, a particle and a surname
        if len(words) >= 2 and words[1].lower() in vocabulary_classes("headline_kinds")["plural"] and \
                self.gaz.lookup(t) is None and not _LEGAL_NAME.search(t) and \
                (words[0].lower() in DEMONYMS or words[0].lower() in places() or _PEOPLE_ENDING.search(words[0].lower())
                 or words[0].lower() in vocabulary_classes("headline_kinds")["opener"]):
            # "Nigerian Banks Seek Stakes", "Chinese Banks", "Kenyan Firms Eye Deals": a title-cased headline's firms
            # of a people, whatever verb it runs into
            return False
        if " " not in t and self.gaz.lookup(t) is None and misspelling(t.lower(), _long_places()):
            return False  # "Michigan, Tennesse, Florida": a place misspelt
        bare = _POSSESSIVE_END.sub("", t).lower()
        if (bare.removeprefix("the ") in places() or "the " + bare in places()) and self.gaz.lookup(t) is None:
            return False  # "Paraguay", "Sydney", "in the Hague": the model's organisation is a place
        if self._place_and_word(t) or not owner and self._place_and_word(t, kept=True):
            # "U.K. Intervention" (feed wheat): a place and a word, no name; "China Devalues", "its French
            # Battery unit", "Japan Orchid": the name keeps its place, its one word no business's; a firm whose
            # officer the text names is one, whatever its words ("Atlantic Express Chairman Jo Roe")
            return False
        if t.split()[-1].lower() in vocabulary("title_words") and self.gaz.lookup(t) is None:
            return False  # "Senior Managing Director", "Board": a title or a body of people
        if len(words) >= 3 and not self._word(words[-1].lower()) and self.gaz.lookup(t) is None and \
                not_companies().category(" ".join(words[:-1])) in ("government", "international") and \
                not _LEGAL_NAME.search(t):
            # "a filing with the Securities and Exchange Commission Moller said": a body and the name run into
            # it (not "Social Security System": a body's name going on with a word)
            return False
        opening = t.split()[0].replace(".", "")
        if len(t.split()) > 1 and opening.isupper() and opening.lower() in vocabulary("title_words") and \
                self.gaz.lookup(t) is None:
            return False  # "E.V.P. Products & Customer Delivery", "CFO Finance": a title in initials and its field
        if _SPACED_DASH.search(t) and self.gaz.lookup(t) is None and \
                any(self._no_name_part(part) for part in _SPACED_DASH.split(t)):
            return False  # "BST - UK Markets", "BRASILIA - Central bank": page furniture, a dateline
        # A news outlet is a company unless it is only the source of a report: that is judged on the
        # whole document (``resolve_document``)
        return self.gaz.lookup(t) is not None or _category(t, owner) in (None, "outlet")

    def _shouted_word(self, sent, i: int) -> bool:
        """Whether one English word in capitals stands in a run of words in capitals (a heading run into
        the text: "FINCHER TALKS EXCLUSIVELY TO THE HERALD"), not alone as a firm's name in capitals
        ("IBM, Marketo, DISH and RPA") or a ticker ("(LSE: GLEN)")."""
        t = sent[i].text
        if not (t.isupper() and t.isalpha() and len(t) >= 4 and self._word(t.lower()) and
                self.gaz.lookup(t) is None):
            return False
        return any(0 <= k < len(sent) and sent[k].is_upper and sent[k].is_alpha and len(sent[k]) > 1
                   for k in (i - 1, i + 1))

    def _place_and_word(self, t: str, kept: bool = False) -> bool:
        """Whether a name is a place or a people and one English word: "U.K. Intervention", "U.S. Securities".
        ``kept``: the two words of a name ``canonical_name`` keeps whole, the word no word businesses are
        called by ("China Devalues", "Japan Orchid"; not "Swiss Bank", "Texas Instruments"). "U.S." and one
        word, which ``canonical_name`` keeps whole, are a place and a word unless ``place_named``."""
        whole = len(t.split()) == 2 and canonical_name(t) == t
        canon = t.split()[-1] if whole and (kept or t.startswith(("U.S. ", "U.K. ")) and not place_named(t)) \
            else canonical_name(t)
        if kept and canon.lower() in _BUSINESS_WORDS | _FIRM_ENDINGS | _TRADE_WORDS | _FIRM_NOUNS | _INSTITUTION_NOUNS:
            return False
        prefix = t.removesuffix(canon).strip().lower()
        return canon != t and t.endswith(canon) and " " not in canon and self._word(canon.lower()) and \
            (prefix.replace(".", "") in places() or prefix in places() or prefix in DEMONYMS) and \
            self.gaz.lookup(t) is None and self.gaz.lookup(canon) is None

    def _place_named(self, text: str, ctx: StoryContext) -> bool:
        """Whether the "U.S." or "U.K." opening a name is the firm's own: the name as written says so
        (``place_named``), the gazetteer knows it, or the story wrote it with its legal form before ("U.S.
        Home Corp ... U.S. Home said")."""
        return place_named(text) or self.gaz.lookup(text) is not None or canonical_name(text) in ctx.in_full

    def _place_taken_in(self, text: str, ctx: StoryContext) -> bool:
        """Whether a company's span took in the place before its one word, which ``canonical_name`` keeps
        whole: a sentence break wire copy left out ("in the U.S. Norstar operates"), a place that says where
        ("the U.S. Kresge and Jupiter stores"); not where the place is the firm's (``_place_named``)."""
        return len(text.split()) == 2 and text.startswith(("U.S. ", "U.K. ")) and \
            canonical_name(text).startswith(("U.S. ", "U.K. ")) and not self._place_named(text, ctx)

    def _partners_before(self, text: str, begin: int) -> int:
        """Where a partnership's name opens whose last partners a legal name holds: "Brisket, Norvell
        and Co", "Donaldson, Lufkin and Jenrette Securities Corp" ("A, B and C" is one firm's name)."""
        while True:
            m = _PARTNER_BEFORE.search(text, 0, begin)
            if m is None or m.group(1).lower() in places():
                return begin
            opens = text[: m.start(1)].rstrip()[-1:] in ("", ".", ":", ";", '"', "(", "-")
            if not all(self._partner(w, opens) for w in m.group(1).split()):
                return begin
            begin = m.start(1)

    def _firm_listed_before(self, text: str, begin: int) -> bool:
        """Whether the words a partnership's name would take in before ``begin`` ("A, B and C Co") open with a
        firm the story named apart, in full ("Tellvane Corp ... Tellvane, Varnex and Orbis Petroleum Co")."""
        while True:
            m = _PARTNER_BEFORE.search(text, 0, begin)
            if m is None:
                return False
            if self._named_apart(m.group(1), whole=True) and self.gaz.lookup(m.group(1)) is None:
                return True
            begin = m.start(1)

    def _named_apart(self, name: str, whole: bool = False) -> bool:
        """Whether a name is a company of its own: known, or named before in the story, in full or (unless
        ``whole``) as the first word of a longer name ("Kappa Networks Inc ... a merger between Kappa and
        Radiation Systems Inc")."""
        return self.gaz.lookup(name) is not None or any(name_key(n) == name_key(name) for n in self._story) or \
            not whole and " " not in name.strip() and any(n.split()[0] == name.strip() for n in self._story if " " in n)

    def _surname_named(self, name: str) -> bool:
        """Whether a one-word name is the surname of a person the story named before ("Investor Sumner Redstone
        ... received revised takeover bids from Redstone and MCV Holdings Inc"): a party of its own, not the first
        partner of a firm's name."""
        return " " not in name.strip() and any(p.split()[-1] == name.strip() for p in self._ctx.people)

    def _partner(self, word: str, opens: bool) -> bool:
        """Whether a capitalised word before a comma can be a partner's name: no place ("NEW YORK,"),
        month, known company of its own (a list of firms), nor an English word opening the sentence
        ("Meanwhile, Norvell and Co ...": "Pierce" inside a sentence may be a partner)."""
        low = word.lower().rstrip(".")
        return not (word.isupper() or low in places() or low in _MONTHS_DAYS or opens and self._word(low) or
                    self.gaz.lookup(word) is not None or low in _NAME_JOINERS or canonical_name(f"X {word}") == "X")

    def _marked_company(self, text: str) -> bool:
        """Whether a name the source marks is a company: a known one, one with a legal suffix that is
        no association nor a body alone, or one no list of what is never a company holds."""
        if self.gaz.lookup(text) is not None:
            return True
        if _NO_NAME_SHAPE.fullmatch(text):
            return False  # "<IMO.A>": a ticker the source marks
        if _LEGAL_NAME.search(text):
            return not (_is_association(text) or _only_a_body(text) or not_companies().names.get(name_key(text)))
        return not_companies().category(text) in (None, "outlet")

    def _whole_name(self, sent, i: int, j: int, taken) -> tuple[int, int]:
        """A name's span grown over the rest of the one name the text writes: capitalised words joined
        by a hyphen ("Rowley-Scher", "Wal - Mart Stores"), a Romance or Germanic joiner and the
        capitalised words after it ("Banco do Brasil", "Caisse des Depots")."""
        def cap(k: int) -> bool:
            return 0 <= k < len(sent) and not taken[k] and sent[k].is_alpha and sent[k].text[:1].isupper()

        def joined(left: int) -> bool:  # sent[left], a dash, sent[left + 2]: one name
            if not sent[left].whitespace_ and not sent[left + 1].whitespace_:
                return True
            # spaced ("Wal - Mart"): only between words no English has, not a dateline ("LONDON - Shares")
            return not any(sent[k].is_upper or self._word(sent[k].lower_) or sent[k].lower_ in places()
                           for k in (left, left + 2))

        while i >= 2 and sent[i - 1].text in _DASHES and cap(i - 2) and joined(i - 2):
            i -= 2
        while i >= 2 and sent[i - 1].lower_ in _FOREIGN_AND and sent[i - 1].is_lower and cap(i - 2):
            i -= 2  # "Zentralsparkasse und Kommerzialbank": the name began before its joiner
        while i >= 3 and sent[i - 1].lower_ in (*_FOREIGN_AND, "and") and sent[i - 2].text in _DASHES and cap(i - 3):
            i -= 3  # "Vereins- und Westbank AG": a compound's first half, its ending left to the second's
        while j + 1 < len(sent) and sent[j].text in _DASHES and cap(j + 1) and joined(j - 1):
            j += 2
        while j + 1 < len(sent) and sent[j].lower_ in _FOREIGN_JOINERS and sent[j].is_lower and cap(j + 1):
            j += 2
            if cap(j) and not cap(j + 1):  # "Banco do Estado Paulista", no run of capitals after
                j += 1
        # "David Pike of Phillips and Drew", "a partner with Cleary, Gottlieb, Steen and Hamilton": the firm
        # a person works at is one firm, its partners' names and all
        if j - i <= 2 and i >= 2 and sent[i - 1].lower_ in ("of", "at", "with") and \
                (sent[i - 2].ent_type_ == "PERSON" or sent[i - 2].lower_ in vocabulary("title_words") or
                 sent[i - 2].lower_ in vocabulary("profession_words")):
            k = j
            while k + 2 < len(sent) and sent[k].text == "," and cap(k + 1) and sent[k + 2].text in (",", "and", "&"):
                k += 2
            last = k + 1
            if last < len(sent) and sent[k].lower_ in ("and", "&") and cap(last) and not cap(last + 1) and \
                    sent[last].lower_ not in places() and not self._named_apart(sent[last].text) and \
                    not (sent[last].ent_type_ == "ORG" and sent[last].ent_iob_ == "B") and \
                    not any(self._named_apart(sent[x].text) for x in range(j + 1, k, 2)):
                j = last + 1
        # "acquired Builders Supply and Lumber (BSL)": the short form in brackets after the words "and" joins
        # is the initials of the name's words and of those: one name, not a firm cut at its "and"
        if j + 1 < len(sent) and sent[j].lower_ in ("and", "&") and cap(j + 1):
            k = j + 1
            while k - j <= 3 and cap(k):
                k += 1
            written, clean = getattr(self, "_clean", ("", ""))
            clean = clean if written == sent.text else sent.text
            short = _INITIALS_IN_BRACKETS.match(clean, sent[k - 1].idx + len(sent[k - 1].text) - sent[0].idx)
            if short is not None and _initials_fit(short.group(1), [t.text for t in sent[i:k]]) and \
                    not _initials_fit(short.group(1), [t.text for t in sent[i:j]]):
                j = k
        return i, j

    def _party_before_owner(self, sent, start: int, end: int) -> int:
        """The end of a name the model ran on over "of" and the owner of what a deal is about: "the transfer
        to Primagaz of Mobil's small and medium bulk propane activity" names Primagaz, the party after "to" or
        "by", and Mobil, whose activity it is. A name whose word before "of" is an English word ("sold to Bank
        of Boston's unit", "by Secretary of State's") or whose owner is a place ("to Volkswagen of America's
        dealers") is whole."""
        if start == 0 or sent[start - 1].lower_ not in ("to", "by"):
            return end
        owner = end - 1 if sent[end - 1].text in ("'s", "’s") else end
        of = next((k for k in range(start + 1, owner - 1) if sent[k].lower_ == "of"), None)
        if of is None or owner >= len(sent) or sent[owner].text not in ("'s", "’s"):
            return end
        word, held = sent[of - 1].lower_, sent[of + 1 : owner].text.lower()
        if self._word(word) or _firm_word(word) or held in places() or held in vocabulary("states"):
            return end
        return of

    def _brand_sold(self, text: str, a: int, b: int) -> bool:
        """Whether the name at ``a:b`` of a firm whose name its product bears (``brand`` in
        ``not_companies.tsv``: a card network) names the product here: a word of ``after`` follows, one word
        between ("its Visa credit card", "a Visa card"), or "its"/"their" owns it, a few lower-case words
        between, and no noun of its own follows ("its no-fee variable rate MasterCard to 13.6 pct", "its
        Visa Classic or ..."; not "its MasterCard shares")."""
        known = self.gaz.lookup(text[a:b])
        if known is None or not known.kinds & not_companies().brands:
            return False
        b = _BRAND_TIER.match(text, b).end()
        words = _BRAND_AFTER.match(text, b)
        after = not_companies().after
        if words is not None and any(w is not None and (w in after or w.endswith("s") and w[:-1] in after)
                                     for w in words.groups()):
            return True
        return _OWNED_BEFORE.search(text, 0, a) is not None and _OWNED_END.match(text, b) is not None

    def _part_of_body(self, sent, i: int, j: int, text: str) -> bool:
        """Whether the text around a capitalised name shows it is no company: a public body's or a part
        of one, owned by a government body ("MITI's Industrial Electronics Division", "Commodity
        Operations Division for the USDA"), or naming a body the word after it says ("a House
        Appropriations subcommittee"; ``after`` in ``not_companies.tsv``); a town before its state
        ("Tifton, Ga."); an office's portfolio ("Vice President for International Services")."""
        if self._brand_sold(sent.text, sent[i].idx, sent[j - 1].idx + len(sent[j - 1].text)):
            return True  # "its no-fee variable rate MasterCard": the card, not the network
        if self.gaz.lookup(text) is not None or _LEGAL_NAME.search(text):
            return False
        # (not after an owner's possessive: "approve the Minneapolis Grain Exchange's application" is the exchange's)
        owner = any(k < len(sent) and sent[k].text in ("'s", "’s") for k in (j - 1, j))
        if j < len(sent) and (sent[j].is_lower or sent[j].is_upper or sent[j].lower_ in _INDEX_WORDS) and \
                _names_a_thing(sent[j]) and not owner:
            return True  # "the Corvo Index slipped", "the Buick Envision SUV": an index, a kind in capitals
        if j + 1 < len(sent) and sent[j].like_num and sent[j + 1].lower_ in _DOSE_UNITS and not owner:
            return True  # "the Company s ASACOL 800 mg product": a dose's strength after it names a drug
        if i >= 2 and sent[i - 1].text in (",", ":", "-", "(") and \
                _NOTE_BEFORE.search(sent.text, max(0, sent[i - 1].idx - 16), sent[i - 1].idx + 1):
            return True  # "See Note 4, Consolidated Core Companies": the title of a filing's note
        head = sent[j - 1]  # "its Clayton steel plate mill": the name of an asset the noun it qualifies says
        # "the Skeena and Celgar pulp mills": the last of names joined qualifies the noun with the first
        if head.dep_ == "conj" and head.head.i < i and head.head.dep_ in ("compound", "amod", "nmod"):
            head = head.head
        while head.dep_ in ("compound", "amod", "nmod") and head.i < head.head.i < j + 4:
            head = head.head
        if head.i >= j and head.is_lower and _names_a_thing(head) and not self._short_of_named(text) and not owner:
            return True
        if j < len(sent) and sent[j].text in _OFFICES:
            return True  # "Transport Secretary John Moore": a portfolio
        if i >= 2 and (sent[i - 1].lower_ == "of" and sent[i - 2].lower_ in vocabulary("place_nouns") or
                       sent[i - 1].lower_ in ("at", "near") and sent[i - 2].lower_ in vocabulary("thing_words")):
            return True  # "the port of Ostend", "the starch plant at Velden": a place
        if self._site_located(sent, i) and (j == len(sent) or sent[j].text not in ("'s", "’s")):
            return True  # "the head offices in Milnsbridge", "mines around Kestrel": where a site is, a place
        k = i - 2
        while k > 0 and sent[k].text[:1].isupper() and k > i - 5:
            k -= 1
        if i >= 4 and sent[i - 1].text == "," and k < i - 2 and self._site_located(sent, k + 1) and \
                (j == len(sent) or sent[j].text not in ("'s", "’s", ",")) and \
                not (sent[j - 1].dep_ in ("nsubj", "nsubjpass") and sent[j - 1].head.tag_ != "VBG"):
            # "head offices in Milnsbridge, Huddersfield": the town's town, a place too (not "offices in
            # London, Harlow Systems said": a finite clause's subject)
            return True
        if _places_listed(sent, i, self._kind_plurals):
            return True  # "towns near the mines, such as Balen and Velden": examples of places
        if j + 2 < len(sent) and sent[j].text == "," and \
                any(t.dep_ == "appos" and t.head.i == j - 1 and t.is_lower and t.lemma_ in vocabulary("place_nouns")
                    for t in sent[j + 1 : j + 5]):
            return True  # "Velden, a seaside town popular with retirees": the apposition says it is a place
        if j + 1 < len(sent) and sent[j].lower_ == "in" and \
                sent[j + 1 + (sent[j + 1].lower_ == "the" and j + 2 < len(sent))].lower_ in _REGIONS:
            return True  # "Balen in the north", "Velden in central Ruritania": a town in its country
        if _PLACE_HEAD_AFTER.match(sent.text, sent[j - 1].idx + len(sent[j - 1].text)):
            return True  # "its Orange County office": a place's name
        if i >= 2 and sent[i - 1].lower_ == "member" and sent[i - 2].text == "-":
            return True  # "the 10,000-member APFA": a body of members
        k = i - 1
        if k >= 1 and sent[k].lower_ == "the" and sent[k - 1].text == ",":
            k -= 2  # "France's largest farm union, the FNSEA"
        if k >= 0 and sent[k].is_lower and sent[k].lower_ in vocabulary("body_nouns") and j - i <= 3:
            return True  # "the Bourse watchdog body COB", "farm union FNSEA": a body the noun before names
        if _kind_before(sent, i, j):
            return True  # "the heart medications Nitropress and Isuprel": products the noun before names
        if not owner and _sold_object(sent[j - 1]):
            return True  # "approval to market Cephalexin", "markets Uninterruptible Power Systems": what a firm sells
        if i >= 2 and sent[i - 1].lower_ == "of" and sent[i - 2].text[:1].isupper() and \
                (sent[i - 2].lower_ not in vocabulary("title_words") and
                 not_companies().category(sent[i - 2].text) in ("government", "association", "international") or
                 sent[i - 2].text in _OFFICES and not (i >= 3 and sent[i - 2].text == "Director" and
                                                       sent[i - 3].lower_ in _BOARD_SEAT)):
            # "the Federation of Hong Kong Industries", "Secretary of Defense": the rest of a body's name (not
            # "a Managing Director of NCAM", "a Director of Table Trac": a seat on a firm's board)
            return True
        if 0 < i and j < len(sent) and sent[i - 1].text in ('"', "“") and sent[j].text in ('"', "”"):
            return True  # "the "Big Bang" deregulation": a term in quotes
        if j + 1 < len(sent) and sent[j].text == "," and " " not in text and \
                (sent[j + 1].lower_ in places() or sent[j + 1].lower_.rstrip(".") in places()) and \
                sent[j + 1].text[:1].isupper():
            return True  # "Inc of Tifton, Ga.", "Timmins, Ontario": a town named with its state
        if i >= 2 and sent[i - 1].lower_ == "for" and sent[i - 2].lower_ in vocabulary("title_words") and \
                sent[i - 2].lower_ not in vocabulary("voice_words") and sent[i - 2].lower_ not in _QUOTED_STAFF and \
                not (sent[i - 2].lower_ in _STAFF_FOR and j - i == 1 and sent[i].is_title and
                     not _function_words_only(text) and self._is_company(text, True, slot=True)):
            # "Vice President for International Services": a portfolio ("spokesperson for X" speaks for X; "analyst
            # for Agri Analysis", "analyst for Citicorp Investment Management": the firm one is quoted for)
            return True
        if sent[j - 1].lower_ in _UNIT_WORDS and j + 1 < len(sent) and sent[j].lower_ in ("of", "for", "at"):
            k = j + 1 + (sent[j + 1].lower_ == "the")
            end = k
            while end < len(sent) and end < k + 5 and (sent[end].text[:1].isupper() or
                                                       sent[end].lower_ in ("of", "and", "&")):
                end += 1
            if end > k and not_companies().category(sent[k:end].text) == "government":
                return True
        if i >= 2 and sent[i - 1].text in ("'s", "'", "’s"):
            k = i - 2
            while k > 0 and k > i - 6 and (sent[k - 1].text[:1].isupper() or sent[k - 1].lower_ in _NAME_JOINERS):
                k -= 1
            while k < i - 2 and not sent[k].text[:1].isupper():  # "director of MITI's": the owner opens capitalised
                k += 1
            owner = sent[k : i - 1].text
            return self.gaz.lookup(owner) is None and not_companies().category(owner) == "government"
        return False

    def _site_located(self, sent, i: int) -> bool:
        """Whether the name at token ``i`` says where a site is: "the head offices in Milnsbridge"."""
        return i >= 2 and sent[i - 1].lower_ in _PLACE_PREPS and \
            any(t.pos_ == "NOUN" and t.lemma_.lower() in self._located for t in (sent[i - 1].head, sent[i - 2])
                if t.i < i - 1)

    def _known_whole(self, sent, org, span) -> bool:
        """Whether the model's organisation is, whole, the known company it holds: "Smith Barney, Harris Upham
        and Co" is the known "Smith Barney, Harris Upham", the "and Co" its legal form."""
        whole, part = self.gaz.lookup(_trimmed(sent, org).text), self.gaz.lookup(span.text)
        return whole is not None and part is not None and whole.name == part.name

    def _glued_owner(self, owner: str, ctx: StoryContext) -> bool:
        """Whether a name glued to "owned" or "backed" before another name is a firm's ("Alibaba-owned",
        "Tencent-backed"): known, or no word, place, people, given name, body or person of the story ("Texas-owned",
        "Chinese-owned", "Family-owned", "Kremlin-backed", "Murdoch-owned" after "Rupert Murdoch")."""
        if self.gaz.lookup(owner) is not None:
            return True
        low = owner.lower()
        words = low.split()
        # "Carl C. Icahn-controlled Trans World Airlines": a given name or an initial makes the owner a person
        return not self._word(low) and low not in places() and low not in DEMONYMS and \
            low.rstrip(".") not in vocabulary("states") and _unaccented(words[0]) not in vocabulary("given_names") and \
            not any(re.fullmatch(r"[a-z]\.?", w) for w in words) and not self._a_person(owner, ctx) and \
            not self._surname_in(owner, ctx) and not _is_association(owner) and not_companies().category(owner) is None

    def _surname_after(self, sent, a: int, b: int) -> bool:
        """Whether the model's organisation at ``a:b`` is an initial and a given name whose surname the wire wrote
        in lower case right after it ("a takeover bid launched by T. Boone pickens in January"): a person's
        name cut, no firm. An initial and a word alone can be a firm ("C. Itoh and Co", "J. Lyons"): only a
        lower-case word that is no English word after it says the name goes on."""
        if b - a != 2 or not re.fullmatch(r"[A-Z]\.", sent[a].text) or \
                not re.fullmatch(r"[A-Z][a-z]+", sent[a + 1].text) or b >= len(sent):
            return False
        after = sent[b]
        return after.is_alpha and after.is_lower and len(after.text) > 2 and not self._word(after.text) and \
            self.gaz.lookup(sent[a:b].text) is None

    def _possessive_names(self, sent, ents):
        """The model's organisations with a one-word owner's "'s" between them that are one firm's name: the
        rest common words alone that a firm's word ends, no name of its own ("the sale of Bond's Delivery
        Service": no "Bond" sold a "Delivery Service"; not "Doan's Backache Pills", a product), the owner no
        place, body, person or firm the story named apart (``_owner_in_name``). Not "Hanson's Imperial Group"
        after Hanson Trust, nor "Bond's Corp unit"."""
        from spacy.tokens import Span

        out = list(ents)
        k = 0
        while k + 1 < len(out):
            a, b = out[k], out[k + 1]
            words = b.text.split()
            if a.label_ == "ORG" and b.label_ == "ORG" and b.start == a.end + 1 and \
                    sent[a.end].text in ("'s", "’s") and len(a) == 1 and a.text[:1].isupper() and \
                    not a.text.isupper() and len(words) >= 2 and \
                    all(re.fullmatch(r"[A-Z][a-z]+", w) and self._word(w.lower()) for w in words) and \
                    {words[-1].lower(), f"{words[-1].lower()}s"} & (_BUSINESS_WORDS | _TRADE_WORDS | _FIRM_ENDINGS) and \
                    self.gaz.lookup(b.text) is None and self.gaz.lookup(a.text) is None and \
                    self._owner_in_name(a.text, b.text, sent.text[b.end_char :], before=sent.text[: a.start_char]):
                out[k : k + 2] = [Span(sent, a.start, b.end, label="ORG")]
            k += 1
        return tuple(out)

    def _owner_in_name(self, owner: str, rest: str, after: str, plural: bool = False, person: bool = False,
                       before: str = "") -> bool:
        """Whether the owner before "'s" in a name is part of the name: one capitalised word ("Vernell's Fine
        Candies Inc", "Moody's Investors Service Inc", "Nature's Best"), or any owner before one common word
        and a suffix ("Arizona Appetito's Stores Inc"). Not a place, a people, a body, a person the story
        named ("Boesky's Seemala Corp" after Ivan Boesky) or the model reads as one ("Buffett's Berkshire
        Hathaway Inc": ``person``), nor a company named apart ("Britain's General Electric Co", "Quaker
        Oats's Fisher-Price Inc"), nor the parent of a unit ("Walker's Mutual Signal Corp subsidiary") or of
        a name that opens as names of their own do ("Nacco's North American Coal Corp"); an owner of more
        words before a name of more words is a firm too ("Nacco Industries' North American Coal Corp"), and
        so is a plural one ("Sears' Allstate"). ``after``: the text after the name; ``before``: the text before
        it, where a possessive determiner already gives the parent ("sold its Vernell's Fine Candies Inc unit",
        "sell its Hudson's Bay Wholesale unit": the one word before "'s" is the unit's own). A name known whole is
        one name, though its owner is known alone too ("Moody's Investors Service Inc", "Moody's" its short form)."""
        possessive = "'" if plural else "'s"
        if rest.split()[0].strip(".,").lower() not in LEGAL_FORMS and \
                self.gaz.lookup(f"{owner}{possessive} {rest}") is not None:
            return True
        words = canonical_name(rest).lower().split()
        low = owner.lower()
        if not owner.split() or not all(w[:1].isupper() for w in owner.split()) or low in places() or \
                low in DEMONYMS or self._named_apart(owner) or self._short_of_named(owner) or \
                not_companies().category(owner) is not None or self._a_person(owner, self._ctx):
            return False
        unit = re.match(r"\s+([a-z-]+)", after)
        if unit and _ITS_BEFORE.search(before):
            unit = None
        return len(words) == 1 and self._word(words[0]) or " " not in owner.strip() and not (plural or person) and \
            not (unit and unit.group(1) in _PART_NOUNS) and bool(words) and not _opens_a_name(words[0])

    def _known_inside(self, sent, span, taken):
        """The other company's name a known name is only a word of: the story's ("American Barrick" after
        "American Barrick Resources Corp", "Toyota Shoji's" after "Toyota Shoji Co": no Barrick Gold, no
        Toyota), or a people's name opening it ("American Barrick", as "American Motors" and "British
        Petroleum" are no Ford or BP). None where the known name stands alone."""
        def word(k: int) -> bool:
            return sent[k].is_alpha and sent[k].text[:1].isupper() and not sent[k].is_upper and not taken[k]
        i, j = span.start, span.end
        while i > 0 and word(i - 1):
            i -= 1
        while j < len(sent) and word(j):
            j += 1
        if (i, j) == (span.start, span.end):
            return None
        story = [n.lower().split() for n in self._story if self.gaz.lookup(n) is None]
        runs = sorted(((a, b) for a in range(i, span.start + 1) for b in range(span.end, j + 1)
                       if (a, b) != (span.start, span.end)), key=lambda r: r[0] - r[1])
        for a, b in runs:
            words = [t.lower_ for t in sent[a:b]]
            if any(n[: len(words)] == words for n in story):
                return sent[a:b]
        before = span.start - 1
        if len(span) == 1 and before >= i and sent[before].lower_ in DEMONYMS and \
                (before == 0 or not sent[before - 1].text[:1].isupper()) and \
                self.gaz.lookup(sent[before : span.end].text) is None:
            return sent[before : span.end]
        return None

    def _inside_a_name(self, text: str, start: int, end: int) -> bool:
        """Whether a known firm's one-word name stands inside another capitalised name, a word of it on either
        side: "loan repayments from Khoo Teck Puat", "Mid-Atlantic Coca-Cola Bottling Co", "Philips DuPont
        Optical Co" name no Teck, Coca-Cola or DuPont. Not after a word that leads names ("the European Airbus
        Industrie consortium", "NV Philips Gloeilampenfabrieken", "Japanese-owned Honda American Manufacturing"),
        nor one that opens a line and is a word ("Final Shell Transport dividend"), nor before a legal form, nor in
        title case ("The Mercedes Concept Car That Morphs on the Move Porsche Set to Electrify the Future")."""
        if text[end : end + 1] != " " or text[start - 1 : start] != " ":
            return False
        before = _RUN_WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None or not _RUN_WORD_AFTER.match(text, end) or _COMPANY_AFTER.match(text, end):
            return False
        word = before.group(1)
        low = word.lower()
        if low in _LEADS or low in places() or low in DEMONYMS or low in LEGAL_FORMS or low in _MONTHS_DAYS or \
                _HYPHENED_ADJECTIVE.search(word):
            return False
        return (text[: before.start(1)].rstrip(" ")[-1:] not in ("", "\n") or not self._word(low)) and \
            not title_cased(text)

    def _people_named(self, owner: str) -> bool:
        """Whether a plural possessive before a name ("Dealers' Digest Inc", "Growers' Cooperative") names
        the people the firm serves, as part of its name: one English plural, not an owner."""
        low = owner.lower()
        return " " not in owner.strip() and owner[:1].isupper() and low.endswith("s") and self._word(low) and \
            low not in places() and low not in DEMONYMS

    def _short_of_named(self, text: str) -> bool:
        """Whether a name opens a company's name given earlier in the story ("Wedge" after "Wedge
        Group Inc", "Kawasaki" after "Kawasaki Heavy Industries"): a short form, whatever its words."""
        words = text.lower().removeprefix("the ").split()
        return bool(words) and any(n.lower().split()[: len(words)] == words for n in self._story)

    def _story_short(self, text: str) -> str | None:
        """The company of the story a known company's one-word short form stands for, where the story named one
        company whose name that word opens and never the known one: "Wickes Companies Inc said it completed the
        sale of its Sequoia Supply division ... Paul Hylbert, president of Sequoia" is Sequoia Supply's, no
        Sequoia Capital's. Not a unit named after the known company ("Ford Motor Credit" is Ford Motor's)."""
        word = text.strip()
        known = self.gaz.lookup(word)
        if known is None or " " in word or known.name.lower() == word.lower() or \
                any(self.gaz.lookup(n) is known for n in self._story):
            return None
        opened = {n for n in self._story if n.lower().split()[0] == word.lower() and " " in n}
        if len(opened) != 1:
            return None
        own = opened.pop()
        return None if self.gaz.lookup(own) is not None or own.lower().startswith(known.name.lower()) else own

    def _short_of_two(self, text: str) -> bool:
        """Whether a name opens the names of two companies given earlier in the story ("Dravo" after "Dravo
        Marine Corp" and "Dravo Lumber Co"): which one it stands for the text leaves open."""
        words = text.lower().removeprefix("the ").split()
        return len({n for n in self._story
                    if n.lower().split()[: len(words)] == words and len(n.split()) > len(words)}) > 1

    def _no_name_part(self, part: str) -> bool:
        """Whether one side of a spaced dash is no part of a name: a place, a word in capitals (a
        dateline, a time zone), a lower-case or a common word, a web page's furniture ("... Daily - Enter your
        email address")."""
        words = part.split()
        return not words or part.lower() in places() or part.isupper() or not part[:1].isupper() or \
            part.lower() in vocabulary("furniture_words") or \
            len(words) > 1 and all(w.lower() in self.words or w.lower() in places() or w.lower() in _NAME_JOINERS
                                   for w in words)

    def _proper_nouns(self, sent, taken, add, cased: bool) -> None:
        """Capitalised proper nouns the model left unlabelled (or took for a one-word person) where
        a company is expected: a subject, an object, after "with", "of", "from"; the small model
        misses many one-word names ("Hess", "Splunk", "Geely")."""
        if not cased:
            return
        # The small model calls many companies places or facilities ("a stake in Jefferies" GPE, "Anglo
        # American" NORP, "Epic Games" FAC): those stay candidates unless they name a known place.
        known_places = places()
        other = {k for e in sent.ents if (e.label_ not in ("ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "GPE", "NORP",
                                                           "FAC", "LOC")
                                          or (e.label_ == "PERSON" and len(e) > 1)
                                          or e.label_ in ("GPE", "NORP", "FAC", "LOC") and _is_place(e, known_places))
                 for k in range(e.start, e.end)}
        i = 0
        while i < len(sent):
            tok = sent[i]
            if not (self._name_token(tok, i, taken, other) or self._name_adjective(sent, i, taken, other)):
                i += 1
                continue
            j = i + 1
            while j < len(sent) and (self._name_token(sent[j], j, taken, other) or
                                     (sent[j].text == "&" and j + 1 < len(sent) and sent[j + 1].text[:1].isupper())):
                j += 1
            span = self._headline_trimmed(sent, sent[i:j])
            if not len(span):
                i = j
                continue
            head = span.root
            text = span.text
            i, j = span.start, span.end
            follows = sent[j].lower_ if j < len(sent) else ""
            if i >= 2 and sent[i - 1].lower_ in _SURNAME_PARTICLES and sent[i - 1].is_lower and \
                    sent[i - 2].is_title and not taken[i - 2]:
                i = j  # "said Jan-Maarten de Vries": a surname after its particle and a given name, no firm
                continue
            if j - i > 1 and _of_a_body(sent, j) and self.gaz.lookup(text) is None:
                add(EntityKind.PERSON, i, j, _clean_person(text), text)
                i = j
                continue
            # ("own nine FM and four AM stations": what a number counts is a kind of thing, no firm)
            if ((head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss", "attr", "pcomp")
                     or _names_a_part(head))
                    and (i > 0 or head.dep_ in ("nsubj", "nsubjpass"))
                    and not any(c.dep_ == "nummod" for c in head.children)
                    and follows not in ("said", "says", "told") and self._is_company(text, cased, _deal_slot(head))
                    and text.lower() not in _MONTHS_DAYS and text.lower().rstrip(".") not in known_places
                    and (_names_a_part(head) or _deal_slot(head) or not self._common_words(span))
                    and not (j - i == 1 and self._a_works(text))):
                add(EntityKind.COMPANY, i, j, self.gaz.canonical(text), text)
            i = j

    def _a_works(self, word: str) -> bool:
        """Whether one word the story also wrote opening a works' name ("the Perry Nuclear Power Plant") stands
        for that works, not for a company it names otherwise (a known one, or one written with its legal form)."""
        return re.search(rf"\b{re.escape(word)}\s+(?:{SITE_KINDS}\s+){{0,3}}{SITE_HEADS}\b", self._ctx.text) is not None \
            and self.gaz.lookup(word) is None and word not in self._ctx.in_full

    def _common_words(self, span) -> bool:
        """Whether a capitalised span the model did not call an organisation is only English words
        ("Heady Levels", "Experience", "China Devalues" after a place): a headline or a heading, not
        a name. A known company or an acronym is a name."""
        if not self.words or self.gaz.lookup(span.text) is not None or self._short_of_named(span.text):
            return False
        return all(t.lower_ in _NAME_JOINERS or t.lower_ in places() or t.lower_ in DEMONYMS or
                   t.is_alpha and not (t.is_upper and len(t) > 1) and
                   (self._word(t.lower_) or t.lemma_.lower() in self.words) for t in span)

    def _body_word(self, sent, i: int) -> bool:
        """Whether one capitalised word stands for a body or qualifies a noun, not a company: "the
        Community", "the Fed", "Federal funds", "Transportation Department"."""
        before = sent[i - 1].lower_ if i > 0 else ""
        after = sent[i + 1] if i + 1 < len(sent) else None
        if after is not None and after.lemma_.lower() in PART_NAMES:
            return False  # "its Upjohn unit", "the Widget division": a named part of a company
        return before == "the" or after is not None and (
            after.is_lower and after.is_alpha and sent[i].dep_ in ("amod", "compound") or
            after.text[:1].isupper() and not_companies().category(f"{sent[i].text} {after.text}") == "government")

    def _named_in_full(self, name: str) -> bool:
        """Whether a name is a given name of the list and a surname that is no English word ("Darren Aronofsky",
        "Mohammed al-Qassem"; not "Brandon Sun", "Christian Democrat", "Charles Lefranc Cellars")."""
        words = name.replace(".", ". ").split()
        return len(words) > 1 and _unaccented(words[0].lower()) in vocabulary("given_names") and \
            not self._word(words[-1].lower()) and words[-1].split("-")[-1][:1].isupper()

    def _word(self, w: str) -> bool:
        return is_english(w, self.words)

    def _name_adjective(self, sent, i: int, taken, other) -> bool:
        """A capitalised adjective inside a sentence that opens the name after it ("sell Western Gear"): the
        parse makes it a modifier, but no one capitalises "western" there unless it is the name's."""
        tok = sent[i]
        return 0 < i < len(sent) - 1 and tok.pos_ == "ADJ" and tok.is_alpha and tok.text[:1].isupper() and \
            not tok.is_upper and sent[i - 1].is_lower and tok.head.i == i + 1 and not taken[i] and i not in other \
            and tok.lower_ not in DEMONYMS and tok.lower_ not in places() and \
            self._name_token(sent[i + 1], i + 1, taken, other)

    def _name_token(self, tok, i: int, taken, other) -> bool:
        # A capitalised first word is a name where the parse says so ("Uber and Baidu announced") or where
        # it is no English word ("Tencent holds", not "Shares rose")
        first_name = i == 0 and tok.pos_ == "NOUN" and (
            any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in tok.children) or
            bool(self.words) and tok.is_alpha and tok.lower_ not in self.words and tok.lemma_.lower() not in self.words)
        return (not taken[i] and i not in other and tok.text[:1].isupper() and tok.lower_ not in _MONTHS_DAYS
                and (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and (i > 0 or first_name)))
                and tok.lower_ not in NOT_COMPANY_EXACT)

    def _references(self, sent, ctx: StoryContext, taken, add, found: list[Ent], proper: bool) -> None:
        """Companies the sentence refers back to: "the two companies", "the French automaker". In
        ``proper`` (ordinary cased) text a description ending in a capital is a name of its own, no
        reference: "the Fed Bank of Chicago", "the World Bank"."""
        named = {self.gaz.canonical(sent[e.start:e.end].text) for e in sent.ents}
        for m in PLURAL_REF.finditer(sent.text):
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            # "Fleet and Norstar agreed to merge the two bank holding companies": the two just named
            before = [e.name for e in found if e.kind is EntityKind.COMPANY and span is not None and e.j <= span.start]
            members = before if len(before) == 2 else \
                [n for n in ctx.recent if n not in named][-2:] if len(ctx.recent) >= 2 else []
            if span is not None and len(members) == 2 and not _restricted(span):
                add(EntityKind.COMPANY, span.start, span.end, " & ".join(members), m.group(0), members)
        # "talks by KLM with Acme for a stake in the latter's courier": the later of the firms the sentence
        # named before it; with fewer than two named there, which one is meant is the story's guess
        for m in re.finditer(r"\b[Tt]he latter(?=['’]s?(?![\w-])|(?![\w'’-]))", sent.text):
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            before = [e for e in sorted(found, key=lambda e: e.i) if e.kind is EntityKind.COMPANY and not e.members
                      and span is not None and e.j <= span.start]
            if len({e.name for e in before}) >= 2 and not any(taken[span.start : span.end]):
                add(EntityKind.COMPANY, span.start, span.end, before[-1].name, m.group(0))
        for m in self._descr_re.finditer(sent.text):
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or proper and m.group(0).split()[-1][:1].isupper():
                continue
            name = self._resolve(m.group(0), m.group(1), ctx)
            if name is not None:
                add(EntityKind.COMPANY, span.start, span.end, name, m.group(0))

    def _resolve(self, phrase: str, demonym: str | None, ctx: StoryContext) -> str | None:
        """The one company of the story so far that the description fits, or None."""
        words = phrase.lower().removesuffix("'s")
        kind = next((k for k in sorted(self.gaz.kinds, key=len, reverse=True) if words.endswith(k)), None)
        country = DEMONYMS.get(demonym.strip().lower()) if demonym else None
        fits = []
        for name in reversed(ctx.recent):
            known = self.gaz.lookup(name)
            kinds = set(known.kinds) if known else set()
            kinds |= ctx.described.get(name, set())
            countries = {known.country} if known else set()
            countries |= {c for c in ctx.described.get(name, set()) if c[:1].isupper()}
            if kind in kinds and (country is None or any(c in country.split("|") for c in countries)):
                fits.append(name)
        return fits[0] if len(fits) == 1 or (fits and country) else None

    def _learn_descriptions(self, sent, ents: list[Ent], ctx: StoryContext) -> None:
        """"Renault, the French automaker, ..." teaches that Renault is a French automaker."""
        for e in ents:
            if e.kind is not EntityKind.COMPANY or e.members:
                continue
            rest = sent.text[sent[e.j - 1].idx + len(sent[e.j - 1].text) :]
            m = self._appos_re.match(rest)
            if m:
                seen = ctx.described.setdefault(e.name, set())
                seen.add(m.group(2).lower())
                if m.group(1):
                    seen.add(DEMONYMS.get(m.group(1).strip().lower(), ""))
        for e in ents:
            if e.kind is EntityKind.COMPANY:
                for name in e.names:
                    ctx.saw(name)


#: The words between a parent's name and its unit's in the subject of a lead: "Royal Dutch/Shell Group <RD.AMS> unit
#: <Shell Australia Ltd>, said", "Mobil Corp's <MOB> Mobil Oil Francaise unit said".
_PARENT_UNIT = re.compile(r"^>?(?:(?:'s|’s)\s*)?\s*(?:<[^<>]{1,12}>\s*)?(?P<noun>(?:unit|subsidiary)\s+)?<?\s*$")
#: What follows the unit's name when the unit is the one that speaks: ", said", " unit said", " Ltd> said that".
_UNIT_SAYS = re.compile(r"^>?(?:\s*<[^<>]{1,12}>)?\s*(?P<noun>(?:unit|subsidiary)\s*)?,?\s*"
                        r"(?:said|says|reported|announced|posted)\b")


def _unit_told(text: str, out: list) -> str | None:
    """The unit a story's lead is told by, where it opens with its parent's name: "Royal Dutch/Shell Group
    <RD.AMS> unit <Shell Australia Ltd>, said its net profit fell", "Mobil Corp's <MOB> Mobil Oil Francaise unit
    said". The story is the unit's: whom "the company" and a bare title ("chairman and chief executive Kevan
    Gosper said") mean, not the parent's the lead named first."""
    firms = [(name, a, b) for kind, name, _, a, b in out if kind is EntityKind.COMPANY]
    if len(firms) < 2 or text[: firms[0][1]].count(",") > 1:
        return None
    (_, _, end), (unit, start, stop) = firms[0], firms[1]
    between, after = _PARENT_UNIT.match(text[end:start]), _UNIT_SAYS.match(text[stop:])
    if between is None or after is None or bool(between.group("noun")) == bool(after.group("noun")):
        return None  # the unit is marked as one once, before its name or after it
    return unit


_PLACE_AFTER = re.compile(r"\s*,\s*((?:[A-Z][\w.]*\s?){1,2})")
# (wire copy types a legal form in lower case now and then: "Kirschner Medical corp said", "Timex corp")
# (a partnership's too, as modern copy writes an auditor's or a law firm's: "PricewaterhouseCoopers LLP")
# (a Mexican company's "S.A. de C.V." and a United States bank's charter spelt out after a comma, "Wells Fargo Bank,
# National Association", are legal forms of several words; a foreign firm's American arm is named with "U.S.A." set
# off by commas before its legal form: "Toyota Motor Sales, U.S.A., Inc.")
# ("Holdings" ends no name that goes on in capitalised words to a legal form: "IXL Holdings Canada Inc" is one firm,
# the Canadian arm, not "IXL Holdings" and a "Canada Inc")
_SUFFIX = r"(?:S\.A\.(?:B\.)?\s+de\s+C\.V|(?<=,\s)National\s+Association|(?<=,\s)U\.S\.A\.(?=,?\s+(?:Inc|Corp|LLC|Ltd)\b)|Inc|Corp|Co|Ltd|Plc|PLC|SA|S\.A|A/S|AG|NV|N\.V|SpA|LP|L\.P|Bhd|GmbH|Corporation|Company|Limited|" \
          r"Holdings(?!\s+(?:(?!(?:Co|Corp|Inc|Ltd|Pty)\b)[A-Z][\w&'-]*\s+){1,2}(?:Inc|Corp|Co|Ltd|Plc|PLC)\b)|" \
          r"Pty|KGaA|AB|ASA|Oyj|SE|LLC|LLP|PLLC|Cos|Association|and\s+Co|and\s+Company|inc|corp|co|ltd|plc|" \
          r"Pcl|PCL|Tbk|TBK|PJSC|OJSC|JSC|BV|B\.V|KK|Pte)"
_ARM_PLACE = "|".join(map(re.escape, sorted(vocabulary("arm_places"), key=len, reverse=True)))
_SUFFIXES_AFTER = rf"(?:,?\s+{_SUFFIX}\b(?!-\w)\.?)"
#: The particles a capitalised name goes on after, as a surname does: "Barclays de Zoete Wedd", "Vickers da Costa
#: International Ltd" (not "Zoete Wedd", "Costa International": a name cut at its particle).
_NAME_PARTICLES = "de|du|da|di|van|von|der|den"
#: A particle and capitalised words after a known name, which go on with it: "said Barclays de Zoete Wedd." (no
#: "Barclays" and "Zoete Wedd"); not into a possessive ("Barclays de Zoete's May": the firm's analyst).
_PARTICLE_AFTER = re.compile(rf" (?:{_NAME_PARTICLES}) [A-Z][\w&-]*(?: [A-Z][\w&-]*)*(?!['’\w])")
#: A national or regional arm named after its parent, its place right after the parent's name and the name
#: ending there ("Uber India said", "chairman of Citigroup Australia,"): a company of its own, as "Google
#: Cloud" is. Not a state or a province ("Chevron Texas"), which tells where the parent works.
_ARM_AFTER = re.compile(r"\s(" + "|".join(re.escape(p.title()) for p in sorted(
    vocabulary("arm_places") - vocabulary("states"), key=len, reverse=True)) + r")(?=\s*(?:[,.;:)]|['’]s\b)|"
    r"\s+(?:said|says|is|was|has|had|will|would|announced|reported|posted|plans|agreed|expects)\b)")
# "Group 1 Automotive Inc", "Pier 1 Imports Inc": a small number inside a name, after a word of it that
# is no month ("Nov 30 Acme Corp" is a date before the name) and before another capitalised word of it
_NUMBERED = r"(?:(?<!Jan)(?<!Feb)(?<!Mar)(?<!Apr)(?<!May)(?<!Jun)(?<!Jul)(?<!Aug)(?<!Sep)(?<!Sept)(?<!Oct)(?<!Nov)" \
            r"(?<!Dec)(?<!Jan\.)(?<!Feb\.)(?<!Aug\.)(?<!Sep\.)(?<!Oct\.)(?<!Nov\.)(?<!Dec\.)(?<![aA]ry)(?<![rR]ch)" \
            r"(?<![rR]il)(?<![uU]ne)(?<![uU]ly)(?<![uU]st)(?<![bB]er)(?<=[A-Za-z])\s\d{1,2}(?=\s+[A-Z][a-z]))?"
#: A word in lower case opening a sentence of cased text, the wire's slip: "golden" of "golden Poultry Co Inc said".
_LOWER_OPENER = re.compile(r"\s*([a-z]+) ")
_LEGAL_NAME = re.compile(
    # 'Toys "R" Us Inc', "United Coal (Canada) Ltd": a word in quotes or in brackets is the name's too;
    # "Fruit of the Loom Inc": so is "the" after "of"; and a particle ("Minas de Almaden y Arrayanes S.A.");
    # and the shop's "'n" for "and" ("Pay 'n Pak Stores Inc")
    rf"\b[A-Z][\w.&'-]*{_NUMBERED}(?:\s+(?:[A-Z][\w.&'-]*{_NUMBERED}|[\"“][A-Z][\w.&'-]*[\"”]|\([A-Z][\w.&'-]*\)|of(?=\s+the\s+[A-Z])\s+the|of|&|['’][nN]['’]?|des|la|le|do|dos|das|del|della|y|{_NAME_PARTICLES}))*?"
    # "Jones and Vining Inc", "Eli Lilly and Co", "British and Commonwealth Shipping Plc"
    r"(?:\s+and\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}?)?"
    # not "Japan Overseas Economic Co-operation Fund": a suffix ends the name, no word goes on from it; nor
    # the statutes and bodies named for the companies they govern ("the Investment Company Act of 1940", "the
    # Bank Holding Company Act", "the Public Company Accounting Oversight Board", "the Investment Company Institute")
    rf"(?:,?\s+{_SUFFIX})+\b(?!-\w)(?!\s+(?:Act|Acts|Institute)\b|\s+Accounting\s+Oversight\b)\.?"
    # "Ford Motor Co of Canada Ltd", "Aetna Casualty Co of Canada": a firm's national arm is a firm of its
    # own, named after its place; not "Cigra Inc of Chicago", "Nippon Steel Co of Japan", "Brisk and Co of
    # New York": where a firm sits
    rf"(?:(?:(?<=Co)(?<!and\sCo)|(?<=Corp)|(?<=Co\.)(?<!and\sCo\.)|(?<=Corp\.)|(?<=Company)|(?<=Corporation))\s+of\s+(?:the\s+)?"
    # ... and, with a suffix after it, wherever the place: "Anglo American Corp of South Africa Ltd"
    rf"(?:(?=[A-Z])(?i:{_ARM_PLACE})(?![\w-]){_SUFFIXES_AFTER}*"
    rf"|[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){{0,2}}?{_SUFFIXES_AFTER}+))?"
)
#: A legal form and what lists the next firm after it: the ", " and " and " of "Burns Fry Ltd and Midland Doherty Ltd".
_LISTED_AFTER_LEGAL = re.compile(rf"\b{_SUFFIX}\.?(?:,\s+|,?\s+and\s+)$")
_LIST_JOINER = re.compile(r",\s+|,?\s+and\s+")


def _legal_names_listed(text: str, begin: int, end: int) -> bool:
    """Whether the legal name at ``text[begin:end]`` is listed with another: a legal name right before it or right
    after it, joined by a comma or a lower-case "and" (a headline in title case writes "And")."""
    joiner = _LIST_JOINER.match(text, end)
    return _LISTED_AFTER_LEGAL.search(text[max(0, begin - 40) : begin]) is not None or \
        joiner is not None and _LEGAL_NAME.match(text, joiner.end()) is not None


#: A letter or a Roman numeral, which no firm's name is alone: the "M" of "R and M Inc", the "I" of "Imaging
#: Partners - I LP".
_LETTER = re.compile(r"[A-Z]\.?|[IVX]{1,4}")
#: A name and a dash before a series' letter or numeral: "MEDIQ Diagnostic Imaging Partners - " of "... - I LP".
_SERIES_BEFORE = re.compile(r"(?<![\w&.'-])(?:[A-Z][\w&.'-]*\s+){1,6}[-–]\s+$")
#: One word and a legal form ("Financial Corp", "Imperial Corp"), and the place after "of" that ends a name
#: ("of Santa Barbara said"): a firm called by a word is named after its place ("Financial Corp of Santa
#: Barbara", "Hospital Corp of America"); not "the U.S.", where it sits.
_WORD_CORP = re.compile(r"([A-Z][a-z]+)\s+(?:Co|Corp|Company|Corporation)")
#: ... when the word is a trade's: a firm called by its trade is named after the town it serves ("Trust Co of
#: Chicago"); one called by another word sits in a town the gazetteer knows ("Peavey Co of Minneapolis won",
#: "Mizuno Corp of Osaka"). A place firms name arms after is the name's already (``_LEGAL_NAME``).
_TOWN_SERVED = frozenset(vocabulary_classes("name_words")["business"] | vocabulary_classes("name_words")["trade"]
                         | vocabulary_classes("name_words")["ending"])
_OF_WORDS = re.compile(r"^\s+of\s+(?:the\s+)?")
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?(?!U\.[SK]\.)[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}?"
                       r"(?=['’]s\b|[^\w'’-]|$)(?!\s+[A-Z&]|\s+and\s+[A-Z])")
#: A title right after a name set off by a comma: "Makoto Uchida, Nissan's chief executive" (not "Karvona
#: Partners, said Zentrix chairman ...": the title of a name after the verb; nor "the Ruritania Summit, launched by
#: President Roe", "Kestrova, with chairman Ann Lee": the title of another's name).
_TITLE_NEAR = re.compile(r"^\s*,\s+(?:(?!(?:said|says|told|by|with)\b)\w+(?:'s)?\s+){0,3}?(?:the\s+)?(?:co-?founder|former|executive|chief|chair\w*|"
                         r"president|head|ceo|cfo|founder|director|boss)\b", re.I)
_TITLE_BEFORE = re.compile(r"\b(?:chief executive|ceo|chairman|chairwoman|chair|president|cfo|director|boss|head)"
                           r"(?: officer)?\s*,?\s*$", re.I)


#: The first word of a name, up to a space or a hyphen: "Borg" of "Borg-Warner", "Phillips" of "Phillips Petroleum".
_OPENING_WORD = re.compile(r"[A-Z][\w&]*[a-z][\w&]*(?=[\s-])")
#: Nouns for firms and words in names, by the part each plays (``data/firm_nouns.tsv``, ``data/name_words.tsv``).
_INSTITUTION_NOUNS = vocabulary_classes("firm_nouns")["institution"]
_FIRM_NOUNS = vocabulary_classes("firm_nouns")["cue"]
_PART_NOUNS = vocabulary_classes("firm_nouns")["part"]
#: What a headline in title case writes between a firm and the person or firm it calls so ("JPMorgan Economist
#: Michael Feroli", "Google Parent Alphabet"): one person's office or one firm's part, never a unit's name.
_CALLED_NOUNS = frozenset(w for w in vocabulary("title_words") | vocabulary("staff_words") if not w.endswith("s")) | \
    _PART_NOUNS
_BUSINESS_WORDS = vocabulary_classes("name_words")["business"]
_NOT_IN_NAMES = _BUSINESS_WORDS | vocabulary_classes("name_words")["other"]
_FIRM_ENDINGS = vocabulary_classes("name_words")["ending"]
_MINED = vocabulary_classes("name_words")["mined"]
_TRADE_WORDS = vocabulary_classes("name_words")["trade"]
#: Two names sharing a firm's last word in the plural: "the Santa Fe and Southern Pacific Railroads".
_SHARED_NOUN = re.compile(r"(?<![\w.&'-])((?:[A-Z][\w.&'-]*\s){0,2}[A-Z][\w.&'-]*) and ((?:[A-Z][\w.&'-]*\s){1,3}?)(%s)s"
                          r"(?![\w'-])" % "|".join(w.capitalize() for w in sorted(vocabulary_classes("name_words")["shared"])))
_WORKED_WORDS = vocabulary_classes("name_words")["worked"]
#: An exchange's name: a place, what the market trades and "Exchange" ("Toronto Stock Exchange", "New York
#: Mercantile Exchange", "Chicago Board Options Exchange"), not "the Securities Exchange Act" nor "Securities
#: and Exchange Commission": a business, though the sentence only says where a share or a good traded.
_EXCHANGE_NAME = re.compile(r"(?<![\w&.'-])((?:[A-Z][\w.&'-]*\s+){1,3}(?:"
                            + "|".join(sorted(w.capitalize() for w in vocabulary_classes("name_words")["market"]))
                            + r")\s+Exchange)(?![\w&'-]|\s+[A-Z])")
#: First words of many companies' names: no short form of any one of them.
_GENERIC_FIRST_WORDS = {
    "general", "american", "national", "first", "united", "international", "new", "royal", "british", "continental",
    "pacific", "southern", "northern", "western", "eastern", "central", "great", "standard", "federal", "security",
    "commonwealth", "citizens", "union", "allied", "consolidated", "associated", "universal", "china", "japan",
}
#: Products, not companies: "iPhones", "A320neo", "B787", a model number after a word ("Beta-20", "Model-3").
_PRODUCT = re.compile(r"i[A-Z]\w*|[A-Z]{1,2}\d{2,}\w*|[A-Z][a-z]+-(?:\d+[A-Za-z]?|[A-Z]\d?)|[A-Z]{1,3}-\d+[A-Z]?(?:-\d+)?")
#: Where in a country a town lies: "Balen in the north", "Velden in central Ruritania".
_REGIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
            "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern"}
#: A compass point before a place: "W. Virginia", "N. Carolina", "Northern California".
_COMPASS = re.compile(r"(?:[NSEW]|No|So|North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)"
                      r"\.?\s+(.+)")
#: Shapes no company's name has: a ticker with its exchange ("ARM.L", "A1G.DE": an alias, bound to its
#: company by ``resolve_document`` when the text gives both), initials alone ("D.C", "A.D"), a sum
#: of money ("US44.59", "A$1.2bn"), a handle ("@Rocketfuelinc").
_NO_NAME_SHAPE = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                            r"\w*\.? \d.*|[A-Z0-9]{2,9}\.[A-Z]{1,2}|(?:[A-Z]\.){1,3}[A-Z]?\.?|(?:[A-Z]{1,3})?\$?\d[\d.,]*\w{0,3}|@\w+")
#: An e-mail or web address, which no company's name runs on into: "pr@acme.com", "www.acme.com", "http://...".
_ADDRESS = re.compile(r"@\w|^www\.|://")
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
_SUSPENDED = re.compile(r"\s*-\s+(und|and|et)\s+(?=[A-Z])")  # a compound's hyphen before a joiner
_DASHES = {"-", "–"}
#: Offices a portfolio's name comes before: "Transport Secretary", "Energy Minister".
#: Nouns that tie a parent to its subsidiary: a name and its first word on either side are two companies.
_OWNING = frozenset(OWNED | {"parent", "division", "own"})
#: What else stands between the two: "X, a wholly-owned subsidiary of Y", "X formed a subsidiary, Y", "X, which
#: is wholly owned by Y".
_OWNING_GLUE = frozenset({",", "(", ")", "-", "a", "an", "the", "its", "of", "is", "was", "became", "formed", "which",
                          "that", "by", "wholly", "fully", "majority", "owned", "indirect", "direct", "indirectly",
                          "directly", "new", "company"})
#: Words before "Director" that make it a seat at a firm ("Managing Director of X"), not a public office.
_BOARD_SEAT = frozenset({"a", "an", "managing", "executive", "non-executive", "independent", "outside"})
_OFFICES = {"Secretary", "Minister", "Undersecretary", "Commissioner", "Ministry", "Spokesman", "Committee", "Director"}
#: A Scandinavian or London wire ticker keeps its market's code apart with a space ("Boliden AB <BLDS ST>", "Reed
#: International <REED L>"): a one- or two-letter code that is no legal form ("<ACME AG>" is a name).
SPACED_TICKER = r"<[A-Z][A-Z0-9]{1,5} (?!(?:AG|SA|AB|NV|BV|KK|SE|AS|OY|CO)>)[A-Z]{1,2}>"
#: A wire's ticker right after a name: "Western Airlines <WAL>", "Boliden AB <BLDS ST>".
_WIRE_TICKER_AFTER = re.compile(r"\s*(?:<[A-Z][A-Z0-9.]{0,9}>|" + SPACED_TICKER + ")")
#: A short form given in brackets after a name, a ticker in angle brackets between: "Co Ltd <ADSA.S> (Adsteam)".
_GIVEN_AFTER = re.compile(r"\s*(?:<[^<>\n]{1,12}>\s*)?\(([A-Z][A-Za-z&]{2,15})\)")
#: Capital initials in brackets right after a name: "Builders Supply and Lumber (BSL)".
_INITIALS_IN_BRACKETS = re.compile(r"\s*\(([A-Z]{3,8})\)")
#: A short form in brackets or commas; the third, in brackets, as newer British copy writes one ("Agoa", "Nafta").
_SHORT_IN_BRACKETS = re.compile(r"\s\(([A-Z][A-Z&.]{1,7})\)|,\s([A-Z][A-Z&.]{1,7}),|\s\(([A-Z][a-z]{2,6})\)")
#: The last words of a named part of an organisation: a government's is the government's.
#: A web page's sharing buttons and invitations before a site's name: "Share on Google Plus", "follow us on
#: Twitter", "become a fan on Facebook"; the sites listed after one too ("Follow us on Twitter and Facebook").
_SOCIAL_BEFORE = re.compile(r"\b(?:[Ss]hared?|[Ff]ollow(?:\s+us)?|[Ff]an|[Ll]ike\s+us|[Jj]oin\s+us|[Ff]ind\s+us|"
                            r"[Cc]onnect\s+with\s+us|[Ss]ubscribe|[Ww]atch\s+us|[Pp]in\s+it)\s+on\s+"
                            r"(?:[A-Z][\w+]*(?:\s[A-Z][\w+]*)?(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)){0,3}$")
#: A person's age or birth set after a name: "McPhail, 50, is angry", a biography's "Maz Nadjm (born March 21, 1973)",
#: the honours or suffix ending a person's name before it ("Sir Peter Wakefield CMG KBE (born 13 May 1922", "Jim
#: Farley, Jr. (born June 1962)"): a firm is founded or formed, never born.
_AGED = re.compile(r",\s\d{1,3},\s|\.?\s?[(,]\s?born\b")
#: What only a person is said to be, right after a name: "X, who resigned", "X is the chief executive of",
#: "X served as president", "X, Ivorian delegate to" (an office or a delegate's post set off after the name).
_PERSON_OFFICE = (r"(?:chief\s+executive|ceo|chair(?:man|woman|person)?\b(?!\s+of\s+the\s+board\s+of\s+trustees)|"
                  r"(?:(?:executive|senior|group|first)\s+)?vice[- ]president|president|(?:co-?\s?)?founder|"
                  r"managing\s+director|chief\s+[a-z]+\s+officer|cfo|coo|cto|treasurer|general\s+counsel|"
                  r"(?:non-)?executive\s+director|deputy\s+(?:chairman|chief\s+executive|ceo)|"
                  r"spokes(?:man|woman|person))\b")
_HOLDER_AFTER = re.compile(
    r",\s+who\b|"
    r"\s+(?:(?:currently|previously|also|now|later|formerly|then|still|has|had|will|would|has\s+been|had\s+been)\s+)*"
    # "L.K. Evans has been elected president": a firm is chosen for no office a person holds
    r"(?:(?:(?:is|was|be|been)\s+)?(?:elected|named|appointed)|is|was|became|becomes|serves|served|serve|remains|"
    r"remained)\s+"
    r"(?:(?:currently|previously|also|now|later|formerly|then|still|once)\s+)*(?:as\s+)?"
    r"(?:(?:the|a|an|its|our|their|his|her)\s+)?(?:(?:company|firm|bank|group|[A-Z][\w.&-]*)['’]s?\s+)?"
    r"(?:(?:former|current|first|founding|interim|acting|then|new|sole|"
    r"\d+(?:st|nd|rd|th))\s+)*" + _PERSON_OFFICE + "|"
    r",\s+(?:(?:a|an|the)\s+)?(?:former\s+)?(?:[A-Z][a-z]+\s+)?(?:delegate|" + _PERSON_OFFICE + r")\s+(?:of|to|at)\s|"
    # "Dabbiere founded Manhattan Associates", "Pete also worked at First Consulting", "Canion (President and CEO)"
    r"\s+(?:(?:also|later|previously|then|once)\s+)?(?:(?:co-?)?founded\s+(?-i:[A-Z])|worked\s+(?:at|for)\s)|"
    r"\s+\((?:(?:executive|senior|former)\s+)?" + _PERSON_OFFICE + r"[^()]{0,40}\)",
    re.I)
#: What only a firm is, right before a name no given name opens: "GE acquired Vetco Gray", "a partner in Royall
#: Fleschler", "Prior to joining Ropes Gray", "principal shareholder of Heilongjiang Shuaiyi".
_FIRM_VERB_BEFORE = re.compile(r"\b(?:acquired|acquire|acquires|acquiring|acquisition\s+of|joined|joining|"
                               r"partner\s+(?:in|of|at|with)|subsidiary\s+of|subsidiaries\s+of|audited\s+by|"
                               r"(?:law|accounting|audit)\s+firm\s+of|(?:share|stock)holder\s+of|employed\s+by|"
                               r"worked\s+(?:at|for))\s+(?:the\s+)?$", re.I)
#: A bond issue's managers are banks and brokers, never people: "lead manager Swiss Volksbank said", "co-lead
#: manager Kredietbank", "the issue was lead-managed by Tucker Anthony" ...
_SYNDICATE_BEFORE = re.compile(r"\b(?:(?:co-?)?lead(?:[- ]manag(?:ers?|ed\s+by)|\s+managers?)|co-?manag(?:ers?|ed\s+by))"
                               r"\s+(?:(?:was|is|were|are|will\s+be)\s+)?(?:the\s+)?$", re.I)
#: ... and so is a list of them that co-manages it: "J.C. Bradford and Legg Mason co-managed the deal",
#: "Donaldson Lufkin, Salomon Brothers and Mabon Nugent co-managed the issue" (not "Mangan and the co-lead
#: managers said": a person beside them).
_SYNDICATE_AFTER = re.compile(r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,3})*"
                              r"\s+(?:will\s+|would\s+|to\s+)?(?:co-?manag(?:ed|es?|ing)|(?:co-?)?lead[- ]?manag(?:ed|es?|ing))"
                              r"\s+(?:the\s+)?(?:deal|issue|offering|placement|bonds?|notes?|debentures?|loan|financing|sale)\b", re.I)
#: A capitalised word after a lower-case one: the sentence writes names with capitals.
_CASED_INSIDE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]")
#: "The" or "the" right before a name.
_THE_OPENS = re.compile(r"(?<![\w-])[Tt]he\s+$")
#: A government, an era or a camp called by its head, after "the" and his name: "the Reagan administration".
_HEADS_GOVERNMENT = re.compile(r"(?:['’]s)?(?:\s+(?:and|or)\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:administrations?|government|cabinet|presidency|era|years|camp|team|"
                               r"campaign|regime|white\s+house)\b", re.I)
#: A firm's name comes after these ("Bourdain of BankAmerica, who"): what follows is said of whom they follow.
_FIRM_SLOT_BEFORE = re.compile(r"(?:\b(?:of|at|for|with|from|in|by|to|and|or)|&|['’]s?)\s*$", re.I)


def _holds_an_office(text: str, start: int, end: int) -> bool:
    """Whether the sentence says the name at ``[start, end)`` is a person's: "who" or an office after it."""
    return bool(_HOLDER_AFTER.match(text, end)) and not _FIRM_SLOT_BEFORE.search(text, 0, start)


#: A model's code or number after its maker's name: "BMW X6", "Airbus A350", "the Boeing 787 jet"; not a period
#: ("Q3", "H1", "FY2015"), a year, an amount or a count.
_MODEL_AFTER = re.compile(r"\s+(?:(?!(?:Q|H|FY)\d)[A-Z]{1,3}-?\d{1,4}[A-Za-z]{0,3}|\d{3}(?=\s+(?!(?:million|billion|mln|bln|"
                          r"percent|pct|per|shares|points|to|and|or|of|in|at|for|from|by)\b)[A-Za-z]))\b")
_WORD_AFTER_NAME = re.compile(r"\s+([A-Z][A-Za-z]*)\b")


#: A card's tier written after the network's name: "its Visa Classic", "a MasterCard Gold card".
_BRAND_TIER = re.compile(r"(?:[ \t]+(?:Classic|Gold|Platinum))?")
#: The words after a card network's name, one of which may make it the card (``after`` in ``not_companies.tsv``).
_BRAND_AFTER = re.compile(r"[ \t]+([a-z]+)\b(?:[ \t]+([a-z]+)\b)?")
#: "its"/"their" and a few lower-case words before a name: "its no-fee variable rate MasterCard".
_OWNED_BEFORE = re.compile(r"\b(?:its|their)(?:[ \t]+[a-z][a-z-]*){0,4}[ \t]+$")
#: What ends the phrase an owned card's name closes: punctuation, or a word that is no noun.
_OWNED_END = re.compile(r"\s*(?:[^\w\s]|$)|[ \t]+(?:to|from|or|and|in|at|on|for|with|of|by|is|was|will|has|had)\b")


# Two firms' whole names joined by "and", each closed by a legal form or a bank's word ("Standard Chartered
# Bank and Union Bancorp"), or a word such an ending closes ("Citibank and MCorp", "the commercial bank
# <Gotabanken and Wermlandsbanken>, a small regional bank"): two firms, not one. Not a name that goes on
# in a trade's words the two halves share ("Worthen Bank and Trust Corp", "Home Savings and Loan Corp").
_FIRM_CLOSED = (r"(?:(?:[A-Z][\w.&'-]*\s)+(?:Bank|Bancorp|Corp|Inc|Ltd|Plc|PLC)"
                r"|[A-Z][\w&'-]*?(?:bank|banken|Bancorp|Corp))")
_TWO_FIRMS = re.compile(rf"{_FIRM_CLOSED} and ({_FIRM_CLOSED})\.?")
_SHARED_TRADES = frozenset({"trust", "savings", "loan", "investment", "finance", "mortgage", "banking"})


def _two_firms(text: str) -> int | None:
    """Where the second of two firms' whole names joined by "and" opens in ``text``, if it is two."""
    m = _TWO_FIRMS.fullmatch(text)
    if m is None:
        return None
    opening = m.group(1).split()[:-1]
    if opening and all(w.lower() in _BUSINESS_WORDS | _TRADE_WORDS | _SHARED_TRADES for w in opening):
        return None
    return m.start(1)


def _known_pattern(surface: str) -> str:
    """A known name as a pattern: as written, or with each hyphen between two letters spaced out, as tokenised
    web copy writes it ("Wal - Mart Stores", "Rolls - Royce"): the gazetteer keys both alike."""
    return r"(?:-|\s-\s)".join(map(re.escape, re.split(r"(?<=[^\W\d_])-(?=[^\W\d_])", surface)))


def _names_a_product(text: str, end: int) -> bool:
    """Whether the words right after a known firm's name make it a product's: a model's code ("BMW X6") or a
    product word (``product_words.txt``: "Apple Watch")."""
    if _MODEL_AFTER.match(text, end):
        return True
    word = _WORD_AFTER_NAME.match(text, end)
    # "Acme Phone Systems Inc": a capitalised word after it makes the whole a firm's name
    return word is not None and word.group(1).lower() in vocabulary("product_words") and \
        not _WORD_AFTER_NAME.match(text, word.end())


#: Prepositions that put a site in a place: "offices in X", "mines around X", "a plant near X".
_PLACE_PREPS = {"in", "near", "around", "outside", "at"}
#: Units of a dose's strength, written after a number after a drug's name: "ASACOL 800 mg".
_DOSE_UNITS = {"mg", "mcg", "µg", "milligram", "milligrams", "microgram", "micrograms"}
#: A filing's note or item by its number, before its title: "See Note (3), Business Combinations".
_NOTE_BEFORE = re.compile(r"\b(?:Note|Item)\s+\(?\d{1,2}[A-Z]?\)?\s*[,:(-]$")
#: What an index is called after its name, capitalised or not: "the Corvo Index", "the Brixa index".
_INDEX_WORDS = {"index", "indices", "indexes"}
#: A people's name, no capitalised word before it, right before a known name: "said American Barrick".
_PEOPLE_BEFORE = re.compile(r"(?:^|(?<![\w.&'-])[a-z0-9][\w'-]*,? |[(\"“])([A-Z][a-z]+) $", re.M)
_UNIT_WORDS = {"division", "department", "office", "bureau", "section", "branch", "unit", "service", "directorate",
               "laboratory", "center", "centre"}
#: A possessive determiner right before a name: "its", "their", which give the parent of the unit named after them.
_ITS_BEFORE = re.compile(r"(?<![\w'])(?:its|their)\s+$", re.I)
#: A partner's surname and a comma right before a name: "Brisket, " of "Brisket, Norvell and Co".
_PARTNER_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z][\w'-]*(?:\s[A-Z][a-z][\w'-]*)?),\s+$")
#: A list of three or more capitalised names: "Zorvex, Marlo, DISH and Quanta", "Alba, Brera, and Corvo".
#: A name's first word written as a figure, a capitalised word after it: "20th Century Fox", "3G Capital", "3D Systems".
_FIGURE_OPENER = r"\d{1,4}(?:st|nd|rd|th|[A-Z])[\w.&'-]*(?=\s[A-Z])"
_LIST_ITEM_TEXT = rf"(?:[A-Z][\w.&'-]*|{_FIGURE_OPENER})(?: [A-Z][\w.&'-]*){{0,2}}"
_NAME_LIST = re.compile(rf"(?<![\w.&'-]){_LIST_ITEM_TEXT}(?:, {_LIST_ITEM_TEXT})+,? and {_LIST_ITEM_TEXT}(?![\w&'-])")
#: What joins two names of one list: "and", "or", "&" or a comma ("Vale, Rio Tinto and BHP").
_JOIN_TEXT = r",?\s+(?:and|or|&)\s+|,\s+"
_JOIN = re.compile(_JOIN_TEXT)
#: A company's name the list goes on after or came to, a capitalised word beyond the join (a cheap test
#: before the model is asked for the names it reads in a sentence the parser does not read).
_JOINED_AFTER = re.compile(rf"(?:{_JOIN_TEXT})(?:the\s+)?[A-Z]")
_JOINED_BEFORE = re.compile(rf"[A-Z][\w.&'-]*(?:{_JOIN_TEXT})$")
_LIST_ITEM = re.compile(rf"(?<![\w.&'-]){_LIST_ITEM_TEXT}(?![\w&'-])")
#: A word for what a person is at a firm (``staff_words.txt``), "of" and a field, and the firm after "at",
#: "with" or "from": "an analyst at Peel Brothers", "head of research at Smith Keller".
_STAFF_AT = re.compile(r"\b([A-Za-z-]+)(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:at|with|from|for|of)\s+(?:the\s+)?"
                       r"([A-Z][\w&.'-]*(?:\s+(?:(?:&|of)\s+)?[A-Z][\w&.'-]*){0,4})")
#: The staff words whose office is "of" a firm: "founder of Old Line Bank", "president of Willamette".
#: (Not a president's or a chairman's: "president of the Republic", "chairman of the Senate committee".)
_HEAD_OF = {"founder", "co-founder", "cofounder", "ceo", "cfo", "coo", "cto", "officer", "executive"}
#: What shows a capitalised run goes on as one longer name: "Center for Policy Studies", "Howard, Weil, Labouisse",
#: "Smith Barney, Harris Upham and Co", "Wal - Mart".
_NAME_GOES_ON = re.compile(r"\s+(?:for|and|&|do|da|de|del|della|di|du|des|dos|das|y|und)\s+[A-Z]|,\s*[A-Z][a-z]+,|"
                           r",\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:and|&)\s+Co\b|"
                           r"\s+-\s+[A-Z]")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
#: A given name and a surname, "of" and the firm: "Mitch Cole of Ross Partners" (the given name is checked).
_PERSON_OF = re.compile(r"(?<![\w-])([A-Z][a-z]+ (?:[A-Z]\. )?(?:[A-Z]')?[A-Z][a-z]+),? of\s+(?:the\s+)?"
                        r"([A-Z][\w&.'-]*(?:\s+(?:(?:&|of)\s+)?[A-Z][\w&.'-]*){0,4})")
#: What follows a title when the words before it name a field, not a firm: "FCOJ analyst with Shearson".
_FIRM_AFTER_TITLE = re.compile(r"\s*(?:with|at|of|for)\s+(?:the\s+)?[A-Z]")
#: A whole capitalised name of up to five words, joiners inside ("Banca della Svizzera Italiana"), its
#: possessive left out: what the cues of ``EntityFinder.cued_firms`` stand next to.
_NAME_RUN = r"[A-Z][\w&.'/-]*(?:\s(?:(?:&|of|de|du|des|del|della|di|da|do|dos|la|le|y|und|et|für|fur)\s)?[A-Z][\w&.'/-]*){0,4}" \
    r"(?![\w&./-]|['’](?!s\b)|\s(?:(?:&|of|de|du|des|del|della|di|da|do|dos|la|le|y|und|et|für|fur)\s)?[A-Z])"
#: What a business does, in the third person of the present ("designs and develops", "owns and operates"): said of
#: a name opening a sentence, it makes the name a firm's (``EntityFinder._predicated``). No verb a person's work is
#: commonly told by ("sells", "owns", "advises").
_ACTIVITY = r"(?:owns\s+and\s+operates|operates|manufactures|(?:designs|develops|manufactures|produces|markets)" \
    r"(?:,?\s+(?:and\s+)?(?:designs|develops|manufactures|produces|markets|distributes|sells|supplies))*|" \
    r"distributes|supplies)"
#: What opens a sentence before its subject: when ("In 2011,", "On July 5, 2012,", "During the year ended December
#: 31, 2012,", "Also this week,") or a linking phrase ("In addition,", "Meanwhile,"); its first word may be in lower
#: case (the parser reads a line dense with names with its opening word lowered: "on July 5, 2012, GoIndustry ...");
#: or a phrase of circumstance ("As part of this transaction,", "After starting with a mountain biking product,").
_CLAUSE_OPENING = r"(?:(?:Also\s+)?(?:(?i:this|last|earlier|later)\s+)?(?i:this|last|next)\s+(?:week|month|year|quarter)," \
    r"\s+|(?:(?i:In|On|During|Since|As\s+of|After|Following|Through|Until|Earlier|Later|Last)\s+" \
    r"(?:\d{1,2}\s+)?(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|" \
    r"December|\d{4}|year|quarter|first|second|third|fourth|fiscal|[a-z]+\s+(?:year|quarter|month|week))" \
    r"(?:[^,;:()\"\n]|,\s\d{4}\b){0,48},\s+)|(?i:In\s+addition|Additionally|Meanwhile|Separately|Subsequently|Also|However|" \
    r"Previously|Currently|Today|Yesterday),\s+|(?i:As\s+(?:part|a\s+result)\s+of|After|Before|Following|Despite|" \
    r"Prior\s+to|Unlike|Like|Besides|Along\s+with|Under|Through|With)\s+(?:[^,;:()\"\n]){1,60}?,\s+)?"
#: Capitalised words with no joiner but "&" among them, no possessive in or after them: "Brusca of Nikko agreed" is a
#: person and a firm, "Dreyer's Grand Ice Cream reported" one name the cues would cut; a number may stand between
#: two of its words ("Pier 1 Imports cut its forecast").
#: The words opening a sentence that are never a name opening it: "They sold", "The EIA forecasts".
_NO_NAME_OPENS = r"(?:You|We|They|He|She|It|This|That|These|Those|I|There|Here|The)"
#: A word written in camel case, a capital inside it after small letters ("DoorDash", "SpeeCo", "EchoStar"): the way
#: modern firms and brands are named, no person's or place's name (not "McDonald", "MacArthur", "DeSantis", "LeBron",
#: whose capital opens a surname's second half), nor an abbreviation ("NBCUniversal", "iPhone": no small letters open it)
_CAMEL_WORD = r"(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Del|Lo|St)[A-Z])[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+"
#: A camel-case name that is a clause's subject, a verb of a business's deed or state after it ("SpeeCo had $0.8
#: million of cash", "CamelBak developed a host of packs", "In addition, EchoStar may in the future use its
#: satellites", "while GrubHub is seen breaking even"); not after a determiner or a possessive, which make it a
#: product or a brand ("its MakerBot brand", "the PowerPoint deck")
_CAMEL_ACTS = re.compile(rf"(?<![\w&.'’/@-])({_CAMEL_WORD})(?![\w&'’/@-]|\.[a-z])\s+"
                         r"(?:(?:also|currently|recently|now|then|later|still|already|previously|subsequently|further|"
                         r"in\s+the\s+future|not)\s+){0,2}"
                         r"(?:has|had|have|is|was|will|would|may|might|could|can|did|does|said|says|plans|expects|"
                         r"reported|announced|agreed|acquired|sold|bought|raised|cut|launched|unveiled|filed|posted|"
                         r"developed|organized|organised|operates|operated|provides|provided|offers|offered|"
                         r"makes|made|sells|manufactures|competes|owns|owned|employs|opened|closed|"
                         # what a firm reports and how its shares moved: "CoreLogic also reports an additional month
                         # of data", "GenCorp gained 3-1/2 to 114", "InterFirst lost 326.5 mln dlrs"
                         r"reports|estimates|forecasts|rose|fell|gained|lost|jumped|slid|dropped|climbed|tumbled|"
                         r"surged|soared|plunged|declined|gave|received|signed|hired|appointed|introduced|"
                         r"released|priced|completed|issued)\b"
                         r"(?!\s+(?:by|to\s+be)\b)")
#: What a sentence says a name opening it is, past the name: a firm ("is a bank holding company", the noun checked by
#: ``EntityFinder._predicated``), or founded as one ("was founded in 2003", "was incorporated under the laws of")
_SAID_A_FIRM = re.compile(r"\s+(?:(?:is|was)\s+(?:also\s+)?(?:a|an)\s+(?:(?!(?:of|the|in|for|with|at|to|and|or|by)\s)[\w-]+\s+)"
                          r"{0,3}?(?:company|corporation|firm|"
                          r"bank|lender|insurer|retailer|manufacturer|maker|producer|provider|developer|operator|"
                          r"startup|start-up)\b|was\s+(?:founded|incorporated)\s+(?:in|under)\b)")
#: The words before a camel-case name that make it a product or a brand: "its MakerBot brand", "the PowerPoint deck".
_PRODUCT_BEFORE = re.compile(r"\b(?:the|its|their|our|your|his|her|a|an|of|on|via|using|with)\s+$", re.I)
_BARE_NAME = r"[A-Z][\w&./-]*(?:\s(?:&\s|\d{1,3}\s)?[A-Z][\w&./-]*){0,3}(?![\w&./-]|['’]|\s(?:&\s)?[A-Z])"
#: What a business does in news, told of a name opening a sentence: a deal it made or suffered, results and outlook
#: it reported, what it launched, filed or shut; after at most two auxiliaries or adverbs ("could sell its stake",
#: "successfully advanced"). Not "said" nor what a person does as often ("joined", "told", "met", "wrote").
_FIRM_DOINGS = r"(?:(?:will|would|could|can|may|might|also|has|have|had|recently|successfully|previously|" \
    r"currently|subsequently|further|later|then)\s+){0,2}(?:(?:sees|expects|forecasts|reported|posted|" \
    r"announced|acquired|completed|agreed|launched|unveiled|filed|shut|closed|opened|signed|entered|issued|" \
    r"advanced|generated|recorded|raised|cut|sold|bought|purchased|invested|listed|ranks|ranked|" \
    r"acquire|complete|sell|buy|purchase|launch|close|invest|use|expand)\s+(?!up\b|it\b|him\b|her\b|them\b)" \
    r"[\w$]|(?:was|were|is|has\s+been|had\s+been|will\s+be)\s+(?:sold|acquired|bought|purchased|spun\s+off|" \
    r"taken\s+over|listed|delisted)\b)"
#: What businesses do, told of several names opening a sentence (``EntityFinder._listed_acting``): a past deed of
#: ``_FIRM_DOINGS`` or a business's activity in the plural ("operate", "manufacture").
_LISTED_DOINGS = r"(?:(?:also|have|had|recently|previously|currently|all|both|each)\s+){0,2}(?:reported|posted|" \
    r"announced|acquired|completed|agreed|launched|unveiled|filed|signed|issued|raised|cut|sold|bought|purchased|" \
    r"invested|operate|manufacture|produce|supply|distribute|compete)\s+(?!up\b|it\b|him\b|her\b|them\b)[\w$]"
#: A deal done, told of an acronym opening a sentence (``EntityFinder._deals_opening``).
_ACRONYM_DEALS = r"(?:(?:also|has|had|recently|previously|subsequently|later)\s+){0,2}(?:acquired|bought|purchased|" \
    r"sold|completed\s+(?:the|its)\s+(?:acquisition|sale|purchase)|agreed\s+to\s+(?:acquire|buy|sell|purchase))\s+" \
    r"(?!up\b|out\b|off\b)[\w$]"
#: The same, where a name ending in "s" may take a bare apostrophe after it ("Vishwaraj Sugar Industries' net profit"),
#: not a quote closed after it.
_NAME_RUN_PLURAL = _NAME_RUN.replace("['’](?!s\\b)", "['’](?!s\\b|(?<=s['’])\\s+[a-z])")
#: The same before a bare apostrophe on any word (a name ending in "s" owning a named unit: "Miles' Bayvet ...").
_NAME_RUN_OWNING = _NAME_RUN.replace("['’](?!s\\b)", "['’](?!s\\b|(?<=s['’])\\s)")
#: Capitalised words with no joiner among them: a business's name up to the word that ends it.
_NAME_WORDS = rf"(?:[A-Z][\w&.'-]*|{_FIGURE_OPENER})(?:\s[A-Z][\w&.'-]*){{0,3}}"
#: A stock quote after a name: "Kestrel Airlines (NASDAQ: KSTL)", "Brontela Inc. (NYSE:BRT)".
#: A quote page's label may be "Other OTC": "Just Eat (Other OTC: JSTLF - news)".
EXCHANGE_LABEL = (r"(?:Other\s+)?(?:NYSE|NASDAQ|Nasdaq|NasdaqGS|NasdaqGM|NYSEArca|AMEX|NYSEAMERICAN|NYSE American|TSX|"
                  r"TSXV|LSE|LON|ASX|OTC|OTCQB|OTCQX|HKEX|HKG|SGX|Xetra|ETR|EPA|BIT|BME|SIX|TYO|NSE|BSE|KRX|CVE)\s*:")
_QUOTED_AFTER = re.compile(rf"(?<![\w&.'/-])({_NAME_RUN}),?\s*\((?:{EXCHANGE_LABEL}\s*[A-Z0-9])")
_MOVES = r"(?:rose|fell|gained|jumped|dropped|slipped|climbed|surged|plunged|tumbled|declined|slid|soared|sank|" \
         r"rallied|dipped|edged|were|was|are|is|have|has|had|closed|ended|traded|opened|hit|lost|added)"
#: A firm's shares moving: "Zorvex shares fell", "Zorvex's stock jumped".
_SHARES_AFTER = re.compile(rf"(?<![\w&.'/-])({_NAME_RUN})(?:['’]s)?\s+(?:shares|stock)\s+{_MOVES}\b")
#: The name right before where wire copy's ticker stood (blanked out for the model): "Mobil <MOB> one to
#: 50-1/4", "Banca della Svizzera Italiana <BISZ.Z> said": only a listed firm has one.
_TICKED = re.compile(rf"(?<![\w&.'/-])({_NAME_RUN})\s*$")
#: A firm's analysts speaking for it: "Jefferies analysts said in a note", "Barclays strategists wrote".
_STAFF_SAID = re.compile(rf"(?<![\w&.'/-])({_NAME_RUN})\s+(?:analysts|economists|strategists)\s+(?:said|say|says|"
                         r"wrote|write|noted|note|estimated|estimate|expect|expected|predicted|forecast|believe|"
                         r"told|added|argued)\b")
#: Words of a business's name right after a known name, nothing capitalised after them: "Mizuho Securities".
_UNIT_AFTER = re.compile(r"\s([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?![\w&'’-]|\s+(?:[A-Z&]|(?:of|for|de)\s))")
#: What an outlet that holds stocks says of its own holdings, right after its name: "The Motley Fool owns shares
#: of ...", "... recommends and owns shares of ...", "... UK has recommended ...": a shareholder, no source cited.
_HOLDS_AFTER = re.compile(r"\s+(?:(?:also|currently)\s+)?(?:owns\s+(?:and\s+recommends\b|shares\b)|holds\s+shares\b|"
                          r"recommends\s+(?:and\s+owns\s+)?(?:shares\b|[A-Z])|has\s+recommended\b)")
#: An organisation stating its own holdings: "The Motley Fool owns shares of ...": a shareholder (a person's name
#: takes no "The").
_HOLDER = re.compile(rf"(?<![\w&.'/-])The\s+({_NAME_RUN})" + _HOLDS_AFTER.pattern)
#: Where a firm's shares are listed, glued before its name: "ASX-listed Wellard Agri", "Toronto - listed Kinross
#: Gold" (only a firm is listed; the place or the market before is none).
_LISTED_BEFORE = re.compile(rf"(?<=\w)\s?-\s?listed\s+({_NAME_RUN})")
#: A firm's parent, named after the part it owns: "Tsinghua Tongfang, a subsidiary of Tsinghua Unigroup".
_PART_OF = re.compile(rf"\b(?:subsidiary|unit|affiliate|division) of\s+(?:the\s+)?({_NAME_RUN})(?![\w&'-])")
#: A firm's part, named after its parent: "as the parent company of Marvel it naturally benefits" (only a firm has a
#: parent company, whatever the words of its name).
_PARENT_OF = re.compile(rf"\bparent(?:\s+company)? of\s+({_NAME_RUN})(?![\w&'-])")
#: A unit named between its owner's possessive (and the owner's ticker, blanked) and the noun "unit": "Pacific Telesis
#: Group's <PAC> Pacific Bell unit", "Pneumo's Cleveland Pneumatic unit", "its CP Rail division"
#: (``EntityFinder._owners_unit``); not a plant's numbered unit ("its Three Mile Island unit one").
_OWNERS_UNIT = re.compile(rf"(?:(?<=\w)['’]s|(?<![\w&.'-])[Ii]ts)\s+({_NAME_RUN})\s+(?:unit|subsidiary|affiliate|division)\b"
                          r"(?!\s+(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|no\.|number\b))")
#: Two units an owner names under one plural noun ("its Purity Supreme and Rickels operations", "its Thomson Co Inc
#: and Obion Co Inc subsidiaries"): each name is a firm's, group 1 the one read, group 2 the other
#: (``EntityFinder._units_listed``).
_UNITS_NOUN = r"\s+(?:units|subsidiaries|divisions|affiliates|operations)\b"
_OWNERS_UNITS = (
    re.compile(rf"(?:(?<=\w)['’]s|(?<![\w&.'-])[Ii]ts)\s+({_NAME_RUN})\s+and\s+({_NAME_RUN}){_UNITS_NOUN}"),
    re.compile(rf"(?:(?<=\w)['’]s|(?<![\w&.'-])[Ii]ts)\s+(?=(?:{_NAME_RUN})\s+and\s+({_NAME_RUN}){_UNITS_NOUN})({_NAME_RUN})"))
#: The owner whose possessive is on a unit's name ("the Telegraph's Trafford Park Printing Ltd subsidiary", "Miles'
#: Bayvet animal health business"): what owns a named unit is a firm. Group 2: the unit's name, which must name one
#: (``EntityFinder._owners_unit``: not "SMC's Hong Kong subsidiary").
_UNITS_OWNER = re.compile(rf"(?<![\w&.'/-])({_NAME_RUN_OWNING})(?:['’]s|(?<=s)['’])\s+(?:<[^<>]{{1,12}}>\s+)?({_NAME_RUN})"
                          r"\s+(?:[a-z][a-z-]*\s+){0,3}(?:unit|subsidiary|affiliate|division|business)\b")
#: The words of a unit named by its line of business ("Information Systems", "Consumer Products"): the lines of
#: ``unit_nouns.tsv`` and the business, trade and ending words of ``name_words.tsv``, as ``graph.nodes`` reads them.
_UNIT_LINE_WORDS = frozenset({v for k, v in vocabulary_fields("unit_nouns") if k == "line"}) | \
    _BUSINESS_WORDS | _TRADE_WORDS | _FIRM_ENDINGS
#: "shares of Zorvex", "a stake in Zorvex Holdings": a firm's shares.
_SHARES_OF = re.compile(rf"\b(?:[Ss]hares|[Ss]tock|[Ss]take)\s+(?:of|in)\s+({_NAME_RUN})(?![\w&'-])")
#: What only a firm has, after its possessive: "Zorvex's chief executive", "Zorvex's board", "Kestrova's
#: aluminium refinery", "Marlo's quarterly earnings" (``owned_words.txt``).
#: (a name ending in "s" takes a bare apostrophe: "Vishwaraj Sugar Industries' net profit", "Lumos Holdings' board")
_OWNED_OFFICE = re.compile(rf"(?<![\w&.'/-])({_NAME_RUN_PLURAL})(?:['’]s|(?<=s)['’])\s+(?:[a-z][a-z-]*\s+)?(?i:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(vocabulary("owned_words"), key=len, reverse=True))
    + r")\b(?![-'’])")
#: A possessive, also as a typewriter's double quote: "Brazil's", "Brazil"s output".
_POSSESSIVE_END = re.compile(r"""(?:['"]s|')$""")
_POSSESSIVE_WORD = re.compile(r"(?<=\w)['’]s?(?=\s|$)")
#: Prepositions that open a sentence, capitalised, and so no firm's name before a legal form alone.
#: Staff a firm's name follows after "for" as it does after "at": the firm they are quoted for.
#: Staff who work for a firm named in one word after "for", as after "at": "the Corporate Compliance Officer for
#: Texaco", "a manager for Fidelity" (not "Vice President for Marketing": a portfolio).
_STAFF_FOR = {"officer", "manager", "counsel", "accountant", "auditor", "engineer", "attorney", "controller"}
_QUOTED_STAFF = {"analyst", "analysts", "economist", "economists", "strategist", "strategists"}
_PREPOSITIONS = {"at", "in", "on", "by", "for", "from", "with", "to", "of", "into", "after", "before", "since", "until",
                 "under", "as"}
#: Legal forms written before a name ("Cie Francaise d'Electro Chimie", "NV Philips", "AB Volvo", "PT Astra"):
#: a name opening with one is whole, not the rest of a name cut before its suffix.
_OPENING_LEGAL = {"cie", "nv", "ab", "pt", "oao", "pjsc", "jsc", "sa"}
#: Participles after a hyphen that keep the name before them a party: "Chrysler-made", "Exxon-run".
_PARTICIPLES = {"made", "run", "built", "led", "held", "owned", "bound", "sponsored", "controlled", "backed"}
#: Particles that open a surname and so a firm named after it written in lower case: "du Pont Co", "van Ommeren".
_SURNAME_PARTICLES = {"du", "de", "van", "von", "der", "den", "da", "di", "la", "le"}
#: Joiners of Romance and Germanic names that no English sentence has between two names: a name right after
#: one began before it ("Zentralsparkasse und Kommerzialbank", "Fomento y Construcciones").
_FOREIGN_AND = {"und", "et", "y", "des", "du", "del", "della", "delle", "dos", "das"}
#: Joiners of Romance and Germanic names, after which a name goes on: "Banco do Brasil", "Caisse des Depots".
_FOREIGN_JOINERS = {"do", "da", "dos", "das", "de", "del", "della", "delle", "di", "du", "des", "y", "und", "fur", "für"}
#: Words that join a sentence or clause to what came before, or name the agent of a passive: capitalised before a
#: name they open no name ("But Asarco Inc <AR> ... are also potential winners", "the proposed purchase of American
#: Motors Co <AMO> By Chrysler Corp", "And Genentech Inc <GENE> has also said").
_JOINING_OPENERS = frozenset({"and", "but", "or", "nor", "by"})
_NAME_JOINERS = {"of", "and", "de", "du", "des", "la", "le", "der", "von", "van", "for", "the", "y", "e", "&", "del",
                 "della", "delle", "dei", "di", "da", "do", "dos", "das", "und", "fur", "für", "et", "en"}


#: Lemmas of the words of deals whose subject or object (or the object of their preposition) is a
#: company: there a name that is also an English word ("Twitter", "Seres", "Epic Games") is a name.
#: The deals a headline or a sentence's subject names before "of" and a firm ("Merger of Sunoco, Inc."):
#: ``deal`` in ``headline_kinds.tsv``.
_DEALS_TOLD = vocabulary_classes("headline_kinds")["deal"]
_DEAL_WORDS = {"acquire", "buy", "purchase", "acquisition", "takeover", "bid", "merge", "merger", "invest",
               "investment", "stake", "supply", "supplier", "sell", "sale", "license", "licence", "partner",
               "partnership", "venture", "own", "owner", "divest", "spin", "fund", "back"}


def _of_a_body(sent, j: int) -> bool:
    """Whether "of the" and a government's or an international body's name follow a name: a person who speaks
    for it, no firm ("Shuichi Takemoto of the Foreign Ministry said", "Morris Goldstein of the International
    Monetary Fund")."""
    if j + 1 >= len(sent) or sent[j].lower_ != "of" or sent[j + 1].lower_ != "the":
        return False
    body = next((e for e in sent.ents if e.start in (j + 1, j + 2) and e.label_ == "ORG"), None)
    return body is not None and not_companies().category(body.text) in ("government", "international")


def _category(name: str, worked: bool) -> str | None:
    """Why a name is no company (``not_companies.tsv``); ``worked``: a person works there or a deal puts
    a firm there, where a name ending in a word of the ``worked`` class is a firm's ("Wanda Futures")."""
    category = not_companies().category(name)
    if worked and category == "thing" and name.split()[-1].lower() in _WORKED_WORDS:
        return None
    return category


def _deal_slot(tok) -> bool:
    x = tok.head if tok.dep_ == "pobj" else tok
    if x.dep_ in ("prep", "agent", "dative", "dobj", "nsubj", "nsubjpass"):
        x = x.head
    return x is not tok and x.lemma_.lower() in _DEAL_WORDS


def _names_a_part(tok) -> bool:
    """A name that a company's part is called by: "its Sunbeam appliance unit", "the Sadara venture"."""
    x = tok
    for _ in range(3):
        if x.dep_ != "compound" or x.head is x:
            return False
        x = x.head
        if x.lemma_.lower() in PART_NAMES:
            return any(c.dep_ in ("poss", "det") for c in x.children)
    return False


def _names_a_thing(tok) -> bool:
    """Whether a word after a name says what the name names, no firm (``after`` in ``not_companies.tsv``):
    plurals too ("the Skeena and Celgar pulp mills")."""
    after = not_companies().after
    return bool(after.get(tok.lower_) or tok.tag_ in ("NNS", "NNPS") and after.get(tok.lemma_.lower()) or
                tok.is_alpha and tok.is_lower and misspelling(tok.lower_, _long_after_words()) is not None)


@cache
def _long_after_words() -> tuple[str, ...]:
    """The long words of ``after`` in ``not_companies.tsv``: wire copy misspells them too ("International
    Development Institutions subcommitte chairman"); a short one is one slip from common words ("mill", "mile")."""
    return tuple(w for w in not_companies().after if len(w) >= 9)


@cache
def _kinds_before() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The words of each ``before`` cue of ``not_companies.tsv`` by its last word, longest first: a cue of
    several words ("version of") is read only where its last word stands."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for cue in sorted(not_companies().before, key=lambda c: -len(c.split())):
        out.setdefault(cue.split()[-1], []).append(tuple(cue.split()))
    return {w: tuple(cues) for w, cues in out.items()}


def _kind_before(sent, i: int, j: int) -> bool:
    """Whether a noun for a kind of product (``before`` in ``not_companies.tsv``) stands right before the name
    at ``i:j`` or the list of names it ends ("the heart medications Nitropress and Isuprel", "a generic version
    of Sanctura XR"), or in apposition before it, one thing named ("Our lead product candidate, OTREXUP, is"),
    and no plural noun a clause whose subject is the name qualifies ("the drugs Kestrel sells": the firm that
    sells them)."""
    k = i
    while k >= 2 and sent[k - 1].lower_ in ("and", "or", ",") and sent[k - 2].text[:1].isupper():
        k -= 2
        while k >= 1 and sent[k - 1].text[:1].isupper():
            k -= 1
    if k == i and k >= 2 and sent[k - 1].text == "," and sent[k - 2].tag_ == "NN" and j < len(sent) and \
            sent[j].text == ",":
        k -= 1  # (not "generic drugs, Kestrel and Corvo said": a plural before a comma lists no thing named)
    cues = _kinds_before().get(sent[k - 1].lower_) if k >= 1 and sent[k - 1].is_lower else None
    cue = next((c for c in cues or () if k >= len(c) and all(sent[k - len(c) + n].lower_ == w
                                                             for n, w in enumerate(c))), None)
    if cue is None:
        return False
    head = sent[j - 1]
    return not (sent[k - 1].tag_ == "NNS" and head.dep_ == "nsubj" and head.head.dep_ == "relcl")


def _sold_object(tok) -> bool:
    """Whether the word a name ends in is the direct object of a verb of selling a product (``product_verbs.txt``),
    or joined to one that is ("approval to market Statil and Zoladex")."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in vocabulary("product_verbs")


_QUANTITY = re.compile(r"\d{1,3}(?:,\d{3})+|\d+\.\d+")


def _unit_adjective_after(sent, k: int, end: int) -> bool:
    """Whether the possessive at k owns a capitalised adjective that ends the model's name and qualifies a
    common noun after it ("Ameritrade's Institutional services", "Vexo's Commercial unit"): a part of the
    firm's business, not its name as "Hudson's Bay" is."""
    return k + 2 == end and end < len(sent) and k > 0 and sent[k - 1].text[:1].isupper() and \
        sent[k + 1].is_title and (sent[k + 1].pos_ == "ADJ" or sent[k + 1].lower_.endswith(_ADJECTIVE_ENDINGS)) and \
        sent[end].is_lower and sent[end].is_alpha and sent[end].pos_ == "NOUN"


_ADJECTIVE_ENDINGS = ("al", "ive", "ic", "ary", "ous")


def _ticker_within(a: int, b: int, ticks: Iterable[int]) -> bool:
    """Whether the source's ticker (or stock quote) stood between two offsets, where it was blanked."""
    return any(a < t < b for t in ticks)


def _place_cut_from(before: str, name: str) -> bool:
    """Whether a place and a legal form are the tail of a longer name that a capitalised word before them
    opens: "IXL Holdings Canada Inc", "IBM World Trade Europe, Middle East, Africa Corp"; not "The Chicago Corp",
    "an analyst at Milwaukee Co", "National Gypsum Co's Austin Co", firms named after a place."""
    return canonical_name(name).lower() in places() and \
        re.search(r"(?<![\w.&'-])(?!(?:The|A|An)\b)[A-Z][\w.&-]*,?[ \t]+$", before) is not None


def _and_shortened(sent, k: int) -> bool:
    """Whether the quote mark at token ``k`` opens the "'n" a shop's name writes for "and" ("Pay 'n Pak
    Stores Inc"), no possessive's or quotation's."""
    return k + 2 < len(sent) and not sent[k].whitespace_ and sent[k + 1].lower_ == "n" and \
        sent[k + 2].text[:1].isupper()


def _ticker_joint(sent, start: int, end: int, ticks: Iterable[int]) -> int | None:
    """The "and" or comma inside a span of tokens that comes after where the source's ticker stood: the
    ticker ended a firm's name there ("Texas International <TEICC> and Lear Petroleum Partners")."""
    return next((k for k in range(start + 1, end - 1) if sent[k].lower_ in ("and", ",") and
                 _ticker_within(sent[start].idx, sent[k].idx, ticks)), None)


def _trimmed(sent, e):
    """An organisation the model found, without what ran into it: "the", trailing "and" ("Dell and"
    Nvidia), a common noun ("Southern Pacific railroad"), a verb ("Cerberus controls Albertsons")."""
    # "About LifePoint Health" (a press release's closing section), "And Royal Dutch Shell" (a headline)
    start, end = e.start + (1 if e[0].lower_ in ("the", "and", "about") and len(e) > 1 else 0), e.end
    # "158.95p-17.15 p Questor says": a lone letter after a figure is its unit (pence), no name's first word
    # (not "The i Shares Nasdaq Biotech ETF", a name web copy wrote apart)
    if len(e) > 1 and e.start > 0 and len(e[0]) == 1 and e[0].is_lower and sent[e.start - 1].text[-1:].isdigit():
        start = e.start + 1
    for k in range(start + 1, end):
        # "Goldman Sachs' Impact Investing", "TD Ameritrade's Institutional": a known company's unit, not
        # "Hudson's Bay" or "Heinl's Nursery"
        # (a word glued on by a hyphen is the name's: "Japan Overseas Economic Co-operation Fund")
        if sent[k].is_lower and sent[k].is_alpha and sent[k].lower_ not in _NAME_JOINERS and \
                not _and_shortened(sent, k - 1) and \
                not (sent[k - 1].text in _DASHES and not sent[k - 1].whitespace_ and not sent[k - 2].whitespace_) or \
                sent[k].text in ("(", "[", "'", "’") and not _and_shortened(sent, k) or \
                sent[k].text in ("'s", "’s") and (Gazetteer.default().lookup(sent[start:k].text) is not None or
                                                  _unit_adjective_after(sent, k, end)):
            end = k  # "... (Total": a short form in brackets is bound by ``resolve_document``, not part of the name
            break
    # "Sahara The Reserve Bank of India": a headline with no stop ran into the sentence after it
    start = next((k + 1 for k in range(end - 2, start, -1) if sent[k].text == "The"), start)
    # "Co-Founder of Strattam Capital", "Board of LiqTech International": the company is after "of"
    of = next((k for k in range(start + 1, end - 1) if sent[k].lower_ == "of"), None)
    if of is not None and sent[of - 1].lower_ in vocabulary("title_words"):
        start = of + 1
    # "Zignal Labs SAN FRANCISCO", "Alistair Smout LONDON": a dateline's place in capitals
    caps = end
    while caps - start > 1 and sent[caps - 1].is_upper and sent[caps - 1].is_alpha and len(sent[caps - 1]) > 1:
        caps -= 1
    if caps < end and not sent[start].is_upper and (sent[caps:end].text.lower() in places() or end - caps > 1 or
                                                    end < len(sent) and sent[end].text in (",", "-", "(")):
        end = caps
    # "sell Qintex 900,000 Hal Roach shares": a count grouped in thousands or a decimal is a quantity, in no
    # name ("Century 21", "Studio 54" are)
    while end > start and (sent[end - 1].lower_ in ("and", "&", ",", "or", "of") or sent[end - 1].is_space or
                           end - start > 1 and _QUANTITY.fullmatch(sent[end - 1].text)):
        end -= 1
    return sent[start:end]


#: "The" capitalised inside a name, not after "of" ("Fruit of The Loom" is one name).
_THE_INSIDE = re.compile(r"(?<!\bof)\s+(?=The\s+[A-Z])")


def _after_a_heading(text: str, begin: int, end: int) -> int:
    """Where a name with a legal form begins once a heading that ran into its sentence is cut off: at the last
    "The" inside it ("HCIT Segment The Company is ...", "F-81 The Holding Company acquired ..."), which opens a
    sentence, not a name's middle word; else ``begin``."""
    last = None
    for last in _THE_INSIDE.finditer(text, begin, end):
        pass
    return last.end() if last is not None else begin


def _restricted(span) -> bool:
    """Whether a plural reference is told by a clause of its own, not by the companies named before: "Among the
    companies that would be interested in bidding for Fairchild are Advanced Micro Devices ..." (the story had just
    named Kidder Peabody and Fairchild). Counted ones ("the two companies that agreed to merge") still refer back."""
    return not any(x.like_num or x.lower_ in ("two", "three", "both") for x in span) and \
        any(c.dep_ == "relcl" for c in span.root.children)


def _plural(noun: str) -> str:
    """A regular English plural: "city" -> "cities", "town" -> "towns"."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


@cache
def _place_plurals() -> frozenset[str]:
    return frozenset(_plural(w) for w in vocabulary("place_nouns"))


def _places_listed(sent, i: int, firms: frozenset[str]) -> bool:
    """Whether the name at token ``i`` is one of the examples a plural noun for places opens a few words
    before ("towns near the mines, such as Balen and Velden", "cities including Lyon"): a place's name,
    unless a plural noun for companies is nearer ("towns whose miners, such as Acme, ...")."""
    k = i - 1
    while k >= 0 and (sent[k].text[:1].isupper() or sent[k].lower_ in (",", "and", "or")):
        k -= 1  # back over the list to the words that open it
    if i >= 1 and sent[i - 1].text == "," and any(t.lower_ in ("and", "or") for t in sent[k + 1 : i]):
        return False  # "such as Balen and Velden, Acme Mining said": the list closed before the name
    if k >= 1 and sent[k].lower_ == "as" and sent[k - 1].lower_ == "such":
        k -= 2
    elif k >= 0 and sent[k].lower_ in ("including", "like"):
        k -= 1
    else:
        return False
    for tok in reversed(sent[max(0, k - 8) : k + 1]):
        if tok.lower_ in (".", ";", ":") or tok.lower_ in firms:
            return False
        if tok.lower_ in _place_plurals():
            return True
    return False


#: A capitalised name opening a clause, a verb and, later in the sentence, a rating, a price target or
#: coverage: "Acme Securities lowered Bolt Inc from buy to neutral" (the verb is checked).
_RATING = re.compile(r"(?:^|(?<=[.;:] )|(?<=, ))([A-Z][\w&.'-]*(?: (?:& )?[A-Z][\w&.'-]*){0,3}) ([a-z]+) "
                     r"(?=[^.;]{0,160}?\b(?:rating|price target|target price|price objective|coverage|"
                     r"to (?:buy|sell|hold|neutral|outperform|underperform|overweight|underweight)\b))", re.M)


def _rating_firms(text: str) -> list[tuple[str, int, int]]:
    """Firms a sentence shows rating a stock ("Acme Securities lowered Bolt Inc to neutral",
    ``rating_verbs.txt``): (name, start, end)."""
    out = []
    for m in _RATING.finditer(text):
        name = m.group(1)
        before = text[: m.start(1)].rstrip(", ").split()[-1:]
        if text[: m.start(1)].endswith(", ") and before[0][:1].isupper() and not before[0].endswith("ly"):
            continue  # "Keefe, Bruyette & Woods raised": the comma is inside the name ("Finally, Acme ..." is not)
        if m.group(2) in vocabulary("rating_verbs") and name.split()[0].lower() not in vocabulary("lead_words") and \
                name.lower() not in places() and name.lower() not in DEMONYMS and not _ends_in_a_person(name) and \
                not_companies().category(name) in (None, "outlet"):
            out.append((name, m.start(1), m.end(1)))
    return out


def _exchanges(text: str) -> list[tuple[str, int, int]]:
    """Exchanges named in full (``_EXCHANGE_NAME``), without "The" opening a sentence. (name, start, end)."""
    out = []
    for m in _EXCHANGE_NAME.finditer(text):
        start = m.start(1) + (4 if m.group(1).startswith("The ") else 0)
        name = text[start : m.end(1)]
        if not_companies().category(name) in (None, "outlet"):
            out.append((name, start, m.end(1)))
    return out


#: A name glued to "owned" or "controlled" before another name: "Alibaba-owned Ant Group".
_OWNER_GLUED = re.compile(r"(?<![\w&.'-])([A-Z][\w&]*[a-z][\w&]*)-(?:owned|controlled|backed|funded|financed)\s+(?=[A-Z])")
#: The participles a firm's name is glued to before the name of what it owns or funds ("Alibaba-owned Ant Group",
#: "Tencent-backed Meituan", "Sequoia-funded Zorvex")
_GLUED_OWNING = frozenset({"owned", "controlled", "backed", "funded", "financed"})


#: An exchange by its initials ("NYSE", "NYSEAmex", "Nasdaq"): alone it is as often where a share trades
#: ("NYSE issues", "on Nasdaq") as the business.
_EXCHANGE_INITIALS = r"(?:NASDAQ|Nasdaq|NYSE\s?(?:Amex|MKT|Arca|American)|NYSEAmex|NYSEArca|NYSE|AMEX|TSX|LSE|ASX|HKEX|SGX)"
#: Exchanges listed by their initials, the list a clause's object ("Quotes are real-time for NASDAQ, NYSE, and
#: NYSEAmex when available", "shares traded on NYSE, Nasdaq and TSX."): each the business that runs its market;
#: not the exchanges qualifying a noun ("NYSE and Nasdaq shares", "NYSE- and Nasdaq-listed"), a ticker's label
#: ("NYSE: DAL") or an index ("Nasdaq Composite").
_EXCHANGES_LISTED = re.compile(rf"(?<![\w&.'-]){_EXCHANGE_INITIALS}(?:,\s+{_EXCHANGE_INITIALS})*,?\s+(?:and|or)\s+"
                               rf"{_EXCHANGE_INITIALS}(?=\s*[.,;)]|\s*$|\s+(?:when|where|which|that|as|on|in|at|for|to|"
                               r"is|are|was|were|have|has|had|said|say|says|will|would)\b)", re.M)
_EXCHANGE_ITEM = re.compile(_EXCHANGE_INITIALS + r"(?![\w&'-])")


def _exchanges_listed(text: str) -> list[tuple[str, int, int]]:
    """Exchanges listed by their initials (``_EXCHANGES_LISTED``). (name, start, end)."""
    return [(m.group(0), *m.span()) for lst in _EXCHANGES_LISTED.finditer(text)
            for m in _EXCHANGE_ITEM.finditer(text, lst.start(), lst.end())]


def _patterned_names(text: str) -> list[tuple[str, int, int]]:
    """Companies whose names say what they are by their shape, whether the sentence is parsed or not: an
    exchange named in full or listed by its initials, a web address, a bank "of" a place. (name, start, end)."""
    return _exchanges(text) + _exchanges_listed(text) + _web_names(text) + _bank_names(text)


# An exchange-traded fund named in full ("the Consumer Discretionary Select Sector SPDR ETF", "iShares Russell
# 1000 Value ETF"): a fund is a company (eval/docs/README.md), but the model reads the name as a run of common
# words and an index; its sponsor's brand may open with a lower-case letter ("iShares"). One word before "ETF"
# is a kind of fund more often than a name ("Gold ETF holdings rose").
_ETF_NAME = re.compile(r"(?<![\w&.'-])((?:(?!The\s)(?:[A-Z]|(?!a\s)[a-z]\s?[A-Z])[\w&.'-]*\s(?:\d[\d.]*\s)?){2,6}ETF)(?![\w&-])")


def _fund_names(text: str) -> list[tuple[str, int, int]]:
    """Exchange-traded funds named in full (``_ETF_NAME``). (name, start, end)."""
    return [(m.group(1), *m.span(1)) for m in _ETF_NAME.finditer(text)
            if not_companies().category(m.group(1)) is None]


# A bank named with "of" and what it serves ("First National Bank of Minneapolis", "Colonial Bank of Granite
# City"): the parser cuts the name at the place, and a sentence with no deal in it is not parsed at all. A
# word of the bank's own must open it (``state_bank_words.txt``), and no place, which would be cut off it.
_BANK_NAME = re.compile(r"(?<![\w&.'-])((?:(?!The\s)[A-Z][\w&.'-]*\s){1,3}(?:Bank|Trust)\sof\s(?:the\s)?[A-Z][\w.-]*"
                        r"(?:\s[A-Z][\w.-]*){0,2})(?![\w&-]|['’](?!s\b))")


def _bank_names(text: str) -> list[tuple[str, int, int]]:
    """Banks named with "of" (``_BANK_NAME``). (name, start, end)."""
    out = []
    for m in _BANK_NAME.finditer(text):
        served = m.group(1).split(" of ", 1)[1].removeprefix("the ").lower()
        of_place = served in places() or served.split()[0] in places()
        start = m.start(1)
        while (word := re.match(r"\S+\s", text[start:])) and (low := word.group(0).strip().lower()) in \
                vocabulary("lead_words") and (of_place or low not in places() and low not in DEMONYMS):
            start += word.end()  # "Meanwhile Colonial Bank of ...": no word of the name
        name = text[start : m.end(1)]
        owned = [w.lower() for w in name.split()[: name.split().index("of") - 1]]
        first = m.group(1).split()[0].lower()
        if all(w in vocabulary("state_bank_words") or w in places() or w in DEMONYMS for w in owned) or \
                (first in places() or first in DEMONYMS) and of_place:
            # a place opening a bank of a place is read as where the bank is ("Japanese Industrial Bank of Japan"),
            # and the name would lose its first word; before a bank of a trade it is the name's own ("Canadian
            # Imperial Bank of Commerce")
            continue
        if not_companies().category(name) is None:
            out.append((name, start, m.end(1)))
    return out


# A firm named by its web address ("Bankrate.com", "lastminute.com") outside a link or an e-mail address; a
# lower-case one only in a list of names, where nothing else could be meant, and none that cites a source
# ("Acme.com reports"), nor one in brackets or before a colon, where a page gives its own address, nor one a
# page credits ("Source: Acme.com").
_WEB_NAME = re.compile(r"(?<![\w@/.:-])([A-Za-z][\w-]*[A-Za-z][\w-]*\.(?:com|net|co\.uk|co\.in))(?![\w/@-]|\.\w|\s*:)")
_WEB_LISTED = re.compile(r"(?:,|\band|\bor)\s+$")
_WEB_SOURCE = re.compile(r"(?:['’]s)?\s+(?:reports|reported)\b")
#: A page's credit before a web address: "Source: Facebookbrand.com", "Photo: Acme.com".
_WEB_CREDIT = re.compile(r"\b(?:[Ss]ources?|[Pp]hotos?|[Ii]mages?|[Cc]redits?|[Vv]ia)\s*:\s*$")


def _web_names(text: str) -> list[tuple[str, int, int]]:
    """Firms named by a web address (``_WEB_NAME``). (name, start, end)."""
    out = []
    for m in _WEB_NAME.finditer(text):
        a, b = m.span(1)
        if text[a - 1 : a] == "(" or _WEB_SOURCE.match(text, b) or _WEB_CREDIT.search(text, max(0, a - 12), a):
            continue
        if m.group(1)[0].islower() and not _WEB_LISTED.search(text, 0, a):
            continue
        if not_companies().category(m.group(1)) is None:
            out.append((m.group(1), a, b))
    return out


def _furniture_before(text: str) -> int:
    """How many characters of a web page's furniture open a name and another word ("Tweet ", "About ",
    "Articles "; ``furniture_words.txt``): 0 when none."""
    words = re.findall(r"\S+\s+", text)
    n = 0
    for w in words:
        if w.strip().lower() not in vocabulary("furniture_words"):
            break
        n += len(w)
    return n if n < len(text.rstrip()) else 0


def _opens_a_name(word: str) -> bool:
    """Whether a lower-case word opens names of their own, a place's or a firm's: "North Valley Coal"
    after "Corvane's" is a name apart, "Fine Candies" after "Vernell's" is not."""
    return word in _REGIONS or word in DEMONYMS or word in places() or word in _GENERIC_FIRST_WORDS


def _place_alone(text: str) -> bool:
    """Whether a name is a place and legal suffixes only: "Canada Ltd" of "Hiram Walker of Canada Ltd"."""
    return canonical_name(text).lower() in places()


def _ends_in_a_person(text: str) -> bool:
    """Whether a piece of text ends in a given name and a surname: "Vice President Alan Darrow"."""
    m = next((m for m in _GIVEN_NAME.finditer(text) if m.end() == len(text.rstrip())), None)
    return m is not None and m.group(1).lower() in vocabulary("given_names")


def _opens(sent, i: int) -> bool:
    """Whether token ``i`` opens the sentence or a line of it (after quotes and bullets)."""
    k = i - 1
    while k >= 0 and (sent[k].is_punct or sent[k].is_space) and "\n" not in sent[k].text:
        k -= 1
    return k < 0 or "\n" in sent[k].text or sent[k].text in (".", ":", ";")


_TITLE_WORDS = vocabulary("title_words")


#: A name and a modal a title would capitalise, written in lower case: "True North Partners will sell".
#: A name followed by a verb of four letters or more in lower case (a modal, "were", "have", a past tense) makes
#: a line dense with names a sentence, not a title, which capitalises such words ("Mr. Smith worked at Gracie
#: Capital, GTCR Golder Rauner and ...", "Wells Fargo acquired Crocker National Bank from Midland Bank"; a title
#: may leave "is" or "has" in lower case: "Plastic Surgery is Now More Important Than ..."); not an exhibit's
#: "Indenture dated ...", a document's name and its date
_NAME_AND_VERB = re.compile(r"\b[A-Z][\w&.'-]*\s+(?:will|would|could|should|were|have|(?!dated\b)[a-z]{2,}ed)\b")


_SAYING = frozenset({"say", "tell", "add", "announce", "report"})


def _speaker_after(sent, k: int, end: int) -> bool:
    """Whether the words after a comma inside a span the model read as one name are the subject of a verb of
    saying after it, and those before it are not: "will be sold to Voxco, True North said" names two firms."""
    right, left = sent[k + 1 : end].root, sent[:k].root if k else None
    return right.dep_ == "nsubj" and right.head.i >= end and right.head.lemma_.lower() in _SAYING and \
        left is not None and sent[k - 1].head.i != right.head.i and sent[k - 1].dep_ != "nsubj"


def title_cased(text: str) -> bool:
    """A line in title case ("Office Depot Sells CompuCom In $305 M Deal"). The words of offices count
    for nothing: filings capitalise them in prose ("Mr. Kessler has been Executive Vice President of
    Resource America"). A name followed by a modal in lower case makes the line a sentence dense with names
    ("True North Partners will sell Actify Data Labs to Voxco")."""
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if len(w) > 3 and w.lower() not in _TITLE_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.75 * len(words) and \
        not _NAME_AND_VERB.search(text)


def _shouted_within(sent, e) -> bool:
    """Whether a name in capitals stands inside a run of words in capitals in an otherwise cased sentence: a
    newsletter's run-in headline ("CLINTON BREAKS WITH OBAMA ON TRADE, via ..."), whose case, like a line in
    capitals, says nothing."""
    def caps(k: int) -> bool:
        return 0 <= k < len(sent) and sent[k].is_alpha and sent[k].is_upper and len(sent[k]) > 1
    if not all(t.is_upper or not t.is_alpha for t in e) or not (caps(e.start - 1) or caps(e.end)):
        return False
    start, end = e.start, e.end
    while caps(start - 1):
        start -= 1
    while caps(end):
        end += 1
    return end - start >= 4


def _mostly_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _is_place(e, known_places: frozenset[str]) -> bool:
    text = e.text.lower().removeprefix("the ").removesuffix("'s")
    if text in known_places or text in DEMONYMS or e.label_ == "NORP" and len(e) == 1:
        return True
    # "Pomona, Calif.", "Salem, Ore": a town named with its state or country
    after = _PLACE_AFTER.match(e.doc.text[e.end_char:])
    if after is None:
        return False
    words = after.group(1).lower().split()
    return any(w in known_places or w.rstrip(".") in known_places for w in (words[0], " ".join(words)))


def _is_title(text: str) -> bool:
    return text.lower() in NOT_COMPANY_EXACT


def _titled(sent, e) -> bool:
    after = sent.text[e.end_char :]
    before = sent.text[: e.start_char]
    return bool(_TITLE_NEAR.match(after) or _TITLE_BEFORE.search(before))


#: A given name, middle initials and a surname: "Adam Jourdan", "Edward R. Muller", "Ligaya Fernando-Amilbangsa",
#: "Nicholas Gallo III" (the suffix is part of the name as written), "Willy De Clercq" (a surname's particle, which
#: Dutch, Belgian and Italian names capitalise).
_GIVEN_NAME = re.compile(r"(?<![\w-])([A-Z][a-zà-öø-ÿ]+)\s+(?:[A-Z]\.\s*){0,2}"
                         r"(?:(?:de|van|von|der|den|da|di|du|le|la|bin|al|De|Van|Von|Del|Della|Di|Du|Le)\s+)?"
                         r"(?:[A-Z]'|Ma?c)?[A-Z][a-zà-öø-ÿ]+(?:[-'][A-Z]?[a-z]+)*(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?)?"
                         # (nor a name going on past a spaced hyphen: "chairman Lee Jae - Won")
                         r"(?![\w&-]|\s+[A-Z][a-z]|\s+&|\s+-\s+[A-Z])")
#: A person's office in lower case, or a government's in capitals, right before a name that speaks: "delegate
#: Lindenberg Sette said", "assistant banking commissioner K.K Wong told", "minister of financial institutions Monte
#: Kwinter said", "Trade Minister Rha Woong Bae said", "said U.S. trade representative Clayton Yeutter." Only a person
#: holds these offices and speaks, whatever the given name: the list of given names does not hold "Lindenberg" or
#: "Rha", and the parser never reads such a sentence when no trigger word is in it. (Not a firm's noun before the name,
#: "London broker Hoare Govett said", "dealer", "bank": a firm speaks after those.) An office of two words is
#: tried before its first ("CPA secretary general D.S. Kamga said"): "general" opens no name.
_SPEAKER_OFFICES = (r"(?:(?:secretary|director)[- ]general|minister|vice-minister|secretary|commissioner|governor|"
                    r"delegate|ambassador|envoy|negotiator|"
                    r"official|spokesman|spokeswoman|spokesperson|economist|analyst|strategist|adviser|advisor|"
                    r"consultant|lawmaker|representative|chairman|chairwoman|president|director|undersecretary|"
                    r"(?-i:Minister|Secretary|Commissioner|Governor|Ambassador|Representative|Undersecretary))")
_SPEAKER_NAME = r"((?:[A-Z]\.\s?)*[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s(?:[A-Z]\.\s?)*(?:[A-Z]'|Ma?c)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?){0,3})"
_SPEAKS_AFTER_OFFICE = re.compile(rf"(?<![\w-])(?i:{_SPEAKER_OFFICES})(?:\s+of\s+(?!(?:the|an?)\s)(?:[a-z]+\s+){{0,2}}[a-z]+)?\s+"
                                  rf"{_SPEAKER_NAME}(?=(,?\s+(?:said|says|told|added)\b)|\s*(?:[,.;]|$))")
#: "said" before the office: the name that ends the clause after it speaks.
_SAID_BEFORE = re.compile(r"\bsaid\s+(?:[\w.'-]+\s+){0,5}$")
#: A given name, a middle name and a surname, nothing capitalised after them: "Fernando Santos Alvite".
_MIDDLE_NAMED = re.compile(r"(?<![\w-])([A-Z][a-zà-öø-ÿ]+)\s+([A-Z][a-zà-öø-ÿ]+)\s+((?:[A-Z]'|Ma?c)?[A-Z][a-zà-öø-ÿ]+"
                           r"(?:-[A-Z][a-z]+)?)(?![\w&-]|\s+[A-Z][a-z]|\s+&)")
#: Two lower-case words right before a name: "coffee chain Tim Hortons".
_NOUN_BEFORE = re.compile(r"(?<![\w'-])([a-z]+)\s+([a-z]+)\s+$")
_DETERMINERS = {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "whose", "which", "every", "each"}
#: An initial right before a given name, after a lower-case word or a stop: "J. Michael Pearson", not "U.S. Michael";
#: initials run together only where a sentence, a dateline's dash, a bracket or a quote opens the name: "NEW YORK,
#: April 3 - N.J. Nicholas Jr., president of Time Inc" (a state's initials as they may be, a name follows them).
_INITIAL_BEFORE = re.compile(r"(?:^|(?<=[a-z,;:(“\"]\s)|(?<=[(“\"\n]))([A-Z]\.\s)$|"
                             r"(?:^\s*|(?<=\s[-(“\"]\s)|(?<=[(“\"\n]))((?:[A-Z]\.){2,3}\s)$")
#: A particle and a second surname after a name: "Perez de Cuellar", "Gomes de Moura".
_PARTICLE_SURNAME = re.compile(r"\s+(?:de|da|do|dos|del|van|von|der|den)\s+[A-Z][a-zà-öø-ÿ]+(?![\w&-]|\s+[A-Z][a-z]|\s+&)")
#: The capitalised word right before a name: a given name there makes the name's first a middle name.
_WORD_BEFORE = re.compile(r"(?<![\w.'-])([A-Z][a-z]+)\s+$")
_LOWER_WORD = re.compile(r"\s+[a-z]")
#: What a firm does in news, right after a name that ends in a word of a business's name: "Patriot Coal said",
#: "First Quantum Minerals reported", common words though the name's are (not "Energy shares fell": a
#: sector's shares)
_ACTS_AFTER = re.compile(r"\s+(?:said|says|reported|reports|announced|announces|posted|agreed|plans|expects|"
                         r"declared|filed|cut|raised|hired|named|appointed)\b")
_VERB_AFTER = re.compile(r"\s+(?:said|says|is|was|has|had|have|will|would|could|may|might|shares|stock|reported|"
                         r"announced|posted|plans|agreed|expects|also|on|in|and|of|to|for|"
                         # "Tesla fell after ...": a market report's verbs, which no noun phrase opens with
                         r"rose|fell|gained|jumped|dropped|slipped|climbed|surged|plunged|tumbled|declined|slid|"
                         r"soared|sank|rallied|dipped|edged|lost|added|beat|missed|topped|unveiled|launched|"
                         r"hired|named|filed|sued|cut|raised|lowered|boosted|slashed|reports|rises|falls|gains)\b")
_OFFICE_BEFORE_NAME = (
    r"(?:CEO|Chief Executive(?: Officer)?|"
    r"chief executive(?: officer)?|(?:[Ee]xecutive |[Nn]on-[Ee]xecutive )?(?:[Cc]hairman|[Cc]hairwoman)|[Pp]resident|"
    r"[Cc]o-?founder|[Ff]ounder|CFO|COO|"
    # "Brontela chief operating officer Dana Whitlock", "Zorvex Chief Technology Officer ..."
    # "Varlo Bank Chief Economist Dana Whitlock": the office is the economist's, no name's first word
    r"[Cc]hief [A-Za-z]+ [Oo]fficer|[Bb]oss|[Cc]hief(?!\s+" + CHIEF_FIELDS + r"\b)|[Mm]anaging [Dd]irector|"
    r"(?:[Ee]xecutive |[Nn]on-[Ee]xecutive )?[Dd]irector|[Ss]pokes(?:man|woman|person)|[Pp]artner|"
    r"(?:[Ee]xecutive |[Ss]enior )?[Vv]ice[- ][Pp]resident|[Dd]eputy [Cc]hairman)")
_COMPANY_TITLE_PERSON = re.compile(
    # "Cowen and Co", "Carroll McEntee and McGinley" (whom one person works for is one firm); not "IMF
    # Managing" (Director Michel Camdessus): a title's first word ends no name
    # ("Barclays de Zoete Wedd analyst": a particle inside the name)
    rf"((?<![\w-])[A-Z][\w&.'-]*(?:\s+(?:(?:{_NAME_PARTICLES})\s+)?"
    r"(?!(?:Non-)?(?:Managing|Executive|Vice|Deputy|Senior|Acting|Interim)\b)[A-Z][\w&.'-]*){0,3}"
    r"(?:\s+(?:and|&)\s+(?:Co\b\.?|[A-Z][\w&.'-]*))?)(?:'s?)?\s+"
    # "Twitter's former CEO Jack Dorsey", "Zerodha co-founder and CEO Nithin Kamath": an office held
    # before, and offices joined into one
    r"(?:(?:former|then|outgoing|acting|interim)\s+)?"
    r"(?:" + _OFFICE_BEFORE_NAME + r"(?:,?\s+(?:and|&)\s+(?:former\s+)?" + _OFFICE_BEFORE_NAME + r")*|"
    # "Bernstein analyst Geoffrey Porges", "St George senior economist Jo Horton"
    r"(?:(?!(?:said|says|told|and|or|of|at|for|with|by|to|the|a|an|its|as)\b)[a-z]+\s+){0,2}(?:analyst|economist|strategist))"
    r"\s+(?=[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:[A-Z]\.\s*)*[A-Z][a-z])")
#: A person's name, a comma, a firm and its office in apposition, the apposition closing ("Jeffrey Boyer, Pier 1
#: chief financial officer, said", "said Jo Horton, St George senior economist."): the firm's name, a figure in it
#: too, in group 2.
_PERSON_COMPANY_TITLE = re.compile(
    r"(?<![\w&.'-])([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+(?:(?:de|van|von|da|di|du|le|la)\s+)?" + "(?:[A-Z]'|Ma?c)?[A-Z][a-z]+" +
    r"(?:[-'][A-Z]?[a-z]+)*),\s+"
    r"((?<![\w-])[A-Z][\w&.'-]*(?:\s+(?!(?:Non-)?(?:Managing|Executive|Vice|Deputy|Senior|Acting|Interim)\b)"
    r"(?:[A-Z][\w&.'-]*|\d{1,3}(?=\s))){0,3})(?:'s?)?\s+"
    r"(?:" + _OFFICE_BEFORE_NAME + r"|(?:(?!(?:said|says|told|and|or|of|at|for|with|by|to|the|a|an|its|as)\b)[a-z]+\s+)"
    r"{0,2}(?:analyst|economist|strategist))(?=\s*(?:,|\.|$|\s+(?:said|says|told)\b))", re.M)
#: The name after a company's title: a given name, initials, a surname and its suffix ("Bill Berry",
#: "Nicholas Gallo III", "Arnold T. Cattani Jr.", "Lars-Erik Thunholm"), or a given name of two words and a
#: surname, nothing capitalised after them ("Aloha chairman Hung Wo Ching"; not "Bill Berry Monday").
_SURNAME = r"(?:[A-Z]'|Ma?c)?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?)?(?![\w&-])"
_NOT_SURNAMES = "|".join(sorted((w.title() for w in _MONTHS_DAYS), key=len, reverse=True))
_NAME_AFTER_TITLE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+"
                               r"(?:[A-Z][a-z]+\s+(?=(?!(?:" + _NOT_SURNAMES + r")\b)" + _SURNAME + r"(?!\s+[A-Z][a-z])))?"
                               r"(?:[A-Z]\.\s*)*(?:(?:de|van|von|der|den|da|di|du|le|la)\s+)?" + _SURNAME)
#: An association, which a legal suffix does not make a company (a savings and loan association is one):
#: "American Gas Association", "National Association of Securities Dealers Inc".
_ASSOCIATION = re.compile(r"^(?!.*\b(?:Savings|Loan|Mortgage|Bank|Building|Thrift|Credit|Insurance|Futures|Exchange)\b)"
                          r".*\bAssociation(?: of\b.*)?$")


def _in_a_place(text: str, start: int, end: int) -> bool:
    """Whether a known company's one-word name is written as part of a place's or a thing's: "Orange
    County", "West Orange, N.J.", "the Emirates Stadium", "Continental Europe" (not "Vale Base Metals":
    a name goes on after the word); or that ends a place's name: "the United Arab Emirates"."""
    after = _WORD_AFTER_NAME.match(text, end)
    before = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    return " " not in text[start:end] and bool(
        _PLACE_HEAD_AFTER.match(text, end) or _COMPASS_BEFORE.search(text, 0, start) or
        before is not None and any(" ".join([*before.group(0).split()[-k:], text[start:end]]).lower() in places()
                                   for k in (1, 2, 3)) or
        after is not None and not _WORD_AFTER_NAME.match(text, after.end()) and
        not_companies().category(f"{text[start:end]} {after.group(1)}") == "thing")


_PLACE_HEAD_AFTER = re.compile(r"\s+(?:County|[Cc]ounties|Township|Parish|Prefecture|Borough|Canton|Oblast|Free State)\b")
#: capitalised words and a slash right before a name: "WGM/" of "WGM/Eastman Inc", "Capital Cities/" of
#: "Capital Cities/ABC Inc"
_SLASH_BEFORE = re.compile(r"(?<![\w/.&'-])(?:[A-Z][\w&'-]* ){0,2}[A-Z][\w&'-]*/$")
#: the capitalised words right before a name
_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w.'-]* )+$")
_COMPASS_BEFORE = re.compile(r"\b(?:West|East|North|South|Port|Fort|Lake|Mount|San|Santa)\s$")


def _is_association(text: str) -> bool:
    name = canonical_name(text)
    return bool(_ASSOCIATION.match(name) or _MEMBERS_ASSOCIATION.search(name))


#: An association of the people of a trade, whatever its trade: "Mortgage Bankers Association", "Savings
#: Institutions Dealers Association" (a savings and loan association is a company, its bankers' is not).
_MEMBERS_ASSOCIATION = re.compile(r"\b[A-Z][a-z]+(?:ers|ors|ists)\s+Association$")


def _only_a_body(text: str) -> bool:
    """Whether a legal name is a public body's one-word name and its suffix: "U.S. Army Corp of Engineers"
    cut at "Corp", "Treasury Corp"."""
    canon = canonical_name(text)
    return " " not in canon and not_companies().category(canon) == "government"
#: A byline or a credit: "(Reporting by Simon Jessop; Editing by Pravin Char)", "Photographer: Akos Stiller".
#: A line may open with "by" in lower case ("by Jonathan Smith"), a colon may follow it ("Written by: Ann Lee");
#: a photograph's agency may stand before it, the page's lines run together ("AP by Katie Walsh Foreign companies").
_BYLINE = re.compile(r"(?:(?:^|(?<=[\n(…])|(?<=… )|(?<=\bAP )|(?<=\bAFP )|(?<=\bEPA )|(?<=\bREUTERS )|"
                     r"(?<=\bGetty Images ))[Bb]y:?\s+)|\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|"
                     r"[Ee]dited|[Ww]ritten|[Rr]eported|[Pp]hotograph(?:er|ed)|[Pp]hotos?|[Gg]raphics?|[Pp]roduced|"
                     r"[Tt]ranslated|[Ss]ubbed)(?: by:?|:)\s+|"
                     # a photograph's credit: "REUTERS/Eric Roe", "AFP / Ann Lee"
                     r"\b(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images|Bloomberg)\s?/\s?(?=[A-Z][a-z])")
#: Months' short forms that are given names too ("Jan Ford Real Estate"), no month's before a firm's name.
_GIVEN_MONTHS = {"Jan"}


def _month_named_before(sent, start: int, taken: list[bool]) -> bool:
    """Whether the word before a firm's name is a given name read as a month ("Jan Ford Real Estate"): a date
    writes its day after the month, no name; nor one before it ("5 Jan")."""
    return start > 0 and sent[start - 1].text in _GIVEN_MONTHS and bool(sent[start - 1].whitespace_) and \
        not taken[start - 1] and (start < 2 or not sent[start - 2].like_num)
#: A month as a dateline writes it after a byline: "By Ann Lee Jul 12, 2015" (no word of the name).
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: How long ago a web page says a byline's story went up: "By Ann Lee 36 minutes ago".
_AGO = r"\s+\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\b"
#: How long ago a story went up, after its source in a page's list of headlines ("By Royston Wild |
#: Fool.co.uk – 10 hours ago"), the figure read into the name or not ("Reuters - UK Focus – 4 hours ago").
_DATED_AFTER = re.compile(rf"\s*[-–—]{_AGO}|\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\b")
#: A name's word: "O'Connell" and "D'Amato" open with a capital, an apostrophe and a capital.
_NAME_PIECE = r"(?:[A-Z]['’])?[A-Z][a-z][\w'’]*"
_BYLINE_NAME = re.compile(rf"(?<![\w-])(?!By\s){_NAME_PIECE}(?:(?:\s+|\s?-\s?)(?:(?!{_MONTH}\s+\d){_NAME_PIECE}\.?|[A-Z]\.|de|van|"
                          rf"von|den|der|da|bin|al)){{1,3}}(?=[ \t]*(?:[;(),/|\n]|\band\b|\bin\b|$)|\s+{_MONTH}\s+\d|{_AGO}|"
                          # "By Ann Lee and Bo Roe ATHENS (Reuters) -": the dateline in capitals; "REUTERS/Eric Roe By
                          # Ann Lee": the story's credit after a photograph's
                          r"\s+[A-Z]{3,}(?:\s+[A-Z]{2,})*,?\s+\(|\s+By\s)")
#: A credit a title-cased headline ran into, then when the story went up: "Ford Posts Record Profits By Ann Lee 36
#: minutes ago", "... By Ann Lee Jul 12, 2015".
_BYLINE_RUN_IN = re.compile(rf"(?<=\S )By\s+(?={_NAME_PIECE}(?:\s+{_NAME_PIECE}){{1,2}}(?:{_AGO}|\s+{_MONTH}\s+\d))")
#: A reporter's city after the name in a credit: "Mark John in Paris, ...".
_CREDIT_CITY = re.compile(r"^\s+in\s+[A-Z][\w.'’-]*(?=\s*(?:,|\band\b))")
#: A credit in capitals, before its paper or the end of the line, a title run into it or not: "Weather Radar
#: on Mount Ashland By RYAN PFEIL - MAIL TRIBUNE".
_BYLINE_CAPITALS = re.compile(r"(?:^|(?<=[\s(…]))[Bb]y:?\s+([A-Z]['’A-Z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z]['’A-Z-]+){1,2})"
                              r"(?=\s+[-–—|]\s|[ \t]*(?:[;(),/|\n]|$))")
#: A credit's given name and surname, then the capitalised word the story opens with: "Photo: Nick Moir Australians",
#: "By Ann Lee Kenya's business leaders".
_BYLINE_PAIR = re.compile(rf"({_NAME_PIECE})\s+{_NAME_PIECE}(?=\s+[A-Z][a-z]+(?:['’]s)?\s+[a-z])")
#: The hyphenated half of a name's last word, lower case in East Asian given names ("Moon Jae-in", "Tsai Ing-wen");
#: not a word compounded onto a name ("Obama-era", "Abe-led").
_LAST_HALF = (r"(?:-(?:[A-Z][a-z]+|(?!(?:era|led|based|backed|born|style|like|linked|owned|run|controlled|appointed|"
              r"type|esque|ite|ites|ism|ist|ists|friendly|free|related|made|built)\b)[a-z]+))?")
#: An office before a name: "Energy Minister Subroto", "President Reagan", "Finance Minister Kiichi Miyazawa".
_OFFICE_NAME = re.compile(r"\b(?:President|Prime Minister|Premier|Chancellor|Secretary|Minister|Senator|Sen\.|Rep\.|"
                          r"(?:Opposition|Majority|Minority) Leader|"
                          r"Representative|Congressman|Congresswoman|Governor|Gov\.|Judge|King|Queen|Prince|Sheikh|"
                          r"Ayatollah|Pope|Mayor|Ambassador)\s+((?:[A-Z]\.\s*)*[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
                          r"(?:\s+(?:(?:de|van|von|den|der|da|du|le|la|bin|al)\s+)?[A-Z][a-z]+" + _LAST_HALF + r")?)\b"
                          r"(?!\s+[A-Z])")
#: "West Virginia Fire", "Santa Barbara": the given name is inside a place's or a company's name.
_CAPITAL_BEFORE = re.compile(r"\b(?:West|East|North|South|New|San|Santa|St\.?|Fort|Port|Lake|Mount|Cape|Upper|Lower|"
                             r"Great|Little|Old|Saint|Sainte|Los|Las|El|La)\s$")
#: Words after an office that are no name: "Secretary General", "President Elect".
_OFFICE_GOES_ON = {"general", "elect", "designate", "emeritus", "of", "for", "and", "the", "in", "at", "on"}
#: Words before "government" or "Administration" that are no head of it.
_NOT_HEADS = {"the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "federal", "state", "local",
              "city", "provincial", "regional", "central", "national", "military", "new", "coalition", "interim",
              "transitional", "previous", "current", "former", "last", "next", "labour", "labor", "conservative",
              "socialist", "communist", "minority", "majority", "democratic", "republican", "liberal", "civilian",
              "puppet", "rebel", "caretaker", "unity", "municipal", "county", "island", "territorial", "colonial",
              "imperial", "royal", "islamic", "s", "u", "and", "or", "but", "if", "when", "as", "which", "whose"}
_DEMONYM_LIKE = re.compile(r"(?:ian|ean|ese|ish|ch|i)$")  # "the Belgian government"
#: A people's adjective DEMONYMS lacks, before a plural a headline calls firms by ("Kenyan Firms", "Nigerian Banks")
_PEOPLE_ENDING = re.compile(r"(?:ian|ean|yan|ese|ish)$")
#: A government called by its head: "the Reagan Administration", "the Abbott government".
_HEAD_OF_GOVERNMENT = re.compile(r"\b([A-Z][a-z]+) (?:[Aa]dministration|government)\b")
def _written_inside(word: str, text: str) -> bool:
    """Whether a capitalised word stands somewhere in a text past a sentence's opening ("said Reagan", "President
    Reagan"): a name, where a word capitalised only to open a sentence is none ("Proposed government ...")."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        k = m.start()  # the character before it, past blanks and opening quotes (no copy of all the text before)
        while k > 0 and text[k - 1] in " \t\"“'‘(":
            k -= 1
        if text[k - 1 : k] not in ("", ".", "!", "?", "\n", ":"):
            return True
    return False


#: A capitalised word or a joint right before a word: "Burger King Worldwide", "Management and Public".
_NAME_GOES_ON_BEFORE = re.compile(r"(?:\b([A-Z][\w.'’-]*)|\band|&) $")
#: What makes a person's name a company's: "Charles Schwab Corp", "Arthur Young and Co", a ticker in
#: brackets; not a politician's party and state ("Nancy Smith (D - Calif.)", "(R-Texas)").
_COMPANY_AFTER = re.compile(r"\s*(?:,\s*)?(?:and\s+Co\b|&|Inc\b|Corp\b|Co\b|Ltd\b|LLC\b|LLP\b|L\.?P\.?(?!\w)|Limited\b|"
                            r"Incorporated\b|Corporation\b|Group\b|PLC\b|plc\b|"
                            r"Holdings\b|Associates\b|Partners\b|Securities\b|Sons\b|\((?![DRI]\s?-\s?[A-Z]))")
#: A capitalised word right before a name, and one right after it: "from Khoo Teck Puat"
_RUN_WORD_BEFORE = re.compile(r"(?<![\w.&'’-])([A-Z][\w&-]*) $")
_RUN_WORD_AFTER = re.compile(r" [A-Z][\w&-]*")
#: Capitalised words that lead names without being part of them (as ``graph.nodes`` reads them)
_LEADS = vocabulary("lead_words") | vocabulary("states") | vocabulary("title_words") | vocabulary("headline_words")
#: An adjective made with a hyphen, which leads a name: "Paris-based", "Japanese-owned"
_HYPHENED_ADJECTIVE = re.compile(r"-[a-z]")
#: What a bracket after a name holds, up to its end.
_BRACKETED = re.compile(r"\s*([^()\n]{1,40}?)\s*\)")


def _firm_after(text: str, end: int) -> bool:
    """Whether a legal form or a bracket right after a name makes it a firm's. A bracket that holds a place,
    a number or words of the sentence ("Kyaw Thu (Myanmar)", "Ann Roe (202-939-3100)", "Norman Lamont (now
    Lord Lamont)", a filing's "Arthur L. Lomax (incorporated by reference to Exhibit 10.8 to our Form 10-Q ...)")
    is no ticker's or short form's."""
    m = _COMPANY_AFTER.match(text, end)
    if m is None or not m.group(0).endswith("("):
        return m is not None
    inside = _BRACKETED.match(text, m.end())
    if inside is None:
        return not text[m.end() : m.end() + 2].lstrip()[:1].islower()
    held = inside.group(1)
    low = held.lower().removeprefix("the ")
    return not (held[:1].isdigit() or held[:1].islower() or low in places() or low in DEMONYMS)


#: A name and, set after it by a comma, an age or what only a person is: "Coral Lansbury, the English literature
#: academic and novelist", "Amit Roe, 45, said", "Ann Lee, a billionaire entrepreneur"; not a firm's trade ("a
#: fund manager", "the adviser to ...": a firm is one too).
_APPOSED_PERSON = re.compile(
    r"(?<![\w&.'’-])([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\s+(?:[A-Z]\.\s*)?(?:[A-Z]'|Ma?c)?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)"
    r"(?:,\s+(?:\d{2},|(?:the|a|an|his|her)\s+(?:[\w-]+\s+){0,4}?(?:academic|novelist|author|writer|journalist|"
    r"reporter|columnist|economist|analyst|strategist|lawyer|attorney|actor|actress|singer|spokesman|spokeswoman|"
    r"chairman|chairwoman|co-?founder|professor|minister|senator|politician|billionaire|entrepreneur|daughter|"
    r"wife|husband|mother|father|widow|electrician|farmer|student|lawmaker|congressman|"
    r"congresswoman|mayor|chief executive|ceo|cfo)\b|"
    # "Istvan Nagy, a senior Finance Ministry official responsible for ...", "said Delfin Ganapin, a Philippine
    # government consultant on ...": a person's post, the noun ending the phrase (not "the official broker")
    r"(?:the|a|an|his|her)\s+(?:[\w-]+\s+){0,4}?(?:official|consultant|aide|delegate|commissioner|envoy|negotiator)"
    r"(?=\s*[,.;]|\s+(?:of|in|at|for|with|who|responsible|said|told|on)\b))|"
    # "Reshma Patel joined as the president and chief executive officer of ...", "Padma Rao, ..., is the founder
    # and CEO of ...": a firm's head, told by a copula after the name
    r"(?:,[^,;]{1,80},)?\s+(?:is|was|has\s+been|had\s+been|became|joined\s+as)\s+(?:the|its|our|their)\s+"
    r"(?:(?:[\w-]+\s+){0,3}?(?:and|&)\s+)?(?:co-?founder|founder|chairman|chairwoman|chairperson|president|"
    r"chief\s+(?:executive|financial|operating|technology)|ceo|cfo|coo|managing\s+director|general\s+counsel)\b)")
#: An East Asian name, the surname first and the given name's second syllable in lower case after a hyphen:
#: "Tsai Ing-wen", "Moon Jae-in", "Lee Jae-yong"; not a compound of a name ("Hong Kong-based", "New York-area").
_HYPHENED_GIVEN = re.compile(r"(?<![\w&.'’-])([A-Z][a-z]{1,4})\s+[A-Z][a-z]{1,5}-(?!(?:era|led|based|backed|born|style|"
                             r"like|run|owned|made|built|free|wide|type|level|area|elect|listed|sized|scale|bound|only|"
                             r"linked|ites?|isms?|ists?)\b)[a-z]{2,5}(?![\w'’-])")
#: A legislator's name and party in brackets: "Jane Roe (D - Ore.)", "John Doe (R-Texas)".
_PARTY_AFTER = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+(?:[A-Z]'|Ma?c)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
                          r"\s*\([DRI]\s?-\s?[A-Z]")  # no closing bracket: "Md." may end the sentence read
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame|Prof)\.?\s+((?:Ma?c)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
                     r"(?:\s+(?:[A-Z]\.\s*)*(?:Ma?c)?[A-Z][a-z]+" + _LAST_HALF + r")?)\b")
#: Offices a lord or a lady holds, written as an honorific and a name would be: "Lord Mayor", "Lord Chancellor".
_LORD_OFFICE = re.compile(r"(?:Lord|Lady)\s+(?:Mayor|Chancellor|Chief|Justice|President|Provost|Speaker|Lieutenant|"
                          r"Advocate|Privy|Chamberlain|Commissioner)\b")
_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "prof", "professor", "mme", "m", "herr"}
_HONORIFIC_WORD = r"(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame|Prof)"
_HONORIFIC = re.compile(rf"{_HONORIFIC_WORD}\.?\s", re.I)
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
#: A surname and a generation's suffix ending a name: "Laurence Crink Jr", "Busch III" ("II" and "IV" number funds
#: and models too: "Venture Partners II", "Mark IV").
_GENERATION_ENDS = re.compile(r"(?<![\w&.'-])((?:[A-Z]'|Ma?c)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?),?\s+(?:Jr|Sr|III)\.?$")


#: A writer's disclosure of holdings after a name: "Asit Sharma has no position in any stocks mentioned".
_DISCLOSED = re.compile(r"(?<![\w&.'’-])([A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){1,2}) (?:has no position in\b|"
                        r"owns shares of\b|has no positions in\b)")


def _person_key(name: str) -> str:
    """What two forms of a person's name are compared by: "Edward R. Muller" = "edward r muller"."""
    words = _clean_person(name).lower().replace(".", " ").replace(",", " ").split()
    while len(words) > 1 and words[-1] in _NAME_SUFFIXES:
        words.pop()
    return " ".join(words)


def _person_ok(name: str) -> bool:
    """Whether a name the model calls a person can be one."""
    words = name.lower().replace(".", " ").split()
    if not words or any(w in _NOT_IN_NAMES for w in words) or name.lower() in places():
        return False
    if words[0] == "the" or ".com" in name.lower():
        return False  # "The Hill", "Ratings Network.com": a title or a web site
    if words[-1] in vocabulary("title_words") and words[0] not in vocabulary("given_names"):
        return False  # "Kurt Viermetz, Worldwide Treasurer of Acme": an office, where "Howard Head" is a name
    if any(c.isdigit() for c in name) or any(len(w) == 1 and w.islower() for w in name.split()):
        return False  # "Pier 1", "Manchester United 10", "Stratasy s": a shop's or a shirt's number, a word cut
    if any(w in vocabulary("headline_words") and w not in _NAME_JOINERS for w in words[1:]):
        return False  # "Blackstone In Big Deal": a headline, not a name
    caps = [w.isupper() for w in name.replace(".", " ").split() if len(w) > 1 and w.lower() not in _NAME_SUFFIXES]
    if any(caps) and not all(caps):
        return False  # "Emily Stephenson WASHINGTON", "Suzhou QHDC": a dateline or an acronym ran into it
    judged = not_companies()
    category = judged.category(name)
    if category is not None and len(words) > 1 and judged.words.get(words[0]) == category and \
            name_key(name) not in judged.names and judged.category(name.split(None, 1)[1]) is None:
        return True  # "Bill Gates": a given name that is also a thing's word ("the farm bill") opens it
    return category is None or category == "outlet"


#: A name a flattened page glued to itself: "About Philippe TorresPhilippe Torres provides".
_GLUED_TWICE = re.compile(r"^([A-Z][\w'’-]*(?: [A-Z][\w'’.-]*)+)\1$")


def _names_a_person(name: str) -> bool:
    """Whether no word of a name is one no person's name holds ("Bowlus Road Chief", "Leadership Team")."""
    return not any(w in _NOT_IN_NAMES for w in name.lower().replace(".", " ").split())


#: A hyphen web copy wrote with spaces inside a name: "Kim Kyung - Hoon", "Robert - Jan".
_SPACED_HYPHEN = re.compile(r"(?<=[^\W\d_]) ?- ?(?=[A-Z])")


#: Offices a filing writes right after a name, capitalised, that no surname is.
_OFFICE_RUN_IN = {"chairman", "chairwoman", "chairperson", "president", "ceo", "cfo", "coo", "executive", "officer",
                  "director", "treasurer", "secretary", "vice", "controller"}


#: A middle initial or a generation's suffix, which no caption's second credit is: "L.", "Jr.", "III".
_INITIAL_OR_SUFFIX = re.compile(r"[A-Z]\.?|(?:Jr|Sr)\.?|I{2,3}|IV")


def _clean_person(text: str) -> str:
    text = re.sub(r"(?:'s|')$", "", text.strip())
    text = _SPACED_HYPHEN.sub("-", text)
    words = text.split(" ")
    # "By Andrew Roe Comments Economic statisticians": the page's furniture and the story ran into a byline;
    # "Prof. Adei By Adnan Mohammed": a headline's name ran into the byline after it
    cut = next((k for k in range(1, len(words)) if words[k] == "By" or
                k > 1 and words[k].lower() in vocabulary("furniture_words")), None)
    # "David Simon Chairman of the Board", "Mr. Olafsson Executive Vice President": a filing's signature or
    # list of officers runs the office into the name (a given name and a surname kept, or the honorific's surname)
    office = next((k for k in range(2, len(words)) if words[k].istitle() and
                   words[k].lower() in _OFFICE_RUN_IN), None)
    if office is not None and (cut is None or office < cut):
        cut = office
    # "Eric Roe Joshua Lee / For The Times": a caption's two credits run together
    # (not "Clifford L. Alexander Jr.": an initial and a generation's suffix are one person's name)
    if cut is None and len(words) == 4 and all(w.istitle() for w in words) and \
            all(_unaccented(words[k].lower()) in vocabulary("given_names") for k in (0, 2)) and \
            not any(_unaccented(words[k].lower()) in vocabulary("given_names") for k in (1, 3)) and \
            not any(_INITIAL_OR_SUFFIX.fullmatch(words[k]) for k in (1, 3)):
        cut = 2
    text = " ".join(words[:cut])
    text = _GLUED_TWICE.sub(r"\1", text)
    text = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+", "", text)
    return text.strip(" ,.")


# --- one document's names --------------------------------------------------------------------------

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}s?|[A-Z](?:\.[A-Z])+\.?")
_INITIAL_SKIP = {"of", "and", "the", "&", "de", "del", "della", "di", "du", "des", "la", "le", "y", "e", "et", "und",
                 "fur", "für", "van", "von", "der", "for", "in", "on", "a"}
#: What wire copy writes after a name to give its short form: "Banca Nazionale del Lavoro (BNL)",
#: "Banca Nazionale Del Lavoro - BNL", "Trans World Airlines Inc, TWA,"; past the wire's mark, in brackets:
#: "<International Digital Communications Planning Inc> (IDC)".
_SHORT_AFTER = re.compile(r"(?:>(?=\s*\())?\s*(?:<[^<>]{0,12}>\s*)?(?:\(|[-–]\s|,\s)\s*(?:the\s+)?([A-Z][\w&.'-]{0,14}(?:\s[A-Z][\w&.'-]*){0,2})"
                          r"\s*(?:\)|,|\s[-–])")


#: A stock quote after a name: "(LSE: ARM.L - news)", "(NASDAQ: STBA)", "(Xetra: A1G.DE - news)", "[LON: GLEN]".
_TICKER_AFTER = re.compile(r"\s*[(\[](?:[A-Z][\w ]{0,15}:\s*)([A-Z0-9][A-Z0-9.-]{0,11})(?:\s+-\s+news)?[)\]]")
#: A ticker written bare after a full legal name, before the sentence goes on: "PACCAR Inc. PCAR has" (not a
#: name that opens the next line: "president of IBM World Trade Corp.\nIBM said").
_BARE_TICKER_AFTER = re.compile(r"\.?[ \t]+([A-Z]{2,5})[ \t]+(?=[a-z])")
#: A legal form right after where a name read ends: "General Motors" of "General Motors Corp's"; so is "Group",
#: with or without one: "Vanguard" of "The Vanguard Group said" is the fund manager, not the newspaper.
_LEGAL_AFTER = re.compile(rf"(?:\s+Group\b(?![-'’])(?!\s+of\b))?(?:{_SUFFIXES_AFTER}+(?![\w&])|(?<=Group)(?![\w&]))")
#: A government called by its head, right after the head's name: "the Abbott government".
_GOVERNMENT_AFTER = re.compile(r"\s+(?:[Aa]dministration|[Gg]overnment)\b")
#: An indefinite article right before a name: "a ULIP", "an HSA".
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])[Aa]n?\s+$")
#: A lower-case "the" right before a name, mid-sentence: "a tour of the Hevea Wood Operation Factory".
_THE_BEFORE = re.compile(r"(?<![\w-])the\s+$")
#: Words of a firm's name or of what the news calls a firm: a name holding one is a firm's even written only
#: after "the" ("the Bank of China", "the London Stock Exchange", "the Vanguard 500 Index Fund").
_FIRM_WORDS = _BUSINESS_WORDS | _FIRM_NOUNS | _PART_NOUNS | _INSTITUTION_NOUNS | frozenset(
    LEGAL_FORMS) | frozenset({"exchange", "exchanges", "bourse", "clearing", "fund", "funds", "etf", "etfs", "trust",
                              "trusts", "society", "bank", "banks", "assurance", "works", "co", "cos", "corp"})
#: Up to four lower-case words right after a name (after its possessive, if any).
_WORDS_AFTER = re.compile(r"(?:['’]s?)?((?:\s+[a-z][a-z-]*){1,4})")


def _firm_word(word: str) -> bool:
    """Whether a word, lower case, is a firm's ("bank", "Landesbank", "exchange", "holdings")."""
    return word in _FIRM_WORDS or word.endswith("bank")


def _firm_word_after(text: str, end: int) -> bool:
    """Whether a noun of a firm or of its parts follows a name, a few words of what it does between: "the
    Fairchild Republic unit's president", "the Capco group", "the Reed business", "the Samarco iron ore
    operation", "the Airbus Industrie aircraft consortium"."""
    words = _WORDS_AFTER.match(text, end)
    if words is None:
        return False
    after = words.group(1).split()
    return _firm_word(after[0]) or any(w in _KIND_AFTER or w in _PART_NOUNS or w in _FIRM_NOUNS for w in after)


#: Last words of railroads' and utilities' names, which the news writes after "the": "the Burlington Northern",
#: "the Kansas City Southern", "the Southern Pacific".
_LINE_ENDINGS = frozenset({"northern", "southern", "western", "eastern", "pacific", "central"})
#: What the news calls a firm or its part after its name, beyond the firm nouns: "the Capco group".
_KIND_AFTER = frozenset({"group", "groups", "company", "companies", "firm", "firms", "business", "businesses",
                         "consortium", "chain", "chains", "venture", "ventures", "partnership", "network", "networks",
                         "operation", "operations", "concern", "empire", "outfit", "startup", "start-up", "label",
                         "airline", "carrier", "studio", "publisher", "brokerage",
                         # a deal named after its party: "the Petrolifera acquisition", "the Adelphia and Time Warner
                         # transactions"
                         "acquisition", "acquisitions", "transaction", "transactions", "merger", "takeover", "buyout",
                         "deal", "bid", "purchase"}) | frozenset(w for w in vocabulary("owned_words") if " " not in w)
#: What follows a name that no noun of its own follows: a stop, or a word that opens a phrase or a clause.
_NO_NOUN_AFTER = re.compile(r"\s*(?:[?.,;:!)]|$|(?:in|like|for|with|that|which|or|and|is|was|to|from|at|on)\b)")
#: A model's code: capitals and digits, both ("S6", "A350", "825SL").
_MODEL_CODE = re.compile(r"(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{2,6}")
#: A maker's name and a model's code right before a name: "the Boeing 787 Dreamliner", "an Airbus A380 Superjumbo".
_MODEL_BEFORE = re.compile(r"(?<![\w&.'-])([A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*)?)\s(?:[A-Z]{0,3}\d{2,4}[A-Z]{0,3})(?:-\d+)?\s+$")
#: The one a speaker told something, right before a name: "he told Fairfax Media", "told the ABC".
_TOLD_BEFORE = re.compile(r"\btold\s+(?:the\s+)?$")
#: Where a news outlet is a business, not the source of a report: a place people work at ("many at the Financial
#: Times"), what organises, hosts or owns ("an event organised by The Economist"), its staff or a person of it
#: after its possessive ("The Australian Financial Review's political editor", "CNN's Anderson Cooper").
_OUTLET_AT = re.compile(r"\b(?:at|organi[sz]ed\s+by|hosted\s+by|sponsored\s+by|owned\s+by|run\s+by|publisher\s+of|"
                        r"owner\s+of|journalists?\s+(?:at|on|with)|staff\s+(?:at|of))\s+(?:the\s+)?$")
_OUTLET_OWNS = re.compile(r"(?:['’]s?)?\s+(?:(?:[a-z]+|[A-Z][a-z]+)\s+)?(?:editors?|journalists?|staff|owners?|newsroom|"
                          r"publisher|chief\s+executive|chairman|board)\b|(?:['’]s)?\s+[A-Z][a-z]+\s+[A-Z][a-z]+\b")
#: A newsletter right after a name, a few words that qualify it between: "the Oil World newsletter",
#: "MarketBeat.com's FREE daily email newsletter" (not "Acme said in its newsletter").
_NEWSLETTER_AFTER = re.compile(r"(?:['’]s)?(?:\s+(?!(?:said|says|in|its|their|the|a|an|to|of|for|and|by|on|with|"
                               r"from|is|was)\b)[\w-]+){0,3}\s+newsletters?\b")
#: A list of brands or of a maker's goods: "brands such as", "brands, including", "whose brands include", "initiatives
#: such as Apple Watch, Apple Pay and Apple Music", "products, including Ovustick Self-Test and Advance", "drugs like
#: AZT"; the list runs to a clause's end. Not services, platforms or apps, which modern copy names firms as.
_BRANDS_LISTED = re.compile(r"\b(?:brands|products|initiatives|offerings|devices|drugs|medicines|therapies|vaccines),?\s+"
                            r"(?:such\s+as|including|like|include|as)\s+")
#: A list of projects or programmes: "projects such as", "such projects as", "programs including"; what it names are
#: a customer's undertakings ("services to aid the operations of such projects as Spacelab"), no firms.
_PROJECTS_LISTED = re.compile(r"\b(?:(?:projects|programs|programmes|missions),?\s+(?:such\s+as|including|like)|"
                              r"such\s+(?:projects|programs|programmes|missions)\s+as)\s+")
#: A list of brands its owner writes before the word: "across its MakerBot, Objet, and Stratasys brands", "their
#: Magnum and Cornetto brands"; the owner's possessive makes each name a brand, not the firm that owns it.
_BRANDS_BEFORE = re.compile(r"\b(?:its|their)\s+([A-Z][\w&'’.-]*(?:(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s+)"
                            r"[A-Z][\w&'’.-]*){0,8}),?\s+brands\b")
#: A clause's end, or a bracket a list holds ("brands such as Magnum (BSE: MAGNUML.BO - news) and Ben & Jerry's"):
#: a ticker's colon in it ends no list.
_LIST_END = re.compile(r"\([^()]{0,60}\)|[;:!?]|\.(?:\s|$)|,\s+(?!and\b|or\b)[a-z]")
#: A short form given for what a firm's possessive names: "Doxim's Customer Engagement Platform (“ CEP ”)".
_OWNED_SHORT = re.compile(r"(?<![\w&.-])([A-Z][\w&-]*(?: [A-Z][\w&.-]*)*)['’]s\s+(?:[A-Z][\w-]+\s+){1,5}"
                          r"\(\s*[“\"]?\s*([A-Z]{2,6})\s*[”\"]?\s*\)")
#: What follows an exchange's name that only labels a ticker: "(LSE: ARM.L", "(NasdaqGS: AAPL", "(NASDAQ Other: VWAGY".
_EXCHANGE_LABEL = re.compile(r"(?:\s+Other)?\s*:\s*[A-Z0-9]")
#: "per" right before a name, and a firm's share after one: "one dlr per CWT", not "11 dlrs per Calny share".
_PER_BEFORE = re.compile(r"(?<![\w-])[Pp]er\s+$")
_SHARE_AFTER = re.compile(r"\s+(?:shares?|ordinary|common|stock)\b")
#: A market named only to say where another firm's shares trade: "Nasdaq-listed Zynga", "NYSE - traded".
_LISTED_AFTER = re.compile(r"\s?-\s?(?:listed|traded|quoted)\b")
#: ", Texas", ", N.Y.", ", New Mexico" right after a name; a state is checked against ``states.txt``
_TONNAGE_AFTER = re.compile(r"\s*\(\s*[\d,.]+\s*(?:tonnes\s+)?(?:dwt|grt|deadweight)\b", re.I)
_STATE_AFTER = re.compile(r",\s+((?:[A-Z][a-z]*\.){1,2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?![\w])")
#: A site's noun after a town's state, a word or two describing it before: ", paper mill", ", pulp and paper mill".
_SITE_AFTER = re.compile(r",?\s+(?:[a-z]+\s+(?:and\s+[a-z]+\s+)?)?(?:" +
                         "|".join(sorted(map(re.escape, vocabulary("thing_words")), key=len, reverse=True)) + r")\b")
#: An all-capitals name right before a lower-case word: "RBD olein", "CIF prices"
_WORD_AFTER = re.compile(r"\s([a-z]+)\b")
#: ", a partner with", ", an economist at": what a person is at a firm, right after the person's name
_OFFICE_AFTER = re.compile(r",\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+(?:with|at)\s")


#: What makes the name right after it a product's or a process's: "its patented UV waterworks unit".
_PATENTED_BEFORE = re.compile(r"\b(?:patented|proprietary|trademarked)\s+$")


def _trademarked(text: str, written: str) -> bool:
    """Whether ``text`` writes ``written`` with a trademark sign right after it: "MoneyGuidePro®"."""
    return re.search(rf"(?<![\w&.'-]){re.escape(written)}\s?[®™]", text) is not None


def spelt_in(letters: str, name: str) -> bool:
    """Whether ``letters`` come in ``name`` in their order, case folded: "PCAR" in "PACCAR"."""
    rest = iter(name.lower())
    return all(c in rest for c in letters.lower())


def _only_before_an_office(text: str, entities, name: str) -> bool:
    """Whether every place a name is written is right before what a person is at a firm ("Buchheit, a
    partner with Cleary, Gottlieb"): "with" and "at" a firm, where a company is "a partner in" or "a
    member of" one."""
    offices = vocabulary("title_words") | vocabulary("profession_words")
    spots = [e.end for e in entities if e.kind is EntityKind.COMPANY and e.name == name]
    return bool(spots) and all((m := _OFFICE_AFTER.match(text, end)) and m.group(1) in offices for end in spots)


#: Lower-case words no company name opens with: a name that does was cut from a longer one
_CUT_OPENINGS = {"and", "&", "of", "for"}


def initials_of(words: list[str]) -> set[str]:
    """The acronyms a name can have: "Trans World Airlines" TWA, "National Iranian Oil Co" NIOC and NIO,
    "Banca Nazionale del Lavoro" BNL (and BNDL)."""
    words = [w for w in re.split(r"[\s-]+", " ".join(words)) if w]
    out = set()
    for skip in (True, False):
        kept = [w for w in words if not (skip and w.lower() in _INITIAL_SKIP)]
        if len(kept) >= 2:
            out.add("".join(w[0] for w in kept).upper())
            # "AmeriFirst", "GenCorp": each capital of a word written in camel case
            out.add("".join(c for w in kept for c in (w if w[1:] and any(x.isupper() for x in w[1:]) else w[0])
                            if c.isupper() or c.isdigit()).upper())
    # "H.C. Holdings Inc ... HC's common equity": a name opening with initials is written by them alone
    if len(words) >= 2 and re.fullmatch(r"(?:[A-Z]\.){2,}", words[0]):
        out.add(words[0].replace(".", ""))
    return out


def _is_acronym(name: str) -> bool:
    return bool(_ACRONYM.fullmatch(name)) and sum(c.isupper() for c in name) >= 2


def _full_name_in(text: str, surname: str, gaz: Gazetteer, english: frozenset[str]) -> str | None:
    """The one two-word name of a surname the text writes: "Katie Walsh" or, the surname first, "Zhao Weigou"
    for "Walsh", "Zhao"; the other word no English word, place, people, office or known company."""
    s = re.escape(surname)
    found = set()
    pair = re.compile(rf"(?<![\w'’.-])(?:([A-Z][a-z]+)\s+{s}|{s}\s+([A-Z][a-z]+(?:-[a-z]+)?))(?![\w'’-])"
                      r"(?:\s+([A-Z][a-z]+))?")
    for m in pair.finditer(text):
        other = m.group(1) or m.group(2)
        low = other.lower()
        if m.group(3) and m.group(3).lower() not in english:
            continue  # "Ann Lee Roe": three names (not "Ann Lee Foreign companies": a credit run into the story)
        if low in english or low in places() or low in DEMONYMS or low in _HONORIFICS or low in _MONTHS_DAYS or \
                low in vocabulary("title_words") or low in vocabulary("headline_words") or \
                gaz.lookup(other) is not None or _HONORIFIC_BEFORE.search(text, 0, m.start()):
            continue
        name = _clean_person(f"{m.group(1)} {surname}" if m.group(1) else f"{surname} {m.group(2)}")
        if _person_ok(name) and _names_a_person(name):
            found.add(name)
    return found.pop() if len(found) == 1 else None


def resolve_document(ex, text: str, gaz: Gazetteer, english: frozenset[str] = frozenset(), title: str = "") -> None:
    """One node per company and person in a document: short forms, acronyms and surnames bound to
    the name given in full ("AmSouth Bancorp ... Amsouth", "Banca Nazionale del Lavoro (BNL)",
    "Edward R. Muller ... Mr. Muller"), a surname taken for a company given back to its person,
    news outlets only cited as sources or told something dropped, and brands marked as trademarks.
    Relationships follow the names; a company's relationship with itself goes."""
    _headline_fragments(ex, gaz)
    _unplaced(ex, gaz)
    _hyphen_joined(ex, text, gaz, english)
    # (not a name the document also gives a company: "Mr. Royall ... a partner in Royall Fleschler" is no
    # Royall Fleschler)
    firm_names = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}
    founders = _founders_named(ex, text, firm_names)
    people_full = [e.name for e in ex.entities if e.kind is EntityKind.PERSON and " " in e.name and
                   (e.name not in firm_names or e.name in founders)]
    people_full = list(dict.fromkeys(people_full))
    by_key: dict[str, set[str]] = {}
    for p in people_full:
        key = _person_key(p)
        by_key.setdefault(key, set()).add(p)
        by_key.setdefault(key.split()[-1], set()).add(p)
        words = key.split()
        if len(words) == 3 and all(len(w) > 1 for w in words):
            # "Apolonio Ruiz Ligero ... Ruiz Ligero said": two surnames; "Khoo Teck Puat ... Khoo is": the
            # surname first
            by_key.setdefault(" ".join(words[1:]), set()).add(p)
            if _unaccented(words[0]) not in vocabulary("given_names"):
                by_key.setdefault(words[0], set()).add(p)
        elif len(words) > 2 and len(words[0]) == 1:
            by_key.setdefault(" ".join(words[1:]), set()).add(p)  # "H. Ross Perot ... Ross Perot"
        # "Anibal Teixeira de Souza ... Teixeira replaces": the surname before the particle of a second one
        for k in range(2, len(words) - 1):
            if words[k] in _SURNAME_PARTICLES:
                by_key.setdefault(words[k - 1], set()).add(p)
                break

    surnames = tuple(k for k in by_key if " " not in k and len(k) >= NAME_SLIP_MIN)

    def person_of(name: str, slip: bool = False) -> str | None:
        fits = by_key.get(_person_key(name), set())
        if not fits and slip and " " not in name and len(name) >= NAME_SLIP_MIN:
            # "Pre-Paid chairman Harland C. Stoneciphjer ... Stonecipher now owns": a surname taken for a company,
            # one slip from the one the person is named in full by (not a person's: "Reagan" is no "Donald Regan")
            # (both long, the first letter the same: "QSuper" is no slip of the "Super" of a fund read as a person)
            other = misspelling(_person_key(name), surnames, NAME_SLIP_MIN)
            fits = by_key.get(other, set()) if other and other[0] == _person_key(name)[:1] else set()
        return next(iter(fits)) if len(fits) == 1 else None

    person_rename: dict[str, str] = {}
    for e in ex.entities:
        if e.kind is EntityKind.PERSON and " " not in e.name:
            full = person_of(e.name)
            if full is None and e.name not in person_rename and \
                    (_HONORIFIC_BEFORE.search(text, max(0, e.start - 6), e.start) or _holds_an_office(text, e.start, e.end)):
                # "tech entrepreneur Zhao Weigou warned ... Mr Zhao said": the person named in full where no rule
                # read a name (a given name the list does not hold, the surname first); "Alexei Sergeyev told ...
                # Sergeyev, who works at": so is a surname the sentence says is a person's
                full = _full_name_in(text, e.name, gaz, english)
            if full is not None:
                person_rename[e.name] = full
        elif e.kind is EntityKind.PERSON and len(e.name.split()) == 2:
            # "Kelly Bayer Rosmarin ... Ms Bayer Rosmarin said": two surnames, the person named in full
            fits = by_key.get(_person_key(e.name), set()) - {e.name}
            if len(fits) == 1:
                person_rename[e.name] = fits.pop()
    # A company that is a person named in the document: "Reynolds" after "Ronald Reynolds"
    # (or with its legal form right after where the name read ends: "General Motors Corp's", a known name read
    # alone; written in full, it is no short form of a unit's name, "General Motors Acceptance Corp")
    legal = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY and
             (_LEGAL_NAME.search(e.text) or e.start < e.end and _LEGAL_AFTER.match(text, e.end))}
    # Names written in full somewhere, with a legal suffix or "Group": no short form of another
    suffixed = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY and
                len(e.text.replace(",", " ").split()) > len(e.name.split()) and
                e.text.lower().removeprefix("the ").startswith(e.name.lower()) or e.name in legal}
    companies = list(dict.fromkeys(e.name for e in ex.entities if e.kind is EntityKind.COMPANY))
    gone: set[str] = set()
    as_person: dict[str, str] = {}
    ends = {n for m in ex.mentions for n in (m.source, m.target)}
    # a person's surname the rules took for the company someone works at ("Jo Roe ... Abbott") is no deal's party
    deal_ends = {n for m in ex.mentions if m.source_kind is not EntityKind.PERSON for n in (m.source, m.target)}
    # People the text names by one name only, by an office or a title: "President Obama", "Mr Varoufakis"
    single = {e.name for e in ex.entities if e.kind is EntityKind.PERSON and " " not in e.name}
    # "since the Abbott government": a name written only before the government it heads is a person's
    heads = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY and " " not in e.name}
    for e in ex.entities:
        if e.kind is EntityKind.COMPANY and not _GOVERNMENT_AFTER.match(text, e.end):
            heads.discard(e.name)
    # names the source marks as companies ("<Carburos Metalicos> of Spain"): no person either
    marked = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY and text[e.start - 1 : e.start] == "<"}
    # names the source gives a ticker after ("Western Airlines <WAL>"): a listed firm's whole name
    ticked = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY and _WIRE_TICKER_AFTER.match(text, e.end)}
    # "funds management firm Allan Gray", "coffee chain Tim Hortons": a name what the news calls a firm stands before
    cued = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY and
            _FIRM_NOUN_BEFORE.search(text, max(0, e.start - 20), e.start)}
    for name in companies:
        # A known company's one-word name is a person's when the document names that person and never
        # writes the company out ("Tony Abbott ... Abbott", not "Abbott Laboratories")
        # ("Viessmann Group" is a company whoever is called Martin Viessmann)
        if name in legal or name in suffixed or name in marked or name in cued or \
                gaz.lookup(name) is not None and (" " in name or name in deal_ends):
            continue
        full = person_of(name, slip=True)
        if full is not None or _person_key(name) in by_key or name in single or name in heads or \
                " " not in name and gaz.lookup(name) is None and _only_before_an_office(text, ex.entities, name):
            as_person[name] = full or name
            gone.add(name)
    # "Zacks raised Acme to buy": a firm rating a stock is a party, even one the list calls an outlet; so is
    # one written with its legal form ("data provided by Morningstar, Inc."): no source is cited so
    raters = {form for n, _, _ in _rating_firms(text) for form in (n, gaz.canonical(n))}
    raters |= {e.name for e in ex.entities if e.kind is EntityKind.COMPANY and _HOLDS_AFTER.match(text, e.end)}
    # an outlet the story names otherwise than as its source is a business like any other: "an event organised by
    # The Economist", "at the Financial Times", "CNN's Anderson Cooper"
    acting = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY and
              (_OUTLET_AT.search(text, max(0, e.start - 30), e.start) or
               _POSSESSIVE_WORD.search(text[e.start : e.end + 2]) is not None and _OUTLET_OWNS.match(text, e.end))}
    for name in companies:
        if name not in ends and name not in raters and name not in legal and name not in acting and \
                not_companies().category(name) == "outlet":
            gone.add(name)  # "(Reuters) -", "told Bloomberg Television": the source, not a party
    gone |= set(companies) & _short_forms_of_bodies(text, gaz)
    # "Doxim's Customer Engagement Platform (CEP)": the short form of what a firm owns is a product's, a
    # unit's or a body's, no firm's name
    owned = {m.group(2): m.group(1) for m in _OWNED_SHORT.finditer(text)}
    gone |= {n for n in companies if n in owned and n not in legal and gaz.lookup(n) is None}
    # "(LSE: ARM.L - news)", "(NASDAQ: STBA)": the exchange only labels a ticker there; "Nasdaq-listed Zynga":
    # only says where another firm's shares trade
    gone |= _only_where(ex, lambda e: bool(_EXCHANGE_LABEL.match(text, e.end)) and
                        text[max(0, e.start - 1) : e.start] == "(" or
                        e.name not in legal and bool(_LISTED_AFTER.match(text, e.end)))
    # "one dlr per CWT", "5.45 dlrs per ADR": an acronym after "per", no share of a firm after it, is a unit
    # of measure
    gone |= _only_where(ex, lambda e: _ACRONYM.fullmatch(e.text) is not None and
                        _PER_BEFORE.search(text, max(0, e.start - 5), e.start) is not None and
                        not _SHARE_AFTER.match(text, e.end))
    # "he told Fairfax Media.", "told the ABC": the one a speaker told is the reporter's outlet, no party
    # (a firm told of a deal is written in full: "told Harwick Iron Ltd it would buy"); so is a newsletter
    # named only so ("the Oil World newsletter", a page footer's "MarketBeat.com's FREE daily email newsletter");
    # "MoneyGuidePro® software": a name a trademark sign follows is a brand, a product, wherever else the text
    # writes it bare, unless the firm's legal name is given too
    told = _only_where(ex, lambda e: bool(_TOLD_BEFORE.search(text, max(0, e.start - 12), e.start)) or
                       bool(_NEWSLETTER_AFTER.match(text, e.end)))
    branded = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY and _trademarked(text, e.text)}
    # "its patented UV waterworks unit": so is a name written only right after what makes it a product or a process
    branded |= _only_where(ex, lambda e: bool(_PATENTED_BEFORE.search(text, max(0, e.start - 14), e.start)))
    gone |= {name for name in told if name not in ends and name not in legal}
    # "The men who bought the FT Tsuneo Kita, Chairman": a caption's person ran into the heading before it; a
    # name that ends in the full name of a person the story also calls by the surname alone ("Mr Kita") is no
    # firm's (not "KMG Main Hurdman", whose tail the model took for a person: "Main Hurdman agreed")
    apart = {e.name for e in ex.entities if e.kind is EntityKind.PERSON and " " in e.name and
             _clean_person(e.text).split()[-1:] == [e.name.split()[-1]] and " " not in _clean_person(e.text)}
    gone |= {name for name in firm_names if name not in legal and gaz.lookup(name) is None and
             any(name.endswith(f" {p}") for p in people_full if p in apart)}
    gone |= {name for name in branded if name not in legal and gaz.lookup(name) is None}
    # "Long - Mitchell have begun series production", a story of "Mr. Long" and "Ms. Mitchell": a name made only of
    # surnames the story writes after an honorific is those people's, no firm's
    titled = set(_TITLED_SURNAME.findall(text))
    gone |= {name for name in firm_names if name not in legal and gaz.lookup(name) is None and
             len(parts := _NAME_PARTS.split(name)) > 1 and all(p in titled for p in parts)}
    # "appointed President of Sales and Marketing", "Head of Legal and Business Affairs for DreamWorks": a name of
    # function words only, written only right after an office, is the office's department, no firm
    gone |= {name for name in _only_where(ex, lambda e: bool(_OFFICE_OF_BEFORE.search(text, max(0, e.start - 40),
                                                                                         e.start)))
             if name not in legal and gaz.lookup(name) is None and _function_words_only(name)}
    # "the Galaxy S6 Edge", "the Sterling 825SL": a name holding a model's code after its first word is a
    # product's; so is one written right after a maker's name and a model's code ("the Boeing 787 Dreamliner")
    def modelled(e) -> bool:
        after_model = (m := _MODEL_BEFORE.search(text, max(0, e.start - 40), e.start)) is not None and \
            any(gaz.lookup(n) is not None for n in (m.group(1), m.group(1).split()[-1]))
        return any(_MODEL_CODE.fullmatch(w) for w in e.text.split()[1:]) or after_model

    gone |= {name for name in _only_where(ex, modelled) if name not in legal and gaz.lookup(name) is None and
             name.split()[-1].lower() not in _BUSINESS_WORDS}
    # "owns brands such as Magnum and Ben & Jerry's", "its MakerBot, Objet, and Stratasys brands": names written
    # only in a list of brands or goods are products
    lists = _lists(text, _BRANDS_LISTED)
    if "brands" in text:
        lists += [m.span(1) for m in _BRANDS_BEFORE.finditer(text)]
    gone |= {name for name in _only_where(ex, lambda e: any(a <= e.start < b for a, b in lists))
             if name not in ends and name not in legal and gaz.lookup(name) is None}
    # "such projects as Spacelab, the Space Shuttle": names written only in a list of projects are projects, at
    # an end of a relationship too (a contractor serves the project's owner, not the project)
    projects = _lists(text, _PROJECTS_LISTED)
    gone |= {name for name in _only_where(ex, lambda e: any(a <= e.start < b for a, b in projects))
             if name not in legal and gaz.lookup(name) is None}
    # "its Corpus Christi, Texas refinery", "the IBM Poughkeepsie, N.Y., plant": a name written only
    # right before a state is the town, or a plant in it; "RBD olein and RBD oil": an all-capitals name
    # written only before lower-case words, one of them a good, is a grade of the good
    graded: dict[str, list[str]] = {}
    for e in ex.entities:
        if e.kind is EntityKind.COMPANY:
            word = _WORD_AFTER.match(text, e.end)
            graded.setdefault(e.name, []).append(word.group(1) if word else "")
    in_town = _only_where(ex, lambda e: (state := _STATE_AFTER.match(text, e.end)) is not None and
                          state.group(1).lower().rstrip(".") in vocabulary("states"))
    # (a known firm's name too where a site's noun follows the state: "its Snowflake, Ariz., pulp and paper mill")
    sited = _only_where(ex, lambda e: (state := _STATE_AFTER.match(text, e.end)) is not None and
                        state.group(1).lower().rstrip(".") in vocabulary("states") and
                        _SITE_AFTER.match(text, state.end()) is not None)
    # (not "Colonial Bank of Granite City, Ill.": a name holding what no town is called is a firm's, placed)
    gone |= {name for name in in_town if (name not in legal and gaz.lookup(name) is None or name in sited) and
             not any(w in _INSTITUTION_NOUNS for w in name.lower().split())}
    # "Japan Orchid (231,722 dwt), Sovereign (233,313 dwt)": a name written only before its tonnage is a ship's
    gone |= {name for name in _only_where(ex, lambda e: bool(_TONNAGE_AFTER.match(text, e.end)))
             if name not in legal and gaz.lookup(name) is None}
    gone |= {name for name, after in graded.items() if name.isupper() and gaz.lookup(name) is None and
             all(after) and any(w in vocabulary("goods") for w in after)}
    for name in companies:
        words = name.split()
        if words[0] in _CUT_OPENINGS or len(words) > 1 and all(w.isupper() for w in words[:-1]) and \
                words[-1].lower().rstrip(".") in vocabulary("states") and name not in legal:
            gone.add(name)  # "and Associates Inc" cut from "Sahlen and Associates"; "FARMINGTON Conn.", a dateline
        elif name.lower().rstrip(".") in vocabulary("states") and name not in legal and gaz.lookup(name) is None:
            gone.add(name)  # "a mine near Montgomery, W.Va.": the state alone
    gone |= {n for n in companies if n not in legal and gaz.lookup(n) is None and _names_a_service(n, english)}
    # "go in for a ULIP like ...", "What is an HSA?": a name only ever written after "a" or "an", with no noun
    # of its own after it, names a kind of thing ("a CBS television network" is the firm's)
    kinds = _only_where(ex, lambda e: bool(_ARTICLE_BEFORE.search(text, max(0, e.start - 4), e.start)) and
                        bool(_NO_NOUN_AFTER.match(text, e.end)))
    gone |= {n for n in kinds if n not in legal and gaz.lookup(n) is None}
    # "a tour of the Hevea Wood Operation Factory", "the IXSuite private exchange", "the Bantron Smoking Deterrent
    # Tablet", "the Farm Credit System": a name the text writes only after "the", never with a legal form nor as
    # a party to a deal, is a thing's, a place's or a body's; a firm is written bare, "Zorvex said", at least once.
    # Not a name holding a word of a firm's ("the Bank of China", "the London Stock Exchange", "the Vanguard 500
    # Index Fund"), nor one a firm's noun follows ("the Fairchild Republic unit", "the Capco group"), nor an outlet
    # (judged whole above)
    the_only = _only_where(ex, lambda e: bool(_THE_BEFORE.search(text, max(0, e.start - 5), e.start)) and
                           not _firm_word_after(text, e.end))
    gone |= {n for n in the_only if n not in legal and n not in ends and n not in cued and n not in marked and
             n not in ticked and gaz.lookup(n) is None and not_companies().category(n) != "outlet" and
             not _ACRONYM.fullmatch(n) and not any(_firm_word(w.strip(".'’")) for w in n.lower().split()) and
             n.split()[-1].lower() not in _LINE_ENDINGS}
    # "PC OEMs", "filed ANDAs": an acronym in the plural names a kind of thing, and a firm is one; "public sector
    # banks (PSBs)", "system-on-a-chip, or SoC,": an acronym the text spells out in lower-case words is a common
    # noun's, wherever else the text writes it
    plural = _only_where(ex, lambda e: bool(_PLURAL_ACRONYM.fullmatch(e.text)))
    spelt = _spelt_in_lower_case(text)
    # "The benchmark Stoxx Europe 600 Index rose", "Futures on China's CSI 300 Index": a name written only before
    # a count of stocks and "index" or "average" is the index's, a known firm's name too (a market's maker is no
    # party to what its index does)
    gone |= {n for n in _only_where(ex, lambda e: bool(_INDEX_AFTER.match(text, e.end))) if n not in legal}
    gone |= {n for n in companies if n not in legal and gaz.lookup(n) is None and
             (n in plural or n in spelt or n.endswith("s") and n[:-1] in spelt)}
    kept = [n for n in companies if n not in gone]
    rename: dict[str, str] = {}
    # One spelling per key: "GenCorp" and "Gencorp"
    first_of: dict[str, str] = {}
    for name in kept:
        first_of.setdefault(name_key(name), name)
    for name in kept:
        if first_of[name_key(name)] != name:
            rename[name] = first_of[name_key(name)]
    rename.update((k, v) for k, v in _groups_written_short(ex, gaz).items() if k in kept and k not in rename)
    rename.update((k, v) for k, v in _misspelt(ex, first_of, legal, gaz, title).items() if k not in rename)
    rename.update((k, v) for k, v in _respelt(kept, text, title).items() if k not in rename)
    partnered, whole_runs = _partnership_names(ex, text, gaz, english)
    rename.update((k, v) for k, v in partnered.items() if k in kept and k not in rename)
    joined, joined_runs = _joined_fragments(ex, text, gaz, english)
    whole_runs += joined_runs
    rename.update((k, v) for k, v in joined.items() if k in kept and k not in rename)
    rename.update((k, v) for k, v in _glued_pieces(ex, text, gaz).items() if k in kept and k not in rename)
    rename.update((k, v) for k, v in _tails_only(ex, text, kept, legal).items() if k not in rename)
    rename.update((k, v) for k, v in _second_written_alone(text, kept).items() if k not in rename)
    rename.update((k, v) for k, v in _founders_surname(kept, legal).items() if k in kept and k not in rename)
    rename.update((k, v) for k, v in _former_names(ex, text).items() if k in kept and k not in rename)
    rename.update((k, v) for k, v in _run_into(ex, text, kept, legal, gaz, english).items() if k not in rename)
    longs = [n for n in kept if n not in rename]
    # Acronyms: given beside the name ("Banca Nazionale del Lavoro (BNL)"), or the name's initials
    given: dict[str, str] = {}
    for e in ex.entities:
        if e.kind is not EntityKind.COMPANY or e.name in gone or " " not in e.name:
            continue
        m = _SHORT_AFTER.match(text, e.end)
        if m and m.group(1) != e.name and m.group(1).split()[0] not in e.name.split() and \
                gaz.canonical(m.group(1)) in (m.group(1), e.name) and \
                ("(" in text[m.start() : m.start(1)] or _is_acronym(m.group(1))) and \
                not (m.group(1).isupper() and m.group(1)[0] not in {w[0] for w in e.name.split()}):
            # "GM, Ford, and Volkswagen": a list's next firm, no short form; a short form set off by commas is
            # initials ("Banca Nazionale del Lavoro, BNL,"); capitals no word of the name opens with are another
            # name's: a venture's ("ATT Co and Philips Telecommunications BV (APT)"), a place's ("Mazda Motor
            # Manufacturing (USA)")
            given.setdefault(m.group(1), e.name)
    for e in ex.entities:
        # "ARM Holdings (LSE: ARM.L - news)", "Southwest Airlines (NYSE: LUV)": a ticker is an alias
        m = _TICKER_AFTER.match(text, e.end)
        if m is None and _LEGAL_NAME.search(e.text):
            # a bare ticker spells its firm's name ("PACCAR Inc. PCAR"), not a piece of one ("Automotive Inc. GPI")
            m = _BARE_TICKER_AFTER.match(text, e.end)
            m = m if m and spelt_in(m.group(1), e.name) else None
        if e.kind is EntityKind.COMPANY and e.name not in gone and m and m.group(1) != e.name:
            given.setdefault(m.group(1), e.name)
    for name in longs:
        if " " in name:
            # "IC Gas" after "Imperial Continental Gas Association", "CP Air" after "Canadian Pacific Air Lines":
            # initials and the words the long name goes on with (not a name written in full: "Sand Technology
            # Systems Inc ... Sand's affiliate in Detroit, ST Systems Inc")
            fits = {n for n in longs if n[0] == name[0] and n != name and
                    _acronym_and_words_of(name.split(), n.split())} \
                if _INITIALS_OPENING.match(name) and name not in suffixed else ()
            if len(fits) == 1:
                rename[name] = fits.pop()
            continue
        if name in given and given[name] in longs:
            rename[name] = given[name]
            continue
        if not _is_acronym(name):
            continue
        bare = name.replace(".", "").removesuffix("s") if name.endswith("s") and name[:-1].isupper() else \
            name.replace(".", "")
        fits = {n for n in longs if " " in n and bare in initials_of(_surface_words(ex, n)) | initials_of(n.split())}
        if len(fits) == 1:
            rename[name] = fits.pop()
    tied = {frozenset((m.source, m.target)) for m in ex.mentions if m.type.value == "stake"}  # parent and unit
    owns = {(m.source, m.target) for m in ex.mentions if m.type.value == "stake"}
    # The company a story leads with, named first: "Gerber Scientific Inc said its ... Gerber Systems Technology
    # ... Gerber made a capital contribution": a wire story's short form is its subject's when several names open so
    lead = min((e for e in ex.entities if e.kind is EntityKind.COMPANY and e.name not in gone),
               key=lambda e: e.start, default=None)
    times_named = Counter(e.name for e in ex.entities if e.kind is EntityKind.COMPANY)
    first_at: dict[str, int] = {}
    for e in ex.entities:
        if e.kind is EntityKind.COMPANY:
            first_at[e.name] = min(first_at.get(e.name, e.start), e.start)
    # "Deak International ... announced the acquisition of Johnson Matthey Commodities of New York ... The New York
    # firm will be known as Deak International Trading Ltd": a name written only as what a firm will be called is
    # that firm's new name, no full name of a short form written before it
    renamed = _only_where(ex, lambda e: bool(_CALLED_HENCE.search(text, max(0, e.start - 40), e.start)))
    # Short forms: the words a longer name opens with ("Amsouth" for "AmSouth Bancorp", "First
    # Savings Bank" for "First Savings Bank of Florida"), when only one name opens so
    written_as: dict[str, set[str]] = {}
    for e in ex.entities:
        if e.kind is EntityKind.COMPANY:
            written_as.setdefault(e.name, set()).add(e.text)
    for name in longs:
        if name in rename or name in suffixed:
            continue  # "Paragon Group" is Paragon, not "Paragon Bank"
        words = name.lower().split()
        # "Sumitomo Bank Ltd ... Sumitomo paid 500 mln dlrs": a known firm the story writes only by the word its
        # name opens with ("Sumitomo Corp") is a short form like any other, of the firm the story names by it
        opening = _known_written_short(name, written_as[name], gaz) if len(words) > 1 else None
        words = [opening] if opening else words
        generic = len(words) == 1 and words[0] in _GENERIC_FIRST_WORDS
        if len(words) == 1 and not opening and gaz.lookup(name) is not None or \
                generic and (words[0] in DEMONYMS or words[0] in places()):
            continue
        # "Vernell's" for "Vernell's Fine Candies": the short form drops the possessive the name keeps; a
        # vehicle's short form ("Hanson" of "Hanson Trust", "Snyder" of "Snyder Oil Partners") unless the
        # text makes the short form the sponsor's part ("a partnership of its Zelco Foods unit"); failing a name
        # opening with its words, one whose hyphen joins them ("Borg's earnings" after "Borg-Warner Corp")
        # ("Kidder" of "Kidder, Peabody": the comma a partnership's name is written with is no word)
        others = {n: _POSSESSIVE_WORD.sub("", n.lower()).replace(",", "") for n in longs
                  if n != name and not (_vehicle(n, len(words)) and _named_as_part(text, name))}
        fits = {n for n, low in others.items() if low.split()[: len(words)] == words} or \
            {n for n, low in others.items() if re.split(r"[\s-]+", low)[: len(words)] == words}
        fits = {n for n in fits if n not in renamed or first_at.get(n, 0) < first_at.get(name, 0)}
        if generic and not (len(fits) == 1 and fits <= legal | marked | ticked):
            # "Continental" after "Continental Airlines Inc", "<Western Airlines>" or "Western Airlines <WAL>"
            # only: a generic word is no one's alone
            continue
        if not fits and len(words) >= 2 and words[0] not in _GENERIC_FIRST_WORDS and gaz.lookup(name) is None:
            # "Thai International" after "Thai Airways International": the name with a middle word dropped
            fits = {n for n in longs if n != name and _drops_middle(words, n.lower().split())}
        if not fits and gaz.lookup(name) is None and name.lower() not in places():
            # "Ferruzzi" after "Gruppo Ferruzzi", "Bayan" after "PT Bayan Resources", "Sprint" after "US Sprint":
            # the name without the foreign word, legal form or country a firm's name opens with, written short
            fits = {n for n in longs if n.lower().split()[1:][: len(words)] == words and
                    (_unaccented(n.split()[0].lower()) in vocabulary("firm_openers") or
                     n.split()[0].lower().rstrip(".") in _OPENING_LEGAL or n.split()[0] in ("US", "U.S."))}
        if not fits and len(words) >= 2 and words[-1] in places() and gaz.lookup(name) is None:
            # "Ford Canada" after "Ford Motor Co of Canada Ltd, 90 pct owned by Ford Motor Co": a national arm
            # written short, its opening words and its country
            fits = {n for n in longs if n != name and n.lower().split()[: len(words) - 1] == words[:-1] and
                    n.lower().endswith(f" of {words[-1]}")}
        # "Diagnostic" after "Diagnostic Retrieval Systems" and "Diagnostic Retrieval": one name written short twice
        # (not a national arm named after a parent the story named first: "Deutsche Bank AG ... Deutsche Bank (Asia)
        # AG ... Deutsche said" is the parent's; "Daiwa Securities America Inc ... Daiwa, the U.S. unit of Daiwa
        # Securities Co Ltd" the arm's)
        fits = {n for n in fits if not any(m != n and m.lower().split()[: len(n.split())] == n.lower().split() and
                                           not (_arm_of(m, n) and first_at[n] < first_at[m]) for m in fits)}
        # "Kidder, Peabody Mortgage Assets Trust Five, a unit of Kidder, Peabody and Co ... a Kidder officer said":
        # of a parent and a unit named after it, the short form is the parent's
        # (not where the text makes each the other's parent: "Dome Petroleum ... Dome Mines" read both ways)
        fits = fits - {unit for parent, unit in owns if parent in fits and (unit, parent) not in owns} or fits
        if len(fits) > 1 and lead is not None and lead.name in fits and not generic:
            fits = {lead.name}
        elif len(fits) > 1 and not generic:
            # "Caesars World ... Caesars World ... Caesars New Jersey Inc ... Caesars": else the one the story is
            # about, named at least thrice as often as any other
            counts = sorted(((times_named[n], n) for n in fits), reverse=True)
            if counts[0][0] >= 3 * counts[1][0]:
                fits = {counts[0][1]}
        if len(fits) == 1 and frozenset((name, *fits)) in tied:
            continue  # "ACN Pacific Pty Ltd, a wholly owned subsidiary of ACN": the text makes one the other's parent
        if len(fits) == 1 and _listed_apart(text, written_as[name], written_as[next(iter(fits))]):
            continue  # "all Budget, Hilton and Hilton International hotel reservations": two firms listed apart
        if len(fits) == 1 and len(words) == 1 and first_at.get(next(iter(fits)), 0) > first_at.get(name, 0):
            # "E.D. And F. Man Ltd ... Man will buy ... rename the firm Man Pacific Ltd": a short form refers back,
            # to the one name before it ending in the word
            ends = {n for n in longs if n != name and first_at.get(n, len(text)) < first_at.get(name, 0) and n.lower().split()[-1] == words[0]}
            if len(ends) == 1:
                fits = ends
        if len(fits) == 1:
            rename[name] = fits.pop()
    for name in kept:  # "Doxim CEP transforms ...": the owner's name and its product's, no name of its own
        owner, _, short = name.rpartition(" ")
        if owned.get(short) == owner and name not in legal and name not in rename:
            rename[name] = owner
    for k, v in list(rename.items()):  # follow chains: "BNL" -> "Banca Nazionale" -> "Banca Nazionale del Lavoro"
        seen = {k}
        while v in rename and v not in seen:
            seen.add(v)
            v = rename[v]
        rename[k] = v
    # "SC", "HC", "DC": two capitals the document binds to no name and no list knows are a court, a
    # city, a unit; a firm so written is known ("GE", "BP") or given beside its name ("Kelso Mart (KM)")
    gone |= {n for n in longs if _TWO_CAPITALS.fullmatch(n) and n not in rename and n not in ends and
             gaz.lookup(n) is None}
    legal_keys = {name_key(n): n for n in legal | marked if n not in gone}
    firms = _firms_read_as_people(ex, text, [n for n in companies if n not in gone and n not in as_person],
                                  legal | suffixed | marked, cued)
    # "Chas. P. Young said" after "Chas. P. Young Co": the words a firm's legal name opens with, written again
    written = [(m.start(), m.end()) for n in legal if " " in n and n not in gone
               for m in re.finditer(rf"(?<![\w.]){re.escape(n)}(?!\w)", text)]
    entities = []
    for e in ex.entities:
        if e.kind is EntityKind.PERSON and any(a <= e.start and e.end <= b for a, b in whole_runs):
            continue  # "Carroll McEntee" of "Carroll McEntee and McGinley Inc": a partner the firm is named after
        if e.kind is EntityKind.PERSON and any(a < e.start and e.end <= b for a, b in written):
            continue  # a person cut out of the firm's name: not the founder, whom the whole would name
        if e.kind is EntityKind.COMPANY and e.name in as_person:
            # (the person's full name where another mention of the surname was bound to it)
            entities.append(dataclasses.replace(e, kind=EntityKind.PERSON,
                                                name=person_rename.get(as_person[e.name], as_person[e.name])))
        elif e.kind is EntityKind.COMPANY and e.name in gone:
            continue
        elif e.kind is EntityKind.COMPANY:
            entities.append(dataclasses.replace(e, name=rename.get(e.name, e.name)))
        elif e.name in firms:
            company = _opened_by(e.text, firms[e.name], legal)
            entities.append(dataclasses.replace(e, kind=EntityKind.COMPANY, name=rename.get(company, company)))
        elif name_key(e.name) in legal_keys and not _HONORIFIC.match(e.text) and e.name not in founders and \
                not _HONORIFIC_BEFORE.search(text, max(0, e.start - 6), e.start) and \
                not ((w := _LOWER_WORD_BEFORE.search(text, max(0, e.start - 30), e.start)) and _staff(w.group(1))):
            # "Soo Line Corp said ... Soo Line said": the model's person is the company, written short (not
            # "Rollins, Inc. ... Mr. Rollins was elected chairman": an honorific vouches for a person, and so
            # does what a person is, right before: "two firms controlled by inside trader Ivan Boesky", in a
            # story of "Ivan Boesky and Co L.P.")
            company = _opened_by(e.text, legal_keys[name_key(e.name)], legal)
            entities.append(dataclasses.replace(e, kind=EntityKind.COMPANY, name=rename.get(company, company)))
        else:
            entities.append(dataclasses.replace(e, name=person_rename.get(e.name, e.name)))
    ex.entities = entities
    people = {e.name for e in entities if e.kind is EntityKind.PERSON}
    mentions = []
    for m in ex.mentions:
        role = m.source_kind is EntityKind.PERSON
        if (not role and m.source in gone) or m.target in gone or \
                role and person_rename.get(m.source, m.source) not in people:
            continue
        source = person_rename.get(m.source, m.source) if role else rename.get(m.source, m.source)
        target = rename.get(m.target, m.target)
        if source == target:
            continue  # a company's relationship with itself; a person read in a firm's name holding office in it
        if (source, target) != (m.source, m.target):
            if any((n.type, n.source, n.target, n.start) == (m.type, source, target, m.start) for n in mentions):
                continue  # "Donaldson" and "Lufkin" of one name: the statement once
            m = dataclasses.replace(m, source=source, target=target)
        mentions.append(m)
    ex.mentions = mentions
    _headline_fragments(ex, gaz)  # (a name may have run into a headline's words only now)
    _lead_trimmed(ex)


def _lead_trimmed(ex) -> None:
    """Each company's written text without the sentence's opening words before the name it was bound to
    ("Earlier Supermarkets General said", "A Deutsche Bank AG spokesman"): the text becomes the company's alias
    and the story's highlight; the rest names the same company, so the name stays. "The" stays: an alias may be
    so written ("The Limited"). A place and what the firm is ("The U.S. Airline Brockway Air") stay too: the
    graph's node judgement reads a name written right after a capitalised noun as a piece of a longer name, and
    would drop the firm."""
    lead = vocabulary("lead_words")
    out = []
    for e in ex.entities:
        words = e.text.split(" ")
        # A text to trim opens on a lead word: the test that spares keying most texts again
        if e.kind is not EntityKind.COMPANY or len(words) < 2 or words[0].lower() == "the" or words[0].lower() not in lead:
            out.append(e)
            continue
        key = name_key(e.name)
        k = next((k for k in range(1, len(words)) if name_key(" ".join(words[k:])) == key), None)
        if k is not None and all(w.lower() in lead for w in words[:k]):
            cut = len(" ".join(words[:k])) + 1
            e = dataclasses.replace(e, text=e.text[cut:], start=e.start + cut)
        out.append(e)
    ex.entities = out


#: What a firm will be called, right before the name: "The New York firm will be known as X", "to be renamed X".
_CALLED_HENCE = re.compile(r"\b(?:(?:will|would|to|shall)\s+be\s+(?:known\s+as|called|named|renamed)|"
                           r"(?:be|been|was|were|is|being)\s+renamed(?:\s+as)?|new\s+name\s+(?:is|will\s+be))"
                           r"\s*(?:the\s+)?<?\s*$", re.I)


#: An office and the word that opens its field, right before a name: "President of ", "Head of the ", "Chief Counsel, ".
_OFFICE_OF_BEFORE = re.compile(r"\b(?:President|Head|Director|Officer|Counsel|Manager|Chief|Executive|Controller|"
                               r"Treasurer|Partner|Leader|Chair(?:man|woman)?)(?:\s+(?:of|for)(?:\s+the)?|,)\s+$")


def _function_words_only(name: str) -> bool:
    """Whether a name is a department's words ("function" in ``office_words.tsv``) and joining words only:
    "Sales and Marketing", "Legal and Business Affairs"."""
    words = re.findall(r"[a-z]+", name.lower())
    functions = vocabulary_classes("office_words")["function"]
    return bool(words) and any(w in functions for w in words) and \
        all(w in functions or w in ("and", "of", "the") for w in words)


def _only_where(ex, test) -> set[str]:
    """The companies of ``ex`` every mention of which passes ``test``: a name the text writes only so."""
    only: dict[str, bool] = {}
    for e in ex.entities:
        if e.kind is EntityKind.COMPANY:
            only[e.name] = only.get(e.name, True) and test(e)
    return {name for name, yes in only.items() if yes}


def _lists(text: str, opening: re.Pattern) -> list[tuple[int, int]]:
    """The spans of the lists ``opening`` opens ("brands such as ..."), each to its clause's end."""
    spans = []
    for m in opening.finditer(text):
        end = next((b.start() for b in _LIST_END.finditer(text, m.end()) if b.group(0)[0] != "("), len(text))
        spans.append((m.end(), end))
    return spans


#: A count of stocks and the index or average they make, right after a name: " 600 Index", " 225 stock average".
_INDEX_AFTER = re.compile(r"\s+\d{1,4}(?:\s+(?:stock|share|benchmark))?\s+(?:[Ii]ndex|[Ii]ndices|[Aa]verage)\b")
#: An acronym in the plural, the capitals of a kind before it may be acronyms too: "ANDAs", "PC OEMs", "NPAs".
_PLURAL_ACRONYM = re.compile(r"(?:[A-Z][A-Z0-9&]{1,7}\s+)*[A-Z][A-Z0-9&]{1,7}s")
#: Lower-case words and the acronym given for them right after, in brackets or after ", or": "non-performing
#: assets (NPAs)", "set-top box, or STB,", "a service life extension program, or “SLEP.”"
_LOWER_SPELT = re.compile(r"((?:[a-z][a-z-]*\s+){0,6}[a-z][a-z-]*)(?:\s*\(\s*|,\s+or\s+)[“\"]?\s*"
                          r"([A-Z][A-Za-z]{1,7})\.?\s*[”\"]?\s*[),.]")
#: An acronym the text spells out after it, in lower-case words in brackets: "builders merchants and DIY
#: (do-it-yourself) company <Wickes Plc>".
_SPELT_AFTER = re.compile(r"(?<![\w&.-])([A-Z][A-Za-z]{1,7})\s*\(\s*([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,6})\s*\)")


#: A name opening with initials and going on with words: "IC Gas", "GM Canada".
_INITIALS_OPENING = re.compile(r"[A-Z]{2,5} ")


def _acronym_and_words_of(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is ``long`` with its opening words written by their initials and the rest, or the rest's
    opening words, as written: "IC Gas" of "Imperial Continental Gas Association", "BP Australia" of "British
    Petroleum Co of Australia" (a legal form or a small word between them dropped); ``short`` opens with
    ``_INITIALS_OPENING``. The words must follow those the initials are of ("BP Oil" is no short form of "British
    Petroleum Co"); a firm so named in full ("IC Industries Inc" beside "Imperial Chemical Industries PLC") is the
    caller's to keep apart."""
    acronym, rest = short[0], [w.lower() for w in short[1:]]
    for i in range(len(acronym), len(long)):
        if _initials_fit(acronym, long[:i]):
            tail = [w.lower() for w in long[i:] if w.lower() not in _INITIAL_SKIP and
                    w.lower().rstrip(".") not in LEGAL_FORMS]
            if tail[: len(rest)] == rest:
                return True
    return False


def _initials_fit(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` (upper case) are the initials of ``words`` in order, each word giving its first
    letter, a small word ("of", "on", "a") its first letter or none: "SOC" of "system on a chip"."""
    if not letters:
        return not words
    if not words:
        return False
    w = words[0]
    if w[0].upper() == letters[0] and _initials_fit(letters[1:], words[1:]):
        return True
    return w in _INITIAL_SKIP and _initials_fit(letters, words[1:])


def _spelt_in_lower_case(text: str) -> set[str]:
    """The acronyms ``text`` gives for lower-case words, each as written and in the singular: "non-performing
    assets (NPAs)" gives NPAs and NPA. The long form is the last of the words before the bracket, three letters
    at least to a two-letter acronym's word (not "the bank (GE)")."""
    out = set()
    for m in _LOWER_SPELT.finditer(text):
        acronym = m.group(2)
        if sum(c.isupper() for c in acronym) < 2:
            continue
        letters = acronym[:-1] if acronym.endswith("s") and acronym[-2].isupper() else acronym
        if not letters.isalpha():
            continue
        words = [w for w in re.split(r"[\s-]+", m.group(1)) if w]
        for k in range(1, len(words) + 1):
            tail = words[-k:]
            if tail[0] in _INITIAL_SKIP or sum(len(w) >= 3 for w in tail) < 2:
                continue
            if _initials_fit(letters.upper(), tail):
                out |= {acronym, letters}
                break
    for m in _SPELT_AFTER.finditer(text):
        acronym = m.group(1)
        if sum(c.isupper() for c in acronym) >= 2 and acronym.isalpha() and \
                _initials_fit(acronym.upper(), [w for w in re.split(r"[\s-]+", m.group(2)) if w]):
            out.add(acronym)
    return out


def _names_a_service(name: str, english: frozenset[str]) -> bool:
    """Whether a name is common words only, no place or people among them, ending in a service's noun
    (``service_words.txt``): "Concert Insurance", "News & Ratings", "Studio Coverage"."""
    words = [w for w in name.split() if w not in ("&", "and")]
    return len(words) >= 2 and words[-1].lower() in vocabulary("service_words") and \
        all(w[:1].isupper() and w[1:].islower() and is_english(w.lower(), english) for w in words) and \
        not any(w.lower() in places() or w.lower() in DEMONYMS for w in words)  # "China Life Insurance"


def _tails_only(ex, text: str, kept: list[str], legal: set[str]) -> dict[str, str]:
    """Names the model cut from the end of a longer company's name and never written alone: "Eat" of each
    "Just Eat" (an adverb the model left out). Short name -> the whole."""
    longer: dict[str, list[str]] = {}
    for n in kept:
        words = n.split()
        for k in range(1, len(words)):
            longer.setdefault(" ".join(words[k:]), []).append(n)
    whole: dict[str, str | None] = {}
    for e in ex.entities:
        if e.kind is not EntityKind.COMPANY or e.name not in longer or e.name in legal or whole.get(e.name, "") is None:
            continue
        cut = len(e.name)
        fits = [n for n in longer[e.name] if text[max(0, e.start - len(n) + cut) : e.start] == n[: len(n) - cut]]
        whole[e.name] = fits[0] if len(fits) == 1 and whole.get(e.name, fits[0]) == fits[0] else None
    return {k: v for k, v in whole.items() if v is not None}


def _founders_surname(kept: list[str], legal: set[str]) -> dict[str, str]:
    """A firm named after a person, written in full with its legal form ("John Labatt Ltd", "H.J. Heinz Co"), is
    written by the surname after ("Labatt said it agreed to buy ...", "Heinz's newly elected chairman"): the one
    such firm of the story whose last word the name is. Surname -> the firm's name."""
    out = {}
    for name in kept:
        if " " in name:
            continue
        fits = [n for n in kept if n in legal and len(n.split()) == 2 and n.split()[-1] == name and
                (_unaccented(n.split()[0].lower()) in vocabulary("given_names") or
                 _INITIALS.fullmatch(n.split()[0]) and n.split()[0].lower() not in places())]
        if len(fits) == 1:
            out[name] = fits[0]
    return out


#: What sets a firm's former name right after its name: "Armtek Corp, formerly known as Armstrong Rubber Co",
#: "PHLCORP Inc, formerly Baldwin-United Corp", "The Helming Group (formerly LBAS)".
_FORMERLY = re.compile(r"\s*(?:<[^<>\n]{1,12}>\s*)?>?(?:,|\s?\()\s*formerly(?:\s+known\s+as|\s+called|\s+named)?"
                       r"\s+(?:the\s+)?<?")


def _former_names(ex, text: str) -> dict[str, str]:
    """A firm's former name the story sets right after its name is no firm of its own but the same one: the old
    name -> the name. Not a former part of the firm ("formerly part of Utah International", "Massey Combines,
    formerly Varity's combines division")."""
    firms = sorted((e for e in ex.entities if e.kind is EntityKind.COMPANY), key=lambda e: e.start)
    return {b.name: a.name for a, b in zip(firms, firms[1:]) if a.name != b.name and
            _FORMERLY.fullmatch(text, a.end, b.start) and not b.text.endswith(("'s", "’s")) and
            not text.startswith(("'", "’"), b.end)}


#: A person's initials opening a firm's name: the "H.J." of "H.J. Heinz Co", the "J.C." of "J.C. Penney Co Inc" (not
#: a place's: "U.S. Home Corp" is no "Home").
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


#: A name of one word, "and" and a name of two words or more: "Dunmore and Arlo Brewing" (one firm, "Jones and Vining
#: Inc", or two).
_ONE_AND_MORE = re.compile(r"^[A-Z][\w'’-]+ (?:and|&) ([A-Z][\w'’.-]*(?: [A-Z][\w'’.&-]*)+)$")


def _groups_written_short(ex, gaz: Gazetteer) -> dict[str, str]:
    """"Magna Group Inc ... 2.175 shares of Magna": a known firm's short form ("Magna", of "Magna International")
    is the firm the story names in full by that short form and a group word, where the story never writes the
    known firm's name otherwise."""
    out: dict[str, str] = {}
    for e in ex.entities:
        known = gaz.grouped_short_form(e.text) if e.kind is EntityKind.COMPANY else None
        if known is None or known.name == e.name:
            continue
        written = [f.text for f in ex.entities if f.kind is EntityKind.COMPANY and f.name == known.name]
        if written and all(name_key(w) == name_key(e.text) for w in written):
            out[known.name] = e.name
    return out


def _known_written_short(name: str, texts: set[str], gaz: Gazetteer) -> str | None:
    """The one word a story writes a known firm by, where that word opens the firm's name but is no initials of it:
    "sumitomo" for "Sumitomo Corp" written "Sumitomo", "teck" for "Teck Resources" written "Teck" (not "GM")."""
    if len(texts) != 1:
        return None
    word = next(iter(texts))
    if " " in word or word == name or not word[1:].islower() or name.split()[0] != word:
        return None
    known = gaz.lookup(word)
    return word.lower() if known is not None and known.name == name else None


def _listed_apart(text: str, shorts: set[str], longs: set[str]) -> bool:
    """Whether the text lists a short form and the longer name it opens side by side, as two parties: "Budget,
    Hilton and Hilton International", "Hilton International and Hilton" (not a description set after the short form:
    "Daiwa, the U.S. unit of Daiwa Securities Co Ltd")."""
    pairs = [(a, b) for s in shorts for n in longs if n[len(s) : len(s) + 1] in (" ", "-") and n.startswith(s)
             for a, b in ((s, n), (n, s))]
    return any(re.search(rf"(?<![\w&.'-]){re.escape(a)}(?:{_JOIN_TEXT})(?:the\s+)?{re.escape(b)}(?![\w&'-])", text)
               for a, b in pairs)


def _arm_of(unit: str, parent: str) -> bool:
    """Whether a name is another's with a place after it, in brackets or not: "Deutsche Bank (Asia)" of "Deutsche
    Bank", "Ford Canada" of "Ford"."""
    rest = unit[len(parent) :].strip()
    return rest.removeprefix("(").removesuffix(")").lower() in places()


def _second_written_alone(text: str, kept: list[str]) -> dict[str, str]:
    """A legal name read whole over "and" ("sell Dunmore and Arlo Brewing Co to ...") whose second name the story
    writes alone elsewhere ("Arlo Brewing said ..."): two firms, the second the one the story goes on about, as a
    sentence read as a title reads them. Joined name -> the second."""
    out = {}
    for name in kept:
        m = _ONE_AND_MORE.match(name)
        if m is None:
            continue
        second = m.group(1)
        if any(not re.search(r"(?:\band|&)\s*$", text[max(0, a.start() - 5) : a.start()])
               for a in re.finditer(rf"(?<![\w&'’-]){re.escape(second)}(?![\w&-])", text)):
            out[name] = second
    return out


def _run_into(ex, text: str, kept: list[str], legal: set[str], gaz: Gazetteer,
              english: frozenset[str]) -> dict[str, str]:
    """Names a page's tag line or heading ran into: "Professional Services Rocket Fuel digital marketing
    Contact:" after the story has named Rocket Fuel alone, "Earlier Supermarkets General"; or a byline's paper,
    the story's company named alone anywhere ("By Daily Guide WaterHealth Ghana, a wholly - owned subsidiary").
    The words before are common English words only, no people's or place's (not "FAAC Perceptronics", "South
    African Rank Xerox": a unit's own name), and the whole is no name the gazetteer knows or the text gives with
    a legal form. Glued name -> the story's company."""
    first: dict[str, int] = {}
    for e in ex.entities:
        if e.kind is EntityKind.COMPANY:
            first.setdefault(e.name, e.start)
    out = {}
    for name in kept:
        words = name.split()
        if name in legal or gaz.lookup(name) is not None:
            continue
        for k in range(1, len(words)):
            tail = " ".join(words[k:])
            if tail in first and (first[tail] < first[name] or _bylined(text, first[name])) and all(
                    w[:1].isupper() and w.lower() in english and not _people_or_place(w.lower()) for w in words[:k]):
                out[name] = tail
                break
    return out


#: A byline's "By" at a line's opening, right before a name: "By Daily Guide WaterHealth Ghana".
_BY_BEFORE = re.compile(r"[Bb]y:?\s+$")


def _bylined(text: str, start: int) -> bool:
    """Whether a byline's "By" opens the line right before ``start``."""
    m = _BY_BEFORE.search(text, max(0, start - 5), start)
    return m is not None and (m.start() == 0 or text[m.start() - 1] == "\n")


def _people_or_place(low: str) -> bool:
    """Whether a lower-case word names a people or a place ("african", "belgian", "texas")."""
    return low in DEMONYMS or low in places() or bool(_DEMONYM_LIKE.search(low)) or low.endswith("an")


#: An office set after a person's name by a comma: "Mario Gabelli, head of New York investment firm ...".
_OFFICE_SET_AFTER = re.compile(r"\s*,\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
                               r"(?:head|chairman|president|founder|chief|partner|owner|director)\b", re.I)
#: A given name, initials and a surname: "Ivan F. Boesky".
_INITIALLED = re.compile(r"[A-Z][a-z]+ (?:[A-Z]\. ?)+[A-Z][a-z]+")


def _founders_named(ex, text: str, firm_names: set[str]) -> set[str]:
    """People the model read whose names are also a firm's named after them ("Mario Gabelli and Co", "Ivan F.
    Boesky and Co LP"), where the text writes the person: a given name opening the name, and an initial in it
    ("against Ivan F. Boesky and others") or an office set after it ("Mario Gabelli, head of New York investment
    firm Mario Gabelli and Co"). Such a mention is the person's, not the firm's written short ("Soo Line Corp ...
    Soo Line said")."""
    out = set()
    for e in ex.entities:
        if e.kind is EntityKind.PERSON and e.name in firm_names and " " in e.name and \
                _unaccented(e.name.split()[0].lower()) in vocabulary("given_names") and \
                (_INITIALLED.fullmatch(e.text) or _OFFICE_SET_AFTER.match(text, e.end)):
            out.add(e.name)
    return out


def _opened_by(written: str, company: str, legal: set[str]) -> str:
    """The firm a person's mention the model read names, ``company`` being the firm the person turned out to be:
    "Hughes Tool Co ... the merged company, Baker Hughes ... a Hughes spokesman" is Hughes Tool's. A surname written
    alone that does not open ``company`` is the short form of the one firm written in full (``legal``) it opens,
    where there is one."""
    if " " in written or company.split()[0] == written:
        return company
    opened = {n for n in legal if " " in n and n.split()[0] == written}
    return opened.pop() if len(opened) == 1 else company


def _firms_read_as_people(ex, text: str, companies: list[str], written_as_firms: set[str],
                          cued: set[str] = frozenset()) -> dict[str, str]:
    """People the model read in names the document gives companies elsewhere: the opening words of a
    company's name ("Mark IV" after "Mark IV Industries Inc", "Tel Plus" after "Tel Plus
    Communications") or its words after the place opening it, that company; a name opening with a word no one is given that opens another
    company's name or is a company's ("Tsinghua Unigroup" beside "Tsinghua Tongfang", "Wellard Agri"
    beside "Wellard Group"), a company of its own; so is a name ``cued`` as a firm elsewhere ("funds management
    firm Allan Gray ... Allan Gray holds 19 per cent"). Not a person an honorific or a role vouches for
    ("Mr. Schwab", "Charles Schwab, its chairman"). Person's name -> company's name."""
    # (an office vouches for a name a given name opens: "One of the new directors will take over as chairman and
    # chief executive officer, River Oaks said" after "River Oaks Industries Inc" holds no office of a "River Oaks")
    vouched = {m.source for m in ex.mentions if m.source_kind is EntityKind.PERSON and
               _unaccented(m.source.split()[0].lower()) in vocabulary("given_names")}
    for e in ex.entities:
        if e.kind is EntityKind.PERSON and (_HONORIFIC.match(e.text) or
                                            _HONORIFIC_BEFORE.search(text, max(0, e.start - 6), e.start)):
            vouched.add(e.name)
    surnames = {n.split()[-1] for n in vouched}  # "Mr Zhao" vouches for Zhao Weigou
    out = {}
    for e in ex.entities:
        # 'Mark IV "': the model's span ran on into a quote; "Armstrong's Tire Division": an owner's part, no
        # firm's name
        words = re.findall(r"[\w.&-]+", e.name)
        if e.kind is not EntityKind.PERSON or len(words) < 2 or e.name in vouched or words[-1] in surnames or \
                e.name in out or _POSSESSIVE_WORD.search(e.name):
            continue
        # ("Minmetals Rare Earth" after "China Minmetals Rare Earth Co": the name without the place opening it)
        longer = {name_key(n): n for n in companies if len(n.split()) > len(words) and
                  (n.split()[: len(words)] == words or n.split()[1:] == words and
                   (n.split()[0].lower() in places() or n.split()[0].lower() in DEMONYMS))}
        if e.name in cued or _WHICH_AFTER.match(text, e.end) and not _AGENT_BEFORE.search(text, max(0, e.start - 8), e.start) \
                and not _office_word_before(text, e.start):
            # "... newspaper owner Axel Springer, which had been secretly wooing Pearson": a thing, not a person (not
            # "a fund run by John Roe, which owns 5 pct": the fund; nor "the visit of President Richard von
            # Weizsaecker, which starts on Friday": the visit)
            out[e.name] = e.name
        elif len(longer) == 1 and not any(name_key(n) == name_key(e.name) for n in written_as_firms):
            # (not "Diamond Shamrock" after "Diamond Shamrock Corp" and "Diamond Shamrock R and M Inc": the firm
            # written so with its legal form)
            out[e.name] = next(iter(longer.values()))
        elif not longer and _unaccented(words[0].lower()) not in vocabulary("given_names") and \
                any(n == words[0] or n.split()[0] == words[0] and n != e.name for n in written_as_firms):
            # (the other name written as a firm's: a firm the rules read in a person's name proves nothing)
            out[e.name] = e.name
    return out


#: A relative clause of a thing right after a name: "Axel Springer, which had been wooing Pearson".
_WHICH_AFTER = re.compile(r"\s*,\s*which\s+(?-i:[a-z])")
#: What makes the thing such a clause tells of another's, before the name: "a fund run by John Roe, which"; or the
#: name a part of an owner's: "the EPA's Zone IV, which encompasses 23 states".
_AGENT_BEFORE = re.compile(r"(?:\b(?:by|of|for|with|from|at|to|and|under)|['’]s?)\s+$", re.I)


def _office_word_before(text: str, start: int) -> bool:
    """Whether an office's word stands right before a name ("central bank governor Satoshi Sumita"); an owner
    may be a firm ("newspaper owner Axel Springer")."""
    before = re.search(r"([\w-]+)\s+$", text[max(0, start - 30) : start])
    return before is not None and before.group(1).lower() in vocabulary("title_words") - {"owner", "owners"}


#: What the news calls a firm, right before its name and after no article: "funds management firm Allan Gray",
#: "coffee chain Tim Hortons" (not "the firm John Roe founded").
_FIRM_NOUN_BEFORE = re.compile(r"(?<![Tt]he )(?<![Aa] )(?<!\w)(?:" +
                               "|".join(sorted(_FIRM_NOUNS | _INSTITUTION_NOUNS - {"group"})) + r")\s+$")
#: An honorific right before a name: "Mr Zhao", "Ms. Mitchell".
_HONORIFIC_BEFORE = re.compile(rf"\b{_HONORIFIC_WORD}\.?\s+$")
#: A surname after an honorific that only a surname follows: "Mr. Long", "Ms Mitchell" (not "Sir John", "Lord
#: Hanson", a given name or a peer's title).
_TITLED_SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][\w'’-]+)")
#: The joints between the surnames a name of people is made of: "Long - Mitchell", "Long and Mitchell".
_NAME_PARTS = re.compile(r"\s*(?:-|&|,|\band\b)\s*|\s+")
#: The lower-case word right before a name.
_LOWER_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")




def _misspelt(ex, first_of: dict[str, str], legal: set[str], gaz: Gazetteer, title: str = "") -> dict[str, str]:
    """Companies a document writes once right and once with a slip ("Futjitsu" and "Fujitsu",
    "Fair Lines" and "Fair Lanes", "Ceasars World" and "Caesars World"): the misspelt name goes to
    the other, the one the headline spells, written far more often (``SLIP_OUTNUMBERS``: a slip in the
    lead's full name is copied once, the name then spelt right in every later sentence: "Texton Inc
    said ... Textron financed ... Textron said"), written with a legal suffix, known, or written more
    often; a tie stays apart."""
    counts: dict[str, int] = {}
    for e in ex.entities:
        if e.kind is EntityKind.COMPANY and name_key(e.name) in first_of:
            counts[name_key(e.name)] = counts.get(name_key(e.name), 0) + 1
    keys = tuple(k for k in first_of if len(k) >= NAME_SLIP_MIN)
    headline = f" {name_key(title)} " if title else ""

    def weight(key: str) -> tuple[bool, bool, int]:
        name = first_of[key]
        return name in legal, gaz.lookup(name) is not None, counts.get(key, 0)

    def better(a: str, b: str) -> bool:
        """Whether key ``a`` is the right spelling against ``b``."""
        a_head, b_head = f" {a} " in headline, f" {b} " in headline
        if a_head != b_head:
            return a_head
        ca, cb = counts.get(a, 0), counts.get(b, 0)
        if ca >= SLIP_OUTNUMBERS * max(1, cb) or cb >= SLIP_OUTNUMBERS * max(1, ca):
            return ca > cb
        return weight(a) > weight(b)

    # a one-word short name slips from a longer name's first word too ("Braclays' worldwide operations" in a
    # story of "Barclays Bank Plc"); one with a legal suffix is a full name ("Chrysler Canada Ltd, owned by
    # Chrsyler Corp")
    heads: dict[str, str] = {}
    for key in keys:
        head = name_key(first_of[key].split()[0])
        if " " in first_of[key] and len(head) >= NAME_SLIP_MIN and head not in first_of:
            heads.setdefault(head, key)
    rename = {}
    for key in keys:
        short = " " not in first_of[key] and first_of[key] not in legal
        words = tuple(k for k in keys if k != key) + (tuple(heads) if short else ())
        other = misspelling(key, words, NAME_SLIP_MIN)
        other = heads.get(other, other)
        if other is not None and better(other, key):
            rename[first_of[key]] = first_of[other]
    return rename


#: A word of a name, long enough that one slip from another word is a slip, not a second word.
_RESPELT_WORD = re.compile(r"[A-Z][A-Za-z]{5,}")


def _written(phrase: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w&'-]){re.escape(phrase)}(?![\w&-])", text))


def _respelt(names: Sequence[str], text: str, title: str = "") -> dict[str, str]:
    """Companies the story names once with a slip in a word and then, in sentences no rule read a name
    of, spells right again and again ("Texton Inc said ... Textron financed ... Textron said", "Staff
    Buildiers Inc ... Staff Builders shares"): the name as the story spells it most, written at least
    ``SLIP_OUTNUMBERS`` times as often as the slip (the headline, in capitals, counts as a writing)."""
    out: dict[str, str] = {}
    upper = title.upper() if title and title.upper() == title else ""
    tokens = Counter(_RESPELT_WORD.findall(text))
    for name in names:
        if name in out:
            continue
        for word in set(_RESPELT_WORD.findall(name)):
            others = [t for t in tokens if t != word and misspelling(word.lower(), (t.lower(),), NAME_SLIP_MIN)]
            for other in others:
                respelt = re.sub(rf"(?<![\w&'-]){re.escape(word)}(?![\w&-])", other, name)
                right = _written(respelt, text) + (_written(respelt.upper(), upper) if upper else 0)
                wrong = _written(name, text) + (_written(name.upper(), upper) if upper else 0)
                if right >= 2 and right >= SLIP_OUTNUMBERS * max(1, wrong):
                    out[name] = respelt
                    break
            if name in out:
                break
    return out


_TWO_CAPITALS = re.compile(r"[A-Z]{2}")
#: What wire copy puts before a name to place the firm: "Lisle, Ill.-based Amphenol", "New York-based Mutual Shares";
#: modern copy places it by where it is listed or has its head office too: "London-listed Glencore",
#: "Mumbai-headquartered Lanco Infratech".
_PLACED = re.compile(r"^.*?-(?:based|listed|headquartered)\s+(?=[A-Z])")


#: The other half of a hyphenated name web copy spaced out, right after a name ("Kofi Amponsah - Bediako") or
#: before it ("John - Erik Koslosky"): the model reads the name short.
_HYPHEN_HALF_AFTER = re.compile(r" ?- ?([A-Z][a-z]+)(?![\w'’-]|\.\w)")
_HYPHEN_HALF_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) ?- ?$")


def _hyphen_joined(ex, text: str, gaz: Gazetteer, english: frozenset[str]) -> None:
    """People named in full with both halves of a hyphenated name web copy wrote spaced out; the half before
    is a given name ("Robert - Jan"), the half after no word, place or firm ("Obama - Washington")."""
    joined: dict[str, set[str]] = {}
    entities = []
    for e in ex.entities:
        after = _HYPHEN_HALF_AFTER.match(text, e.end) if e.kind is EntityKind.PERSON else None
        before = _HYPHEN_HALF_BEFORE.search(text, 0, e.start) if e.kind is EntityKind.PERSON else None
        if after and _clean_person(e.text.split()[-1]) == e.name.split()[-1] and \
                not is_english(after.group(1).lower(), english) and after.group(1).lower() not in places() and \
                gaz.lookup(after.group(1)) is None and after.group(1).lower() not in _NOT_IN_NAMES:
            joined.setdefault(e.name, set()).add(f"{e.name}-{after.group(1)}")
            e = dataclasses.replace(e, text=text[e.start : after.end()], end=after.end())
        elif before and " " in e.name and e.text.split()[0] == e.name.split()[0] and \
                _unaccented(before.group(1).lower()) in vocabulary("given_names") and \
                before.group(1).lower() not in places():
            joined.setdefault(e.name, set()).add(f"{before.group(1)}-{e.name}")
            e = dataclasses.replace(e, text=text[before.start() : e.end], start=before.start())
        entities.append(e)
    rename = {old: new.pop() for old, new in joined.items() if len(new) == 1}
    ex.entities = [dataclasses.replace(e, name=rename.get(e.name, e.name)) if e.kind is EntityKind.PERSON else e
                   for e in entities]
    ex.mentions = [dataclasses.replace(m, source=rename.get(m.source, m.source))
                   if m.source_kind is EntityKind.PERSON else m for m in ex.mentions]


#: A word a title-cased headline capitalises that no firm's name holds past its first word: a question's, a modal's,
#: a copula's, "To", "That" ("Why Growth & Income Chasers Need To Check Out GlaxoSmithKline plc", "Concept Car That
#: Morphs"). Not "Can" ("American Can"), nor "May" or "Will", given names too.
_HEADLINE_INSIDE = re.compile(r"(?<=\S)\s(?:Why|How|What|Need|Needs|To|That|Than|Should|Could|Would|Must|Is|Are|"
                              r"Was|Were|Into|Vs)(?=\s)")


def _headline_fragments(ex, gaz: Gazetteer) -> None:
    """Companies whose names are a headline's words run into a name, or into each other, dropped: a name of
    three words or more with a word of a sentence inside it (``_HEADLINE_INSIDE``) that the gazetteer does not
    know; their relationships go with them."""
    junk = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY and len(e.name.split()) >= 3 and
            _HEADLINE_INSIDE.search(e.name) and gaz.lookup(e.name) is None}
    if junk:
        ex.entities = [e for e in ex.entities if not (e.kind is EntityKind.COMPANY and e.name in junk)]
        ex.mentions = [m for m in ex.mentions if m.target not in junk and
                       not (m.source_kind is EntityKind.COMPANY and m.source in junk)]


def _unplaced(ex, gaz: Gazetteer) -> None:
    """Companies without the place glued before their names ("Ill.-based Amphenol" is Amphenol)."""
    moved: dict[str, str] = {}
    entities = []
    for e in ex.entities:
        m = _PLACED.match(e.text) if e.kind is EntityKind.COMPANY else None
        if m is None or gaz.lookup(e.text) is not None:
            entities.append(e)
            continue
        text = e.text[m.end() :]
        moved[e.name] = gaz.canonical(text)
        entities.append(dataclasses.replace(e, name=moved[e.name], text=text, start=e.start + m.end()))
    if moved:
        ex.entities = entities
        ex.mentions = [dataclasses.replace(m, source=moved.get(m.source, m.source) if m.source_kind is
                                           EntityKind.COMPANY else m.source, target=moved.get(m.target, m.target))
                       for m in ex.mentions]


#: What the parse leaves out right before a company's name though it is the name's: a word a slash glues
#: on ("Audio/Video Affiliates Inc"), an initial ("C. Itoh and Co", not "U.S. Acme"), a capitalised
#: number inside a sentence ("sold it to Five Arrows Leasing Group", "The Five Arrows brand") or opening a line.
_GLUED_BEFORE = re.compile(r"(?<![\w.'/-])[A-Z][\w&']*/$|(?<![\w.])[A-Z]\. $|"
                           r"(?:(?<=[a-z,] )|(?<=\bThe )|(?<=\n))[A-Z][a-z]+ $|(?<![\w.,$-])\d{1,3}(?:st|nd|rd|th) $")
#: An ordinal in figures: "20th", "21st".
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def _glued_pieces(ex, text: str, gaz: Gazetteer) -> dict[str, str]:
    """Companies read short of the name the text writes: with what ``_GLUED_BEFORE`` says opens it, or
    after a name with no legal suffix right before it ("BHP-Utah Minerals International Group": the
    model made two). A name is renamed when every time the story writes it, it is so cut; the piece
    before is too when it is never written alone ("BHP-Utah said" keeps BHP-Utah)."""
    companies = [e for e in ex.entities if e.kind is EntityKind.COMPANY]
    ending = {e.end: e for e in companies}
    grown: dict[str, set[str]] = {}
    before: dict[str, set[str]] = {}
    for e in companies:
        m = _GLUED_BEFORE.search(text, max(0, e.start - 20), e.start)
        word = m.group(0).strip() if m else ""
        piece = ending.get(e.start - 1) if text[e.start - 1 : e.start] == " " else None
        if piece is not None and canonical_name(piece.text) == piece.text and "\n" not in text[piece.start : e.end]:
            name = gaz.canonical(text[piece.start : e.end])
            before.setdefault(piece.name, set()).add(name)
        elif m and word.endswith(("/", ".")):
            name = gaz.canonical(text[m.start() : e.end])
        elif m and (word.lower() in vocabulary("number_words") or _ORDINAL.fullmatch(word)):
            # "acquisition of Five Arrows", "a spokesman for 20th Century Fox": the number opens the whole name
            name = gaz.canonical(f"{word} {e.name}")
        else:
            name = None
        grown.setdefault(e.name, set()).add(name)
    rename = {n: next(iter(g)) for n, g in grown.items() if len(g) == 1 and None not in g and gaz.lookup(n) is None}
    # the piece before goes with the name when it is written nowhere else ("BHP-Utah" only there)
    starts = {e.start for e in companies}
    for n, g in before.items():
        alone = any(e.name == n and e.end + 1 not in starts for e in companies)
        if len(g) == 1 and grown.get(n) == {None} and gaz.lookup(n) is None and not alone:
            rename[n] = next(iter(g))
    return rename


def _vehicle(name: str, opening: int) -> bool:
    """Whether a name is a vehicle or a unit named after the firm its first ``opening`` words name
    ("Burger King Investors", "Borg-Warner Acceptance", "Chrysler Credit"; ``vehicle_words.txt``): a
    company of its own, of which those words are no short form."""
    rest = re.split(r"[\s-]+", name.lower())[opening:]
    return any(w.strip(".,'") in vocabulary("vehicle_words") for w in rest)


def _named_as_part(text: str, name: str) -> bool:
    """Whether a text writes a name right before a noun that makes it a part of a firm ("its Zelco Foods
    unit", "the Acme subsidiary"; ``part`` in ``firm_nouns.tsv``)."""
    parts = "|".join(map(re.escape, sorted(_PART_NOUNS, key=len, reverse=True)))
    return re.search(rf"(?<![\w&.'-]){re.escape(name)}(?:['’]s?)?\s+(?:{parts})\b", text) is not None


@cache
def _long_places() -> tuple[str, ...]:
    """Places whose names are long enough to tell a misspelling of one from another word."""
    return tuple(p for p in places() if " " not in p and len(p) >= MISSPELT_MIN)


def _drops_middle(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is ``long`` with one word left out of its middle ("Thai International",
    "Thai Airways International"; more is another name: "Baltic Exchange", "Baltic International
    Freight Futures Exchange")."""
    if len(long) != len(short) + 1 or long[0] != short[0] or long[-1] != short[-1]:
        return False
    rest = iter(long[1:-1])
    return all(w in rest for w in short[1:-1])


#: A run of capitalised words a story may write as one name, one joiner inside: "Standard and Poor's",
#: "Phillips and Drew", "Bayerische Vereins- und Westbank", "Wal - Mart Stores", "Telefon AB L.M. Ericsson".
_NAME_WORD = r"(?:(?:[A-Z]\.)+|[A-Z][\w'&]*(?:-[A-Z][\w'&]*)*)"
_NAME_GAP = r"(?:-? +(?:(?:and|&|und|et|y|AB) +)?| +- +)"
_JOINED_RUN = re.compile(rf"(?<![\w.-]){_NAME_WORD}(?:{_NAME_GAP}{_NAME_WORD})*")
_JOINER = re.compile(r"-? +(?:and|&|und|et|y|AB) +| +- +")


def _joined_fragments(ex, text: str, gaz: Gazetteer, english: frozenset[str]) -> tuple[dict[str, str],
                                                                                          list[tuple[int, int]]]:
    """Companies that are parts of one name the story writes joined ("Drew" of "Phillips and Drew",
    "Standard" and "Poor's" of "Standard and Poor's", "Mart Stores" of "Wal - Mart Stores"): each
    part is written nowhere else in the story, so the joined whole is the company. Not two firms the
    story names apart ("USAir and Piedmont ... USAir said"), in a list ("Amoco, Mobil and Exxon"), or
    with a deal between them, nor what the legal-name rule splits ("Otis Elevator and Carrier Corp"; but
    "Donaldson Lufkin and Jenrette Securities Corp", surnames and no English word at the joint, is one).
    The renames, and the spans of the runs taken whole (a person read inside one is no person)."""
    runs = [m for m in _JOINED_RUN.finditer(text) if len(_JOINER.findall(m.group(0))) == 1]
    by_span = {}
    for e in ex.entities:
        if e.kind is not EntityKind.COMPANY:
            continue
        end = e.end - (text[e.end - 1 : e.end] == ".")  # "... Poor's Corp.": the sentence's full stop
        run = next((m for m in runs if m.start() <= e.start and end <= m.end()), None)
        inside = run is not None and (run.start(), run.end()) != (e.start, end) and \
            not _JOINER.search(text[e.start : e.end])
        by_span.setdefault(e.name, []).append(run if inside else None)
    linked = {(m.source, m.target) for m in ex.mentions} | {(m.target, m.source) for m in ex.mentions}
    # "Carroll McEntee and McGinley Inc": a person's name before "and" makes a partnership's name
    partners = {e.text for e in ex.entities if e.kind is EntityKind.PERSON}
    person_ends = {e.end for e in ex.entities if e.kind is EntityKind.PERSON}
    rename: dict[str, str] = {}
    taken: list[tuple[int, int]] = []
    for name, found in by_span.items():
        if None in found or len({name_key(r.group(0)) for r in found}) != 1:
            continue
        whole = found[0].group(0)
        joint = _JOINER.search(whole)
        left, joiner, right = whole[: joint.start()].removeprefix("The "), joint.group(0), whole[joint.end() :]
        sides = [left.rstrip("-"), right]
        # a side written on its own anywhere else: two names the story keeps apart (not "Wal - Mart" for
        # "Wal - Mart Stores Inc": the same two words joined again)
        pair = re.compile(rf"(?<![\w-]){re.escape(left.split()[-1])}(?:{_JOINER.pattern})"
                          rf"{re.escape(right.split()[0])}(?![\w-])")
        masked = _JOINED_RUN.sub(lambda m: " " * len(m.group(0)) if pair.search(m.group(0)) else m.group(0), text)
        if any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", masked) for w in (*sides, name)):
            continue
        words = left.split()
        # "Elliot Platt of Donaldson Lufkin and Jenrette Securities Corp": the firm a person works at is one
        works_at = re.search(r"(\S+) +(?:of|at|with) +$", text[: found[0].start()])
        works_at = works_at is not None and (works_at.end(1) in person_ends or
                                             works_at.group(1).lower() in vocabulary("title_words") or
                                             works_at.group(1).lower() in vocabulary("profession_words"))
        if joiner.strip() in ("and", "&") and len(words) >= 2 and not works_at and \
                right.split()[0].lower() not in vocabulary("and_words") and \
                left not in partners and any(is_english(w.lower(), english) for w in (words[-1], right.split()[0])):
            continue  # "Otis Elevator and Carrier Corp": two firms, as the legal-name rule reads them
        own = canonical_name(right).split()
        if joiner.strip() in ("and", "&") and len(own) >= 2 and \
                (gaz.lookup(left) is not None or left in partners and own[-1].lower() in _BUSINESS_WORDS | _FIRM_ENDINGS):
            # "from ConocoPhillips and Zukerman Specialty Oil Corp", "between James J. Bottiglieri and Compass Group
            # Management LLC": a known firm or a person, then a firm's name of its own, a word of a firm's ending it
            # ("Carroll McEntee and McGinley Inc", "Tucker Anthony and R.L. Day Inc" are partners more)
            continue
        if any(w.endswith("'s") or canonical_name(f"X {w}") == "X" for w in words) or \
                canonical_name(f"X {right.split()[0]}") == "X" or \
                all(gaz.lookup(s) is not None for s in sides) or \
                any(s.lower() in places() or s.lower() in DEMONYMS or s.lower() in _MONTHS_DAYS or
                    s.split()[-1].lower() in vocabulary("title_words") for s in sides):
            continue  # "Acme Corp and Zenith", "Moody's and S and P", "Chrysler and AMC", "Texas and Oklahoma"
        start = found[0].start()
        if text[max(0, start - 2) : start] == ", ":
            continue  # "Amoco, Mobil and Exxon": a list of names
        if _two_firms(re.sub(r"['’]s$", "", whole)) is not None:
            continue  # "Citicorp's <CCI> Citibank and MCorp's <M> MBank": each side a firm's whole name
        if any(len(s) >= 3 and s.isupper() for s in sides) or re.match(r" \d", text[found[0].end() :]):
            continue  # "IBP and Local 222": an acronym is a name of its own, a number goes on from the run
        # "and" joins two firms as often as it names one: one name only where a legal suffix ends it
        # ("Standard and Poor's Corp"), the story writes it whole twice, a person works at it, a
        # possessive ends it ("Standard and Poor's said") or a verb in the singular follows ("Cable and
        # Wireless has"); not "Peroni and Grolsch", "Immunogen and Gilead"
        twice = sum(name_key(x.group(0)) == name_key(whole) for x in runs) >= 2
        if joiner.strip() in ("and", "&") and not (canonical_name(whole) != whole or twice or works_at or
                                                   right.endswith("'s") or _SINGULAR_AFTER.match(text, found[0].end())):
            continue
        parts = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY and
                 any(r.start() <= e.start and e.end <= r.end() for r in found)}
        if any((a, b) in linked for a in parts for b in parts):
            continue  # "Acme and Zenith agreed to merge": two firms in a deal
        full = gaz.canonical(re.sub(r" +- +", "-", whole.removeprefix("The ")))
        pair_known = gaz.lookup(f"{left}-{right.split()[0]}") if joiner.strip() == "-" else None
        if pair_known is not None and gaz.lookup(full) is None and not _vehicle(full, 1):
            full = pair_known.name  # "Wal - Mart Stores Inc": the known "Wal-Mart" with its words for the trade
        rename[name] = full
        taken += [(r.start(), r.end()) for r in found]
    return rename, taken


#: a partner's name: one or two capitalised words, full stops only inside ("J.P"; "Gardner. Saks" ends a sentence)
_PARTNER_WORD = r"[A-Z](?:[\w'&-]|\.(?=\w))*"
_PARTNER = rf"{_PARTNER_WORD}(?: {_PARTNER_WORD}){{0,2}}"
_PARTNER_RUN = re.compile(rf"(?<![\w.&'-])({_PARTNER}(?:, {_PARTNER})+)(?:,? (?:and|&) ({_PARTNER}))?")
_PARTNER_SPLIT = re.compile(r",? (?:and|&) |, ")
#: A first partner's initials, which the run leaves out: the "L.F. " of "L.F. Rothschild, Unterberg, Towbin".
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.)+ $")
#: A legal form inside a run of partners' names, a comma, "and" or another name after it: where the firm's name
#: ends ("Wheat, First Securities Inc and E.F. Hutton Group Inc").
_FORM_INSIDE = re.compile(rf"(?<=\w) (?i:{'|'.join(sorted(map(re.escape, LEGAL_FORMS - {'cie'})))})\b\.?"
                          rf"(?=,| (?:and |& )?(?!{_SUFFIX}\b)[A-Z])")
#: The legal forms after a run's last partner that the run leaves out: the "L.P." of "Pincus Capital Co L.P.".
_LEGAL_FORMS_AFTER = re.compile(rf"{_SUFFIXES_AFTER}*")
#: A run opening inside a longer name: "Securities and Exchange Commission, Fidelity International Ltd"
_NAME_GOES_BEFORE = re.compile(r"(?<![\w.&'-])([A-Z][\w.&-]*)(?<!-based) (?:(?:and|&) )?$")
_WORKS_AT = re.compile(r"(\S+?),? +(?:of|at|with) +$")
#: what a person is at the firm just named, and the person: "Prescott, Ball and Turben analyst Bruce Lazier"
_STAFF_AFTER = re.compile(r" ([a-z]+) (?=[A-Z][a-z])")
#: What a name is said to do in the singular: "Wagner and Brown, which owns ...", "Cable and Wireless has
#: faced ...", "Wagner and Brown said it would ..." (two firms are "they", "have", "own")
_SINGULAR_AFTER = re.compile(r",? (?:which|that) (?:is|was|has|[a-z]+[^s\W]s)\b|(?: (?:also|now|already))? "
                             r"(?:is|has|says|owns|holds|"
                             r"said it (?:would|will|has|had|plans|agreed|expects|intends))\b")


def _staff(word: str) -> bool:
    """Whether a word names what one person is at a firm: "analyst", "partner" (not "analysts")."""
    return word.lower() in vocabulary("title_words") | vocabulary("profession_words") and \
        not re.search(r"[^s]s$", word)


def _partners_listed(items: list[str], gaz: Gazetteer, english: frozenset[str], opens: bool) -> bool:
    """Whether the parts of a run of names set apart by commas are no partners of one firm's name: a
    part known on its own, the last one too before its trade ("Texaco, Mobil and Shell Oil Co"), given a
    legal form or a firm's noun of its own ("Tokai Bank, Fuji Bank and Mitsubishi Bank"), an owner's
    possessive ("Alcan, Canada's"), a person in full ("Barry Cameron-Smail, ..."), a place's firm ("Akron,
    Ohio-based Gencorp"), a month, a title, an acronym, or an English word opening the sentence
    ("Meanwhile, Norvell and Co")."""
    def own(i: str) -> bool:
        words = i.split()
        return len(words) > 2 or gaz.lookup(i) is not None or i.lower() in DEMONYMS or \
            words[-1].lower().rstrip(".") in LEGAL_FORMS | _BUSINESS_WORDS | _FIRM_ENDINGS | _INSTITUTION_NOUNS or \
            len(words) == 2 and _unaccented(words[0].lower()) in vocabulary("given_names") or \
            words[0].lower() in vocabulary("title_words") or words[0].lower() in _NAME_JOINERS
    return any(own(i) for i in items[:-1]) or gaz.lookup(items[-1]) is not None or \
        gaz.lookup(items[-1].rsplit(" ", 1)[0]) is not None or \
        any(i.isupper() and len(i) > 1 or "'" in i or re.search(r"-(?:based|owned|controlled|led|backed)\b", i) or
            any(w.lower() in _MONTHS_DAYS for w in i.split()) for i in items) or \
        opens and is_english(items[0].split()[0].lower(), english)


def _partnership_names(ex, text: str, gaz: Gazetteer, english: frozenset[str]) -> tuple[dict[str, str],
                                                                                           list[tuple[int, int]]]:
    """Companies that are partners of one firm's name the story writes with commas ("Donaldson" and
    "Lufkin" of "Donaldson, Lufkin and Jenrette Securities", "Labouisse" of "Howard, Weil, Labouisse,
    Friedrichs Inc", "Olmstead" of "an analyst with Morgan, Olmstead, Kennedy and Gardner"): the whole is
    the company where the story says it is one, by a legal form or a firm's noun ending it, the source's
    marks around it, the same name written twice, a person working at it or a verb in the singular after
    it. Not a list of firms ("Chrysler, Ford and General Motors"): no part known on its own, given a legal
    form of its own, or named apart with one elsewhere in the story; nor places, months or acronyms.
    The renames, and the spans of the names taken whole (a person read inside one is no person)."""
    companies = [e for e in ex.entities if e.kind is EntityKind.COMPANY]
    person_ends = {e.end for e in ex.entities if e.kind is EntityKind.PERSON}
    rename: dict[str, str] = {}
    taken: list[tuple[int, int]] = []
    pos = formed_end = 0
    while (m := _PARTNER_RUN.search(text, pos)) is not None:
        pos = m.end()
        # "Sun Co, Coastal, Citgo and Murphy Oil": a run right after a name its legal form ended goes on a list
        listed = text[formed_end : m.start()] == ", "
        placed = _PLACED.match(m.group(0))
        if placed:  # "New Orleans-based Howard, Weil, Labouisse, Friedrichs Inc": where the firm sits is no partner
            m = _PARTNER_RUN.match(text, m.start() + placed.end())
            if m is None:
                continue
        formed = _FORM_INSIDE.search(m.group(0))
        if formed:
            # "Levesque, Beaubien Inc, Wood Gundy Inc", "Levesque, Beaubien Inc Toronto-based bank analyst": a
            # legal form ends the firm's name, what comes after it is the next firm's or no name
            pos = formed_end = m.start() + formed.end()
            m = _PARTNER_RUN.match(text, m.start(), pos)
            if m is None:
                continue
        initials = _INITIALS_BEFORE.search(text, max(0, m.start() - 12), m.start())
        start = initials.start() if initials else m.start()
        known = gaz.lookup(text[start : m.end()])
        if known is not None:
            # "L.F. Rothschild, Unterberg, Towbin Inc", "Merrill Lynch Pierce, Fenner and Smith Inc": the run is
            # a known firm's name whole, whatever pieces the parse read in it
            end = m.end() + len(_LEGAL_FORMS_AFTER.match(text, m.end()).group(0))
            rename.update((e.name, known.name) for e in companies
                          if start <= e.start and e.end <= end + 1 and e.name != known.name)
            taken.append((start, end))
            continue
        items = _PARTNER_SPLIT.split(m.group(0))
        # "Kohlberg, Kravis, Roberts and Co", "Howard, Weil, Labouisse, Friedrichs Inc"
        legal = items[-1].split()[-1].rstrip(".").lower() in LEGAL_FORMS
        while items[-1] and items[-1].split()[-1].rstrip(".").lower() in LEGAL_FORMS:  # "Capital Co L.P."
            items[-1] = " ".join(items[-1].split()[:-1])
        items = [i for i in items if i]
        last = items[-1].lower().split()
        noun = len(last) >= 2 and last[-1] in _BUSINESS_WORDS | _FIRM_ENDINGS | _INSTITUTION_NOUNS
        # with no "and", a legal form ends partners' surnames ("Kleinwort, Benson Ltd"), not "Equicor,
        # Equitable HCA Corp", what a name is and then who owns it; so does a firm's noun where what the news
        # calls one firm stands before ("investment firm McBain, Rose Partners")
        firm = _FIRM_NOUN_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
        opens = text[: m.start()].rstrip()[-1:] in ("", ".", ":", ";", '"', "(", "\n")
        # "analyst Davis Saks, with Morgan, Olmstead, Kennedy and Gardner", "said Prescott, Ball and Turben
        # analyst Bruce Lazier": the firm one person works at is one firm, whatever firm a partner's name is
        # alone ("Ball"; not "analysts at Salomon, Merrill and Goldman": people at several firms)
        works_at = _WORKS_AT.search(text, max(0, m.start() - 40), m.start())
        works_at = works_at is not None and (works_at.end(1) in person_ends or _staff(works_at.group(1))) or \
            bool((after := _STAFF_AFTER.match(text, m.end())) and _staff(after.group(1)))
        # "an analyst with Morgan, Olmstead.": surnames alone, none a firm or a place of its own, where one
        # person works are one firm's partners, with no legal form or "and" to end them
        surnames = works_at and all(" " not in i and i.lower() not in places() for i in items) and \
            not _partners_listed(items, gaz, english, opens)
        # in a list of firms each with its legal form, only a legal form of its own ends partners' names
        # ("Merrill Lynch Canada Inc, Loewen, Ondaatje, McCutcheon and Co Ltd")
        if len(items) < 2 or listed and not legal or \
                not ((legal or firm and noun) and all(len(i.split()) == 1 for i in items[:-1]) and
                     (len(last) == 1 or noun and len(last) == 2) or m.group(2) or surnames):
            continue
        before = _NAME_GOES_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before and before.group(1).rstrip(".").lower() not in LEGAL_FORMS and \
                not (before.group(0) == before.group(1) + " " and before.group(1) in ("The", "the")):
            continue  # "Securities and Exchange Commission, Bilzerian and Bicoastal Financial Corp"
        if not works_at and _partners_listed(items, gaz, english, opens) or \
                any(i.lower() in places() for i in items[:-1]) and not (m.group(2) and last[-1] in _INSTITUTION_NOUNS):
            # "Dallas, Houston and Austin", "Milan, Italy and ARCO Seed Co"; but places open railways'
            # names: "Atchison, Topeka and Santa Fe Railway"
            continue
        end = m.end() + len(_LEGAL_FORMS_AFTER.match(text, m.end()).group(0))  # "Pincus Capital Co L.P."
        inside = [e for e in companies if m.start() <= e.start and e.end <= end + 1]  # "... Inc.": the full stop
        apart = [e for e in companies if e not in inside]
        def again(e: EntityMention, k: int) -> bool:  # the partners written together again, not a firm apart
            return re.match(rf"{re.escape(items[k])},? {re.escape(items[k + 1].split()[0])}\b", text[e.start :]) is not None \
                or k > 0 and re.search(rf"\b{re.escape(items[k - 1].split()[-1])},? $", text[: e.start]) is not None

        if not inside or any((name_key(e.name) == name_key(i) or e.name.startswith(f"{i} ")) and not again(e, k)
                             for e in apart for k, i in enumerate(items[:-1])):
            # "Amoco Corp ... Amoco, Mobil and Phillips Petroleum Co": firms the story names apart; not the
            # partners run together again ("a consultant to Donaldson, Lufkin, Wulff will ...")
            continue
        whole = text[m.start() : end]
        marked = text[m.start() - 1 : m.start()] == "<" and ">" in text[end : end + 8]
        twice = text.count(whole) >= 2
        # a firm's noun ending a list of goods, trades, brands or firms is the last firm's ("Crisco, Bold, Joy
        # and Puritan Oil", "Wharf, World International and HK Realty"); the common words of a body's name or
        # a list of sectors ("Agriculture, Livestock and Fisheries") need the source to write them as one
        words = [w.lower() for i in items for w in i.split()]
        if all(is_english(w, english) for w in words) and not (legal or marked or twice) or \
                not (legal or marked or twice or works_at or _SINGULAR_AFTER.match(text, end) or
                     noun and len(items) <= 3 and all(" " not in i for i in items[:-1])):
            continue
        full = gaz.canonical(whole)
        for e in inside:
            if e.name != full:
                rename.setdefault(e.name, full)
        taken.append((m.start(), end))
    return rename, taken


def _short_forms_of_bodies(text: str, gaz: Gazetteer) -> set[str]:
    """Short forms a document gives to bodies that are no companies: "the National Aeronautics and
    Space Administration (NASA)", "the Ruritanian Export Promotion Agency (REPA)"; in the rest of the
    document the short form alone is that body, and so is its name without its head ("the Association of
    Amarone Families ... the Amarone Families")."""
    out = set()
    for m in _SHORT_IN_BRACKETS.finditer(text):
        short = m.group(1) or m.group(2) or m.group(3)
        words = re.findall(r"[\w&.'-]+", text[: m.start()])[-10:]
        for n in range(2, len(words) + 1):
            phrase = words[-n:]
            if phrase[0][:1].isupper() and short.replace(".", "").upper() in initials_of(phrase):
                named = " ".join(phrase)
                if gaz.lookup(named) is None and gaz.lookup(short) is None and \
                        not_companies().category(named) not in (None, "outlet"):
                    out.add(short)
                break
        else:
            # In brackets, the short form of the body written right before it, whatever its letters: the
            # body's own language's ("the General Association of the German Retail Trade (HDE)", "the
            # National Military Office for Strategic Industries (OMNIS)") or the body written in lower case
            # ("the Italian national banking association (ABI)")
            body = _BODY_BEFORE.search(text, max(0, m.start() - 120), m.start() + 2)
            if m.group(1) and words and gaz.lookup(short) is None and (
                    not_companies().last.get(words[-1].lower()) in _BODIES or
                    body is not None and not_companies().category(body.group(0)) in _BODIES):
                out.add(short)
            # Between commas, the short form of a body of a people written right before it, in its own language
            # ("the Brazilian Coffee Institute, IBC, said"): a firm written there is one of a list
            body = _PEOPLES_BODY_BEFORE.search(text, max(0, m.start() - 120), m.start() + 1)
            if m.group(2) and body is not None and _people_or_place(body.group(1).lower()) and \
                    gaz.lookup(short) is None and not_companies().category(body.group(0)) in _BODIES:
                out.add(short)
    # "the American Electronic Association said ... the AEA said": the initials of a body the story names;
    # "the Swiss National Bank bought dollars ... the National Bank said": its name without its country
    for m in _CAPITALISED_RUN.finditer(text):
        named = m.group(0)
        if gaz.lookup(named) is None and not_companies().category(named) not in (None, "outlet"):
            words = named.split()
            out |= {i for i in initials_of(words) if len(i) >= 3 and gaz.lookup(i) is None}
            words = words[words[0] == "The" :]
            if len(words) >= 3 and (words[0].lower() in DEMONYMS or words[0].lower() in places()) and \
                    gaz.lookup(" ".join(words[1:])) is None:
                out.add(" ".join(words[1:]))
            # "the Association of Amarone Families ... the Amarone Families": the body's name without its head
            if len(words) >= 4 and words[1] == "of" and "of" not in words[2:] and \
                    gaz.lookup(" ".join(words[2:])) is None:
                out.add(" ".join(words[2:]))
    return out


#: The categories of ``not_companies.tsv`` for bodies.
_BODIES = ("government", "association", "international")
#: A run of capitalised words ending right before a bracket, any joiners of names between them: "General
#: Association of the German Retail Trade (".
_BODY_BEFORE = re.compile(r"(?<![\w&'-])[A-Z][\w&'-]*"
                          r"(?:\s+(?:(?:of|for|and|the|on|de|du|des|la|del)\s+)*[A-Z][\w&'-]*)*(?=\s\($)")
#: A run of capitalised words ending right before a comma, opening with a people's or a place's word: "Brazilian
#: Coffee Institute,".
_PEOPLES_BODY_BEFORE = re.compile(r"(?<![\w&'-])(?:The\s+)?([A-Z][\w&'-]*)(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w&'-]*)+(?=,$)")
#: A run of capitalised words, with the joiners inside names: "American Electronic Association",
#: "National Union of Mineworkers".
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w&'-]*(?:\s+(?:(?:of|for|and|the|on)\s+)?[A-Z][\w&'-]*)+")


def _surface_words(ex, name: str) -> list[str]:
    """The longest way the document writes a company: its words with the legal suffix ("Co")."""
    texts = [e.text for e in ex.entities if e.kind is EntityKind.COMPANY and e.name == name]
    best = max(texts, key=len, default=name)
    words = best.replace(",", " ").split()
    return words if words and words[0].lower() != "the" else words[1:]
