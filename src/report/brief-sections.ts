// What the balance brief says, decided once: sections of tables, lists and notes as plain strings.
// The terminal, Markdown and HTML renderers only lay these out, so the three never disagree.
import type { AlignmentYear, Brief, BriefWindow, PendingDeal, Ref } from '../core/brief.js';
import { type Column } from './table.js';
import { formatCount, formatShare, formatTiv, formatYearList, formatYears } from '../core/format.js';
import { compareText } from '../core/compare.js';

export interface Note {
  marker: string;
  text: string;
}

export type Block =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | {
      kind: 'table';
      caption: string;
      columns: Column[];
      rows: string[][];
      /** Per row: `total` (sums), `caveat` (a note applies) or undefined. */
      rowKinds?: ('total' | 'caveat' | undefined)[];
      notes: Note[];
      refs: { label: string; ref: Ref }[];
    }
  | { kind: 'narrative'; sentences: { text: string; refs: Ref[] }[] }
  | { kind: 'definitions'; items: { term: string; value: string }[] }
  /** Only the HTML page draws charts; text renderers skip this block. */
  | { kind: 'chart'; chart: ChartName };

export type ChartName = 'patronShare' | 'category' | 'alignment' | 'balance';

export interface Section {
  id: string;
  title: string;
  blocks: Block[];
}

/** The name of a patron (or any iso3) as the brief displays it. */
export function patronName(brief: Brief, iso3: string): string {
  return brief.patronNames[iso3] ?? iso3;
}

export function countryLabel(brief: Brief): string {
  return brief.country.iso3 ? `${brief.country.name} (${brief.country.iso3})` : brief.country.name;
}

export function briefTitle(brief: Brief): string {
  return `Balance brief: ${countryLabel(brief)}`;
}

/** The compact reference printed after a figure: `[suppliers MMR 2001–2020, 87 rows]`. */
export function formatRef(ref: Ref): string {
  return `[${ref.query}, ${formatCount(ref.rowCount)} ${ref.rowCount === 1 ? 'row' : 'rows'}]`;
}

function datasetVersion(brief: Brief, kind: 'sipri' | 'unga'): string | null {
  const dataset = brief.provenance.datasets.find((d) => `${d.kind} ${d.id}`.toLowerCase().includes(kind));
  return dataset?.version ?? null;
}

/** Source line under arms figures, with the export's `Data generated` stamp when known. */
export function armsSourceLine(brief: Brief): string {
  const version = datasetVersion(brief, 'sipri');
  return `Source: SIPRI Arms Transfers Database${version ? `, data generated ${version}` : ''}.`;
}

/** Source line under UN vote figures. */
export function votesSourceLine(brief: Brief): string {
  const version = datasetVersion(brief, 'unga');
  return (
    'Source: Bailey, Strezhnev & Voeten, UNGA ideal points and agreement scores' +
    `${version ? ` (${version})` : ''}.`
  );
}

/** Distinct caveats of the alignment years, numbered in order of first appearance. */
export function alignmentCaveats(alignment: AlignmentYear[]): (Note & { years: number[] })[] {
  const byText = new Map<string, number[]>();
  for (const year of alignment) {
    if (!year.caveat) continue;
    const years = byText.get(year.caveat) ?? [];
    years.push(year.year);
    byText.set(year.caveat, years);
  }
  return [...byText].map(([text, years], i) => ({ marker: `[${i + 1}]`, text, years }));
}

export function briefSections(brief: Brief): Section[] {
  return [
    headerSection(brief),
    findingsSection(brief),
    suppliersSection(brief),
    rankSection(brief),
    categorySection(brief),
    pendingSection(brief),
    alignmentSection(brief),
    coverSection(brief),
    economySection(brief),
    provenanceSection(brief),
  ];
}

function headerSection(brief: Brief): Section {
  const patrons = brief.patrons.map((p) => `${patronName(brief, p)} (${p})`).join(', ');
  return {
    id: 'summary',
    title: briefTitle(brief),
    blocks: [
      {
        kind: 'text',
        text: `Whom does ${brief.country.name} lean on, for arms and in UN votes, and is it shifting?`,
      },
      { kind: 'text', text: `Patrons compared: ${patrons || 'none'}.` },
    ],
  };
}

