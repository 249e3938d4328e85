import { requireBuiltSite } from '../support/dist.ts';

requireBuiltSite();
