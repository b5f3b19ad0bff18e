"""Schema version 8: the Today pane counted and paged on indexes alone (due_queries.py).

At 100,000 customers the pane's first summary took 250 ms, most of it finding the customer
row of each of ~9,000 key dates and manual reminders in the window (for its grade and name)
and counting ~65,000 due follow-ups entry by entry. Here:

- key dates and reminders carry their customer's grade, name, company and liveness, kept by
  triggers (`customer_grade`…`customer_live`): a group's count is a range of an index, a page
  needs no customer row;
- `due_tally` holds how many live customers of a grade are due on each day, kept by triggers
  on customer: a section's count is a sum over its days (hundreds of rows, not 65,000);
- `key_date_window` and `reminder_manual_due` are the indexes those counts read
  (`key_date_window` takes the place of v5's `key_date_day`).

The cost is paid on writes: a customer's insert or change of grade, name, company, due day or
deletion updates one tally row and its key dates' and reminders' copies (index lookups).
"""

_CUSTOMER_COLUMNS = ("customer_grade", "customer_name", "customer_company", "customer_live")
_TARGETS = "(customer_grade, customer_name, customer_company, customer_live)"
_FROM_NEW = "(new.grade, new.name, new.company, new.deleted_at IS NULL)"


def _columns(table: str) -> list[str]:
    kinds = {"customer_live": "INTEGER NOT NULL DEFAULT 0"}
    return [
        f"ALTER TABLE {table} ADD COLUMN {column} {kinds.get(column, 'TEXT')}"
        for column in _CUSTOMER_COLUMNS
    ]


def fill_copies_sql(table: str, where: str = "1") -> str:
    """Copy each customer's fields onto its rows of *table* matching *where*."""
    return (
        f"UPDATE {table} SET {_TARGETS} = (SELECT grade, name, company, deleted_at IS NULL "
        f"FROM customer WHERE customer.id = {table}.customer_id) "
        f"WHERE ({where}) AND customer_id IN (SELECT id FROM customer)"
    )


def _copies(table: str) -> list[str]:
    """The customer's fields copied onto a new row, and onto a row moved to another customer."""
    fill = (
        f"UPDATE {table} SET {_TARGETS} = (SELECT grade, name, company, deleted_at IS NULL "
        "FROM customer WHERE id = new.customer_id) WHERE rid = new.rid "
        "AND EXISTS (SELECT 1 FROM customer WHERE id = new.customer_id);"
    )
    return [
        f"CREATE TRIGGER {table}_customer_copy AFTER INSERT ON {table} BEGIN {fill} END",
        f"CREATE TRIGGER {table}_customer_move AFTER UPDATE OF customer_id ON {table} "
        f"WHEN old.customer_id IS NOT new.customer_id BEGIN {fill} END",
        fill_copies_sql(table),
    ]


_CHANGED = (
    "old.grade IS NOT new.grade OR old.name IS NOT new.name OR old.company IS NOT new.company "
    "OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL)"
)
_SPREAD = (
    f"UPDATE key_date SET {_TARGETS} = {_FROM_NEW} WHERE customer_id = new.id; "
    f"UPDATE reminder SET {_TARGETS} = {_FROM_NEW} WHERE customer_id = new.id;"
)
_ADD = (
    "INSERT INTO due_tally(grade, day, n) SELECT new.grade, new.next_due_on, 1 "
    "WHERE new.deleted_at IS NULL AND new.next_due_on IS NOT NULL "
    "ON CONFLICT(grade, day) DO UPDATE SET n = n + 1;"
)
_REMOVE = (
    "UPDATE due_tally SET n = n - 1 WHERE old.deleted_at IS NULL "
    "AND grade = old.grade AND day = old.next_due_on;"
)
_DUE_CHANGED = (
    "old.grade IS NOT new.grade OR old.next_due_on IS NOT new.next_due_on "
    "OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL)"
)

TALLY_SQL = (
    "INSERT INTO due_tally(grade, day, n) SELECT grade, next_due_on, count(*) FROM customer "
    "WHERE deleted_at IS NULL AND next_due_on IS NOT NULL GROUP BY grade, next_due_on"
)
# what the bulk path suspends (crmdesk/data/due_upkeep.py): per-row work it does set-based
BULK_SUSPENDED = (
    "customer_copies_insert",
    "key_date_customer_copy",
    "reminder_customer_copy",
    "customer_tally_insert",
    "customer_tally_update",
    "customer_tally_delete",
)

STATEMENTS = [
    *_columns("key_date"),
    *_columns("reminder"),
    *_copies("key_date"),
    *_copies("reminder"),
    f"CREATE TRIGGER customer_copies_insert AFTER INSERT ON customer BEGIN {_SPREAD} END",
    "CREATE TRIGGER customer_copies_update AFTER UPDATE OF grade, name, company, deleted_at "
    f"ON customer WHEN {_CHANGED} BEGIN {_SPREAD} END",
    "CREATE TRIGGER customer_copies_delete AFTER DELETE ON customer BEGIN "
    "UPDATE key_date SET customer_live = 0 WHERE customer_id = old.id; "
    "UPDATE reminder SET customer_live = 0 WHERE customer_id = old.id; END",
    "CREATE TABLE due_tally (grade TEXT NOT NULL, day TEXT NOT NULL, n INTEGER NOT NULL, "
    "PRIMARY KEY (grade, day)) WITHOUT ROWID",
    TALLY_SQL,
    f"CREATE TRIGGER customer_tally_insert AFTER INSERT ON customer BEGIN {_ADD} END",
    f"CREATE TRIGGER customer_tally_delete AFTER DELETE ON customer BEGIN {_REMOVE} END",
    "CREATE TRIGGER customer_tally_update AFTER UPDATE OF grade, next_due_on, deleted_at "
    f"ON customer WHEN {_DUE_CHANGED} BEGIN {_REMOVE} {_ADD} END",
    # replaces v5's key_date_day (month, day, lead_days), which no query uses any more
    "DROP INDEX IF EXISTS key_date_day",
    # the key dates of a window by day, lead and grade, with what the occurrence test reads
    # (the partial index's own condition columns too: SQLite reads them from the table else)
    "CREATE INDEX key_date_window ON key_date(month, day, lead_days, customer_grade, yearly, "
    "year, id, deleted_at, customer_live) WHERE deleted_at IS NULL AND customer_live = 1",
    # open manual reminders without a snooze, by grade and due moment
    "CREATE INDEX reminder_manual_due ON reminder(customer_grade, due_at, kind, done_at, "
    "deleted_at, snoozed_until, customer_live) WHERE kind = 'manual' AND done_at IS NULL "
    "AND deleted_at IS NULL AND snoozed_until IS NULL AND customer_live = 1",
]
