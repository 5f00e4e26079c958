"""Start RecruitDesk in the notification area when the user logs in (opt-in, Qt-free).

Retention alerts must not depend on the recruiter opening the window: a deadline passes whether
or not anyone looks. When the user turns this on in Preferences, the system starts
``recruitdesk --tray`` at login; that process runs the daily check with the vault closed in
between and shows the tray notification (see ``gui/retention/tray.py``).

Each system has its own per-user mechanism, and this module only describes and writes it:

- Windows: a value named ``RecruitDesk`` under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``,
  the command line to run;
- macOS: a LaunchAgent property list in ``~/Library/LaunchAgents`` with ``RunAtLoad``;
- Linux and other XDG desktops: a ``.desktop`` file in ``~/.config/autostart`` (``$XDG_CONFIG_HOME``).

The file contents and the registry value are plain data (tested on every system); turning the
option off removes exactly what was installed. The registry is reached through a small writer
object so tests on Linux can check every call without a Windows registry.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Protocol, Sequence

from recruitdesk.i18n import translate

APP_ID = "RecruitDesk"
LAUNCH_AGENT_LABEL = "eu.recruitdesk.tray"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
TRAY_OPTION = "--tray"


def launch_command(executable: str | None = None, frozen: bool | None = None) -> list[str]:
    """The command the system runs at login: the packaged program, or this Python with the module."""
    executable = executable or sys.executable
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    return [executable, TRAY_OPTION] if frozen else [executable, "-m", "recruitdesk", TRAY_OPTION]


# --- the three formats, as data -------------------------------------------------------------
def _desktop_quote(argument: str) -> str:
    """Quote one argument of a desktop entry's Exec key (the freedesktop.org rules)."""
    if argument and not any(c in argument for c in ' \t\n"\'\\><~|&;$*?#()`%='):
        return argument
    escaped = argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'.replace("%", "%%")


def desktop_entry(command: Sequence[str], name: str = APP_ID, comment: str = "") -> str:
    """An XDG autostart entry (Desktop Entry Specification 1.5) running ``command`` at login."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.5",
        f"Name={name}",
        f"Comment={comment}" if comment else None,
        "Exec=" + " ".join(_desktop_quote(argument) for argument in command),
        "Icon=recruitdesk",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "X-KDE-autostart-after=panel",
    ]
    return "\n".join(line for line in lines if line is not None) + "\n"


def launch_agent(command: Sequence[str], label: str = LAUNCH_AGENT_LABEL) -> bytes:
    """A macOS LaunchAgent property list that runs ``command`` once at login."""
    return plistlib.dumps({
        "Label": label,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        "KeepAlive": False,
        "ProcessType": "Interactive",
    })


def run_value(command: Sequence[str]) -> str:
    """The Windows Run value: one command line, quoted as Windows programs parse it."""
    return subprocess.list2cmdline(list(command))


# --- where each system looks ----------------------------------------------------------------
def xdg_autostart_file(home: Path, environment: Mapping[str, str] | None = None) -> Path:
    variables = os.environ if environment is None else environment
    config = variables.get("XDG_CONFIG_HOME") or str(home / ".config")
    return Path(config) / "autostart" / "recruitdesk.desktop"


def launch_agent_file(home: Path) -> Path:
    return home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


class RegistryWriter(Protocol):
    """The three registry operations on HKEY_CURRENT_USER that the Run key needs."""

    def read(self, key: str, name: str) -> str | None: ...
    def write(self, key: str, name: str, value: str) -> None: ...
    def delete(self, key: str, name: str) -> None: ...


class WinregWriter:
    """The real HKEY_CURRENT_USER, through the standard library's winreg (Windows only)."""

    def read(self, key: str, name: str) -> str | None:
        if sys.platform != "win32":  # also tells the type checker the rest is Windows-only
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                value, _kind = winreg.QueryValueEx(handle, name)
        except FileNotFoundError:
            return None
        return str(value)

    def write(self, key: str, name: str, value: str) -> None:
        if sys.platform != "win32":  # also tells the type checker the rest is Windows-only
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)

    def delete(self, key: str, name: str) -> None:
        if sys.platform != "win32":  # also tells the type checker the rest is Windows-only
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
                winreg.DeleteValue(handle, name)
        except FileNotFoundError:
            pass


def system_kind(platform: str | None = None) -> str:
    """"windows", "macos" or "xdg" (Linux and the other free desktops)."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return "windows"
    if platform == "darwin":
        return "macos"
    return "xdg"


@dataclass
class Autostart:
    """Install, remove and inspect the login item of one user on one kind of system."""

    kind: str
    home: Path
    command: list[str]
    registry: RegistryWriter | None = None
    environment: dict[str, str] | None = None

    @classmethod
    def for_this_system(cls) -> "Autostart":
        kind = system_kind()
        return cls(kind, Path.home(), launch_command(), WinregWriter() if kind == "windows" else None)

    @property
    def file(self) -> Path | None:
        """The file this system reads at login (None on Windows: the registry holds it)."""
        if self.kind == "macos":
            return launch_agent_file(self.home)
        if self.kind == "xdg":
            return xdg_autostart_file(self.home, self.environment)
        return None

    def content(self) -> bytes:
        """What is installed: the plist, the desktop entry, or the Run value's command line."""
        if self.kind == "macos":
            return launch_agent(self.command)
        if self.kind == "xdg":
            return desktop_entry(self.command, comment=translate("autostart", "Retention alerts in the notification area")).encode("utf-8")
        return run_value(self.command).encode("utf-8")

    def is_installed(self) -> bool:
        if self.kind == "windows":
            return self._registry().read(RUN_KEY, APP_ID) is not None
        file = self.file
        return file is not None and file.is_file()

    def install(self) -> None:
        if self.kind == "windows":
            self._registry().write(RUN_KEY, APP_ID, run_value(self.command))
            return
        file = self.file
        assert file is not None
        file.parent.mkdir(parents=True, exist_ok=True)
        temporary = file.with_name(file.name + ".tmp")
        temporary.write_bytes(self.content())
        os.replace(temporary, file)

    def remove(self) -> None:
        """Undo :meth:`install`; nothing to remove is not an error."""
        if self.kind == "windows":
            self._registry().delete(RUN_KEY, APP_ID)
            return
        file = self.file
        if file is not None:
            file.unlink(missing_ok=True)

    def set_enabled(self, enabled: bool) -> None:
        self.install() if enabled else self.remove()

    def _registry(self) -> RegistryWriter:
        if self.registry is None:
            raise RuntimeError("no registry writer for the Windows Run key")
        return self.registry

