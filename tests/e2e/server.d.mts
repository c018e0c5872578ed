import type { Server } from 'node:http';
export function createServer(dir?: string): Server;