function findingsSection(brief: Brief): Section {
  const blocks: Block[] = brief.narrative.length
    ? [{ kind: 'narrative', sentences: brief.narrative }]
    : [{ kind: 'text', text: 'No findings: the data hold too little for this country.' }];
  return { id: 'findings', title: 'Key findings', blocks };
}

/**
 * Suppliers shown by name: every patron, then anyone in a window's top five, ordered by their TIV
 * in the first (longest) window.
 */
function namedSuppliers(brief: Brief): { key: string; name: string }[] {
  const windows = brief.arms.windows;
  const named = new Map<string, string>(brief.patrons.map((p) => [p, patronName(brief, p)]));
  const others = new Map<string, string>();
  for (const window of windows) {
    for (const supplier of [...window.suppliers].sort((a, b) => b.tiv - a.tiv).slice(0, 5)) {
      if (!named.has(supplierKey(supplier))) others.set(supplierKey(supplier), supplier.name);
    }
  }
  const firstTiv = (key: string) => windows[0]?.suppliers.find((s) => supplierKey(s) === key)?.tiv ?? 0;
  const rest = [...others].sort((a, b) => firstTiv(b[0]) - firstTiv(a[0]) || compareText(a[1], b[1]));
  return [...named, ...rest].map(([key, name]) => ({ key, name }));
}

/** Suppliers without an iso3 (unknown, non-state, historical) are told apart by name. */
function supplierKey(s: { iso3: string | null; name: string }): string {
  return s.iso3 ?? `name:${s.name}`;
}

function suppliersSection(brief: Brief): Section {
  const windows = brief.arms.windows;
  if (!windows.length) {
    return { id: 'arms', title: 'Arms suppliers', blocks: [{ kind: 'text', text: 'No arms deliveries recorded.' }] };
  }
  const named = namedSuppliers(brief);
  const cells = (w: BriefWindow, key: string) => {
    const s = w.suppliers.find((x) => supplierKey(x) === key);
    return s ? [formatTiv(s.tiv), formatShare(s.share)] : ['–', '–'];
  };
  const keys = new Set(named.map((n) => n.key));
  const othersCells = (w: BriefWindow) => {
    const rest = w.suppliers.filter((s) => !keys.has(supplierKey(s)));
    const tiv = rest.reduce((sum, s) => sum + s.tiv, 0);
    return rest.length ? [formatTiv(tiv), formatShare(w.totalTiv ? tiv / w.totalTiv : 0)] : ['–', '–'];
  };
  const rows = [
    ...named.map((n) => [n.name, ...windows.flatMap((w) => cells(w, n.key))]),
    ['All other suppliers', ...windows.flatMap(othersCells)],
    ['Total', ...windows.flatMap((w) => [formatTiv(w.totalTiv), w.totalTiv ? formatShare(1) : '–'])],
    ['Concentration (HHI)', ...windows.flatMap((w) => ['', w.hhi.toFixed(2)])],
  ];
  const spans = windows.map(
    (w) => `${w.label === 'history' ? 'the whole record' : `the ${w.label}`} (${formatYears(w.from, w.to)})`,
  );
  return {
    id: 'arms',
    title: 'Arms suppliers',
    blocks: [
      {
        kind: 'table',
        caption: `Deliveries of major arms to ${brief.country.name} by supplier, in million TIV and share of the total, over ${joinWords(spans)}.`,
        columns: [
          { header: 'Supplier' },
          ...windows.flatMap((w): Column[] => [
            { header: formatYears(w.from, w.to), align: 'right' },
            { header: 'share', align: 'right' },
          ]),
        ],
        rows,
        rowKinds: rows.map((_, i) => (i >= named.length + 1 ? 'total' : undefined)),
        notes: [
          {
            marker: 'HHI',
            text: 'Herfindahl–Hirschman index of supplier shares: near 0 = many small suppliers, 1 = a single supplier.',
          },
          {
            marker: 'TIV',
            text: "SIPRI trend-indicator value: a volume of military capability delivered, not a price paid.",
          },
        ],
        refs: windows.map((w) => ({ label: `${w.label} ${formatYears(w.from, w.to)}`, ref: w.ref })),
      },
      { kind: 'chart', chart: 'patronShare' },
    ],
  };
}

