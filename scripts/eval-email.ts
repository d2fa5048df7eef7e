/**
 * Email suggestion eval: `npm run eval:email -- <file.json>`.
 * The file is an array of `{ "input": "...", "suggest": "<full corrected address>" | null }`.
 * Runs the generic profile's email rules as the extension does (on blur) and takes the fix of the
 * first finding in display order. Prints each mistake, then one JSON line:
 * `{"cases":N,"correct":C,"falseSuggestions":FP,"missed":M}` (FP: a suggestion where none was
 * wanted; M: no suggestion where one was wanted; a wrong suggestion counts in neither).
 */
import { readFileSync } from 'node:fs';
import { GENERIC } from '../src/profiles/index.ts';
import { runRules } from '../src/rules/registry.ts';
import type { Finding, RuleContext } from '../src/rules/types.ts';

interface Case {
  readonly input: string;
  readonly suggest: string | null;
}

const file = process.argv[2] ?? 'test/fixtures/email/cases.json';
const cases = JSON.parse(readFileSync(file, 'utf8')) as Case[];
const ctx: RuleContext = { fields: {}, pageLang: 'en', profileId: GENERIC.id, phase: 'done' };
const order = { error: 0, warn: 1, info: 2 } as const;

function suggestionFor(input: string): string | null {
  const findings: Finding[] = runRules(GENERIC.rules, 'email', input, ctx);
  findings.sort((a, b) => order[a.severity] - order[b.severity]);
  return findings.find((f) => f.fix)?.fix?.value ?? null;
}

let correct = 0;
let falseSuggestions = 0;
let missed = 0;
for (const c of cases) {
  const got = suggestionFor(c.input);
  if (got === c.suggest) {
    correct++;
    continue;
  }
  if (c.suggest === null) falseSuggestions++;
  else if (got === null) missed++;
  console.log(`${JSON.stringify(c.input)}: want ${JSON.stringify(c.suggest)}, got ${JSON.stringify(got)}`);
}
console.log(JSON.stringify({ cases: cases.length, correct, falseSuggestions, missed }));
