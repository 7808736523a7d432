/*
 * The home page's pictures: events per month stacked by CAMEO root over the whole graph; for the
 * chosen period, a world map shading each country by its events (Natural Earth shapes from
 * world-atlas, a click opens the country's page) with event-place cities as points, and the most
 * active pairs of actors as bars that open the events the two share.
 */
(function () {
  'use strict';
  const S = window.Samachar;

  const activity = document.querySelector('figure.activity-chart');
  const map = document.querySelector('figure.map-chart');
  const pairs = document.querySelector('figure.pairs-chart');
  if (activity) {
    S.json(activity.dataset.api).then(d => drawActivity(activity, d)).catch(e => S.failed(activity, e));
  }
  if (map) {
    Promise.all([S.json(map.dataset.atlas), S.json(map.dataset.countries), S.json(map.dataset.cities)])
      .then(([atlas, countries, cities]) => drawMap(map, atlas, countries, cities)).catch(e => S.failed(map, e));
  }
  if (pairs) {
    S.json(pairs.dataset.api).then(d => drawPairs(pairs, d)).catch(e => S.failed(pairs, e));
  }

  function drawActivity(figure, data) {
    const caption = figure.querySelector('figcaption');
    if (!data.months.length) {
      d3.select(figure).insert('p', 'figcaption').attr('class', 'empty').text(S.T.noEvents);
      S.drawn(figure);
      return;
    }
    const w = S.width(figure, 1000);
    const h = 220;
    const m = { top: 10, right: 10, bottom: 26, left: 40 };
    const first = S.day(data.months[0].month);
    const last = d3.utcMonth.offset(S.day(data.months[data.months.length - 1].month), 1);
    const x = d3.scaleUtc().domain([first, last]).range([m.left, w - m.right]);
    const y = d3.scaleLinear().domain([0, d3.max(data.months, d => d.total)]).nice().range([h - m.bottom, m.top]);
    const svg = d3.select(figure).insert('svg', 'figcaption').attr('class', 'activity')
      .attr('viewBox', `0 0 ${w} ${h}`).attr('width', w).attr('height', h)
      .attr('data-events', d3.sum(data.months, d => d.total));
    svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${h - m.bottom})`)
      .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(w / 110))));
    svg.append('g').attr('class', 'axis').attr('transform', `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(4));
    const used = new Set();
    for (const month of data.months) {
      const start = S.day(month.month);
      const x0 = x(start);
      const x1 = Math.max(x0 + 2, x(d3.utcMonth.offset(start, 1)) - 1);
      const end = d3.utcFormat('%Y-%m-%d')(d3.utcDay.offset(d3.utcMonth.offset(start, 1), -1));
      let level = 0;
      for (const code of Object.keys(month.counts).sort()) {
        const n = month.counts[code];
        used.add(code);
        const root = data.roots.find(r => r.code === code);
        const a = S.link(svg, `/?from=${month.month}-01&to=${end}&lang=${S.T.lang}#period`,
          `${month.month}: ${root ? root.label : code} ${n}`).attr('class', 'mark bar')
          .attr('data-count', n).attr('data-root', code);
        a.append('title').text(`${month.month} · ${root ? root.label : code} · ${n}`);
        a.append('rect').attr('x', x0).attr('width', x1 - x0).attr('y', y(level + n)).attr('height', Math.max(1, y(level) - y(level + n)))
          .attr('fill', S.colour(code));
        level += n;
      }
    }
    S.legend(caption, data.roots.filter(r => used.has(r.code)), r => S.colour(r.code));
    S.drawn(figure);
  }

  function drawMap(figure, atlas, data, cities) {
    const caption = figure.querySelector('figcaption');
    const w = S.width(figure, 560);
    const h = Math.round(w * 0.52);
    const features = topojson.feature(atlas, atlas.objects.countries).features;
    const projection = d3.geoNaturalEarth1().fitSize([w, h], { type: 'Sphere' });
    const path = d3.geoPath(projection);
    const byNumeric = new Map(data.countries.filter(c => c.numeric).map(c => [c.numeric, c]));
    const max = d3.max(data.countries, c => c.events) || 1;
    const shade = d3.scaleSequentialLog(d3.interpolateOranges).domain([1, Math.max(2, max)]);
    const svg = d3.select(figure).insert('svg', 'figcaption').attr('class', 'map')
      .attr('viewBox', `0 0 ${w} ${h}`).attr('width', w).attr('height', h);
    svg.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' })).attr('fill', '#eef4f8');
    const drawnIds = new Set();
    const land = svg.append('g').attr('class', 'countries');
    for (const f of features) {
      const c = byNumeric.get(f.id);
      if (!c) {
        land.append('path').attr('class', 'country').attr('d', path(f)).attr('fill', '#e2e2e2');
        continue;
      }
      drawnIds.add(f.id);
      const a = S.link(land, c.href, `${c.label}: ${c.events} ${S.T.events}`).attr('class', 'country-link');
      a.append('title').text(`${c.label} · ${c.events} ${S.T.events}`);
      const [cx, cy] = path.centroid(f);
      a.append('path').attr('class', 'country has-events').attr('d', path(f)).attr('fill', shade(Math.max(1, c.events)))
        .attr('data-cx', cx.toFixed(1)).attr('data-cy', cy.toFixed(1))
        .attr('data-iso', c.iso).attr('data-numeric', c.numeric).attr('data-events', c.events);
    }
    const points = svg.append('g').attr('class', 'cities');
    const located = cities.cities.filter(c => typeof c.lat === 'number');
    const radius = d3.scaleSqrt().domain([1, Math.max(2, d3.max(located, c => c.events) || 1)]).range([2.5, 9]);
    for (const c of located) {
      const [px, py] = projection([c.lon, c.lat]);
      const a = S.link(points, c.href, `${c.label}: ${c.events} ${S.T.events}`).attr('class', 'city-link');
      a.append('title').text(`${c.label} · ${c.events} ${S.T.events}`);
      a.append('circle').attr('class', 'city').attr('cx', px).attr('cy', py).attr('r', radius(c.events))
        .attr('data-events', c.events);
    }
    const unmapped = data.countries.filter(c => !drawnIds.has(c.numeric));
    svg.attr('data-countries', drawnIds.size).attr('data-unmapped', unmapped.length).attr('data-cities', located.length);
    if (unmapped.length) {
      const p = d3.select(caption).append('p').attr('class', 'unmapped');
      p.append('span').text(S.T.notOnMap ? S.T.notOnMap + ': ' : '');
      unmapped.forEach((c, i) => {
        p.append('a').attr('href', c.href).text(c.label);
        p.append('span').text(` (${c.events})${i < unmapped.length - 1 ? ', ' : ''}`);
      });
    }
    S.drawn(figure);
  }

  function drawPairs(figure, data) {
    if (!data.pairs.length) {
      d3.select(figure).insert('p', 'figcaption').attr('class', 'empty').text(S.T.noEvents);
      S.drawn(figure);
      return;
    }
    const w = S.width(figure, 480);
    const row = 24;
    const h = data.pairs.length * row + 8;
    const x = d3.scaleLinear().domain([0, d3.max(data.pairs, p => p.events)]).range([0, w * 0.35]);
    const svg = d3.select(figure).insert('svg', 'figcaption').attr('class', 'pairs')
      .attr('viewBox', `0 0 ${w} ${h}`).attr('width', w).attr('height', h).attr('data-pairs', data.pairs.length);
    data.pairs.forEach((p, i) => {
      const name = `${p.a.label} — ${p.b.label}`;
      const a = S.link(svg, p.href, `${name}: ${p.events} ${S.T.events}`).attr('class', 'pair')
        .attr('data-events', p.events);
      a.append('title').text(`${name} · ${p.events} ${S.T.events}`);
      a.append('rect').attr('x', 0).attr('y', i * row + 4).attr('width', Math.max(2, x(p.events))).attr('height', row - 8)
        .attr('fill', S.kindColour(p.kind));
      a.append('text').attr('x', x(p.events) + 6).attr('y', i * row + row / 2 + 4).attr('class', 'label')
        .text(`${name} (${p.events})`);
    });
    S.drawn(figure);
  }
})();
