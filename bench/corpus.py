"""Generated news-like corpora for benchmarks: reproducible, any size, no data shipped."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

COMPANIES = [
    "Nissan", "Renault", "Honda", "Toyota", "Mitsubishi Motors", "Geely", "Volvo", "General Motors", "Ford",
    "Stellantis", "Hyundai", "Kia", "BYD", "Tesla", "Qualcomm", "Aramco", "Siemens", "Bosch", "Continental",
    "Panasonic", "LG Energy Solution", "CATL", "Samsung", "Sony", "Foxconn", "BMW", "Daimler", "Volkswagen",
    "Audi", "Porsche", "Fiat", "Peugeot", "Citroen", "Mazda", "Subaru", "Suzuki", "Tata Motors", "Mahindra",
]
TEMPLATES = [
    "{a} said on {day} it was in talks with {b} about a partnership on {topic}.",
    "{a} agreed to buy a {pct} percent stake in {b} for {amt} million dollars, the companies said.",
    "Shares of {a} rose {pct} percent after {b} confirmed it had approached the company.",
    "{a} and {b} will set up a joint venture to build {topic} in {place}, according to people familiar with the matter.",
    "Analysts said the deal between {a} and {b} could reshape the market for {topic}.",
    "{a} chief executive told reporters the company was not in discussions with {b}.",
    "The talks between {a} and {b} have been going on for months and focused on {topic}.",
    "{a} reported quarterly revenue of {amt} million dollars, up {pct} percent from a year earlier.",
    "Regulators in {place} are reviewing the proposed merger of {a} and {b}.",
    "{a} will supply {topic} to {b} from next year under a long-term contract.",
]
TOPICS = ["electric vehicles", "battery cells", "hybrid engines", "software platforms", "semiconductors",
          "hydrogen fuel cells", "autonomous driving", "charging networks", "gasoline engines"]
PLACES = ["Japan", "France", "China", "Germany", "the United States", "India", "Brazil", "South Korea"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article(rng: random.Random, chars: int = 2000) -> str:
    paragraphs, size = [], 0
    while size < chars:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            a, b = rng.sample(COMPANIES, 2)
            sentences.append(rng.choice(TEMPLATES).format(
                a=a, b=b, topic=rng.choice(TOPICS), place=rng.choice(PLACES), day=rng.choice(DAYS),
                pct=rng.randint(1, 60), amt=rng.randint(10, 9000)))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 1
    return "\n".join(paragraphs)


def write_jsonl(path: Path, n: int, seed: int = 1) -> Path:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            a, b = rng.sample(COMPANIES, 2)
            f.write(json.dumps({
                "id": f"gen-{seed}-{i}",
                "title": f"{a} and {b} in talks",
                "text": article(rng),
                "url": f"https://news.example/{seed}/{i}",
                "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00Z",
                "source": rng.choice(["Example Wire", "Daily Autos", "Market Watcher"]),
            }) + "\n")
    return path


PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title} | Daily Autos</title>
<meta property="article:published_time" content="{date}"></head><body>
<header><nav><a href="/">Home</a> <a href="/business">Business</a> <a href="/autos">Autos</a> Subscribe</nav></header>
<main><article><h1>{title}</h1>{body}</article>
<aside><h3>Most read</h3><ul><li><a href="/1">Markets rally</a></li><li><a href="/2">Oil falls</a></li></ul></aside></main>
<footer><p>Cookie policy. Terms of use. Copyright Daily Autos. All rights reserved.</p></footer></body></html>"""


def write_warc(path: Path, n: int, seed: int = 2) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for i in range(n):
            a, b = rng.sample(COMPANIES, 2)
            body = "".join(f"<p>{p}</p>" for p in article(rng).split("\n"))
            html = PAGE.format(title=f"{a} and {b} in talks", date=f"2024-03-{rng.randint(1, 28):02d}", body=body)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://autos.example/{seed}/{i}", "response", payload=io.BytesIO(html.encode()),
                http_headers=headers))
    return path
