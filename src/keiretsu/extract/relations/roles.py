"""People's offices: "Renault CEO Luca de Meo", "X, chairman of Y", "X, Y's chief executive",
"senior economist at Capital Economics Daniel Martin", "Chairman Paul Oreffice said" (in a story
about one company), "a spokeswoman for the company", "Ronald Glantz of Montgomery Securities said"
(a firm and no office).

Each side of a name is read on its own: "Adsteam's managing director John Spalvins will become
chairman of Markheath" is two offices. The company is the one the wording ties to the title: right
before it ("Nissan CEO", "St George senior economist"), after "of", "at" or "for", before the name
on its right ("X, Y's chief executive"), the one that said or named it ("Acme Corp said John
Smith, vice president, ..."), a reference ("the company", "its") to the company the sentence or
story is about, or, for a chief executive, chairman or spokesperson named with no company at all
(a president only where he speaks for it: "..., President Patrick G. Ryan told analysts"), that
company; in a piece on several companies, only where its holder speaks for it or leaves it. A title
followed by "replacing X" is X's former office too. A plural office after a list of names is each one's
("X, Y and Z were named directors", "Acme elected X and Y to its board"). A "he" or "she" holds the offices told
of it as a name does, where the one person it stands for is beyond doubt (``pronoun_roles``).
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from ...models import EntityKind, Mention, RelationType, Status
from .. import lexicon as L
from ..entities import Ent, StoryContext, spelt_in
from ..gazetteer import DEMONYMS, places
from ..names import LEGAL_FORMS_ALTERNATION, name_key
from ..vocab import classes, table, words
from .parse import DEAL_WORDS
from .triggers import PATTERNS

R, S = RelationType, Status

#: Offices beyond the executive titles of ``lexicon.TITLES`` (which the relation classifier reads
#: too): a board seat, a founder, a spokesperson, an analyst, partner or executive quoted for their
#: firm (``data/office_words.tsv``). Their title is kept as written.
_OFFICE_WORDS = table("office_words")


def _alternatives(cls: str) -> str:
    return "|".join(sorted((w for w, c in _OFFICE_WORDS.items() if c == cls), key=len, reverse=True))


_MODIFIER = rf"(?:(?!(?:{_alternatives('plain')})\b)(?-i:[a-z]+) )"


#: A staff word qualifying the noun after it names no office: "the executive committee", "a partner firm".
_QUALIFIES = r"(?!\s+(?:committee|committees|board|team|firm|firms|suite|search|pay|compensation|position|role)\b)"


def _offices(plural: str) -> re.Pattern:
    return re.compile(rf"(?<!managing )(?<!board of )\b(?:(?:{_alternatives('office')}){plural}|"
                      rf"(?<!['’]){_MODIFIER}{{0,2}}(?:{_alternatives('staff')}){plural}{_QUALIFIES})\b", re.I)


#: An office may be plural, said once of a list of people: "analysts George Brown, Sara Lee and Tom Ng".
OFFICES = _offices("s?")
#: What makes the prefilter parse a sentence: an office, or a plural one only right before a name
#: (not every "analysts said") or given to the names before it ("X, Y and Z were named directors").
_PREFILTERED = [_offices(""),
                re.compile(rf"\b(?:{_alternatives('office')}|{_alternatives('staff')})s\s+(?-i:[A-Z])", re.I),
                re.compile(rf"\b(?:named|elected|appointed|nominated|as)\s+(?:[a-z]+\s+)?"
                           rf"(?:{_alternatives('office')}|{_alternatives('staff')})s\b", re.I)]
#: A seat on a board, joined, held or left: "Joining the board were X, Y and Z", "X resigned from the
#: board", "named to its board industry veteran X", "Other members of the board are ...". The board is
#: a company's when one is named in it ("the Amgen board", "the board of Amgen"), else the story's.
BOARD_SEAT = re.compile(
    r"\b(?:(?i:(?:join(?:s|ed|ing)?|(?:re-?)?elected\s+to|appointed\s+to|named\s+to|nominated\s+to|added\s+to|"
    r"resign(?:s|ed|ing)?\s+from|left|leav(?:es|ing)|quit|retir(?:es|ed|ing)\s+from|step(?:s|ped)?\s+down\s+from|"
    r"(?:sit|sits|sat|sitting|serve[sd]?|serving)\s+on|seats?\s+on|members?\s+of|to)\s+(?:the\s+|its\s+|their\s+)?)"
    r"(?:(?:[A-Z][\w&.'’-]*\s+){1,4}?(?:['’]s\s+)?)?(?P<board>[Bb]oard)(?:\s+of\s+[Dd]irectors)?|board\s+members?)\b")
#: Who gives the seat "to" the board, named before the people given it: "Acme elected Tom Hart and Jane Doe to
#: its board" (not "Tom Hart wrote a letter to the board").
_SEAT_GIVEN = re.compile(r"\b(?:(?:re-?)?elect(?:s|ed|ing)?|name[sd]?|naming|appoint(?:s|ed|ing)?|add(?:s|ed|ing)?|"
                         r"nominat(?:es|ed|ing)|co-?opt(?:s|ed|ing)?)\s+$", re.I)
#: A seat asked for, which the board may never give: "Sosnoff requested a seat on the Caesars World board",
#: "is seeking two seats on its board", "demanded board representation".
_SEAT_SOUGHT = re.compile(r"\b(?:request(?:s|ed|ing)?|seek(?:s|ing)?|sought|ask(?:s|ed|ing)?\s+for|"
                          r"demand(?:s|ed|ing)?|want(?:s|ed|ing)?)\b", re.I)
#: A seat given up: the office is ``ended``.
_SEAT_LEFT = re.compile(r"\b(?:resign|left|leav|quit|retir|step)", re.I)
# a sentence with an office in it is parsed
#: A press release's contact line: "Media Contact: Jane Doe, E.V.P. Products, Acme", "Contact: Acme Jane
#: Doe, 925-324-8688", "Media Contact Jane Doe PR for Acme" (not a site's "Contact us").
_CONTACT = re.compile(r"\b(?:(?:Media|Press|Investor|Public Relations|PR)\s+)?Contacts?\b(?!\s+us\b)")


PATTERNS.extend([*(pattern for pattern, _ in L.TITLES), *_PREFILTERED, BOARD_SEAT, _CONTACT])
#: Offices whose holder, named with no company, speaks for the company the story is about
#: ("..., Chairman Paul Oreffice said"), as a spokesperson does; a president only where he
#: speaks (a head of state is one too), never a director.
_STORY_OFFICES = {"CEO", "Chairman", "CFO", "COO", "Deputy CEO", "Vice Chairman", "Deputy Chairman"}
#: A spokesman the story gives a public body or a union ("a Defence Ministry spokesman said", "a union spokeswoman"):
#: a spokesman it names later with no company ("spokesman Cent van Vliet said") may be the body's, no firm's.
_BODY_SPOKESMAN = re.compile(r"\b(?:[Mm]inistry|[Gg]overnment|[Dd]epartment|[Uu]nion|[Ee]mbassy|[Cc]ommission|[Aa]gency|"
                             r"[Pp]olice|[Aa]rmy|[Nn]avy|[Cc]ourt|[Pp]arliament(?:ary)?|[Cc]ouncil|[Tt]reasury)\s+"
                             r"spokes(?:man|woman|person)\b")
#: Words that stand for the company a story is about: "a spokeswoman for the company".
_REFERENCE = (r"(?:the |this |that )?(?:[\w. ]{1,20}?\s?-\s?based |parent |holding )?"
              r"(?:company|group|firm|bank|corporation)")
#: The company a story is about as the one that says or names who holds an office: "The company said
#: John Smith was named president", "It said ...", "the bank said".
_REFERENCE_SAYS = re.compile(rf"(?:^|[,;:]\s+)(?:{_REFERENCE}|it|(?:the|its)\s+(?:board(?:\s+of\s+directors)?|directors|"
                             rf"shareholders|stockholders))\s+(?:also\s+)?(?:said|says|named|appointed|elected|nominated|"
                             r"announced)\b", re.I)
#: What may sit between a company and the title after it: "'s" (web copy's spaced "Reuters ' senior analyst" too), "senior", "Asia" ("St George
#: senior economist", "Nissan's chief executive"), what its name left over ("Goldman Sachs
#: (Japan) Corp president", a ticker: "Glencore [LON: GLEN] chief executive", wire copy's brackets:
#: "<Quadrex Securities Ltd> chairman", "Olivetti SpA (OLIV.MI> chairman"); never a possessive pronoun, whose
#: office is another's ("elected X of Kuwait's Burgan Bank its new chairman" is the electing body's).
#: A possessive pronoun, which never qualifies a title of the name before it: its office is another's.
_NOT_POSSESSIVE = r"(?!(?:its|their|his|her)\b)"
_BETWEEN = re.compile(r"^>?(?:'s?|’s?|\s['’](?=\s))?(?:\s*(?:\([^()<>]{1,30}[)>\s]|\[[^\[\]]{1,30}\]|<[^<>]{1,30}>))?"
                      rf"(?:\s+(?i:{LEGAL_FORMS_ALTERNATION})\.?>?)?"
                      rf"(?:\s+(?!(?:and|or)\b){_NOT_POSSESSIVE}(?:[a-z][\w-]*|[A-Z][a-z]+(?:\s?-\s?based)?|(?:[A-Z]\.){{2,3}})){{0,2}}\s*$")


#: A head of a part of a company, not of the company: "foreign exchange department chief X", "head of the
#: company's U.S. taxable bond team", "head of the trading division" (``data/office_words.tsv``, "unit").
_UNIT = rf"(?:{_alternatives('unit')})s?"
_UNIT_BEFORE = re.compile(rf"\b{_UNIT}\s+$", re.I)
_UNIT_AFTER = re.compile(rf"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’.&-]+\s+){{0,5}}?{_UNIT}\b", re.I)
#: A head of a field: "finance chief X", "product development chief X", "head of research", "global head of
#: emerging-market strategy", "Head of Public Relations at X" (the words before in lower case: a capitalised
#: one may end a company's name, "Acme International chief X"; after "of", field words only when
#: capitalised: a company after "of" is). The field is the company's, so the office ties its holder as a
#: chief executive's does, ranks as one and falls back as one to the story's company; only its title is
#: kept as written.
_FIELD_BEFORE = re.compile(rf"\b(?:(?:{_alternatives('function')})\s+)+$")
#: The function words (and "general") before a director or manager: "finance director", "General manager",
#: "deputy general-director".
_FUNCTION_HEAD = re.compile(rf"(?:^|(?<=[\s(\"“]))(?i:(?:deputy|assistant)[\s-]+)?"
                            rf"(?i:(?:{_alternatives('function')}|general)[\s-]+)+$")
_FIELD_NAMED = re.compile(r"\s+of\s+(?:(?-i:[A-Z]\.){2,3}\s+|(?-i:[A-Z]{2,4})\s+)?(?-i:[a-z][\w'’-]*)(?:\s+(?!(?:at|in|for|with|and|said|says)\b)(?-i:[a-z][\w'’-]*)){0,3}"
                          r"(?=\s+(?:at|in|for|with)\b|\s*[,.;)]|\s*$)")
_FIELD_CAPS = re.compile(rf"\s+of\s+(?:{_alternatives('function')})(?:\s+(?:and\s+|&\s+)?(?:{_alternatives('function')}))*"
                         r"(?=\s+(?:at|in|for|with)\b|\s*[,.;)]|\s*$)", re.I)


def _titles(chunk: str) -> list[tuple[int, str, re.Match]]:
    """(rank, title, match) of every office in a piece of text, best first. The head of a unit is no
    chief executive: that office keeps its word as written and ranks with the other offices; the head
    of a field ranks as one, under its title as written."""
    found = [(len(L.TITLE_ORDER), m.group(0), m) if _unit_head(chunk, name, m) else
             (L.TITLE_ORDER.index(name), name == "CEO" and (_field_title(chunk, m) or _as_written(m)) or name, m)
             for pattern, name in L.TITLES for m in pattern.finditer(chunk)]
    found += [(len(L.TITLE_ORDER), _singular(m), m) for m in OFFICES.finditer(chunk)
              if not any(a.start() <= m.start() < a.end() for _, _, a in found)]
    return sorted(found, key=lambda f: (f[0], f[2].start()))


def executive_titles(chunk: str) -> list[tuple[int, str]]:
    """(where, title) of each executive office (``lexicon.TITLES``) in a piece of text: a unit's or a
    field's head under the title as written ("head of research"), for the offices the model finds."""
    return [(m.start(), title) for _, title, m in _titles(chunk) if m.re is not OFFICES]


def written_titles(chunk: str) -> list[tuple[int, str]]:
    """(where, title) of the executive offices in a piece of text, else of the offices of ``office_words.tsv``
    as written ("non-executive director Thomas Ward" is no "Executive"), for the offices the model finds: a
    staff word's qualifiers may be any words around it ("told analysts")."""
    return executive_titles(chunk) or [(m.start(), m.group(0)) for m in _WRITTEN_OFFICES.finditer(chunk)]


_WRITTEN_OFFICES = re.compile(rf"(?<!managing )(?<!board of )\b(?:{_alternatives('office')})\b", re.I)


def office_of(title: str) -> str:
    """The office a title names, as keiretsu writes it, in lower case: "president and chief executive
    officer" is the chief executive's ("ceo"), "Vice President" stays "vice president", a field's head
    keeps its words ("head of research"). Labelled titles are read so to score the titles found."""
    found = _titles(title)
    return (found[0][1] if found else title).strip().lower()


def _field_title(chunk: str, m: re.Match) -> str:
    """A field's head's title as written ("product development chief", "head of research"), or none."""
    if m.group(0).lower() not in ("head", "chief", "boss"):
        return ""
    before = _FIELD_BEFORE.search(chunk, 0, m.start())
    after = _FIELD_NAMED.match(chunk, m.end()) or _FIELD_CAPS.match(chunk, m.end())
    return chunk[before.start() if before else m.start() : after.end() if after else m.end()] \
        if before or after else ""


def _as_written(m: re.Match) -> str:
    """A chief executive's title shown as written (``lexicon.CEO_AS_WRITTEN``: "managing director"), or none."""
    return m.group(0) if m.group(0).lower() in L.CEO_AS_WRITTEN else ""


def _office(rank: int, title: str) -> str:
    """The office a title ranks as: "finance chief" as "CEO", a title of ``office_words.tsv`` as itself."""
    return L.TITLE_ORDER[rank] if rank < len(L.TITLE_ORDER) else title


def _unit_head(chunk: str, name: str, m: re.Match) -> bool:
    return name == "CEO" and m.group(0).lower() in ("head", "chief", "boss") and \
        bool(_UNIT_BEFORE.search(chunk, 0, m.start()) or _UNIT_AFTER.match(chunk, m.end()))


def _plural(m: re.Match) -> bool:
    """Whether an office is said of several people at once ("analysts", "directors"): no office word
    in ``office_words.tsv`` ends in "s" but its plural."""
    return m.re is OFFICES and m.group(0).lower().endswith("s")


def _singular(m: re.Match) -> str:
    return m.group(0)[:-1] if _plural(m) else m.group(0)


#: How an office passes from one person to another (``data/handover_words.tsv``), by class.
_HANDOVER = classes("handover_words")


def _handing(*kinds: str) -> str:
    return "|".join(sorted((w.replace(" ", r"\s+") for k in kinds for w in _HANDOVER[k]), key=len, reverse=True))


#: A handover told right before the one who held the office, who has left it: "..., replacing Tom Brown".
#: ... or to be left to the one named to take it: "named Alfred Grava president to replace James Graham".
_REPLACING = rf"(?:{_handing('takes')}|to\s+(?:{_handing('take')}))"
_REPLACED = re.compile(rf"\b{_REPLACING}\s+$", re.I)
_TO_REPLACE = re.compile(rf"\s+to\s+(?:{_handing('take')})\s+", re.I)
#: The same after the office the successor takes and its company: "president of its Bolt unit, succeeding X".
_REPLACED_AFTER = re.compile(rf",\s*(?:{_handing('takes')})\s+$", re.I)
#: The same with the office he held told before his name: "..., replacing previous chairman Howard Katz".
_REPLACED_TITLED = re.compile(rf"\b(?:{_handing('takes')})\s+(?!by\b)(?P<office>(?:[\w&'’.-]+\s+){{1,6}})(?<!\bby\s)(?:,\s*)?$", re.I)
#: One person taking another's office, what stands between the two names: "John Smith will succeed Tom Brown"
#: (the second's office is the first's) or "Tom Brown has resigned and will be succeeded by John Smith" (the
#: first's is the second's); ``ahead``: still to come. One chosen to take it has it: "Tom Hart was named to
#: succeed Jeff Lamm as chairman".
_SUCCEEDS = re.compile(rf"\s+(?:(?P<ahead>(?:{_handing('to_come')})\s+)|(?:(?:was|is|has\s+been|had\s+been)\s+"
                       rf"(?:named|appointed|elected|chosen|selected|picked|hired)\s+)?to\s+)?"
                       rf"(?:{_handing('takes', 'take')})\s+", re.I)
#: The same past what is set off after the successor's name: "John Johnstone, 54, president and chief operating
#: officer, will succeed John Henske as chief executive officer".
_SUCCEEDS_SET_OFF = re.compile(rf"(?:\s*,\s*[^,;:()]{{1,60}}){{1,3}},{_SUCCEEDS.pattern}", re.I)
#: Who said what the sentence tells, named last: "..., the company said.", "..., Olin said."
_SAID_LAST = re.compile(r",\s*(?P<who>[^,;:\"“”]{1,60}?)\s+(?:said|says|added|announced)\s*\.?\s*$")
_SUCCEEDED_BY = re.compile(rf",?\s+(?:(?:has\s+)?(?:{_handing('left')})\s+and\s+)?"
                           rf"(?:(?P<ahead>(?:{_handing('to_come')})\s+be)|has\s+been|had\s+been|was|is)\s+"
                           rf"(?:{_handing('given')})\s+by\s+")
#: An office its holder keeps, told in a clause after his name: "..., replacing Jeff Lamm, who remains chairman",
#: its comma left out or not ("succeeding James Baker who remains chairman").
_KEPT_ON = re.compile(rf"(?:,\s*|\s+)who\s+(?:{_handing('kept')})\s+(?:as\s+)?(?:the\s+|its\s+|his\s+|her\s+)?(?:[a-z]+\s+){{0,2}}")
#: The same told right after his name, held now whatever a clause before it says is to come: "Anthony Regensburg
#: will become acting chief executive and Daniel Gillespie will continue as president".
_KEEPS = re.compile(rf"\s+(?:{_handing('kept')})\b", re.I)
#: An office its holder moves on to, told in a clause after his name: "He succeeds Brian Pearse, who is promoted to
#: chief financial officer".
_MOVED_ON = re.compile(rf",\s*who\s+(?:{_handing('moved')})\s+")
#: A title told right before the next name, after "and" and a word that points at its company: "and its
#: chairman, Donald Bachmann", "and the company's president, Donald Headlund" (the next name's office).
_NEXT_ONES = re.compile(r"\band\s+(?:its|their|the(?:\s+[\w-]+(?:'s|’s))?)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}$", re.I)
#: What may stand between a title and the next name when that name holds it, with no comma to set the title off
#: as the name's before it: "Tom Brown, Acme chairman John Smith", "Commissioner Ray Astin and Chairman of the Stock
#: Exchange of Hong Kong Ronald Li" (a title told right before a name is that name's; not past a full stop the sentence
#: split missed: "director of Hoare Govett Asia Ltd.    Jardine Matheson's shares").
_TITLES_NEXT = re.compile(r"(?:\s+(?:of|at)\s+(?:the\s+)?<?[A-Z][\w&.'’-]*(?:\s+(?:(?:and|&|of|de|the)\s+)?[A-Z][\w&.'’-]*)*>?)?(?<!\.)[ \t]")
#: A kin the words right of a name make the person, whose office the title after it is: "Ernst Wilhelm Sachs, the
#: grandson of the firm's founder", "Burton Ruby, son of the Jaymar-Ruby founder".
_KIN_OF = re.compile(r"\b(?:(?:grand)?(?:sons?|daughters?)|widow(?:er)?|heirs?|brothers?|sisters?|nephews?|nieces?|"
                     r"cousins?|wife|husband|father|mother|relatives?|family)\s+of\b", re.I)
#: A body an office is of, told after it by name or by what it is ("of the brokerage firm bearing his name"), but for a
#: firm only described, which the story's company is ("Henry Gluck, chairman and chief executive officer of the hotel,
#: casino and resorts company, said": Caesars World's).
_OF_SOME_BODY = re.compile(rf"\s+(?:of|at|for|with)\s+(?!{_REFERENCE}\s*[,.;]|"
                           r"the\s+[^;.]{1,60}?\b(?:company|firm|group|bank|corporation)\s*[,.;])", re.I)
