"""A throwaway PostgreSQL cluster for the team-vault tests.

Starting and stopping it is ``recruitdesk.team.local_server`` (shared with ``dev.py demo --team``):
``initdb`` into a temporary folder, ``pg_ctl start`` listening on a free 127.0.0.1 port and on a unix
socket inside that folder, and ``pg_ctl stop`` at the end, as the ``postgres`` account when the tests
run as root. This adds what only the tests need: dumps, data-file scans, restarts, passwords.

Without PostgreSQL the team tests skip on a developer's machine, but fail in CI (where
RECRUITDESK_CORPUS is set): the server is a dependency dev.py installs there, so its absence is
a broken environment, never a reason to pass quietly.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from recruitdesk.team import local_server
from recruitdesk.team.local_server import DATABASE, SERVER_TOOLS, USER, LocalServer, LocalServerError
from recruitdesk.team.local_server import server_bin_folder  # noqa: F401 - looked up at call time (tests replace it)

__all__ = ["DATABASE", "SERVER_TOOLS", "USER", "PostgresServer", "start_server", "stop_server", "require_or_skip"]


def newer_server_bin_folder() -> Path | None:
    """PostgreSQL 16's initdb, pg_ctl and pg_dump from the ``pgserver`` wheel (a test dependency), or None.

    PostgreSQL 16 changed what CREATEROLE allows (a role may then alter or grant only the roles it
    holds ADMIN OPTION on); Debian's server here is 15, so the tests of member logins run on both."""
    return local_server.bundled_bin_folder()


_free_port = local_server.free_port


def require_or_skip(reason: str) -> None:
    if os.environ.get("RECRUITDESK_CORPUS"):
        pytest.fail(f"{reason}; CI must run the team-vault tests (dev.py installs the Debian package 'postgresql')", pytrace=False)
    pytest.skip(reason)


class PostgresServer(LocalServer):
    """One running cluster, with what the tests inspect and do to it."""

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

    def restart(self) -> None:
        """pg_ctl restart --mode fast: every open session is terminated, as when an operator restarts the server."""
        self.run("pg_ctl", "restart", "--pgdata", str(self.data_folder), "--mode", "fast", "--wait",
                 "--log", str(self.root / "server.log"))

    def require_password_for(self, role: str) -> None:
        """Make ``role`` log in with a password over TCP (before the cluster's "trust" lines), then reload."""
        hba = self.data_folder / "pg_hba.conf"
        hba.write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        self.run("pg_ctl", "reload", "--pgdata", str(self.data_folder))


TEST_SETTINGS = local_server.THROWAWAY_SETTINGS
# PostgreSQL's own defaults for what matters to timings (fsync on, 128 MB of shared buffers): the benchmark's server.
BENCHMARK_SETTINGS = "-c fsync=on -c shared_buffers=128MB -c max_connections=20 -c maintenance_work_mem=256MB"


def start_server(root: Path | None = None, settings: str = TEST_SETTINGS, bin_folder: Path | None = None,
                 environment: dict[str, str] | None = None) -> PostgresServer:
    """initdb + pg_ctl start in a fresh temporary folder; the caller stops it (and removes the folder).

    With ``root`` the cluster lives there instead and is reused when it already exists (the benchmark
    keeps its built clusters with --keep); ``settings`` are the server's ``-c`` options; ``bin_folder``
    another version's programs (``newer_server_bin_folder``); ``environment`` the server process's (LOCPATH for a
    locale compiled for one test). Skips (fails in CI) when the server cannot start."""
    bin_folder = bin_folder or server_bin_folder()
    if bin_folder is None:
        require_or_skip("PostgreSQL's initdb/pg_ctl/pg_dump were not found on PATH or in /usr/lib/postgresql/*/bin")
        raise AssertionError("unreachable")
    try:
        return local_server.start_local_server(PostgresServer, root, settings, bin_folder, environment)
    except LocalServerError as error:
        require_or_skip(error.reason)
        raise AssertionError("unreachable") from error


def stop_server(server: PostgresServer) -> None:
    local_server.stop_local_server(server)
