"""Find, normalise and validate DOI, PMID, PMCID and arXiv identifiers in text."""

from __future__ import annotations

import re
from collections import Counter

# A DOI is "10.<registrant>/<suffix>"; the suffix may hold almost anything but whitespace,
# so trailing punctuation picked up from prose is trimmed afterwards. The pattern starts with
# its literal "10." so that the regex engine can skip ahead to it (a leading \b would make it
# try every position of a long page); the word boundary before it is checked by hand.
DOI_RE = re.compile(r"(10\.\d{4,9}/[^\s\"<>\]\[{}|\\^`⟨⟩〈〉]+)")
_DOI_TRAIL = ".,;:)'’”\u00bb"
# A flattened reference runs its links into its DOI: 'doi:10.1038/x.69pmid:20555365',
# '10.1099/ijs.0.02682-0CrossRefPubMed', and a citation box its export formats
# ('...28589RIS | BibTeX'). (The DOI pattern stops at a space: 'Google Scholar' leaves
# 'Google', 'PMID: 2055' leaves 'PMID'.)
_GLUED_LINKS = re.compile(
    r"(?:(?:[Pp][Mm][Ii][Dd]|PMCID):?(?:PMC)?\d*|PubMed|CrossRef|Crossref|Medline|Google|Scopus|"
    r"(?<=\d)(?:Get|View|Open|Download|Cite|Share|CiteULike|Mendeley|RIS|BibTeX|BibTex|EndNote|"
    r"RefWorks|Export|%[A-Z]))+$")
# An identifier's label the markup ran on to a DOI ending in a digit, its colon after it: a
# record's row of identifiers set side by side ('DOI: 10.61245/x.0217ISI: 0011873', DiVA).
_GLUED_LABEL = re.compile(r"(?<=\d)[A-Z]{2,6}:$")
_VALID_DOI = re.compile(r"10\.\d{4,9}/\S+")
# The page's own PMID: 'PMID: 123', or 'PubMed: 123' set as a label and its value, or a
# link's 'PubMed 37661234' (a PMID's seven or eight digits); a reference's '[PMID: 123]' is
# another article's.
PMID_RE = re.compile(
    r"(?<!\[)\b(?:PMID\s*[:#]?|PubMed(?: ID)?\s*:|PubMed(?=\s+\d{7,8}\b))\s*(\d{1,8})\b")
PMCID_RE = re.compile(r"\b(PMC\d{4,9})\b")
ARXIV_RE = re.compile(
    r"(?:\barXiv\s*:\s*|arxiv\.org/(?:abs|pdf)/)(\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?",
    re.IGNORECASE,
)


def normalise_doi(raw: str) -> str | None:
    """Strip resolver prefixes and trailing punctuation; None if what is left is not a DOI."""
    s = raw.strip()
    s = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi\s*:\s*|doi\s+)", "", s, flags=re.I)
    m = DOI_RE.search(s)
    if not m or _handle_at(s, m.start()):
        return None
    doi = m.group(1)
    if label := _GLUED_LABEL.search(doi):
        doi = doi[: label.start()]
    doi = _trimmed(doi)
    unglued = _trimmed(_GLUED_LINKS.sub("", doi))
    if unglued != doi and _VALID_DOI.fullmatch(unglued):
        doi = unglued  # (a DOI that is all link label, '10.1234/Scopus', stays whole)
    doi = re.sub(r"(?:/(?:full|abstract|pdf|epdf|html)|\.pdf)$", "", doi, flags=re.I)
    return doi if _VALID_DOI.fullmatch(doi) else None


def _handle_at(text: str, start: int) -> bool:
    """Whether what looks like a DOI at start is a Handle's name in its address: a DSpace
    repository's '/handle/10.1111/cgf15071' (Eurographics names its items after their DOIs,
    without the dot), 'hdl.handle.net/10.2312/...'."""
    return text[max(0, start - 11) : start].casefold().endswith(("/handle/", "handle.net/"))


