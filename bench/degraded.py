"""Quality when a page carries less: the generic path without the help a page usually gives.

    python bench/degraded.py [--mode nometa|notitle|noclass|bare] [-v]

Most pages in a real dump come from sites nobody wrote a profile for, and some from sites
whose markup names nothing: no metadata, no telling class names. This takes our own HTML
fixtures and takes away, by `--mode`:

- `nometa`: every <meta> tag, JSON-LD block and <link> (the title, abstract and DOI must come
  from what the page shows);
- `notitle`: that and the <title> too (a saved <body>);
- `noclass`: every class and id attribute (no element rule can tell a box by its name);
- `bare`: `nometa` and `noclass` together.

It scores title (exact), abstract (token F1 >= 0.95, or none on a page that has none), DOI and
article types against each fixture's expected record, for the page as written and as
degraded, and prints both; `-v` lists each field the degraded page loses. Quality only: no
timing. (A page in a legacy charset is decoded before its charset declaration is removed.)
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from cleanabstract import clean
from cleanabstract.evaluate import norm_title, token_f1
from cleanabstract.fixtures import expected_path
from cleanabstract.load import load

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "html"
_META = re.compile(r"<meta\b[^>]*>|<link\b[^>]*>|<script[^>]*ld\+json[^>]*>.*?</script>",
                   re.I | re.S)
_TITLE = re.compile(r"<title\b[^>]*>.*?</title>", re.I | re.S)
_NAMES = re.compile(r"""\s(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.I)
FIELDS = ("title", "abstract", "doi", "article_types")


def degrade(html: str, mode: str) -> str:
    """The page with what ``mode`` takes away taken away."""
    if mode in ("nometa", "notitle", "bare"):
        html = _META.sub("", html)
    if mode == "notitle":
        html = _TITLE.sub("", html)
    if mode in ("noclass", "bare"):
        html = _NAMES.sub("", html)
    return html


def scores(record, want: dict) -> dict[str, bool]:
    """Which fields of a record match the expected one."""
    abstract = want.get("abstract")
    return {
        "title": norm_title(record.title) == norm_title(want.get("title")),
        "abstract": token_f1(record.abstract, abstract) >= 0.95 if abstract else not record.abstract,
        "doi": (record.doi or "").casefold() == (want.get("doi") or "").casefold(),
        "article_types": [t.casefold() for t in record.article_types]
        == [t.casefold() for t in want.get("article_types") or []],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("nometa", "notitle", "noclass", "bare"), default="nometa")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    whole = dict.fromkeys(FIELDS, 0)
    degraded = dict.fromkeys(FIELDS, 0)
    pages = sorted(FIXTURES.glob("*.html"))
    for page in pages:
        want = json.loads(expected_path(page).read_text("utf-8"))
        text = load(page.read_bytes()).text
        before = scores(clean(text), want)
        after_record = clean(degrade(text, args.mode))
        after = scores(after_record, want)
        for name in FIELDS:
            whole[name] += before[name]
            degraded[name] += after[name]
            if args.verbose and before[name] and not after[name]:
                got = str(getattr(after_record, name))[:80]
                print(f"{page.name}: {name} lost, got {got!r}")
    print(f"{len(pages)} HTML fixtures, mode {args.mode}: fields right as written -> degraded")
    for name in FIELDS:
        print(f"  {name:14} {whole[name]:4} -> {degraded[name]:4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
