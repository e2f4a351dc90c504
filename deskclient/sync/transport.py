"""HTTP to the central server: gzip, timeouts, the protocol header, and failures told apart.

Every failure becomes a ``TransportError`` with a code the sync status shows calmly: offline and
timeouts are normal in a rural center; a malformed reply is refused whole, before anything of it
is applied.
"""

from __future__ import annotations

import gzip
import logging
import ssl
import time
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

import requests
from pydantic import BaseModel, ValidationError

from deskclient import __version__
from deskclient.protocol import wire
from deskclient.sync import tls

log = logging.getLogger(__name__)
Reply = TypeVar("Reply", bound=BaseModel)

CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 60.0
MAX_REPLY_BYTES = 64 * 1024 * 1024


class Failure(StrEnum):
    OFFLINE = "offline"
    TIMEOUT = "timeout"
    SERVER_ERROR = "server_error"
    RATE_LIMITED = "rate_limited"
    TOO_LARGE = "too_large"
    UNAUTHORIZED = "unauthorized"
    UNSUPPORTED_PROTOCOL = "unsupported_protocol"
    BAD_REPLY = "bad_reply"
    REFUSED = "refused"
    #: The center's server revoked this PC: never retried; its unsent work can be exported to a file.
    REVOKED = "revoked"
    #: The server's certificate is not trusted (unknown CA, wrong name, expired): a person must act.
    CERTIFICATE = "certificate"
    #: A secure connection could not be set up (not a TLS server, or no common protocol version).
    TLS = "tls"
    #: ``http://`` to another machine: refused before connecting (``tls.check_server_url``).
    INSECURE_URL = "insecure_url"
    #: Not a usable server address.
    BAD_URL = "bad_url"
    #: The center's CA bundle cannot be read or is not a PEM file of certificates.
    BAD_CA_BUNDLE = "bad_ca_bundle"

    @property
    def retryable(self) -> bool:
        return self in (Failure.OFFLINE, Failure.TIMEOUT, Failure.SERVER_ERROR, Failure.RATE_LIMITED)


class TransportError(Exception):
    def __init__(self, failure: Failure, detail: str = "", retry_after: float | None = None) -> None:
        super().__init__(f"{failure.value}: {detail}" if detail else failure.value)
        self.failure = failure
        self.detail = detail
        self.retry_after = retry_after


