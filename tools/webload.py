#!/usr/bin/env python3
"""Load a running `newsgraph serve` from loopback: N clients for S seconds over some paths.

  tools/webload.py http://127.0.0.1:7070 /entity/12 "/api/v1/search?q=endorsed" --clients 50 --seconds 20

Each client thread loops over the paths with keep-alive connections until the time is up.
Prints requests, errors, requests/s and latency p50/p95/p99 per path and overall. Loopback only:
the script refuses any other host (issue 9).
"""
import argparse
import http.client
import statistics
import sys
import threading
import time
import urllib.parse


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=20)
    args = ap.parse_args()
    url = urllib.parse.urlparse(args.base)
    if url.hostname not in ("127.0.0.1", "localhost", "::1"):
        print("webload: loopback addresses only", file=sys.stderr)
        return 2
    results = {p: [] for p in args.paths}
    errors = {p: 0 for p in args.paths}
    lock = threading.Lock()
    deadline = time.monotonic() + args.seconds

    def client(k):
        conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=30)
        i = k
        while time.monotonic() < deadline:
            path = args.paths[i % len(args.paths)]
            i += 1
            t0 = time.monotonic()
            try:
                conn.request("GET", path)
                r = conn.getresponse()
                r.read()
                ok = r.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=30)
            dt = (time.monotonic() - t0) * 1000
            with lock:
                (results[path].append(dt) if ok else None)
                if not ok:
                    errors[path] += 1

    threads = [threading.Thread(target=client, args=(k,)) for k in range(args.clients)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start

    def line(name, lat, err):
        if not lat:
            return f"{name}: 0 ok, {err} errors"
        q = statistics.quantiles(lat, n=100)
        return (f"{name}: {len(lat)} ok, {err} errors, {len(lat) / elapsed:.1f} req/s, "
                f"p50 {q[49]:.1f} ms, p95 {q[94]:.1f} ms, p99 {q[98]:.1f} ms")
    for p in args.paths:
        print(line(p, results[p], errors[p]))
    print(line("all", [x for v in results.values() for x in v], sum(errors.values())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
