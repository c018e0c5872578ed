import fs from 'node:fs';
import { createGunzip } from 'node:zlib';

/** A file's lines (1-based numbers), read in chunks; `.gz` files are gunzipped on the way. "\r\n" ends a line too. */
export async function* readLines(file: string): AsyncGenerator<{ line: string; n: number }> {
  const src = fs.createReadStream(file);
  const input = file.toLowerCase().endsWith('.gz') ? src.pipe(createGunzip()) : src;
  if (input !== src) src.on('error', (e) => input.destroy(e));
  input.setEncoding('utf8');
  let rest = '';
  let n = 0;
  try {
    for await (const chunk of input as AsyncIterable<string>) {
      rest += chunk;
      let at = 0;
      for (let nl = rest.indexOf('\n'); nl !== -1; nl = rest.indexOf('\n', at)) {
        n++;
        yield { line: rest.slice(at, nl > at && rest[nl - 1] === '\r' ? nl - 1 : nl), n };
        at = nl + 1;
      }
      rest = rest.slice(at);
    }
  } catch (e) {
    throw new Error(`${file}: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    input.destroy();
  }
  if (rest) yield { line: rest.endsWith('\r') ? rest.slice(0, -1) : rest, n: n + 1 };
}
