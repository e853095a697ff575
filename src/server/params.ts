// Query parameters of the API, parsed with zod at the edge: handlers only see checked values.
// The same schemas describe the parameters in the OpenAPI document (openapi.ts).
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import { CATEGORIES, type Category } from '../core/types.js';

export const year = z.coerce
  .number({ error: 'expected a year such as 2001' })
  .int({ error: 'expected a whole year such as 2001' })
  .min(1900, { error: 'expected a year from 1900' })
  .max(2100, { error: 'expected a year up to 2100' });

/** `true`, `1`, `yes`, or an empty value (`?pending`) is true; `false`, `0`, `no` false. */
export const flag = z
  .enum(['', '1', 'true', 'yes', '0', 'false', 'no'], { error: 'expected true or false' })
  .transform((v) => v === '' || v === '1' || v === 'true' || v === 'yes');

/** SIPRI weapon category by name, hyphenated name or prefix (`air-defence`, `missiles`, `ship`). */
export const category = z.string().transform((value, ctx): Category => {
  const v = value.trim().toLowerCase().replace(/-/g, ' ');
  const hit = CATEGORIES.find((c) => c === v || c.startsWith(v));
  if (!hit || !v) {
    ctx.addIssue({ code: 'custom', message: `unknown category "${value}" (use one of: ${CATEGORIES.join(', ')})` });
    return z.NEVER;
  }
  return hit;
});

const name = z.string().trim().min(1, { error: 'expected a country or actor name' }).max(200);
const list = z
  .string()
  .max(2000)
  .transform((s) => s.split(',').map((p) => p.trim()).filter(Boolean));

/** Options every arms query takes. */
export const armsOptions = {
  dataset: z.string().max(200).optional().describe('arms dataset id (default: the most complete one)'),
  allocation: z.enum(['even', 'reconciled', 'exact']).optional().describe('how deliveries are spread over years'),
  mergeSoviet: flag.optional().describe('count the Soviet Union as Russia'),
};

const span = {
  from: year.optional().describe('first year'),
  to: year.optional().describe('last year'),
};

export const schemas = {
  suppliers: z.strictObject({ recipient: name.describe('recipient country (name, ISO3 or alias)'), ...span, category: category.optional().describe('SIPRI weapon category'), ...armsOptions }),
  recipients: z.strictObject({ supplier: name.describe('supplier country (name, ISO3 or alias)'), ...span, category: category.optional().describe('SIPRI weapon category'), ...armsOptions }),
  categories: z.strictObject({ recipient: name.describe('recipient country'), supplier: name.optional().describe('only deliveries from this supplier'), ...span, ...armsOptions }),
  dyad: z.strictObject({ supplier: name.describe('supplier country'), recipient: name.describe('recipient country'), ...span, ...armsOptions }),
  orders: z.strictObject({ recipient: name.describe('recipient country'), supplier: name.optional().describe('only deals with this supplier'), pending: flag.optional().describe('only deals not fully delivered'), ...armsOptions }),
  alignment: z.strictObject({ country: name.describe('country'), ...span, patrons: list.optional().describe('comma-separated reference states') }),
  validate: z.strictObject({ min: z.coerce.number().min(0).max(1e9).optional().describe('only entities with at least this many TIV (default 10)'), ...armsOptions }),
  brief: z.strictObject({ patrons: list.optional().describe('comma-separated patrons (default: top suppliers of the last 20 years plus the United States)'), ...armsOptions }),
  world: z.strictObject({ ...span, limit: z.coerce.number().int().min(1).max(200).optional().describe('rows per list (default 15)'), ...armsOptions }),
  deals: z.strictObject({
    recipient: name.describe('recipient country'),
    lines: list
      .transform((parts) => parts.map(Number))
      .pipe(z.array(z.number({ error: 'expected a line number' }).int().min(1)).min(1, { error: 'expected source line numbers' }).max(1000, { error: 'at most 1000 lines' }))
      .describe('comma-separated source lines of the dataset file'),
    ...armsOptions,
  }),
  panel: z.strictObject({ ...span, ...armsOptions }),
  countries: z.strictObject({ q: z.string().max(200).default('').describe('what the user typed'), limit: z.coerce.number().int().min(1).max(50).optional().describe('at most this many (default 10)') }),
  chart: z.strictObject({ patrons: list.optional(), width: z.coerce.number().int().min(100).max(4000).optional().describe('PNG width in pixels'), ...armsOptions }),
  article: z.strictObject({ date: z.iso.date({ error: 'expected a date YYYY-MM-DD' }).optional().describe('publication date YYYY-MM-DD') }),
} as const;

/** The JSON body of `POST /api/article`. */
export const articleBody = z.strictObject({
  text: z.string().optional().describe('the article as plain text'),
  html: z.string().optional().describe('the article as a saved HTML page'),
  date: z.iso.date({ error: 'expected a date YYYY-MM-DD' }).optional().describe('publication date YYYY-MM-DD'),
}).refine((b) => (b.text ?? b.html) !== undefined, { error: 'expected "text" or "html"' });

/** zod issues → one message naming each parameter: `from: expected a year such as 2001`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const where = i.path.length ? `${i.path.join('.')}: ` : '';
      if (i.code === 'unrecognized_keys') return `unknown parameter${i.keys.length > 1 ? 's' : ''}: ${i.keys.join(', ')}`;
      return `${where}${i.message}`;
    })
    .join('; ');
}

/** Parse query parameters or throw AppError 400 with the problems. */
export function parseQuery<S extends z.ZodType>(schema: S, query: Record<string, string>, what = 'query'): z.output<S> {
  const r = schema.safeParse(query);
  if (!r.success) {
    throw new AppError(`invalid ${what}: ${describeIssues(r.error)}`, 2, 400, { issues: r.error.issues.map(({ path, message, code }) => ({ path, message, code })) });
  }
  const value = r.data as { from?: number; to?: number };
  if (value && typeof value === 'object' && value.from !== undefined && value.to !== undefined && value.from > value.to) {
    throw new AppError(`invalid years: from ${value.from} is after to ${value.to}`, 2, 400, { from: value.from, to: value.to });
  }
  return r.data;
}
