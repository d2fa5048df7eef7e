import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { pickLocale } from '../src/i18n/index.ts';
import { profileForHost } from '../src/profiles/index.ts';
import { assessPage } from '../src/scam/assess.ts';
import { collectPage } from '../src/page/collect.ts';
import { startFormShield } from '../src/ui/inline/form-shield.ts';
import type { TabReport } from '../src/messages/schema.ts';
import type { Assessment } from '../src/scam/assess.ts';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    const locale = pickLocale(navigator.languages);
    const profile = profileForHost(location.hostname);
    let assessment: Assessment = { level: 'none', reasons: [] };
    let supportForms = 0;

    const report = (): void => {
      const message: TabReport = {
        type: 'tab-report',
        url: location.href,
        assessment: {
          level: assessment.level,
          reasons: assessment.reasons.map((r) => ({
            code: r.code,
            params: { ...r.params },
            evidence: [...r.evidence],
          })),
        },
        supportForms,
        profileId: profile.id,
      };
      browser.runtime.sendMessage(message).catch(() => {
        // The background may be restarting; the next report will carry the state.
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
    assessment = assessPage(collectPage(document, location.href));
    report();
    ctx.onInvalidated(() => shield.stop());
  },
});
