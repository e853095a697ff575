// The OpenAPI 3.1 description of the API, built from the same zod schemas that check requests,
// so the document cannot drift from what the server accepts.
import { z } from 'zod';
import { articleBody, schemas } from './params.js';
import { BODY_LIMIT } from './errors.js';

interface Endpoint {
  method: 'get' | 'post';
  path: string;
  summary: string;
  cli?: string;
  query?: z.ZodObject;
  pathParams?: { name: string; description: string }[];
  produces: string;
}

const country = { name: 'country', description: 'country (name, ISO3 code or alias)' };

const ENDPOINTS: Endpoint[] = [
  { method: 'get', path: '/api/suppliers', summary: 'Who supplies a country: delivered TIV and share per supplier', cli: 'suppliers', query: schemas.suppliers, produces: 'application/json' },
  { method: 'get', path: '/api/recipients', summary: 'Whom a country supplies: delivered TIV and share per recipient', cli: 'recipients', query: schemas.recipients, produces: 'application/json' },
  { method: 'get', path: '/api/categories', summary: 'What a country imports, per SIPRI weapon category', cli: 'categories', query: schemas.categories, produces: 'application/json' },
  { method: 'get', path: '/api/dyad', summary: 'One supplier → one recipient: yearly delivered TIV and the deals', cli: 'dyad', query: schemas.dyad, produces: 'application/json' },
  { method: 'get', path: '/api/dyad/chart.svg', summary: 'The dyad’s yearly series as an SVG chart', query: schemas.dyad, produces: 'image/svg+xml' },
  { method: 'get', path: '/api/dyad/chart.png', summary: 'The dyad’s yearly series as a PNG chart', query: schemas.dyad, produces: 'image/png' },
  { method: 'get', path: '/api/orders', summary: 'A country’s arms deals: ordered vs delivered, status, comments', cli: 'orders', query: schemas.orders, produces: 'application/json' },
  { method: 'get', path: '/api/deals', summary: 'The deals behind a figure, by source line (as a brief’s references list them)', query: schemas.deals, produces: 'application/json' },
  { method: 'get', path: '/api/alignment', summary: 'UNGA voting agreement with each reference state, per year', cli: 'alignment', query: schemas.alignment, produces: 'application/json' },
  { method: 'get', path: '/api/alignment/by-issue', summary: 'UNGA agreement with each patron per issue, from the vote-level data', cli: 'alignment --by-issue', query: schemas.alignmentByIssue, produces: 'application/json' },
  { method: 'get', path: '/api/unsc', summary: 'Security Council votes on drafts about a country, each patron’s vote, vetoes', cli: 'unsc', query: schemas.unsc, produces: 'application/json' },
  { method: 'get', path: '/api/vetoes', summary: 'The veto record (veto list, then voting records) and the check between the two', cli: 'vetoes', query: schemas.vetoes, produces: 'application/json' },
  { method: 'get', path: '/api/resolutions', summary: 'General Assembly roll calls about a country, with its and each patron’s vote', cli: 'resolutions', query: schemas.resolutions, produces: 'application/json' },
  { method: 'get', path: '/api/validate', summary: 'All-years totals against SIPRI’s official TIV tables', cli: 'validate', query: schemas.validate, produces: 'application/json' },
  { method: 'get', path: '/api/brief/{country}', summary: 'The balance brief of a country', cli: 'brief', query: schemas.brief, pathParams: [country], produces: 'application/json' },
  {
    method: 'get', path: '/api/brief/{country}/charts/{file}', summary: 'A brief chart: patron-share, category or alignment, as .svg or .png',
    query: schemas.chart, pathParams: [country, { name: 'file', description: 'patron-share.svg, category.png, …' }], produces: 'image/svg+xml',
  },
  { method: 'get', path: '/api/trade', summary: 'A country’s trade partners: exports, imports, share, rank, each patron, and what each partner reported (mirror)', cli: 'trade', query: schemas.trade, produces: 'application/json' },
  { method: 'get', path: '/api/trade/series', summary: 'Partners’ shares of a country’s trade, year by year (the largest partners and the patrons)', query: schemas.trade, produces: 'application/json' },
  { method: 'get', path: '/api/trade/chart.svg', summary: 'Partners’ shares over time as an SVG chart', query: schemas.trade, produces: 'image/svg+xml' },
  { method: 'get', path: '/api/trade/chart.png', summary: 'The same chart as PNG', query: schemas.trade, produces: 'image/png' },
  { method: 'get', path: '/api/finance', summary: 'Chinese official finance, Chinese investment and construction deals, direct investment positions by source: three blocks, three units', cli: 'finance', query: schemas.finance, produces: 'application/json' },
  { method: 'get', path: '/api/milex', summary: 'Military spending: constant US$, share of GDP and of government spending, SIPRI’s flags, arms imports beside', cli: 'milex', query: schemas.milex, produces: 'application/json' },
  { method: 'get', path: '/api/shifts', summary: 'Who is switching arms suppliers: every recipient’s supplier shares in two windows, change, HHI, UN agreement', cli: 'shifts', query: schemas.shifts, produces: 'application/json' },
  { method: 'get', path: '/api/shifts/chart.svg', summary: 'A patron’s share per recipient, first window against second, as an SVG chart (needs patron)', query: schemas.shifts, produces: 'image/svg+xml' },
  { method: 'get', path: '/api/shifts/chart.png', summary: 'The same chart as PNG', query: schemas.shifts, produces: 'image/png' },
  { method: 'get', path: '/api/world', summary: 'Largest importers and exporters over a window', query: schemas.world, produces: 'application/json' },
  { method: 'get', path: '/api/countries', summary: 'Country search by name, ISO3 code or alias', query: schemas.countries, produces: 'application/json' },
  { method: 'get', path: '/api/panel.csv', summary: 'Supplier × recipient × year panel of delivered TIV', query: schemas.panel, produces: 'text/csv' },
  { method: 'post', path: '/api/article', summary: 'Check a news article: actors, quotes, events, claims with verdicts', query: schemas.article, produces: 'application/json' },
  { method: 'get', path: '/api/openapi.json', summary: 'This document', produces: 'application/json' },
  { method: 'get', path: '/healthz', summary: 'Liveness, and whether a store is open', produces: 'application/json' },
];

