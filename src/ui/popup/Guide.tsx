import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import type { GuideView } from '../../guide/guide.ts';
import { guideFor, stepsFor } from '../../guide/guide.ts';
import type { Locale } from '../../i18n/index.ts';
import { t } from '../../i18n/index.ts';
import type { Channel, Platform, ServiceProfile } from '../../profiles/schema.ts';
import { PLATFORMS } from '../../profiles/schema.ts';
import { DraftForm } from './DraftForm.tsx';

export interface GuideProps {
  readonly locale: Locale;
  readonly profile: ServiceProfile;
  readonly problemId: string;
  readonly platform: Platform;
  readonly onProblem: (id: string) => void;
  readonly onPlatform: (p: Platform) => void;
  readonly copy: (text: string) => Promise<boolean>;
}

const PLATFORM_KEYS = {
  android: 'guide.platform.android',
  iphone: 'guide.platform.iphone',
  web: 'guide.platform.web',
} as const;

/** The link or address of a channel and what it is good for. */
export function ChannelContact({ locale, channel }: { locale: Locale; channel: Channel }): JSX.Element {
  return (
    <>
      {channel.how && <div>{t(locale, channel.how)}</div>}
      {channel.url && (
        <div>
          <a href={channel.url} target="_blank" rel="noreferrer noopener">
            {channel.url}
          </a>
        </div>
      )}
      {channel.email && (
        <div>
          <a href={`mailto:${channel.email}`}>{channel.email}</a>
        </div>
      )}
      <div class="for">{t(locale, channel.goodFor)}</div>
    </>
  );
}

function ChannelBody(props: {
  locale: Locale;
  profile: ServiceProfile;
  channel: Channel;
  platform: Platform;
  copy: (text: string) => Promise<boolean>;
}): JSX.Element {
  const { locale, profile, channel, platform, copy } = props;
  const steps = stepsFor(channel, platform);
  return (
    <>
      <ChannelContact locale={locale} channel={channel} />
      {steps.length > 0 && (
        <ol class="steps" aria-label={t(locale, 'guide.steps')}>
          {steps.map((k) => (
            <li key={k}>{t(locale, k)}</li>
          ))}
        </ol>
      )}
      {channel.kind === 'email' && <DraftForm locale={locale} profile={profile} channel={channel} copy={copy} />}
    </>
  );
}

function GuideBody({
  locale,
  profile,
  view,
  platform,
  copy,
}: {
  locale: Locale;
  profile: ServiceProfile;
  view: GuideView;
  platform: Platform;
  copy: (text: string) => Promise<boolean>;
}): JSX.Element {
  const service = profile.name;
  const domains = profile.officialDomains.join(', ');
  return (
    <div class="guide-body" data-problem={view.problem.id}>
      <section class="card recommended" aria-labelledby="rec-title" data-channel={view.recommended.id}>
        <h3 id="rec-title">{t(locale, 'guide.recommended', { channel: t(locale, view.recommended.name) })}</h3>
        <ChannelBody locale={locale} profile={profile} channel={view.recommended} platform={platform} copy={copy} />
      </section>
      <section aria-labelledby="include-title">
        <h3 id="include-title">{t(locale, 'guide.include.title')}</h3>
        <ul class="checklist">
          {view.include.map((k) => (
            <li key={k}>{t(locale, k)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="timing-title">
        <h3 id="timing-title">{t(locale, 'guide.timing.title')}</h3>
        <p>{t(locale, view.timing)}</p>
        <ul class="plain">
          {view.timingNotes.map((k) => (
            <li key={k}>{t(locale, k)}</li>
          ))}
        </ul>
        <p class="caveat">{t(locale, view.timingCaveat, { service })}</p>
      </section>
      <section aria-labelledby="avoid-title">
        <h3 id="avoid-title">{t(locale, 'guide.avoid.title')}</h3>
        <ul class="avoid">
          {view.avoid.map((k) => (
            <li key={k}>{t(locale, k, { service, domains })}</li>
          ))}
        </ul>
      </section>
      {view.alternatives.length > 0 && (
        <section aria-labelledby="alt-title">
          <h3 id="alt-title">{t(locale, 'guide.alternatives')}</h3>
          {view.alternatives.map((c) => (
            <details key={c.id} class="card" data-channel={c.id}>
              <summary>{t(locale, c.name)}</summary>
              <ChannelBody locale={locale} profile={profile} channel={c} platform={platform} copy={copy} />
            </details>
          ))}
        </section>
      )}
    </div>
  );
}

/** Problem picker, platform choice, and the guide for the chosen problem. */
export function Guide({ locale, profile, problemId, platform, onProblem, onPlatform, copy }: GuideProps): JSX.Element {
  const id = useId();
  const view = problemId ? guideFor(profile, problemId, platform) : null;
  return (
    <section class="guide" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(locale, 'guide.title')}</h2>
      <div class="field">
        <label for={`${id}-problem`}>{t(locale, 'guide.problem.label')}</label>
        <select
          id={`${id}-problem`}
          name="problem"
          value={problemId}
          onChange={(e) => onProblem(e.currentTarget.value)}
        >
          <option value="">{t(locale, 'guide.problem.none')}</option>
          {profile.categories.map((c) => (
            <optgroup key={c.id} label={t(locale, c.title)}>
              {c.problems.map((p) => (
                <option key={p.id} value={p.id}>
                  {t(locale, p.title)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {view && (
        <fieldset class="platforms">
          <legend>{t(locale, 'guide.platform.label')}</legend>
          {PLATFORMS.map((p) => (
            <label key={p} class="radio">
              <input
                type="radio"
                name={`${id}-platform`}
                value={p}
                checked={platform === p}
                onChange={() => onPlatform(p)}
              />
              {t(locale, PLATFORM_KEYS[p])}
            </label>
          ))}
        </fieldset>
      )}
      {view && <GuideBody locale={locale} profile={profile} view={view} platform={platform} copy={copy} />}
    </section>
  );
}
