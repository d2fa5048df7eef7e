import { z } from 'zod/mini';
import { parseRuleOptions } from '../options.ts';
import type { Finding, Rule } from '../types.ts';
import { analyzeEmail } from './analyze.ts';

export { suggestDomain } from './suggest.ts';

const Options = z.object({
  /** Most slips (keyboard-neighbour typos, swaps, missing or doubled letters) in a provider's name. */
  maxDistance: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(2)), 2),
});
export type EmailTypoOptions = z.infer<typeof Options>;

/**
 * Domain typos of mainstream providers and top-level parts (`gamil.com`, `gmail.con`, `name@gmail`,
 * `yahoo.couk`), as a warning with a one-click fix; the local part keeps its case. Real domains
 * (`gmail.hu`, `comcast.com`, `mac.com`, IDN) are never "corrected"; ties give no suggestion.
 * A malformed address is the syntax rule's business (its fix includes the domain fix).
 */
export const emailTypo: Rule<EmailTypoOptions> = {
  id: 'email-typo',
  field: 'email',
  defaults: { maxDistance: 2 },
  parseOptions: (input) => parseRuleOptions('email-typo', Options, input),
  check(value, _ctx, options): Finding[] {
    const a = analyzeEmail(value, options.maxDistance);
    if (a.problem !== null || a.suggestion === null) return [];
    return [
      {
        rule: 'email-typo',
        field: 'email',
        severity: 'warn',
        code: 'hint.email.typo',
        params: { suggestion: a.suggestion },
        fix: { value: a.suggestion, label: 'hint.fix.use' },
      },
    ];
  },
};
