// The account shapes of the API (GET /api/session, /api/users).

export const ROLES = ['officer', 'company', 'customs', 'wg-member', 'observer', 'un', 'chair', 'admin', 'national-system'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  login: string;
  name: string;
  participant: string | null;
  organisation: string | null;
  roles: Role[];
  groups: string[];
  disabled: boolean;
  createdAt: string;
  /** where e-mail alerts go (notifications) */
  email?: string | null;
  /** signed in with a temporary password (an administrator's reset): the app asks for a new one first */
  mustChangePassword?: boolean;
}

export interface UserWithTokens extends User {
  tokens: number;
}

export interface SessionBody {
  user: User;
  csrfToken: string | null;
}

export function hasRole(user: User | null, role: Role): boolean {
  return !!user && user.roles.includes(role);
}
