import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERIC } from '../../../src/profiles/index.ts';
import { WHATSAPP } from '../../../src/profiles/whatsapp.ts';
import { analyzeEmail } from '../../../src/rules/email/analyze.ts';
import { emailAdvice } from '../../../src/rules/email/email-advice.ts';
import { emailConfirm } from '../../../src/rules/email/email-confirm.ts';
import { emailSyntax } from '../../../src/rules/email/email-syntax.ts';
import { emailTypo, suggestDomain } from '../../../src/rules/email/email-typo.ts';
import { TLD_TYPOS } from '../../../src/rules/email/domains.ts';
import { runRules } from '../../../src/rules/registry.ts';
import type { Finding, RuleContext } from '../../../src/rules/types.ts';

const ctx: RuleContext = { fields: {}, pageLang: 'en', profileId: 'generic' };
const typo = (v: string) => emailTypo.check(v, ctx, emailTypo.defaults);
const syntax = (v: string, c: Partial<RuleContext> = {}) =>
  emailSyntax.check(v, { ...ctx, ...c }, emailSyntax.defaults);
const order = { error: 0, warn: 1, info: 2 } as const;
/** What the person would be offered: the fix of the first finding in display order. */
function offered(v: string): string | null {
  const f = runRules(GENERIC.rules, 'email', v, { ...ctx, phase: 'done' });
  f.sort((a, b) => order[a.severity] - order[b.severity]);
  return f.find((x) => x.fix)?.fix?.value ?? null;
}

describe('email-typo', () => {
  it.each([
    ['name@gamil.com', 'name@gmail.com'],
    ['name@gmial.com', 'name@gmail.com'],
    ['name@gmai.com', 'name@gmail.com'],
    ['name@gnail.com', 'name@gmail.com'],
    ['Name.Surname@hotmial.com', 'Name.Surname@hotmail.com'],
    ['a@yaho.com', 'a@yahoo.com'],
    ['a@yahooo.com', 'a@yahoo.com'],
    ['a@gmail.con', 'a@gmail.com'],
    ['a@gmail.cmo', 'a@gmail.com'],
    ['a@gmail.cm', 'a@gmail.com'],
    ['a@gmail.co', 'a@gmail.com'],
    ['a@gmail.comm', 'a@gmail.com'],
    ['a@outlok.com', 'a@outlook.com'],
    ['a@icloud.cm', 'a@icloud.com'],
    ['a@yahoo.couk', 'a@yahoo.co.uk'],
    ['a@hotmail.co.uj', 'a@hotmail.co.uk'],
    ['a@example.con', 'a@example.com'],
    ['a@firm.couk', 'a@firm.co.uk'],
    ['a@gmail.com.com', 'a@gmail.com'],
    ['a@libero.iy', 'a@libero.it'],
    ['a@libero.itt', 'a@libero.it'],
    ['a@sbcgloble.net', 'a@sbcglobal.net'],
    ['a@yahoo.co.jpp', 'a@yahoo.co.jp'],
  ])('%s → %s with a fix', (input, want) => {
    const [finding] = typo(input);
    expect(finding?.code).toBe('hint.email.typo');
    expect(finding?.severity).toBe('warn');
    expect(finding?.params.suggestion).toBe(want);
    expect(finding?.fix).toEqual({ value: want, label: 'hint.fix.use' });
  });

  // mailcheck's known false positives and real country / ISP variants: never "corrected".
  it.each([
    'name@gmail.com',
    'name@gmail.hu',
    'name@gmail.de',
    'x@comcast.com',
    'x@comcast.net',
    'x@mac.com',
    'x@me.com',
    'x@mask.io',
    'x@pacific.co',
    'x@company.ai',
    'x@example.co.nz',
    'x@twitch.tv',
    'x@bücher.de',
    'x@xn--bcher-kva.de',
    '用户@例子.广告',
    'x@gmx.at',
    'x@gmx.ch',
    'x@yahoo.co.in',
    'x@live.co.za',
    'x@hotmail.co.jp',
    'x@outlook.jp',
    'x@mail.ru',
    'x@inbox.ru',
    'x@yandex.ua',
    'x@t-online.de',
    'x@orange.fr',
    'x@sfr.fr',
    'x@bigpond.com',
    'x@shaw.ca',
    'x@rogers.com',
    'x@btinternet.com',
    'x@sky.com',
    'x@seznam.cz',
    'x@wp.pl',
    'x@o2.pl',
    'x@interia.pl',
    'x@abv.bg',
    'x@rediffmail.com',
    'x@sina.com',
    'x@sohu.com',
    'x@yeah.net',
    'x@139.com',
    'x@hanmail.net',
    'x@nate.com',
    'x@uol.com.br',
    'x@bol.com.br',
    'x@terra.com.br',
    'x@tim.it',
    'x@fastwebnet.it',
    'x@email.it',
    'x@tin.it',
    'x@cox.net',
    'x@sbcglobal.net',
    'x@bellsouth.net',
    'x@charter.net',
    'x@earthlink.net',
    'x@juno.com',
    'x@optonline.net',
    'x@frontier.com',
    'x@windstream.net',
    'x@telus.net',
    'x@videotron.ca',
    'x@ntlworld.com',
    'x@talktalk.net',
    'x@virginmedia.com',
    'x@blueyonder.co.uk',
    'x@bluewin.ch',
    'x@freenet.de',
    'x@arcor.de',
    'x@posteo.de',
    'x@mailbox.org',
    'x@tutanota.com',
    'x@fastmail.com',
    'x@hey.com',
    'x@duck.com',
    'x@pm.me',
    'x@cloud.com',
    'x@never.com',
    'x@orange.cm',
    'x@mymail.co',
    'x@alive.it',
    'x@charted.net',
    'x@gmail.net',
    'jane@acme.co.uk',
    'j.doe@stanford.edu',
    '',
    'not an email',
    'a@b@c.com',
  ])('%s gets no typo suggestion', (input) => {
    expect(typo(input)).toEqual([]);
  });

  it('keeps the local part as typed', () => {
    expect(typo('MiXeD@GAMIL.com')[0]?.fix?.value).toBe('MiXeD@gmail.com');
  });

  it('gives no suggestion on a tie', () => {
    // "gmx.ne" is one edit from both gmx.de and gmx.net (and .ne is a real country code).
    expect(suggestDomain('gmx.ne', 2)).toBeNull();
    // "hotmail.fe": as close to hotmail.fr as to hotmail.de.
    expect(suggestDomain('hotmail.fe', 2)).toBeNull();
  });

  it('maxDistance 1 turns off two-slip matches', () => {
    expect(suggestDomain('sbcgloble.net', 2)).toBe('sbcglobal.net');
    expect(suggestDomain('btinternt.com', 1)).toBe('btinternet.com');
    expect(emailTypo.parseOptions({ maxDistance: 1 })).toEqual({ maxDistance: 1 });
  });

  it('no top-level typo is itself a real top-level domain except the documented cm / om', () => {
    const real = new Set(['cm', 'om']);
    for (const k of Object.keys(TLD_TYPOS)) {
      if (!k.includes('.') && k.length === 2) expect(real.has(k) || k === 'nt', k).toBe(true);
    }
  });

  it('rejects bad options with a message', () => {
    expect(() => emailTypo.parseOptions({ maxDistance: 9 })).toThrow(/maxDistance/);
    expect(emailTypo.parseOptions(undefined)).toEqual({ maxDistance: 2 });
  });
});

