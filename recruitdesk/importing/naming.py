"""A provisional name from the file name, for CVs whose text gives none (scans, encrypted PDFs).

"CV_Jan-Peeters_2026.pdf" becomes "Jan Peeters"; the preview marks it for checking.
"""

from __future__ import annotations

import re
from pathlib import Path

NOISE = {"cv", "resume", "résumé", "curriculum", "vitae", "lebenslauf", "final", "def", "definitief", "nl", "fr", "en",
         "new", "nieuw", "nouveau", "copy", "kopie", "scan", "pdf", "docx", "version", "versie"}


def name_from_filename(path: Path) -> str | None:
    words = [word for word in re.split(r"[\s_\-.()\[\]]+", Path(path).stem) if word]
    kept = [word for word in words if word.lower() not in NOISE and not any(char.isdigit() for char in word)]
    if not kept or len(kept) > 4:
        return None
    return " ".join(word if word[:1].isupper() and not word.isupper() else word.capitalize() for word in kept)
