"""Error paths in wire names: ``Settings.MaxSpeakerLabels``, ``Tags[3].Key``, ``[en-US]``."""

from __future__ import annotations


def join(prefix: str, path: str) -> str:
    """``path`` seen from one level up, where it sits under ``prefix``."""
    if not prefix:
        return path
    if not path:
        return prefix
    if path.startswith("["):
        return prefix + path
    return f"{prefix}.{path}"


def index(position: int) -> str:
    """The path segment of a list item."""
    return f"[{position}]"


# A map key longer than this is cut short in a path, so a 10 MB key makes a readable error.
_MAX_KEY_SHOWN = 200


def key(name: object) -> str:
    """The path segment of a map entry."""
    text = str.__str__(name) if isinstance(name, str) else repr(name)
    if len(text) > _MAX_KEY_SHOWN:
        text = f"{text[:_MAX_KEY_SHOWN]}..."
    return f"[{text}]"
