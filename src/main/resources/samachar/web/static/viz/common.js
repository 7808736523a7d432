/*
 * What the pictures of every page share: fetching their JSON, the colour of each CAMEO root
 * category, how an event's modality is drawn, and legends. Every label is set with d3's text()
 * or textContent, never as markup: labels come from news articles.
 */
(function () {
  'use strict';
  const holder = document.getElementById('viz-text');
  const T = holder ? holder.dataset : {};

  // Cooperation (01–08) in blues and greens, conflict (09–20) from yellow through red to purple.
  const ROOTS = {
    '01': '#9ecae1', '02': '#6baed6', '03': '#4292c6', '04': '#2171b5', '05': '#08519c',
    '06': '#74c476', '07': '#31a354', '08': '#006d2c', '09': '#fdd49e', '10': '#fdae6b',
    '11': '#fd8d3c', '12': '#f16913', '13': '#d94801', '14': '#a63603', '15': '#fb6a4a',
    '16': '#ef3b2c', '17': '#cb181d', '18': '#a50f15', '19': '#67000d', '20': '#54278f'
  };
  const KINDS = { person: '#8a2b0e', country: '#2171b5', city: '#31a354', organization: '#756bb1', other: '#777' };

  function colour(root) {
    return ROOTS[root] || '#888';
  }

  function kindColour(kind) {
    return KINDS[kind] || KINDS.other;
  }

  async function json(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error(url + ': HTTP ' + response.status);
    }
    return response.json();
  }

  /** "expected" is drawn and named as "planned": both are told as yet to come. */
  function modalityClass(modality) {
    return modality === 'expected' ? 'planned' : modality;
  }

  function modalityText(modality) {
    return T[modalityClass(modality)] || modality;
  }

  /** Asserted events are filled; planned hollow; possible hollow and dashed; denied grey and struck. */
  function paint(selection, root, modality) {
    const m = modalityClass(modality);
    const c = colour(root);
    selection.attr('class', (selection.attr('class') || '') + ' modality-' + m)
      .attr('fill', m === 'asserted' ? c : m === 'denied' ? '#bbb' : '#fff')
      .attr('stroke', m === 'denied' ? '#555' : c)
      .attr('stroke-width', m === 'asserted' ? 1 : 2)
      .attr('stroke-dasharray', m === 'possible' ? '2,2' : null);
  }

  /** A list of coloured swatches and names; {code, label} items. */
  function legend(container, items, colourOf) {
    const ul = d3.select(container).append('ul').attr('class', 'legend');
    const li = ul.selectAll('li').data(items).join('li');
    li.append('span').attr('class', 'swatch').style('background', colourOf).attr('aria-hidden', 'true');
    li.append('span').text(d => d.label);
    return ul;
  }

  function modalityLegend(container) {
    const ul = d3.select(container).append('ul').attr('class', 'legend modalities');
    for (const m of ['asserted', 'planned', 'possible', 'denied']) {
      const li = ul.append('li');
      const svg = li.append('svg').attr('width', 14).attr('height', 14).attr('aria-hidden', 'true');
      paint(svg.append('circle').attr('cx', 7).attr('cy', 7).attr('r', 5), '04', m);
      if (m === 'denied') {
        svg.append('line').attr('x1', 2).attr('y1', 12).attr('x2', 12).attr('y2', 2).attr('stroke', '#555');
      }
      li.append('span').text(modalityText(m));
    }
  }

  /** A day from an xsd:date, gYearMonth or gYear lexical form (the first day it names). */
  function day(text) {
    const t = (text || '').slice(0, 10);
    const full = t.length === 4 ? t + '-01-01' : t.length === 7 ? t + '-01' : t;
    return d3.utcParse('%Y-%m-%d')(full);
  }

  function failed(figure, error) {
    figure.classList.add('failed');
    figure.dataset.error = String(error);
    console.warn(error);
  }

  /** Marks a figure as drawn, for readers of the page and for tests. */
  function drawn(figure) {
    figure.classList.add('drawn');
    figure.setAttribute('data-drawn', 'true');
  }

  /** An SVG link: keyboard reachable and followed like any link, named for screen readers. */
  function link(parent, href, name) {
    return parent.append('a').attr('href', href).attr('aria-label', name);
  }

  function width(figure, fallback) {
    return Math.max(320, Math.floor(figure.getBoundingClientRect().width) || fallback);
  }

  window.Samachar = { T, colour, kindColour, json, paint, legend, modalityLegend, modalityText, day, failed, drawn, link, width };
})();
