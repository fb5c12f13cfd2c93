// The discrepancies of a year the working group on statistics has opened (one per flow and quarter):
// open them all at once, read the Participants' explanations, comment, resolve with the outcome.
import { Fragment, useState, type FormEvent } from 'react';
import { Empty } from '../ui/Empty';
import { useI18n, type I18n } from '../i18n';
import { Loading } from '../ui/Page';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { useFormats } from '../ui/format';
import { addDiscrepancyNote, fetchDiscrepancies, fetchDiscrepancy, fetchHabitual, openDiscrepancies, resolveDiscrepancy } from './api';
import type { Discrepancy } from './types';
import { TableHead } from '../ui/TableHead';

/** The columns of a line of trade between two Participants: who, when, and what each side reported. */
export const tradeColumns = (t: I18n['t']) => [
  t('review.exporter'),
  t('review.importer'),
  t('submit.period'),
  { label: t('review.exportsReported'), num: true },
  { label: t('review.importsReported'), num: true },
];

function DiscrepancyDetail({ item, onChanged }: { item: Discrepancy; onChanged(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const detail = useApi((signal) => fetchDiscrepancy(item, signal), [item.exporter, item.importer, item.period, item.status]);
  const [comment, setComment] = useState('');
  const [outcome, setOutcome] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const d = detail.data;

  const act = async (e: FormEvent, run: () => Promise<unknown>) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await run();
      setComment('');
      setOutcome('');
      detail.reload();
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (detail.error) return <ErrorMessage error={detail.error} onRetry={detail.reload} />;
  if (!d) return <Loading />;
  return (
    <div className="discrepancy-detail">
      {(d.notes ?? []).length === 0 ? (
        <p className="empty">{t('finding.noComments')}</p>
      ) : (
        <ol className="comments">
          {(d.notes ?? []).map((n) => (
            <li key={n.seq}>
              <div className="sub">
                {n.author}
                {n.actingFor && ` (${i18n.country(n.actingFor)})`} · {i18n.instant(n.at)} · {t(n.kind === 'explanation' ? 'discrepancy.explanation' : 'finding.comment')}
              </div>
              <p className="prose pre">{n.text}</p>
            </li>
          ))}
        </ol>
      )}
      {d.outcome && (
        <p className="message message-ok">
          <strong>{t('finding.outcome')}:</strong> {d.outcome}
        </p>
      )}
      <ErrorMessage error={error} />
      {d.status !== 'resolved' && (
        <div className="two-columns">
          <form className="form" onSubmit={(e) => act(e, () => addDiscrepancyNote(d, { kind: 'comment', text: comment.trim() }))}>
            <label>
              {t('finding.comment')}
              <textarea name="comment" rows={2} maxLength={4000} value={comment} onChange={(e) => setComment(e.target.value)} />
            </label>
            <button type="submit" className="button-secondary" disabled={busy || !comment.trim()}>
              {t('finding.addComment')}
            </button>
          </form>
          <form className="form" onSubmit={(e) => act(e, () => resolveDiscrepancy(d, outcome.trim()))}>
            <label>
              {t('finding.outcome')}
              <textarea name="outcome" rows={2} maxLength={4000} value={outcome} onChange={(e) => setOutcome(e.target.value)} />
            </label>
            <button type="submit" disabled={busy || !outcome.trim()}>
              {t('discrepancy.resolve')}
            </button>
          </form>
        </div>
      )}
    </div>
  );
}

export function Discrepancies({ year, onChange }: { year: number; onChange(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const list = useApi((signal) => fetchDiscrepancies(year, signal), [year]);
  const [shown, setShown] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [opened, setOpened] = useState<number>();

  const openAll = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const r = await openDiscrepancies(year);
      setOpened(r.opened.length);
      list.reload();
      onChange();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const rows = list.data?.discrepancies ?? [];
  return (
    <>
      <div className="button-row">
        <button type="button" onClick={openAll} disabled={busy}>
          {t('discrepancy.openAll', { year })}
        </button>
        {opened !== undefined && (
          <span role="status" data-testid="opened-count">
            {t('discrepancy.opened', { count: opened })}
          </span>
        )}
      </div>
      <ErrorMessage error={error ?? list.error} />
      {!list.data && !list.error && <Loading />}
      {list.data && rows.length === 0 && <Empty list="discrepancies" />}
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="discrepancies-table">
            <TableHead columns={[...tradeColumns(t), t('cert.status'), {}]} />
            <tbody>
              {rows.map((d) => {
                const key = `${d.exporter}-${d.importer}-${d.period}`;
                return (
                  <Fragment key={key}>
                    <tr data-discrepancy={key}>
                      <td>{i18n.country(d.exporter)}</td>
                      <td>{i18n.country(d.importer)}</td>
                      <td className="nowrap">{d.period}</td>
                      <td className="num">{f.carats(d.exports.carats)}</td>
                      <td className="num">{f.carats(d.imports.carats)}</td>
                      <td>
                        <span className="mirror-badge" data-mirror={d.status === 'resolved' ? 'agreed' : d.status === 'explained' ? 'timing' : 'discrepancy'}>
                          {t(`discrepancyStatus.${d.status}`)}
                        </span>
                      </td>
                      <td>
                        <button type="button" className="button-secondary button-small" aria-expanded={shown === key} onClick={() => setShown(shown === key ? undefined : key)}>
                          {t('discrepancy.details')}
                        </button>
                      </td>
                    </tr>
                    {shown === key && (
                      <tr>
                        <td colSpan={7}>
                          <DiscrepancyDetail
                            item={d}
                            onChanged={() => {
                              list.reload();
                              onChange();
                            }}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function HabitualList({ kind }: { kind: 'trade' | 'production' }) {
  const i18n = useI18n();
  const { t } = i18n;
  const h = useApi((signal) => fetchHabitual(kind, signal), [kind]);
  if (h.error) return <ErrorMessage error={h.error} onRetry={h.reload} />;
  if (!h.data) return <Loading />;
  return (
    <>
      <p className="note">{t('review.habitualRule', { missing: h.data.rule.missing, of: h.data.rule.of, periods: h.data.periods.join(', ') })}</p>
      {h.data.participants.length === 0 ? (
        <p className="empty">{t('review.habitualNone')}</p>
      ) : (
        <ul className="member-list" data-testid="habitual-list">
          {h.data.participants.map((p) => (
            <li key={p.participant}>
              {i18n.country(p.participant, p.name)} <span className="sub">({p.missed.join(', ')})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
