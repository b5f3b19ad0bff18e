"""How slow work reports progress and learns that it was cancelled (import, export, backup).

    def work(progress: Progress | None = None, cancelled: Cancelled | None = None): …
        progress(done, total)          # after each step, on the thread doing the work
        if cancelled and cancelled(): raise …Cancelled

The window passes a `crmdesk.ui.progress_job.ProgressJob`'s `report` and `cancelled`.
"""

from collections.abc import Callable

__all__ = ["Cancelled", "Progress"]

Progress = Callable[[int, int], None]  # (done, total)
Cancelled = Callable[[], bool]
