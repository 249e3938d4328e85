// The dependency arrows of issue 13, as ESLint enforces them (eslint.config.js): a model (src/lib/,
// or a calculator's model.ts and defaults.ts) imports no view, string table, kit, astro:* or node:*; src/ imports nothing from scripts/ or test/;
// scripts/ imports nothing from test/. Lints small probe files as if they sat at those paths.
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint();

async function restricted(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const probe = 1;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('dependency arrows', { timeout: 30_000 }, () => {
  test.each([
    ['src/lib/probe.ts', "import 'node:fs';"],
    ['src/lib/probe.ts', "import 'astro:content';"],
    ['src/lib/probe.ts', "import '../i18n/ui.ts';"],
    ['src/lib/probe.ts', "import '../calculators/density/strings.ts';"],
    ['src/lib/probe.ts', "import '../calculators/density/view.ts';"],
    ['src/lib/probe.ts', "import '../components/calculators/DensityCalculator.astro';"],
    ['src/calculators/density/model.ts', "import './view.ts';"],
    ['src/calculators/density/model.ts', "import './strings.ts';"],
    ['src/calculators/density/model.ts', "import '../kit/format.ts';"],
    ['src/calculators/density/model.ts', "import './DensityCalculator.astro';"],
    ['src/calculators/density/model.ts', "import '../../i18n/ui.ts';"],
    ['src/calculators/density/model.ts', "import 'node:crypto';"],
    ['src/calculators/density/model.ts', "import 'astro:content';"],
    ['src/calculators/layers/defaults.ts', "import '../density/strings.ts';"],
    ['src/calculators/layers/model.ts', "import '../digest/view.ts';"],
    ['src/lib/probe.ts', "import '../../scripts/new-chapter.ts';"],
    ['src/components/probe.ts', "import '../../scripts/translations.ts';"],
    ['src/components/probe.ts', "import '../../test/e2e/fixtures.ts';"],
    ['scripts/probe.ts', "import '../test/e2e/fixtures.ts';"],
  ])('%s may not %s', async (path, source) => {
    expect(await restricted(path, source)).toHaveLength(1);
  });

  test.each([
    ['src/lib/probe.ts', "import '../i18n/locales.ts';"],
    ['src/lib/probe.ts', "import './go/strconv.ts';"],
    ['src/lib/probe.ts', "import '../calculators/density/model.ts';"],
    ['src/calculators/cgroups/model.ts', "import '../../lib/go/strconv.ts';"],
    ['src/calculators/layers/model.ts', "import '../digest/model.ts';"],
    ['src/calculators/layers/defaults.ts', "import '../density/defaults.ts';"],
    ['src/calculators/density/model.ts', "import '../../i18n/locales.ts';"],
    ['src/calculators/density/view.ts', "import './strings.ts';"],
    ['src/components/probe.ts', "import '../lib/cgroups.ts';"],
    ['scripts/probe.ts', "import '../src/lib/cgroups.ts';"],
    ['test/unit/probe.ts', "import '../../scripts/new-chapter.ts';"],
  ])('%s may %s', async (path, source) => {
    expect(await restricted(path, source)).toEqual([]);
  });
});
