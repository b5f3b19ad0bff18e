"""What every pane gets: the unlocked session, the DB worker, and the change bus."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from crmdesk.services.session import Changes, Session
from crmdesk.ui.worker import DbWorker


class ChangeBus(QObject):
    """Application-wide: every completed mutation is announced once with what it changed.

    Each pane decides for itself whether to refresh (Anki's op_executed).
    """

    changed = Signal(object)  # Changes
    open_customer = Signal(str)  # a pane asks the window to show this customer

    def announce(self, changes: Changes) -> None:
        self.changed.emit(changes)


@dataclass
class AppContext:
    session: Session
    worker: DbWorker
    bus: ChangeBus

    def run(
        self, fn: object, *args: object, on_done: object = None, on_error: object = None
    ) -> int:
        """Submit a mutation; when it succeeds, announce its Changes, then call on_done.

        A failure goes to on_error if given, else to the worker's `failed` signal.
        """

        def finished(changes: Changes) -> None:
            self.bus.announce(changes)
            if callable(on_done):
                on_done(changes)

        return self.worker.submit(
            fn,  # type: ignore[arg-type]
            self.session,
            *args,
            on_done=finished,
            on_error=on_error if callable(on_error) else None,
        )
