"""Entry point of the frozen (PyInstaller) RecruitDesk.

Besides calling ``recruitdesk.cli.main``, it stands in for the Python interpreter in the one way
RecruitDesk needs: the CV import runs its extraction worker as
``sys.executable -I -B -m recruitdesk.importing.worker LIMITS`` (see
``recruitdesk.importing.sandbox``). In a bundle ``sys.executable`` is this program, so
``[-B|-u|-E|-s|-I]... -m recruitdesk.<module> ARGS`` runs that module as ``__main__`` instead of
parsing the arguments as a RecruitDesk command. Only modules of the ``recruitdesk`` package are
accepted; any other ``-m`` is an error, never arbitrary code. The module comes from the bundle:
a frozen app never puts the current folder on ``sys.path``, so a ``recruitdesk/`` folder next to
the CVs being imported is never run (``build_and_smoke_test.py`` checks exactly that).
"""

from __future__ import annotations

import multiprocessing
import runpy
import sys

INTERPRETER_FLAGS = {"-B", "-u", "-E", "-s", "-I", "-S", "-O"}


def _module_request(arguments: list[str]) -> tuple[str, list[str]] | None:
    """``(module, args)`` when the arguments look like ``python [flags] -m module args``."""
    index = 0
    while index < len(arguments) and arguments[index] in INTERPRETER_FLAGS:
        index += 1
    if index + 1 < len(arguments) and arguments[index] == "-m":
        return arguments[index + 1], arguments[index + 2:]
    return None


def main() -> int:
    request = _module_request(sys.argv[1:])
    if request is not None:
        module, arguments = request
        if module != "recruitdesk" and not module.startswith("recruitdesk."):
            print(f"recruitdesk: cannot run module {module!r}", file=sys.stderr)
            return 2
        sys.argv = [module, *arguments]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    from recruitdesk.cli import main as recruitdesk_main

    return recruitdesk_main()


if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
