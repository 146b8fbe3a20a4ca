package jp.policysearch.index;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who is building an index, recorded in its {@code _meta} while the bulk load runs ({@code build_state: building})
 * and replaced by {@code build_state: complete} just before the alias moves. An index still "building" whose builder
 * process is gone was left by a killed run: {@link OrphanIndices} deletes it.
 *
 * @param host    host name of the builder
 * @param pid     its process id
 * @param started its start time (ISO-8601), so a reused pid is not taken for the builder
 */
record BuildMark(String host, long pid, String started) {

    static final String STATE = "build_state";
    static final String BUILDING = "building";
    static final String COMPLETE = "complete";
    static final String BUILDER = "builder";

    static BuildMark ofThisProcess() {
        ProcessHandle self = ProcessHandle.current();
        return new BuildMark(hostName(), self.pid(), startOf(self));
    }

    /** The {@code _meta} entries of an index under construction. */
    Map<String, Object> building() {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put(STATE, BUILDING);
        meta.put(BUILDER, host + " " + pid + " " + started);
        return meta;
    }

    /** The builder written by {@link #building()}, or empty for a meta without one. */
    static Optional<BuildMark> parse(String builder) {
        String[] parts = builder == null ? new String[0] : builder.strip().split(" ");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BuildMark(parts[0], Long.parseLong(parts[1]), parts[2]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True when this builder ran on this host and its process no longer exists (or is another, later process). */
    boolean deadHere() {
        if (!host.equals(hostName())) {
            return false; // another machine's run: we cannot tell, so we leave it
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(p -> !startOf(p).equals(started))
                .orElse(true);
    }

    private static String startOf(ProcessHandle process) {
        return process.info().startInstant().map(Object::toString).orElse("unknown");
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName().replace(' ', '_');
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
