"""TLS: the real server on loopback over https://, with a center CA and a server certificate made here.

The PC must refuse the server without the center's CA bundle (a clear certificate failure), accept
it with the bundle and keep the bundle for later syncs, and refuse plain http:// to any other
machine before it connects.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from requests.adapters import HTTPAdapter

from deskclient.cli import main
from deskclient.domain.problems import Problem
from deskclient.paths import DataFolder
from deskclient.server import admin
from deskclient.server.clock import server_now
from deskclient.server.runner import EmbeddedServer
from deskclient.services.bundle import Services
from deskclient.store.models import SyncState
from deskclient.sync import tls
from deskclient.sync.client import SyncClient
from deskclient.sync.credentials import CredentialStore
from deskclient.sync.transport import Failure

PEM = serialization.Encoding.PEM


@dataclass
class Pki:
    ca_pem: Path
    cert: Path
    key: Path
    other_ca_pem: Path


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _ca(common_name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(_name(common_name)).issuer_name(_name(common_name))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                         content_commitment=False, key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    return key, cert


def _server_cert(ca_key: ec.EllipticCurvePrivateKey, ca: x509.Certificate,
                 names: list[x509.GeneralName]) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(_name("deskclient test server")).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=7))
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    return key, cert


def _write_key(key: ec.EllipticCurvePrivateKey, path: Path) -> Path:
    path.write_bytes(key.private_bytes(PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return path


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    folder = tmp_path_factory.mktemp("pki")
    ca_key, ca = _ca("Kisumu Center CA")
    key, cert = _server_cert(ca_key, ca, [x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                                          x509.DNSName("localhost")])
    (folder / "center-ca.pem").write_bytes(ca.public_bytes(PEM))
    _write_key(ca_key, folder / "center-ca.key")  # kept apart: only to sign another server certificate
    (folder / "server.pem").write_bytes(cert.public_bytes(PEM) + ca.public_bytes(PEM))
    _, other = _ca("Somebody Else's CA")
    (folder / "other-ca.pem").write_bytes(other.public_bytes(PEM))
    return Pki(folder / "center-ca.pem", folder / "server.pem", _write_key(key, folder / "server.key"),
               folder / "other-ca.pem")


@dataclass
class TlsCenter:
    server: EmbeddedServer
    center_id: str
    folder: Path
    batches: int = 0

    def add_ticket(self) -> None:
        """One more ticket for the next device that syncs."""
        self.batches += 1
        batch = self.folder / f"batch-{self.batches}.jsonl"
        batch.write_text(f'{{"external_id": "T{self.batches}", "kind": "support_ticket", '
                         '"payload": {"subject": "No signal", "body": "Since this morning."}}\n', encoding="utf-8")
        admin.import_batch(self.database, self.center_id, batch, server_now())

    @property
    def database(self):  # type: ignore[no-untyped-def]
        assert self.server.database is not None
        return self.server.database

    def code(self) -> str:
        from deskclient.server.devices import new_enrollment_code

        return new_enrollment_code(self.database, self.center_id, server_now())


@pytest.fixture(scope="module")
def https_center(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsCenter]:
    folder = tmp_path_factory.mktemp("https-server")
    server = EmbeddedServer(f"sqlite:///{folder / 'server.sqlite3'}", ssl_certfile=pki.cert,
                            ssl_keyfile=pki.key).start()
    try:
        assert server.base_url.startswith("https://127.0.0.1:")
        assert server.database is not None
        center_id, _ = admin.add_center(server.database, "Kisumu Center", server_now())
        yield TlsCenter(server, center_id, folder)
    finally:
        server.stop()


class NoNetwork(HTTPAdapter):
    """Mounted where a connection must never be attempted: any request through it fails the test."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[str] = []

    def send(self, request, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.sent.append(str(request.url))
        raise AssertionError(f"a connection was attempted to {request.url}")


def _failure(error: pytest.ExceptionInfo[Problem]) -> str:
    return str(error.value.params.get("failure"))


def _state(services: Services) -> SyncState | None:
    with services.context.database.read() as session:
        row = session.get(SyncState, 1)
        if row is not None:
            session.expunge(row)
        return row


# -- the real https:// server --------------------------------------------------------------------
def test_without_the_center_ca_the_server_is_refused_with_a_certificate_failure(https_center, services):
    client = SyncClient(services.context)
    with pytest.raises(Problem) as refused:
        client.enroll(https_center.server.base_url, https_center.code())
    assert _failure(refused) == Failure.CERTIFICATE.value
    assert "certificate" in str(refused.value.params["detail"]).lower()
    state = _state(services)
    assert state is None or not state.server_url  # nothing recorded: not enrolled
    assert CredentialStore(services.context.folder).load(services.context.device_id)[0] is None
    assert tls.stored_ca_bundle(services.context.folder) is None


def test_verify_false_and_a_ca_bundle_in_the_environment_cannot_switch_verification_off(
        https_center, services, pki, monkeypatch):
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(pki.ca_pem))  # requests would trust it: this PC does not
    monkeypatch.setenv("CURL_CA_BUNDLE", str(pki.ca_pem))
    session = requests.Session()
    session.verify = False
    client = SyncClient(services.context, http=session)
    with pytest.raises(Problem) as refused:
        client.enroll(https_center.server.base_url, https_center.code())
    assert _failure(refused) == Failure.CERTIFICATE.value


