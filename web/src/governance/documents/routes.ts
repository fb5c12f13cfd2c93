// The pages of documents: browsing and reading are open to anyone (the server shows each visitor what
// the access levels admit); publishing to the Chair, authority officers and working-group members.
import type { RouteDef } from '../../app/route';
import { DocumentsPage } from './DocumentsPage';
import { DocumentPage } from './DocumentPage';
import { NewDocumentPage } from './NewDocumentPage';

export const documentRoutes: RouteDef[] = [
  { path: '/documents', page: DocumentsPage, title: 'nav.documents', access: 'public', nav: true },
  { path: '/documents/new', page: NewDocumentPage, title: 'docs.publish', access: ['chair', 'admin', 'officer', 'wg-member'] },
  { path: '/documents/:id', page: DocumentPage, title: 'nav.documents', access: 'public' },
];
