import { describe, expect, it } from 'vitest';
import { extensionOf } from '../../../src/files/formats.ts';
import type { FileFacts, FileProblem, SniffedType } from '../../../src/files/types.ts';
import { t } from '../../../src/i18n/index.ts';
import { GENERIC } from '../../../src/profiles/index.ts';
import { WHATSAPP } from '../../../src/profiles/whatsapp.ts';
import {
  ATTACHMENT_RULES,
  inputConstraintsOf,
  runAttachmentRules,
  type InputConstraints,
} from '../../../src/rules/attachments/index.ts';
import { RULES } from '../../../src/rules/registry.ts';

function f(
  name: string,
  sniffedType: SniffedType,
  extra: Partial<Omit<FileFacts, 'name' | 'sniffedType'>> = {},
): FileFacts {
  return {
    name,
    size: 1_000_000,
    declaredMime: '',
    extension: extensionOf(name),
    sniffedType,
    problems: [] as FileProblem[],
    ...extra,
  };
}

/** Parses a rule's options (typed unknown: the registry holds rules of any options type). */
const parse = (id: string, options: unknown): unknown => ATTACHMENT_RULES[id]!.parseOptions(options) as unknown;

const ANY: InputConstraints = { accept: '', multiple: true, locale: 'en' };

function run(id: string, files: FileFacts[], input: InputConstraints = ANY, options: unknown = {}) {
  return runAttachmentRules({ [id]: options }, files, input);
}

describe('rule modules', () => {
  it('every rule has an id, defaults that parse, and rejects bad options', () => {
    for (const [id, rule] of Object.entries(ATTACHMENT_RULES)) {
      expect(rule.id).toBe(id);
      expect(rule.parseOptions(rule.defaults)).toEqual(rule.defaults);
      expect(rule.parseOptions(undefined)).toEqual(rule.defaults);
      expect(() => parse(id, 'nonsense')).toThrow();
      expect(RULES[id], `${id} clashes with a text rule`).toBeUndefined();
    }
    expect(() => parse('file-count', { max: 0 })).toThrow();
    expect(() => parse('file-max-size', { maxBytes: -1 })).toThrow();
    expect(() => parse('file-types', { allowed: ['exe'] })).toThrow();
    expect(() => parse('file-types', { allowed: [] })).toThrow();
    expect(() => parse('image-min-size', { severity: 'loud' })).toThrow();
  });

  it('every finding names its file, except count findings', () => {
    const files = [
      f('a.png', 'png', { width: 100, height: 100, size: 9_000_000, sha256: 'x' }),
      f('b.jpg', 'pdf', { sha256: 'x' }),
      f('c.png', 'heic', { problems: ['truncated'] }),
    ];
    const findings = runAttachmentRules(WHATSAPP.rules, files, { accept: '.jpg', multiple: false });
    expect(findings.length).toBeGreaterThan(4);
    for (const x of findings) {
      expect(x.field).toBe('attachments');
      if (x.code === 'hint.file.too-many' || x.code === 'hint.file.not-multiple') expect(x.params.file).toBeUndefined();
      else expect(typeof x.params.file).toBe('string');
    }
  });
});

describe('file-input-constraints', () => {
  it('accept: judged by the real type', () => {
    const files = [f('ok.png', 'png'), f('receipt.jpg', 'pdf'), f('x.jpg', 'jpeg')];
    const out = run('file-input-constraints', files, { accept: 'image/png,.jpg', multiple: true });
    expect(out).toEqual([
      {
        rule: 'file-input-constraints',
        field: 'attachments',
        severity: 'error',
        code: 'hint.file.not-accepted',
        params: { file: 'receipt.jpg', index: 2, real: 'PDF', accepted: 'PNG or JPG' },
      },
    ]);
  });

  it('multiple: a count finding', () => {
    const out = run('file-input-constraints', [f('a.png', 'png'), f('b.png', 'png')], { accept: '', multiple: false });
    expect(out).toMatchObject([{ code: 'hint.file.not-multiple', params: { count: 2 } }]);
    expect(run('file-input-constraints', [f('a.png', 'png')], { accept: '', multiple: false })).toEqual([]);
  });
});

describe('file-readable', () => {
  it('empty, unreadable, truncated', () => {
    const out = run('file-readable', [
      f('e.png', 'unknown', { size: 0, problems: ['empty'] }),
      f('u.png', 'unknown', { problems: ['unreadable'] }),
      f('t.png', 'png', { problems: ['truncated'] }),
      f('fine.png', 'png'),
    ]);
    expect(out.map((x) => [x.code, x.severity, x.params.file])).toEqual([
      ['hint.file.empty', 'error', 'e.png'],
      ['hint.file.unreadable', 'error', 'u.png'],
      ['hint.file.truncated', 'warn', 't.png'],
    ]);
  });
});

