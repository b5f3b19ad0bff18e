"""Tests of the pure domain layer (crmdesk.domain)."""
