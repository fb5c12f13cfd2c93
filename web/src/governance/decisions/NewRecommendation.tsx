// The Chair enters a recommendation of the review from its own text (the seed report does not list
// the 46 verbatim), with its number, source and owner.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n';
import { ApiError } from '../../api';
import { navigate } from '../../app/router';
import { Field } from '../../ui/Field';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { errorsByField } from '../../ui/format';
import { createRecommendation, type ReviewSummary } from './api';

export function NewRecommendation({ review }: { review: ReviewSummary }) {
  const { t } = useI18n();
  const [number, setNumber] = useState('');
  const [source, setSource] = useState('');
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [error, setError] = useState<unknown>();
  const errors = error instanceof ApiError ? errorsByField(error.details) : new Map<string, string[]>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const r = await createRecommendation({ review: review.id, number: number ? Number(number) : null, source: source.trim(), text: text.trim(), owner: owner.trim() || null });
      navigate(`/recommendations/${r.id}`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="new-rec-title">
      <h2 id="new-rec-title">{t('recs.new')}</h2>
      <ErrorMessage error={error} />
      <Field label={t('recs.number')} error={errors.get('number')?.join('; ')}>
        {(c) => <input {...c} type="number" name="number" min={1} max={review.recommendationsAdopted} value={number} onChange={(e) => setNumber(e.target.value)} />}
      </Field>
      <Field label={t('recs.source')}>{(c) => <input {...c} name="source" required maxLength={300} value={source} onChange={(e) => setSource(e.target.value)} />}</Field>
      <Field label={t('recs.text')}>{(c) => <textarea {...c} name="text" lang="en" required rows={4} value={text} onChange={(e) => setText(e.target.value)} />}</Field>
      <Field label={t('recs.owner')}>{(c) => <input {...c} name="owner" maxLength={40} value={owner} onChange={(e) => setOwner(e.target.value)} />}</Field>
      <button type="submit" disabled={!source.trim() || !text.trim()}>
        {t('recs.add')}
      </button>
    </form>
  );
}
