"""Tells a NextToken seen before in one listing, so a service that cycles cannot loop us."""

from __future__ import annotations

import hashlib
from typing import Final


class TokenCycles:
    """Tells whether a NextToken was seen before in one listing, in bounded memory.

    Exact for the first ``_EXACT_TOKENS`` pages: a 16-byte digest of each token in a set (about
    10 MB at the cap, whatever the tokens' length). Past that, Brent's cycle detection on the
    tokens: one checkpoint token, moved to the latest token each time the count since it
    reaches a doubling power, finds any cycle within a few of its lengths, in constant memory.
    """

    _EXACT_TOKENS: Final = 100_000

    def __init__(self, first: object) -> None:
        self._seen: set[bytes] = set()
        self._checkpoint: bytes | None = None
        self._power: int = 1
        self._since: int = 0
        if isinstance(first, str):
            self._seen.add(self._digest(first))

    @staticmethod
    def _digest(token: str) -> bytes:
        return hashlib.blake2b(token.encode("utf-8", "surrogatepass"), digest_size=16).digest()

    def repeated(self, token: str) -> bool:
        """Whether ``token`` came before; remembers it."""
        digest = self._digest(token)
        if digest in self._seen or digest == self._checkpoint:
            return True
        if len(self._seen) < self._EXACT_TOKENS:
            self._seen.add(digest)
            return False
        if self._checkpoint is None or self._since == self._power:
            self._checkpoint, self._power, self._since = digest, self._power * 2, 0
        self._since += 1
        return False
