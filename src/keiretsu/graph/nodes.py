"""Corpus-level judgement of company nodes: a name only ever written as a piece of a longer one,
as the name of a thing, or with words around it that say it is no company and none that say it is.

A sentence's parse can cut a name short ("Pizza" from "Straw Hat Pizza", "Binion" from "Butler and
Binion", "Herald" from "The Herald and Weekly Times Ltd"). One story cannot tell a cut from a firm
written after a descriptor, but the corpus can: a firm is written on its own somewhere, while a piece
is, in every story that names it, glued to a capitalised word that no other name of the story covers and
that is not one that leads names ("The", "Japanese", "March", a place, a title; ``lead_words.txt`` and
the vocabularies beside it), or written after a body's noun and "of" ("the New Jersey Board of| Public
Utilities"), or is the exchange's suffix of a ticker ("<skbs.|St.|>") or a phrase an article leads ("a
U.S. Supercomputer"), or is cut at a numeral ("Pier 1| Imports Inc"), or joins two names the wire's
padding sets apart ("Matra           and Bouygues SA"), or opens after initials and "and" ("S and| A
Truck Tire Sales Corp", "AC and R/|DHB"), or is cut before "and" and a word no name of the story covers
("Barclays De Zoette| and Wedd financial analyst"), or is an owner's name cut to the word that ends it
("U.S. |Bancorp's Pacific State Bank"), or is a half of a name that a joiner or a particle of another
language splits ("Jacobson och| Ponsbach Fondkommission AB", "Girozentrale und Bank| der oesterreichischen
Sparkassen AG"), or a trade of a name that lists trades ("New York Coffee|, Sugar and Cocoa Exchange",
"Canadian Pacific Oil and| Gas of Canada Ltd"), or the members' part of a body's name ("Sao Paulo State
Industries|' Federation"). Such a node is not a company. Nor is one that every story writes
right before a noun for a product, a site or a place ("the Pony Excel sub-compact", "the Skeena pulp
mill", "the Alice Springs to Darwin gas pipeline"; ``thing_words.txt``), nor one with nothing for it
that every story writing it writes so somewhere, if not where the name was taken ("Norway's Draugen oil
field", then "Partners on Draugen are Shell"), or right after a body's noun ("the importers association
ACICO"). A name the gazetteer knows is a
company however it is written, unless every story glues it to another name and nothing but the
gazetteer speaks for it: "Saab| Scania" is a longer name's end.

The rest is weighed by what the stories that name it say, with the words of ``node_cues.tsv``. For a
company: a legal form on a naming that is no piece, a ticker, the wire's mark ("<Borealis Exploration
Ltd>"), a word that ends or marks company names ("Greyhound Lines", "Spar-Casse-Bank"), a company word
around it ("the Dallah group", "shares of Pixar", "Hospal, a subsidiary of"). Against: every naming
glued to other words of a name ("President Ana Maria| Vanterpool", "Straw Hat| Pizza", "Banco| do
Brasil", "Pay| 'N Pak", "Mercury| Sable models", "its Ultra| Buying Network,"), which only a legal form,
a ticker, the mark or a company word overrules; every naming a place, a people ("Zambian") or a place
misspelt; and cues around at least half the namings: a place's ("the cities of Anaheim", "Ramapo, N.Y.",
a dateline), an outlet's ("the UAE daily al-Ittihad"), a person's title, the head noun of a site, a ware
or a body ("Sands Hotel", "the Amiga computer hardware", "National Gay and Lesbian Task Force", "12 FTU
leaders"), a thing's noun the name is given to ("a second operating system, called IBM Operating System/2"), a
unit set in a body's name ("the Crop Protection Division in the Rubber Research Institute"), a
plant's generating unit ("Palo Verde Unit Two"), a building placed ("the Canadian Utilities
Center in Edmonton"), a model beside another of its line ("the Macintosh SE and the Macintosh II", whose
"SE" is no legal form), a product's name in capitals after "its" ("its ATMOSCAN automated wafer processing
system"), a thing a firm devised ("the Hybrex hybrid wheat technology"), the long form of an acronym
("Electronic Industries Association of Japan (EIAJ)"). A node with evidence against it and none for it is
no company. A node with neither stays one: half of such nodes are firms that only their names tell apart
(Reuters build, 2026-12-02). Some names say it alone: an exchange is its members' association unless a
legal form or a ticker of its own makes it a listed firm, a name a relative clause on a person is set after
is a person's ("Murakhovsky, who"),
"Auditors of| Tarnwell Corp" is a phrase about a firm, "Vogtle's| Unit Two" a plant (and "two Diablo
Canyon| units" its generating units), "MD-11s" a model, "Series F" a class of a firm's
stock, "Blackburn, Lancashire, England" a place, "Institute of Foreign Bankers Inc" a body whatever form
ends it, "a merged TWA-USAir" two airlines; and an acronym written alone stands for the nodes other
stories write both by it and by a long form.

``judge`` runs before each graph build. A node's judgement is a function of every place the store
names it (and names the nodes that share its acronym), so an update judges again only the
companies its new documents name and those sharing their acronyms (all of them when
this code, its vocabularies or the partition of names (``aliases.bind``) changed) and keeps the
set in ``meta``; the relationships of a node whose judgement changed are weighed again. A
relationship with a node judged not a company at an end is not written, so ``build`` and
``build --rebuild`` agree.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..extract import vocab
from ..extract.gazetteer import Gazetteer, places
from ..extract.names import LEGAL_FORMS, generic_word
from ..extract.vocab import misspelling, words
from ..models import RelationshipKey
from ..store import Store

_KIND = "company"
_COMPANY = "company"  # the category of ``node_cues.tsv`` that is evidence for a company
_WIDTH = 60  # characters read either side of a name: a joiner and a word, or a short apposition
_META = "graph.not_companies"  # in ``meta``: {"version": ..., "ids": [...]}
# A capitalised word (not all capitals: those are headlines, acronyms and "U.S.") right before the
# name, joined by a space or by "and"/"&": "Straw Hat| Pizza", "Butler and| Binion".
_BEFORE = re.compile(r"(?:^|(?<=[\s(\"]))([A-Z][a-z][\w.&'-]*?)((?:'s)?(?: (?:and|&|to|-))? )$")
# ... or a capitalised word and a number right before it: the name was cut at its numeral ("Pier 1| Imports
# Inc", "Formula 1| Holdings", "Volvo 1986| Lease Finance Corp").
_NUMBERED = re.compile(r"(?:^|(?<=[\s(\"]))([A-Z][a-z][\w.&'-]*) \d{1,4} $")
# ... or a one-word name joined by "and"/"&" to another one-word name that the story reads as a name
# too, not in a list: "Butler and| Binion", "Coopers and| Lybrand", partnerships named after partners.
_PARTNER = re.compile(r"(?:^|(?<=[\s(\"]))([A-Z][a-z]+) (?:and|&) $")
_WORD = re.compile(r"[A-Z][a-z]+")
# ... or the first of such a pair, or of a one-word name and a word the story reads in no name, the
# sentence's end allowed after it: "Butler| and Binion", "brokerage house Phillips| and Drew.".
_PARTNERED = re.compile(r"^ (?:and|&) ([A-Z][a-z]+)(?![\w&'-]|\.\w| (?:and|&)\b| [A-Z])")
# ... or, with a legal form, one of a pair that another naming of the node reads as partners: "Cable and|
# Wireless| Plc" where the node is also "Cable and| Wireless|" (while "Kelvar and| Zorvex Corp" are two firms).
_PARTNER_FORMED = re.compile(r"^ (?:and|&) ([A-Z][a-z]+) ([A-Z][\w.&'-]*)")
# ... or initials joined by "and"/"&" to a single letter: "AT| and T", "BK| and T Inc", "CR| and P
# Advertising", one name however the parse splits it.
_INITIALS = re.compile(r"^ (?:and|&) [A-Z](?![\w.&'-])")
# ... or a name opening with the letter that ends such initials, or going on after it by a slash: "S and
# |A Truck Tire Sales and Services Corp", "AC and R/|DHB and Bess", "S. and |A. Truck Tire Sales" (a letter is
# no article, "A").
_INITIALLED = re.compile(r"(?:^|(?<=[\s(<\"]))(?:[A-Z]{1,3}|(?:[A-Z]\.){1,3}) (?:and|&) ([A-Z]/)?$")
_LETTER = re.compile(r"[A-Z](?:$|[ /.-])")
# A given name and an initial right before a name: the name is cut from a person's, or from a firm's named
# after one ("Robert C. |Brown and Co Inc").
_GIVEN = re.compile(r"(?:^|(?<=[\s(\"]))([A-Z][a-z]+) [A-Z]\.? $")
# A letter or a digit touching the name: the parse cut a word ("|Bio/|dynamics Inc"). (Not a slash before it:
# "A/|S Ferrosan" is the firm's whole name, its legal form split off.)
_TOUCHING_BEFORE = re.compile(r"[^\W_]$")
_TOUCHING_AFTER = re.compile(r"^[^\W_]")
# A name opening with a word that ends firms' names, as an owner: the owner's name is cut ("U.S. |Bancorp's
# Pacific State Bank"), the headline's capitals and "U.S." being no words ``_BEFORE`` reads.
_OWNER = re.compile(r"([A-Z][a-z]+)'s ")
# A plural noun after two names joined by "and": one for each ("Skeena and Celgar mills").
_PLURAL = re.compile(r" [a-z]+s\b")
# ... or a place and a legal form right after a name: the name goes on into its unit's there ("head of MMI|
# Japan K.K.", "Kelvar| Canada Ltd").
_INTO_UNIT = re.compile(r"^ ([A-Z][a-z]+(?: [A-Z][a-z]+)?) ([A-Z][\w.]*)(?![\w.])")
# ... or, for a name with no legal form of its own, a run joined after it by "and"/"&" that ends in
# one: "Clayton| and Dubilier Inc" (while "Auto Trak Inc and Crown Books" are two firms).
_AFTER = re.compile(r"^ (?:and|&) ((?:[A-Z][\w.&'-]* ){0,3}([A-Z][\w]*)\.?)")
# A joiner of another language between two capitalised words: an English wire joins two firms by "and", so
# the words on either side are one foreign name the parse split ("Jacobson och| Ponsbach Fondkommission AB",
# "Girozentrale und| Bank", "Moet| et Chandon", "CLN Oyens| en van Eeghen", "Yapi| ve Kredi Bankasi", "Christiania
# Bank og| Kreditkasse", "Almaden y| Arrayanes"); "et al" joins no name.
_FOREIGN_BEFORE = re.compile(r"[A-Z][\w.&'-]* (?:und|och|et|en|ve|og|y|e) $")
_FOREIGN_AFTER = re.compile(r"^ (?:und|och|et|en|ve|og|y|e) (?!al\b)(?:(?:van|von|de|der|den) )?[A-Z]")
# ... or a particle of another language right before a name, after a capitalised word: the name goes on
# one of that language ("Barclays de| Zoete Wedd", "Banco do| Brasil").
_FOREIGN_OF = re.compile(r"(?:^|(?<=[\s(\"]))[A-Z][\w.&'-]* (?:de|du|des|do|da|dos|das|di|del|della|van|von|der|den) $")
# ... or a particle of another language and its words, up to a capitalised one: "Girozentrale und Bank| der
# oesterreichischen Sparkassen AG", "Caisse Nationale| de Credit Agricole", "Cie Generale| d'Electricite".
_PARTICLE = re.compile(r"^ (?:(?:der|des|den|du|de|do|da|dos|das|di|del|della) (?:[a-z]+ )?[A-Z]|[dl]'[A-Z])")
# Trades listed after a name that ends in one: the name of an exchange, an association or a firm named by
# its trades goes on ("New York Coffee|, Sugar and Cocoa Exchange", "Canadian Pacific Oil| and Gas of Canada
# Ltd"); the trades are ``and_words.txt`` and ``goods.txt``.
_TRADES = re.compile(r"^((?:, [A-Z][a-z]+)*),? (?:and|&) ([A-Z][a-z]+)(?![\w&'-])")
# ... or a name opening with a trade after one and "and": "Canadian Pacific Oil and| Gas of Canada Ltd", "Aetna
# Life and| Casualty of Canada Ltd".
_TRADED = re.compile(r"(?:^|(?<=[\s(\"]))([A-Z][a-zA-Z]+),? (?:and|&) $")
# ... "General" an insurer's line after one: "Consolidated Marine and| General Insurance Co Ltd", "Universal Life|
# and General Insurance Sdn Bhd" (not "Shell Oil and General Electric", two firms).
_GENERAL = re.compile(r"General (?:Insurance|Assurance|Accident)\b")
# A body's noun in a run joined after a name by "and": the name goes on into the body's ("United Food| and
# Commercial Workers Union").
_AFTER_BODY = re.compile(r"^ (?:and|&) ((?:[A-Z][\w.&'-]*)(?: [A-Z][\w.&'-]*){0,3})")
# A body's name set after a unit's in it: "the Crop Protection and Microbiology Division| in the Rubber Research
# Institute of Malaysia", "the Securities Division| of the Minnesota Department of Commerce".
_IN_BODY = re.compile(r"^ (?:in|of|at) the ((?:[A-Z][\w.&'-]*)(?: [A-Z][\w.&'-]*){0,5})")
# A year right before a name, after a capitalised word: the name of a firm's vehicle for that year's issue
# goes on ("Volvo 1986| Lease Finance Corp"), whether or not the parse reads the word before as a name.
_YEARED = re.compile(r"(?:^|(?<=[\s(\"]))([A-Z][a-z][\w.&'-]*) (?:19|20)\d\d $")
# A plural's possessive and a body's noun right after a name: the name is the members' of a body's
# ("the Sao Paulo State Industries|' Federation", "Coffee Growers|' Association").
_MEMBERS = re.compile(r"^' ([A-Z][a-z]+)")
# A firm named by its partners' surnames, set apart by commas: the name after a comma goes on the one before
# it ("Morgan, |Olmstead, Kennedy and Gardner", "Merrill Lynch, |Pierce, Fenner and Smith", "Smith Barney,
# |Harris Upham and Co"). A wire lists firms with their legal forms ("Fraser Inc, |James Maclaren"), so the
# name before is one the story reads as a name too (or misspells: "Smith barney, |Harris Upham and Co"),
# bare of a form and not a person's ("David Maxwell, |Fannie Mae's chairman"), and the piece a surname or
# two right after it, or a partnership ending "and Co".
_COMMA_BEFORE = re.compile(r"(?:^|(?<=[\s(<\"]))([A-Z][a-z]+(?: [A-Za-z][a-z]+)?), $")
_SURNAMES = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")
_AND_CO = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)* (?:[Aa]nd|&) Co\.?")

# A name opening with a place, right after another place and "and": a firm named after the two ("Hongkong
# and |Shanghai Banking Corp", "the Denver and |Rio Grande Western"); no name of a place or a firm ends in
# "Paris and" before another.
_PLACE_AND = re.compile(r"(?:^|(?<=[\s(\"]))((?:[A-Z][\w.'-]* )?[A-Z][\w.'-]*) (?:and|&) $")
# ... or opens with a place and "and" right after a legal form and "of": the place is the seat of the firm
# before, the rest another firm ("Dorvik A/S> of |Oslo and Kelvar Gas Corp").
_SEAT_AND = re.compile(r"((?:[A-Z][\w.'-]* )?[A-Z][\w.'-]*) (?:and|&) [A-Z]")
_SEAT_OF = re.compile(r"(?:^|\s)<?(\S+?)>? of $")
# A word and the legal form Swedish names open with, right before a name: the word opens the firm's name, which
# goes on ("Telefon AB| L.M. Ericsson", "Forsakrings AB| Skandia", "Forvaltnings AB| Providentia").
_OPENING_FORM = re.compile(r"[A-Z][a-z]+ AB")
_NAME_AFTER = re.compile(r"^ ((?:[A-Z]\.){1,3}|[A-Z]{1,3}(?= [A-Z][a-z])|[A-Z][a-z]+)(?![\w&'-])")


@lru_cache(maxsize=1)
def _leads() -> frozenset[str]:
    return (words("lead_words") | places() | words("states") | words("title_words")
            | words("headline_words"))


@lru_cache(maxsize=1)
def _trades() -> frozenset[str]:
    return words("and_words") | words("goods")


@lru_cache(maxsize=1)
def version() -> str:
    """What the judgement depends on: this code and the vocabularies it reads."""
    data = Path(vocab.__file__).parent / "data"
    code = Path(__file__).read_bytes() + b"".join(
        (data / name).read_bytes() for name in ("lead_words.txt", "places.txt", "states.txt", "title_words.txt",
                                                "headline_words.txt", "companies.tsv", "thing_words.txt",
                                                "node_cues.tsv", "and_words.txt", "goods.txt", "unit_nouns.tsv",
                                                "name_words.tsv"))
    return hashlib.sha256(code).hexdigest()[:16]


def _lead(word: str) -> bool:
    """Whether a word leads names without being part of them: also a legal form, which ends the name
    before, and an adjective made with a hyphen ("Paris-based", "State-owned")."""
    w = word.lower().removesuffix("'s").rstrip(".'")
    return w in _leads() or w in LEGAL_FORMS or bool(re.search(r"-[a-z]", word))


def _legal(text: str) -> bool:
    form = text.rstrip(".").rsplit(None, 1)[-1].lower()
    return form in LEGAL_FORMS or form.replace(".", "") in LEGAL_FORMS  # "K.K." is "KK"


def _bare(text: str) -> str:
    """A name without the legal forms that end it."""
    while " " in text.strip() and _legal(text):
        text = text.rstrip(".").rsplit(None, 1)[0]
    return text


# A body's noun and "of" right before a name: the name goes on the body's ("the New Jersey Board of| Public
# Utilities", "Institute of| Foreign Bankers Inc"); a firm is written "the board of Pixar", lower case.
_OF_BODY = re.compile(r"(?:^|(?<=[\s(\"]))([A-Z][a-z]+) of $")
# The end of a name that goes on into a place: "Ford Motor Co of| Canada Ltd", "IXL Holdings| Canada
# Inc", "Measurex (|South Africa Pty)", "H and S - |San Mateo Inc".
_INTO_PLACE = re.compile(r"[A-Z][\w.&'-]*(?: of| -)? \(?$|[A-Z][\w.&'-]* \($")
# ... or a name that goes on after the place's legal form: "a California Limited| Partnership".
_ON = re.compile(r"^ [A-Z][a-z]")
# An office set after a name by a comma, with no article: a person's ("Theodore Cross, editor of",
# "Ana Vanterpool, chief executive of", "Wakaoji, head of the Philippines branch"); a firm is set off
# with one ("Hospal, a subsidiary of").
_OFFICE_AFTER = re.compile(r"^, (?:(?:former|then|now|senior|executive|vice|deputy|managing|chief|co)[\w-]* ){0,3}"
                           r"(?:chairman|chairwoman|president|editor|director|founder|co-founder|executive|officer|"
                           r"spokesman|spokeswoman|analyst|economist|head|manager|treasurer|secretary|partner|"
                           r"governor|minister) (?:of|at|for|and|with)\b")
# A family by its surname's plural, owning: "the Reichmanns'| <Gulf Canada Corp>", "the Hafts'| bid".
_FAMILY = re.compile(r"[A-Z][a-z]+s")
_PLURAL_OWNER = re.compile(r"^'(?!s)")
# A relative clause on a person set after a name by a comma: "Murakhovsky, who is also chairman of"; after a
# preposition it is on the person before: "an economist at Wrightson, who", "the partners of Boesky and Co, who".
_WHO = re.compile(r"^, whom?\b")
_IN_PHRASE = re.compile(r"\b(?:of|at|with|from|for|in|by|to|on|and|or)\s+$")
# A noun the name is given to, right before it: "a second operating system, called| IBM Operating System/2",
# "a new product, named| Galaxy".
_CALLED = re.compile(r"\b([a-z]+),? (?:called|named|dubbed) (?:the )?$")
# A ticker as the wire quotes one: "ERIC ST", "T.N", "BP.L", "F".
_QUOTE = re.compile(r"[A-Z][A-Z0-9&]{0,5}(?:[ .][A-Z]{1,3})?")
# A ticker's symbol and its dot, right before its exchange's suffix: "<skbs.|St.>".
_SUFFIX = re.compile(r"<[A-Za-z0-9&]{1,6}\.$")
# The article a phrase (not a name) opens with.
_ARTICLE = re.compile(r"(?:an?|the) ")
# Two names the wire's padding sets apart, then "and": "Matra           and Bouygues SA" (a run of spaces
# inside one name comes before its legal form: "Norcros          Plc").
_PADDED = re.compile(r"\S {2,}(?:and|&) [A-Z]")


def _partners(text: str, before: str, after: str, gap_before: int, gap_after: int) -> tuple[str, str] | None:
    """The two one-word names joined by "and" that a one-word name (``text``) is one of, read as one
    partnership's name: "Butler and| Binion", "Butler| and Binion" (``cut``)."""
    if not _WORD.fullmatch(text):
        return None
    m = _PARTNER.search(before)
    if m and not _lead(m.group(1)) and gap_before == len(m.group(0)) - len(m.group(1)):
        return m.group(1), text
    m = _PARTNERED.match(after)
    b = _BEFORE.search(before)  # a place's possessive leads the name: "Britain's Cable| and Wireless"
    if m and not _lead(m.group(1)) and (gap_after == m.start(1) or not 0 <= gap_after < m.end(1)) and \
            not (b and not _lead(b.group(1))):
        return text, m.group(1)
    return None