function rankSection(brief: Brief): Section {
  const changes = brief.arms.rankChanges;
  const blocks: Block[] = changes.length
    ? [{ kind: 'list', items: changes.map((c) => `${c.text}.`) }]
    : [{ kind: 'text', text: 'No patron overtook another across the 5-year windows.' }];
  return { id: 'ranks', title: 'Shifts in rank (5-year windows)', blocks };
}

function categorySection(brief: Brief): Section {
  const from = brief.arms.categoriesFrom;
  const { patrons } = brief;
  const totals = new Map<string, number>();
  for (const p of patrons) {
    for (const c of brief.arms.categories[p] ?? []) totals.set(c.category, (totals.get(c.category) ?? 0) + c.tiv);
  }
  const categories = [...totals].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([c]) => c);
  const patronTotal = (p: string) => (brief.arms.categories[p] ?? []).reduce((sum, c) => sum + c.tiv, 0);
  const rows = [
    ...categories.map((category) => [
      category,
      ...patrons.map((p) => {
        const c = (brief.arms.categories[p] ?? []).find((x) => x.category === category);
        return c ? formatShare(c.share) : '–';
      }),
    ]),
    ['Total (million TIV)', ...patrons.map((p) => formatTiv(patronTotal(p)))],
  ];
  const none = patrons.filter((p) => patronTotal(p) === 0).map((p) => patronName(brief, p));
  const notes: Note[] = none.length
    ? [{ marker: '–', text: `No deliveries since ${from} from ${joinWords(none)}.` }]
    : [];
  return {
    id: 'categories',
    title: `What each patron delivered since ${from}`,
    blocks: [
      {
        kind: 'table',
        caption: `Share of each patron's deliveries to ${brief.country.name} by weapon category, ${from} onwards (% of the patron's TIV).`,
        columns: [
          { header: 'Category' },
          ...patrons.map((p): Column => ({ header: patronName(brief, p), align: 'right' })),
        ],
        rows,
        rowKinds: rows.map((_, i) => (i === rows.length - 1 ? 'total' : undefined)),
        notes,
        refs: [],
      },
      { kind: 'chart', chart: 'category' },
    ],
  };
}

function pendingSection(brief: Brief): Section {
  const pending = brief.arms.pending;
  if (!pending.length) {
    return {
      id: 'pending',
      title: 'Orders not yet delivered',
      blocks: [{ kind: 'text', text: 'No pending orders in the register.' }],
    };
  }
  return {
    id: 'pending',
    title: 'Orders not yet delivered',
    blocks: [
      {
        kind: 'table',
        caption:
          'Deals whose ordered number is not yet fully delivered, newest order first. TIV = value of the whole order (million); Line = line of the deal in the SIPRI trade register file.',
        columns: [
          { header: 'Ordered', align: 'right' },
          { header: 'Supplier' },
          { header: 'Weapon' },
          { header: 'Delivered', align: 'right' },
          { header: 'TIV', align: 'right' },
          { header: 'Line', align: 'right' },
        ],
        rows: pending.map((d) => [
          d.orderYear === null ? '?' : String(d.orderYear),
          d.supplier,
          weaponLabel(d),
          `${formatCount(d.numberDelivered ?? 0)} of ${d.numberOrdered === null ? '?' : formatCount(d.numberOrdered)}`,
          formatTiv(d.tivOrder),
          String(d.line),
        ]),
        notes: [],
        refs: [],
      },
    ],
  };
}

/** `Su-30MK (FGA aircraft)`, with SIPRI's status when the weapons are not new. */
function weaponLabel(d: PendingDeal): string {
  const details = [d.description, d.status && d.status !== 'New' ? d.status.toLowerCase() : ''].filter(Boolean);
  return details.length ? `${d.designation} (${details.join(', ')})` : d.designation;
}

