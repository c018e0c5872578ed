// `npm run corpus -- <command>`: build | stats | match. Node-only code lives in lib/cli/ and nowhere else.
import { runBuild } from './build';
import { runMatch } from './match';
import { runStats } from './stats';

const USAGE = `usage:
  corpus build <file-or-folder>... --out <pack.json> [--jobs N]
  corpus stats <pack.json>
  corpus match --pack <pack.json> --out <dir> [--format json|text] <file>...`;

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'build':
      return runBuild(rest);
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`corpus: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
