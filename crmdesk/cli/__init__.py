"""The command line (see `crmdesk --help`)."""

from crmdesk.cli.main import main

__all__ = ["main"]
