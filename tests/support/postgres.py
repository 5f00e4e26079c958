"""A throwaway PostgreSQL cluster for the team-vault tests.

``initdb`` into a temporary folder, ``pg_ctl start`` listening on a free 127.0.0.1 port and on
a unix socket inside that folder, and ``pg_ctl stop`` at the end. The server binaries come from
PATH or from Debian's /usr/lib/postgresql/<version>/bin (which Debian keeps off PATH).

When the tests run as root (containers, CI), the server runs as the ``postgres`` account that
Debian's package creates (through ``setpriv``), and the temporary folder is handed to it.

Without PostgreSQL the team tests skip on a developer's machine, but fail in CI (where
RECRUITDESK_CORPUS is set): the server is a dependency dev.py installs there, so its absence is
a broken environment, never a reason to pass quietly.
"""

from __future__ import annotations

import glob
import importlib.util
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

SERVER_TOOLS = ("initdb", "pg_ctl", "pg_dump", "pg_dumpall", "createdb")
SERVER_ACCOUNT = "postgres"  # initdb and the server refuse to run as root; CI containers run tests as root
DATABASE = "recruitdesk_team"
USER = "recruitdesk"


def server_bin_folder() -> Path | None:
    """The folder holding initdb, pg_ctl and pg_dump of one PostgreSQL version, newest first."""
    on_path = shutil.which("initdb")
    candidates = [Path(on_path).resolve().parent] if on_path else []
    candidates += [Path(folder) for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version, reverse=True)]
    for folder in candidates:
        if all((folder / tool).is_file() for tool in SERVER_TOOLS):
            return folder
    return None


def newer_server_bin_folder() -> Path | None:
    """PostgreSQL 16's initdb, pg_ctl and pg_dump from the ``pgserver`` wheel (a test dependency), or None.

    PostgreSQL 16 changed what CREATEROLE allows (a role may then alter or grant only the roles it
    holds ADMIN OPTION on); Debian's server here is 15, so the tests of member logins run on both."""
    spec = importlib.util.find_spec("pgserver")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0]) / "pginstall" / "bin"
    return folder if all((folder / tool).is_file() for tool in SERVER_TOOLS) else None


def _version(folder: str) -> int:
    try:
        return int(Path(folder).parent.name)
    except ValueError:
        return 0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_server_account() -> list[str]:
    """The command prefix that drops root to the server account; nothing for an ordinary user."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    import pwd

    try:
        account = pwd.getpwnam(SERVER_ACCOUNT)
    except KeyError:
        require_or_skip(f"running as root and there is no '{SERVER_ACCOUNT}' account to run PostgreSQL as")
        raise
    return ["setpriv", f"--reuid={account.pw_uid}", f"--regid={account.pw_gid}", "--clear-groups", "--"]


def _hand_over(root: Path) -> None:
    """Give the temporary folder to the server account when the tests run as root."""
    if _as_server_account():
        import pwd

        account = pwd.getpwnam(SERVER_ACCOUNT)
        os.chown(root, account.pw_uid, account.pw_gid)
        for path in root.rglob("*"):
            os.chown(path, account.pw_uid, account.pw_gid)


def require_or_skip(reason: str) -> None:
    if os.environ.get("RECRUITDESK_CORPUS"):
        pytest.fail(f"{reason}; CI must run the team-vault tests (dev.py installs the Debian package 'postgresql')", pytrace=False)
    pytest.skip(reason)


@dataclass
class PostgresServer:
    """One running cluster: where its files are and how to reach it."""

    bin_folder: Path
    root: Path
    port: int

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

    def run(self, tool: str, *arguments: str, **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run([*_as_server_account(), str(self.bin_folder / tool), *arguments], capture_output=True, check=True,
                              timeout=120, **kwargs)

    def dump(self, database: str = DATABASE) -> bytes:
        """A plain-SQL pg_dump of one database, as an operator's backup would hold it."""
        return self.run("pg_dump", "--host", str(self.socket_folder), "--port", str(self.port), "--username", USER, database).stdout

    def dump_of_all(self) -> bytes:
        """pg_dumpall: every database of the cluster (the tests make one per test), roles included."""
        return self.run("pg_dumpall", "--host", str(self.socket_folder), "--port", str(self.port), "--username", USER).stdout

    def data_files(self) -> list[Path]:
        """Every file of the cluster: tables, indexes, free-space maps, pg_wal segments, logs."""
        return [path for path in self.data_folder.rglob("*") if path.is_file()]

    def files_containing(self, needle: bytes) -> list[Path]:
        found = []
        for path in self.data_files():
            try:
                if needle in path.read_bytes():
                    found.append(path)
            except OSError:  # a file removed while scanning (a recycled WAL segment)
                continue
        return found

    @property
    def tcp_url(self) -> str:
        """The same database over TCP on 127.0.0.1 (where TLS and passwords apply; the socket is trusted)."""
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{DATABASE}"

    def restart(self) -> None:
        """pg_ctl restart --mode fast: every open session is terminated, as when an operator restarts the server."""
        self.run("pg_ctl", "restart", "--pgdata", str(self.data_folder), "--mode", "fast", "--wait",
                 "--log", str(self.root / "server.log"))

    def require_password_for(self, role: str) -> None:
        """Make ``role`` log in with a password over TCP (before the cluster's "trust" lines), then reload."""
        hba = self.data_folder / "pg_hba.conf"
        hba.write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        self.run("pg_ctl", "reload", "--pgdata", str(self.data_folder))

    def start(self) -> None:
        """Start a stopped cluster again on the same port and socket (a server back after an outage)."""
        options = (f"-c port={self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.socket_folder} "
                   f"{TEST_SETTINGS} -c logging_collector=off")
        self.run("pg_ctl", "start", "--pgdata", str(self.data_folder), "--options", options, "--wait",
                 "--log", str(self.root / "server.log"))

    def stop(self) -> None:
        subprocess.run([*_as_server_account(), str(self.bin_folder / "pg_ctl"), "stop", "--pgdata", str(self.data_folder), "--mode", "fast", "--wait"],
                       capture_output=True, timeout=60)


