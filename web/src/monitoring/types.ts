// Monitoring findings as the API returns them: the server's shapes (src/monitoring/routes.ts, web/src/contract).
import type { Body, Ok } from '../contract';

/** A finding as listed, with its evidence in the reader's language. */
export type Finding = Ok<'/api/findings'>['findings'][number];
/** The evidence in the language asked for (GET /api/findings/{id}?lang=, src/monitoring/explain.ts). */
export type ExplainedEvidence = Finding['explained'];
/** One finding with its comments (and its evidence explained, but not in the answer to a change). */
export type FindingDetail = Ok<'/api/findings/{id}'>;
export type FindingChange = Body<'/api/findings/{id}', 'patch'>;
export type FindingType = Finding['type'];
export type Severity = Finding['severity'];
export type FindingStatus = Finding['status'];

export const SEVERITIES = ['high', 'medium', 'low'] as const satisfies readonly Severity[];
export const FINDING_STATUSES = ['open', 'acknowledged', 'closed'] as const satisfies readonly FindingStatus[];
