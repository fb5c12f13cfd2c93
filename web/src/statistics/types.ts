// Statistics as the API returns them: the server's shapes (src/statistics/routes.ts, web/src/contract).
import type { Ok } from '../contract';

export type Summary = Ok<'/api/statistics/summary'>;
export type ParticipantFigures = Summary['participants'][number];
export type Figures = Summary['world'];
export type Flow = Figures['exports'];

export type Release = Ok<'/api/statistics/releases'>['releases'][number];

export type ImportResult = Ok<'/api/statistics/import/{kind}', 'post'>;
export type Kind = ImportResult['kind'];
export type Submission = Ok<'/api/statistics/submissions/{code}'>['submissions'][number];

export type Reconciliation = Ok<'/api/statistics/reconciliation'>;
export type MirrorLine = Reconciliation['lines'][number];
export type MirrorStatus = MirrorLine['status'];
export type Amounts = MirrorLine['exports'];

export type Compliance = Ok<'/api/statistics/compliance'>;
export type ComplianceStatus = Compliance['participants'][number]['cells'][number]['status'];
export type Habitual = Ok<'/api/statistics/compliance/habitual'>;

export type Discrepancy = Ok<'/api/statistics/discrepancies/{exporter}/{importer}/{period}'>;
export type DiscrepancyStatus = Discrepancy['status'];