function alignmentSection(brief: Brief): Section {
  const { alignment, patrons } = brief;
  if (!alignment.length) {
    const blocks: Block[] = [{ kind: 'text', text: 'No UN votes recorded.' }];
    return { id: 'alignment', title: 'UN General Assembly votes', blocks };
  }
  const caveats = alignmentCaveats(alignment);
  const markerOf = new Map(caveats.map((c) => [c.text, c.marker]));
  const rows = alignment.map((y) => [
    String(y.year),
    formatCount(y.votes),
    ...patrons.map((p) => formatShare(y.agreement[p] ?? null, 0)),
    y.caveat ? markerOf.get(y.caveat) ?? '' : '',
  ]);
  return {
    id: 'alignment',
    title: 'UN General Assembly votes',
    blocks: [
      { kind: 'chart', chart: 'alignment' },
      {
        kind: 'table',
        caption: `Share of recorded UNGA votes in which ${brief.country.name} voted the same way as each patron, by year.`,
        columns: [
          { header: 'Year', align: 'right' },
          { header: 'Votes', align: 'right' },
          ...patrons.map((p): Column => ({ header: patronName(brief, p), align: 'right' })),
          { header: 'Note' },
        ],
        rows,
        rowKinds: alignment.map((y) => (y.caveat ? 'caveat' : undefined)),
        notes: [
          ...caveats.map((c) => ({ marker: c.marker, text: `${formatYearList(c.years)}: ${c.text}` })),
          ...(brief.alignmentNotes ?? []).map((text) => ({ marker: 'Note:', text })),
        ],
        refs: [],
      },
    ],
  };
}

const OUTCOME_WORD: Record<string, string> = { adopted: 'adopted', vetoed: 'vetoed', failed: 'failed' };
/** Votes as one letter, so a table with several patrons fits a terminal's 80 columns (legend in a note). */
const VOTE_MARK: Record<string, string> = { yes: 'Y', no: 'N', abstain: 'A', absent: '–', 'not a member': '·' };
const VOTE_LEGEND = 'Y yes, N no, A abstained, – absent, · not on the Council.';
const clip = (t: string, n: number) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);
/** `Resolution 2669 (2022)`, `S/RES/2690 (2023)` → `2669 (2022)`. */
const resolutionNumber = (r: string | null) => (r ? (/(\d+\s*\(\d{4}\))/.exec(r)?.[1] ?? r) : '');

/** Who shields the country at the UN: the Council's votes on drafts about it, the Assembly's roll calls about it. */
function coverSection(brief: Brief): Section {
  const title = 'Diplomatic cover at the UN';
  const cover = brief.cover;
  if (!cover) return { id: 'cover', title, blocks: [{ kind: 'text', text: 'No UN Security Council or General Assembly voting records in the store.' }] };
  const { patrons } = brief;
  const blocks: Block[] = [];
  if (cover.sentences.length) blocks.push({ kind: 'narrative', sentences: cover.sentences });
  const c = cover.council;
  if (c && c.votes.length) {
    blocks.push({
      kind: 'table',
      caption: `Security Council votes on drafts about ${brief.country.name}, ${c.from}–${c.to}: each patron's vote.`,
      columns: [{ header: 'Date' }, { header: 'Draft' }, { header: 'Resolution' }, { header: 'Outcome' }, ...patrons.map((p): Column => ({ header: p })), { header: 'Vetoed by' }],
      rows: c.votes.map((v) => [v.date, v.draft, resolutionNumber(v.resolution), OUTCOME_WORD[v.outcome], ...patrons.map((p) => VOTE_MARK[v.votes[p]] ?? ''), v.vetoedBy.join(', ')]),
      notes: [{ marker: 'Votes:', text: VOTE_LEGEND }],
      refs: [{ label: 'Council votes', ref: c.ref }],
    });
  }
  const a = cover.assembly;
  if (a && a.votes.length) {
    const self = brief.country.iso3 ?? brief.country.name;
    const members = [self, ...patrons.filter((p) => p !== self)];
    blocks.push({
      kind: 'table',
      caption: `General Assembly roll calls about ${brief.country.name} (its name in the title), with its own and each patron's vote.`,
      columns: [
        { header: 'Year' }, { header: 'Resolution' }, { header: 'Title' },
        ...members.map((m): Column => ({ header: m })), { header: 'Y–N–A', align: 'right' },
      ],
      rows: a.votes.map((v) => [v.date.slice(0, 4), v.resolution ?? '', clip(v.title, 22), ...members.map((m) => VOTE_MARK[v.votes[m]] ?? ''), `${v.tally.yes}–${v.tally.no}–${v.tally.abstain}`]),
      notes: [{ marker: 'Votes:', text: VOTE_LEGEND.replace(', · not on the Council', '') }],
      refs: [{ label: 'Assembly roll calls', ref: a.ref }],
    });
  }
  for (const n of cover.notes) blocks.push({ kind: 'text', text: `Note: ${n}` });
  if (!blocks.length) blocks.push({ kind: 'text', text: `No UN votes about ${brief.country.name} in the records.` });
  return { id: 'cover', title, blocks };
}

