"""run_gui as the CLI calls it: --demo, an existing vault, the smoke test, errors and language."""

from __future__ import annotations

import argparse
import sys

import pytest
from PySide6.QtWidgets import QApplication

from recruitdesk import errors, i18n
from recruitdesk.gui.shell.app import SMOKE_TEST_LINE, run_gui
from recruitdesk.gui.shell.error_reporting import install_excepthook, user_message
from recruitdesk.gui.shell.translation import install_language, remove_translators


def arguments(**values) -> argparse.Namespace:
    defaults = dict(vault=None, recovery_key_file=None, lang=None, demo=False, smoke_test=True)
    defaults.update(values)
    return argparse.Namespace(**defaults)


@pytest.fixture
def closed_vault(new_vault):
    vault, key = new_vault
    vault.close()
    return vault, key


def test_demo_smoke_test_reports_fifty_candidates(qapp, clock, capsys):
    assert run_gui(arguments(demo=True), clock=clock) == 0
    out = capsys.readouterr().out
    assert out.strip().splitlines() == [SMOKE_TEST_LINE.format(count=50)]
    assert QApplication.applicationName() == "RecruitDesk"


def test_existing_vault_unlocks_from_the_keychain(qapp, clock, closed_vault, vault_folder, keychain_factory, capsys):
    code = run_gui(arguments(vault=str(vault_folder)), clock=clock, keychain_factory=keychain_factory)
    assert code == 0
    assert capsys.readouterr().out.strip() == SMOKE_TEST_LINE.format(count=0)


def test_an_existing_vault_is_unlocked_and_listed_ahead_of_the_window(qapp, clock, new_vault, vault_folder, keychain_factory,
                                                                      monkeypatch, capsys):
    """The head start: the unlock and the list load run while the window's modules import;
    the window shows that list instead of loading it again, and the vault is closed at the end."""
    from recruitdesk.gui.shell import main_window
    from recruitdesk.services import head_start
    from recruitdesk.services.candidates import add_candidate

    vault, _key = new_vault
    add_candidate(vault, "An Maes")
    vault.close()
    started = []
    original = head_start.HeadStart.__init__
    monkeypatch.setattr(head_start.HeadStart, "__init__", lambda self, *args: started.append(args) or original(self, *args))
    monkeypatch.setattr(main_window, "candidate_rows", lambda _vault: pytest.fail("the window loaded the list again"))
    assert run_gui(arguments(vault=str(vault_folder)), clock=clock, keychain_factory=keychain_factory) == 0
    assert capsys.readouterr().out.strip() == SMOKE_TEST_LINE.format(count=1)
    assert len(started) == 1
    reopened = head_start.unlock_vault(vault_folder, clock, None, keychain_factory)  # nothing kept it open
    reopened.close()


def test_recovery_key_from_the_environment_unlocks_a_new_machine(qapp, clock, closed_vault, vault_folder, keychain, keychain_factory, monkeypatch, capsys):
    vault, key = closed_vault
    keychain.delete_device_key(vault.vault_id)
    monkeypatch.setenv("RECRUITDESK_RECOVERY_KEY", key)
    assert run_gui(arguments(vault=str(vault_folder)), clock=clock, keychain_factory=keychain_factory) == 0
    assert "window ready" in capsys.readouterr().out
    assert keychain.load_device_key(vault.vault_id) is not None


def test_recovery_key_file_unlocks_even_without_a_usable_keychain(qapp, clock, closed_vault, vault_folder, tmp_path, capsys):
    _vault, key = closed_vault
    key_file = tmp_path / "key.txt"
    key_file.write_text(f"RecruitDesk recovery kit\n\n    {key}\n", encoding="utf-8")

    def unsafe():
        raise errors.KeychainUnsafe(backend="keyring.backends.null.Keyring")

    assert run_gui(arguments(vault=str(vault_folder), recovery_key_file=str(key_file)), clock=clock, keychain_factory=unsafe) == 0
    assert "window ready" in capsys.readouterr().out


def test_smoke_test_without_a_key_says_why_and_fails(qapp, clock, closed_vault, vault_folder, keychain, keychain_factory, capsys):
    vault, _key = closed_vault
    keychain.delete_device_key(vault.vault_id)
    code = run_gui(arguments(vault=str(vault_folder)), clock=clock, keychain_factory=keychain_factory)
    captured = capsys.readouterr()
    assert code == errors.RecoveryKeyRequired.exit_code
    assert captured.out == ""
    assert errors.RecoveryKeyRequired().message() in captured.err
    assert "Traceback" not in captured.err


def test_smoke_test_without_a_vault_says_so(qapp, clock, tmp_path, capsys):
    folder = tmp_path / "nothing-here"
    code = run_gui(arguments(vault=str(folder)), clock=clock)
    assert code == 2
    assert errors.VaultNotFound(folder=str(folder)).message() in capsys.readouterr().err
    assert not folder.exists()


