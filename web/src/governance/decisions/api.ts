// The endpoints of plenary decisions and of the three-year review; their shapes are the server's
// (src/governance/decisions/routes.ts, web/src/contract).
import { api, withQuery } from '../../api';
import type { Body, Ok, Query } from '../../contract';

export type Plenary = Ok<'/api/plenaries'>['plenaries'][number];
export type Decision = Ok<'/api/decisions/{id}'>;
export type Translation = Decision['translations'][number];
export type RecommendationDetail = Ok<'/api/scheme-reviews/recommendations/{id}'>;
export type RecommendationStatus = RecommendationDetail['status'];
export type Recommendations = Ok<'/api/scheme-reviews/recommendations'>;
export type Recommendation = Recommendations['recommendations'][number];
export type PriorityIssue = Recommendations['priorityIssues'][number];
export type ReviewSummary = Recommendations['reviews'][number];

export const TRANSLATED_LANGUAGES = ['fr', 'pt', 'es', 'ru'] as const;
export const RECOMMENDATION_STATUSES = ['not-started', 'in-progress', 'implemented', 'dropped'] as const satisfies readonly RecommendationStatus[];

/** a list's filter as the page's address holds it: the route's query, as text */
type Filter<Q> = { [K in keyof Q]?: string };

export const fetchPlenaries = (signal?: AbortSignal) => api.get<Ok<'/api/plenaries'>>('/api/plenaries', signal);
export const fetchDecisions = (filter: Filter<Query<'/api/decisions'>>, signal?: AbortSignal) => api.get<Ok<'/api/decisions'>>(withQuery('/api/decisions', filter), signal);
export const fetchDecision = (id: string, signal?: AbortSignal) => api.get<Decision>(`/api/decisions/${encodeURIComponent(id)}`, signal);
export const recordTranslation = (id: string, language: string, body: Body<'/api/decisions/{id}/translations/{language}', 'put'>) => api.put<Decision>(`/api/decisions/${encodeURIComponent(id)}/translations/${language}`, body);
export const adoptDecision = (id: string) => api.post<Decision>(`/api/decisions/${encodeURIComponent(id)}/adoption`);

export const fetchRecommendations = (filter: Filter<Query<'/api/scheme-reviews/recommendations'>>, signal?: AbortSignal) => api.get<Recommendations>(withQuery('/api/scheme-reviews/recommendations', filter), signal);
export const fetchRecommendation = (id: string, signal?: AbortSignal) => api.get<RecommendationDetail>(`/api/scheme-reviews/recommendations/${encodeURIComponent(id)}`, signal);
export const changeRecommendation = (id: string, body: Body<'/api/scheme-reviews/recommendations/{id}', 'patch'>) => api.patch<RecommendationDetail>(`/api/scheme-reviews/recommendations/${encodeURIComponent(id)}`, body);

export const createPlenary = (p: Body<'/api/plenaries'>) => api.post<Plenary>('/api/plenaries', p);
export const createDecision = (d: Body<'/api/decisions'>) => api.post<Decision>('/api/decisions', d);
export const createRecommendation = (r: Body<'/api/scheme-reviews/recommendations'>) => api.post<RecommendationDetail>('/api/scheme-reviews/recommendations', r);
export const linkPriorityIssue = (issue: string, recommendation: string, linked: boolean) =>
  (linked ? api.put<PriorityIssue>(`/api/scheme-reviews/priority-issues/${issue}/recommendations/${recommendation}`, {}) : api.delete<PriorityIssue>(`/api/scheme-reviews/priority-issues/${issue}/recommendations/${recommendation}`));