def _formed_partners(text: str, before: str, after: str) -> tuple[str, str] | None:
    """The pair a one-word name with a legal form, or a one-word name before one with a legal form, is
    one of, were they partners: "Cable and| Wireless Plc", "Cable| and Wireless Plc"."""
    bare = _bare(text)
    m = _PARTNER.search(before)
    if m and _legal(text) and _WORD.fullmatch(bare):
        return m.group(1), bare
    m = _PARTNER_FORMED.match(after)
    if m and _WORD.fullmatch(text) and _legal(m.group(2)):
        return text, m.group(1)
    return None


def cut(text: str, before: str, after: str, gap_before: int, gap_after: int) -> bool:
    """Whether a name (``text``), written between ``before`` and ``after``, is a piece of a longer
    name: glued to a capitalised word that no other name of the story covers (``gap_before``: how far
    before the name the nearest other one ends, -1 for none; ``gap_after`` likewise after it), or
    one of two one-word names joined by "and" and read as two (or the first, or a longer name, before
    a word read as none), or initials joined to a letter (or the name the letter opens), or an owner's
    name cut to the word that ends it ("Bancorp's")."""
    if re.fullmatch(r"[A-Z]{1,3}", text) and _INITIALS.match(after):
        return True
    m = _INITIALLED.search(before)
    if m and (m.group(1) or _LETTER.match(text)):
        return True
    m = _OWNER.match(text)
    if m and cues().last.get(m.group(1).lower()) == _COMPANY:
        return True
    if _TOUCHING_BEFORE.search(before) or _TOUCHING_AFTER.match(after) or _FOREIGN_OF.search(before):
        return True
    m = _GIVEN.search(before)
    if m and m.group(1).lower() in words("given_names") and not 0 <= gap_before < len(m.group(0)):
        return True
    if _FOREIGN_BEFORE.search(before) or _FOREIGN_AFTER.match(after) or _PARTICLE.match(after):
        return True
    m = _MEMBERS.match(after)
    if m and cues().last.get(m.group(1).lower()) == "body":
        return True
    m = _COMMA_BEFORE.search(before)
    if m and not any(_lead(w) or _legal(w) for w in m.group(1).split()) and 0 <= gap_before <= len(m.group(0)) and \
            m.group(1).split()[0].lower() not in words("given_names") and (
            gap_before == 2 and _SURNAMES.fullmatch(text) and _WORD.fullmatch(m.group(1).split()[-1]) or
            _AND_CO.fullmatch(text)):
        return True
    m = _PLACE_AND.search(before)
    if m and any(_place(p) for p in {m.group(1), m.group(1).rsplit(None, 1)[-1]}) and _place(text.split()[0]):
        return True
    m, seat = _SEAT_AND.match(text), _SEAT_OF.search(before)
    if m and seat and _legal(seat.group(1)) and any(_place(p) for p in {m.group(1), m.group(1).rsplit(None, 1)[-1]}):
        return True
    m = _NAME_AFTER.match(after) if _OPENING_FORM.fullmatch(text) else None
    if m and not _lead(m.group(1)):
        return True
    m = _TRADED.search(before)
    if m and m.group(1).lower() in _trades() - LEGAL_FORMS and (text.split(None, 1)[0].lower() in _trades() or
                                                                _GENERAL.match(text)):
        return True
    m = _YEARED.search(before)
    if m and not _lead(m.group(1)):
        return True
    m = _TRADES.match(after)
    if m and not _legal(text) and all(w.lower() in _trades() for w in
                                       [text.rsplit(None, 1)[-1], *m.group(1).split(", ")[1:]]) and \
            (m.group(2).lower() in _trades() or _GENERAL.match(after, m.start(2))):
        return True
    for m in (_BEFORE.search(before), _NUMBERED.search(before)):
        if m and not _lead(m.group(1)) and not 0 <= gap_before < len(m.group(0)):
            return True
    if _WORD.fullmatch(text):
        if _partners(text, before, after, gap_before, gap_after):
            return True
    elif not _legal(text):
        # A longer name before a word the story reads in no name: "Barclays De Zoette| and Wedd financial
        # analyst"; two firms' names are both read ("Texaco Canada and| Shell"), and a plural noun after
        # them says there are two ("its Purity Supreme and Rickels operations").
        m = _PARTNERED.match(after)
        if m and not _lead(m.group(1)) and not 0 <= gap_after < m.end(1) and not _PLURAL.match(after, m.end(1)):
            return True
    m = _INTO_UNIT.match(after)
    if m and not _legal(text) and _legal(m.group(2)) and _place(m.group(1)):
        return True
    m = _AFTER_BODY.match(after)
    if m and not _legal(text) and not 0 <= gap_after < m.end(1) and \
            any(cues().last.get(w.lower()) == "body" for w in m.group(1).split()[1:]):
        return True
    m = _AFTER.match(after)
    return bool(m and _legal(m.group(2)) and not _legal(text) and not 0 <= gap_after <= m.start(1))


