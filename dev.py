#!/usr/bin/env python3
"""Set up and run RecruitDesk for development, on a fresh machine with Python 3.11 or newer.

    python3 dev.py demo [ARGS...]   create .venv if needed, install RecruitDesk into it, and start
                                    the app on a throwaway demo vault (ARGS go to `recruitdesk`)
    python3 dev.py demo --team [ARGS...]
                                    the same on a throwaway team vault: a PostgreSQL server of its
                                    own is started in a temporary folder, and stopped when the app ends
                                    (on Debian/Ubuntu as root it installs PostgreSQL first, if missing)
    python3 dev.py test [ARGS...]   install what the tests need (on Debian/Ubuntu also the system
                                    packages, as root or with sudo), check the generated files, run
                                    ruff and mypy (pyproject.toml), and run the whole test suite
                                    (ARGS go to pytest); without ARGS it then
                                    builds the PyInstaller bundle and smoke-tests it
                                    (packaging/build_and_smoke_test.py)
    python3 dev.py bench [ARGS...]  run the benchmarks on synthetic vaults and write BENCHMARKS.md
                                    (ARGS go to tests/benchmarks/run_benchmarks.py, e.g. --sizes 1000;
                                    --keep DIR builds the vaults once and reuses them in later runs)

Only the standard library is used here, so this file works before anything is installed.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".recruitdesk-install.json"
IS_WINDOWS = os.name == "nt"

# Debian/Ubuntu packages the tests need: the Secret Service (a real keychain for the integration
# tests), a private D-Bus session for it, and the libraries Qt's offscreen and xcb platforms load.
APT_PACKAGES = [
    "gnome-keyring", "dbus", "dbus-x11", "xvfb",
    "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0", "libxcb-cursor0",
    "libegl1", "libgl1", "libfontconfig1", "libglib2.0-0", "libdbus-1-3",
    "libxcb-image0", "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0",
    "libxcb-xinerama0", "libxcb-xkb1", "libxkbcommon0", "fonts-dejavu-core",
    "libreoffice-calc-nogui", "libreoffice-writer-nogui",
    # OCR: Tesseract with Dutch, French and English data is used where installed (the tests
    # cover it and the RapidOCR fallback, see recruitdesk/importing/extract/ocr.py).
    "tesseract-ocr", "tesseract-ocr-nld", "tesseract-ocr-fra", "tesseract-ocr-eng",
    # The team vault's tests start a throwaway PostgreSQL cluster (initdb + pg_ctl, pg_dump); one
    # speaks French (a locale compiled by localedef from the 'locales' sources) to check its words.
    "postgresql", "locales",
]
SERVER_PACKAGES = ["postgresql"]  # what `demo --team` installs the same way: its throwaway server's initdb and pg_ctl


# --- output ----------------------------------------------------------------------------------
def step(message: str) -> None:
    print(f"==> {message}", flush=True)


def fail(message: str, code: int = 1) -> None:
    print(f"dev.py: {message}", file=sys.stderr, flush=True)
    sys.exit(code)


def run(command: list[str], **kwargs) -> int:
    print("    $ " + " ".join(str(part) for part in command), flush=True)
    return subprocess.run([str(part) for part in command], **kwargs).returncode


def run_or_fail(command: list[str], what: str, **kwargs) -> None:
    if run(command, **kwargs) != 0:
        fail(f"{what} failed (see the output above).")


# --- system packages (Debian/Ubuntu) ---------------------------------------------------------
def is_installed(package: str) -> bool:
    """dpkg knows the package, or its 64-bit-time rename (libglib2.0-0 -> libglib2.0-0t64)."""
    for name in (package, package + "t64"):
        result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True)
        if result.returncode == 0 and result.stdout.strip().endswith(" installed"):
            return True
    return False


def venv_package() -> list[str]:
    """Debian splits venv/ensurepip out of Python; ask for it when this Python lacks it."""
    if VENV.exists():
        return []
    try:
        import ensurepip  # noqa: F401
    except ImportError:
        return [f"python{sys.version_info.major}.{sys.version_info.minor}-venv"]
    return []


def install_system_packages(packages: list[str] | None = None) -> None:
    """The Debian packages ``dev.py test`` needs (or ``packages``), with apt-get, where this is Debian
    or Ubuntu and we are root (or CI); elsewhere it says what it skipped and does nothing."""
    if platform.system() != "Linux" or not shutil.which("apt-get") or not shutil.which("dpkg-query"):
        return
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    in_ci = os.environ.get("CI", "").lower() == "true"
    if not is_root and not in_ci:
        step("Not root: skipping Debian packages (run as root or with sudo to have them installed)")
        return
    wanted = APT_PACKAGES + venv_package() if packages is None else packages
    missing = [package for package in wanted if not is_installed(package)]
    if not missing:
        step("System packages: all present")
        return
    sudo = [] if is_root else ["sudo", "-n"]
    environment = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    step(f"Installing system packages: {' '.join(missing)}")
    run_or_fail(sudo + ["apt-get", "update", "-q"], "apt-get update", env=environment, stdin=subprocess.DEVNULL)
    run_or_fail(sudo + ["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing],
                "apt-get install", env=environment, stdin=subprocess.DEVNULL)


# --- virtual environment ---------------------------------------------------------------------
def venv_bin() -> Path:
    return VENV / ("Scripts" if IS_WINDOWS else "bin")


def venv_python() -> Path:
    return venv_bin() / ("python.exe" if IS_WINDOWS else "python")


def venv_works() -> bool:
    python = venv_python()
    return python.exists() and subprocess.run(
        [str(python), "-c", "import sys; assert sys.version_info >= (3, 11)"], capture_output=True,
    ).returncode == 0


def create_venv() -> None:
    if venv_works():
        return
    step(f"Creating the virtual environment in {VENV}")
    options = ["--clear"] if VENV.exists() else []  # a broken or foreign .venv is rebuilt
    run_or_fail([sys.executable, "-m", "venv", *options, VENV], "Creating the virtual environment "
                "(on Debian/Ubuntu: apt-get install python3-venv)")


def install_key(extras: list[str]) -> dict:
    """What an install depends on: the project metadata, this checkout's path and the venv's Python."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(str(ROOT).encode())
    version = subprocess.run([str(venv_python()), "-c", "import sys; print(sys.version)"],
                             capture_output=True, text=True).stdout
    digest.update(version.encode())
    return {"key": digest.hexdigest(), "extras": sorted(extras)}


