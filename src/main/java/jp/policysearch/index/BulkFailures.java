package jp.policysearch.index;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.util.ArrayList;
import java.util.List;

/** Collects, item by item, every section a bulk request did not store, with Elasticsearch's reason. */
final class BulkFailures implements BulkListener<String> {

    private final List<String> failures = new ArrayList<>();
    private long stored;

    @Override
    public void beforeBulk(long executionId, BulkRequest request, List<String> ids) {}

    @Override
    public synchronized void afterBulk(long executionId, BulkRequest request, List<String> ids, BulkResponse response) {
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() != null) {
                failures.add(ids.get(i) + ": " + item.error().type() + ": "
                        + item.error().reason());
            } else {
                stored++;
            }
        }
    }

    @Override
    public synchronized void afterBulk(long executionId, BulkRequest request, List<String> ids, Throwable failure) {
        for (String id : ids) {
            failures.add(id + ": not sent: " + failure.getMessage());
        }
    }

    synchronized boolean any() {
        return !failures.isEmpty();
    }

    synchronized long stored() {
        return stored;
    }

    synchronized String describe() {
        int shown = Math.min(20, failures.size());
        String list = String.join("\n  ", failures.subList(0, shown));
        return failures.size() + " section(s) were not stored:\n  " + list
                + (failures.size() > shown ? "\n  ... and " + (failures.size() - shown) + " more" : "");
    }
}
