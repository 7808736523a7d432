/*
 * An entity's pictures: the timeline of its events (one mark per event, coloured by CAMEO root,
 * modality drawn as in common.js; stacked bars per month when there are too many marks to tell
 * apart), whose brush sets the period of the page, and its ego network, whose edges open the
 * events the two actors share. The tables of the page say the same in plain HTML.
 */
(function () {
  'use strict';
  const S = window.Samachar;
  /** More events than this are drawn as stacked bars per month and root. */
  const DENSE = 150;

  const timeline = document.querySelector('figure.timeline-chart');
  const network = document.querySelector('figure.network-chart');
  if (timeline) {
    S.json(timeline.dataset.api).then(d => drawTimeline(timeline, d)).catch(e => S.failed(timeline, e));
  }
  if (network) {
    S.json(network.dataset.api).then(d => drawNetwork(network, d)).catch(e => S.failed(network, e));
  }

  function drawTimeline(figure, data) {
    const events = data.events.map(e => Object.assign({ day: S.day(e.date) }, e)).filter(e => e.day);
    const caption = figure.querySelector('figcaption');
    if (!events.length) {
      d3.select(figure).insert('p', 'figcaption').attr('class', 'empty').text(S.T.noEvents);
      S.drawn(figure);
      return;
    }
    const w = S.width(figure, 900);
    const h = 190;
    const m = { top: 12, right: 18, bottom: 26, left: 18 };
    const extent = d3.extent(events, e => e.day);
    const x = d3.scaleUtc()
      .domain([d3.utcDay.offset(extent[0], -20), d3.utcDay.offset(extent[1], 20)])
      .range([m.left, w - m.right]);
    const svg = d3.select(figure).insert('svg', 'figcaption')
      .attr('class', 'timeline').attr('viewBox', `0 0 ${w} ${h}`).attr('width', w).attr('height', h)
      .attr('data-events', events.length)
      .attr('aria-label', `${data.entity.label}: ${events.length} ${S.T.events}`);
    svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${h - m.bottom})`)
      .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(w / 110))));

    // The brush lies under the marks, so marks stay links and empty ground selects a period.
    const brush = d3.brushX().extent([[m.left, m.top], [w - m.right, h - m.bottom]]).on('end', chosen);
    svg.append('g').attr('class', 'brush').call(brush);

    const marks = svg.append('g').attr('class', 'marks');
    if (events.length > DENSE) {
      stacked(marks, events, x, h - m.bottom, m.top);
      d3.select(figure).insert('p', 'figcaption').attr('class', 'note').text(S.T.stacked);
    } else {
      dots(marks, events, x, h - m.bottom);
    }
    const used = new Set(events.map(e => e.root));
    S.legend(caption, data.roots.filter(r => used.has(r.code)), r => S.colour(r.code));
    S.modalityLegend(caption);
    if (data.truncated) {
      d3.select(caption).append('p').attr('class', 'warning').text(`${events.length}+`);
    }
    S.drawn(figure);

    function chosen(event) {
      if (!event.selection) {
        return;
      }
      const [a, b] = event.selection.map(x.invert);
      const form = document.querySelector('form.period');
      const iso = d3.utcFormat('%Y-%m-%d');
      form.elements.from.value = iso(a);
      form.elements.to.value = iso(b);
      form.submit();
    }
  }

  /** One circle per event; events of the same day pile up. */
  function dots(g, events, x, baseline) {
    const perDay = new Map();
    for (const e of events) {
      const key = e.date.slice(0, 10);
      e.level = perDay.get(key) || 0;
      perDay.set(key, e.level + 1);
    }
    const a = g.selectAll('a.mark').data(events).join(enter => {
      const link = enter.append('a').attr('class', 'mark').attr('href', e => e.href)
        .attr('aria-label', e => `${e.date} ${e.label} (${S.modalityText(e.modality)})`)
        .attr('data-count', 1).attr('data-root', e => e.root).attr('data-modality', e => e.modality);
      link.append('title').text(e => `${e.date} · ${e.label} · ${S.modalityText(e.modality)}`
        + (e.roles.length ? ` · ${e.roles.join(', ')}` : ''));
      return link;
    });
    a.each(function (e) {
      const cx = x(e.day);
      const cy = baseline - 10 - e.level * 13;
      const circle = d3.select(this).append('circle').attr('cx', cx).attr('cy', cy).attr('r', 5.5);
      S.paint(circle, e.root, e.modality);
      if (e.modality === 'denied') {
        d3.select(this).append('line').attr('x1', cx - 5).attr('y1', cy + 5).attr('x2', cx + 5).attr('y2', cy - 5)
          .attr('stroke', '#555').attr('stroke-width', 1.5);
      }
    });
  }

  /** Bars per month, stacked by root; each part names its count and links to that month. */
  function stacked(g, events, x, baseline, top) {
    const months = d3.rollup(events, v => v.length, e => e.date.slice(0, 7), e => e.root);
    const max = d3.max(months, ([, roots]) => d3.sum(roots.values()));
    const y = d3.scaleLinear().domain([0, max]).range([0, baseline - top]);
    const page = location.pathname;
    for (const [month, roots] of months) {
      const start = S.day(month);
      const x0 = x(start);
      const x1 = Math.max(x0 + 2, x(d3.utcMonth.offset(start, 1)) - 1);
      let level = 0;
      for (const [root, count] of [...roots].sort()) {
        const last = d3.utcDay.offset(d3.utcMonth.offset(start, 1), -1);
        const href = `${page}?from=${month}-01&to=${d3.utcFormat('%Y-%m-%d')(last)}&lang=${S.T.lang}#events`;
        const a = g.append('a').attr('class', 'mark bar').attr('href', href).attr('data-count', count)
          .attr('data-root', root).attr('aria-label', `${month}: ${count}`);
        a.append('title').text(`${month} · ${count} ${S.T.events}`);
        a.append('rect').attr('x', x0).attr('width', x1 - x0).attr('y', baseline - y(level + count))
          .attr('height', Math.max(1, y(count))).attr('fill', S.colour(root));
        level += count;
      }
    }
  }

  function drawNetwork(figure, data) {
    const caption = figure.querySelector('figcaption');
    if (!data.nodes.length) {
      d3.select(figure).insert('p', 'figcaption').attr('class', 'empty').text(S.T.noEvents);
      S.drawn(figure);
      return;
    }
    const w = S.width(figure, 900);
    const h = 440;
    const centre = Object.assign({ id: data.center.iri, kind: 'centre', fx: w / 2, fy: h / 2 }, data.center);
    const nodes = [centre].concat(data.nodes.map(n => Object.assign({ id: n.iri }, n)));
    const max = d3.max(data.edges, e => e.events);
    const links = data.edges.map(e => Object.assign({}, e));
    const weight = d3.scaleSqrt().domain([1, Math.max(2, max)]).range([1.5, 9]);
    const simulation = d3.forceSimulation(nodes)
      .force('link', d3.forceLink(links).id(n => n.id).distance(l => 190 - 80 * (l.events / max)))
      .force('charge', d3.forceManyBody().strength(-260))
      .force('collide', d3.forceCollide(34))
      .stop();
    // Laid out once, before drawing: the picture is still and the same on every visit.
    for (let i = 0; i < 300; i++) {
      simulation.tick();
    }
    for (const n of nodes) {
      n.x = Math.max(40, Math.min(w - 40, n.x));
      n.y = Math.max(20, Math.min(h - 20, n.y));
    }
    const svg = d3.select(figure).insert('svg', 'figcaption')
      .attr('class', 'network').attr('viewBox', `0 0 ${w} ${h}`).attr('width', w).attr('height', h)
      .attr('data-nodes', nodes.length - 1)
      .attr('aria-label', `${data.center.label}: ${nodes.length - 1}`);
    const edges = svg.append('g').attr('class', 'edges').selectAll('a.edge').data(links).join('a')
      .attr('class', 'edge').attr('href', l => l.href).attr('data-target', l => l.target.id)
      .attr('data-events', l => l.events)
      .attr('aria-label', l => `${data.center.label} — ${l.target.label}: ${l.events} ${S.T.events}`);
    edges.append('title').text(l => `${data.center.label} — ${l.target.label}: ${l.events} ${S.T.events}`);
    // A wide invisible line under the visible one makes thin edges easy to click.
    edges.append('line').attr('class', 'hit').attr('stroke', 'transparent').attr('stroke-width', 14)
      .attr('x1', l => l.source.x).attr('y1', l => l.source.y).attr('x2', l => l.target.x).attr('y2', l => l.target.y);
    edges.append('line').attr('class', 'visible').attr('stroke', '#9aa3ad').attr('stroke-width', l => weight(l.events))
      .attr('x1', l => l.source.x).attr('y1', l => l.source.y).attr('x2', l => l.target.x).attr('y2', l => l.target.y);
    const node = svg.append('g').attr('class', 'nodes').selectAll('a.node').data(nodes).join('a')
      .attr('class', n => n.kind === 'centre' ? 'node centre' : 'node').attr('href', n => n.href)
      .attr('data-iri', n => n.id).attr('aria-label', n => n.label);
    node.append('title').text(n => n.label);
    node.append('circle').attr('cx', n => n.x).attr('cy', n => n.y).attr('r', n => n.kind === 'centre' ? 12 : 7)
      .attr('fill', n => n.kind === 'centre' ? '#1d232b' : S.kindColour(n.kind)).attr('stroke', '#fff').attr('stroke-width', 1.5);
    node.append('text').attr('x', n => n.x).attr('y', n => n.y - (n.kind === 'centre' ? 16 : 11))
      .attr('text-anchor', 'middle').attr('class', 'label').text(n => n.label);
    const kinds = [...new Set(data.nodes.map(n => n.kind))].map(k => ({ code: k, label: S.T[k] || k }));
    S.legend(caption, kinds, k => S.kindColour(k.code));
    S.drawn(figure);
  }
})();
