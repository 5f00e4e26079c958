"""Take the README's screenshots: the demo's main window and the first-run wizard.

Run under a real (virtual) display so the window is styled as users see it:
    Xvfb :95 -screen 0 1400x900x24 &
    DISPLAY=:95 QT_QPA_PLATFORM=xcb .venv/bin/python docs/take_screenshots.py
"""

from __future__ import annotations

import argparse
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

target, demo, vault = sys.argv[1], sys.argv[2] == "demo", sys.argv[3]

def grab():
    app = QApplication.instance()
    windows = [w for w in app.topLevelWidgets() if w.isVisible() and w.width() > 300]
    windows.sort(key=lambda w: w.width() * w.height(), reverse=True)
    windows[0].grab().save(target)
    app.quit()

original_exec = QApplication.exec
def exec_with_grab(*_args):
    QTimer.singleShot(5000, grab)
    return original_exec()
QApplication.exec = staticmethod(exec_with_grab)
args = argparse.Namespace(vault=None if demo else vault, recovery_key_file=None, lang=None, demo=demo, smoke_test=False)
sys.exit(gui_app.run_gui(args))
'''


def shoot(name: str, demo: bool) -> Path:
    target = OUT / f"{name}.png"
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-c", CHILD, str(target), "demo" if demo else "wizard", str(Path(folder) / "vault")],
                       check=True, timeout=120)
    return target


def main() -> int:
    argparse.ArgumentParser(description=__doc__).parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, demo in (("main-window", True), ("first-run-wizard", False)):
        print(shoot(name, demo))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
