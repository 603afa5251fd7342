"""Time per megabyte as pages grow: cleaning must stay linear in the page's size.

    python bench/scaling.py [--sizes 1 2 4 8]

Builds pages of 1..N MB in each style (innerText, get_text soup with long runs of rejoined
fragments, hard-wrapped w3m, HTML) from our own fixtures, cleans each once and prints seconds
per MB: a flat column is linear, a growing one is not.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import cleanabstract

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def pages(mb: int) -> dict[str, str]:
    size = mb * 1_000_000
    inner = (FIXTURES / "text" / "pubmed-innertext-review.txt").read_text("utf-8")
    soup = (FIXTURES / "text" / "pmc-soup-italics.txt").read_text("utf-8")
    wrapped = (FIXTURES / "text" / "wiley-w3m-article.txt").read_text("utf-8")
    html = (FIXTURES / "html" / "pmc-article.html").read_text("utf-8")
    filler = "<div class='sec'><p>" + "Cells divided slowly in culture. " * 20 + "</p></div>"
    # get_text's worst case: one sentence split at every word, so every line rejoins the last
    fragments = "\n".join(f"word{i} and" for i in range(size // 12))
    return {
        "innerText": inner * (size // len(inner) + 1),
        "soup": soup * (size // len(soup) // 2 + 1) + fragments[: size // 2],
        "w3m": wrapped * (size // len(wrapped) + 1),
        "html": html.replace("</body>", filler * (size // len(filler)) + "</body>"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 4, 8])
    args = parser.parse_args()
    print(f"{'MB':>4} " + " ".join(f"{name:>12}" for name in pages(1)) + "   (seconds per MB)")
    for mb in args.sizes:
        row = []
        for page in pages(mb).values():
            start = time.perf_counter()
            cleanabstract.clean(page)
            row.append((time.perf_counter() - start) / (len(page) / 1e6))
        print(f"{mb:>4} " + " ".join(f"{v:12.3f}" for v in row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
