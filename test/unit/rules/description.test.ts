import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENERIC } from '../../../src/profiles/index.ts';
import { WHATSAPP } from '../../../src/profiles/whatsapp.ts';
import { categoryOf, descriptionDetails, isVagueOnly } from '../../../src/rules/description/details.ts';
import { descriptionPrivacy } from '../../../src/rules/description/privacy.ts';
import { runRules } from '../../../src/rules/registry.ts';
import type { RuleContext } from '../../../src/rules/types.ts';

const ctx: RuleContext = { fields: {}, pageLang: 'en', profileId: 'whatsapp' };
const privacy = (v: string) => descriptionPrivacy.check(v, ctx, descriptionPrivacy.defaults);
const codes = (v: string) => privacy(v).map((f) => f.code);
const waDetails = descriptionDetails.parseOptions(WHATSAPP.rules['description-details']);
const details = (v: string, category?: string, phase?: 'typing' | 'done') =>
  descriptionDetails
    .check(v, { ...ctx, fields: category ? { category } : {}, ...(phase ? { phase } : {}) }, waDetails)
    .map((f) => f.code);

describe('description-privacy: verification codes and PINs, in every supported language', () => {
  it.each([
    'My verification code is 123456, please help',
    'I got the code 123-456 by SMS',
    'two-step PIN: 482 913',
    '我的驗證碼是 654321 請幫忙',
    '验证码：７３９２０４',
    'Il mio codice di verifica è 123456',
    'Ho ricevuto il codice 123 456 via SMS',
    'Kode verifikasi saya 123456',
    'kode OTP: 998877',
    'Mi código es 123456',
  ])('%s', (text) => {
    const [f] = privacy(text);
    expect(f).toMatchObject({ severity: 'warn', code: 'hint.desc.secret.code' });
    expect(f?.fix?.value).toContain('***');
    expect(f?.fix?.value).not.toMatch(/\d{3}[ -]?\d{3}|[０-９]{6}/);
  });

  it.each([
    'Call me at +39 312 345 6789',
    'My number is 0912 345 678',
    'Order 123456 was charged twice',
    'I paid Rp 150000 for the code',
    'My postal code is 110001',
    'Error code WA-403 appears',
    'Transaction ID WA123456789',
    'It happened on 2024-03-15 at 10:30',
    'code 12345 and 1234567',
    'Ho pagato 123456 euro',
  ])('no false alarm: %s', (text) => {
    expect(codes(text)).not.toContain('hint.desc.secret.code');
  });
});

describe('description-privacy: cards, IBANs, passwords', () => {
  it('finds a Luhn-valid card number with context or card grouping', () => {
    expect(codes('my card 4111111111111111 was charged')).toEqual(['hint.desc.secret.card']);
    expect(codes('4111 1111 1111 1111')).toEqual(['hint.desc.secret.card']);
    expect(codes('carta di credito 5500-0000-0000-0004')).toEqual(['hint.desc.secret.card']);
    expect(codes('信用卡 3782 822463 10005')).toEqual(['hint.desc.secret.card']);
  });

  it('ignores card-like numbers that fail Luhn or have no context', () => {
    expect(codes('card 4111 1111 1111 1112')).toEqual([]);
    expect(codes('reference 4111111111111111 from the shop')).toEqual([]);
    expect(codes('+39 312 345 6789 and +1 201 555 0123')).toEqual([]);
  });

  it('finds full IBANs (check digits and length), with or without spaces', () => {
    expect(codes('IBAN IT60 X054 2811 1010 0000 0123 456')).toEqual(['hint.desc.secret.iban']);
    expect(codes('pay to DE89370400440532013000 please')).toEqual(['hint.desc.secret.iban']);
    expect(codes('rekening GB82 WEST 1234 5698 7654 32.')).toEqual(['hint.desc.secret.iban']);
    expect(codes('IT60 X054 2811 1010 0000 0123 457')).toEqual([]); // bad check digits
    expect(codes('IT60 X054 2811')).toEqual([]); // partial
  });

  it('finds passwords given after a password word, not talk about passwords', () => {
    expect(codes('password: Hunter2!')).toEqual(['hint.desc.secret.password']);
    expect(codes('my password is s3cret-pass')).toEqual(['hint.desc.secret.password']);
    expect(codes('密碼是abc12345，請幫忙')).toEqual(['hint.desc.secret.password']);
    expect(codes('la mia password è Ciao2024')).toEqual(['hint.desc.secret.password']);
    expect(codes('kata sandi saya adalah rahasia123')).toEqual(['hint.desc.secret.password']);
    expect(codes('I forgot my password')).toEqual([]);
    expect(codes('my password is wrong')).toEqual([]);
    expect(codes('password reset does not arrive')).toEqual([]);
  });

  it('one warning per kind, most dangerous first; the fix removes every secret and keeps the rest', () => {
    const text = 'Kode OTP saya 998877. Kartu 4111 1111 1111 1111. password: Hunter2!';
    const found = privacy(text);
    expect(found.map((f) => f.code)).toEqual([
      'hint.desc.secret.code',
      'hint.desc.secret.password',
      'hint.desc.secret.card',
    ]);
    expect(found[0]?.fix).toEqual({
      value: 'Kode OTP saya ***. Kartu ***. password: ***',
      label: 'hint.fix.remove-secrets',
    });
    expect(JSON.stringify(found.map((f) => f.params))).not.toMatch(/998877|4111|Hunter/);
  });

  it('options turn kinds off', () => {
    const o = descriptionPrivacy.parseOptions({ codes: false });
    expect(descriptionPrivacy.check('code 123456', ctx, o)).toEqual([]);
    expect(() => descriptionPrivacy.parseOptions({ codes: 'yes' })).toThrow(/description-privacy: codes/);
  });

  it('never throws, and stays bounded on huge input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        privacy(s);
        descriptionDetails.check(s, ctx, waDetails);
      }),
      { numRuns: 300 },
    );
    expect(() => privacy('1234 '.repeat(50_000))).not.toThrow();
  });
});