describe('file-type-mismatch', () => {
  it('a PDF renamed .jpg, a HEIC named .png, a WebP from a share sheet', () => {
    const out = run('file-type-mismatch', [
      f('receipt.jpg', 'pdf'),
      f('IMG_0001.png', 'heic'),
      f('image', 'webp', { declaredMime: 'image/jpeg' }),
      f('ok.jpeg', 'jpeg'),
      f('photo.heif', 'avif'),
      f('report.docx', 'zip'),
      f('notes', 'unknown'),
      f('broken.png', 'unknown'),
    ]);
    expect(out.map((x) => [x.code, x.params.file, x.params.real, x.params.named])).toEqual([
      ['hint.file.type-mismatch', 'receipt.jpg', 'PDF', 'JPG'],
      ['hint.file.type-mismatch', 'IMG_0001.png', 'HEIC', 'PNG'],
      ['hint.file.type-mismatch', 'image', 'WebP', 'JPG'],
      ['hint.file.unrecognized', 'broken.png', undefined, 'PNG'],
    ]);
  });

  it('says nothing about files it could not read', () => {
    expect(run('file-type-mismatch', [f('x.jpg', 'unknown', { problems: ['not-read'] })])).toEqual([]);
    expect(run('file-type-mismatch', [f('x.jpg', 'unknown', { problems: ['empty'], size: 0 })])).toEqual([]);
  });
});

describe('file-duplicate', () => {
  it('by content, not by name; each later copy names the first', () => {
    const out = run('file-duplicate', [
      f('image.jpg', 'jpeg', { sha256: 'aaa' }),
      f('image.jpg', 'jpeg', { sha256: 'bbb' }),
      f('copy of first.jpg', 'jpeg', { sha256: 'aaa' }),
      f('again.jpg', 'jpeg', { sha256: 'aaa' }),
      f('unhashed.jpg', 'jpeg'),
    ]);
    expect(out.map((x) => [x.params.file, x.params.same, x.params.index, x.params.sameIndex])).toEqual([
      ['copy of first.jpg', 'image.jpg', 3, 1],
      ['again.jpg', 'image.jpg', 4, 1],
    ]);
  });
});

describe('image-min-size', () => {
  it('short side under the minimum; orientation-independent; images only', () => {
    const out = run(
      'image-min-size',
      [
        f('small.png', 'png', { width: 1280, height: 600 }),
        f('tall.png', 'png', { width: 700, height: 2000 }),
        f('ok.jpg', 'jpeg', { width: 720, height: 1280 }),
        f('doc.pdf', 'pdf'),
        f('nodims.jpg', 'jpeg'),
      ],
      ANY,
      { minShortSide: 720, severity: 'info' },
    );
    expect(out.map((x) => [x.params.file, x.params.width, x.params.height, x.params.min, x.severity])).toEqual([
      ['small.png', 1280, 600, 720, 'info'],
      ['tall.png', 700, 2000, 720, 'info'],
    ]);
  });
});

describe('WhatsApp limits', () => {
  it('file-count: at most 3', () => {
    const four = ['a', 'b', 'c', 'd'].map((n) => f(`${n}.png`, 'png'));
    expect(run('file-count', four, ANY, { max: 3 })).toMatchObject([
      { code: 'hint.file.too-many', severity: 'error', params: { count: 4, max: 3 } },
    ]);
    expect(run('file-count', four.slice(0, 3), ANY, { max: 3 })).toEqual([]);
  });

  it('file-max-size: which file, its size and the limit in the person’s units', () => {
    const files = [f('Screenshot 3.png', 'png', { size: 6_200_000 }), f('fine.png', 'png', { size: 5_000_000 })];
    const en = run('file-max-size', files, { ...ANY, locale: 'en' }, { maxBytes: 5_000_000 });
    expect(en).toMatchObject([
      {
        code: 'hint.file.too-big',
        severity: 'error',
        params: {
          file: 'Screenshot 3.png',
          size: '6.2 MB',
          limit: '5 MB',
          sizeBytes: 6_200_000,
          limitBytes: 5_000_000,
        },
      },
    ]);
    expect(t('en', en[0]!.code, en[0]!.params)).toBe(
      'Screenshot 3.png is 6.2 MB; the limit is 5 MB. Crop it to the part that shows the problem, or save it as a smaller JPG.',
    );
    const it_ = run('file-max-size', files, { ...ANY, locale: 'it' }, { maxBytes: 5_000_000 });
    expect(t('it', it_[0]!.code, it_[0]!.params)).toContain('Screenshot 3.png pesa 6,2 MB; il limite è 5 MB.');
  });

  it('file-types: only JPG/PNG, by real type, else by name', () => {
    const out = run(
      'file-types',
      [
        f('a.jpg', 'jpeg'),
        f('b.png', 'png'),
        f('IMG_1.png', 'heic'),
        f('c.webp', 'webp'),
        f('clip.mov', 'unknown', { declaredMime: 'video/quicktime' }),
        f('damaged.jpg', 'unknown'),
      ],
      { ...ANY, locale: 'id' },
      { allowed: ['jpeg', 'png'] },
    );
    expect(out.map((x) => [x.code, x.params.file, x.params.real, x.params.allowed])).toEqual([
      ['hint.file.type-not-allowed', 'IMG_1.png', 'HEIC', 'JPG atau PNG'],
      ['hint.file.type-not-allowed', 'c.webp', 'WebP', 'JPG atau PNG'],
      ['hint.file.unknown-type', 'clip.mov', undefined, 'JPG atau PNG'],
    ]);
  });
});

