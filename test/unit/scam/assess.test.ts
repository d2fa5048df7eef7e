import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessPage } from '../../../src/scam/assess.ts';
import type { Assessment, PageInput } from '../../../src/scam/assess.ts';
import { WHATSAPP } from '../../../src/profiles/whatsapp.ts';
import type { ServiceProfile } from '../../../src/profiles/schema.ts';

function page(text: string, url = 'https://example-helpline.com/whatsapp', extra: Partial<PageInput> = {}): PageInput {
  return { url, title: '', text, links: [], ...extra };
}

function codes(a: Assessment): string[] {
  return a.reasons.map((r) => r.code);
}

function evidenceOf(a: Assessment, code: string): readonly string[] {
  return a.reasons.find((r) => r.code === code)?.evidence ?? [];
}

describe('fake hotline', () => {
  it('flags a brand hotline with a number and returns the number exactly as written', () => {
    const text = 'Call the WhatsApp customer care number +91 81015 46745 for any account problem.';
    const a = assessPage(page(text, 'https://customercare.example.in/whatsapp', { title: 'WhatsApp customer care' }));
    expect(a.level).toBe('danger');
    expect(codes(a)).toContain('scam.reason.fake-hotline');
    expect(codes(a)).toContain('scam.reason.not-official');
    const ev = evidenceOf(a, 'scam.reason.fake-hotline');
    expect(ev).toEqual(['+91 81015 46745']);
    for (const n of ev) expect(text).toContain(n);
  });

  it.each([
    ['hi', 'व्हाट्सएप हेल्पलाइन नंबर: 7439215068 पर कॉल करें', '7439215068'],
    ['id', 'Nomor layanan pelanggan WhatsApp: 0812 9073 4415', '0812 9073 4415'],
    ['it', 'Numero verde WhatsApp: 800 912 475', '800 912 475'],
    ['zh-TW', 'WhatsApp 客服電話:0800-092-516', '0800-092-516'],
    ['zh-CN', 'WhatsApp客服热线:400-820-3517', '400-820-3517'],
    ['es', 'Atención al cliente de WhatsApp: 912 903 184', '912 903 184'],
    ['pt', 'Central de atendimento WhatsApp: 0800 591 6623', '0800 591 6623'],
    ['ru', 'Горячая линия WhatsApp: 8 800 301-52-47', '8 800 301-52-47'],
    ['ar', 'رقم خدمة عملاء واتساب ‎+966 11 520 8743‎', '+966 11 520 8743'],
    ['de', 'WhatsApp Kundenservice Nummer: 0800 724 5190', '0800 724 5190'],
    ['fr', 'Numéro vert WhatsApp : 0 805 98 21 44', '0 805 98 21 44'],
    ['tr', 'WhatsApp müşteri hizmetleri numarası: 0850 532 71 84', '0850 532 71 84'],
    ['vi', 'Tổng đài WhatsApp: 1900 6142 88', '1900 6142 88'],
    ['th', 'คอลเซ็นเตอร์ WhatsApp โทร 02 114 5720', '02 114 5720'],
    ['ur', 'واٹس ایپ ہیلپ لائن نمبر: 0311 4528 907', '0311 4528 907'],
    ['pl', 'Infolinia WhatsApp: 801 304 220', '801 304 220'],
  ])('flags the hotline wording of %s', (lang, text, number) => {
    const a = assessPage(page(text, 'https://numbers.example.net/x', { lang, title: 'WhatsApp' }));
    expect(a.level).toBe('danger');
    expect(evidenceOf(a, 'scam.reason.fake-hotline')).toContain(number);
  });

  it('counts tel: links once the page claims a brand hotline', () => {
    const a = assessPage(
      page('WhatsApp support hotline. Tap to call now.', 'https://support.example.com/', {
        tels: [{ href: 'tel:+18443135597', text: 'Call now' }],
      }),
    );
    expect(a.level).toBe('danger');
    expect(evidenceOf(a, 'scam.reason.fake-hotline')).toEqual(['+18443135597']);
  });

  it('does not flag the brand on one of its official domains', () => {
    for (const url of [
      'https://www.whatsapp.com/contact/',
      'https://faq.whatsapp.com/1',
      'https://business.whatsapp.com/',
    ]) {
      const a = assessPage(page('WhatsApp helpline +91 81015 46745. Never pay a service fee.', url));
      expect(a).toMatchObject({ level: 'none', reasons: [] });
    }
  });

  it('does not apply to a brand that has phone support', () => {
    const withPhone: ServiceProfile = { ...WHATSAPP, phoneSupport: true };
    const a = assessPage(page('WhatsApp customer care number +91 81015 46745'), [withPhone]);
    expect(codes(a)).not.toContain('scam.reason.fake-hotline');
  });

  it('needs a number: wording alone is not a hotline', () => {
    const a = assessPage(page('WhatsApp customer care is available in the app.'));
    expect(a.level).toBe('none');
  });
});

