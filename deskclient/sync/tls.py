"""TLS for the connection to the central server: one place decides what is trusted.

Certificates are always verified, against the operating system's trust store (the ``truststore``
package: Windows and macOS keep the CAs of corporate proxies there, Linux its CA bundle) plus, when
the center has one, its own CA bundle (a PEM file in the data folder, set with
``deskclient enroll --ca-bundle FILE``). ``truststore.SSLContext`` combines both on every OS:
on Linux it is an OpenSSL context whose store gets the system CAs added to ours; on macOS the
bundle's certificates become extra anchors next to the system's (``SecTrustSetAnchorCertificates``
with ``AnchorCertificatesOnly`` false); on Windows a chain the system refuses is tried again with an
engine that trusts the bundle (truststore >= 0.9).

Plain ``http://`` is accepted only to this PC itself (loopback: the demo and tests), with a warning;
to anything else it is refused before any connection is made, so a device key never crosses a
network in clear text.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
import truststore
from requests.adapters import HTTPAdapter

from deskclient.paths import DataFolder

log = logging.getLogger(__name__)

#: The center's CA bundle, kept in the data folder for every later sync.
CA_BUNDLE_NAME = "center-ca.pem"
MAX_BUNDLE_BYTES = 1_000_000
_LOOPBACK_NAMES = ("localhost", "localhost.localdomain")


class UnsafeServerUrl(ValueError):
    """The server address cannot be used; ``reason`` is one of the codes below."""

    #: ``http://`` to another machine.
    INSECURE = "insecure_url"
    #: Not an ``https://host`` address at all (or it carries a user name or password).
    MALFORMED = "bad_url"

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


class BadCaBundle(ValueError):
    """The center CA file cannot be used (missing, not PEM certificates, or holding a private key)."""


@dataclass(frozen=True)
class ServerUrl:
    url: str
    #: ``http://`` to loopback: allowed for the demo and tests, always with a warning.
    plain_loopback: bool


def check_server_url(url: str) -> ServerUrl:
    """``url`` without its trailing slash, or ``UnsafeServerUrl`` saying why it is refused."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as error:
        raise UnsafeServerUrl(UnsafeServerUrl.MALFORMED, f"not a server address: {error}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not host:
        raise UnsafeServerUrl(UnsafeServerUrl.MALFORMED, "the address must start with https:// and name a server")
    if parts.username is not None or parts.password is not None:
        raise UnsafeServerUrl(UnsafeServerUrl.MALFORMED, "the address must not contain a user name or password")
    if parts.query or parts.fragment:
        raise UnsafeServerUrl(UnsafeServerUrl.MALFORMED, "the address must not contain ? or #")
    if scheme == "https":
        return ServerUrl(text.rstrip("/"), plain_loopback=False)
    if not is_loopback(host):
        raise UnsafeServerUrl(UnsafeServerUrl.INSECURE, f"plain http:// is refused for {host}: use https://")
    return ServerUrl(text.rstrip("/"), plain_loopback=True)


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and ``localhost``: traffic that never leaves this PC."""
    name = host.strip("[]").lower().rstrip(".")
    if name in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def warn_plain_loopback(url: str) -> None:
    log.warning("the server address %s uses plain http:// (allowed only on this PC itself, for the demo and "
                "tests); use https:// for a real server", url)


# -- the center's CA bundle --------------------------------------------------------------------------------------
def ca_bundle_path(folder: DataFolder) -> Path:
    return folder.root / CA_BUNDLE_NAME


def read_ca_bundle(path: Path) -> str:
    """The PEM text of ``path``, checked: certificates only (no private key), at least one, all readable."""
    from cryptography import x509

    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise BadCaBundle(f"{path.name} is too large for a CA bundle")
        data = path.read_bytes()
    except OSError as error:
        raise BadCaBundle(f"{path} cannot be read ({error.strerror or error})") from None
    if b"PRIVATE KEY" in data:
        raise BadCaBundle(f"{path.name} holds a private key: give the CA certificate only, and keep the key secret")
    try:
        text = data.decode("ascii")
        certificates = x509.load_pem_x509_certificates(data)
    except (UnicodeDecodeError, ValueError):
        raise BadCaBundle(f"{path.name} is not a PEM file of certificates (-----BEGIN CERTIFICATE-----)") from None
    if not certificates:
        raise BadCaBundle(f"{path.name} holds no certificate")
    return text


def save_ca_bundle(folder: DataFolder, pem: str) -> Path:
    """Keep the (already checked) bundle in the data folder, replacing the file in one step."""
    target = ca_bundle_path(folder)
    partial = target.with_suffix(".pem.partial")
    partial.write_text(pem, encoding="ascii")
    os.replace(partial, target)
    return target


def stored_ca_bundle(folder: DataFolder) -> Path | None:
    path = ca_bundle_path(folder)
    return path if path.is_file() else None


# -- the context and the session -------------------------------------------------------------------------------
def build_context(ca_bundle: Path | str | None = None) -> ssl.SSLContext:
    """System trust store plus the center's CA bundle; hostname checked; TLS 1.2 at least."""
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # check_hostname and CERT_REQUIRED by default
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if ca_bundle is not None:
        pem = read_ca_bundle(Path(ca_bundle))
        context.load_verify_locations(cadata=pem)
    return context  # type: ignore[return-value]  # truststore.SSLContext presents itself as ssl.SSLContext


class VerifyingAdapter(HTTPAdapter):
    """Every https:// connection through ``context``, with verification that nothing can switch off.

    ``verify=False``, ``REQUESTS_CA_BUNDLE`` or ``CURL_CA_BUNDLE`` on the session are ignored: the
    pool always gets this context and ``CERT_REQUIRED``, never requests' own CA file.
    """

    def __init__(self, context: ssl.SSLContext, **kwargs: Any) -> None:
        self.context = context
        super().__init__(**kwargs)

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any) -> None:
        pool_kwargs["ssl_context"] = self.context
        super().init_poolmanager(connections, maxsize, block=block, **pool_kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        proxy_kwargs["ssl_context"] = self.context
        return super().proxy_manager_for(proxy, **proxy_kwargs)

    def build_connection_pool_key_attributes(self, request: requests.PreparedRequest, verify: Any,
                                             cert: Any = None) -> tuple[dict[str, Any], dict[str, Any]]:
        host_params, pool_kwargs = super().build_connection_pool_key_attributes(request, True, cert)
        pool_kwargs.pop("ca_certs", None)
        pool_kwargs.pop("ca_cert_dir", None)
        pool_kwargs["cert_reqs"] = "CERT_REQUIRED"
        pool_kwargs["ssl_context"] = self.context
        return host_params, pool_kwargs

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        conn.cert_reqs = "CERT_REQUIRED"
        conn.ca_certs = None
        conn.ca_cert_dir = None
        if cert:
            super().cert_verify(conn, url, True, cert)
            conn.ca_certs = None
            conn.ca_cert_dir = None


def secure_session(ca_bundle: Path | None = None) -> requests.Session:
    """A new session whose https:// goes through the verifying adapter."""
    session = requests.Session()
    harden(session, ca_bundle)
    return session


def harden(session: requests.Session, ca_bundle: Path | None = None) -> requests.Session:
    """Mount the verifying adapter for https:// unless the caller mounted an adapter of its own (tests)."""
    current = session.get_adapter("https://")
    if type(current) is HTTPAdapter or isinstance(current, VerifyingAdapter):
        session.mount("https://", VerifyingAdapter(build_context(ca_bundle)))
    session.verify = True
    return session