def install_is_current(extras: list[str]) -> bool:
    try:
        stamp = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    wanted = install_key(extras)
    if stamp.get("key") != wanted["key"] or not set(extras) <= set(stamp.get("extras", [])):
        return False
    # The stamp could outlive the package (someone ran pip uninstall); make sure it is really there.
    check = "import importlib.metadata as m, recruitdesk, pathlib, sys; m.version('recruitdesk'); " \
            f"sys.exit(pathlib.Path(recruitdesk.__file__).resolve().parent != pathlib.Path({str(ROOT / 'recruitdesk')!r}))"
    return subprocess.run([str(venv_python()), "-c", check], capture_output=True, cwd=tempfile.gettempdir()).returncode == 0


def install_project(extras: list[str]) -> None:
    if install_is_current(extras):
        step("RecruitDesk is already installed in .venv and up to date")
        return
    target = "." + (f"[{','.join(extras)}]" if extras else "")
    step(f"Installing RecruitDesk into .venv (pip install -e {target})")
    STAMP.unlink(missing_ok=True)
    run_or_fail([venv_python(), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target],
                "pip install", cwd=ROOT, stdin=subprocess.DEVNULL)
    STAMP.write_text(json.dumps(install_key(extras)) + "\n", encoding="utf-8")


def prepare(extras: list[str]) -> None:
    create_venv()
    install_project(extras)


# --- commands --------------------------------------------------------------------------------
def server_programs_found() -> bool:
    """PostgreSQL's initdb and pg_ctl, as the app looks for them (recruitdesk/team/local_server.py)."""
    check = "import sys; from recruitdesk.team.local_server import find_bin_folder; sys.exit(find_bin_folder() is None)"
    return subprocess.run([str(venv_python()), "-c", check], capture_output=True, cwd=tempfile.gettempdir()).returncode == 0


def missing_server_message() -> str:
    pip = f"{venv_python()} -m pip install pgserver==0.1.4"
    return ("the team demo starts a throwaway PostgreSQL server, but PostgreSQL's server programs (initdb, pg_ctl) "
            "were not found on PATH, in /usr/lib/postgresql/*/bin or in .venv. Install them, then run "
            "`python3 dev.py demo --team` again:\n"
            "    Debian/Ubuntu:  sudo apt-get install postgresql\n"
            "    macOS:          brew install postgresql\n"
            f"    or, with Python < 3.13 on Linux x86-64 (what `dev.py test` installs): {pip}")


def demo(arguments: list[str]) -> int:
    prepare([])
    team = "--team" in arguments
    if team and not server_programs_found():
        install_system_packages(SERVER_PACKAGES)  # on Debian/Ubuntu as root, as `dev.py test` installs its packages
        if not server_programs_found():
            fail(missing_server_message())
    program = shutil.which("recruitdesk", path=str(venv_bin()))
    command = [program] if program else [str(venv_python()), "-m", "recruitdesk"]
    command += ["--demo", *arguments]
    step(("Starting RecruitDesk on a throwaway team vault (a PostgreSQL server of its own, stopped when the app ends): " if team
          else "Starting RecruitDesk on a demo vault: ") + " ".join(command))
    sys.stdout.flush()
    if IS_WINDOWS:  # os.exec* on Windows does not replace the process; wait for it instead
        return subprocess.run(command).returncode
    os.execv(command[0], command)
    return 1  # not reached


