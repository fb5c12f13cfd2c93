// The chain of a certificate: the imports a re-export draws on (with their origin), and the re-exports
// drawn on an import.
import { useI18n } from '../i18n';
import { Link } from '../app/router';
import { useFormats } from '../ui/format';
import type { CertificateStatus } from './types';

export function ChainPanel({ status }: { status: CertificateStatus }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = useFormats();
  if (!status.drawsOn && !status.drawnBy) return null;
  const link = (n: string) => (
    <Link to={`/certificates/${encodeURIComponent(n)}`} className="code">
      {n}
    </Link>
  );
  return (
    <section aria-labelledby="chain-title" data-testid="chain">
      <h2 id="chain-title">{t('chain.title')}</h2>
      {status.drawsOn && (
        <>
          <p>{t('chain.drawsOn')}</p>
          <ul>
            {status.drawsOn.map((d) => (
              <li key={d.number}>
                {link(d.number)} — {t('chain.drawn', { carats: f.carats(d.carats) })}; {t('chain.origin', { origin: d.origins ? d.origins.map((o) => i18n.country(o)).join(', ') : d.origin ? i18n.country(d.origin) : '—' })}
                {d.cancelled && ` (${t('chain.cancelled')})`}
              </li>
            ))}
          </ul>
        </>
      )}
      {status.drawnBy && (
        <>
          <p>{t('chain.drawnBy')}</p>
          <ul>
            {status.drawnBy.map((d) => (
              <li key={d.number}>
                {link(d.number)} — {t('chain.drawn', { carats: f.carats(d.carats) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
