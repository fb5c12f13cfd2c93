// The account endpoints administrators use.
import { api } from '../api';
import type { Role, User, UserWithTokens } from './types';

export interface NewUser {
  name: string;
  login?: string;
  /** a Participant code or an organisation id; null for installation-wide accounts */
  participant: string | null;
  roles: Role[];
  groups: string[];
  password?: string;
  /** where e-mail alerts go */
  email?: string;
  /** role company: the licence of its company in its Participant's register (tied as it is created) */
  company?: string;
}

export interface UserPatch {
  name?: string;
  roles?: Role[];
  groups?: string[];
  disabled?: boolean;
  password?: string;
  revokeTokens?: boolean;
}

export const listUsers = (signal?: AbortSignal) => api.get<{ users: UserWithTokens[] }>('/api/users', signal).then((r) => r.users);
export const createUser = (user: NewUser) => api.post<User>('/api/users', user);
export const updateUser = (id: string, patch: UserPatch) => api.patch<User>(`/api/users/${encodeURIComponent(id)}`, patch);
export const resetPassword = (id: string) => api.post<{ temporaryPassword: string; user: User }>(`/api/users/${encodeURIComponent(id)}/password-reset`, {});
export const issueToken = (id: string, label?: string) => api.post<{ token: string; user: User }>(`/api/users/${encodeURIComponent(id)}/tokens`, label ? { label } : {});

export interface Registry {
  organisations: { id: string; name: string; kind: string }[];
  workingGroups: { id: string; name: string }[];
}

export const fetchRegistryBodies = (signal?: AbortSignal) => api.get<Registry>('/api/registry', signal);
