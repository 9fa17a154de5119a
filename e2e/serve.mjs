// A tiny static file server for dist/, bound to 127.0.0.1 only.
// Usage: node serve.mjs [dir] [port] [base-path]; or import { serve }.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves `dir` under `base` (e.g. "/" or "/tools/annexa/"); resolves to { url, close, requests }. */
export function serve(dir, { port = 0, base = '/' } = {}) {
  const root = resolve(dir);
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      if (!url.pathname.startsWith(base)) {
        res.writeHead(404).end('not found');
        return;
      }
      let rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
      const file = normalize(join(root, rel));
      if (!file.startsWith(root)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      const s = await stat(file).catch(() => null);
      const path = s && s.isFile() ? file : join(root, 'index.html');
      const body = await readFile(path);
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] || 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  return new Promise((ok) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      ok({
        url: `http://127.0.0.1:${p}${base}`,
        requests,
        // Drops kept-alive connections too, so a test can take the server
        // away (offline test) and the process exits promptly.
        close: () => new Promise((done) => { server.close(done); server.closeAllConnections(); }),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = '../dist', port = '8080', base = '/'] = process.argv.slice(2);
  serve(dir, { port: Number(port), base }).then((s) => console.log(`serving ${dir} at ${s.url}`));
}
