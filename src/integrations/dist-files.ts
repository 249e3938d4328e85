import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `directory` whose name ends with `extension`, in a stable order. */
export function filesUnder(directory: string, extension: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