# A lower-case noun right after the name (past a joined second name and a modifier or two): "Omni
# and Horizon| cars", "Skeena and Celgar| pulp mills"; or past a route's other end: "the Alice Springs| to
# Darwin gas pipeline".
_NOUNS = re.compile(r"^(?: (?:and|&|to) [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)?((?: [a-z][\w-]*){1,3})(?![\w'])")
_MODIFIERS = 1  # words between the name and the noun at most: "pulp| mills", not "will provide| software"
#: The verbs that open a predicate: a noun right before one ends its phrase ("Rohr's Chula Vista and Riverside
#: plants will receive", "the Skeena pulp mill was sold").
_AUXILIARIES = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must", "is", "are",
                          "was", "were", "has", "have", "had"})


def thing(text: str, after: str) -> bool:
    """Whether a name (``text``) written before ``after`` names a product, a site or a place: a noun
    of ``thing_words.txt`` follows it, as the head of the phrase ("the Skeena pulp mill", not "the
    Exxon refinery's owner"). A name with a legal form is a firm's."""
    m = _NOUNS.match(after)
    if not m or _legal(text):
        return False
    nouns = m.group(1).split()
    head = next((i for i, w in enumerate(nouns) if w in words("thing_words")), None)
    return head is not None and head <= _MODIFIERS and (
        head == len(nouns) - 1 or nouns[head + 1] in words("lead_words") or nouns[head + 1] in _AUXILIARIES)


