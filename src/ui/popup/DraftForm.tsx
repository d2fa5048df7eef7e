import type { JSX } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import { buildDraft, checkDraftPhone, mentionsCode } from '../../guide/draft.ts';
import type { RunRules } from '../../guide/draft.ts';
import type { Locale } from '../../i18n/index.ts';
import { t } from '../../i18n/index.ts';
import type { Channel, ServiceProfile } from '../../profiles/schema.ts';

export interface DraftFormProps {
  readonly locale: Locale;
  readonly profile: ServiceProfile;
  readonly channel: Channel;
  /** Copies text to the clipboard; resolves to whether it worked. */
  readonly copy: (text: string) => Promise<boolean>;
}

/** The email draft for an email channel: phone + short description → subject and body. Stays on the device. */
export function DraftForm({ locale, profile, channel, copy }: DraftFormProps): JSX.Element | null {
  const id = useId();
  const [phone, setPhone] = useState('');
  const [description, setDescription] = useState('');
  const [phoneTouched, setPhoneTouched] = useState(false);
  const [status, setStatus] = useState<'copied' | 'failed' | null>(null);
  const phoneRef = useRef<HTMLInputElement>(null);
  // The phone rules (with their numbering metadata) load only once the person uses the phone field.
  const [run, setRun] = useState<RunRules | undefined>(undefined);
  const loading = useRef(false);
  const loadRules = (): void => {
    if (loading.current) return;
    loading.current = true;
    import('../../rules/registry.ts')
      .then((m) => setRun(() => m.runRules))
      .catch(() => {
        loading.current = false;
      });
  };

  const draft = buildDraft(locale, profile, channel, { phone, description }, run);
  if (!draft) return null;
  const check = checkDraftPhone(phone, profile, locale, run);
  const phoneMessage = check.message && (phoneTouched || (check.ok && phone !== '')) ? check.message : undefined;
  const phoneInvalid = phoneTouched && !check.ok;
  const codeWarning = mentionsCode(description);
  const service = profile.name;
  const copyAll = `${t(locale, 'draft.to', { email: draft.to })}\n${t(locale, 'draft.subject.label')}: ${draft.subject}\n\n${draft.body}`;

  const onCopy = (): void => {
    if (!check.ok) {
      setPhoneTouched(true);
      phoneRef.current?.focus();
      return;
    }
    setStatus(null);
    void copy(copyAll).then((ok) => setStatus(ok ? 'copied' : 'failed'));
  };

  const onMailto = (e: Event): void => {
    if (!check.ok) {
      e.preventDefault();
      setPhoneTouched(true);
      phoneRef.current?.focus();
    }
  };

  const describedBy = [`${id}-phone-help`, phoneMessage ? `${id}-phone-msg` : ''].filter(Boolean).join(' ');
  return (
    <section class="draft" aria-labelledby={`${id}-title`} data-draft={channel.id}>
      <h4 id={`${id}-title`}>{t(locale, 'draft.title')}</h4>
      <p class="note-small">{t(locale, 'draft.private')}</p>
      <div class="field">
        <label for={`${id}-phone`}>{t(locale, 'draft.phone.label')}</label>
        <input
          id={`${id}-phone`}
          ref={phoneRef}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          name="phone"
          maxLength={40}
          value={phone}
          aria-invalid={phoneInvalid ? 'true' : 'false'}
          aria-describedby={describedBy}
          onInput={(e) => {
            setPhone(e.currentTarget.value);
            setStatus(null);
          }}
          onFocus={loadRules}
          onBlur={() => setPhoneTouched(phone !== '')}
        />
        <div id={`${id}-phone-help`} class="help">
          {t(locale, 'draft.phone.help')}
        </div>
        {phoneMessage && (
          <div id={`${id}-phone-msg`} class={check.ok ? 'field-msg warn' : 'field-msg error'}>
            {t(locale, phoneMessage.code, phoneMessage.params)}
          </div>
        )}
      </div>
      <div class="field">
        <label for={`${id}-desc`}>{t(locale, 'draft.description.label')}</label>
        <textarea
          id={`${id}-desc`}
          name="description"
          rows={3}
          maxLength={1500}
          value={description}
          aria-describedby={`${id}-desc-help${codeWarning ? ` ${id}-desc-msg` : ''}`}
          onInput={(e) => {
            setDescription(e.currentTarget.value);
            setStatus(null);
          }}
        />
        <div id={`${id}-desc-help`} class="help">
          {t(locale, 'draft.description.help')}
        </div>
        {codeWarning && (
          <div id={`${id}-desc-msg`} class="field-msg warn">
            {t(locale, 'draft.description.code', { service })}
          </div>
        )}
      </div>
      <div class="preview">
        <div class="to">{t(locale, 'draft.to', { email: draft.to })}</div>
        <label for={`${id}-subject`}>{t(locale, 'draft.subject.label')}</label>
        <input id={`${id}-subject`} type="text" readOnly value={draft.subject} class="out" />
        <label for={`${id}-body`}>{t(locale, 'draft.body.label')}</label>
        <textarea id={`${id}-body`} readOnly rows={7} value={draft.body} class="out" />
      </div>
      <div class="actions">
        <button type="button" class="primary" onClick={onCopy}>
          {t(locale, 'draft.copy')}
        </button>
        <a class="button" href={draft.mailto} onClick={onMailto}>
          {t(locale, 'draft.mailto')}
        </a>
      </div>
      <p role="status" class="status" data-copy-status={status ?? ''}>
        {status === 'copied' && t(locale, 'draft.copied', { email: draft.to })}
        {status === 'failed' && t(locale, 'draft.copy-failed')}
      </p>
    </section>
  );
}
