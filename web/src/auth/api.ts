// The account endpoints administrators use; their shapes are the server's (web/src/contract).
import { api } from '../api';
import type { Body, Ok } from '../contract';
import type { User } from './types';

export type NewUser = Body<'/api/users'>;
export type UserPatch = Body<'/api/users/{id}', 'patch'>;

export const listUsers = (signal?: AbortSignal) => api.get<Ok<'/api/users'>>('/api/users', signal).then((r) => r.users);
export const createUser = (user: NewUser) => api.post<User>('/api/users', user);
export const updateUser = (id: string, patch: UserPatch) => api.patch<User>(`/api/users/${encodeURIComponent(id)}`, patch);
export const resetPassword = (id: string) => api.post<Ok<'/api/users/{id}/password-reset', 'post'>>(`/api/users/${encodeURIComponent(id)}/password-reset`, {});
export const issueToken = (id: string, label?: string) => api.post<Ok<'/api/users/{id}/tokens', 'post'>>(`/api/users/${encodeURIComponent(id)}/tokens`, label ? { label } : {});

export type Registry = Ok<'/api/registry'>;

export const fetchRegistryBodies = (signal?: AbortSignal) => api.get<Registry>('/api/registry', signal);
