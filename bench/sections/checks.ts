/**
 * Check speed in Node: per-call time of each check on realistic inputs. Modules are imported
 * dynamically so that a check another engineer has not written yet shows as "n/a", not a crash.
 * Rules are found in the registries (what the extension runs) and by scanning src/rules/ for
 * rule objects that are not registered yet.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Spread } from '../lib/stats.ts';
import { round, spread } from '../lib/stats.ts';
import { makeFiles } from '../lib/files.ts';

export interface CheckResult {
  /** Stable id: 'field:email', 'rule:email-typo', 'files:header', ... */
  readonly id: string;
  readonly label: string;
  readonly inputs: string;
  /** µs per call (min / median / max over timed batches), or null with `na` saying why. */
  readonly perCallUs: Spread | null;
  readonly na?: string;
}

interface TimingOptions {
  readonly warmupMs: number;
  readonly batchMs: number;
  readonly batches: number;
}

/** Per-call µs: batches of k calls (k grown until a batch takes `batchMs`), after a warm-up. */
function timeSync(fn: (i: number) => unknown, o: TimingOptions): Spread {
  let i = 0;
  const warmEnd = performance.now() + o.warmupMs;
  while (performance.now() < warmEnd) fn(i++);
  let k = 1;
  for (;;) {
    const t0 = performance.now();
    for (let j = 0; j < k; j++) fn(i++);
    if (performance.now() - t0 >= o.batchMs / 4 || k > 1e7) break;
    k *= 2;
  }
  k *= 4;
  const per: number[] = [];
  for (let b = 0; b < o.batches; b++) {
    const t0 = performance.now();
    for (let j = 0; j < k; j++) fn(i++);
    per.push(((performance.now() - t0) * 1000) / k);
  }
  return spread(per, 3);
}

async function timeAsync(fn: (i: number) => Promise<unknown>, o: TimingOptions): Promise<Spread> {
  let i = 0;
  const warmEnd = performance.now() + o.warmupMs;
  while (performance.now() < warmEnd) await fn(i++);
  let k = 1;
  for (;;) {
    const t0 = performance.now();
    for (let j = 0; j < k; j++) await fn(i++);
    if (performance.now() - t0 >= o.batchMs / 4 || k > 1e6) break;
    k *= 2;
  }
  k *= 4;
  const per: number[] = [];
  for (let b = 0; b < o.batches; b++) {
    const t0 = performance.now();
    for (let j = 0; j < k; j++) await fn(i++);
    per.push(((performance.now() - t0) * 1000) / k);
  }
  return spread(per, 3);
}

// ---------------------------------------------------------------------------------------------
// Realistic inputs
// ---------------------------------------------------------------------------------------------

export const EMAILS = [
  'maria.rossi@gmail.com',
  'maria.rossi@gamil.com',
  'j.smith@hotmial.com',
  'budi.santoso@yahoo.co.id',
  'chen.wei@gmail.con',
  'a.b@outlook.com',
  'info@example-company.co.uk',
  'someone@iclod.com',
  'user.name+tag@protonmail.com',
  'weird@@gmail.com',
  'noatsign.gmail.com',
  'lee@yaho.com',
  'peter@gmx.de',
  'anna.bianchi@libero.it',
  'x@hotmail.it',
  'sales@mycompany.com',
  'tmp123@mailinator.com',
  'first.last@company.com.tw',
  'ok@gmai.com',
  'Dewi.Lestari@Gmail.Com ',
];

export const PHONES: readonly (readonly [string, string])[] = [
  // [number as typed, the page's country control]
  ['+39 312 345 6789', '+39'],
  ['3123456789', '+39'],
  ['0039 312 345 6789', ''],
  ['+62 812-3456-7890', '+62'],
  ['0812 3456 7890', 'Indonesia (+62)'],
  ['+886 912 345 678', '+886'],
  ['0912-345-678', 'TW'],
  ['(555) 123-4567', '+1'],
  ['+1 202 555 0143', ''],
  ['12345', '+39'],
  ['+44 7700 900123', '+44'],
  ['00 44 7700 900 123', ''],
  ['+39 06 6988 1234', '+39'],
  ['+39 +39 312 345 6789', '+39'],
  ['812345678901234567', '+62'],
  ['+62 0812 3456 7890', '+62'],
];

