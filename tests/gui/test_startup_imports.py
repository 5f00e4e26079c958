"""Start-up imports only what the first paint needs: the rest loads when first used.

At 100,000 candidates the window must be usable within 1.5 s of the process starting; the
import machinery (PDF rendering, text extraction, identity masks), Alembic and the phone-number
tables cost 0.3-0.5 s of CPU to import and are needed only for an import, a blind review, a
schema migration or a phone number. That they still load when used is shown by those features'
own tests (test_import_wiring, test_import_drop, test_blind_review_dialog, test_migrations).
"""

from __future__ import annotations

import json
import subprocess
import sys

DEFERRED = (
    "alembic", "mako", "pypdfium2", "phonenumbers", "stdnum", "numpy", "openpyxl", "docx", "pdfminer", "PIL",
    "recruitdesk.services.importing", "recruitdesk.services.import_review", "recruitdesk.gui.importing.dialog",
    "recruitdesk.gui.blind_review.dialog", "recruitdesk.importing.redaction",
)


def test_the_window_modules_import_none_of_the_deferred_machinery():
    script = (
        "import json, sys\n"
        "import recruitdesk.cli, recruitdesk.gui.shell.app\n"
        f"print(json.dumps(sorted(name for name in {DEFERRED!r} if name in sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True,
                            env={"QT_QPA_PLATFORM": "offscreen", **_environment()})
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def _environment() -> dict[str, str]:
    import os

    return {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
