import { z } from 'zod';
import en from '../i18n/locales/en.json';
import type { MessageKey } from '../i18n/keys.ts';

/**
 * A service profile is data: everything the popup guide says about a service and the form rules
 * the checks use. Every user-visible text is a locale key (validated against the English catalog),
 * so the key-completeness test covers profile texts too.
 */

const messageKey = z.custom<MessageKey>((k) => typeof k === 'string' && Object.prototype.hasOwnProperty.call(en, k), {
  message: 'not a key of the English catalog',
});

const slug = z.string().regex(/^[a-z][a-z0-9-]*$/);

/** Where the person uses the service; steps differ per platform. */
export const PLATFORMS = ['android', 'iphone', 'web'] as const;
export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

/** Numbered steps (locale keys, in order): per platform, or `all` when they are the same everywhere. */
export const StepsSchema = z
  .object({
    all: z.array(messageKey).min(1).optional(),
    android: z.array(messageKey).min(1).optional(),
    iphone: z.array(messageKey).min(1).optional(),
    web: z.array(messageKey).min(1).optional(),
  })
  .strict();

/** What an email channel is for; one address per purpose. */
export const EMAIL_PURPOSES = ['appeal', 'business', 'payments', 'technical-android', 'technical-iphone'] as const;

/** The subject and body of an email draft: keys filled with {service}, {phone}. */
export const DraftTemplateSchema = z
  .object({
    subject: messageKey,
    /** The opening paragraph(s); the person's description, the phone and the closing are added around it. */
    body: messageKey,
  })
  .strict();

export const ChannelSchema = z
  .object({
    id: slug,
    kind: z.enum(['in-app', 'web-form', 'help-center', 'email', 'social', 'business']),
    name: messageKey,
    goodFor: messageKey,
    /** One line on where to find it (e.g. the in-app menu path). */
    how: messageKey.optional(),
    url: z.url({ protocol: /^https$/ }).optional(),
    email: z.email().optional(),
    /** Email channels: what the address is for. */
    purpose: z.enum(EMAIL_PURPOSES).optional(),
    steps: StepsSchema.optional(),
    /** Email channels: the draft the popup builds. */
    draft: DraftTemplateSchema.optional(),
  })
  .strict()
  .refine((c) => c.kind !== 'email' || (c.email !== undefined && c.purpose !== undefined), {
    message: 'an email channel needs an email address and a purpose',
  })
  .refine((c) => c.kind === 'email' || c.draft === undefined, { message: 'only email channels have a draft' })
  .refine((c) => !['web-form', 'help-center', 'social', 'business'].includes(c.kind) || c.url !== undefined, {
    message: 'this kind of channel needs a url',
  });

/** One problem the guide knows: the channels to use (recommended first) and what to include. */
export const ProblemSchema = z
  .object({
    id: slug,
    title: messageKey,
    /** Channel ids, recommended first, then the alternatives. */
    channels: z.array(slug).min(1),
    /** What to attach or mention. */
    include: z.array(messageKey).min(1),
    /** Id of an entry of `responseTimes.items`. */
    timing: slug,
    /** Extra "don't" for this problem, after the profile's general ones. */
    avoid: z.array(messageKey).optional(),
  })
  .strict();

export const CategorySchema = z
  .object({
    id: slug,
    title: messageKey,
    problems: z.array(ProblemSchema).min(1),
  })
  .strict();

export const ResponseTimesSchema = z
  .object({
    /** Shown with every timing: who reported it. */
    caveat: messageKey,
    items: z.array(z.object({ id: slug, text: messageKey }).strict()),
    /** Timing notes that apply to every request (confirmation email, weekends…). */
    notes: z.array(messageKey),
  })
  .strict();

function isOn(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase();
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}

export const ServiceProfileSchema = z
  .object({
    id: slug,
    /** The brand as written in Latin script; the other scripts are in `aliases`. */
    name: z.string().min(1),
    /** Every way people write the brand, in any script; lower-case. */
    aliases: z.array(z.string().min(2)).min(1),
    /** Registrable domains the service owns. */
    officialDomains: z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/)).min(1),
    /** Official support pages (web forms, help center); a form on one of these is a form the profile knows. */
    supportUrls: z.array(z.url({ protocol: /^https$/ })),
    /** false: any phone number presented as this service's support is a scam. */
    phoneSupport: z.boolean(),
    channels: z.array(ChannelSchema).min(1),
    /** Problem categories with their sub-problems (the popup guide). */
    categories: z.array(CategorySchema),
    responseTimes: ResponseTimesSchema,
    /** Facts that expose scams ("never asks for the code", "support is free"). */
    scamFacts: z.array(messageKey),
    /** What not to do with any request (no resubmitting within 24 h, …). */
    avoid: z.array(messageKey),
    /**
     * The form rules the checks use: rule id → options (attachment limits, phone must be
     * mobile, …). See src/rules/registry.ts.
     */
    rules: z.record(z.string(), z.unknown()),
  })
  .strict()
  .superRefine((p, ctx) => {
    const channelIds = new Set<string>();
    for (const c of p.channels) {
      if (channelIds.has(c.id)) ctx.addIssue({ code: 'custom', message: `duplicate channel id ${c.id}` });
      channelIds.add(c.id);
      // Social accounts and the business suite live on their parent company's domains.
      if (c.url && c.kind !== 'social' && c.kind !== 'business' && !isOn(new URL(c.url).hostname, p.officialDomains)) {
        ctx.addIssue({ code: 'custom', message: `channel ${c.id}: url is not on an official domain` });
      }
      if (c.email && !isOn(c.email.slice(c.email.lastIndexOf('@') + 1), p.officialDomains)) {
        ctx.addIssue({ code: 'custom', message: `channel ${c.id}: email is not on an official domain` });
      }
    }
    for (const u of p.supportUrls) {
      if (!isOn(new URL(u).hostname, p.officialDomains)) {
        ctx.addIssue({ code: 'custom', message: `support url ${u} is not on an official domain` });
      }
    }
    const timings = new Set(p.responseTimes.items.map((i) => i.id));
    const problemIds = new Set<string>();
    for (const cat of p.categories) {
      for (const prob of cat.problems) {
        if (problemIds.has(prob.id)) ctx.addIssue({ code: 'custom', message: `duplicate problem id ${prob.id}` });
        problemIds.add(prob.id);
        for (const id of prob.channels) {
          if (!channelIds.has(id))
            ctx.addIssue({ code: 'custom', message: `problem ${prob.id}: unknown channel ${id}` });
        }
        if (!timings.has(prob.timing)) {
          ctx.addIssue({ code: 'custom', message: `problem ${prob.id}: unknown timing ${prob.timing}` });
        }
      }
    }
  });

export type ServiceProfile = z.infer<typeof ServiceProfileSchema>;
export type Channel = z.infer<typeof ChannelSchema>;
export type Problem = z.infer<typeof ProblemSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type Steps = z.infer<typeof StepsSchema>;
export type EmailPurpose = (typeof EMAIL_PURPOSES)[number];
