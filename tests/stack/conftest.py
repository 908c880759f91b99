"""The production stack, run by `make serve` and tested from outside (site/deploy/README.md).

Skipped unless STACK_TEST=1: it needs PostgreSQL and Debian's nginx, and takes a minute.
.ci/run sets it.
"""

import contextlib
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg2
import pytest
import redis
import requests

ROOT = Path(__file__).resolve().parent.parent.parent
SITE_HOSTNAME = "www.4p1000.test"
SERVER = os.environ.get("STACK_POSTGRES", "postgres://postgres@127.0.0.1:5432")
DATABASE = os.environ.get("STACK_DATABASE", "fourpermille_stack")
TLS_PROXY = "127.0.0.2"


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    if os.environ.get("STACK_TEST") != "1":
        skip = pytest.mark.skip(reason="the production stack test runs with STACK_TEST=1")
        for item in items:
            if "tests/stack/" in item.nodeid:
                item.add_marker(skip)
    # Stopping the stack comes last, in whatever order the other tests run.
    last = [item for item in items if item.name == "test_sigterm_stops_every_process"]
    items[:] = [item for item in items if item not in last] + last


class OwnRedis:
    """A Redis of the stack's own (redis-server on a free port, nothing saved), which a test
    may stop and start again to see the site without its cache."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.folder = tempfile.mkdtemp(prefix="fourpermille-stack-redis-")
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", self.folder],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        for _ in range(100):
            try:
                redis.Redis(port=self.port).ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        pytest.fail("redis-server did not start")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fresh_database():
    admin = psycopg2.connect(f"{SERVER}/postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        cursor.execute(f"CREATE DATABASE {DATABASE}")
    admin.close()
    return f"{SERVER}/{DATABASE}"


def descendants(pid):
    """Every process started, directly or not, by pid (read from /proc)."""
    children = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def process_state(pid):
    """(state, start time) of a process, or None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return fields[0], fields[19]


def alive(pid):
    state = process_state(pid)
    return state is not None and state[0] != "Z"


class Stack:
    def __init__(self):
        self.http_port, self.https_port, app_port = free_port(), free_port(), free_port()
        cache_port = free_port()
        # A shared Redis named by STACK_REDIS_URL (one database each), else one of its own.
        self.own_redis = None if os.environ.get("STACK_REDIS_URL") else OwnRedis()
        if self.own_redis:
            self.own_redis.start()
        self.media = tempfile.mkdtemp(prefix="fourpermille-stack-media-")
        # nginx's workers (another user, as on a server) send the documents from it.
        os.chmod(self.media, 0o755)
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST"))},
            "DATABASE_URL": fresh_database(),
            "SITE_HOSTNAME": SITE_HOSTNAME,
            "HTTP_PORT": str(self.http_port),
            "HTTPS_PORT": str(self.https_port),
            "APP_BIND": f"127.0.0.1:{app_port}",
            "HTTP_CACHE_BIND": f"127.0.0.1:{cache_port}",
            "WEB_CONCURRENCY": "2",
            "MEDIA_ROOT": self.media,
            "REDIS_URL": self.own_redis.url if self.own_redis else os.environ["STACK_REDIS_URL"],
            # An upstream TLS terminator, as a CDN would be: 127.0.0.2, also this machine.
            "TLS_PROXIES": f"{TLS_PROXY}/32",
        }
        self.base = f"https://127.0.0.1:{self.https_port}"
        self.log = ROOT / "var" / "stack-test.log"
        self.secret_key = secrets.token_urlsafe(50)
        self.process = None
        self.seen = {}  # every process of the stack seen so far and its start, for clean_up

    def manage(self, *command, purge=True):
        """A management command on the stack's database, as an operator or editor runs one:
        what it publishes purges the stack's HTTP cache, as the admin's publishing does."""
        env = {
            **self.env,
            "DJANGO_SETTINGS_MODULE": "fourpermille.settings.production",
            "SECRET_KEY": self.secret_key,
        }
        if purge:
            env["FRONTEND_CACHE_URL"] = f"http://{self.env['HTTP_CACHE_BIND']}"
        result = subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        if result.returncode:
            pytest.fail(f"manage.py {command[0]} failed:\n{result.stderr[-3000:]}")
        return result.stdout

    def load_content(self):
        # The initial content, as a new site gets it, before the first start.
        self.manage("migrate", "--no-input", "-v0", purge=False)
        self.manage("load_initial_content", purge=False)

    def start(self, timeout=300):
        self.log.parent.mkdir(exist_ok=True)
        started = time.monotonic()
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                ["make", "serve"],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        while time.monotonic() - started < timeout:
            self.remember(descendants(self.process.pid))
            if self.process.poll() is not None:
                pytest.fail(f"make serve stopped: {self.log.read_text()[-3000:]}")
            try:
                if self.get("/healthz").status_code == 200:
                    return time.monotonic() - started
            except OSError:  # not listening yet, or its certificate not made yet
                pass
            time.sleep(0.5)
        pytest.fail(f"make serve did not answer in {timeout} s: {self.log.read_text()[-3000:]}")

    @property
    def certificate(self):
        return ROOT / "var" / "nginx" / "tls" / "selfsigned.crt"

    def get(self, path, base=None, session=requests, **kwargs):
        kwargs.setdefault("allow_redirects", False)
        return session.get(
            (base or self.base) + path, verify=str(self.certificate), timeout=30, **kwargs
        )

    def sign_in(self, login_path, username, password):
        """A new browser session that sends the sign-in form at login_path (the admin's or the
        platform's), as a person would; returns it and the form's answer."""
        session = requests.Session()
        form = self.get(login_path, session=session)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
        answer = session.post(
            self.base + login_path,
            verify=str(self.certificate),
            data={"username": username, "password": password, "csrfmiddlewaretoken": token},
            headers={"Referer": self.base + login_path},
            allow_redirects=False,
        )
        return session, answer

    def stop(self):
        """SIGTERM to make serve, as Ctrl-C or systemd would; the processes it left behind."""
        processes = descendants(self.process.pid)
        self.remember(processes)
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=60)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(alive(pid) for pid in processes):
            time.sleep(0.2)
        return processes, [pid for pid in processes if alive(pid)]

    def clean_up(self):
        """Whatever a failed test left running: honcho starts each process in a session of
        its own, so each one is ended by its id."""
        if self.own_redis:
            self.own_redis.stop()
        if self.process is None:
            return
        self.remember([self.process.pid, *descendants(self.process.pid)])
        for sig in (signal.SIGTERM, signal.SIGKILL):
            # The same process, not another one given its id since.
            left = [
                pid
                for pid, started in self.seen.items()
                if alive(pid) and process_state(pid)[1] == started
            ]
            for pid in left:
                # It may have ended between the look and the signal.
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, sig)
            if left:
                time.sleep(3)
        self.process.wait()

    def remember(self, pids):
        for pid in pids:
            state = process_state(pid)
            if state:
                self.seen.setdefault(pid, state[1])


@pytest.fixture(scope="session")
def stack():
    stack = Stack()
    try:
        started = time.monotonic()
        stack.load_content()
        print(f"\ninitial content loaded in {time.monotonic() - started:.1f} s")
        seconds = stack.start()
        print(f"make serve answered {seconds:.1f} s after it started")
        yield stack
    finally:
        stack.clean_up()
