#!/usr/bin/env bash
# Regenerates src/main/resources/samachar/web/geo/zone-coordinates.tsv from tzdata's zone.tab
# (public domain; Debian package tzdata): the principal location of each time zone, whose
# exemplar city is a city of the gazetteer, in decimal degrees. The map's city points read it.
set -euo pipefail
cd "$(dirname "$0")/.."
src="${1:-/usr/share/zoneinfo/zone.tab}"
out=src/main/resources/samachar/web/geo/zone-coordinates.tsv
version="$(dpkg-query -W -f '${Version}' tzdata 2>/dev/null || echo unknown)"
{
  echo "# Coordinates of the time-zone cities (the CLDR exemplar cities the gazetteer's cities come from),"
  echo "# in decimal degrees: tz<TAB>latitude<TAB>longitude<TAB>ISO 3166 country code."
  echo "# Derived from tzdata's zone.tab (IANA time zone database, Debian tzdata $version, public domain),"
  echo "# the principal location of each zone; regenerate with bench/zone-coordinates.sh."
  awk -F'\t' '
    function deg(s,   sign, d, n) {
      sign = substr(s, 1, 1) == "-" ? -1 : 1; d = substr(s, 2); n = length(d)
      if (n == 4 || n == 5) return sign * (substr(d, 1, n - 2) + substr(d, n - 1, 2) / 60)
      return sign * (substr(d, 1, n - 4) + substr(d, n - 3, 2) / 60 + substr(d, n - 1, 2) / 3600)
    }
    /^#/ || NF < 3 { next }
    { match($2, /^[+-][0-9]+/); lat = substr($2, 1, RLENGTH); lon = substr($2, RLENGTH + 1)
      printf "%s\t%.4f\t%.4f\t%s\n", $3, deg(lat), deg(lon), $1 }' "$src"
} > "$out"
echo "wrote $(grep -vc '^#' "$out") zones to $out"
