/**
 * Phone eval: `npm run eval:phone -- <file.json> [--compare]`.
 * The file is an array of `{ "input": "...", "country": "<ISO alpha-2>" | null, "e164": "+..." | null }`:
 * `country` is what the page / profile says (the assumed country), `e164` what the person most
 * likely meant (null when no valid number can be made). Runs the same analysis as the
 * 'phone-number' rule; prints each mistake, then `{"cases":N,"correct":C}`.
 * `--compare` first prints the score with each libphonenumber-js metadata set (min, mobile, max).
 */
import { readFileSync } from 'node:fs';
import minMetadata from 'libphonenumber-js/min/metadata';
import mobileMetadata from 'libphonenumber-js/mobile/metadata';
import maxMetadata from 'libphonenumber-js/max/metadata';
import { analyzePhone } from '../src/rules/phone/analyze.ts';
import { inferCountry } from '../src/rules/phone/country.ts';
import type { PhoneLib } from '../src/rules/phone/lib.ts';
import { PHONE_LIB, makePhoneLib } from '../src/rules/phone/lib.ts';

interface Case {
  readonly input: string;
  readonly country: string | null;
  readonly e164: string | null;
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'test/fixtures/phone/cases.json';
const cases = JSON.parse(readFileSync(file, 'utf8')) as Case[];

function meant(c: Case, lib: PhoneLib): string | null {
  const assumed = inferCountry({ fields: {}, pageLang: '', country: c.country ? { profile: c.country } : {} }, lib);
  return analyzePhone(c.input, { assumed }, lib).e164;
}

function score(lib: PhoneLib, print: boolean): number {
  let correct = 0;
  for (const c of cases) {
    const got = meant(c, lib);
    if (got === c.e164) correct++;
    else if (print) console.log(`${JSON.stringify(c.input)} (${c.country ?? '-'}): want ${c.e164}, got ${got}`);
  }
  return correct;
}

if (args.includes('--compare')) {
  for (const [name, md] of [
    ['min', minMetadata],
    ['mobile', mobileMetadata],
    ['max', maxMetadata],
  ] as const) {
    console.log(`metadata ${name}: ${score(makePhoneLib(md), false)}/${cases.length} correct`);
  }
}
const correct = score(PHONE_LIB, true);
console.log(JSON.stringify({ cases: cases.length, correct }));
