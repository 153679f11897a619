"""Publishing: `cmkb build --shard K/N`, and the recipes under docs/publishing/, parsed and, where the machine allows, run."""

from __future__ import annotations

import base64
import hashlib
import http.server
import os
import re
import shutil
import socket
import ssl
import subprocess
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import REPO, Recorder, run_cmkb
from quizdriver import QuizDriver
from test_browser import search

from cmkb.builder import shard_of

IDS = [f"client-{n:02d}" for n in range(50)]


@pytest.mark.parametrize("total", range(1, 8))
def test_shards_partition_the_editions_exactly(total):
    paths = [Path("editions") / f"{i}.yml" for i in IDS]
    shares = [shard_of(paths, k, total) for k in range(1, total + 1)]
    flat = [p.stem for share in shares for p in share]
    assert sorted(flat) == sorted(IDS)  # every edition once...
    assert len(flat) == len(set(flat))  # ...and only once
    sizes = [len(s) for s in shares]
    assert max(sizes) - min(sizes) <= 1, sizes  # balanced
    # deterministic: the order the editions are given in does not matter
    assert [shard_of(list(reversed(paths)), k, total) for k in range(1, total + 1)] == shares


def test_shard_rejects_a_share_that_does_not_exist():
    with pytest.raises(ValueError):
        shard_of([Path("a.yml")], 3, 2)


@pytest.mark.parametrize("value", ["3/2", "0/2", "a/b", "1/0", "2", "1/2/3", "-1/2", ""])
def test_build_refuses_a_bad_shard_with_a_usage_error(value):
    proc = run_cmkb("build", "--shard", value)
    assert proc.returncode == 2, proc.stderr
    assert "Invalid value for '--shard'" in proc.stderr and "write K/N with 1 <= K <= N" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr


TINY = """language: en
company:
  name: {name}
legal:
  jurisdiction: eu
playbooks:
  include: [culture/index]
onboarding:
  modules: []
"""


def test_build_with_a_shard_builds_only_its_share(copy_repo):
    editions = []
    for name in ("tiny-c", "tiny-a", "tiny-b"):
        path = copy_repo / "editions" / f"{name}.yml"
        path.write_text(TINY.format(name=name), encoding="utf-8")
        editions.append(f"editions/{name}.yml")
    built: dict[str, set[str]] = {}
    for k in (1, 2):
        out = copy_repo / f"out-{k}"
        proc = run_cmkb("build", *editions, "--shard", f"{k}/2", "--out", str(out), cwd=copy_repo)
        assert proc.returncode == 0, proc.stderr
        built[f"{k}/2"] = {p.name for p in out.iterdir() if (p / "404.html").is_file()}
    # sorted by id, round-robin: a and c in the first share, b in the second
    assert built == {"1/2": {"tiny-a", "tiny-c"}, "2/2": {"tiny-b"}}
    assert "shard 2/2: 1 of 3 edition(s): tiny-b" in proc.stderr


def test_an_empty_share_exits_0_and_says_so(copy_repo, tmp_path):
    out = tmp_path / "public"
    proc = run_cmkb("build", "editions/default.yml", "--shard", "2/2", "--out", str(out), cwd=copy_repo)
    assert proc.returncode == 0, proc.stderr
    assert "shard 2/2: 0 of 1 edition(s); nothing to build in this share" in proc.stderr
    assert out.is_dir() and not any(out.iterdir())  # the artefact folder exists, empty


# --- docs/publishing/nginx.conf, run for real on loopback ports --------------------------------

PUBLISHING = REPO / "docs" / "publishing"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _replace(text: str, old: str, new: str, count: int = -1) -> str:
    """Adapt the recipe to the test machine; a recipe that no longer says ``old`` fails here."""
    assert old in text, f"the recipe no longer contains {old!r}: update the test"
    return text.replace(old, new, count)


