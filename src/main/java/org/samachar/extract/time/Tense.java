package org.samachar.extract.time;

/** The tense of a sentence, as far as resolving "on Tuesday" needs it. */
public enum Tense { PAST, PRESENT, FUTURE }
