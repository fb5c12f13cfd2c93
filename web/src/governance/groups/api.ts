// The working-group endpoints; their shapes are the server's (web/src/contract).
import { api } from '../../api';
import type { Body, Ok } from '../../contract';

export type Group = Ok<'/api/groups/{id}'>;
export type Member = Group['members'][number];
export type Meeting = Ok<'/api/groups/{id}/meetings', 'post'>;

export const fetchGroups = (signal?: AbortSignal) => api.get<Ok<'/api/groups'>>('/api/groups', signal);
export const fetchGroup = (id: string, signal?: AbortSignal) => api.get<Group>(`/api/groups/${encodeURIComponent(id)}`, signal);
export const fetchMeetings = (id: string, signal?: AbortSignal) => api.get<Ok<'/api/groups/{id}/meetings'>>(`/api/groups/${encodeURIComponent(id)}/meetings`, signal);
export const addMeeting = (id: string, body: Body<'/api/groups/{id}/meetings'>) => api.post<Meeting>(`/api/groups/${encodeURIComponent(id)}/meetings`, body);
export const putMember = (id: string, member: string, body: Body<'/api/groups/{id}/members/{member}', 'put'>) =>
  api.put<Group>(`/api/groups/${encodeURIComponent(id)}/members/${encodeURIComponent(member)}`, body);
