// Le catalogue français.
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
import type { Catalogue } from './en';

export const fr: Catalogue = {
  'app.title': 'Système de certification du Processus de Kimberley',
  'app.tagline': 'Certificats de diamants bruts, statistiques et Participants',
  'app.skip': 'Aller au contenu',
  'app.loading': 'Chargement…',
  'app.apiDocs': "Documentation de l'API",
  'app.footer': 'Le Processus de Kimberley écarte les diamants de la guerre du commerce légitime des diamants bruts.',
  'app.notFound': 'Page introuvable',
  'app.notFoundText': "Il n'y a pas de page à cette adresse.",
  'app.backHome': 'Retour au registre',
  'app.needSignIn': 'Veuillez vous connecter pour ouvrir cette page.',
  'app.forbidden': "Votre compte n'a pas accès à cette page.",

  'nav.label': 'Navigation principale',
  'nav.registry': 'Participants',
  'nav.users': 'Utilisateurs',
  'nav.audit': "Journal d'audit",
  'nav.signIn': 'Se connecter',
  'nav.signOut': 'Se déconnecter',
  'lang.label': 'Langue',
  'user.label': 'Utilisateur connecté',
  'user.actingFor': 'pour {who}',

  'role.officer': "Agent de l'autorité",
  'role.company': 'Exportateur ou importateur',
  'role.customs': 'Agent des douanes',
  'role.wg-member': 'Membre de groupe de travail',
  'role.observer': 'Observateur',
  'role.un': 'Organe des Nations Unies',
  'role.chair': 'Présidence ou secrétariat',
  'role.admin': 'Administrateur',
  'role.national-system': 'Système national (machine)',

  'status.participant': 'Participant',
  'status.applicant': 'Candidat',
  'status.trading_entity': 'Entité commerciale',
  'status.suspended': 'Suspendu',
  'status.removed': 'Radié',
  'status.withdrawn': 'Retiré',
  'status.non_participant': 'Non-participant',
  'status.none': 'Absent du registre',

  'kind.country': 'Pays',
  'kind.regional_organisation': "Organisation régionale d'intégration économique",
  'kind.trading_entity': 'Territoire douanier distinct',

  'measure.embargo': "Embargo de l'ONU",
  'measure.sanctions': "Sanctions de l'ONU",

  'country.EU': 'Communauté européenne',
  'country.TW': 'Taipei chinois',

  'registry.title': 'Participants du Processus de Kimberley',
  'registry.intro': "Le registre tel qu'il était au jour choisi : qui peut faire le commerce des diamants bruts dans le cadre du Système, qui a demandé à y participer, et qui fait l'objet d'une mesure de l'ONU.",
  'registry.date': 'Registre au',
  'registry.today': "Aujourd'hui",
  'registry.statParticipants': 'Participants',
  'registry.statCountries': 'Pays représentés',
  'registry.statApplicants': 'Candidats',
  'registry.statMeasures': "Visés par une mesure de l'ONU",
  'registry.countsNote': 'La Communauté européenne est un seul Participant pour ses États membres.',

  'map.title': 'Carte du registre',
  'map.label': 'Carte du monde : statut de chaque pays du registre au {date}',
  'map.loading': 'Chargement de la carte…',
  'map.legend': 'Légende',
  'map.measure': "Visé par une mesure de l'ONU",
  'map.hint': 'Survolez un pays pour voir son statut ; sélectionnez un Participant pour ouvrir sa fiche.',
  'map.memberOf': 'État membre de la {participant}',

  'table.title': 'Entrées du registre',
  'table.caption': 'Entrées du registre au {date}',
  'table.code': 'Code ISO',
  'table.name': 'Nom',
  'table.status': 'Statut',
  'table.since': 'Depuis',
  'table.measures': "Mesures de l'ONU",
  'table.filter': 'Rechercher par nom ou code',
  'table.statusFilter': 'Statut',
  'table.allStatuses': 'Tous les statuts',
  'table.shown': '{shown} sur {total} affichés',
  'table.empty': 'Aucune entrée ne correspond à la recherche.',
  'table.members': 'États membres : {count}',

  'detail.back': 'Retour au registre',
  'detail.statusOn': 'Statut au {date}',
  'detail.since': 'depuis le {date}',
  'detail.code': 'Code ISO',
  'detail.kind': 'Nature',
  'detail.language': "Langue des certificats, outre l'anglais",
  'detail.englishOnly': 'Anglais uniquement',
  'detail.validity': 'Validité des certificats (jours)',
  'detail.members': 'États membres au {date}',
  'detail.memberOf': 'Couvert par',
  'detail.history': 'Historique du statut',
  'detail.from': 'Début',
  'detail.to': 'Fin',
  'detail.basis': 'Fondement',
  'detail.note': 'Remarque',
  'detail.open': "jusqu'à ce jour",
  'detail.yearOnly': "seule l'année est connue",
  'detail.measures': "Mesures de l'ONU",
  'detail.measure': 'Mesure',
  'detail.noMeasures': "Aucune mesure de l'ONU ne s'est appliquée à cette entrée.",
  'detail.inForce': 'en vigueur au jour choisi',
  'detail.authority': 'Autorité du Processus de Kimberley',
  'detail.authorityName': 'Nom',
  'detail.address': 'Adresse',
  'detail.email': 'Courriel',
  'detail.notRecorded': 'Non renseigné',

  'signIn.title': 'Connexion',
  'signIn.intro': 'Connectez-vous avec le compte que votre administrateur a créé pour vous.',
  'signIn.login': 'Identifiant',
  'signIn.password': 'Mot de passe',
  'signIn.submit': 'Se connecter',
  'signIn.busy': 'Connexion…',
  'signIn.refused': 'Identifiant ou mot de passe incorrect.',
  'signIn.demoPassword': 'Ce compte a encore le mot de passe public de la démonstration : il ne se connecte avec lui que sur la machine qui fait tourner kpcs. Connectez-vous sur celle-ci et changez le mot de passe, ou demandez à un administrateur de le réinitialiser.',
  'signIn.already': 'Vous êtes connecté en tant que {name}.',

  'users.title': 'Utilisateurs',
  'users.intro': "Comptes des personnes et des machines qui agissent pour un Participant ou une organisation.",
  'users.list': 'Tous les utilisateurs',
  'users.name': 'Nom',
  'users.login': 'Identifiant',
  'users.actingFor': 'Agit pour',
  'users.roles': 'Rôles',
  'users.groups': 'Groupes de travail',
  'users.tokens': "Jetons d'API",
  'users.state': 'État',
  'users.active': 'Actif',
  'users.disabled': 'Désactivé',
  'users.actions': 'Actions',
  'users.issueToken': 'Émettre un jeton',
  'users.disable': 'Désactiver',
  'users.enable': 'Réactiver',
  'users.tokenTitle': "Nouveau jeton d'API pour {name}",
  'users.tokenOnce': "Copiez-le maintenant : il n'est affiché que cette fois et ne peut pas être récupéré.",
  'users.copy': 'Copier',
  'users.copied': 'Copié',
  'users.close': 'Fermer',
  'users.create': 'Créer un utilisateur',
  'users.loginHint': 'Facultatif : formé à partir du nom si le champ reste vide.',
  'users.nobody': "Personne (toute l'installation)",
  'users.participants': 'Participants',
  'users.organisations': 'Organisations',
  'users.password': 'Mot de passe',
  'users.passwordHint': "Facultatif : sans mot de passe, l'utilisateur travaille uniquement avec des jetons d'API.",
  'users.submit': "Créer l'utilisateur",
  'users.busy': 'Enregistrement…',
  'users.created': "L'utilisateur {name} a été créé avec l'identifiant {login}.",
  'users.needRole': 'Choisissez au moins un rôle.',

  'audit.title': "Journal d'audit",
  'audit.intro': "Chaque modification est inscrite dans une chaîne de hachage : la vérification de la chaîne révèle toute entrée modifiée, insérée ou supprimée.",
  'audit.verify': 'Vérifier la chaîne',
  'audit.verifying': 'Vérification…',
  'audit.intact': 'La chaîne est intacte. Entrées vérifiées : {count}.',
  'audit.broken': 'La chaîne est rompue. Problèmes trouvés : {count}.',
  'audit.head': 'Empreinte de la dernière entrée',
  'audit.problem': 'Entrée {seq} : {problem}',
  'audit.seq': 'N°',
  'audit.at': 'Date et heure',
  'audit.actor': 'Auteur',
  'audit.actingFor': 'Pour le compte de',
  'audit.action': 'Opération',
  'audit.subject': 'Objet',
  'audit.details': 'Détails',
  'audit.more': 'Charger les entrées plus anciennes',
  'audit.end': 'Ceci est la première entrée du journal.',








  // ---- navigation of certificates, statistics, monitoring (their pages' messages are beside them) ----
  "nav.statistics": "Statistiques",
  "nav.submit": "Soumettre des statistiques",
  "nav.review": "Examen des statistiques",
  "nav.certificates": "Certificats",
  "nav.verify": "Vérifier un certificat",
  "nav.findings": "Constats de suivi",
  "nav.awaiting": "À confirmer",
  "nav.applications": "Demandes",

  'error.title': "Une erreur s'est produite",
  'error.network': 'Le serveur est injoignable. Vérifiez la connexion et réessayez.',
  'error.retry': 'Réessayer',
  ...governanceMessages.fr,
  ...notificationMessages.fr,
  ...footprintMessages.fr,
  ...analysisMessages.fr,
  ...shipmentMessages.fr,
  ...certificateMessages.fr,
  ...tradeMessages.fr,
  ...stockMessages.fr,
  ...companyUserMessages.fr,
  ...verifyChainMessages.fr,
  ...accountMessages.fr,
  ...fieldMessages.fr,
  ...emptyMessages.fr,
  ...issuanceMessages.fr,
  ...verificationMessages.fr,
  ...registerMessages.fr,
  ...receiptMessages.fr,
  ...statisticsMessages.fr,
  ...statisticsReviewMessages.fr,
  ...findingMessages.fr,
};