def _trimmed(doi: str) -> str:
    """Without the punctuation that prose puts after a DOI; a closing bracket that balances
    one inside the DOI is kept, e.g. 10.1016/S0140-6736(20)30183-5."""
    while doi and doi[-1] in _DOI_TRAIL:
        if doi[-1] == ")" and doi.count("(") >= doi.count(")"):
            break
        doi = doi[:-1]
    return doi


def find_dois(text: str) -> list[str]:
    """Every valid DOI in text, in order of appearance (duplicates kept, for counting)."""
    out: list[str] = []
    if "10." not in text:
        return out
    for m in DOI_RE.finditer(text):
        before = text[m.start() - 1] if m.start() else " "
        if (before.isalnum() or before == "_") and (
                text[max(0, m.start() - 3):m.start()].casefold() != "doi"):
            continue  # inside a longer number: not a DOI's start ('DOI10.1111/x' is one:
            # a label run on to it, as a flattened field row reads)
        if before == "-" and m.start() >= 2 and text[m.start() - 2].isalnum():
            continue  # another identifier's prefix before it: JMIR's 'RR2-10.2196/38820'
        if before == "/" and _handle_at(text, m.start()):
            continue
        doi = normalise_doi(m.group(1))
        if doi:
            out.append(doi)
    return out


# A DOI standing as a field of its own: a line that is only the DOI, labelled or as a link
# ('DOI 10.1530/EC-23-0412', '• DOI: ...', 'https://doi.org/...'), not one quoted in a citation.
_DOI_FIELD = re.compile(r"^[^\w\n]*(?:doi\s*:?\s*|https?://(?:dx\.)?doi\.org/)(10\.\d{4,9}/\S+)[ \t]*$",
                        re.I | re.M)


def field_doi(text: str) -> str | None:
    """The one DOI that text (blocks one a line) shows as a field of its own, or None when it
    shows none or several."""
    found = {d.lower(): d for m in _DOI_FIELD.finditer(text) if (d := normalise_doi(m.group(1)))}
    return next(iter(found.values())) if len(found) == 1 else None


def best_doi(candidates: list[str]) -> str | None:
    """The page's own DOI: the most repeated one, earliest on ties (reference DOIs occur once)."""
    if not candidates:
        return None
    counts = Counter(d.lower() for d in candidates)
    first = {}
    for i, d in enumerate(candidates):
        first.setdefault(d.lower(), (i, d))
    top = max(counts.values())
    best = min((first[k] for k, c in counts.items() if c == top), key=lambda t: t[0])
    return best[1]


# Each finder first checks for its marker with a plain substring test: most pages have none,
# and a substring test is far cheaper than a regex scan of a long page.
def find_pmid(text: str) -> str | None:
    m = PMID_RE.search(text) if "PMID" in text or "PubMed" in text else None
    return m.group(1).lstrip("0") or None if m else None


def find_pmcid(text: str) -> str | None:
    m = PMCID_RE.search(text) if "PMC" in text else None
    return m.group(1).upper() if m else None


def sole_pmid(text: str) -> str | None:
    """The one PMID a page shows anywhere (a record's sidebar, below its abstract), or None
    when it shows several: a list of similar articles gives each its own."""
    found = {m.group(1).lstrip("0") for m in PMID_RE.finditer(text)} if "PMID" in text else set()
    return _sole(found) or None  # ('0': no PMID)


def sole_pmcid(text: str) -> str | None:
    """The one PMCID a page shows anywhere, or None when it shows several (see sole_pmid)."""
    return _sole({m.group(1).upper() for m in PMCID_RE.finditer(text)} if "PMC" in text else set())


def _sole(found: set[str]) -> str | None:
    return next(iter(found)) if len(found) == 1 else None


def find_arxiv(text: str) -> str | None:
    if "arxiv" not in text and "arXiv" not in text and "ARXIV" not in text:
        return None
    m = ARXIV_RE.search(text)
    return m.group(1) if m else None
