package jp.policysearch.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class SectionComparerTest {

    private final SectionComparer comparer = new SectionComparer();

    private static Version version(String id, String... passages) {
        List<Version.Part> parts = new ArrayList<>();
        for (int i = 0; i < passages.length; i++) {
            parts.add(new Version.Part("p" + (i + 1), null, passages[i]));
        }
        return new Version(id, parts, List.of());
    }

    @Test
    void numbersWithUnitsAreOneToken() {
        List<Token> tokens = Tokenizer.tokens("約72兆円、1,100社、２０３０年度、L4、5G、10万人");
        assertThat(tokens.stream().filter(Token::figure).map(Token::text))
                .containsExactly("72兆円", "1,100社", "２０３０年度", "10万人");
        assertThat(tokens.stream().filter(Token::figure).map(Token::key))
                .containsExactly("72兆円", "1100社", "2030年度", "10万人");
        assertThat(tokens.stream().map(Token::text)).contains("L4", "5G", "約");
        assertThat(tokens.get(1).unit()).isEqualTo("兆円");
    }

    @Test
    void widthOnlyDifferencesAreNoChange() {
        Comparison c = comparer.compare(version("a", "シェアは約２５％。"), version("b", "シェアは約25%。"));
        assertThat(c.changed()).isFalse();
    }

    @Test
    void movedPassagesAreMatchedNotDeletedAndInserted() {
        String x = "・国内市場の拡大に向けて、中小企業のクラウド利用を支援する。";
        String y = "・海外市場の開拓に向けて、展示会への出展やマッチングを支援する。";
        String z = "・人材育成のため、大学と企業の共同研究を推進する。";
        Comparison c = comparer.compare(
                version("a", x + "\n" + y + "\n" + z), version("b", z + "\n" + x + "\n" + y.replace("展示会", "国際展示会")));
        assertThat(c.count(Row.Kind.ADDED)).isZero();
        assertThat(c.count(Row.Kind.REMOVED)).isZero();
        assertThat(c.count(Row.Kind.MOVED)).isEqualTo(1);
        assertThat(c.rows())
                .anyMatch(r -> r.kind() == Row.Kind.CHANGED && r.spans().contains(new Span(Span.Op.INSERT, "国際")));
    }

    @Test
    void addedAndRemovedPassages() {
        Comparison c = comparer.compare(
                version("a", "・2030年までに12兆円の市場を獲得する。\n・データセンターの地方分散を進める。"),
                version("b", "・2030年までに15兆円の市場を獲得する。\n・量子コンピュータの研究開発拠点を3か所整備する。"));
        assertThat(c.count(Row.Kind.REMOVED)).isEqualTo(1);
        assertThat(c.count(Row.Kind.ADDED)).isEqualTo(1);
        assertThat(c.figures())
                .extracting(FigureChange::before, FigureChange::after)
                .containsExactly(Tuple.tuple("12兆円", "15兆円"));
    }

    @Test
    void aFigureMovedWithinALineIsNotAChange() {
        Comparison c = comparer.compare(version("a", "・売上高は5兆円、従業員は2万人の規模。"), version("b", "・従業員は2万人、売上高は5兆円の規模。"));
        assertThat(c.changed()).isTrue();
        assertThat(c.figures()).isEmpty();
    }
}
