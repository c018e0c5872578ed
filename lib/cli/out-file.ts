import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * An output file written in buffered chunks to "<file>.<pid>.tmp" beside it and renamed into place by commit():
 * a failed run leaves nothing half-written at the file's path (abort() removes the temporary file). A file
 * named *.gz is gzipped, each 1 MB chunk one gzip member (a valid .gz file: gunzip reads the members in turn).
 */
export class OutFile {
  /** Files not yet committed or aborted: removed if the process is interrupted (abortAll). */
  private static readonly open = new Set<OutFile>();
  readonly tmp: string;
  private fd: number;
  private chunks: string[] = [];
  private size = 0;
  private readonly gzip: boolean;

  constructor(readonly file: string) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.tmp = `${file}.${process.pid}.tmp`;
    this.fd = fs.openSync(this.tmp, 'w');
    this.gzip = file.toLowerCase().endsWith('.gz');
    OutFile.open.add(this);
  }

  static abortAll(): void {
    for (const f of OutFile.open) f.abort();
  }

  write(s: string): void {
    this.chunks.push(s);
    this.size += s.length;
    if (this.size >= 1 << 20) this.flush();
  }

  private flush(): void {
    if (!this.size) return;
    const text = Buffer.from(this.chunks.join(''), 'utf8');
    const buf = this.gzip ? gzipSync(text) : text;
    this.chunks = [];
    this.size = 0;
    for (let at = 0; at < buf.length; ) at += fs.writeSync(this.fd, buf, at);
  }

  /** Flushes and closes the temporary file, which stays (to be read back) until commit or abort. */
  close(): void {
    if (this.fd === -1) return;
    this.flush();
    fs.closeSync(this.fd);
    this.fd = -1;
  }

  commit(): void {
    this.close();
    OutFile.open.delete(this);
    fs.renameSync(this.tmp, this.file);
  }

  abort(): void {
    if (this.fd !== -1) fs.closeSync(this.fd);
    this.fd = -1;
    OutFile.open.delete(this);
    fs.rmSync(this.tmp, { force: true });
  }
}
