import { z } from 'zod/mini';
import type { MessageKey } from '../../i18n/keys.ts';
import { parseRuleOptions } from '../options.ts';
import type { Finding, Rule } from '../types.ts';

/** The six problem categories of the WhatsApp guides (groups has nothing checkable). */
export const CATEGORIES = ['account', 'messages', 'payments', 'security', 'groups', 'technical'] as const;
export type Category = (typeof CATEGORIES)[number];

const Options = z.object({
  /** Categories whose needed details are checked (from the form's category field). */
  categories: z._default(z.array(z.enum(CATEGORIES)), []),
  /** Note when the text only says "it doesn't work". */
  vague: z._default(z.boolean(), true),
  /** Note when URGENT is used outside stolen accounts and money problems. */
  urgent: z._default(z.boolean(), false),
  /** Missing details are looked for only in texts at least this long (CJK characters count double). */
  minChars: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(1000)), 25),
});
export type DescriptionDetailsOptions = z.infer<typeof Options>;

/** Keywords of a category field's value or label, in the four UI languages and more. Order matters. */
const CATEGORY_WORDS: ReadonlyArray<readonly [Category, RegExp]> = [
  [
    'security',
    /secur|stolen|hack|hijack|suspicious|sicurezza|rubat|keamanan|dicuri|diretas|dibajak|安全|盜|盗|駭|被駭/i,
  ],
  [
    'payments',
    /pay|refund|transaction|billing|pagament|rimborso|transazion|bayar|pembayaran|transaksi|付款|支付|退款|交易/i,
  ],
  [
    'account',
    /account|login|log in|sign in|ban|new phone|accesso|bloccat|akun|masuk|blokir|帳號|帐号|登入|登录|封鎖|封锁|停用/i,
  ],
  ['messages', /messag|chat|deliver|messaggi|pesan|訊息|消息|信息/i],
  ['groups', /group|gruppo|gruppi|grup|群組|群组/i],
  [
    'technical',
    /technical|tech|crash|update|backup|bug|app|tecnic|arresto|aggiornament|teknis|pembaruan|cadangan|技術|技术|當機|闪退|閃退|更新|備份|备份/i,
  ],
];

export function categoryOf(text: string | undefined): Category | null {
  if (!text) return null;
  const t = text.slice(0, 200);
  for (const [c, re] of CATEGORY_WORDS) if (re.test(t)) return c;
  return null;
}

type Detail = 'device' | 'os' | 'time' | 'transaction-id';

const DETECTORS: Readonly<Record<Detail, RegExp>> = {
  device:
    /\b(?:i ?phone|ipad|samsung|galaxy|pixel|xiaomi|redmi|poco|huawei|honor|oppo|vivo|realme|one ?plus|motorola|moto [a-z]\d*|nokia|sony|xperia|asus|zenfone|infinix|tecno|itel|lenovo|htc|nothing phone|fairphone|lg|android)\b|型號|型号|手機|手机|modell?o|\btipe\b|\bmerk\b|\bhp\s+\w+/i,
  os: /\b(?:ios|ipados|android|harmony ?os|emui|miui|hyperos|one ?ui|coloros|funtouch|windows|macos|wear ?os)\s*v?\d+|\b(?:version|versione|versi|ver\.?)\s*\d+|版本\s*\d|系統\s*\d|\b\d+\.\d+(?:\.\d+)?\b/i,
  time: /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:am|pm)\b|\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b(?:yesterday|today|tonight|this morning|last night|ago|since|ieri|oggi|stamattina|stanotte|stasera|da ieri|kemarin|hari ini|tadi|pukul|sejak|jam \d+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|senin|selasa|rabu|kamis|jumat|sabtu|minggu|january|february|march|april|may|june|july|august|september|october|november|december|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|januari|februari|maret|mei|juni|juli|agustus|oktober|desember)\b|昨天|今天|昨晚|今早|上午|下午|晚上|凌晨|星期|週|周[一二三四五六日]|\d+\s*[點点時时日號号月]/i,
  'transaction-id':
    /\bWA\d{6,}\b|(?:transaction|transazione|transaksi|交易)\s*(?:id|number|no\.?|numero|nomor|編號|编号|序號|号|號)?\s*[:#：]?\s*[A-Z0-9-]{6,}/i,
};

/** What each category needs to be answerable, and the note naming it. */
const NEEDS: Readonly<Record<Category, { details: readonly Detail[]; code: MessageKey | null }>> = {
  account: { details: ['device'], code: 'hint.desc.needs.account' },
  messages: { details: ['time'], code: 'hint.desc.needs.messages' },
  payments: { details: ['transaction-id'], code: 'hint.desc.needs.payments' },
  security: { details: ['time'], code: 'hint.desc.needs.security' },
  groups: { details: [], code: null },
  technical: { details: ['device', 'os'], code: 'hint.desc.needs.technical' },
};

