import { describe, expect, it } from 'vitest';
import { canAccess, scopeFor, type ScopedUser } from './scope';
import { ROLES, ALL_ROLES } from './roles';

const communeOfficer: ScopedUser = {
  id: 'u1',
  role: 'commune_officer',
  unitCode: '22333',
  provinceCode: '56',
  agencyId: null,
};
const provinceOfficer: ScopedUser = {
  id: 'u2',
  role: 'province_officer',
  unitCode: '56',
  provinceCode: '56',
  agencyId: null,
};
const inspectorNational: ScopedUser = {
  id: 'u3',
  role: 'inspector',
  unitCode: null,
  provinceCode: null,
  agencyId: null,
};
const inspectorCommune: ScopedUser = {
  id: 'u4',
  role: 'inspector',
  unitCode: '22333',
  provinceCode: '56',
  agencyId: null,
};
const partner: ScopedUser = {
  id: 'u5',
  role: 'partner_agency',
  unitCode: '22333',
  provinceCode: '56',
  agencyId: 'a1',
};

describe('scopeFor', () => {
  it('gives no scope for a permission the role lacks', () => {
    expect(scopeFor(communeOfficer, 'users.manage')).toBeNull();
    expect(scopeFor(communeOfficer, 'audit.read')).toBeNull();
  });

  it('resolves the "unit" jurisdiction to the level of the user\'s own unit', () => {
    expect(scopeFor(inspectorNational, 'audit.read')).toEqual({ kind: 'national' });
    expect(scopeFor(inspectorCommune, 'audit.read')).toEqual({
      kind: 'commune',
      communeCode: '22333',
      provinceCode: '56',
    });
    expect(scopeFor({ ...inspectorCommune, unitCode: '56' }, 'audit.read')).toEqual({
      kind: 'province',
      provinceCode: '56',
    });
  });

  it('reaches nothing when an account lacks the unit or agency its jurisdiction needs', () => {
    expect(scopeFor({ ...provinceOfficer, provinceCode: null }, 'agencies.read')).toBeNull();
    expect(scopeFor({ ...partner, agencyId: null }, 'agencies.read')).toBeNull();
  });

  it('every role grants units.read and only administrators manage users', () => {
    for (const role of ALL_ROLES) {
      expect(ROLES[role].permissions['units.read']).toBe('national');
      expect('users.manage' in ROLES[role].permissions).toBe(role === 'system_admin');
    }
  });
});

describe('canAccess', () => {
  it('keeps a commune officer inside their commune', () => {
    expect(canAccess(communeOfficer, 'agencies.read', { provinceCode: '56', communeCode: '22366' })).toBe(
      true,
    ); // province jurisdiction
    expect(canAccess(provinceOfficer, 'agencies.read', { provinceCode: '01' })).toBe(false);
    expect(canAccess(inspectorCommune, 'audit.read', { communeCode: '22333' })).toBe(true);
    expect(canAccess(inspectorCommune, 'audit.read', { communeCode: '22366' })).toBe(false);
  });

  it('limits a partner agency to records addressed to its agency', () => {
    expect(canAccess(partner, 'agencies.read', { agencyIds: ['a1'] })).toBe(true);
    expect(canAccess(partner, 'agencies.read', { agencyIds: ['a2'], provinceCode: '56' })).toBe(false);
  });
});
