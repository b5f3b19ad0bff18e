"""Pure domain layer of crmdesk: rules and values only, no Qt, no database, no I/O."""