@dataclass(frozen=True)
class Cues:
    """``node_cues.tsv`` read: for each ``how``, what the words say (a category)."""
    last: dict[str, str]
    word: dict[str, str]
    before: re.Pattern  # one named group a category, matched at the end of the text before a name
    after: re.Pattern  # likewise, at the start of the text after it
    apposed: re.Pattern  # likewise, a phrase set after it by a comma
    nouns: dict[str, str]  # the one-word cues after a name, read anywhere in the words after it


@lru_cache(maxsize=1)
def cues() -> Cues:
    """``node_cues.tsv``, compiled."""
    found: dict[str, dict[str, str]] = {"last": {}, "word": {}, "before": {}, "after": {}, "apposed": {}}
    for category, how, value in vocab.fields("node_cues"):
        if how not in found:
            raise ValueError(f"{vocab.REGISTRY['node_cues']}: unknown kind {how!r} for {value!r}")
        found[how][value] = category

    def alternatives(how: str) -> str:
        by: dict[str, list[str]] = defaultdict(list)
        for value, category in found[how].items():
            by[category].append(re.escape(value))
        return "|".join(f"(?P<{c}>{'|'.join(sorted(v, key=len, reverse=True))})" for c, v in sorted(by.items()))

    # Before: a whole word or words, "the" allowed after them ("the cities of| the |Anaheim").
    before = re.compile(rf"(?:^|(?<=[\s(\"]))(?:{alternatives('before')}) (?:the )?$", re.IGNORECASE)
    # After: past the possessive, the wire's closing mark and a ticker ("Pacific's| stakes").
    after = re.compile(rf"^(?:'s?)?>?(?: ?<[^>]*>)?,? (?:{alternatives('after')})(?![\w-])")
    # Apposed: ", a subsidiary of", ", an Argentine public company", ", a new town": up to three words
    # between the article and the head noun, which ends the phrase.
    apposed = re.compile(rf"^(?:'s?)?>?(?: ?<[^>]*>)?, (?:[Aa]n?|[Tt]he) (?:[\w-]+ ){{0,3}}?"
                         rf"(?:{alternatives('apposed')})"
                         r"(?=[,.;:)]|$| (?![a-z])"
                         r"| (?:of|in|at|for|to|that|which|who|with|based|owned|and|near|on|from)\b)")
    nouns = {w: c for w, c in found["after"].items() if " " not in w}
    return Cues(found["last"], found["word"], before, after, apposed, nouns)


# A ticker right after a name: the wire's "<MHS>", an exchange's "(NYSE: T)".
_TICKER = re.compile(r"^(?:'s?)?>? ?(?:<[A-Z][\w.]*>|"
                     r"\((?:NYSE|Nasdaq|NASDAQ|AMEX|Amex|OTC|TSX|TSE|LSE)[:;]? ?[A-Z][\w.]*\))")
# The lower-case words right after a name, before a verb or a joiner could end its phrase, past a
# measure or a unit's number: "the Rio Verde| 16,000 acre land tract", "its Alder Creek| Unit 2 nuclear plant".
_WARES = re.compile(r"^(?: (?:[Uu]nit )?\d[\d,.]*(?:-[a-z]+)?)?"
                    r"((?: (?!(?:and|or|of|to|for|in|at|on|by|with|from|the|an?|is|was|were|are|will|would|"
                    r"has|have|had|said)\b)[a-z][\w-]*){1,4})")
# A plant's generating unit by its number right after a name: "Palo Verde| Unit Two", "Perry| Unit 1".
_GENERATING_UNIT = re.compile(r"^ Unit (?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|I{1,3}|IV)\b")
# A head noun that names a firm's unit as often as a building ("Westinghouse's Defense and Electronic Systems
# Center is awarded"), a building's where the name is placed: "the Canadian Utilities Center| in Edmonton",
# "GM's Buick Reatta Craft Center| here".
_LOCATED = re.compile(r"^ (?:in [A-Z]|here\b)")
# A state right after a name, or after it and another town: "Ramapo, N.Y.", "Ramapo and Warwick, N.Y.",
# "Scranton, Pa.-based".
_STATE = re.compile(r"^(?: (?:and|or) [A-Z][\w-]*(?: [A-Z][\w-]*)?)?, "
                    r"((?:[A-Z][a-z]*\.)+|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.;:)\s]|-based\b|$)(?!'s)")
# What follows a dateline's place: a country or state, then the date ("QUITO, March 23 -").
_DATELINE = re.compile(r"^,(?: [\w.]+){0,3}?,? (?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? "
                       r"\d{1,2} -")
# The capitalised words right before an acronym, set off by a comma or a bracket.
_LONG = re.compile(r"((?:[A-Z][\w&'-]*,? (?:(?:of|and|for|the|de|du|des|la|le|del) )*)+)[(,]? ?$")
# The particles inside a name of a person or a firm, before the rest of it: "Banco| do Brasil", "Pay| 'N
# Pak Stores".
_GOES_ON = re.compile(r"^ (?:(?:do|da|de|dos|das|van|von|der|den|du|des|di|del|della|bin|ibn|et al)\b(?: [A-Z]|\.)"
                      r"|'[Nn]'? [A-Z])")
