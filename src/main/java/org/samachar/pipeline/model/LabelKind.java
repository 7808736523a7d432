package org.samachar.pipeline.model;

/** How a label names its entity; decides when it may be used for matching. */
public enum LabelKind {
    /** rdfs:label: the standard name. */
    NAME,
    /** skos:altLabel: another spelling or name. */
    ALTERNATIVE,
    /** sam:demonym: a nationality adjective ("Russian"), naming its country. */
    DEMONYM,
    /** sam:shortName: names the entity only in an article where a full name of it also occurs. */
    SHORT,
    /** A name found in the article after a role cue ("the spokesperson X Y"), not in the gazetteer. */
    DISCOVERED
}
