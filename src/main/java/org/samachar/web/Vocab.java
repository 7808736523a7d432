package org.samachar.web;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.samachar.vocab.Sam;

/** The terms the pages read, as nodes. */
final class Vocab {

    static final Node TYPE = RDF.type.asNode();
    static final Node LABEL = RDFS.label.asNode();
    static final Node ALT_LABEL = SKOS.altLabel.asNode();
    static final Node COMMENT = RDFS.comment.asNode();
    static final Node DEFINITION = SKOS.definition.asNode();
    static final Node EXAMPLE = SKOS.example.asNode();
    static final Node SUBCLASS_OF = RDFS.subClassOf.asNode();
    static final Node SAME_AS = OWL.sameAs.asNode();
    static final Node OWL_CLASS = OWL.Class.asNode();
    static final Node ARTICLE = SchemaDO.NewsArticle.asNode();
    static final Node MENTIONS = SchemaDO.mentions.asNode();
    static final Node HEADLINE = SchemaDO.headline.asNode();
    static final Node BODY = SchemaDO.articleBody.asNode();
    static final Node PUBLISHED = SchemaDO.datePublished.asNode();
    static final Node PUBLISHER = SchemaDO.publisher.asNode();
    static final Node IN_LANGUAGE = SchemaDO.inLanguage.asNode();
    static final Node SCHEMA_TEXT = SchemaDO.text.asNode();
    static final Node EVENT = GraphView.iri(Sam.NS + "Event");
    static final Node CAMEO = GraphView.iri(Sam.NS + "cameoCode");
    static final Node SENTENCE = Sam.Sentence.asNode();
    static final Node PARAGRAPH = Sam.Paragraph.asNode();
    static final Node MENTION = Sam.Mention.asNode();
    static final Node IN_ARTICLE = Sam.inArticle.asNode();
    static final Node IN_PARAGRAPH = Sam.inParagraph.asNode();
    static final Node IN_SENTENCE = Sam.inSentence.asNode();
    static final Node REFERS_TO = Sam.refersTo.asNode();
    static final Node BEGIN = Sam.nifBeginIndex.asNode();
    static final Node END = Sam.nifEndIndex.asNode();
    static final Node ANCHOR_OF = Sam.nifAnchorOf.asNode();
    static final Node REPORT = Sam.report.asNode();
    static final Node EVIDENCE = Sam.evidence.asNode();
    static final Node TRIGGER = Sam.trigger.asNode();
    static final Node MODALITY = Sam.modality.asNode();
    static final Node CLAIMED_BY = Sam.claimedBy.asNode();
    static final Node DENIED_BY = Sam.deniedBy.asNode();
    static final Node DENIES = Sam.denies.asNode();
    static final Node TIME_EXPRESSION = Sam.timeExpression.asNode();
    static final Node HAS_ACTOR = Sam.semHasActor.asNode();
    static final Node HAS_PLACE = Sam.semHasPlace.asNode();
    static final Node BEGIN_TIME = Sam.semHasBeginTimeStamp.asNode();
    static final Node END_TIME = Sam.semHasEndTimeStamp.asNode();
    static final Node SOURCE_COUNT = Sam.sourceCount.asNode();
    static final Node REMOVED = Sam.removed.asNode();
    static final Node REASON = Sam.reason.asNode();
    static final Node FIRST_LINE = Sam.firstLine.asNode();
    static final Node LAST_LINE = Sam.lastLine.asNode();
    static final Node SOURCE_FILE = Sam.sourceFile.asNode();
    static final Node MEMBER = Sam.orgMember.asNode();
    static final Node ORGANIZATION = Sam.orgOrganization.asNode();
    static final Node ROLE = Sam.orgRole.asNode();
    static final Node AS_OF = Sam.asOf.asNode();
    static final Node SUB_PROPERTY_OF = RDFS.subPropertyOf.asNode();

    private Vocab() {
    }
}
