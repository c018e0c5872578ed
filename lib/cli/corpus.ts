// `npm run corpus -- <command>`: build | map | merge | stats | match. Node-only code lives in lib/cli/ and nowhere else.
import { runBuild } from './build';
import { runMap } from './map';
import { runMatch } from './match';
import { runMerge } from './merge';
import { OutFile } from './out-file';
import { runStats } from './stats';

const USAGE = `usage:
  corpus build <file-or-folder-or-archive.jsonl[.gz]>... --out <pack.json> [--jobs N]
  corpus map <file-or-folder-or-archive.jsonl[.gz]>... --out <records.jsonl[.gz]> [--jobs N]
  corpus merge <records.jsonl[.gz]>... --out <pack.json>
  corpus stats <pack.json>
  corpus match --pack <pack.json> --out <dir> [--format json|text] <file>...
--jobs: extraction threads (default: all cores); the output is the same for any N.`;

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'build':
      return runBuild(rest);
    case 'map':
      return runMap(rest);
    case 'merge':
      return runMerge(rest);
    case 'stats':
      return runStats(rest);
    case 'match':
      return runMatch(rest);
    case undefined:
    case '-h':
    case '--help':
      console.log(USAGE);
      return cmd ? 0 : 2;
    default:
      console.error(`corpus: unknown command "${cmd}"\n${USAGE}`);
      return 2;
  }
}

// Ctrl-C or a batch engine's kill: no temporary files left behind
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    OutFile.abortAll();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`corpus: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
