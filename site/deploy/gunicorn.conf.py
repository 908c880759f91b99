# gunicorn -c site/deploy/gunicorn.conf.py fourpermille.wsgi (systemd unit and `make serve`).
import os

bind = os.environ.get("APP_BIND", "127.0.0.1:8001")
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
worker_class = "gthread"
threads = 2
timeout = 30
graceful_timeout = 20
max_requests = 1000
max_requests_jitter = 100
accesslog = "-"
errorlog = "-"
control_socket_disable = True  # one gunicorn per service; no shared socket path