#: A body an office is of, named after it: "president of the <National Association of Securities Dealers>".
_OF_BODY = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?<?(?P<word>(?-i:[A-Z])[\w&'’-]*)")
#: Between two names one verb gives offices to: "named John Smith as president and Tom Brown as ...".
_NAMED_TOO = re.compile(r"\s+(?:as\s+)?(?:(?-i:[a-z][\w-]*)\s+){1,6}?and\s+")
#: Where what is said right of a name stops being about that name's office: another clause, or a relative
#: clause that tells no office ("X, who is chairman at Y" does).
#: "who had previously been CEO of X", "who now is president": a time word before or inside the verb
_WHEN = r"(?:(?:also|previously|formerly|once|now|currently|recently|still)\s+)?"
_OTHER_TALE = re.compile(rf"[;]|\bsaid\b|\bsays\b|, (?:who|which)\b(?!\s+{_WHEN}(?:is|was|has {_WHEN}been|had {_WHEN}been|"
                         rf"serves as|served as|"
                         rf"became|becomes|{_handing('kept', 'moved')}|(?:stepped|steps|will step) down as|resigned as|retired as|quit as|"
                         r"(?:took|takes|will take) over as)\b)")


#: Words that refer to a company the sentence does not name.
@lru_cache(maxsize=4)
def _public_body_speaks(text: str) -> bool:
    """Whether a story gives a ministry's, a union's or another public body's spokesman (``_BODY_SPOKESMAN``): looked
    up once a story, not once for each spokesman of each sentence."""
    return _BODY_SPOKESMAN.search(text) is not None


_REFERS = re.compile(r"\b(?:the\s+company|the\s+firm|the\s+bank|it|its)\b", re.I)
#: A capitalised word right before a title, but for one that tells its tenure: the title is of a body the name
#: tells ("Senate Majority Leader"), or a sentence's opening word is ("Former President X": none).
_PRIOR_NAME = re.compile(r"(?<![\w&'.-])(?!(?:Former|Acting|Then|Interim|New|Outgoing|Retiring)\b)[A-Z][\w&'.-]*\s*"
                         r"(?:(?i:former|acting|then|interim|new|outgoing|retiring)\s+)?$")


#: A post named as a noun before the office it is: "to the additional title of", "assumed the positions of".
_POST_OF = r"(?:[a-z-]+\s+){0,2}(?:post|position|office|title|role)s?\s+of"


def _roles(sent, people: list[Ent], companies: list[Ent], ctx: StoryContext, sentence: str, start: int,
           end: int) -> list[Mention]:
    out = []
    text = sent.text
    # "Vice President of Operations at Acme": a department is no company, whatever the entities say
    companies = [c for c in companies if not all(map(_department, c.names))]
    people = [p for p in people if not _department(p.name)]  # "Senior Vice President Production for Acme"

    def story_company(before: int, by_subject: bool = True) -> list[str]:
        """The company a reference or a bare title means: the first one named before it in the
        sentence (its subject, as a rule: "Dow Chemical believes ..., Chairman Paul Oreffice said"),
        else the one the story is about: its lead's, not the last one a sentence spoke of ("The
        investors include affiliates of Radix, the company said. ... chairman Don Friedkin")."""
        # not one before a full stop and a quote the sentence ran on past: "... and Kelso Inc. \"We had ..."
        earlier = [c for c in companies if _end(sent, c) <= before and
                   not re.search(r"\.\s+[\"“]", text[_end(sent, c) - 1 : before])]
        # "It said the operations will be sold to Meadowdale Foods Inc, a corporation formed by members of its
        # existing management, including Chairman David Page": where a subject of the clauses over the office
        # stands for the story's company, not the first company named after it (a company that is one is no surer
        # than that first: "American Savings said Knoll also had talks with ... chairman Morris Broad")
        title = next((t for t in sent if t.idx >= before), None) if earlier and by_subject else None
        subject = _subject_firm(sent, companies, people, title, lambda at: story_company(at, False), named=False) \
            if title is not None else []
        if subject:
            return subject
        if earlier:
            return earlier[0].names
        story = ctx.lead or ctx.last_subject or (ctx.recent[-1] if ctx.recent else None)
        return [story] if story and not L.MEDIA_OUTLET.fullmatch(story) else []

    chained: tuple[int, list[str]] | None = None  # where the last name with a company on its left ended
    held: dict[int, list[tuple[str, re.Match, list[str]]]] = {}  # a person (by index) -> the offices found
    told: dict[int, list[str]] = {}  # where a title is -> the company found for it
    moved: set[int] = set()  # the offices (by match) one replaced moves on to
    for p in people:
        p_start, p_end = _begin(sent, p), _end(sent, p)
        # another person's name closes the window on either side
        left_limit = max((_end(sent, q) for q in people if q.j <= p.i), default=0)
        right_limit = min((_begin(sent, q) for q in people if q.i >= p.j), default=len(text))
        # "Packer, who made the sale in January, will be a director of Bond Media": an aside set off by
        # commas, then the office the main verb gives; the right side is read from the aside's end
        bio = _BIO.match(text, p_end, right_limit)  # "Jane Doe (born 1961), ..."
        aside = _ASIDE.match(text, bio.end() if bio else p_end, right_limit)
        r_from = aside.end() if aside else bio.end() if bio else p_end
        left_from, right_to = max(left_limit, p_start - 60), min(right_limit, r_from + 70)
        while left_from > left_limit and text[left_from - 1 : left_from + 1].isalnum():
            left_from -= 1  # whole words only: "Presidential" is no "President"
        while right_to < len(text) and text[right_to - 1 : right_to + 1].isalnum():
            right_to += 1
        left = text[left_from:p_start]
        right = text[r_from:right_to]
        # a relative clause is another's tale, unless it gives the office: "X, who is chairman at Y"
        right = _OTHER_TALE.split(right)[0]
        # the rest of a list of offices may run past the window: "X is ... at Capgemini, and the former
        # President and CEO of IGATE Corporation"
        listed = _OTHER_TALE.split(text[r_from:right_limit])[0]
        found: list[tuple[str, re.Match, list[str]]] = []
        described = False  # whether the office before the name is at a firm only described
        titles = _titles(left)
        for rank, title, m in titles:
            t_start, t_end = left_from + m.start(), left_from + m.end()
            between = text[t_end:p_start]
            # (not the full stop of a courtesy title or an initial the name left out: "Acme's chief executive, Mr.
            # Padoan, said", "Acme CEO J. Michael Smith")
            if re.search(r"[.;]", _HONORIFIC_DOTS.sub(" ", between)) or \
                    _verb_between(sent, t_end, p_start) and not _TO_REPLACE.fullmatch(between):
                continue  # "Morgan Stanley's local chief, replaces Stephen Roberts": the chief is another
            if between.count(")") > between.count("("):
                continue  # "led by Ed Raimonde (Chairman & CEO), Stephen Powers": an office in brackets is the name's before it
            if re.fullmatch(r",?\s*(?:and|&)\s+", between):
                continue  # "... as chairman and chief executive, and Tom Hart was named president": another's
            # "Fermenta's founder and former chief executive Refaat el-Sayed": the company goes with the first
            for _, _, other in sorted(titles, key=lambda f: -f[2].start()):
                if left_from + other.end() <= t_start and \
                        re.fullmatch(r"\s*(?:,|and|&)\s*(?:former\s+)?", text[left_from + other.end() : t_start]):
                    t_start = left_from + other.start()
            if left_limit and re.fullmatch(r"\s*,\s*(?:(?!(?:and|or)\b)[a-z]+\s+){0,3}", text[left_limit:t_start]) and \
                    re.fullmatch(r"(?:\s+(?:of|at|for)\s+[^,;:()]+)?\s*,\s*", between):
                # "James Lydon, executive vice president and COO, Joseph Tyrrell, ...", "John Smith, president of
                # Acme Corp, Robert Jones, ...": the name's before it
                continue
            # a title well before the name ("X, chairman emeritus of Y and Co, and Z") is another's,
            # unless its company sits between ("senior Asia economist at Capital Economics Daniel Martin")
            near = len(re.findall(r"\w+", between)) <= 3
            names = _left_company(sent, companies, t_start, t_end, p_start, p_end, near)
            short = _short_form(sent, companies, ctx, t_start, text[max(0, t_start - 60) : t_start], _LEFT_RUN) \
                if near else []
            if short and all(short[0].startswith(n + " ") for n in names):
                # "BPI president ... David R. Fernald", "former Toyota Shoji president" (the entity took "Toyota")
                names = short
            if names and _ADVISER.search(title) and not _ADVISER_OWNED.search(text, 0, t_start):
                continue  # "the Bank of Tokyo's economic adviser X", not "National Security Adviser X": an office the words name
            if not near:
                # "named Tom Hart president of its Bolt unit, succeeding Jeff Lamm": the office given to the one
                # who succeeds him, at the company told for it
                names = names or (told.get(t_start, []) if _REPLACED_AFTER.search(between) else [])
                if names:
                    found.append((title, m, names))
                    told[left_from + m.start()] = names
                    break
                continue
            if not names and re.fullmatch(rf",?\s*(?:who\s+)?{_REPLACING}\s+", between):
                names = told.get(left_from + m.start(), [])  # "named Oliver Blume as chief executive, replacing X"
                # "named Tom Brenner president and chief operating officer, succeeding X": the office
                # the previous name was given, told by its first title
                names = names or next((v for k, v in told.items() if left_limit <= k <= left_from + m.start()), [])
            if not names and chained is not None and re.fullmatch(r"\s*(?:,|and|, and)\s*", text[chained[0]:t_start]):
                names = chained[1]  # "Renault CEO Luca de Meo and Chairman Jean-Dominique Senard"
            if not names:  # "Karvona said it would buy Zentrix Labs, whose chairman Dana Whitlock owns 20 pct"
                names = next((c.names for c in reversed(companies) if _end(sent, c) <= t_start and
                              re.fullmatch(r"\s*,?\s*whose\s+(?:[a-z]+\s+)?", text[_end(sent, c) : t_start])), [])
            if not names and (its := _ITS_TITLE.search(text, max(0, t_start - 40), t_start)):
                earlier = [c for c in companies if _end(sent, c) <= t_start]  # "..., its president Warren Idsal"
                # "Its chief executive, Tom Brenner, said": the company the story was telling of; not "The
                # UAW said its vice president X" nor "The ICA elected X of Kuwait's Burgan Bank its new
                # chairman": "its" is the body's the sentence names, unless it is joined to a company ("the suit
                # against Porterfield and its partners X and Y")
                body = _body_says(sent, companies, t_start) and not (earlier and re.fullmatch(
                    r"\s*(?:and|or)\s+", text[_end(sent, earlier[-1]) : its.start()]))
                names = [] if body else _its_owner(sent, companies, people, t_start, story_company) or \
                    (earlier[-1].names if earlier else story_company(t_start))
            reference = re.search(rf"\b{_REFERENCE}(?:'s)?\s+(?:[a-z]+\s+)?$", text[max(0, t_start - 40):t_start], re.I)
            # "shares controlled by the brewery firm's former chairman X": the firm the words describe
            described = described or reference is not None and \
                _described_among(sent, companies, max(0, t_start - 40) + reference.start())
            # "central bank Chair Janet Yellen": a noun an adjective qualifies refers to no company named
            if not names and reference and not _adjective_before(sent, max(0, t_start - 40) + reference.start()) and \
                    not described:
                names = story_company(t_start)  # "according to company spokesman Edd Snyder"
            if not names:  # "First Federal ... of Charleston said executive vice president A.L. Hutchinson"
                names = _said_by(sent, companies, t_start)
            # "central bank Chair Janet Yellen": a title another noun qualifies is no office of the story's company
            # ... past the rest of a list of offices: "vice president and treasurer Fred Zuckerman said"
            # ... an article opening the sentence qualifies nothing: "The spokeswoman, Davia B. Temin, said"
            bare = not re.search(r"(?<![\w&'.-])(?!(?:The|A|An)\s*$)[A-Z][\w&'.-]*\s*$", text[:t_start]) and \
                len(text[_office_run(text, t_end) : p_start].split()) <= 1 and not _qualified(sent, t_start)
            # "..., President Patrick G. Ryan told analysts": a president only where he speaks for it
            # ... and is named in full: a head of state goes by surname alone ("President Reagan said");
            # ... opening the sentence or after what he says: "Twice last year, President Jacob Zuma said"
            # puts a time, no statement, before the comma
            speaks = re.search(r"(?:^|,)\s*$", text[:t_start]) and re.match(r"\s*(?:said|says|told)\b", text[p_end:]) \
                and p.j - p.i > 1 and (not text[:t_start].strip() or any(
                    t.pos_ in ("VERB", "AUX") or t.text in ('"', "”") for t in sent if t.idx + len(t.text) <= t_start))
            # ... and, with no company named before him, speaks of it or to its analysts: "President
            # Donald Trump said on Monday that tariffs would rise" is a head of state named in full
            speaks = speaks and (any(_end(sent, c) <= t_start for c in companies) or _SPEAKS_OF.match(text, p_end))
            office = _office(rank, title)
            # "finance director John Edwards said", "General manager Liu Shuxun declined": a function's director or
            # manager named with no company speaks for the story's, as its chairman does
            function = _FUNCTION_HEAD.search(text, 0, t_start) if m.re is OFFICES and \
                _singular(m).lower() in ("director", "manager") else None
            if not names and function and not re.search(r"[A-Z][\w&'.-]*\s*$", text[: function.start()]) and \
                    not _qualified(sent, function.start()) and len(between.split()) <= 1 and _acts_for(text, t_start, p_end):
                names, title = story_company(t_start), text[function.start() : t_end]
            # "a Defence Ministry spokesman said ... spokesman Cent van Vliet said": the body's, no firm's
            public_spokesman = title.lower().startswith("spokes") and _public_body_speaks(ctx.text)
            if not names and bare and not described and not public_spokesman and (office in _STORY_OFFICES or title.lower().startswith("spokes") or
                                                         title == "President" and speaks or _TRADES.match(text, p_end) or
                                                         office == "Vice President" and _firms_vice_president(m) and
                                                         bool(re.search(r"(?:^|,[\"”]?)\s*$", text[:t_start]) and
                                                              _ACTS_AFTER.match(text, p_end))):
                names = story_company(t_start)  # "..., Chairman Paul Oreffice said": the story's company
                # "CEO Satya Nadella's plan" in a piece on several companies: the lead's office only where
                # its holder acts for it (speaks, leaves, trades its shares, sits on its board)
                if len(ctx.recent) > 1 and not any(_end(sent, c) <= t_start for c in companies) and \
                        not _acts_for(text, t_start, p_end) and not _TRADES.match(text, p_end) and \
                        not any(b.group("board") != "Board" for b in BOARD_SEAT.finditer(text)):
                    names = []
                # "Rainbow has said the merger is sound. Chairman Allan Hawkins said BIL's actions were aimed at
                # disrupting it": one who tells of the lead by its name, in a story of several, speaks for another
                if len(ctx.recent) > 1 and not any(_end(sent, c) <= t_start for c in companies) and \
                        any(_written_for(c, names) for c in companies if _begin(sent, c) >= p_end):
                    names = []
            if not names and not companies and ctx.office_firm is not None and rank < len(L.TITLE_ORDER) and \
                    not ctx.text[ctx.office_firm[1] : start].strip() and not between.strip(" ,") and not described and \
                    not _PRIOR_NAME.search(text, 0, t_start) and not _qualified(sent, t_start) and \
                    not _REFERS.search(text):
                # "Dynamics said CTS Chairman George F. Sommer will assume the additional title of President. Former
                # President Robert D. Hostetler is resigning as a director, as is Chief Financial Officer Gary B.
                # Erekson": a sentence naming no company goes on with the offices of the one the last gave them at
                # (not one that refers to a company, "The company said directors elected Chairman X": the story's
                # company, whom the rules above judge)
                names = [ctx.office_firm[0]]
            if not names and bare and m.re is OFFICES and _OFFICE_WORDS.get(_singular(m).split()[-1].lower()) == "staff" \
                    and re.search(r"(?:^|,)\s*$", text[:t_start]) and _WROTE.match(text, p_end):
                names = _says_first(sent, companies)  # "Nomura says ..., analysts George Goncalves and Tracy Jin wrote"
            if names:
                found.append((title, m, names))
                # past a word of the name the entity left out: "Aloha chairman Hung Wo Ching, vice chairman Y"
                chained = (re.match(r"(?:[ \t]+[A-Z][a-z][\w'-]*)*", text[p_end:]).end() + p_end, names)
                told[left_from + m.start()] = names
                break
        # "flanked by Trade Minister Boris Aristov, Foreign Trade Bank Chairman Yuri Ivanov": the next name's
        right_titles = [f for f in _titles(right) if right_limit == len(text) or
                        not _TITLES_NEXT.fullmatch(text, r_from + f[2].end(), right_limit)]
        part_head = None  # the first head's office told of a part of a company (``_heads_part``), where the part ends
        for rank, title, m in right_titles:
            t_start, t_end = r_from + m.start(), r_from + m.end()
            if _apposed(sent, companies, r_from, t_start) or _KIN_OF.search(text, r_from, t_start):
                continue
            if right_limit < len(text) and re.fullmatch(r"\s*,?\s*", text[t_end:right_limit]) and \
                    _NEXT_ONES.search(text, r_from, t_start):
                continue  # "named X vice president, and its chairman, Donald Bachmann, was named ...": the next name's
            names = _right_company(sent, companies, r_from, t_start, t_end)
            if not names and _of_owners_unit(sent, companies, t_end):
                break  # "former president of Acme Co's <ACM> Beta Seed Inc affiliate": the unit's, which no entity names
            if part_head is not None and t_start >= part_head[1]:
                continue  # "..., succeeding IBM vice president, Edward M. Davis": past a part's head, another's office
            if not names and (part_end := _heads_part(sent, companies, _office(rank, title), t_end)):
                # "named James A. Cannavino president of its Data Systems Division": no president of IBM; read after the
                # rest of his list ("chairman and president of the company, and chairman and chief executive officer
                # of the unit": the company's chairman)
                part_head = part_head or (m, part_end)
                continue
            short = _short_form(sent, companies, ctx, t_start, text[r_from:t_start], _RIGHT_RUN)
            if short and all(short[0].startswith(n + " ") for n in names):
                names = short  # "Edwin Jacobson, Chicago Milwaukee president,"
            if not names and re.search(r"\b(?:its|their)\b", text[r_from:t_start]) and \
                    not _body_says(sent, companies, t_start, people):
                # "Boeing named Kelly Ortberg as its new chief executive": the company before the name;
                # not "The Markets Association elected Acme's Tom Hart as its chairman": "its" is the body's
                earlier = [c for c in companies if c.j <= p.i]
                names = _its_owner(sent, companies, people, t_start, story_company) or (earlier[-1].names if earlier else [])
            if not names and re.match(rf"\s+(?:of|at|for|with)\s+{_REFERENCE}\b", text[t_end:], re.I):
                names = story_company(p_start)  # "Jean Mantelet, president of the company"
            if not names and re.search(rf"(?:\b{_REFERENCE}(?:'s|’s)|^,\s*(?:a\s+)?{_REFERENCE})\s+(?:[a-z]+\s+){{0,2}}$",
                                       text[r_from:t_start], re.I):
                # "John Smith, the company's chief financial officer", "William Fuller, company spokesman"
                names = story_company(t_start)
            # "Acme said its board named Tom Brenner, 52, president": an age between them, or none ("Acme
            # named Tom Brenner chief executive")
            # "Zentrix said Dana Whitlock would step down as chief executive": an office to be left
            if not names and re.fullmatch(r"(?:,(?:\s*\d{2}\s*,)?|(?:,\s*\d{2}\s*,)?(?:\s+as|\s+(?:(?:was|is|were|are|has been|had been|have been|"
                                          r"has|had|have|will be|will|would|"
                                          rf"is to|is set to)\s+|{_AUX_ALSO})?(?:named|appointed|"
                                          r"elected|promoted|resign(?:s|ed|ing)?|retir(?:e|es|ed|ing)|quit|"
                                          r"step(?:s|ped|ping)? down|continue[sd]?|remain[sd]?|"
                                          # "Robert Stearns has joined the company as managing director": the
                                          # company it refers to is the one that said so
                                          rf"(?:re)?join(?:s|ed)?\s+{_REFERENCE})"
                                          r"(?:\s+(?:as|to))?|"
                                          # "named Robert Warren to the new post of vice chairman"
                                          r"\s+(?:(?:was|is|has been|had been|will be)\s+(?:named|appointed|elected|promoted)\s+)?"
                                          rf"to\s+the\s+{_POST_OF}|"
                                          # "Rafael Collado has assumed the positions of president and chief
                                          # operating officer", "James Moore will take on the additional post of"
                                          r"\s+(?:(?:will|would|has|had|is to)\s+)?(?:assum(?:e|es|ed|ing)|"
                                          rf"(?:take|takes|taken|took|taking)\s+(?:on|over))\s+the\s+{_POST_OF}))"
                                          r"\s*(?:the\s+|a\s+|its\s+)?(?:[a-z]+\s+){0,2}",
                                          text[r_from:t_start]) or not names and text[r_from:t_start].isspace() or \
                    not names and _GIVEN_AFTER.fullmatch(text, r_from, t_start) and _GIVEN_BEFORE.search(text, 0, p_start) and \
                    not _TO_HEAD.match(text, r_from):
                # "Acme Corp said John Smith, vice president of finance, resigned", "Volkswagen named
                # Oliver Blume as chief executive": who said it, or named him (or the list he ends:
                # "Acme said John Smith and Tom Brown were named directors")
                # ... unless the list of offices runs on to a company of its own: "Mobil said R.C. Mills, president and
                # general manager of its Exploration and Producing Southeast Inc, ..." (not past a former office)
                run_end = _office_run(text, t_end)
                names = [] if re.search(r"\b(?:former|ex-)", text[t_end:run_end], re.I) else \
                    _right_company(sent, companies, r_from, t_start, t_end, run=True)
                # ... nor where the office names a body of its own that is no company: "Hambrecht and Quist said
                # Gordon Macklin has resigned as president of the National Association of Securities Dealers"
                body = _OF_BODY.match(text, run_end)
                # ... nor where it is an office at a unit the sentence only describes: "Guinness also said John M.
                # Huston has been named vice president finance of the North American unit" (the unit's, not the sayer's)
                if not names and _OF_UNIT_DESCRIBED.match(text, t_end):
                    break
                # ... nor where the office is of a field at a firm named past the words read ("Peter Gottsegen,
                # formerly managing director of international corporate finance activities at Salomon Brothers
                # Inc, was appointed to the board"): that firm's, where a company is named there, else none
                field_at = None if names else _FIELD_AT_FIRM.match(text, t_end)
                if field_at:
                    names = next((c.names for c in companies if _begin(sent, c) == field_at.end()), [])
                    if not names:
                        break
                if not names and not (body and body.group("word").lower() not in _FUNCTIONS):
                    names = _said_by(sent, companies,
                                     _begin(sent, _listed_people(sent, people, p)[0]) if _plural(m) else p_start)
                said_last = _SAID_LAST.search(text, t_end)
                # "Edward Horman will continue as chairman, the company said": who said it, last; not an office of a
                # body told after it ("will be president of the combined unit, CrossLand said")
                if not names and said_last and not any(q.i >= p.j for q in people) and \
                        not re.match(r"\s+(?:of|at|for|in)\s", text[run_end:]):
                    names = story_company(p_start) if re.fullmatch(rf"{_REFERENCE}|it", said_last.group("who"), re.I) else \
                        next((c.names for c in companies if _begin(sent, c) == said_last.start("who") and
                              _end(sent, c) == said_last.end("who")), [])
                # "Acme said John Smith will succeed Tom Brown as chief executive": the office Tom Brown leaves is
                # the one the company that names his successor said
                successor = max((q for q in people if q.j <= p.i), key=lambda q: q.j, default=None)
                if not names and successor is not None and (_SUCCEEDS.fullmatch(text, _end(sent, successor), p_start) or
                                                            _SUCCEEDS_SET_OFF.fullmatch(text, _end(sent, successor), p_start)):
                    names = _said_by(sent, companies, _begin(sent, successor))
                    # "Mr Okada replaced Mr Kita as chief executive in February": a handover of an office that
                    # speaks for a company (a chief executive's, a chairman's), with no company named and none
                    # saying it, is of the story's company, as "..., Chairman Paul Oreffice said" is
                    if not names and _office(rank, title) in _STORY_OFFICES and \
                            re.fullmatch(r"\s+as\s+(?:the\s+|its\s+)?(?:(?-i:[a-z]+)\s+){0,2}", text[r_from:t_start]) and \
                            not re.match(r"\s+(?:of|at|for|with)\b|\s*,\s*(?-i:[A-Z])", text[run_end:]) and \
                            not any(_begin(sent, c) >= p_end for c in companies):
                        names = story_company(_begin(sent, successor))
                if not names and successor is not None and held.get(successor.i) and \
                        re.fullmatch(r"\s+(?:as\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}", text[r_from:t_start]) and \
                        (_NAMED_TOO.fullmatch(text, _end(sent, successor), p_start) and
                         _titles(text[_end(sent, successor) : p_start]) or
                         re.match(r"\s+as\s", text[r_from:t_start]) and
                         re.fullmatch(r"\s*,\s*and\s+", text[_end(sent, successor) : p_start]) and
                         _REPLACED_NEAR.search(text, 0, _begin(sent, successor))):
                    # "named John Smith as president and Tom Brown as vice chairman": the second one named, at the
                    # company of the first one's office; "elected Ian M. Cumming as chairman, succeeding Victor H.
                    # Palmieri, and Joseph S. Steinberg as president": past the one the first replaced
                    names = held[successor.i][0][2]
                if not names and not _plural(m) and re.search(r"\b(?:named|appointed|elected|promoted|as)\b", text[r_from:t_start]):
                    # "FirsTier said president William Smith has been named chief executive": an office given to
                    # one who holds another, with no company named, is at the company of the one he holds
                    names = next((n for _, x, n in found if x.string is left), [])
                if not names and not any(_end(sent, c) <= p_start for c in companies) and \
                        _REFERENCE_SAYS.search(text, 0, p_start):
                    names = story_company(p_start)  # "The company said John Smith was named president"
            if not names and (rank < len(L.TITLE_ORDER) or m.re is OFFICES and not _plural(m) and
                                                          _OFFICE_WORDS.get(_singular(m).lower()) == "office") and \
                    _TAKEN_OR_LEFT.fullmatch(text, r_from, t_start) and not companies and \
                    len(set(ctx.recent)) == 1 and not _OF_BODY.match(text, _office_run(text, t_end)):
                # "John Smith was named president", "Former President Robert D. Hostetler is resigning as a
                # director": an office taken or left, told of a story that has named one company only and in a
                # sentence that names none, is that company's
                names = story_company(p_start)
            if not names and re.fullmatch(_IS_TITLE, text[r_from:t_start]):
                names = _whose_clause(sent, companies, p_start)  # "Sports Direct, of which Mr Ashley is chairman"
            kept_on = _KEPT_ON.fullmatch(text, r_from, t_start)
            if not names and kept_on and _REPLACED.search(text, max(0, p_start - 30), p_start):
                # "named Tom Hart president, replacing Jeff Lamm, who remains chairman": the office the one replaced
                # keeps is at the company of the one he leaves, and held still
                names = next((n for _, x, n in found if x.string is left), [])
            moving = _MOVED_ON.match(text, r_from)
            taker = max((q for q in people if q.j <= p.i), key=lambda q: q.j, default=None)
            if not names and moving and re.fullmatch(L.BEFORE_TITLE, text[moving.end() : t_start]) \
                    and taker is not None and _SUCCEEDS.fullmatch(text, _end(sent, taker), p_start):
                # "National Savings said Bilbao succeeds George Pfaff, who was elected chairman": the office the one
                # replaced moves on to is at the company that told of the handover
                names = _said_by(sent, companies, _begin(sent, taker))
            if not names and (_office(rank, title) in _STORY_OFFICES or title.lower().startswith("spokes") and
                              not _public_body_speaks(ctx.text)) and \
                    re.fullmatch(r",\s*(?:the\s+)?(?:former\s+)?", text[r_from:t_start]) and \
                    re.match(r"\s*,\s*(?:said|says|told|added|wrote|explained|noted|commented)\b|\s+and\s+(?-i:[a-z])",
                             text[t_end:]) and \
                    not any(t_end <= _begin(sent, c) < t_end + len(re.split(r"[,;.]", text[t_end:])[0]) for c in companies) and \
                    not _OF_SOME_BODY.match(text, _office_run(text, t_end)):
                # "David Buttress, chief executive, said": an office set off with no company, as
                # "..., Chairman Paul Oreffice said" is before the name (not "X, chairman and president of Y", nor
                # "Boyd Jefferies, chairman and founder of the brokerage firm bearing his name, resigned": a firm the
                # words only describe, which a story about its holder, American Can, need not be)
                names = story_company(t_start)
            function = None if names or rank < len(L.TITLE_ORDER) else _function_set_off(text, r_from, m, t_start, t_end, p_start)
            if not names and (rank < len(L.TITLE_ORDER) and _speaks_set_off(text, r_from, t_start, t_end, p_start) or
                              function is not None) and \
                    not any(t_end <= _begin(sent, c) < t_end + len(re.split(r"[,;.]", text[t_end:])[0]) for c in companies):
                names = story_company(t_start)  # "Robert Lutz, executive vice president, told a news briefing"
            if names:
                # read past the window ("as President and Chief Operating Officer"), not into a part's head: "a company
                # founder and president of the test division" is the company's founder
                run_to = part_head[0].start() if part_head and part_head[0].start() > m.start() else len(listed)
                title = _run_title(listed[:run_to], m.start(), title)
                title = text[function:t_end] if function is not None else title  # "general director", as written
                # "John Smith, president of Acme and chief executive of Beta": the titles are tried by rank, so
                # the offices listed before the one found, each at a company of its own, are read from the first
                found += [] if kept_on else _offices_before(sent, companies, right_titles, m, names, r_from, listed)
                found.append((title, m, names))
                told[t_start] = names
                found += _more_offices(sent, companies, names, r_from, listed, t_end, title)
                if kept_on:  # held still: one office at the company, the one he keeps
                    found = [f for f in found if f[2] != names or f[1] is m]
                break
        if part_head is not None and not found:
            # "named James A. Cannavino president of its Data Systems Division": an office at the company "its" stands
            # for (else the one that said it, else the story's), under its title as written
            m, part_end = part_head
            t_start = r_from + m.start()
            names = (_its_owner(sent, companies, people, part_end, story_company)
                     if re.search(r"\b(?:its|their)\b", text[t_start:part_end]) else []) or \
                _said_by(sent, companies, p_start) or story_company(t_start)
            found.append((text[t_start:part_end], m, names))
            told[t_start] = names
        # "was appointed to serve as CEO of our general partner and President and CEO of TransMontaigne": with
        # no office on the right tied to a company, the first whose list of offices runs on to one, past the
        # window the titles were read in, under the list's first office by rank
        run = None if any(x.string is right for _, x, _ in found) else next(
            ((_run_title(text, r_from + m.start(), title), m, names) for _, title, m in right_titles
             if not _apposed(sent, companies, r_from, r_from + m.start()) and
             (names := _right_company(sent, companies, r_from, r_from + m.start(), r_from + m.end(), run=True))), None)
        if run is None and not found:
            # "has served as President of our general partner since 2010 and of Targa and TRI since 2011": an office
            # at a company the text does not name, then at those it goes on to
            run = _unnamed_then_named(sent, companies, right_titles, r_from, listed)
        if run is None and not found:
            # "service as President and CEO of four publicly-traded companies: GTECH Corporation, from 2001 to 2002;
            # ...; and Peak Technologies Group, Inc., from 1996 to 1998": the office at each company of the list
            found += _offices_listed_after(sent, companies, right_titles, r_from, right_limit)
        if run is not None:
            found.append(run)
        # "Tom Hart, a former Acme executive, joined Bolt as chief financial officer": the office taken after
        # the one left
        taken = _taken_after(sent, companies, p_start, p_end, right_limit)
        if taken is not None and not any(set(taken[0][2]) & set(names) for _, _, names in found):
            found.append(taken[0])
        headed = None if found else _heads(sent, companies, p_end)  # "Tom Brenner, who heads Varlo Inc."
        if headed:
            found = [headed]
        affiliated = None if found else _of_firm(sent, companies, p_end)  # "Ronald Glantz of Montgomery Securities said"
        # "Richard Schwarz, who follows Kodak for E.F. Hutton and Co, said"
        affiliated = affiliated or (None if found else _works_for(sent, companies, p_end, right_limit))
        # "Morgan Stanley's David Hill said", "Salomon Brothers' Henry Kaufman said"
        affiliated = affiliated or (None if found else _firms_own(sent, companies, p_start, p_end))
        if affiliated:
            found = [affiliated]
        # an office whose status the words around it tell apart from the rest's
        told_status: dict[int, tuple[Status, list[str]]] = {
            id(m): (S.ENDED, ["former"]) for _, m, _ in [*found[1:], *(found[:1] if run is not None else [])]
            # "..., and the former President and CEO of IGATE": not past another office's company
            if re.search(r"\b(?:former|ex-)\s*(?:(?!(?:of|at|for|with)\b)[\w-]+\s+){0,4}$",
                         m.string[max(0, m.start() - 40) : m.start()], re.I)}
        told_status.update({id(m): (S.ENDED, ["then"]) for _, m, _ in found if isinstance(m, re.Match) and
                            (m.string is left and _THEN_LEFT.search(left, 0, m.start()) or
                             m.string is right and _THEN_RIGHT.fullmatch(right, 0, m.start()))})
        # "Acme, a software firm founded in 1998 by John Smith and Jane Doe", "co-founded by Starbucks CEO Howard Schultz"
        founded = _founded_by(sent, companies, people, p) or _founded_with(sent, companies, people, p)
        employed = [] if found else _works_at(sent, companies, p_start, p_end) or founded  # "Mr. Bianchi joined Euronet"
        if employed:
            found = employed
        elif found:
            # "Prior to joining CoVant, Mr. Heilman was a Managing Director at CSP Associates": the company
            # he joined after the office told is his too
            held_at = {n for _, _, names in found for n in names}
            found += [j for j in _joined_before(sent, companies, p_start) + founded if not set(j[2]) & held_at]
        if any(m.re is _JOINING_BEFORE and re.match(r"(?i:prior|before)", m.group(0)) for _, m, _ in found):
            # "Prior to joining Westlake, Mr. Gibbons worked at Valero": held before he joined
            told_status.update({id(m): (S.ENDED, ["before joining"]) if m.re is not _JOINING_BEFORE else (S.ACTIVE, [])
                                for _, m, _ in found})
        # "spent ten years at Beta before becoming chief executive of Acme": the office taken after the work told
        told_status.update({id(m): (S.ACTIVE, []) for _, m, _ in found if isinstance(m, re.Match) and
                            m.re is _JOINING_LATER})
        # "John Smith, chairman-elect", "president designate Tom Hart": chosen, not yet in office
        if taken is not None:
            told_status[id(taken[0][1])] = taken[1]
        told_status.update({id(m): (S.AGREED, [elect.group(1)]) for _, m, _ in found if isinstance(m, re.Match)
                            and (elect := _ELECT.match(m.string, m.end()))})
        # "he will recommend Joe Ford, who now is president, be elected chief executive officer": an office the
        # board is only to be asked to give is proposed, not held nor agreed
        if _RECOMMENDS.search(text, max(0, p_start - 40), p_start):
            told_status.update({id(m): (S.PROPOSED, ["recommend"]) for _, m, _ in found if m.string is right and
                                _TO_BE_GIVEN.fullmatch(right, 0, m.start())})
        window = text[max(0, p_start - 45) : p_end + 60]
        prefix = text[max(0, p_start - 30) : p_start]
        titled = _REPLACED_TITLED.search(text, max(0, p_start - 70), p_start)
        left_ended = _REPLACED.search(prefix) or titled and _titles(titled.group("office")) or re.search(r"\b(?:former|ex-)\s*(?:\w+\s+){0,3}$", prefix, re.I) or \
            _LATE.search(prefix) or _DEATH_OF.search(text[max(0, p_start - 60) : p_start]) or _resigned_before(text, p_start) or \
            _FORMER_RUN.search(text[max(0, p_start - 80) : p_start]) or _left_leaving(sent, people, p)
        gone = L.ROLE_ENDED.search(text[r_from : r_from + 30])
        if gone and re.fullmatch(r"\s*,?\s*and\s+", text[r_from : r_from + gone.start()]) and \
                right_limit < len(text) and not re.search(r"[,;(]", text[r_from + gone.end() : right_limit]):
            gone = None  # "Loews chairman Laurence A. Tisch and retired CBS chairman William S. Paley": the next man's
        # "hired John Smith, a former Goldman Sachs banker, as its head of mergers": a leaving word set off
        # by a comma before the office told on the right ends another office, not this one
        after = [r_from + m.start() for _, m, _ in found if m.string is right]
        if gone and after and all(r_from + gone.end() <= t and "," in text[r_from + gone.end() : t] for t in after):
            gone = None
        if gone:
            # "resigned as president to become chairman of Sequoia Systems": the office he leaves for is taken
            told_status.update({id(m): (S.ACTIVE, []) for _, m, _ in found if m.string is right and
                                _LEFT_FOR.search(text, r_from + gone.end(), r_from + m.start())})
        right_ended = gone or _leaves(sent, p) or _SPENT.match(text, p_end) or _DIED.match(text, p_end) or \
            _HELD_BEFORE.match(text, p_end) and not re.search(r"\bsince\b", text[p_end:]) or \
            _was_office(text, p_end) and not _HELD_NOW.search(text, p_end) or \
            headed is not None and _headed_before(headed[1])
        if described and not any(x.string is left for _, x, _ in found):
            left_ended = None  # "the brewery firm's former chairman X, who is also chairman of Y": the described firm's
        ended = left_ended or right_ended
        # "From 1986 to 2009, Mr. Hart was a director of Acme": an office held over a span that closed
        span = None if ended or _STILL.search(text) else _CLOSED_SPAN.search(text)
        on_left = {id(m) for _, m, _ in found if m.string is left}  # the offices told before the name
        # only what is said between the person and the office, or just before the person, is of this
        # office: "Tom Brown, who will become chairman", "its board will elect in April John Johnstone as"
        first = min((m.start() for _, _, m in right_titles), default=0)
        ahead = None if ended or _KEEPS.match(text, r_from) else L.ROLE_AHEAD.search(text[max(0, p_start - 45) : p_start] + " " + right[:first]) or \
            _TO_BECOME.match(right) and _GIVEN_BEFORE.search(text, 0, p_start)  # "nominated X to become chairman"
        status, cues = (S.ENDED, ["former" if "former" in window.lower() else "left"]) if ended else \
            (S.ENDED, [span.group(0)]) if span else (S.AGREED, [ahead.group(0)]) if ahead else (S.ACTIVE, [])
        seat = _board_seat(sent, people, companies, p)
        # "..., succeeding Bill Lyon, who has been elected to AMR's board": the seat the one replaced moves on to
        moved_on = _MOVED_ON.match(text, r_from)
        if seat is not None and not found and moved_on and seat[0].start() >= moved_on.start():
            found = [("Director", seat[0], seat[1] or story_company(seat[0].start()))]
            moved.add(id(seat[0]))
            seat = None
        moved.update(id(m) for _, m, _ in found if m.string is right and moved_on)
        # "..., who is promoted to chief financial officer" holds it; "..., who will become chairman" is to hold it
        to_come = moved_on and L.ROLE_AHEAD.search(moved_on.group(0))
        told_status.update({id(m): (S.AGREED, [to_come.group(0)]) if to_come and id(m) in moved else (S.ACTIVE, [])
                            for _, m, _ in found if m.string is right and
                            _KEPT_ON.fullmatch(text, r_from, r_from + m.start()) or id(m) in moved})
        # "Fritz Leutwiler, former president of the Swiss National Bank and currently chairman of BBC": an office
        # the present is told of right before is held, whatever was left before it
        told_status.update({id(m): (S.ACTIVE, []) for _, m, _ in found
                            if _NOW_BEFORE.search(m.string, max(0, m.start() - 30), m.start())})
        if seat is not None and not found:
            m, names = seat
            names = names or story_company(m.start())
            found = [("Director", m, names)]
            if _SEAT_LEFT.match(m.group(0)):
                status, cues = S.ENDED, ["left"]
        elif seat is not None and seat[1] and not {n for _, _, names in found for n in names} & set(seat[1]):
            # "Fundamental Management Chairman Carl Singer was elected to the Robeson board": an office
            # at one company and a seat on another's board
            m, names = seat
            left = bool(_SEAT_LEFT.match(m.group(0)))
            for name in names:
                out.append(Mention(R.ROLE, p.name, name, S.ENDED if left else S.ACTIVE, sentence, start, end,
                                   source_kind=EntityKind.PERSON, attributes={"title": "Director"},
                                   trigger=m.group(0), cues=["left"] if left else [], confidence=0.7))
        before = max((q for q in people if q.j <= p.i), key=lambda q: q.j, default=None)
        if not found and before is not None and \
                re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)", text[_end(sent, before) : p_start]):
            # "analysts George Brown, Sara Lee and Tom Ng": a plural office is each listed name's
            found = [(title, m, names) for title, m, names in held.get(before.i, []) if _plural(m)]
        held[p.i] = found
        # "Its CEO, Tom Hart, is a former partner at Bolt Capital": with an office on each side of the
        # name, a leaving word on one side tells that side's office only
        sides = {id(m) in on_left for _, m, _ in found}
        other = _other_office_before(text, p_end) if right_ended and not left_ended else None
        for title, m, names in found:
            kept = len(sides) == 2 and ended and not (left_ended if id(m) in on_left else right_ended)
            # "president and chief executive officer Morris Moliver had been chief operating officer as well":
            # the past tells another office than the one right before the name, which he holds (not one told
            # of another: "Eugene Gruenberg had been chairman and chief executive, Michael Gruenberg had been ...")
            kept = kept or other is not None and id(m) in on_left and title not in other and \
                not m.string[m.end() :].strip()
            # "vice chairman Peter Grant will be named chairman": the office still ahead is the one told after
            # the name; the one before it is held
            kept = kept or ahead is not None and id(m) in on_left and ahead.start() > p_start - max(0, p_start - 45)
            own, own_cues = told_status.get(id(m), (S.ACTIVE if kept else status, [] if kept else cues))
            if id(m) in on_left and own is not S.ENDED and _left_as(sent, p, m.group(0)):
                own, own_cues = S.ENDED, ["left"]  # "its president, Gabriel Fusco, resigned as president"
            for name in names:
                out.append(Mention(R.ROLE, p.name, name, own, sentence, start, end,
                                   source_kind=EntityKind.PERSON, attributes={"title": title} if title else {},
                                   trigger=m.group(0), cues=own_cues, confidence=0.7))
    # "John Smith, Mary Jones and Tom Brown were named directors of Acme": a plural office after a list of
    # names is each one's, told on the right of the last
    for p in people:
        listed = _listed_people(sent, people, p)
        plural = [x for x in out if x.source == p.name and OFFICES.fullmatch(x.trigger) and x.trigger.lower().endswith("s")]
        if len(listed) > 1 and plural and not any(held.get(q.i) for q in listed[:-1]):
            out += [dataclasses.replace(x, source=q.name) for q in listed[:-1] for x in plural]
    # a handover between two names: "Jane Smith succeeds John Brown as chairman of Acme" (the office John Brown
    # leaves is hers), "Tom Brown will be succeeded by John Smith" (his is his successor's, taken up when he
    # leaves it; "was replaced by": he left it); "will", "is to": agreed, not held yet
    for p, q in zip(people, people[1:]):
        between = text[_end(sent, p) : _begin(sent, q)]
        takes, given = _SUCCEEDS.fullmatch(between), _SUCCEEDED_BY.fullmatch(between)
        taker, giver = (p, q) if takes else (q, p)
        if not (takes or given) or held.get(taker.i) or not held.get(giver.i):
            continue
        ahead = (takes or given).group("ahead")
        if given and not ahead:
            out = [dataclasses.replace(x, status=S.ENDED, cues=["replaced"])
                   if x.source == giver.name and x.status is S.ACTIVE else x for x in out]
        taken = [h for h in held[giver.i] if id(h[1]) not in moved]
        if not taken and takes:
            # "Ameritech said Allen will succeed Leo Egan, who will become chairman": Allen takes the office Egan
            # leaves, unnamed, at the company that told of it
            taken = [("", m, said) for _, m, _ in held[giver.i][:1] if (said := _said_by(sent, companies, _begin(sent, taker)))]
        for title, m, names in taken:
            for name in names:
                out.append(Mention(R.ROLE, taker.name, name, S.AGREED if ahead else S.ACTIVE, sentence, start, end,
                                   source_kind=EntityKind.PERSON, attributes={"title": title} if title else {},
                                   trigger=m.group(0), cues=[ahead.strip()] if ahead else [], confidence=0.7))
    handed = _handed_over(sent, people, ctx, out, sentence, start, end) + \
        [x for q in people for x in _handed_over_by(sent, people, companies, ctx, out, q, sentence, start, end)]
    # "It said he replaces Robert Dorney, founder and former president, who ...": the one a sentence opens on
    # replacing held the office given at the company the earlier sentence gave it at (Day-Timers), not at the
    # story's company his own bare titles would fall back to
    over = {m.source for m in handed if m.cues == ["replaced"] and m.attributes.get("opening")}
    out = [m for m in out if not (m.source in over and not any(h.source == m.source and h.target == m.target
                                                               for h in handed))]
    out += [dataclasses.replace(m, attributes={k: v for k, v in m.attributes.items() if k != "opening"})
            for m in handed]
    out += _contacts(sent, people, companies, {m.source for m in out}, sentence, start, end)
    return out


#: A courtesy title telling its bearer's sex: whom "he" or "she" may stand for.
_COURTESY = {"mr": "he", "sir": "he", "lord": "he", "mrs": "she", "ms": "she", "miss": "she", "dame": "she",
             "lady": "she"}
#: A clause opening the sentence before its subject, where "he" may point ahead: "When he joined Acme, John Smith".
_OPENING_CLAUSE = re.compile(r"^\W*(?:when|after|before|since|while|although|though|as|if|until|once|because)\b", re.I)
#: A handover "he" opens: ``_handed_over`` gives it the office the last one given one took ("He succeeds Tom Brown,
#: founder and former president": no office of Brown's is his).
_HANDS_OVER = re.compile(rf"\s+(?:(?:{_handing('to_come')})\s+)?(?:also\s+)?(?:{_handing('takes', 'take')})\b", re.I)
#: An aside set off right after a name, which tells of him: "John Smith, 52, Acme's president, said he".
_APPOSED = re.compile(r"^(?:\s*\([^()]{1,80}\))?(?:\s*,[^,;:()\"“”]{1,100}(?=,))*\s*,?")
#: Other people a sentence tells of by a noun, whom "he" may stand for as well: "the company's president said he".
_SOMEONE = re.compile(r"\b(?:official|officer|executive|man|woman|minister|secretary|lawyer|source|trader|"
                      r"banker|broker|investor|holder|shareholder|buyer|seller|partner|father|son|brother|wife|husband)s?\b",
                      re.I)


def _sex_told(name: str, text: str) -> str | None:
    """"he" or "she", where the story writes a courtesy title before the person's surname ("Mr Ashley")."""
    surname = name.split()[-1]
    told = {_COURTESY[m.group(1).lower()] for m in re.finditer(rf"\b({'|'.join(_COURTESY)})\.?\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}"
                                                             rf"{re.escape(surname)}\b", text, re.I)}
    return told.pop() if len(told) == 1 else None


def _someone_else(text: str) -> bool:
    """Whether the words tell of a person by a noun: an office or another person ("the chairman said he")."""
    return bool(_titles(text) or _SOMEONE.search(text))


def _stand_ins(sent, people: list[Ent], named_before: list[str] | None, story: str) -> dict[int, str]:
    """The "he" and "she" of the sentence (token -> the person each stands for) whose person is beyond doubt: the one
    person named earlier in the sentence, or, where it names none before, in the sentence right before; with nobody
    else told of by a noun in between, and of the sex a courtesy title tells ("Mr Andrew ... he"). Not one inside a
    quotation, nor one in a clause that opens the sentence, which may point ahead ("When he joined Acme, John Smith")."""
    out = {}
    text = sent.text
    for t in sent:
        if t.lower_ not in ("he", "she") or any(p.i <= t.i < p.j for p in people):
            continue
        before = text[: t.idx]
        if (before.count('"') + before.count("“") + before.count("”")) % 2 or _OPENING_CLAUSE.match(before) and \
                any(p.i > t.i for p in people) or _HANDS_OVER.match(text, t.idx + len(t.text)):
            continue
        earlier = [p for p in people if p.j <= t.i]
        if earlier:
            last = max(earlier, key=lambda p: p.j)
            if len({p.name for p in earlier}) != 1 or _someone_else(_APPOSED.sub("", text[_end(sent, last) : t.idx], 1)):
                continue
            name = last.name
        elif named_before is not None and len(set(named_before)) == 1 and not _someone_else(before):
            name = named_before[0]
        else:
            continue
        if _sex_told(name, story) in (None, t.lower_):
            out[t.i] = name
    return out


def pronoun_roles(sent, people: list[Ent], companies: list[Ent], ctx: StoryContext, named_before: list[str] | None,
                  sentence: str, start: int, end: int) -> list[Mention]:
    """The offices told of a "he" or "she" whose person is beyond doubt (``_stand_ins``), read as the offices of a name
    there are: "Acme named John Smith president. He was previously chief financial officer of Beta Corp", "Mr Smith
    said he would step down as chairman". The named people's own offices are the ones ``_roles`` reads without them."""
    stand_ins = _stand_ins(sent, people, named_before, ctx.text)
    if not stand_ins:
        return []
    marks = {f"\0{i}": name for i, name in stand_ins.items()}
    ents = sorted(people + [Ent(EntityKind.PERSON, f"\0{i}", sent[i].text, i, i + 1) for i in stand_ins], key=lambda e: e.i)
    return [dataclasses.replace(m, source=marks[m.source]) for m in _roles(sent, ents, companies, ctx, sentence, start, end)
            if m.source in marks]


#: A handover opening a sentence whose taker an earlier one gave an office: "He succeeds Jeff Lamm, who
#: retired.", "The company said he replaces Leslie Glick.", "Mora succeeds Fred Peterson", "As chairman, he
#: succeeds Hugh T. Wyles" (the office handed over), "Hart, 52, will succeed Tom Brown" (still ahead).
_HANDED_OVER = re.compile(rf"^(?:(?:the\s+company|it|(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){{0,3}})\s+"
                          rf"(?:also\s+)?said\s+(?:that\s+)?|as\s+(?P<office>(?:[a-z-]+\s+){{0,3}}[a-z-]+),\s+)?"
                          rf"(?P<who>(?-i:He|She|he|she|[A-Z])[^,;:()\"“”]{{0,40}}?)(?:\s*,\s*[^,;:()\"“”]{{1,80}},)?\s+"
                          rf"(?:(?P<ahead>{_handing('to_come')})\s+)?(?:also\s+)?(?:{_handing('takes', 'take')})\s+$", re.I)

#: The passive of a handover with the office named, the one replaced opening the sentence and his successor
#: after "by": "Vaughn will be replaced as managing director of GM do Brasil by Robert B. Stone", "Newitt ...
#: is succeeded as president by William Anderson" (``_handed_over_by``); "will be", "is to be": still ahead.
_HANDED_OVER_BY = re.compile(rf"^(?:[^.;]{{0,60}}?\bsaid\s+(?:that\s+)?)?(?:(?:its|the)\s+(?:[a-z-]+\s+){{1,4}}?)?"
                             rf"(?P<who>(?-i:He|She|he|she|[A-Z])[^,;:()\"“”]{{0,40}}?)"
                             rf"(?:\s*,\s*[^;:()\"“”]{{1,80}},)?\s+(?:(?P<ahead>{_handing('to_come')})\s+be|is|was|has\s+been|had\s+been)\s+"
                             rf"(?P<verb>{_handing('given')})\s+as\s+(?:the\s+|its\s+)?(?P<office>[^,;:()]{{1,60}}?)\s+by\s+$", re.I)

#: A handover a sentence opens on, its taker given the office in an earlier one: "He succeeds Tom Brown, who
#: retired", "The company said Mora replaces Fred Peterson" (``_handed_over``): parsed, with no office in it.
_HANDOVER_OPENS = re.compile(rf"^\s*(?:[^.;]{{0,60}}?\bsaid\s+(?:that\s+)?|as\s+[a-z -]{{1,40}},\s+)?"
                             rf"(?:he|she|(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){{0,3}})(?:\s*,[^;]{{1,80}},)?\s+"
                             rf"(?:(?:will|would|is\s+to)\s+)?(?:also\s+)?(?:{_handing('takes', 'take')})\s+(?-i:[A-Z])[\w.'’-]*\s+(?-i:[A-Z])", re.I)
PATTERNS.append(_HANDOVER_OPENS)
#: The verbs that give an office ("named X president", "elected", "appointed", "promoted", "nominated"), and
#: "became" one, as the patterns of offices given write them (``finder._OFFICE_GIVEN`` too).
GIVING = r"nam(?:e|es|ed|ing)|(?:re-?)?elect(?:s|ed|ing)?|appoint(?:s|ed|ing)?|promot(?:e|es|ed|ing)|nominat(?:e|es|ed|ing)"
BECOMING = r"becom(?:e|es|ing)|became"
_ELEVATING = r"elevat(?:e|es|ed|ing)"
#: An office given in the sentence, before a handover in it: "elected X chairman, succeeding Y".
_GIVEN_HERE = re.compile(rf"\b(?:{GIVING}|{_ELEVATING}|{BECOMING})\b", re.I)
_BOARD_AFTER = re.compile(r"\s+(?:on|to|from)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w&.'’-]*\s+)*board\b", re.I)
#: A handover right before the one replaced, within the sentence: ", succeeding", "to succeed", "will replace".
_REPLACED_NEAR = re.compile(rf"(?:,\s*|\s+)(?:(?P<ahead>{_handing('to_come')})\s+|to\s+)?(?:{_handing('takes', 'take')})\s+$",
                            re.I)


def _handed_over(sent, people: list[Ent], ctx: StoryContext, found: list[Mention], sentence: str, start: int,
                 end: int) -> list[Mention]:
    """"Acme said it named Tom Hart president. He succeeds Jeff Lamm, who retired.": the one replaced held the
    office his successor was given, at the company the earlier sentence gave it at (or the office the handover
    names, "As chairman, he succeeds ..."), and leaves it; with the handover still ahead ("will succeed") he holds
    it still. Only a successor the sentence opens on, by name or as "he"/"she" for the last one given an office.
    The same within a sentence, past what the other rules read: "appointed Charles von Urff as president, chief
    operating officer and a director of the company to succeed Robert Johnson", "... and Joseph S. Steinberg as
    president, succeeding Peter A. Martosella": the executive offices the nearest name before was given here."""
    out = []
    text = sent.text
    held = {m.source for m in found}
    for q in people:
        q_start, q_end = _begin(sent, q), _end(sent, q)
        m = _HANDED_OVER.match(text[:q_start])
        # one the sentence opens on replacing, whose titles the other rules gave at the story's company only
        # because no company follows them ("he replaces Robert Dorney, founder and former president")
        opening = q.name in held and m is not None and m.group("who").lower() in ("he", "she") and not m.group("ahead") \
            and re.match(r"\s*,\s*(?:(?-i:[a-z][\w-]*)\s+){0,4}?(?:(?-i:[a-z][\w-]*))\s*(?:[,.]|$)", text[q_end:]) is not None
        if q.name in held and not opening:
            continue
        if m is not None:
            who = m.group("who")
            if who.lower() in ("he", "she"):
                taker = ctx.last_officer
            else:
                taker = next((p.name for p in people if _begin(sent, p) == m.start("who") and
                              _end(sent, p) == m.end("who")), None)
            given = ctx.offices.get(taker, []) if taker is not None and taker != q.name else []
            office, ahead = m.group("office"), m.group("ahead")
        else:
            m = _REPLACED_NEAR.search(text, 0, q_start)
            taker = max((p for p in people if _end(sent, p) <= q_start), key=lambda p: _end(sent, p), default=None)
            if m is None or taker is None or taker.name == q.name or not _GIVEN_HERE.search(text, 0, m.start()):
                continue  # "X, chairman of Cabot, will succeed Holmes": an office held, none given here
            given = [(x.target, str(x.attributes.get("title"))) for x in found if x.source == taker.name and
                     x.status is not S.ENDED and executive_titles(str(x.attributes.get("title") or ""))]
            office, ahead = None, m.group("ahead")
            taken_as = list(re.finditer(r"\bas\s+", text[_end(sent, taker) : m.start()]))
            if taken_as:
                # "named X to take over as oil minister replacing Y": the office handed over is the one named
                office = next((t for _, t, x in _titles(text[_end(sent, taker) + taken_as[-1].end() : m.start()])
                               if x.start() <= 4), None)
                if office is None:
                    continue
        if _BOARD_AFTER.match(text, q_end):
            continue  # "will succeed Holmes on the board": a seat, no office
        if not given:
            continue
        given = given[::-1]  # the office given last first: "director X has been named president"
        as_office = re.match(r"\s+as\s+(?:the\s+|its\s+)?", text[q_end:])
        after = text[q_end + as_office.end() : q_end + as_office.end() + 60] if as_office else ""
        named = office or next((t for _, t, x in _titles(after) if x.start() == 0), None)
        if named:
            kept = [(c, t) for c, t in given if office_of(t) == office_of(named)]
            given = kept or [(c, named) for c in dict.fromkeys(c for c, _ in given)]
        status, cues = (S.ACTIVE, []) if ahead else (S.ENDED, ["replaced"])
        for company, title in dict.fromkeys(given):
            out.append(Mention(R.ROLE, q.name, company, status, sentence, start, end, source_kind=EntityKind.PERSON,
                               attributes={"title": title, **({"opening": True} if opening else {})},
                               trigger=m.group(0).split()[-1], cues=cues, confidence=0.7))
    return out


def _handed_over_by(sent, people: list[Ent], companies: list[Ent], ctx: StoryContext, found: list[Mention], q: Ent,
                    sentence: str, start: int, end: int) -> list[Mention]:
    """"Vaughn will be replaced as managing director of GM do Brasil by Robert B. Stone": the successor takes the
    office named, at the company named in it or else at the one the replaced holds his executive offices at (this
    sentence's or the last to give him any; "he" is the last given one); the one replaced leaves it, or holds it
    until then where it is ahead, and keeps any other office he holds there. The successor may hold another office
    already ("Stone, vice president of GM de Mexico")."""
    text = sent.text
    m = _HANDED_OVER_BY.match(text[: _begin(sent, q)])
    if m is None:
        return []
    office = next((t for _, t, x in _titles(m.group("office")) if x.start() == 0), None)
    if office is None:
        return []
    who = m.group("who")
    giver = next((p for p in people if _begin(sent, p) == m.start("who") and _end(sent, p) == m.end("who")), None)
    name = giver.name if giver is not None else ctx.last_officer if who.lower() in ("he", "she") else None
    if name is None or name == q.name:
        return []
    at = [c.name for c in companies if m.start("office") <= _begin(sent, c) and _end(sent, c) <= m.end("office")]
    held = [x.target for x in found if x.source == name and x.status is not S.ENDED and
            executive_titles(str(x.attributes.get("title") or ""))] or [c for c, _ in ctx.offices.get(name, [])]
    ahead = m.group("ahead")
    out = []
    for company in dict.fromkeys(at or held):
        out.append(Mention(R.ROLE, q.name, company, S.AGREED if ahead else S.ACTIVE, sentence, start, end,
                           source_kind=EntityKind.PERSON, attributes={"title": office}, trigger=m.group("verb"),
                           cues=[ahead.strip()] if ahead else [], confidence=0.7))
        # one role a pair: one replaced in this office who keeps another there ("Newitt, named vice chairman and
        # chief executive, is succeeded as president") has not left the company's offices
        others = [t for x in found if x.source == name and x.target == company and x.status is not S.ENDED
                  for t in [str(x.attributes.get("title") or "")]] + [t for c, t in ctx.offices.get(name, []) if c == company]
        if giver is not None and not ahead and all(office_of(t) == office_of(office) for t in others):
            out.append(Mention(R.ROLE, giver.name, company, S.ENDED, sentence, start, end, source_kind=EntityKind.PERSON,
                               attributes={"title": office}, trigger=m.group("verb"), cues=["replaced"],
                               confidence=0.7))
    return out


#: The full stops of a courtesy title or an initial between an office and the name after it.
_HONORIFIC_DOTS = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Sen|Rep|Gov|Gen|Sir|Dame)|(?-i:[A-Z]))\."
                             r"(?=\s*$|\s+(?-i:[A-Z]))")


