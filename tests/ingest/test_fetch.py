"""URL fetches bounded in time, bytes, redirects and content type, against a real local server."""

from __future__ import annotations

import gzip
import http.server
import threading
import time
from dataclasses import replace
import pytest

from keiretsu.errors import InputError
from keiretsu.ingest.fetch import _internal, check_redirect

from ..fuzz.hostile import gzip_bomb
from ..helpers import ARTICLE, docs, read_clean, skips

PAGE = f"<html><body><article><p>{ARTICLE}</p></article></body></html>".encode()


class _Hostile(http.server.BaseHTTPRequestHandler):
    """Each path a way a server can stretch a fetch."""

    bomb = b""

    def log_message(self, *args) -> None:
        pass

    def _reply(self, body: bytes, ctype: str = "text/html", **headers: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        path = self.path
        try:
            if path == "/page.html":
                self._reply(PAGE)
            elif path == "/gzipped.html":
                self._reply(gzip.compress(PAGE), Content_Encoding="gzip")
            elif path == "/bomb.html":  # 1 GB of newlines as a 1 MB gzip body
                self._reply(self.bomb, Content_Encoding="gzip")
            elif path == "/photo.png":
                self._reply(b"\x89PNG\r\n", "image/png")
            elif path == "/huge.html":  # says so up front
                self.send_response(200)
                self.send_header("Content-Length", str(10**12))
                self.end_headers()
            elif path == "/endless.html":  # never ends, as fast as it can
                self.send_response(200)
                self.end_headers()
                while True:
                    self.wfile.write(b"x" * 65536)
            elif path in ("/drip.html", "/drip-headers.html"):  # a byte every 0.2 s, for ever
                if path == "/drip.html":
                    self.send_response(200)
                    self.end_headers()
                else:
                    self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                while True:
                    self.wfile.write(b"X-Slow: y\r\n" if path == "/drip-headers.html" else b"x")
                    self.wfile.flush()
                    time.sleep(0.2)
            elif path.startswith("/hop/"):  # a redirect chain of the given length
                n = int(path.rsplit("/", 1)[1])
                self.send_response(302)
                self.send_header("Location", f"/hop/{n - 1}" if n > 1 else "/page.html")
                self.end_headers()
            elif path == "/to-file":
                self.send_response(302)
                self.send_header("Location", "file:///etc/passwd")
                self.end_headers()
            else:
                self.send_error(404)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    _Hostile.bomb = gzip_bomb(tmp_path_factory.mktemp("bomb") / "bomb.gz", 1024).read_bytes()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _one_skip(url: str, settings) -> str:
    records = read_clean(url, settings)
    assert not docs(records)
    [skip] = skips(records)
    assert skip.location == url
    return skip.reason


def test_a_page_and_a_gzip_body(server, settings):
    [plain] = docs(read_clean(f"{server}/page.html", settings))
    [zipped] = docs(read_clean(f"{server}/gzipped.html", settings))
    assert plain.clean_text == zipped.clean_text == ARTICLE


def test_a_gzip_bomb_body_is_bounded_while_it_is_decompressed(server, settings):
    started = time.monotonic()
    reason = _one_skip(f"{server}/bomb.html", settings)
    assert reason.startswith("over max_compression_ratio (100)") and time.monotonic() - started < 5


def test_bytes_content_type_and_redirects(server, settings):
    small = replace(settings, max_fetch_bytes=2**20, max_redirects=3)
    assert _one_skip(f"{server}/huge.html", small).startswith("over max_fetch_bytes (1 MB): the server says 931 GB")
    assert _one_skip(f"{server}/endless.html", small).startswith(
        "over max_fetch_bytes (1 MB): more than 1 MB sent; the rest is not read")
    assert _one_skip(f"{server}/photo.png", small).startswith("content type image/png is not news keiretsu reads")
    assert docs(read_clean(f"{server}/hop/3", small))
    assert _one_skip(f"{server}/hop/4", small).startswith("over max_redirects (3)")
    assert _one_skip(f"{server}/to-file", small) == (
        "redirected to 'file:///etc/passwd': only http and https are followed")


@pytest.mark.parametrize("path", ["/drip.html", "/drip-headers.html"])
def test_a_server_dripping_bytes_is_cut_off_at_the_deadline(server, settings, path):
    started = time.monotonic()
    reason = _one_skip(f"{server}{path}", replace(settings, http_timeout=1.5))
    assert reason.startswith("over http_timeout (1.5 s): still fetching after")
    assert time.monotonic() - started < 4


def test_no_redirect_from_a_public_address_into_a_private_one():
    assert _internal("127.0.0.1", 80) and _internal("10.1.2.3", 80) and _internal("169.254.169.254", 80)
    assert _internal("::1", 80) and _internal("::ffff:192.168.0.1", 80) and _internal("localhost", 80)
    assert not _internal("8.8.8.8", 80) and not _internal("2001:4860:4860::8888", 80)
    with pytest.raises(InputError, match="a private or loopback address: not followed"):
        check_redirect("https://news.example/a", "http://169.254.169.254/latest/meta-data", first_internal=False)
    check_redirect("http://127.0.0.1:8000/a", "http://127.0.0.1:9000/b", first_internal=True)
    check_redirect("https://news.example/a", "https://8.8.8.8/b", first_internal=False)
    with pytest.raises(InputError, match="only http and https"):
        check_redirect("https://news.example/a", "ftp://8.8.8.8/b", first_internal=False)
