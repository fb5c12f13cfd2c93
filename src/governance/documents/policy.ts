// The policy rules of documents (joined into the one table of http/policy.ts). Reading is open at the
// route: the service shows each caller only the documents whose access level admits it (documents/model.ts,
// `mayRead`), so lists, counts and search never name a document the caller may not read.
import { has, inGroup, isAdmin, isChair, type Rule } from '../../auth/rules.js';

export const documentPolicy = {
  'documents.read': { who: 'anyone, for the documents whose access level admits them (public; all Participants; Participants and observers; a working group; named UN bodies; the owner Participant)', public: true },
  'documents.publish': {
    who: "the Chair (secretariat); administrators; authority officers (documents their Participant owns, for a working group only one their Participant belongs to); working-group members (documents of their group; they change only those they published unless they chair the group)",
    allow: (a, r) => isChair(a) || isAdmin(a) || (has(a, 'officer') && a.participant !== null && (r.participant === undefined || a.participant === r.participant)) || (has(a, 'wg-member') && (r.group === undefined || inGroup(a, r.group))),
  },
} satisfies Record<string, Rule>;
