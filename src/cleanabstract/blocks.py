"""The one block model that both front ends produce and every rule reads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Block(NamedTuple):
    """A unit of visible text: a paragraph, a heading, a list item, a line of chrome.

    ``where`` says where it came from (``text:line-12``, ``dom:div#abstract``) and ends up in
    provenance. ``heading`` is the heading level (1-6) when the page marked it as a heading,
    else 0. ``hints`` holds html tag/id/class words for selector-like rules ('' for text).
    A named tuple: immutable, and a page makes a hundred of them (a frozen dataclass takes
    four times as long to build).
    """

    text: str
    where: str
    heading: int = 0
    list_item: bool = False
    hints: str = ""

    @property
    def words(self) -> int:
        """Both front ends normalise a block's whitespace to single spaces, so counting them
        counts words without building the list of them."""
        return self.text.count(" ") + 1


@dataclass(frozen=True, slots=True)
class PageEvidence:
    """What a front end learned besides the blocks (a declared title, a url, metadata)."""

    title: str | None = None
    title_where: str = ""
    url: str | None = None
    style: str = "lines"
