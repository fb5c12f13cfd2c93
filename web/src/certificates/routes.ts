// The pages of certificates: the authority officers' list, issue form and certificate page, and the
// public verification (its address is the one the QR code of the printed certificate carries).
import type { RouteDef } from '../app/route';
import { CertificatesPage } from './CertificatesPage';
import { ApplyPage, IssuePage } from './IssuePage';
import { ApplicationsPage } from './ApplicationsPage';
import { CertificatePage } from './CertificatePage';
import { VerifyPage } from './VerifyPage';
import { AwaitingPage } from './AwaitingPage';

export const certificateRoutes: RouteDef[] = [
  { path: '/certificates', page: CertificatesPage, title: 'nav.certificates', access: ['officer', 'customs'], nav: true },
  { path: '/certificates/awaiting', page: AwaitingPage, title: 'nav.awaiting', access: ['officer', 'customs'], nav: true },
  { path: '/certificates/new', page: IssuePage, title: 'nav.certificates', access: 'officer' },
  { path: '/certificates/:number', page: CertificatePage, title: 'nav.certificates', access: ['officer', 'customs'] },
  { path: '/applications', page: ApplicationsPage, title: 'nav.applications', access: ['officer', 'company'], nav: true },
  { path: '/applications/new', page: ApplyPage, title: 'nav.applications', access: 'company' },
  { path: '/verify', page: VerifyPage, title: 'nav.verify', access: 'public', nav: true },
  { path: '/verify/:number', page: VerifyPage, title: 'nav.verify', access: 'public' },
];
