"""Every user-facing string is translated into Simplified Chinese; the shipped .qm is current."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TS_DIR = REPO / "resources" / "translations"
QM_DIR = REPO / "crmdesk" / "ui" / "translations"
BIN = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate").parent


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _sources() -> list[str]:
    """Every module of the package, tracked or not (a new module must not hide its text)."""
    return sorted(
        str(path.relative_to(REPO))
        for path in (REPO / "crmdesk").rglob("*.py")
        if not path.name.startswith("demo")
    )


def test_chinese_translation_is_complete() -> None:
    messages = _messages(TS_DIR / "crmdesk_zh_CN.ts")
    assert len(messages) > 100
    unfinished = [
        source
        for (_ctx, source), message in messages.items()
        if (translation := message.find("translation")) is None
        or translation.get("type") in {"unfinished", "vanished", "obsolete"}
        or not ("".join(translation.itertext()).strip())
    ]
    assert unfinished == [], f"{len(unfinished)} untranslated, e.g. {unfinished[:5]}"


def test_every_string_in_the_source_is_in_the_ts_file(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-locations", "none", *_sources(), "-ts", str(fresh)],
        cwd=REPO, check=True, capture_output=True,
    )  # fmt: skip
    missing = set(_messages(fresh)) - set(_messages(TS_DIR / "crmdesk_zh_CN.ts"))
    assert missing == set(), f"run scripts/update-translations.sh: {sorted(missing)[:5]}"


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_shipped_qm_matches_its_ts(tmp_path: Path, language: str) -> None:
    built = tmp_path / "out.qm"
    source = TS_DIR / f"crmdesk_{language}.ts"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(source), "-qm", str(built)], check=True
    )
    assert built.read_bytes() == (QM_DIR / f"crmdesk_{language}.qm").read_bytes()


def test_translatable_text_is_marked_the_way_lupdate_reads_it() -> None:
    """pyside6-lupdate silently skips an aliased marker, a context in a variable, and
    `other.tr(...)` (it files that under the variable's name): each happened once here."""
    problems = []
    for name in _sources():
        text = (REPO / name).read_text(encoding="utf-8")
        if re.search(r"import QT_TRANSLATE_NOOP as", text):
            problems.append(f"{name}: QT_TRANSLATE_NOOP imported under another name")
        if re.search(r"QT_TRANSLATE_NOOP\(\s*[^\s\"]", text.split("def QT_TRANSLATE_NOOP")[0]):
            problems.append(f"{name}: QT_TRANSLATE_NOOP with a context that is not a literal")
        if re.search(r"\b(?!self\b)[a-z_]\w*\.tr\(", text):
            problems.append(f"{name}: tr() called on another object")
    assert problems == []
