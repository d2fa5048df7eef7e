import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Locale } from '../../i18n/index.ts';
import { t } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/keys.ts';
import type { TabState } from '../../messages/schema.ts';
import type { Platform, ServiceProfile } from '../../profiles/schema.ts';
import en from '../../i18n/locales/en.json';
import { isOfficialHost } from '../../profiles/index.ts';
import { ChannelContact, Guide } from './Guide.tsx';

export interface PopupProps {
  readonly locale: Locale;
  /** null: the page could not be read (browser page) or has not reported yet. */
  readonly state: TabState | null;
  readonly profile: ServiceProfile;
  readonly onOpenOptions: () => void;
  /** The current tab's site and whether Support Shield runs there; absent when unknown. */
  readonly site?: { readonly key: string; readonly enabled: boolean } | null;
  readonly onToggleSite?: (enabled: boolean) => void;
  /** The first guess at the person's platform. */
  readonly platform?: Platform;
  /** Clipboard writer; resolves to whether it worked. */
  readonly copy?: (text: string) => Promise<boolean>;
}

function isKey(code: string): code is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, code);
}

function Reasons({ locale, state }: { locale: Locale; state: TabState }): JSX.Element {
  return (
    <>
      <h3>{t(locale, 'popup.reasons.title')}</h3>
      <ul class="reasons">
        {state.assessment.reasons.map((r) => (
          <li key={r.code}>
            {isKey(r.code) ? t(locale, r.code, r.params) : r.code}
            {r.evidence.length > 0 && (
              <div class="evidence">{t(locale, 'popup.evidence', { evidence: r.evidence.join(', ') })}</div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function onOfficialSite(url: string, profile: ServiceProfile): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && isOfficialHost(u.hostname, profile);
  } catch {
    return false;
  }
}

/** The current tab's state in one line (a warning keeps its reasons and evidence below it). */
function StateLine(props: {
  locale: Locale;
  state: TabState | null;
  profile: ServiceProfile;
  paused: boolean;
}): JSX.Element {
  const { locale, state, profile, paused } = props;
  const service = profile.name;
  if (paused) return <p class="state">{t(locale, 'popup.state.paused')}</p>;
  if (!state) return <p class="state">{t(locale, 'popup.state.unavailable')}</p>;
  if (state.assessment.level === 'danger') {
    return (
      <section class="state danger" role="alert" aria-labelledby="danger-title">
        <h2 id="danger-title">{t(locale, 'popup.state.danger')}</h2>
        <Reasons locale={locale} state={state} />
      </section>
    );
  }
  if (state.assessment.level === 'caution') {
    return (
      <section class="state caution" aria-labelledby="caution-title">
        <h2 id="caution-title">{t(locale, 'popup.state.caution')}</h2>
        <Reasons locale={locale} state={state} />
      </section>
    );
  }
  if (profile.id !== 'generic' && onOfficialSite(state.url, profile)) {
    const key = state.supportForms > 0 ? 'popup.state.official-form' : 'popup.state.official';
    return <p class="state form">{t(locale, key, { service })}</p>;
  }
  if (state.supportForms > 0 && state.issues > 0) {
    const key = state.issues === 1 ? 'popup.state.form-issue' : 'popup.state.form-issues';
    return <p class="state form issues">{t(locale, key, { count: state.issues })}</p>;
  }
  if (state.supportForms > 0) return <p class="state form">{t(locale, 'popup.state.form')}</p>;
  return <p class="state">{t(locale, 'popup.state.none')}</p>;
}

function ScamPanel({ locale, profile }: { locale: Locale; profile: ServiceProfile }): JSX.Element {
  const service = profile.name;
  const domains = profile.officialDomains.join(', ');
  return (
    <section id="scam-rules" class="scam-panel" aria-labelledby="scam-title">
      <h2 id="scam-title">{t(locale, 'popup.scam.title')}</h2>
      <ul>
        {profile.scamFacts.map((k) => (
          <li key={k}>{t(locale, k, { service, domains })}</li>
        ))}
      </ul>
    </section>
  );
}

function Channels({ locale, profile }: { locale: Locale; profile: ServiceProfile }): JSX.Element {
  const service = profile.name;
  return (
    <section aria-labelledby="channels-title">
      <h2 id="channels-title">{t(locale, 'popup.channels.title', { service })}</h2>
      {!profile.phoneSupport && <p class="note">{t(locale, 'popup.channels.note', { service })}</p>}
      <ul class="channels">
        {profile.channels.map((c) => (
          <li key={c.id} data-channel={c.id}>
            <strong>{t(locale, c.name)}</strong>
            <ChannelContact locale={locale} channel={c} />
          </li>
        ))}
      </ul>
      <p class="caveat">{t(locale, 'popup.channels.timing', { service })}</p>
    </section>
  );
}

const noCopy = (): Promise<boolean> => Promise.resolve(false);

export function Popup({
  locale,
  state,
  profile,
  onOpenOptions,
  site,
  onToggleSite,
  platform: initialPlatform = 'android',
  copy = noCopy,
}: PopupProps): JSX.Element {
  const [problemId, setProblemId] = useState('');
  const [platform, setPlatform] = useState<Platform>(initialPlatform);
  const [scamOpen, setScamOpen] = useState(false);
  const [siteChanged, setSiteChanged] = useState(false);
  return (
    <main class="popup">
      <header>
        <h1>{t(locale, 'popup.title')}</h1>
        <div class="header-actions">
          <button
            type="button"
            class="link"
            aria-expanded={scamOpen ? 'true' : 'false'}
            aria-controls="scam-rules"
            onClick={() => setScamOpen(!scamOpen)}
          >
            {t(locale, 'popup.scam.button')}
          </button>
          <button type="button" class="link" onClick={onOpenOptions}>
            {t(locale, 'popup.options')}
          </button>
        </div>
      </header>
      {scamOpen && <ScamPanel locale={locale} profile={profile} />}
      <StateLine locale={locale} state={state} profile={profile} paused={site ? !site.enabled : false} />
      {site && onToggleSite && (
        <div class="site-toggle">
          <label>
            <input
              type="checkbox"
              name="site-enabled"
              checked={site.enabled}
              onChange={(e) => {
                setSiteChanged(true);
                onToggleSite(e.currentTarget.checked);
              }}
            />
            {t(locale, 'popup.site.toggle', { site: site.key })}
          </label>
          <p role="status" class="help">
            {siteChanged ? t(locale, 'popup.site.reload') : ''}
          </p>
        </div>
      )}
      <Guide
        locale={locale}
        profile={profile}
        problemId={problemId}
        platform={platform}
        onProblem={setProblemId}
        onPlatform={setPlatform}
        copy={copy}
      />
      {!problemId && <Channels locale={locale} profile={profile} />}
    </main>
  );
}
