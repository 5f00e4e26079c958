"""Build the PyInstaller bundle and prove the frozen app works, without a display.

    python packaging/build_and_smoke_test.py [--dist DIR] [--keep] [--skip-build]

Run with the virtual environment's Python (``python3 dev.py test`` does, as its last step). It

1. installs PyInstaller (``packaging/requirements-build.txt``) into this Python if it is missing;
2. builds ``packaging/recruitdesk.spec`` into a temporary folder (or ``--dist DIR``);
3. checks the bundle's contents: migrations as .py files, translations, the offscreen and xcb
   platform plugins, SQLCipher, and none of the excluded Qt modules (WebEngine, Qt3D, Quick, QML,
   Multimedia);
4. runs the bundled executable: ``--version`` (must match pyproject.toml) and
   ``--demo --smoke-test`` offscreen (must print ``RecruitDesk window ready: 50 candidates`` and
   exit 0);
5. when a keychain is usable (the private GNOME Keyring of ``dev.py test``, or any
   ``RECRUITDESK_TEST_KEYCHAIN``, or Windows): ``vault init`` on a temporary vault, then - with the keychain
   disabled, unlocking with ``RECRUITDESK_RECOVERY_KEY`` only - ``vault info --json``, ``import``
   of a synthetic CV (this runs the extraction worker, which the frozen app starts as
   ``<bundle> -I -B -m recruitdesk.importing.worker``) from a folder that also holds a hostile
   ``recruitdesk/`` package (it must never run: its marker file must not appear), and
   ``--smoke-test`` on that vault.
   Without a keychain step 5 is skipped, except in CI (``CI=true``), where that is a failure
   unless ``--no-keychain`` says so explicitly.

Exit code 0 when everything passed. Prints the time each phase took.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "recruitdesk.spec"
REQUIREMENTS = HERE / "requirements-build.txt"
APP_NAME = "RecruitDesk"
READY = re.compile(r"^RecruitDesk window ready: (\d+) candidates$", re.MULTILINE)
TIMEOUT = 180
# Pieces of Qt that must never be in the bundle (file names, case-insensitive substrings).
FORBIDDEN = ("qtwebengine", "qt63d", "qt6quick", "qt6qml", "qt6multimedia", "qt6virtualkeyboard", "qt6charts",
             "qt6webview")


class SmokeTestFailure(Exception):
    pass


def say(message: str) -> None:
    print(f"[packaging] {message}", flush=True)


def expected_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
        return
    except ImportError:
        pass
    say(f"installing PyInstaller ({REQUIREMENTS.relative_to(ROOT)}) into {sys.prefix}")
    subprocess.run([sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-r", str(REQUIREMENTS)],
                   check=True, stdin=subprocess.DEVNULL)


def build(dist: Path, work: Path) -> Path:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    result = subprocess.run(command, cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stdout[-4000:], result.stderr[-8000:], sep="\n", file=sys.stderr)
        raise SmokeTestFailure(f"PyInstaller failed with exit code {result.returncode}")
    folder = dist / APP_NAME
    if sys.platform == "darwin":
        return dist / f"{APP_NAME}.app" / "Contents" / "MacOS" / APP_NAME
    if sys.platform == "win32":
        return folder / "recruitdesk-cli.exe"
    return folder / "recruitdesk"


def check_contents(bundle: Path) -> None:
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    names = [path.relative_to(bundle).as_posix() for path in files]

    def need(what: str, pattern: str) -> None:
        if not any(re.search(pattern, name) for name in names):
            raise SmokeTestFailure(f"the bundle lacks {what} ({pattern})")

    need("the alembic environment", r"recruitdesk/store/migrations/env\.py$")
    need("the migration scripts", r"recruitdesk/store/migrations/versions/0001_[^/]*\.py$")
    need("the migration template", r"recruitdesk/store/migrations/script\.py\.mako$")
    need("alembic's templates", r"alembic/templates/generic/")
    need("the Dutch translation for Qt", r"recruitdesk/locale/recruitdesk_nl\.qm$")
    need("the French catalog for the core", r"recruitdesk/locale/recruitdesk_fr\.json$")
    need("Qt's own translations", r"translations/qtbase_nl\.qm$")
    need("SQLCipher", r"sqlcipher3/_sqlite3")
    need("an image-format plugin", r"plugins/imageformats/")
    if sys.platform.startswith("linux"):
        need("the offscreen platform plugin", r"plugins/platforms/libqoffscreen\.so$")
        need("the xcb platform plugin", r"plugins/platforms/libqxcb\.so$")
    elif sys.platform == "darwin":
        need("the cocoa platform plugin", r"plugins/platforms/libqcocoa\.dylib$")
    elif sys.platform == "win32":
        need("the windows platform plugin", r"plugins/platforms/qwindows\.dll$")
    unwanted = sorted({name for name in names for bad in FORBIDDEN if bad in name.lower().replace("/", "")})
    if unwanted:
        raise SmokeTestFailure("the bundle contains excluded Qt modules: " + ", ".join(unwanted[:10]))
    size = sum(path.stat().st_size for path in files)
    say(f"bundle contents OK: {len(files)} files, {size / 1e6:.0f} MB")


def environment(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("RECRUITDESK_VAULT", "RECRUITDESK_RECOVERY_KEY", "PYTHONPATH", "PYTHONHOME"):
        env.pop(name, None)
    env.update(QT_QPA_PLATFORM="offscreen", RECRUITDESK_LANG="en", XDG_STATE_HOME=str(home / "state"))
    env.update(extra)
    return env


def run(executable: Path, arguments: list[str], env: dict[str, str], expect: int = 0,
        cwd: Path | None = None) -> subprocess.CompletedProcess:
    started = time.perf_counter()
    try:
        result = subprocess.run([str(executable), *arguments], env=env, stdin=subprocess.DEVNULL,
                                capture_output=True, text=True, timeout=TIMEOUT, cwd=cwd)
    except subprocess.TimeoutExpired as exc:
        raise SmokeTestFailure(f"`recruitdesk {' '.join(arguments)}` did not finish within {TIMEOUT} s") from exc
    took = time.perf_counter() - started
    if result.returncode != expect:
        print(result.stdout[-4000:], result.stderr[-4000:], sep="\n", file=sys.stderr)
        raise SmokeTestFailure(f"`recruitdesk {' '.join(arguments)}` exited with {result.returncode}, expected {expect}")
    say(f"ok ({took:4.1f} s): recruitdesk {' '.join(arguments)}")
    return result


def keychain_usable() -> bool:
    """A keychain ``vault init`` can use without a prompt: the test keyring of ``dev.py test`` or
    of CI (RECRUITDESK_TEST_KEYCHAIN names it), or Windows' Credential Locker."""
    return bool(os.environ.get("RECRUITDESK_TEST_KEYCHAIN")) or sys.platform == "win32"


