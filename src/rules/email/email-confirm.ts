import { z } from 'zod/mini';
import { parseRuleOptions } from '../options.ts';
import type { Finding, Rule } from '../types.ts';
import { analyzeEmail } from './analyze.ts';

const Options = z.object({});
export type EmailConfirmOptions = z.infer<typeof Options>;

/**
 * The confirm-email field differs from the email field, once both are complete: the email is a
 * valid address and the confirmation is either finished (blur) or at least as long. Letter case
 * is ignored (mailbox providers ignore it). No fix: which of the two is right is the person's call.
 */
export const emailConfirm: Rule<EmailConfirmOptions> = {
  id: 'email-confirm',
  field: 'email-confirm',
  defaults: {},
  parseOptions: (input) => parseRuleOptions('email-confirm', Options, input),
  check(value, ctx): Finding[] {
    const email = (ctx.fields.email ?? '').trim();
    const confirm = value.trim();
    if (email === '' || confirm === '' || email.length > 320 || confirm.length > 320) return [];
    if (analyzeEmail(email).problem !== null) return [];
    if (ctx.phase === 'typing' && confirm.length < email.length) return [];
    if (email.toLowerCase() === confirm.toLowerCase()) return [];
    return [
      {
        rule: 'email-confirm',
        field: 'email-confirm',
        severity: 'error',
        code: 'hint.email.confirm.mismatch',
        params: { email },
      },
    ];
  },
};
