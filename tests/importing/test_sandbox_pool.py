"""Two extraction workers read side by side; results keep the order the files were given."""

from __future__ import annotations

import threading

from recruitdesk.importing.sandbox_pool import MAX_WORKERS, SandboxPool, worker_count
from recruitdesk.services.importing import import_files, preview
from tests.importing import make_files


def test_worker_count_is_bounded_by_files_cores_and_the_maximum(monkeypatch):
    monkeypatch.setattr("os.cpu_count", lambda: 8)
    assert worker_count(1) == 1
    assert worker_count(50) == MAX_WORKERS
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    assert worker_count(50) == 1


def test_every_worker_is_used_and_results_come_back_in_order(tmp_path):
    files = []
    for number in range(6):
        path = tmp_path / f"cv{number}.txt"
        path.write_text(f"Candidate Number{number}\ncandidate{number}@example.be\n", encoding="utf-8")
        files.append(path)
    used: set[int] = set()
    lock = threading.Lock()

    def read(path):
        def work(sandbox):
            with lock:
                used.add(id(sandbox))
            return sandbox.extract(path).text
        return work

    with SandboxPool(size=2) as pool:
        texts = [future.result() for future in [pool.submit(read(path)) for path in files]]
    assert [text.splitlines()[1] for text in texts] == [f"candidate{n}@example.be" for n in range(6)]
    assert len(used) == 2


def test_preview_and_import_keep_the_files_order(tmp_path, new_vault):
    vault, _ = new_vault
    paths = []
    for number, lines in enumerate((make_files.dutch_cv_lines(), make_files.french_cv_lines())):
        path = tmp_path / f"{number}.docx"
        make_files.write_docx(path, lines)
        paths.append(path)
    broken = tmp_path / "2.pdf"
    broken.write_bytes(b"%PDF-1.7\nnot really")
    paths.append(broken)
    seen = []
    items = preview(paths, progress=lambda done, total, item: seen.append((done, total, item.file)))
    assert [item.file for item in items] == ["0.docx", "1.docx", "2.pdf"]
    assert seen == [(1, 3, "0.docx"), (2, 3, "1.docx"), (3, 3, "2.pdf")]
    assert [item.name for item in items[:2]] == ["Griet Van den Broeck", "Camille Dubois"] and not items[2].ok
    results = import_files(vault, paths)  # paths: read again, ahead of the writes
    assert [(result.file, result.status) for result in results] == [("0.docx", "imported"), ("1.docx", "imported"), ("2.pdf", "failed")]


def test_a_cancelled_preview_reads_nothing_more(tmp_path):
    paths = []
    for number in range(8):
        path = tmp_path / f"cv{number}.txt"
        path.write_text(f"Person {number}\n", encoding="utf-8")
        paths.append(path)
    cancel = threading.Event()
    items = preview(paths, cancel=cancel, progress=lambda done, total, item: cancel.set())
    assert items[0].ok
    codes = [item.failure.code if item.failure else "read" for item in items]
    assert codes.count("import-cancelled") >= 8 - 1 - 2 * MAX_WORKERS  # at most the files already being read finish
    assert codes[-1] == "import-cancelled"
