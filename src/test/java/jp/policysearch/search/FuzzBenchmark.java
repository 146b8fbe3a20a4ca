package jp.policysearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import jp.policysearch.testsupport.RawHttp;

/**
 * The fuzz run of issue #13 against a running {@code serve} (not a test: it reports, it does not time): the random
 * requests of {@link SearchRobustnessIT}, as many as asked, from 4 clients, counted by status, with every answer
 * checked as the test checks it. {@code bin/policy-search bench fuzz PORT [requests] [seed]}.
 */
public final class FuzzBenchmark {

    private FuzzBenchmark() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261202L;
        Random seeds = new Random(seed);
        List<String> targets = new ArrayList<>(RandomRequests.fixed());
        while (targets.size() < requests) {
            targets.add(RandomRequests.target(new Random(seeds.nextLong())));
        }
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (String target : targets) {
                pool.submit(() -> {
                    try {
                        RawHttp.Answer answer = SearchRobustnessIT.send(port, target);
                        statuses.computeIfAbsent(answer.status(), s -> new LongAdder())
                                .increment();
                        String problem = SearchRobustnessIT.check(target, answer);
                        if (problem != null) {
                            problems.add(problem + " <- GET " + SearchRobustnessIT.abbreviate(target));
                        }
                    } catch (RuntimeException e) {
                        problems.add(e + " <- GET " + SearchRobustnessIT.abbreviate(target));
                    }
                });
            }
        }
        Map<Integer, Long> sorted = new TreeMap<>();
        statuses.forEach((s, n) -> sorted.put(s, n.sum()));
        System.out.printf(
                "%d requests (seed %d) in %.1f s; statuses %s; 500: %d, 503: %d; answers failing the robustness "
                        + "checks: %d%n",
                targets.size(),
                seed,
                (System.nanoTime() - started) / 1e9,
                sorted,
                sorted.getOrDefault(500, 0L),
                sorted.getOrDefault(503, 0L),
                problems.size());
        problems.stream().limit(20).forEach(System.out::println);
    }
}
