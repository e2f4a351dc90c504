"""Plain English for sync problems on the command line (the UI has translated sentences of its own)."""

from __future__ import annotations

from deskclient.domain.problems import Problem

FAILURES = {
    "offline": "the server cannot be reached (no network, or the server is down). Work continues offline.",
    "timeout": "the server did not answer in time. It will be tried again.",
    "server_error": "the server had a problem. It will be tried again.",
    "rate_limited": "the server is busy. It will be tried again later.",
    "too_large": "a batch was too large for the server.",
    "unauthorized": "the server does not accept this PC's key (revoked or re-installed?). Enroll it again.",
    "unsupported_protocol": "this version of the app is too old for the server. Please install the update.",
    "bad_reply": "the server's answer was damaged or not understood; nothing of it was applied.",
    "refused": "the server refused the request.",
    "revoked": "the center's server has disconnected this PC (revoked). Nothing is lost: export the unsent work "
               "with `deskclient export-outbox FILE` and give the file to the server's operator.",
    "certificate": "the server's certificate is not trusted by this PC (wrong address, expired, or signed by a "
                   "CA this PC does not know). If the center has its own CA, enroll with --ca-bundle FILE.",
    "tls": "a secure connection to the server could not be set up (is it an https:// server?).",
    "insecure_url": "plain http:// is only allowed for a server on this PC itself; use the https:// address.",
    "bad_url": "that is not a server address (it should look like https://tasks.example.org).",
    "bad_ca_bundle": "the CA file cannot be used.",
}


def describe_sync_problem(problem: Problem) -> str:
    if problem.code == "sync.not_enrolled":
        return "this PC is not enrolled yet: run `deskclient enroll --server URL --code CODE`."
    if problem.code == "sync.no_secret":
        return "this PC's device key is missing from the keyring: enroll it again."
    failure = str(problem.params.get("failure", ""))
    text = FAILURES.get(failure, failure or problem.code)
    detail = problem.params.get("detail")
    shown_with_detail = ("refused", "bad_reply", "certificate", "tls", "insecure_url", "bad_url", "bad_ca_bundle")
    return f"{text} ({detail})" if detail and failure in shown_with_detail else text
