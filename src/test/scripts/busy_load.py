# The busy-machine check of issue #14, against a running serve (loopback only): 10,000 varied requests (API and page
# searches with filters and pages, a section, a feed, the documents list), 4 at a time (under SEARCHES_PER_CLIENT),
# with the 1-minute load average sampled every 10 s. Run it while another process saturates the CPUs, e.g.
# `stress-ng --cpu 4 --timeout 900s`. Prints requests, statuses, p50/p90/p99 and the load average.
# Usage: python3 src/test/scripts/busy_load.py PORT [REQUESTS]
import http.client, random, sys, threading, time, urllib.parse
from collections import Counter

PORT = int(sys.argv[1]); N = int(sys.argv[2]) if len(sys.argv) > 2 else 10000; CONC = 4
WORDS = ["量子", "AI", "GX", "半導体", "脱炭素", "サイバー", "人材", "量子暗号", "データ", "水素", "宇宙", "医療",
         "防災", "経済安全保障", "スタートアップ", "蓄電池", "通信", "農業", "教育", "デジタル"]
AREAS = ["情報通信", "量子", "エネルギー・環境"]
random.seed(14)

def target(i):
    k = i % 10
    q = urllib.parse.quote(" ".join(random.sample(WORDS, random.choice([1, 1, 2]))))
    if k < 4: return f"/api/search?q={q}&page={random.randint(1,3)}"
    if k < 6: return f"/search?q={q}"
    if k == 6: return f"/search?q={q}&area={urllib.parse.quote(random.choice(AREAS))}&sort=newest"
    if k == 7: return "/s/growth-roadmap-2026/c01/goal"
    if k == 8: return f"/search.atom?q={q}"
    return "/api/documents"

statuses = Counter(); lat = []; lock = threading.Lock(); loads = []; nxt = [0]

def worker():
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
    while True:
        with lock:
            i = nxt[0]; nxt[0] += 1
        if i >= N: return
        t = target(i); s = time.monotonic()
        try:
            conn.request("GET", t); r = conn.getresponse(); r.read(); st = r.status
        except Exception as e:
            st = type(e).__name__; conn.close(); conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
        d = time.monotonic() - s
        with lock:
            statuses[st] += 1; lat.append(d)

def sampler(stop):
    while not stop.is_set():
        loads.append(float(open("/proc/loadavg").read().split()[0])); stop.wait(10)

stop = threading.Event(); threading.Thread(target=sampler, args=(stop,), daemon=True).start()
start = time.monotonic()
ts = [threading.Thread(target=worker) for _ in range(CONC)]
[t.start() for t in ts]; [t.join() for t in ts]
stop.set(); took = time.monotonic() - start
lat.sort()
pct = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] * 1000
print(f"requests {len(lat)} in {took:.0f} s ({len(lat)/took:.1f}/s), {CONC} clients")
print("statuses", dict(statuses))
print(f"p50 {pct(0.50):.0f} ms, p90 {pct(0.90):.0f} ms, p99 {pct(0.99):.0f} ms, max {lat[-1]*1000:.0f} ms")
print(f"load average 1-min samples every 10 s: min {min(loads):.1f}, median {sorted(loads)[len(loads)//2]:.1f}, max {max(loads):.1f}")
