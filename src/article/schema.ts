// The article report's JSON shape as a zod schema: the contract of `checkArticle`, the CLI's
// `--json` and any HTTP route that serves the report. Tests parse every report with it.
import { z } from 'zod';

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
    ...span,
  })),
  events: z.array(z.object({
    type: z.enum(['visit', 'meeting', 'arms deal', 'UN action', 'sanctions', 'coup']),
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
    kind: z.enum(['main suppliers', 'top supplier', 'more from', 'as much as', 'share', 'turning to', 'rising supplier', 'forecast', 'outside arms data']),
    window: z.object({ from: z.number().int(), to: z.number().int() }),
    verdict: z.enum(['supported', 'contradicted', 'mixed', 'unverifiable', 'borne out', 'not borne out', 'too early']),
    evidence: z.string(),
    query: z.string().nullable(),
    ...span,
  })),
}).strict();

export type ArticleReportJson = z.infer<typeof articleReportSchema>;
