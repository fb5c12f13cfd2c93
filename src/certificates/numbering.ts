// A certificate's number (pure): how it is written and read, and the numbering of a batch, its jobs
// grouped by the counter they take numbers from (issuing Participant, year of issue), and each job's
// sequence number once the counters have moved.

/**
 * The number: the issuing Participant's ISO code (EU with the member state of export), the year and a
 * sequence unique per Participant and year, e.g. ZA-2006-000123, EU-BE-2006-000045.
 */
export function formatNumber(participant: string, countryOfExport: string, year: number, seq: number): string {
  const prefix = participant === countryOfExport ? participant : `${participant}-${countryOfExport}`;
  return `${prefix}-${year}-${String(seq).padStart(6, '0')}`;
}

export const NUMBER_PATTERN = '^[A-Z]{2}(-[A-Z]{2})?-\\d{4}-\\d{6,9}$';

/** The issuing Participant a number belongs to (its first two letters). */
export function participantOfNumber(number: string): string | undefined {
  return new RegExp(NUMBER_PATTERN).test(number) ? number.slice(0, 2) : undefined;
}

export interface NumberGroup {
  participant: string;
  year: number;
  /** the jobs (indexes in the batch) numbered from this counter, in order */
  members: number[];
}

/** The batch's jobs by (issuing Participant, year of issue): each group takes that many numbers from its counter. */
export function numberGroups(batch: readonly { issuing: string; issuedAt: Date }[]): Map<string, NumberGroup> {
  const groups = new Map<string, NumberGroup>();
  batch.forEach((j, i) => {
    const year = j.issuedAt.getUTCFullYear();
    const k = `${j.issuing}:${year}`;
    const g = groups.get(k) ?? { participant: j.issuing, year, members: [] };
    g.members.push(i);
    groups.set(k, g);
  });
  return groups;
}

/** Each job's sequence number, given every group's counter after the batch took its numbers. */
export function assignSeqs(groups: Map<string, NumberGroup>, last: Map<string, number>): number[] {
  const seqs: number[] = [];
  for (const [k, g] of groups) {
    const end = last.get(k)!;
    g.members.forEach((jobIndex, n) => (seqs[jobIndex] = end - g.members.length + 1 + n));
  }
  return seqs;
}
