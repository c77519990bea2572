# Hand-written stub: the part of botocore that transcribe_model imports (see client.py).
from collections.abc import Mapping
from typing import Any

class BotoCoreError(Exception):
    """Raised by botocore itself: no credentials or region, an unreachable endpoint, ..."""

    def __init__(self, **kwargs: Any) -> None: ...

class ClientError(Exception):
    """The service answered with an error; ``response`` is its parsed body and metadata."""

    response: dict[str, Any]
    operation_name: str
    def __init__(self, error_response: Mapping[str, Any], operation_name: str) -> None: ...
