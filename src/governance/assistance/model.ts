// Technical assistance: needs declared by Participants, offers by donors (Participants or
// organisations), matched by the coordinator into programmes. Pure rules, no I/O.

export const PROGRAMME_STATUSES = ['proposed', 'agreed', 'running', 'completed', 'cancelled'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** proposed → agreed → running → completed; cancelled from any state before completed */
const NEXT: Record<ProgrammeStatus, readonly ProgrammeStatus[]> = {
  proposed: ['agreed', 'cancelled'],
  agreed: ['running', 'cancelled'],
  running: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export function canMove(from: ProgrammeStatus, to: ProgrammeStatus): boolean {
  return NEXT[from].includes(to);
}

/** The areas the 2006 report names (internal controls, statistics, valuation, artisanal mining…) and "other". */
export const AREAS = ['internal-controls', 'statistics', 'valuation', 'artisanal-alluvial', 'legislation', 'certificates', 'other'] as const;
export type Area = (typeof AREAS)[number];

export interface Need {
  id: string;
  participant: string;
  title: string;
  description: string;
  area: Area;
  status: 'open' | 'matched' | 'withdrawn';
  declaredBy: string;
  declaredAt: string;
}

export interface Offer {
  id: string;
  donor: string;
  title: string;
  description: string;
  area: Area;
  status: 'open' | 'withdrawn';
  declaredBy: string;
  declaredAt: string;
}

export interface Programme {
  id: string;
  participant: string;
  needId: string;
  donor: string;
  offerId: string;
  title: string;
  status: ProgrammeStatus;
  startsOn: string | null;
  endsOn: string | null;
  coordinator: string;
  createdAt: string;
  updatedAt: string;
}
