"""Schema version 3: import batches, so that "Undo import" can remove exactly one batch.

- `import_batch`: one row per import (file name, kind, counts as JSON, when it was undone).
- `import_change`: what the batch did to each customer: `created`, or `updated` with the
  previous values of the fields, tags and contacts it changed (JSON), so undo restores them.
"""

from crmdesk.data.schema_v1 import RECORD

STATEMENTS = [
    f"""CREATE TABLE import_batch ({RECORD},
    file_name TEXT NOT NULL, kind TEXT NOT NULL, counts TEXT NOT NULL DEFAULT '{{}}',
    undone_at TEXT)""",
    """CREATE TABLE import_change (
    batch_id TEXT NOT NULL REFERENCES import_batch(id),
    customer_id TEXT NOT NULL REFERENCES customer(id),
    action TEXT NOT NULL CHECK (action IN ('created', 'updated')),
    previous TEXT,
    PRIMARY KEY (batch_id, customer_id)) WITHOUT ROWID""",
    "CREATE INDEX import_change_customer ON import_change(customer_id)",
    "CREATE INDEX import_batch_live ON import_batch(created_at) WHERE deleted_at IS NULL",
    "CREATE INDEX timeline_batch ON timeline_entry(batch_id) WHERE batch_id IS NOT NULL",
    # a contact insert or delete checks key_date.contact_id; without an index a bulk insert
    # with deferred foreign keys scanned key_date per contact (a 100k import took 321 s)
    "CREATE INDEX key_date_contact ON key_date(contact_id) WHERE contact_id IS NOT NULL",
]
