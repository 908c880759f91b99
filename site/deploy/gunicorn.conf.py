# gunicorn -c site/deploy/gunicorn.conf.py fourpermille.wsgi (systemd unit and `make serve`).
import os

bind = os.environ.get("APP_BIND", "127.0.0.1:8001")
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
worker_class = "gthread"
threads = 2
# One request a connection, and a worker takes a connection only when one of its threads is
# free. A worker serves every request of each connection it accepted: with keep-alive, one
# worker could hold most of nginx's or Varnish's pooled connections while the other cores
# stood idle (throughput halved at random). Both reconnect on the loopback for next to nothing.
keepalive = 0
worker_connections = threads
timeout = 30
graceful_timeout = 20
# Workers are forked from a master that has already loaded the site: a recycled worker starts at
# once instead of importing Django and Wagtail again (about 1.5 s of CPU). Deployments restart
# the service (site/deploy/README.md), which loads the new code.
preload_app = True
# Recycled now and then against slow memory growth; at 1,000 a busy worker was recycled every
# few seconds, with its per-process caches (templates, content types) cold again.
max_requests = 20000
max_requests_jitter = 2000
accesslog = "-"
errorlog = "-"
control_socket_disable = True  # one gunicorn per service; no shared socket path
