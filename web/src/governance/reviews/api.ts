// The peer-review endpoints (see src/governance/reviews/routes.ts).
import { api, withQuery } from '../../api';

export type ReviewStatus = 'invited' | 'scheduled' | 'done' | 'cancelled';
export type Urgency = 'due' | 'overdue' | null;

export interface TeamMember {
  member: string;
  person: string;
  leader: boolean;
}

export interface Review {
  id: string;
  participant: string;
  kind: 'visit' | 'mission';
  status: ReviewStatus;
  purpose: string;
  basis: string | null;
  invitedOn: string;
  dueBy: string | null;
  scheduledFrom: string | null;
  scheduledTo: string | null;
  doneOn: string | null;
  cancelledReason: string | null;
  team: TeamMember[];
  reportStatus: 'submitted' | 'adopted' | null;
  sharedWithUn: boolean;
  sharedBy: string | null;
  sharedAt: string | null;
  documentsVisible: boolean;
}

export interface ActionItem {
  id: string;
  participant: string;
  planId: string;
  description: string;
  owner: string;
  deadline: string;
  status: 'open' | 'done';
  evidence: string | null;
  doneOn: string | null;
  doneBy: string | null;
  urgency: Urgency;
}

export interface DueItem extends ActionItem {
  daysLeft: number;
  planTitle: string;
  reviewId: string | null;
}

export interface ReviewDetail extends Review {
  report: { text: string; status: string; submittedAt: string | null; submittedBy: string | null; adoptedAt: string | null; adoptedBy: string | null } | null;
  recommendations: { id: string; position: number; text: string }[];
  plans: { id: string; title: string; basis: string | null; items: ActionItem[] }[];
}

export interface CoverageYear {
  year: number;
  visitsDone: number;
  missionsDone: number;
  visitsInvited: number;
  secondRound: number;
  participantsVisited: number;
  participantsInvited: number;
  participantsNotYetInvited: number;
  participants: number;
  notYetInvited: string[];
}

export interface Coverage {
  years: CoverageYear[];
  baselines: { year: number; participantsVisited: number; participantsVisitedOrInvited: number; source: string }[];
}

export const fetchReviews = (filter: { status?: string; participant?: string }, signal?: AbortSignal) => api.get<{ reviews: Review[] }>(withQuery('/api/reviews', filter), signal);
export const fetchReview = (id: string, signal?: AbortSignal) => api.get<ReviewDetail>(`/api/reviews/${encodeURIComponent(id)}`, signal);
export const fetchCoverage = (signal?: AbortSignal) => api.get<Coverage>('/api/reviews/coverage', signal);
export interface DueReview { id: string; participant: string; kind: 'visit' | 'mission'; status: ReviewStatus; purpose: string; dueBy: string; urgency: 'due' | 'overdue'; daysLeft: number }
export const fetchDueItems = (signal?: AbortSignal) => api.get<{ on: string; items: DueItem[]; reviews: DueReview[] }>('/api/reviews/alerts', signal);
export const createReview = (body: { participant: string; kind: string; purpose: string; invitedOn: string; dueBy?: string }) => api.post<ReviewDetail>('/api/reviews', body);
export const moveReview = (id: string, body: { status: ReviewStatus; scheduledFrom?: string; scheduledTo?: string; doneOn?: string; reason?: string }) => api.post<ReviewDetail>(`/api/reviews/${encodeURIComponent(id)}/status`, body);
export const shareReport = (id: string, shared: boolean) => api.put<ReviewDetail>(`/api/reviews/${encodeURIComponent(id)}/report/share`, { shared });
export const adoptReport = (id: string) => api.post<ReviewDetail>(`/api/reviews/${encodeURIComponent(id)}/report/adoption`);
export const completeItem = (id: string, evidence: string) => api.post<ActionItem>(`/api/action-items/${encodeURIComponent(id)}/completion`, { evidence });
export const setTeam = (id: string, team: TeamMember[]) => api.put<ReviewDetail>(`/api/reviews/${encodeURIComponent(id)}/team`, { team });
export const submitReport = (id: string, body: { text: string; recommendations: string[] }) => api.post<ReviewDetail>(`/api/reviews/${encodeURIComponent(id)}/report`, body);
export const createPlan = (id: string, body: { title: string; items: { description: string; owner: string; deadline: string }[] }) => api.post<ReviewDetail>(`/api/reviews/${encodeURIComponent(id)}/plans`, body);
export const addItem = (planId: string, item: { description: string; owner: string; deadline: string }) => api.post<unknown>(`/api/action-plans/${encodeURIComponent(planId)}/items`, item);
