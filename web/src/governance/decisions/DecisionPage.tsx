// One plenary decision: its English text, each translation with its text and state, and — for the
// Chair — recording a translation's text, marking it checked, and marking the decision formally
// adopted (refused by the server, naming the missing languages, until all five are available).
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n';
import { useSession } from '../../auth/session';
import { hasRole } from '../../auth/types';
import { Link } from '../../app/router';
import type { PageProps } from '../../app/route';
import { Page, Loading } from '../../ui/Page';
import { Field } from '../../ui/Field';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
import { useApi } from '../../ui/useApi';
import { adoptDecision, fetchDecision, recordTranslation, type Decision, type Translation } from './api';
import { LanguageStatus } from './Labels';

function TranslationForm({ decision, translation, onChanged }: { decision: Decision; translation: Translation; onChanged(d: Decision): void }) {
  const { t } = useI18n();
  const [text, setText] = useState(translation.text ?? '');
  const [title, setTitle] = useState(translation.title ?? '');
  const [on, setOn] = useState(new Date().toISOString().slice(0, 10));
  const send = useAction(async (step: 'provide' | 'check') => {
    onChanged(await recordTranslation(decision.id, translation.language, step === 'provide' ? { step, text: text.trim(), ...(title.trim() && { title: title.trim() }), on } : { step, on }));
  });
  const provide = (e: FormEvent) => {
    e.preventDefault();
    void send.run('provide');
  };
  return (
    <form className="form" onSubmit={provide} data-testid={`translation-form-${translation.language}`}>
      <ErrorMessage error={send.error} />
      <Field label={t('decisions.translationText', { language: t(`decisions.lang.${translation.language as 'fr'}`) })}>
        {(c) => <textarea {...c} name={`text-${translation.language}`} lang={translation.language} rows={3} maxLength={20000} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <Field label={t('decisions.translationTitle', { language: t(`decisions.lang.${translation.language as 'fr'}`) })} hint={t('decisions.translationTitleHint')}>
        {(c) => <input {...c} name={`title-${translation.language}`} lang={translation.language} maxLength={500} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t('decisions.on')} hint={t('decisions.onHint')}>
        {(c) => <input {...c} type="date" name={`on-${translation.language}`} required value={on} onChange={(e) => setOn(e.target.value)} />}
      </Field>
      <div className="button-row">
        <button type="submit" disabled={send.busy || !text.trim() || (text.trim() === translation.text && title.trim() === (translation.title ?? ''))}>
          {t('decisions.provide')}
        </button>
        {translation.status === 'provided' && (
          <button type="button" className="button-secondary" disabled={send.busy} onClick={() => void send.run('check')}>
            {t('decisions.check')}
          </button>
        )}
      </div>
    </form>
  );
}

export function DecisionPage({ params }: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { user } = useSession();
  const id = params.id ?? '';
  const loaded = useApi((signal) => fetchDecision(id, signal), [id]);
  const [changed, setChanged] = useState<Decision>();
  const d = changed?.id === id ? changed : loaded.data;
  const manages = hasRole(user, 'chair') || hasRole(user, 'admin');

  const adopt = useAction(async () => setChanged(await adoptDecision(id)));

  return (
    <Page title={d ? t('decisions.one', { plenary: d.plenary, number: d.number }) : t('decisions.title')}>
      <p className="back">
        <Link to="/decisions">← {t('decisions.back')}</Link>
      </p>
      {loaded.error ? <ErrorMessage error={loaded.error} onRetry={loaded.reload} /> : null}
      {!d && !loaded.error && <Loading />}
      {d && (
        <>
          <h2 lang="en">{d.title}</h2>
          <p className="prose lead" lang="en" data-testid="decision-text">
            {d.text}
          </p>
          {d.source && <p className="sub">{t('decisions.source', { source: d.source })}</p>}
          <div className={d.formallyAdoptedOn ? 'message message-ok' : 'message'} data-testid="decision-adoption">
            <p>{d.formallyAdoptedOn ? t('decisions.adoptedOn', { date: i18n.day(d.formallyAdoptedOn) }) : t('decisions.notYet', { languages: d.adoption.missing.map((l) => t(`decisions.lang.${l as 'fr'}`)).join(', ') })}</p>
          </div>
          {d.documentId && (
            <p>
              <Link to={`/documents/${d.documentId}`}>{t('decisions.document')}</Link>
            </p>
          )}
          <section aria-labelledby="translations-title">
            <h2 id="translations-title">{t('decisions.translations')}</h2>
            {d.translations.map((tr) => (
              <div key={tr.language} className="translation" data-testid={`translation-${tr.language}`}>
                <h3>
                  {t(`decisions.lang.${tr.language as 'fr'}`)} <LanguageStatus language={tr.language} status={tr.status} />
                </h3>
                <p className="sub">
                  {[t('decisions.requestedOn', { date: i18n.day(tr.requestedOn) }), tr.providedOn && t('decisions.providedOn', { date: i18n.day(tr.providedOn) }), tr.checkedOn && t('decisions.checkedOn', { date: i18n.day(tr.checkedOn), who: tr.checkedBy ?? '' })].filter(Boolean).join(' · ')}
                </p>
                {tr.text && (
                  <p className="prose" lang={tr.language}>
                    {tr.text}
                  </p>
                )}
                {manages && !d.formallyAdoptedOn && <TranslationForm key={`${tr.language}-${tr.status}-${tr.text ?? ''}`} decision={d} translation={tr} onChanged={setChanged} />}
              </div>
            ))}
          </section>
          {manages && !d.formallyAdoptedOn && (
            <section className="card" aria-labelledby="adopt-title">
              <h2 id="adopt-title">{t('decisions.adoptTitle')}</h2>
              <p>{t('decisions.adoptHint')}</p>
              <ErrorMessage error={adopt.error} />
              <button type="button" disabled={adopt.busy} onClick={() => void adopt.run()}>
                {t('decisions.adopt')}
              </button>
            </section>
          )}
        </>
      )}
    </Page>
  );
}
