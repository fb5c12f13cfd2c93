// Technical assistance: needs declared by Participants, offers of donors, and the programmes the
// coordinator makes of them, with their status; the forms each role may use.
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { useSession } from '../../auth/session';
import { Page, Loading } from '../../ui/Page';
import { Field } from '../../ui/Field';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useApi } from '../../ui/useApi';
import { AREAS, declareNeed, declareOffer, fetchAssistance, matchNeed, moveProgramme, type Area, type Overview, type Programme, type ProgrammeStatus } from './api';
import { useAction } from '../../ui/useAction';

const NEXT: Record<ProgrammeStatus, ProgrammeStatus[]> = { proposed: ['agreed', 'cancelled'], agreed: ['running', 'cancelled'], running: ['completed', 'cancelled'], completed: [], cancelled: [] };

function DeclareForm({ kind, onDone }: { kind: 'need' | 'offer'; onDone(): void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [area, setArea] = useState<Area>('internal-controls');
  const submit = useAction(async () => {
    const body = { title: title.trim(), description: description.trim(), area };
    await (kind === 'need' ? declareNeed(body) : declareOffer(body));
    setTitle('');
    setDescription('');
    onDone();
  });
  return (
    <section className="card" aria-labelledby={`declare-${kind}`}>
      <h2 id={`declare-${kind}`}>{t(kind === 'need' ? 'assistance.declareNeed' : 'assistance.declareOffer')}</h2>
      <ErrorMessage error={submit.error} />
      <form className="form" onSubmit={submit.onSubmit}>
        <Field label={t('assistance.title')}>{(c) => <input {...c} name={`${kind}-title`} required maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />}</Field>
        <Field label={t('assistance.description')}>{(c) => <textarea {...c} name={`${kind}-description`} required rows={2} maxLength={4000} value={description} onChange={(e) => setDescription(e.target.value)} />}</Field>
        <Field label={t('assistance.area')}>
          {(c) => (
            <select {...c} name={`${kind}-area`} value={area} onChange={(e) => setArea(e.target.value as Area)}>
              {AREAS.map((a) => (
                <option key={a} value={a}>{t(`assistance.area.${a}`)}</option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit">{t('assistance.declare')}</button>
      </form>
    </section>
  );
}

function MatchForm({ data, onDone }: { data: Overview; onDone(): void }) {
  const { t } = useI18n();
  const needs = data.needs.filter((n) => n.status === 'open');
  const offers = data.offers.filter((o) => o.status === 'open');
  const [needId, setNeedId] = useState('');
  const [offerId, setOfferId] = useState('');
  const submit = useAction(async () => {
    await matchNeed({ needId, offerId });
    setNeedId('');
    setOfferId('');
    onDone();
  });
  return (
    <section className="card" aria-labelledby="match-title">
      <h2 id="match-title">{t('assistance.match')}</h2>
      <ErrorMessage error={submit.error} />
      <form className="form" onSubmit={submit.onSubmit}>
        <Field label={t('assistance.need')}>
          {(c) => (
            <select {...c} name="needId" required value={needId} onChange={(e) => setNeedId(e.target.value)}>
              <option value="">—</option>
              {needs.map((n) => (
                <option key={n.id} value={n.id}>{`${n.participant}: ${n.title}`}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('assistance.offer')}>
          {(c) => (
            <select {...c} name="offerId" required value={offerId} onChange={(e) => setOfferId(e.target.value)}>
              <option value="">—</option>
              {offers.map((o) => (
                <option key={o.id} value={o.id}>{`${o.donor}: ${o.title}`}</option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" disabled={!needId || !offerId}>{t('assistance.propose')}</button>
      </form>
    </section>
  );
}

function ProgrammeRow({ p, coordinator, onDone }: { p: Programme; coordinator: boolean; onDone(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const move = useAction(async (status: ProgrammeStatus) => {
    await moveProgramme(p.id, { status, ...(status === 'running' && !p.startsOn && { startsOn: new Date().toISOString().slice(0, 10) }) });
    onDone();
  });
  return (
    <tr data-testid="programme">
      <td lang="en">{p.title}</td>
      <td>{i18n.country(p.participant)}</td>
      <td>{p.donor}</td>
      <td data-testid="programme-status">{t(`assistance.status.${p.status}`)}</td>
      <td>{p.startsOn ? i18n.day(p.startsOn) : '—'}{p.endsOn && ` – ${i18n.day(p.endsOn)}`}</td>
      <td>
        <ErrorMessage error={move.error} />
        {coordinator && NEXT[p.status].map((s) => (
          <button key={s} type="button" className="button-secondary" onClick={() => void move.run(s)}>{t(`assistance.to.${s}`)}</button>
        ))}
      </td>
    </tr>
  );
}

export function AssistancePage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { user } = useSession();
  const loaded = useApi((signal) => fetchAssistance(signal), []);
  const data = loaded.data;
  const officer = !!user?.participant && user.roles.includes('officer');
  const donor = officer || (!!user?.organisation && user.roles.includes('observer'));
  const coordinator = !!user && (user.roles.includes('chair') || user.roles.includes('admin') || (user.roles.includes('wg-member') && !!data?.coordinators.some((c) => c.member === (user.participant ?? user.organisation))));
  return (
    <Page title={t('nav.assistance')} intro={t('assistance.intro')}>
      <ErrorMessage error={loaded.error} onRetry={loaded.reload} />
      {!data && loaded.loading && <Loading />}
      {data && (
        <>
          <p data-testid="coordinator">
            {t('assistance.coordinator')}: <strong>{data.coordinators.map((c) => i18n.country(c.member)).join(', ') || '—'}</strong>
          </p>
          <section className="card" aria-labelledby="needs-title">
            <h2 id="needs-title">{t('assistance.needs')}</h2>
            {data.needs.length === 0 ? <p className="empty">{t('assistance.noNeeds')}</p> : (
              <div className="table-scroll">
                <table className="data-table" data-testid="needs">
                  <thead><tr><th scope="col">{t('assistance.participant')}</th><th scope="col">{t('assistance.title')}</th><th scope="col">{t('assistance.area')}</th><th scope="col">{t('assistance.state')}</th></tr></thead>
                  <tbody>
                    {data.needs.map((n) => (
                      <tr key={n.id}><td>{i18n.country(n.participant)}</td><td lang="en">{n.title}<div className="sub">{n.description}</div></td><td>{t(`assistance.area.${n.area}`)}</td><td>{t(`assistance.needStatus.${n.status}`)}</td></tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section className="card" aria-labelledby="offers-title">
            <h2 id="offers-title">{t('assistance.offers')}</h2>
            {data.offers.length === 0 ? <p className="empty">{t('assistance.noOffers')}</p> : (
              <div className="table-scroll">
                <table className="data-table" data-testid="offers">
                  <thead><tr><th scope="col">{t('assistance.donor')}</th><th scope="col">{t('assistance.title')}</th><th scope="col">{t('assistance.area')}</th><th scope="col">{t('assistance.state')}</th></tr></thead>
                  <tbody>
                    {data.offers.map((o) => (
                      <tr key={o.id}><td>{o.donor}</td><td lang="en">{o.title}<div className="sub">{o.description}</div></td><td>{t(`assistance.area.${o.area}`)}</td><td>{t(o.status === 'open' ? 'assistance.offerOpen' : 'assistance.offerWithdrawn')}</td></tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section className="card" aria-labelledby="programmes-title">
            <h2 id="programmes-title">{t('assistance.programmes')}</h2>
            {data.programmes.length === 0 ? <p className="empty">{t('assistance.noProgrammes')}</p> : (
              <div className="table-scroll">
                <table className="data-table" data-testid="programmes">
                  <thead><tr><th scope="col">{t('assistance.title')}</th><th scope="col">{t('assistance.participant')}</th><th scope="col">{t('assistance.donor')}</th><th scope="col">{t('assistance.state')}</th><th scope="col">{t('assistance.dates')}</th><th scope="col">{t('assistance.next')}</th></tr></thead>
                  <tbody>
                    {data.programmes.map((p) => <ProgrammeRow key={p.id} p={p} coordinator={coordinator} onDone={loaded.reload} />)}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          {officer && <DeclareForm kind="need" onDone={loaded.reload} />}
          {donor && <DeclareForm kind="offer" onDone={loaded.reload} />}
          {coordinator && <MatchForm data={data} onDone={loaded.reload} />}
        </>
      )}
    </Page>
  );
}