describe('email-syntax', () => {
  it.each([
    ['john', 'hint.email.syntax.missing-at'],
    ['a@b@c.com', 'hint.email.syntax.two-at'],
    ['jo hn@gmail.com', 'hint.email.syntax.spaces'],
    ['a(b)@gmail.com', 'hint.email.syntax.illegal-char'],
    ['@gmail.com', 'hint.email.syntax.empty-local'],
    ['john@', 'hint.email.syntax.missing-domain'],
    ['.john@gmail.com', 'hint.email.syntax.leading-dot'],
    ['john.@gmail.com', 'hint.email.syntax.trailing-dot'],
    ['john@gmail.com.', 'hint.email.syntax.trailing-dot'],
    ['jo..hn@gmail.com', 'hint.email.syntax.double-dot'],
    ['john@company', 'hint.email.syntax.missing-tld'],
    ['john@-x.com', 'hint.email.syntax.invalid'],
    [`${'a'.repeat(300)}@gmail.com`, 'hint.email.syntax.too-long'],
  ])('%s → %s (error)', (input, code) => {
    const [f] = syntax(input);
    expect(f?.code).toBe(code);
    expect(f?.severity).toBe('error');
  });

  it('names the illegal character', () => {
    expect(syntax('a;b@gmail.com')[0]?.params.char).toBe(';');
  });

  it.each([
    ['john@@gmail.com', 'john@gmail.com'],
    ['john@gmail..com', 'john@gmail.com'],
    ['john@gmail,com', 'john@gmail.com'],
    ['john.gmail.com', 'john@gmail.com'],
    ['john @gmail.com', 'john@gmail.com'],
    ['mailto:john@gmail.com', 'john@gmail.com'],
    ['john@gmial..com', 'john@gmail.com'],
    ['john@gmail', 'john@gmail.com'],
    ['john@gmailcom', 'john@gmail.com'],
  ])('%s has a certain repair → %s', (input, want) => {
    expect(syntax(input)[0]?.fix?.value).toBe(want);
  });

  it('accepts valid addresses, IDN and Unicode local parts', () => {
    for (const v of ['a+tag@gmail.com', "o'brien@example.ie", 'x@bücher.de', '用户@例子.广告', '  a@b.co  ']) {
      expect(syntax(v), v).toEqual([]);
    }
  });

  it('holds back "not finished yet" complaints while typing, but not definite ones', () => {
    expect(syntax('john', { phase: 'typing' })).toEqual([]);
    expect(syntax('john@', { phase: 'typing' })).toEqual([]);
    expect(syntax('john@gmail.', { phase: 'typing' })).toEqual([]);
    expect(syntax('jo hn@x.com', { phase: 'typing' })[0]?.code).toBe('hint.email.syntax.spaces');
  });

  it('analyzeEmail never throws on odd input', () => {
    for (const v of ['@', '@@', '.', '..@..', 'a@.', '\u0000@\u0000', '💥@💥.com', 'a'.repeat(100_000)]) {
      expect(() => analyzeEmail(v)).not.toThrow();
    }
  });
});

