import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { pickLocale } from '../src/i18n/index.ts';
import { profileForHost } from '../src/profiles/index.ts';
import { assessPage } from '../src/scam/assess.ts';
import { collectPage } from '../src/page/collect.ts';
import { startFormShield } from '../src/ui/inline/form-shield.ts';
import type { TabReport } from '../src/messages/schema.ts';
import type { Assessment } from '../src/scam/assess.ts';

/**
 * The full checker. The background injects it (into the content scripts' isolated
 * world, one frame) only when the always-on content script's gate found form
 * controls or a brand mention, so ordinary pages never parse it.
 */
const FLAG = '__supportShieldChecker';

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as Record<string, unknown>;
  if (scope[FLAG]) return; // injected once per frame
  scope[FLAG] = true;

  const locale = pickLocale(navigator.languages);
  const profile = profileForHost(location.hostname);
  const topFrame = window === window.top;
  let assessment: Assessment = { level: 'none', reasons: [] };
  let supportForms = 0;

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
      profileId: profile.id,
    };
    browser.runtime.sendMessage(message).catch(() => {
      // The background may be restarting; the next report carries the state.
    });
  };

  const shield = startFormShield(document, {
    locale,
    profile,
    page: () => ({ url: location.href, title: document.title }),
    onFormsChanged: (count) => {
      supportForms = count;
      report();
    },
  });
  supportForms = shield.formCount;
  if (topFrame) assessment = assessPage(collectPage(document, location.href));
  report();
});