describe('counter-evidence', () => {
  it('ignores numbers quoted in a warning article', () => {
    const a = assessPage(
      page(
        'Scammers list a WhatsApp helpline, +91 98310 44721, on fake sites. WhatsApp does not have a customer care phone number.',
        'https://news.example.com/a',
        { title: 'Fake WhatsApp helpline numbers: how the scam works' },
      ),
    );
    expect(a.level).toBe('none');
  });

  it('ignores a number in a quotation with a warning nearby', () => {
    const a = assessPage(
      page(
        'A post reads: “WhatsApp Customer Care Number 24x7: +91 98310 44721. Call now.” Police say the number belongs to fraudsters.',
        'https://news.example.com/b',
      ),
    );
    expect(a.level).not.toBe('danger');
  });

  it('treats a statement that the brand has no phone support as a warning page', () => {
    const a = assessPage(
      page(
        'WhatsApp doesn’t offer phone support. Ignore any WhatsApp helpline such as 1800 419 6722.',
        'https://guide.example.com/',
      ),
    );
    expect(a.level).toBe('none');
  });

  it('ignores a shop whose WhatsApp number is its own wa.me link', () => {
    const a = assessPage(
      page(
        'Customer care WhatsApp: +91 88001 23456. Our 24x7 helpline: 1800-123-4455.',
        'https://shop.example.in/support',
        {
          title: 'Support – Gadget Bazaar',
          links: ['https://wa.me/918800123456'],
        },
      ),
    );
    expect(a.level).toBe('none');
  });

  it('ignores the brand used as a channel', () => {
    for (const text of [
      'Contact our customer care on WhatsApp at +91 98450 12345.',
      'Call or WhatsApp our customer care at +91 98450 12345.',
      'Assistenza clienti su WhatsApp: 347 123 4567',
      '海外顧客可透過WhatsApp聯絡客服:+886 912 345 678。',
    ]) {
      expect(assessPage(page(text, 'https://shop.example.com/')).level, text).toBe('none');
    }
  });

  it('ignores an operator naming its own WhatsApp service on its own domain', () => {
    const a = assessPage(
      page('Airtel WhatsApp customer care number: +91 88006 88006.', 'https://www.airtel.in/whatsapp'),
    );
    expect(a.level).toBe('none');
  });

  it('ignores tactic words in negated or warning sentences', () => {
    const a = assessPage(
      page(
        'WhatsApp will never ask for your 6-digit code. WhatsApp support never charges a service fee.',
        'https://blog.example.com/whatsapp-safety',
        { title: 'WhatsApp safety' },
      ),
    );
    expect(a.level).toBe('none');
  });
});

describe('other signals and their combination', () => {
  const topic = { title: 'WhatsApp account recovery' };

  it('a single medium signal is only a caution', () => {
    const a = assessPage(
      page('Send us the 6-digit verification code you received from WhatsApp.', 'https://x.example.com/', topic),
    );
    expect(a.level).toBe('caution');
    expect(codes(a)).toContain('scam.reason.asks-code');
  });

  it('a single weak signal is only a caution', () => {
    const gift = assessPage(
      page('Pay with a Google Play gift card to restore WhatsApp.', 'https://x.example.com/', topic),
    );
    expect(gift.level).toBe('caution');
    expect(codes(gift)).toContain('scam.reason.gift-card');
    const remote = assessPage(page('Install AnyDesk so our agent can fix WhatsApp.', 'https://x.example.com/', topic));
    expect(remote.level).toBe('caution');
    expect(codes(remote)).toContain('scam.reason.remote-access');
  });

  it('two independent signals make danger', () => {
    const a = assessPage(
      page(
        'Pay the unlock fee of $20, then send us the 6-digit code to restore your WhatsApp.',
        'https://x.example.com/',
        topic,
      ),
    );
    expect(a.level).toBe('danger');
    expect(codes(a)).toEqual(expect.arrayContaining(['scam.reason.fee', 'scam.reason.asks-code']));
  });

  it('flags support offered through another messenger', () => {
    const a = assessPage(
      page('Contact WhatsApp support on Telegram: @wa_support_center', 'https://x.example.com/', {
        ...topic,
        links: ['https://t.me/wa_support_center'],
      }),
    );
    expect(codes(a)).toContain('scam.reason.other-channel');
  });

  it('tactic words on a page that is not about the brand do not count', () => {
    const a = assessPage(
      page('Gift cards on sale! Order on WhatsApp.', 'https://shop.example.com/', { title: 'Gift shop' }),
    );
    expect(a.level).toBe('none');
  });

  it('a homograph address alone is danger; a brand-in-domain one alone is a caution', () => {
    expect(assessPage(page('', 'https://xn--whtsapp-web-zij.com/')).level).toBe('danger');
    expect(assessPage(page('', 'https://www.whatsappstatusquotes.net/')).level).toBe('caution');
  });

  it('a look-alike address with a support line is danger', () => {
    const a = assessPage(
      page(
        'Your WhatsApp account has been suspended. Call our support line at +1 646 502 3398.',
        'https://whatapp-support.net/',
      ),
    );
    expect(a.level).toBe('danger');
    expect(codes(a)).toEqual(expect.arrayContaining(['scam.reason.lookalike-typo', 'scam.reason.fake-hotline']));
  });
});