describe('email-confirm', () => {
  const check = (confirm: string, email: string, phase?: 'typing' | 'done') =>
    emailConfirm.check(confirm, { ...ctx, fields: { email }, ...(phase ? { phase } : {}) }, {});

  it('reports a confirmation that differs, once both are complete', () => {
    const [f] = check('x@gmail.co', 'x@gmail.com');
    expect(f).toMatchObject({ field: 'email-confirm', severity: 'error', code: 'hint.email.confirm.mismatch' });
  });
  it('ignores letter case', () => expect(check('X@Gmail.com', 'x@gmail.com')).toEqual([]));
  it('waits while the confirmation is still shorter and being typed', () => {
    expect(check('x@gma', 'x@gmail.com', 'typing')).toEqual([]);
    expect(check('x@gma', 'x@gmail.com', 'done')).toHaveLength(1);
  });
  it('says nothing until the email itself is a valid address', () => {
    expect(check('x@gmail.com', 'x@gmail')).toEqual([]);
    expect(check('x@gmail.com', '')).toEqual([]);
  });
});

describe('email-advice', () => {
  const check = (v: string) => emailAdvice.check(v, { ...ctx, profileId: 'whatsapp' }, emailAdvice.defaults);
  it('notes a company domain as info, once', () => {
    const [f] = check('jane@acme-corp.com');
    expect(f).toMatchObject({ severity: 'info', code: 'hint.email.advice.company', once: true });
    expect(f?.params.domain).toBe('acme-corp.com');
  });
  it('notes a disposable domain', () => {
    expect(check('x@mailinator.com')[0]?.code).toBe('hint.email.advice.disposable');
  });
  it('is silent on personal mailboxes, malformed or mistyped addresses', () => {
    for (const v of ['x@gmail.com', 'x@yahoo.co.id', 'x@libero.it', 'x@hinet.net', 'x@gamil.com', 'x@', '']) {
      expect(check(v), v).toEqual([]);
    }
  });
  it('runs only in the WhatsApp profile and never as an error', () => {
    const run = (p: typeof GENERIC) => runRules(p.rules, 'email', 'jane@acme-corp.com', ctx);
    expect(run(GENERIC)).toEqual([]);
    expect(run(WHATSAPP).map((f: Finding) => f.severity)).toEqual(['info']);
  });
});

describe('email eval fixture', () => {
  const cases = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'email', 'cases.json'), 'utf8'),
  ) as { input: string; suggest: string | null }[];

  it('has at least 150 cases', () => expect(cases.length).toBeGreaterThanOrEqual(150));

  it('meets the targets: ≥ 97 % correct, no false suggestion on a valid address', () => {
    let correct = 0;
    const falseSuggestions: string[] = [];
    for (const c of cases) {
      const got = offered(c.input);
      if (got === c.suggest) correct++;
      else if (c.suggest === null) falseSuggestions.push(`${c.input} → ${got}`);
    }
    expect(falseSuggestions).toEqual([]);
    expect(correct / cases.length).toBeGreaterThanOrEqual(0.97);
  });
});
