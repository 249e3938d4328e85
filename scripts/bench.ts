// npm run bench — prints the handbook's figures in one table: build time of the real site (cold and
// warm diagram cache) and of synthetic 10× and 50× content, per-page HTML/JS/CSS gzip bytes, the
// Pagefind index per language, search figures, and Lighthouse scores for four kinds of page.
// It measures and prints; the budgets that must hold are enforced by the tests (test/e2e/budgets).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../src/build/chromium.ts';
import { serveDist } from './serve-dist.ts';

const root = resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: [string, string][] = [];
const section = (title: string) => rows.push([`— ${title}`, '']);
const row = (what: string, value: string) => {
  rows.push([what, value]);
  console.error(`  ${what}: ${value}`);
};

function timedBuild(directory: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(directory, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: directory,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`build failed in ${directory}:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}

/** A private copy of the repository (node_modules hard-linked) whose chapters are repeated `factor` times. */
function syntheticCopy(factor: number): string {
  const directory = join(tmpdir(), `handbook-bench-${factor}x`);
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (['node_modules', 'dist', 'dist-server', '.astro', '.git'].includes(entry)) continue;
    cpSync(join(root, entry), join(directory, entry), { recursive: true, verbatimSymlinks: true });
  }
  rmSync(join(directory, 'src/content/docs'), { force: true });
  execFileSync('cp', ['-al', join(root, 'node_modules'), join(directory, 'node_modules')]);
  for (const lang of ['ko', 'en']) {
    const contentDir = join(directory, 'content', lang);
    for (const file of readdirSync(contentDir)) {
      if (file === 'index.mdx') continue;
      const text = readFileSync(join(contentDir, file), 'utf8');
      for (let copy = 1; copy < factor; copy++) {
        // Links stay pointed at the originals, so the link check still passes in the copy.
        writeFileSync(join(contentDir, file.replace(/\.mdx$/, `-copy-${copy}.mdx`)), text);
      }
    }
  }
  return directory;
}

function pageFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => /[/\\](ko|en)[/\\]/.test(file) && !/404|search|translation-status/.test(file))
    .sort();
}

async function measure(): Promise<void> {
  const dist = join(root, 'dist');

  section('build');
  if (!quick) {
    rmSync(join(root, 'node_modules/.cache/handbook-mermaid'), { recursive: true, force: true });
    row('real site, cold diagram cache (s)', timedBuild(root).toFixed(1));
  }
  row('real site, warm diagram cache (s)', timedBuild(root).toFixed(1));
  const firstBuild = join(tmpdir(), 'handbook-bench-first-dist');
  rmSync(firstBuild, { recursive: true, force: true });
  cpSync(dist, firstBuild, { recursive: true });
  timedBuild(root);
  const differing = spawnSync('diff', ['-rq', firstBuild, dist], { encoding: 'utf8' }).stdout.trim();
  row('two builds identical (deterministic)', differing ? `no:\n${differing}` : 'yes');
  rmSync(firstBuild, { recursive: true, force: true });
  const pages = pageFiles(dist).length;
  row('pages (chapters × languages)', String(pages));
  for (const factor of quick ? [] : [10, 50]) {
    const copy = syntheticCopy(factor);
    const seconds = timedBuild(copy);
    row(`synthetic ${factor}× content: ${pageFiles(join(copy, 'dist')).length} pages (s)`, seconds.toFixed(1));
    rmSync(copy, { recursive: true, force: true });
  }

  section('per page, gzip (HTML / JS loaded / CSS loaded)');
  const { server, origin } = await serveDist(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    for (const file of pageFiles(dist)) {
      const path = file
        .slice(dist.length)
        .replaceAll('\\', '/')
        .replace(/index\.html$/, '');
      const page = await browser.newPage();
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      const resources = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
      );
      const inlineScripts = await page.evaluate(() =>
        [...document.scripts].filter((script) => !script.src).map((script) => script.textContent ?? ''),
      );
      await page.close();
      const sizeOf = (ext: string) =>
        resources
          .filter((resource) => resource.endsWith(ext) && !resource.startsWith('/pagefind/'))
          .reduce((sum, resource) => sum + gzip(readFileSync(join(dist, resource))), 0);
      const js = sizeOf('.js') + inlineScripts.reduce((sum, script) => sum + gzip(script), 0);
      row(path, `${kb(gzip(readFileSync(file)))} / ${kb(js)} / ${kb(sizeOf('.css'))}`);
    }

    section('search (Pagefind)');
    for (const lang of ['ko', 'en']) {
      const files = readdirSync(join(dist, 'pagefind'), { recursive: true, withFileTypes: true }).filter(
        (entry) => entry.isFile() && entry.name.includes(`${lang}_`),
      );
      const bytes = files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
      row(`index size, ${lang} (${files.length} files)`, kb(bytes));
    }
    const searchBench = join(root, 'scripts/bench/search.ts');
    if (existsSync(searchBench)) {
      const { benchSearch } = (await import(searchBench)) as {
        benchSearch: (origin: string) => Promise<Record<string, string>>;
      };
      for (const [what, value] of Object.entries(await benchSearch(origin))) row(what, value);
    }

    section('Lighthouse (performance / accessibility / best practices / SEO)');
    const lighthousePages = {
      'Korean text chapter': '/ko/why-isolation/',
      'English text chapter': '/en/why-isolation/',
      'diagram-heavy chapter': '/ko/hypervisors/',
      'calculator chapter': '/en/images/',
    };
    for (const [label, path] of Object.entries(lighthousePages))
      row(`${label} ${path}`, await lighthouseScores(origin + path));
  } finally {
    await browser.close();
    server.close();
  }
}

async function lighthouseScores(url: string): Promise<string> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result?.lhr.categories ?? {};
    return ['performance', 'accessibility', 'best-practices', 'seo']
      .map((name) => Math.round((categories[name]?.score ?? 0) * 100))
      .join(' / ');
  } finally {
    await chrome.kill();
  }
}

await measure();
const width = Math.max(...rows.map(([what]) => what.length));
console.log(
  `\nVirtualization Handbook — bench (${new Date().toISOString().slice(0, 10)}, ${quick ? 'quick' : 'full'})`,
);
for (const [what, value] of rows) console.log(value ? `${what.padEnd(width)}  ${value}` : `\n${what}`);
