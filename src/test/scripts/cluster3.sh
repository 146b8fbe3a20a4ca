#!/usr/bin/env bash
# The three-node run of issue #16: three nodes of the integ-test-zip on this machine (with our analysis plugin),
# indices with 3 shards and 1 replica, the service pointed at all three through ES_URL. It measures:
#   1. fault: searches from several clients while one node is killed (kill -9) and started again; counts every
#      failed (non-200) and empty answer, and the cluster's status along the way;
#   2. re-index with one node down: `index` builds a new index and moves the alias while the cluster is yellow;
#   3. `bench search` through ES_URL on the cluster (optional: CLUSTER_BENCH_SECONDS, 0 skips it).
# Run it through `bin/policy-search bench cluster [fault seconds, default 60]` (which finds the JDK). Files in
# target/cluster3; the nodes are stopped at the end. Ports: CLUSTER_PORT (9601..9603 HTTP, +100 transport) and
# CLUSTER_WEB_PORT (7190). Security is on as on the local node: the elastic user's password is generated into
# target/cluster3/elastic.password (0600) and given to each node's keystore as bootstrap.password; HTTP is plain on
# 127.0.0.1 and needs the password; the nodes talk to each other over TLS with a certificate of a CA made here
# (elasticsearch-certutil). The service signs in with ES_USERNAME/ES_PASSWORD.
set -euo pipefail
project=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$project"
fault_seconds=${1:-60}
bench_seconds=${CLUSTER_BENCH_SECONDS:-5}
first_port=${CLUSTER_PORT:-9601}
web_port=${CLUSTER_WEB_PORT:-7190}
dir=$project/target/cluster3
user=policy-search-es
say() { printf 'cluster3: %s\n' "$*" >&2; }

: "${JAVA_HOME:?run this through bin/policy-search bench cluster, which sets JAVA_HOME}"
jdk=$JAVA_HOME
zip=$(ls target/elasticsearch/elasticsearch-*.zip)
plugin=$(ls target/policy-analysis-*.zip)
run_as=()
if [[ $(id -u) -eq 0 ]]; then
  id -u "$user" >/dev/null 2>&1 || useradd --system --user-group --no-create-home --home-dir /nonexistent \
    --shell /usr/sbin/nologin "$user"
  run_as=(setpriv --reuid="$user" --regid="$user" --init-groups --)
fi

ports=() urls=() hosts=()
for i in 1 2 3; do
  ports+=($((first_port + i - 1)))
  urls+=("http://127.0.0.1:$((first_port + i - 1))")
  hosts+=("\"127.0.0.1:$((first_port + i + 99))\"")
done
es_url=$(IFS=,; echo "${urls[*]}")
seeds=$(IFS=,; echo "${hosts[*]}")

