/**
 * Words that say "this is a support / contact form", in many languages, and
 * words that say it is something else. Lower-case; matched as substrings of
 * normalised text, so keep them specific.
 */
export const SUPPORT_WORDS: readonly string[] = [
  // en
  'contact us',
  'contact support',
  'customer support',
  'customer service',
  'help center',
  'submit a request',
  'report a problem',
  'get in touch',
  'support request',
  'contact form',
  'describe your problem',
  'describe the problem',
  'how can we help',
  'support ticket',
  // zh (Traditional / Simplified)
  '聯絡我們',
  '联系我们',
  '客服',
  '提交請求',
  '提交请求',
  '問題描述',
  '问题描述',
  '回報問題',
  '反馈',
  // it
  'contattaci',
  'assistenza',
  'segnala un problema',
  'modulo di contatto',
  'descrivi il problema',
  // id
  'hubungi kami',
  'layanan pelanggan',
  'laporkan masalah',
  'formulir kontak',
  'jelaskan masalah',
  // es / pt
  'contáctanos',
  'contacto',
  'soporte',
  'fale conosco',
  'suporte',
  'atendimento',
  // de / fr
  'kontakt',
  'kundenservice',
  'nous contacter',
  'service client',
  'assistance',
  // hi / ja
  'संपर्क करें',
  'सहायता',
  'お問い合わせ',
  'サポート',
];

export const NON_SUPPORT_WORDS: readonly string[] = [
  'newsletter',
  'subscribe',
  'sign up',
  'signup',
  'create account',
  'register',
  'log in',
  'login',
  'sign in',
  'password',
  'leave a reply',
  'post comment',
  'checkout',
  'card number',
  'iscriviti',
  'berlangganan',
  '訂閱',
  '订阅',
  '登入',
  '登录',
  'abonnieren',
  "s'abonner",
  'suscríbete',
  'assinar',
];

export const SUPPORT_URL_PARTS: readonly string[] = [
  '/contact',
  '/support',
  '/help',
  '/requests/new',
  '/hc/',
  '/kontak',
  '/contatti',
  '/assistenza',
  '/ticket',
  '/feedback',
];
