import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/index.ts';
import { runRules } from '../../../src/rules/registry.ts';
import {
  buildDraft,
  checkDraftPhone,
  cleanDescription,
  mentionsCode,
  normalizePhone,
} from '../../../src/guide/draft.ts';
import { guessPlatform, guideFor, stepsFor } from '../../../src/guide/guide.ts';
import { isKnownSupportPage } from '../../../src/guide/resubmit.ts';
import { GENERIC } from '../../../src/profiles/index.ts';
import { PLATFORMS } from '../../../src/profiles/schema.ts';
import { WHATSAPP } from '../../../src/profiles/whatsapp.ts';

const channel = (id: string) => WHATSAPP.channels.find((c) => c.id === id)!;

describe('guideFor', () => {
  it('a banned account: the appeal email first, then the alternatives, with the checklist and timing', () => {
    const g = guideFor(WHATSAPP, 'banned', 'android')!;
    expect(g.recommended.id).toBe('email-appeal');
    expect(g.alternatives.map((c) => c.id)).toEqual(['web-form', 'in-app']);
    expect(g.include).toContain('guide.include.ban-notice');
    expect(g.timing).toBe('timing.appeal');
    expect(g.timingCaveat).toBe('popup.channels.timing');
    expect(g.avoid).toEqual(expect.arrayContaining(['guide.avoid.resubmit', 'guide.avoid.phone', 'guide.avoid.code']));
  });

  it('technical emails follow the platform', () => {
    const ids = (p: (typeof PLATFORMS)[number]) =>
      [guideFor(WHATSAPP, 'crash', p)!.recommended, ...guideFor(WHATSAPP, 'crash', p)!.alternatives].map((c) => c.id);
    expect(ids('android')).toContain('email-android');
    expect(ids('android')).not.toContain('email-iphone');
    expect(ids('iphone')).toContain('email-iphone');
    expect(ids('iphone')).not.toContain('email-android');
  });

  it('a stolen account adds its own advice after the general list', () => {
    const g = guideFor(WHATSAPP, 'stolen', 'iphone')!;
    expect(g.avoid.at(-1)).toBe('guide.avoid.stolen-reregister');
  });

  it('every problem has a guide on every platform, with steps for the recommended channel', () => {
    for (const cat of WHATSAPP.categories) {
      for (const p of cat.problems) {
        for (const platform of PLATFORMS) {
          const g = guideFor(WHATSAPP, p.id, platform);
          expect(g, `${p.id}/${platform}`).not.toBeNull();
          expect(stepsFor(g!.recommended, platform).length, `${p.id}/${platform}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('unknown problems and the generic profile give null', () => {
    expect(guideFor(WHATSAPP, 'nope', 'android')).toBeNull();
    expect(guideFor(GENERIC, 'banned', 'android')).toBeNull();
  });

  it('steps per platform', () => {
    expect(stepsFor(channel('in-app'), 'iphone')[0]).toBe('step.in-app.iphone.1');
    expect(stepsFor(channel('in-app'), 'android')[0]).toBe('step.in-app.android.1');
    expect(stepsFor(channel('web-form'), 'web')[0]).toBe('step.web-form.1');
  });

  it('guesses the platform from the user agent', () => {
    expect(guessPlatform('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)')).toBe('iphone');
    expect(guessPlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)')).toBe('iphone');
    expect(guessPlatform('Mozilla/5.0 (X11; Linux x86_64)')).toBe('android');
  });
});

describe('email drafts', () => {
  it('a ban appeal in English, with the number and the description', () => {
    const d = buildDraft('en', WHATSAPP, channel('email-appeal'), {
      phone: '+39 312 345 6789',
      description: 'Banned this morning after updating the app.',
    })!;
    expect(d.to).toBe('support@whatsapp.com');
    expect(d.subject).toBe('Request to review my banned WhatsApp account +393123456789');
    expect(d.body).toContain('My WhatsApp account with the number +393123456789 has been banned.');
    expect(d.body).toContain('What happened: Banned this morning after updating the app.');
    expect(d.mailto.startsWith('mailto:support@whatsapp.com?subject=Request%20to%20review')).toBe(true);
    expect(d.mailto).toContain('%0D%0A');
    const url = new URL(d.mailto);
    expect(url.searchParams.get('body')).toBe(d.body.replace(/\n/g, '\r\n'));
  });

  it.each(LOCALES)('builds a draft in %s', (locale) => {
    const d = buildDraft(locale, WHATSAPP, channel('email-appeal'), { phone: '+62 812 3456 7890', description: '' })!;
    expect(d.subject).toContain('+6281234567890');
    expect(d.body).toContain('+6281234567890');
    expect(d.body).not.toMatch(/\{\w+\}/);
  });

  it('a bad number leaves a visible placeholder in the draft', () => {
    const d = buildDraft('en', WHATSAPP, channel('email-appeal'), { phone: '0312', description: '' })!;
    expect(d.subject).toContain('[your number with country code]');
  });

  it('only email channels have drafts', () => {
    expect(buildDraft('en', WHATSAPP, channel('web-form'), { phone: '', description: '' })).toBeNull();
  });

  it('checks the phone number: + and 8–15 digits', () => {
    expect(checkDraftPhone('+39 312 345 6789', WHATSAPP).ok).toBe(true);
    expect(checkDraftPhone('+886 912-345-678', WHATSAPP).value).toBe('+886912345678');
    for (const bad of ['', '3123456789', '+39 31', '+0 123 456 789', '+1234567890123456', 'call me']) {
      const c = checkDraftPhone(bad, WHATSAPP);
      expect(c.ok, bad).toBe(false);
      expect(c.message?.code, bad).toBe('draft.phone.invalid');
    }
  });

  it('adds the profile phone rules when they are loaded', () => {
    // A landline is international and well-formed, but WhatsApp needs the mobile number.
    const withRules = checkDraftPhone('+39 02 1234 5678', WHATSAPP, 'en', runRules);
    expect(withRules.ok).toBe(true);
    expect(withRules.message?.code).toBe('hint.phone.not-mobile');
    expect(checkDraftPhone('+39 02 1234 5678', WHATSAPP, 'en').message).toBeUndefined();
  });

  it('normalizes numbers and cleans descriptions', () => {
    expect(normalizePhone(' (+39) 312.345.6789 ')).toBe('+393123456789');
    expect(normalizePhone('＋３９ ３１２')).toBe('+39312');
    expect(cleanDescription('a\u0000b\r\n\n\n\nc  ')).toBe('a b\n\nc');
    expect(cleanDescription('x'.repeat(5000))).toHaveLength(1500);
  });

  it('spots a verification code in the description', () => {
    expect(mentionsCode('my code is 123456')).toBe(true);
    expect(mentionsCode('code 123-456')).toBe(true);
    expect(mentionsCode('iPhone 14, iOS 17, since 3 May')).toBe(false);
    expect(mentionsCode('number +393123456789')).toBe(false);
  });

  it('never throws on any input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom(...LOCALES), (phone, description, locale) => {
        const d = buildDraft(locale, WHATSAPP, channel('email-appeal'), { phone, description });
        expect(d!.body.length).toBeLessThan(4000);
        mentionsCode(description);
      }),
      { numRuns: 200 },
    );
  });
});

describe('isKnownSupportPage', () => {
  it.each([
    ['https://www.whatsapp.com/contact/', true],
    ['https://www.whatsapp.com/contact/?subject=banned', true],
    ['https://www.whatsapp.com/contact/noclient', true],
    ['https://faq.whatsapp.com/en/contact', true],
    ['https://www.whatsapp.com/legal', false],
    ['http://www.whatsapp.com/contact/', false],
    ['https://whatsapp-support.example/contact/', false],
    ['nonsense', false],
  ])('%s → %s', (url, want) => {
    expect(isKnownSupportPage(WHATSAPP, url)).toBe(want);
  });

  it('the generic profile knows no support page', () => {
    expect(isKnownSupportPage(GENERIC, 'https://example.com/contact')).toBe(false);
  });
});
