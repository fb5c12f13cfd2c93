// The footprints of origin (/footprints): the reference distributions of producing areas, and the
// form that registers a new one from footprint.csv. Diamond experts (WGDE), WGM, the Chair.
import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n';
import { Link, navigate } from '../../app/router';
import { Page, Loading } from '../../ui/Page';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useApi } from '../../ui/useApi';
import { useFormats } from '../../ui/format';
import { fetchRegistry } from '../../participants/api';
import { today } from '../../participants/types';
import { addReference, fetchReferences, SCHEMES, schemeOf, type Scheme } from './api';
import { useAction } from '../../ui/useAction';

export function SyntheticBadge() {
  const { t } = useI18n();
  return (
    <span className="severity-badge" data-severity="medium" title={t('fp.syntheticHint')} data-testid="synthetic">
      {t('fp.synthetic')}
    </span>
  );
}

/** The sieve scheme a footprint file is written in (the trade sieve classes, or millimetres converted to them). */
export function SchemeField({ value, onChange }: { value: Scheme; onChange: (scheme: Scheme) => void }) {
  const { t } = useI18n();
  return (
    <label>
      {t('fp.scheme')}
      <select name="scheme" value={value} onChange={(e) => onChange(schemeOf(e.target.value))}>
        {SCHEMES.map((s) => (
          <option key={s} value={s}>
            {t(`fp.scheme.${s}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FootprintsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const refs = useApi((signal) => fetchReferences(signal), []);
  const registry = useApi((signal) => fetchRegistry(today(), signal), []);
  const participants = useMemo(
    () => (registry.data?.participants ?? []).map((p) => ({ code: p.code, name: i18n.country(p.code, p.name) })).sort((a, b) => a.name.localeCompare(b.name, i18n.lang)),
    [registry.data, i18n],
  );
  const [form, setForm] = useState({ participant: '', area: '', source: '', sampledOn: '', scheme: 'sieve' as Scheme, synthetic: false });
  const [file, setFile] = useState<File>();

  const submit = useAction(async () => {
    if (!file) return;
    const r = await addReference({ participant: form.participant, area: form.area, source: form.source, sampledOn: form.sampledOn || undefined, scheme: form.scheme, synthetic: form.synthetic, csv: await file.text() });
    navigate(`/footprints/${r.id}`);
  });

  return (
    <Page title={t('fp.title')} intro={t('fp.intro')} actions={<Link to="/footprints/compare" className="button">{t('fp.compareTitle')}</Link>}>
      {refs.error ? <ErrorMessage error={refs.error} onRetry={refs.reload} /> : null}
      {!refs.data && !refs.error && <Loading />}
      {refs.data && refs.data.references.length === 0 && <p className="empty">{t('fp.none')}</p>}
      {refs.data && refs.data.references.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="references-table">
            <caption className="visually-hidden">{t('fp.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fp.participant')}</th>
                <th scope="col">{t('fp.area')}</th>
                <th scope="col">{t('fp.sample')}</th>
                <th scope="col">{t('fp.sampledOn')}</th>
                <th scope="col" className="num">{t('fp.classes')}</th>
                <th scope="col" className="num">{t('fp.stones')}</th>
                <th scope="col" className="num">{t('fp.carats')}</th>
                <th scope="col" className="num">{t('fp.photos')}</th>
              </tr>
            </thead>
            <tbody>
              {refs.data.references.map((r) => (
                <tr key={r.id}>
                  <td>{i18n.country(r.participant, r.participant)}</td>
                  <td>
                    <Link to={`/footprints/${r.id}`}>{r.area}</Link> {r.synthetic && <SyntheticBadge />}
                  </td>
                  <td>{r.sample}</td>
                  <td>{r.sampledOn ?? '—'}</td>
                  <td className="num">{r.classes.length}</td>
                  <td className="num">{f.integer(r.stones)}</td>
                  <td className="num">{f.carats(Number(r.carats))}</td>
                  <td className="num">{r.photos}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <section className="card" aria-labelledby="add-ref">
        <h2 id="add-ref">{t('fp.addTitle')}</h2>
        <p className="hint">{t('fp.fileHint')}</p>
        <form onSubmit={submit.onSubmit} className="form-grid" data-testid="add-reference">
          <label>
            {t('fp.participant')}
            <select name="participant" required value={form.participant} onChange={(e) => setForm({ ...form, participant: e.target.value })}>
              <option value="" />
              {participants.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name} ({p.code})
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('fp.area')}
            <input name="area" required maxLength={200} value={form.area} onChange={(e) => setForm({ ...form, area: e.target.value })} />
          </label>
          <label>
            {t('fp.source')}
            <input name="source" required maxLength={1000} value={form.source} onChange={(e) => setForm({ ...form, source: e.target.value })} />
          </label>
          <label>
            {t('fp.sampledOn')}
            <input name="sampledOn" type="date" value={form.sampledOn} onChange={(e) => setForm({ ...form, sampledOn: e.target.value })} />
          </label>
          <SchemeField value={form.scheme} onChange={(scheme) => setForm({ ...form, scheme })} />
          <label className="checkbox">
            <input type="checkbox" name="synthetic" checked={form.synthetic} onChange={(e) => setForm({ ...form, synthetic: e.target.checked })} /> {t('fp.markSynthetic')}
          </label>
          <label>
            {t('fp.file')}
            <input name="file" type="file" accept=".csv,text/csv" required onChange={(e) => setFile(e.target.files?.[0])} />
          </label>
          <div>
            <button type="submit" disabled={submit.busy || !file}>
              {t('fp.add')}
            </button>
          </div>
        </form>
        <ErrorMessage error={submit.error} />
      </section>
    </Page>
  );
}
