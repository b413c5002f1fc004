"""Shared parts of the stand-in tunnel programs (fake-cloudflared, fake-ngrok).

Environment (all optional):
  FAKE_TUNNEL_MODE      run (default): announce the URL and stay up until SIGTERM
                        exit: announce, then exit 0 after FAKE_TUNNEL_EXIT_AFTER_MS
                        crash: announce, then die by SIGKILL after FAKE_TUNNEL_EXIT_AFTER_MS
                        autherror: ngrok's authtoken refusal (ERR_NGROK_4018), exit 1
                        quickfail: cloudflared's "failed to request quick Tunnel", exit 1
                        silent: print the banner lines but never a URL, stay up
  FAKE_TUNNEL_URL       the public URL to announce (default: a random one in the real format)
  FAKE_TUNNEL_FORWARD   1: listen on 127.0.0.1 (a free port), forward every connection to
                        the local target from the command line, and announce
                        http://127.0.0.1:<that port> (so tests reach the receiver through it)
  FAKE_TUNNEL_EXIT_AFTER_MS  default 200
  FAKE_TUNNEL_IGNORE_TERM    1: ignore SIGTERM (the caller must kill)
  FAKE_TUNNEL_LOG       append "<pid> <args...>" to this file on every start
"""

import os
import random
import signal
import socket
import sys
import threading
import time

WORDS = ["amber", "river", "quiet", "pine", "judge", "arcade", "brother", "manual",
         "seasonal", "deck", "itchy", "narrow", "harbor", "violet", "copper", "meadow"]


def env(name, default=""):
    return os.environ.get(name, default)


def log_start(argv):
    path = env("FAKE_TUNNEL_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write("%d %s\n" % (os.getpid(), " ".join(argv)))


def random_words(n=4):
    return "-".join(random.choice(WORDS) for _ in range(n))


def _pipe(src, dst):
    try:
        while True:
            data = src.recv(65536)
            if not data:
                break
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def start_forwarder(target_host, target_port):
    """A loopback TCP forwarder to the target; returns its port."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen(16)

    def serve():
        while True:
            try:
                client, _ = server.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection((target_host, target_port), timeout=5)
                upstream.settimeout(None)
            except OSError:
                # What a tunnel's edge does when the origin is down.
                client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n"
                               b"Connection: close\r\n\r\n")
                client.close()
                continue
            threading.Thread(target=_pipe, args=(client, upstream), daemon=True).start()
            threading.Thread(target=_pipe, args=(upstream, client), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    return server.getsockname()[1]


def split_target(target):
    """'http://127.0.0.1:8787' or '127.0.0.1:8787' -> ('127.0.0.1', 8787)."""
    if "://" in target:
        target = target.split("://", 1)[1]
    target = target.rstrip("/")
    host, _, port = target.rpartition(":")
    return host.strip("[]"), int(port)


def stay_up():
    if env("FAKE_TUNNEL_IGNORE_TERM") == "1":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    while True:
        time.sleep(3600)


def finish_after_announce(mode):
    delay = int(env("FAKE_TUNNEL_EXIT_AFTER_MS", "200")) / 1000.0
    if mode == "exit":
        time.sleep(delay)
        sys.exit(0)
    if mode == "crash":
        time.sleep(delay)
        os.kill(os.getpid(), signal.SIGKILL)
    stay_up()
