"""The due list's SQL reads indexes (schema v5), never whole tables, and pages without sorting."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

import pytest

from bench.queries import recording
from crmdesk.domain.enums import KeyDateKind
from crmdesk.domain.keydates import KeyDateRule
from crmdesk.services.customers import create_customer
from crmdesk.services.due import agenda, due_list, due_page, due_summary
from crmdesk.services.key_dates import add_key_date
from crmdesk.services.reminders import (
    add_reminder,
    snooze_followup_until,
    snooze_key_date,
    snooze_reminder,
)
from crmdesk.services.session import Session


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
        due_summary(session, previous=summary, changed={cid})
        for section, grade in summary.groups():
            due_page(session, summary, section, grade, offset=1, limit=2)
        agenda(session)
        due_list(session, session.today())
    return [(sql, params) for sql, params in statements if not sql.startswith("PRAGMA")]


def test_the_due_list_reads_indexes_not_tables(populated: Session) -> None:
    statements = _due_statements(populated)
    assert len(statements) > 10
    for sql, params in statements:
        plan = _plan(populated, sql, params)
        assert "SCAN customer" not in plan, plan
        assert "SCAN key_date" not in plan, plan
        assert "SCAN k " not in f"{plan} ", plan
        for step in plan.split(" | "):
            if step.startswith(("SCAN reminder", "SCAN r ")):
                assert "USING INDEX reminder_open" in step, plan  # the open reminders only


def test_follow_ups_are_counted_and_paged_on_the_agenda_index_without_sorting(
    populated: Session,
) -> None:
    followups = [
        (sql, params)
        for sql, params in _due_statements(populated)
        if "grade = " in sql and "next_due_on >" in sql
    ]
    assert any("count(*)" in sql for sql, _params in followups)
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
