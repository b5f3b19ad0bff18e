"""Planted customer data never appears in plaintext on disk: database, WAL, key, backups, temp."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from crmdesk.data.backup import make_backup, restore_backup
from crmdesk.data.keyfile import KdfParams, key_path_for, unwrap_with_password
from crmdesk.services import access
from crmdesk.services.customers import add_contact, create_customer, update_customer
from crmdesk.services.search import search_customers
from tests.conftest import PASSWORD
from tests.helpers import contains_bytes

NAME = "Canaryname Qx7731"
PHONE = "+86 139 9988 7766"
NOTE = "canary-note-5150 金丝雀备注"


def _needles() -> list[bytes]:
    texts = [NAME, "Qx7731", "13999887766", "9988 7766", "canary-note", "金丝雀备注"]
    return [t.encode(enc) for t in texts for enc in ("utf-8", "utf-16-le")]


def test_planted_strings_never_reach_the_disk_in_plaintext(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    folder = tmp_path / "profile"
    folder.mkdir()
    db_path = folder / "crm.db"

    session, _code = access.create(db_path, PASSWORD, KdfParams.cheap())
    cid = create_customer(session, {"name": NAME, "phone": PHONE, "notes": NOTE}).created_id or ""
    add_contact(session, cid, {"name": NAME + " jr", "phones": PHONE})
    update_customer(session, cid, {"notes": NOTE + " updated"})
    assert [hit.id for hit in search_customers(session, "Qx7731")] == [cid]
    assert [hit.id for hit in search_customers(session, "13999887766")] == [cid]
    assert contains_bytes(folder, _needles()) == []  # while open, WAL and SHM included
    backup = make_backup(session.store, folder=folder / "backups")
    session.store.close()
    restore_backup(backup, db_path, PASSWORD)
    reopened = access.unlock(db_path, PASSWORD)
    assert [hit.id for hit in search_customers(reopened, "金丝雀")] == [cid]
    reopened.store.close()

    assert contains_bytes(folder, _needles()) == []
    assert contains_bytes(temp, _needles()) == []
    data_key = unwrap_with_password(key_path_for(db_path), PASSWORD)
    assert contains_bytes(folder, [data_key, data_key.hex().encode()]) == []


def test_the_real_argon2id_defaults_protect_the_key(tmp_path: Path) -> None:
    """The shipped cost (64 MiB, 3 passes, 4 lanes) is what a new key file records."""
    import json

    session, code = access.create(tmp_path / "real.db", PASSWORD, KdfParams.default())
    session.store.close()
    document = json.loads(key_path_for(tmp_path / "real.db").read_text())
    for wrap in document["wraps"].values():
        assert (wrap["kdf"]["memory_kib"], wrap["kdf"]["iterations"], wrap["kdf"]["lanes"]) == (
            65536,
            3,
            4,
        )
    access.unlock(tmp_path / "real.db", PASSWORD).store.close()
    access.unlock(tmp_path / "real.db", code).store.close()
