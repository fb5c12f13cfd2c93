// The current figures of whole years as rows of the interchange formats, for the domains that
// analyse them (monitoring). Reads the current version of every submission.
import { sql } from 'kysely';
import type { Db } from '../db/store.js';

export interface TradeFigureRow {
  reporter: string;
  period: string;
  flow: 'import' | 'export';
  partner: string;
  hs_code: string;
  carats: number;
  value_usd: number;
  certificates: number;
}

export interface ProductionFigureRow {
  reporter: string;
  period: string;
  mining: 'industrial' | 'artisanal';
  carats: number;
  value_usd: number;
}

export async function currentFigures(db: Db, years: number[]): Promise<{ trade: TradeFigureRow[]; production: ProductionFigureRow[] }> {
  const trade = await sql<{ reporter: string; period: string; flow: 'import' | 'export'; partner: string; hs_code: string; carats: string; value_usd: string; certificates: number }>`
    select t.reporter, t.period, t.flow, t.partner, t.hs_code, t.carats, t.value_usd, t.certificates
    from statistics_submissions s
    join statistics_trade t on t.reporter = s.reporter and t.period = s.period and t.version = s.version
    where s.kind = 'trade' and s.current and s.year = any(${years}::int[])`.execute(db);
  const production = await sql<{ reporter: string; period: string; mining: 'industrial' | 'artisanal'; carats: string; value_usd: string }>`
    select p.reporter, p.period, p.mining, p.carats, p.value_usd
    from statistics_submissions s
    join statistics_production p on p.reporter = s.reporter and p.period = s.period and p.version = s.version
    where s.kind = 'production' and s.current and s.year = any(${years}::int[])`.execute(db);
  return {
    trade: trade.rows.map((r) => ({ ...r, carats: Number(r.carats), value_usd: Number(r.value_usd), certificates: Number(r.certificates) })),
    production: production.rows.map((r) => ({ ...r, carats: Number(r.carats), value_usd: Number(r.value_usd) })),
  };
}
