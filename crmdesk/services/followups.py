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
from crmdesk.domain.cadence import next_due
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
from crmdesk.services.session import Changes, Preferences, Session


@dataclass(frozen=True)
class FollowUp:
    method: FollowUpMethod
    confirmed_grade: Grade
    content: str = ""
    outcome: str = ""
    next_step: str = ""
    occurred_at: datetime | None = None
    next_due: date | None = None


@dataclass(frozen=True)
class FollowUpForm:
    """What the Log follow-up dialog needs, read once: it then previews due dates offline.

    form = followup_form(session, customer_id)
    form.next_due(Grade.A, date(2026, 11, 27))   # Monday 2026-11-30 (skips the weekend)
    """

    customer_id: str
    name: str
    grade: Grade
    last_followup_on: date | None
    preferences: Preferences
    suggestion: Suggestion
    now: datetime

    def next_due(self, grade: Grade, day: date) -> date:
        """The date `log_followup` will set for a follow-up on *day* confirming *grade*."""
        return planned_next_due(self.preferences, grade, day, self.last_followup_on)


def planned_next_due(
    prefs: Preferences, grade: Grade, day: date, last_followup_on: date | None
) -> date:
    """Next due date after logging on *day*: the same rule as `log_followup`.

    A back-dated follow-up does not move the last contact backwards, so the cadence runs
    from the later of *day* and the last logged follow-up.
    """
    base = max(day, last_followup_on) if last_followup_on else day
    return next_due(
        grade=grade, base=base, cadences=prefs.cadences, working_days=prefs.working_days
    )


def followup_form(session: Session, customer_id: str) -> FollowUpForm:
    row = session.store.db.execute_sql(
        "SELECT name, grade, last_followup_on FROM customer WHERE id = ?", (customer_id,)
    ).fetchone()
    if row is None:
        raise LookupError(customer_id)
    name, grade, last = row
    return FollowUpForm(
        customer_id=customer_id,
        name=name,
        grade=Grade(grade or "D"),
        last_followup_on=date.fromisoformat(last) if last else None,
        preferences=session.preferences(),
        suggestion=suggestion_for(session, customer_id),
        now=session.now(),
    )


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
