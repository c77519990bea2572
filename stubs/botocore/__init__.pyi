# Hand-written stub: the part of botocore that transcribe_model imports (see client.py).

__version__: str
