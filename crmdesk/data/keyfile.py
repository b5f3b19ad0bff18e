"""The key file: the database's data key, wrapped by the password and by a recovery code.

    kdf = KdfParams.default()
    key, code = create_key_file(path, "s3cret", kdf)      # code is shown to the user once
    key == unwrap_with_password(path, "s3cret")
    change_password(path, key, "new", kdf)                # rewraps; never touches the database

The data key (32 random bytes) opens the SQLCipher database as a raw key. It is stored only
wrapped with AES-256-GCM under a key derived by Argon2id, once from the password and once
from the recovery code. The file is JSON, written atomically (temp file in the same folder,
fsync, rename, fsync of the folder), so a crash leaves either the old or the new file.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from crmdesk.data.errors import KeyFileDamaged, KeyFileMissing, WrongPassword
from crmdesk.data.files import write_atomically

FORMAT = "crmdesk-key"
VERSION = 1
KEY_SUFFIX = ".key"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost; stored with each wrap so that old files keep opening."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    @classmethod
    def default(cls) -> KdfParams:
        return cls()

    @classmethod
    def cheap(cls) -> KdfParams:
        """Parameters for tests only: fast and weak."""
        return cls(memory_kib=8, iterations=1, lanes=1)


def key_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + KEY_SUFFIX)


def new_recovery_code() -> str:
    """160 random bits as eight groups of four base32 characters."""
    text = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalise_recovery_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def create_key_file(path: Path, password: str, kdf: KdfParams, db_salt: bytes) -> tuple[bytes, str]:
    """Make a new data key, write it wrapped twice, return (data key, recovery code).

    *db_salt* is the SQLCipher salt of the database this key belongs to; recording it lets
    crmdesk tell "not this key's database" from "damaged database".
    """
    data_key = secrets.token_bytes(32)
    code = new_recovery_code()
    document = {
        "format": FORMAT,
        "version": VERSION,
        "db_salt": db_salt.hex(),
        "wraps": {
            "password": _wrap(data_key, password, kdf, "password"),
            "recovery": _wrap(data_key, normalise_recovery_code(code), kdf, "recovery"),
        },
    }
    _write(path, document)
    return data_key, code


def unwrap_with_password(path: Path, password: str) -> bytes:
    return _unwrap(_read(path)["wraps"]["password"], password, "password")


def unwrap_with_recovery(path: Path, code: str) -> bytes:
    return _unwrap(_read(path)["wraps"]["recovery"], normalise_recovery_code(code), "recovery")


def unwrap(path: Path, secret: str) -> bytes:
    """Unwrap with the password, or failing that with the recovery code."""
    document = _read(path)
    try:
        return _unwrap(document["wraps"]["password"], secret, "password")
    except WrongPassword:
        if len(normalise_recovery_code(secret)) != 32:
            raise
        return _unwrap(document["wraps"]["recovery"], normalise_recovery_code(secret), "recovery")


def read_salt(path: Path) -> bytes:
    """The database salt recorded in the key file."""
    try:
        salt = bytes.fromhex(_read(path)["db_salt"])
    except (KeyError, ValueError, TypeError):
        raise KeyFileDamaged("salt") from None
    if len(salt) != 16:
        raise KeyFileDamaged("salt")
    return salt


def change_password(path: Path, data_key: bytes, new_password: str, kdf: KdfParams) -> None:
    """Rewrap the data key under *new_password*; the recovery wrap is kept.

    The new file is verified (unwrapped again) before it replaces the old one.
    """
    document = _read(path)
    document["wraps"]["password"] = _wrap(data_key, new_password, kdf, "password")
    encoded = _encode(document)
    check = json.loads(encoded)["wraps"]["password"]
    if _unwrap(check, new_password, "password") != data_key:  # pragma: no cover - defensive
        raise KeyFileDamaged("rewrap did not verify")
    write_atomically(path, encoded)


def _derive(secret: str, salt: bytes, kdf: KdfParams) -> bytes:
    argon = Argon2id(
        salt=salt,
        length=32,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    )
    return argon.derive(secret.encode("utf-8"))


def _wrap(data_key: bytes, secret: str, kdf: KdfParams, name: str) -> dict[str, Any]:
    if not secret:
        raise ValueError("an empty secret cannot wrap a key")
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_derive(secret, salt, kdf)).encrypt(nonce, data_key, _aad(name))
    return {
        "kdf": {"name": "argon2id", **asdict(kdf), "salt": _b64(salt)},
        "nonce": _b64(nonce),
        "ciphertext": _b64(sealed),
    }


def _unwrap(wrap: dict[str, Any], secret: str, name: str) -> bytes:
    try:
        kdf_doc = wrap["kdf"]
        kdf = KdfParams(
            memory_kib=int(kdf_doc["memory_kib"]),
            iterations=int(kdf_doc["iterations"]),
            lanes=int(kdf_doc["lanes"]),
        )
        salt, nonce = _unb64(kdf_doc["salt"]), _unb64(wrap["nonce"])
        sealed = _unb64(wrap["ciphertext"])
        if kdf_doc["name"] != "argon2id" or len(nonce) != 12 or len(sealed) != 48:
            raise ValueError("unexpected wrap fields")
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyFileDamaged(type(exc).__name__) from None
    if not secret:
        raise WrongPassword()
    try:
        return AESGCM(_derive(secret, salt, kdf)).decrypt(nonce, sealed, _aad(name))
    except InvalidTag:
        raise WrongPassword() from None


def _read(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileMissing() from None
    try:
        document = json.loads(raw.decode("utf-8"))
        ok = (
            isinstance(document, dict)
            and document.get("format") == FORMAT
            and isinstance(document.get("wraps"), dict)
            and {"password", "recovery"} <= set(document["wraps"])
        )
    except (UnicodeDecodeError, json.JSONDecodeError):
        ok = False
    if not ok:
        raise KeyFileDamaged()
    result: dict[str, Any] = document
    return result


def _write(path: Path, document: dict[str, Any]) -> None:
    write_atomically(path, _encode(document))


def _encode(document: dict[str, Any]) -> bytes:
    return json.dumps(document, indent=2, sort_keys=True).encode("utf-8")


def _aad(name: str) -> bytes:
    return f"{FORMAT}-v{VERSION}:{name}".encode("ascii")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TypeError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)
