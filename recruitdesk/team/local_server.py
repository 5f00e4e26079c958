"""A throwaway PostgreSQL cluster on this computer, for the team demo and the team-vault tests.

A team vault needs a PostgreSQL server, which a reader trying the app (``python3 dev.py demo --team``)
or a test run does not have. This starts one: ``initdb`` into a temporary folder, ``pg_ctl start``
listening on a free 127.0.0.1 port and on a unix socket inside that folder, and ``pg_ctl stop`` plus
removing the folder at the end. One copy of that logic, used by ``services.team_demo`` and by
tests/support/postgres.py.

The server programs come from PATH, from Debian's /usr/lib/postgresql/<version>/bin (which Debian
keeps off PATH), or - for the demo - from the ``pgserver`` wheel's bundled PostgreSQL 16. When run as
root (containers, CI), the server runs as the ``postgres`` account Debian's package creates (through
``setpriv``), and the temporary folder is handed to it: initdb and the server refuse to run as root.

Failures raise :class:`LocalServerError` with the tools' output (no personal data: an empty cluster).
"""

from __future__ import annotations

import glob
import importlib.util
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

SERVER_TOOLS = ("initdb", "pg_ctl", "pg_dump", "pg_dumpall", "createdb")
SERVER_ACCOUNT = "postgres"  # initdb and the server refuse to run as root
DATABASE = "recruitdesk_team"
USER = "recruitdesk"
# A throwaway cluster: nothing in it must survive a crash, so no fsync, and little memory.
THROWAWAY_SETTINGS = "-c fsync=off -c shared_buffers=16MB -c max_connections=20"


class LocalServerError(Exception):
    """The throwaway server could not be found or started; ``reason`` says why (for a log or a test)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def server_bin_folder() -> Path | None:
    """The folder holding initdb, pg_ctl and pg_dump of one installed PostgreSQL version, newest first."""
    on_path = shutil.which("initdb")
    candidates = [Path(on_path).resolve().parent] if on_path else []
    candidates += [Path(folder) for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version, reverse=True)]
    for folder in candidates:
        if _has_tools(folder):
            return folder
    return None


def bundled_bin_folder() -> Path | None:
    """PostgreSQL 16's programs from the ``pgserver`` wheel (Linux x86-64, Python < 3.13), or None."""
    spec = importlib.util.find_spec("pgserver")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0]) / "pginstall" / "bin"
    return folder if _has_tools(folder) else None


def find_bin_folder() -> Path | None:
    """Any usable server programs: an installed PostgreSQL first, else the ``pgserver`` wheel's."""
    return server_bin_folder() or bundled_bin_folder()


def _has_tools(folder: Path) -> bool:
    return all((folder / tool).is_file() for tool in SERVER_TOOLS)


