package jp.policysearch.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The government bodies of {@code corpus/bodies.json} (the Cabinet, ministries, agencies, councils) as issuer
 * inference needs them: each body's name, the forms that name it, and for a council the body whose secretariat
 * writes its papers.
 */
public final class BodyVocabulary {

    /** The data file's path relative to the corpus directory. */
    public static final String FILE = "bodies.json";

    /**
     * @param name        the name stored (the ministry facet)
     * @param forms       strings that name it, longest first
     * @param secretariat for a council or headquarters, the ministry that runs its secretariat; else null
     */
    public record Body(
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) List<String> forms,
            String secretariat) {

        public Body {
            forms = forms.stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .toList();
        }
    }

    private record BodiesFile(@JsonProperty(required = true) List<Body> bodies) {}

    /** A body named in a text, where and by which form. */
    public record Match(Body body, int start, int end) {}

    private final List<Body> bodies;

    public BodyVocabulary(List<Body> bodies) {
        this.bodies = List.copyOf(bodies);
    }

    /** Reads {@code corpusDir/bodies.json}; a bad entry is a problem naming the file and line. */
    public static BodyVocabulary load(Path corpusDir) {
        return new BodyVocabulary(DataFileReader.read(corpusDir.resolve(FILE), FILE, BodiesFile.class)
                .bodies());
    }

    public List<Body> bodies() {
        return bodies;
    }

    /**
     * Every body named in {@code text}, left to right; where forms overlap the longest wins (資源エネルギー庁, not
     * a stray エネ庁 inside it; 内閣府 in 内閣府政策統括官 but 内閣官房 in 内閣官房副長官補).
     */
    public List<Match> find(String text) {
        List<Match> all = new ArrayList<>();
        for (Body body : bodies) {
            for (String form : body.forms()) {
                for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
                    all.add(new Match(body, i, i + form.length()));
                }
            }
        }
        all.sort(Comparator.comparingInt(Match::start).thenComparing(m -> -(m.end() - m.start())));
        List<Match> out = new ArrayList<>();
        int covered = -1;
        for (Match m : all) {
            if (m.start() >= covered) {
                out.add(m);
                covered = m.end();
            }
        }
        return out;
    }
}
