"""Getting data in and out: spreadsheets, vCards, mapping, cleaning (no Qt, no database)."""