export const DESCRIPTIONS = [
  'My account was banned.',
  'Hi, my WhatsApp account was banned yesterday after I changed my phone. I reinstalled the app and now it says my number is not allowed to use WhatsApp. I never sent spam. Please help me get it back, I use it for work.',
  'Hello WhatsApp team. Since the last update (version 2.24.10.79 on Android 14, Samsung Galaxy A54) messages to one group stay with one grey tick for hours. Other chats work. I tried clearing the cache, reinstalling and switching between Wi-Fi and mobile data. Steps: open the group "Family", send any text, it never gets delivered. It started on 3 May. My number is +39 312 345 6789. Screenshots attached.',
  'URGENT!!! someone stole my account, I got a code 482-913 by SMS and gave it to a friend who asked for it, now I cannot log in. my email is maria.rossi@gmail.com and my password was Summer2024! please fix now',
  'Buongiorno, non riesco più a ricevere il codice di verifica via SMS sul mio numero +39 312 345 6789. Ho provato anche la chiamata vocale ma non arriva nulla. Il telefono è un iPhone 13 con iOS 17.4. Grazie per l’aiuto.',
  'Halo, akun WhatsApp Business saya tidak bisa verifikasi sejak kemarin. Saya sudah mencoba beberapa kali tetapi selalu muncul pesan kesalahan. Nomor saya 0812 3456 7890. Terima kasih.',
  '您好，我的帳號昨天被停用了，我不知道原因。我沒有傳送垃圾訊息。我的電話號碼是 0912-345-678，請幫我恢復帳號。謝謝。',
  `I paid for a business subscription with my card 4111 1111 1111 1111 and my IBAN IT60 X054 2811 1010 0000 0123 456 was charged twice. ${'The payment page showed an error and I retried. '.repeat(20)}`,
];

const makeCtx = (i: number) => {
  const [phone, control] = PHONES[i % PHONES.length] as readonly [string, string];
  const email = EMAILS[i % EMAILS.length] as string;
  return {
    fields: { email, 'email-confirm': email, phone, 'phone-country': control, category: 'Account' },
    pageLang: 'en',
    profileId: 'whatsapp',
    country: { fromControl: control, tld: 'com', browserLocale: 'it-IT' },
    uiLocale: 'en',
    phase: 'done' as const,
  };
};
/** Contexts made once, outside the timed loops. */
const CTXS = Array.from({ length: EMAILS.length * PHONES.length }, (_, i) => makeCtx(i));
const ctxFor = (i: number) => CTXS[i % CTXS.length];

// ---------------------------------------------------------------------------------------------
// Discovery
// ---------------------------------------------------------------------------------------------

interface TextRule {
  readonly id: string;
  readonly field: string;
  readonly defaults: unknown;
  parseOptions(input: unknown): unknown;
  check(value: string, ctx: unknown, options: unknown): unknown[];
}

