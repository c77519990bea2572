# Hand-written stub: the part of botocore that transcribe_model imports (see client.py).

class BaseClient:
    """A service client; its operation methods are made at run time from the service model,
    so a caller casts it to a Protocol of the ones it calls."""

    def close(self) -> None: ...
