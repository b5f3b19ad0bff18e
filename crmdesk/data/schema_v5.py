"""Schema version 5: indexes for the Today pane's counts and pages (crmdesk/data/due_queries.py).

- `customer_live_agenda`: live customers by grade and next due day, then name and id (the
  pane's order within a grade), with the company: counting a section of a grade is a range
  of this index, and a page of follow-ups a range read in order, neither touching the table
  nor sorting. Before it, the agenda read every due customer's row through the due-day index
  (361 ms of SQL at 100,000 customers). The one index more that an import of customers pays.
- `key_date_day` gets the lead days: the key dates of the next two months are read by day, and
  the lead tells in the index which of them are already in their alert window (most are not:
  a birthday's lead is 3 days), so only those are read from the table.
- `reminder_key_date`: reminders of key dates, to tell a key-date occurrence already done
  with one lookup per key date (the done check scanned the reminder table).
- `reminder_snoozed`: open snoozes by their end: the snoozes that still matter and the
  earliest one to end (the pane refreshes then) without reading every open reminder.
"""

STATEMENTS = [
    "CREATE INDEX IF NOT EXISTS customer_live_agenda "
    "ON customer(grade, next_due_on, name, id, company) WHERE deleted_at IS NULL",
    "DROP INDEX IF EXISTS key_date_day",
    "CREATE INDEX key_date_day ON key_date(month, day, lead_days)",
    "CREATE INDEX IF NOT EXISTS reminder_key_date "
    "ON reminder(key_date_id, due_at) WHERE key_date_id IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS reminder_snoozed "
    "ON reminder(snoozed_until) WHERE done_at IS NULL AND snoozed_until IS NOT NULL",
]