describe('robustness', () => {
  it('skips pages that do not mention the brand', () => {
    const a = assessPage(page('Call our helpline +91 81015 46745 for your bank account.'));
    expect(a).toMatchObject({ level: 'none', reasons: [] });
  });

  it('never throws on garbage input', () => {
    const values = [
      null,
      undefined,
      42,
      'string',
      {},
      { url: 5, title: null, text: ['a'], links: 'x' },
      { url: 'not a url', title: 'WhatsApp', text: 'WhatsApp helpline \u0000\uffff\ud800', links: [null, 3] },
      { url: 'https://[::1]/', title: '', text: 'whatsapp', links: [], tels: [{ href: 5 }], headings: [null] },
    ];
    for (const v of values) {
      const a = assessPage(v as unknown as PageInput);
      expect(['danger', 'caution', 'none']).toContain(a.level);
    }
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.array(fc.string(), { maxLength: 5 }),
        fc.webUrl(),
        (title, text, links, url) => {
          const a = assessPage({ url, title, text: `${text} WhatsApp helpline ${text}`, links });
          return Array.isArray(a.reasons) && a.reasons.length <= 20;
        },
      ),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const a = assessPage(v as PageInput);
        return a.level === 'none' || a.level === 'caution' || a.level === 'danger';
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every reason within the message schema bounds', () => {
    const text = Array.from(
      { length: 50 },
      (_, i) => `WhatsApp helpline ${i}: +91 98${String(i).padStart(3, '0')} 43210`,
    ).join('\n');
    const a = assessPage(page(text));
    expect(a.reasons.length).toBeLessThanOrEqual(20);
    for (const r of a.reasons) {
      expect(r.evidence.length).toBeLessThanOrEqual(20);
      for (const e of r.evidence) expect(e.length).toBeLessThanOrEqual(200);
    }
  });

  it('handles a huge page, reading only its first megabyte', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(200_000);
    expect(assessPage(page(`WhatsApp customer care number +91 81015 46745 ${filler}`)).level).toBe('danger');
    expect(assessPage(page(`${filler} WhatsApp customer care number +91 81015 46745`)).level).toBe('none');
  });
});

