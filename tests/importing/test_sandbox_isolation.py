"""The extraction worker cannot be turned against the recruiter (issue 20, bullet 1; issue 14, item 4)."""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from recruitdesk.importing import failures, winjob
from recruitdesk.importing.limits import MB, Limits
from recruitdesk.importing.sandbox import Sandbox, worker_command
from recruitdesk.services.vault_access import create_vault
from tests.importing import make_files

ROOT = Path(__file__).resolve().parents[2]
HIJACK = """import os, pathlib
pathlib.Path({marker!r}).write_text("hijacked by pid %d" % os.getpid())
"""


def _hijack_folder(folder: Path, marker: Path) -> None:
    """A folder of CVs that also holds a ``recruitdesk`` package writing ``marker`` when imported."""
    package = folder / "recruitdesk"
    (package / "importing").mkdir(parents=True)
    for module in (package / "__init__.py", package / "importing" / "__init__.py", package / "importing" / "worker.py",
                   package / "__main__.py"):
        module.write_text(HIJACK.format(marker=str(marker)), encoding="utf-8")
    (folder / "cv.txt").write_text("\n".join(make_files.dutch_cv_lines()), encoding="utf-8")


def _cli_command() -> list[str]:
    """The installed ``recruitdesk`` command as a user runs it (never ``python -m`` from the folder)."""
    script = Path(sys.executable).parent / ("recruitdesk.exe" if sys.platform == "win32" else "recruitdesk")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-P", "-m", "recruitdesk"]  # -P: the current folder is not on sys.path


def test_a_recruitdesk_package_in_the_imported_folder_never_runs(tmp_path, keychain, clock):
    vault, recovery_key = create_vault(tmp_path / "vault", keychain, clock)
    vault.close()
    attack = tmp_path / "attack"
    marker = tmp_path / "marker.txt"
    _hijack_folder(attack, marker)
    environment = dict(os.environ, RECRUITDESK_RECOVERY_KEY=recovery_key, RECRUITDESK_LANG="en",
                       PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", PYTHONPATH=str(ROOT))
    run = subprocess.run(_cli_command() + ["--vault", str(tmp_path / "vault"), "import", "--json", "cv.txt"],
                         cwd=attack, env=environment, capture_output=True, text=True, timeout=180)
    assert not marker.exists(), marker.read_text()
    assert run.returncode == 0, run.stderr
    [row] = [json.loads(line) for line in run.stdout.splitlines()]
    assert row["status"] == "imported" and row["name"] == "Griet Van den Broeck"  # the worker did run


def test_the_sandbox_ignores_a_hijack_package_in_the_current_folder(tmp_path, monkeypatch):
    attack = tmp_path / "attack"
    marker = tmp_path / "marker.txt"
    _hijack_folder(attack, marker)
    monkeypatch.chdir(attack)
    monkeypatch.setenv("PYTHONPATH", str(attack))  # ignored too: isolated mode
    monkeypatch.setenv("PYTHONSTARTUP", str(attack / "recruitdesk" / "__init__.py"))
    with Sandbox() as worker:
        assert "Griet Van den Broeck" in worker.extract(attack / "cv.txt").text
    assert not marker.exists()


def test_the_worker_command_is_isolated_mode():
    command = worker_command("{}")
    assert command[0] == sys.executable and "-I" in command[:3]
    assert "-m" not in command[:4]  # from source: -c with the app's own package folder first
    import recruitdesk

    assert Path(command[5]) == Path(recruitdesk.__file__).resolve().parents[1]


def test_the_frozen_bundle_starts_the_worker_isolated(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/RecruitDesk/recruitdesk")
    assert worker_command('{"x": 1}') == ["/opt/RecruitDesk/recruitdesk", "-I", "-B", "-m", "recruitdesk.importing.worker", '{"x": 1}']
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import recruitdesk_main
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    # The bundle's entry point turns exactly that into "run the bundled worker module".
    assert recruitdesk_main._module_request(worker_command('{"x": 1}')[1:]) == ("recruitdesk.importing.worker", ['{"x": 1}'])


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads the worker's state from /proc (Linux)")
def test_the_running_worker_has_an_empty_private_folder_a_bare_environment_and_its_limits(tmp_path, monkeypatch):
    monkeypatch.setenv("RECRUITDESK_RECOVERY_KEY", "AAAA-BBBB")
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example")
    leaked_read, leaked_write = os.pipe()
    os.set_inheritable(leaked_write, True)  # an inheritable descriptor of the app
    try:
        with Sandbox(Limits(memory_bytes=900 * MB)) as worker:
            worker.extract(make_files.write_pdf(tmp_path / "cv.pdf", ["Jan Peeters"]))
            pid = worker._process.pid
            folder = Path(os.readlink(f"/proc/{pid}/cwd"))
            environment = dict(item.split("=", 1) for item in Path(f"/proc/{pid}/environ").read_text().split("\0") if item)
            limits = Path(f"/proc/{pid}/limits").read_text()
            descriptors = {os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")}
            assert folder != Path.cwd() and folder.name.startswith("recruitdesk-worker-") and list(folder.iterdir()) == []
            assert folder.stat().st_mode & 0o077 == 0
            assert set(environment) <= {"LANG", "LC_ALL", "LC_CTYPE", "TMPDIR", "TEMP", "TMP", "HOME"}
            assert environment["TMPDIR"] == str(folder)
            address_space = next(line for line in limits.splitlines() if line.startswith("Max address space"))
            assert str(900 * MB) in address_space
            core = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
            assert core.split()[4] == "0"
            assert f"pipe:[{os.fstat(leaked_write).st_ino}]" not in descriptors
        assert not folder.exists()  # removed with the sandbox
    finally:
        os.close(leaked_read)
        os.close(leaked_write)


def test_windows_job_limits_match_the_documented_layout():
    """Checked on every platform, so a typo in the ctypes layout cannot wait for a Windows run."""
    info = winjob.limit_information(256 * MB)
    flags = info.BasicLimitInformation.LimitFlags
    assert flags & winjob.JOB_OBJECT_LIMIT_PROCESS_MEMORY and flags & winjob.JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
    assert flags & winjob.JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION
    assert info.ProcessMemoryLimit == 256 * MB and info.JobMemoryLimit == 0
    if ctypes.sizeof(ctypes.c_void_p) == 8:  # Win64: 64-byte basic block, 48 bytes of I/O counters, four SIZE_Ts
        assert ctypes.sizeof(winjob.BasicLimitInformation) == 64
        assert ctypes.sizeof(winjob.ExtendedLimitInformation) == 144
        assert winjob.ExtendedLimitInformation.ProcessMemoryLimit.offset == 112


@pytest.mark.skipif(sys.platform != "win32", reason="the job object exists on Windows; run by the Windows CI job")
def test_windows_job_object_caps_the_worker_memory(tmp_path):  # pragma: no cover - Windows
    path = make_files.write_pdf(tmp_path / "cv.pdf", ["Jan Peeters"])
    with Sandbox(Limits(memory_bytes=40 * MB, timeout_seconds=60)) as worker:
        with pytest.raises((failures.ExtractionOutOfMemory, failures.ExtractionCrashed)):
            worker.extract(path)
    with Sandbox() as worker:
        assert "Jan Peeters" in worker.extract(path).text