def _version(folder: str) -> int:
    try:
        return int(Path(folder).parent.name)
    except ValueError:
        return 0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def as_server_account() -> list[str]:
    """The command prefix that drops root to the server account; nothing for an ordinary user."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    import pwd

    try:
        account = pwd.getpwnam(SERVER_ACCOUNT)
    except KeyError:
        raise LocalServerError(f"running as root and there is no '{SERVER_ACCOUNT}' account to run PostgreSQL as") from None
    return ["setpriv", f"--reuid={account.pw_uid}", f"--regid={account.pw_gid}", "--clear-groups", "--"]


def _hand_over(root: Path) -> None:
    """Give the temporary folder to the server account when running as root."""
    if as_server_account():
        import pwd

        account = pwd.getpwnam(SERVER_ACCOUNT)
        os.chown(root, account.pw_uid, account.pw_gid)
        for path in root.rglob("*"):
            os.chown(path, account.pw_uid, account.pw_gid)


@dataclass
class LocalServer:
    """One running cluster: where its files are and how to reach it."""

    bin_folder: Path
    root: Path
    port: int
    settings: str = THROWAWAY_SETTINGS

    @property
    def data_folder(self) -> Path:
        return self.root / "data"

    @property
    def socket_folder(self) -> Path:
        return self.root / "socket"

    @property
    def url(self) -> str:
        """A SQLAlchemy URL over the unix socket (psycopg 3 driver)."""
        return f"postgresql+psycopg://{USER}@/{DATABASE}?host={self.socket_folder}&port={self.port}"

    @property
    def tcp_url(self) -> str:
        """The same database over TCP on 127.0.0.1 (where TLS and passwords apply; the socket is trusted)."""
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{DATABASE}"

    def run(self, tool: str, *arguments: str, **kwargs: Any) -> subprocess.CompletedProcess:
        return subprocess.run([*as_server_account(), str(self.bin_folder / tool), *arguments], capture_output=True, check=True,
                              timeout=120, **kwargs)

    def start(self, environment: dict[str, str] | None = None) -> None:
        """``pg_ctl start`` on this server's port and socket (again after a stop: a server back after an outage)."""
        options = (f"-c port={self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.socket_folder} "
                   f"{self.settings} -c logging_collector=off")
        self.run("pg_ctl", "start", "--pgdata", str(self.data_folder), "--options", options, "--wait",
                 "--log", str(self.root / "server.log"), env=environment)

    def postmaster_pid(self) -> int | None:
        """The server's process id while it runs (its postmaster.pid), else None."""
        try:
            return int((self.data_folder / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def stop(self) -> None:
        """``pg_ctl stop --mode fast``, then wait until the server process has really ended: pg_ctl returns
        once the pid file is gone, a moment before the process exits (its folder is removed next)."""
        pid = self.postmaster_pid()
        subprocess.run([*as_server_account(), str(self.bin_folder / "pg_ctl"), "stop", "--pgdata", str(self.data_folder),
                        "--mode", "fast", "--wait"], capture_output=True, timeout=60)
        if pid is not None:
            _wait_for_exit(pid, STOP_WAIT_SECONDS)


Server = TypeVar("Server", bound=LocalServer)
STOP_WAIT_SECONDS = 10.0


def is_running(pid: int) -> bool:
    """Whether process ``pid`` still runs (a zombie, ended but not yet reaped by its parent, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process (the server account's, seen by an ordinary user)
        pass
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return not Path("/proc/self").exists()  # gone meanwhile; without /proc (macOS) kill() is all there is
    return "\nState:\tZ" not in status


def _wait_for_exit(pid: int, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while is_running(pid) and time.monotonic() < deadline:
        time.sleep(0.05)


def start_local_server(server_class: type[Server], root: Path | None = None, settings: str = THROWAWAY_SETTINGS,
                       bin_folder: Path | None = None, environment: dict[str, str] | None = None) -> Server:
    """initdb + pg_ctl start in a fresh temporary folder (``root``: there instead, reused when it already
    holds a cluster); the caller stops it (:func:`stop_local_server`). Raises :class:`LocalServerError`,
    having stopped the server and removed a temporary folder, when there are no programs or they fail."""
    bin_folder = bin_folder or server_bin_folder()
    if bin_folder is None:
        raise LocalServerError("PostgreSQL's initdb/pg_ctl/pg_dump were not found on PATH or in /usr/lib/postgresql/*/bin")
    temporary = root is None
    root = Path(tempfile.mkdtemp(prefix="recruitdesk-pg-")) if root is None else root
    root.mkdir(parents=True, exist_ok=True)
    server = server_class(bin_folder, root, free_port(), settings)
    existing = (server.data_folder / "PG_VERSION").is_file()
    try:
        server.socket_folder.mkdir(exist_ok=True)
        _hand_over(root)
        if not existing:
            server.run("initdb", "--pgdata", str(server.data_folder), "--username", USER, "--auth", "trust",
                       "--encoding", "UTF8", "--locale", "C", "--no-sync")
        server.start(environment)
        if not existing:
            server.run("createdb", "--host", str(server.socket_folder), "--port", str(server.port), "--username", USER, DATABASE)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError, LocalServerError) as exc:
        log = (root / "server.log").read_text(errors="replace") if (root / "server.log").exists() else ""
        detail = getattr(exc, "stderr", b"") or b""
        reason = getattr(exc, "reason", "") or detail.decode(errors="replace")[-800:]
        if not isinstance(exc, LocalServerError):
            server.stop()
        if temporary:
            shutil.rmtree(root, ignore_errors=True)
        raise LocalServerError(f"the throwaway PostgreSQL server did not start: {reason} {log[-800:]}") from exc
    except BaseException:  # Ctrl+C while starting: leave no server and no folder behind
        server.stop()
        if temporary:
            shutil.rmtree(root, ignore_errors=True)
        raise
    return server


def stop_local_server(server: LocalServer) -> None:
    """Stop the cluster and remove its folder (every file of it: the server ran with throwaway data only)."""
    server.stop()
    shutil.rmtree(server.root, ignore_errors=True)