def smoke_test(executable: Path, scratch: Path, use_keychain: bool = True) -> list[str]:
    """Run the checks; returns what was skipped."""
    skipped = []
    home = scratch / "home"
    home.mkdir()
    env = environment(home)

    version = run(executable, ["--version"], env).stdout.strip()
    if version != f"RecruitDesk {expected_version()}":
        raise SmokeTestFailure(f"--version printed {version!r}, expected 'RecruitDesk {expected_version()}'")

    demo = run(executable, ["--demo", "--smoke-test"], env)
    match = READY.search(demo.stdout)
    if not match or match.group(1) != "50":
        raise SmokeTestFailure(f"the demo smoke test did not print the ready line: {demo.stdout!r} {demo.stderr[-2000:]!r}")

    if not use_keychain:
        return ["--no-keychain: vault init / info / import were not tried"]
    if not keychain_usable():
        message = "no keychain here (run inside `python3 dev.py test`): vault init / info / import were not tried"
        if os.environ.get("CI", "").lower() == "true":
            raise SmokeTestFailure(message)
        return [message]

    vault = scratch / "vault"
    kit = scratch / "recovery-kit.txt"
    created = run(executable, ["vault", "init", "--vault", str(vault), "--preset", "nl-ap", "--recovery-kit", str(kit)], env)
    key = next((line.strip() for line in created.stdout.splitlines()
                if line.startswith("    ") and re.fullmatch(r"[A-Z0-9-]{20,}", line.strip())), None)
    if key is None:
        raise SmokeTestFailure(f"vault init printed no recovery key: {created.stdout!r}")

    # From here on the keychain is refused (keyring's "fail" backend): only the recovery key unlocks.
    headless = environment(home, RECRUITDESK_VAULT=str(vault), RECRUITDESK_RECOVERY_KEY=key,
                           PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    info = json.loads(run(executable, ["vault", "info", "--json"], headless).stdout)
    if info.get("candidate_count") != 0 or not info.get("sqlcipher_version") or not info.get("schema_version"):
        raise SmokeTestFailure(f"unexpected vault info: {info}")

    # A folder of CVs that also holds a `recruitdesk` package: the worker must not run it.
    attack = scratch / "attack"
    marker = scratch / "hijacked.txt"
    for module in ("recruitdesk/__init__.py", "recruitdesk/importing/__init__.py", "recruitdesk/importing/worker.py"):
        (attack / module).parent.mkdir(parents=True, exist_ok=True)
        (attack / module).write_text(f"open({str(marker)!r}, 'w').write('hijacked')\n", encoding="utf-8")
    cv = attack / "cv-smoke.txt"
    cv.write_text("Lotte Smoketest\nlotte.smoketest@example.be\n+32 470 12 34 56\n\nJava developer, 6 years.\n", encoding="utf-8")
    run(executable, ["import", cv.name], headless, cwd=attack)
    if marker.exists():
        raise SmokeTestFailure("the extraction worker ran a recruitdesk package from the current folder")
    info = json.loads(run(executable, ["vault", "info", "--json"], headless).stdout)
    if info.get("candidate_count") != 1:
        raise SmokeTestFailure(f"the imported CV did not make a candidate: {info}")

    window = run(executable, ["--smoke-test"], headless)
    match = READY.search(window.stdout)
    if not match or match.group(1) != "1":
        raise SmokeTestFailure(f"the window on the new vault did not come up: {window.stdout!r} {window.stderr[-2000:]!r}")
    return skipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, help="build into DIR/RecruitDesk (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary build folder")
    parser.add_argument("--skip-build", action="store_true", help="smoke-test an existing build in --dist")
    parser.add_argument("--no-keychain", action="store_true", help="skip the checks that need a keychain (vault init ...)")
    args = parser.parse_args(argv)
    if args.skip_build and not args.dist:
        parser.error("--skip-build needs --dist")

    started = time.perf_counter()
    temp = Path(tempfile.mkdtemp(prefix="recruitdesk-bundle-"))
    dist = (args.dist or temp / "dist").resolve()
    try:
        if args.skip_build:
            executable = {"darwin": dist / f"{APP_NAME}.app" / "Contents" / "MacOS" / APP_NAME,
                          "win32": dist / APP_NAME / "recruitdesk-cli.exe"}.get(sys.platform, dist / APP_NAME / "recruitdesk")
        else:
            ensure_pyinstaller()
            say(f"building {SPEC.relative_to(ROOT)} into {dist}")
            executable = build(dist, temp / "work")
        built = time.perf_counter()
        say(f"build took {built - started:.0f} s")
        check_contents(dist / APP_NAME if sys.platform != "darwin" else dist / f"{APP_NAME}.app")
        scratch = temp / "scratch"
        scratch.mkdir()
        skipped = smoke_test(executable, scratch, use_keychain=not args.no_keychain)
        for message in skipped:
            say(f"skipped: {message}")
        say(f"smoke tests took {time.perf_counter() - built:.0f} s; total {time.perf_counter() - started:.0f} s")
        say("PASSED")
        return 0
    except SmokeTestFailure as failure:
        say(f"FAILED: {failure}")
        return 1
    finally:
        if args.keep:
            say(f"kept {temp}")
        else:
            shutil.rmtree(temp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
