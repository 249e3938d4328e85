// A small static server for dist/, used by the end-to-end tests (playwright.config.ts starts it as its
// web server) and the benchmark. It answers like the production server: index.html for directories, the
// language's own 404 page for a missing path.
// Alone: `node scripts/serve-dist.ts [port] [dist]` (port 0 or none: any free port).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLang } from '../src/i18n/locales.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

function fileAt(root: string, path: string): string | undefined {
  const candidate = join(root, normalize(path));
  if (!candidate.startsWith(root)) return undefined;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // try the next form
    }
  }
  return undefined;
}

export function serveDist(root = resolve('dist'), port = 0): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = fileAt(root, path);
    let status = 200;
    if (!file) {
      status = 404;
      // Only a path under a language's folder gets that language's 404 page; anything else the root one.
      const first = /^\/([^/]+)\//.exec(path)?.[1];
      file = fileAt(root, isLang(first) ? `/${first}/404/` : '/404.html');
    }
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(status, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolveServer({ server, origin: `http://127.0.0.1:${actualPort}` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[3] ?? 'dist');
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`serve-dist: ${root} has no built site; run \`npm run build\` first.`);
    process.exit(1);
  }
  const { origin } = await serveDist(root, Number(process.argv[2] ?? 0));
  console.log(`serve-dist: ${root} at ${origin}`);
}
