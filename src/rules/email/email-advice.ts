import { z } from 'zod/mini';
import { parseRuleOptions } from '../options.ts';
import type { Finding, Rule } from '../types.ts';
import { analyzeEmail } from './analyze.ts';
import { DISPOSABLE, MAILBOXES } from './suggest.ts';

const Options = z.object({
  /** Note that replies to an organisation's domain may be filtered. */
  company: z._default(z.boolean(), true),
  /** Note that a disposable inbox may be gone before the reply comes. */
  disposable: z._default(z.boolean(), true),
});
export type EmailAdviceOptions = z.infer<typeof Options>;

/**
 * Profile-level advice (WhatsApp): a company or disposable domain gets an info note that replies
 * may be filtered or lost. Never an error; shown once per field; silent while the address is
 * malformed, mistyped (the other rules speak) or still being typed.
 */
export const emailAdvice: Rule<EmailAdviceOptions> = {
  id: 'email-advice',
  field: 'email',
  defaults: { company: true, disposable: true },
  parseOptions: (input) => parseRuleOptions('email-advice', Options, input),
  check(value, ctx, options): Finding[] {
    if (ctx.phase === 'typing') return [];
    const a = analyzeEmail(value);
    if (a.problem !== null || a.suggestion !== null || a.domain === null) return [];
    const domain = a.domain;
    if (DISPOSABLE.has(domain)) {
      if (!options.disposable) return [];
      return [info('hint.email.advice.disposable', domain)];
    }
    if (MAILBOXES.has(domain) || !options.company) return [];
    return [info('hint.email.advice.company', domain)];
  },
};

function info(code: 'hint.email.advice.disposable' | 'hint.email.advice.company', domain: string): Finding {
  return { rule: 'email-advice', field: 'email', severity: 'info', code, params: { domain }, once: true };
}
