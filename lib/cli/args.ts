/** Minimal argv parser: `--key value` options (and bare `--flag`), the rest positional. */
export function parseArgs(argv: string[], flags: string[] = []): { opts: Record<string, string | true>; positional: string[] } {
  const opts: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const key = a.slice(2);
      if (flags.includes(key)) opts[key] = true;
      else {
        const val = argv[i + 1];
        if (val === undefined || val.startsWith('--')) throw new Error(`option --${key} needs a value`);
        opts[key] = val;
        i++;
      }
    } else positional.push(a);
  }
  return { opts, positional };
}