#: An auxiliary with "also" before the verb that gives or takes an office: "Jack D. Kuehler has also been named
#: executive vice president", "Halbert, Charles M. Bruce and James O. Burke were also named directors".
_AUX_ALSO = r"(?:was|is|were|are|has|had|have|will|would)\s+also\s+(?:been\s+|be\s+)?"
#: A verb right after a name that has its holder take, keep or leave the office told after it, with no company:
#: "was named president", "is resigning as a director", "will become chief executive", "joined the company as
#: treasurer", "will continue as president" (an office kept, held now: never "continued as", which may have ended).
_TAKEN_OR_LEFT = re.compile(rf"\s+(?:(?:was|is|has\s+been|had\s+been|will\s+be|has|had|will|would|is\s+to|is\s+set\s+to)\s+|{_AUX_ALSO})?"
                            r"(?:named|appointed|elected|promoted|resign(?:s|ed|ing)?|retir(?:e|es|ed|ing)|quit|"
                            rf"{_handing('kept')}|step(?:s|ped|ping)?\s+down|became|becomes|become|(?:re)?join(?:s|ed)?\s+{_REFERENCE})"
                            r"(?:\s+(?:as|to))?\s+(?:the\s+|a\s+|its\s+)?"
                            r"(?:(?-i:[a-z]+)\s+){0,2}", re.I)