def test_a_ca_bundle_of_another_ca_does_not_help(https_center, services, pki):
    client = SyncClient(services.context)
    with pytest.raises(Problem) as refused:
        client.enroll(https_center.server.base_url, https_center.code(), ca_bundle=pki.other_ca_pem)
    assert _failure(refused) == Failure.CERTIFICATE.value
    assert tls.stored_ca_bundle(services.context.folder) is None  # kept only after a successful enrollment


def test_the_name_in_the_certificate_must_match_the_address(https_center, services, pki, tmp_path):
    """A certificate of the center's own CA, but for another name than the address the PC was given."""
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    ca_key_path = pki.ca_pem.with_name("center-ca.key")
    ca_key = load_pem_private_key(ca_key_path.read_bytes(), None)
    ca = x509.load_pem_x509_certificate(pki.ca_pem.read_bytes())
    key, cert = _server_cert(ca_key, ca, [x509.DNSName("tasks.example.org")])  # type: ignore[arg-type]
    (tmp_path / "other.pem").write_bytes(cert.public_bytes(PEM))
    other = EmbeddedServer(https_center.server.url, ssl_certfile=tmp_path / "other.pem",
                           ssl_keyfile=_write_key(key, tmp_path / "other.key")).start(migrate_first=False)
    try:
        with pytest.raises(Problem) as refused:
            SyncClient(services.context).enroll(other.base_url, https_center.code(), ca_bundle=pki.ca_pem)
    finally:
        other.stop()
    assert _failure(refused) == Failure.CERTIFICATE.value
    assert "match" in str(refused.value.params["detail"]).lower()


def test_with_the_center_ca_enrollment_and_later_syncs_succeed(https_center, services, pki):
    client = SyncClient(services.context)
    client.enroll(https_center.server.base_url, https_center.code(), ca_bundle=pki.ca_pem)
    kept = tls.stored_ca_bundle(services.context.folder)
    assert kept is not None and kept.read_text() == pki.ca_pem.read_text()
    https_center.add_ticket()
    again = SyncClient(services.context)  # a later start of the app: the bundle comes from the data folder
    report = again.run_once()
    assert report.new_tasks == 1
    assert again.status().last_error is None


def test_the_command_line_enrolls_with_ca_bundle_and_syncs_with_the_kept_bundle(
        https_center, pki, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DESKCLIENT_HOME", str(tmp_path / "pc"))
    url = https_center.server.base_url.replace("127.0.0.1", "localhost")  # the DNS name in the certificate
    assert main(["enroll", "--server", url, "--code", https_center.code()]) == 1
    err = capsys.readouterr().err
    assert "certificate is not trusted" in err and "--ca-bundle" in err
    assert main(["enroll", "--server", url, "--code", https_center.code(), "--ca-bundle", str(pki.ca_pem)]) == 0
    out = capsys.readouterr().out
    assert "enrolled" in out and tls.CA_BUNDLE_NAME in out
    https_center.add_ticket()
    assert main(["sync", "--once"]) == 0
    assert "1 new task(s)" in capsys.readouterr().out


def test_a_plain_http_client_to_the_https_server_is_a_tls_failure_not_a_crash(https_center, services):
    """The other way round: https:// to a server that does not speak TLS."""
    plain = EmbeddedServer(https_center.server.url).start(migrate_first=False)
    try:
        client = SyncClient(services.context)
        with pytest.raises(Problem) as refused:
            client.enroll(plain.base_url.replace("http://", "https://"), https_center.code())
        assert _failure(refused) == Failure.TLS.value
    finally:
        plain.stop()


# -- the CA bundle file ---------------------------------------------------------------------------
def test_a_ca_bundle_with_a_private_key_or_without_certificates_is_refused(services, pki, tmp_path):
    client = SyncClient(services.context)
    with_key = tmp_path / "with-key.pem"
    with_key.write_bytes(pki.ca_pem.read_bytes() + pki.key.read_bytes())
    not_pem = tmp_path / "not.pem"
    not_pem.write_text("hello", encoding="utf-8")
    missing = tmp_path / "missing.pem"
    for path, words in ((with_key, "private key"), (not_pem, "not a PEM"), (missing, "cannot be read")):
        with pytest.raises(Problem) as refused:
            client.enroll("https://127.0.0.1:9", "ABCD-EFGH", ca_bundle=path)
        assert _failure(refused) == Failure.BAD_CA_BUNDLE.value
        assert words in str(refused.value.params["detail"])
    assert tls.stored_ca_bundle(services.context.folder) is None


def test_a_damaged_kept_bundle_stops_sync_calmly(services, pki):
    folder: DataFolder = services.context.folder
    tls.save_ca_bundle(folder, pki.ca_pem.read_text())
    tls.ca_bundle_path(folder).write_text("damaged", encoding="ascii")
    with services.context.database.write() as session:
        from deskclient.store import sync_store

        sync_store.state(session).server_url = "https://127.0.0.1:9"
    CredentialStore(folder).save(services.context.device_id, "s" * 43)
    with pytest.raises(Problem) as refused:
        SyncClient(services.context).run_once()
    assert _failure(refused) == Failure.BAD_CA_BUNDLE.value


# -- plain http:// ---------------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["http://tasks.example.org", "http://192.168.1.10:8000", "HTTP://10.0.0.5",
                                 "http://[2001:db8::1]:8000", "http://127.0.0.1.nip.io:8000"])
