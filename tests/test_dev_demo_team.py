"""``python3 dev.py demo --team`` (``recruitdesk --demo --team``): the demo on a throwaway team vault.

For real: a PostgreSQL server started in a temporary folder, the demo's candidates copied into a new
team on it (as ciphertext), the window's smoke test on that team, and afterwards no server process
and no temporary folder left. Without server programs: a sentence saying how to get them, no traceback.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from recruitdesk import cli, errors
from recruitdesk.demo import DEMO_COUNT
from recruitdesk.services.team_demo import start_team_demo, stop_team_demo
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.team import local_server
from tests.support import postgres

ROOT = Path(__file__).resolve().parents[1]


def require_server_programs() -> None:
    if local_server.find_bin_folder() is None:
        postgres.require_or_skip("PostgreSQL's server programs are not installed")


def processes_mentioning(text: str) -> list[str]:
    """Command lines of running processes that name ``text`` (a server started in a folder names it)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if text in command:
            found.append(command)
    return found


@pytest.fixture
def own_temp(monkeypatch):
    """A temporary folder for every temporary folder the demo makes (readable by the server's account when run as root)."""
    folder = Path(tempfile.mkdtemp(prefix="team-demo-test-"))
    folder.chmod(0o755)
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_the_demo_team_holds_the_demo_candidates_as_ciphertext_and_leaves_nothing_behind(clock, own_temp):
    require_server_programs()
    demo = start_team_demo(clock)
    try:
        pid = demo.server.postmaster_pid()
        assert pid is not None and local_server.is_running(pid)
        assert demo.candidates == DEMO_COUNT
        desk = TeamDesk.open(demo.team_folder, demo.keychain, clock)
        try:
            rows = desk.rows()
        finally:
            desk.close()
        assert len(rows) == DEMO_COUNT and all(row.full_name and row.email for row in rows)
        dump = demo.server.run("pg_dump", "--host", str(demo.server.socket_folder), "--port", str(demo.server.port),
                               "--username", local_server.USER, local_server.DATABASE).stdout
        assert b"CREATE TABLE" in dump  # a real dump of the team's database ...
        for row in rows:  # ... in which no name or e-mail is readable
            assert row.full_name.encode() not in dump and row.email.encode() not in dump
        # The local demo vault it was copied from is gone already; only the server's and the team's folders remain.
        assert sorted(path.name.split("-")[1] for path in own_temp.iterdir()) == ["pg", "team"]
    finally:
        stop_team_demo(demo)
    assert not local_server.is_running(pid)
    assert list(own_temp.iterdir()) == []


