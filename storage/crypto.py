"""Optional encryption at rest for every free-text column (Fernet, from `cryptography`)."""

from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import Text, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncEngine

# Marks encrypted values, so rows written before a key was set still read as they are.
PREFIX = "fernet:"
UNREADABLE = "[encrypted: set SMALLSTEPS_ENCRYPTION_KEY to read this]"
_CIPHER_ATTRIBUTE = "smallsteps_cipher"


def attach_cipher(engine: AsyncEngine, key: str | None) -> None:
    """Encrypt free text written through this engine (each engine has its own dialect)."""
    setattr(engine.sync_engine.dialect, _CIPHER_ATTRIBUTE, Fernet(key) if key else None)


def is_valid_key(key: str) -> bool:
    """Whether `key` is a Fernet key (32 url-safe base64-encoded bytes)."""
    try:
        Fernet(key)
    except ValueError:
        return False
    return True


def _cipher(dialect: Dialect) -> Fernet | None:
    """The cipher attached to this engine, if any."""
    cipher: Fernet | None = getattr(dialect, _CIPHER_ATTRIBUTE, None)
    return cipher


class EncryptedText(TypeDecorator[str]):
    """Text that is stored encrypted when the engine has a key, and plain otherwise."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        """Encrypt on the way in."""
        if value is None:
            return None
        # PostgreSQL text cannot hold NUL; it carries nothing a person meant, and keeping it
        # would lose the whole message there (and make SQLite and PostgreSQL disagree).
        value = value.replace("\x00", "")
        cipher = _cipher(dialect)
        if cipher is None:
            return value
        return PREFIX + cipher.encrypt(value.encode()).decode()

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        """Decrypt on the way out; without the right key, say so instead of showing noise."""
        if value is None or not value.startswith(PREFIX):
            return value
        cipher = _cipher(dialect)
        if cipher is None:
            return UNREADABLE
        try:
            return cipher.decrypt(value.removeprefix(PREFIX).encode()).decode()
        except InvalidToken:
            return UNREADABLE
