"""Unlocking and loading the list on a thread of its own while the window's modules import.

At 100,000 candidates a start spends about 0.3 s of CPU importing and building the window and
0.7 s unlocking (the key derivation) and reading the list, most of the latter in C (OpenSSL,
SQLCipher's page decryption) without the interpreter lock. Begun before the window's modules
are imported, the two overlap on a second core. The window then takes the opened vault
(:meth:`HeadStart.vault`, raising what the unlock raised, so every failure follows the usual
path) and its first list (:meth:`HeadStart.rows`); anything not taken is closed by
:meth:`HeadStart.discard` when the application ends.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

from recruitdesk.clock import Clock
from recruitdesk.services.candidates import CandidateRow, candidate_rows
from recruitdesk.services.unlock import unlock_vault
from recruitdesk.vault.keychain import Keychain
from recruitdesk.vault.vault import Vault


class HeadStart:
    """One unlock of ``folder`` (and its list) begun at once; each result is handed over once."""

    def __init__(self, folder: Path, clock: Clock, recovery_key: str | None, keychain_factory: Callable[[], Keychain]) -> None:
        self.folder = Path(folder)
        self.recovery_key = recovery_key
        self._unlocked = threading.Event()
        self._listed = threading.Event()
        self._lock = threading.Lock()
        self._vault: Vault | None = None
        self._opened: Vault | None = None  # the vault the list belongs to
        self._error: BaseException | None = None
        self._rows: list[CandidateRow] | None = None
        self._thread = threading.Thread(target=self._run, args=(clock, keychain_factory), name="head-start", daemon=True)
        self._thread.start()

    def _run(self, clock: Clock, keychain_factory: Callable[[], Keychain]) -> None:
        try:
            vault = unlock_vault(self.folder, clock, self.recovery_key, keychain_factory)
        except BaseException as error:  # handed to the caller of vault(), on its thread
            self._error = error
            self._unlocked.set()
            self._listed.set()
            return
        self._vault = self._opened = vault
        self._unlocked.set()
        try:
            self._rows = candidate_rows(vault)
        except Exception:  # the window loads the list itself, and reports what goes wrong then
            self._rows = None
        finally:
            self._listed.set()

    def vault(self) -> Vault:
        """The opened vault (waits for the unlock); raises what the unlock raised. Once."""
        self._unlocked.wait()
        with self._lock:
            if self._error is not None:
                error, self._error = self._error, None
                raise error
            vault, self._vault = self._vault, None
        if vault is None:
            raise RuntimeError("the head start's vault was already taken")
        return vault

    def rows(self, vault: Vault) -> list[CandidateRow]:
        """The list of ``vault``: the one loaded ahead (waiting for it), once; else loaded now."""
        if vault is self._opened:
            self._listed.wait()
            with self._lock:
                rows, self._rows, self._opened = self._rows, None, None
            if rows is not None:
                return rows
        return candidate_rows(vault)

    def discard(self) -> None:
        """The application ends: wait for the thread; close the vault if nobody took it."""
        self._thread.join()
        with self._lock:
            vault, self._vault, self._rows, self._opened = self._vault, None, None, None
        if vault is not None:
            vault.close()
