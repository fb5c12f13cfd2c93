// The register of licensed companies: the authority officers of its Participant; a company's stock
// account and reports: those officers and the company's own users.
import type { RouteDef } from '../app/route';
import { CompaniesPage } from './CompaniesPage';
import { CompanyStockPage, OwnStockPage } from './StockPage';

export const companyRoutes: RouteDef[] = [
  { path: '/companies', page: CompaniesPage, title: 'nav.companies', access: 'officer', nav: true },
  { path: '/companies/:licence/stock', page: CompanyStockPage, title: 'stock.title', access: ['officer', 'company'] },
  { path: '/stock', page: OwnStockPage, title: 'nav.stock', access: 'company', nav: true },
];
