// Compare a parcel (/footprints/compare): the parcel's footprint.csv against every reference, ranked,
// with the parcel's and the best references' distributions side by side. Sorted goods get a warning.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n';
import { Link } from '../../app/router';
import { Page } from '../../ui/Page';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useFormats } from '../../ui/format';
import { compareParcel, type Comparison, type Scheme } from './api';
import { DistributionChart } from './DistributionChart';
import { SchemeField, SyntheticBadge } from './FootprintsPage';

const BEST = 3;

function num(x: number | null | undefined, digits: number): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  if (x !== 0 && Math.abs(x) < 10 ** -digits) return x.toExponential(1);
  return x.toFixed(digits);
}

export function ComparePage() {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const [file, setFile] = useState<File>();
  const [scheme, setScheme] = useState<Scheme>('sieve');
  const [sorted, setSorted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<Comparison>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(await compareParcel({ csv: await file.text(), scheme, sorted }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const best = result?.matches.slice(0, BEST) ?? [];
  // the chart: the parcel on the classes it shares with the best reference, then each reference on its own shared classes
  const refName = (m: (typeof best)[number]) => `${m.rank}. ${m.reference.area} (${m.reference.participant})`;
  const series = best.length
    ? [
        { name: t('fp.parcel'), bins: best[0]!.bins.map((b) => ({ label: b.label, share: (b.stones[0] ?? 0) / Math.max(1, best[0]!.bins.reduce((s, x) => s + (x.stones[0] ?? 0), 0)) })) },
        ...best.map((m) => {
          const total = Math.max(1, m.bins.reduce((s, x) => s + (x.stones[1] ?? 0), 0));
          return { name: refName(m), bins: m.bins.map((b) => ({ label: b.label, share: (b.stones[1] ?? 0) / total })) };
        }),
      ]
    : [];

  return (
    <Page title={t('fp.compareTitle')} intro={<>{t('fp.compareIntro')} <Link to="/footprints">{t('fp.back')}</Link></>}>
      <form onSubmit={submit} className="form-grid card" data-testid="compare-form">
        <label>
          {t('fp.file')}
          <input name="file" type="file" accept=".csv,text/csv" required onChange={(e) => setFile(e.target.files?.[0])} />
        </label>
        <SchemeField value={scheme} onChange={setScheme} />
        <label className="checkbox">
          <input type="checkbox" name="sorted" checked={sorted} onChange={(e) => setSorted(e.target.checked)} /> {t('fp.sorted')}
        </label>
        <div>
          <button type="submit" disabled={busy || !file}>
            {t('fp.compare')}
          </button>
        </div>
      </form>
      <ErrorMessage error={error} />
      {result && (
        <section aria-labelledby="result-title">
          <h2 id="result-title">{t('fp.result', { name: result.parcel.name })}</h2>
          <p data-testid="parcel-summary">
            {t('fp.parcelSummary', { stones: f.integer(result.parcel.stones), carats: f.carats(result.parcel.carats), classes: result.parcel.classes })}
          </p>
          {result.parcel.conversions.length > 0 && (
            <p className="note" lang="en" data-testid="conversions">
              {t('fp.converted')}: {result.parcel.conversions.join('; ')}
            </p>
          )}
          {result.warning && (
            <p className="message message-error" role="alert" data-testid="sorted-warning">
              <strong>{t('fp.noFootprint')}</strong> <span>{result.warning}</span>
            </p>
          )}
          {result.matches.length === 0 && !result.warning && <p className="empty">{t('fp.none')}</p>}
          {result.matches.length > 0 && (
            <>
              <div className="table-scroll">
                <table className="data-table" data-testid="matches-table">
                  <thead>
                    <tr>
                      <th scope="col" className="num">{t('fp.rank')}</th>
                      <th scope="col">{t('fp.reference')}</th>
                      <th scope="col" className="num">χ²</th>
                      <th scope="col" className="num">{t('fp.df')}</th>
                      <th scope="col" className="num">p</th>
                      <th scope="col" className="num">{t('fp.merged')}</th>
                      <th scope="col" className="num">{t('fp.ks')}</th>
                      <th scope="col" className="num">{t('fp.cpsParcel')}</th>
                      <th scope="col" className="num">{t('fp.cpsReference')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.matches.map((m) => (
                      <tr key={m.reference.id}>
                        <td className="num">{m.rank}</td>
                        <td>
                          <Link to={`/footprints/${m.reference.id}`}>{m.reference.area}</Link> ({i18n.country(m.reference.participant, m.reference.participant)}) {m.reference.synthetic && <SyntheticBadge />}
                        </td>
                        <td className="num">{num(m.chiSquare?.statistic, 2)}</td>
                        <td className="num">{m.chiSquare?.df ?? '—'}</td>
                        <td className="num">{num(m.chiSquare?.pValue, 4)}</td>
                        <td className="num">{m.chiSquare?.merged ?? 0}</td>
                        <td className="num">{num(m.ks, 3)}</td>
                        <td className="num">{num(m.caratsPerStone.parcel, 3)}</td>
                        <td className="num">{num(m.caratsPerStone.reference, 3)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <h3>{t('fp.sideBySide')}</h3>
              <DistributionChart testId="compare-chart" yLabel={t('fp.stonesShareAxis')} series={series} />
            </>
          )}
          <p className="note" data-testid="method">{result.method}</p>
        </section>
      )}
    </Page>
  );
}
