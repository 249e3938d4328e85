// cgroup translator: the page's view over dockerResourcesToCgroups (src/lib/cgroups.ts), in both
// languages, for the component's build-time result and for the tests. The browser script builds its
// own from cgroups-view.ts and only the page language's strings.
import { cgroupsOutputUi } from '../../i18n/calculators/cgroups.ts';
import { cgroupsMessages } from '../../i18n/messages/cgroups.ts';
import type { Lang } from '../../i18n/ui.ts';
import { createCgroupsCalculator, type CgroupsStrings } from './cgroups-view.ts';

export {
  cgroupsDefaults,
  cgroupsStringsFromJson,
  cgroupsStringsToJson,
  createCgroupsCalculator,
  flagName,
  FORMULA_KEY,
  type CgroupsStrings,
} from './cgroups-view.ts';

/** Everything compute says, in one language. */
export const cgroupsStrings = (lang: Lang): CgroupsStrings => ({
  output: cgroupsOutputUi[lang],
  messages: cgroupsMessages[lang],
});

export const cgroupsCalculator = createCgroupsCalculator(cgroupsStrings);
