"""The DB worker thread: results and errors come back on the GUI thread, in order."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from crmdesk.ui.worker import DbWorker


@pytest.fixture
def worker() -> DbWorker:
    made = DbWorker()
    yield made
    made.stop()


def test_many_results_cross_threads_without_corrupting_objects(
    qtbot: QtBot, worker: DbWorker
) -> None:
    """PySide6 6.12.0 crashed here ("bool_dealloc"): a queued signal lost a reference."""
    results: list[object] = []
    for n in range(500):
        worker.submit(lambda n=n: [n, True, False, {"k": None}], on_done=results.append)
    qtbot.waitUntil(lambda: len(results) == 500, timeout=10_000)
    assert results[-1] == [499, True, False, {"k": None}]
    assert [r[0] for r in results] == list(range(500))  # type: ignore[index]


def test_work_runs_off_the_gui_thread_and_results_come_back_on_it(
    qtbot: QtBot, worker: DbWorker
) -> None:
    seen: dict[str, str] = {}
    worker.submit(
        lambda: threading.current_thread().name,
        on_done=lambda name: seen.update(worker=name, callback=threading.current_thread().name),
    )
    qtbot.waitUntil(lambda: "callback" in seen)
    assert seen["callback"] == threading.main_thread().name
    assert seen["worker"] != seen["callback"]


def test_errors_go_to_on_error_or_to_the_failed_signal(qtbot: QtBot, worker: DbWorker) -> None:
    caught: list[Exception] = []
    worker.submit(lambda: 1 / 0, on_error=caught.append)
    qtbot.waitUntil(lambda: len(caught) == 1)
    assert isinstance(caught[0], ZeroDivisionError)
    with qtbot.waitSignal(worker.failed) as failed:
        worker.submit(lambda: {}["missing"])
    assert isinstance(failed.args[0], KeyError)


def test_run_sync_returns_the_value_and_raises_the_error(worker: DbWorker) -> None:
    assert worker.run_sync(lambda x: x * 2, 21) == 42
    with pytest.raises(ValueError, match="boom"):
        worker.run_sync(lambda: (_ for _ in ()).throw(ValueError("boom")))


def test_store_used_on_the_worker_then_a_model_reset_on_the_gui_thread(qtbot: QtBot, ctx) -> None:  # type: ignore[no-untyped-def]
    """peewee's SQL functions registered on a worker-thread connection made this crash."""
    from PySide6.QtCore import QStringListModel

    from crmdesk.services.customer_list import ListQuery, list_ids

    model = QStringListModel()
    results: list[list[int]] = []

    def reset(ids: list[int]) -> None:
        model.beginResetModel()
        results.append(ids)
        model.endResetModel()

    for _ in range(20):
        ctx.worker.submit(list_ids, ctx.session, ListQuery(), on_done=reset)
    qtbot.waitUntil(lambda: len(results) == 20)


def test_jobs_share_the_thread_locals_and_so_the_database_connection(
    qtbot: QtBot,
    ctx,  # type: ignore[no-untyped-def]
) -> None:
    """peewee keeps the connection in a threading.local: one per thread, not one per job."""
    local = threading.local()

    def count() -> int:
        local.n = getattr(local, "n", 0) + 1
        return local.n

    assert [ctx.worker.run_sync(count) for _ in range(3)] == [1, 2, 3]
    connections = [ctx.worker.run_sync(ctx.session.store.db.connection) for _ in range(3)]
    assert connections[0] is connections[1] is connections[2]
