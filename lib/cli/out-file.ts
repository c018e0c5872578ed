import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * An output file written in buffered chunks to "<file>.<pid>.tmp" beside it and renamed into place by commit():
 * a failed run leaves nothing half-written at the file's path (abort() removes the temporary file). A file
 * named *.gz is gzipped, each 1 MB chunk one gzip member (a valid .gz file: gunzip reads the members in turn).
 */
export class OutFile {
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

  commit(): void {
    this.flush();
    fs.closeSync(this.fd);
    this.fd = -1;
    fs.renameSync(this.tmp, this.file);
  }

  abort(): void {
    if (this.fd !== -1) fs.closeSync(this.fd);
    this.fd = -1;
    fs.rmSync(this.tmp, { force: true });
  }
}
