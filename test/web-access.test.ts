// Who may open a page of the web app (web/src/app/route.ts `allowed`): roles, and working groups for
// the pages of one group, the way the server's policy decides (a group counts for a wg-member of it).
import { describe, expect, it } from 'vitest';
import { allowed, groupPage, type Access } from '../web/src/app/route.js';
import type { Role, User } from '../web/src/auth/types.js';

const user = (roles: Role[], groups: string[] = []): User => ({ id: 'u', login: 'u', name: 'u', participant: null, organisation: null, roles, groups, disabled: false, createdAt: '2006-01-01T00:00:00Z', email: null, mustChangePassword: false, language: null });
const may = (access: Access, u: User | null) => allowed({ access }, u);

describe('page access in the web app', () => {
  const wgs = user(['wg-member'], ['WGS']);
  const wgm = user(['wg-member'], ['WGM']);
  const wgde = user(['wg-member'], ['WGDE']);
  const officer = user(['officer']);
  const chair = user(['chair']);
  const admin = user(['admin']);

  it('keeps the role forms: public, signed-in, a role, a list of roles', () => {
    expect(may('public', null)).toBe(true);
    expect(may('signed-in', null)).toBe(false);
    expect(may('signed-in', officer)).toBe(true);
    expect(may('officer', officer)).toBe(true);
    expect(may('officer', wgs)).toBe(false);
    expect(may(['wg-member', 'chair'], wgs)).toBe(true);
    expect(may(['customs', 'chair'], officer)).toBe(false);
  });

  it('a page of the diamond experts (footprints: WGDE, WGM, Chair, administrators): not a WGS member', () => {
    const footprints = groupPage('WGDE', 'WGM');
    expect([wgde, wgm, chair, admin].map((u) => may(footprints, u))).toEqual([true, true, true, true]);
    expect(may(footprints, wgs)).toBe(false);
    expect(may(footprints, officer)).toBe(false);
    expect(may(footprints, null)).toBe(false);
  });

  it('a group counts only for a wg-member of it; roles and groups combine', () => {
    expect(may(groupPage('WGM'), user(['officer'], ['WGM']))).toBe(false);
    expect(may(groupPage('WGS'), user(['officer', 'wg-member'], ['PC', 'WGS']))).toBe(true);
    const annualReports: Access = { roles: ['officer', 'chair', 'admin'], groups: ['WGM'] };
    expect([officer, wgm, chair].map((u) => may(annualReports, u))).toEqual([true, true, true]);
    expect(may(annualReports, wgs)).toBe(false);
    expect(may({ groups: ['PC'] }, user(['wg-member'], ['PC']))).toBe(true);
    expect(may({ groups: ['PC'] }, chair)).toBe(false);
    expect(may({}, admin)).toBe(false);
  });
});
