/*
 * An event's pictures: its place on the map (a city as a point, a country shaded), its time on a
 * small timeline beside the reports that tell it (each at its article's date, drawn by the
 * report's modality), and its actors as a small graph, each linked to the event by its role.
 */
(function () {
  'use strict';
  const S = window.Samachar;
  const where = document.querySelector('figure.event-map');
  const when = document.querySelector('figure.event-reports');
  const who = document.querySelector('figure.event-roles');
  const api = (where || when || who) && (where || when || who).dataset.api;
  if (!api) {
    return;
  }
  const context = S.json(api);
  if (where) {
    Promise.all([context, S.json(where.dataset.atlas)]).then(([d, atlas]) => drawPlace(where, d, atlas))
      .catch(e => S.failed(where, e));
  }
  if (when) {
    context.then(d => drawReports(when, d)).catch(e => S.failed(when, e));
  }
  if (who) {
    context.then(d => drawRoles(who, d)).catch(e => S.failed(who, e));
  }

  function drawPlace(figure, data, atlas) {
    const w = S.width(figure, 420);
    const h = 260;
    const features = topojson.feature(atlas, atlas.objects.countries).features;
    const shaded = new Set(data.places.filter(p => p.numeric).map(p => p.numeric));
    const points = data.places.filter(p => typeof p.lat === 'number');
    const focus = features.filter(f => shaded.has(f.id));
    // A point alone gives no extent to fit: a box of ±12° around it does.
    for (const p of points) {
      focus.push({ type: 'Feature', geometry: { type: 'MultiPoint', coordinates: [[p.lon - 12, p.lat - 8], [p.lon + 12, p.lat + 8]] } });
    }
    const svg = d3.select(figure).insert('svg', 'figcaption').attr('class', 'event-map map')
      .attr('viewBox', `0 0 ${w} ${h}`).attr('width', w).attr('height', h)
      .attr('data-places', points.length + features.filter(f => shaded.has(f.id)).length);
    if (!focus.length) {
      svg.attr('height', 0);
      S.drawn(figure);
      return;
    }
    const projection = d3.geoMercator().fitExtent([[12, 12], [w - 12, h - 12]], { type: 'FeatureCollection', features: focus });
    const path = d3.geoPath(projection);
    svg.append('rect').attr('width', w).attr('height', h).attr('fill', '#eef4f8');
    const byNumeric = new Map(data.places.filter(p => p.numeric).map(p => [p.numeric, p]));
    for (const f of features) {
      const place = byNumeric.get(f.id);
      if (place) {
        const a = S.link(svg, place.href, place.label).attr('class', 'country-link');
        a.append('title').text(place.label);
        a.append('path').attr('class', 'country has-events place').attr('d', path(f)).attr('fill', '#fd8d3c');
      } else {
        svg.append('path').attr('class', 'country').attr('d', path(f)).attr('fill', '#e2e2e2');
      }
    }
    for (const p of points) {
      const [px, py] = projection([p.lon, p.lat]);
      const a = S.link(svg, p.href, p.label).attr('class', 'city-link');
      a.append('title').text(p.label);
      a.append('circle').attr('class', 'city place').attr('cx', px).attr('cy', py).attr('r', 6);
      a.append('text').attr('class', 'label').attr('x', px + 9).attr('y', py + 4).text(p.label);
    }
    S.drawn(figure);
  }

  function drawReports(figure, data) {
    const reports = data.reports.map(r => Object.assign({ day: S.day(r.published || r.date) }, r)).filter(r => r.day);
    const eventDay = S.day(data.event.date);
    const days = reports.map(r => r.day).concat(eventDay ? [eventDay] : []);
    const w = S.width(figure, 600);
    const h = 110;
    const svg = d3.select(figure).insert('svg', 'figcaption').attr('class', 'reports')
      .attr('viewBox', `0 0 ${w} ${h}`).attr('width', w).attr('height', h).attr('data-reports', reports.length);
    if (!days.length) {
      svg.attr('height', 0);
      S.drawn(figure);
      return;
    }
    const extent = d3.extent(days);
    const x = d3.scaleUtc().domain([d3.utcDay.offset(extent[0], -5), d3.utcDay.offset(extent[1], 5)]).range([20, w - 20]);
    svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${h - 24})`).call(d3.axisBottom(x).ticks(5));
    if (eventDay) {
      const g = svg.append('g').attr('class', 'event-time');
      g.append('line').attr('x1', x(eventDay)).attr('x2', x(eventDay)).attr('y1', 8).attr('y2', h - 24)
        .attr('stroke', S.colour(data.event.root)).attr('stroke-width', 3);
      g.append('title').text(`${data.event.label} · ${data.event.date}`);
    }
    const perDay = new Map();
    for (const r of reports) {
      const key = d3.utcFormat('%Y-%m-%d')(r.day);
      const level = perDay.get(key) || 0;
      perDay.set(key, level + 1);
      const a = S.link(svg, r.article.href, `${r.article.label} (${S.modalityText(r.modality)})`).attr('class', 'report');
      a.append('title').text(`${S.T.published} ${r.published} · ${r.article.label} · ${S.modalityText(r.modality)}`
        + (r.date ? ` · ${S.T.reportTime} ${r.date}` : ''));
      S.paint(a.append('circle').attr('cx', x(r.day)).attr('cy', h - 38 - level * 14).attr('r', 6), data.event.root, r.modality);
    }
    S.modalityLegend(figure.querySelector('figcaption'));
    S.drawn(figure);
  }

  function drawRoles(figure, data) {
    const actors = data.actors;
    const w = S.width(figure, 600);
    const h = Math.max(200, Math.min(360, 90 + actors.length * 26));
    const cx = w / 2;
    const cy = h / 2;
    const rx = Math.min(w / 2 - 90, 240);
    const ry = h / 2 - 30;
    const svg = d3.select(figure).insert('svg', 'figcaption').attr('class', 'roles')
      .attr('viewBox', `0 0 ${w} ${h}`).attr('width', w).attr('height', h).attr('data-actors', actors.length);
    actors.forEach((a, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, actors.length) - Math.PI / 2;
      a.x = cx + rx * Math.cos(angle);
      a.y = cy + ry * Math.sin(angle);
    });
    const edges = svg.append('g').attr('class', 'edges');
    for (const a of actors) {
      edges.append('line').attr('x1', cx).attr('y1', cy).attr('x2', a.x).attr('y2', a.y).attr('stroke', '#9aa3ad').attr('stroke-width', 1.5);
      edges.append('text').attr('class', 'label role').attr('x', cx + 0.62 * (a.x - cx)).attr('y', cy + 0.62 * (a.y - cy) - 4).attr('text-anchor', 'middle')
        .text(a.role);
    }
    const centre = svg.append('g').attr('class', 'centre');
    centre.append('circle').attr('cx', cx).attr('cy', cy).attr('r', 13).attr('fill', S.colour(data.event.root));
    centre.append('text').attr('class', 'label').attr('x', cx).attr('y', cy - 18).attr('text-anchor', 'middle').text(data.event.label);
    for (const a of actors) {
      const link = S.link(svg, a.href, `${a.role}: ${a.label}`).attr('class', 'actor').attr('data-role', a.role);
      link.append('title').text(`${a.role}: ${a.label}`);
      link.append('circle').attr('cx', a.x).attr('cy', a.y).attr('r', 7).attr('fill', '#8a2b0e');
      link.append('text').attr('class', 'label').attr('x', a.x).attr('y', a.y - 11).attr('text-anchor', 'middle').text(a.label);
    }
    S.drawn(figure);
  }
})();
