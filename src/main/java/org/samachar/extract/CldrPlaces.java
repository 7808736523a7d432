package org.samachar.extract;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;
import org.samachar.text.LanguageData;
import org.samachar.text.Scripts;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Countries and cities with their names in every gazetteer language, from the CLDR data inside
 * ICU4J rather than typed by hand: all ISO 3166 territories ({@link Region}) with their display
 * names, and the exemplar city of every canonical time zone with its localised name and country.
 */
public final class CldrPlaces {

    private final List<String> languages;
    private final Set<String> excludedCities;

    /** @param languages the label languages, e.g. en, gu, hi */
    public CldrPlaces(List<String> languages) {
        this.languages = List.copyOf(languages);
        this.excludedCities = new HashSet<>(LanguageData.lines("cldr-city-exclusions.txt"));
    }

    public Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        Set<String> countries = new TreeSet<>();
        for (Region region : Region.getAvailable(Region.RegionType.TERRITORY)) {
            countries.add(region.toString());
        }
        for (String code : countries) {
            addCountry(g, code);
        }
        Set<String> slugs = new HashSet<>();
        Set<String> zones = new TreeSet<>(TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null));
        TimeZoneNames english = TimeZoneNames.getInstance(ULocale.ENGLISH);
        for (String zone : zones) {
            String region = TimeZone.getRegion(zone);
            String name = english.getExemplarLocationName(zone);
            if (name == null || excludedCities.contains(zone) || !countries.contains(region)) {
                continue;
            }
            String slug = Iris.slug(name);
            if (slugs.add(slug)) {
                addCity(g, zone, slug, region);
            }
        }
        return g;
    }

    /**
     * CLDR falls back to the English name where it has no translation ("Kolkata" for Gujarati);
     * such a name is not a Gujarati label.
     */
    private static boolean inScriptOf(String name, String lang) {
        String script = Scripts.dominant(name);
        return script.equals(Scripts.COMMON) || Scripts.languageOf(script).equals(lang);
    }

    public static Node countryIri(String code) {
        return Iris.entity("country", code.toLowerCase(Locale.ROOT));
    }

    private void addCountry(Graph g, String code) {
        Node country = countryIri(code);
        g.add(country, RDF.type.asNode(), SchemaDO.Country.asNode());
        g.add(country, Sam.isoCode.asNode(), NodeFactory.createLiteralString(code));
        ULocale territory = new ULocale("", code);
        for (String lang : languages) {
            String name = territory.getDisplayCountry(new ULocale(lang));
            if (name != null && !name.isBlank() && !name.equals(code) && inScriptOf(name, lang)) {
                g.add(country, RDFS.label.asNode(), NodeFactory.createLiteralLang(name, lang));
            }
        }
    }

    private void addCity(Graph g, String zone, String slug, String region) {
        Node city = Iris.entity("city", slug);
        g.add(city, RDF.type.asNode(), SchemaDO.City.asNode());
        g.add(city, Sam.timeZone.asNode(), NodeFactory.createLiteralString(zone));
        g.add(city, SchemaDO.containedInPlace.asNode(), countryIri(region));
        for (String lang : languages) {
            String name = TimeZoneNames.getInstance(new ULocale(lang)).getExemplarLocationName(zone);
            if (name != null && !name.isBlank() && inScriptOf(name, lang)) {
                g.add(city, RDFS.label.asNode(), NodeFactory.createLiteralLang(name, lang));
            }
        }
    }

}
