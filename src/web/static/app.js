// Counterweight dashboard: the little the pages need from script. Served as a file under a strict
// Content-Security-Policy (no inline code); builds DOM nodes with textContent only, never HTML
// strings, so nothing fetched can inject markup. Reads only the server's JSON.

const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') node.textContent = String(v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children) node.append(c);
  return node;
}

async function getJson(url) {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => ({ error: `HTTP ${res.status}`, detail: null }));
  if (!res.ok) throw new Error(body.error || `HTTP ${res.status}`);
  return body;
}

// --- Country search: a combobox over /api/countries, keyboard first. -----------------------------

function countrySearch(input) {
  const list = document.getElementById(input.getAttribute('aria-controls'));
  if (!list) return;
  let results = [];
  let active = -1;
  let timer = 0;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const go = (hit) => {
    window.location.assign(`/country/${encodeURIComponent(hit.name)}`);
  };
  const highlight = (i) => {
    active = i;
    $$('[role="option"]', list).forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `country-option-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const render = () => {
    list.replaceChildren(
      ...results.map((hit, i) => {
        const li = el('li', { id: `country-option-${i}`, role: 'option', 'aria-selected': 'false', class: hit.hasArms ? '' : 'no-data' }, [
          el('span', { class: 'name', text: hit.name }),
          el('span', { class: 'code', text: hit.iso3 ?? '' }),
          hit.matched ? el('span', { class: 'alias', text: `“${hit.matched}”` }) : '',
          hit.hasArms ? '' : el('span', { class: 'alias', text: 'no arms data' }),
        ]);
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          go(hit);
        });
        return li;
      }),
    );
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', String(results.length > 0));
    highlight(results.length ? 0 : -1);
  };
  const search = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      results = [];
      render();
      return;
    }
    try {
      const body = await getJson(`/api/countries?q=${encodeURIComponent(q)}&limit=8`);
      if (mine !== seq) return; // a newer keystroke won
      results = body.results;
      render();
    } catch {
      results = [];
      render();
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden) return void search();
      e.preventDefault();
      const n = results.length;
      if (n) highlight((active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter') {
      if (!list.hidden && active >= 0 && results[active]) {
        e.preventDefault();
        go(results[active]);
      }
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}

// --- Findings: a click on a sentence shows the rows behind it. ------------------------------------

function number(v, digits = 0) {
  if (v === null || v === undefined || Number.isNaN(v)) return '';
  return Number(v).toLocaleString('en-US', { maximumFractionDigits: digits });
}

function table(caption, columns, rows) {
  return el('div', { class: 'table-wrap' }, [
    el('table', {}, [
      el('caption', { text: caption }),
      el('thead', {}, [el('tr', {}, columns.map((c) => el('th', { scope: 'col', class: c.num ? 'num' : null, text: c.header })))]),
      el('tbody', {}, rows.map((r) => el('tr', {}, r.map((v, i) => el('td', { class: columns[i].num ? 'num' : null, text: v }))))),
    ]),
  ]);
}

/** 2001, 2002, 2003, 2005 → 2001–2003, 2005 (as the CLI prints delivery years). */
function compactYears(years) {
  const out = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    out.push(j > i ? `${years[i]}–${years[j]}` : String(years[i]));
    i = j + 1;
  }
  return out.join(', ');
}

function dealsTable(body, total) {
  const shown = total && total > body.count ? `the ${body.count} largest of ${total} deals` : `${body.count} deals`;
  return table(
    `${shown}, largest first (${body.dataset}; Line = line of the deal in the source file)`,
    [
      { header: 'Line', num: true }, { header: 'Supplier' }, { header: 'Weapon' }, { header: 'Category' },
      { header: 'Ordered', num: true }, { header: 'Delivered', num: true }, { header: 'Delivery years' },
      { header: 'TIV delivered', num: true }, { header: 'Status' },
    ],
    body.deals.map((d) => [
      String(d.line), d.supplier, `${d.designation} (${d.description})`, d.category,
      `${d.numberOrdered === null ? '?' : number(d.numberOrdered)}${d.orderYear === null ? '' : ` in ${d.orderYear}${d.orderYearUncertain ? '?' : ''}`}`,
      d.numberDelivered === null ? '' : number(d.numberDelivered),
      compactYears(d.deliveryYears), number(d.tivDelivered, 1), `${d.status}${d.pending ? ' (pending)' : ''}`,
    ]),
  );
}

function votesTable(body) {
  return table(
    `UN General Assembly votes of ${body.country.name} (${body.dataset}): share of votes agreeing`,
    [{ header: 'Year', num: true }, { header: 'Votes', num: true }, ...body.patrons.map((p) => ({ header: `with ${p}`, num: true })), { header: 'Note' }],
    body.years.map((y) => [
      String(y.year), number(y.votes), ...body.patrons.map((p) => (y.agreement[p] == null ? '–' : `${Math.round(y.agreement[p] * 100)} %`)), y.caveat ?? '',
    ]),
  );
}

function findings() {
  for (const link of $$('a.sentence')) {
    const panel = document.getElementById(link.getAttribute('aria-controls'));
    if (!panel) continue;
    let loaded = false;
    link.addEventListener('click', async (e) => {
      e.preventDefault();
      const open = link.getAttribute('aria-expanded') === 'true';
      link.setAttribute('aria-expanded', String(!open));
      panel.hidden = open;
      if (open || loaded) return;
      loaded = true;
      panel.replaceChildren(el('p', { class: 'muted', text: 'Loading the rows…' }));
      const parts = [];
      try {
        if (link.dataset.deals) parts.push(dealsTable(await getJson(link.dataset.deals), Number(link.dataset.rows) || 0));
        if (link.dataset.votes) parts.push(votesTable(await getJson(link.dataset.votes)));
        panel.replaceChildren(...parts);
      } catch (err) {
        loaded = false;
        panel.replaceChildren(el('p', { class: 'error-message', text: `Could not load the rows: ${err.message}` }));
      }
    });
  }
}

// --- Every table downloadable as CSV. --------------------------------------------------------------

function csvField(s) {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function tableToCsv(tableEl) {
  return $$('tr', tableEl)
    .map((tr) =>
      $$('th, td', tr)
        .map((cell) => csvField(cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent.trim()))
        .join(','),
    )
    .join('\r\n') + '\r\n';
}

function csvButtons() {
  for (const button of $$('button[data-csv-table]')) {
    const tableEl = document.getElementById(button.dataset.csvTable);
    if (!tableEl) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      const blob = new Blob([tableToCsv(tableEl)], { type: 'text/csv;charset=utf-8' });
      const url = URL.createObjectURL(blob);
      const a = el('a', { href: url, download: button.dataset.csvName || 'table.csv' });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });
  }
}

function start() {
  for (const input of $$('input[data-country-search]')) countrySearch(input);
  findings();
  csvButtons();
  document.documentElement.classList.add('js');
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
