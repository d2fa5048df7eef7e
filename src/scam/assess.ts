import type { MessageKey } from '../i18n/keys.ts';
import type { Params } from '../rules/types.ts';
import type { ServiceProfile } from '../profiles/schema.ts';
import { PROFILES } from '../profiles/index.ts';
import { domainSignal, hostInfo, isOfficialDomain } from './domain.ts';
import type { HostInfo } from './domain.ts';
import {
  CHANNEL_CJK,
  CHANNEL_WORDS,
  CODE_ENTRY,
  CODE_FIELD,
  CODE_REQUEST,
  FEE_WORDS,
  GIFT_CARD_WORDS,
  HOTLINE_STRONG,
  HOTLINE_WEAK,
  NEGATION_CJK,
  NEGATION_WORDS,
  NO_PHONE_SUPPORT,
  PRICE,
  UNBAN_WORDS,
  NOT_OPERATOR_TOKENS,
  OTHER_CHANNEL_LINK,
  OTHER_CHANNELS,
  REMOTE_APPS,
  WARNING_STEMS,
  WARNING_WORDS,
  WordRegExp,
  anyOf,
  escapeLiteral,
  wordRegex,
} from './lexicon.ts';
import { MAX_BRAND_HITS, MAX_CONTEXT, TOPIC_HEAD, WINDOW } from './limits.ts';
import { countryHints, findNumbers } from './phones.ts';
import { ListScan } from './scan.ts';
import type { ListMatches } from './scan.ts';
import type { FoundNumber } from './phones.ts';
import type { NumberFound } from 'libphonenumber-js/min';

/*
 * Scoring model
 * =============
 * Each profile (brand) is assessed on its own; the page gets the highest level.
 * Official pages (registrable domain, public-suffix aware, in the profile's official
 * domains) are never flagged. Otherwise signals add up:
 *
 *   weight 3 (strong; enough alone)
 *     fake-hotline         the brand bound to support/hotline wording ("WhatsApp customer
 *                          care number", "客服電話", "numero verde WhatsApp") with phone
 *                          numbers next to it, for a brand without phone support. Generic
 *                          wording ("support", "客服", "CS") only counts when the page is
 *                          about the brand (brand in title, headings or URL).
 *     lookalike-homograph  a host label whose confusable skeleton holds an official name
 *   weight 2 (medium; caution alone)
 *     lookalike-typo       one edit, one repeated letter or a digit look-alike away from
 *                          an official name (whatsaap, whatapp, whatsappp, wh4tsapp)
 *     lookalike-brand      the official domain inside a subdomain, the brand plus support
 *                          words in the registrable name, or the brand under another suffix
 *     asks-code            a request to send/share the 6-digit code or the PIN ("enter the
 *                          code" counts only on a look-alike address: guides say it too)
 *     fee                  a support/unlock "service fee"
 *     other-channel        support offered through Telegram, Line, WeChat…
 *   weight 1 (weak; caution alone)
 *     lookalike-brand / lookalike-typo in their weak forms, gift-card, remote-access
 *
 * score ≥ 3 → danger, score ≥ 1 → caution, else none. Since no signal other than the two
 * strong ones weighs more than 2, danger needs a strong signal or two independent ones.
 * Content signals (all but the look-alikes) only count on pages about the brand (the
 * brand in title/headings/URL, a brand-bound support phrase, or a look-alike address).
 *
 * Counter-evidence
 *   - warning pages: a title or heading with warning words ("scam", "truffa", "詐騙",
 *     "so-called"…), a statement that the brand has no phone support, or warning words
 *     in three or more sentences near the brand: no content signal counts (look-alike
 *     addresses still do), except a brand hotline whose own line vouches for it ("verified",
 *     "verificato"): a warning that then sells "the real number" is a fake hotline. A
 *     no-phone statement about another line ("no other helpline", "no separate number") or
 *     a language ("no call center in Thai") is the pitch of a service, not a warning;
 *   - a number whose own sentence, before it, holds warning words or a negated call
 *     ("don't call"), or right after it says it is fake, or that sits in quotation marks
 *     with warning words close by, is quoted, not offered;
 *   - a number counts only on the claim's line or on the line of the first number after
 *     it (a listing of other brands' numbers next to it does not count);
 *   - support wording tied to the brand as a channel ("customer care on WhatsApp",
 *     "WhatsApp us", "透過WhatsApp"), to a product built on it ("WhatsApp Business API
 *     support", "WhatsApp banking helpline"), or preceded by the site's own name
 *     ("Airtel WhatsApp helpline" on airtel.in) is not a brand hotline;
 *   - on pages not about the brand, numbers that are also `wa.me` chat links are the
 *     site's own WhatsApp contact (a shop), not a hotline;
 *   - tactic mentions (code, fee, gift cards, remote apps, other messengers) in a negated
 *     or warning sentence ("WhatsApp never asks for your code") do not count.
 *
 * Cost: one scan of the text for brand aliases (a case-folded literal regex; pages without
 * a brand mention and without a look-alike address stop there); everything else runs on
 * a bounded context (title + windows around the first 60 mentions, ≤ 32k characters), whose
 * word lists are all found in one scan (scan.ts), and libphonenumber only sees short
 * phone-like runs near a claim.
 */

export type Level = 'danger' | 'caution' | 'none';

export interface Reason {
  readonly code: MessageKey;
  readonly params: Params;
  /**
   * What on the page led to the reason; shown to the person. For fake-hotline these are
   * the phone numbers exactly as they appear in the page text (or in a tel: link), so the
   * UI can find and mark them.
   */
  readonly evidence: readonly string[];
}

export interface Assessment {
  readonly level: Level;
  readonly reasons: readonly Reason[];
  /** Sum of signal weights (see the scoring model); absent on pages that were skipped. */
  readonly score?: number;
}

