package jp.policysearch.analysis;

import java.io.Reader;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;

/** Char filter {@code policy_numbers}: {@link NumberFolder} (8,000 / 8千 / 八千 → 8000, カ国 → か国, R6補正 → 令和6年度補正). */
@NamedComponent("policy_numbers")
public class NumbersCharFilterFactory implements CharFilterFactory {

    private final NumberFolder folder = new NumberFolder();

    @Override
    public Reader create(Reader reader) {
        return new NormalizingCharFilter(reader, folder::foldWithOffsets);
    }

    @Override
    public Reader normalize(Reader reader) {
        return create(reader);
    }
}
