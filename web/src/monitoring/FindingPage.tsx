// One finding: what was seen, the rule and the figures it was applied to, the certificates that
// illustrate it, the comments; acknowledging, assigning, commenting, closing with the outcome.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n';
import { useSession } from '../auth/session';
import { Link } from '../app/router';
import type { PageProps } from '../app/route';
import { Page, Loading } from '../ui/Page';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useApi } from '../ui/useApi';
import { changeFinding, fetchFinding } from './api';
import { FindingStatusBadge, SeverityBadge } from './Badges';
import type { FindingChange, FindingDetail } from './types';
import { useAction } from '../ui/useAction';

/** "exportsCarats" → "exports carats" */
const words = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();

function Figure({ name, value }: { name: string; value: unknown }) {
  const i18n = useI18n();
  const shown = typeof value === 'number' ? i18n.number(value) : value === null || value === undefined ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return (
    <tr>
      <th scope="row" lang="en">
        {words(name)} <span className="code sub">{name}</span>
      </th>
      <td className="num">{shown}</td>
    </tr>
  );
}

function Actions({ finding, onChanged }: { finding: FindingDetail; onChanged(f: FindingDetail): void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [assignee, setAssignee] = useState(finding.assignee ?? '');
  const [outcome, setOutcome] = useState(finding.outcome ?? '');
  const [comment, setComment] = useState('');
  const send = useAction(async (change: FindingChange) => {
    onChanged(await changeFinding(finding.id, change));
    if (change.comment) setComment('');
  });

  const assign = (e: FormEvent) => {
    e.preventDefault();
    void send.run({ assignee: assignee.trim() || null });
  };
  const close = (e: FormEvent) => {
    e.preventDefault();
    void send.run({ status: 'closed', outcome: outcome.trim() });
  };
  const addComment = (e: FormEvent) => {
    e.preventDefault();
    if (comment.trim()) void send.run({ comment: comment.trim() });
  };

  return (
    <section className="card finding-actions" aria-labelledby="actions-title" data-testid="finding-actions">
      <h2 id="actions-title">{t('finding.actions')}</h2>
      <ErrorMessage error={send.error} />
      <div className="button-row">
        {finding.status === 'open' && (
          <button type="button" onClick={() => void send.run({ status: 'acknowledged' })} disabled={send.busy}>
            {t('finding.acknowledge')}
          </button>
        )}
        {finding.status === 'closed' && (
          <button type="button" className="button-secondary" onClick={() => void send.run({ status: 'open' })} disabled={send.busy}>
            {t('finding.reopen')}
          </button>
        )}
      </div>
      <form className="form inline-form" onSubmit={assign}>
        <Field label={t('findings.assignee')} error={send.fieldError('assignee')}>
          {(c) => <input {...c} name="assignee" maxLength={200} value={assignee} onChange={(e) => setAssignee(e.target.value)} />}
        </Field>
        <div className="button-row">
          <button type="submit" className="button-secondary" disabled={send.busy}>
            {t('finding.assign')}
          </button>
          {user && assignee !== user.name && (
            <button type="button" className="button-secondary" disabled={send.busy} onClick={() => setAssignee(user.name)}>
              {t('finding.me')}
            </button>
          )}
        </div>
      </form>
      {finding.status !== 'closed' && (
        <form className="form" onSubmit={close}>
          <Field label={t('finding.outcome')} hint={t('finding.outcomeHint')} error={send.fieldError('outcome')}>
            {(c) => <textarea {...c} name="outcome" rows={2} maxLength={2000} required value={outcome} onChange={(e) => setOutcome(e.target.value)} />}
          </Field>
          <button type="submit" disabled={send.busy || !outcome.trim()}>
            {t('finding.close')}
          </button>
        </form>
      )}
      <form className="form" onSubmit={addComment}>
        <Field label={t('finding.comment')} error={send.fieldError('comment')}>
          {(c) => <textarea {...c} name="comment" rows={3} maxLength={4000} value={comment} onChange={(e) => setComment(e.target.value)} />}
        </Field>
        <button type="submit" className="button-secondary" disabled={send.busy || !comment.trim()}>
          {t('finding.addComment')}
        </button>
      </form>
    </section>
  );
}

export function FindingPage({ params }: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = params.id ?? '';
  const loaded = useApi((signal) => fetchFinding(id, signal, i18n.lang), [id, i18n.lang]);
  const [changed, setChanged] = useState<FindingDetail>();
  const f = changed?.id === id ? changed : loaded.data;
  // the evidence in the reader's language (a change keeps the explanation loaded with the finding)
  const explained = loaded.data?.id === id ? loaded.data.explained : undefined;

  return (
    <Page title={f ? t('finding.title', { type: explained?.name ?? f.type, participant: i18n.country(f.participant), period: f.period }) : t('findings.title')}>
      <p className="back">
        <Link to="/findings">← {t('finding.back')}</Link>
      </p>
      {loaded.error ? <ErrorMessage error={loaded.error} onRetry={loaded.reload} /> : null}
      {!f && !loaded.error && <Loading />}
      {f && (
        <>
          <dl className="facts">
            <div className="field">
              <dt>{t('findings.severity')}</dt>
              <dd>
                <SeverityBadge severity={f.severity} />
              </dd>
            </div>
            <div className="field">
              <dt>{t('cert.status')}</dt>
              <dd data-testid="finding-status">
                <FindingStatusBadge status={f.status} />
              </dd>
            </div>
            <div className="field">
              <dt>{t('stats.participant')}</dt>
              <dd>
                <Link to={`/participants/${f.participant}`}>{i18n.country(f.participant)}</Link>
              </dd>
            </div>
            <div className="field">
              <dt>{t('findings.period')}</dt>
              <dd>{f.period}</dd>
            </div>
            <div className="field">
              <dt>{t('findings.assignee')}</dt>
              <dd data-testid="finding-assignee">{f.assignee ?? '—'}</dd>
            </div>
            <div className="field">
              <dt>{t('finding.seen')}</dt>
              <dd>
                {i18n.instant(f.firstSeen)}
                {f.lastSeen !== f.firstSeen && <div className="sub">{t('finding.lastSeen', { date: i18n.instant(f.lastSeen) })}</div>}
              </dd>
            </div>
          </dl>
          <section aria-labelledby="summary-title">
            <h2 id="summary-title">{t('findings.summary')}</h2>
            <p className="prose lead" lang={explained?.reason ? explained.lang : 'en'} data-testid="finding-summary">
              {explained?.reason ?? f.summary}
            </p>
            {f.outcome && (
              <div className="message message-ok" data-testid="finding-outcome">
                <p>
                  <strong>{t('finding.outcome')}:</strong> {f.outcome}
                </p>
              </div>
            )}
          </section>
          <section aria-labelledby="evidence-title">
            <h2 id="evidence-title">{t('finding.evidence')}</h2>
            <p>
              <strong>{t('finding.rule')}:</strong> <span lang={explained ? explained.lang : 'en'}>{explained?.rule ?? f.evidence.rule}</span>
            </p>
            <div className="table-scroll">
              <table className="data-table figures-table" data-testid="evidence-figures">
                <caption>{t('finding.figures')}</caption>
                <tbody>
                  {explained
                    ? explained.figures.map((x) => (
                        <tr key={x.key}>
                          <th scope="row">
                            {x.label} <span className="code sub">{x.key}</span>
                          </th>
                          <td className="num">{x.value}</td>
                        </tr>
                      ))
                    : Object.entries(f.evidence.figures).map(([k, v]) => <Figure key={k} name={k} value={v} />)}
                </tbody>
              </table>
            </div>
            {f.evidence.certificates && f.evidence.certificates.length > 0 && (
              <>
                <h3>{t('finding.certificates')}</h3>
                <ul className="member-list">
                  {f.evidence.certificates.map((n) => (
                    <li key={n}>
                      <Link to={`/verify/${encodeURIComponent(n)}`} className="code">
                        {n}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <section aria-labelledby="comments-title">
            <h2 id="comments-title">{t('finding.comments')}</h2>
            {f.comments.length === 0 ? (
              <p className="empty">{t('finding.noComments')}</p>
            ) : (
              <ol className="comments" data-testid="comments">
                {f.comments.map((c) => (
                  <li key={c.id}>
                    <div className="sub">
                      {c.author} · {i18n.instant(c.at)}
                    </div>
                    <p className="prose pre">{c.text}</p>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <Actions key={f.id} finding={f} onChanged={setChanged} />
        </>
      )}
    </Page>
  );
}