/** Phrases that say only "it's broken", longest first, and filler that adds nothing. */
const VAGUE_PHRASES = [
  "it doesn't work",
  'it does not work',
  "doesn't work",
  'does not work',
  "isn't working",
  'not working',
  "can't use",
  'cannot use',
  'please help',
  'help me',
  'help',
  'broken',
  'problem',
  'issue',
  'error',
  'bug',
  'fix it',
  'non funziona',
  'non va',
  'aiuto',
  'problema',
  'errore',
  'tidak berfungsi',
  'tidak bisa',
  'gak bisa',
  'nggak bisa',
  'ga bisa',
  'tidak jalan',
  'rusak',
  'tolong',
  'bantu',
  'masalah',
  '不能用',
  '無法使用',
  '无法使用',
  '壞了',
  '坏了',
  '有問題',
  '有问题',
  '出錯',
  '出错',
  '幫幫我',
  '帮帮我',
  '救命',
  '請幫忙',
  '请帮忙',
  '不行',
  '沒辦法',
  '没办法',
].sort((a, b) => b.length - a.length);
const FILLER =
  /\b(?:it|my|the|is|i|a|an|have|has|please|pls|plz|now|still|app|whatsapp|wa|account|mio|mia|il|la|lo|ho|un|una|per favore|ancora|saya|aku|sudah|masih|mohon|ada|aplikasi|akun|yang|dan|sama)\b|我的|我|了|請|请|幫忙|帮忙|的|還是|还是|一直|帳號|账号/gi;

const URGENT = /\burgent(?:e|ly)?\b|\bmendesak\b|\bdarurat\b|\bsegera\b|緊急|紧急|急件|十萬火急|\basap\b/i;
const THEFT_OR_MONEY =
  /stol(?:en|e)|hack|hijack|took over|taken over|scam|fraud|money|payment|paid|refund|rubat|truffa|soldi|pagament|rimborso|dicuri|diretas|dibajak|dibobol|penipuan|uang|pembayaran|被盜|被盗|盜用|盗用|駭|黑客|詐騙|诈骗|錢|钱|付款|支付|退款|轉帳|转账/i;

/** Length with CJK characters counted double (they carry about two letters' worth each). */
function weightedLength(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u3000-\u9fff\uac00-\ud7af]/.test(ch) ? 2 : 1;
  return n;
}

export function isVagueOnly(text: string): boolean {
  let t = text.toLowerCase().replace(/[’`]/g, "'");
  if (t.trim() === '' || t.length > 200) return false;
  let matched = false;
  for (const p of VAGUE_PHRASES) {
    if (t.includes(p)) {
      matched = true;
      t = t.split(p).join(' ');
    }
  }
  if (!matched) return false;
  t = t.replace(FILLER, ' ').replace(/[^\p{L}\p{N}]/gu, '');
  return t.length === 0;
}

/**
 * Missing details the category needs (device model, OS version, time of the problem, transaction
 * ID), a vague-only text, URGENT outside money or account theft. Info level and `once`: the UI
 * shows each at most once per field per page. Silent while typing; the category comes from the
 * form's category field.
 */
export const descriptionDetails: Rule<DescriptionDetailsOptions> = {
  id: 'description-details',
  field: 'description',
  defaults: { categories: [], vague: true, urgent: false, minChars: 25 },
  parseOptions: (input) => parseRuleOptions('description-details', Options, input),
  check(raw, ctx, options): Finding[] {
    const text = raw.slice(0, 5000);
    if (text.trim() === '') return [];
    const findings: Finding[] = [];
    const category = categoryOf(ctx.fields.category);
    if (options.urgent && URGENT.test(text)) {
      if (category !== 'payments' && category !== 'security' && !THEFT_OR_MONEY.test(text)) {
        findings.push(note('hint.desc.urgent'));
      }
    }
    if (ctx.phase === 'typing') return findings;
    if (options.vague && isVagueOnly(text)) return [note('hint.desc.vague'), ...findings];
    if (category && options.categories.includes(category) && weightedLength(text.trim()) >= options.minChars) {
      const need = NEEDS[category];
      if (need.code && need.details.some((d) => !DETECTORS[d].test(text))) findings.push(note(need.code));
    }
    return findings;
  },
};

function note(code: MessageKey): Finding {
  return { rule: 'description-details', field: 'description', severity: 'info', code, params: {}, once: true };
}
