"""Ed25519 signatures on acknowledgement receipts.

The receipts service signs every receipt it stores with its private key; the handbook
publishes the matching public key, and ``policy-handbook verify-receipt`` checks the
signature. What is signed is the receipt's *signed text*: the receipt without its
``signature`` key, as JSON with sorted keys, no whitespace between tokens, non-ASCII
characters written as themselves, encoded as UTF-8 (:func:`signed_text`). The signature is
the 64-byte Ed25519 signature of those bytes in base64 (RFC 4648, with padding). The key id
is the first 16 hexadecimal digits of the SHA-256 of the raw 32-byte public key.

Changing any signed field (name, time, version, fingerprint, anything) makes the signature
fail, so a receipt binds the person and the time as well as the text.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SIGNATURE_KEY = "signature"
ALGORITHM = "Ed25519"
PUBLIC_KEY_FORMAT = "policy-handbook receipts public key 1"


class KeyFileError(ValueError):
    """A key file cannot be read; the message says which and why."""


def signed_text(receipt: dict[str, Any]) -> bytes:
    """The bytes a receipt's signature covers (see the module docstring)."""
    payload = {k: v for k, v in receipt.items() if k != SIGNATURE_KEY}
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def key_id(public_key: Ed25519PublicKey) -> str:
    """A short name for a public key: 16 hex digits of the SHA-256 of its raw bytes."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def public_pem(public_key: Ed25519PublicKey) -> str:
    """A public key as PEM text (SubjectPublicKeyInfo)."""
    return public_key.public_bytes(serialization.Encoding.PEM,
                                   serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")


def public_key_document(public_key: Ed25519PublicKey) -> dict[str, str]:
    """The JSON the handbook publishes about the receipts key."""
    return {"format": PUBLIC_KEY_FORMAT, "algorithm": ALGORITHM, "key_id": key_id(public_key),
            "public_key_pem": public_pem(public_key)}


@dataclass(frozen=True)
class Signer:
    """Signs receipts with one private key."""

    private_key: Ed25519PrivateKey

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.private_key.public_key()

    @property
    def key_id(self) -> str:
        return key_id(self.public_key)

    def sign(self, receipt: dict[str, Any]) -> dict[str, Any]:
        """``receipt`` with its ``key_id`` set and a ``signature`` over everything else."""
        unsigned = {k: v for k, v in receipt.items() if k != SIGNATURE_KEY}
        unsigned["key_id"] = self.key_id
        signature = self.private_key.sign(signed_text(unsigned))
        return {**unsigned, SIGNATURE_KEY: base64.b64encode(signature).decode("ascii")}


def new_private_key_pem() -> bytes:
    """A fresh Ed25519 private key as unencrypted PKCS#8 PEM."""
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())


def load_signer(path: Path) -> Signer:
    """The signer whose private key is the PEM file at ``path``.

    Raises:
        KeyFileError: when the file cannot be read or holds no Ed25519 private key.
    """
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as e:
        raise KeyFileError(f"cannot read the signing key {path}: {e.strerror or e}") from None
    except (ValueError, TypeError):
        raise KeyFileError(f"{path} is not an unencrypted PEM private key; make one with "
                        "`policy-handbook receipts keygen`") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path} holds a {type(key).__name__}, not an Ed25519 private key; make one with "
                        "`policy-handbook receipts keygen`")
    return Signer(key)


def parse_public_key(text: str, where: str) -> Ed25519PublicKey:
    """An Ed25519 public key from PEM text, or from the JSON document :func:`public_key_document` writes.

    Raises:
        KeyFileError: when ``text`` is neither.
    """
    pem = text
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            pem = json.loads(text)["public_key_pem"]
        except (json.JSONDecodeError, KeyError, TypeError):
            raise KeyFileError(f"{where} is not a receipts public key file written by policy-handbook") from None
        if not isinstance(pem, str):
            raise KeyFileError(f"{where}: 'public_key_pem' is not text")
    try:
        key = serialization.load_pem_public_key(pem.encode("utf-8"))
    except (ValueError, TypeError):
        raise KeyFileError(f"{where} holds no PEM public key (expected '-----BEGIN PUBLIC KEY-----')") from None
    if not isinstance(key, Ed25519PublicKey):
        raise KeyFileError(f"{where} holds a {type(key).__name__}, not an Ed25519 public key")
    return key


def signature_valid(receipt: dict[str, Any], public_key: Ed25519PublicKey) -> bool:
    """Whether ``receipt['signature']`` is ``public_key``'s signature of the receipt's signed text."""
    encoded = receipt.get(SIGNATURE_KEY)
    if not isinstance(encoded, str):
        return False
    try:
        signature = base64.b64decode(encoded, validate=True)
        public_key.verify(signature, signed_text(receipt))
    except (binascii.Error, ValueError, InvalidSignature):
        return False
    return True