#: An office given with a word between the name and it, the verb that gives it before the name: "elected Paul
#: Johnson a vice president", "promoted John Kerslake to chief executive officer", "nominated J. Paul Sticht to
#: become chairman of the board".
_GIVEN_BEFORE = re.compile(rf"\b(?:{GIVING}|{_ELEVATING})\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$", re.I)
_TO_BECOME = re.compile(r"\s+to\s+(?:become|be|serve\s+as)\b", re.I)
#: (not "named James F. Waters Jr to head the operations": a verb, no office)
_TO_HEAD = re.compile(r"\s+to\s+(?:head|lead|run)\b", re.I)
_GIVEN_AFTER = re.compile(r"\s+(?:(?:a|an)\s+|to\s+(?:become\s+|be\s+|serve\s+as\s+)?(?:the\s+|its\s+|a\s+|an\s+)?)"
                          r"(?:(?-i:[a-z]+)\s+){0,2}", re.I)


#: A relative clause set off after a name, not closed before what follows: "..., Leo Egan, who will become".
_WHO_CLAUSE = re.compile(r"\s*,\s*who\b[^,;:()]*")


def anothers_office(sent, people: list[Ent], person: Ent, at: int) -> bool:
    """Whether the office word at token ``at`` is told in a relative clause of another person named
    before it: "Allen will succeed Leo Egan, who will become chairman" (Egan's office, never Allen's)."""
    return any(q.name != person.name and q.j <= at and not q.j <= person.i < at and
               _WHO_CLAUSE.fullmatch(sent.text, _end(sent, q), sent[at].idx) for q in people)


def replaced(sent, person: Ent) -> bool:
    """Whether a handover word stands right before the name: "..., succeeding Victor Palmieri" (he has left the office)."""
    return bool(_REPLACED.search(sent.text, max(0, _begin(sent, person) - 30), _begin(sent, person)))


def _contacts(sent, people: list[Ent], companies: list[Ent], held: set[str], sentence: str, start: int,
              end: int) -> list[Mention]:
    """The people a contact line names, each speaking for the one company it names after the cue: a
    person named with several companies there is no one's contact."""
    m = _CONTACT.search(sent.text)
    if m is None:
        return []
    # the line opens on whom it names ("Contact: Acme ...", "Media Contact Jane Doe"): not "Contact Energy"
    first = min((_begin(sent, e) for e in [*people, *companies] if not e.members and _begin(sent, e) >= m.end()),
                default=None)
    if first is None or not re.fullmatch(r"\s*:?\s*", sent.text[m.end() : first]):
        return []
    after = {c.name for c in companies if not c.members and _begin(sent, c) >= m.end()}
    if len(after) != 1:
        return []
    return [Mention(R.ROLE, p.name, next(iter(after)), S.ACTIVE, sentence, start, end, source_kind=EntityKind.PERSON,
                    attributes={"title": m.group(0)}, trigger=m.group(0), confidence=0.6)
            for p in people if _begin(sent, p) >= m.end() and p.name not in held]


#: An office left, set off by commas right after a name, and the verb that gives its holder another: "Tom Hart, a
#: former Acme executive, joined Bolt as", "Jerome Meyer, formerly executive vice president of Honeywell
#: Information Systems, was named".
_LEFT_ASIDE = re.compile(r",\s*(?:(?:a|an|the)\s+)?(?:former|formerly|previously|ex-)\s*[^,;:()\"“”]{1,90},")
_TAKEN = re.compile(r"\s+(?:(?:has|have|had|was|were|is|will|would|to|be|been)\s+){0,3}"
                    r"(?:named|appointed|elected|promoted|(?:re)?join(?:s|ed)?|became|becomes|become)\b(?:\s+(?:as|to))?", re.I)


def _taken_after(sent, companies: list[Ent], p_start: int, p_end: int, limit: int) \
        -> tuple[tuple[str, re.Match, list[str]], tuple[Status, list[str]]] | None:
    """The office a person takes after an aside telling the one he left: its company named after the verb or the
    title ("joined Bolt as chief financial officer", "was named chief executive of Bolt"), else the one that said
    or named it ("Bolt said X, formerly ..., was named president"); agreed when still ahead ("will join")."""
    text = sent.text
    aside = _LEFT_ASIDE.match(text, p_end, limit)
    verb = _TAKEN.match(text, aside.end(), limit) if aside else None
    if verb is None and aside and re.search(r"\b(?:named|appointed|elected|promoted)\s+$", text[:p_start]):
        verb = re.compile(r"\s*").match(text, aside.end())  # "it named Dennis Terwillger, formerly ..., president"
    if verb is None:
        return None
    piece = _OTHER_TALE.split(text[verb.end() : min(limit, verb.end() + 80)])[0]
    titles = _titles(piece)
    if not titles:
        return None
    _, title, m = titles[0]
    t_start, t_end = verb.end() + m.start(), verb.end() + m.end()
    names = _right_company(sent, companies, aside.end(), t_start, t_end)
    if not names and re.fullmatch(r"\s*(?:the\s+|an?\s+|its\s+)?(?:[a-z]+\s+){0,2}", text[verb.end() : t_start]):
        names = _said_by(sent, companies, p_start)
    if not names:
        return None
    ahead = re.match(r"\s+(?:will|would|to|is\s+to)\b", text[aside.end() : verb.end()])
    return (title, m, names), (S.AGREED, [verb.group(0).strip()]) if ahead else (S.ACTIVE, [])


#: What joins the names of a list of people: "John Smith, Mary Jones and Tom Brown".
_PEOPLE_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)")


def _listed_people(sent, people: list[Ent], p: Ent) -> list[Ent]:
    """The people listed up to ``p``, ``p`` last: "John Smith, Mary Jones and" before "Tom Brown"."""
    run = [p]
    for q in reversed([q for q in people if q.j <= p.i]):
        if not _PEOPLE_JOINED.fullmatch(sent.text, _end(sent, q), _begin(sent, run[0])):
            break
        run.insert(0, q)
    return run


