"""Logging a follow-up restarts the cadence and records the confirmed grade."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from crmdesk.data import queries
from crmdesk.data.writer import UnknownRecord
from crmdesk.domain.enums import FollowUpMethod, Grade, OpportunityStage
from crmdesk.domain.suggest import ReasonCode
from crmdesk.services.customers import create_customer
from crmdesk.services.followups import FollowUp, followup_form, log_followup, suggestion_for
from crmdesk.services.session import Session
from crmdesk.services.timeline import NewOpportunity, add_opportunity
from tests.helpers import customer


def _kinds(session: Session, cid: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (r["kind"], r["old_value"], r["new_value"])
        for r in queries.children(session.store, "timeline_entry", cid, "occurred_at, rid")
    ]


def test_confirming_the_same_grade_adds_only_the_followup(session: Session) -> None:
    cid = create_customer(session, {"name": "Acme", "grade": "B"}).created_id or ""
    changes = log_followup(session, cid, FollowUp(FollowUpMethod.CALL, Grade.B, content="报价"))
    assert changes.timeline == {cid}
    assert changes.reminders
    assert _kinds(session, cid) == [("followup", None, None)]
    row = customer(session, cid)
    assert row["last_followup_on"] == "2026-11-23"
    assert row["next_due_on"] == "2026-11-30"


def test_changing_the_grade_is_kept_on_the_timeline_and_resets_the_cadence(
    session: Session,
) -> None:
    cid = create_customer(session, {"name": "Acme", "grade": "D"}).created_id or ""
    log_followup(session, cid, FollowUp(FollowUpMethod.VISIT, Grade.A))
    assert _kinds(session, cid) == [("followup", None, None), ("grade_change", "D", "A")]
    row = customer(session, cid)
    assert row["grade"] == "A"
    assert row["next_due_on"] == "2026-11-24"


def test_hand_picked_next_date_wins_until_the_next_log(session: Session) -> None:
    cid = create_customer(session, {"name": "Acme", "grade": "C"}).created_id or ""
    log_followup(session, cid, FollowUp(FollowUpMethod.CALL, Grade.C, next_due=date(2026, 11, 25)))
    row = customer(session, cid)
    assert row["next_due_on"] == "2026-11-25"
    log_followup(session, cid, FollowUp(FollowUpMethod.CALL, Grade.C))
    row = customer(session, cid)
    assert row["manual_next_on"] is None
    assert row["next_due_on"] == "2026-12-08"


def test_backdated_followup_does_not_move_last_contact_backwards(session: Session) -> None:
    cid = create_customer(session, {"name": "Acme", "grade": "B"}).created_id or ""
    log_followup(session, cid, FollowUp(FollowUpMethod.CALL, Grade.B))
    earlier = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    log_followup(session, cid, FollowUp(FollowUpMethod.EMAIL, Grade.B, occurred_at=earlier))
    row = customer(session, cid)
    assert row["last_followup_on"] == "2026-11-23"


def test_unknown_customer_writes_nothing(session: Session) -> None:
    with pytest.raises(UnknownRecord):
        log_followup(session, "no-such-id", FollowUp(FollowUpMethod.CALL, Grade.A))
    assert session.store.db.execute_sql("SELECT count(*) FROM timeline_entry").fetchone()[0] == 0


def test_suggestion_uses_the_nearest_open_opportunity(session: Session) -> None:
    cid = create_customer(session, {"name": "Acme", "need": "current"}).created_id or ""
    assert suggestion_for(session, cid).grade == Grade.D
    soon = session.today() + timedelta(days=20)
    add_opportunity(
        session, cid, NewOpportunity("ERP", OpportunityStage.PROPOSAL, expected_close_on=soon)
    )
    won = session.today() + timedelta(days=2)
    add_opportunity(
        session, cid, NewOpportunity("Old", OpportunityStage.WON, expected_close_on=won)
    )
    suggestion = suggestion_for(session, cid)
    assert suggestion.grade == Grade.A
    assert suggestion.reasons[0].code == ReasonCode.CLOSES_WITHIN_1_MONTH
    row = customer(session, cid)
    assert row["grade"] == "D"  # never applied silently


def test_form_preview_matches_what_logging_stores(session: Session) -> None:
    cid = create_customer(session, {"name": "Acme", "grade": "B"}).created_id or ""
    form = followup_form(session, cid)
    assert (form.name, form.grade, form.last_followup_on) == ("Acme", Grade.B, None)
    friday = datetime(2026, 11, 27, 16, 0, tzinfo=UTC)
    assert form.next_due(Grade.A, friday.date()) == date(2026, 11, 30)  # skips the weekend
    assert form.next_due(Grade.C, friday.date()) == date(2026, 12, 14)
    log_followup(session, cid, FollowUp(FollowUpMethod.CALL, Grade.A, occurred_at=friday))
    assert customer(session, cid)["next_due_on"] == "2026-11-30"


def test_form_preview_of_a_backdated_followup_runs_from_the_last_contact(
    session: Session,
) -> None:
    cid = create_customer(session, {"name": "Acme", "grade": "B"}).created_id or ""
    log_followup(session, cid, FollowUp(FollowUpMethod.CALL, Grade.B))
    form = followup_form(session, cid)
    assert form.last_followup_on == date(2026, 11, 23)
    assert form.next_due(Grade.B, date(2026, 11, 2)) == date(2026, 11, 30)
    earlier = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    log_followup(session, cid, FollowUp(FollowUpMethod.CALL, Grade.B, occurred_at=earlier))
    assert customer(session, cid)["next_due_on"] == "2026-11-30"


def test_form_of_an_unknown_customer_is_refused(session: Session) -> None:
    with pytest.raises(LookupError):
        followup_form(session, "no-such-id")
