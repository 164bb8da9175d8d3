import { rule } from '../rule.js';
import { inForce } from './helpers.js';

export const canRemove = rule({
  id: 'canRemove',
  statement:
    'A person under a final order is removed from the US, except during the 100-day removal pause before the court ' +
    'blocked it (22–26 Jan 2021).',
  authority: 'INA 241(a); DHS memo of 20 Jan 2021 (pause), TRO in Texas v. United States (S.D. Tex. 26 Jan 2021)',
  test: (c) => c.inUS && !inForce(c, 'removal-pause'),
});

export const canRecross = rule({
  id: 'canRecross',
  statement: 'Only a person outside the US can cross again; a new crossing is a new encounter (and a crime after removal).',
  authority: '8 USC 1325, 1326; INA 212(a)(9)',
  test: (c) => !c.inUS,
});
