// The working-group endpoints.
import { api } from '../../api';

export interface Member {
  member: string;
  role: 'member' | 'coordinator';
  region: string | null;
  since: string | null;
  until: string | null;
}

export interface Group {
  id: string;
  name: string;
  chair: string;
  established: string | null;
  note: string | null;
  members: Member[];
}

export interface Meeting {
  id: string;
  group: string;
  heldOn: string;
  place: string;
  agenda: string;
  minutes: string | null;
  createdBy: string;
}

export const fetchGroups = (signal?: AbortSignal) => api.get<{ groups: Group[] }>('/api/groups', signal);
export const fetchGroup = (id: string, signal?: AbortSignal) => api.get<Group>(`/api/groups/${encodeURIComponent(id)}`, signal);
export const fetchMeetings = (id: string, signal?: AbortSignal) => api.get<{ meetings: Meeting[] }>(`/api/groups/${encodeURIComponent(id)}/meetings`, signal);
export const addMeeting = (id: string, body: { heldOn: string; place: string; agenda: string; minutes?: string | null }) => api.post<Meeting>(`/api/groups/${encodeURIComponent(id)}/meetings`, body);
export const putMember = (id: string, member: string, body: { role?: 'member' | 'coordinator'; since?: string | null; until?: string | null }) =>
  api.put<Group>(`/api/groups/${encodeURIComponent(id)}/members/${encodeURIComponent(member)}`, body);