def test_a_vault_in_use_is_reported_not_asked_for_a_key(qapp, clock, new_vault, vault_folder, keychain_factory, capsys, monkeypatch):
    from recruitdesk.vault import lock

    def busy(_fd):
        raise OSError("locked elsewhere")

    monkeypatch.setattr(lock, "_lock", busy)
    code = run_gui(arguments(vault=str(vault_folder)), clock=clock, keychain_factory=keychain_factory)
    assert code == errors.VaultInUse.exit_code
    assert errors.VaultInUse().message() in capsys.readouterr().err


def test_language_switches_the_core_and_the_default_locale(qapp):
    language, translators = install_language(qapp, "nl")
    try:
        assert language == "nl" and i18n.current_language() == "nl"
        from PySide6.QtCore import QLocale

        assert QLocale().language() == QLocale.Language.Dutch
        assert "herstelsleutel" in errors.WrongRecoveryKey().message()
    finally:
        remove_translators(qapp, translators)
        i18n.set_language("en")


def test_a_missing_catalog_means_english_without_error(qapp, monkeypatch):
    from recruitdesk.gui.shell import translation

    monkeypatch.setattr(translation, "_app_translator", lambda language: None)
    language, translators = install_language(qapp, "fr")
    remove_translators(qapp, translators)
    assert language == "fr"
    assert install_language(qapp, "xx")[0] == "en"


def test_unexpected_errors_become_a_generic_sentence_and_never_show_their_text():
    secret = "Sofie Peeters"
    message = user_message(ValueError(secret))
    assert secret not in message
    assert "unexpected error" in message
    assert user_message(errors.WrongRecoveryKey()) == errors.WrongRecoveryKey().message()


def test_the_excepthook_reports_instead_of_printing_a_traceback(capsys):
    reported = []
    previous = install_excepthook(reported.append)
    try:
        error = RuntimeError("boom")
        sys.excepthook(RuntimeError, error, None)
    finally:
        sys.excepthook = previous
    assert reported == [error]
    assert "Traceback" not in capsys.readouterr().err


def test_smoke_test_with_a_wrong_recovery_key_reports_it(qapp, clock, closed_vault, vault_folder, keychain, keychain_factory, monkeypatch, capsys):
    from recruitdesk.vault import recovery_key as recovery_keys

    vault, _key = closed_vault
    keychain.delete_device_key(vault.vault_id)
    monkeypatch.setenv("RECRUITDESK_RECOVERY_KEY", recovery_keys.generate()[1])
    code = run_gui(arguments(vault=str(vault_folder)), clock=clock, keychain_factory=keychain_factory)
    assert code == errors.WrongRecoveryKey.exit_code
    assert errors.WrongRecoveryKey().message() in capsys.readouterr().err


def test_sigterm_quits_through_the_normal_path_and_deletes_the_demo(tmp_path):
    """A real process: SIGTERM must close the vault and remove the demo folder, not just die."""
    import os
    import signal
    import subprocess

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    script = (
        "import argparse, os, signal, sys\n"
        "from recruitdesk.gui.shell import app, controller\n"
        "original = controller.AppController.__init__\n"
        "def init(self, *args, **kwargs):\n"
        "    original(self, *args, **kwargs)\n"
        "    self.ready.connect(lambda count: os.kill(os.getpid(), signal.SIGTERM))\n"
        "controller.AppController.__init__ = init\n"
        "args = argparse.Namespace(vault=None, recovery_key_file=None, lang='en', demo=True, smoke_test=False)\n"
        "sys.exit(app.run_gui(args))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 128 + signal.SIGTERM, result.stderr
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.glob("recruitdesk-demo-*")), "the demo vault folder was left behind"


def test_the_dutch_catalog_translates_the_window(qapp):
    from PySide6.QtCore import QCoreApplication

    _language, translators = install_language(qapp, "nl")  # the caller may drop the list
    try:
        assert translators, "recruitdesk_nl.qm (and Qt's own catalog) should be installed"
        del translators
        import gc

        gc.collect()
        dutch = QCoreApplication.translate("UnlockDialog", "Your vault is locked")
        assert dutch != "Your vault is locked"
    finally:
        from recruitdesk.gui.shell import translation

        remove_translators(qapp, list(translation._installed))
        i18n.set_language("en")
    assert QCoreApplication.translate("UnlockDialog", "Your vault is locked") == "Your vault is locked"


def test_the_application_icon_is_packaged(qapp):
    from recruitdesk.gui.shell.app import application_icon

    icon = application_icon()
    assert not icon.isNull() and icon.availableSizes()[0].width() == 256
