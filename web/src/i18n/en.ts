// The English catalogue: the reference every other language must translate key for key
// (checked by TypeScript here and by test/web-i18n.test.ts). `{name}` marks a value put in by t().
import { governanceMessages } from '../governance/messages';
import { notificationMessages } from '../notifications/messages';
import { footprintMessages } from '../monitoring/footprints/messages';
import { analysisMessages } from '../statistics/analysis/messages';
import { shipmentMessages } from '../monitoring/shipments/messages';
import { certificateMessages } from '../certificates/messages';
import { tradeMessages } from '../certificates/trade-messages';
import { stockMessages } from '../companies/stock-messages';
import { companyUserMessages } from '../companies/users-messages';
import { verifyChainMessages } from '../certificates/verify-chain-messages';
import { accountMessages } from '../auth/messages';
import { fieldMessages } from '../ui/field-messages';
import { emptyMessages } from '../ui/empty-messages';
import { issuanceMessages } from '../certificates/issuance-messages';
import { verificationMessages } from '../certificates/verification-messages';
import { registerMessages } from '../certificates/register-messages';
import { receiptMessages } from '../certificates/receipt-messages';
import { statisticsMessages } from '../statistics/messages';
import { statisticsReviewMessages } from '../statistics/review-messages';
import { findingMessages } from '../monitoring/findings-messages';

