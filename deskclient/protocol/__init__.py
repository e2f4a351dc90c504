"""The wire protocol between a center PC and the central server, shared by ``sync`` and ``server``."""

from deskclient.protocol.wire import PROTOCOL_VERSION, SUPPORTED_VERSIONS, VERSION_HEADER

__all__ = ["PROTOCOL_VERSION", "SUPPORTED_VERSIONS", "VERSION_HEADER"]
