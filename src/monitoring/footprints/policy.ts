// The policy rules of footprints (joined into the one table of http/policy.ts). Footprints and the
// photo table are the diamond experts' working material: the working group of diamond experts (WGDE),
// the working group on monitoring (WGM), the Chair and administrators; nobody else, not even the
// officers of the Participant whose areas they describe.
import { inGroup, monitoringGroup, type Rule } from '../../auth/rules.js';
import type { Actor } from '../../auth/model.js';

const WHO = 'the working group of diamond experts (WGDE members); the working group on monitoring (WGM members); the Chair; administrators';
export const diamondExperts = (a: Actor) => inGroup(a, 'WGDE') || monitoringGroup(a);

export const footprintPolicy = {
  'footprints.read': { who: `${WHO} (reference distributions and the photo table)`, allow: diamondExperts },
  'footprints.manage': { who: `${WHO} (add reference distributions and photos)`, allow: diamondExperts },
  'footprints.compare': { who: `${WHO} (compare a parcel with every reference)`, allow: diamondExperts },
} satisfies Record<string, Rule>;
