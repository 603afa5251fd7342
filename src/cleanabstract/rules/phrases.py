"""Which of many phrases a page's head holds, in whatever case, found in one pass.

Site profiles are told apart by fingerprint phrases in the first 30,000 characters of a page.
Looking for each phrase in turn scans that head once per phrase; an RE2 set of all of them,
read as literal bytes, scans it once. ASCII phrases (all shipped ones) are found in the head's
ASCII-lowered UTF-8 bytes (lowering bytes is ten times as fast as lowering text); any other
phrase is looked for in the lower-cased text. Text its caller has lower-cased already is read
as it is, every phrase in the one pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import re2


class PhraseCounter:
    """Counts, per owner, how many of its phrases a text holds (a phrase listed twice counts
    twice, as it would if each were looked for in turn)."""

    def __init__(self, phrases: Iterable[tuple[str, str]], *, lowered: bool = False) -> None:
        """``phrases``: (owner, phrase) pairs; ``lowered``: the texts to count in will be
        lower-cased already."""
        self._lowered = lowered
        options = re2.Options()
        options.literal = True
        options.encoding = re2.Options.Encoding.LATIN1  # (a byte is a character)
        self._set: re2.Set | None = re2.Set.SearchSet(options)
        self._owners: list[str] = []  # the set's numbering -> owner
        self._others: list[tuple[str, str]] = []  # (owner, lower-cased phrase beyond ASCII)
        for owner, phrase in phrases:
            if lowered or phrase.isascii():
                self._set.Add(phrase.lower().encode())
                self._owners.append(owner)
            else:
                self._others.append((owner, phrase.lower()))
        if self._owners:
            self._set.Compile()
        else:
            self._set = None

    def count(self, text: str) -> Counter[str]:
        found: Counter[str] = Counter()
        if self._set is not None:
            data = text.encode("utf-8", "replace")
            hits = self._set.Match(data if self._lowered else data.lower())
            found.update(self._owners[k] for k in hits or ())
        if self._others:
            lowered = text.lower()
            found.update(owner for owner, phrase in self._others if phrase in lowered)
        return found
