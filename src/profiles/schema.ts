import { z } from 'zod';
import en from '../i18n/locales/en.json';
import type { MessageKey } from '../i18n/keys.ts';

const messageKey = z.custom<MessageKey>((k) => typeof k === 'string' && Object.prototype.hasOwnProperty.call(en, k), {
  message: 'not a key of the English catalog',
});

export const ChannelSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['in-app', 'web-form', 'help-center', 'email', 'social', 'business']),
  name: messageKey,
  goodFor: messageKey,
  how: messageKey.optional(),
  url: z.url({ protocol: /^https$/ }).optional(),
  email: z.email().optional(),
});

export const ServiceProfileSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1),
  /** Every way people write the brand, in any script; lower-case. */
  aliases: z.array(z.string().min(2)).min(1),
  /** Registrable domains the service owns. */
  officialDomains: z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/)).min(1),
  phoneSupport: z.boolean(),
  channels: z.array(ChannelSchema).min(1),
  /** Rule id → options; the rules that run on this service's forms. */
  rules: z.record(z.string(), z.unknown()),
});

export type ServiceProfile = z.infer<typeof ServiceProfileSchema>;
export type Channel = z.infer<typeof ChannelSchema>;
