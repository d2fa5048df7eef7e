import type { ServiceProfile } from './schema.ts';

/**
 * WhatsApp, from shared/knowledge/whatsapp-support.md. WhatsApp has no phone
 * support: this profile lists no phone number, ever.
 */
export const WHATSAPP: ServiceProfile = {
  id: 'whatsapp',
  name: 'WhatsApp',
  aliases: [
    'whatsapp',
    'whats app',
    'whats-app',
    'watsapp',
    'whatsap',
    'whtsapp',
    'whatsaap',
    'ｗｈａｔｓａｐｐ',
    'वॉट्सऐप',
    'व्हाट्सएप',
    'व्हाट्सऐप',
    'व्हाट्सअप',
    'वाट्सएप',
    'واتساب',
    'واتس اب',
    'واتس آب',
    'واتساپ',
    'ватсап',
    'вотсап',
    'вацап',
    'whatsapp business',
  ],
  officialDomains: ['whatsapp.com', 'whatsapp.net', 'wa.me'],
  /** The pages whose support forms the profile knows (the resubmission guard watches these). */
  supportUrls: ['https://www.whatsapp.com/contact/', 'https://faq.whatsapp.com/'],
  phoneSupport: false,
  channels: [
    {
      id: 'in-app',
      kind: 'in-app',
      name: 'channel.in-app.name',
      goodFor: 'channel.in-app.for',
      how: 'channel.in-app.how',
      steps: {
        android: ['step.in-app.android.1', 'step.in-app.2', 'step.in-app.3', 'step.in-app.4', 'step.in-app.5'],
        iphone: ['step.in-app.iphone.1', 'step.in-app.2', 'step.in-app.3', 'step.in-app.4', 'step.in-app.5'],
        web: ['step.in-app.web.1', 'step.in-app.2', 'step.in-app.3', 'step.in-app.4', 'step.in-app.5'],
      },
    },
    {
      id: 'web-form',
      kind: 'web-form',
      name: 'channel.web-form.name',
      goodFor: 'channel.web-form.for',
      url: 'https://www.whatsapp.com/contact/',
      steps: {
        all: ['step.web-form.1', 'step.web-form.2', 'step.web-form.3', 'step.web-form.4', 'step.web-form.5'],
      },
    },
    {
      id: 'help-center',
      kind: 'help-center',
      name: 'channel.help-center.name',
      goodFor: 'channel.help-center.for',
      url: 'https://faq.whatsapp.com/',
      steps: { all: ['step.help-center.1', 'step.help-center.2'] },
    },
    {
      id: 'email-appeal',
      kind: 'email',
      name: 'channel.email-appeal.name',
      goodFor: 'channel.email-appeal.for',
      email: 'support@whatsapp.com',
      purpose: 'appeal',
      steps: { all: ['step.email.1', 'step.email.2', 'step.email.3', 'step.email.4'] },
      draft: { subject: 'draft.appeal.subject', body: 'draft.appeal.body' },
    },
    {
      id: 'email-business',
      kind: 'email',
      name: 'channel.email-business.name',
      goodFor: 'channel.email-business.for',
      email: 'smb_web@support.whatsapp.com',
      purpose: 'business',
      steps: { all: ['step.email.1', 'step.email.2', 'step.email.3', 'step.email.4'] },
      draft: { subject: 'draft.business.subject', body: 'draft.business.body' },
    },
    {
      id: 'email-payments',
      kind: 'email',
      name: 'channel.email-payments.name',
      goodFor: 'channel.email-payments.for',
      email: 'payment@support.whatsapp.com',
      purpose: 'payments',
      steps: { all: ['step.email.1', 'step.email.2', 'step.email.3', 'step.email.4'] },
      draft: { subject: 'draft.payments.subject', body: 'draft.payments.body' },
    },
    {
      id: 'email-android',
      kind: 'email',
      name: 'channel.email-android.name',
      goodFor: 'channel.email-android.for',
      email: 'android_web@support.whatsapp.com',
      purpose: 'technical-android',
      steps: { all: ['step.email.1', 'step.email.2', 'step.email.3', 'step.email.4'] },
      draft: { subject: 'draft.technical.subject', body: 'draft.technical.body' },
    },
    {
      id: 'email-iphone',
      kind: 'email',
      name: 'channel.email-iphone.name',
      goodFor: 'channel.email-iphone.for',
      email: 'iphone_web@support.whatsapp.com',
      purpose: 'technical-iphone',
      steps: { all: ['step.email.1', 'step.email.2', 'step.email.3', 'step.email.4'] },
      draft: { subject: 'draft.technical.subject', body: 'draft.technical.body' },
    },
    {
      id: 'social',
      kind: 'social',
      name: 'channel.social.name',
      goodFor: 'channel.social.for',
      url: 'https://x.com/WhatsApp',
      steps: { all: ['step.social.1', 'step.social.2'] },
    },
    {
      id: 'business',
      kind: 'business',
      name: 'channel.business.name',
      goodFor: 'channel.business.for',
      url: 'https://www.facebook.com/business/help',
      steps: { all: ['step.business.1', 'step.business.2'] },
    },
  ],
  categories: [
    {
      id: 'account',
      title: 'guide.category.account',
      problems: [
        {
          id: 'banned',
          title: 'guide.problem.banned',
          channels: ['email-appeal', 'web-form', 'in-app'],
          include: ['guide.include.phone', 'guide.include.ban-notice', 'guide.include.when', 'guide.include.device'],
          timing: 'appeal',
        },
        {
          id: 'login',
          title: 'guide.problem.login',
          channels: ['web-form', 'in-app', 'help-center'],
          include: ['guide.include.phone', 'guide.include.code-issue', 'guide.include.device', 'guide.include.error'],
          timing: 'medium',
        },
      ],
    },
    {
      id: 'security',
      title: 'guide.category.security',
      problems: [
        {
          id: 'stolen',
          title: 'guide.problem.stolen',
          channels: ['web-form', 'in-app', 'help-center'],
          include: ['guide.include.phone', 'guide.include.when', 'guide.include.what-happened'],
          timing: 'urgent',
          avoid: ['guide.avoid.stolen-reregister'],
        },
      ],
    },
    {
      id: 'messages',
      title: 'guide.category.messages',
      problems: [
        {
          id: 'messages',
          title: 'guide.problem.messages',
          channels: ['in-app', 'help-center', 'web-form'],
          include: [
            'guide.include.screenshot',
            'guide.include.other-number',
            'guide.include.time-exact',
            'guide.include.device',
          ],
          timing: 'medium',
        },
      ],
    },
    {
      id: 'payments',
      title: 'guide.category.payments',
      problems: [
        {
          id: 'payments',
          title: 'guide.problem.payments',
          channels: ['in-app', 'email-payments', 'help-center'],
          include: ['guide.include.transaction', 'guide.include.bank-record', 'guide.include.phone'],
          timing: 'complex',
        },
      ],
    },
    {
      id: 'groups',
      title: 'guide.category.groups',
      problems: [
        {
          id: 'groups',
          title: 'guide.problem.groups',
          channels: ['in-app', 'help-center', 'web-form'],
          include: ['guide.include.group', 'guide.include.screenshot', 'guide.include.phone'],
          timing: 'simple',
        },
      ],
    },
    {
      id: 'technical',
      title: 'guide.category.technical',
      problems: [
        {
          id: 'crash',
          title: 'guide.problem.crash',
          channels: ['in-app', 'email-android', 'email-iphone', 'help-center'],
          include: ['guide.include.device', 'guide.include.app-version', 'guide.include.error', 'guide.include.when'],
          timing: 'medium',
        },
        {
          id: 'backup',
          title: 'guide.problem.backup',
          channels: ['help-center', 'in-app', 'email-android', 'email-iphone'],
          include: ['guide.include.backup-place', 'guide.include.device', 'guide.include.error'],
          timing: 'medium',
        },
      ],
    },
    {
      id: 'business',
      title: 'guide.category.business',
      problems: [
        {
          id: 'business',
          title: 'guide.problem.business',
          channels: ['email-business', 'business', 'in-app'],
          include: ['guide.include.business', 'guide.include.screenshot', 'guide.include.error'],
          timing: 'medium',
        },
      ],
    },
  ],
  responseTimes: {
    caveat: 'popup.channels.timing',
    items: [
      { id: 'simple', text: 'timing.simple' },
      { id: 'medium', text: 'timing.medium' },
      { id: 'complex', text: 'timing.complex' },
      { id: 'urgent', text: 'timing.urgent' },
      { id: 'appeal', text: 'timing.appeal' },
    ],
    notes: ['timing.note.confirmation', 'timing.note.weekend'],
  },
  scamFacts: [
    'scam.fact.no-phone',
    'scam.fact.free',
    'scam.fact.code',
    'scam.fact.channels',
    'scam.fact.remote',
    'scam.fact.domains',
  ],
  avoid: [
    'guide.avoid.resubmit',
    'guide.avoid.phone',
    'guide.avoid.code',
    'guide.avoid.sensitive',
    'guide.avoid.urgent',
  ],
  rules: {
    // Email: also advise against company / disposable mailboxes (replies may be filtered).
    'email-syntax': {},
    'email-typo': { maxDistance: 2 },
    'email-confirm': {},
    'email-advice': { company: true, disposable: true },
    // Phone: WhatsApp needs "+country code" and an account's (mobile) number.
    'phone-number': { requireInternational: true, requireMobile: true },
    // Description: secrets (codes, cards, IBANs, passwords) first; then what each category needs.
    'description-privacy': {},
    'description-details': {
      categories: ['account', 'messages', 'payments', 'security', 'technical'],
      vague: true,
      urgent: true,
    },
    // Attachments: the generic checks, plus the contact form's limits as the guides report
    // them: at most 3 screenshots, each under 5 MB (decimal: 5,000,000 bytes), JPG or PNG
    // only, and at least 720p (smaller ones reportedly get filtered, hence 'warn').
    'file-input-constraints': {},
    'file-readable': {},
    'file-type-mismatch': {},
    'file-duplicate': {},
    'image-min-size': { minShortSide: 720, severity: 'warn' },
    'file-count': { max: 3 },
    'file-max-size': { maxBytes: 5_000_000 },
    'file-types': { allowed: ['jpeg', 'png'] },
  },
};
