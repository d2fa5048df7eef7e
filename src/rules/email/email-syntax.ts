import { z } from 'zod/mini';
import type { MessageKey } from '../../i18n/keys.ts';
import { parseRuleOptions } from '../options.ts';
import type { Finding, Rule } from '../types.ts';
import type { EmailProblem } from './analyze.ts';
import { analyzeEmail } from './analyze.ts';

const CODES: Readonly<Record<EmailProblem, MessageKey>> = {
  'missing-at': 'hint.email.syntax.missing-at',
  'two-at': 'hint.email.syntax.two-at',
  spaces: 'hint.email.syntax.spaces',
  'illegal-char': 'hint.email.syntax.illegal-char',
  'empty-local': 'hint.email.syntax.empty-local',
  'missing-domain': 'hint.email.syntax.missing-domain',
  'leading-dot': 'hint.email.syntax.leading-dot',
  'trailing-dot': 'hint.email.syntax.trailing-dot',
  'double-dot': 'hint.email.syntax.double-dot',
  'missing-tld': 'hint.email.syntax.missing-tld',
  'too-long': 'hint.email.syntax.too-long',
  invalid: 'hint.email.syntax.invalid',
};

const Options = z.object({});
export type EmailSyntaxOptions = z.infer<typeof Options>;

/**
 * Syntax with a specific reason (missing @, spaces, two @, an illegal character, empty local part,
 * dots in the wrong place…), as an error; with a one-click fix when the repair is certain
 * (`name@@gmail.com`, `name@gmail..com`, `name.gmail.com`, `name@gmail,com`).
 * While typing, complaints that only mean "not finished yet" are held back.
 */
export const emailSyntax: Rule<EmailSyntaxOptions> = {
  id: 'email-syntax',
  field: 'email',
  defaults: {},
  parseOptions: (input) => parseRuleOptions('email-syntax', Options, input),
  check(value, ctx): Finding[] {
    const a = analyzeEmail(value);
    if (a.problem === null) return [];
    if (a.incomplete && ctx.phase === 'typing') return [];
    const params: Record<string, string> = {};
    if (a.char !== undefined) params.char = a.char;
    if (a.suggestion !== null) params.suggestion = a.suggestion;
    return [
      {
        rule: 'email-syntax',
        field: 'email',
        severity: 'error',
        code: CODES[a.problem],
        params,
        ...(a.suggestion !== null ? { fix: { value: a.suggestion, label: 'hint.fix.use' } } : {}),
      },
    ];
  },
};
