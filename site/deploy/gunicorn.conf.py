# gunicorn -c site/deploy/gunicorn.conf.py fourpermille.wsgi
bind = "127.0.0.1:8001"
workers = 3
worker_class = "gthread"
threads = 2
timeout = 30
max_requests = 1000
max_requests_jitter = 100
accesslog = "-"
