"""The licences of the components RecruitDesk ships with, for the about box (Qt-free).

Each runtime dependency of the installed ``recruitdesk`` distribution is listed with the licence
its own metadata declares as an SPDX License-Expression. Without one, a hand-written table of
known licences is used, and for a package the table does not know, a short License field or the
licence classifiers. Libraries bundled inside a wheel (Qt in PySide6, SQLCipher in sqlcipher3,
PDFium in pypdfium2) are named on their own lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol, cast
from importlib import metadata

DISTRIBUTION = "recruitdesk"

# The licences of known dependencies, by normalised name, for when their metadata is silent.
KNOWN = {
    "pyside6-essentials": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "pyside6": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "shiboken6": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "pyside6-addons": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "pyside6-pdf": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "sqlalchemy": "MIT",
    "sqlcipher3": "Zlib",
    "alembic": "MIT",
    "cryptography": "Apache-2.0 OR BSD-3-Clause",
    "keyring": "MIT",
    "platformdirs": "MIT",
    "openpyxl": "MIT",
    "pdfminer-six": "MIT",
    "pypdfium2": "Apache-2.0 OR BSD-3-Clause",
    "python-docx": "MIT",
    "odfpy": "Apache-2.0 OR GPL-2.0-or-later OR LGPL-2.1-or-later",
    "striprtf": "BSD-3-Clause",
    "python-stdnum": "LGPL-2.1-or-later",
    "phonenumberslite": "Apache-2.0",
    "pyzipper": "MIT",
    "olefile": "BSD-2-Clause",
    "extract-msg": "GPL-3.0-only",
    "msoffcrypto-tool": "MIT",
    "rapidocr-onnxruntime": "Apache-2.0",
    "onnxruntime": "MIT",
    "opencv-python": "Apache-2.0",
    "pillow": "MIT-CMU",
    "numpy": "BSD-3-Clause",
}

# Native libraries bundled inside a dependency's wheel: (name, licence, the dependency).
BUNDLED = (
    ("Qt", "LGPL-3.0-only", "pyside6-essentials"),
    ("SQLCipher (community edition)", "BSD-3-Clause", "sqlcipher3"),
    ("PDFium", "Apache-2.0 AND BSD-3-Clause", "pypdfium2"),
    ("PP-OCR models (PaddleOCR)", "Apache-2.0", "rapidocr-onnxruntime"),
    ("OpenCV", "Apache-2.0", "opencv-python"),
)

_CLASSIFIERS = {
    "MIT License": "MIT",
    "BSD License": "BSD",
    "Apache Software License": "Apache-2.0",
    "GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0",
    "GNU Lesser General Public License v2 or later (LGPLv2+)": "LGPL-2.0-or-later",
    "GNU Library or Lesser General Public License (LGPL)": "LGPL",
    "GNU General Public License (GPL)": "GPL",
    "GNU General Public License v3 (GPLv3)": "GPL-3.0",
    "zlib/libpng License": "Zlib",
    "Python Software Foundation License": "PSF-2.0",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "ISC License (ISCL)": "ISC",
}


@dataclass(frozen=True)
class Component:
    name: str
    version: str  # "" when not installed (a bundled library has its dependency's version)
    licence: str
    part_of: str = ""  # for a bundled library: the dependency that ships it


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    """``"SQLAlchemy<3,>=2.0"`` → ``"SQLAlchemy"``."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    return match.group(1) if match else requirement.strip()


def runtime_requirements(distribution: str = DISTRIBUTION) -> list[str]:
    """The names of ``distribution``'s runtime dependencies (no extras such as ``test``)."""
    try:
        requirements = metadata.requires(distribution) or []
    except metadata.PackageNotFoundError:
        return []
    runtime = [r for r in requirements if ";" not in r or "extra" not in r.split(";", 1)[1]]
    return [requirement_name(r) for r in runtime]


class Metadata(Protocol):
    """What is read of a distribution's metadata: an ``email.message.Message`` at run time
    (``importlib.metadata`` only promises ``get_all`` in its ``PackageMetadata`` type)."""

    def get(self, name: str, failobj: None = None) -> str | None: ...

    def get_all(self, name: str, failobj: None = None) -> list[str] | None: ...


def declared_licence(meta: Metadata) -> str:
    """The licence ``meta`` declares, or "" when it says nothing usable."""
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= 80 and field.upper() not in ("UNKNOWN", "NONE"):
        return field
    found = []
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License :: "):
            label = classifier.split(" :: ")[-1]
            found.append(_CLASSIFIERS.get(label, label))
    return " OR ".join(dict.fromkeys(found))


def licence_of(name: str) -> tuple[str, str]:
    """(version, licence) of an installed distribution; the licence falls back to ``KNOWN``."""
    try:
        meta = cast(Metadata, metadata.metadata(name))  # a Message, which has get() (see Metadata)
    except metadata.PackageNotFoundError:
        return "", KNOWN.get(normalise(name), "")
    known = KNOWN.get(normalise(name), "")
    expression = (meta.get("License-Expression") or "").strip()
    # An SPDX expression is exact; a free-text License field or a classifier often is not
    # ("BSD", "LGPL"), so the table wins over those when it knows the package.
    licence = expression or known or declared_licence(meta)
    return meta.get("Version") or "", licence


def components(distribution: str = DISTRIBUTION) -> list[Component]:
    """Every runtime dependency with its licence, then the libraries bundled inside them."""
    listed = []
    names = runtime_requirements(distribution)
    for name in names:
        version, licence = licence_of(name)
        listed.append(Component(name, version, licence))
    present = {normalise(name): name for name in names}
    for name, licence, parent in BUNDLED:
        if parent in present:
            listed.append(Component(name, "", licence, part_of=present[parent]))
    return listed
