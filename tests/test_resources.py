"""Generated code and translation catalogs are current, complete and actually used."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from recruitdesk import errors, i18n

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "resources" / "build_resources.py"
LANGUAGES = ("nl", "fr")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")


def accelerators(text: str) -> int:
    """How many keyboard accelerators (&x) a label has; && is a literal ampersand."""
    return text.replace("&&", "").count("&")


def test_generated_files_are_current():
    result = subprocess.run(
        [sys.executable, str(BUILD), "--check"], cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, (
        "generated forms or translation catalogs are stale; run `python resources/build_resources.py` "
        f"and commit the result.\n{result.stdout}{result.stderr}"
    )


def messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ROOT / "resources" / "translations" / f"recruitdesk_{language}.ts").getroot()
    return [(context.findtext("name") or "", message) for context in root.iter("context") for message in context.iter("message")]


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    found = messages(language)
    assert found, f"recruitdesk_{language}.ts has no messages"
    problems = []
    for context, message in found:
        source = message.findtext("source") or ""
        where = f"[{context}] {source!r}"
        translation = message.find("translation")
        status = translation.get("type") if translation is not None else "missing"
        forms = translations_of(message)
        if status:
            problems.append(f"{where}: {status}")
            continue
        if not forms or not all(form.strip() for form in forms):
            problems.append(f"{where}: empty translation")
            continue
        for form in forms:
            if Counter(PLACEHOLDER.findall(form)) != Counter(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {form!r}")
            if accelerators(form) != accelerators(source):
                problems.append(f"{where}: keyboard accelerator (&) missing or doubled in {form!r}")
    assert not problems, (
        f"{len(problems)} problem(s) in resources/translations/recruitdesk_{language}.ts "
        "(see `python resources/build_resources.py --untranslated`):\n" + "\n".join(problems)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_both_languages_have_the_same_messages(language):
    def keys(lang):
        return sorted((context, message.findtext("source") or "") for context, message in messages(lang))
    assert keys(language) == keys("nl")


def test_the_core_speaks_dutch():
    english = errors.WrongRecoveryKey().message()
    assert i18n.set_language("nl") == "nl"
    dutch = errors.WrongRecoveryKey().message()
    assert dutch != english
    assert "herstelsleutel" in dutch
    message = errors.VaultNotFound(folder="/tmp/kluis-x").message()
    assert "/tmp/kluis-x" in message and "Er staat geen kluis" in message


def test_the_core_speaks_french():
    i18n.set_language("fr")
    assert "clé de récupération" in errors.WrongRecoveryKey().message()


def test_unknown_language_falls_back_to_english():
    assert i18n.set_language("xx") == "en"
    assert errors.WrongRecoveryKey().message() == errors.WrongRecoveryKey.template
