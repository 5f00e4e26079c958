"""Take the README's screenshots: the demo's main window (in English, Dutch and French, at
1366x768, the most common laptop screen, with one candidate selected), the retention policy
editor in Settings (Dutch and French), the Vacancies tab, a vacancy's board and list, the
first-run wizard, and the import review in Dutch and French (CVs, a mail, a damaged PDF, a recipe
and a protected file, with the first page of a CV shown),
and the lock screen after Vault > Lock in Dutch and French (the whole screen, so the window's locked
text and the unlock dialog are both in the picture).

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
ROOT = Path(__file__).resolve().parents[1]

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
        elif view == "lock":  # Vault > Lock, as a user chooses it
            QTimer.singleShot(1500, window.ui.actionLock.trigger)

def grab():
    app = QApplication.instance()
    if view == "lock":  # the unlock dialog is a window of its own: take the whole screen
        QApplication.primaryScreen().grabWindow(0).save(target)
        app.quit()
        return
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


# The import review: files made by the tests' generators, opened in the demo window's import dialog.
IMPORT_CHILD = r'''
import datetime as dt, sys, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from recruitdesk.gui.shell import app as gui_app
from tests.gui.import_support import JAN
from tests.importing import make_files, protected_files
from tests.importing.test_mail_intake import write_eml

target, lang = sys.argv[1], sys.argv[2]
folder = Path(tempfile.mkdtemp())
make_files.write_docx(folder / "griet.docx", make_files.dutch_cv_lines())
camille = make_files.write_pdf(folder / "camille-dubois.pdf", make_files.french_cv_lines())
write_eml(folder / "Sollicitatie boekhouder.eml", sender="Jan Peeters <jan.peeters@example.be>",
          sent=dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.timezone.utc),
          attachments=[("cv.pdf", make_files.write_pdf(folder / "cv.tmp", JAN.splitlines()).read_bytes(), "application/pdf")])
(folder / "cv.tmp").unlink()
broken = make_files.write_pdf(folder / "pypdf-issue-broken-xref.pdf", ["test example"])
data = broken.read_bytes()
start = data.rindex(b"xref")
broken.write_bytes(data[:start] + data[start:].replace(b" 00000 n", b" 00000 f"))
make_files.write_pdf(folder / "recipe.pdf", ["Apple pie", "Ingredients", "500 g flour, 250 g butter, 6 apples.", "Method", "Bake for 45 minutes."])
protected_files.write_password_docx(folder / "cv-locked.docx", make_files.dutch_cv_lines("Lotte Peeters"), "secret")
paths = sorted(folder.iterdir())

def window():
    return next(w for w in QApplication.instance().topLevelWidgets() if hasattr(w, "importer") and w.isVisible())

def open_review():
    main = window()
    main.setGeometry(main.screen().availableGeometry())
    dialog = main.importer.open_dialog(paths)
    dialog.setGeometry(main.screen().availableGeometry())
    def when_read():
        if dialog.busy:
            QTimer.singleShot(300, when_read)
            return
        row = [row.file for row in dialog.model.rows].index("camille-dubois.pdf")
        dialog.ui.previewTable.selectRow(row)
        dialog.page_panel.show_button.click()
        QTimer.singleShot(6000, lambda: grab(dialog))
    QTimer.singleShot(500, when_read)

def grab(dialog):
    dialog.grab().save(target)
    QApplication.instance().quit()

original_exec = QApplication.exec
def exec_with_review(*_args):
    QTimer.singleShot(4000, open_review)
    return original_exec()
QApplication.exec = staticmethod(exec_with_review)
import argparse
args = argparse.Namespace(vault=None, recovery_key_file=None, lang=lang, demo=True, smoke_test=False)
sys.exit(gui_app.run_gui(args))
'''


def shoot_import_review(lang: str) -> Path:
    target = OUT / f"import-review-{lang}.png"
    with tempfile.TemporaryDirectory() as folder:
        environment = {**os.environ, "XDG_CONFIG_HOME": str(Path(folder) / "config")}
        subprocess.run([sys.executable, "-c", IMPORT_CHILD, str(target), lang, str(ROOT)], check=True, timeout=300, env=environment, cwd=ROOT)
    return target


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
         ("first-run-wizard", False, "en", "main"), ("lock-screen-nl", True, "nl", "lock"), ("lock-screen-fr", True, "fr", "lock"))
IMPORT_SHOTS = (("import-review-nl", "nl"), ("import-review-fr", "fr"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", choices=[shot[0] for shot in SHOTS + IMPORT_SHOTS], help="take only these screenshots")
    options = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, demo, lang, view in SHOTS:
        if options.only is None or name in options.only:
            print(shoot(name, demo, lang, view))
    for name, lang in IMPORT_SHOTS:
        if options.only is None or name in options.only:
            print(shoot_import_review(lang))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
