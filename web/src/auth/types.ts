// The account shapes of the API (GET /api/session, /api/users), as the server declares them (web/src/contract).
import type { Ok } from '../contract';

export type SessionBody = Ok<'/api/session'>;
export type User = SessionBody['user'];
export type Role = User['roles'][number];
export type UserWithTokens = Ok<'/api/users'>['users'][number];

/** the roles in the order the forms offer them */
export const ROLES = ['officer', 'company', 'customs', 'wg-member', 'observer', 'un', 'chair', 'admin', 'national-system'] as const satisfies readonly Role[];

export function hasRole(user: User | null, role: Role): boolean {
  return !!user && user.roles.includes(role);
}
