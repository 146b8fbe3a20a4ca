package jp.policysearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces a token that has kanji and a dictionary reading by its kanji alone followed by the reading in katakana.
 * Okurigana is what varies between 取組, 取り組み and 取組み; the kanji and the reading stay, so the key is the same.
 * Keeping the kanji means a word is never matched by a homophone (機関 and 期間 are both キカン). Tokens without kanji,
 * or that kuromoji does not know (no reading), pass unchanged.
 */
final class ReadingKeyFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final ReadingAttribute reading = addAttribute(ReadingAttribute.class);

    ReadingKeyFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String read = reading.getReading();
        if (read == null || read.isEmpty()) {
            return true;
        }
        StringBuilder kanji = new StringBuilder();
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                kanji.append(c);
            }
        }
        if (!kanji.isEmpty()) {
            term.setEmpty().append(kanji).append(read);
        }
        return true;
    }
}
