import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { resolveLocale, t } from '../src/i18n/index.ts';
import { PROFILES, profileForPage } from '../src/profiles/index.ts';
import { assessPage, focusPattern } from '../src/scam/assess.ts';
import { collectPage } from '../src/page/collect.ts';
import { startFormShield } from '../src/ui/inline/form-shield.ts';
import { ScamBanner } from '../src/ui/inline/scam-banner.ts';
import { SubmissionCheckReplySchema } from '../src/messages/schema.ts';
import type { SubmissionCheck, SubmissionMark, TabReport } from '../src/messages/schema.ts';
import { loadSettings } from '../src/settings/store.ts';
import { enabledRules, showsSeverity } from '../src/settings/checks.ts';
import { isKnownSupportPage, watchResubmission } from '../src/guide/resubmit.ts';
import type { Assessment } from '../src/scam/assess.ts';

/**
 * The full checker. The background injects it (into the content scripts' isolated
 * world, one frame) only when the always-on content script's gate found form
 * controls or a brand mention, so ordinary pages never parse it.
 */
const FLAG = '__supportShieldChecker';
/** Re-assess when the page's text grew or shrank this much, at most this often. */
const TEXT_CHANGE = 0.2;
const REASSESS_MS = 2000;

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as Record<string, unknown>;
  if (scope[FLAG]) return; // injected once per frame
  scope[FLAG] = true;
  void start();
});

async function start(): Promise<void> {
  const settings = await loadSettings(browser.storage.local);
  const locale = resolveLocale(settings.language, navigator.languages);
  const pageProfile = profileForPage(location.hostname, document.title);
  // The person's check groups decide which of the profile's rules run.
  const profile = { ...pageProfile, rules: enabledRules(pageProfile.rules, settings.checks) };
  const topFrame = window === window.top;
  let assessment: Assessment = { level: 'none', reasons: [] };
  let supportForms = 0;
  let issues = 0;
  let banner: ScamBanner | null = null;

  const report = (): void => {
    if (!topFrame) return; // the tab's verdict comes from the top frame
    const message: TabReport = {
      type: 'tab-report',
      url: location.href,
      assessment: {
        level: assessment.level,
        reasons: assessment.reasons.map((r) => ({ code: r.code, params: { ...r.params }, evidence: [...r.evidence] })),
      },
      supportForms,
      issues,
      profileId: profile.id,
    };
    browser.runtime.sendMessage(message).catch(() => {
      // The background may be restarting; the next report carries the state.
    });
  };

  const warn = (): void => {
    if (assessment.level !== 'danger' || banner?.isDismissed) return;
    const brandName = String(assessment.reasons.find((r) => typeof r.params.brand === 'string')?.params.brand ?? '');
    const service = PROFILES.find((p) => p.name === brandName)?.name ?? PROFILES[0]?.name ?? '';
    banner?.dismiss();
    banner = new ScamBanner(document, {
      brand: t(locale, 'hint.label'),
      title: t(locale, 'banner.title'),
      reasons: assessment.reasons.map((r) => t(locale, r.code, r.params)),
      advice: t(locale, 'banner.advice', { service }),
      dismissLabel: t(locale, 'banner.dismiss'),
      numbers: assessment.reasons.flatMap((r) => r.evidence),
    });
    banner.show();
  };

  const assess = (): void => {
    if (!topFrame || !settings.checks.scam) return;
    const before = assessment.level;
    assessment = assessPage(collectPage(document, location.href, { focus: focusPattern() }));
    if (assessment.level === 'danger') warn();
    else if (before === 'danger') banner?.dismiss();
    report();
  };

  const shield = startFormShield(document, {
    locale,
    profile,
    page: () => ({ url: location.href, title: document.title }),
    showSeverity: (severity) => showsSeverity(settings.verbosity, severity),
    onFormsChanged: (count) => {
      supportForms = count;
      report();
    },
    onIssuesChanged: (count) => {
      issues = count;
      report();
    },
    onFormDetected: (form) => {
      // Resubmission guard: on the profile's own support pages, remember the site and time of a
      // submission (never the content); starting the same form again within 24 h gets a note.
      if (!topFrame || !isKnownSupportPage(pageProfile, location.href)) return;
      watchResubmission(form, {
        onSubmit: () => {
          const mark: SubmissionMark = { type: 'submission-mark', url: location.href };
          browser.runtime.sendMessage(mark).catch(() => undefined);
        },
        onFirstInput: () => {
          const check: SubmissionCheck = { type: 'submission-check', url: location.href };
          browser.runtime
            .sendMessage(check)
            .then((reply) => {
              const parsed = SubmissionCheckReplySchema.safeParse(reply);
              if (parsed.success && parsed.data.at !== null) shield.note(form, 'hint.resubmit');
            })
            .catch(() => undefined);
        },
      });
    },
  });
  supportForms = shield.formCount;
  assess();

  // Large text changes (a scam number loaded later, an SPA route) get a fresh assessment.
  if (topFrame && document.body) {
    let lastLength = document.body.textContent?.length ?? 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        const length = document.body?.textContent?.length ?? 0;
        if (Math.abs(length - lastLength) > Math.max(500, lastLength * TEXT_CHANGE)) {
          lastLength = length;
          assess();
        }
      }, REASSESS_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }
}
