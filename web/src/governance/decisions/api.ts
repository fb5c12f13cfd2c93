// The endpoints of plenary decisions and of the three-year review.
import { api, withQuery } from '../../api';

export const TRANSLATED_LANGUAGES = ['fr', 'pt', 'es', 'ru'] as const;
export const RECOMMENDATION_STATUSES = ['not-started', 'in-progress', 'implemented', 'dropped'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export interface Plenary { id: string; name: string; place: string; startsOn: string; endsOn: string; decisions?: number }
export interface Translation { language: string; status: 'requested' | 'provided' | 'checked'; text: string | null; title?: string | null; requestedOn: string; providedOn: string | null; checkedOn: string | null; checkedBy: string | null }
export interface Decision {
  id: string;
  plenaryId: string;
  plenary: string;
  number: number;
  title: string;
  text: string;
  source: string | null;
  formallyAdoptedOn: string | null;
  documentId: string | null;
  translations: Translation[];
  adoption: { available: string[]; missing: string[]; complete: boolean; completeOn: string | null };
}
export interface Recommendation { id: string; reviewId: string; number: number | null; source: string; text: string; owner: string | null; status: RecommendationStatus; updatedAt: string; priorityIssues: string[] }
export interface RecommendationDetail extends Recommendation { updates: { id: string; at: string; author: string; from: string; to: string; evidence: string }[] }
export interface PriorityIssue { id: string; reviewId: string; number: number; title: string; recommendations: string[] }
export interface ReviewSummary { id: string; title: string; adoptedOn: string; recommendationsAdopted: number; documentId: string | null; recorded: number; byStatus: Record<RecommendationStatus, number> }

export const fetchPlenaries = (signal?: AbortSignal) => api.get<{ plenaries: Plenary[] }>('/api/plenaries', signal);
export const fetchDecisions = (filter: { plenary?: string; adopted?: string }, signal?: AbortSignal) => api.get<{ decisions: Decision[] }>(withQuery('/api/decisions', filter), signal);
export const fetchDecision = (id: string, signal?: AbortSignal) => api.get<Decision>(`/api/decisions/${encodeURIComponent(id)}`, signal);
export const recordTranslation = (id: string, language: string, body: { step: 'provide' | 'check'; text?: string; title?: string; on?: string }) => api.put<Decision>(`/api/decisions/${encodeURIComponent(id)}/translations/${language}`, body);
export const adoptDecision = (id: string) => api.post<Decision>(`/api/decisions/${encodeURIComponent(id)}/adoption`);

export const fetchRecommendations = (filter: { status?: string; owner?: string }, signal?: AbortSignal) =>
  api.get<{ reviews: ReviewSummary[]; recommendations: Recommendation[]; priorityIssues: PriorityIssue[] }>(withQuery('/api/scheme-reviews/recommendations', filter), signal);
export const fetchRecommendation = (id: string, signal?: AbortSignal) => api.get<RecommendationDetail>(`/api/scheme-reviews/recommendations/${encodeURIComponent(id)}`, signal);
export const changeRecommendation = (id: string, body: { status?: RecommendationStatus; evidence?: string; owner?: string | null }) => api.patch<RecommendationDetail>(`/api/scheme-reviews/recommendations/${encodeURIComponent(id)}`, body);

export const createPlenary = (p: { name: string; place: string; startsOn: string; endsOn: string }) => api.post<Plenary>('/api/plenaries', p);
export const createDecision = (d: { plenary: string; title: string; text: string; source?: string }) => api.post<Decision>('/api/decisions', d);
export const createRecommendation = (r: { review: string; number?: number | null; source: string; text: string; owner?: string | null }) => api.post<RecommendationDetail>('/api/scheme-reviews/recommendations', r);
export const linkPriorityIssue = (issue: string, recommendation: string, linked: boolean) =>
  (linked ? api.put<PriorityIssue>(`/api/scheme-reviews/priority-issues/${issue}/recommendations/${recommendation}`, {}) : api.delete<PriorityIssue>(`/api/scheme-reviews/priority-issues/${issue}/recommendations/${recommendation}`));
