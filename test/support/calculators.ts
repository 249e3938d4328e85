// The six calculators as a page computes them, for the unit and end-to-end tests: each spec paired
// with both languages' strings (src/calculators/kit/strings.ts withStrings), and the strings tables
// the tests compare against. Tests import the calculators from here only, so a move is one edit.
import type { Lang } from '../../src/i18n/locales.ts';
import { cgroupsStrings } from '../../src/calculators/cgroups/strings.ts';
import { cgroupsCalculator as cgroupsSpec } from '../../src/calculators/cgroups/view.ts';
import { densityStrings } from '../../src/calculators/density/strings.ts';
import { densityCalculator as densitySpec } from '../../src/calculators/density/view.ts';
import { digestStrings } from '../../src/calculators/digest/strings.ts';
import { digestCalculator as digestSpec } from '../../src/calculators/digest/view.ts';
import { imageReferenceStrings } from '../../src/calculators/image-reference/strings.ts';
import { imageReferenceCalculator as imageReferenceSpec } from '../../src/calculators/image-reference/view.ts';
import { kitStrings, withStrings } from '../../src/calculators/kit/strings.ts';
import type { CalculatorStrings } from '../../src/calculators/kit/spec.ts';
import { layersStrings } from '../../src/calculators/layers/strings.ts';
import { layersCalculator as layersSpec } from '../../src/calculators/layers/view.ts';
import { portSpecStrings } from '../../src/calculators/port-spec/strings.ts';
import { portSpecCalculator as portSpecSpec } from '../../src/calculators/port-spec/view.ts';

export type { BoundCalculator } from '../../src/calculators/kit/strings.ts';
export type { CalculatorOutcome } from '../../src/calculators/kit/spec.ts';
export { DIGEST_DEFAULT_A, DIGEST_DEFAULT_B, DIGEST_DEFAULT_CHECK } from '../../src/calculators/digest/defaults.ts';
export { fill } from '../../src/calculators/kit/format.ts';

export const densityCalculator = withStrings(densitySpec, densityStrings);
export const layersCalculator = withStrings(layersSpec, layersStrings);
export const imageReferenceCalculator = withStrings(imageReferenceSpec, imageReferenceStrings);
export const digestCalculator = withStrings(digestSpec, digestStrings);
export const cgroupsCalculator = withStrings(cgroupsSpec, cgroupsStrings);
export const portSpecCalculator = withStrings(portSpecSpec, portSpecStrings);

/** Every calculator, for the checks that hold for all of them. */
export const calculators = [
  densityCalculator,
  layersCalculator,
  imageReferenceCalculator,
  digestCalculator,
  cgroupsCalculator,
  portSpecCalculator,
] as const;

const section = <S extends CalculatorStrings, K extends 'output' | 'errors'>(
  table: Record<Lang, S>,
  key: K,
): Record<Lang, S[K]> => ({ ko: table.ko[key], en: table.en[key] });

/** One message per model error code, by language. */
export const densityMessages = section(densityStrings, 'errors');
export const layersMessages = section(layersStrings, 'errors');
export const imageReferenceMessages = section(imageReferenceStrings, 'errors');
export const digestMessages = section(digestStrings, 'errors');
export const cgroupsMessages = section(cgroupsStrings, 'errors');
export const portSpecMessages = section(portSpecStrings, 'errors');

/** What the results say, by language. */
export const densityOutputUi = section(densityStrings, 'output');
export const digestOutputUi = section(digestStrings, 'output');
export const cgroupsOutputUi = section(cgroupsStrings, 'output');
export const portSpecOutputUi = section(portSpecStrings, 'output');

/** The kit's own sentences: the result while an input is wrong, and the rejected-link notice. */
export const fixInputs = (lang: Lang): string => kitStrings[lang].output.fixInputs;
export const urlNotice = (lang: Lang): string => kitStrings[lang].form.urlNotice;
