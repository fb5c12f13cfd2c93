// The frame of every page: its heading (also the document title) and an optional introduction.
import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n';

export function Page({ title, intro, actions, children }: { title: string; intro?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} — ${t('app.title')}`;
  }, [title, t]);
  return (
    <article className="page">
      <header className="page-header">
        <div>
          <h1>{title}</h1>
          {intro && <p className="intro">{intro}</p>}
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </header>
      {children}
    </article>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