# ... and after them: "Pay 'N| Pak", "Toys \"R\"| Us".
_WENT_ON = re.compile(r"(?:^|\s)(?:'[Nn]'?|\"[A-Z]\") $")
# One capitalised word right after a name, then a lower-case word or the clause's end: "Mercury| Topaz models",
# "Mercury| Sable to the program"; a maker's name goes on into its model's.
_ONE_MORE = re.compile(r"^ ([A-Z][a-z][\w-]*)(?= [a-z]|[,;:]| ?$)")
# ... or a few that end in a word that ends firms' names: "K mart, through its Ultra| Buying Network, will";
# a name goes on into its unit's.
_MORE = re.compile(r"^(?: [A-Z][a-z][\w-]*){1,2} ([A-Z][a-z]+)(?= [a-z]|[,;:]| ?$)")
# The other names of a list a name opens, up to the one after "and": the cue after the list is said of each
# ("for |Sea Hawk|, Super Cobra and CV helicopters"); that of a company's ("Kelvar and Dexter shares") is no
# more than the firms' holdings, where the name is one of several a phrase counts.
_LIST = re.compile(r"^(?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)*,? (?:and|or|&) [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*")
# ... and the acronym the list is then given, before the cue: "the |Morgan Stanley Capital International Europe|,
# Australia and Far East, or EAFE, stock index".
_LIST_ACRONYM = re.compile(r"^,? or [A-Z]{2,6},?(?= [a-z])")
# A preposition inside a name with no legal form, before a capitalised word: the name runs on past a firm's into
# what a deal is for ("a licensing pact with |Adobe for Postscript|"), or is a body's ("Approvals Board for
# Telecommunications"); a firm named so carries a legal form ("Hospital for Sick Children Inc" stays one).
_FOR_INSIDE = re.compile(r"[\w.'-] for [A-Z]")
_BEFORE_CUE = 48  # characters before a name the longest cue before one, "the" and a space fit in
_FORMAT = frozenset({"legal form", "ticker", "marked", "company word"})  # what overrules a naming glued on
_MARKET = "market"  # the category of ``node_cues.tsv`` for an exchange's name
_PERSON = "person"  # the category of ``node_cues.tsv`` for a person's name
_PAIR_OF = "pair"  # evidence against a node: its name joins two firms' ("TWA-USAir")
_TRADE = "trade"  # evidence against a node: every naming is one word of a line of business ("Chemical", "Cable")
_UNIT = "unit"  # evidence against a node: its name is a firm's unit's, of common words ("Plastic Packaging Division")
_WARE = "ware"  # evidence against a node: a firm writes it as its own goods ("its FluoroScan Imaging Systems, ... devices")
_LISTED = frozenset({"legal form", "ticker"})  # what makes an exchange a firm: the wire marks them all
# A model's designation, the whole name: "MD-11s", "747-SR", "MVME134"; a hyphen or two digits at
# least, lest "3M" be one.
_MODEL = re.compile(r"(?=[^-]*-|(?:\D*\d){2})[A-Z]{0,4}-?\d[\dA-Z-]*s?")
# A maker's word and a model's designation, written beside another model of that word: "the |Macintosh SE| and
# the Macintosh II", "Macintosh II and |Macintosh SE|": a model line, not a firm.
_DESIGNATED = re.compile(r"([A-Z][\w-]*) [A-Z0-9][\w-]{0,4}\.?")
# A class of a firm's securities, the whole name: "Series F" of its preferred, "Class B".
_ISSUE = re.compile(r"(?:Series|Class|Tranche) [A-Z0-9]{1,2}")
# A broadcaster's call sign with its band, written as what a firm operates or holds the licence of: "WTRK Inc owns
# and operates |WTRK-FM|, a Philadelphia radio station", "disqualified RKO as licensee of |WNAC-TV|": the firm's
# station, not a firm (a station sold whole is one: "the acquisition of radio station KNSS-FM").
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}-(?:FM|AM|TV)")
_OPERATED_BEFORE = re.compile(r"\b(?:operates|operated|runs|licensee of|licen[cs]e (?:of|for)) $")
# A firm's own name for the goods it sells, set before a plural of wares with no article: "shipments of its
# |FluoroScan Imaging Systems|, low radiation X-ray imaging devices that" (a firm is "a maker of", never "devices").
_WARES_APPOSED = re.compile(r"^, (?:[\w-]+ ){0,4}?(?:devices|instruments|machines|products|drugs|treatments|"
                            r"appliances|tools|vehicles|computers|terminals|copiers|printers|scanners|monitors)"
                            r"(?= (?:that|which|used|designed|made|for)\b|[,.;:)]|$)")
_ITS_BEFORE = re.compile(r"(?:^|\s)(?:its|their) $")
# A word in capitals too long for an acronym, and a lower-case word after it: "its ATMOSCAN| automated wafer
# processing system", "its PATRAN| software"; the firm's own unit is named so too ("its AMBANK| subsidiary"),
# which the company's cue after it says.
_SHOUTED = re.compile(r"[A-Z][A-Z0-9]{5,}")
_ON_NOUN = re.compile(r"^ [a-z]")
# The nouns for what a firm devises, written after its name and words that say what it does, the name
# led by an article or a possessive: "the Hybrex| hybrid wheat technology", "its Dot Matrix| impact
# technology"; a firm's name goes before the noun alone ("using Canon| technology").
_DEVISED = frozenset({"technology", "system", "process"})
_OWN_BEFORE = re.compile(r"(?:^|\s)(?:the|its|their) $")
_DESCRIPTION = "description"  # the category of ``node_cues.tsv`` for a phrase about a firm, before "of"
_STATE_BANK = "state bank"  # evidence against a node: a state's bank with no name of its own ("Poland's National Bank")
# A place or a people right before a name, and a place right after it: whose a bank with no word of its own is.
_OWNER_BEFORE = re.compile(r"([A-Z][a-z]+)(?:'s)? $")
_OF_PLACE = re.compile(r"^ of ([A-Z][a-z]+)")
_ACRONYM = re.compile(r"[A-Z]{2,6}")  # a naming that is an acronym, nothing else
# Two firms' names joined by a hyphen or a slash and written as their combination: "a merged |TWA-USAir",
# "a |TWA-USAir| combination", "a |Kappa-Radiation Systems| combination" (the second name's words go on).
_PAIR = re.compile(r"[A-Z][\w.&']+[-/][A-Z][\w.&']+(?: [A-Z][\w.&']+){0,3}")
_COMBINED = re.compile(r"(?:^|\s)merged $")
_COMBINATION = re.compile(r"^ combination\b")
# ... or, by a slash, as their merger or joint venture: "the 50/50 |Caterpillar/MHI| joint venture" (a hyphen
# joins a firm's own name: "the Rolls-Royce joint venture").
_VENTURE = re.compile(r"^ (?:merger|joint venture|venture)\b")
#: A name that goes on past "and" to a site's head noun, capitalised words only between: "its 12-megawatt
#: Allegheny River Lock| and Dam Number Seven Project near Kittanning" is a piece of a site's name.
_SITE_GOES_ON = re.compile(r"^ and (?:[A-Z][\w.'-]* ){0,4}([A-Z][a-z]+)(?![\w&'-])")
#: A security's name: its acronym in brackets and a noun for stock or debt right after ("1,000 shares of Dutch
#: Auction Rate Transferable Securities| (DARTS) preferred stock"), the acronym its initials.
_SECURITY_AFTER = re.compile(r"^ \(([A-Z]{3,6})\) (?:[a-z]+ ){0,2}(?:stock|shares|notes|debentures|bonds|certificates)\b")
_SECURITY = "security"  # evidence against a node: its name is a security's, which "Securities" ending it does not overrule


def _demonyms(place: str) -> set[str]:
    """What a people of a place is called, by the regular endings ("Zambia" -> "Zambian", "Ecuador"
    -> "Ecuadorean")."""
    out = {place + "n", place + "an", place + "ean", place + "ian", place + "ese", place + "i", place + "ish"}
    if place[-1] in "aeoy":
        out |= {place[:-1] + "an", place[:-1] + "ian", place[:-1] + "ese"}
    return out


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], dict[tuple[str, int], tuple[str, ...]]]:
    """Names of places and their peoples, and by first letter and length the places a name may be
    a misspelling of (a slip past the first letter: one letter more or fewer at most)."""
    named = places() | words("states")
    peoples = set().union(*(_demonyms(p) for p in named if " " not in p and len(p) > 3))
    near: dict[tuple[str, int], list[str]] = defaultdict(list)
    for p in sorted(named):
        for n in (len(p) - 1, len(p), len(p) + 1):
            near[p[0], n].append(p)
    return frozenset(named | peoples), {k: tuple(v) for k, v in near.items()}


