// npm run bench — prints the handbook's figures in one table: build time of the real site (cold and
// warm diagram cache) and of synthetic 10× and 50× content with seconds per page and the phases
// (Astro's page generation, Pagefind, fonts, the page rewrite: one parse per page for its
// search entry and the CSP), per-page HTML/JS/CSS gzip bytes, the
// Pagefind index per language, search figures, and, Korean and English side by side, the web fonts
// each benchmark page loads and Lighthouse (median of 3, mobile, gzip server; scripts/bench/pages.ts).
// It measures and prints; the budgets that must hold are enforced by the tests (test/e2e/budgets).
//
//   npm run bench                 everything
//   npm run bench -- --quick      no cold build, no synthetic builds, Lighthouse once per page
//   npm run bench -- --scaling    only the 1×/10×/50× builds (machine load is printed with them)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../src/integrations/chromium.ts';
import { LANGS } from '../src/i18n/locales.ts';
import { benchPages } from './bench/pages.ts';
import { serveDist } from './serve-dist.ts';

const root = resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const scalingOnly = process.argv.includes('--scaling');
const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: [string, string][] = [];
const section = (title: string) => rows.push([`— ${title}`, '']);
const row = (what: string, value: string) => {
  rows.push([what, value]);
  console.error(`  ${what}: ${value}`);
};

interface BuildTime {
  seconds: number;
  /** Phases from the build log: Astro's page generation, Pagefind, fonts, the page rewrite (s). */
  phases: string;
}

function timedBuild(directory: string): BuildTime {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(directory, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: directory,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`build failed in ${directory}:\n${result.stdout}\n${result.stderr}`);
  const log = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  // The last match: Astro prints "Completed in" for each of its steps, the page generation last.
  const find = (pattern: RegExp, unit: 'ms' | 's') => {
    const value = Number([...log.matchAll(new RegExp(pattern, 'g'))].at(-1)?.[1]);
    return Number.isFinite(value) ? (unit === 'ms' ? value / 1000 : value).toFixed(1) : '?';
  };
  // Durations as Astro and Pagefind print them ("1m 11s", "9.36s", "247ms"); the first
  // "[vite] ✓ built in" is the server bundle of every chapter.
  const bundle = (pattern: RegExp, last = false) => {
    const matches = [...log.matchAll(new RegExp(pattern, 'g'))];
    const text = (last ? matches.at(-1) : matches[0])?.[1] ?? '';
    const [, minutes = '0', value = '', unit = 's'] = /^(?:(\d+)m )?([\d.]+)(ms|s)$/.exec(text) ?? [];
    return value ? (Number(minutes) * 60 + Number(value) / (unit === 'ms' ? 1000 : 1)).toFixed(1) : '?';
  };
  const phases = [
    `Vite bundle ${bundle(/\[vite\] ✓ built in ((?:\d+m )?[\d.]+m?s)/)}`,
    `page generation ${bundle(/\d ✓ Completed in ((?:\d+m )?[\d.]+m?s)/, true)}`,
    `pagefind ${bundle(/Finished building search index in ((?:\d+m )?[\d.]+m?s)/)}`,
    `fonts ${find(/fonts: .*\((\d+) ms\)/, 'ms')}`,
    `page rewrite ${find(/CSP: .*\(pages (\d+) ms\)/, 'ms')}`,
  ].join(', ');
  return { seconds: (performance.now() - started) / 1000, phases };
}

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** Build time of the real site and of synthetic copies, with seconds per page and their ratio. */
function scaling(factors: number[]): void {
  section(`build scaling (load average before: ${load()})`);
  const dist = join(root, 'dist');
  const base = timedBuild(root);
  const basePages = pageFiles(dist).length;
  const perPage = base.seconds / basePages;
  row(
    `1×: ${basePages} pages`,
    `${base.seconds.toFixed(1)} s, ${perPage.toFixed(3)} s/page (${base.phases}) [load ${load()}]`,
  );
  // Per page, and per page added: the second is the one that shows growth that is not linear, since
  // the fixed cost of a build (starting Vite, Chromium, Pagefind) dominates the per-page figure at 1×.
  let previous = { seconds: base.seconds, pages: basePages };
  let firstMarginal: number | undefined;
  for (const factor of factors) {
    const copy = syntheticCopy(factor);
    const build = timedBuild(copy);
    const pages = pageFiles(join(copy, 'dist')).length;
    const ratio = build.seconds / pages / perPage;
    const marginal = (build.seconds - previous.seconds) / (pages - previous.pages);
    firstMarginal ??= marginal;
    row(
      `${factor}×: ${pages} pages`,
      `${build.seconds.toFixed(1)} s, ${(build.seconds / pages).toFixed(3)} s/page = ${ratio.toFixed(2)}× the 1× per-page cost; ` +
        `${marginal.toFixed(3)} s per added page (${(marginal / firstMarginal).toFixed(2)}× the first step's) (${build.phases}) [load ${load()}]`,
    );
    previous = { seconds: build.seconds, pages };
    rmSync(copy, { recursive: true, force: true });
  }
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
  for (const lang of LANGS) {
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
    row('real site, cold diagram cache (s)', timedBuild(root).seconds.toFixed(1));
  }
  row('real site, warm diagram cache (s)', timedBuild(root).seconds.toFixed(1));
  const firstBuild = join(tmpdir(), 'handbook-bench-first-dist');
  rmSync(firstBuild, { recursive: true, force: true });
  cpSync(dist, firstBuild, { recursive: true });
  timedBuild(root);
  const differing = spawnSync('diff', ['-rq', firstBuild, dist], { encoding: 'utf8' }).stdout.trim();
  row('two builds identical (deterministic)', differing ? `no:\n${differing}` : 'yes');
  rmSync(firstBuild, { recursive: true, force: true });
  const pages = pageFiles(dist).length;
  row('pages (chapters × languages)', String(pages));
  if (!quick) scaling([10, 50]);

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
    for (const lang of LANGS) {
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

    section('fonts and Lighthouse, ko | en (performance/accessibility/best practices/SEO, median of runs)');
    for (const [what, value] of await benchPages(dist, { runs: quick ? 1 : 3 })) row(what, value);
  } finally {
    await browser.close();
    server.close();
  }
}

if (scalingOnly) scaling([10, 50]);
else await measure();
const width = Math.max(...rows.map(([what]) => what.length));
console.log(
  `\nVirtualization Handbook — bench (${new Date().toISOString()}, ${scalingOnly ? 'scaling' : quick ? 'quick' : 'full'}, load average ${load()})`,
);
for (const [what, value] of rows) console.log(value ? `${what.padEnd(width)}  ${value}` : `\n${what}`);
