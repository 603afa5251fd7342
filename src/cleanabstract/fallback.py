"""trafilatura as the last resort: for HTML pages where neither a recognisable title block nor
usable metadata gave a title. Never on the hot path: it costs several times our whole run."""

from __future__ import annotations

import logging

from .load import nfc
from .record import Record
from .title import clean_title

_log = logging.getLogger(__name__)


def with_trafilatura(record: Record, html: str) -> Record:
    """Fill the title (and language) from trafilatura's metadata, with provenance."""
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(html, with_metadata=True, fast=True)
        doc = doc.as_dict() if hasattr(doc, "as_dict") else doc
    except Exception as exc:  # a fallback must never turn a record into a crash
        _log.debug("trafilatura fallback failed: %s", exc)
        return record
    if not isinstance(doc, dict):
        return record
    changes: dict = {}
    prov = dict(record.provenance)
    title = (doc.get("title") or "").strip()
    if title and not record.title:
        changes["title"] = clean_title(nfc(title))
        prov["title"] = "fallback:trafilatura"
    if not record.language and doc.get("language"):
        changes["language"] = doc["language"]
        prov["language"] = "fallback:trafilatura"
    return record.with_changes(provenance=prov, **changes) if changes else record
