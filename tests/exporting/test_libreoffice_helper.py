"""The LibreOffice check may skip on a developer's machine, never in CI."""

from __future__ import annotations

import pytest

from tests.exporting import libreoffice


def test_missing_soffice_fails_in_ci(monkeypatch):
    monkeypatch.setattr(libreoffice.shutil, "which", lambda name: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="required in CI"):
        libreoffice.soffice()


def test_missing_soffice_skips_elsewhere(monkeypatch):
    monkeypatch.setattr(libreoffice.shutil, "which", lambda name: None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="libreoffice-calc-nogui"):
        libreoffice.soffice()
