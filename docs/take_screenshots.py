"""Take the README's screenshots: the demo's main window (in English, Dutch and French, at
1366x768, the most common laptop screen, with one candidate selected), the retention policy
editor in Settings (Dutch and French), a vacancy's board and list, and the first-run wizard.

Run under a real (virtual) display so the window is styled as users see it:
    Xvfb :95 -screen 0 1366x768x24 &
    DISPLAY=:95 QT_QPA_PLATFORM=xcb .venv/bin/python docs/take_screenshots.py [--only NAME ...]
The program's preferences (window layout, language) go to a throwaway folder, not yours.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"

CHILD = r'''
import argparse, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from recruitdesk.gui.shell import app as gui_app

target, demo, vault, lang, view = sys.argv[1], sys.argv[2] == "demo", sys.argv[3], sys.argv[4], sys.argv[5]
main_window = []

def largest_window():
    app = QApplication.instance()
    windows = [w for w in app.topLevelWidgets() if w.isVisible() and w.width() > 300]
    windows.sort(key=lambda w: w.width() * w.height(), reverse=True)
    return windows[0]

def arrange():
    window = largest_window()
    if hasattr(window, "select_ids"):  # the main window: full screen size, one candidate selected
        main_window.append(window)
        window.setGeometry(window.screen().availableGeometry())
        window.select_ids([3])
        if view == "policy":  # Settings > Retention: the policy editor
            window.retention.open_settings()
        elif view == "vacancies":  # the Vacancies tab above the candidates
            window.vacancies.show()
        elif view in ("board", "list"):  # a vacancy's board (or list): the vacancy with the most applications
            panel = window.vacancies.panel
            busiest = max(panel.model.rows, key=lambda row: row.total)
            panel.select(busiest.id)
            board = window.vacancies.open_vacancy(busiest.id)
            board.resize(1200, 620)
            if view == "list":
                board.loaded.connect(lambda: board.tabs.setCurrentIndex(1))

def grab():
    app = QApplication.instance()
    dialogs = [w for w in app.topLevelWidgets() if w.isVisible() and type(w).__name__ == "PolicySettingsDialog"]
    board = main_window[0].vacancies.board_window if view in ("board", "list") and main_window else None
    (dialogs[0] if view == "policy" and dialogs else board or largest_window()).grab().save(target)
    QApplication.instance().quit()

original_exec = QApplication.exec
def exec_with_grab(*_args):
    QTimer.singleShot(4000, arrange)
    QTimer.singleShot(7000, grab)
    return original_exec()
QApplication.exec = staticmethod(exec_with_grab)
args = argparse.Namespace(vault=None if demo else vault, recovery_key_file=None, lang=lang, demo=demo, smoke_test=False)
sys.exit(gui_app.run_gui(args))
'''


def shoot(name: str, demo: bool, lang: str = "en", view: str = "main") -> Path:
    target = OUT / f"{name}.png"
    with tempfile.TemporaryDirectory() as folder:
        environment = {**os.environ, "XDG_CONFIG_HOME": str(Path(folder) / "config")}
        subprocess.run([sys.executable, "-c", CHILD, str(target), "demo" if demo else "wizard", str(Path(folder) / "vault"), lang, view],
                       check=True, timeout=120, env=environment)
    return target


SHOTS = (("main-window", True, "en", "main"), ("main-window-nl", True, "nl", "main"), ("main-window-fr", True, "fr", "main"),
         ("policy-editor-nl", True, "nl", "policy"), ("policy-editor-fr", True, "fr", "policy"),
         ("vacancies", True, "en", "vacancies"), ("vacancy-board", True, "en", "board"), ("vacancy-list-nl", True, "nl", "list"),
         ("first-run-wizard", False, "en", "main"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", choices=[shot[0] for shot in SHOTS], help="take only these screenshots")
    options = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, demo, lang, view in SHOTS:
        if options.only is None or name in options.only:
            print(shoot(name, demo, lang, view))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
