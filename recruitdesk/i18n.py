"""Translations for the Qt-free core (CLI messages, error sentences, recovery kit).

One source of truth for every language: the Qt Linguist files in ``resources/translations``.
``resources/build_resources.py`` compiles them to ``.qm`` files for Qt and to small JSON
catalogs in ``recruitdesk/locale`` for this module, so the CLI speaks Dutch and French
without importing Qt.

Strings are marked with ``translate(context, text)`` (translated at once) or
``N_(context, text)`` (marked only, translated later); lupdate finds both.
"""

from __future__ import annotations

import json
import locale
import os
from functools import lru_cache
from importlib import resources

LANGUAGES = ("en", "nl", "fr")
_current = "en"


def N_(context: str, text: str) -> str:  # noqa: N802 - the conventional gettext name
    """Mark ``text`` for translation without translating it now."""
    return text


@lru_cache(maxsize=None)
def _catalog(language: str) -> dict[str, dict[str, str | list[str]]]:
    """The language's catalog; English has one for the plural forms only."""
    try:
        data = resources.files("recruitdesk.locale").joinpath(f"recruitdesk_{language}.json").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    return json.loads(data)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` (an English source string) in the current language.

    With ``n`` (as Qt's ``translate``), ``text`` is a counted sentence such as "%n candidates are
    overdue.": the plural form for ``n`` in this language is chosen and ``%n`` becomes ``n``."""
    return catalog_text(_current, context, text, n)


def catalog_text(language: str, context: str, text: str, n: int = -1) -> str:
    """Translate ``text`` in a given language rather than the current one (a letter to a
    candidate in their own language, a date in a mail)."""
    found = _catalog(language).get(context, {}).get(text)
    if isinstance(found, list):
        found = found[min(plural_form(language, n), len(found) - 1)] if found else None
    result = found or text
    return result.replace("%n", str(n)) if n >= 0 else result


def plural_form(language: str, n: int) -> int:
    """Qt's plural form index for ``n``: 0 (one) or 1 (other). French counts 0 and 1 as one."""
    if language == "fr":
        return 0 if n in (0, 1) else 1
    return 0 if n == 1 else 1


def set_language(language: str) -> str:
    """Switch the core's language; unknown languages fall back to English. Returns the one used."""
    global _current
    language = (language or "en").split("_")[0].split("-")[0].lower()
    _current = language if language in LANGUAGES else "en"
    return _current


def current_language() -> str:
    return _current


def detect_language() -> str:
    """The language to start in: RECRUITDESK_LANG, else the system locale, else English."""
    for candidate in (os.environ.get("RECRUITDESK_LANG"), os.environ.get("LC_ALL"), os.environ.get("LANG")):
        if candidate:
            code = candidate.split(".")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
    try:
        code = (locale.getlocale()[0] or "").split("_")[0].lower()
    except ValueError:
        code = ""
    return code if code in LANGUAGES else "en"
