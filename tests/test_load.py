"""Decoding and bad input: clear errors or records with warnings, never a crash."""

from __future__ import annotations

import logging
import random

import pytest

from cleanabstract import clean
from cleanabstract.load import load

ABSTRACT = ("Résumé des résultats: les élèves ont amélioré leurs scores de 12 % après "
            "l'intervention, et l'effet a persisté six mois plus tard dans les deux écoles.")
PAGE = f"Article de recherche\n\nÉtude des écoles rurales\n\nRésumé\n\n{ABSTRACT}\n"


def test_type_error_names_what_was_given() -> None:
    with pytest.raises(TypeError, match="not int"):
        clean(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("page", ["", "   \n\t  \n", b"", b"\n\n"])
def test_empty_page(page) -> None:
    rec = clean(page)
    assert rec.warnings == ("empty-page",)
    assert rec.title is None and rec.abstract is None


def test_binary_garbage_is_not_text() -> None:
    import random

    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(5000))
    rec = clean(data)
    assert "not-text" in rec.warnings
    assert rec.abstract is None


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_bytes_decode_without_mangling(encoding: str) -> None:
    rec = clean(PAGE.encode(encoding))
    assert rec.abstract == ABSTRACT
    assert rec.language == "fr"


def test_declared_meta_charset_wins() -> None:
    html = ('<html><head><meta charset="iso-8859-1"><title>x</title></head><body><p>'
            + ABSTRACT + "</p></body></html>").encode("latin-1")
    loaded = load(html)
    assert loaded.is_html
    assert ABSTRACT in loaded.text


@pytest.mark.parametrize("text", [
    "Hitchcock’s Rope — a study of the long take. © 2010 " + "Essays on film. " * 50,
    "“Quoted” – ‘again’ … " * 40,  # many, but punctuation only
])
def test_undeclared_windows_punctuation_reads_as_windows_1252(text: str) -> None:
    """No letters beyond ASCII for a detector to go on: read as browsers read it."""
    loaded = load(text.encode("cp1252"))
    assert loaded.text == text and loaded.encoding == "cp1252"


def test_undeclared_runs_of_letters_are_left_to_the_detector() -> None:
    """UTF-8 sequences among the high bytes, or runs of them: left to the detector (a Russian
    heading in windows-1251 reads wrong as windows-1252); Latin letters one by one are not."""
    from cleanabstract.load import _windows_punctuation

    assert not _windows_punctuation("café ".encode() + b"\x92")
    assert not _windows_punctuation("<h1>Аннотация</h1>".encode("cp1251"))  # a run of letters
    assert not _windows_punctuation("zażółć gęślą".encode("cp1250"))
    assert _windows_punctuation("it’s © 2010 – 20°".encode("cp1252"))
    for text in ("Naïve Peña and Müller", "Étude des écoles " * 20):  # letters one by one
        assert _windows_punctuation(text.encode("cp1252"))
        assert load(text.encode("cp1252")).text == text


def test_replacement_is_never_silent() -> None:
    data = '<meta charset="utf-8"><p>caf\xe9</p>'.encode("latin-1")
    loaded = load(data)
    assert "decoding-replaced" in loaded.warnings


def test_undecodable_bytes_warn_in_the_record_not_on_stderr(caplog: pytest.LogCaptureFixture) -> None:
    """Detection that has to replace bytes says so in the record; bs4's own log line, once per
    such page of a batch, is kept out of the user's terminal."""
    rng = random.Random(0)
    noise = bytes(rng.getrandbits(8) for _ in range(60))  # no candidate charset decodes it all
    data = b"<html><body><p>" + noise + b"</p></body></html>"
    with caplog.at_level(logging.WARNING):
        loaded = load(data)
    assert "decoding-replaced" in loaded.warnings or "not-text" in loaded.warnings
    assert not [r for r in caplog.records if r.name.startswith("bs4")]
    assert not logging.getLogger("bs4.dammit").disabled


def test_large_page_finishes() -> None:
    # 2 MB of repetitive chrome and prose must clean without error (speed lives in bench/).
    chunk = "Skip to main content\nShare\n" + "Cells divided slowly in culture. " * 30 + "\n\n"
    rec = clean(chunk * (2_000_000 // len(chunk)))
    assert rec.removed


def test_html_bytes_parse_as_the_text_they_decode_to() -> None:
    """The parser reads a page's own UTF-8 bytes; what it extracts is composed (NFC) either way."""
    nfd = "E\u0301tude des e\u0301coles"  # decomposed accents
    html = ("<html><head><meta charset='utf-8'><title>Étude des écoles</title></head><body>"
            f"<h1>{nfd}</h1><h2>Résumé</h2><p>{ABSTRACT}</p></body></html>")
    data = html.encode("utf-8")
    assert load(data).utf8 == data
    assert load(html).utf8 is None and load(b"\xef\xbb\xbf" + data).utf8 is None
    assert load(html.replace(nfd, "Étude").encode("cp1252")).utf8 is None  # declared utf-8: replaced
    rec = clean(data)
    assert rec == clean(html)
    assert rec.title == "Étude des écoles" and rec.abstract == ABSTRACT
    assert load("Re\u0301sume\u0301 of a text page").text == "Résumé of a text page"


def test_a_gzip_compressed_body_is_inflated_and_said_so() -> None:
    """A scraper that saved the raw HTTP body of a gzip response: the page inside is read."""
    import gzip

    rec, plain = clean(gzip.compress(PAGE.encode("utf-8"))), clean(PAGE.encode("utf-8"))
    assert rec.abstract == ABSTRACT
    assert rec.warnings == ("decompressed", *plain.warnings)
    assert rec.to_dict() | {"warnings": []} == plain.to_dict() | {"warnings": []}


@pytest.mark.parametrize("kind", ["cut", "bomb"])
def test_a_broken_or_oversized_gzip_body_is_not_text(kind: str) -> None:
    """A stream cut short, or one that would inflate past any page's size, is not inflated."""
    import gzip

    if kind == "cut":
        data = gzip.compress(PAGE.encode("utf-8") * 50)[:-40]
    else:
        data = gzip.compress(b"<p>" + b" " * (65 * 1024 * 1024), compresslevel=1)
    rec = clean(data)
    assert "not-text" in rec.warnings and "decompressed" not in rec.warnings
    assert rec.abstract is None
