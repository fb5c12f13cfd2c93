// The pages of accounts: signing in, and the administrators' user management.
import type { RouteDef } from '../app/route';
import { SignInPage } from './SignInPage';
import { UsersPage } from './UsersPage';
import { PasswordPage } from './PasswordPage';

export const authRoutes: RouteDef[] = [
  { path: '/sign-in', page: SignInPage, title: 'signIn.title', access: 'public' },
  { path: '/account/password', page: PasswordPage, title: 'password.title', access: 'signed-in' },
  { path: '/admin/users', page: UsersPage, title: 'nav.users', access: 'admin', nav: true },
];
