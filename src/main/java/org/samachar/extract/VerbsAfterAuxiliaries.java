package org.samachar.extract;

import org.samachar.pipeline.model.Token;
import org.samachar.text.LanguageData;
import org.samachar.text.Scripts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A verb in its base form after an auxiliary ("will attack", "would impose", "did not sign")
 * is read also as the form the lexicons list ({@code lang/<lang>/verb-forms.tsv},
 * {@code auxiliaries.tsv}), so one lexicon row serves every tense and the modality stage, which
 * reads the auxiliary, tells planned from done. Languages without these files are left as they are.
 */
public final class VerbsAfterAuxiliaries {

    private final Map<String, String> listedForm = new HashMap<>();
    private final Set<String> auxiliaries = new HashSet<>();
    private final Set<String> between = new HashSet<>();
    private final WordTokenizer tokenizer;

    public VerbsAfterAuxiliaries(WordTokenizer tokenizer) {
        this.tokenizer = tokenizer;
        for (String lang : Scripts.knownLanguages()) {
            for (String line : LanguageData.lines(lang + "/verb-forms.tsv")) {
                String[] cells = line.split("\t+");
                if (cells.length == 2) {
                    listedForm.put(NameFolding.key(cells[0].strip()), NameFolding.key(cells[1].strip()));
                }
            }
            for (String line : LanguageData.lines(lang + "/auxiliaries.tsv")) {
                String[] cells = line.split("\t+");
                if (cells.length == 2) {
                    (cells[0].strip().equals("between") ? between : auxiliaries).add(NameFolding.key(cells[1].strip()));
                }
            }
        }
    }

    /** The sentence's words, each base-form verb after an auxiliary also read as its listed form. */
    public List<Token> apply(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 1; i < tokens.size(); i++) {
            String listed = listedForm.get(tokens.get(i).key());
            if (listed == null || !afterAuxiliary(tokens, i)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens);
            }
            out.set(i, tokenizer.alsoAs(tokens.get(i), listed));
        }
        return out == null ? tokens : java.util.Collections.unmodifiableList(out);
    }

    private boolean afterAuxiliary(List<Token> tokens, int i) {
        String before = tokens.get(i - 1).key();
        return auxiliaries.contains(before)
                || (i >= 2 && between.contains(before) && auxiliaries.contains(tokens.get(i - 2).key()));
    }
}
