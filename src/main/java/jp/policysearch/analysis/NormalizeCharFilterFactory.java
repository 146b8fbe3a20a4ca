package jp.policysearch.analysis;

import java.io.Reader;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;

/** Char filter {@code policy_normalize}: {@link TextNormalizer} folding at index and query time. */
@NamedComponent("policy_normalize")
public class NormalizeCharFilterFactory implements CharFilterFactory {

    private final TextNormalizer normalizer = TextNormalizer.withDefaultVariants();

    @Override
    public Reader create(Reader reader) {
        return new NormalizingCharFilter(reader, normalizer::normalizeWithOffsets);
    }

    @Override
    public Reader normalize(Reader reader) {
        return create(reader);
    }
}
