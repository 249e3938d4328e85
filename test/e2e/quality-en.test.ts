import { defineQualitySuite } from './support/quality-suite.ts';

defineQualitySuite('en');