export interface TelLink {
  readonly href: string;
  /** Visible text of the link. */
  readonly text: string;
}

export interface PageInput {
  readonly url: string;
  readonly title: string;
  /** Visible text of the page (innerText-like). */
  readonly text: string;
  /** `href`s of the page's links. */
  readonly links: readonly string[];
  /** `<html lang>`, when known. */
  readonly lang?: string;
  /** Texts of the first h1–h3 headings. */
  readonly headings?: readonly string[];
  /** `tel:` links with their visible text. */
  readonly tels?: readonly TelLink[];
}

const MAX_TEXT = 1_000_000;
const MAX_TITLE = 1000;
const MAX_CLAIMS = 20;
const MAX_EVIDENCE = 10;
const GAP = 30;
/** How far into the text the numbers of a title's claim are looked for. */
const TITLE_REACH = 1500;
/** How far after a claim the site's own voice ("write to us") is looked for. */
const OWN_VOICE_REACH = 160;

const STRONG_RE = wordRegex(HOTLINE_STRONG);
const WEAK_RE = wordRegex(HOTLINE_WEAK);
const STRONG_TEST = wordRegex(HOTLINE_STRONG, [], 'u');
const WEAK_TEST = wordRegex(HOTLINE_WEAK, [], 'u');
const WARNING_RE = wordRegex(WARNING_WORDS, WARNING_STEMS);
const WARNING_TEST = wordRegex(WARNING_WORDS, WARNING_STEMS, 'u');
const NEGATION_TEST = wordRegex(NEGATION_WORDS, [], 'u');
const FEE_RE = wordRegex(FEE_WORDS);
const UNBAN_RE = wordRegex(UNBAN_WORDS);
const GIFT_RE = wordRegex(GIFT_CARD_WORDS, ['подарочн']);
const REMOTE_RE = wordRegex(REMOTE_APPS, ['удалённого доступа', 'удаленного доступа']);
const CHANNEL_RE = wordRegex(OTHER_CHANNELS);
const CHANNEL_SET = new Set(CHANNEL_WORDS);
/** "WhatsApp Business API support", "WhatsApp banking helpline": a product built on the brand, not the brand's own line. */
const PRODUCT_WORDS = new Set([
  'api',
  'apis',
  'platform',
  'banking',
  'bank',
  'chatbot',
  'bot',
  'bots',
  'integration',
  'solution',
  'solutions',
  'marketing',
  'tipline',
  'channel',
  'group',
  'groups',
  'community',
  'order',
  'orders',
  'ordering',
  'booking',
  'delivery',
  'बैंकिंग',
  'perbankan',
  'banca',
  'bancario',
  'bancário',
  'банкинг',
]);
const NEGATED_CALL =
  /(?:not|never|don'?t|don’t|non|jangan|no|não|nunca|не|mai|मत)\s+(?:\S+\s+)?(?:call|dial|chiamare|chiamate|chiamate|hubungi|menghubungi|telepon|llame|llamen|llamar|ligue|ligar|звоните|звонить|कॉल)|(?:不要|切勿|別|别|勿|千萬不要|千万不要)(?:\S{0,4})(?:撥打|拨打|打|致電|致电|聯絡|联系|回撥|回拨)/u;
/**
 * The site speaking of itself: "write to us", "our line", "bize yazın", "hubungi kami", "我们" …,
 * and Turkish nouns with "our" as a suffix ("hesabımızın", "hattımız") (lower case).
 */
const OWN_VOICE =
  /(?<![\p{L}])(?:us|our|we|nos|nuestro|nuestra|escríbenos|escribenos|nosso|nossa|conosco|ci|nostro|nostra|scrivici|kami|uns|unser|unsere|nous|notre|bize|bizim|hattımız|hattımızdan|numaramız|chúng tôi|हमें|हमारे|нам|наш|наша|لنا|معنا)(?![\p{L}])|(?<![\p{L}])\p{L}{2,}(?:ımız|imiz|umuz|ümüz)(?:ın|in|un|ün|a|e|ı|i|u|ü|da|de|dan|den|dır|dir)?(?![\p{L}])|我们|我們|本店|本公司|本行|敝行|当店|弊社|เรา/u;
const VIA_BEFORE =
  /(?:^|[\s(])(?:via|through|thru|tramite|melalui|lewat|через|عبر)\s*$|(?:透過|通過|通过|經由|经由|用|在|到)\s*$/u;
const BOUNDARY = new Set(['.', '!', '?', '。', '！', '？', '\n', '।', '؟', ';', '；']);
const WA_ME_TEXT = /(?<![\w.])wa\.me\/\+?(\d{6,15})/g;
/**
 * A sentence in which the site says what it is not ("we are not a WhatsApp service centre",
 * "non siamo un centro assistenza WhatsApp"): a claim inside it is a denial.
 */
const NOT_US =
  /(?<![\p{L}])(?:we are not|we're not|we are no|non siamo|no somos|não somos|nous ne sommes pas|wir sind kein|wir sind keine|wir sind nicht|kami bukan|kami tidak|chúng tôi không phải|мы не являемся|мы не)(?![\p{L}])|我們不是|我们不是|本公司並非|本公司并非|本店並非|本店并非|ليس[ت]? ?لنا علاقة|لسنا/u;
const WA_LINK =
  /^(?:https?:\/\/)?(?:wa\.me\/|(?:api|web|www)\.whatsapp\.com\/send\/?\?(?:.*&)?phone=|whatsapp:\/\/send\?(?:.*&)?phone=)\+?(\d{6,15})/i;
const HANDLE_AFTER = /@[\w.-]{3,}|[:：]\s*[@+]?[\w.-]*[\d_][\w.-]*|\+?\d[\d\s-]{6,}/u;
const SKIP: Assessment = { level: 'none', reasons: [] };
/** "No other …" ("aucun autre moyen", "no other way"): not a negation of what it sits next to. */
const NO_OTHER =
  /\b(?:no|not any|no one|aucun|aucune|nessun|nessuna|ningún|ninguna|nenhum|nenhuma|kein|keine|keinen|tidak ada|tak ada|hiç)\s(?:other|another|autre|altro|altra|otro|otra|outro|outra|anderer|andere|anderen|lain|başka)\b/gu;
/** A "that" clause inside a no-phone match: what is negated is the verb before it. */
const THAT_CLAUSE = /\s(?:that|che|que|bahwa|dass|qu['’]il|qu['’]|что|ki)\s/u;
/** A language right after a no-phone statement ("… no call center in Thai", "ภาษาไทย"). */
const IN_LANGUAGE =
  /^\s*(?:ภาษา|in (?:hindi|thai|english|urdu|bengali|bangla|tamil|telugu|marathi|indonesian|arabic|spanish|portuguese|turkish|vietnamese|local language)(?![\p{L}])|dalam bahasa|en español|em português|auf deutsch|en français|in italiano|на русском|بالعربية|بالعربي|باللغة|हिंदी में|हिन्दी में|اردو میں|বাংলায়|中文|华语|華語|粵語|粤语|tiếng việt|türkçe)/u;
/** "No other (line)": in a no-phone statement, it means "only this one". */
const OTHER_LINE =
  /\b(?:other|another|otro|otra|otros|altro|altra|altri|lain|outro|outra|andere|anderen|anderer|autre|autres|başka|khác|inny|inne|innego|separate|separata|separato|separado|terpisah|alag)\b|其他|其它|另外|別的|别的|другой|другого|других|दूसरी|दूसरा|दूसरे|अन्य|अलग|অন্য|আলাদা|الگ|دوسری|دوسرا|دوسرے|آخر|أخرى|دیگری|دیگر/u;
const CODE_ASK = anyOf(CODE_REQUEST);
const CODE_TYPED = anyOf(CODE_ENTRY);
const CODE_FIELDS = anyOf(CODE_FIELD);
const NO_PHONE = anyOf(NO_PHONE_SUPPORT);
/** The lists read over the whole context, found in one scan. */
const SCAN = new ListScan(
  [
    STRONG_RE,
    WEAK_RE,
    WARNING_RE,
    NO_PHONE,
    FEE_RE,
    UNBAN_RE,
    GIFT_RE,
    REMOTE_RE,
    CODE_ASK,
    CODE_TYPED,
    CODE_FIELDS,
  ].filter((re): re is WordRegExp => re instanceof WordRegExp),
);

interface Span {
  readonly start: number;
  readonly end: number;
}

interface Signal {
  readonly code: MessageKey;
  readonly weight: number;
  readonly params: Params;
  readonly evidence: readonly string[];
}

/** Lower-cases without changing the length (so offsets stay valid); never throws. */
function lower(s: string): string {
  const l = s.toLowerCase();
  if (l.length === s.length) return l;
  return s.replace(/\p{Lu}/gu, (c) => {
    const x = c.toLowerCase();
    return x.length === c.length ? x : c;
  });
}

const brandCache = new WeakMap<ServiceProfile, RegExp>();
/**
 * A case-sensitive regex that matches the aliases in any letter case ([wW][hH]…): V8 scans
 * that far faster than a case-insensitive one on two-byte (non-Latin) text.
 */
function brandRegex(profile: ServiceProfile): RegExp {
  let re = brandCache.get(profile);
  if (!re) {
    const aliases = [...new Set([profile.name, ...profile.aliases].map((a) => a.toLowerCase()))]
      .filter((a) => a.length >= 2)
      .sort((a, b) => b.length - a.length);
    const pattern = aliases
      .map((a) =>
        Array.from(a)
          .map((c) => {
            const u = c.toUpperCase();
            return u !== c && u.length === c.length ? `[${c}${u}]` : escapeLiteral(c);
          })
          .join(''),
      )
      .join('|');
    re = new RegExp(pattern, 'g');
    brandCache.set(profile, re);
  }
  return re;
}

/**
 * One pattern for the brands of all `profiles` (any alias, any letter case): what
 * `collectPage`'s `focus` option needs so that only the text around brand mentions is read.
 */
export function focusPattern(profiles: readonly ServiceProfile[] = PROFILES): RegExp {
  const sources = profiles.map((p) => brandRegex(p).source).filter((x) => x !== '');
  return new RegExp(sources.length > 0 ? sources.join('|') : '(?!)');
}

function brandHits(src: string, profile: ServiceProfile, max = MAX_BRAND_HITS): Span[] {
  const re = new RegExp(brandRegex(profile));
  const hits: Span[] = [];
  let m: RegExpExecArray | null;
  while (hits.length < max && (m = re.exec(src)) !== null) {
    hits.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return hits;
}

function mentions(s: string, profile: ServiceProfile): boolean {
  return new RegExp(brandRegex(profile).source).test(s);
}

/** Merged windows around brand mentions, bounded in total. */
function windows(hits: readonly Span[], length: number): Span[] {
  const out: { start: number; end: number }[] = [];
  let total = 0;
  for (const h of hits) {
    const start = Math.max(0, h.start - WINDOW);
    const end = Math.min(length, h.end + WINDOW);
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      total += Math.max(0, end - last.end);
      last.end = Math.max(last.end, end);
    } else {
      out.push({ start, end });
      total += end - start;
    }
    if (total >= MAX_CONTEXT) break;
  }
  return out;
}

function sentenceStart(low: string, pos: number, max = 200): number {
  const stop = Math.max(0, pos - max);
  for (let i = pos - 1; i >= stop; i--) if (BOUNDARY.has(low[i]!)) return i + 1;
  return stop;
}

function sentenceEnd(low: string, pos: number, max = 200): number {
  const stop = Math.min(low.length, pos + max);
  for (let i = pos; i < stop; i++) if (BOUNDARY.has(low[i]!)) return i;
  return stop;
}

/** True when the sentence around [start, end) warns. */
function warnedSentence(low: string, start: number, end: number): boolean {
  return WARNING_TEST.test(low.slice(sentenceStart(low, start), sentenceEnd(low, end)));
}

/** True when the sentence up to `pos` says what the site is not ("non siamo un …"). */
function deniedSentence(low: string, pos: number): boolean {
  return NOT_US.test(low.slice(sentenceStart(low, pos), pos));
}

/** True when the sentence around [start, end) warns or negates. */
function negatedOrWarned(low: string, start: number, end: number): boolean {
  const s = low.slice(sentenceStart(low, start), sentenceEnd(low, end));
  if (WARNING_TEST.test(s)) return true;
  // "No other means accepted" insists on what was said instead of denying it.
  const plain = s.replace(NO_OTHER, ' ');
  return NEGATION_TEST.test(plain) || NEGATION_CJK.test(plain);
}

function isIndonesian(lang: string, domain: string, low: string): boolean {
  if (lang.toLowerCase().startsWith('id') || domain.endsWith('.id')) return true;
  let n = 0;
  for (const w of [' yang ', ' dan ', ' untuk ', ' kami ', ' anda ', ' dengan ', ' ini ']) if (low.includes(w)) n++;
  return n >= 2;
}

/** Whether the text between the brand and a support phrase ties them together. */
function gapBinds(gap: string, hotlineFirst: boolean, indonesian: boolean): boolean {
  if (gap.length > GAP) return false;
  if (/[\d|/,.;!?。！？\n()[\]{}、，；·•]/u.test(gap)) return false;
  if (hotlineFirst && /[:：]/.test(gap)) return false;
  if (CHANNEL_CJK.test(gap)) return false;
  const tokens = gap.split(/[\s'’:：\-–]+/).filter(Boolean);
  if (tokens.length > 4) return false;
  for (const t of tokens) {
    if (CHANNEL_SET.has(t) || PRODUCT_WORDS.has(t)) return false;
    if (t === 'di' && hotlineFirst && indonesian) return false;
  }
  // "WhatsApp de soporte", "WhatsApp di assistenza": in Romance languages the brand before "de
  // <support>" is the support team's WhatsApp line (a channel); the brand's own support is
  // "soporte de WhatsApp", with the brand after.
  if (!hotlineFirst && !indonesian && tokens.length === 1 && ROMANCE_OF.has(tokens[0]!)) return false;
  return true;
}

const ROMANCE_OF = new Set(['de', 'di', 'da', 'do', 'du', 'del', 'della', 'dello', 'des']);

interface Claim extends Span {
  readonly strong: boolean;
}

interface Ctx {
  readonly src: string;
  readonly low: string;
  readonly info: HostInfo;
  readonly page: PageInput;
  readonly profile: ServiceProfile;
  readonly hits: readonly Span[];
  /** The matches of the word lists in `low`, from one scan (see scan.ts). */
  readonly found: ListMatches;
  readonly topic: boolean;
  /**
   * The page is about the brand by its title, main heading or address (not only a sub-heading,
   * such as a contact page's "WhatsApp support line").
   */
  readonly mainTopic: boolean;
  readonly indonesian: boolean;
  /** The address is a medium or strong look-alike of the brand's. */
  readonly impersonating: boolean;
}

/** The site's own name right before the brand ("Airtel WhatsApp helpline" on airtel.in, "SBI WhatsApp" on bank.sbi). */
function operatorPrefix(ctx: Ctx, brand: Span): boolean {
  const labels = ctx.info.unicodeHost
    .toLowerCase()
    .split(/[.-]/)
    .filter((l) => l.length >= 2 && l !== 'www');
  if (labels.length === 0) return false;
  const before = ctx.low.slice(Math.max(0, brand.start - 30), brand.start);
  const m = /([\p{L}\p{N}]+)[\s-]*$/u.exec(before);
  const token = m?.[1] ?? '';
  if (token.length < 2 || NOT_OPERATOR_TOKENS.has(token)) return false;
  if (STRONG_TEST.test(token) || WEAK_TEST.test(token)) return false;
  return labels.some((l) => l === token || (token.length >= 4 && l.startsWith(token)));
}

/** The index of the first span in `spans` (in text order) that ends at or after `pos`. */
function firstEndingFrom(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Brand-bound support phrases ("WhatsApp customer care number", "客服電話 WhatsApp"). */
function findClaims(ctx: Ctx): Claim[] {
  const claims: Claim[] = [];
  const brands = ctx.hits;
  for (const [re, strong] of [
    [STRONG_RE, true],
    [WEAK_RE, false],
  ] as const) {
    if (!strong && !ctx.topic) continue;
    for (const m of ctx.found.of(re)) {
      if (claims.length >= MAX_CLAIMS) return claims;
      const h0 = m.index;
      const h1 = h0 + m[0].length;
      if (claims.some((c) => h0 < c.end && h1 > c.start)) continue;
      // "WhatsApp support for group calls": a feature, not a helpdesk.
      if (!strong && /^\s+for\s/.test(ctx.low.slice(h1, h1 + 6))) continue;
      let bound = false;
      // Only mentions within GAP of the phrase can bind (the hits are in text order).
      for (let i = firstEndingFrom(brands, h0 - GAP); i < brands.length && brands[i]!.start <= h1 + GAP; i++) {
        const b = brands[i]!;
        let ok = false;
        if (b.end <= h0 && h0 - b.end <= GAP) {
          const before = ctx.low.slice(Math.max(0, b.start - 12), b.start);
          ok =
            gapBinds(ctx.low.slice(b.end, h0), false, ctx.indonesian) &&
            !VIA_BEFORE.test(before) &&
            !operatorPrefix(ctx, b);
        } else if (h1 <= b.start && b.start - h1 <= GAP) {
          ok = gapBinds(ctx.low.slice(h1, b.start), true, ctx.indonesian);
        }
        if (ok) {
          // "numbers posing as WhatsApp customer care circulate online": a warning, not a claim.
          if (warnedSentence(ctx.low, Math.min(b.start, h0), Math.max(b.end, h1))) break;
          // "We are not a WhatsApp service centre": a denial, not a claim.
          if (deniedSentence(ctx.low, Math.min(b.start, h0))) break;
          claims.push({ start: Math.min(b.start, h0), end: Math.max(b.end, h1), strong });
          bound = true;
          break;
        }
      }
      // On a look-alike address the site itself poses as the brand: its own hotline is the claim.
      if (!bound && strong && ctx.impersonating) claims.push({ start: h0, end: h1, strong });
    }
  }
  return claims;
}

/**
 * "… does not offer phone support" said of the brand: in the sentence that names it or the one
 * after (a directory's "Facebook: no phone line" row says nothing about the brand).
 */
function saysNoPhone(ctx: Ctx): boolean {
  for (const m of ctx.found.of(NO_PHONE)) {
    // "WhatsApp has no other helpline: only ours" is the opposite.
    if (OTHER_LINE.test(m[0])) continue;
    // "Many don't know that there is a phone service": the negation is of the knowing.
    if (THAT_CLAUSE.test(m[0])) continue;
    const at = m.index;
    // "No call center in Thai": a service pitch (a local line is missing), not "no phone support".
    if (IN_LANGUAGE.test(ctx.low.slice(at + m[0].length, at + m[0].length + 24))) continue;
    // "Not an official number of WhatsApp" describes a number (a relay service's), not the brand.
    const next = ctx.low.slice(at + m[0].length, at + m[0].length + 40);
    if (/^\s*(?:von|of|de|di|do|da|du|del)\s/u.test(next) && mentions(next, ctx.profile)) continue;
    const from = sentenceStart(ctx.low, at, 300);
    const before = from > 0 ? sentenceStart(ctx.low, from - 1, 300) : from;
    const to = sentenceEnd(ctx.low, at + m[0].length, 300);
    if (mentions(ctx.src.slice(before, to), ctx.profile)) return true;
  }
  return false;
}

/** Warning page: title or a heading warns, the page says the brand has no phone support, or three sentences warn. */
function isWarningPage(ctx: Ctx): boolean {
  if (WARNING_TEST.test(lower(ctx.page.title.slice(0, MAX_TITLE)))) return true;
  // A heading that warns makes a warning page, except on an address that poses as the brand:
  // there a "Common scams" section is part of the act, not an article about it.
  const headings = (ctx.page.headings ?? []).slice(0, 20);
  // So is a "Warning" section on a page whose title offers the brand's helpline: scam pages
  // warn against "fake agents" to sell their own number.
  const title = lower(ctx.page.title.slice(0, MAX_TITLE));
  const claim = STRONG_TEST.exec(title);
  const titleClaim = claim !== null && !insideQuotes(title, claim.index) && mentions(title, ctx.profile);
  if (!ctx.impersonating && !titleClaim && headings.some((h) => WARNING_TEST.test(lower(h)))) return true;
  const sentences = new Set<number>();
  if (saysNoPhone(ctx)) return true;
  for (const m of ctx.found.of(WARNING_RE)) {
    sentences.add(sentenceStart(ctx.low, m.index));
    if (sentences.size >= 3) return true;
  }
  return false;
}

/** A number quoted in a warning ("scammers list +91…", "don't call…", "… is fake"). */
function numberWarned(low: string, n: FoundNumber): boolean {
  const prefix = low.slice(sentenceStart(low, n.start), n.start);
  if (WARNING_TEST.test(prefix) || NEGATED_CALL.test(prefix)) return true;
  const suffix = low.slice(n.end, Math.min(sentenceEnd(low, n.end), n.end + 40));
  if (WARNING_TEST.test(suffix)) return true;
  // Quoted (“WhatsApp helpline: +91…”) with a warning close by: an example, not an offer.
  if (insideQuotes(low, n.start)) {
    const around = low.slice(Math.max(0, n.start - 300), Math.min(low.length, n.end + 300));
    if (WARNING_TEST.test(around)) return true;
  }
  return false;
}

const OPEN_QUOTES = '“«「『„';
const CLOSE_QUOTES = '”»」』';

/** Whether position `pos` sits inside quotation marks opened earlier on the same line. */
function insideQuotes(low: string, pos: number): boolean {
  const from = Math.max(0, pos - 300);
  const lineStart = from + low.slice(from, pos).lastIndexOf('\n') + 1;
  let depth = 0;
  let straight = false;
  for (let i = lineStart; i < pos; i++) {
    const ch = low[i]!;
    if (ch === '"') straight = !straight;
    else if (OPEN_QUOTES.includes(ch)) depth++;
    else if (CLOSE_QUOTES.includes(ch) && depth > 0) depth--;
  }
  return depth > 0 || straight;
}

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

function sameNumber(a: string, national: string, digits: string): boolean {
  if (a === digits) return true;
  return national.length >= 7 && a.endsWith(national);
}

function lineEnd(src: string, from: number, max: number): number {
  const i = src.slice(from, max).indexOf('\n');
  return i < 0 ? max : from + i;
}

/** How many line breaks lie in [from, to). */
function lineBreaks(src: string, from: number, to: number): number {
  let n = 0;
  for (let i = src.indexOf('\n', from); i >= 0 && i < to; i = src.indexOf('\n', i + 1)) n++;
  return n;
}

/** A line that labels a phone number: "Telefon", "Hotline", "☎", "Call center", "電話" … (lower case). */
const PHONE_LABEL =
  /^[\s\p{P}\p{S}]*(?:tel|tel\.|telephone|telefon|telefone|telefono|teléfono|téléphone|phone|mobile|hotline|helpline|toll[- ]free|call|kostenlose hotline|numero verde|numéro vert|电话|電話|客服|हेल्पलाइन|फोन|الهاتف|هاتف|телефон)(?!\p{L})/u;

/** The text from the start of the line to `pos` (at most `reach` characters). */
function lineBefore(low: string, pos: number, reach = 60): string {
  const from = Math.max(0, pos - reach);
  const nl = low.lastIndexOf('\n', pos - 1);
  return low.slice(Math.max(from, nl + 1), pos);
}

/** Where a claim's numbers are: its own line (from up to 120 characters before), and up to 260 after. */
function claimArea(src: string, c: Span): Span {
  let start = Math.max(0, c.start - 120);
  const before = src.slice(start, c.start);
  const cut = Math.max(before.lastIndexOf('\n'), before.search(/[.!?。！？;；]\s[^.!?。！？;；]*$/));
  if (cut >= 0) start += cut + 1;
  let end = Math.min(src.length, c.end + 260);
  // Do not cut a number in two.
  for (let k = 0; k < 24 && end < src.length && /[\d\s().-]/.test(src[end]!); k++) end++;
  return { start, end };
}

function hotlineSignal(ctx: Ctx, claims: readonly Claim[]): Signal | null {
  if (ctx.profile.phoneSupport || claims.length === 0) return null;
  const waNumbers: string[] = [];
  for (const l of ctx.page.links.slice(0, 2000)) {
    const m = WA_LINK.exec(l);
    if (m?.[1]) waNumbers.push(m[1]);
  }
  // A wa.me address written out in the text is the same kind of link.
  for (const m of ctx.low.matchAll(WA_ME_TEXT)) if (m[1] && waNumbers.length < 50) waNumbers.push(m[1]);
  const countries = countryHints(ctx.info.domain, ctx.page.lang ?? '', ctx.src.slice(0, 2000));
  const evidence: string[] = [];
  const seen = new Set<string>();
  const push = (raw: string, key: string): void => {
    if (seen.has(key) || evidence.length >= MAX_EVIDENCE) return;
    seen.add(key);
    evidence.push(raw.trim().slice(0, 200));
  };
  const isWa = (n: FoundNumber): boolean => waNumbers.some((w) => sameNumber(w, n.national, n.digits));
  let live = 0;
  const titleEnd = ctx.page.title.length;
  const cache = new Map<string, FoundNumber[]>();
  const runCache = new Map<string, NumberFound[]>();
  for (const c of claims.slice(0, 12)) {
    // Enough to decide and to mark; bounds the work on pages that repeat the claim.
    if (evidence.length >= 6) break;
    // A claim in the title ("WhatsApp Service Center – Hotline") makes the page a hotline
    // listing: the first numbers of its text are the claim's, however the page lays them out.
    const inTitle = c.end <= titleEnd;
    const { start, end } = inTitle
      ? { start: titleEnd, end: Math.min(ctx.src.length, titleEnd + TITLE_REACH) }
      : claimArea(ctx.src, c);
    const key = `${start}:${end}`;
    let numbers = cache.get(key);
    if (!numbers) {
      const all = findNumbers(ctx.src.slice(start, end), start, countries, runCache);
      if (inTitle) {
        // Only numbers a line labels as a phone ("Telefon\t030 …", "Hotline: 0800 …"), as
        // listings do; a news story's "police listed these numbers: …" is not one.
        numbers = all.filter((n) => PHONE_LABEL.test(lineBefore(ctx.low, n.start))).slice(0, 3);
      } else {
        // Numbers on the claim's own line, else those on the line of the first number after it
        // (a number several lines further down, as in a footer, is not the claim's).
        const first = all.find((n) => n.start >= c.end && lineBreaks(ctx.src, c.end, n.start) <= 2);
        const stop = first ? lineEnd(ctx.src, first.end, end) : lineEnd(ctx.src, c.end, end);
        numbers = all.filter((n) => n.end <= stop);
      }
      cache.set(key, numbers);
    }
    // "Customer care WhatsApp: +91 98… (a wa.me link)" on a page not about the brand is the
    // site's own WhatsApp contact: the phrase labels a channel, not a brand hotline.
    const next = numbers.find((n) => n.start >= c.end);
    if (!ctx.topic && next && isWa(next)) continue;
    // "WhatsApp support line 0532 … write to us on WhatsApp": on a page whose title, main heading
    // and address are not about the brand, a phrase in the site's own voice labels its own line.
    if (!ctx.mainTopic && OWN_VOICE.test(ctx.low.slice(c.start, c.end + OWN_VOICE_REACH))) continue;
    live++;
    for (const n of numbers) {
      if (numberWarned(ctx.low, n)) continue;
      if (!ctx.topic && isWa(n)) continue;
      push(n.raw, n.digits);
    }
  }
  if (live === 0) return null;
  // tel: links count once the page makes a brand hotline claim.
  for (const tel of (ctx.page.tels ?? []).slice(0, 50)) {
    let num = tel.href.replace(/^tel:/i, '');
    try {
      num = decodeURIComponent(num);
    } catch {
      // keep it encoded
    }
    const d = digitsOf(num);
    if (d.length < 6 || d.length > 15) continue;
    if (!ctx.topic && waNumbers.some((w) => sameNumber(w, d, d))) continue;
    if ([...seen].some((s) => s.endsWith(d.slice(-8)) || d.endsWith(s.slice(-8)))) continue;
    const shown = digitsOf(tel.text).length >= 6 ? tel.text : num;
    push(shown, d);
  }
  if (evidence.length === 0) return null;
  return { code: 'scam.reason.fake-hotline', weight: 3, params: { brand: ctx.profile.name }, evidence };
}

/** "Verified", "verificato", "已驗證" … (lower case): a number vouched for. */
const ENDORSED =
  /(?<![\p{L}])(?:verified|verificat[oaie]|verificad[oa]s?|vérifiée?s?|verifiziert(?:e|en)?|geprüft(?:e|en)?|terverifikasi|diverifikasi|проверенн\p{L}*|doğrulanmış|đã xác minh|موثق|موثوق|सत्यापित)(?![\p{L}])|已驗證|已验证|認證|认证|ยืนยันแล้ว/u;

/**
 * A claim whose own line vouches for it ("Numero verde assistenza WhatsApp (verificato dalla
 * redazione)"), in a sentence that neither negates nor warns.
 */
function endorsed(ctx: Ctx, c: Claim): boolean {
  const to = lineEnd(ctx.low, c.end, Math.min(ctx.low.length, c.end + 120));
  const line = lineBefore(ctx.low, c.start, 120) + ctx.low.slice(c.start, to);
  return ENDORSED.test(line) && !negatedOrWarned(ctx.low, c.start, c.end);
}

/** Matches of `re` in the context whose sentences neither negate nor warn. */
function affirmed(ctx: Ctx, re: RegExp, limit = 5): string[] {
  const out: string[] = [];
  for (const m of ctx.found.of(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (negatedOrWarned(ctx.low, start, end)) continue;
    const shown = ctx.src.slice(start, end).trim().slice(0, 200);
    if (shown && !out.includes(shown)) out.push(shown);
    if (out.length >= limit) return out;
  }
  return out;
}

/**
 * Unbanning or account recovery offered at a price ("فك حظر دائم 350 ريال", "Unban – 500 taka"):
 * the places (in the context) that name both, where the service is neither negated nor warned about.
 */
function pricedUnban(ctx: Ctx): string[] {
  const out: string[] = [];
  for (const m of ctx.found.of(UNBAN_RE)) {
    // Its line and the next (a listing puts the price under its title), 100 characters each way.
    const at = m.index;
    const from = Math.max(ctx.low.lastIndexOf('\n', at) + 1, at - 100);
    const nl = ctx.low.indexOf('\n', at);
    const next = nl < 0 ? -1 : ctx.low.indexOf('\n', nl + 1);
    const to = Math.min(next < 0 ? ctx.low.length : next, at + m[0].length + 100);
    if (!PRICE.test(ctx.low.slice(from, to))) continue;
    if (negatedOrWarned(ctx.low, at, at + m[0].length)) continue;
    const shown = ctx.src.slice(from, to).trim().slice(0, 200);
    if (shown && !out.includes(shown)) out.push(shown);
    if (out.length >= 3) break;
  }
  return out;
}

function tacticSignals(ctx: Ctx, claims: readonly Claim[], lookalike: boolean): Signal[] {
  const brand = { brand: ctx.profile.name };
  const out: Signal[] = [];
  const code = [CODE_ASK, ...(lookalike ? [CODE_TYPED] : []), ...(ctx.impersonating ? [CODE_FIELDS] : [])]
    .flatMap((re) => affirmed(ctx, re, 3))
    .slice(0, 5);
  if (code.length > 0) out.push({ code: 'scam.reason.asks-code', weight: 2, params: brand, evidence: code });
  const fee = [...affirmed(ctx, FEE_RE), ...pricedUnban(ctx)].slice(0, 5);
  if (fee.length > 0) out.push({ code: 'scam.reason.fee', weight: 2, params: brand, evidence: fee });
  const gift = affirmed(ctx, GIFT_RE);
  if (gift.length > 0) out.push({ code: 'scam.reason.gift-card', weight: 1, params: brand, evidence: gift });
  const remote = affirmed(ctx, REMOTE_RE);
  if (remote.length > 0) out.push({ code: 'scam.reason.remote-access', weight: 1, params: brand, evidence: remote });
  // Other messengers offered next to a brand support phrase.
  const channels: string[] = [];
  for (const c of claims) {
    const a = Math.max(0, c.start - 150);
    const text = ctx.low.slice(a, Math.min(ctx.low.length, c.end + 200));
    for (const m of text.matchAll(CHANNEL_RE)) {
      const start = a + (m.index ?? 0);
      const end = start + m[0].length;
      if (negatedOrWarned(ctx.low, start, end)) continue;
      // A handle, an id or a number must follow: "Telegram: @wa_help", "LINE ID".
      if (!HANDLE_AFTER.test(ctx.low.slice(start, Math.min(ctx.low.length, end + 40)))) continue;
      const shown = ctx.src.slice(start, end).trim();
      if (!channels.includes(shown)) channels.push(shown);
    }
  }
  if (claims.length > 0) {
    for (const l of ctx.page.links.slice(0, 2000)) {
      if (OTHER_CHANNEL_LINK.test(l) && !channels.includes(l)) channels.push(l.slice(0, 200));
      if (channels.length >= 5) break;
    }
  }
  if (channels.length > 0) {
    out.push({ code: 'scam.reason.other-channel', weight: 2, params: brand, evidence: channels.slice(0, 5) });
  }
  return out;
}

const DOMAIN_CODES = {
  homograph: 'scam.reason.lookalike-homograph',
  typo: 'scam.reason.lookalike-typo',
  brand: 'scam.reason.lookalike-brand',
} as const satisfies Record<string, MessageKey>;

/**
 * The text the content checks read: the title, then the windows around the first brand
 * mentions of the body (the start of the body too when only the title names the brand),
 * one per line. Bounded, so the work does not grow with the page; evidence strings are
 * substrings of it, hence of the page text.
 */
function contextText(page: PageInput, profile: ServiceProfile): string | null {
  const text = page.text;
  const hits = brandHits(text, profile);
  const inTitle = mentions(page.title, profile);
  if (hits.length === 0 && !inTitle) return null;
  const segments = windows(hits, text.length);
  // A page about the brand (by its title or main heading) is read from its start as well.
  if (inTitle || mentions(page.headings?.[0] ?? '', profile))
    segments.unshift({ start: 0, end: Math.min(text.length, TOPIC_HEAD) });
  const parts = [page.title];
  let last = -1;
  for (const seg of segments) {
    const start = Math.max(seg.start, last);
    if (start < seg.end) parts.push(text.slice(start, seg.end));
    last = Math.max(last, seg.end);
  }
  return parts.join('\n');
}

function assessProfile(page: PageInput, info: HostInfo, profile: ServiceProfile): Assessment {
  if (isOfficialDomain(info, profile)) return SKIP;
  const signals: Signal[] = [];
  const dom = domainSignal(info, profile);
  if (dom) {
    const evidence = dom.domain === info.host ? [dom.domain] : [dom.domain, info.host];
    signals.push({
      code: DOMAIN_CODES[dom.kind],
      weight: dom.weight,
      params: { brand: profile.name, domain: dom.domain },
      evidence,
    });
  }
  const src = contextText(page, profile);
  if (src !== null) {
    const low = lower(src);
    const headings = (page.headings ?? []).slice(0, 20);
    const titleOrAddress =
      mentions(page.title, profile) || mentions(info.path, profile) || mentions(info.unicodeHost, profile);
    const mainTopic = titleOrAddress || mentions(headings[0] ?? '', profile);
    const topic = mainTopic || mentions(headings.join('\n').slice(0, 4000), profile);
    const ctx: Ctx = {
      src,
      low,
      info,
      page,
      profile,
      hits: brandHits(src, profile, 400),
      found: SCAN.run(low),
      topic,
      mainTopic,
      impersonating: (dom?.weight ?? 0) >= 2,
      indonesian: isIndonesian(page.lang ?? '', info.domain, low.slice(0, 3000)),
    };
    if (!isWarningPage(ctx)) {
      const claims = findClaims(ctx);
      const hotline = hotlineSignal(ctx, claims);
      if (hotline) signals.push(hotline);
      if (topic || claims.length > 0 || dom) signals.push(...tacticSignals(ctx, claims, dom !== null));
    } else {
      // "Beware of fake numbers: here is the verified one": a warning that sells a number.
      const hotline = hotlineSignal(
        ctx,
        findClaims(ctx).filter((c) => endorsed(ctx, c)),
      );
      if (hotline) signals.push(hotline);
    }
  }
  return verdict(signals, profile, info);
}

function verdict(signals: readonly Signal[], profile: ServiceProfile, info: HostInfo): Assessment {
  const score = signals.reduce((s, x) => s + x.weight, 0);
  if (score <= 0) return { level: 'none', reasons: [], score: 0 };
  const level: Level = score >= 3 ? 'danger' : 'caution';
  const reasons: Reason[] = [...signals]
    .sort((a, b) => b.weight - a.weight)
    .map(({ code, params, evidence }) => ({ code, params, evidence }));
  reasons.push({
    code: 'scam.reason.not-official',
    params: { brand: profile.name },
    evidence: [info.unicodeHost || info.domain].filter(Boolean),
  });
  return { level, reasons, score };
}

function asString(v: unknown, max: number): string {
  return typeof v === 'string' ? v.slice(0, max) : '';
}

/** Validates loosely typed input so that garbage never throws below. */
function sanitize(page: PageInput): PageInput {
  const p = (page ?? {}) as Partial<Record<keyof PageInput, unknown>>;
  const strings = (v: unknown, max: number): string[] =>
    Array.isArray(v) ? v.slice(0, max).filter((x): x is string => typeof x === 'string') : [];
  const tels = Array.isArray(p.tels)
    ? p.tels
        .slice(0, 200)
        .filter(
          (t): t is TelLink =>
            !!t && typeof (t as TelLink).href === 'string' && typeof (t as TelLink).text === 'string',
        )
        .map((t) => ({ href: t.href.slice(0, 200), text: t.text.slice(0, 200) }))
    : [];
  return {
    url: asString(p.url, 4096),
    title: asString(p.title, MAX_TITLE),
    text: asString(p.text, MAX_TEXT),
    links: strings(p.links, 5000).map((l) => l.slice(0, 2000)),
    lang: asString(p.lang, 35),
    headings: strings(p.headings, 50).map((h) => h.slice(0, 500)),
    tels,
  };
}

const LEVEL_RANK: Readonly<Record<Level, number>> = { none: 0, caution: 1, danger: 2 };

/** Pure page assessment (see the scoring model above); never throws. */
export function assessPage(page: PageInput, profiles: readonly ServiceProfile[] = PROFILES): Assessment {
  try {
    const p = sanitize(page);
    const info = hostInfo(p.url);
    let level: Level = 'none';
    let score = 0;
    const reasons: Reason[] = [];
    for (const profile of profiles) {
      const a = assessProfile(p, info, profile);
      if (LEVEL_RANK[a.level] > LEVEL_RANK[level]) level = a.level;
      score = Math.max(score, a.score ?? 0);
      reasons.push(...a.reasons);
    }
    return { level, reasons: reasons.slice(0, 20), score };
  } catch {
    return SKIP;
  }
}
