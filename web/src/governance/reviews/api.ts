// The peer-review endpoints; their shapes are the server's (src/governance/reviews/routes.ts, web/src/contract).
import { api, withQuery } from '../../api';
import type { Body, Ok, Query } from '../../contract';

export type Review = Ok<'/api/reviews'>['reviews'][number];
export type ReviewKind = Review['kind'];
export type ReviewStatus = Review['status'];
export type TeamMember = Review['team'][number];
export type ReviewDetail = Ok<'/api/reviews/{id}'>;
export type ActionItem = Ok<'/api/action-items/{id}/completion', 'post'>;
export type Urgency = ActionItem['urgency'];
export type DueAlerts = Ok<'/api/reviews/alerts'>;
export type DueItem = DueAlerts['items'][number];
export type DueReview = DueAlerts['reviews'][number];
export type Coverage = Ok<'/api/reviews/coverage'>;
export type CoverageYear = Coverage['years'][number];
export type NewItem = Body<'/api/action-plans/{id}/items'>;
/** the list's filter as the page holds it: the route's query, as text */
type ReviewFilter = { [K in keyof Query<'/api/reviews'>]?: string };

export const fetchReviews = (filter: ReviewFilter, signal?: AbortSignal) => api.get<Ok<'/api/reviews'>>(withQuery('/api/reviews', filter), signal);
export const fetchReview = (id: string, signal?: AbortSignal) => api.get<ReviewDetail>(`/api/reviews/${encodeURIComponent(id)}`, signal);
export const fetchCoverage = (signal?: AbortSignal) => api.get<Coverage>('/api/reviews/coverage', signal);
export const fetchDueItems = (signal?: AbortSignal) => api.get<DueAlerts>('/api/reviews/alerts', signal);
export const createReview = (body: Body<'/api/reviews'>) => api.post<ReviewDetail>('/api/reviews', body);
export const moveReview = (id: string, body: Body<'/api/reviews/{id}/status'>) => api.post<ReviewDetail>(`/api/reviews/${encodeURIComponent(id)}/status`, body);
export const shareReport = (id: string, shared: boolean) => api.put<ReviewDetail>(`/api/reviews/${encodeURIComponent(id)}/report/share`, { shared });
export const adoptReport = (id: string) => api.post<ReviewDetail>(`/api/reviews/${encodeURIComponent(id)}/report/adoption`);
export const completeItem = (id: string, evidence: string) => api.post<ActionItem>(`/api/action-items/${encodeURIComponent(id)}/completion`, { evidence });
export const setTeam = (id: string, team: TeamMember[]) => api.put<ReviewDetail>(`/api/reviews/${encodeURIComponent(id)}/team`, { team });
export const submitReport = (id: string, body: Body<'/api/reviews/{id}/report'>) => api.post<ReviewDetail>(`/api/reviews/${encodeURIComponent(id)}/report`, body);
export const createPlan = (id: string, body: Body<'/api/reviews/{id}/plans'>) => api.post<ReviewDetail>(`/api/reviews/${encodeURIComponent(id)}/plans`, body);
export const addItem = (planId: string, item: NewItem) => api.post<Ok<'/api/action-plans/{id}/items', 'post'>>(`/api/action-plans/${encodeURIComponent(planId)}/items`, item);
