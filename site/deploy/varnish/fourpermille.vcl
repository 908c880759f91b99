# The HTTP cache between nginx and gunicorn, rendered by site/deploy/render (names in double
# braces). Anonymous GETs of public pages are kept; everything per visitor goes straight to the
# application. Publishing in Wagtail purges what changed (operations/frontend_cache.py).
vcl 4.1;

backend app {
    .host = "{{ APP_HOST }}";
    .port = "{{ APP_PORT }}";
    .first_byte_timeout = 60s;
}

# Only the application servers may purge.
acl purgers {
{{ PURGERS_ACL }}
}

sub vcl_recv {
    # Varnish adds nginx's address to X-Forwarded-For: drop it, so the application still sees
    # the visitor's address as the last hop (rate limits, sign-in lockouts).
    if (req.http.X-Forwarded-Proto) {
        set req.http.X-Forwarded-For = regsub(req.http.X-Forwarded-For, ",\s*[^,]+$", "");
    }
    if (req.method == "PURGE" || req.method == "BAN") {
        # nginx forwards visitors' requests from this machine too, always with
        # X-Forwarded-Proto (Varnish itself adds X-Forwarded-For to every request).
        if (!client.ip ~ purgers || req.http.X-Forwarded-Proto) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "BAN") {
            # A change shown on every page (footer, menu, taxonomy): everything goes.
            ban("obj.http.X-Url ~ .");
            return (synth(200, "Banned"));
        }
        # The page and its query-string variants (listing filters, pagination).
        ban("obj.http.X-Url ~ ^" + regsub(req.url, "\?.*$", "") + "(\?|$)");
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, documents (permission-checked), the health URL, and "/" (redirected by the
    # visitor's Accept-Language) are never shared.
    if (req.url ~ "^/(admin|documents|_protected|healthz)(/|$)" || req.url ~ "^/(\?|$)") {
        return (pass);
    }
    # A signed-in visitor (editor, member) sees pages made for them: never from the cache.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Public pages hold nothing per visitor (a CSRF cookie is only needed by form pages, which
    # answer Cache-Control: private and are therefore never stored).
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Lets bans run in the background ("ban lurker") against stored objects.
    set beresp.http.X-Url = bereq.url;
    # Never keep what sets a cookie or is said to be private (the built-in rules also do).
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "private|no-store|no-cache") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
}

sub vcl_deliver {
    unset resp.http.X-Url;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
