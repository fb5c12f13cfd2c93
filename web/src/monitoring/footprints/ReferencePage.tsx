// One reference distribution (/footprints/:id): its facts, its distribution (chart and classes), and
// the photo table of typical production of the area, with the upload of a photo.
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { Link } from '../../app/router';
import type { PageProps } from '../../app/route';
import { Page, Loading } from '../../ui/Page';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useApi } from '../../ui/useApi';
import { useFormats } from '../../ui/format';
import { fetchReference, photoUrl, uploadPhoto } from './api';
import { DistributionChart } from './DistributionChart';
import { SyntheticBadge } from './FootprintsPage';
import { useAction } from '../../ui/useAction';

export function ReferencePage({ params }: PageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  const ref = useApi((signal) => fetchReference(params.id!, signal), [params.id]);
  const [file, setFile] = useState<File>();
  const [caption, setCaption] = useState('');
  const r = ref.data;

  const upload = useAction(async (form: HTMLFormElement) => {
    if (!file) return;
    await uploadPhoto(params.id!, file, caption);
    setCaption('');
    setFile(undefined);
    form.reset();
    ref.reload();
  });

  const title = r ? `${r.area} — ${i18n.country(r.participant, r.participant)}` : t('fp.reference');
  const carats = r ? r.classes.reduce((s, c) => s + Number(c.carats), 0) : 0;
  return (
    <Page title={title} intro={<Link to="/footprints">{t('fp.back')}</Link>}>
      {ref.error ? <ErrorMessage error={ref.error} onRetry={ref.reload} /> : null}
      {!r && !ref.error && <Loading />}
      {r && (
        <>
          {r.synthetic && (
            <p className="message message-error" data-testid="synthetic-note">
              <SyntheticBadge /> {t('fp.syntheticHint')}
            </p>
          )}
          <dl className="facts">
            <div><dt>{t('fp.sample')}</dt><dd>{r.sample}</dd></div>
            <div><dt>{t('fp.source')}</dt><dd>{r.source}</dd></div>
            <div><dt>{t('fp.sampledOn')}</dt><dd>{r.sampledOn ? i18n.day(r.sampledOn) : '—'}</dd></div>
            <div><dt>{t('fp.scheme')}</dt><dd>{t(r.scheme === 'mm' ? 'fp.scheme.mm' : 'fp.scheme.sieve')}</dd></div>
            <div><dt>{t('fp.stones')}</dt><dd data-testid="ref-stones">{f.integer(r.stones)}</dd></div>
            <div><dt>{t('fp.carats')}</dt><dd>{f.carats(Number(r.carats))}</dd></div>
            <div><dt>{t('fp.cps')}</dt><dd>{r.stones ? (Number(r.carats) / r.stones).toFixed(3) : '—'}</dd></div>
          </dl>

          <h2>{t('fp.distribution')}</h2>
          <DistributionChart
            testId="reference-chart"
            yLabel={t('fp.shareAxis')}
            series={[
              { name: t('fp.stonesShare'), bins: r.classes.map((c) => ({ label: c.sieveClass, share: c.stones / r.stones })) },
              { name: t('fp.caratsShare'), bins: r.classes.map((c) => ({ label: c.sieveClass, share: carats ? Number(c.carats) / carats : 0 })) },
            ]}
          />
          <div className="table-scroll">
            <table className="data-table" data-testid="classes-table">
              <thead>
                <tr>
                  <th scope="col">{t('fp.sieveClass')}</th>
                  <th scope="col">{t('fp.written')}</th>
                  <th scope="col" className="num">{t('fp.stones')}</th>
                  <th scope="col" className="num">{t('fp.carats')}</th>
                  <th scope="col" className="num">{t('fp.cps')}</th>
                </tr>
              </thead>
              <tbody>
                {r.classes.map((c) => (
                  <tr key={c.sieveClass}>
                    <th scope="row">{c.sieveClass}</th>
                    <td>{c.written}</td>
                    <td className="num">{f.integer(c.stones)}</td>
                    <td className="num">{f.carats(Number(c.carats))}</td>
                    <td className="num">{c.stones ? (Number(c.carats) / c.stones).toFixed(3) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <h2>{t('fp.photoTable')}</h2>
          {r.photoList.length === 0 && <p className="empty">{t('fp.noPhotos')}</p>}
          <ul className="gallery" data-testid="gallery" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))', gap: '1rem', listStyle: 'none', padding: 0 }}>
            {r.photoList.map((p) => (
              <li key={p.id}>
                <figure style={{ margin: 0 }}>
                  <a href={photoUrl(p.id)} target="_blank" rel="noreferrer">
                    <img src={photoUrl(p.id)} alt={p.caption || t('fp.photoOf', { area: r.area })} style={{ width: '100%', height: '10rem', objectFit: 'cover', borderRadius: '4px' }} />
                  </a>
                  <figcaption>
                    {p.caption} <small className="hint">{p.uploadedBy}, {i18n.instant(p.uploadedAt)}</small>
                  </figcaption>
                </figure>
              </li>
            ))}
          </ul>
          <section className="card" aria-labelledby="add-photo">
            <h3 id="add-photo">{t('fp.addPhoto')}</h3>
            <form onSubmit={(e) => {
            e.preventDefault();
            void upload.run(e.currentTarget);
          }} className="form-grid" data-testid="add-photo">
              <label>
                {t('fp.image')}
                <input name="image" type="file" accept="image/png,image/jpeg" required onChange={(e) => setFile(e.target.files?.[0])} />
              </label>
              <label>
                {t('fp.caption')}
                <input name="caption" maxLength={500} value={caption} onChange={(e) => setCaption(e.target.value)} />
              </label>
              <div>
                <button type="submit" disabled={upload.busy || !file}>
                  {t('fp.upload')}
                </button>
              </div>
            </form>
            <ErrorMessage error={upload.error} />
          </section>
        </>
      )}
    </Page>
  );
}
