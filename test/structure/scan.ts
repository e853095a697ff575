// The source tree as data for the structural tests: each module's imports (static and dynamic) by
// folder, and blocks of lines repeated across the code. Reads src/ only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const srcDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

export interface Module {
  /** Path under src/, e.g. `engine/brief.ts`. */
  path: string;
  /** Top folder: `engine`, `store` … */
  layer: string;
  text: string;
  /** Modules of ours it imports (paths under src/), with the line of the import. */
  imports: { path: string; line: number; typeOnly: boolean }[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const IMPORT = /(?:^|\n)\s*(import\s+type\s|import\s|export\s+(?:type\s+)?\{[^}]*\}\s+from\s|export\s+\*\s+from\s)[^'"]*?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

export function sourceModules(): Module[] {
  return walk(srcDir)
    .filter((p) => p.endsWith('.ts') && !p.endsWith('.test.ts'))
    .map((abs) => {
      const path = relative(srcDir, abs);
      const text = readFileSync(abs, 'utf8');
      const imports: Module['imports'] = [];
      for (const m of text.matchAll(IMPORT)) {
        const spec = m[2] ?? m[3];
        const target = relative(srcDir, resolve(dirname(abs), spec)).replace(/\.js$/, '.ts');
        if (target.startsWith('..')) continue; // test fixtures, package.json
        const line = text.slice(0, m.index).split('\n').length + (m[0].startsWith('\n') ? 1 : 0);
        imports.push({ path: target, line, typeOnly: /^\s*import\s+type\s/.test(m[1] ?? '') });
      }
      return { path, layer: path.split('/')[0], text, imports };
    });
}

/** A block of `size` consecutive significant lines that appears in two places. */
export interface Repeat {
  lines: string[];
  at: { path: string; line: number }[];
}

/** Lines that carry no logic of their own: braces, `});`, blank lines, imports, comments. */
function significant(line: string): boolean {
  const t = line.trim();
  if (!t || /^[\])};,]+$/.test(t) || t.startsWith('//') || t.startsWith('*') || t.startsWith('/*')) return false;
  if (/^(import|export \{|export type \{)/.test(t)) return false;
  return true;
}

/** Blocks of `size` significant lines (whitespace-normalised) found in more than one place. */
export function repeatedBlocks(modules: Module[], size = 6, skip: (m: Module) => boolean = () => false): Repeat[] {
  const seen = new Map<string, { path: string; line: number }[]>();
  for (const m of modules) {
    if (skip(m)) continue;
    const lines = m.text.split('\n').map((text, i) => ({ text: text.trim().replace(/\s+/g, ' '), line: i + 1 })).filter((l) => significant(l.text));
    for (let i = 0; i + size <= lines.length; i++) {
      const key = lines.slice(i, i + size).map((l) => l.text).join('\n');
      const at = seen.get(key) ?? [];
      at.push({ path: m.path, line: lines[i].line });
      seen.set(key, at);
    }
  }
  return [...seen].filter(([, at]) => at.length > 1).map(([key, at]) => ({ lines: key.split('\n'), at }));
}