def check_generated_files() -> bool:
    step("Checking that generated forms and translation catalogs are current")
    return run([venv_python(), ROOT / "resources" / "build_resources.py", "--check"], cwd=ROOT) == 0


LINT_PATHS = ["recruitdesk", "tests", "dev.py", "packaging", "resources"]


def check_lint_and_types() -> bool:
    """ruff (pyflakes, pycodestyle, bugbear) and mypy, as configured in pyproject.toml."""
    step("Linting (ruff) and type-checking (mypy)")
    ruff_ok = run([venv_python(), "-m", "ruff", "check", *LINT_PATHS], cwd=ROOT) == 0
    mypy_ok = run([venv_python(), "-m", "mypy"], cwd=ROOT) == 0
    return ruff_ok and mypy_ok


def keyring_session_command(pytest: list[str]) -> list[str] | None:
    """pytest inside a private D-Bus session with a throwaway, unlocked GNOME Keyring, or None."""
    if platform.system() != "Linux":
        return None
    dbus_run_session, keyring_daemon = shutil.which("dbus-run-session"), shutil.which("gnome-keyring-daemon")
    if not dbus_run_session or not keyring_daemon:
        return None
    script = (
        f"printf %s throwaway-test-password | {shlex.quote(keyring_daemon)} --unlock --components=secrets >/dev/null"
        ' || { echo "dev.py: gnome-keyring-daemon did not start" >&2; exit 1; }; exec "$@"'
    )
    return [dbus_run_session, "--", "sh", "-c", script, "sh", *pytest]


def test(arguments: list[str]) -> int:
    install_system_packages()
    prepare(["test"])
    generated_ok = check_generated_files()
    checks_ok = check_lint_and_types()
    # All of tests/, unless the arguments name test files or folders themselves.
    names_paths = any((ROOT / arg.split("::")[0]).exists() for arg in arguments if not arg.startswith("-"))
    pytest = [str(venv_python()), "-m", "pytest", *([] if names_paths else ["tests"]), "-q", *arguments]
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory(prefix="recruitdesk-test-home-") as temp:
        home = Path(temp)
        command = keyring_session_command(pytest)
        if command:
            runtime = home / "runtime"
            for folder in (home / "data", home / "config", home / "cache", runtime):
                folder.mkdir(mode=0o700)
            # A fresh HOME and XDG folders: the keyring daemon and the tests never see the
            # developer's real keyring, settings or vaults.
            environment.update(
                HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
                XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(runtime),
                RECRUITDESK_TEST_KEYCHAIN="secret-service",
            )
            step("Running the tests with a throwaway GNOME Keyring in a private D-Bus session")
        else:
            command = pytest
            step("Running the tests (no Secret Service here: real-keychain tests may be skipped)")
        code = run(command, cwd=ROOT, env=environment, stdin=subprocess.DEVNULL)
        if code == 0 and not arguments:
            code = packaging_smoke_test(environment)
    if code == 5:
        print("dev.py: pytest collected no tests; that counts as a failure.", file=sys.stderr)
    elif code == 0 and not generated_ok:
        print("dev.py: the tests passed, but the generated files are stale; run "
              "`python resources/build_resources.py` and commit the result.", file=sys.stderr)
        code = 1
    elif code == 0 and not checks_ok:
        print("dev.py: the tests passed, but ruff or mypy found problems (see above).", file=sys.stderr)
        code = 1
    step("Tests passed" if code == 0 else f"Tests failed (exit code {code})")
    return code


def packaging_smoke_test(environment: dict[str, str]) -> int:
    """Build the PyInstaller bundle and smoke-test it (inside the keyring session when there is one)."""
    step("Building the PyInstaller bundle and smoke-testing it (packaging/build_and_smoke_test.py)")
    script = [str(venv_python()), str(ROOT / "packaging" / "build_and_smoke_test.py")]
    command = keyring_session_command(script) if environment.get("RECRUITDESK_TEST_KEYCHAIN") else None
    started = time.monotonic()
    code = run(command or script, cwd=ROOT, env=environment, stdin=subprocess.DEVNULL)
    step(f"Packaging smoke test {'passed' if code == 0 else 'failed'} in {time.monotonic() - started:.0f} s")
    return code


def bench(arguments: list[str]) -> int:
    prepare([])
    step("Running the benchmarks (tests/benchmarks/run_benchmarks.py); this writes BENCHMARKS.md")
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return run([venv_python(), ROOT / "tests" / "benchmarks" / "run_benchmarks.py", *arguments],
               cwd=ROOT, env=environment, stdin=subprocess.DEVNULL)


COMMANDS = {"demo": demo, "test": test, "bench": bench}


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):
        fail(f"RecruitDesk needs Python 3.11 or newer; this is {platform.python_version()}.")
    if not argv or argv[0] not in COMMANDS:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
