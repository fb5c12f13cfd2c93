// Production-capacity assessments (/capacity): the working groups on monitoring and of diamond
// experts record what a Participant or one of its producing areas can produce a year, with the source.
import { useState } from 'react';
import { useI18n } from '../i18n';
import { Page, Loading } from '../ui/Page';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { useFormats } from '../ui/format';
import { addAssessment, fetchAssessments, removeAssessment } from './regionApi';
import { useAction } from '../ui/useAction';

const num = (s: string) => (s.trim() === '' ? null : Number(s));

export function CapacityPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const list = useApi((signal) => fetchAssessments(signal), []);
  const [form, setForm] = useState({ participant: '', area: '', minCarats: '', maxCarats: '', maxUsd: '', source: '', assessedOn: '' });
  const [done, setDone] = useState(false);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((x) => ({ ...x, [k]: e.target.value }));
  const submit = useAction(async () => {
    setDone(false);
    await addAssessment({
      participant: form.participant.trim().toUpperCase(), area: form.area.trim() || null, minCarats: num(form.minCarats) ?? 0, maxCarats: num(form.maxCarats) ?? 0,
      maxUsd: num(form.maxUsd), source: form.source.trim(), assessedOn: form.assessedOn,
    });
    setDone(true);
    setForm({ participant: '', area: '', minCarats: '', maxCarats: '', maxUsd: '', source: '', assessedOn: '' });
    list.reload();
  });
  const remove = useAction(async (id: string) => {
    await removeAssessment(id);
    list.reload();
  });
  const err = (k: string) => submit.fieldError(k);
  const rows = list.data?.assessments ?? [];

  return (
    <Page title={t('capacity.title')} intro={t('capacity.intro')}>
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      {!list.data && !list.error && <Loading />}
      {list.data && rows.length === 0 && <p className="empty">{t('capacity.none')}</p>}
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="capacity-table">
            <thead>
              <tr>
                <th scope="col">{t('capacity.participant')}</th>
                <th scope="col">{t('capacity.area')}</th>
                <th scope="col" className="num">{t('capacity.range')}</th>
                <th scope="col" className="num">{t('capacity.maxUsd')}</th>
                <th scope="col">{t('capacity.assessedOn')}</th>
                <th scope="col">{t('capacity.source')}</th>
                <th scope="col"><span className="visually-hidden">{t('capacity.remove')}</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id} data-participant={a.participant}>
                  <td>{i18n.country(a.participant)}</td>
                  <td>{a.area ?? <span className="muted">{t('capacity.whole')}</span>}</td>
                  <td className="num">{f.integer(a.minCarats)}–{f.integer(a.maxCarats)}</td>
                  <td className="num">{a.maxUsd === null ? '—' : f.usdWhole(a.maxUsd)}</td>
                  <td className="nowrap">{i18n.day(a.assessedOn)}</td>
                  <td lang="en">{a.source}</td>
                  <td>
                    <button type="button" className="button-secondary" onClick={() => void remove.run(a.id)}>
                      {t('capacity.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section className="card" aria-labelledby="capacity-add">
        <h2 id="capacity-add">{t('capacity.add')}</h2>
        <ErrorMessage error={submit.error ?? remove.error} />
        {done && <p className="message message-ok" role="status">{t('capacity.added')}</p>}
        <form className="form" onSubmit={submit.onSubmit}>
          <Field label={t('capacity.participant')} error={err('participant')}>{(c) => <input {...c} name="participant" required maxLength={2} value={form.participant} onChange={set('participant')} />}</Field>
          <Field label={t('capacity.area')} hint={t('capacity.areaHint')} error={err('area')}>{(c) => <input {...c} name="area" maxLength={200} value={form.area} onChange={set('area')} />}</Field>
          <Field label={t('capacity.min')} error={err('minCarats')}>{(c) => <input {...c} name="minCarats" type="number" min="0" step="0.01" required value={form.minCarats} onChange={set('minCarats')} />}</Field>
          <Field label={t('capacity.max')} error={err('maxCarats')}>{(c) => <input {...c} name="maxCarats" type="number" min="0" step="0.01" required value={form.maxCarats} onChange={set('maxCarats')} />}</Field>
          <Field label={t('capacity.maxUsd')} error={err('maxUsd')}>{(c) => <input {...c} name="maxUsd" type="number" min="0" step="0.01" value={form.maxUsd} onChange={set('maxUsd')} />}</Field>
          <Field label={t('capacity.source')} error={err('source')}>{(c) => <input {...c} name="source" required maxLength={500} value={form.source} onChange={set('source')} />}</Field>
          <Field label={t('capacity.assessedOn')} error={err('assessedOn')}>{(c) => <input {...c} name="assessedOn" type="date" required value={form.assessedOn} onChange={set('assessedOn')} />}</Field>
          <button type="submit">{t('capacity.add')}</button>
        </form>
      </section>
    </Page>
  );
}
