"""The command line: `crmdesk [--db PATH]` and subcommands for IT staff, scripts and tests.

Subcommands read the password from CRMDESK_PASSWORD, from --password-file, or a prompt.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from crmdesk import __version__
from crmdesk.data.errors import (
    EXIT_ERROR,
    EXIT_USAGE,
    StoreError,
)
from crmdesk.data.keyfile import KdfParams
from crmdesk.data.locations import default_db_path

EPILOG = """exit codes:
  0  ok
  1  other error
  2  usage error (bad arguments, no password given)
  3  wrong password or recovery code
  4  unrecognised, damaged or empty file (or its key file, or a file to import)
  5  database written by a newer crmdesk

The password is read from the CRMDESK_PASSWORD environment variable, from
--password-file FILE (its first line), or asked for at a prompt.
The default database is %s."""


class UsageError(Exception):
    """The command line itself is wrong (exit code 2)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crmdesk",
        description="Encrypted desktop CRM for field sales teams. Without a command, "
        "starts the app (first run: a setup wizard).",
        epilog=EPILOG % default_db_path(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"crmdesk {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation with a throwaway database and an off-screen window",
    )
    parser.add_argument("--db", type=Path, help="database file (default: see below)")
    parser.add_argument("--password-file", type=Path, help="read the password from this file")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from crmdesk.cli import commands

    for name, (help_text, configure, _run) in commands.COMMANDS.items():
        child = sub.add_parser(name, help=help_text, description=help_text)
        child.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="database file")
        child.add_argument(
            "--password-file", type=Path, default=argparse.SUPPRESS, help="password file"
        )
        configure(child)
    return parser


def read_password(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """The password from the environment, a file, or an interactive prompt."""
    env = os.environ.get("CRMDESK_PASSWORD")
    if env:
        return env
    if args.password_file:
        try:
            return str(args.password_file.read_text("utf-8").splitlines()[0])
        except (OSError, IndexError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read the password file: {type(exc).__name__}") from None
    if not sys.stdin.isatty():
        raise UsageError(
            "no password: set CRMDESK_PASSWORD, use --password-file, or run in a terminal"
        )
    password = getpass.getpass("Password: ")
    if confirm and getpass.getpass("Password again: ") != password:
        raise UsageError("the two passwords differ")
    if not password:
        raise UsageError("the password must not be empty")
    return password


def creation_kdf() -> KdfParams:
    """Argon2id cost for new key files. CRMDESK_KDF=test makes it cheap, for test suites only."""
    if os.environ.get("CRMDESK_KDF") == "test":
        print("warning: CRMDESK_KDF=test: weak key derivation, for tests only", file=sys.stderr)
        return KdfParams.cheap()
    return KdfParams.default()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from crmdesk.selftest import run_self_test

        return run_self_test()
    if not args.command:
        from crmdesk.app import run_gui

        return run_gui(args.db)
    args.db = args.db or default_db_path()
    from crmdesk.cli import commands

    run: Callable[[argparse.Namespace], int] = commands.COMMANDS[args.command][2]
    try:
        return run(args)
    except UsageError as exc:
        print(f"crmdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StoreError as exc:
        print(f"crmdesk: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return EXIT_ERROR
