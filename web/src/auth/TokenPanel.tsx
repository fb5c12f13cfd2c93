// A freshly issued API token: shown this once, with a copy button.
import { useI18n } from '../i18n';
import { CopyButton } from '../ui/CopyButton';

export function TokenPanel({ name, token, onClose }: { name: string; token: string; onClose(): void }) {
  const { t } = useI18n();
  return (
    <section className="card token-panel" role="status" aria-labelledby="token-title">
      <h2 id="token-title">{t('users.tokenTitle', { name })}</h2>
      <p>{t('users.tokenOnce')}</p>
      <div className="token-row">
        <code data-testid="new-token" className="token">
          {token}
        </code>
        <CopyButton text={token} />
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('users.close')}
        </button>
      </div>
    </section>
  );
}
