// The participation endpoints: applications and their checklist, status decisions, the chairs.
import { api, withQuery } from '../../api';

export type Review = 'met' | 'not_met';

export interface ChecklistItem {
  requirement: string;
  text: string;
  evidence: string | null;
  evidenceAt: string | null;
  review: Review | null;
  comment: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export interface Application {
  id: string;
  applicant: string;
  applicantName: string;
  registryStatus: string | null;
  status: 'submitted' | 'admitted' | 'refused';
  submittedOn: string;
  note: string | null;
  decidedOn: string | null;
  decisionReason: string | null;
  decidedBy: string | null;
  met: number;
  total: number;
}

export interface ApplicationDetail extends Application {
  checklist: ChecklistItem[];
}

export const DECISION_KINDS = ['interim_measures', 'suspension', 'removal', 'readmission'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface StatusDecision {
  id: string;
  participant: string;
  kind: DecisionKind;
  effectiveOn: string;
  reason: string;
  basis: string;
  decidedBy: string;
}

export interface Chair {
  year: number;
  chair: string;
  viceChair: string | null;
}

const base = '/api/participation';

export const fetchApplications = (signal?: AbortSignal) => api.get<{ applications: Application[] }>(`${base}/applications`, signal);
export const apply = (applicant: string) => api.post<ApplicationDetail>(`${base}/applications`, { applicant });
export const fetchApplication = (id: string, signal?: AbortSignal) => api.get<ApplicationDetail>(`${base}/applications/${encodeURIComponent(id)}`, signal);
export const putEvidence = (id: string, requirement: string, evidence: string) => api.put<ApplicationDetail>(`${base}/applications/${encodeURIComponent(id)}/checklist/${requirement}/evidence`, { evidence });
export const putReview = (id: string, requirement: string, review: Review, comment: string | null) => api.put<ApplicationDetail>(`${base}/applications/${encodeURIComponent(id)}/checklist/${requirement}/review`, { review, comment });
export const decideApplication = (id: string, body: { decision: 'admit'; admittedOn: string } | { decision: 'refuse'; reason: string }) => api.post<ApplicationDetail>(`${base}/applications/${encodeURIComponent(id)}/decision`, body);
export const fetchDecisions = (signal?: AbortSignal) => api.get<{ decisions: StatusDecision[] }>(withQuery(`${base}/decisions`, {}), signal);
export const postDecision = (body: { participant: string; kind: DecisionKind; effectiveOn: string; reason: string; basis: string }) => api.post<StatusDecision>(`${base}/decisions`, body);
export const fetchChairs = (signal?: AbortSignal) => api.get<{ chairs: Chair[] }>(`${base}/chairs`, signal);
export const electViceChair = (year: number, participant: string) => api.post<Chair>(`${base}/chairs/${year}/vice-chair`, { participant });
export const rotateChair = (year: number) => api.post<Chair>(`${base}/chairs/${year}/rotation`, {});
