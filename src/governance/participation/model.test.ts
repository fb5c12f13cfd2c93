// The pure rules of participation: the checklist, what blocks an admission, which status decisions apply.
import { describe, expect, it } from 'vitest';
import { admissionBlockers, decisionRefusal, DECISION_RULES, REQUIREMENTS, type ChecklistItem } from './model.js';

const item = (requirement: string, review: ChecklistItem['review']): ChecklistItem => ({ requirement, text: '', evidence: null, evidenceAt: null, review, comment: null, reviewedBy: null, reviewedAt: null });

describe('participation rules', () => {
  it('has one checklist item per minimum requirement of the core document, each named once', () => {
    expect(REQUIREMENTS).toHaveLength(11);
    expect(new Set(REQUIREMENTS.map((r) => r.id)).size).toBe(11);
    expect(REQUIREMENTS.map((r) => r.id)).toContain('no-non-participants');
  });

  it('admits only when every requirement is reviewed as met, naming each blocker', () => {
    expect(admissionBlockers(REQUIREMENTS.map((r) => item(r.id, 'met')))).toEqual([]);
    expect(admissionBlockers([item('records', 'met'), item('transit', 'not_met'), item('statistics', null)])).toEqual([
      { path: 'checklist.transit', message: 'reviewed as not met' },
      { path: 'checklist.statistics', message: 'not reviewed yet' },
    ]);
  });

  it('applies each status decision only from the statuses it is made for', () => {
    expect(decisionRefusal('suspension', 'GH', 'participant')).toBeUndefined();
    expect(String(decisionRefusal('suspension', 'GH', 'suspended'))).toBe('suspension applies to a Participant that is participant; GH is suspended');
    expect(decisionRefusal('removal', 'GH', 'suspended')).toBeUndefined();
    expect(decisionRefusal('readmission', 'CG', 'removed')).toBeUndefined();
    expect(String(decisionRefusal('readmission', 'ZA', 'participant'))).toContain('suspended or removed');
    expect(String(decisionRefusal('interim_measures', 'CM', 'applicant'))).toContain('CM is applicant');
    expect(String(decisionRefusal('suspension', 'XX', null))).toContain('not in the registry');
    expect(DECISION_RULES.interim_measures.to).toBe('participant');
    expect(DECISION_RULES.suspension.to).toBe('suspended');
  });
});