def _htpasswd_line(user: str, password: str) -> str:
    """An htpasswd line: Apache MD5 through openssl when present, else nginx's {SHA} scheme."""
    if shutil.which("openssl"):
        hashed = subprocess.run(["openssl", "passwd", "-apr1", password], capture_output=True, text=True, check=True).stdout.strip()
    else:
        hashed = "{SHA}" + base64.b64encode(hashlib.sha1(password.encode()).digest()).decode()
    return f"{user}:{hashed}\n"


class _FakeOauth2Proxy(http.server.BaseHTTPRequestHandler):
    """Stands for oauth2-proxy: /oauth2/auth says 202 to a signed-in cookie, 401 otherwise."""

    def do_GET(self) -> None:
        if self.path.startswith("/oauth2/auth"):
            signed_in = "_oauth2_proxy=signed-in" in (self.headers.get("Cookie") or "")
            self.send_response(202 if signed_in else 401)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b"sign in with the company's identity provider"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@dataclass
class Server:
    """Addresses of a running web server: plain HTTP, basic-auth site, single-sign-on site."""

    http: str
    basic: str
    sso: str


@pytest.fixture(scope="module")
def oauth2_proxy():
    """The fake oauth2-proxy's address, on loopback."""
    auth = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _FakeOauth2Proxy)
    threading.Thread(target=auth.serve_forever, daemon=True).start()
    yield f"127.0.0.1:{auth.server_address[1]}"
    auth.shutdown()


def _wait_for_port(port: int, proc: subprocess.Popen, log: Path) -> None:
    for _ in range(150):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(0.1)
    raise AssertionError(f"the server did not start: {log.read_text(encoding='utf-8') if log.exists() else proc.stderr}")


