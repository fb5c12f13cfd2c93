// The forms of a review's page: its team (the working group), its report with recommendations (the
// team), a follow-up action plan with its first item and further items (the working group).
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n';
import { Field } from '../../ui/Field';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
import { addItem, createPlan, setTeam, submitReport, type NewItem, type ReviewDetail, type TeamMember } from './api';

/** a form's request, then what follows it */
const useSubmit = (onDone: () => void) =>
  useAction(async (work: () => Promise<unknown>) => {
    await work();
    onDone();
  });

export function TeamForm({ review, onDone }: { review: ReviewDetail; onDone(): void }) {
  const { t } = useI18n();
  const [rows, setRows] = useState<TeamMember[]>(review.team.length ? review.team : [{ member: '', person: '', leader: true }]);
  const { busy, error, run } = useSubmit(onDone);
  const update = (i: number, patch: Partial<TeamMember>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : patch.leader ? { ...r, leader: false } : r)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() => setTeam(review.id, rows.filter((r) => r.member.trim() || r.person.trim()).map((r) => ({ ...r, member: r.member.trim().toUpperCase(), person: r.person.trim() }))));
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('reviews.setTeam')} data-testid="team-form">
      <ErrorMessage error={error} />
      {rows.map((r, i) => (
        <div className="inline-form" key={i}>
          <Field label={t('reviews.member')} hint={t('reviews.memberHint')}>{(c) => <input {...c} name={`member-${i}`} maxLength={16} value={r.member} onChange={(e) => update(i, { member: e.target.value })} />}</Field>
          <Field label={t('reviews.person')}>{(c) => <input {...c} name={`person-${i}`} maxLength={200} value={r.person} onChange={(e) => update(i, { person: e.target.value })} />}</Field>
          <label>
            <input type="radio" name="leader" checked={r.leader} onChange={() => update(i, { leader: true })} /> {t('reviews.leader')}
          </label>
        </div>
      ))}
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={() => setRows((rs) => [...rs, { member: '', person: '', leader: false }])}>{t('reviews.addMember')}</button>
        <button type="submit" disabled={busy}>{t('reviews.setTeam')}</button>
      </div>
    </form>
  );
}

export function ReportForm({ review, onDone }: { review: ReviewDetail; onDone(): void }) {
  const { t } = useI18n();
  const [text, setText] = useState(review.report?.text ?? '');
  const [recs, setRecs] = useState(review.recommendations.map((r) => r.text).join('\n'));
  const { busy, error, run } = useSubmit(onDone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() => submitReport(review.id, { text: text.trim(), recommendations: recs.split('\n').map((s) => s.trim()).filter(Boolean) }));
  };
  return (
    <form className="form" onSubmit={submit} data-testid="report-form">
      <ErrorMessage error={error} />
      <Field label={t('reviews.reportText')}>{(c) => <textarea {...c} name="report" rows={6} required maxLength={200000} value={text} onChange={(e) => setText(e.target.value)} />}</Field>
      <Field label={t('reviews.recommendations')} hint={t('reviews.recommendationsHint')}>{(c) => <textarea {...c} name="recommendations" rows={4} value={recs} onChange={(e) => setRecs(e.target.value)} />}</Field>
      <button type="submit" disabled={busy || !text.trim()}>{t('reviews.submitReport')}</button>
    </form>
  );
}

function ItemFields({ prefix, item, set }: { prefix: string; item: NewItem; set(patch: Partial<NewItem>): void }) {
  const { t } = useI18n();
  return (
    <>
      <Field label={t('reviews.item')}>{(c) => <input {...c} name={`${prefix}description`} required maxLength={2000} value={item.description} onChange={(e) => set({ description: e.target.value })} />}</Field>
      <Field label={t('reviews.owner')}>{(c) => <input {...c} name={`${prefix}owner`} required maxLength={2} value={item.owner} onChange={(e) => set({ owner: e.target.value })} />}</Field>
      <Field label={t('reviews.deadline')}>{(c) => <input {...c} name={`${prefix}deadline`} type="date" required value={item.deadline} onChange={(e) => set({ deadline: e.target.value })} />}</Field>
    </>
  );
}

export function PlanForm({ review, onDone }: { review: ReviewDetail; onDone(): void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [item, setItem] = useState({ description: '', owner: review.participant, deadline: '' });
  const { busy, error, run } = useSubmit(() => {
    setTitle('');
    setItem({ description: '', owner: review.participant, deadline: '' });
    onDone();
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() => createPlan(review.id, { title: title.trim(), items: [{ ...item, description: item.description.trim(), owner: item.owner.trim().toUpperCase() }] }));
  };
  return (
    <form className="form" onSubmit={submit} data-testid="plan-form">
      <h3>{t('reviews.newPlan')}</h3>
      <ErrorMessage error={error} />
      <Field label={t('reviews.planTitle')}>{(c) => <input {...c} name="planTitle" required maxLength={500} value={title} onChange={(e) => setTitle(e.target.value)} />}</Field>
      <ItemFields prefix="plan-" item={item} set={(p) => setItem((i) => ({ ...i, ...p }))} />
      <button type="submit" disabled={busy}>{t('reviews.recordPlan')}</button>
    </form>
  );
}

export function AddItemForm({ planId, owner, onDone }: { planId: string; owner: string; onDone(): void }) {
  const { t } = useI18n();
  const [item, setItem] = useState({ description: '', owner, deadline: '' });
  const { busy, error, run } = useSubmit(() => {
    setItem({ description: '', owner, deadline: '' });
    onDone();
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() => addItem(planId, { ...item, description: item.description.trim(), owner: item.owner.trim().toUpperCase() }));
  };
  return (
    <form className="form inline-form" onSubmit={submit} data-testid="add-item-form">
      <ErrorMessage error={error} />
      <ItemFields prefix={`${planId}-`} item={item} set={(p) => setItem((i) => ({ ...i, ...p }))} />
      <button type="submit" className="button-secondary" disabled={busy}>{t('reviews.addItem')}</button>
    </form>
  );
}