TEST_SETTINGS = "-c fsync=off -c shared_buffers=16MB -c max_connections=20"
# PostgreSQL's own defaults for what matters to timings (fsync on, 128 MB of shared buffers): the benchmark's server.
BENCHMARK_SETTINGS = "-c fsync=on -c shared_buffers=128MB -c max_connections=20 -c maintenance_work_mem=256MB"


def start_server(root: Path | None = None, settings: str = TEST_SETTINGS, bin_folder: Path | None = None,
                 environment: dict[str, str] | None = None) -> PostgresServer:
    """initdb + pg_ctl start in a fresh temporary folder; the caller stops it (and removes the folder).

    With ``root`` the cluster lives there instead and is reused when it already exists (the benchmark
    keeps its built clusters with --keep); ``settings`` are the server's ``-c`` options; ``bin_folder``
    another version's programs (``newer_server_bin_folder``); ``environment`` the server process's (LOCPATH for a
    locale compiled for one test)."""
    bin_folder = bin_folder or server_bin_folder()
    if bin_folder is None:
        require_or_skip("PostgreSQL's initdb/pg_ctl/pg_dump were not found on PATH or in /usr/lib/postgresql/*/bin")
        raise AssertionError("unreachable")
    temporary = root is None
    if root is None:
        root = Path(tempfile.mkdtemp(prefix="recruitdesk-pg-"))
    root.mkdir(parents=True, exist_ok=True)
    server = PostgresServer(bin_folder, root, _free_port())
    existing = (server.data_folder / "PG_VERSION").is_file()
    server.socket_folder.mkdir(exist_ok=True)
    _hand_over(root)
    try:
        if not existing:
            server.run("initdb", "--pgdata", str(server.data_folder), "--username", USER, "--auth", "trust",
                       "--encoding", "UTF8", "--locale", "C", "--no-sync")
        options = (f"-c port={server.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={server.socket_folder} "
                   f"{settings} -c logging_collector=off")
        server.run("pg_ctl", "start", "--pgdata", str(server.data_folder), "--options", options, "--wait",
                   "--log", str(root / "server.log"), env=environment)
        if not existing:
            server.run("createdb", "--host", str(server.socket_folder), "--port", str(server.port), "--username", USER, DATABASE)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        log = (root / "server.log").read_text(errors="replace") if (root / "server.log").exists() else ""
        detail = getattr(exc, "stderr", b"") or b""
        server.stop()
        if temporary:
            shutil.rmtree(root, ignore_errors=True)
        require_or_skip(f"the throwaway PostgreSQL server did not start: {detail.decode(errors='replace')[-800:]} {log[-800:]}")
    return server


def stop_server(server: PostgresServer) -> None:
    server.stop()
    shutil.rmtree(server.root, ignore_errors=True)
