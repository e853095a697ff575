// The command that reproduces a figure, as a user would type it: every provenance string in the
// program is built here, so a figure's reference and the CLI can never disagree on quoting or flags.

function quoteArg(s: string | number): string {
  const t = String(s);
  return /[\s"']/.test(t) ? JSON.stringify(t) : t;
}

/** `counterweight suppliers Myanmar --from 2001 --to 2020 --allocation even`; undefined, null and false args are left out. */
export function commandLine(command: string, args: (string | number | undefined | false | null)[] = [], flags: readonly string[] = []): string {
  const parts = args.filter((a): a is string | number => a !== undefined && a !== false && a !== null);
  return ['counterweight', command, ...parts.map(quoteArg), ...flags].join(' ');
}
