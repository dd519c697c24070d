"""keiretsu's companies against FiNER-ORD's own ORG tags, on the FiNER-ORD articles of tuning splits.

    .venv/bin/python eval/finer/tags.py [--extra ARTICLES.jsonl] [--errors] [--corpus finer_ord.jsonl]

Reads the FiNER-ORD articles of eval/docs/dev, dev2 and dev6 (never a held-out split) and, with --extra, more
articles of /work/shared/corpora/finer-ord/finer_ord.jsonl's format. The tags were written by the dataset's
authors, not by this project, so they are evidence no rule was fitted to. A company keiretsu finds is right when
one of its mentions overlaps a span tagged ORG; an ORG span is found when a company mention overlaps it, counted
once per distinct name of a document. ORG spans that are no company by eval/docs/README.md's conventions are
left out of the filtered figures by the patterns below: public bodies, indexes, universities, parties and
associations (NOT_COMPANY: a company found there is false); news outlets and page furniture (OUTLET) and
tickers and exchanges in ticker forms (TICKER), which are not counted as missed (an outlet the labels count when
it is more than a source, and a ticker is its firm's alias). Both the raw and the filtered figures are printed.
"""
import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

FINER = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "finer-ord" / "finer_ord.jsonl"
SPLITS = ("dev", "dev2", "dev6")

#: ORG spans that are no company to us: government and public bodies, central banks, courts, indexes,
#: universities, associations, unions, parties, and the acronyms of the usual ones.
NOT_COMPANY = re.compile(
    r"\b(?:Commission|Ministry|Department|Agency|Authority|Bureau|Court|Council|Parliament|Congress|Senate|"
    r"Government|Federal Reserve|Fed|Central Bank|Reserve Bank|Bank of (?:England|Japan|Canada|Korea|Italy|"
    r"France|Spain|Greece)|People's Bank|Treasury|Union|Party|University|College|School|Institute|Association|"
    r"Federation|Foundation|Organi[sz]ation|Index|Indices|Average|Composite|S&P \d+|FTSE \d+|Dow|DAX|CAC|Nikkei|"
    r"Hang Seng|Stoxx|Euro ?Stoxx|Russell \d+|IMF|SEC|FDA|FTC|FCA|ECB|EU|OPEC|NATO|UN|WTO|OECD|World Bank|"
    r"European Union|Eurozone|Eurogroup|Troika|Police|Army|Navy|Committee|Board|Senate|House|Securities and "
    r"Exchange|Food and Drug|Cabinet|Office|Ministry|Assembly|Church|Club|Summit)\b")
#: News outlets and wires, which the conventions count only when they are more than a report's source; FiNER
#: tags every citation ("(Reuters)", "according to Bloomberg"), and page furniture ("UK Markets").
OUTLET = re.compile(
    r"\b(?:Reuters|REUTERS|Bloomberg|Times|Journal|WSJ|News|NEWS|Press|Telegraph|Guardian|Economist|Fool|Fools|"
    r"Forbes|Wire|Newswire|PRWEB|AllAfrica|allAfrica|MarketWatch|CNN|PBS|ABC|AP|AFP|IANS|GNA|Hill|HILL|Blaze|"
    r"Television|Network|Maverick|Tribune|TRIBUNE|Advertiser|Bulletin|Marketer|Markets|Finance|Talk|Commentary|"
    r"Twitter|twitter|Facebook|Google Plus|Wikimedia|MENAFN|Newsroom|Focus|Retail Week)\b|\.com\b")
#: A ticker or an exchange in a ticker form: "(NASDAQ: AAPL)", "(WMT.N)", "Volkswagen AG VLKAY 0.06%".
TICKER = re.compile(r"^\.?\s?[A-Z0-9]{1,7}(?:[.-][A-Z0-9]{1,3})?$")


def not_company(text: str, s: int, t: int) -> bool:
    """An ORG span that is no company of its own by the conventions (see the patterns above)."""
    span = text[s:t]
    before, after = text[max(0, s - 2):s], text[t:t + 8]
    if NOT_COMPANY.search(span) or OUTLET.search(span):
        return True
    in_ticker = "(" in before or ":" in before or re.match(r"\s*(?::|\)|-?\s?\d+\.\d+%|\s-\snews)", after)
    return bool(TICKER.match(span) and in_ticker) or bool(re.match(r"\s*:\s*[A-Z0-9.]+", after))


