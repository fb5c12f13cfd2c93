// Certificates' part of the policy table (joined into http/policy.ts) and its check.
import { rulebook } from '../auth/policy.js';
import { actsFor, has, isAdmin, isChair, monitoringGroup, ownParticipant, type Rule } from '../auth/rules.js';

export const certificatePolicy = {
  // certificates (src/certificates): a route knows the Participant only once the certificate is loaded,
  // so at the route `actsFor` lets through anyone acting for a Participant and the service checks
  // the tenant again with the certificate's own Participant (issuer, importer, or the checking customs).
  'certificates.issue': { who: "the exporting Participant's authority officers", allow: (a, r) => actsFor(a, r) && has(a, 'officer') },
  'certificates.read': { who: "the authority officers and customs of the issuing or the importing Participant; a licensed company, only the certificates issued on its own applications (it is the exporter)", allow: (a, r) => actsFor(a, r) && has(a, 'officer', 'customs', 'company') },
  'certificates.confirm': { who: "the importing Participant's authority officers", allow: (a, r) => actsFor(a, r) && has(a, 'officer') },
  'certificates.awaiting.read': { who: "the importing Participant's authority officers and customs (the certificates addressed to it awaiting confirmation of receipt)", allow: (a, r) => actsFor(a, r) && has(a, 'officer', 'customs') },
  'certificates.unconfirmed.sweep': { who: 'administrators (the server sweeps daily: certificates unconfirmed past expiry and the grace period alert both authorities, once)', allow: (a) => isAdmin(a) },
  'certificates.cancel': { who: "the issuing Participant's authority officers", allow: (a, r) => actsFor(a, r) && has(a, 'officer') },
  'certificates.amend': { who: "the issuing Participant's authority officers (before the import is confirmed: the replacement is issued and the original cancelled as replaced, together)", allow: (a, r) => actsFor(a, r) && has(a, 'officer') },
  'certificates.border-check': { who: "that Participant's customs and authority officers (at its border, including transit)", allow: (a, r) => actsFor(a, r) && has(a, 'customs', 'officer') },
  'certificates.verify': { who: 'anyone (a number alone shows the verdict and the issuing Participant; with the verification code, more; see certificates.verify.all)', public: true },
  'certificates.verify.all': {
    who: 'the authority officers and customs of the issuing or the importing Participant; the working group on monitoring (WGM members); the Chair; administrators (everything a look-up by number can show, without the verification code)',
    allow: (a, r) => (ownParticipant(a, r) && has(a, 'officer', 'customs')) || monitoringGroup(a),
  },
  'certificates.verification-code.renew': { who: "the issuing Participant's authority officers (a new verification code; the old one stops working)", allow: (a, r) => actsFor(a, r) && has(a, 'officer') },
  'certificates.credential.read': { who: "the holder presenting the certificate's verification code (the holder's fields); the authorities concerned (all, as certificates.verify.all); a number alone is refused (checked by the service)", public: true },
  'certificates.credential-status.read': { who: 'anyone (the status lists of the certificates\' credentials: one bit per certificate, set once it is cancelled)', public: true },
  'certificates.log.read': { who: 'anyone (the log holds hashes only)', public: true },
  'certificates.trust-list.read': { who: 'anyone', public: true },
  'certificates.keys.manage': { who: "that Participant's authority officers (its own keys); administrators", allow: (a, r) => (actsFor(a, r) && has(a, 'officer')) || isAdmin(a) },
  'certificates.chair-key.rotate': { who: "the Chair; administrators (the secretariat)", allow: (a) => isChair(a) || isAdmin(a) },
  'certificates.log-key.rotate': { who: 'administrators (the secretariat, which operates the transparency log)', allow: (a) => isAdmin(a) },
  'certificates.witness.manage': { who: 'administrators (the secretariat registers the witnesses that cosign the log)', allow: (a) => isAdmin(a) },
  'certificates.log.cosign': { who: 'anyone (a registered witness\'s cosignature is the credential, checked by the service)', public: true },
  'certificates.apply': { who: "the exporting Participant's licensed exporters (companies), for their own shipments", allow: (a, r) => actsFor(a, r) && has(a, 'company') },
  'certificates.applications.read': { who: "that Participant's authority officers (all its applications) and its companies (their own)", allow: (a, r) => actsFor(a, r) && has(a, 'officer', 'company') },
  'certificates.applications.decide': { who: "the exporting Participant's authority officers (approve: the certificate is issued; or refuse with a reason)", allow: (a, r) => actsFor(a, r) && has(a, 'officer') },
} satisfies Record<string, Rule>;

export const { authorize, can } = rulebook(certificatePolicy);
