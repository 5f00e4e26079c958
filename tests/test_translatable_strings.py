"""Every translatable string is one lupdate can see: a literal, outside any f-string.

``pyside6-lupdate`` reads the source text, not the running program: ``self.tr(message)`` with a
variable, or ``self.tr("Language")`` inside an f-string, never reaches the .ts files, and the
string stays English in Dutch and French. This walks the syntax tree of every module.

- ``tr()``, ``QCoreApplication.translate()`` and ``N_()`` take literals only.
- The core's ``translate(context, text)`` takes a literal context; its text is a literal or the
  lookup of a message marked elsewhere with ``N_`` (a table's value, a preset's title). It may
  never be a string built at run time (an f-string, ``+``, ``%``, ``.format()``), which no
  catalog can hold.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "recruitdesk"
GENERATED = PACKAGE / "gui" / "forms"


def source_files() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if GENERATED not in path.parents and "__pycache__" not in path.parts)


def translation_kind(call: ast.Call) -> str | None:
    """'tr', 'qt' (QCoreApplication.translate), 'mark' (N_) or 'core' (i18n.translate), else None."""
    function = call.func
    if isinstance(function, ast.Name):
        return {"tr": "tr", "N_": "mark", "QT_TRANSLATE_NOOP": "mark", "QT_TR_NOOP": "tr", "translate": "core"}.get(function.id)
    if isinstance(function, ast.Attribute):
        if function.attr == "tr":
            return "tr"
        owner = function.value.id if isinstance(function.value, ast.Name) else ""
        if function.attr == "translate" and owner in {"QCoreApplication", "QApplication", "QGuiApplication"}:
            return "qt"
        if function.attr == "translate" and owner == "i18n":
            return "core"
    return None


def is_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def is_built_at_run_time(node: ast.AST) -> bool:
    if isinstance(node, (ast.JoinedStr, ast.BinOp)):
        return True
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in {
        "format", "join", "replace", "strip", "lower", "upper", "capitalize", "title"}


def problems(source: str, filename: str = "<test>") -> list[str]:
    """Each translation call lupdate cannot see, as 'line: call'."""
    tree = ast.parse(source, filename=filename)
    found: list[str] = []
    inside_fstrings = {id(sub) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for sub in ast.walk(node)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        kind = translation_kind(node)
        if kind is None:
            continue
        literal_count = {"tr": 1, "qt": 2, "mark": 2, "core": 1}[kind]
        arguments = node.args[:literal_count]
        wrong = len(arguments) < literal_count or not all(is_literal(argument) for argument in arguments)
        if kind == "core" and not wrong:
            wrong = len(node.args) < 2 or is_built_at_run_time(node.args[1])
        if not wrong and id(node) in inside_fstrings and all(is_literal(argument) for argument in node.args[:2]):
            wrong = True  # a literal lupdate does not see: f-string expressions are not scanned
        if wrong:
            found.append(f"{node.lineno}: {ast.unparse(node)}")
    return found


def test_the_check_catches_what_lupdate_misses():
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from recruitdesk.i18n import N_, translate\n"
        "class W:\n"
        "    def f(self, message, name):\n"
        "        self.tr(message)\n"
        "        QCoreApplication.translate('Ctx', message)\n"
        "        QCoreApplication.translate(name, 'text')\n"
        "        N_('ctx', message)\n"
        "        translate(name, 'text')\n"
        "        translate('ctx', f'Hello {name}')\n"
        "        translate('ctx', 'Hello ' + name)\n"
        "        text = f\"<td>{self.tr('Language')}</td>\"\n"
        "        self.tr('Fine'), QCoreApplication.translate('Ctx', 'Fine'), N_('ctx', 'Fine')\n"
        "        translate('ctx', 'Fine'), translate('ctx', LABELS[name])\n"
    )
    found = problems(code)
    assert [line.split(":")[0] for line in found] == ["5", "6", "7", "8", "9", "10", "11", "12"], found


def test_there_are_translation_calls_to_check():
    assert sum(len(ast.parse(path.read_text(encoding="utf-8")).body) for path in source_files()) > 100
    assert any("self.tr(" in path.read_text(encoding="utf-8") for path in source_files())


@pytest.mark.parametrize("path", source_files(), ids=lambda path: path.relative_to(ROOT).as_posix())
def test_translatable_strings_are_literals_lupdate_can_see(path):
    found = problems(path.read_text(encoding="utf-8"), str(path))
    assert not found, f"{path.relative_to(ROOT)}: translation calls lupdate cannot see:\n" + "\n".join(found)


def marked_contexts() -> set[str]:
    """Every context some ``N_(context, text)`` marks a message in."""
    contexts = set()
    for path in source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and translation_kind(node) == "mark" and node.args and is_literal(node.args[0]):
                contexts.add(node.args[0].value)
    return contexts


def test_a_looked_up_message_comes_from_a_context_with_marked_messages():
    """``translate("consents", PURPOSE_LABELS[code])`` only finds a translation if lupdate saw the
    table's values at their ``N_("consents", ...)``: the context must have marked messages."""
    marked = marked_contexts()
    assert {"errors", "consents", "presets"} <= marked
    unmarked = []
    for path in source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and translation_kind(node) == "core" and len(node.args) >= 2
                    and is_literal(node.args[0]) and not is_literal(node.args[1]) and node.args[0].value not in marked):
                unmarked.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}")
    assert not unmarked, "lookups in a context where nothing is marked with N_:\n" + "\n".join(unmarked)