/** Trade partners and military spending: who the country trades with, and what it can afford. */
function economySection(brief: Brief): Section {
  const title = 'Economic ties and means';
  const e = brief.economy;
  if (!e) return { id: 'economy', title, blocks: [{ kind: 'text', text: 'No trade or military spending data in the store.' }] };
  const blocks: Block[] = [];
  if (e.sentences.length) blocks.push({ kind: 'narrative', sentences: e.sentences });
  // Trade shares beside arms shares and UN agreement, per patron (the page draws it).
  if (e.trade) blocks.push({ kind: 'chart', chart: 'balance' });
  const t = e.trade;
  if (t) {
    const share = (s: { share: number | null; rank: number | null }) => (s.rank === null ? '–' : `${formatShare(s.share)} (#${s.rank})`);
    blocks.push({
      kind: 'table',
      caption: `Each patron's share of ${brief.country.name}'s trade with the world (and its rank among partners), as ${brief.country.name} reported it.`,
      columns: [{ header: 'Patron' }, { header: String(t.earlier), align: 'right' }, { header: String(t.year), align: 'right' }],
      rows: Object.entries(t.patrons).map(([iso3, p]) => [patronName(brief, iso3), share(p.then), share(p.now)]),
      notes: [],
      refs: [{ label: 'Trade', ref: t.ref }],
    });
  }
  const m = e.milex;
  if (m && m.years.length) {
    const flag = (y: (typeof m.years)[number]) => (y.estimate ? ' e' : '') + (y.uncertain ? ' ?' : '');
    blocks.push({
      kind: 'table',
      caption: `Military spending of ${brief.country.name} (SIPRI): constant US$ m and share of GDP.`,
      columns: [{ header: 'Year' }, { header: 'US$ m', align: 'right' }, { header: 'Share of GDP', align: 'right' }],
      rows: m.years.map((y) => [String(y.year), y.constantUsd === null ? (y.status === 'did not exist' ? 'xxx' : '..') : `${formatTiv(y.constantUsd)}${flag(y)}`, y.shareOfGdp === null ? '..' : formatShare(y.shareOfGdp)]),
      notes: [{ marker: 'Marks:', text: 'e SIPRI estimate, ? highly uncertain, .. not available, xxx did not exist.' }],
      refs: [{ label: 'Military spending', ref: m.ref }],
    });
  }
  for (const n of e.notes) blocks.push({ kind: 'text', text: `Note: ${n}` });
  return { id: 'economy', title, blocks };
}

function formatOption(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatOption).join(', ');
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}

function provenanceSection(brief: Brief): Section {
  const { provenance } = brief;
  const items = [
    ...provenance.datasets.map((d) => ({
      term: d.id,
      value: `${d.file} (${d.kind}${d.version ? `, version ${d.version}` : ', version unknown'})`,
    })),
    { term: 'Allocation', value: provenance.allocation },
    ...Object.entries(provenance.options).map(([k, v]) => ({ term: `Option ${k}`, value: formatOption(v) })),
    { term: 'Generated by', value: provenance.generatedBy },
  ];
  return {
    id: 'provenance',
    title: 'Provenance',
    blocks: [
      { kind: 'definitions', items },
      { kind: 'text', text: armsSourceLine(brief) },
      { kind: 'text', text: votesSourceLine(brief) },
    ],
  };
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
