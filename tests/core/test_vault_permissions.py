"""A vault repairs its own -wal/-shm permissions at open; a really read-only folder is still refused (issue 20, bullet 3)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from recruitdesk.services.vault_access import create_vault
from recruitdesk.vault.keychain import MemoryKeychain
from tests.core.test_vault_failures import _run_cli_on_read_only_folder

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
ROOT = Path(__file__).resolve().parents[2]
UNPRIVILEGED = 65534  # nobody: root ignores permission bits, so the reopen runs as this user


def _leave_read_only_leftovers(folder: Path) -> None:
    """What SQLite leaves after the database was opened read-only once: -wal and -shm at 0400."""
    (folder / "vault.db-wal").write_bytes(b"")
    (folder / "vault.db-shm").write_bytes(bytes(32768))
    for name in ("vault.db-wal", "vault.db-shm"):
        os.chmod(folder / name, 0o400)


def _run_cli_as_owner(folder: Path, home: Path, recovery_key: str, args: list[str],
                      python_path: str = str(ROOT)) -> subprocess.CompletedProcess:
    """The real CLI, as an ordinary user who owns the vault (as root: the 'nobody' account)."""
    environment = dict(os.environ, RECRUITDESK_LANG="en", PYTHONPATH=python_path, RECRUITDESK_RECOVERY_KEY=recovery_key,
                       XDG_DATA_HOME=str(home), XDG_CONFIG_HOME=str(home), XDG_STATE_HOME=str(home), HOME=str(home))
    code = (
        "import sys\nfrom recruitdesk import cli\nfrom recruitdesk.vault.keychain import MemoryKeychain\n"
        f"sys.exit(cli.main({args!r}, keychain=MemoryKeychain()))\n"
    )
    command = [sys.executable, "-c", code]
    if os.geteuid() == 0:
        for path in [home, folder, *folder.rglob("*")]:
            os.chown(path, UNPRIVILEGED, UNPRIVILEGED, follow_symlinks=False)
        command = ["setpriv", f"--reuid={UNPRIVILEGED}", f"--regid={UNPRIVILEGED}", "--clear-groups"] + command
    return subprocess.run(command, capture_output=True, text=True, env=environment, cwd=home, timeout=120)


@pytest.fixture
def shared_tmp():
    """A folder an unprivileged user can reach (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="recruitdesk-perm-"))
    os.chmod(folder, 0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_leftover_read_only_shm_is_repaired_and_the_vault_opens(shared_tmp, clock):
    folder, home = shared_tmp / "vault", shared_tmp / "home"
    home.mkdir()
    vault, recovery_key = create_vault(folder, MemoryKeychain(), clock)
    vault.close()
    _leave_read_only_leftovers(folder)
    result = _run_cli_as_owner(folder, home, recovery_key, ["vault", "info", "--vault", str(folder)])
    assert result.returncode == 0, result.stderr
    assert "not writable" not in result.stderr
    for name in ("vault.db", "vault.db-wal", "vault.db-shm"):
        path = folder / name
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, name


def test_without_the_repair_that_folder_would_be_refused(shared_tmp, clock):
    """Proves the test above tests something: the same leftovers, repair disabled, fail to open."""
    folder, home = shared_tmp / "vault", shared_tmp / "home"
    home.mkdir()
    vault, recovery_key = create_vault(folder, MemoryKeychain(), clock)
    vault.close()
    _leave_read_only_leftovers(folder)
    no_repair = shared_tmp / "no-repair"
    no_repair.mkdir(mode=0o755)
    (no_repair / "sitecustomize.py").write_text(
        "from recruitdesk.vault import files\nfiles.repair_database_permissions = lambda path: None\n")
    os.chmod(no_repair / "sitecustomize.py", 0o644)
    result = _run_cli_as_owner(folder, home, recovery_key, ["vault", "info", "--vault", str(folder)],
                               python_path=os.pathsep.join((str(no_repair), str(ROOT))))
    assert result.returncode == 2
    assert f"The vault folder {folder} is not writable" in result.stderr


def test_a_read_only_folder_with_such_leftovers_still_gets_the_clear_message(tmp_path, clock):
    folder = tmp_path / "vault"
    vault, _ = create_vault(folder, MemoryKeychain(), clock)
    vault.close()
    _leave_read_only_leftovers(folder)
    result = _run_cli_on_read_only_folder(folder, ["vault", "info", "--vault", str(folder)])
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() == f"The vault folder {folder} is not writable. Choose another folder or fix its permissions."
    assert stat.S_IMODE((folder / "vault.db-shm").stat().st_mode) == 0o400  # nothing changed in a read-only folder
