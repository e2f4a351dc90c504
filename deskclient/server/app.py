"""The HTTP API: enroll, pull, push, health. JSON bodies typed by ``deskclient.protocol.wire``.

Every endpoint but health and enroll needs a device token, checked against the database on each
request (a revoked device is refused at once). Errors are always an ``ErrorReply``, never a stack
trace; enrollment and full pulls are rate limited per process (``ratelimit.py``).
"""

from __future__ import annotations

import gzip
import logging
import zlib
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Request, Security
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from deskclient import __version__
from deskclient.protocol import wire
from deskclient.server import devices, feed
from deskclient.server.apply import apply_push
from deskclient.server.clock import server_now
from deskclient.server.db import ServerDatabase
from deskclient.server.meta import ensure_epoch, ensure_sealing_key, read_epoch
from deskclient.server.models import Device
from deskclient.server.ratelimit import RateLimiter, RateLimits, retry_after_header

log = logging.getLogger(__name__)
UNVERSIONED_PATHS = ("/openapi.json", "/docs", "/redoc", "/v1/health")


def error(status: int, code: wire.ErrorCode, detail: str | None = None, **extra: object) -> JSONResponse:
    body = wire.ErrorReply(error=code, detail=detail, **extra)  # type: ignore[arg-type]
    return JSONResponse(body.model_dump(mode="json", exclude_none=True), status_code=status)


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` for error statuses, each an ``ErrorReply``."""
    return {status: {"model": wire.ErrorReply, "description": ERROR_DESCRIPTIONS[status]} for status in statuses}


ERROR_DESCRIPTIONS = {
    400: "The body is not valid for this request (not JSON, a wrong type, a missing or unknown field)",
    401: "No valid device token",
    403: "The device was revoked by the center's server (`device_revoked`)",
    404: "No such endpoint",
    413: "The body, once gunzipped, is larger than the server accepts",
    426: "Missing or unsupported protocol version header",
    429: "Too many attempts: wait as many seconds as `Retry-After` says",
    500: "The server failed; nothing of the request was applied",
}
COMMON_ERRORS = (400, 413, 426, 500)
DEVICE_ERRORS = (*COMMON_ERRORS, 401, 403)


def protocol_version(
        version: Annotated[str, Header(alias=wire.VERSION_HEADER, description="The protocol version spoken",
                                       json_schema_extra={"enum": [str(v) for v in sorted(wire.SUPPORTED_VERSIONS)]})],
) -> None:
    """Documents the version header; ``protocol_and_body`` checks it before anything else runs."""


def create_app(database: ServerDatabase, limits: RateLimits | None = None) -> FastAPI:
    """The API on ``database`` (already migrated); ``limits`` default to ``RateLimits()``."""
    app = FastAPI(title="deskclient central server", version=__version__, docs_url=None, redoc_url=None,
                  description="Sync API between center PCs and the central server (protocol version "
                              f"{wire.PROTOCOL_VERSION}; send `{wire.VERSION_HEADER}` with every request).")
    app.state.database = database
    app.state.epoch = ensure_epoch(database)
    sealing_key = ensure_sealing_key(database)  # PCs seal unsent work to it (deskclient.domain.sealed)
    app.state.limiter = limiter = RateLimiter(limits)
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)

    @app.middleware("http")
    async def protocol_and_body(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        try:
            refused = await _check_protocol_and_body(request)
            return refused if refused is not None else await call_next(request)
        except Exception:  # no stack traces to clients
            log.exception("request %s %s failed", request.method, request.url.path)
            return error(500, wire.ErrorCode.SERVER_ERROR)

    _add_exception_handlers(app)
    versioned = [Depends(protocol_version)]

    @app.get("/v1/health", response_model=wire.HealthReply, responses=_errors(500))
    def health() -> Response:
        return json_reply(wire.HealthReply(status="ok", server_time=server_now(), epoch=read_epoch(database),
                                           supported_versions=sorted(wire.SUPPORTED_VERSIONS)))

    @app.post("/v1/enroll", response_model=wire.EnrollReply, dependencies=versioned,
              responses=_errors(*COMMON_ERRORS, 429))
    def enroll(body: wire.EnrollRequest, request: Request) -> Response:
        address = request.client.host if request.client else "unknown"
        code_key = devices.digest(body.code.strip().upper())
        if limiter.enabled:
            wait = limiter.enroll_failures.retry_after(address) or limiter.enroll_codes.take(code_key)
            if wait:
                log.warning("enrollment from %s refused: too many attempts", address)
                return rate_limited(wait)
        now = server_now()
        try:
            device, center, secret = devices.enroll(database, body.code, body.device_id, body.device_name, now)
        except devices.EnrollmentRefused as refused:
            if limiter.enabled:
                limiter.enroll_failures.charge(address)  # a wrong code costs
            return error(400, wire.ErrorCode.ENROLLMENT_CODE_INVALID, str(refused))
        return json_reply(wire.EnrollReply(device_id=device.id, device_secret=secret, center_id=center.id,
                                           center_name=center.name, server_epoch=read_epoch(database),
                                           server_time=now, sealing_public_key=sealing_key))

    @app.post("/v1/pull", response_model=wire.PullReply, dependencies=versioned,
              responses=_errors(*DEVICE_ERRORS, 429))
    def pull(body: wire.PullRequest, device: CurrentDevice) -> Response:
        now = server_now()
        epoch = read_epoch(database)
        cursor = body.cursor if body.epoch == epoch else 0
        if cursor == 0 and limiter.enabled:  # a full re-pull hands out every PIN verifier of the center
            wait = limiter.full_pulls.retry_after(device.id)
            if wait:
                log.warning("device %s: too many full pulls", device.id)
                return rate_limited(wait)
        with database.transaction() as session:
            center = feed.lock_center(session, device.center_id)
            renewed_until = feed.renew_and_lease(session, center, device, body.want_tasks, now,
                                                 hold=body.hold_tasks)
            changes, new_cursor, more = feed.read_page(session, center, device, cursor, body.limit)
            current = session.get(Device, device.id)
            assert current is not None
            current.last_seen_at = now
            reply = wire.PullReply(
                epoch=epoch, cursor=new_cursor, more=more, changes=changes,
                center=wire.CenterData(id=center.id, name=center.name, lease_hours=center.lease_hours,
                                       retention_days=center.retention_days),
                last_applied_seq=current.last_applied_seq, server_time=now, leases_renewed_until=renewed_until,
                sealing_public_key=sealing_key)
        if cursor == 0 and limiter.enabled and any(isinstance(change, wire.UserChange) for change in changes):
            limiter.full_pulls.charge(device.id)
        return json_reply(reply)

    @app.post("/v1/push", response_model=wire.PushReply, dependencies=versioned, responses=_errors(*DEVICE_ERRORS))
    def push(body: wire.PushRequest, device: CurrentDevice) -> Response:
        now = server_now()
        with database.transaction() as session:
            outcome = apply_push(session, device.id, list(body.items), now)
        return json_reply(wire.PushReply(answers=outcome.answers, last_applied_seq=outcome.last_applied_seq,
                                         server_epoch=read_epoch(database), server_time=now))

    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


async def _check_protocol_and_body(request: Request) -> Response | None:
    """The version header and the body's size (gunzipped as it comes); a refusal, or None to go on."""
    if not request.url.path.startswith(UNVERSIONED_PATHS):
        version = request.headers.get(wire.VERSION_HEADER, "")
        if not (version.isascii() and version.isdigit()) or int(version) not in wire.SUPPORTED_VERSIONS:
            return error(426, wire.ErrorCode.UNSUPPORTED_PROTOCOL, f"protocol version {version!r}",
                         supported_versions=sorted(wire.SUPPORTED_VERSIONS))
    if request.method != "POST":
        return None
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > wire.MAX_BODY_BYTES:
        return error(413, wire.ErrorCode.TOO_LARGE, "request body too large")
    gzipped = request.headers.get("content-encoding", "").lower() == "gzip"
    if gzipped or not declared:  # a chunked body has no declared length: count it as it comes
        body = await _read_bounded(request)
        if body is None:
            return error(413, wire.ErrorCode.TOO_LARGE, "request body too large")
        if gzipped:
            try:
                body = _gunzip_bounded(body)
            except ValueError:
                return error(413, wire.ErrorCode.TOO_LARGE, "request body too large")
            except (OSError, EOFError, zlib.error):
                return error(400, wire.ErrorCode.BAD_REQUEST, "request body is not valid gzip")
        request._body = body  # starlette reads the body from here
    return None


def _add_exception_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid_body(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()))
        return error(400, wire.ErrorCode.BAD_REQUEST, f"{where}: {first.get('msg', 'invalid')}"[:300])

    @app.exception_handler(Unauthorized)
    async def unauthorized(_request: Request, _exc: Unauthorized) -> JSONResponse:
        return error(401, wire.ErrorCode.UNAUTHORIZED)

    @app.exception_handler(devices.DeviceRevoked)
    async def revoked(_request: Request, exc: devices.DeviceRevoked) -> JSONResponse:
        log.info("refused a request of revoked device %s", exc)
        return error(403, wire.ErrorCode.DEVICE_REVOKED, "this device was revoked by the center's server")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = wire.ErrorCode.TOO_LARGE if exc.status_code == 413 else wire.ErrorCode.BAD_REQUEST
        detail = "no such endpoint" if exc.status_code == 404 else str(exc.detail)[:300]
        return error(exc.status_code, code, detail)

    @app.exception_handler(Exception)
    async def failed(request: Request, _exc: Exception) -> JSONResponse:  # no stack traces to clients
        log.error("request %s %s failed", request.method, request.url.path)
        return error(500, wire.ErrorCode.SERVER_ERROR)


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's description without its 422 answers: this server answers invalid bodies 400 ``ErrorReply``."""
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                operation.get("responses", {}).pop("422", None)
        for unused in ("HTTPValidationError", "ValidationError"):
            schema.get("components", {}).get("schemas", {}).pop(unused, None)
        app.openapi_schema = schema
    return app.openapi_schema


def rate_limited(wait_s: float) -> JSONResponse:
    response = error(429, wire.ErrorCode.RATE_LIMITED, "too many attempts; try again later")
    response.headers["Retry-After"] = retry_after_header(wait_s)
    return response


def json_reply(reply: wire.Wire) -> Response:
    """The reply, serialised once (already validated by its model; ``response_model`` documents it)."""
    return Response(reply.model_dump_json(), media_type="application/json")


class Unauthorized(Exception):
    pass


BEARER = HTTPBearer(auto_error=False, scheme_name="DeviceToken",
                    description="`Authorization: Bearer <device id>.<device secret>` (given at enrollment)")


def current_device(request: Request,
                   credentials: Annotated[HTTPAuthorizationCredentials | None, Security(BEARER)]) -> Device:
    """The enrolled, not revoked device making the request; 401 otherwise, 403 when revoked."""
    if credentials is None:
        raise Unauthorized()
    device = devices.authenticate(request.app.state.database, f"Bearer {credentials.credentials}")
    if device is None:
        raise Unauthorized()
    return device


CurrentDevice = Annotated[Device, Depends(current_device)]


async def _read_bounded(request: Request) -> bytes | None:
    """The request body, or None as soon as it passes ``MAX_BODY_BYTES``."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > wire.MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _gunzip_bounded(raw: bytes) -> bytes:
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    body = decompressor.decompress(raw, wire.MAX_BODY_BYTES + 1)
    if len(body) > wire.MAX_BODY_BYTES:
        raise ValueError("too large")
    if not decompressor.eof:
        raise EOFError("truncated gzip")
    return body


__all__ = ["create_app", "gzip"]
