// Starlight reads chapters from src/content/docs; contributors edit them in top-level content/.
// The link is made here, not committed, because a committed symlink becomes a plain text file on a
// Windows clone without core.symlinks. A directory junction needs no privileges on Windows.
import { lstatSync, mkdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = resolve(root, 'content');
const docsLink = resolve(root, 'src/content/docs');

export function ensureContentLink() {
  const isWindows = process.platform === 'win32';
  // A junction must point to an absolute path; a relative symlink survives moving the checkout.
  const target = isWindows ? contentDir : relative(dirname(docsLink), contentDir);
  let existing;
  try {
    existing = lstatSync(docsLink);
  } catch {
    existing = undefined;
  }
  if (existing) {
    if (existing.isSymbolicLink() && resolve(dirname(docsLink), readlinkSync(docsLink)) === contentDir) return;
    if (!existing.isSymbolicLink()) {
      throw new Error(
        `${relative(root, docsLink)} exists and is not a link to content/. Chapters belong in content/ko and content/en; move any files out of src/content/docs and run the command again.`,
      );
    }
    rmSync(docsLink);
  }
  mkdirSync(dirname(docsLink), { recursive: true });
  symlinkSync(target, docsLink, isWindows ? 'junction' : 'dir');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureContentLink();
}
