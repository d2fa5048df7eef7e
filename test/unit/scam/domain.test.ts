import { describe, expect, it } from 'vitest';
import { domainSignal, hostInfo, isOfficialDomain } from '../../../src/scam/domain.ts';
import { WHATSAPP } from '../../../src/profiles/whatsapp.ts';

const signal = (url: string) => domainSignal(hostInfo(url), WHATSAPP);

describe('hostInfo', () => {
  it('finds the registrable domain with the public suffix list', () => {
    expect(hostInfo('https://a.b.whatsapp.co.in/x')).toMatchObject({
      domain: 'whatsapp.co.in',
      label: 'whatsapp',
      subdomain: 'a.b',
    });
    expect(hostInfo('https://bank.sbi/')).toMatchObject({ domain: 'bank.sbi', label: 'bank' });
    expect(hostInfo('https://WWW.WhatsApp.com./contact')).toMatchObject({
      host: 'www.whatsapp.com',
      domain: 'whatsapp.com',
    });
  });

  it('decodes punycode and copes with odd input', () => {
    expect(hostInfo('https://xn--whtsapp-web-zij.com/').unicodeHost).toBe('whаtsapp-web.com');
    expect(hostInfo('http://192.168.1.1/').domain).toBe('');
    expect(hostInfo('not a url').host).toBe('');
    expect(hostInfo('about:blank').host).toBe('');
  });
});

describe('isOfficialDomain', () => {
  it.each([
    ['https://www.whatsapp.com/', true],
    ['https://faq.whatsapp.com/', true],
    ['https://web.whatsapp.com/', true],
    ['https://wa.me/123', true],
    ['https://whatsapp.com.example.net/', false],
    ['https://evilwhatsapp.com/', false],
    ['https://whatsapp.co/', false],
  ])('%s → %s', (url, official) => {
    expect(isOfficialDomain(hostInfo(url), WHATSAPP)).toBe(official);
  });
});

describe('domainSignal', () => {
  it.each([
    ['https://xn--whtsapp-web-zij.com/', 'homograph', 3],
    ['https://xn--whatspp-login-7lj.net/', 'homograph', 3],
    ['https://whatsaap.com/', 'typo', 2],
    ['https://whatapp.net/', 'typo', 2],
    ['https://whatsappp.org/', 'typo', 2],
    ['https://wh4tsapp.com/', 'typo', 2],
    ['https://whatsaap-support.com/', 'typo', 2],
    ['https://watsap.info/', 'typo', 1],
    ['https://whatsapp-help.example/', 'brand', 2],
    ['https://whatsapp.com.example.net/', 'brand', 2],
    ['https://whatsapp.co.in/', 'brand', 2],
    ['https://gbwhatsapp.download/', 'brand', 1],
    ['https://whatsapp.blogspot.com/', 'brand', 1],
    ['https://whatsappsupportph.sitebuilderfree.com/', 'brand', 2],
    ['https://whatsapp-help.blogspot.com/', 'brand', 2],
    ['https://news.whatsapp-fans.blogspot.com/', 'brand', 1],
  ])('%s → %s (%d)', (url, kind, weight) => {
    expect(signal(url)).toMatchObject({ kind, weight });
  });

  it.each([
    'https://example.com/',
    'https://www.whatsapp.com/',
    'https://wa.me/1',
    'https://telegram.org/',
    'not a url',
    '',
  ])('no signal for %s', (url) => {
    expect(signal(url)).toBeNull();
  });
});