def _place(text: str) -> bool:
    """Whether a naming is a place's or a people's name, or one misspelt ("Venezeula"), or ends in
    one after a comma ("Blackburn, Lancashire, England")."""
    t = re.sub(r"'s?$", "", text.strip()).lower()
    named, near = _places()
    if ", " in t:  # a town set before its county and country: "Blackburn, Lancashire, England"
        return t.rsplit(", ", 1)[1] in named
    return t in named or misspelling(t, near.get((t[:1], len(t)), ())) is not None


def _head(text: str) -> tuple[list[str], list[str]]:
    """A name's words, lower case and past its legal form, and those before "of" in it."""
    name = re.sub(r"'s?$", "", text.rstrip(".")).lower().replace("-", " ").split()
    while len(name) > 1 and name[-1].rstrip(".") in LEGAL_FORMS:
        name.pop()
    return name, name[: name.index("of")] if "of" in name[1:] else name


def _head_of(text: str) -> str | None:
    """What the head noun of a name with "of" says it is (a category of ``node_cues.tsv``): a phrase
    about the firm after it ("U.S. Subsidiary| of Ostrey AG"), a body ("Institute| of Foreign Bankers Inc")."""
    if " of " not in text.lower():
        return None
    name, head = _head(text)
    return cues().last.get(head[-1]) if len(head) < len(name) else None


def _words_say(text: str) -> str | None:
    """What the words of a name say it is (a category of ``node_cues.tsv``): a company word anywhere
    in it or ending it, else what its head noun says ("Association| of Japan", "Sands Hotel")."""
    c = cues()
    name, head = _head(text)
    if len(head) > 1 and " ".join(head[-2:]) in c.last:  # "Building Society", not "Sovran Building"
        return c.last[" ".join(head[-2:])]
    if head and c.last.get(head[-1]) == _COMPANY or any(c.word.get(w) == _COMPANY for w in name):
        return _COMPANY
    said = c.last.get(head[-1]) if head else None
    return None if said == _DESCRIPTION else said  # a description only before "of": ``_head_of``


def _spelt_out(text: str, before: str) -> str | None:
    """The long form an acronym is written right after, if its initials spell the acronym:
    "Electronic Industries Association of Japan (|EIAJ"; not "Brazilian Coffee Institute, |IBC". In
    brackets, a word is a body's short name whatever its letters, as in the body's own language:
    "Brazilian Association of Citrus Juice Industries (|Abrassuco", "Association of Italian Banks (|ABI"
    (not "its unit in Mexico (|Kelvarmex")."""
    bracketed = before.rstrip().endswith("(")
    if not (re.fullmatch(r"[A-Z]{2,6}", text) or bracketed and re.fullmatch(r"[A-Z][\w'-]*", text)):
        return None
    m = _LONG.search(before.rstrip("( ,") + " ")
    if not m:
        return None
    long = m.group(1).strip(" ,")
    if bracketed and (_words_say(long) == "body" or
                      vocab.not_companies().category(long) in ("government", "association", "international")):
        return long
    starts = [w.start() for w in re.finditer(r"(?<![\w'])[A-Z]", long)]
    for k in starts:
        if "".join(long[i] for i in starts if i >= k) == text:
            return long[k:]
    return None


def _generic_bank(text: str) -> bool:
    """Whether a name is a bank's with no word of its own: "National Bank", "Central Bank"."""
    name = re.sub(r"'s?$", "", text.strip()).lower().split()
    return len(name) > 1 and name[-1] == "bank" and all(w in words("state_bank_words") for w in name[:-1])


def _states_bank(text: str, before: str, after: str) -> bool:
    """Whether a bank with no word of its own is written as a state's that ``not_companies.tsv`` names a
    body: "Poland's |National Bank" (the National Bank of Poland), "the Hungarian |National Bank|",
    "|National Bank| of Hungary"; not "Canada's |National Bank|", a firm."""
    bank = re.sub(r"'s?$", "", text.strip())
    read = []
    if m := _OWNER_BEFORE.search(before):
        read += [f"{m.group(1)} {bank}", f"{bank} of {m.group(1)}"]
    if m := _OF_PLACE.match(after):
        read.append(f"{bank} of {m.group(1)}")
    return any(vocab.not_companies().category(r) == "government" for r in read)


@lru_cache(maxsize=1)
def _unit_words() -> tuple[dict[str, int], frozenset[str]]:
    """``unit_nouns.tsv``: the units' nouns with the fewest words of a line before each, and those words."""
    nouns, lines = {}, set()
    for kind, value in vocab.fields("unit_nouns"):
        if kind == "noun":
            noun, least = value.split()
            nouns[noun] = int(least)
        else:
            lines.add(value)
    named = vocab.classes("name_words")
    lines |= named["business"] | named["trade"] | named["ending"] | words("goods")
    return nouns, frozenset(lines)


# The unit's noun after a name, past a ticker the wire sets there for the owner ("Kelvar Corp's Diesel
# Systems <KEL> unit").
_UNIT_AFTER = re.compile(r"^(?P<ticker> ?<[^>]*>)? (?P<noun>[a-z]+)\b")
_JOINERS = frozenset({"and", "&"})
#: An owner's possessive right before the name: "named John Weil as president of its Apparel Group" is one of the
#: owner's units, where "the Energy Group" alone may be a firm's whole name.
_OWNERS_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.I)


def _unit(text: str, before: str, after: str) -> bool:
    """Whether a naming is a firm's unit named by what it does: words of a line of business ending in a unit's noun, or
    followed by one ("its Plastic Packaging Division", "the Engine Parts Division of Kessel Industries Inc",
    "its Exploration and Producing division"; ``unit_nouns.tsv``), however few after an owner's "its" ("its
    Apparel Group"). A legal form of its own makes it a firm ("Business Communications Group Inc"); one after "of"
    is the owner's."""
    name, head = _head(text)
    if len(head) == len(name) and _legal(text):
        return False
    nouns, lines = _unit_words()
    if head and head[-1] in nouns:
        noun, words = head[-1], head[:-1]
    elif len(head) == len(name) and (m := _UNIT_AFTER.match(after)) and m.group("noun") in nouns:
        noun, words = m.group("noun"), head
    else:
        return False
    content = [w for w in words if w not in _JOINERS]
    least = 1 if _OWNERS_BEFORE.search(before) else nouns[noun]
    return len(content) >= least and all(w in lines for w in content)


@lru_cache(maxsize=1)
def _trade_words() -> frozenset[str]:
    """The one-word lines of business firms' names end in (``node_cues.tsv``'s company words, ``name_words.tsv``'s
    business, trade and ending words, ``goods.txt``, ``and_words.txt``)."""
    named = vocab.classes("name_words")
    return frozenset({w for w, c in cues().last.items() if c == _COMPANY and " " not in w} | named["business"] |
                     named["trade"] | named["ending"] | words("goods") | words("and_words"))


def _trade_word(text: str) -> bool:
    """Whether a naming is one word of a line of business, its legal form aside, or the plural of a noun
    (``names.generic_word``): "Chemical", "Cable", "Financial Corp", "Manufacturers". Such a node is a piece of a
    longer name the parse cut ("Mobil's |Chemical|", "|Cable| and Wireless", "Hongkong |Land|") unless something besides its word speaks for it: a legal form, a ticker, the wire's mark,
    a company's cue around it (``_weigh``)."""
    bare = _bare(re.sub(r"'s?$", "", text.strip())).rstrip(".")
    return " " not in bare and (bare.lower() in _trade_words() or generic_word(bare))


