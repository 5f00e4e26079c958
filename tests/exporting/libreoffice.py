"""LibreOffice headless as a real spreadsheet client for the export tests.

In CI (``CI`` set) a missing ``soffice`` fails the test: the check must really run there.
Elsewhere it skips with the command that installs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

# Comma-separated, double quotes, UTF-8 (76), from line 1, cells as shown, every sheet (-1).
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("LibreOffice (soffice) is required in CI: apt-get install libreoffice-calc-nogui")
    pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc-nogui, or run dev.py)")


def convert_to_csv(workbook: Path, out: Path) -> dict[str, str]:
    """Every sheet of ``workbook`` as CSV text, by sheet name."""
    out.mkdir(parents=True, exist_ok=True)
    profile = out / "lo-profile"
    result = subprocess.run(
        [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", CSV_ALL_SHEETS,
         "--outdir", str(out), str(workbook)],
        capture_output=True, text=True, timeout=180,
    )
    assert result.returncode == 0, result.stderr
    prefix = workbook.stem + "-"
    sheets = {path.stem[len(prefix):]: path.read_text("utf-8") for path in out.glob(f"{prefix}*.csv")}
    assert sheets, f"LibreOffice wrote no CSV: {result.stdout} {result.stderr}"
    return sheets
