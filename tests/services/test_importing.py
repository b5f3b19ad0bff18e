"""Importing: preview and duplicate matching, decisions, one transaction, undo, profiles."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from crmdesk.data.audit import verify_chain
from crmdesk.data.database import CACHE_KIB
from crmdesk.data.search import search_ids
from crmdesk.exchange.model import CleanRow, MatchKeys, Problem
from crmdesk.exchange.normalise import name_company_key
from crmdesk.exchange.phones import e164
from crmdesk.services import import_batches, importing
from crmdesk.services.customers import add_contact, create_customer
from crmdesk.services.import_batches import (
    BatchAlreadyUndone,
    list_import_batches,
    undo_import,
)
from crmdesk.services.importing import (
    Decision,
    ImportCancelled,
    ImportPreview,
    RowStatus,
    list_mapping_profiles,
    load_mapping_profile,
    preview_rows,
    run_import,
    save_mapping_profile,
)
from crmdesk.services.session import Session
from tests.helpers import assert_due_upkeep, customer


def row(number: int, name: str | None, **fields: Any) -> CleanRow:
    """A cleaned row as the normaliser would give it (a stand-in for normalise.clean_row)."""
    contact: dict[str, Any] = {}
    for key in ("contact_name", "contact_phone", "contact_email"):
        if fields.get(key):
            contact[{"contact_phone": "phones"}.get(key, key[8:])] = fields.pop(key)
    tags = fields.pop("tags", [])
    birthday = fields.pop("birthday", None)
    customer_values = {"name": name, **fields}
    phones = {p for p in (fields.get("phone"), contact.get("phones")) if p}
    emails = {e.lower() for e in (fields.get("email"), contact.get("email")) if e}
    keys = MatchKeys(
        phones=frozenset(e164(p, "CN") or p for p in phones),
        emails=frozenset(emails),
        name_company=name_company_key(name, fields.get("company")),
    )
    error = None if name else Problem(number, None, "row.no_name", "No name")
    return CleanRow(
        number=number,
        customer={k: v for k, v in customer_values.items() if v is not None},
        contacts=[contact] if contact else [],
        tags=list(tags),
        birthday=birthday,
        keys=keys,
        warnings=[],
        error=error,
    )


def preview(session: Session, rows: Sequence[CleanRow]) -> ImportPreview:
    return preview_rows(session, rows, file_name="客户.xlsx", kind="xlsx")


def count(session: Session, table: str = "customer") -> int:
    sql = f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
    result: int = session.store.db.execute_sql(sql).fetchone()[0]
    return result


def ids_named(session: Session, name: str) -> list[str]:
    rows = session.store.db.execute_sql(
        "SELECT id FROM customer WHERE name = ? AND deleted_at IS NULL ORDER BY rid", (name,)
    )
    return [r[0] for r in rows]


REALISTIC = [
    row(2, "上海明远贸易有限公司", company="上海明远贸易有限公司", grade="A", city="上海",
        phone="021-6234 5678", contact_name="王芳", contact_phone="+8613912345678",
        contact_email="wang.fang@mingyuan.cn", tags=["展会", "重点客户"],
        last_followup_on="2026-11-02", source="trade_show", size_bucket="medium"),
    row(3, "张伟", kind="person", grade="C", phone="+8613800138000", email="zw@example.com",
        birthday=(3, 5, 1980), notes="喜欢喝茶"),
    row(4, None, city="北京"),  # rejected: no name
    row(5, "Northwind Traders", company="Northwind Traders", email="info@northwind.com",
        tags=["Referral"]),
]  # fmt: skip


def test_a_realistic_file_imports_with_counts_and_field_values(session: Session) -> None:
    pre = preview(session, REALISTIC)
    assert (pre.new, pre.duplicates, [p.row for p in pre.invalid]) == (3, 0, [4])
    result = run_import(session, pre)
    assert (result.new, result.updated, result.duplicates) == (3, 0, 0)
    assert result.to_json()["invalid"] == [{"row": 4, "reason": "No name"}]
    assert count(session) == 3

    [firm_id] = ids_named(session, "上海明远贸易有限公司")
    firm = customer(session, firm_id)
    assert firm["grade"] == "A"
    assert firm["city"] == "上海"
    assert firm["kind"] == "company"
    assert firm["tags"] == "展会 重点客户"
    assert firm["last_followup_on"] == "2026-11-02"
    assert firm["next_due_on"] == "2026-11-03"  # A: daily from the last follow-up (Mon)
    contacts = session.store.db.execute_sql(
        "SELECT name, phones, email, is_primary FROM contact WHERE customer_id = ?", (firm_id,)
    ).fetchall()
    assert contacts == [("王芳", "+8613912345678", "wang.fang@mingyuan.cn", 1)]
    tags = session.store.db.execute_sql(
        "SELECT t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE ct.customer_id = ? ORDER BY t.name",
        (firm_id,),
    ).fetchall()
    assert sorted(t[0] for t in tags) == ["展会", "重点客户"]

    [person_id] = ids_named(session, "张伟")
    person = customer(session, person_id)
    assert (person["kind"], person["grade"], person["notes"]) == ("person", "C", "喜欢喝茶")
    key_dates = session.store.db.execute_sql(
        "SELECT kind, month, day, year, yearly FROM key_date WHERE customer_id = ?", (person_id,)
    ).fetchall()
    assert key_dates == [("birthday", 3, 5, 1980, 1)]

    entries = session.store.db.execute_sql(
        "SELECT kind, batch_id, content FROM timeline_entry ORDER BY rid"
    ).fetchall()
    assert entries == [("import", result.batch_id, "客户.xlsx")] * 3
    # searchable at once: contact name, phone digits, tag
    assert firm["rid"] in search_ids(session.store, "王芳")
    assert firm["rid"] in search_ids(session.store, "13912345678")
    assert person["rid"] in search_ids(session.store, "喜欢喝")
    [batch] = list_import_batches(session)
    assert batch.id == result.batch_id
    assert batch.counts["new"] == 3
    assert batch.undone_at is None
    actions = [r[0] for r in session.store.db.execute_sql("SELECT action FROM audit_event")]
    assert actions[-1] == "import"
    assert verify_chain(session.store.db).ok


def _existing(session: Session) -> dict[str, str]:
    ids = {}
    ids["phone"] = create_customer(session, {"name": "老客户", "phone": "138 0013 8000"}).created_id
    ids["mail"] = create_customer(session, {"name": "Mail", "email": "Info@Acme.com"}).created_id
    ids["firm"] = create_customer(
        session, {"name": "李娜", "company": "华东 机电", "grade": "B"}
    ).created_id
    ids["contact"] = create_customer(session, {"name": "Contact Co"}).created_id
    add_contact(session, ids["contact"], {"name": "赵六", "phones": "+8613700001111"})
    gone = create_customer(session, {"name": "Gone", "phone": "13911112222"}).created_id
    from crmdesk.services.customers import delete_customer

    delete_customer(session, gone)
    return {k: str(v) for k, v in ids.items()}


def test_duplicates_match_existing_customers_and_earlier_rows(session: Session) -> None:
    ids = _existing(session)
    rows = [
        row(2, "Someone", phone="+86 138-0013-8000"),  # customer phone, other format
        row(3, "Other", email="INFO@acme.com"),  # e-mail, any case
        row(4, "李 娜", company="华东机电"),  # name + company, spaces ignored
        row(5, "X", contact_phone="13700001111"),  # a contact's phone
        row(6, "Y", phone="13911112222"),  # only a deleted customer has it: new
        row(7, "Z", email="y@new.cn", phone="13911112222"),  # same phone as row 6
        row(8, "Fresh"),
    ]
    pre = preview(session, rows)
    status = {r.number: r.status for r in pre.rows}
    assert status == {
        2: RowStatus.DUPLICATE,
        3: RowStatus.DUPLICATE,
        4: RowStatus.DUPLICATE,
        5: RowStatus.DUPLICATE,
        6: RowStatus.NEW,
        7: RowStatus.DUPLICATE,
        8: RowStatus.NEW,
    }
    matched = {r.number: [m.customer_id for m in r.matches] for r in pre.rows}
    assert matched[2] == [ids["phone"]]
    assert matched[3] == [ids["mail"]]
    assert matched[4] == [ids["firm"]]
    assert matched[5] == [ids["contact"]]
    assert pre.rows[1].matches[0].name == "Mail"
    assert pre.rows[5].earlier_row == 6
    assert pre.rows[5].matches == ()
    assert (pre.new, pre.duplicates) == (2, 5)


def test_skip_is_the_default_decision(session: Session) -> None:
    _existing(session)
    before = count(session)
    result = run_import(session, preview(session, [row(2, "Someone", phone="13800138000")]))
    assert (result.new, result.updated, result.duplicates) == (0, 0, 1)
    assert count(session) == before


def test_create_anyway_makes_a_second_customer(session: Session) -> None:
    _existing(session)
    pre = preview(session, [row(2, "老客户", phone="13800138000")])
    result = run_import(session, pre, default=Decision.CREATE)
    assert (result.new, result.updated, result.duplicates) == (1, 0, 0)
    assert len(ids_named(session, "老客户")) == 2


def test_update_fills_the_match_and_undo_restores_it(session: Session) -> None:
    ids = _existing(session)
    rows = [
        row(2, "李娜", company="华东机电", grade="A", city="杭州", tags=["VIP"],
            contact_name="钱七", contact_phone="13600001234"),
        row(3, "Fresh", phone="13500001111"),
        row(4, "Mail", email="info@acme.com", notes="from the fair"),
    ]  # fmt: skip
    pre = preview(session, rows)
    before = customer(session, ids["firm"])
    result = run_import(session, pre, decisions={4: Decision.SKIP}, default=Decision.UPDATE)
    assert (result.new, result.updated, result.duplicates) == (1, 1, 1)
    after = customer(session, ids["firm"])
    assert (after["grade"], after["city"], after["tags"]) == ("A", "杭州", "VIP")
    assert after["next_due_on"] != before["next_due_on"]  # grade changed: recomputed
    assert after["rid"] in search_ids(session.store, "钱七")
    assert customer(session, ids["mail"])["notes"] is None  # skipped per row
    assert_due_upkeep(session.store.db)  # the Today pane's tally and copies, set-based

    undo_import(session, str(result.batch_id))
    assert_due_upkeep(session.store.db)
    # the undo ran with a larger page cache (large_page_cache), and gave it back
    cache = session.store.db.execute_sql("PRAGMA cache_size").fetchone()[0]
    assert cache == -CACHE_KIB
    restored = customer(session, ids["firm"])
    for key in ("grade", "city", "tags", "next_due_on", "name", "company"):
        assert restored[key] == before[key], key
    assert search_ids(session.store, "钱七") == []
    assert search_ids(session.store, "VIP") == []
    assert ids_named(session, "Fresh") == []
    links = session.store.db.execute_sql(
        "SELECT count(*) FROM customer_tag WHERE customer_id = ?", (ids["firm"],)
    ).fetchone()[0]
    assert links == 0
    with pytest.raises(BatchAlreadyUndone):
        undo_import(session, str(result.batch_id))


def test_update_of_an_earlier_file_row_merges_into_one_customer(session: Session) -> None:
    rows = [
        row(2, "Acme", email="a@acme.com", city="Paris"),
        row(3, "Acme", email="a@acme.com", city="Lyon", grade="B"),
        row(4, "Acme", email="a@acme.com"),
    ]
    pre = preview(session, rows)
    result = run_import(session, pre, decisions={3: Decision.UPDATE})
    assert (result.new, result.updated, result.duplicates) == (1, 1, 1)
    [cid] = ids_named(session, "Acme")
    assert (customer(session, cid)["city"], customer(session, cid)["grade"]) == ("Lyon", "B")
    assert_due_upkeep(session.store.db)


def test_undo_removes_exactly_the_batch(session: Session) -> None:
    kept = create_customer(session, {"name": "明远老客户"}).created_id
    first = run_import(session, preview(session, [row(2, "明远一号", phone="13811112222")]))
    second = run_import(session, preview(session, REALISTIC))
    assert count(session) == 5
    assert count(session, "key_date") > 0
    assert_due_upkeep(session.store.db)
    undo_import(session, str(second.batch_id))
    assert count(session) == 2
    assert {customer(session, kept)["deleted_at"], len(ids_named(session, "明远一号"))} == {None, 1}
    assert search_ids(session.store, "明远") == [
        customer(session, kept)["rid"],
        customer(session, ids_named(session, "明远一号")[0])["rid"],
    ] or sorted(search_ids(session.store, "明远")) == sorted(
        [
            customer(session, kept)["rid"],
            customer(session, ids_named(session, "明远一号")[0])["rid"],
        ]
    )
    assert search_ids(session.store, "王芳") == []
    assert search_ids(session.store, "喜欢喝") == []
    assert count(session, "contact") == 0
    assert count(session, "key_date") == 0
    assert [b.undone_at is not None for b in list_import_batches(session)] == [True, False]
    assert first.batch_id != second.batch_id
    event = session.store.db.execute_sql(
        "SELECT action, entity_id, changes FROM audit_event ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert event[:2] == ("undo_import", second.batch_id)
    assert json.loads(event[2])["removed"] == 3
    assert verify_chain(session.store.db).ok


def _many(n: int) -> list[CleanRow]:
    return [row(i + 2, f"客户{i:05d}", phone=f"139{i:08d}", tags=[f"t{i % 7}"]) for i in range(n)]


def test_cancel_mid_way_keeps_nothing(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    create_customer(session, {"name": "Before"})
    monkeypatch.setattr(importing, "CHUNK", 100)
    calls: list[tuple[int, int]] = []
    pre = preview(session, _many(1000))
    with pytest.raises(ImportCancelled):
        run_import(
            session,
            pre,
            progress=lambda d, t: calls.append((d, t)),
            cancelled=lambda: len(calls) >= 3,
        )
    assert calls == [(100, 1000), (200, 1000), (300, 1000)]
    assert count(session) == 1
    assert count(session, "tag") == 0
    assert count(session, "contact") == 0
    assert list_import_batches(session) == []
    assert search_ids(session.store, "客户") == []
    assert (
        session.store.db.execute_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%search%'"
        ).fetchone()[0]
        == 5
    )  # the suspended search triggers are back


def test_a_failure_at_row_500_keeps_nothing(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_customer(session, {"name": "Before"})
    monkeypatch.setattr(importing, "CHUNK", 100)
    real = import_batches.BatchWriter._entry
    seen = []

    def failing(self: import_batches.BatchWriter, customer_id: str) -> tuple[Any, ...]:
        seen.append(customer_id)
        if len(seen) == 500:
            raise OSError("disk gone")
        return real(self, customer_id)

    monkeypatch.setattr(import_batches.BatchWriter, "_entry", failing)
    with pytest.raises(OSError, match="disk gone"):
        run_import(session, preview(session, _many(1000)))
    assert count(session) == 1
    assert count(session, "timeline_entry") == 0
    assert list_import_batches(session) == []
    monkeypatch.setattr(import_batches.BatchWriter, "_entry", real)
    result = run_import(session, preview(session, _many(1000)))  # the same file works after
    assert result.new == 1000
    assert count(session) == 1001


def test_mapping_profiles_are_stored_and_audited(session: Session) -> None:
    assert list_mapping_profiles(session) == []
    save_mapping_profile(session, "WPS", {"客户名称": "name", "手机": "contact_phone"})
    save_mapping_profile(session, "Outlook", {"Name": "name"})
    assert list_mapping_profiles(session) == ["Outlook", "WPS"]
    assert load_mapping_profile(session, "WPS") == {"客户名称": "name", "手机": "contact_phone"}
    assert load_mapping_profile(session, "nope") is None
    assert importing.resolve_mapping(["序号", "客户名称", "手机"], {"客户名称": "name"}) == {
        1: "name"
    }
    actions = [r[0] for r in session.store.db.execute_sql("SELECT action FROM audit_event")]
    assert actions[-2:] == ["update", "update"]


_CELL = st.one_of(
    st.none(),
    st.text(max_size=6),
    st.sampled_from(
        ["", " ", "=1+1", "13800138000", "1.39E+10", "bad@", "a@b.cn", "张伟", "A类", "2024/2/30",
         "--0415", "'+x", "\"", "a,b", "x\ny", "9" * 40]
    ),
)  # fmt: skip
_HEADERS = ["客户名称", "手机", "邮箱", "客户等级", "生日", "标签"]


@settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(
        st.tuples(st.one_of(_CELL, st.sampled_from(["张伟", "Acme Ltd", "王芳"]))).flatmap(
            lambda first: st.lists(_CELL, min_size=5, max_size=5).map(lambda rest: [*first, *rest])
        ),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from(list(Decision)),
    st.integers(0, 3).map(lambda n: n == 0),
)
def test_an_import_is_all_or_nothing(
    session: Session,
    tmp_path_factory: pytest.TempPathFactory,
    cells: list[list[Any]],
    decision: Decision,
    cancel: bool,
) -> None:
    """Generated files with bad cells, through the real readers: never a partial import."""
    import csv
    import io

    from crmdesk.exchange.model import ImportFileError

    text = io.StringIO()
    csv.writer(text).writerows([_HEADERS, *[["" if c is None else c for c in r] for r in cells]])
    path = tmp_path_factory.mktemp("fuzz") / "f.csv"
    path.write_text(text.getvalue(), encoding="utf-8")
    before = count(session)
    try:
        pre = importing.preview_import(session, path)
    except ImportFileError:
        event("refused")
        return  # refused as a whole (e.g. no recognisable header): nothing to import
    try:
        result = run_import(session, pre, default=decision, cancelled=lambda: cancel)
    except ImportCancelled:
        assert count(session) == before
        return
    event(f"imported {result.new > 0}")
    assert count(session) == before + result.new
    rows = len(pre.rows)
    assert result.new + result.updated + result.duplicates + len(result.invalid) == rows


def test_an_xlsx_with_a_title_row_numeric_phones_and_dates(
    session: Session, tmp_path: Path
) -> None:
    from datetime import date

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["2026年客户名单"])
    sheet.merge_cells("A1:F1")
    sheet.append(["公司名称", "联系人", "手机", "最近跟进", "客户等级", "标签"])
    sheet.append(
        ["杭州鑫达科技有限公司", "周杰", 13912345678, date(2026, 11, 20), "B级", "华东 VIP"]
    )
    sheet.append(["苏州瑞丰建材", "吴敏", 13812345678.0, "2026/11/2", "C", ""])
    sheet.append(["", "", "", "", "", ""])
    sheet.append(["杭州鑫达科技有限公司", "周杰", 13912345678, None, "A", ""])  # same firm again
    path = tmp_path / "名单.xlsx"
    book.save(path)

    create_customer(session, {"name": "苏州瑞丰建材", "phone": "+8613812345678", "grade": "D"})
    pre = importing.preview_import(session, path)
    assert (pre.new, pre.duplicates, pre.invalid) == (1, 2, [])
    assert [r.number for r in pre.rows] == [3, 4, 6]  # rows as Excel numbers them
    assert pre.rows[2].earlier_row == 3
    result = run_import(session, pre, decisions={4: Decision.UPDATE})
    assert (result.new, result.updated, result.duplicates) == (1, 1, 1)
    [firm_id] = ids_named(session, "杭州鑫达科技有限公司")
    firm = customer(session, firm_id)
    assert (firm["grade"], firm["last_followup_on"], firm["tags"]) == (
        "B",
        "2026-11-20",
        "华东 VIP",
    )
    assert firm["phone"] == "+8613912345678"
    [other_id] = ids_named(session, "苏州瑞丰建材")
    other = customer(session, other_id)
    assert (other["grade"], other["last_followup_on"]) == ("C", "2026-11-02")
    contact = session.store.db.execute_sql(
        "SELECT name, phones FROM contact WHERE customer_id = ?", (other_id,)
    ).fetchall()
    assert contact == [("吴敏", "+8613812345678")]


def test_cleaning_reports_progress_and_stops_when_cancelled(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crmdesk.exchange.model import SourceRow, Table

    monkeypatch.setattr(importing, "CHUNK", 10)
    rows = [SourceRow(number=n + 2, cells=[f"客户{n}", f"139{n:08d}"]) for n in range(35)]
    table = Table(headers=["客户名称", "手机"], rows=rows, kind="csv")
    mapping = {0: "name", 1: "phone"}
    seen: list[tuple[int, int]] = []
    cleaned = importing.clean_table(session, table, mapping, progress=lambda *p: seen.append(p))
    assert [row.customer["name"] for row in cleaned] == [f"客户{n}" for n in range(35)]
    assert seen == [(10, 35), (20, 35), (30, 35), (35, 35)]
    asked: list[int] = []

    def cancel_after_two_chunks() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(ImportCancelled):
        importing.clean_table(session, table, mapping, cancelled=cancel_after_two_chunks)
    assert len(asked) == 3, "checked before each chunk, stopped before the third"
