"""Compact, versioned, signed callback data (Telegram allows 64 bytes).

Layout: ``1|kind|arg|arg|tag``; the tag is a truncated HMAC, so forged or edited button data
is recognised and answered politely instead of reaching a handler.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

VERSION = "1"
MAX_BYTES = 64
# kind -> number of arguments
KINDS = {
    "c": 1,  # consent y|n
    "p": 0,  # edit profile
    "f": 2,  # feedback id, u|d
    "l": 1,  # language id|en
    "d": 1,  # delete my data y|n
    "b": 0,  # browse the catalog (from an unsure answer)
    "cm": 0,  # catalog menu
    "cl": 3,  # catalog list: mode (u|t|m|q), value index, page
    "cd": 4,  # catalog detail: kode, mode, value index, page
    "ci": 1,  # interest in a training (kode)
    "ja": 0,  # learning log: record an activity
    "rm": 1,  # reminders: mute (y) or unmute (n)
    "hp": 2,  # HR: summary (s) or export (e), period code
    "hu": 3,  # HR: action, period code, unit id (0: all the caller holds)
    "rv": 1,  # admin: revoke a role grant (id)
    "sv": 2,  # supervisor: report id, confirm (c) or ask for a revision (r)
    "mq": 2,  # mentor: question id, answer (a), forward (f) or not my expertise (x)
    "mt": 1,  # mentor: toggle an expertise topic (index)
    "mr": 2,  # asker: question id, rating 1-5
    "mf": 1,  # asker: one follow-up question (question id)
    "ml": 1,  # asker: add the mentoring session to the learning log (question id)
    "ce": 1,  # curator: rewrite a published curated answer (id)
    "cw": 1,  # curator: withdraw a published curated answer (id)
    # guided conversations (bot/flows/engine.py): every button names its draft
    "fa": 3,  # choose: draft id, step index, choice index
    "fk": 2,  # skip an optional step: draft id, step index
    "fe": 2,  # edit one field from the review: draft id, step index
    "fs": 2,  # submit: flow name, draft id (pressed again: the same outcome)
    "fx": 1,  # discard the draft: draft id
    "fr": 2,  # an unfinished draft: draft id, continue (k) or start over (n)
}


class CallbackError(ValueError):
    """Button data that is not ours, not this version, or tampered with."""


@dataclass(frozen=True)
class Callback:
    kind: str
    args: tuple[str, ...]


class CallbackCodec:
    def __init__(self, secret: bytes) -> None:
        self.secret = secret

    def _tag(self, body: str) -> str:
        digest = hmac.new(self.secret, body.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest[:6]).decode()

    def encode(self, kind: str, *args: object) -> str:
        values = [str(a) for a in args]
        if KINDS.get(kind) != len(values) or any("|" in v for v in values):
            raise ValueError(f"bad callback {kind}{values}")
        body = "|".join([VERSION, kind, *values])
        data = f"{body}|{self._tag(body)}"
        if len(data.encode()) > MAX_BYTES:
            raise ValueError(f"callback data over {MAX_BYTES} bytes: {data}")
        return data

    def decode(self, data: str | None) -> Callback:
        parts = (data or "").split("|")
        if len(parts) < 3 or parts[0] != VERSION or parts[1] not in KINDS:
            raise CallbackError("unknown or stale button")
        body, tag = "|".join(parts[:-1]), parts[-1]
        if not hmac.compare_digest(tag, self._tag(body)):
            raise CallbackError("tampered button")
        args = tuple(parts[2:-1])
        if len(args) != KINDS[parts[1]]:
            raise CallbackError("wrong arity")
        return Callback(parts[1], args)
