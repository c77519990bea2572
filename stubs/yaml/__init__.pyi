# Hand-written stub: the part of PyYAML that transcribe_model imports (see _cli_input.py).
import re
from typing import Any

class YAMLError(Exception):
    """The base of every error PyYAML raises while reading a document."""

class SafeLoader:
    """The loader of ``safe_load``: standard tags only, no Python objects."""

    yaml_implicit_resolvers: dict[str | None, list[tuple[str, re.Pattern[str]]]]
    def __init__(self, stream: Any) -> None: ...

def load(stream: bytes | str, Loader: type[SafeLoader]) -> Any: ...
def safe_load(stream: bytes | str) -> Any: ...