def office_companies(sent, ents: list[Ent], companies: list[Ent]) -> list[Ent]:
    """The companies whose offices a sentence may tell: its parties, and those a spokesman speaks for,
    no party to what he says but his employer ("Brent Shelton, spokesperson for FatWallet")."""
    spoken = [e for e in ents if e.kind is EntityKind.COMPANY and e not in companies and
              re.search(r"\bspokes(?:man|woman|person) (?:for|at|of)$", sent[max(0, e.i - 3) : e.i].text, re.I)]
    return sorted(companies + spoken, key=lambda e: e.i)


#: Words that name a department ("Sales and Marketing", "Passive Investments"): no firm holds an office by them.
_FUNCTIONS = {w for w, c in _OFFICE_WORDS.items() if c == "function"}


def _department(name: str) -> bool:
    """Whether a company's name is a department's: function words and joining words only."""
    words = re.findall(r"[a-z]+", name.lower())
    return bool(words) and all(w in _FUNCTIONS or w in ("and", "of", "the") for w in words)


#: An insider's trade in the shares of the company a story is about: "Director James Gibson sold
#: 75,000 shares of the business's stock" (the office is that company's, whichever it is).
_TRADES = re.compile(r"\s+(?:has\s+|had\s+|also\s+|recently\s+)?(?:sold|bought|purchased|acquired|disposed\s+of)\s+"
                     r"[\d,.]+\s+shares\s+of\s+(?:the\s+)?(?:company|business|firm|corporation|bank|group)['’]s\s+"
                     r"(?:common\s+)?stock\b", re.I)
#: A person's office told by a copula: "... Mr Ashley is deputy chairman", "where she was chief executive".
_IS_TITLE = r"\s+(?:is|was|has been|had been|became|becomes|remains|will be)\s+(?:the\s+|a\s+|an\s+|its\s+)?" \
            r"(?:[a-z]+\s+){0,2}"


def _whose_clause(sent, companies: list[Ent], p_start: int) -> list[str]:
    """The company a relative clause about a person hangs from: "Sports Direct, of which Mr Ashley is
    deputy chairman", "Acme, where she was chief executive"."""
    clause = r",?\s*(?:(?:of|at|in|for)\s+which|where)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
    return next((c.names for c in reversed(companies) if _end(sent, c) <= p_start and
                 re.fullmatch(clause, sent.text[_end(sent, c) : p_start])), [])


#: Verbs that give a person's office over a company as its object: "X, who heads Y", "X founded Y".
#: "M/A-Com's former chairman, president and chief executive, Richard DiBona": "former" before a run of
#: lower-case offices set off by commas reaches the name after the run.
_FORMER_RUN = re.compile(r"\b(?i:former|ex-)\s*(?:(?!(?:the|a|an|who|which|and\s+(?:current|now|new))\b)"
                         r"[a-z][\w-]*(?:\s*,\s*|\s+)){0,6}[a-z][\w-]*\s*,\s*$")
#: The present perfect is an office held now, the past perfect one held before: "Mr Andrew, who has run
#: Direct Golf for 23 years", "Mr Buttress, who has led Just Eat since January 2013", "who had headed Y".
_HEAD_WHEN = r"(?:(?:also|now|currently|once|previously|formerly)\s+)?"
_HEAD_AUX = r"has|have|had"
_HEAD_SINCE = r"(?:(?:also|now|previously|once|long|since)\s+)?"
_HEAD_PARTICIPLES = r"run|led|headed|chaired|founded|co-founded|cofounded"
_HEAD_VERBS = r"heads|headed|leads|runs|ran|chairs|chaired|founded|co-founded|cofounded"
_HEADS = re.compile(rf",?\s+(?:who\s+)?{_HEAD_WHEN}(?:(?P<aux>{_HEAD_AUX})\s+{_HEAD_SINCE}(?P<perfect>{_HEAD_PARTICIPLES})|"
                    rf"(?P<verb>{_HEAD_VERBS}))\s+(?:the\s+)?$")
_HEAD_TITLES = {"heads": "Head", "headed": "Head", "leads": "Head", "runs": "Head", "ran": "Head", "chairs": "Chairman",
                "chaired": "Chairman", "founded": "Founder", "co-founded": "Co-Founder", "cofounded": "Co-Founder",
                "run": "Head", "led": "Head"}
#: Of those, the ones that tell an office held before: "X, who ran Y for a decade" (a founder stays one).
_HEADED = {"headed", "ran", "chaired"}
# the prefilter: a sentence with such a clause is parsed
PATTERNS.append(re.compile(rf"\bwho\s+{_HEAD_WHEN}(?:(?:{_HEAD_AUX})\s+{_HEAD_SINCE}(?:{_HEAD_PARTICIPLES})\b|(?:{_HEAD_VERBS})\b)",
                           re.I))


def _head_verb(m: re.Match) -> str:
    return (m.group("verb") or m.group("perfect")).lower()


def _headed_before(m: re.Match) -> bool:
    """Whether a verb of ``_HEADS`` tells an office left: "who ran Y", "who had led Y" (not "who has led Y")."""
    aux = (m.group("aux") or "").lower()
    return aux == "had" and _head_verb(m) not in ("founded", "co-founded", "cofounded") or \
        not aux and _head_verb(m) in _HEADED


def _heads(sent, companies: list[Ent], p_end: int) -> tuple[str, re.Match, list[str]] | None:
    """The office a verb right after a person's name gives: "Tom Brenner, who heads Varlo Inc."."""
    text = sent.text
    for c in companies:
        if _begin(sent, c) >= p_end:
            m = _HEADS.fullmatch(text, p_end, _begin(sent, c))
            return (_HEAD_TITLES[_head_verb(m)], m, c.names) if m else None
    return None


#: Capitalised words right before a title, ending the text (a lower-case word may qualify the title:
#: "NMC acting general manager"): on the left of a name, or set off by a comma on its right. A possessive
#: pronoun qualifies no title of the name before it: "a UAL executive told Reuters its chairman Richard Ferris"
#: is UAL's chairman, the outlet told only hears of him.
_RUN = rf"(?P<run>(?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*)){{0,2}})(?:'s|’s)?\s+(?:{_NOT_POSSESSIVE}(?-i:[a-z]+)\s+)?"
_LEFT_RUN = re.compile(rf"(?:^|(?<=[\s(\"“])){_RUN}$")
_RIGHT_RUN = re.compile(rf",\s*(?:\d+\s*,\s*)?(?:(?:the|former|then)\s+)?{_RUN}")


def _short_form(sent, companies: list[Ent], ctx: StoryContext, at: int, piece: str, run: re.Pattern) -> list[str]:
    """The company the story named in full whose first words stand before a title at text[at]: "BPI
    president" after "BPI Systems Inc", "Commercial chairman" after "Commercial International Corp" (a
    short form the entities did not take). One company only, and never a place's or a people's name:
    "U.S. President" is no office at U.S. Steel; nor a title a name holds ("Kestrel Partners")."""
    m = run.search(piece) if run is _LEFT_RUN else run.fullmatch(piece)
    if m is None or any(_begin(sent, c) <= at < _end(sent, c) for c in companies):
        return []
    words = m.group("run").split()
    for k in range(len(words)):
        phrase = words[k:]
        if " ".join(phrase).lower() in places() or " ".join(phrase).lower() in DEMONYMS:
            continue
        fits = {n for n in ctx.recent if n.split()[: len(phrase)] == phrase}
        if len(fits) == 1:
            # "American Honda president Tetsuo Chino": a people's word before the name makes it the national arm's
            return [] if k and words[k - 1].lower() in DEMONYMS else [fits.pop()]
    return []


#: An office told as held before now, right after the name: "X previously served as president of Y",
#: "X, who once headed ...", "X served as chief executive of Y" (not "has served as", nor an office held
#: "since 2008": a filing's "previously served as" may run to now); and the past perfect of the office itself,
#: "X had been president and chief operating officer" (not "had been named president": an appointment).
_HELD_BEFORE = re.compile(r",?\s+(?:who\s+)?(?:(?:was|had\s+been)\s+(?:previously|once)|had\s+(?:previously|once)\s+been|"
                          r"(?:previously|once|earlier)\s+(?:was|served|held|worked|headed|ran|led)|served\s+as|"
                          r"had\s+been(?!\s+(?:named|elected|appointed|promoted|chosen|made|picked|tapped|nominated|"
                          r"acting|serving|with|at|in|on|a\s+director\s+since))\b)\b", re.I)


def _other_office_before(text: str, p_end: int) -> set[str] | None:
    """The offices the past perfect right after a name tells held before ("X had been chief operating officer"),
    if it names any; None otherwise."""
    held = _HELD_BEFORE.match(text, p_end)
    if held is None:
        return None
    after = text[held.end() : held.end() + 60]
    lead = re.match(r"\s*(?:(?:the|its|a|an)\s+)?", after).end()
    told = [(title, m) for _, title, m in _titles(after)]
    return {title for title, _ in told} if any(m.start() == lead for _, m in told) else None


#: The past of an office told right after the name: "Vaguine was executive vice president of research at Y", "X,
#: who was senior vice president of the bank, faces five years in jail" (not "was named", "was elected
#: president"; nor where the sentence tells an office held now: "was a director from 2004 and is now its chairman").
_WAS_OFFICE = re.compile(r",?\s+(?:who\s+)?was\s+(?:also\s+)?(?:(?:the|a|an)\s+)?(?:company\s+)?(?:(?:senior|executive|"
                         r"first|group|deputy|assistant)\s+)*(?:vice\s+)?(?:president|chairman|chief|treasurer|director|"
                         r"general\s+manager|managing\s+director)\b", re.I)
#: Words of the present: "still chairman", "now president of".
_NOW = r"now|currently|still"
_HELD_NOW = re.compile(rf"\b(?:since|{_NOW})\b", re.I)
#: A word of the present right before an office: "and currently chairman of", "now president of".
_NOW_BEFORE = re.compile(rf"\b(?:{_NOW})\s+(?:(?:the|a|an|its)\s+)?$", re.I)
#: "Then" right before an office tells it held at the time told, not now: "by Acme's then-chief executive Tom
#: Brown", "the then chairman X", on the left of a name (a company's name may stand between: "then-Acme chief
#: executive"); "Eduardo Cojuangco, then chairman of UCPB", set off right after it. Not one office after another:
#: "president and then chairman", "president, then chairman of Acme".
_THEN_LEFT = re.compile(r"(?:(?<![\w,])(?:the|by|of|with|when|under|from|to|said|says)\s+|(?:'s|’s)\s+)then(?:-|\s+)"
                        r"(?:(?-i:[A-Z])[\w&.'-]*(?:'s|’s)?\s+){0,3}$", re.I)
_THEN_RIGHT = re.compile(r"\s*,\s*(?:\d{2}\s*,\s*)?(?:the\s+)?then(?:-|\s+)(?:(?-i:[A-Z])[\w&.'-]*(?:'s|’s)?\s+){0,3}", re.I)
#: The same past told of any other office, its words before it as written: "Ms. Smith was also the Corporate
#: Compliance Officer for Texaco", "Mr. Lasanta was also an audit manager for Ernst Young" (not "was named
#: partner", "was to be", nor a founder, who stays one).
_WAS = re.compile(r",?\s+(?:who\s+)?was\s+(?:also\s+|previously\s+|formerly\s+|once\s+)?(?:(?:the|a|an)\s+)?", re.I)
_NOT_QUALIFIERS = re.compile(r"\b(?:named|appointed|elected|promoted|hired|made|chosen|nominated|not|never|to|in|at|of|for|"
                             r"with|on|by|and|or|expected|set|due|about|going|being|replaced|succeeded|asked|one|"
                             r"co-?founder|founder|founding|its|his|her|their)\b", re.I)


def _was_office(text: str, p_end: int) -> bool:
    """Whether an office is told as held in the past right after a name: "X was a compliance officer of Y"."""
    if _WAS_OFFICE.match(text, p_end):
        return True
    was = _WAS.match(text, p_end)
    if was is None:
        return False
    rest = text[was.end() : was.end() + 90]
    told = sorted(_titles(rest), key=lambda f: f[2].start())
    if not told:
        return False
    _, title, m = told[0]
    lead = rest[: m.start()]
    return re.fullmatch(r"(?:[A-Za-z][\w-]*\s+){0,3}", lead) is not None and not _NOT_QUALIFIERS.search(lead) and \
        not re.search(r"found", m.group(0), re.I)


#: A stretch of work told as done: "Mr. Davis spent two years at Acme" (not "has spent").
_SPENT = re.compile(r"\s+(?:also\s+)?spent\s+(?:[\w-]+\s+){1,3}?(?:years?|decades?)\s+(?:at|with)\b", re.I)
#: A span of time closed in the past, "from 1986 to 2009", "between May 2005 and June 2007": an office told
#: with it was held then (not where the sentence tells one still held: "since 2010", "to date").
_DATE = r"(?:(?:[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d{2})"
_CLOSED_SPAN = re.compile(rf"\b(?:[Ff]rom|[Bb]etween)\s+{_DATE}\s*(?:to|through|until|till|and|-|–)\s*{_DATE}\b|"
                          rf"(?:^|[.;]\s+)(?:Prior\s+to|Before|Until)\s+{_DATE}\s*,")
_STILL = re.compile(r"\b(?:since|present|to date|currently|now|still|remains?)\b", re.I)
#: A span of time told right after an office's company: "from 2005 to 2009", "since October 25, 2010".
_SPAN_AFTER = rf"\s*,?\s*(?:(?:[Ff]rom|[Bb]etween)\s+{_DATE}\s*(?:to|through|until|till|and|-|–)\s*(?:{_DATE}|date|the\s+present|present)\b|since\s+{_DATE}\b)"
#: The same office at another company, after the one of the first: "since December 15, 2010 and of Targa".
_AND_OF = re.compile(rf"(?:{_SPAN_AFTER})?\s*,?\s+and\s+(?:also\s+)?(?:of|at)\s+(?:the\s+)?")


#: A relative clause about a person, set off by commas before the main verb's copula: "X, who made the
#: sale in January, will be a director of Y" (not one that gives an office itself: "X, who is chairman of Y",
#: "X, who founded Y, ..."), or a participle's: "X, considered one of the most powerful women in tech, is
#: the founder and CEO of Y".
#: A bracketed birth date or age right after a name: "Jane Doe (born May 3, 1961) is chief executive of Y",
#: "John Smith (63) Vice President of Y". The right side is read from its end, as from an aside's.
_BIO = re.compile(r"\s*\((?=\s*(?:born|b\.|aged?\b|née|\d))[^()]{1,80}\)")
_ASIDE = re.compile(r",\s*(?:(?:considered|regarded|known|described|"
                    r"nicknamed|dubbed|hailed)\s+(?:as\s+)?[^,;.:\"“”()]{1,80},|"
                    r"who\s+(?!(?:is|was|has\s+been|had\s+been|will|would|became|becomes|remains|also|now|currently|once|"
                    r"previously|formerly|heads|headed|leads|runs|ran|chairs|chaired|founded|co-founded|cofounded)\b)"
                    r"[^,;.:\"“”()]{1,80},)"
                    r"(?=\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|became|becomes|remains|"
                    r"(?:is|was|has\s+been|will\s+be)\s+(?:named|appointed|elected))\s)")


#: What follows the staff who wrote or said what a company says: the rest of their list, where they
#: are, and the verb ("..., analysts George Goncalves, Stanley Sun and Tracy Jin in New York wrote").
_WROTE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*(?<![\w.'’-])(?-i:[A-Z])[\w.'’-]*)*"
                    r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?)?\s*,?\s+(?:wrote|write|said|say)\b")


def _says_first(sent, companies: list[Ent]) -> list[str]:
    """The company a sentence opens with as the one that says it: "Nomura says it's expecting ..."."""
    first = companies[0] if companies else None
    return first.names if first is not None and not sent.text[: _begin(sent, first)].strip(' "“') and \
        re.match(r"\s+(?:says|said)\b", sent.text[_end(sent, first) :]) else []


#: A person named with the firm they speak or act for and no office: "Ronald Glantz of Montgomery Securities
#: said", "investors Andy Ballard of Figtree Partners; Mitch Cohen of ...". The firm must close the phrase
#: (not "X of Acme's parent", "X of Acme and Bolt"): what follows it ends a clause or says something. "From" set
#: off by commas says the same: "Selling agent Jim Henneberry, from Jan Ford Real Estate, said", and "at" does:
#: "said Brian Waterhouse at James Capel and Co.", "Ronald Glantz at Montgomery Securities said".
_OF_FIRM = re.compile(r",?\s+(?:of|at)\s+(?:the\s+)?|\s?,\s+from\s+(?:the\s+)?")
#: What one quoted for a firm does after its name: says, or judges what he sees ("Robert Brusca of Nikko
#: Securities Co International Inc argued that ...", "Jeffrey Leeds of Chemical Bank agreed that ...").
_OPINES = r"(?:also\s+)?(?:said|says|told|wrote|added|noted|commented|predicted|estimated|expects?|believes?|argued|" \
          r"agreed|disagreed|sees|predicts|forecasts?|cautioned|warned)"
#: ... past what the entity left of the firm's name ("of Smith Barney Harris Upham and Co Inc noted", "of Nikko
#: Securities Co International Inc argued") and the town its office is in: "said John Ing of Maison Placements in
#: Toronto."
_OF_FIRM_AFTER = re.compile(rf"(?:\s+(?:and\s+|&\s+)?(?=[A-Z])(?i:{LEGAL_FORMS_ALTERNATION}|"
                            r"international)\.?(?![\w&'-])){0,3}"
                            r"(?:\s+in\s+(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,2})?"
                            rf"\s*(?:[,;:)]|\.(?:\s|$)|$|{_OPINES}\b)")
#: A legal form's full stop the sentence ran on past, into the next or into a quote: "said David Wyss of Data
#: Resources Inc. \"It's a rather gloomy outlook\"".
_RAN_ON = re.compile(r"\s+[\"“]?[A-Z]")
# such a sentence is parsed: "Ronald Glantz of Montgomery Securities said", "said Melissa Parrish of AdExchanger";
# not "The Ohio Department of Natural Resources says": a word that heads a body, a place or an office is no name's
_NO_NAME = "|".join(sorted(map(re.escape, words("body_nouns") | words("place_nouns") | words("title_words") |
                               {"department", "bank", "university", "office", "government", "school", "college"})))
_NAMED = rf"(?:(?!(?i:{_NO_NAME})\b)(?-i:[A-Z])[\w.'-]*(?:\s+|\s?,\s+(?=from\b))){{1,3}}(?:of|from|at)\s+(?:the\s+)?(?-i:[A-Z])"
PATTERNS.append(re.compile(rf"\b(?:said|says)\s+{_NAMED}|{_NAMED}[\w&.'-]*"
                           rf"(?:,?\s+(?:and\s+)?(?-i:[A-Z&])[\w&.'-]*){{0,6}}\s*,?\s*{_OPINES}\b"))


#: A relative clause telling the work a person does for a firm, with no office: "Richard Schwarz, who follows Kodak
#: for E.F. Hutton and Co, said", "Mark Hassenberg, who covers Henley for DLJ Securities", "who helps oversee $2
#: billion at Acme Capital" (an analyst's, a trader's or a fund manager's work, told in the present).
_WORKS_FOR = re.compile(r",\s*who\s+(?:also\s+|now\s+|currently\s+)?(?:helps?\s+(?:to\s+)?)?"
                        r"(?:follows|covers|tracks|analy[sz]es|oversees?|manages?|co-manages|invests|trades|works)\b"
                        r"[^,;:()\"“”]{0,60}?\s(?:at|for|with)\s+(?:the\s+)?")
PATTERNS.append(re.compile(r",\s*who\s+(?:also\s+|now\s+|currently\s+)?(?:helps?\s+(?:to\s+)?)?"
                           r"(?:follows|covers|tracks|analy[sz]es|oversees?|manages?|co-manages|invests|trades|works)\b"))


def _works_for(sent, companies: list[Ent], p_end: int, limit: int) -> tuple[str, re.Match, list[str]] | None:
    """The firm a relative clause right after a person's name says they work for (``_WORKS_FOR``), with no
    office, where the firm closes the clause; not past another person's name (``limit``)."""
    text = sent.text
    for c in companies:
        if p_end <= _begin(sent, c) and _end(sent, c) <= limit:
            m = _WORKS_FOR.fullmatch(text, p_end, _begin(sent, c))
            end = _end(sent, c)
            closed = _OF_FIRM_AFTER.match(text, end) or text[end - 1] == "." and _RAN_ON.match(text, end)
            if m and closed:
                return ("", m, c.names)
    return None


#: A firm's possessive right before a person who speaks: "Morgan Stanley's David Hill said", "Salomon Brothers'
#: Henry Kaufman said" (the firm's own, with no office said; not "Britain's Michael Jopling said": no firm).
_FIRMS_OWN = re.compile(r"(?:'s|’s|'|’|(?<=s)\s['’])\s+$")
_SPEAKS = re.compile(r"\s+(?:said|says|told|wrote|writes|added|noted|commented|predicted|estimated|warned)\b")
# such a sentence is parsed where a given name opens the name (not "Texas Air Corp's Continental Airlines said")
PATTERNS.append(re.compile(r"(?:'s|’s|'|’)\s+(?-i:" + "|".join(sorted((g.capitalize() for g in words("given_names")),
                                                                   key=len, reverse=True)) +
                           r")\s+(?:(?-i:[A-Z])\.\s+)?(?-i:[A-Z])[\w'-]+"
                           r"\s+(?:said|says|told|wrote|writes|added|noted|commented|predicted|estimated|warned)\b"))


def _firms_own(sent, companies: list[Ent], p_start: int, p_end: int) -> tuple[str, re.Match, list[str]] | None:
    """The firm whose possessive stands right before a person's name, where the person then speaks."""
    text = sent.text
    if not _SPEAKS.match(text, p_end):
        return None
    for c in companies:
        m = _FIRMS_OWN.fullmatch(text, _end(sent, c), p_start) if _end(sent, c) <= p_start else None
        if m is not None:
            return ("", m, c.names)
    return None


