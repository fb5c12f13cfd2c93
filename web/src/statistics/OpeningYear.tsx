// A page that opens on a year: shown once the years with statistics are known (useDataYears), with
// the latest of them as its default; until then the page's heading and "Loading…".
import type { ReactNode } from 'react';
import { Loading, Page } from '../ui/Page';
import { defaultYear, useDataYears } from './useDataYears';

export function OpeningYear({ title, fallback, children }: { title: string; fallback: number; children: (year: number) => ReactNode }) {
  const year = defaultYear(useDataYears(), fallback);
  if (year === undefined) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  return <>{children(year)}</>;
}