export const en = {
  'app.title': 'Kimberley Process Certification Scheme',
  'app.tagline': 'Rough-diamond certificates, statistics and Participants',
  'app.skip': 'Skip to the content',
  'app.loading': 'Loading…',
  'app.apiDocs': 'API documentation',
  'app.footer': 'The Kimberley Process keeps conflict diamonds out of the legitimate trade in rough diamonds.',
  'app.notFound': 'Page not found',
  'app.notFoundText': 'There is no page at this address.',
  'app.backHome': 'Back to the registry',
  'app.needSignIn': 'Please sign in to open this page.',
  'app.forbidden': 'Your account may not open this page.',

  'nav.label': 'Main navigation',
  'nav.registry': 'Participants',
  'nav.users': 'Users',
  'nav.audit': 'Audit log',
  'nav.signIn': 'Sign in',
  'nav.signOut': 'Sign out',
  'lang.label': 'Language',
  'user.label': 'Signed-in user',
  'user.actingFor': 'acting for {who}',

  'role.officer': 'Authority officer',
  'role.company': 'Exporter or importer',
  'role.customs': 'Customs officer',
  'role.wg-member': 'Working-group member',
  'role.observer': 'Observer',
  'role.un': 'UN body',
  'role.chair': 'Chair or secretariat',
  'role.admin': 'Administrator',
  'role.national-system': 'National system (machine)',

  'status.participant': 'Participant',
  'status.applicant': 'Applicant',
  'status.trading_entity': 'Trading entity',
  'status.suspended': 'Suspended',
  'status.removed': 'Removed',
  'status.withdrawn': 'Withdrawn',
  'status.non_participant': 'Non-participant',
  'status.none': 'Not in the registry',

  'kind.country': 'Country',
  'kind.regional_organisation': 'Regional economic integration organisation',
  'kind.trading_entity': 'Separate customs territory',

  'measure.embargo': 'UN embargo',
  'measure.sanctions': 'UN sanctions',

  'country.EU': 'European Community',
  'country.TW': 'Chinese Taipei',

  'registry.title': 'Participants of the Kimberley Process',
  'registry.intro': 'The registry as it stood on the chosen day: who may trade in rough diamonds under the scheme, who has applied to join, and who is under a UN measure.',
  'registry.date': 'Registry as of',
  'registry.today': 'Today',
  'registry.statParticipants': 'Participants',
  'registry.statCountries': 'Countries represented',
  'registry.statApplicants': 'Applicants',
  'registry.statMeasures': 'Under a UN measure',
  'registry.countsNote': 'The European Community is one Participant for its member states.',

  'map.title': 'Map of the registry',
  'map.label': 'World map: status of every country in the registry on {date}',
  'map.loading': 'Loading the map…',
  'map.legend': 'Legend',
  'map.measure': 'Under a UN measure',
  'map.hint': 'Point at a country to see its status; select a Participant to open its record.',
  'map.memberOf': 'member state of the {participant}',

  'table.title': 'Registry entries',
  'table.caption': 'Registry entries on {date}',
  'table.code': 'Code',
  'table.name': 'Name',
  'table.status': 'Status',
  'table.since': 'Since',
  'table.measures': 'UN measures',
  'table.filter': 'Search by name or code',
  'table.statusFilter': 'Status',
  'table.allStatuses': 'All statuses',
  'table.shown': 'Showing {shown} of {total}',
  'table.empty': 'No entry matches the search.',
  'table.members': 'Member states: {count}',

  'detail.back': 'Back to the registry',
  'detail.statusOn': 'Status on {date}',
  'detail.since': 'since {date}',
  'detail.code': 'Code',
  'detail.kind': 'Kind',
  'detail.language': 'Certificate language beside English',
  'detail.englishOnly': 'English only',
  'detail.validity': 'Certificate validity (days)',
  'detail.members': 'Member states on {date}',
  'detail.memberOf': 'Covered by',
  'detail.history': 'Status history',
  'detail.from': 'From',
  'detail.to': 'To',
  'detail.basis': 'Basis',
  'detail.note': 'Note',
  'detail.open': 'until now',
  'detail.yearOnly': 'only the year is known',
  'detail.measures': 'UN measures',
  'detail.measure': 'Measure',
  'detail.noMeasures': 'No UN measure has applied to this entry.',
  'detail.inForce': 'in force on the chosen day',
  'detail.authority': 'Kimberley Process authority',
  'detail.authorityName': 'Name',
  'detail.address': 'Address',
  'detail.email': 'E-mail',
  'detail.notRecorded': 'Not recorded',

  'signIn.title': 'Sign in',
  'signIn.intro': 'Sign in with the account your administrator set up for you.',
  'signIn.login': 'Login',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.busy': 'Signing in…',
  'signIn.refused': 'Wrong login or password.',
  'signIn.demoPassword': 'This account still has the public demo password: it signs in with it only on the machine that runs kpcs. Sign in there and change the password, or ask an administrator to reset it.',
  'signIn.already': 'You are signed in as {name}.',

  'users.title': 'Users',
  'users.intro': 'Accounts of the people and machines acting for a Participant or an organisation.',
  'users.list': 'All users',
  'users.name': 'Name',
  'users.login': 'Login',
  'users.actingFor': 'Acts for',
  'users.roles': 'Roles',
  'users.groups': 'Working groups',
  'users.tokens': 'API tokens',
  'users.state': 'State',
  'users.active': 'Active',
  'users.disabled': 'Disabled',
  'users.actions': 'Actions',
  'users.issueToken': 'Issue a token',
  'users.disable': 'Disable',
  'users.enable': 'Enable',
  'users.tokenTitle': 'New API token for {name}',
  'users.tokenOnce': 'Copy it now: it is shown only this once and cannot be recovered.',
  'users.copy': 'Copy',
  'users.copied': 'Copied',
  'users.close': 'Close',
  'users.create': 'Create a user',
  'users.loginHint': 'Optional: made from the name when left empty.',
  'users.nobody': 'Nobody (the whole installation)',
  'users.participants': 'Participants',
  'users.organisations': 'Organisations',
  'users.password': 'Password',
  'users.passwordHint': 'Optional: without a password the user works with API tokens only.',
  'users.submit': 'Create the user',
  'users.busy': 'Saving…',
  'users.created': 'User {name} created with the login {login}.',
  'users.needRole': 'Choose at least one role.',

  'audit.title': 'Audit log',
  'audit.intro': 'Every change is recorded in a hash chain: verifying the chain detects any entry altered, inserted or removed.',
  'audit.verify': 'Verify the chain',
  'audit.verifying': 'Verifying…',
  'audit.intact': 'The chain is intact. Entries checked: {count}.',
  'audit.broken': 'The chain is broken. Problems found: {count}.',
  'audit.head': 'Hash of the latest entry',
  'audit.problem': 'Entry {seq}: {problem}',
  'audit.seq': 'No.',
  'audit.at': 'Time',
  'audit.actor': 'Actor',
  'audit.actingFor': 'Acting for',
  'audit.action': 'Action',
  'audit.subject': 'Subject',
  'audit.details': 'Details',
  'audit.more': 'Load older entries',
  'audit.end': 'This is the first entry of the log.',








  // ---- navigation of certificates, statistics, monitoring (their pages' messages are beside them) ----
  "nav.statistics": "Statistics",
  "nav.submit": "Submit statistics",
  "nav.review": "Statistics review",
  "nav.certificates": "Certificates",
  "nav.verify": "Verify a certificate",
  "nav.findings": "Monitoring findings",
  "nav.awaiting": "To confirm",
  "nav.applications": "Applications",

  'error.title': 'Something went wrong',
  'error.network': 'The server could not be reached. Check the connection and try again.',
  'error.retry': 'Try again',
  ...governanceMessages.en,
  ...notificationMessages.en,
  ...footprintMessages.en,
  ...analysisMessages.en,
  ...shipmentMessages.en,
  ...certificateMessages.en,
  ...tradeMessages.en,
  ...stockMessages.en,
  ...companyUserMessages.en,
  ...verifyChainMessages.en,
  ...accountMessages.en,
  ...fieldMessages.en,
  ...emptyMessages.en,
  ...issuanceMessages.en,
  ...verificationMessages.en,
  ...registerMessages.en,
  ...receiptMessages.en,
  ...statisticsMessages.en,
  ...statisticsReviewMessages.en,
  ...findingMessages.en,
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = { readonly [K in MessageKey]: string };
