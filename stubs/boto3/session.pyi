# Hand-written stub: the part of boto3 that transcribe_model imports (see client.py).
from botocore.client import BaseClient

class Session:
    def __init__(
        self, *, region_name: str | None = None, profile_name: str | None = None
    ) -> None: ...
    def client(
        self,
        service_name: str,
        *,
        region_name: str | None = None,
        endpoint_url: str | None = None,
    ) -> BaseClient: ...
