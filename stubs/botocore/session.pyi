# Hand-written stub: the part of botocore that transcribe_model imports (see client.py).
from typing import Any

from botocore.client import BaseClient

class Session:
    def __init__(self, *, profile: str | None = None) -> None: ...
    def create_client(
        self,
        service_name: str,
        *,
        region_name: str | None = None,
        endpoint_url: str | None = None,
    ) -> BaseClient: ...

# For tools/codegen, which reads the service model (botocore.model, typed Any there).
def get_session() -> Any: ...
