// The participation endpoints: applications and their checklist, status decisions, the chairs.
import { api, withQuery } from '../../api';
import type { Body, Ok } from '../../contract';

export type Application = Ok<'/api/participation/applications'>['applications'][number];
export type ApplicationDetail = Ok<'/api/participation/applications/{id}'>;
export type ChecklistItem = ApplicationDetail['checklist'][number];
export type Review = NonNullable<ChecklistItem['review']>;

export type StatusDecision = Ok<'/api/participation/decisions'>['decisions'][number];
export type DecisionKind = StatusDecision['kind'];
export const DECISION_KINDS = ['interim_measures', 'suspension', 'removal', 'readmission'] as const satisfies readonly DecisionKind[];
export type Chair = Ok<'/api/participation/chairs'>['chairs'][number];

const base = '/api/participation';

export const fetchApplications = (signal?: AbortSignal) => api.get<Ok<'/api/participation/applications'>>(`${base}/applications`, signal);
export const apply = (applicant: string) => api.post<ApplicationDetail>(`${base}/applications`, { applicant });
export const fetchApplication = (id: string, signal?: AbortSignal) => api.get<ApplicationDetail>(`${base}/applications/${encodeURIComponent(id)}`, signal);
export const putEvidence = (id: string, requirement: string, evidence: string) => api.put<ApplicationDetail>(`${base}/applications/${encodeURIComponent(id)}/checklist/${requirement}/evidence`, { evidence });
export const putReview = (id: string, requirement: string, review: Review, comment: string | null) => api.put<ApplicationDetail>(`${base}/applications/${encodeURIComponent(id)}/checklist/${requirement}/review`, { review, comment });
export const decideApplication = (id: string, body: Body<'/api/participation/applications/{id}/decision'>) => api.post<ApplicationDetail>(`${base}/applications/${encodeURIComponent(id)}/decision`, body);
export const fetchDecisions = (signal?: AbortSignal) => api.get<Ok<'/api/participation/decisions'>>(withQuery(`${base}/decisions`, {}), signal);
export const postDecision = (body: Body<'/api/participation/decisions'>) => api.post<StatusDecision>(`${base}/decisions`, body);
export const fetchChairs = (signal?: AbortSignal) => api.get<Ok<'/api/participation/chairs'>>(`${base}/chairs`, signal);
export const electViceChair = (year: number, participant: string) => api.post<Chair>(`${base}/chairs/${year}/vice-chair`, { participant });
export const rotateChair = (year: number) => api.post<Chair>(`${base}/chairs/${year}/rotation`, {});
