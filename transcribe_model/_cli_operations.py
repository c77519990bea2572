"""Which shapes ``check`` knows a FILE by: one table of operations, and the guess from members.

``OPERATIONS`` maps an operation's name to its (request, response) shapes. It is the one place
the command line lists operations: ``--operation`` takes its keys, and the guess tells a request
from a response with it. When every operation of the service model has generated shapes, this
table is to be generated too; nothing else here names an operation.

The guess prefers the strict path. A document is taken for a response only when it holds a
member that only the response has and no member that only the request has; anything else is
checked as the request, with every constraint and rule, so that a request with a stray
response member (``"CreationTime"``) is refused by ``check`` as ``start`` refuses it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, cast

from transcribe_model import _models
from transcribe_model._base import WireModel
from transcribe_model._spec import wire_names

Shapes = tuple[type[WireModel], type[WireModel] | None]

#: Operation name -> (request shape, response shape); ``None`` where the answer has no members.
OPERATIONS: Final[Mapping[str, Shapes]] = {
    "StartTranscriptionJob": (
        _models.StartTranscriptionJobRequest,
        _models.StartTranscriptionJobResponse,
    ),
    "GetTranscriptionJob": (
        _models.GetTranscriptionJobRequest,
        _models.GetTranscriptionJobResponse,
    ),
    "ListTranscriptionJobs": (
        _models.ListTranscriptionJobsRequest,
        _models.ListTranscriptionJobsResponse,
    ),
    "DeleteTranscriptionJob": (
        _models.DeleteTranscriptionJobRequest,
        None,
    ),
}

#: Without ``--operation``: what people check most, a request to start a job, and the two
#: documents the AWS CLI prints for jobs (``get-transcription-job``, ``list-transcription-jobs``).
DEFAULT_REQUEST: Final = _models.StartTranscriptionJobRequest
DEFAULT_RESPONSES: Final[tuple[type[WireModel], ...]] = (
    _models.GetTranscriptionJobResponse,
    _models.ListTranscriptionJobsResponse,
)


def guess_shape(data: Any, operation: str | None = None) -> type[WireModel]:
    """The shape ``data`` is checked as: a response only when its members say so unmistakably.

    Args:
        data: The parsed document.
        operation: A key of ``OPERATIONS``, or ``None`` for the default candidates.
    """
    request: type[WireModel]
    responses: tuple[type[WireModel], ...]
    if operation is None:
        request, responses = DEFAULT_REQUEST, DEFAULT_RESPONSES
    else:
        request, response = OPERATIONS[operation]
        responses = () if response is None else (response,)
    if not isinstance(data, Mapping):
        return request
    keys = {key for key in cast(Mapping[object, object], data) if isinstance(key, str)}
    request_members = wire_names(request)
    fitting = [
        response
        for response in responses
        if keys & (wire_names(response) - request_members)
        and not keys & (request_members - wire_names(response))
    ]
    return fitting[0] if len(fitting) == 1 else request
