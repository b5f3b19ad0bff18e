"""The due list's SQL reads indexes (schemas v5 and v8), never whole tables."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

import pytest

from bench.queries import recording
from crmdesk.domain.enums import KeyDateKind
from crmdesk.domain.keydates import KeyDateRule
from crmdesk.services.customers import create_customer, delete_customer, update_customer
from crmdesk.services.due import agenda, customer_items, due_list, due_page, due_summary
from crmdesk.services.key_dates import add_key_date
from crmdesk.services.merge import merge_customers, undo_merge
from crmdesk.services.reminders import (
    add_reminder,
    snooze_followup_until,
    snooze_key_date,
    snooze_reminder,
)
from crmdesk.services.session import Session
from tests.helpers import assert_due_upkeep


@pytest.fixture
def populated(session: Session) -> Session:
    now, today = session.now(), session.today()
    for n in range(30):
        due = today + timedelta(days=n % 12 - 4)
        fields = {"name": f"客户 {n}", "grade": "ABCDE"[n % 5], "manual_next_on": due.isoformat()}
        cid = create_customer(session, fields).created_id or ""
        if n % 3 == 0:
            day = today + timedelta(days=n % 5)
            rule = KeyDateRule.of(KeyDateKind.BIRTHDAY, day.month, day.day)
            kid = add_key_date(session, cid, rule).created_id or ""
            if n % 2:
                snooze_key_date(session, kid, day, now + timedelta(hours=1))
        if n % 4 == 0:
            rid = add_reminder(session, cid, now + timedelta(days=n % 3 - 1), "r").created_id
            snooze_reminder(session, rid or "", now + timedelta(hours=2))
        if n % 7 == 0:
            snooze_followup_until(session, cid, now + timedelta(minutes=30))
    return session


def _plan(session: Session, sql: str, params: Sequence[Any]) -> str:
    rows = session.store.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    return " | ".join(str(row[-1]) for row in rows)


def _due_statements(session: Session) -> list[tuple[str, Sequence[Any]]]:
    cid = session.store.db.execute_sql("SELECT id FROM customer LIMIT 1").fetchone()[0]
    with recording(session) as statements:
        summary = due_summary(session)
        assert summary.held, "the fixture snoozes follow-ups"
        assert summary.held_key_dates, "the fixture snoozes key dates"
        for section, grade in summary.groups():
            due_page(session, summary, section, grade, offset=1, limit=2)
        customer_items(session, summary, {cid})
        agenda(session)
        due_list(session, session.today())
    return [(sql, params) for sql, params in statements if not sql.startswith("PRAGMA")]


# what each table may be read through (schema v5 and v8)
_INDEXES = {
    "customer": ("customer_live_agenda", "customer_live_due", "sqlite_autoindex_customer"),
    "k": ("key_date_window", "key_date_customer", "sqlite_autoindex_key_date"),
    "r": ("reminder_key_date",),
    "reminder": ("reminder_manual_due", "reminder_snoozed", "reminder_open", "reminder_customer"),
    "due_tally": ("due_tally",),  # a row per grade and day: read whole
}


def test_the_due_list_reads_indexes_not_tables(populated: Session) -> None:
    statements = _due_statements(populated)
    assert len(statements) > 10
    used = set()
    for sql, params in statements:
        plan = _plan(populated, sql, params)
        for step in plan.split(" | "):
            if not step.startswith(("SCAN ", "SEARCH ")) or step.split()[1] == "w":
                continue
            if "CONSTANT ROWS" in step or "VIRTUAL TABLE" in step:
                continue
            table = step.split()[1]
            found = [index for index in _INDEXES[table] if index in step]
            assert found, plan
            used.update(found)
    assert {"key_date_window", "reminder_manual_due", "customer_live_agenda"} <= used


def test_counts_read_the_tally_and_index_ranges_and_pages_need_no_customer_row(
    populated: Session,
) -> None:
    statements = _due_statements(populated)
    tally = [sql for sql, _params in statements if "due_tally" in sql]
    assert tally
    assert all("customer" not in sql for sql in tally)
    for sql, params in statements:
        plan = _plan(populated, sql, params)
        if "key_date k" in sql and "count(*)" in sql:
            assert "COVERING INDEX key_date_window" in plan, plan
        if "kind = 'manual'" in sql and "count" in sql:
            assert "COVERING INDEX reminder_manual_due" in plan, plan
        if "key_date" in sql or "kind = 'manual'" in sql:
            assert " customer " not in f" {sql} ", sql


def test_follow_ups_are_paged_on_the_agenda_index_without_sorting(populated: Session) -> None:
    followups = [
        (sql, params)
        for sql, params in _due_statements(populated)
        if "grade = " in sql and "next_due_on >" in sql
    ]
    assert any("LIMIT" in sql for sql, _params in followups)
    for sql, params in followups:
        plan = _plan(populated, sql, params)
        assert "customer_live_agenda" in plan, plan
        assert "TEMP B-TREE" not in plan, plan


def test_a_page_of_a_group_is_a_slice_of_the_whole_group(populated: Session) -> None:
    summary = due_summary(populated)
    biggest = sorted(summary.groups(), key=lambda group: -summary.count(*group))[:3]
    for section, grade in biggest:
        whole = due_page(populated, summary, section, grade, limit=-1)
        assert len(whole) == summary.count(section, grade) > 2
        assert due_page(populated, summary, section, grade, offset=1, limit=2) == whole[1:3]
        assert due_page(populated, summary, section, grade, offset=len(whole), limit=5) == []


def test_the_tally_and_the_copies_kept_by_triggers_equal_the_tables(populated: Session) -> None:
    """Schema v8's tally of follow-ups per grade and day, and the customer fields copied onto
    key dates and reminders, after creating, editing, deleting and merging customers."""
    db = populated.store.db
    ids = [row[0] for row in db.execute_sql("SELECT id FROM customer ORDER BY rid")]
    update_customer(populated, ids[0], {"grade": "E", "name": "Zoë"})
    update_customer(populated, ids[3], {"manual_next_on": "2027-01-05"})
    delete_customer(populated, ids[6])
    merge_customers(populated, ids[9], ids[12], {})
    entry = merge_customers(populated, ids[15], ids[18], {}).created_id or ""
    undo_merge(populated, entry)
    assert_due_upkeep(db)
    for table in ("key_date", "reminder"):
        assert db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0] > 5
