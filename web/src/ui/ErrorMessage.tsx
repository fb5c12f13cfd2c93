// Shows what went wrong: the server's message and, for invalid input, each detail it names.
import { ApiError, NETWORK_ERROR } from '../api';
import { useI18n } from '../i18n';

export function ErrorMessage({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  const network = error instanceof ApiError && error.code === NETWORK_ERROR;
  const message = network ? t('error.network') : error instanceof Error ? error.message : String(error);
  const details = error instanceof ApiError ? error.details : [];
  // the server writes its messages in English
  const fromServer = error instanceof ApiError && !network;
  return (
    <div className="message message-error" role="alert">
      <p>
        <strong>{title ?? t('error.title')}:</strong> <span lang={fromServer ? 'en' : undefined}>{message}</span>
      </p>
      {details.length > 0 && (
        <ul lang="en">
          {details.map((d, i) => (
            <li key={i}>
              {[d.path, d.row !== undefined ? `#${d.row}` : undefined, d.column].filter(Boolean).join(' ')}
              {(d.path || d.row !== undefined || d.column) && ': '}
              {d.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
