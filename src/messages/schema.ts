import { z } from 'zod';

/** Everything that crosses a context boundary is parsed with these on receipt. */

const ReasonSchema = z.object({
  code: z.string().max(100),
  params: z.record(z.string().max(50), z.union([z.string().max(200), z.number()])),
  evidence: z.array(z.string().max(200)).max(20),
});

export const AssessmentSchema = z.object({
  level: z.enum(['danger', 'caution', 'none']),
  reasons: z.array(ReasonSchema).max(20),
});

/** Content script → background: what this page is, after detection and assessment. */
export const TabReportSchema = z.object({
  type: z.literal('tab-report'),
  url: z.string().max(4096),
  assessment: AssessmentSchema,
  supportForms: z.number().int().min(0).max(1000),
  /** Problems currently shown in the page's support forms (warnings and errors). */
  issues: z.number().int().min(0).max(1000).default(0),
  profileId: z.string().max(50),
});

/** Popup → background: the state of a tab (by id, or by the page URL the content script reported). */
export const GetTabStateSchema = z.object({
  type: z.literal('get-tab-state'),
  tabId: z.number().int().optional(),
  url: z.string().max(4096).optional(),
});

/** Content script → background: this frame needs the full checker injected. */
export const LoadCheckerSchema = z.object({ type: z.literal('load-checker') });

/**
 * Content script → background: this frame has controls a support form could be made of (a
 * text area, a file input) but no brand mention; inject the small detector, which asks for
 * the full checker only if a support form is really there.
 */
export const LoadDetectorSchema = z.object({ type: z.literal('load-detector') });

/**
 * Content script → background: a support form the profile knows was submitted on this page.
 * Only the site (from the sender's URL) and the time are kept, 24 hours; nothing typed.
 */
export const SubmissionMarkSchema = z.object({
  type: z.literal('submission-mark'),
  url: z.string().max(4096),
});

/** Content script → background: was a request submitted on this site in the last 24 hours? */
export const SubmissionCheckSchema = z.object({
  type: z.literal('submission-check'),
  url: z.string().max(4096),
});

/** Reply to submission-check: when the last submission was (ms since epoch), or null. */
export const SubmissionCheckReplySchema = z.object({ at: z.number().nullable() });
export type SubmissionCheckReply = z.infer<typeof SubmissionCheckReplySchema>;
export type SubmissionMark = z.infer<typeof SubmissionMarkSchema>;
export type SubmissionCheck = z.infer<typeof SubmissionCheckSchema>;

export const MessageSchema = z.discriminatedUnion('type', [
  TabReportSchema,
  GetTabStateSchema,
  LoadCheckerSchema,
  LoadDetectorSchema,
  SubmissionMarkSchema,
  SubmissionCheckSchema,
]);

export type TabReport = z.infer<typeof TabReportSchema>;
export type GetTabState = z.infer<typeof GetTabStateSchema>;
export type LoadChecker = z.infer<typeof LoadCheckerSchema>;
export type LoadDetector = z.infer<typeof LoadDetectorSchema>;
export type Message = z.infer<typeof MessageSchema>;

/** What the background knows about a tab; also the reply to get-tab-state. */
export const TabStateSchema = z.object({
  tabId: z.number().int(),
  url: z.string().max(4096),
  assessment: AssessmentSchema,
  supportForms: z.number().int().min(0),
  issues: z.number().int().min(0).default(0),
  profileId: z.string().max(50),
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof TabStateSchema>;

export const TabStateReplySchema = z.object({ state: TabStateSchema.nullable() });
export type TabStateReply = z.infer<typeof TabStateReplySchema>;
