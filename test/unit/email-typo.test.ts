import { describe, expect, it } from 'vitest';
import { emailTypo, suggestDomain } from '../../src/rules/email/email-typo.ts';
import type { RuleContext } from '../../src/rules/types.ts';

const ctx: RuleContext = { fields: {}, pageLang: 'en', profileId: 'generic' };
const check = (v: string) => emailTypo.check(v, ctx, emailTypo.defaults);

describe('email-typo', () => {
  it.each([
    ['name@gamil.com', 'name@gmail.com'],
    ['name@gmial.com', 'name@gmail.com'],
    ['Name.Surname@hotmial.com', 'Name.Surname@hotmail.com'],
    ['a@yaho.com', 'a@yahoo.com'],
    ['a@gmail.con', 'a@gmail.com'],
    ['a@gmail.cmo', 'a@gmail.com'],
    ['a@gmail', 'a@gmail.com'],
    ['a@gmail..com', 'a@gmail.com'],
    ['a@outlok.com', 'a@outlook.com'],
    ['a@icloud.cm', 'a@icloud.com'],
  ])('%s → %s with a fix', (input, want) => {
    const [finding] = check(input);
    expect(finding?.code).toBe('hint.email.typo');
    expect(finding?.params.suggestion).toBe(want);
    expect(finding?.fix?.value).toBe(want);
  });

  it.each([
    'name@gmail.com',
    'name@gmail.hu',
    'x@comcast.com',
    'x@comcast.net',
    'x@mac.com',
    'x@mask.io',
    'x@pacific.co',
    'x@company.ai',
    'x@example.co.nz',
    'x@twitch.tv',
    'x@bücher.de',
    'x@xn--bcher-kva.de',
    '',
    'not an email',
    'a@b@c.com',
  ])('%s gets no suggestion', (input) => {
    expect(check(input)).toEqual([]);
  });

  it('keeps the local part as typed', () => {
    expect(check('MiXeD@gamil.com')[0]?.fix?.value).toBe('MiXeD@gmail.com');
  });

  it('gives no suggestion on a tie', () => {
    // "gmx.ne" is one edit from both gmx.de and gmx.net.
    expect(suggestDomain('gmx.ne', 2)).toBeNull();
  });

  it('rejects bad options with a message', () => {
    expect(() => emailTypo.parseOptions({ maxDistance: 9 })).toThrow(/maxDistance/);
  });
});
