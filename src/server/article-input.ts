// The article a request carries, whichever way it comes: JSON {text|html, date}, a raw text/plain
// or text/html body, or a form (pasted text or an uploaded saved page). Size is bounded before
// this runs (bodyLimit); here only shape and emptiness are checked.
import type { Context } from 'hono';
import { AppError } from '../core/errors.js';
import { articleBody, parseQuery, schemas } from './params.js';

export interface ArticleInput {
  input: string;
  date?: string;
}

export async function readArticleInput(c: Context): Promise<ArticleInput> {
  const { date: queryDate } = parseQuery(schemas.article, c.req.query());
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  let input: string;
  let date = queryDate;
  if (type === 'application/json') {
    let json: unknown;
    try {
      json = await c.req.json();
    } catch {
      throw new AppError('invalid JSON body', 2, 400);
    }
    const body = parseQuery(articleBody, json as Record<string, string>, 'body');
    input = body.html ?? body.text ?? '';
    date = body.date ?? date;
  } else if (type === 'text/plain' || type === 'text/html') {
    input = await c.req.text();
  } else if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') {
    let form: Record<string, string | File | (string | File)[]>;
    try {
      form = await c.req.parseBody();
    } catch (e) {
      throw new AppError(`malformed ${type} body: ${e instanceof Error ? e.message : String(e)}`, 2, 400);
    }
    const file = form.file;
    const text = typeof form.text === 'string' ? form.text : '';
    input = file instanceof File && file.size > 0 ? await file.text() : text;
    if (typeof form.date === 'string' && form.date.trim()) {
      date = parseQuery(schemas.article, { date: form.date.trim() }, 'form').date;
    }
  } else {
    throw new AppError(
      `unsupported content type "${type || '(none)'}": send application/json {"text"|"html", "date"}, text/plain, text/html or a form`,
      2,
      415,
    );
  }
  if (!input.trim()) throw new AppError('empty article: paste the text or upload a saved page', 2, 400);
  return { input, date };
}
