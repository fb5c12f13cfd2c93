// One application (/governance/participation/applications/:id): the checklist of minimum
// requirements with the applicant's evidence and the Participation Committee's review of each item;
// the applicant's authority writes its evidence, the committee reviews and admits (from a day) or
// refuses (with a reason).
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n';
import { useSession } from '../../auth/session';
import { hasRole } from '../../auth/types';
import { Link } from '../../app/router';
import type { PageProps } from '../../app/route';
import { Page, Loading } from '../../ui/Page';
import { Field } from '../../ui/Field';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useApi } from '../../ui/useApi';
import { decideApplication, fetchApplication, putEvidence, putReview, type ApplicationDetail, type ChecklistItem } from './api';
import { useAction } from '../../ui/useAction';

interface ItemProps {
  app: ApplicationDetail;
  item: ChecklistItem;
  mayReview: boolean;
  mayEvidence: boolean;
  onChanged(a: ApplicationDetail): void;
}

function Item({ app, item, mayReview, mayEvidence, onChanged }: ItemProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [evidence, setEvidence] = useState(item.evidence ?? '');
  const [comment, setComment] = useState(item.comment ?? '');
  const open = app.status === 'submitted';
  const send = useAction(async (work: () => Promise<ApplicationDetail>) => onChanged(await work()));
  return (
    <li className="card checklist-item" data-requirement={item.requirement} data-review={item.review ?? 'none'}>
      <p lang="en">
        <strong>{item.text}</strong>
      </p>
      <p>
        <span className="badge" data-testid="review">
          {t(item.review ? `part.review.${item.review}` : 'part.review.none')}
        </span>
        {item.reviewedBy && <span className="sub"> · {item.reviewedBy}</span>}
        {item.comment && <span lang="en"> — {item.comment}</span>}
      </p>
      <ErrorMessage error={send.error} />
      {mayEvidence && open ? (
        <form
          className="form"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            void send.run(() => putEvidence(app.id, item.requirement, evidence));
          }}
        >
          <Field label={t('part.evidence')}>{(c) => <textarea {...c} name={`evidence-${item.requirement}`} rows={2} required value={evidence} onChange={(e) => setEvidence(e.target.value)} />}</Field>
          <button type="submit" className="button-secondary">
            {t('part.saveEvidence')}
          </button>
        </form>
      ) : (
        <p className="prose pre">
          <em>{t('part.evidence')}:</em> {item.evidence ?? '—'}
        </p>
      )}
      {mayReview && open && (
        <div className="form inline-form">
          <Field label={t('part.comment')}>{(c) => <input {...c} name={`comment-${item.requirement}`} value={comment} onChange={(e) => setComment(e.target.value)} />}</Field>
          <div className="button-row">
            <button type="button" onClick={() => void send.run(() => putReview(app.id, item.requirement, 'met', comment.trim() || null))}>
              {t('part.markMet')}
            </button>
            <button type="button" className="button-secondary" onClick={() => void send.run(() => putReview(app.id, item.requirement, 'not_met', comment.trim() || null))}>
              {t('part.markNotMet')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

function Decision({ app, onChanged }: { app: ApplicationDetail; onChanged(a: ApplicationDetail): void }) {
  const { t } = useI18n();
  const [admittedOn, setAdmittedOn] = useState('');
  const [reason, setReason] = useState('');
  const send = useAction(async (body: Parameters<typeof decideApplication>[1]) => {
    onChanged(await decideApplication(app.id, body));
  });
  const submit = (e: FormEvent, body: Parameters<typeof decideApplication>[1]) => {
    e.preventDefault();
    void send.run(body);
  };
  return (
    <section className="card" aria-labelledby="decision-title">
      <h2 id="decision-title">{t('part.decision')}</h2>
      <ErrorMessage error={send.error} />
      <form className="form inline-form" onSubmit={(e) => submit(e, { decision: 'admit', admittedOn })}>
        <Field label={t('part.admitOn')}>{(c) => <input {...c} type="date" name="admittedOn" required value={admittedOn} onChange={(e) => setAdmittedOn(e.target.value)} />}</Field>
        <button type="submit">{t('part.admit')}</button>
      </form>
      <form className="form" onSubmit={(e) => submit(e, { decision: 'refuse', reason })}>
        <Field label={t('part.refuseReason')}>{(c) => <textarea {...c} name="reason" rows={2} required value={reason} onChange={(e) => setReason(e.target.value)} />}</Field>
        <button type="submit" className="button-secondary">
          {t('part.refuse')}
        </button>
      </form>
    </section>
  );
}

export function ApplicationPage({ params }: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { user } = useSession();
  const id = params.id ?? '';
  const loaded = useApi((signal) => fetchApplication(id, signal), [id]);
  const [changed, setChanged] = useState<ApplicationDetail>();
  const app = changed?.id === id ? changed : loaded.data;
  const mayReview = !!user && ((hasRole(user, 'wg-member') && user.groups.includes('PC')) || hasRole(user, 'admin'));
  const mayEvidence = !!user && !!app && ((hasRole(user, 'officer') && user.participant === app.applicant) || hasRole(user, 'admin'));

  return (
    <Page title={app ? t('part.application', { name: i18n.country(app.applicant, app.applicantName) }) : t('nav.participation')}>
      <p className="back">
        <Link to="/governance/participation">← {t('part.back')}</Link>
      </p>
      {loaded.error ? <ErrorMessage error={loaded.error} onRetry={loaded.reload} /> : null}
      {!app && !loaded.error && <Loading />}
      {app && (
        <>
          <dl className="facts">
            <div className="field">
              <dt>{t('part.status')}</dt>
              <dd data-testid="application-status" data-status={app.status}>
                {t(`part.appStatus.${app.status}`)}
                {app.decidedOn && ` · ${i18n.day(app.decidedOn)}`}
              </dd>
            </div>
            <div className="field">
              <dt>{t('part.registryStatus')}</dt>
              <dd data-testid="registry-status">{app.registryStatus ? t(`status.${app.registryStatus}` as 'status.participant') : '—'}</dd>
            </div>
            <div className="field">
              <dt>{t('part.submittedOn')}</dt>
              <dd>{i18n.day(app.submittedOn)}</dd>
            </div>
            <div className="field">
              <dt>{t('part.met')}</dt>
              <dd data-testid="met">
                {app.met}/{app.total}
              </dd>
            </div>
          </dl>
          {app.decisionReason && (
            <div className="message message-error">
              <p lang="en">{app.decisionReason}</p>
            </div>
          )}
          {app.note && <p className="sub" lang="en">{app.note}</p>}
          <section aria-labelledby="checklist-title">
            <h2 id="checklist-title">{t('part.checklist')}</h2>
            <ol className="checklist" data-testid="checklist">
              {app.checklist.map((item) => (
                <Item key={`${item.requirement}-${item.reviewedAt ?? ''}-${item.evidenceAt ?? ''}`} app={app} item={item} mayReview={mayReview} mayEvidence={mayEvidence} onChanged={setChanged} />
              ))}
            </ol>
          </section>
          {mayReview && app.status === 'submitted' && <Decision key={app.met} app={app} onChanged={setChanged} />}
        </>
      )}
    </Page>
  );
}
