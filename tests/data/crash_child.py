"""Child process for the crash tests (run as `python -m tests.data.crash_child MODE DB`).

writes: commit customers in a loop, printing each id only after its commit returned.
passwd: print "ready", then change the password from $OLD to $NEW, then print "done".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from crmdesk.data.keyfile import KdfParams
from crmdesk.services import access, maintenance
from crmdesk.services.customers import create_customer


def _writes(db: Path) -> None:
    session = access.unlock(db, os.environ["OLD"])
    number = 0
    while True:
        number += 1
        changes = create_customer(session, {"name": f"crash {number}", "notes": "x" * 300})
        print(changes.created_id, flush=True)


def _passwd(db: Path) -> None:
    session = access.unlock(db, os.environ["OLD"])
    print("ready", flush=True)
    kdf = KdfParams(memory_kib=16 * 1024, iterations=2, lanes=1)
    maintenance.change_password(session, os.environ["NEW"], kdf)
    print("done", flush=True)


if __name__ == "__main__":
    mode, db_path = sys.argv[1], Path(sys.argv[2])
    {"writes": _writes, "passwd": _passwd}[mode](db_path)