type JsonSchema = { properties?: Record<string, Record<string, unknown>>; required?: string[] };

function queryParameters(schema: z.ZodObject) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return Object.entries(json.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s;
    return { name, in: 'query', required: json.required?.includes(name) ?? false, description, schema: rest };
  });
}

const ERROR = {
  description: 'Error: 400 bad input, 404 unknown country (with suggestions), 413 body over 1 MB, 503 no store',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['error', 'detail'],
        properties: { error: { type: 'string' }, detail: { description: 'suggestions, issues or null' } },
      },
    },
  },
};

let document: unknown = null;

export function openApiDocument(): unknown {
  if (document) return document;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of ENDPOINTS) {
    const parameters = [
      ...(e.pathParams ?? []).map((p) => ({ name: p.name, in: 'path', required: true, description: p.description, schema: { type: 'string' } })),
      ...(e.query ? queryParameters(e.query) : []),
    ];
    const operation: Record<string, unknown> = {
      summary: e.summary,
      ...(e.cli ? { description: `The same JSON as \`counterweight ${e.cli} --json\`.` } : {}),
      parameters,
      responses: { '200': { description: 'OK', content: { [e.produces]: {} } }, default: ERROR },
    };
    if (e.method === 'post') {
      const json = z.toJSONSchema(articleBody, { io: 'input', unrepresentable: 'any' });
      operation.requestBody = {
        required: true,
        description: `At most ${BODY_LIMIT} bytes. JSON, raw text/plain or text/html, or a form with "text" or "file" and "date".`,
        content: {
          'application/json': { schema: json },
          'text/plain': { schema: { type: 'string' } },
          'text/html': { schema: { type: 'string' } },
          'multipart/form-data': { schema: { type: 'object', properties: { text: { type: 'string' }, file: { type: 'string', format: 'binary' }, date: { type: 'string', format: 'date' } } } },
        },
      };
    }
    (paths[e.path] ??= {})[e.method] = operation;
  }
  document = {
    openapi: '3.1.0',
    info: {
      title: 'Counterweight API',
      version: '0.1.0',
      description:
        'Arms transfers (SIPRI), UN votes and news claims, traced to source rows. Every query of the `counterweight` CLI has an endpoint returning the same JSON as its `--json`. Responses carry `x-counterweight-version`, the store version they were computed from.',
    },
    paths,
  };
  return document;
}
