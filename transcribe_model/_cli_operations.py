"""Which shapes ``check`` knows a FILE by: one table of operations, and the guess from members.

``OPERATIONS`` maps the name of every operation of the generated index (``_index.OPERATIONS``)
to its (request, response) shapes: ``--operation`` takes its keys. Without it the guess looks at
the transcription-job documents first (what people check most), then at every other operation's
request and response, by their members.

The guess prefers the strict path. A document is taken for a response only when it holds a
member that only the response has and no member that only the request has; anything else is
checked as the request, with every constraint and rule, so that a request with a stray
response member (``"CreationTime"``) is refused by ``check`` as ``start`` refuses it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Final, cast

import transcribe_model
from transcribe_model import _index, _models
from transcribe_model._base import WireModel
from transcribe_model._spec import field_specs, wire_names

Shapes = tuple[type[WireModel], type[WireModel] | None]


def _shape(name: str | None) -> type[WireModel] | None:
    if name is None:
        return None
    cls: type[WireModel] = getattr(transcribe_model, name)
    return cls


class _Operations(Mapping[str, Shapes]):
    """Every operation of the generated index; its shapes are imported when first asked for."""

    def __getitem__(self, name: str) -> Shapes:
        info = _index.OPERATIONS[name]
        request = _shape(info.input)
        assert request is not None  # every operation of the service takes a request
        return request, _shape(info.output)

    def __iter__(self) -> Iterator[str]:
        return iter(_index.OPERATIONS)

    def __len__(self) -> int:
        return len(_index.OPERATIONS)


#: Operation name -> (request shape, response shape); ``None`` where the answer has no shape.
OPERATIONS: Final[Mapping[str, Shapes]] = _Operations()

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
    if len(fitting) == 1:
        return fitting[0]
    if operation is not None or keys <= request_members:
        return request
    return _other_operation(keys, responses_too=not keys & request_members) or request


def _other_operation(keys: set[str], *, responses_too: bool) -> type[WireModel] | None:
    """A document of another operation, told from its members: the first request (in the
    service model's order) that holds every member given and all it requires, else (when no
    member is one a transcription-job request has) the first response that holds them all.
    Requests whose members coincide (Get and Delete of one resource) are checked alike, so the
    first stands for them all."""
    for name in OPERATIONS:
        request, _response = OPERATIONS[name]
        specs = field_specs(request)
        required = {spec.wire for spec in specs if spec.required}
        if keys <= {spec.wire for spec in specs} and required <= keys:
            return request
    if not responses_too:
        return None  # a member of a transcription-job request: the strict path, not a guess
    for name in OPERATIONS:
        _request, response = OPERATIONS[name]
        if response is not None and keys <= wire_names(response):
            return response
    return None