interface FileRule {
  readonly id: string;
  readonly defaults: unknown;
  parseOptions(input: unknown): unknown;
  check(files: readonly unknown[], input: unknown, options: unknown): unknown[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isRuleLike(v: unknown): v is FileRule {
  return (
    isObject(v) && typeof v.id === 'string' && typeof v.check === 'function' && typeof v.parseOptions === 'function'
  );
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const n of names) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (n.endsWith('.ts') && !n.endsWith('.test.ts') && !n.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

async function load(root: string, rel: string): Promise<Record<string, unknown> | string> {
  try {
    return (await import(pathToFileURL(join(root, rel)).href)) as Record<string, unknown>;
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return /Cannot find module|ERR_MODULE_NOT_FOUND/.test(msg ?? '') ? 'module not present' : `import failed: ${msg}`;
  }
}

export interface ChecksOptions {
  readonly root: string;
  readonly quick: boolean;
  readonly log: (s: string) => void;
}

const FIELD_INPUTS: Record<string, { values: readonly string[]; what: string }> = {
  email: { values: EMAILS, what: `${EMAILS.length} addresses (valid, typos, malformed)` },
  'email-confirm': { values: EMAILS, what: `${EMAILS.length} addresses vs. the email field` },
  phone: { values: PHONES.map((p) => p[0]), what: `${PHONES.length} numbers (IT, ID, TW, US, UK; with/without +)` },
  description: { values: DESCRIPTIONS, what: `${DESCRIPTIONS.length} texts, 22–1,300 chars (en, it, id, zh_TW)` },
};
const BUDGET_FIELDS = ['email', 'phone', 'description'];

export async function runChecks(o: ChecksOptions): Promise<CheckResult[]> {
  const timing: TimingOptions = o.quick
    ? { warmupMs: 50, batchMs: 20, batches: 5 }
    : { warmupMs: 300, batchMs: 60, batches: 15 };
  const results: CheckResult[] = [];

  const registry = await load(o.root, 'src/rules/registry.ts');
  const profileMod = await load(o.root, 'src/profiles/whatsapp.ts');
  const RULES = typeof registry === 'string' ? {} : ((registry.RULES ?? {}) as Record<string, TextRule>);
  const runRules =
    typeof registry === 'string'
      ? null
      : (registry.runRules as (opts: Record<string, unknown>, field: string, value: string, ctx: unknown) => unknown[]);
  const profileRules =
    typeof profileMod === 'string' ? {} : ((profileMod.WHATSAPP as { rules?: Record<string, unknown> })?.rules ?? {});

  // Rule objects in src/rules/** that the registries do not list (being written, or not wired yet).
  const discovered = new Map<string, { rule: TextRule | FileRule; file: string }>();
  for (const abs of tsFiles(join(o.root, 'src', 'rules'))) {
    const rel = relative(o.root, abs).split('\\').join('/');
    const mod = await load(o.root, rel);
    if (typeof mod === 'string') {
      o.log(`  ${rel}: ${mod}`);
      continue;
    }
    for (const v of Object.values(mod))
      if (isRuleLike(v) && !discovered.has(v.id)) discovered.set(v.id, { rule: v, file: rel });
  }
  const textRules = [...discovered.values()].filter((d) => typeof (d.rule as Partial<TextRule>).field === 'string');

  // Per field: what the content script runs on a check (the profile's rules through runRules).
  for (const field of [...BUDGET_FIELDS, 'email-confirm']) {
    const inputs = FIELD_INPUTS[field] as { values: readonly string[]; what: string };
    const ids = Object.keys(profileRules).filter((id) => RULES[id]?.field === field);
    const id = `field:${field}`;
    const label = `${field}: all profile rules (runRules)`;
    if (!runRules || ids.length === 0) {
      // Not wired yet: time the rules of this field that exist, called directly with the profile's options.
      const present = textRules.map((d) => d.rule as TextRule).filter((r) => r.field === field);
      const direct: { rule: TextRule; options: unknown }[] = [];
      for (const r of present) {
        try {
          direct.push({ rule: r, options: r.parseOptions(profileRules[r.id] ?? {}) });
        } catch {
          // bad options: shown in the per-rule row
        }
      }
      if (direct.length === 0) {
        results.push({ id, label, inputs: inputs.what, perCallUs: null, na: 'module not present' });
        continue;
      }
      const perCallUs = timeSync((i) => {
        const value = inputs.values[i % inputs.values.length] as string;
        for (const d of direct) {
          try {
            d.rule.check(value, ctxFor(i), d.options);
          } catch {
            // as the registry: a throwing rule yields nothing
          }
        }
      }, timing);
      results.push({
        id,
        label: `${field}: ${direct.map((d) => d.rule.id).join(' + ')} (not registered yet: called directly)`,
        inputs: inputs.what,
        perCallUs,
      });
      o.log(`  ${id} ${perCallUs.median} µs (direct)`);
      continue;
    }
    const perCallUs = timeSync(
      (i) => runRules(profileRules, field, inputs.values[i % inputs.values.length] as string, ctxFor(i)),
      timing,
    );
    results.push({ id, label: `${field}: ${ids.join(' + ')}`, inputs: inputs.what, perCallUs });
    o.log(`  ${id} ${perCallUs.median} µs`);
  }

  // Per rule, with the profile's options where it has them.
  for (const { rule, file } of textRules) {
    const r = rule as TextRule;
    const inputs = FIELD_INPUTS[r.field] ?? { values: DESCRIPTIONS, what: 'description texts' };
    let options: unknown;
    try {
      options = r.parseOptions(profileRules[r.id] ?? {});
    } catch (e) {
      results.push({
        id: `rule:${r.id}`,
        label: r.id,
        inputs: inputs.what,
        perCallUs: null,
        na: `bad options: ${String(e)}`,
      });
      continue;
    }
    const registered = RULES[r.id] === rule;
    const perCallUs = timeSync((i) => {
      try {
        r.check(inputs.values[i % inputs.values.length] as string, ctxFor(i), options);
      } catch {
        // counted like the registry does: a throwing rule yields nothing
      }
    }, timing);
    results.push({
      id: `rule:${r.id}`,
      label: `${r.id} (${r.field})${registered ? '' : ` — not registered (${file})`}`,
      inputs: inputs.what,
      perCallUs,
    });
  }

  // Attachments: header parsing (type, dimensions, truncation; no hash), then the rules.
  const factsMod = await load(o.root, 'src/files/facts.ts');
  const files = makeFiles();
  const filesWhat = files.map((f) => `${f.name} ${(f.size / 1024).toFixed(0)} KB`).join(', ');
  if (typeof factsMod === 'string' || typeof factsMod.readFileFacts !== 'function') {
    results.push({
      id: 'files:header',
      label: 'attachment header parsing',
      inputs: filesWhat,
      perCallUs: null,
      na: 'module not present',
    });
  } else {
    const readFileFacts = factsMod.readFileFacts as (f: File, o: { hash: boolean }) => Promise<unknown>;
    const perCallUs = await timeAsync((i) => readFileFacts(files[i % files.length] as File, { hash: false }), timing);
    results.push({
      id: 'files:header',
      label: 'attachment header parsing (readFileFacts, no hash)',
      inputs: filesWhat,
      perCallUs,
    });
    o.log(`  files:header ${perCallUs.median} µs`);

    const attMod = await load(o.root, 'src/rules/attachments/index.ts');
    if (typeof attMod === 'string' || typeof attMod.runAttachmentRules !== 'function') {
      results.push({
        id: 'files:rules',
        label: 'attachment rules',
        inputs: '',
        perCallUs: null,
        na: typeof attMod === 'string' ? attMod : 'no runAttachmentRules',
      });
    } else {
      const facts = await Promise.all(files.map((f) => readFileFacts(f, { hash: true })));
      const runAttachmentRules = attMod.runAttachmentRules as (
        o: Record<string, unknown>,
        f: unknown[],
        i: unknown,
      ) => unknown[];
      const input = { accept: 'image/*', multiple: true, locale: 'en' };
      const perCall = timeSync(() => runAttachmentRules(profileRules, facts, input), timing);
      results.push({
        id: 'files:rules',
        label: 'attachment rules (runAttachmentRules, profile options)',
        inputs: `the ${files.length} files' facts at once`,
        perCallUs: perCall,
      });
    }
    const checkMod = await load(o.root, 'src/files/check.ts');
    if (typeof checkMod !== 'string' && typeof checkMod.checkFiles === 'function') {
      const checkFiles = checkMod.checkFiles as (f: File[], i: unknown, r: unknown, o: unknown) => Promise<unknown>;
      const input = { accept: 'image/*', multiple: true, locale: 'en' };
      const three = files.slice(0, 3);
      const perCall = await timeAsync(
        () => checkFiles(three, input, profileRules, { yieldToPage: () => Promise.resolve() }),
        { ...timing, batches: Math.max(3, Math.round(timing.batches / 2)) },
      );
      results.push({
        id: 'files:check',
        label: 'checkFiles: 3 files end to end (headers, same-size hashing, rules)',
        inputs: three.map((f) => f.name).join(', '),
        perCallUs: perCall,
      });
    }
  }
  return results.map((r) =>
    r.perCallUs ? { ...r, perCallUs: { ...r.perCallUs, median: round(r.perCallUs.median, 3) } } : r,
  );
}
