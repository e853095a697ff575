// Query parameters and bodies of the API, parsed at the edge: zod gives the shape (which keys,
// unknown ones refused) and the OpenAPI document; every value goes through the same parser as the
// CLI's flag (engine/options.ts), so the two shells accept and refuse the same values.
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import { checkSpan, OPTIONS, parseDate, parseInteger, parseList, parseName, type OptionName } from '../engine/options.js';

/** A string value parsed by an option parser; its error message becomes the zod issue. */
function parsed<T>(parse: (v: string) => T, description: string) {
  return z
    .string()
    .transform((value, ctx): T => {
      try {
        return parse(value);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: e instanceof AppError ? e.message : String(e) });
        return z.NEVER;
      }
    })
    .describe(description);
}

/** An option of the one model, as an API parameter. */
function opt<K extends OptionName>(name: K, description: string) {
  const parse = OPTIONS[name].parse as (v: string, name: string) => ReturnType<(typeof OPTIONS)[K]['parse']>;
  return parsed((v) => parse(v, name), description).optional();
}

const name = (what: string) => parsed((v) => parseName(v, what), what);

/** Options every arms query takes. */
export const armsOptions = {
  dataset: opt('dataset', 'arms dataset id (default: the most complete one)'),
  allocation: opt('allocation', 'how deliveries are spread over years: even, reconciled or exact'),
  mergeSoviet: opt('mergeSoviet', 'count the Soviet Union as Russia'),
};

const span = {
  from: opt('from', 'first year'),
  to: opt('to', 'last year'),
};

export const schemas = {
  suppliers: z.strictObject({ recipient: name('recipient'), ...span, category: opt('category', 'SIPRI weapon category'), ...armsOptions }),
  recipients: z.strictObject({ supplier: name('supplier'), ...span, category: opt('category', 'SIPRI weapon category'), ...armsOptions }),
  categories: z.strictObject({ recipient: name('recipient'), supplier: opt('supplier', 'only deliveries from this supplier'), ...span, ...armsOptions }),
  dyad: z.strictObject({ supplier: name('supplier'), recipient: name('recipient'), ...span, ...armsOptions }),
  orders: z.strictObject({ recipient: name('recipient'), supplier: opt('supplier', 'only deals with this supplier'), pending: opt('pending', 'only deals not fully delivered'), ...armsOptions }),
  alignment: z.strictObject({ country: name('country'), ...span, patrons: opt('patrons', 'comma-separated reference states') }),
  validate: z.strictObject({ min: opt('min', 'only entities with at least this many TIV (default 10)'), ...armsOptions }),
  brief: z.strictObject({ patrons: opt('patrons', 'comma-separated patrons (default: top suppliers of the last 20 years plus the United States)'), ...armsOptions }),
  world: z.strictObject({ ...span, limit: opt('limit', 'rows per list (default 15)'), ...armsOptions }),
  deals: z.strictObject({
    recipient: name('recipient'),
    lines: parsed((v) => {
      const lines = parseList(v, 'lines').map((l) => parseInteger(l, 'lines', 1, 1e9));
      if (lines.length > 1000) throw new AppError('invalid lines: at most 1000 lines', 2, 400);
      return lines;
    }, 'comma-separated source lines of the dataset file'),
    ...armsOptions,
  }),
  panel: z.strictObject({ ...span, ...armsOptions }),
  trade: z.strictObject({
    country: name('country'), year: opt('year', 'one year (default: the last year of the data)'), ...span,
    patrons: opt('patrons', 'comma-separated patrons to show apart (default: China, Russia, United States, India, Japan)'),
    limit: opt('limit', 'partners to list (default 15)'),
  }),
  finance: z.strictObject({ country: name('country') }),
  milex: z.strictObject({ country: name('country'), ...span, dataset: opt('dataset', 'arms dataset for the arms imports column') }),
  shifts: z.strictObject({
    fromWindow: opt('fromWindow', 'the earlier window, e.g. 2009-2013 (default: the later one, ten years before)'),
    toWindow: opt('toWindow', 'the later window, e.g. 2019-2023 (default: the last five years with deliveries)'),
    patron: opt('patron', 'rank by this supplier’s share: who moved toward it and away'),
    minTiv: opt('minTiv', 'only recipients with at least this much TIV in both windows (default 100)'),
    limit: opt('limit', 'only the first N recipients of the ranking (default: all)'),
    ...armsOptions,
  }),
  countries: z.strictObject({
    q: z.string().max(200).default('').describe('what the user typed'),
    limit: parsed((v) => parseInteger(v, 'limit', 1, 50), 'at most this many (default 10)').optional(),
  }),
  chart: z.strictObject({
    patrons: opt('patrons', 'comma-separated patrons'),
    width: parsed((v) => parseInteger(v, 'width', 100, 4000), 'PNG width in pixels').optional(),
    ...armsOptions,
  }),
  article: z.strictObject({ date: opt('date', 'publication date YYYY-MM-DD') }),
  unsc: z.strictObject({ country: name('country'), ...span, patrons: opt('patrons', 'comma-separated states (default: the five permanent members)'), mergeSoviet: opt('mergeSoviet', 'count the Soviet Union as Russia') }),
  vetoes: z.strictObject({ by: opt('by', 'only vetoes cast by this member'), about: opt('about', 'only vetoes of drafts about this country'), ...span, mergeSoviet: opt('mergeSoviet', 'count the Soviet Union as Russia') }),
  resolutions: z.strictObject({
    country: name('country'), ...span, issue: opt('issue', 'human-rights, nuclear, arms-control, colonialism, palestine or development'),
    patrons: opt('patrons', 'comma-separated states (default: China, Russia, United States, India)'), mergeSoviet: opt('mergeSoviet', 'count the Soviet Union as Russia'),
  }),
  alignmentByIssue: z.strictObject({ country: name('country'), ...span, patrons: opt('patrons', 'comma-separated reference states'), mergeSoviet: opt('mergeSoviet', 'count the Soviet Union as Russia') }),
} as const;

/** The JSON body of `POST /api/article`. */
export const articleBody = z.strictObject({
  text: z.string().optional().describe('the article as plain text'),
  html: z.string().optional().describe('the article as a saved HTML page'),
  date: parsed((v) => parseDate(v, 'date'), 'publication date YYYY-MM-DD').optional(),
}).refine((b) => (b.text ?? b.html) !== undefined, { error: 'expected "text" or "html"' });

/** zod issues → one message naming each parameter: `from: invalid from: "x" (expected a year such as 2001)`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      if (i.code === 'unrecognized_keys') return `unknown parameter${i.keys.length > 1 ? 's' : ''}: ${i.keys.join(', ')}`;
      // Our parsers' messages already name the parameter.
      if (i.code === 'custom' && i.message.startsWith('invalid ')) return i.message;
      const where = i.path.length ? `${i.path.join('.')}: ` : '';
      return `${where}${i.message}`;
    })
    .join('; ');
}

/** Parse query parameters or throw AppError 400 with the problems (a value's problem in the CLI's words). */
export function parseQuery<S extends z.ZodType>(schema: S, query: Record<string, string>, what = 'query'): z.output<S> {
  const r = schema.safeParse(query);
  if (!r.success) {
    const described = describeIssues(r.error);
    const message = described.startsWith('invalid ') ? described : `invalid ${what}: ${described}`;
    throw new AppError(message, 2, 400, { issues: r.error.issues.map(({ path, message, code }) => ({ path, message, code })) });
  }
  const value = r.data as { from?: number; to?: number };
  if (value && typeof value === 'object') checkSpan(value);
  return r.data;
}
