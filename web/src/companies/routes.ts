// The register of licensed companies: the authority officers of its Participant.
import type { RouteDef } from '../app/route';
import { CompaniesPage } from './CompaniesPage';

export const companyRoutes: RouteDef[] = [{ path: '/companies', page: CompaniesPage, title: 'nav.companies', access: 'officer', nav: true }];