describe('runAttachmentRules', () => {
  it('keeps one type finding per file (the most telling) and orders count findings first, then by file', () => {
    const files = [
      f('fine.jpg', 'jpeg', { width: 1080, height: 1920 }),
      f('photo.png', 'heic', { width: 3024, height: 4032, size: 7_000_000 }),
      f('receipt.jpg', 'pdf'),
      f('small.png', 'png', { width: 300, height: 300 }),
    ];
    const out = runAttachmentRules(WHATSAPP.rules, files, { accept: 'image/jpeg,image/png', multiple: true });
    expect(out.map((x) => [x.params.index ?? 0, x.code])).toEqual([
      [0, 'hint.file.too-many'],
      [2, 'hint.file.too-big'],
      [2, 'hint.file.type-not-allowed'],
      [3, 'hint.file.type-not-allowed'],
      [4, 'hint.file.low-resolution'],
    ]);
    expect(out.find((x) => x.params.index === 2 && x.code === 'hint.file.type-not-allowed')!.params.real).toBe('HEIC');
  });

  it('generic forms: the page’s accept wins over name-vs-content; low resolution is only info', () => {
    const out = runAttachmentRules(
      GENERIC.rules,
      [f('receipt.jpg', 'pdf'), f('small.png', 'png', { width: 300, height: 300 }), f('big.png', 'png', { size: 9e9 })],
      { accept: '.jpg,.png', multiple: true },
    );
    expect(out.map((x) => [x.code, x.severity])).toEqual([
      ['hint.file.not-accepted', 'error'],
      ['hint.file.low-resolution', 'info'],
    ]);
  });

  it('ignores text rules and unknown ids; a rule with bad options yields nothing', () => {
    const files = [f('a.png', 'png'), f('b.png', 'png'), f('c.png', 'png'), f('d.png', 'png')];
    expect(runAttachmentRules({ 'email-typo': {}, nope: {}, toString: {} }, files, ANY)).toEqual([]);
    expect(runAttachmentRules({ 'file-count': { max: 'three' } }, files, ANY)).toEqual([]);
  });

  it('the profiles pick attachment rules with valid options', () => {
    const generic = [
      'file-input-constraints',
      'file-readable',
      'file-type-mismatch',
      'file-duplicate',
      'image-min-size',
    ];
    expect(Object.keys(GENERIC.rules)).toEqual(expect.arrayContaining(generic));
    expect(Object.keys(WHATSAPP.rules)).toEqual(
      expect.arrayContaining([...generic, 'file-count', 'file-max-size', 'file-types']),
    );
    for (const profile of [WHATSAPP, GENERIC]) {
      for (const [id, options] of Object.entries(profile.rules)) {
        const rule = ATTACHMENT_RULES[id];
        if (rule) expect(() => parse(id, options), `${profile.id}: ${id}`).not.toThrow();
      }
    }
  });
});

describe('inputConstraintsOf', () => {
  it('reads accept and multiple from an element', () => {
    const attrs: Record<string, string> = { accept: '.jpg,.png', multiple: '' };
    const el = { getAttribute: (n: string) => attrs[n] ?? null, hasAttribute: (n: string) => n in attrs };
    expect(inputConstraintsOf(el, 'it')).toEqual({ accept: '.jpg,.png', multiple: true, locale: 'it' });
    expect(inputConstraintsOf({ getAttribute: () => null, hasAttribute: () => false })).toEqual({
      accept: '',
      multiple: false,
      locale: 'en',
    });
  });
});
