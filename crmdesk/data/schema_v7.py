"""Schema version 7: the list sorts by phone and by tags on an index too.

Every other list column already had a partial index; sorting 100,000 customers by phone or
tags read and sorted the whole table: 150–200 ms with a 64 MiB page cache, about 1 s once
the cache was cut to 16 MiB (so that crmdesk stays within its memory budget). With these
two indexes every column of the list sorts by walking an index.
"""

STATEMENTS = [
    "CREATE INDEX customer_live_phone ON customer(phone) WHERE deleted_at IS NULL",
    # untagged customers ('' rather than NULL) after the tagged ones, as empty values go last
    "CREATE INDEX customer_live_tags ON customer(tags = '', tags) WHERE deleted_at IS NULL",
]