def spans(doc: dict, text: str) -> list[tuple[int, int, str]]:
    """FiNER-ORD's tagged spans as (start, end, label) in ``text``, the tokens found in order."""
    from keiretsu.clean.normalize import normalize_line

    out, cursor = [], 0
    cur = None
    for sent in doc["sentences"]:
        for tok, tag in zip(sent["tokens"], sent["ner_tags"]):
            t = normalize_line(tok)
            at = text.find(t, cursor) if t else -1
            if at < 0 or at - cursor > 200:
                continue
            start, end = at, at + len(t)
            cursor = end
            if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[2] != tag[2:])):
                if cur:
                    out.append(tuple(cur))
                cur = [start, end, tag[2:]]
            elif tag.startswith("I-"):
                cur[1] = end
            else:
                if cur:
                    out.append(tuple(cur))
                cur = None
        if cur:
            out.append(tuple(cur))
            cur = None
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--extra", type=Path, action="append", default=[])
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--corpus", type=Path, default=FINER, help="FiNER-ORD's articles with their tags")
    a = ap.parse_args()
    for path in (a.corpus, *a.extra):
        if not path.is_file():
            ap.error(f"{path}: no such file (FiNER-ORD is read from ../shared beside the checkout, or --corpus)")

    from keiretsu.cli.app import settings
    from keiretsu.clean.normalize import normalize_text
    from keiretsu.extract.names import name_key
    from keiretsu.models import EntityKind
    from keiretsu.stages import make_extractor

    tags = {json.loads(line)["id"]: json.loads(line) for line in a.corpus.open(encoding="utf-8")}
    docs = []
    for split in SPLITS:
        for line in Path(f"eval/docs/{split}.jsonl").open(encoding="utf-8"):
            d = json.loads(line)
            if d["id"].startswith("finer-ord-"):
                docs.append(tags[d["id"]])
    for path in a.extra:
        if any(path.stem.startswith(h) for h in ("test", "dev3", "dev4")):
            sys.exit("held-out split")
        docs += [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    texts = [normalize_text(d["text"]) for d in docs]
    ex = make_extractor("rules", settings())
    extractions = ex.extract([(i, t, d["title"]) for i, (d, t) in enumerate(zip(docs, texts))])

    raw = Counter()
    filt = Counter()
    junk_by_tag = Counter()
    for d, text, e in zip(docs, texts, extractions):
        tagged = spans(d, text)
        orgs = [s for s in tagged if s[2] == "ORG"]
        companies: dict[str, list] = {}
        for m in e.entities:
            if m.kind is EntityKind.COMPANY:
                companies.setdefault(m.name, []).append(m)
        lines = []
        for name, ms in companies.items():
            hit = {lab for s, t, lab in tagged for m in ms if m.start < t and s < m.end}
            right = "ORG" in hit
            raw["tp_found" if right else "fp"] += 1
            if right:
                org_span = next((s, t) for s, t, lab in orgs for m in ms if m.start < t and s < m.end)
                org_text = text[org_span[0]:org_span[1]]
                if NOT_COMPANY.search(org_text):
                    filt["fp"] += 1
                    lines.append(f"  FALSE (ORG, no company) {name!r} = {org_text!r}")
                else:
                    filt["tp_found"] += 1
            else:
                filt["fp"] += 1
                label = "/".join(sorted(hit)) or "untagged"
                junk_by_tag[label] += 1
                where = ms[0]
                lines.append(f"  FALSE ({label}) {name!r} <- {text[max(0, where.start - 40):where.end + 30]!r}")
        keys: dict[str, list] = {}
        for s, t, _ in orgs:
            keys.setdefault(name_key(text[s:t]), []).append((s, t))
        for k, places in keys.items():
            found = any(m.start < t and s < m.end for s, t in places for ms in companies.values() for m in ms)
            surface = text[places[0][0]:places[0][1]]
            raw["tp_gold" if found else "fn"] += 1
            if not_company(text, *places[0]):
                continue
            filt["tp_gold" if found else "fn"] += 1
            if not found:
                s = places[0][0]
                lines.append(f"  MISSED {surface!r} <- {text[max(0, s - 40):places[0][1] + 30]!r}")
        if a.errors and lines:
            print(f"== {d['id']}")
            print("\n".join(lines))
    for label, c in (("raw", raw), ("filtered", filt)):
        p = c["tp_found"] / max(1, c["tp_found"] + c["fp"])
        r = c["tp_gold"] / max(1, c["tp_gold"] + c["fn"])
        f = 2 * p * r / max(1e-9, p + r)
        print(f"{label}: {len(docs)} articles, companies P {p:.3f} R {r:.3f} F1 {f:.3f} "
              f"(found {c['tp_found'] + c['fp']}, right {c['tp_found']}; ORG names {c['tp_gold'] + c['fn']}, "
              f"found {c['tp_gold']})")
    print("false companies by FiNER tag:", dict(junk_by_tag))


if __name__ == "__main__":
    main()
