// The Chair records a plenary, and a decision taken by consensus at it (English text): its four
// translations are requested at once.
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { navigate } from '../../app/router';
import { Field } from '../../ui/Field';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { createDecision, createPlenary, type Plenary } from './api';
import { useAction } from '../../ui/useAction';

export function NewPlenary({ onCreated }: { onCreated(p: Plenary): void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [place, setPlace] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const submit = useAction(async () => {
    onCreated(await createPlenary({ name: name.trim(), place: place.trim(), startsOn, endsOn }));
    setName('');
    setPlace('');
  });
  return (
    <form className="form card" onSubmit={submit.onSubmit} aria-labelledby="new-plenary-title">
      <h2 id="new-plenary-title">{t('decisions.newPlenary')}</h2>
      <ErrorMessage error={submit.error} />
      <Field label={t('decisions.name')}>{(c) => <input {...c} name="plenaryName" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
      <Field label={t('decisions.place')}>{(c) => <input {...c} name="place" required maxLength={200} value={place} onChange={(e) => setPlace(e.target.value)} />}</Field>
      <Field label={t('decisions.startsOn')}>{(c) => <input {...c} type="date" name="startsOn" required value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />}</Field>
      <Field label={t('decisions.endsOn')} error={submit.fieldError('endsOn')}>{(c) => <input {...c} type="date" name="endsOn" required value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />}</Field>
      <button type="submit">{t('decisions.recordPlenary')}</button>
    </form>
  );
}

export function NewDecision({ plenaries }: { plenaries: Plenary[] }) {
  const { t } = useI18n();
  const [plenary, setPlenary] = useState(plenaries[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const submit = useAction(async () => {
    const d = await createDecision({ plenary: plenary || plenaries[0]!.id, title: title.trim(), text: text.trim(), ...(source.trim() && { source: source.trim() }) });
    navigate(`/decisions/${d.id}`);
  });
  if (plenaries.length === 0) return null;
  return (
    <form className="form card" onSubmit={submit.onSubmit} aria-labelledby="new-decision-title">
      <h2 id="new-decision-title">{t('decisions.newDecision')}</h2>
      <ErrorMessage error={submit.error} />
      <Field label={t('decisions.plenary')}>
        {(c) => (
          <select {...c} name="decisionPlenary" value={plenary} onChange={(e) => setPlenary(e.target.value)}>
            {plenaries.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('decisions.decisionTitle')}>{(c) => <input {...c} name="decisionTitle" required maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />}</Field>
      <Field label={t('decisions.englishText')}>{(c) => <textarea {...c} name="decisionText" lang="en" required rows={4} maxLength={20000} value={text} onChange={(e) => setText(e.target.value)} />}</Field>
      <Field label={t('decisions.sourceField')}>{(c) => <input {...c} name="decisionSource" maxLength={300} value={source} onChange={(e) => setSource(e.target.value)} />}</Field>
      <button type="submit" disabled={!title.trim() || !text.trim()}>
        {t('decisions.recordDecision')}
      </button>
    </form>
  );
}
