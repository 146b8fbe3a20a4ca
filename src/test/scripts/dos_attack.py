# The denial-of-service check of issue #13, against a running serve: a quiet phase (one user), then 8 attackers
# (from 127.0.0.2-9, so the per-client limit sees 8 clients) repeating one query of as many synonym terms joined
# by OR as 500 characters allow, while the user keeps searching. Prints p50 of the user, quiet and under attack,
# and the attackers' statuses. The attackers are processes of their own, so the user's timings do not include
# waiting for Python's interpreter lock. On one machine the attackers' own CPU is taken from the server's; NICE (an
# optional fifth argument, e.g. 19) lowers their priority, as attackers on other machines would cost the server
# nothing but their requests. LENGTH (an optional sixth argument, default 500) shortens the attack query: 253 gives
# 26 terms, within the clause budget but heavy, which the node must run rather than refuse.
# Usage: python3 src/test/scripts/dos_attack.py PORT QUIET_S ATTACK_S SYNONYMS_FILE [NICE] [LENGTH]
import http.client, multiprocessing, os, time, urllib.parse, statistics, collections, sys
port = int(sys.argv[1]); quiet_s = int(sys.argv[2]); attack_s = int(sys.argv[3])
niceness = int(sys.argv[5]) if len(sys.argv) > 5 else 0
max_length = int(sys.argv[6]) if len(sys.argv) > 6 else 500
terms = []
for line in open(sys.argv[4], encoding='utf-8'):
    if line.strip() and not line.startswith('#'):
        for t in line.replace('=>', ',').split(','):
            t = t.strip()
            if t and ' ' not in t and t not in terms:
                terms.append(t)
picked, length = [], 0
for t in terms:
    if length + len(t) + 4 > max_length: break
    picked.append(t); length += len(t) + 4
attack = '/api/search?q=' + urllib.parse.quote(' OR '.join(picked))
user_queries = ['量子暗号', 'AI 半導体', '人材育成', 'GX 投資', '5G 基地局']
def get(conn, path):
    t = time.perf_counter(); conn.request('GET', path); r = conn.getresponse(); r.read()
    return r.status, (time.perf_counter() - t) * 1000
def user(seconds, out):
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=30); end = time.time() + seconds; i = 0
    while time.time() < end:
        s, ms = get(c, '/api/search?q=' + urllib.parse.quote(user_queries[i % 5])); out.append((s, ms)); i += 1
def attacker(n, stop, results):
    os.nice(niceness)
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=30, source_address=('127.0.0.%d' % (n + 2), 0))
    statuses = collections.Counter()
    while not stop.is_set():
        s, _ = get(c, attack); statuses[s] += 1
    results.put(statuses)
if __name__ == '__main__':
    multiprocessing.set_start_method('fork')
    print('attack query: %d terms, %d chars, %d bytes URL' % (len(picked), len(' OR '.join(picked)), len(attack)))
    quiet = []; user(quiet_s, quiet)
    print('quiet: %d requests, p50 %.1f ms, statuses %s' % (len(quiet), statistics.median(m for _, m in quiet), collections.Counter(s for s, _ in quiet)))
    stop = multiprocessing.Event(); results = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=attacker, args=(n, stop, results)) for n in range(8)]
    [p.start() for p in ps]
    loud = []; user(attack_s, loud); stop.set()
    statuses = collections.Counter()
    for _ in ps: statuses.update(results.get())
    [p.join() for p in ps]
    print('under attack: %d requests, p50 %.1f ms, statuses %s; attackers: %s' % (len(loud), statistics.median(m for _, m in loud), collections.Counter(s for s, _ in loud), dict(statuses)))
