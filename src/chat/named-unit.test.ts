import { describe, expect, it } from 'vitest';
import { namesUnit } from './named-unit.ts';

describe('namesUnit', () => {
  it('finds the noun asked, capitalised, inside a name', () => {
    expect(namesUnit('Regional Planning Department', 'department')).toBe(true);
    expect(namesUnit('She joined the Department of Water Resources in May.', 'department')).toBe(true);
    expect(namesUnit('Harbour Office, 3 Quay Street', 'office')).toBe(true);
    expect(namesUnit('FIELD SERVICES TEAM', 'team')).toBe(true);
    expect(namesUnit('Both Finance Teams sign off.', 'team')).toBe(true);
  });

  it('finds none in the noun alone, in lower case, or at the start with nothing of a name', () => {
    expect(namesUnit('Department heads met on Monday.', 'department')).toBe(false);
    expect(namesUnit('Ask the department about it.', 'department')).toBe(false);
    expect(namesUnit('Managing the Orchard Project, Lena Ortiz', 'department')).toBe(false);
    expect(namesUnit('the team met', 'team')).toBe(false);
    expect(namesUnit('Name School Start Date Job', 'school')).toBe(false);
    expect(namesUnit('The Department said no. Our Office is shut.', 'department')).toBe(false);
  });
});
