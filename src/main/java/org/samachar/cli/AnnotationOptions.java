package org.samachar.cli;

import org.samachar.UserException;
import org.samachar.rdf.Annotations;
import picocli.CommandLine.Option;

/** {@code --annotations lean|full}: how much of the text layer the article graphs hold. */
public final class AnnotationOptions {

    @Option(names = "--annotations", paramLabel = "lean|full",
            description = {"Text layer of the article graphs (default: lean). lean keeps every fact with its",
                    "evidence sentence and offsets and leaves out what a query derives; full also writes every NIF",
                    "node typed, with its text, paragraphs and mention counts. Changing it rewrites every article."})
    String annotations;

    /** Whether the option was given (a build through a running server then asks for it). */
    boolean given() {
        return annotations != null;
    }

    Annotations value() {
        try {
            return annotations == null ? Annotations.LEAN : Annotations.parse(annotations);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }
}
