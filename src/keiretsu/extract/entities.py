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

import re
from dataclasses import dataclass, field

from ..models import EntityKind
from .gazetteer import DEMONYMS, Gazetteer, places
from .lexicon import NOT_COMPANY, NOT_COMPANY_EXACT, PART_NAMES, PLURAL_REF

_MONTHS_DAYS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "separately",
}


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

    def saw(self, name: str) -> None:
        if name in self.recent:
            self.recent.remove(name)
        self.recent.append(name)


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
        surfaces = sorted(self.gaz.surfaces, key=len, reverse=True)
        #: Known companies' names as written: also the first pass's test for a name in lower-cased-free text.
        self.known = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, surfaces)) + r")(?![\w-])")
        kinds = sorted(self.gaz.kinds, key=len, reverse=True)
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

    def find(self, sent, ctx: StoryContext, cased: bool, marked: list[tuple[int, int]] = ()) -> list[Ent]:
        """Entities of a spaCy ``Doc`` holding one sentence, in order; updates ``ctx``. ``marked``:
        character spans the source marks as company names (wire copy's "<Skis Dynastar SA>")."""
        taken = [False] * len(sent)
        out: list[Ent] = []
        ents = sent.ents  # built anew at each read: read once, not once per known name

        def add(kind: EntityKind, i: int, j: int, name: str, text: str, members: list[str] | None = None) -> None:
            if any(taken[i:j]):
                return
            for k in range(i, j):
                taken[k] = True
            out.append(Ent(kind, name, text, i, j, members or []))

        for a, b in marked:
            span = sent.char_span(a, b, alignment_mode="expand")
            if span is not None and not _is_title(span.text):
                add(EntityKind.COMPANY, span.start, span.end, self.gaz.canonical(span.text), span.text)
        # Names with a legal suffix are companies whatever the model says ("Conagra Inc" is no person).
        for m in _LEGAL_NAME.finditer(sent.text):
            begin = m.start()
            before, joined, after = m.group(0).partition(" and ")
            if joined and len(before.split()) >= 2 and after.split()[0].lower() not in _AND_WORDS:
                # "Otis Elevator and Carrier Corp" are two companies; "Jones and Vining Inc", "National
                # Distillers and Chemical Corp", "Charter Federal Savings and Loan Association" are one
                begin += len(before) + len(joined)
            span = sent.char_span(begin, m.end(), alignment_mode="expand")
            if span is None:
                continue
            i = span.start
            for k in range(span.start, span.end - 1):  # "China's Geely Automobile Holdings": after the 's
                if sent[k].lower_ in ("'s", "'"):
                    i = k + 1
            while i < span.end - 1 and (not (sent[i].pos_ == "PROPN" or sent[i].text[:1].isupper())
                                        or sent[i].lower_ in ("of", "&", "the")):
                i += 1
            if i < span.end - 1 and not _is_title(sent[i:span.end].text):
                text = sent[i : span.end].text
                add(EntityKind.COMPANY, i, span.end, self.gaz.canonical(text), text)
        # People the model took for organisations: "Makoto Uchida, Nissan's chief executive"
        for e in ents:
            if e.label_ in ("ORG", "GPE") and len(e) >= 2 and self.gaz.lookup(e.text) is None and \
                    not _LEGAL_NAME.search(e.text) and _titled(sent, e):
                add(EntityKind.PERSON, e.start, e.end, _clean_person(e.text), e.text)
        # Known companies: their canonical names beat the model's boundaries ("Saudi Aramco").
        for m in self.known.finditer(sent.text):
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and not any(e.label_ == "PERSON" and e.start <= span.start < e.end for e in ents):
                # The model's longer organisation wins when it holds the known name ("Geely Automobile Holdings").
                org = next((e for e in ents if e.label_ == "ORG" and e.start <= span.start and span.end <= e.end), None)
                if org is not None:
                    span = _trimmed(sent, org)
                # A unit named after its parent is a company of its own: "Google Cloud", "Samsung SDI"
                end = span.end
                while end < len(sent) and sent[end - 1].dep_ == "compound" and sent[end - 1].head.i >= end and \
                        sent[end].pos_ == "PROPN" and sent[end].text[:1].isupper() and sent[end].is_alpha and \
                        not taken[end] and sent[end].ent_type_ in ("", "ORG") and \
                        sent[end].lower_ not in NOT_COMPANY_EXACT and self.gaz.lookup(sent[end].text) is None:
                    end += 1
                span = sent[span.start : end]
                add(EntityKind.COMPANY, span.start, span.end, self.gaz.canonical(span.text), span.text)
        for e in ents:
            if e.label_ == "PERSON":
                name = _clean_person(e.text)
                if self.gaz.lookup(name) is not None:
                    add(EntityKind.COMPANY, e.start, e.end, self.gaz.canonical(e.text), e.text)
                elif " " in name:  # a full name: a surname alone ("Reynolds said") is a later reference
                    add(EntityKind.PERSON, e.start, e.end, name, e.text)
            elif e.label_ == "ORG" and self._is_company(e.text, cased):
                span = _trimmed(sent, e)
                start, end = span.start, span.end
                # "Skydance Media": a capitalised word the model left out, compounded onto the name
                while start > 0 and sent[start - 1].dep_ == "compound" and sent[start - 1].head.i >= start and \
                        sent[start - 1].text[:1].isupper() and sent[start - 1].is_alpha and not taken[start - 1] and \
                        sent[start - 1].lower_ not in DEMONYMS and sent[start - 1].lower_ not in places():
                    start -= 1
                if start < end and self._is_company(sent[start:end].text, cased):
                    text = sent[start:end].text
                    add(EntityKind.COMPANY, start, end, self.gaz.canonical(text), text)
        self._proper_nouns(sent, taken, add, cased)
        self._references(sent, ctx, taken, add, out)
        out.sort(key=lambda e: e.i)
        self._short_forms(out, ctx)
        self._learn_descriptions(sent, out, ctx)
        return out

    def _short_forms(self, ents: list[Ent], ctx: StoryContext) -> None:
        """A story names a company in full, then short: "Baker International ... merger with Baker",
        "USAir Group ... acquire USAir". The short form is the company named before."""
        for e in ents:
            if e.kind is not EntityKind.COMPANY or e.members or " " in e.text or self.gaz.lookup(e.text):
                continue
            if e.text.lower() in _GENERIC_FIRST_WORDS:
                continue
            full = [n for n in [*ctx.recent, *(x.name for x in ents if x.i < e.i and not x.members)]
                    if " " in n and n.split()[0] == e.text]
            if len(set(full)) == 1:
                e.name = full[0]

    def _is_company(self, text: str, cased: bool) -> bool:
        t = text.strip()
        if len(t) < 2 or t.lower() in NOT_COMPANY_EXACT or t.lower().startswith(("the company", "the firm")):
            return False
        if cased and not any(c.isupper() for c in t):
            return False
        if _PRODUCT.fullmatch(t):
            return False
        return self.gaz.lookup(t) is not None or not NOT_COMPANY.search(t)

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
            if not self._name_token(tok, i, taken, other):
                i += 1
                continue
            j = i + 1
            while j < len(sent) and (self._name_token(sent[j], j, taken, other) or
                                     (sent[j].text == "&" and j + 1 < len(sent) and sent[j + 1].text[:1].isupper())):
                j += 1
            span = sent[i:j]
            head = span.root
            text = span.text
            follows = sent[j].lower_ if j < len(sent) else ""
            if ((head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss", "attr", "pcomp")
                     or _names_a_part(head))
                    and (i > 0 or head.dep_ in ("nsubj", "nsubjpass"))
                    and follows not in ("said", "says", "told") and self._is_company(text, cased)
                    and text.lower() not in _MONTHS_DAYS and text.lower().rstrip(".") not in known_places):
                add(EntityKind.COMPANY, i, j, self.gaz.canonical(text), text)
            i = j

    def _name_token(self, tok, i: int, taken, other) -> bool:
        # A capitalised first word is a name where the parse says so ("Uber and Baidu announced") or where
        # it is no English word ("Tencent holds", not "Shares rose")
        first_name = i == 0 and tok.pos_ == "NOUN" and (
            any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in tok.children) or
            bool(self.words) and tok.is_alpha and tok.lower_ not in self.words and tok.lemma_.lower() not in self.words)
        return (not taken[i] and i not in other and tok.text[:1].isupper() and tok.lower_ not in _MONTHS_DAYS
                and (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and (i > 0 or first_name)))
                and tok.lower_ not in NOT_COMPANY_EXACT)

    def _references(self, sent, ctx: StoryContext, taken, add, found: list[Ent]) -> None:
        named = {self.gaz.canonical(sent[e.start:e.end].text) for e in sent.ents}
        for m in PLURAL_REF.finditer(sent.text):
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            # "Fleet and Norstar agreed to merge the two bank holding companies": the two just named
            before = [e.name for e in found if e.kind is EntityKind.COMPANY and span is not None and e.j <= span.start]
            members = before if len(before) == 2 else \
                [n for n in ctx.recent if n not in named][-2:] if len(ctx.recent) >= 2 else []
            if span is not None and len(members) == 2:
                add(EntityKind.COMPANY, span.start, span.end, " & ".join(members), m.group(0), members)
        for m in self._descr_re.finditer(sent.text):
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
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