describe('description-details', () => {
  it('maps category fields to the six categories', () => {
    expect(categoryOf('Payments')).toBe('payments');
    expect(categoryOf('帳號問題')).toBe('account');
    expect(categoryOf('Sicurezza (account rubato)')).toBe('security');
    expect(categoryOf('Pesan tidak terkirim')).toBe('messages');
    expect(categoryOf('Gruppi')).toBe('groups');
    expect(categoryOf('Other technical issue')).toBe('technical');
    expect(categoryOf('')).toBeNull();
  });

  it.each([
    ['Technical', 'The app crashes whenever I open a chat with photos', 'hint.desc.needs.technical'],
    ['Account', 'I cannot log in after changing my phone number yesterday', 'hint.desc.needs.account'],
    ['Messages', 'My messages to my sister are not delivered, only one tick', 'hint.desc.needs.messages'],
    ['Payments', 'I was charged twice for a payment to a shop, please refund', 'hint.desc.needs.payments'],
    ['Security', 'Someone else is using my account and changed my profile photo', 'hint.desc.needs.security'],
  ])('%s without its details → %s', (category, text, code) => {
    expect(details(text, category)).toEqual([code]);
  });

  it.each([
    ['Technical', 'The app crashes on my Samsung Galaxy S23 with Android 14 when I open a chat'],
    ['Technical', 'WhatsApp si chiude su iPhone 13, iOS 17.2, quando apro una chat'],
    ['Account', 'Non riesco ad accedere dal mio Xiaomi Redmi Note 12 da ieri sera'],
    ['Messages', 'Pesan saya tidak terkirim sejak kemarin pukul 14:30 ke teman saya'],
    ['Payments', 'I was charged twice, transaction ID WA123456789, 10 euro'],
    ['Groups', 'I was removed from the group and the admin cannot add me back'],
  ])('%s with its details → nothing', (category, text) => {
    expect(details(text, category)).toEqual([]);
  });

  it('vague-only text gets one info note, in any language', () => {
    for (const t of [
      "It doesn't work!!",
      'help please',
      'non funziona, aiuto',
      'tidak bisa, tolong',
      '不能用了，請幫忙',
    ]) {
      expect(details(t), t).toEqual(['hint.desc.vague']);
    }
    expect(isVagueOnly('It does not work when I send a video to a group')).toBe(false);
  });

  it('URGENT outside stolen accounts or money gets a note', () => {
    expect(details('URGENT my status does not show', 'Technical')).toContain('hint.desc.urgent');
    expect(details('URGENTE, mi hanno rubato l’account', 'Account')).not.toContain('hint.desc.urgent');
    expect(details('URGENT!!! my account was hacked')).toEqual([]);
    expect(details('URGENT refund needed', 'Payments')).not.toContain('hint.desc.urgent');
  });

  it('every note is info and once; silent while typing (except URGENT)', () => {
    const f = descriptionDetails.check("It doesn't work", ctx, waDetails);
    expect(f).toEqual([expect.objectContaining({ severity: 'info', once: true })]);
    expect(details("It doesn't work", undefined, 'typing')).toEqual([]);
    expect(details('The app crashes whenever I open a chat with photos', 'Technical', 'typing')).toEqual([]);
  });

  it('the generic profile only notes vague text', () => {
    const run = (v: string, category?: string) =>
      runRules(GENERIC.rules, 'description', v, { ...ctx, fields: category ? { category } : {} }).map((f) => f.code);
    expect(run('The app crashes whenever I open a chat with photos', 'Technical')).toEqual([]);
    expect(run('URGENT please look at my request about the app')).toEqual([]);
    expect(run('not working')).toEqual(['hint.desc.vague']);
  });
});
