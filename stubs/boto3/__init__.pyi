# Hand-written stub: the part of boto3 that transcribe_model imports (see client.py).
