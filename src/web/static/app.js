// Counterweight dashboard: the little the pages need from script. Served as a file under a strict
// Content-Security-Policy (no inline code); builds its own DOM nodes with textContent only, never
// HTML strings. Reads the server's JSON, and the tables of its own pages (server-escaped markup,
// parsed inert by DOMParser, scripts dropped) to show the rows behind a finding.

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
// The rows are the server's own pages (/deals, /votes), so their tables read exactly as everywhere
// else: the script takes the tables out of the page and shows them in place. No formatting here.

async function tablesOf(href) {
  const res = await fetch(href, { headers: { accept: 'text/html' } });
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
  const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
  return $$('main figure.table', doc).map((f) => {
    for (const x of $$('script, iframe, object, embed', f)) x.remove();
    return document.importNode(f, true);
  });
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
        if (link.dataset.deals) parts.push(...(await tablesOf(link.dataset.deals)));
        if (link.dataset.votes) parts.push(...(await tablesOf(link.dataset.votes)));
        panel.replaceChildren(...parts);
        csvButtons(panel);
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

function csvButtons(root = document) {
  for (const button of $$('button[data-csv-table]', root)) {
    const tableEl = root.querySelector(`#${CSS.escape(button.dataset.csvTable)}`) ?? document.getElementById(button.dataset.csvTable);
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

// --- Sortable tables: a header click sorts by that column (numbers by data-value), again reverses.

function sortKey(cell) {
  const raw = cell?.hasAttribute('data-value') ? cell.getAttribute('data-value') : (cell?.textContent ?? '').trim();
  const n = Number(raw);
  return raw !== '' && Number.isFinite(n) ? n : raw.toLowerCase();
}

function sortableTables(root = document) {
  for (const tableEl of $$('table[data-sortable]', root)) {
    const body = tableEl.tBodies[0];
    $$('thead th', tableEl).forEach((th, col) => {
      const button = el('button', { type: 'button', class: 'sort' }, [th.textContent]);
      th.textContent = '';
      th.append(button);
      th.setAttribute('aria-sort', 'none');
      button.addEventListener('click', () => {
        const down = th.getAttribute('aria-sort') !== 'descending';
        for (const other of $$('thead th', tableEl)) other.setAttribute('aria-sort', 'none');
        th.setAttribute('aria-sort', down ? 'descending' : 'ascending');
        const rows = Array.from(body.rows);
        rows.sort((a, b) => {
          const x = sortKey(a.cells[col]);
          const y = sortKey(b.cells[col]);
          const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
          return down ? -order : order;
        });
        body.append(...rows);
      });
    });
  }
}

function start() {
  for (const input of $$('input[data-country-search]')) countrySearch(input);
  findings();
  csvButtons();
  sortableTables();
  document.documentElement.classList.add('js');
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
