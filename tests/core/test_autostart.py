"""The login item for the tray start, as data: the desktop entry, the LaunchAgent and the Run
value, installed into and removed from a temporary home (issue 18). The same tests run on the
Windows and macOS runners, where the real winreg writer is also exercised."""

from __future__ import annotations

import configparser
import plistlib
import sys

import pytest

from recruitdesk import autostart
from recruitdesk.autostart import RUN_KEY, Autostart

COMMAND = ["/opt/Recruit Desk/bin/python3", "-m", "recruitdesk", "--tray"]


class FakeRegistry:
    """HKEY_CURRENT_USER as a dict, recording each call."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}
        self.calls: list[tuple] = []

    def read(self, key, name):
        self.calls.append(("read", key, name))
        return self.values.get((key, name))

    def write(self, key, name, value):
        self.calls.append(("write", key, name, value))
        self.values[(key, name)] = value

    def delete(self, key, name):
        self.calls.append(("delete", key, name))
        self.values.pop((key, name), None)


def test_the_launch_command_starts_the_tray():
    assert autostart.launch_command("/usr/bin/python3", frozen=False) == ["/usr/bin/python3", "-m", "recruitdesk", "--tray"]
    assert autostart.launch_command(r"C:\Program Files\RecruitDesk\RecruitDesk.exe", frozen=True) == [
        r"C:\Program Files\RecruitDesk\RecruitDesk.exe", "--tray"]


def test_the_desktop_entry_is_a_valid_autostart_entry_with_a_quoted_command():
    text = autostart.desktop_entry(COMMAND, comment="Alerts")
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(text)
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "RecruitDesk"
    assert entry["Exec"] == '"/opt/Recruit Desk/bin/python3" -m recruitdesk --tray'
    assert entry["X-GNOME-Autostart-enabled"] == "true" and entry["Terminal"] == "false"
    assert autostart._desktop_quote("100%") == '"100%%"'


def test_the_launch_agent_runs_the_command_at_load():
    data = plistlib.loads(autostart.launch_agent(COMMAND))
    assert data == {"Label": "eu.recruitdesk.tray", "ProgramArguments": COMMAND, "RunAtLoad": True,
                    "KeepAlive": False, "ProcessType": "Interactive"}


def test_the_run_value_quotes_a_path_with_spaces():
    value = autostart.run_value([r"C:\Program Files\RecruitDesk\RecruitDesk.exe", "--tray"])
    assert value == r'"C:\Program Files\RecruitDesk\RecruitDesk.exe" --tray'


def test_xdg_install_and_remove_in_a_temporary_home(tmp_path):
    item = Autostart("xdg", tmp_path, COMMAND, environment={})
    assert item.file == tmp_path / ".config" / "autostart" / "recruitdesk.desktop"
    assert not item.is_installed()
    item.set_enabled(True)
    assert item.is_installed()
    assert "Exec=\"/opt/Recruit Desk/bin/python3\" -m recruitdesk --tray" in item.file.read_text("utf-8")
    assert sorted(p.name for p in item.file.parent.iterdir()) == ["recruitdesk.desktop"]  # no temporary left
    item.set_enabled(False)
    assert not item.is_installed() and not item.file.exists()
    item.remove()  # removing twice is fine


def test_xdg_follows_xdg_config_home(tmp_path):
    item = Autostart("xdg", tmp_path, COMMAND, environment={"XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    assert item.file == tmp_path / "cfg" / "autostart" / "recruitdesk.desktop"


def test_macos_install_and_remove_in_a_temporary_home(tmp_path):
    item = Autostart("macos", tmp_path, COMMAND)
    item.install()
    assert item.file == tmp_path / "Library" / "LaunchAgents" / "eu.recruitdesk.tray.plist"
    assert plistlib.loads(item.file.read_bytes())["ProgramArguments"] == COMMAND
    assert item.is_installed()
    item.remove()
    assert not item.file.exists() and not item.is_installed()


def test_windows_writes_and_deletes_the_run_value_through_the_writer(tmp_path):
    registry = FakeRegistry()
    item = Autostart("windows", tmp_path, [r"C:\RD\RecruitDesk.exe", "--tray"], registry=registry)
    assert item.file is None and not item.is_installed()
    item.set_enabled(True)
    assert registry.values == {(RUN_KEY, "RecruitDesk"): r"C:\RD\RecruitDesk.exe --tray"}
    assert RUN_KEY == r"Software\Microsoft\Windows\CurrentVersion\Run"
    assert item.is_installed()
    item.set_enabled(False)
    assert registry.values == {}
    assert ("delete", RUN_KEY, "RecruitDesk") in registry.calls
    assert list(tmp_path.iterdir()) == []  # nothing written to the home folder


def test_the_system_kind():
    assert autostart.system_kind("win32") == "windows"
    assert autostart.system_kind("darwin") == "macos"
    assert autostart.system_kind("linux") == "xdg"


@pytest.mark.skipif(sys.platform != "win32", reason="the real registry exists only on Windows")
def test_the_real_run_key_on_windows():  # runs on the Windows CI runner
    writer = autostart.WinregWriter()
    name = "RecruitDeskTest"
    try:
        writer.write(RUN_KEY, name, r'"C:\x y\RecruitDesk.exe" --tray')
        assert writer.read(RUN_KEY, name) == r'"C:\x y\RecruitDesk.exe" --tray'
    finally:
        writer.delete(RUN_KEY, name)
    assert writer.read(RUN_KEY, name) is None


@pytest.mark.skipif(sys.platform != "darwin", reason="plutil exists only on macOS")
def test_the_launch_agent_passes_plutil_on_macos(tmp_path):  # runs on the macOS CI runner
    import subprocess

    item = Autostart("macos", tmp_path, COMMAND)
    item.install()
    subprocess.run(["plutil", "-lint", str(item.file)], check=True)


def test_this_system_is_recognised():
    item = Autostart.for_this_system()
    assert item.command[-1] == "--tray"
    assert item.kind == autostart.system_kind()
