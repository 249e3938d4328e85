import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../../scripts/serve-dist.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ has no built site: run `npm run build` before `npm run test:e2e`.');
  }
  const { server, origin } = await serveDist();
  project.provide('origin', origin);
  return () => new Promise<void>((done) => server.close(() => done()));
}
