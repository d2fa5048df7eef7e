import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS, LOCALES, pickLocale, t } from '../../src/i18n/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

describe('locale catalogs', () => {
  const reference = Object.keys(CATALOGS.en).sort();

  it.each(LOCALES)('%s has every key of en, each non-empty, and no extra keys', (locale) => {
    const catalog = CATALOGS[locale];
    expect(Object.keys(catalog).sort()).toEqual(reference);
    for (const key of reference) expect(catalog[key]?.trim(), `${locale}:${key}`).toBeTruthy();
  });

  it.each(LOCALES)('%s keeps the placeholders of en', (locale) => {
    for (const key of reference) {
      const want = (CATALOGS.en[key]!.match(/\{\w+\}/g) ?? []).sort();
      const got = (CATALOGS[locale][key]!.match(/\{\w+\}/g) ?? []).sort();
      expect(got, `${locale}:${key}`).toEqual(want);
    }
  });

  it('every message key used in code is defined', () => {
    const prefixes = [...new Set(reference.map((k) => k.split('.')[0]))].join('|');
    const keyLiteral = new RegExp(`['"\`]((?:${prefixes})\\.[a-z0-9][a-z0-9.-]*)['"\`]`, 'g');
    const missing: string[] = [];
    for (const file of [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'entrypoints'))]) {
      for (const m of readFileSync(file, 'utf8').matchAll(keyLiteral)) {
        if (!(m[1]! in CATALOGS.en)) missing.push(`${file}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('manifest strings (_locales) exist for every locale with the same keys', () => {
    const read = (l: string) =>
      JSON.parse(readFileSync(join(ROOT, 'public', '_locales', l, 'messages.json'), 'utf8')) as Record<
        string,
        { message: string }
      >;
    const en = read('en');
    for (const l of LOCALES) {
      const m = read(l);
      expect(Object.keys(m).sort()).toEqual(Object.keys(en).sort());
      for (const k of Object.keys(en)) expect(m[k]!.message.trim()).toBeTruthy();
    }
  });
});

describe('pickLocale', () => {
  it.each([
    [['zh-TW'], 'zh_TW'],
    [['zh-HK', 'en'], 'zh_TW'],
    [['zh-Hant-TW'], 'zh_TW'],
    [['it-IT'], 'it'],
    [['id'], 'id'],
    [['in-ID'], 'id'],
    [['fr-FR', 'it'], 'it'],
    [['zh-CN'], 'zh_CN'],
    [['zh'], 'zh_CN'],
    [['zh-Hans-SG'], 'zh_CN'],
    [['es-MX'], 'es'],
    [['pt-BR'], 'pt_BR'],
    [['pt-PT'], 'pt_BR'],
    [['hi-IN'], 'hi'],
    [['de'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (tags, want) => {
    expect(pickLocale(tags)).toBe(want);
  });
});

describe('t', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'hint.email.typo', { suggestion: 'a@gmail.com' })).toBe('Did you mean a@gmail.com?');
    expect(t('en', 'hint.email.typo')).toBe('Did you mean {suggestion}?');
  });
});

describe('store listing limits', () => {
  it.each(LOCALES)('%s: the manifest description fits the 132-character store limit', (locale) => {
    const m = JSON.parse(readFileSync(join(ROOT, 'public', '_locales', locale, 'messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;
    expect(m.extDescription!.message.length).toBeLessThanOrEqual(132);
    expect(m.extName!.message.length).toBeLessThanOrEqual(45);
  });
});