# The elastic password and the transport certificate, made once per unpacked home.
secure_home() {
  if [[ ! -s $dir/elastic.password ]]; then
    (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$dir/elastic.password")
  fi
  if [[ ! -f $dir/certs/node.p12 ]]; then
    mkdir -p "$dir/certs"
    ES_JAVA_HOME=$jdk JAVA_HOME= "$dir/home/bin/elasticsearch-certutil" ca --silent --pass "" --out "$dir/certs/ca.p12"
    ES_JAVA_HOME=$jdk JAVA_HOME= "$dir/home/bin/elasticsearch-certutil" cert --silent --ca "$dir/certs/ca.p12" \
      --ca-pass "" --pass "" --out "$dir/certs/node.p12"
  fi
}

install_home() {
  [[ -d $dir/home/plugins/policy-analysis ]] && return
  say "unpacking $(basename "$zip") and our plugin into $dir/home"
  rm -rf "$dir"
  mkdir -p "$dir/unpack"
  unzip -q "$zip" -d "$dir/unpack"
  mv "$dir"/unpack/elasticsearch-* "$dir/home"
  mkdir -p "$dir/home/plugins/policy-analysis"
  unzip -q "$plugin" -d "$dir/home/plugins/policy-analysis"
  chmod -R a+rX "$dir/home"
}

node_dir() { echo "$dir/n$1"; }

configure() {
  local i=$1 nd
  nd=$(node_dir "$i")
  mkdir -p "$nd/config/jvm.options.d" "$nd/data" "$nd/logs" "$nd/tmp"
  cp "$dir/home/config/jvm.options" "$dir/home/config/log4j2.properties" "$nd/config/"
  printf -- '-Xms512m\n-Xmx512m\n' >"$nd/config/jvm.options.d/heap.options"
  cat >"$nd/config/elasticsearch.yml" <<EOF
cluster.name: policy-search-cluster3
node.name: n$i
path.data: $nd/data
path.logs: $nd/logs
network.host: 127.0.0.1
http.port: ${ports[$((i - 1))]}
transport.port: $((${ports[$((i - 1))]} + 100))
discovery.seed_hosts: [$seeds]
cluster.initial_master_nodes: ["n1", "n2", "n3"]
xpack.security.enabled: true
xpack.security.http.ssl.enabled: false
xpack.security.transport.ssl.enabled: true
xpack.security.transport.ssl.verification_mode: certificate
xpack.security.transport.ssl.keystore.path: certs/node.p12
xpack.security.transport.ssl.truststore.path: certs/node.p12
action.destructive_requires_name: true
EOF
  mkdir -p "$nd/config/certs"
  cp "$dir/certs/node.p12" "$nd/config/certs/"
  rm -f "$nd/config/elasticsearch.keystore"
  ES_JAVA_HOME=$jdk JAVA_HOME= ES_PATH_CONF=$nd/config "$dir/home/bin/elasticsearch-keystore" create >/dev/null
  ES_JAVA_HOME=$jdk JAVA_HOME= ES_PATH_CONF=$nd/config "$dir/home/bin/elasticsearch-keystore" add -x -f \
    bootstrap.password <"$dir/elastic.password" >/dev/null
  [[ ${#run_as[@]} -eq 0 ]] || chown -R "$user:$user" "$nd"
}

start_node() {
  local i=$1 nd
  nd=$(node_dir "$i")
  rm -f "$nd/pid"
  ES_JAVA_HOME=$jdk JAVA_HOME= ES_PATH_CONF=$nd/config ES_TMPDIR=$nd/tmp \
    setsid "${run_as[@]}" "$dir/home/bin/elasticsearch" -d -p "$nd/pid" >>"$nd/console.log" 2>&1 </dev/null
}

kill_node() {
  local i=$1 signal=${2:-TERM} nd
  nd=$(node_dir "$i")
  [[ -f $nd/pid ]] && kill "-$signal" "$(cat "$nd/pid")" 2>/dev/null || true
}

health() { # status of the cluster seen from node $1, or "down"
  curl -s -m 5 -u "$auth" "${urls[$(($1 - 1))]}/_cluster/health" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p' || true
}

wait_for() { # wait_for NODE STATUS [NODES]: until the cluster reaches STATUS with NODES nodes (120 s at most)
  local i=$1 status=$2 nodes=${3:-3}
  curl -s -m 130 -u "$auth" -o /dev/null \
    "${urls[$((i - 1))]}/_cluster/health?wait_for_status=$status&wait_for_nodes=$nodes&timeout=120s" || true
  say "cluster via node $i: $(health "$i") ($nodes nodes wanted, $status wanted)"
}

stop_all() {
  [[ -n ${serve_pid:-} ]] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null || true
  for i in 1 2 3; do kill_node "$i"; done
}
trap stop_all EXIT

install_home
secure_home
auth="elastic:$(cat "$dir/elastic.password")"
for i in 1 2 3; do
  kill_node "$i"
done
sleep 2
for i in 1 2 3; do
  configure "$i"
  start_node "$i"
done
wait_for 1 green 3
export ES_URL=$es_url INDEX_SHARDS=3 INDEX_REPLICAS=1 ES_USERNAME=elastic ES_PASSWORD=${auth#elastic:}
say "without the password the cluster answers $(curl -s -o /dev/null -w '%{http_code}' "${urls[0]}/_cluster/health")"

say "indexing the corpus into the cluster (3 shards, 1 replica)"
bin/policy-search index --force >"$dir/index.log" 2>&1 || { tail -20 "$dir/index.log"; exit 1; }
tail -n 2 "$dir/index.log"
wait_for 1 green 3

say "serving on $web_port through ES_URL=$ES_URL"
PORT=$web_port bin/policy-search serve >"$dir/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 1 120); do
  curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$web_port/readyz" 2>/dev/null | grep -q 200 && break
  sleep 1
done

say "fault run: $fault_seconds s of searches from 4 clients; node 2 is killed at 1/4 and started again at 1/2"
python3 - "$web_port" "$fault_seconds" >"$dir/fault.out" <<'EOF' &
import http.client, sys, threading, time, urllib.parse, collections, json
port, seconds = int(sys.argv[1]), float(sys.argv[2])
queries = ['量子', 'AI 半導体', '人材育成', 'GX 投資', '5G 基地局', '蓄電池', '自動運転', '核融合', '宇宙', '健康・医療']
statuses, empty, lat = collections.Counter(), [0], []
lock = threading.Lock()
def client(n):
    conn = http.client.HTTPConnection('127.0.0.1', port, timeout=60)
    end, i = time.monotonic() + seconds, n
    while time.monotonic() < end:
        q = queries[i % len(queries)]; i += 1
        t = time.perf_counter()
        try:
            conn.request('GET', '/api/search?q=' + urllib.parse.quote(q))
            r = conn.getresponse(); body = r.read(); status = r.status
            total = json.loads(body).get('total', 0) if status == 200 else None
        except Exception as e:
            status, total = type(e).__name__, None
            conn = http.client.HTTPConnection('127.0.0.1', port, timeout=60)
        with lock:
            statuses[status] += 1; lat.append((time.perf_counter() - t) * 1000)
            if total == 0: empty[0] += 1
threads = [threading.Thread(target=client, args=(n,)) for n in range(4)]
[t.start() for t in threads]; [t.join() for t in threads]
lat.sort()
failed = sum(c for s, c in statuses.items() if s != 200)
print('fault run: %d requests, %d failed, %d empty; statuses %s; p50 %.1f ms, p99 %.1f ms, max %.0f ms' % (
    sum(statuses.values()), failed, empty[0], dict(statuses), lat[len(lat) // 2], lat[int(len(lat) * 0.99)], lat[-1]))
EOF
load_pid=$!
sleep "$(awk "BEGIN{print $fault_seconds/4}")"
say "kill -9 node 2"
kill_node 2 KILL
sleep 3
say "after the kill: $(health 1)"
sleep "$(awk "BEGIN{print $fault_seconds/4 - 3}")"
say "starting node 2 again"
start_node 2
wait "$load_pid"
cat "$dir/fault.out"
wait_for 1 green 3

say "re-index with node 3 down (cluster yellow)"
before=$(curl -s -u "$auth" "${urls[0]}/_alias/sections" | sed -n 's/^{"\([^"]*\)".*/\1/p')
kill_node 3 KILL
sleep 3
wait_for 1 yellow 2
if bin/policy-search index --force >"$dir/reindex.log" 2>&1; then
  after=$(curl -s -u "$auth" "${urls[0]}/_alias/sections" | sed -n 's/^{"\([^"]*\)".*/\1/p')
  echo "re-index with the cluster $(health 1): exit 0; alias moved from $before to $after"
else
  echo "re-index with the cluster $(health 1): FAILED; the end of $dir/reindex.log:"
  tail -n 5 "$dir/reindex.log"
fi
start_node 3
wait_for 1 green 3

if [[ $bench_seconds -gt 0 ]]; then
  say "bench search through ES_URL ($bench_seconds s per measurement, real corpus and 100 copies)"
  kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null || true
  serve_pid=""
  bin/policy-search bench search "$bench_seconds" "${CLUSTER_BENCH_COPIES:-100}"
fi
