// npm run check:chapter -- content/ko/<slug>.mdx [content/en/<slug>.mdx …]
// A quick look at chapters without a full build: renders every diagram (the same renderer the build
// uses, so a syntax error shows with its file and line) and prints what the content tests compare.
import { readFileSync } from 'node:fs';
import { readChapter } from '../src/lib/content/chapters.ts';
import { DiagramError, renderDiagram } from '../src/integrations/rehype-mermaid.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run check:chapter -- content/ko/<slug>.mdx content/en/<slug>.mdx');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  const chapter = readChapter(readFileSync(file, 'utf8'));
  console.log(`\n${file}`);
  console.log(`  sections (${chapter.headings.length}): ${chapter.headings.join(' | ')}`);
  console.log(`  hangul syllables: ${chapter.hangulSyllables}, english words: ${chapter.englishWords}`);
  console.log(`  calculators: ${chapter.calculators.join(', ') || 'none'}`);
  console.log(`  source links in the last section: ${chapter.sourceLinks.length}`);
  for (const [index, diagram] of chapter.diagrams.entries()) {
    try {
      const { title } = await renderDiagram(diagram.source, `check${index}`, file, diagram.line);
      console.log(`  diagram at line ${diagram.line}: ok (${title})`);
    } catch (error) {
      failed = true;
      console.log(`  ${error instanceof DiagramError ? error.message : String(error)}`);
    }
  }
}
process.exit(failed ? 1 : 0);
