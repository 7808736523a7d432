package org.samachar.web.api;

import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import org.samachar.text.LanguageData;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where places are on the map. A city of the gazetteer is a CLDR time-zone city and carries its
 * zone ({@code sam:timeZone}); its coordinates are the zone's principal location in tzdata
 * ({@code samachar/web/geo/zone-coordinates.tsv}, public domain). A country is drawn from the
 * Natural Earth shapes of world-atlas, whose features are keyed by ISO 3166 numeric code.
 */
public final class Places {

    public record Point(double lat, double lon) {
    }

    private static final Map<String, Point> BY_ZONE = load();

    private Places() {
    }

    /** The coordinates of the city of time zone {@code zone}, if tzdata knows it. */
    public static Optional<Point> ofZone(String zone) {
        if (zone == null || zone.isEmpty()) {
            return Optional.empty();
        }
        Point p = BY_ZONE.get(zone);
        String canonical = TimeZone.getCanonicalID(zone);
        return p != null ? Optional.of(p) : Optional.ofNullable(canonical == null ? null : BY_ZONE.get(canonical));
    }

    /** The ISO 3166 numeric code ("643") of an alpha-2 code ("RU"), the key of the map's shapes. */
    public static Optional<String> numeric(String alpha2) {
        try {
            Region region = Region.getInstance(alpha2);
            int n = region.getNumericCode();
            return region.getType() == Region.RegionType.TERRITORY && n > 0
                    ? Optional.of(String.format("%03d", n)) : Optional.empty();
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Map<String, Point> load() {
        String file = "web/geo/zone-coordinates.tsv";
        List<String> lines = LanguageData.shared(file);
        if (lines.isEmpty()) {
            throw new IllegalStateException("samachar/" + file + " is missing from the program");
        }
        Map<String, Point> out = new HashMap<>();
        for (String line : lines) {
            String[] cells = line.split("\t");
            Point p = new Point(Double.parseDouble(cells[1]), Double.parseDouble(cells[2]));
            out.put(cells[0], p);
            // The store holds CLDR's canonical zone ids (Asia/Calcutta), tzdata its own (Asia/Kolkata).
            String canonical = TimeZone.getCanonicalID(cells[0]);
            if (canonical != null) {
                out.putIfAbsent(canonical, p);
            }
        }
        return out;
    }
}
