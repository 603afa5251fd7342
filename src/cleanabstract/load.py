"""Bytes to text, and html-or-text sniffing: the first step for every page."""

from __future__ import annotations

import codecs
import contextlib
import logging
import re
import threading
import unicodedata
import zlib
from dataclasses import dataclass

from bs4 import UnicodeDammit

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.I)
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml)\b", re.I | re.S)
_HTML_TAGS = re.compile(r"</?(?:html|head|body|meta|title|div|span|p|a|script|section|article)\b[^>]*>", re.I)
_ASCII = bytes(range(0x80))
# Windows punctuation and symbols that are no letters: where 8-bit code pages agree to differ
# least (letters start at 0xA0).
_WINDOWS_PUNCTUATION = bytes(range(0x80, 0xA0)) + b"\xa0\xa9\xae\xb0\xb7"
_HIGH_RUN = re.compile(rb"[\x80-\xff]{2}")
# Control characters other than tab, newline, carriage return and form feed mean binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Loaded:
    """A decoded page and what was learned while decoding it."""

    text: str
    is_html: bool
    encoding: str | None
    warnings: tuple[str, ...] = ()
    # An HTML page's own bytes when they are exactly text in UTF-8: the parser reads these
    # faster than it reads text.
    utf8: bytes | None = None


_GZIP_MAGIC = b"\x1f\x8b"
# A page is never this large; a gzip stream that inflates further is a bomb, not a page.
_MAX_INFLATED = 64 * 1024 * 1024


def inflate(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """A gzip-compressed body (a scraper that saved the raw HTTP response, Content-Encoding
    undone by no one) inflated, with warning ``decompressed``; other bytes as they are.
    Output is capped (``_MAX_INFLATED``): a stream that is corrupt or inflates past the cap
    is left compressed, and so reads as ``not-text``."""
    if not data.startswith(_GZIP_MAGIC):
        return data, ()
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, _MAX_INFLATED)
    except zlib.error:
        return data, ()
    if inflater.unconsumed_tail or not inflater.eof:
        return data, ()  # (past the cap, or cut short)
    return out, ("decompressed",)


def decode(data: bytes) -> tuple[str, str | None, tuple[str, ...]]:
    """Decode bytes: BOM, then a declared charset, then strict UTF-8, then detection (bs4).

    Returns the text, the encoding used and warnings. Replacement characters are only
    ever introduced with a ``decoding-replaced`` warning, never silently.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _decode_with(data, enc)
    head = data[:4096]
    declared = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if declared:
        enc = _lookup(declared.group(1).decode("ascii", "replace"))
        if enc:
            return _decode_with(data, enc)
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    if _windows_punctuation(data):
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode("cp1252"), "cp1252", ()
    # No BOM, no declaration, not UTF-8: bs4's UnicodeDammit guesses as browsers do (it asks
    # charset-normalizer and knows the windows-1252 habits of old pages).
    _DETECTING.on = True  # replaced bytes become our own warning, not bs4's log line
    try:
        dammit = UnicodeDammit(data[:200_000], is_html=True)
    finally:
        _DETECTING.on = False
    if dammit.original_encoding:
        return _decode_with(data, dammit.original_encoding)
    return _decode_with(data, "utf-8")


def _windows_punctuation(data: bytes) -> bool:
    """Whether the bytes beyond ASCII, none of them UTF-8, are only Windows 'smart'
    punctuation (0x80-0x9F) and a few symbols (no-break space, ©, ®, °, ·), or stand one by
    one between ASCII ('Na\xefve', 'M\xfcller'): a detector has too little to go on (it took
    such names for Central European or Baltic code pages, and takes milliseconds), and
    browsers read such undeclared pages as windows-1252. Runs of them (a Greek or Russian
    word) are left to the detector: they tell code pages apart."""
    high = data.translate(None, _ASCII)
    if high.translate(None, _WINDOWS_PUNCTUATION) and _HIGH_RUN.search(data):
        return False
    return data.decode("utf-8", "replace").count("\ufffd") == len(high)


class _WhileDetecting(logging.Filter):
    """Drops bs4's log lines while this thread runs our charset detection, and no others:
    a flag per thread, so that pages decoded side by side do not silence each other."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(_DETECTING, "on", False)


_DETECTING = threading.local()
logging.getLogger("bs4.dammit").addFilter(_WhileDetecting())


def _lookup(name: str) -> str | None:
    """Map a declared charset to a Python codec; browsers read latin-1 as windows-1252."""
    try:
        enc = codecs.lookup(name).name
    except LookupError:
        return None
    return "cp1252" if enc in ("latin-1", "iso8859-1", "ascii") else enc


def _decode_with(data: bytes, enc: str) -> tuple[str, str, tuple[str, ...]]:
    try:
        return data.decode(enc), enc, ()
    except UnicodeDecodeError:
        return data.decode(enc, errors="replace"), enc, ("decoding-replaced",)


def looks_binary(text: str) -> bool:
    """True when control characters or replacement marks make up a visible share of the text."""
    sample = text[:8_000]  # binary data shows at once; a longer scan costs 50 µs a page
    if not sample:
        return False
    bad = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    return bad / len(sample) > 0.02


def sniff_html(text: str) -> bool:
    """HTML when the page starts like a document, or is dense with common tags."""
    head = text[:5000]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAGS.findall(head)) >= 5


def load(page: str | bytes) -> Loaded:
    """Decode and classify a page; raises TypeError for anything but str or bytes."""
    data: bytes | None = None
    inflated: tuple[str, ...] = ()
    if isinstance(page, (bytes, bytearray, memoryview)):
        data, inflated = inflate(bytes(page))
        text, enc, warns = decode(data)
    elif isinstance(page, str):
        text, enc, warns = page, None, ()
    else:
        raise TypeError(f"page must be str or bytes, not {type(page).__name__}")
    utf8 = data if enc == "utf-8" and not warns else None
    warns = (*inflated, *warns)
    if text.startswith("\ufeff"):
        text, utf8 = text.lstrip("\ufeff"), None
    if looks_binary(text):
        return Loaded("", False, enc, (*warns, "not-text"))
    if sniff_html(text):
        # Mostly markup: the HTML front end composes the text it extracts instead (nfc).
        return Loaded(text, True, enc, warns, utf8)
    return Loaded(nfc(text), False, enc, warns)


def nfc(text: str) -> str:
    """Text in Unicode's composed form (NFC): 'e' + U+0301 becomes 'é', as rules expect."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)
