// The policy rules of working groups (joined into the one table of http/policy.ts). A rule's
// resource names the group and, for its management, the member that chairs it (`participant`: the
// Participant code or organisation id of the chair); before the group is loaded, any working-group
// member passes and the service checks again with the group.
import type { Actor } from '../../auth/model.js';
import { actingFor } from '../../auth/model.js';
import { has, isAdmin, isChair, type Resource, type Rule } from '../../auth/rules.js';

/** a member of the group acting for the Participant or organisation that chairs it */
const groupChair = (a: Actor, r: Resource) =>
  has(a, 'wg-member') && (r.group === undefined || (a.groups.includes(r.group) && r.participant !== undefined && actingFor(a) === r.participant));

const groupMember = (a: Actor, r: Resource) => has(a, 'wg-member') && (r.group === undefined || a.groups.includes(r.group));

export const groupPolicy = {
  'groups.read': { who: 'anyone: the working groups, their chairs and members are public', public: true },
  'groups.create': { who: 'the Chair; administrators (a new working group, a group wound up)', allow: (a) => isChair(a) || isAdmin(a) },
  'groups.manage': {
    who: "the group's chair (a member of the group acting for the Participant or organisation that chairs it); the Chair; administrators (name, chair, note, members and their dates)",
    allow: (a, r) => groupChair(a, r) || isChair(a) || isAdmin(a),
  },
  'groups.meetings.read': { who: 'the members of that working group; the Chair; administrators', allow: (a, r) => groupMember(a, r) || isChair(a) || isAdmin(a) },
  'groups.meetings.manage': {
    who: "the group's chair; the Chair; administrators (date, place, agenda, minutes)",
    allow: (a, r) => groupChair(a, r) || isChair(a) || isAdmin(a),
  },
} satisfies Record<string, Rule>;