def _of_firm(sent, companies: list[Ent], p_end: int) -> tuple[str, re.Match, list[str]] | None:
    """The firm a person is "of", with no office said: "Sanford Margoshes of Shearson Lehman Brothers said"."""
    text = sent.text
    for c in companies:
        if _begin(sent, c) >= p_end:
            m = _OF_FIRM.fullmatch(text, p_end, _begin(sent, c))
            # "said William Raftery of Smith Barney, Harris Upham and Co. He thinks ...": the legal form's full
            # stop ends the sentence the splitter ran on
            end = _end(sent, c)
            closed = _OF_FIRM_AFTER.match(text, end) or text[end - 1] == "." and _RAN_ON.match(text, end)
            return ("", m, c.names) if m and closed else None
    return None


#: Employment told with no office, right after the name: "Mr. Bianchi joined Euronet", "Ms. Fournier worked
#: at First Winthrop Corporation", "Mr. Fanelli was employed with Coopers Lybrand", "Mr. Gibbons was with
#: Valero Energy", "Dr. Sherwin held various positions at Genentech", "Mr. Phillips co-founded Meta Systems" (a
#: founder's office).
_WORKS_AT = re.compile(r"\s+(?:(?:has|had|also|previously|then|later|first|originally|subsequently)\s+)*"
                       r"(?:(?P<joined>(?:re-?)?join(?:ed|s))|work(?:ed|s)\s+(?:at|for|with)|"
                       r"(?:was|is|has\s+been|had\s+been)\s+(?:employed\s+(?:by|at|with)|with)|"
                       r"(?:began|started|initiated)\s+(?:his|her)\s+(?:professional\s+)?career\s+(?:in\s+\d{4}\s+)?(?:at|with)|"
                       # "spent over ten years at Arthur Andersen", "practiced law with Hale Dorr", "practiced law in
                       # the Lexington, Kentucky office of Stoll Keenon Ogden PLLC"
                       r"spent\s+(?:[\w-]+\s+){1,3}?(?:years?|decades?)\s+(?:at|with)|"
                       r"practi[cs]ed\s+law\s+(?:at|with|in\s+(?:the|its)\s+(?:[\w.,'-]+\s+){0,4}?offices?\s+of)|"
                       r"held\s+(?:(?!at\b|with\b)[\w-]+\s+){0,6}?positions?\s+(?:at|with)|"
                       r"(?P<founded>(?:co-?)?found(?:ed|s)))\s+(?:the\s+)?", re.I)
#: Capitalised names set off by commas before a company in a list: "Gracie Capital, " of "worked at Gracie
#: Capital, GTCR and Acme Corp".
_UNREAD_ITEMS = re.compile(r"(?:[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3},\s+)+")
#: A contract only an employee signs, as a filing's list of exhibits names one: "Employment Agreement dated
#: June 1, 2009 between Acme, Inc. and John Smith", "Severance Agreement between John Smith and Acme".
_CONTRACTS = (r"\b(?:employment|severance|retention|compensation|salary\s+continuation|change[- ]in[- ]control)"
              r"\s+agreements?\b")
_CONTRACT = re.compile(_CONTRACTS + r"(?:(?!\bagreement\b)[^;])*?\b(?:between|among)\s+(?:the\s+)?$", re.I)
_PARTIES_JOINED = re.compile(r"\s*,?\s+and\s+(?:the\s+)?")
#: A clause before the name telling when the person joined or founded a company: "Prior to joining Westlake, Mr.
#: Gibbons was ...", "Before founding BCM, Mr. Smith worked ...".
_JOINING_BEFORE = re.compile(r"\b(?:prior\s+to|before|after|since|upon)\s+(?:(?:re)?joining|(?P<founding>(?:co-?)?founding))"
                             r"\s+(?:the\s+)?$", re.I)
_NAME_AFTER_CLAUSE = re.compile(r"(?:\s+in\s+\d{4})?\s*,\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s*)?")
# a sentence with a name before such a verb and one after it, or with such a contract, is parsed
PATTERNS.append(re.compile(r"(?-i:[A-Z])[\w.'’-]*" + _WORKS_AT.pattern + r"(?-i:[A-Z])", re.I))
PATTERNS.append(re.compile(_JOINING_BEFORE.pattern.removesuffix("$") + r"(?-i:[A-Z])", re.I))
PATTERNS.append(re.compile(_CONTRACTS, re.I))


def _works_at(sent, companies: list[Ent], p_start: int, p_end: int) -> list[tuple[str, re.Match, list[str]]]:
    """The companies a person works for, with no office said: a verb of employment between them, a clause
    before the name that has the person join one, or an employment contract between the two."""
    text = sent.text
    out = []
    after = [c for c in companies if _begin(sent, c) >= p_end]
    before = [c for c in companies if _end(sent, c) <= p_start]
    if after:
        m = _WORKS_AT.fullmatch(text, p_end, _begin(sent, after[0]))
        # "worked at Gracie Capital, GTCR and Acme Corp": the list goes on where its first name went unread
        at = _WORKS_AT.match(text, p_end, _begin(sent, after[0])) if m is None else None
        if at is not None and _UNREAD_ITEMS.fullmatch(text, at.end(), _begin(sent, after[0])):
            m = at
        if m and m.group("joined") and _joined_in_act(sent, companies, after[0]):
            pass  # "X joined Sun Co, Coastal and Citgo in raising prices": it acted with them, it works for none
        elif m:
            out.append(("Founder" if m.group("founded") else "", m, _listed(sent, companies, after[0])))
        elif _PARTIES_JOINED.fullmatch(text, p_end, _begin(sent, after[0])):
            contract = _CONTRACT.search(text, max(0, p_start - 200), p_start)
            if contract:
                return [("", contract, after[0].names)]
    joined = _joined_before(sent, companies, p_start)
    if joined:
        out += joined
    elif before and _PARTIES_JOINED.fullmatch(text, _end(sent, before[-1]), p_start):
        contract = _CONTRACT.search(text, max(0, _begin(sent, before[-1]) - 200), _begin(sent, before[-1]))
        if contract:
            out.append(("", contract, before[-1].names))
    # "Mr. McDougall held numerous positions before becoming president and chief executive officer of Willamette"
    out += [j for j in _joined_later(sent, after, p_end) if not any(set(j[2]) & set(n) for _, _, n in out)]
    return out


#: A company founded by the people named after "by": "Acme, founded in 1998 by John Smith", "Acme is a
#: software firm co-founded by Jane Doe and John Smith", "CRS was established in 2003 by X" (an "established by"
#: of something else is a law's or a rule's: "requirements established by the Employee Retirement Income Security Act").
_FOUNDED_BY = re.compile(r"\b(?:(?P<co>co-?)?founded|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=,\s))established|"
                         r"(?P<head>headed|led|run|chaired))\s+(?:(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?\d{4}\s+)?by\s+", re.I)
PATTERNS.append(re.compile(_FOUNDED_BY.pattern + r"(?:[\w'’-]+\s+){0,4}(?-i:[A-Z])", re.I))


#: What may stand between a company and "led by", "headed by": a comma, a relative pronoun and its auxiliary, a
#: short description of the company as a firm ("Theta Corp, an investor group led by"), or an auxiliary.
_HEADED_BY_AFTER = re.compile(r"\s*(?:,\s*(?:(?:which|that)\s+(?:is|was|has\s+been|had\s+been)\s*|(?:an?|the)\s+(?:[a-z-]+\s+){0,3}"
                              r"(?:group|firm|company|consortium|partnership|fund|bank)\s*)?|\s+(?:is|was|has\s+been|had\s+been|"
                              r"will\s+be|being)\s*)")


_LEGAL_LEFT = re.compile(rf"^\s*(?i:{LEGAL_FORMS_ALTERNATION})\.?(?=,)")


def _founded_by(sent, companies: list[Ent], people: list[Ent], p: Ent) -> list[tuple[str, re.Match, list[str]]]:
    """The company a person founded, told in the passive: "Maveron, a venture firm co-founded by Howard
    Schultz and Dan Levitan". The company is the last one named before "founded" with no verb but a
    participle or auxiliary between ("Acme, which bought a plant in Ohio, was founded by X" is not the
    plant's); between "by" and the name only a short description and the people listed before it
    ("journalist Jane Doe", "a Pakistani businessman, X", "Starbucks CEO Howard Schultz and X"), never a
    verb ("founded by her parents and managed by her husband, X") nor a company but one a title follows."""
    text = sent.text
    p_start = _begin(sent, p)
    by = None
    for m in _FOUNDED_BY.finditer(text, max(0, p_start - 120), p_start):
        by = m
    if by is None or re.search(r"[.;:()]", _INITIALS.sub("", text[by.end() : p_start])) or \
            _acting_verb(sent, by.end(), p_start):
        return []
    # what stands between "by" and the name, less the people listed before it and the companies whose
    # titles they hold ("Starbucks CEO"), is a few words of description
    rest = text[by.end() : p_start]
    for q in people:
        if by.end() <= _begin(sent, q) and _end(sent, q) <= p_start:
            rest = rest.replace(text[_begin(sent, q) : _end(sent, q)], " ")
    for c in companies:
        if by.end() <= _begin(sent, c) < p_start:
            if not executive_titles(text[_end(sent, c) : _end(sent, c) + 30].split(",")[0]):
                return []
            rest = rest.replace(text[_begin(sent, c) : _end(sent, c)], " ")
    words_left = re.findall(r"[\w'’-]+", rest)
    if len([w for w in words_left if not re.fullmatch(r"and|co-?founders?", w, re.I) and not executive_titles(w)]) > 4:
        return []
    before = [c for c in companies if _end(sent, c) <= by.start()]
    if not before:
        return []
    c = before[-1]
    between = _LEGAL_LEFT.sub("", text[_end(sent, c) : by.start()])  # "The Wrap News Inc., founded by": what the name left
    if len(between) > 90 or re.search(r"[.;:]", _INITIALS.sub("", between)) or _acting_verb(sent, _end(sent, c), by.start()):
        return []
    # a comma after the company opens an apposition about it ("Maveron, a venture firm ... co-founded by"), as
    # one after what a copula says it is does ("Marchesa is a brand of womenswear, established in 2004 by");
    # one later closes a clause whose subject came earlier ("Halvard, which bought a plant from Acme last
    # year, was founded by X")
    if re.match(r"['’]s?\s", between):
        return []  # "Acme's fund, founded by X": what the company's name qualifies was founded, not the company
    if "," in between and not re.match(r",\s*(?:(?:a|an|the)\b|(?:which|that)\s+(?:was|were|is|are|has\s+been|had\s+been)\s*$|$)|"
                                       r"\s+(?:is|was)\s+(?:a|an|the)\s", between, re.I):
        return []
    if by.group("head"):  # "Acme, headed by John Smith", "Theta Corp, an investor group led by Dudley Taft": who heads it
        if not _HEADED_BY_AFTER.fullmatch(between):
            return []  # "According to the Times of Zambia, the IMF team, led by X": what the words describe is headed
        return [("Chairman" if by.group("head").lower() == "chaired" else "Head", by, c.names)]
    return [("Co-Founder" if by.group("co") else "Founder", by, c.names)]


#: A company founded with the people named after it: "He founded Mojang in 2009 with Carl Manneh and Jakob
#: Porser", "co-founded the software company Lumen alongside Jane Doe".
_FOUNDED_THE = re.compile(r"\b(?:co-?)?found(?:ed|s|ing)\s+(?:the\s+|an?\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}$", re.I)
_WITH_THEM = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s+in\s+(?:(?:late|early|mid)\s+)?(?:[A-Z][a-z]+\s+)?\d{4})?"
                        r"\s+(?:alongside|with|together\s+with)\s+(?:(?:fellow\s+)?(?:co-?founders?|partners?)\s+)?"
                        r"(?:@(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:fellow\s+)?(?:co-?founders?\s+)?)*")
PATTERNS.append(re.compile(r"\bfound(?:ed|s|ing)\s+(?:the\s+|an?\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}(?-i:[A-Z])[^.;,]{0,60}"
                           r"\s(?:alongside|with)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}(?-i:[A-Z])", re.I))


def _founded_with(sent, companies: list[Ent], people: list[Ent], p: Ent) -> list[tuple[str, re.Match, list[str]]]:
    """The company a person co-founded with whoever founded it: "X founded Mojang with Carl Manneh and Jakob
    Porser" (the people listed after "with", and only people: "founded Acme with money from Y" is no one's)."""
    text = sent.text
    p_start = _begin(sent, p)
    for c in reversed([c for c in companies if _end(sent, c) <= p_start]):
        founded = _FOUNDED_THE.search(text, max(0, _begin(sent, c) - 60), _begin(sent, c))
        if founded is None:
            continue
        between = text[_end(sent, c) : p_start]
        for q in people:
            if _end(sent, c) <= _begin(sent, q) and _end(sent, q) <= p_start:
                between = between.replace(text[_begin(sent, q) : _end(sent, q)], "@")  # the people listed before
        return [("Co-Founder", founded, c.names)] if _WITH_THEM.fullmatch(between) else []
    return []


#: Initials and abbreviations whose dots end no sentence: "U.S.", "James C. Kauer".
_INITIALS = re.compile(r"\b(?:[A-Z]\.)+")


def _acting_verb(sent, a: int, b: int) -> bool:
    """Whether a verb other than a participle or an auxiliary stands in text[a:b]: "which bought"."""
    return any(t.pos_ == "VERB" and t.tag_ not in ("VBN", "VBG") for t in sent if a <= t.idx and t.idx + len(t.text) <= b)


def _joined_in_act(sent, companies: list[Ent], first: Ent) -> bool:
    """Whether "joined" has its subject join the companies in doing something ("joined Sun Co and Citgo in
    raising crude prices"): the verb after "in" that follows the last company listed with ``first``."""
    names = set(_listed(sent, companies, first))
    end = max((e.j for e in companies if set(e.names) & names and e.i >= first.i), default=first.j)
    return end + 1 < len(sent) and sent[end].lower_ == "in" and sent[end + 1].tag_ == "VBG"


#: A clause after the person's own predicate telling that they went on to join a company or take an office at one:
#: "Mr. McDougall held numerous operating and finance positions before becoming president and chief executive
#: officer of Willamette", "John Smith worked at a law firm before joining Acme". The person is the subject (a
#: word in lower case follows the name), and nothing between starts another clause's subject.
_JOINING_LATER = re.compile(r"\s+(?-i:[a-z])(?:(?!\b(?:who|whom|which|whose|said|says|told|while|whereas|but)\b|"
                            r"\band\s+(?-i:[A-Z]))[^;:()\"“”,]){0,120}?\b(?:before|after|prior\s+to|upon)\s+"
                            r"(?:(?:re)?joining|becoming\s+(?:its\s+|the\s+)?(?P<office>(?:(?!(?:of|at)\b)[\w-]+\s+){1,7}?)"
                            r"(?:of|at))\s+(?:the\s+)?", re.I)
PATTERNS.append(re.compile(r"\b(?:before|after|prior\s+to|upon)\s+becoming\s+(?:[\w-]+\s+){1,7}?(?:of|at)\s+"
                           r"(?:the\s+)?(?-i:[A-Z])", re.I))


def _joined_later(sent, after: list[Ent], p_end: int) -> list[tuple[str, re.Match, list[str]]]:
    """The company a clause after the person's predicate has them join, or take an office at (``_JOINING_LATER``):
    the first named after the name that the clause reaches, with the office it gives (none for "joining")."""
    for c in after:
        m = _JOINING_LATER.fullmatch(sent.text, p_end, _begin(sent, c))
        if m is None:
            continue
        if m.group("office") is None:
            return [("", m, c.names)]
        offices = _titles(m.group("office"))
        return [(offices[0][1], m, c.names)] if offices else []
    return []


def _joined_before(sent, companies: list[Ent], p_start: int) -> list[tuple[str, re.Match, list[str]]]:
    """The company a clause before the name has the person join or found: "Prior to joining Westlake, Mr.
    Gibbons was ..."."""
    before = [c for c in companies if _end(sent, c) <= p_start]
    joining = _JOINING_BEFORE.search(sent.text, 0, _begin(sent, before[-1])) if before else None
    if joining and _NAME_AFTER_CLAUSE.fullmatch(sent.text, _end(sent, before[-1]), p_start):
        return [("Founder" if joining.group("founding") else "", joining, before[-1].names)]
    return []


def _more_offices(sent, companies: list[Ent], names: list[str], p_end: int, right: str,
                  t_end: int, title: str = "") -> list[tuple[str, re.Match, list[str]]]:
    """The offices listed after a person's first one, each with its company: "Bob Morse, Chairman of
    Doxim and Co-Founder of Strattam Capital"; and the office ``title`` of each may go on at more companies,
    each told with its dates or none ("President of Acme since 2010 and of Targa and TRI since 2011")."""
    text, out = sent.text, []
    last = next((c for c in companies if _begin(sent, c) >= t_end and c.names == names), None)
    if last is None:
        return out
    stop = p_end + len(right)
    anchor = _end(sent, last)  # where the next office of the list may start

    def same_office(anchor: int, title: str) -> int:
        """The same office at the companies an "and of" goes on to, from ``anchor``; where they end."""
        while title:
            more = next((c for c in companies if anchor < _begin(sent, c) < stop), None)
            joined = _AND_OF.fullmatch(text, anchor, _begin(sent, more)) if more is not None else None
            if joined is None:
                break
            listed = _listed(sent, companies, more)
            out.append((title, joined, listed))
            anchor = max(_end(sent, c) for c in companies if _begin(sent, c) >= _begin(sent, more) and set(c.names) & set(listed))
        return anchor

    anchor = same_office(anchor, title)
    for _, title, m in sorted(_titles(right), key=lambda f: f[2].start()):
        t_start, t_stop = p_end + m.start(), p_end + m.end()
        if t_start < anchor or \
                not re.fullmatch(r"\s*(?:,\s*)?(?:(?:and|&)\s+)?(?:the\s+)?(?:former\s+)?", text[anchor:t_start]):
            continue
        last = next((c for c in companies if _begin(sent, c) >= t_stop and
                     re.fullmatch(r"\s+(?:of|at|for|with)\s+(?:the\s+)?", text[t_stop : _begin(sent, c)])), None)
        if last is not None:
            out.append((title, m, last.names))
            anchor = same_office(_end(sent, last), title)
        elif re.match(r"\s*(?:,|and\b|&)", text[t_stop:]):
            anchor = t_stop  # "..., and the former President and CEO of IGATE": the titles run on to the company
        else:
            break
    return out


#: An office at a company only described, the holder's or the text's own, past the office's own field: " Finance
#: and Administration of our general partner", " of the company".
_OF_UNNAMED = re.compile(r"(?:\s+(?:(?-i:[A-Z])[\w&-]*|and|&)){0,4}?\s+(?:of|at)\s+(?:our|its|the|their)\s+"
                         r"(?-i:[a-z][\w-]*)(?:\s+(?!(?:since|and|from|between)\b)(?-i:[a-z][\w-]*)){0,2}")


def _unnamed_then_named(sent, companies: list[Ent], right_titles: list[tuple[int, str, re.Match]], r_from: int,
                        listed: str) -> tuple[str, re.Match, list[str]] | None:
    """The first office right of a name told at a company only described, that goes on with "and of" to named
    ones: "President ... of our general partner since December 15, 2010 and of Targa and TRI"."""
    text = sent.text
    for _, title, m in sorted(right_titles, key=lambda f: f[2].start()):
        unnamed = _OF_UNNAMED.match(text, r_from + m.end())
        more = next((c for c in companies if unnamed and _begin(sent, c) > unnamed.end()), None)
        if more is not None and _AND_OF.fullmatch(text, unnamed.end(), _begin(sent, more)) and \
                _begin(sent, more) < r_from + len(listed):
            return _run_title(listed, m.start(), title), m, _listed(sent, companies, more)
    return None


#: An office at several companies, listed after a colon: " of four publicly-traded companies: ", " of the
#: following companies: ".
_OF_LISTED = re.compile(r"\s+(?:of|at)\s+(?:(?:two|three|four|five|six|seven|eight|several|various|numerous|other|the\s+following)"
                        r"\s+)?(?:[\w-]+\s+){0,2}?(?:companies|firms|corporations|banks|businesses)\s*:\s*", re.I)
#: What goes between two companies of such a list, each told with its dates: "GTECH Corporation, from 2001 to 2002;
#: Bell Howell, from 2000 to 2001; and"; a name no entity covers may stand between ("Bell Howell, from ...; ").
_LISTED_GAP = re.compile(rf"(?:,?\s+(?:{LEGAL_FORMS_ALTERNATION})\.?)*"
                         rf"(?:{_SPAN_AFTER})?\s*[;,]\s*(?:and\s+)?"
                         rf"(?:(?-i:[A-Z])[\w.&'-]*(?:\s+(?-i:[A-Z])[\w.&'-]*){{0,3}}(?:{_SPAN_AFTER})?\s*[;,]\s*(?:and\s+)?)?",
                         re.I)


def _offices_listed_after(sent, companies: list[Ent], right_titles: list[tuple[int, str, re.Match]], r_from: int,
                          right_limit: int) -> list[tuple[str, re.Match, list[str]]]:
    """The office right of a name at each company listed after a colon (``_OF_LISTED``), however the people the
    entities read in the list cut the window: "President and CEO of four publicly-traded companies: GTECH
    Corporation, from 2001 to 2002; Bell Howell, from 2000 to 2001; Sidus Systems Inc., from 1998 to 1999"."""
    text = sent.text
    for _, title, m in sorted(right_titles, key=lambda f: f[2].start()):
        listing = _OF_LISTED.match(text, _office_run(text, r_from + m.end()))
        if listing is None:
            continue
        if not re.search(r"\b(?:as|is|was|been|became|becomes)\s+(?:the\s+|an?\s+)?$", text[: r_from + m.start()]):
            return []  # "met the chairmen of three companies: ...": an office told of the holder, not of others
        first = next((c for c in companies if _begin(sent, c) == listing.end()), None)
        if first is None:
            return []
        group = [first]
        for c in companies:
            if _begin(sent, c) > _end(sent, group[-1]) and _LISTED_GAP.fullmatch(text, _end(sent, group[-1]), _begin(sent, c)):
                group.append(c)
        office = _run_title(text[r_from:], m.start(), title)
        return [(office, m, [n for c in group for n in c.names])]
    return []


