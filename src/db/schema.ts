// The tables as Kysely sees them: each domain's tables in db/tables/, joined here. Kept in step with
// migrations/*.sql by test/schema-types.test.ts (every table and column, its nullability).
import type { AccountTables } from './tables/accounts.js';
import type { CertificateTables } from './tables/certificates.js';
import type { CompanyTables } from './tables/companies.js';
import type { FindingTables } from './tables/findings.js';
import type { FootprintTables } from './tables/footprints.js';
import type { GovernanceTables } from './tables/governance.js';
import type { HubTables } from './tables/hub.js';
import type { NotificationTables } from './tables/notifications.js';
import type { PlatformTables } from './tables/platform.js';
import type { RegistryTables } from './tables/registry.js';
import type { ShipmentTables } from './tables/shipments.js';
import type { StatisticsTables } from './tables/statistics.js';

export type { MeasureScopeValue, ParticipantStatusValue } from './tables/registry.js';

export interface Database
  extends PlatformTables,
    RegistryTables,
    AccountTables,
    CertificateTables,
    StatisticsTables,
    FindingTables,
    GovernanceTables,
    NotificationTables,
    FootprintTables,
    ShipmentTables,
    CompanyTables,
    HubTables {}