class HttpTransport:
    """Talks protocol v1 to one server as one device (or anonymously, to enroll)."""

    def __init__(self, base_url: str, device_id: str | None = None, secret: str | None = None,
                 session: requests.Session | None = None, connect_timeout: float = CONNECT_TIMEOUT_S,
                 read_timeout: float = READ_TIMEOUT_S, ca_bundle: Path | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        #: Why no call may be made (an unsafe address, an unusable CA bundle): raised before connecting.
        self.refusal: TransportError | None = None
        try:
            if tls.check_server_url(base_url).plain_loopback:
                tls.warn_plain_loopback(self.base_url)
        except tls.UnsafeServerUrl as unsafe:
            failure = Failure.INSECURE_URL if unsafe.reason == unsafe.INSECURE else Failure.BAD_URL
            self.refusal = TransportError(failure, unsafe.detail)
        # Certificates are always verified: system trust store plus the center's CA bundle (tls.py).
        session = session if session is not None else requests.Session()
        try:
            self.session = tls.harden(session, ca_bundle)
        except tls.BadCaBundle as bad:
            self.refusal = self.refusal or TransportError(Failure.BAD_CA_BUNDLE, str(bad))
            self.session = tls.harden(session)
        self.timeout = (connect_timeout, read_timeout)
        self.headers = {
            wire.VERSION_HEADER: str(wire.PROTOCOL_VERSION),
            "Content-Type": "application/json",
            "Content-Encoding": "gzip",
            "Accept-Encoding": "gzip",
            "User-Agent": f"deskclient/{__version__}",
        }
        if device_id and secret:
            self.headers["Authorization"] = f"Bearer {device_id}.{secret}"
        #: Bytes sent and received by the last call (for the sync report and benchmarks).
        self.last_bytes = (0, 0)

    def enroll(self, request: wire.EnrollRequest) -> wire.EnrollReply:
        return self._post("/v1/enroll", request, wire.EnrollReply)

    def pull(self, request: wire.PullRequest) -> wire.PullReply:
        return self._post("/v1/pull", request, wire.PullReply)

    def push(self, request: wire.PushRequest) -> wire.PushReply:
        return self._post("/v1/push", request, wire.PushReply)

    def _post(self, path: str, request: BaseModel, reply_type: type[Reply]) -> Reply:
        if self.refusal is not None:
            raise self.refusal
        body = gzip.compress(request.model_dump_json().encode("utf-8"), compresslevel=6)
        started = time.perf_counter()
        try:
            response = self.session.post(self.base_url + path, data=body, headers=self.headers,
                                         timeout=self.timeout, stream=True)
            content = _read_bounded(response)
        except requests.exceptions.SSLError as error:
            raise _tls_failure(error) from error
        except requests.exceptions.Timeout as error:
            raise TransportError(Failure.TIMEOUT, str(error)) from error
        except (requests.exceptions.ContentDecodingError, requests.exceptions.ChunkedEncodingError) as error:
            raise TransportError(Failure.BAD_REPLY, f"damaged reply: {error}") from error
        except requests.exceptions.RequestException as error:
            raise TransportError(Failure.OFFLINE, str(error)) from error
        self.last_bytes = (len(body), len(content))
        log.debug("POST %s: %d -> %d bytes, HTTP %d, %.0f ms", path, len(body), len(content),
                  response.status_code, (time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise _http_failure(response.status_code, response.headers, content)
        try:
            return reply_type.model_validate_json(content)
        except ValidationError as error:
            if all(problem.get("type") == "json_invalid" for problem in error.errors()):
                recovered = _with_damaged_text_replaced(content, reply_type)
                if recovered is not None:
                    return recovered
            raise TransportError(Failure.BAD_REPLY, f"{reply_type.__name__}: {error.error_count()} problem(s), "
                                                    f"first: {error.errors()[0].get('msg')}") from error


def _with_damaged_text_replaced(content: bytes, reply_type: type[Reply]) -> Reply | None:
    """A reply whose only fault is invalid UTF-8 (raw, or escaped as lone surrogates): read with U+FFFD.

    Refusing it would refuse the whole page, again at every sync: one damaged ticket would stop
    this PC from ever pulling again. The damaged characters are replaced, and the ticket screen
    says so; a reply damaged in any other way is still refused whole.
    """
    import json

    from deskclient.domain.untrusted import REPLACEMENT, clean_for_storage

    text = content.decode("utf-8", errors="replace")
    invalid_bytes = text.count(REPLACEMENT) - content.count(REPLACEMENT.encode("utf-8"))
    try:
        data, surrogates = clean_for_storage(json.loads(text))
        reply = reply_type.model_validate_json(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    except (ValueError, ValidationError):
        return None
    log.warning("the server's %s reply held %d damaged character(s) (invalid UTF-8); read as U+FFFD",
                reply_type.__name__, invalid_bytes + surrogates)
    return reply


def _tls_failure(error: requests.exceptions.SSLError) -> TransportError:
    """A certificate the PC does not trust, told apart from a connection that is not TLS at all."""
    cause: BaseException | None = error
    for _ in range(10):  # requests -> urllib3 MaxRetryError -> SSLError -> ssl.SSLError, by cause or args
        if cause is None or isinstance(cause, ssl.SSLError):
            break
        cause = cause.__cause__ or cause.__context__ or next(
            (arg for arg in getattr(cause, "args", ()) if isinstance(arg, BaseException)), None)
    if isinstance(cause, ssl.SSLCertVerificationError):
        return TransportError(Failure.CERTIFICATE, cause.verify_message or str(cause))
    if cause is None and "CERTIFICATE_VERIFY_FAILED" in str(error):
        return TransportError(Failure.CERTIFICATE, "certificate verify failed")
    return TransportError(Failure.TLS, str(cause or error)[:300])


def _read_bounded(response: requests.Response) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(chunk_size=65536):
        size += len(chunk)
        if size > MAX_REPLY_BYTES:
            response.close()
            raise TransportError(Failure.BAD_REPLY, "reply larger than the client accepts")
        chunks.append(chunk)
    return b"".join(chunks)


def _http_failure(status: int, headers: requests.structures.CaseInsensitiveDict[str], content: bytes) -> TransportError:
    try:
        reply = wire.ErrorReply.model_validate_json(content)
        detail = f"{reply.error.value}: {reply.detail or ''}".strip(": ")
        code = reply.error
    except ValidationError:
        detail, code = f"HTTP {status}", None
    retry_after = _retry_after(headers.get("Retry-After"))
    if status == 426 or code is wire.ErrorCode.UNSUPPORTED_PROTOCOL:
        return TransportError(Failure.UNSUPPORTED_PROTOCOL, detail)
    if code is wire.ErrorCode.DEVICE_REVOKED:
        return TransportError(Failure.REVOKED, detail)
    if status == 401:
        return TransportError(Failure.UNAUTHORIZED, detail)
    if status == 413:
        return TransportError(Failure.TOO_LARGE, detail)
    if status == 429:
        return TransportError(Failure.RATE_LIMITED, detail, retry_after)
    if status >= 500:
        return TransportError(Failure.SERVER_ERROR, detail, retry_after)
    return TransportError(Failure.REFUSED, detail)


def _retry_after(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return max(0.0, moment.timestamp() - time.time())