# Words that continue a name after "and" ("Savings and Loan", "Distillers and Chemical"): a name
# with two words before "and" and any other word after it is two companies.
_AND_WORDS = {"co", "company", "sons", "associates", "partners", "loan", "chemical", "chemicals", "services",
              "electric", "electronics", "gas", "power", "light", "telephone", "telegraph", "trust", "savings",
              "investment", "investments", "development", "technology", "engineering", "manufacturing", "supply",
              "exploration", "production", "industries", "systems", "mining", "refining", "marketing", "finance",
              "insurance", "communications", "equipment", "products", "construction", "distribution", "research"}
_PLACE_AFTER = re.compile(r"\s*,\s*((?:[A-Z][\w.]*\s?){1,2})")
_LEGAL_NAME = re.compile(
    r"\b[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|of|&|de|du|des|la|le))*?"
    r"(?:\s+and\s+[A-Z][\w'-]*)?"  # "Jones and Vining Inc", "Eli Lilly and Co"
    r"(?:,?\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|SA|S\.A|AG|NV|N\.V|SpA|LP|L\.P|Bhd|GmbH|Corporation|Company|Limited|"
    r"Holdings|Pty|KGaA|AB|ASA|Oyj|SE|LLC|Cos|Association))+\b\.?"
)
_TITLE_NEAR = re.compile(r"^\s*,\s+(?:\w+(?:'s)?\s+){0,3}?(?:the\s+)?(?:co-?founder|former|executive|chief|chair\w*|"
                         r"president|head|ceo|cfo|founder|director|boss)\b", re.I)