def test_plain_http_to_another_machine_is_refused_before_any_connection(services, url):
    guard = NoNetwork()
    session = requests.Session()
    session.mount("http://", guard)
    session.mount("https://", guard)
    client = SyncClient(services.context, http=session)
    with pytest.raises(Problem) as refused:
        client.enroll(url, "ABCD-EFGH-JKLM")
    assert _failure(refused) == Failure.INSECURE_URL.value
    assert guard.sent == []


def test_a_stored_plain_http_address_is_refused_at_sync_before_connecting(services):
    """An address kept by an older version: the device key is not sent over the network in clear."""
    with services.context.database.write() as session:
        from deskclient.store import sync_store

        sync_store.state(session).server_url = "http://tasks.example.org"
    CredentialStore(services.context.folder).save(services.context.device_id, "s" * 43)
    guard = NoNetwork()
    session = requests.Session()
    session.mount("http://", guard)
    with pytest.raises(Problem) as refused:
        SyncClient(services.context, http=session).run_once()
    assert _failure(refused) == Failure.INSECURE_URL.value
    assert guard.sent == []
    assert SyncClient(services.context).status().last_error == Failure.INSECURE_URL.value


def test_the_command_line_refuses_plain_http_to_another_machine(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DESKCLIENT_HOME", str(tmp_path / "pc"))
    assert main(["enroll", "--server", "http://tasks.example.org", "--code", "ABCD-EFGH-JKLM"]) == 1
    assert "plain http:// is only allowed for a server on this PC itself" in capsys.readouterr().err


def test_plain_http_to_loopback_works_with_a_warning(tmp_path, monkeypatch, capsys, caplog):
    server = EmbeddedServer(f"sqlite:///{tmp_path / 'server.sqlite3'}").start()
    try:
        assert server.database is not None
        _, code = admin.add_center(server.database, "Demo Center", server_now())
        monkeypatch.setenv("DESKCLIENT_HOME", str(tmp_path / "pc"))
        with caplog.at_level(logging.WARNING, logger="deskclient.sync.tls"):
            assert main(["enroll", "--server", server.base_url, "--code", code]) == 0
        captured = capsys.readouterr()
        assert "Warning:" in captured.err and "plain http://" in captured.err
        assert "enrolled" in captured.out
        assert any("plain http://" in record.getMessage() for record in caplog.records)
    finally:
        server.stop()


@pytest.mark.parametrize(("url", "plain"), [
    ("https://tasks.example.org/", False), ("https://10.0.0.5:8443", False), ("http://127.0.0.1:8000", True),
    ("http://127.8.9.10", True), ("http://localhost:8000/", True), ("http://[::1]:8000", True),
])
def test_accepted_server_addresses(url, plain):
    checked = tls.check_server_url(url)
    assert checked.plain_loopback is plain
    assert not checked.url.endswith("/")


@pytest.mark.parametrize(("url", "reason"), [
    ("http://tasks.example.org", "insecure_url"), ("http://0.0.0.0:8000", "insecure_url"),
    ("ftp://tasks.example.org", "bad_url"), ("tasks.example.org", "bad_url"), ("https://", "bad_url"),
    ("https://admin:secret@tasks.example.org", "bad_url"), ("https://tasks.example.org:port", "bad_url"),
    ("https://tasks.example.org/?token=x", "bad_url"),
])
def test_refused_server_addresses(url, reason):
    with pytest.raises(tls.UnsafeServerUrl) as refused:
        tls.check_server_url(url)
    assert refused.value.reason == reason
    assert "secret" not in refused.value.detail


# -- the enroll dialog -------------------------------------------------------------------------------
def test_the_enroll_dialog_warns_about_plain_http_to_this_pc_and_refuses_it_elsewhere(qtbot):
    from deskclient.ui.sync_dialogs import EnrollDialog

    dialog = EnrollDialog()
    qtbot.addWidget(dialog)
    dialog.code.setText("ABCD-EFGH-JKLM")
    dialog.server.setText("http://127.0.0.1:8000")
    assert dialog.warning.isVisibleTo(dialog)
    dialog.server.setText("https://tasks.example.org")
    assert not dialog.warning.isVisibleTo(dialog)
    dialog.server.setText("http://tasks.example.org")
    dialog._accept()
    assert "not encrypted" in dialog.error.text() and dialog.result() != dialog.DialogCode.Accepted
    dialog.server.setText("https://tasks.example.org")
    with qtbot.waitSignal(dialog.accepted, timeout=2_000):
        dialog._accept()
