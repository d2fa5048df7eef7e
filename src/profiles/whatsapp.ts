import type { ServiceProfile } from './schema.ts';

/**
 * WhatsApp, from shared/knowledge/whatsapp-support.md. WhatsApp has no phone
 * support: this profile lists no phone number, ever.
 */
export const WHATSAPP: ServiceProfile = {
  id: 'whatsapp',
  name: 'WhatsApp',
  aliases: ['whatsapp', 'whats app', 'watsapp', 'वॉट्सऐप', 'व्हाट्सएप', 'واتساب', 'ватсап', 'вотсап', 'whatsapp business'],
  officialDomains: ['whatsapp.com', 'whatsapp.net', 'wa.me'],
  phoneSupport: false,
  channels: [
    {
      id: 'in-app',
      kind: 'in-app',
      name: 'channel.in-app.name',
      goodFor: 'channel.in-app.for',
      how: 'channel.in-app.how',
    },
    {
      id: 'web-form',
      kind: 'web-form',
      name: 'channel.web-form.name',
      goodFor: 'channel.web-form.for',
      url: 'https://www.whatsapp.com/contact/',
    },
    {
      id: 'help-center',
      kind: 'help-center',
      name: 'channel.help-center.name',
      goodFor: 'channel.help-center.for',
      url: 'https://faq.whatsapp.com/',
    },
    {
      id: 'email-appeal',
      kind: 'email',
      name: 'channel.email-appeal.name',
      goodFor: 'channel.email-appeal.for',
      email: 'support@whatsapp.com',
    },
    {
      id: 'email-business',
      kind: 'email',
      name: 'channel.email-business.name',
      goodFor: 'channel.email-business.for',
      email: 'smb_web@support.whatsapp.com',
    },
    {
      id: 'email-payments',
      kind: 'email',
      name: 'channel.email-payments.name',
      goodFor: 'channel.email-payments.for',
      email: 'payment@support.whatsapp.com',
    },
    {
      id: 'social',
      kind: 'social',
      name: 'channel.social.name',
      goodFor: 'channel.social.for',
      url: 'https://x.com/WhatsApp',
    },
  ],
  rules: { 'email-typo': { maxDistance: 2 } },
};
