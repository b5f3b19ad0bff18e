"""`crmdesk --self-test`: one OK line and exit code 0; a failure says why and exits non-zero.

The frozen app runs the same check in scripts/check-linux-package.sh.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from crmdesk import __version__

OK_LINE = re.compile(
    rf"crmdesk self-test OK: crmdesk {re.escape(__version__)}, Qt [0-9.]+, "
    r"SQLCipher \S.*, SQLite [0-9.]+"
)


def run(
    tmp_path: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """python <args> with its working and temp folders inside *tmp_path*."""
    scratch = tmp_path / "tmp"
    scratch.mkdir(exist_ok=True)
    environ = {**os.environ, "TMPDIR": str(scratch), "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(  # in tmp_path: an aborting Qt may leave a core file
        [sys.executable, *args],
        env=environ,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_self_test_prints_one_ok_line_and_leaves_nothing_behind(tmp_path: Path) -> None:
    done = run(tmp_path, "-m", "crmdesk", "--self-test")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1
    assert OK_LINE.fullmatch(lines[0]), lines[0]
    assert list((tmp_path / "tmp").iterdir()) == []  # the throwaway database is gone
    assert not (tmp_path / "home" / "data" / "crmdesk").exists()  # the real profile untouched


def test_a_failed_check_exits_1_with_the_reason(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "import crmdesk.services.search as search\n"
        "search.search_customers = lambda *args, **kwargs: []\n"
        "from crmdesk.cli import main\n"
        "sys.exit(main(['--self-test']))\n"
    )
    done = run(tmp_path, "-c", script)
    assert done.returncode == 1
    assert done.stdout == ""
    assert "crmdesk self-test FAILED: SelfTestFailed: search found 0 customer(s)" in done.stderr
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_missing_platform_plugin_fails_before_writing_anything(tmp_path: Path) -> None:
    done = run(tmp_path, "-m", "crmdesk", "--self-test", env={"QT_QPA_PLATFORM": "no-such"})
    assert done.returncode != 0
    assert "no-such" in done.stderr
    assert list((tmp_path / "tmp").iterdir()) == []
