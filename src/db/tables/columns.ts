// The column types every table file shares: timestamps, revocations, salts, days, numerics.
import type { ColumnType } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** a revocation added to an existing table (null until revoked; optional on insert) */
export type RevokedAt = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
export type RevocationReason = ColumnType<string | null, string | null | undefined, string | null>;
/** a log record's secret salt (hex), null for records logged before migration 0022 */
export type Salt = ColumnType<string | null, string | null | undefined, string | null>;
/** a calendar day, yyyy-mm-dd (parsed as a string on both engines) */
export type Day = string;
/** a numeric column: read as its exact decimal text, written from a number or that text */
export type Numeric = ColumnType<string, string | number, string | number>;
export type NumericDefault = ColumnType<string, string | number | undefined, string | number>;
