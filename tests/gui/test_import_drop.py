"""Dropping files and folders on a widget with an ImportDropHandler installed."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QTableView, QWidget

from recruitdesk.gui.importing.drop import ImportDropHandler
from tests.gui.import_support import drag_enter, drag_leave, drop, make_inbox, mime_for


def target_widget(qtbot, widget=None) -> QWidget:
    widget = widget or QWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    return widget


def test_files_and_folders_are_dropped_as_they_are_and_walked_later(qtbot, tmp_path):
    """The handler passes folders on unwalked: the import dialog walks them on a worker thread."""
    inbox = make_inbox(tmp_path / "inbox")
    (inbox / "more" / ".DS_Store").write_bytes(b"x")
    widget = target_widget(qtbot)
    handler = ImportDropHandler(widget)
    handler.install(widget)
    with qtbot.waitSignal(handler.files_dropped) as blocker:
        event = drop(widget, [inbox / "griet.docx", inbox / "empty.pdf", inbox / "more"])
    assert event.isAccepted()
    files, target = blocker.args
    assert [path.name for path in files] == ["griet.docx", "empty.pdf", "more"]
    assert target is None
    assert not handler.hint_for(widget).isVisible()


def test_hint_shows_while_files_hover_and_hides_when_they_leave(qtbot, tmp_path):
    inbox = make_inbox(tmp_path / "inbox")
    widget = target_widget(qtbot)
    handler = ImportDropHandler(widget)
    handler.install(widget)
    event = drag_enter(widget, mime_for([inbox / "jan.txt"]))
    assert event.isAccepted()
    hint = handler.hint_for(widget)
    assert hint.isVisible() and "new candidates" in hint.text()
    assert hint.geometry().width() > 300 and hint.accessibleName()
    drag_leave(widget)
    assert not hint.isVisible()


def test_web_links_and_a_locked_vault_are_refused(qtbot, tmp_path):
    widget = target_widget(qtbot)
    allowed = [True]
    handler = ImportDropHandler(widget, accepts=lambda: allowed[0])
    handler.install(widget)
    web = QMimeData()
    web.setUrls([QUrl("https://example.com/cv.pdf")])
    assert not drag_enter(widget, web).isAccepted()
    allowed[0] = False
    inbox = make_inbox(tmp_path / "inbox")
    dropped = []
    handler.files_dropped.connect(lambda files, target: dropped.append(files))
    assert not drag_enter(widget, mime_for([inbox / "jan.txt"])).isAccepted()
    drop(widget, [inbox / "jan.txt"])
    assert dropped == [] and not handler.hint_for(widget).isVisible()


def test_item_views_get_the_handler_on_their_viewport_and_can_name_a_target(qtbot, tmp_path):
    inbox = make_inbox(tmp_path / "inbox")
    table = target_widget(qtbot, QTableView())
    handler = ImportDropHandler(table, target_at=lambda widget, position: 42 if position.y() < 100 else None)
    watched = handler.install(table)
    assert watched is table.viewport() and watched.acceptDrops()
    drag_enter(watched, mime_for([inbox / "jan.txt"]), watched.rect().topLeft())
    assert "this candidate" in handler.hint_for(table).text()
    with qtbot.waitSignal(handler.files_dropped) as blocker:
        drop(watched, [inbox / "jan.txt"], watched.rect().topLeft())
    assert blocker.args[1] == 42
