package org.samachar.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the Samachar ontology ({@code ontology/samachar.ttl}) that the code writes, in the
 * style of Jena's own vocabulary classes. The ontology file is the reference for what they mean.
 */
public final class Sam {

    public static final String NS = "https://w3id.org/samachar/ontology#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    private Sam() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    public static final Resource Sentence = resource("Sentence");
    public static final Resource Paragraph = resource("Paragraph");
    public static final Resource Mention = resource("Mention");
    public static final Resource EmbeddedPost = resource("EmbeddedPost");
    public static final Resource SocialMediaAccount = resource("SocialMediaAccount");
    public static final Resource MentionCount = resource("MentionCount");
    public static final Resource RemovedBlock = resource("RemovedBlock");
    public static final Resource FromManifest = resource("FromManifest");
    public static final Resource FromPageMetadata = resource("FromPageMetadata");
    public static final Resource Detected = resource("Detected");

    public static final Property inArticle = property("inArticle");
    public static final Property inParagraph = property("inParagraph");
    public static final Property inSentence = property("inSentence");
    public static final Property inPost = property("inPost");
    public static final Property index = property("index");
    public static final Property refersTo = property("refersTo");
    public static final Property matchedLabel = property("matchedLabel");
    public static final Property script = property("script");
    public static final Property mentionCount = property("mentionCount");
    public static final Property entity = property("entity");
    public static final Property count = property("count");
    public static final Property embeds = property("embeds");
    public static final Property handle = property("handle");
    public static final Property removed = property("removed");
    public static final Property reason = property("reason");
    public static final Property firstLine = property("firstLine");
    public static final Property lastLine = property("lastLine");
    public static final Property contentHash = property("contentHash");
    public static final Property sourceFile = property("sourceFile");
    public static final Property languageSource = property("languageSource");
    public static final Property shortName = property("shortName");
    public static final Property shortNameAlone = property("shortNameAlone");
    public static final Property demonym = property("demonym");
    public static final Property isoCode = property("isoCode");
    public static final Property timeZone = property("timeZone");

    public static final Property modality = property("modality");
    public static final Property claimedBy = property("claimedBy");
    public static final Property denies = property("denies");
    public static final Property object = property("object");
    public static final Property evidence = property("evidence");
    public static final Property trigger = property("trigger");
    public static final Property timeExpression = property("timeExpression");
    public static final Property confidence = property("confidence");

    public static final Property nameKey = property("nameKey");
    public static final Property actorNamedAs = property("actorNamedAs");
    public static final Property report = property("report");
    public static final Property sourceCount = property("sourceCount");
    public static final Property deniedBy = property("deniedBy");
    public static final Property standsFor = property("standsFor");
    public static final Property asOf = property("asOf");

    /** W3C Organization Ontology: who holds which post where. */
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final Resource OrgMembership = ResourceFactory.createResource(ORG + "Membership");
    public static final Property orgMember = ResourceFactory.createProperty(ORG + "member");
    public static final Property orgOrganization = ResourceFactory.createProperty(ORG + "organization");
    public static final Property orgRole = ResourceFactory.createProperty(ORG + "role");

    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final Property provWasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Property provWasGeneratedBy = ResourceFactory.createProperty(PROV + "wasGeneratedBy");

    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final Property semHasActor = ResourceFactory.createProperty(SEM + "hasActor");
    public static final Property semHasPlace = ResourceFactory.createProperty(SEM + "hasPlace");
    public static final Property semHasBeginTimeStamp = ResourceFactory.createProperty(SEM + "hasBeginTimeStamp");
    public static final Property semHasEndTimeStamp = ResourceFactory.createProperty(SEM + "hasEndTimeStamp");

    public static final Property nifBeginIndex = ResourceFactory.createProperty(NIF + "beginIndex");
    public static final Property nifEndIndex = ResourceFactory.createProperty(NIF + "endIndex");
    public static final Property nifAnchorOf = ResourceFactory.createProperty(NIF + "anchorOf");

    /** A concept of the ontology by local name, e.g. a boilerplate reason. */
    public static Resource term(String local) {
        return resource(local);
    }
}
