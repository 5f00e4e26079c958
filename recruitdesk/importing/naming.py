"""A provisional name from the file name, for CVs whose text gives none (scans, encrypted PDFs).

"CV_Jan-Peeters_2026.pdf" becomes "Jan Peeters"; the preview marks it for checking.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

NOISE = {"cv", "resume", "résumé", "curriculum", "vitae", "lebenslauf", "final", "def", "definitief", "nl", "fr", "en",
         "new", "nieuw", "nouveau", "copy", "kopie", "scan", "pdf", "docx", "version", "versie"}


def storable_name(name: str) -> str:
    """A file name as text the vault can store: bytes that are not UTF-8 become U+FFFD.

    On Linux a name can be any bytes (a Latin-1 name from an old zip); Python keeps the
    undecodable ones as lone surrogates, which no UTF-8 text (the vault, an export) can hold.
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "replace")


def name_from_filename(path: Path) -> str | None:
    words = [word for word in re.split(r"[\s_\-.()\[\]]+", storable_name(Path(path).stem)) if word]
    kept = [word for word in words if word.lower() not in NOISE and not any(char.isdigit() for char in word)]
    if not kept or len(kept) > 4:
        return None
    return " ".join(word if word[:1].isupper() and not word.isupper() else word.capitalize() for word in kept)
