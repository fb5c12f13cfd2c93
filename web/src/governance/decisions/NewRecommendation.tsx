// The Chair enters a recommendation of the review from its own text (report A/61/589 does not list
// the 46 verbatim), with its number, source and owner.
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { navigate } from '../../app/router';
import { Field } from '../../ui/Field';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
import { createRecommendation, type ReviewSummary } from './api';

export function NewRecommendation({ review }: { review: ReviewSummary }) {
  const { t } = useI18n();
  const [number, setNumber] = useState('');
  const [source, setSource] = useState('');
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const add = useAction(async () => {
    const r = await createRecommendation({ review: review.id, number: number ? Number(number) : null, source: source.trim(), text: text.trim(), owner: owner.trim() || null });
    navigate(`/recommendations/${r.id}`);
  });
  return (
    <form className="form card" onSubmit={add.onSubmit} aria-labelledby="new-rec-title">
      <h2 id="new-rec-title">{t('recs.new')}</h2>
      <ErrorMessage error={add.error} />
      <Field label={t('recs.number')} error={add.fieldError('number')}>
        {(c) => <input {...c} type="number" name="number" min={1} max={review.recommendationsAdopted} value={number} onChange={(e) => setNumber(e.target.value)} />}
      </Field>
      <Field label={t('recs.source')}>{(c) => <input {...c} name="source" required maxLength={300} value={source} onChange={(e) => setSource(e.target.value)} />}</Field>
      <Field label={t('recs.text')}>{(c) => <textarea {...c} name="text" lang="en" required rows={4} value={text} onChange={(e) => setText(e.target.value)} />}</Field>
      <Field label={t('recs.owner')}>{(c) => <input {...c} name="owner" maxLength={40} value={owner} onChange={(e) => setOwner(e.target.value)} />}</Field>
      <button type="submit" disabled={add.busy || !source.trim() || !text.trim()}>
        {t('recs.add')}
      </button>
    </form>
  );
}