_TITLE_BEFORE = re.compile(r"\b(?:chief executive|ceo|chairman|chairwoman|chair|president|cfo|director|boss|head)"
                           r"(?: officer)?\s*,?\s*$", re.I)


#: First words of many companies' names: no short form of any one of them.
_GENERIC_FIRST_WORDS = {
    "general", "american", "national", "first", "united", "international", "new", "royal", "british", "continental",
    "pacific", "southern", "northern", "western", "eastern", "central", "great", "standard", "federal", "security",
    "commonwealth", "citizens", "union", "allied", "consolidated", "associated", "universal", "china", "japan",
}
#: Products, not companies: "iPhones", "A320neo", "B787".
_PRODUCT = re.compile(r"i[A-Z]\w*|[A-Z]{1,2}\d{2,}\w*")
_NAME_JOINERS = {"of", "and", "de", "du", "des", "la", "le", "der", "von", "van", "for", "the", "y", "e", "&"}


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


def _trimmed(sent, e):
    """An organisation the model found, without what ran into it: "the", trailing "and" ("Dell and"
    Nvidia), a common noun ("Southern Pacific railroad"), a verb ("Cerberus controls Albertsons")."""
    start, end = e.start + (1 if e[0].lower_ == "the" else 0), e.end
    for k in range(start + 1, end):
        if sent[k].is_lower and sent[k].is_alpha and sent[k].lower_ not in _NAME_JOINERS:
            end = k
            break
    while end > start and sent[end - 1].lower_ in ("and", "&", ",", "or", "of"):
        end -= 1
    return sent[start:end]


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


def _clean_person(text: str) -> str:
    text = re.sub(r"(?:'s|')$", "", text.strip())
    text = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+", "", text)
    return text.strip(" ,.")
