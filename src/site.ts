// One place for facts about where the handbook lives.
export const SITE_URL = 'https://virtualization-handbook.github.io';
export const REPOSITORY_URL = 'https://github.com/virtualization-handbook/virtualization-handbook';
export const DEFAULT_BRANCH = 'main';