@pytest.fixture(scope="module")
def nginx(sites, oauth2_proxy, tmp_path_factory):
    """nginx (installed by scripts/test) running docs/publishing/nginx.conf over the example sites, on loopback."""
    if not Path(NGINX).exists():
        pytest.fail("nginx not found: run scripts/test, which installs Debian's nginx-light")
    tmp = tmp_path_factory.mktemp("nginx")
    secrets = tmp / "cmkb"
    (secrets / "users").mkdir(parents=True)
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-keyout", str(secrets / "tls.key"), "-out", str(secrets / "tls.crt")],
        capture_output=True, check=True,
    )  # fmt: skip
    (secrets / "users" / "default.htpasswd").write_text(_htpasswd_line("alice", "alice-secret"), encoding="utf-8")
    (secrets / "users" / "harbour-logistics.htpasswd").write_text(_htpasswd_line("bob", "bob-secret"), encoding="utf-8")
    # no file for atelier-lenoir: nobody may read it


    ports = [_free_port() for _ in range(3)]
    conf = (PUBLISHING / "nginx.conf").read_text(encoding="utf-8")
    conf = _replace(conf, "user www-data;", "user root;" if os.geteuid() == 0 else "")  # pytest's folders are private
    conf = _replace(conf, "pid /run/nginx.pid;", f"pid {tmp}/nginx.pid;")
    conf = _replace(conf, "error_log /var/log/nginx/error.log;", f"error_log {tmp}/error.log;")
    conf = _replace(conf, "access_log /var/log/nginx/access.log;", f"access_log {tmp}/access.log;")
    conf = _replace(conf, "/etc/nginx/cmkb/", f"{secrets}/")
    conf = _replace(conf, "root /srv/cmkb/site;", f"root {sites};")
    conf = _replace(conf, "http://127.0.0.1:4180", f"http://{oauth2_proxy}")
    conf = _replace(conf, "listen 80 default_server;", f"listen 127.0.0.1:{ports[0]} default_server;")
    conf = _replace(conf, "listen 443 ssl;", f"listen 127.0.0.1:{ports[1]} ssl;", 1)
    conf = _replace(conf, "listen 443 ssl;", f"listen 127.0.0.1:{ports[2]} ssl;", 1)
    config = tmp / "nginx.conf"
    config.write_text(conf, encoding="utf-8")

    test = subprocess.run([NGINX, "-t", "-c", str(config)], capture_output=True, text=True)
    assert test.returncode == 0, test.stderr
    proc = subprocess.Popen([NGINX, "-c", str(config), "-g", "daemon off;"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _wait_for_port(ports[2], proc, tmp / "error.log")
        yield Server(f"http://127.0.0.1:{ports[0]}", f"https://127.0.0.1:{ports[1]}", f"https://127.0.0.1:{ports[2]}")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url: str, user: str = "", password: str = "", headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """GET without following redirects, trusting the test's self-signed certificate: status, headers, body."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context), _NoRedirect)
    request = urllib.request.Request(url, headers=headers or {})
    if user:
        request.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode())
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_nginx_basic_auth_lets_in_only_each_edition_readers(nginx):
    status, headers, _ = fetch(f"{nginx.basic}/default/")
    assert status == 401 and headers["WWW-Authenticate"].startswith("Basic"), status
    assert fetch(f"{nginx.basic}/default/", "alice", "wrong")[0] == 401
    status, headers, body = fetch(f"{nginx.basic}/default/", "alice", "alice-secret")
    assert status == 200 and b"<html" in body
    assert fetch(f"{nginx.basic}/harbour-logistics/", "alice", "alice-secret")[0] == 401  # another client's edition
    assert fetch(f"{nginx.basic}/harbour-logistics/", "bob", "bob-secret")[0] == 200
    assert fetch(f"{nginx.basic}/atelier-lenoir/", "alice", "alice-secret")[0] == 403  # no password file: nobody
    assert fetch(f"{nginx.basic}/atelier-lenoir/index.html")[0] == 401
    assert fetch(f"{nginx.basic}/", "alice", "alice-secret")[0] == 404  # no list of editions
    assert fetch(f"{nginx.basic}/default/../harbour-logistics/", "alice", "alice-secret")[0] == 401
    status, headers, _ = fetch(f"{nginx.basic}/default")
    assert (status, headers["Location"]) == (301, "/default/")
    status, headers, _ = fetch(f"{nginx.http}/default/")
    assert status == 301 and headers["Location"].startswith("https://"), (status, headers)


def test_nginx_sends_security_headers_compression_and_cache_rules(nginx, sites):
    status, headers, _ = fetch(f"{nginx.basic}/default/index.html", "alice", "alice-secret")
    assert status == 200
    assert headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Strict-Transport-Security"].startswith("max-age=")
    assert headers["Cache-Control"] == "private, no-cache"
    assert "Server" not in headers or "/" not in headers["Server"]  # no version number
    assert fetch(f"{nginx.basic}/default/index.html")[1]["Content-Security-Policy"]  # on errors too

    bundle = next((sites / "default" / "assets" / "javascripts").glob("bundle.*.min.js")).name
    status, headers, _ = fetch(f"{nginx.basic}/default/assets/javascripts/{bundle}", "alice", "alice-secret", {"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Cache-Control"] == "private, max-age=31536000, immutable"
    assert headers["Content-Encoding"] == "gzip"
    status, headers, _ = fetch(f"{nginx.basic}/default/assets/cmkb/cmkb.js", "alice", "alice-secret")
    assert (status, headers["Cache-Control"]) == (200, "private, max-age=3600")  # not fingerprinted: short
    status, headers, _ = fetch(f"{nginx.basic}/default/search/search_index.json", "alice", "alice-secret")
    assert (status, headers["Cache-Control"]) == (200, "private, no-cache")


def test_nginx_forward_auth_asks_the_sso_proxy(nginx):
    status, headers, _ = fetch(f"{nginx.sso}/default/crisis/first-hour.html")
    assert status == 302, status
    assert headers["Location"].startswith("/oauth2/sign_in?rd=https://"), headers["Location"]
    assert headers["Location"].endswith("/default/crisis/first-hour.html")
    status, _, body = fetch(f"{nginx.sso}/oauth2/sign_in")
    assert (status, body) == (200, b"sign in with the company's identity provider")
    status, headers, body = fetch(f"{nginx.sso}/default/crisis/first-hour.html", headers={"Cookie": "_oauth2_proxy=signed-in"})
    assert status == 200 and b"<html" in body
    assert headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert fetch(f"{nginx.sso}/oauth2/auth", headers={"Cookie": "_oauth2_proxy=signed-in"})[0] == 404  # internal only


@pytest.mark.browser
def test_site_behind_nginx_works_under_its_content_security_policy(nginx, browser):
    """Pages, search (a Worker) and a quiz (quizdown's styles) in Chromium, with no CSP violation."""
    context = browser.new_context(http_credentials={"username": "alice", "password": "alice-secret"}, ignore_https_errors=True)
    context.route(lambda url: not url.startswith("https://127.0.0.1"), lambda route: route.abort())
    context.add_init_script(
        "window.__csp = []; document.addEventListener('securitypolicyviolation',"
        " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    page = context.new_page()
    try:
        rec = Recorder(page, (nginx.basic,))
        response = page.goto(f"{nginx.basic}/default/index.html", wait_until="networkidle")
        assert response.status == 200 and "default-src 'self'" in response.headers["content-security-policy"]
        links = search(page, "déclaration d'attente")
        assert any("holding-statements.html" in link for link in links[:5]), links[:5]
        assert page.evaluate("window.__csp") == []
        page.goto(f"{nginx.basic}/default/onboarding/crisis.html", wait_until="networkidle")
        quiz = QuizDriver(page, "fr")
        quiz.take(right=True)
        assert quiz.result == "passed"
        assert page.evaluate("window.__csp") == []
        assert not rec.outside and not rec.errors, (rec.outside, rec.errors)
    finally:
        context.close()


# --- docs/publishing/Caddyfile: validated, then run for real on loopback ports -----------------

CADDY = shutil.which("caddy") or "/usr/bin/caddy"


def _caddy_env(tmp: Path) -> dict[str, str]:
    return {**os.environ, "HOME": str(tmp), "XDG_DATA_HOME": str(tmp / "data"), "XDG_CONFIG_HOME": str(tmp / "config")}


def _caddyfile(tmp: Path) -> str:
    """The recipe in the installed Caddy's dialect: before 2.8, basic_auth was spelt basicauth."""
    text = (PUBLISHING / "Caddyfile").read_text(encoding="utf-8")
    version = subprocess.run([CADDY, "version"], capture_output=True, text=True, env=_caddy_env(tmp)).stdout
    major, minor = (int(n) for n in re.match(r"v?(\d+)\.(\d+)", version).groups())
    return _replace(text, "basic_auth {", "basicauth {") if (major, minor) < (2, 8) else text


@pytest.fixture(scope="module")
def caddy(sites, oauth2_proxy, tmp_path_factory):
    """Caddy (installed by scripts/test) running docs/publishing/Caddyfile over plain HTTP on loopback."""
    if not Path(CADDY).exists():
        pytest.fail("caddy not found: run scripts/test, which installs Debian's caddy")
    tmp = tmp_path_factory.mktemp("caddy")
    env = _caddy_env(tmp)
    hashes = {
        user: subprocess.run([CADDY, "hash-password", "--plaintext", f"{user}-secret"], capture_output=True, text=True, check=True, env=env).stdout.strip()
        for user in ("alice", "bob")
    }
    ports = [_free_port() for _ in range(2)]
    text = _caddyfile(tmp)
    # HTTP on loopback instead of HTTPS on the public names (no certificate to fetch), no admin port
    text = "{\n\tadmin off\n\tauto_https off\n}\n" + text
    text = _replace(text, "kb.example.com {", f"http://127.0.0.1:{ports[0]} {{")
    text = _replace(text, "kb-sso.example.com {", f"http://127.0.0.1:{ports[1]} {{")
    text = _replace(text, "root * /srv/cmkb/site", f"root * {sites}")
    text = _replace(text, "127.0.0.1:4180", oauth2_proxy)
    for user, hashed in hashes.items():
        text = _replace(text, f"{user} $2a$14$REPLACE.with.the.output.of.caddy.hash-password", f"{user} {hashed}")
    config = tmp / "Caddyfile"
    config.write_text(text, encoding="utf-8")
    validate = subprocess.run([CADDY, "validate", "--config", str(config), "--adapter", "caddyfile"], capture_output=True, text=True, env=env)
    assert validate.returncode == 0, validate.stderr
    log = tmp / "caddy.log"
    with log.open("w") as out:
        proc = subprocess.Popen([CADDY, "run", "--config", str(config), "--adapter", "caddyfile"], stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        _wait_for_port(ports[1], proc, log)
        yield Server("", f"http://127.0.0.1:{ports[0]}", f"http://127.0.0.1:{ports[1]}")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_caddyfile_as_published_is_valid(tmp_path):
    """The recipe itself, with its public names and HTTPS (nothing is started, nothing fetched)."""
    if not Path(CADDY).exists():
        pytest.fail("caddy not found: run scripts/test, which installs Debian's caddy")
    config = tmp_path / "Caddyfile"
    config.write_text(_caddyfile(tmp_path), encoding="utf-8")
    proc = subprocess.run([CADDY, "validate", "--config", str(config), "--adapter", "caddyfile"], capture_output=True, text=True, env=_caddy_env(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "Valid configuration" in proc.stdout + proc.stderr


def test_caddy_basic_auth_lets_in_only_each_edition_readers(caddy, sites):
    status, headers, _ = fetch(f"{caddy.basic}/default/")
    assert status == 401 and headers["Www-Authenticate"].startswith("Basic"), (status, headers)
    assert fetch(f"{caddy.basic}/default/", "alice", "wrong")[0] == 401
    status, headers, body = fetch(f"{caddy.basic}/default/", "alice", "alice-secret")
    assert status == 200 and b"<html" in body
    assert headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert (headers["X-Content-Type-Options"], headers["Cache-Control"]) == ("nosniff", "private, no-cache")
    assert fetch(f"{caddy.basic}/harbour-logistics/", "alice", "alice-secret")[0] == 401
    assert fetch(f"{caddy.basic}/harbour-logistics/", "bob", "bob-secret")[0] == 200
    assert fetch(f"{caddy.basic}/atelier-lenoir/index.html", "alice", "alice-secret")[0] == 404  # not listed: not published
    status, headers, _ = fetch(f"{caddy.basic}/default")
    assert (status, headers["Location"]) == (301, "/default/")
    bundle = next((sites / "default" / "assets" / "javascripts").glob("bundle.*.min.js")).name
    status, headers, _ = fetch(f"{caddy.basic}/default/assets/javascripts/{bundle}", "alice", "alice-secret", {"Accept-Encoding": "gzip"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert headers["Cache-Control"] == "private, max-age=31536000, immutable"


def test_caddy_forward_auth_asks_the_sso_proxy(caddy):
    status, headers, _ = fetch(f"{caddy.sso}/default/crisis/first-hour.html")
    assert status == 302, status
    assert headers["Location"].startswith("/oauth2/sign_in?rd=http://") and headers["Location"].endswith("/default/crisis/first-hour.html"), headers
    status, _, body = fetch(f"{caddy.sso}/oauth2/sign_in")
    assert (status, body) == (200, b"sign in with the company's identity provider")
    status, headers, body = fetch(f"{caddy.sso}/default/crisis/first-hour.html", headers={"Cookie": "_oauth2_proxy=signed-in"})
    assert status == 200 and b"<html" in body
    assert headers["Content-Security-Policy"].startswith("default-src 'self'")


# --- every recipe parsed; the CI templates and the Dockerfile cannot run here --------------------

BUILD_COMMAND = re.compile(r"^(scripts/build|cmkb build) --all\b")


def _load_yaml(name: str) -> dict:
    import yaml

    return yaml.safe_load((PUBLISHING / name).read_text(encoding="utf-8"))


def test_gitlab_ci_builds_shards_in_parallel_and_publishes_pages():
    ci = _load_yaml("gitlab-ci.yml")
    build = ci["build"]
    assert isinstance(build["parallel"], int) and build["parallel"] >= 2
    [command] = [line for line in build["script"] if BUILD_COMMAND.match(line)]
    assert '--shard "$CI_NODE_INDEX/$CI_NODE_TOTAL"' in command and "--out public" in command
    assert "public" in build["artifacts"]["paths"]
    pages = ci["pages"]  # GitLab Pages publishes the artefact of the job named "pages"
    assert "public" in pages["artifacts"]["paths"]
    assert pages["needs"] == ["build"] and ci["stages"].index(pages["stage"]) > ci["stages"].index(build["stage"])
    text = (PUBLISHING / "gitlab-ci.yml").read_text(encoding="utf-8")
    assert "Only project members" in text  # access control is a project setting: the file says so


def test_github_workflow_builds_a_matrix_of_shards_then_deploys():
    workflow = _load_yaml("github-actions.yml")
    build = workflow["jobs"]["build"]
    shards = build["strategy"]["matrix"]["shard"]
    assert shards == list(range(1, len(shards) + 1)) and len(shards) >= 2
    runs = [step["run"] for step in build["steps"] if "run" in step]
    [command] = [r for r in runs if BUILD_COMMAND.match(r)]
    assert "--shard ${{ matrix.shard }}/${{ strategy.job-total }}" in command
    assert any(step.get("uses", "").startswith("actions/upload-artifact@") for step in build["steps"])
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    uses = [step.get("uses", "") for step in deploy["steps"]]
    assert any(u.startswith("actions/download-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    text = (PUBLISHING / "github-actions.yml").read_text(encoding="utf-8")
    assert "PUBLIC" in text and "Enterprise Cloud" in text


def test_dockerfile_builds_with_the_readme_command_then_serves_with_nginx():
    """Docker cannot run here (no daemon in CI): the file is read, not built."""
    lines = [line.strip() for line in (PUBLISHING / "Dockerfile").read_text(encoding="utf-8").splitlines()]
    froms = [line.split()[1] for line in lines if line.startswith("FROM ")]
    assert len(froms) == 2 and froms[0].startswith("python:") and "slim" in froms[0] and froms[1].startswith("nginx:")
    text = "\n".join(lines)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "scripts/build --all --out site" in text and "scripts/build" in readme
    assert "COPY --from=build /src/site /srv/cmkb/site" in text
    assert "COPY docs/publishing/nginx.conf /etc/nginx/nginx.conf" in text  # the tested configuration
    assert ".venv" in (PUBLISHING / "Dockerfile.dockerignore").read_text(encoding="utf-8").split()


def test_web_server_recipes_offer_basic_auth_and_forward_auth():
    nginx = (PUBLISHING / "nginx.conf").read_text(encoding="utf-8")
    assert "auth_basic_user_file" in nginx and "auth_request /oauth2/auth;" in nginx
    caddy = (PUBLISHING / "Caddyfile").read_text(encoding="utf-8")
    assert "basic_auth {" in caddy and "forward_auth 127.0.0.1:4180" in caddy
    csp = re.search(r'Content-Security-Policy "([^"]+)"', nginx)[1]
    assert re.search(r'Content-Security-Policy "([^"]+)"', caddy)[1] == csp  # one policy, tested in Chromium


def test_publishing_guide_links_every_recipe_and_security():
    guide = (REPO / "docs" / "publishing.md").read_text(encoding="utf-8")
    for path in sorted(PUBLISHING.iterdir()):
        assert f"publishing/{path.name}" in guide, path.name
    assert "../SECURITY.md" in guide