def test_the_smoke_test_opens_the_team_and_stops_the_server_afterwards(own_temp):
    require_server_programs()
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), TMPDIR=str(own_temp))
    result = subprocess.run([sys.executable, "-m", "recruitdesk", "--demo", "--team", "--smoke-test", "--lang", "en"],
                            capture_output=True, text=True, timeout=300, env=environment, cwd=own_temp, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"RecruitDesk window ready: {DEMO_COUNT} candidates" in result.stdout
    assert f"Team vault ready (demo candidates: {DEMO_COUNT})" in result.stderr
    assert "Traceback" not in result.stderr
    assert processes_mentioning(str(own_temp)) == []
    assert list(own_temp.iterdir()) == []


def test_without_server_programs_the_app_says_how_to_get_them(monkeypatch, capsys, own_temp):
    monkeypatch.setattr(local_server, "find_bin_folder", lambda: None)
    code = cli.main(["--demo", "--team", "--smoke-test"])
    err = capsys.readouterr().err
    assert code != 0
    assert errors.TeamDemoNeedsPostgres().message() in err
    assert "sudo apt-get install postgresql" in err and "brew install postgresql" in err and "pip install pgserver" in err
    assert "Traceback" not in err
    assert list(own_temp.iterdir()) == []


def test_team_without_demo_is_refused(capsys):
    assert cli.main(["--team"]) == 2
    assert "--demo --team" in capsys.readouterr().err


def load_dev():
    spec = importlib.util.spec_from_file_location("dev_under_test", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_py_demo_team_without_server_programs_says_how_to_get_them(monkeypatch, capsys):
    dev = load_dev()
    monkeypatch.setattr(dev, "prepare", lambda extras: None)
    monkeypatch.setattr(dev, "server_programs_found", lambda: False)
    asked: list = []
    monkeypatch.setattr(dev, "install_system_packages", asked.append)  # not root, or not Debian: nothing installed
    started = []
    monkeypatch.setattr(dev.os, "execv", lambda *command: started.append(command))
    with pytest.raises(SystemExit) as exit_info:
        dev.demo(["--team", "--smoke-test"])
    assert exit_info.value.code != 0 and asked == [["postgresql"]]
    err = capsys.readouterr().err
    assert "sudo apt-get install postgresql" in err and "brew install postgresql" in err and "pip install pgserver" in err
    assert "Traceback" not in err and started == []


def test_dev_py_demo_team_installs_postgresql_where_dev_py_test_installs_packages(monkeypatch):
    """On Debian/Ubuntu as root, ``demo --team`` gets the server programs as ``test`` gets its packages."""
    dev = load_dev()
    monkeypatch.setattr(dev, "prepare", lambda extras: None)
    found = iter([False, True])  # missing, then there once installed
    monkeypatch.setattr(dev, "server_programs_found", lambda: next(found))
    monkeypatch.setattr(dev.platform, "system", lambda: "Linux")
    monkeypatch.setattr(dev.shutil, "which", lambda name, path=None: f"/usr/bin/{name}")
    monkeypatch.setattr(dev.os, "geteuid", lambda: 0, raising=False)
    monkeypatch.setattr(dev, "is_installed", lambda package: False)
    monkeypatch.setattr(dev, "IS_WINDOWS", False)
    ran, started = [], []
    monkeypatch.setattr(dev, "run_or_fail", lambda command, what, **kwargs: ran.append(command))
    monkeypatch.setattr(dev.os, "execv", lambda path, command: started.append(command))
    dev.demo(["--team", "--smoke-test"])
    assert ran[-1][:2] == ["apt-get", "install"] and ran[-1][-1:] == ["postgresql"]  # only the server, not the test packages
    assert started and started[0][-3:] == ["--demo", "--team", "--smoke-test"]


def test_dev_py_demo_team_passes_team_on_to_the_app(monkeypatch):
    dev = load_dev()
    monkeypatch.setattr(dev, "prepare", lambda extras: None)
    monkeypatch.setattr(dev, "server_programs_found", lambda: True)
    monkeypatch.setattr(dev, "IS_WINDOWS", False)
    started = []
    monkeypatch.setattr(dev.os, "execv", lambda path, command: started.append(command))
    dev.demo(["--team", "--smoke-test"])
    assert started and started[0][-3:] == ["--demo", "--team", "--smoke-test"]


def test_dev_py_finds_the_server_programs_as_the_app_does(monkeypatch):
    """dev.py asks the project's Python (here: this one) with the package's own search."""
    dev = load_dev()
    monkeypatch.setattr(dev, "venv_python", lambda: Path(sys.executable))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    assert dev.server_programs_found() == (local_server.find_bin_folder() is not None)


def test_ctrl_c_while_the_team_is_made_leaves_no_server_and_no_folder(clock, own_temp, monkeypatch):
    require_server_programs()
    from recruitdesk.services import team_demo

    def interrupted(*_args, **_kwargs):
        assert processes_mentioning(str(own_temp)), "the server runs while the team is made"
        raise KeyboardInterrupt

    monkeypatch.setattr(team_demo, "migrate_to_team", interrupted)
    with pytest.raises(KeyboardInterrupt):
        start_team_demo(clock)
    assert processes_mentioning(str(own_temp)) == []
    assert list(own_temp.iterdir()) == []


def test_ctrl_c_while_the_demo_vault_is_seeded_leaves_no_folder(clock, own_temp, monkeypatch):
    from recruitdesk import demo

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(demo, "seed_demo", interrupted)
    with pytest.raises(KeyboardInterrupt):
        demo.DemoVault(clock)
    assert list(own_temp.iterdir()) == []