def evidence(namings: Sequence[tuple[str, str, str, int, int]]) -> tuple[set[str], set[str]]:
    """What the namings of a node say for it being a company and against it: each naming is (text,
    text before, text after, gaps to the other names as ``cut`` reads them). A cue against counts
    when at least half the namings carry one: a firm's name is now and then its plant's or brand's."""
    c = cues()
    known = Gazetteer.default().lookup
    for_: set[str] = set()
    against: set[str] = set()
    cued: list[set[str]] = []
    whole, glued, places_only, market, who, pair = False, True, True, False, False, False
    units = bool(namings) and all(_unit(*n[:3]) for n in namings)
    trade = bool(namings) and all(_trade_word(n[0]) for n in namings)
    generic = bool(namings) and all(_generic_bank(n[0]) for n in namings)
    states = generic and any(_states_bank(*n[:3]) for n in namings)
    legal: set[str] = set()  # the namings with a legal form of their own
    models: set[str] = set()  # the namings some story writes as a model's
    paired = {p for n in namings if (p := _partners(*n))}  # the partnerships the node is read as one of
    # A plant's generating unit is a property of the name, however few namings show it; its "units" are
    # the plant's, not a firm's: "Diablo Canyon| Unit 2 nuclear power plant", "the two Diablo Canyon| units".
    plant = any(_GENERATING_UNIT.match(n[2]) for n in namings)
    security = any((m := _SECURITY_AFTER.match(n[2])) and m.group(1) in (
        ini := "".join(w[0] for w in re.findall(r"[A-Z][\w'-]*", n[0])), ini + "S") for n in namings)
    for text, before, after, gap_before, gap_after in namings:
        # A place with a legal form, the end of a name that goes on before it: "Ford Motor Co of|
        # Canada Ltd"; not "the Milwaukee Co", a firm named after its town. Such a naming is a piece:
        # what is written around it ("..., a unit of Alcan") is said of the whole name.
        tail = _legal(text) and bool(_INTO_PLACE.search(before) or _ON.match(after)) and _place(_bare(text))
        placed = tail or _place(text)
        # The wire's ticker right after a firm's name is the firm's, not a name: "Ericsson <|ERIC ST|>",
        # "Fermenta's <|FRMS ST|>".
        # So is the exchange's suffix of a ticker: "Skanska AB <skbs.|St.|>".
        quote = after.startswith(">") and (before.endswith("<") and 0 <= gap_before <= 4 and
                                           bool(_QUOTE.fullmatch(text)) or bool(_SUFFIX.search(before)))
        body = _OF_BODY.search(before)
        # A phrase led by an article is no name: "the only public sector purchase of |a U.S. Supercomputer".
        piece = tail or quote or _ARTICLE.match(text) is not None or bool(_PADDED.search(text)) or \
            cut(text, before, after, gap_before, gap_after) or _head_of(text) == _DESCRIPTION or \
            bool(body and c.last.get(body.group(1).lower()) == "body") or _formed_partners(text, before, after) in paired or \
            bool(_FOR_INSIDE.search(text)) and not _legal(text)
        if known(text) is not None:
            for_.add("known")
        if not (piece or thing(text, after)):
            whole = True
        model = (m := _DESIGNATED.fullmatch(text)) is not None and bool(
            re.match(rf" (?:and|or) (?:the )?{re.escape(m.group(1))} [A-Z0-9][\w-]{{0,4}}(?![\w-]| [A-Z])", after) or
            re.search(rf"\b{re.escape(m.group(1))} [A-Z0-9][\w-]{{0,4}},? (?:and|or) (?:the )?$", before))
        if model:
            models.add(text.rstrip("."))
        # A body's noun before "of" heads the name whatever form ends it: "Institute of Foreign Bankers Inc".
        # ... and a unit's before "of" whatever its owner's form: "Engine Parts Division of Kessel Industries Inc".
        if _legal(text) and not piece and not placed and _head_of(text) != "body" and not units:
            legal.add(text.rstrip("."))
        # (Not the owner's, set between its unit's name and "unit": "Kelvar Corp's Diesel Systems <KEL> unit".)
        m = _UNIT_AFTER.match(after) if units else None
        if _TICKER.match(after) and not (m and m.group("ticker") and m.group("noun") in _unit_words()[0]):
            for_.add("ticker")
        if before.endswith("<") and not quote:  # the wire marks a company's name: "<Borealis Exploration Ltd>"
            for_.add("marked")
        said: set[str] = set()
        # What the name's words say, or those of the long form an acronym is written after.
        spelt = _spelt_out(text, before)
        category = _words_say(text) or (spelt and (_words_say(spelt) or (
            "body" if vocab.not_companies().category(spelt) not in (None, "outlet") else None)))
        if category is None and (_MODEL.fullmatch(text) or _ISSUE.fullmatch(text) or
                                 _CALL_SIGN.fullmatch(text) and _OPERATED_BEFORE.search(before)):
            category = "site"  # a model is a product's name, a series a security's, a call sign a station's
        if category == _COMPANY:
            for_.add("company word")
        elif category == _MARKET:
            market = True  # a property of the name, however few namings spell it out ("CBOE")
        elif category:
            said.add(category)
        # The cues before a name are short: searching the end of the text is enough, and fast.
        for m in (c.before.search(before[-_BEFORE_CUE:]), c.after.match(after), c.apposed.match(after)):
            if m and plant and m.lastgroup == _COMPANY and m.group(0).endswith(("unit", "units")):
                said.add("site")
            elif m:
                (for_ if m.lastgroup == _COMPANY else said).add(m.lastgroup)  # type: ignore[arg-type]
        listed = _LIST.match(after)
        rest = after[listed.end():] if listed else ""
        if listed and (acronym := _LIST_ACRONYM.match(rest)):
            rest = rest[acronym.end():]
            named = _WARES.match(rest)  # the noun the list and its acronym are given to: "stock index"
            if named and any(w in words("thing_words") for w in named.group(1).split()[:2]):
                said.add("site")
        m = c.after.match(rest) if listed else None
        if m and m.lastgroup != _COMPANY:
            said.add(m.lastgroup)  # type: ignore[arg-type]
        m = _WARES.match(after)  # "the Amiga computer hardware", not "its Lumber homebuilding products unit"
        wares = m.group(1).split() if m else []
        if any(w in words("thing_words") or "site" in (c.last.get(w), c.nouns.get(w)) for w in wares) and \
                not any(c.nouns.get(w) == _COMPANY for w in wares) or _GENERATING_UNIT.match(after):
            said.add("site")
        if _OFFICE_AFTER.match(after):
            said.add(_PERSON)
        m = _SITE_GOES_ON.match(after)
        if m and c.last.get(m.group(1).lower()) == "site" and not _legal(text):
            said.add("site")
        m = _IN_BODY.match(after)
        if m and _head(text)[1][-1:] and _head(text)[1][-1] in _unit_words()[0] and \
                c.last.get(m.group(1).split()[-1].lower()) == "body":
            said.add("body")  # a body's unit is no firm
        if model or _LOCATED.match(after) and _head(text)[1][-1:] in (["center"], ["centre"]):
            said.add("site")
        if _OWN_BEFORE.search(before) and len(wares) > 1 and wares[-1] in _DEVISED and \
                not any(c.nouns.get(w) == _COMPANY for w in wares):
            said.add("site")  # "the Hybrex hybrid wheat technology": a thing a firm devised, named
        if _ITS_BEFORE.search(before) and _WARES_APPOSED.match(after):
            said.add(_WARE)
        if _SHOUTED.fullmatch(text) and before.endswith("its ") and _ON_NOUN.match(after):
            said.add("site")  # "its ATMOSCAN automated wafer processing system": a product's name in capitals
        if _FAMILY.fullmatch(text) and before.endswith("the ") and _PLURAL_OWNER.match(after):
            said.add(_PERSON)
        m = _CALLED.search(before)  # the noun is a thing's, as the head of a site's name or a ware's plural
        if m and (m.group(1) in words("thing_words") or c.last.get(m.group(1)) == "site" or
                  c.nouns.get(m.group(1) + "s") == "site"):
            said.add("site")
        if _WHO.match(after) and not _IN_PHRASE.search(before):
            who = True  # "Murakhovsky, who is also chairman of": a property of the name, however few namings show it
        if _PAIR.fullmatch(text) and (_COMBINED.search(before) or _COMBINATION.match(after) or
                                      "/" in text and _VENTURE.match(after)):
            pair = True  # likewise: the node's other namings are one of the two firms' short name
        m = _STATE.match(after)  # a town before its state: "Ramapo, N.Y."
        if m and m.group(1).rstrip(".").lower() in words("states"):
            said.add("place")
        if _DATELINE.match(after) and not before.strip():
            said.add("place")  # "GRONINGEN, the Netherlands, March 31 -": where the story was filed
        cued.append(said)
        # Glued by a space to the name before, no possessive or joiner between: "Straw Hat| Pizza";
        # by a hyphen to a word: "Marne-la-|Vallee"; or a name that goes on: "Banco| do Brasil",
        # "Lasmo et| al", "Pay| 'N Pak", "Toys \"R\"| Us", "Mercury| Sable to", "Ultra| Buying Network,".
        more = _ONE_MORE.match(after)
        run = _MORE.match(after)
        glued &= gap_before == 1 and bool(re.search(r"[^\W\d_] $", before)) and not before.endswith("'s ") or \
            bool(re.search(r"[^\W\d_]-$", before)) or bool(_GOES_ON.match(after) or _WENT_ON.search(before)) or \
            bool(re.search(r" [a-z]+$", text)) or \
            bool(more and gap_after != 1 and not _lead(more.group(1)) and not _legal(more.group(1))) or \
            bool(run and gap_after != 1 and c.last.get(run.group(1).lower()) == _COMPANY)
        places_only = places_only and placed
    if legal - models:  # a model's designation may read as a legal form: "Macintosh SE"
        for_.add("legal form")
    if 2 * sum(1 for said in cued if said) >= len(cued):
        against.update(*cued)
    if not whole:
        against.add("piece")
    if glued and namings:
        against.add("glued")
    if places_only and namings:
        against.add("place")
    if market:
        against.add(_MARKET)
    if states:
        against.add(_STATE_BANK)  # however few namings say whose: the others are of the same
    if who:
        against.add(_PERSON)
    if plant:
        against.add("site")
    if security:
        against.add(_SECURITY)
    if pair:
        against.add(_PAIR_OF)
    if units:
        against.add(_UNIT)
    if trade:
        against.add(_TRADE)
    return for_, against


