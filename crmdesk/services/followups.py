"""Logging a follow-up: the heart of the follow-up discipline (design §1).

    log_followup(session, customer_id, FollowUp(method=FollowUpMethod.CALL, content="…",
                 confirmed_grade=Grade.B))

One transaction appends the follow-up to the timeline, records the grade the salesperson
confirmed (and a grade-change entry when it changed), and restarts the cadence: the next due
date is the hand-picked one if given, else the logged day plus the confirmed grade's interval.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from crmdesk.data.writer import utc_text
from crmdesk.domain.enums import (
    EntryKind,
    FollowUpMethod,
    Grade,
    NeedStatus,
    OpportunityStage,
    RelationshipStatus,
)
from crmdesk.domain.suggest import Suggestion, nearest_open_close, suggest_grade
from crmdesk.services.customers import due_for
from crmdesk.services.session import Changes, Session


@dataclass(frozen=True)
class FollowUp:
    method: FollowUpMethod
    confirmed_grade: Grade
    content: str = ""
    outcome: str = ""
    next_step: str = ""
    occurred_at: datetime | None = None
    next_due: date | None = None


def log_followup(session: Session, customer_id: str, entry: FollowUp) -> Changes:
    moment = entry.occurred_at or session.now()
    day = moment.astimezone().date()
    prefs = session.preferences()
    with session.writer().transaction() as tx:
        customer = tx.fetch("customer", customer_id)
        entry_id = tx.insert(
            "timeline_entry",
            {
                "customer_id": customer_id,
                "kind": EntryKind.FOLLOWUP.value,
                "occurred_at": utc_text(moment),
                "method": entry.method.value,
                "content": entry.content,
                "outcome": entry.outcome,
                "next_step": entry.next_step,
            },
        )
        if customer["grade"] != entry.confirmed_grade.value:
            tx.insert(
                "timeline_entry",
                {
                    "customer_id": customer_id,
                    "kind": EntryKind.GRADE_CHANGE.value,
                    "occurred_at": utc_text(moment),
                    "old_value": customer["grade"],
                    "new_value": entry.confirmed_grade.value,
                    "ref_id": entry_id,
                },
            )
        last = max(day.isoformat(), customer["last_followup_on"] or "")
        manual = entry.next_due.isoformat() if entry.next_due else None
        values = {
            "grade": entry.confirmed_grade.value,
            "last_followup_on": last,
            "manual_next_on": manual,
        }
        values["next_due_on"] = due_for(values, day, prefs)
        tx.update("customer", customer_id, values)
    return Changes(
        customers=frozenset({customer_id}),
        timeline=frozenset({customer_id}),
        reminders=True,
        created_id=entry_id,
    )


def suggestion_for(session: Session, customer_id: str) -> Suggestion:
    """The grade crmdesk suggests for this customer now, with its reasons."""
    db = session.store.db
    row = db.execute_sql(
        "SELECT need, relationship FROM customer WHERE id = ?", (customer_id,)
    ).fetchone()
    if row is None:
        raise LookupError(customer_id)
    opportunities = [
        (OpportunityStage(stage), date.fromisoformat(close) if close else None)
        for stage, close in db.execute_sql(
            "SELECT stage, expected_close_on FROM opportunity "
            "WHERE customer_id = ? AND deleted_at IS NULL",
            (customer_id,),
        )
    ]
    today = session.today()
    return suggest_grade(
        need=NeedStatus(row[0]),
        relationship=RelationshipStatus(row[1]),
        nearest_close=nearest_open_close(opportunities, today),
        today=today,
    )