def _offices_before(sent, companies: list[Ent], right_titles: list[tuple[int, str, re.Match]], found: re.Match,
                    names: list[str], r_from: int, listed: str) -> list[tuple[str, re.Match, list[str]]]:
    """The offices right of a name listed before the office ``found`` (tried first, by its rank), at companies
    other than its ``names``: "John Smith, president of Acme and chief executive officer of Beta" (Acme's
    president), where the list read from its first office runs on to ``found``."""
    for _, title, m in sorted(right_titles, key=lambda f: f[2].start()):
        if m.start() >= found.start():
            break
        if _apposed(sent, companies, r_from, r_from + m.start()):
            continue
        first = _right_company(sent, companies, r_from, r_from + m.start(), r_from + m.end())
        if not first or set(first) & set(names):
            continue
        title = _run_title(listed, m.start(), title)
        chain = _more_offices(sent, companies, first, r_from, listed, r_from + m.end(), title)
        if any(x.string is listed and x.start() == found.start() for _, x, _ in chain):
            return [(title, m, first)] + [(t, x, n) for t, x, n in chain if x.string is not listed or x.start() < found.start()]
        return []
    return []


#: What a leaving word says the holder left for, before the office he takes: "resigned as president to become
#: chairman and chief executive officer of Sequoia Systems".
_LEFT_FOR = re.compile(r"\bto\s+(?:become|join|accept|take|head)\b|"
                       # "stepped down following his transition to chairman of Citigroup Australia from the chief
                       # executive role": the office he moved to is held
                       r"\b(?:his|her)\s+(?:transition|move|promotion|elevation|switch|appointment)\s+(?:to|as)\s+(?:the\s+)?$",
                       re.I)


def _left_as(sent, p: Ent, title: str) -> bool:
    """Whether the person is the subject of a verb of leaving told as done whose "as" names the office told before
    his name: "its president, Gabriel Fusco, resigned as president" (not "resigned as a director", another)."""
    verb = _subject_of(sent, p)
    word = title.split()[-1].lower()
    return verb is not None and verb.lemma_.lower() in L.ROLE_LEAVING and verb.tag_ in ("VBD", "VBN", "VBZ") and \
        not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "to", "'ll") for c in verb.children) and \
        any(g.lower_ == word for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
            for o in c.children if o.dep_ == "pobj" for g in (o, *o.conjuncts))


def _subject_of(sent, p: Ent):
    """The verb a person is the subject of, past offices listed with him: "its chairman Bill Saxon and chief
    executive Steven Saxon have resigned"; else None."""
    verb = sent[p.i : p.j].root
    for _ in range(3):
        if verb.dep_ not in ("conj", "compound", "appos") or verb.head.pos_ not in ("NOUN", "PROPN"):
            break
        verb = verb.head
    return verb.head if verb.dep_ == "nsubj" else None


def _leaves(sent, p: Ent) -> bool:
    """Whether the person is the subject of a verb of leaving told as done, past the office set off after
    the name: "John Brown, chairman of Acme, resigned on Tuesday" (not "will retire in May", still ahead,
    nor "resigned as a director of Vertex", another office, which the words after it tell); or of a verb of
    removal in the passive: "Raymond Montoya, vice president of finance, has been removed as an officer"."""
    verb = sent[p.i : p.j].root
    if verb.dep_ == "nsubjpass":
        verb = verb.head
        return verb.lemma_.lower() in L.ROLE_REMOVED and verb.tag_ == "VBN" and \
            not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "shall", "to", "'ll", "be")
                    for c in verb.children) and \
            not any(c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() not in L.ROLE_ANY_OFFICE
                                                                   for g in c.children if g.dep_ == "pobj")
                    for c in verb.children)
    verb = _subject_of(sent, p)
    if verb is None:
        return False
    # "accepted responsibility and resigned": a verb of leaving set beside the subject's own
    return any(_leaving(v) for v in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and
                                             not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))))


def _leaving(verb) -> bool:
    """Whether a verb leaves an office, told as done: "resigned", "stepped down" (not "will retire", nor
    "resigned as a director of Vertex")."""
    return verb.lemma_.lower() in L.ROLE_LEAVING and verb.tag_ in ("VBD", "VBN", "VBZ") and \
        (verb.lemma_.lower() != "step" or any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children)) and \
        not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "to", "'ll") for c in verb.children) and \
        not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) and \
        not _leaving_ahead(verb)


#: The words that open a clause of time whose present tense tells what is still to come: "effective June 1,
#: when Utah International Chairman Alexander Wilson retires, James Curry will become chairman".
_WHEN_AHEAD = {"when", "once", "after", "until", "upon"}


def _leaving_ahead(verb) -> bool:
    """Whether a verb of leaving in the present tense is in a clause of time set on the main clause ("when X
    retires, Y will become chairman"): a leaving still to come, the office held till then."""
    return verb.tag_ in ("VBZ", "VBP") and verb.dep_ in ("advcl", "relcl") and \
        any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN_AHEAD and c.i < verb.i for c in verb.children)


_ELECT = re.compile(r"\s*(?:-\s*|\s)(elect|designate)\b", re.I)
#: "will recommend X be elected chief executive": a board asked to give an office (see ``_TO_BE_GIVEN``)
_RECOMMENDS = re.compile(r"\b(?:will|would|to|plans?\s+to|intends?\s+to)\s+recommend(?:\s+that)?\s+$", re.I)
_TO_BE_GIVEN = re.compile(r"(?:\s*,\s*who\s+[^,;.]{1,60},)?[\s,]*(?:should\s+|to\s+)?be\s+(?:elected|named|appointed|made)\s+(?:as\s+)?(?:the\s+)?",
                          re.I)
#: "the late founder", "its late chairman, John Smith": an office its holder died in has ended ("the" or a
#: possessive before "late", so that "late last year" and "a late bid" are no death).
_LATE = re.compile(r"(?:\bthe|'s?)\s+late\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s*$", re.I)
#: "following the death of company founder X", "X, who died on February 23": so has one whose holder's death
#: the sentence tells.
_DEATH_OF = re.compile(r"\b(?:death|funeral|estate)\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,4}$", re.I)
#: "following the resignation of founder and chairman Boyd Jefferies", "accepted the resignation of President
#: James Phalan": one whose leaving the sentence names has left (not one called for: "called for the
#: resignation of all but one of its directors").
_RESIGNATION_OF = re.compile(r"\b(?:resignation|ouster|dismissal)\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,4}$", re.I)
_CALLED_FOR = re.compile(r"\b(?:call(?:s|ed|ing)?|ask(?:s|ed|ing)?|press(?:es|ed|ing)?)\s+for\s+(?:the\s+)?$|"
                         r"\b(?:demand|seek|sought|urg)\w*\s+(?:the\s+)?$", re.I)
#: "X, who died on February 23", "Chairman X was stabbed to death in June, 1985", "X, who was killed in the
#: crash": the holder's death told right after the name ends the office.
_DIED = re.compile(r",?\s+(?:who\s+)?(?:(?:has|had)\s+)?(?:since\s+)?(?:died\b|(?:was|had\s+been)\s+(?:"
                   r"(?:stabbed|shot|beaten|burned|clubbed)\s+to\s+death|killed|murdered|assassinated)\b)", re.I)


def _resigned_before(text: str, p_start: int) -> bool:
    """Whether the words before a person's name name his leaving: "the resignation of chairman X"."""
    m = _RESIGNATION_OF.search(text, max(0, p_start - 60), p_start)
    return m is not None and not _CALLED_FOR.search(text, max(0, m.start() - 30), m.start())


def _left_leaving(sent, people: list[Ent], p: Ent) -> re.Match | None:
    """A word of leaving in the clause before a person's name, unless another person before it is the one
    who leaves: "Tom Hart resigned and John Smith was named president" (Tom Hart's leaving), "its directors except
    Jack E. Manning Jr. have resigned and Myers and Morgan were named to the board" (the directors')."""
    text, p_start = sent.text, _begin(sent, p)
    at = max(0, p_start - 45)
    at += text[at:p_start].rfind(",") + 1
    ends = [_end(sent, q) for q in people if q.j <= p.i]
    return next((m for m in L.ROLE_ENDED.finditer(text, at, p_start) if not any(
        re.fullmatch(r"\s*(?:(?:has|have|had|also|then|later|will|who)\s+)*", text[e : m.start()]) for e in ends if e <= m.start())),
        None)


#: A relative clause the seat is told in, of the person before it: "X, who now sits on Acme's board",
#: "X, who had the job until 2009, and now sits on ...", "X, who sold his stake in January, will join the board".
_SEAT_CLAUSE = re.compile(r",\s*who\s+(?:(?:[^;.:]*?,\s*and\s+)?(?:(?:also|now|currently|still)\s+)?|"
                          r"[^,;.:]{1,80},\s*(?:will\s+|would\s+|is\s+to\s+)?)")


def _board_seat(sent, people: list[Ent], companies: list[Ent], p: Ent) -> tuple[re.Match, list[str]] | None:
    """The board seat a person takes, holds or leaves, and the company the sentence names its board
    for (none: the story's). The person is the seat's subject or object, alone or in a list of
    people ("Joining the board were Leonard Lichter, Pierre Schoenheimer and Roger Kirk")."""
    text = sent.text
    p_start, p_end = _begin(sent, p), _end(sent, p)
    others = [(_begin(sent, q), _end(sent, q)) for q in people if q is not p]

    def unnamed(a: int, b: int) -> str:
        """text[a:b] with the other people's names blanked (their initials end in no full stop)."""
        piece = list(text[a:b])
        for x, y in others:
            if a <= x and y <= b:
                piece[x - a : y - a] = " " * (y - x)
        return "".join(piece)

    def only_a_list(a: int, b: int) -> bool:
        """Whether text[a:b] holds nothing but other people, their titles, commas and joining words."""
        rest = unnamed(a, b)
        for _, _, m in _titles(rest):
            rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
        # "Pearson succeeds William Lyon, who has been elected to AMR's board": the seat is the one replaced's
        return bool(re.fullmatch(rf"[\s,]*(?:(?:and|are|were|is|was|include[sd]?|including|also|other|as|"
                                 rf"(?!(?:{_handing('takes', 'take')})\b)(?-i:[a-z-]+))[\s,]+){{0,4}}", rest + " "))

    for m in BOARD_SEAT.finditer(text):
        # "T. Kent Elliot, who ... now sits on Acme's board": a full stop inside a name ends no sentence
        if re.search(r"[;.]", unnamed(*((m.end(), p_start) if m.end() <= p_start else (p_end, m.start())))):
            continue
        if m.group(0).lower().startswith("to") and not (p_end <= m.start() and _SEAT_GIVEN.search(
                text, 0, _begin(sent, _listed_people(sent, people, p)[0])) and
                not re.sub(r"\band\b|[\s,&]", "", unnamed(p_end, m.start()))):
            continue
        if p_end <= m.start() and _SEAT_SOUGHT.search(unnamed(max(p_end, m.start() - 30), m.start())):
            continue  # "Sosnoff requested a seat on the Caesars World board": a seat asked for is not held
        if m.end() <= p_start and only_a_list(m.end(), p_start) or \
                p_end <= m.start() and (only_a_list(p_end, m.start()) or _SEAT_CLAUSE.fullmatch(text, p_end, m.start())
                                        and not any(p_end <= x < m.start() for x, _ in others)):
            named = [c for c in companies if m.start() <= _begin(sent, c) and _end(sent, c) <= m.end()]
            after = [c for c in companies if _begin(sent, c) >= m.end() and
                     re.fullmatch(r"\s+(?:of|at)\s+(?:the\s+)?", text[m.end() : _begin(sent, c)])]
            if not (named or after) and m.group("board") == "Board":
                continue  # "a member of the Federal Reserve Board": a capitalised Board is a body's unless a company's
            return m, (named or after)[0].names if named or after else []
    return None


#: What a person named with a bare title does for the company the story is about: speaks for it
#: ("Chairman Paul Oreffice said", "said Chief Executive X") or leaves it ("CEO Gord Boyce stepped down").
_ACTS_AFTER = re.compile(r"\s*,?\s*(?:(?:has|had|also|later|then|will|would|is|was)\s+)?(?:said|says|told|tells|added|adds|"
                         r"wrote|writes|explained|noted|commented|stated|announced|declined|stepp(?:ed|ing)|steps?|"
                         r"resign(?:ed|s|ing)?|retir(?:ed|es|ing|e)|quit|"
                         # "Hal Richards, president, could not be reached for comment": asked to speak for it
                         r"could\s+not\s+be\s+reached|(?:was|were)\s+not\s+(?:immediately\s+)?available)\b", re.I)
_ACTS_BEFORE = re.compile(r"\b(?:said|says|told|added|according\s+to)\s+$", re.I)


#: What a president says for the company he heads: to its analysts or holders, or of "the company",
#: "the utility" (``data/firm_nouns.tsv``, "institution"), "our" business, its board, profit or dividend.
_FIRMS = "|".join(sorted(classes("firm_nouns")["institution"]))
_SPEAKS_OF = re.compile(r"\s*(?:told|tells)\s+(?:analysts|shareholders|stockholders|investors)\b|"
                        rf".*?\b(?:(?:the|its|our)\s+(?:{_FIRMS})\b|we\b|our\b|board\b|management\b|"
                        r"(?:share|stock)holders\b|dividends?\b|earnings\b|profits?\b|revenues?\b)", re.I)


#: An executive office set off after a name, the holder speaking for the company (or leaving it): "Robert Lutz,
#: executive vice president, told a news briefing", "Michel Lefebvre, vice president of operations, said", "...,
#: said Clark Johnson, president and chief executive officer." A field may follow ("of operations", "-finance"),
#: no body ("president of the league").
_SET_OFF = re.compile(r",\s*(?:an?\s+)?(?:senior\s+)?")
_SET_OFF_FIELD = re.compile(r"(?:\s+(?:of|for|in\s+charge\s+of)\s+(?!(?:the|a|an|its|his|her|their)\b)"
                            # "chairman of special committee": a body's office, no field's
                            r"(?![a-z-]+\s+(?:committee|council|commission|panel|board)\b)(?-i:[a-z][\w-]*)"
                            r"(?:\s+(?:and\s+)?(?!(?:said|says|told|added)\b)(?-i:[a-z][\w-]*)){0,3}|-(?-i:[a-z]+))?")


#: A function's director or manager set off after a name, told by the function before ("Hermann Pohl, general
#: director in charge of economic affairs, said", "X, finance director, said") or after it ("Rick Baron, senior
#: director of marketing development said"): he speaks for the company as its vice president would.
_FIELD_AFTER = re.compile(rf"\s+(?:of|for)\s+(?:{_alternatives('function')})(?:\s+(?:and\s+|&\s+)?(?:{_alternatives('function')}))*"
                          r"(?=\s*[,.]|\s+(?:said|says|told|added)\b)", re.I)


def _function_set_off(text: str, r_from: int, m: re.Match, t_start: int, t_end: int, p_start: int) -> int | None:
    """Where the title of such a director or manager starts, or None."""
    if m.re is not OFFICES or _singular(m).lower() not in ("director", "manager") or _plural(m):
        return None
    function = _FUNCTION_HEAD.search(text, r_from, t_start)
    start = function.start() if function else t_start
    if not function and not _FIELD_AFTER.match(text, t_end):
        return None
    return start if _speaks_set_off(text, r_from, start, t_end, p_start) else None


def _speaks_set_off(text: str, r_from: int, t_start: int, t_end: int, p_start: int) -> bool:
    if not _SET_OFF.fullmatch(text, r_from, t_start) or text[t_start:t_end].lower() in ("head", "chief", "boss"):
        return False
    end = _SET_OFF_FIELD.match(text, _office_run(text, t_end)).end()
    return bool(_ACTS_AFTER.match(text, end) or
                re.fullmatch(r"\s*\.?\s*", text[end:]) and _ACTS_BEFORE.search(text, 0, p_start))


def _firms_vice_president(m: re.Match) -> bool:
    """Whether a vice president named with no company is a firm's: "Later, vice president Glenn Schleede said",
    "Executive vice president X said"; not the "Vice President George Bush" of a state. He opens the clause and
    speaks or leaves, as a bare president must ("UAW president Owen Bieber and vice president Marc Stepp said" is
    the union's)."""
    return not re.fullmatch(r"Vice[- ]President", m.group(0))


def _acts_for(text: str, t_start: int, p_end: int) -> bool:
    return bool(_ACTS_AFTER.match(text, p_end) or _ACTS_BEFORE.search(text, 0, t_start))


def _verb_between(sent, a: int, b: int) -> bool:
    """Whether a verb that is no copula stands in text[a:b] ("Acme's chairman is John Smith" ties them;
    "replacing" and "succeeding" tell an office, read apart)."""
    return any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN", "MD") and
               t.lemma_.lower() not in ("be", "become", "remain") for t in sent if a <= t.idx and t.idx + len(t.text) <= b)


def _qualified(sent, at: int) -> bool:
    """Whether the word right before a title is a common noun that qualifies it: "central bank Chair",
    "union president", "party chairman" (a title of the body the noun names)."""
    before = [t for t in sent if t.idx + len(t.text) <= at]
    return bool(before) and before[-1].pos_ == "NOUN" and before[-1].is_lower and \
        before[-1].lower_ not in L.COMPANY_ORGANS and at - (before[-1].idx + len(before[-1].text)) <= 1


#: Adjectives that tell an office holder's tenure, not which body: "New bank chairman X" is the bank's.
_TENURE = {w for w, c in _OFFICE_WORDS.items() if c == "tenure"}


def _written_for(e: Ent, names: list[str]) -> bool:
    """Whether the entity writes one of the names, in full, cut short ("Jardine" for "Jardine Matheson") or in
    capitals that spell it from its first letter ("BIL" for "Brierley Investments")."""
    def short(a: str, b: str) -> bool:
        a, b = name_key(a), name_key(b)
        return bool(a) and bool(b) and (a == b or b.startswith(a + " "))

    return any(short(x, n) or x.isupper() and len(x) > 1 and x[0] == n[0] and spelt_in(x, n)
               for x in e.names for n in names)


def _described_among(sent, companies: list[Ent], at: int) -> bool:
    """Whether a reference word at text[at] is told by what the firm does ("the brewery firm's former chairman")
    after more than one company the sentence names: the one the description fits, which the first named need
    not be ("a move of Neptunia to acquire San Miguel shares controlled by the brewery firm's chairman")."""
    if not re.search(r"\bthe\s+[a-z][a-z-]+\s+$", sent.text[:at]):
        return False
    return len({n for c in companies if _end(sent, c) <= at for n in c.names[:1]}) > 1


def _adjective_before(sent, at: int) -> bool:
    """Whether a lower-case adjective ends right before text[at]: "central" of "central bank" (a
    sentence's first word is capitalized whatever it is: "Central bank president X said")."""
    before = [t for t in sent if t.idx + len(t.text) <= at]
    return bool(before) and before[-1].pos_ == "ADJ" and (before[-1].is_lower or before[-1].is_sent_start) and \
        before[-1].lower_ not in _TENURE


#: A possessive naming another body whose office a title is: "Acme's parent company", "Acme's employees union",
#: "VW's works council" (``data/deal_words.tsv``, "owner" and "body").
_OWNER_AFTER = re.compile(r"\s*(?P<poss>'s?|’s?)?\s+(?:[\w-]+\s+){0,2}?(?P<noun>%s)\b"
                          r"(?:\s+(?:company|group|firm|corporation))?"
                          % "|".join(sorted(DEAL_WORDS["owner"] | DEAL_WORDS["body"])), re.I)
#: Of those, the ones the company named after them holds the office of: "Acme's parent, Bolt Corp",
#: "Acme's rival Bolt Corp" (a union or a works council is no company).
_PARENTS = DEAL_WORDS["owner"]
#: A possessive, and the ticker the wire may set after it, between a company and the unit it names: "Acme
#: Corp's <ACM> Beta Seed Inc affiliate".
_POSSESSING = re.compile(r"\s*(?:'s?|’s?)?\s*(?:<[^<>]{1,12}>\s*)?")
#: After a company's possessive, a unit it owns (``data/deal_words.tsv``, "part"), with a name of its own or
#: a few words of what it does: "Marriott Corp's <MHS> Straw Hat Pizza unit", "Acme's airline unit" (a name may
#: join words with "and": "Rohm and Haas Co's Rohm and Haas Seed Inc affiliate").
_PART_AFTER = re.compile(r"\s*(?:'s?|’s?)?\s*(?:<[^<>]{1,12}>\s*)?(?:(?P<named>(?:[A-Z][\w.&'-]*\s+(?:(?:and|&)\s+(?=[A-Z]))?)+)|(?:[\w.&-]+\s+){0,4}?)"
                         r"(?P<noun>(?i:%s))\b" % "|".join(sorted(DEAL_WORDS["part"])))


#: An office's title, then "of" a field in lower case "at" a firm: "managing director of international corporate
#: finance activities at Salomon Brothers Inc".
_FIELD_AT_FIRM = re.compile(r"(?:\s+(?-i:[a-z][\w-]*)){0,2}?\s+of\s+(?:(?-i:[a-z][\w-]*)\s+){1,6}?(?:at|with)\s+(?:the\s+)?<?"
                            r"(?=(?-i:[A-Z]))", re.I)
#: An office's title, then "of the" unit the story told before and the sentence only describes (``data/deal_words.tsv``,
#: "part"): "vice president finance of the North American unit" (after "president of Guinness America Inc"). Not
#: "senior vice president of its telecommunications unit", which wire copy writes of the parent's own officers, nor
#: "VP of the realty projects division" (a division is a part of the firm, no company of its own).
_OF_UNIT_DESCRIBED = re.compile(r"(?:\s+(?-i:[a-z][\w-]*)){0,3}?\s+(?:of|at)\s+the\s+"
                                r"(?:(?-i:[a-z][\w-]*|[A-Z][\w.-]*)\s+){0,4}?(?:%s)\b(?!\s*(?:of\b|,?\s*<?(?-i:[A-Z])))"
                                % "|".join(sorted(DEAL_WORDS["part"] - {"division", "arm"})), re.I)


#: An office "of" a part of the company the sentence tells of, no entity naming it: "president of its Data Systems
#: Division", "chief executive officer of its North American operations", "president of the test division".
_PART_WORDS = "|".join(sorted(DEAL_WORDS["part"] | {"operations"}))
_OF_PART = re.compile(rf"(?:\s+(?-i:[a-z][\w-]*)){{0,2}}?\s+of\s+(?:its|their|the)\s+(?:[\w&'’.-]+\s+){{0,5}}?"
                      rf"(?:{_PART_WORDS})s?\b", re.I)


