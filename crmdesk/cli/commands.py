"""Subcommands: each is (help text, argument setup, run) and returns an exit code."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from crmdesk.cli.main import UsageError, creation_kdf, read_password
from crmdesk.data.errors import EXIT_BAD_FILE, EXIT_ERROR, EXIT_OK
from crmdesk.services import access, maintenance
from crmdesk.services.due import due_list

Configure = Callable[[argparse.ArgumentParser], None]
Run = Callable[[argparse.Namespace], int]


def _none(parser: argparse.ArgumentParser) -> None:
    del parser


def _init(args: argparse.Namespace) -> int:
    session, code = access.create(args.db, read_password(args, confirm=True), creation_kdf())
    session.store.close()
    print(f"Created {args.db}")
    print(f"Recovery code (shown once; store it somewhere safe): {code}")
    return EXIT_OK


def _demo_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--customers", type=int, default=500, help="how many (default 500)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")


def _demo(args: argparse.Namespace) -> int:
    from crmdesk.services.demo import fill_demo

    if args.customers < 1:
        raise UsageError("--customers must be at least 1")
    session, code = access.create(args.db, read_password(args, confirm=True), creation_kdf())
    try:
        counts = fill_demo(session, customers=args.customers, seed=args.seed)
    finally:
        session.store.close()
    print(f"Created {args.db} with {counts.get('customer', 0)} demo customers")
    print(f"Recovery code (shown once; store it somewhere safe): {code}")
    return EXIT_OK


def _due_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--on", type=date.fromisoformat, help="day (YYYY-MM-DD, default today)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--limit", type=int, default=None, metavar="N",
        help="at most N items per grade (the counts stay whole)",
    )  # fmt: skip


def _due(args: argparse.Namespace) -> int:
    session = access.unlock(args.db, read_password(args))
    try:
        due = due_list(session, args.on or session.today())
    finally:
        session.store.close()
    shown = {grade: items[: args.limit] for grade, items in due.groups.items()}
    if args.json:
        document = {
            "on": due.day.isoformat(),
            "counts": due.counts(),
            "items": [item.to_json() for items in shown.values() for item in items],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return EXIT_OK
    for grade, items in due.groups.items():
        if items:
            print(f"{grade.value}: {len(items)}")
        for item in shown[grade]:
            late = f" ({item.overdue_days} d overdue)" if item.overdue_days else ""
            print(f"  {item.due}  {item.kind.value:<9} {item.name}{late}")
        if len(items) > len(shown[grade]):
            print(f"  … and {len(items) - len(shown[grade])} more")
    if not due.items:
        print(f"Nothing due on {due.day}.")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    session = access.unlock(args.db, read_password(args))
    try:
        report = maintenance.check(session)
    finally:
        session.store.close()
    for name, (ok, detail) in report.items():
        print(f"{'ok ' if ok else 'BAD'}  {name}: {detail}")
    return EXIT_OK if all(ok for ok, _ in report.values()) else EXIT_BAD_FILE


def _backup_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", type=Path, help="folder (default: backups beside the database)")


def _backup(args: argparse.Namespace) -> int:
    session = access.unlock(args.db, read_password(args))
    try:
        path = maintenance.backup(session, folder=args.to)
    finally:
        session.store.close()
    print(f"Backup written and verified: {path}")
    return EXIT_OK


def _restore_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("backup", type=Path, help="backup file to restore")


def _restore(args: argparse.Namespace) -> int:
    kept = maintenance.restore(args.backup, args.db, read_password(args))
    print(f"Restored {args.db} from {args.backup}")
    if kept is not None:
        print(f"The database it replaced was kept as {kept}")
    return EXIT_OK


def _passwd(args: argparse.Namespace) -> int:
    session = access.unlock(args.db, read_password(args))
    try:
        new = os.environ.get("CRMDESK_NEW_PASSWORD") or _prompt_new()
        maintenance.change_password(session, new, creation_kdf())
    finally:
        session.store.close()
    print("Password changed.")
    return EXIT_OK


def _prompt_new() -> str:
    import getpass

    if not sys.stdin.isatty():
        raise UsageError("no new password: set CRMDESK_NEW_PASSWORD or run in a terminal")
    new = getpass.getpass("New password: ")
    if not new or getpass.getpass("New password again: ") != new:
        raise UsageError("the new passwords are empty or differ")
    return new


def _import_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="CSV, XLSX, XLS, ODS or vCard file")
    parser.add_argument("--dry-run", action="store_true", help="preview only: write nothing")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--mapping", metavar="PROFILE", help="a saved column-mapping profile")
    parser.add_argument(
        "--sheet", metavar="NAME", help="the workbook's sheet (default: the first with data)"
    )
    parser.add_argument(
        "--duplicates",
        choices=("skip", "update", "create"),
        default="skip",
        help="what to do with duplicate rows (default: skip)",
    )


def _import(args: argparse.Namespace) -> int:
    from crmdesk.exchange.model import ImportFileError
    from crmdesk.services import importing

    session = access.unlock(args.db, read_password(args))
    try:
        mapping = None
        if args.mapping:
            mapping = importing.load_mapping_profile(session, args.mapping)
            if mapping is None:
                raise UsageError(f"no mapping profile named {args.mapping!r}")
        try:
            preview = importing.preview_import(
                session, args.file, mapping=mapping, sheet=args.sheet
            )
        except ImportFileError as exc:
            print(f"crmdesk: {args.file}: {exc}", file=sys.stderr)
            return EXIT_BAD_FILE
        default = importing.Decision(args.duplicates)
        if args.dry_run:
            result = importing.dry_run(preview, default=default)
        else:
            result = importing.run_import(session, preview, default=default)
    finally:
        session.store.close()
    _print_import(args, result)
    return EXIT_OK


def _print_import(args: argparse.Namespace, result: Any) -> None:
    if args.json:
        print(json.dumps({**result.to_json(), "dry_run": args.dry_run}, ensure_ascii=False))
        return
    print(f"{'Would import' if args.dry_run else 'Imported'} {args.file.name}:")
    print(f"  new:        {result.new}")
    print(f"  updated:    {result.updated}")
    print(f"  duplicates: {result.duplicates} (skipped)")
    print(f"  invalid:    {len(result.invalid)} (rejected)")
    for problem in result.invalid:
        print(f"    row {problem.row}: {problem.to_json()['reason']}")
    if result.warnings:
        print(f"  warnings:   {len(result.warnings)} (fields left empty)")
    if args.dry_run:
        print("Dry run: nothing was written.")
    else:
        print(f"Batch {result.batch_id} (undo it from the app's import history).")


def _export_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="file to write (.csv or .xlsx)")
    parser.add_argument("--format", choices=("csv", "xlsx"), help="default: from the file name")
    parser.add_argument("--view", metavar="NAME", help="only the customers of this saved view")


def _export(args: argparse.Namespace) -> int:
    from crmdesk.services.exporting import export_customers
    from crmdesk.services.views import list_views

    fmt = args.format or ("xlsx" if args.file.suffix.lower() == ".xlsx" else "csv")
    session = access.unlock(args.db, read_password(args))
    try:
        query = None
        if args.view:
            views = {view.name: view.query for view in list_views(session)}
            if args.view not in views:
                raise UsageError(f"no saved view named {args.view!r}")
            query = views[args.view]
        try:
            count = export_customers(session, args.file, fmt=fmt, query=query)
        except OSError as exc:
            print(f"crmdesk: cannot write {args.file}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_ERROR
    finally:
        session.store.close()
    print(f"Exported {count} customers to {args.file}")
    return EXIT_OK


COMMANDS: dict[str, tuple[str, Configure, Run]] = {
    "init": ("create a new encrypted database", _none, _init),
    "demo": ("create a database filled with realistic demo data", _demo_args, _demo),
    "due": ("list due and overdue follow-ups and key dates", _due_args, _due),
    "check": ("check integrity, encryption, audit chain and schema", _none, _check),
    "backup": ("write a verified encrypted backup", _backup_args, _backup),
    "restore": ("replace the database with a verified backup", _restore_args, _restore),
    "passwd": ("change the password (the database is not rewritten)", _none, _passwd),
    "import": ("import customers from a spreadsheet or vCard file", _import_args, _import),
    "export": ("export customers to CSV or XLSX", _export_args, _export),
}
