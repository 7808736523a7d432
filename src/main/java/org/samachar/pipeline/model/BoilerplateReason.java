package org.samachar.pipeline.model;

/** Why a line was dropped from the article; each maps to a concept of the same name in sam:. */
public enum BoilerplateReason {
    /** Menus, buttons, section labels, "Connect with us". */
    NAVIGATION,
    /** Advertising and ad-blocker notices. */
    ADVERTISEMENT,
    /** "Top stories", related articles and other teasers after the article. */
    SIDEBAR,
    /** A line that repeats another line of the article. */
    DUPLICATE,
    /** A short line that is not prose (a lone word, a byline fragment). */
    FRAGMENT;

    /** The concept's local name in the ontology, e.g. {@code Navigation}. */
    public String localName() {
        String n = name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