def _heads_part(sent, companies: list[Ent], office: str, t_end: int) -> int | None:
    """Where the part of a company ends that a head's office (``_STORY_OFFICES``, a president) is told of, no entity
    naming it, or None: the head of a division is no head of the firm, and is shown at the firm under his title as
    written ("president of its Data Systems Division"), where a vice president of one is the firm's, as the wire writes
    ("senior vice president of its telecommunications unit", ``_OF_UNIT_DESCRIBED``)."""
    run_end = _office_run(sent.text, t_end)  # "president and chief executive officer of its Megatek Corp unit"
    if office not in _STORY_OFFICES and office != "President" or _OF_UNIT_DESCRIBED.match(sent.text, run_end):
        return None  # "president of the Californian unit": the unit the story named before, no office of the sayer's
    part = _OF_PART.match(sent.text, run_end)
    # not one named in it or right after it: "president of its beer subsidiary, Anheuser-Busch Inc"
    if part is None or any(t_end <= _begin(sent, c) < part.end() or _begin(sent, c) >= part.end() and
                           re.fullmatch(r"\s*,?\s*(?:the\s+)?<?", sent.text[part.end() : _begin(sent, c)])
                           for c in companies):
        return None
    return part.end()


def _of_owners_unit(sent, companies: list[Ent], t_end: int) -> bool:
    """Whether a title is followed by "of" a company's possessive and the unit it owns: "president of Rohm and
    Haas Co's <ROH> Rohm and Haas Seed Inc affiliate" is the unit's office, none of its owner."""
    text = sent.text
    of = re.match(r"\s+(?:of|at)\s+", text[t_end:])
    first = next((c for c in companies if of and _begin(sent, c) == t_end + of.end()), None)
    if first is None:
        return False
    possessive = re.match(r"\s*(?:'s?|’s?)", text[_end(sent, first):]) or sent[first.j - 1].lower_ in ("'s", "’s", "'")
    part = _PART_AFTER.match(text, _end(sent, first)) if possessive else None
    return part is not None and part.group("noun").lower() != "division"


def _owner_after(sent, e: Ent, until: int) -> re.Match | None:
    """The body a company's possessive names before text[until], if one (the "'s" may be the name's own token)."""
    m = _OWNER_AFTER.match(sent.text[:until], _end(sent, e))
    return m if m is not None and (m.group("poss") or sent[e.j - 1].lower_ in ("'s", "’s", "'")) else None


def _body_says(sent, companies: list[Ent], at: int, people: list[Ent] = ()) -> bool:
    """Whether the "its" before text[at] belongs to a named body that is no company: "The UAW said its
    vice president ..." (the subject of the clause "its" is said in, a name no company or person covers)."""
    its = next((t for t in reversed(sent) if t.idx < at and t.lower_ in ("its", "their")), None)
    if its is None:
        return False
    covered = {k for c in [*companies, *people] for k in range(c.i, c.j)}
    for v in its.ancestors:
        subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < its.i), None)
        if subject is not None:
            return subject.pos_ == "PROPN" and subject.i not in covered
    return False


#: A subject that stands for a company without naming it: "it", or the nouns of ``_REFERENCE`` after "the" or
#: "this" ("The company said ..."), of a verb (lemma) by which a company tells or gives offices; the subject of the
#: clause above it is the one it stands for, if a company, else the story's. Not of another verb: "It was \"business
#: as usual\" ..., according to company spokesman Edd Snyder" stands for nothing.
_STANDS_FOR = {"it", "company", "group", "firm", "bank", "corporation"}
_TELLS = {"say", "add", "announce", "report", "name", "appoint", "elect", "nominate", "promote", "hire"}


def _its_owner(sent, companies: list[Ent], people: list[Ent], at: int, story) -> list[str]:
    """The company an "its" before text[at] is of, by the subject of the clause it is in, or of the clauses above it
    past a person's or another noun's: "Wilshire Oil Co of Texas, which has a 9.8 pct stake in Jacobs Engineering
    Group Inc, said its chairman, Siggi Wilzig, ..." (Wilshire's, not Jacobs's), "The company said Kerr was
    formerly president and co-founder of <Mediflex Systems Corp>, and Jacoby is also its chief financial officer"
    (the story's company ``story`` gives, not Mediflex). Not past a company it is joined to ("the suit against
    Porterfield and its partners"); none where no subject above it is a company or stands for one, or where one is
    a name no company or person covers ("The Montreal Exchange said it named Bruno Riverin, president of Quebec's
    Caisse centrale Desjardins, as its new president": the exchange's)."""
    its = next((t for t in reversed(sent) if t.idx < at and t.lower_ in ("its", "their")), None)
    if its is None:
        return []
    joined = [c for c in companies if c.j <= its.i and re.fullmatch(r"\s*,?\s*(?:and|or)\s+", sent.text[_end(sent, c) : its.idx])]
    if joined:
        return joined[-1].names
    return _subject_firm(sent, companies, people, its, story)


def _subject_firm(sent, companies: list[Ent], people: list[Ent], tok, story, named: bool = True) -> list[str]:
    """The company the subjects of the clauses over a token name: the first that is one (``named``), else the
    story's company (``story``, by where the subject is) where one stands for it ("It said ..."); none where a
    company is one and not ``named``, a body no company or person covers is one, or none is."""
    standing = None  # the last subject passed that stands for a company
    for v in tok.ancestors:
        subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        if subject is None:
            continue
        # "Tsinghua Tongfang, a subsidiary of Tsinghua Unigroup, which has Mr Zhao as its chairman": a relative
        # pronoun's is the word the clause is of, a company's or none
        relative = v.dep_ == "relcl" and subject.lower_ in ("which", "that", "who")
        subject = v.head if relative else subject
        firm = next((c for c in companies if c.i <= subject.i < c.j), None)
        if firm is not None:
            return firm.names if named else []
        if relative:
            return []
        if subject.pos_ == "PROPN" and not any(q.i <= subject.i < q.j for q in people):
            return []
        if subject.lower_ in _STANDS_FOR and v.lemma_ in _TELLS and \
                (subject.lower_ == "it" or any(d.lower_ in ("the", "this") for d in subject.children)):
            standing = subject
    return story(standing.idx) if standing is not None else []


_INSIDE_ASIDE = re.compile(r"\b(?:of|by|for|from|to|with|and|at|in|owns|controls)\s+(?:the\s+)?<?$", re.I)


def _said_by(sent, companies: list[Ent], at: int) -> list[str]:
    """The company that said, named or appointed what follows: "Acme Corp said John Smith, ...", or
    that is led by it: "Falcon Bank is headed by Adolfo Gutierrez, the chairman"."""
    said = r"(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?" \
           r"(?P<aside>(?:\s*,\s*(?:a|an|the|which|whose|one)\s+[^,;:()\"“”]{1,90}?){1,2}\s*,)?" \
           r"\s+(?:(?:also|further|separately)\s+)?(?:(?:has|have|had)\s+)?(?:said|says|named|appointed|elected|promoted|hired|nominated|" \
           r"names|appoints|elects|promotes|hires|nominates|" \
           r"(?:is\s+|was\s+|has\s+been\s+|will\s+be\s+|is\s+to\s+be\s+)?(?:headed|led|run|chaired)\s+by|" \
           r"(?:is\s+|was\s+)?(?:co-?)?founded\s+(?:in\s+\d{4}\s+)?by)\s+(?:that\s+)?(?:its\s+)?" \
           r"(?:it\s+(?:has\s+|had\s+)?(?:named|appointed|elected|promoted|hired|nominated)\s+)?" \
           r"(?:(?:board|directors|shareholders|stockholders)\s+(?:of\s+directors\s+)?(?:has\s+|had\s+|have\s+)?" \
           r"(?:named|elected|re-?elected|appointed|promoted|nominated)\s+)?" \
           r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"  # "said its board named", "BTC is led by Mr. Leonard Tharpe"
    sayer = [c for c in companies if _end(sent, c) <= at and (m := re.fullmatch(said, sent.text[_end(sent, c) : at])) and
             # past an aside, not a company named inside another's: "Ameritech Publishing, a unit of Ameritech, the
             # midwest-based telephone services company, said it has named Barry Allen president"
             not (m.group("aside") and _INSIDE_ASIDE.search(sent.text, 0, _begin(sent, c)))]
    return sayer[-1].names if sayer else []


def _begin(sent, e: Ent) -> int:
    return sent[e.i].idx


def _end(sent, e: Ent) -> int:
    return sent[e.j - 1].idx + len(sent[e.j - 1].text)


#: What goes between two companies of one list: a joiner, and up to two names in it no entity covers
#: ("positions at Kelso Corp, Silicon Valley Group, Verilink Corporation").
_LIST_GOES_ON = re.compile(r"\s*(?:,|and|, and)\s*(?:the\s+)?(?:[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}\s*,\s*){0,2}")


def _listed(sent, companies: list[Ent], first: Ent) -> list[str]:
    """A company and those listed with it, as names: "chairman of San Miguel and the UCPB"; not the one
    that says it: "executive vice-president of Utah International, BHP said", nor one whose own office
    follows: "chief executive of Acme, and Bolt's finance chief Jane Doe"."""
    group = [first]
    for c in companies:
        if _begin(sent, c) > _end(sent, group[-1]) and \
                _LIST_GOES_ON.fullmatch(sent.text, _end(sent, group[-1]), _begin(sent, c)) and \
                not re.match(r"\s+(?:said|says|told|added)\b|\s*(?:'s?|’s?)(?:\s|$)", sent.text[_end(sent, c) :]) and \
                sent[c.j - 1].lower_ not in ("'s", "’s", "'"):
            group.append(c)
    return [n for c in group for n in c.names]


#: An adviser is the firm's before his name only where the firm owns the word: "Bank of Tokyo's economic adviser X".
_ADVISER = re.compile(r"\badvis[eo]r\b", re.I)
_ADVISER_OWNED = re.compile(r"(?:'s?|’s?)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}$")


#: A title a possessive pronoun opens, ending the text: "its president", "their new chairman".
_ITS_TITLE = re.compile(r"\b(?:its|their)\s+(?:[a-z]+\s+)?$", re.I)


def _left_company(sent, companies: list[Ent], t_start: int, t_end: int, p_start: int, p_end: int,
                  near: bool) -> list[str]:
    """The company of a title before a name (``near``: with at most a few words between them)."""
    text = sent.text
    # "senior Asia economist at Capital Economics Daniel Martin"
    inside = [c for c in companies if t_end <= _begin(sent, c) and _end(sent, c) <= p_start and
              re.fullmatch(r"\s*(?:of|at|for|with)\s+(?:the\s+)?", text[t_end : _begin(sent, c)]) and
              text[_end(sent, c) : p_start].strip() in ("", ",")]  # "The chief executive of Acme, John Smith, said"
    if inside or not near:
        return inside[0].names if inside else []
    # "Nissan CEO Luca de Meo", "St George senior economist Jo Horton"
    before = [c for c in companies if _end(sent, c) <= t_start and _BETWEEN.match(text[_end(sent, c):t_start])]
    if before and _owner_after(sent, before[-1], t_start):
        return []  # "Hong Kong Land's parent company chairman X": the parent's, unnamed here
    if before and before[-1].i > 0 and sent[before[-1].i - 1].text.istitle() and \
            sent[before[-1].i - 1].lower_ in DEMONYMS and not sent[before[-1].i - 1].is_sent_start:
        return []  # "American Honda president Tetsuo Chino": the office is at the national arm, not at Honda
    if before:
        return before[-1].names
    if _ITS_TITLE.search(text, max(0, t_start - 40), t_start):
        # "elected X its new chairman, succeeding Hani Ramadan of Beirut Riyad Bank": the office is the one "its"
        # stands for, not at the firm the person after it is of
        return []
    # "commodity strategist Daniel Hynes of ANZ"
    after = [c for c in companies if _begin(sent, c) >= p_end and
             re.fullmatch(r",?\s*(?:of|at|for|with)\s+(?:the\s+)?", text[p_end:_begin(sent, c)])]
    return _of_company(sent, companies, after[0]) if after else []


#: The verbs (lemmas) that may stand between a name and the office after it and still tie them:
#: "John Brown, who has been chairman of ...", "X was named chief executive of ...", "X (born 1952)
#: was president of ..."; any other verb ("X met the chief executive of Y") ties the office to another.
_TIES = {"be", "have", "will", "would", "become", "remain", "serve", "name", "appoint", "elect", "promote", "resign",
         "retire", "quit", "step", "take", "join", "rejoin", "bear", "invite", "hire", "choose", "select", "make",
         "return", "succeed", "replace", "found", "co-found", "run", "head", "lead", "go",
         "continue"}


#: When a person joined a company, between it and the office taken: "... joined Acme in July 2006 as".
#: A post held, its office named after it: "Mr. Isacson held the positions of President Norske Skog Europe, and then
#: Senior Vice President Production for Norske Skogindustrier ASA" (not "held talks with the chairman of X").
_HELD_POST = re.compile(r"\s+(?:(?:the|various|several|a\s+number\s+of)\s+)?(?:(?-i:[a-z]+)\s+){0,2}?"
                        r"(?:positions?|posts?|offices?|titles?|roles?)\s+(?:of|as)\b", re.I)
_JOINED_AS = r"[.,]*\s+(?:in|since|during)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{4}|[A-Z][a-z]+)\s+" \
             r"as\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,2}"


#: Where a person works from, before the office or its company: "Jimmy Cao, a Beijing-based BMW spokesman", "James
#: Chao, Shanghai - based managing director at IHS Automotive" (web copy spaces the hyphen out).
_BASED = r"(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?\s?-\s?based"


def _based(sent, t) -> bool:
    """Whether a token is the "based" of "London-based", a place's adjective and no verb between a name and its office."""
    return t.lower_ == "based" and t.i > 0 and sent.doc[t.i - 1].text == "-"


#: What stands between a name and the company whose title follows it: "Scott Garell joined GoodSearch as chief
#: executive", "Greg Hall, CFA, Acme's chief analyst" (a credential between them), "Meg Wharton was hired by the
#: board as Kelso president", "David A. Banmiller will continue as AirCal's president" (an office kept).
_FIRM_TITLED = re.compile(rf"(?:,\s*(?:\d+\s*,\s*)?(?:(?-i:[A-Z]{{2,5}})\s*,\s*)?|\s+(?:was|is|became|becomes|{_handing('kept')}|as|"
                          r"(?:has\s+|will\s+)?(?:re)?join(?:s|ed)?|(?:(?:was|is|has\s+been|had\s+been|will\s+be)\s+)?"
                          r"(?:named|appointed|elected|hired|promoted)(?:\s+by\s+(?:the|its)\s+board)?(?:\s+as)?)\s+)"
                          rf"(?:(?:the|The|a|an|its|former|then|now|also)\s+)*(?:{_BASED}\s+)?")


def _right_company(sent, companies: list[Ent], p_end: int, t_start: int, t_end: int, run: bool = False) -> list[str]:
    """The company of a title after a name."""
    text = sent.text
    # "Makoto Uchida, Nissan's chief executive", "Hiroshi Ishikawa, 47, former Toyota Shoji president"
    before = [c for c in companies if p_end <= _begin(sent, c) and _end(sent, c) <= t_start and
              _FIRM_TITLED.fullmatch(text[p_end : _begin(sent, c)]) and
              # "Tom Kessel joined Strayer Learning, Inc. in July 2006 as President"
              (_BETWEEN.match(text[_end(sent, c) : t_start]) or re.fullmatch(_JOINED_AS, text[_end(sent, c) : t_start]))]
    if before:
        return before[0].names
    # "Wayne Sully, director of QHDC Australia", "analyst for the Wall Street firm Shearson Lehman"; not
    # "John Brown met the chief executive of Kelso": the words between name and title must tie them
    # ("following his move to chairman of X": a verb read as a preposition ties nothing)
    # ("John Smith, acting chairman of X": a word of the office's tenure the parser reads as a verb ties them)
    if any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in _TIES and t.dep_ != "prep" and t.lower_ not in _TENURE
           and not _based(sent, t) and not _HELD_POST.match(text, t.idx + len(t.text))
           for t in sent if p_end <= t.idx and t.idx + len(t.text) <= t_start):
        return []
    # the words between title and company: "director of", "head of trading at", "analyst for the
    # Wall Street firm", "Chief Executive, Doxim"; not ", following the departure of former X", nor a clause of
    # its own: "the last Chairman and CEO until its merger with HP"
    # (``run``: or past the offices listed with it: "President and CEO of TransMontaigne")
    for end in dict.fromkeys((t_end, _office_run(text, t_end) if run else t_end)):
        after = [c for c in companies if end <= _begin(sent, c) < end + 50 and
                 re.fullmatch(r"\s*(?:,\s*|(?:(?!(?:until|since|after|before|when|while|its|their|his|her)\b)[\w-]+\s+){0,3}?"
                              r"(?:of|at|for|with|in)\s+(?:the\s+)?(?:(?:[\w-]+|(?-i:[A-Z]\.){2,3})\s+){0,6}?(?:(?-i:[A-Z])[\w.-]*"
                              r"(?:\s+(?-i:[A-Z])[\w.-]*)?(?:'s|’s)\s+)?)<?", text[end:_begin(sent, c)]) and
                 not _titles(text[end:_begin(sent, c)]) and _place_owner(text[end:_begin(sent, c)]) and
                 # past 40 characters, not an office of a body of the company: "chairman of the international
                 # advisory committee of Chase Manhattan Bank"
                 (_begin(sent, c) < end + 40 or not _OF_ORGAN.search(text, end, _begin(sent, c)))]
        if after:
            # "head of FX strategy at Rabobank": a field the entities took for a company, the office's at the firm after it
            field = _FIELD_THEN_FIRM.match(text, _end(sent, after[0]))
            firm = next((c for c in companies if field and _begin(sent, c) == field.end()), None) \
                if re.fullmatch(r"\s*of\s+", text[end:_begin(sent, after[0])]) else None
            return _of_company(sent, companies, firm or after[0])
    return []


_FIELD_THEN_FIRM = re.compile(r"\s+(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,2}\s+(?:at|for|with)\s+(?:the\s+)?")


_OF_ORGAN = re.compile(r"\b(?:committee|council|commission|panel|board|unit|division|department)s?\b", re.I)


def _place_owner(between: str) -> bool:
    """Whether a possessive right before the company of an office is a place's or none: "chairman of Austria's
    Creditanstalt-Bankverein" (not "chairman of Acme's Bolt unit", the unit's office)."""
    m = re.search(r"((?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?)(?:'s|’s)\s+<?$", between)
    return m is None or m.group(1).lower() in places()


def _run_title(chunk: str, at: int, title: str) -> str:
    """The title of the list of offices in ``chunk`` that the office ``title`` at ``at`` is one of, as its first
    office by rank ("chairman and president of USAir" is the chairman's, "as executive general manager and chief
    executive officer" the chief executive's, as ``office_of`` reads a labelled title)."""
    runs: list[list[tuple[int, str, re.Match]]] = []
    for f in sorted(_titles(chunk), key=lambda f: (f[2].start(), -f[2].end())):
        last = runs[-1][-1][2] if runs else None
        if last is not None and f[2].start() < last.end():
            continue  # one office read twice ("vice chairman", "chairman")
        if last is not None and _JOINER.fullmatch(chunk, last.end(), f[2].start()):
            runs[-1].append(f)
        else:
            runs.append([f])
    run = next((r for r in runs if any(f[2].start() == at for f in r)), None)
    return min(run, key=lambda f: (f[0], f[2].start()))[1] if run else title


def _apposed(sent, companies: list[Ent], r_from: int, t_start: int) -> bool:
    """Whether an office right of a name is set off after a company, and so that company's, in apposition:
    "X serves on the board of Acme GP Inc., general partner of Acme Partners"."""
    return any(r_from <= _begin(sent, c) and re.fullmatch(r",\s*(?:the\s+|an?\s+)?", sent.text[_end(sent, c) : t_start])
               for c in companies)


#: What joins the offices of one holder's list of them: "president, chief executive and a director of Acme".
_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|(?:and|&)\s+)(?:the\s+|an?\s+)?")


def _office_run(text: str, at: int) -> int:
    """Where a list of offices that goes on from text[at] ends: "president, chief executive and a director
    of Acme" is one holder's offices at one company."""
    while joiner := _JOINER.match(text, at):
        start = joiner.end()
        ends = [m.end() for _, _, m in _titles(text[start : start + 60]) if m.start() == 0]
        if not ends:
            break
        at = start + max(ends)
    return at


def _of_company(sent, companies: list[Ent], first: Ent) -> list[str]:
    """The companies of an office named after its title: the first and those listed with it; but "chairman
    of Hong Kong Land's parent company, Jardine Matheson" is the parent's office (named after it, or
    none), and "president of Pacific Bank's Employees Union" the union's."""
    text = sent.text
    # "president of Acme Corp's Beta Seed Inc affiliate": the unit the possessive names, not its owner
    possessive = re.match(r"\s*(?:'s?|’s?)", text[_end(sent, first):]) or sent[first.j - 1].lower_ in ("'s", "’s", "'")
    unit = next((c for c in companies if _begin(sent, c) > _end(sent, first) and not set(c.names) & set(first.names) and
                 _POSSESSING.fullmatch(text[_end(sent, first) : _begin(sent, c)])), None) if possessive else None
    if unit is not None:
        return unit.names
    # "president of Marriott Corp's <MHS> Straw Hat Pizza unit": the unit's, named after it or nowhere; but
    # "general manager of Mitsui Bank's treasury division" works for the bank
    part = _PART_AFTER.match(text, _end(sent, first)) if possessive else None
    if part is not None and (part.group("named") or part.group("noun").lower() != "division"):
        named = [c for c in companies if _begin(sent, c) >= part.end() and
                 re.fullmatch(r"\s*,?\s*(?:the\s+)?", text[part.end() : _begin(sent, c)])]
        return named[0].names if named else []
    owner = _owner_after(sent, first, len(text))
    if owner is None:
        return _listed(sent, companies, first)
    named = [c for c in companies if _begin(sent, c) >= owner.end() and
             re.fullmatch(r"\s*,?\s*(?:the\s+)?", text[owner.end() : _begin(sent, c)])]
    return named[0].names if named and owner.group("noun").lower() in _PARENTS else []