describe('signals added after the blind batches', () => {
  it('reads "no phone line" as a warning only when it is said of the brand', () => {
    const directory = [
      'Platform\tCustomer Care Line\tEmail',
      'Facebook\tUse Help Centre (no phone line)\t—',
      'WhatsApp Nigeria customer care\t0809 914 3372\tsupport@example.ng',
      'Call the lines above between 8am and 8pm.',
    ].join('\n');
    const a = assessPage(
      page(directory, 'https://helplines.example.ng/social', { title: 'WhatsApp customer care numbers' }),
    );
    expect(a.level).toBe('danger');
    const warning =
      'WhatsApp is free.\nIt has no phone support line at all, so a customer care number +1 888 555 0199 is fake.';
    expect(assessPage(page(warning, 'https://news.example.com/a', { title: 'WhatsApp help' })).level).not.toBe(
      'danger',
    );
  });

  it('counts a verification-code field as an attack only on an address that poses as the brand', () => {
    const text = 'Vérification du compte WhatsApp\nCode de vérification à 6 chiffres reçu par SMS\nValider';
    const fake = assessPage(page(text, 'https://whatsapp.com.verify-account.info/fr/verification'));
    expect(fake.level).toBe('danger');
    expect(codes(fake)).toContain('scam.reason.asks-code');
    const blog = assessPage(page(text, 'https://www.tech-blog.example/whatsapp-verification'));
    expect(codes(blog)).not.toContain('scam.reason.asks-code');
  });

  it("reads a claim inside a warning as a warning, and not a footer number as the claim's", () => {
    const text = [
      'LINE、WhatsApp、Telegram、Signalを比較します。',
      'いずれのアプリも電話によるサポートは提供していません。特にWhatsAppについては「サポートセンター」を名乗る電話番号がネット上に出回っています。',
      'まとめ',
      '日常使いはLINEがおすすめです。',
      '運営会社',
      '広報担当：TEL 03-6280-7415',
    ].join('\n');
    const a = assessPage(page(text, 'https://apphikaku.example.jp/messenger', { lang: 'ja', title: 'WhatsApp 比較' }));
    expect(a.level).not.toBe('danger');
    const korean =
      '왓츠앱 고객센터 전화번호 아시는 분?\n절대 전화하지 마세요. 왓츠앱은 전화 고객센터가 아예 없습니다.\n080-822-4719 번호는 사칭이에요.';
    expect(assessPage(page(korean, 'https://forum.example.kr/q/1', { lang: 'ko', title: '왓츠앱' })).level).not.toBe(
      'danger',
    );
  });

  it('flags a hotline whose number is written in full-width digits', () => {
    const text = '■ WhatsAppサポートセンター（フリーダイヤル・通話無料）\n☎ ０１２０－９４７－３８２';
    const a = assessPage(page(text, 'https://video.example.jp/watch', { lang: 'ja', title: 'WhatsApp 復旧' }));
    expect(a.level).toBe('danger');
    expect(evidenceOf(a, 'scam.reason.fake-hotline')).toEqual(['０１２０－９４７－３８２']);
  });

  it('reads a hotline listing whose title makes the claim, and a "common scams" section on a lookalike as part of the act', () => {
    const listing = [
      '📍 WhatsApp Service Center',
      'WhatsApp Service Center Berlin',
      '★★★★☆ 4,3 (187 Bewertungen)',
      'Friedrichstraße 148, 10117 Berlin',
      'Route Anrufen Website Speichern',
      'Telefon\t030 2589 4417',
    ].join('\n');
    const a = assessPage(
      page(listing, 'https://www.ortsfinder.example/berlin/whatsapp-service-center', {
        lang: 'de',
        title: 'WhatsApp Service Center Berlin – Kundenservice Hotline',
      }),
    );
    expect(a.level).toBe('danger');
    expect(evidenceOf(a, 'scam.reason.fake-hotline')).toEqual(['030 2589 4417']);
    const act = 'Central de Segurança do WhatsApp\nInforme o número cadastrado e o PIN da confirmação em duas etapas.';
    const fake = assessPage(
      page(act, 'https://whtasapp-seguranca.com.br/atendimento', { lang: 'pt', headings: ['Golpes comuns'] }),
    );
    expect(fake.level).toBe('danger');
    const article = assessPage(
      page(act, 'https://news.example.com.br/golpes', { lang: 'pt', headings: ['Golpes comuns'] }),
    );
    expect(article.level).not.toBe('danger');
  });

  it("reads a shop's own WhatsApp line as its channel, and a code request after the object as a request", () => {
    const shop = [
      'Bize Ulaşın',
      'WhatsApp Destek Hattı',
      '0532 418 27 65',
      "Sipariş takibi, iade ve değişim talepleriniz için bize WhatsApp'tan yazabilirsiniz.",
    ].join('\n');
    const own = assessPage(
      page(shop, 'https://www.modaevim.example.com.tr/iletisim', {
        lang: 'tr',
        title: 'İletişim – ModaEvim',
        headings: ['Bize Ulaşın', 'WhatsApp Destek Hattı'],
      }),
    );
    expect(own.level).not.toBe('danger');
    const unban =
      '添加官方客服（微信 / Telegram），发送被封号码截图。\n客服审核后，将短信收到的6位验证码及二步验证PIN发送给客服。';
    const a = assessPage(
      page(unban, 'https://www.whatsapp-jiefeng.example/', { lang: 'zh', title: 'WhatsApp解封中心' }),
    );
    expect(codes(a)).toContain('scam.reason.asks-code');
  });

  it('reads Turkish "our" suffixes as the site\'s own voice', () => {
    const shop = [
      'WhatsApp Destek Hattı',
      '0850 460 38 39',
      'Müşteri hizmetlerine WhatsApp üzerinden yazabilirsiniz. Onaylı işletme hesabımızın adı "Evpazarı" dır.',
    ].join('\n');
    const a = assessPage(
      page(shop, 'https://www.evpazari.example.com.tr/musteri-hizmetleri', {
        lang: 'tr',
        title: 'Müşteri Hizmetleri | Evpazarı',
        headings: ['Müşteri Hizmetleri', 'WhatsApp Destek Hattı'],
      }),
    );
    expect(a.level).not.toBe('danger');
  });

  it('does not read "no separate number" or "no call center in <language>" as "no phone support"', () => {
    const hi = [
      'व्हाट्सएप कस्टमर केयर नंबर 98318 27604 पर कॉल करें।',
      'व्हाट्सएप का भारत में कोई अलग ऑफिस नंबर सार्वजनिक नहीं है, इसलिए हमारी टीम ने यह नंबर उपलब्ध कराया है।',
    ].join('\n');
    const a = assessPage(
      page(hi, 'https://www.sahayata.example.in/whatsapp-customer-care-number/', {
        lang: 'hi',
        title: 'व्हाट्सएप कस्टमर केयर नंबर | WhatsApp हेल्पलाइन नंबर',
      }),
    );
    expect(a.level).toBe('danger');
    const th = [
      'WhatsApp ไม่มีคอลเซ็นเตอร์ภาษาไทย ทำให้คนไทยจำนวนมากไม่รู้จะติดต่อใคร',
      'เมื่อได้รับ SMS รหัส 6 หลักจาก WhatsApp ให้ส่งรหัสนั้นให้เจ้าหน้าที่ทางไลน์ทันที',
      'อัตราค่าบริการ ปลดแบน 590 บาท ชำระผ่านพร้อมเพย์',
    ].join('\n');
    const b = assessPage(
      page(th, 'https://www.wafix.example.co.th/unban', { lang: 'th', title: 'ปลดแบน WhatsApp ติดต่อเจ้าหน้าที่' }),
    );
    expect(b.level).toBe('danger');
    // Said plainly, it still makes a warning page.
    const plain = 'WhatsApp ไม่มีคอลเซ็นเตอร์ ติดต่อได้ทางแอปเท่านั้น\nอย่าโทรหาเบอร์ 095-418-2736 ที่อ้างว่าเป็น WhatsApp';
    expect(assessPage(page(plain, 'https://news.example.co.th/a', { lang: 'th', title: 'WhatsApp' })).level).toBe(
      'none',
    );
  });

  it('flags a warning article that then sells a "verified" number, not one that only warns', () => {
    const selling = [
      'Attenzione: diffidate dei numeri che trovate su forum e social. Molti sono gestiti da truffatori.',
      '✔ Numero verde assistenza WhatsApp Italia (verificato dalla redazione)',
      '800 931 447',
    ].join('\n');
    const title = 'Numero assistenza WhatsApp: attenzione ai numeri falsi';
    const a = assessPage(page(selling, 'https://www.guida.example.it/truffe/whatsapp', { lang: 'it', title }));
    expect(a.level).toBe('danger');
    expect(evidenceOf(a, 'scam.reason.fake-hotline')).toEqual(['800 931 447']);
    const warning = [
      'Attenzione: diffidate dei numeri che trovate su forum e social. Molti sono gestiti da truffatori.',
      'Non esiste un numero verde assistenza WhatsApp verificato: 800 931 447 è un numero truffa.',
    ].join('\n');
    const b = assessPage(page(warning, 'https://www.guida.example.it/truffe/whatsapp', { lang: 'it', title }));
    expect(b.level).toBe('none');
  });

  it('reads new code-request and fee wording (Filipino, Spanish, Indonesian)', () => {
    const cases: [string, string][] = [
      ['Ibigay lang po ang code sa agent namin para ma-link ulit ang account ninyo.', 'tl'],
      ['Instala AnyDesk y compártenos el código que te llegó por SMS.', 'es'],
      ['Agen akan meminta Anda membacakan kode yang masuk.', 'id'],
      ['Un asesor te pedirá tu número y el código de seis dígitos que recibirás por SMS.', 'es'],
    ];
    for (const [text, lang] of cases) {
      const a = assessPage(page(`WhatsApp\n${text}`, 'https://help.example.com/', { lang, title: 'WhatsApp' }));
      expect(codes(a), text).toContain('scam.reason.asks-code');
    }
    const fee = assessPage(
      page('WhatsApp\nLa recuperación tiene un costo administrativo de $850 MXN.', 'https://help.example.com/', {
        title: 'WhatsApp',
      }),
    );
    expect(codes(fee)).toContain('scam.reason.fee');
  });
});