def company(namings: Sequence[tuple[str, str, str, int, int]]) -> bool:
    """Whether a node named so is a company: one the gazetteer knows is (unless only ever glued to
    another name with no format of a company's); one only ever written as
    a piece or a thing is not, nor one glued to other names with no format of a company's, nor an
    exchange or two firms' names joined with no legal form or ticker of its own, nor one with any
    evidence against it and none for it."""
    return _weigh(*evidence(namings))


def _weigh(for_: set[str], against: set[str]) -> bool:
    """``company`` on a node's evidence."""
    glued = "glued" in against and not for_ & _FORMAT
    if "known" in for_ and not glued:
        return True
    if "piece" in against or glued:
        return False
    if _MARKET in against and not for_ & _LISTED:
        return False
    if _PAIR_OF in against and not for_ & _LISTED:
        return False
    if _TRADE in against and for_ <= {"company word"}:
        return False  # "Mobil's |Chemical|'s Plastic Packaging Division", "the failure of |Cable| and Wireless"
    if _UNIT in against and not for_ & _LISTED:
        return False  # "Group" and "the wire's mark" speak for any unit: only a form or a ticker of its own does
    if _STATE_BANK in against and for_ <= {"company word"}:
        return False  # "bank" is all that speaks for it
    if _SECURITY in against and not for_ & (_LISTED | {"known", "marked"}):
        # "1,000 shares of Dutch Auction Rate Transferable Securities (DARTS) preferred stock": a security's name,
        # what "shares of" and "Securities" say for a firm said of the issue
        return False
    if _WARE in against and for_ <= {"company word"}:
        return False  # "its FluoroScan Imaging Systems, ... imaging devices": "Systems" is the goods' word too
    if _PERSON in against and for_ <= {"company word"}:
        return False  # "chief executive Walter Steel": a surname may be a word that ends firms' names
    return not against or bool(for_)


@dataclass(frozen=True)
class Judged:
    not_companies: frozenset[int]  # every company node judged not a company
    changed: frozenset[int]  # nodes whose judgement changed in this build


# A name right after a joiner or a slash is a partner's in the thing's name: "the ISAB/|Garrone refinery".
_JOINED = re.compile(r"(?:[/&-]|\band) ?$")
_POSSESSIVE = re.compile(r"'s?$")
# A body's noun right before a name, which the name is set after: "the grain importers association| ACICO"
# (not "agency" or "board": "the state electricity board EDF" is a firm).
# So is a name set after it by a comma: "the port union, FNV, are to meet".
_BODY_NOUN = re.compile(r"\b(?:association|federation|council|union|institute|organi[sz]ation|body|committee),? $")


def _told_thing(name: str, text: str) -> bool:
    """Whether a story writes ``name`` somewhere as a thing's (``thing``), not after a partner's name, or
    as a body's, set after its noun."""
    for m in re.finditer(rf"(?<![\w&'/-]){re.escape(name)}(?![\w&/-])", text):
        if thing(name, text[m.end():m.end() + _WIDTH]) and not _JOINED.search(text[max(0, m.start() - 5):m.start()]):
            return True
        if _BODY_NOUN.search(text[max(0, m.start() - 20):m.start()]):
            return True
    return False


def _things(named_in: dict[int, set[tuple[int, str]]], texts: dict[int, str]) -> set[int]:
    """Of the nodes (each with the stories and names it is named by), those every story of which writes
    a name of it before a thing's noun or after a body's, where it is not a naming: "Norway's Draugen oil
    field", then "Partners on Draugen are Shell": the story has said what the name is."""
    out = set()
    for e, named in named_in.items():
        by_doc: dict[int, set[str]] = defaultdict(set)
        for doc, text in named:
            by_doc[doc].add(_POSSESSIVE.sub("", text))
        if all(any(_told_thing(n, texts.get(doc, "")) for n in names if n) for doc, names in by_doc.items()):
            out.add(e)
    return out


def not_companies(rows: Sequence[tuple[int, int, str, str, str, int, int]],
                  texts: Callable[[Sequence[int]], dict[int, str]] | None = None) -> set[int]:
    """Of the nodes whose every naming is in ``rows`` (``Store.entity_contexts``), those judged no
    company (``company``); with the stories' ``texts``, those with nothing for them whose every story
    writes them as a thing's name (``_things``); and each node only ever written as one acronym, with
    nothing for it, when the nodes that other stories write both by that acronym and by a long form
    ("Brenlow Futures Exchange", "BFE") are all judged no company: it stands for them. (``judge``
    brings in every node written by the acronym.)"""
    namings: dict[int, list[tuple[str, str, str, int, int]]] = defaultdict(list)
    named_in: dict[int, set[tuple[int, str]]] = defaultdict(set)
    for entity_id, doc, *naming in rows:
        namings[entity_id].append(tuple(naming))  # type: ignore[arg-type]
        named_in[entity_id].add((doc, naming[0]))  # type: ignore[arg-type]
    weighed = {e: evidence(ns) for e, ns in namings.items()}
    out = {e for e, ev in weighed.items() if not _weigh(*ev)}
    if texts is not None:
        bare = {e: named_in[e] for e, ev in weighed.items() if e not in out and not ev[0]}
        out |= _things(bare, texts(sorted({doc for named in bare.values() for doc, _ in named})))
    spelt: dict[str, set[int]] = defaultdict(set)  # an acronym: the nodes also named by a long form
    for e, ns in namings.items():
        written = {n[0] for n in ns}
        if any(not _ACRONYM.fullmatch(t.upper()) for t in written):
            for t in written:
                if _ACRONYM.fullmatch(t):
                    spelt[t].add(e)
    for e, ns in namings.items():
        written = {n[0].upper() for n in ns}  # "LIFFE" and "Liffe": one acronym
        if e in out or weighed[e][0] or len(written) != 1:
            continue
        longs = spelt.get(written.pop(), set())
        if longs and longs <= out:
            out.add(e)
    return out


def judge(store: Store, doc_ids: Sequence[int] | None, rebound: int = 0) -> Judged:
    """Judge the company nodes named in ``doc_ids`` (every node, if None, or when this code or the
    partition of names changed) and keep the result in the store."""
    stored = json.loads(store.meta(_META) or "null")
    everything = doc_ids is None or rebound > 0 or stored is None or stored.get("version") != version()
    before = frozenset(stored["ids"]) if stored else frozenset()
    if everything:
        found = not_companies(store.entity_contexts(_KIND, None, _WIDTH), store.texts)
        after = frozenset(found)
    else:
        named = store.entities_in_docs(_KIND, doc_ids or [])
        rows = store.entity_contexts(_KIND, sorted(named), _WIDTH) if named else []
        # The nodes that share an acronym with these: ``not_companies`` judges one by the other.
        acronyms = sorted({r[2] for r in rows if _ACRONYM.fullmatch(r[2])})
        if more := (store.entities_naming(_KIND, acronyms) - named if acronyms else set()):
            named |= more
            rows += store.entity_contexts(_KIND, sorted(more), _WIDTH)
        found = not_companies(rows, store.texts)
        after = frozenset((before - named) | found)
    if stored is None or after != before or everything:
        store.set_meta(_META, json.dumps({"version": version(), "ids": sorted(after)}))
    return Judged(after, before ^ after)


def touches(key: RelationshipKey, dropped: frozenset[int]) -> bool:
    """Whether a relationship has a node judged not a company at an end."""
    return key.source_id in dropped or key.target_id in dropped
