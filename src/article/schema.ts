// The article report's JSON shape as a zod schema: the contract of `checkArticle`, the CLI's
// `--json` and any HTTP route that serves the report. Tests parse every report with it.
import { z } from 'zod';
import { CLAIM_KINDS, EVENT_TYPES, VERDICTS } from './types.js';

const span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

export const articleReportSchema = z.object({
  title: z.string().nullable(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  dateSource: z.enum(['option', 'metadata', 'text', 'inferred', 'none']),
  removed: z.array(z.object({ text: z.string(), reason: z.string() })),
  actors: z.array(z.object({
    name: z.string().min(1),
    kind: z.enum(['person', 'country', 'organisation', 'armed group']),
    iso3: z.string().regex(/^[A-Z]{3}$/).optional(),
    role: z.string().optional(),
    mentions: z.array(z.object({ ...span, text: z.string() })),
  })),
  quotes: z.array(z.object({
    text: z.string(),
    speaker: z.string().nullable(),
    speakerRole: z.string().nullable(),
    kind: z.enum(['direct', 'partial']),
    via: z.string(),
    ...span,
  })),
  events: z.array(z.object({
    type: z.enum(EVENT_TYPES),
    actors: z.array(z.string()),
    place: z.string().optional(),
    date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}-\d{2}-\d{2})?$/).optional(),
    dateText: z.string(),
    sentence: z.string(),
  })),
  claims: z.array(z.object({
    text: z.string(),
    subject: z.string().nullable(),
    about: z.array(z.string()),
    kind: z.enum(CLAIM_KINDS),
    measure: z.string(),
    unit: z.string().nullable(),
    value: z.number().nullable(),
    comparison: z.string().nullable(),
    period: z.string().nullable(),
    window: z.object({ from: z.number().int(), to: z.number().int() }),
    verdict: z.enum(VERDICTS),
    evidence: z.string(),
    query: z.string().nullable(),
    ...span,
  })),
}).strict();

export type ArticleReportJson = z.infer<typeof articleReportSchema>;
