/**
 * `node scripts/serve-static.ts <dist-dir> [--port 4321] [--base /sub/]`: a tiny static
 * server for a built site, used by the browser tests (port 0 = a random free port).
 *
 * It answers the way a strict static host does, so the tests see what readers see:
 * correct content types, directory URLs → index.html, /dir → 301 /dir/, unknown paths →
 * 404 with dist/404.html, and the Content-Security-Policy header below, so that any inline
 * script or style the site starts to rely on shows up as a console error in the tests.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { CSP_HEADER } from '../src/lib/csp.ts';
import { normaliseBase } from '../src/lib/base.ts';

/** The header the server sends: the one definition in src/lib/csp.ts. */
export const CSP = CSP_HEADER;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** Origin plus base, e.g. http://127.0.0.1:40123/sub/ */
  url: string;
  origin: string;
  server: Server;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Sub-path the site was built for (SITE_BASE), default "/". */
  base?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
}

function isFile(path: string): boolean {
  try { return statSync(path).isFile(); } catch { return false; }
}
function isDir(path: string): boolean {
  try { return statSync(path).isDirectory(); } catch { return false; }
}

/** Starts serving `dir`; resolves once the server listens. */
export function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const base = normaliseBase(options.base ?? '/');
  const host = options.host ?? '127.0.0.1';
  const notFound = join(root, '404.html');

  function send(res: ServerResponse, req: IncomingMessage, status: number, file: string | null, extra: Record<string, string> = {}) {
    const headers: Record<string, string> = {
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      ...extra,
    };
    if (!file) {
      res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : `${status}\n`);
      return;
    }
    res.writeHead(status, { ...headers, 'Content-Type': contentType(file), 'Content-Length': String(statSync(file).size) });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  }

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, req, 405, null, { Allow: 'GET, HEAD' });
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return send(res, req, 400, null);
    }
    const missing = () => send(res, req, 404, existsSync(notFound) ? notFound : null);
    if (path.includes('\0') || !(`${path}/`).startsWith(base)) return missing();
    const rel = path.slice(base.length - 1); // keeps the leading "/"
    const target = resolve(root, `.${rel}`);
    if (target !== root && !target.startsWith(root + sep)) return missing();
    if (isDir(target)) {
      if (!path.endsWith('/')) return send(res, req, 301, null, { Location: `${url.pathname}/${url.search}` });
      const index = join(target, 'index.html');
      return isFile(index) ? send(res, req, 200, index) : missing();
    }
    return isFile(target) ? send(res, req, 200, target) : missing();
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      const origin = `http://${host}:${port}`;
      resolvePromise({
        url: `${origin}${base}`,
        origin,
        server,
        close: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}


if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string', default: '4321' }, base: { type: 'string', default: '/' }, host: { type: 'string', default: '127.0.0.1' } },
  });
  const dir = positionals[0] ?? 'dist';
  if (!isDir(dir)) {
    console.error(`没有找到网站目录 no such folder: ${dir}\n  → 先运行 npm run build，或把生成的目录作为参数传入。`);
    process.exit(1);
  }
  const s = await serveStatic(dir, { port: Number(values.port), base: values.base, host: values.host });
  console.log(`serving ${resolve(dir)} at ${s.url}`);
}
