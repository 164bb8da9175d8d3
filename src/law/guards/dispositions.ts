import { TVPRA_ORR_TRANSFER } from '../limits.js';
import { isContiguous } from '../../domain/citizenship.js';
import { rule } from '../rule.js';
import { inForce, isFamilyChild, isUac } from './helpers.js';

/** Voluntary return / withdrawal: adults and families only; children go through TVPRA screening. */
export const canReturnVoluntarily = rule({
  id: 'canReturnVoluntarily',
  statement:
    'An adult or family may be permitted to return voluntarily or to withdraw an application for admission; an ' +
    'unaccompanied child may not, except a Mexican or Canadian child after TVPRA screening (see canRepatriateUac).',
  authority: '8 CFR 240.25; INA 235(a)(4); 8 USC 1232(a)(2), (a)(5)(D)',
  test: (c) => !isUac(c),
});

/** Repatriation of a contiguous-country child after the 48-hour TVPRA screen. */
export const canRepatriateUac = rule({
  id: 'canRepatriateUac',
  statement:
    'An unaccompanied child may be returned at once only if a national of Mexico or Canada who is not a trafficking ' +
    'victim, has no credible fear of return, and can decide independently to withdraw.',
  authority: '8 USC 1232(a)(2)(A)–(B) (TVPRA 2008)',
  test: (c) => isUac(c) && isContiguous(c.profile.citizenship) && !c.profile.fearOfReturn && !c.profile.traffickingVictim,
});

/** Unaccompanied children go to ORR within 72 hours; so does a child separated from a prosecuted parent. */
export const canTransferToOrr = rule({
  id: 'canTransferToOrr',
  statement:
    'Only an unaccompanied child is transferred to HHS/ORR, and within 72 hours (3 days) of being identified; a child ' +
    'whose parent was taken for prosecution under zero-tolerance family separation (5 May – 20 Jun 2018, between ' +
    'ports) has no parent available to care for them, so becomes an unaccompanied child and goes to ORR.',
  authority: '8 USC 1232(b)(3); 6 USC 279(g)(2); AG zero-tolerance memo (6 Apr 2018); EO 13841 (20 Jun 2018); Ms. L. v. ICE, 310 F. Supp. 3d 1133 (S.D. Cal. 26 Jun 2018)',
  test: (c, e) =>
    (isUac(c) || (isFamilyChild(c) && inForce(c, 'family-separation') && c.profile.entry === 'between-ports')) &&
    e.days <= TVPRA_ORR_TRANSFER.days,
});

/** Adults and families can be placed directly in 240 proceedings; children are, through ORR. */
export const canIssueNta = rule({
  id: 'canIssueNta',
  statement:
    'An adult or family may be issued a Notice to Appear in INA 240 proceedings; an unaccompanied child is placed in ' +
    '240 proceedings through the ORR transfer instead.',
  authority: 'INA 239, 240; 8 USC 1232(a)(5)(D)',
  test: (c) => !isUac(c),
});

/** Expedited removal: never a child; not a Cuban while the Cuban exceptions (or wet-foot/dry-foot parole) lasted. */
export const canPlaceInExpeditedRemoval = rule({
  id: 'canPlaceInExpeditedRemoval',
  statement:
    'An inadmissible adult or family may be placed in expedited removal; an unaccompanied child never (240 ' +
    'proceedings are required); a Cuban national not before 12 Jan 2017: between ports (and by sea) the ER ' +
    'designations excepted Cubans, at a land port wet-foot/dry-foot parole applied (air arrivals at ports were excepted ' +
    'by 8 CFR 235.3(b)(1)(iii)).',
  authority: 'INA 235(b)(1); 8 CFR 235.3; 8 USC 1232(a)(5)(D); 82 FR 4902 and 82 FR 4769 (13 Jan 2017)',
  test: (c) =>
    !isUac(c) &&
    !(
      c.profile.citizenship === 'CU' &&
      (c.profile.entry === 'port-of-entry' ? inForce(c, 'cuban-parole') : inForce(c, 'cuban-er-exception'))
    ),
});

/** Reinstatement of a prior removal order. */
export const canReinstate = rule({
  id: 'canReinstate',
  statement: 'A prior removal order may be reinstated only if one exists, and never against an unaccompanied child.',
  authority: 'INA 241(a)(5); 8 CFR 241.8; 8 USC 1232(a)(5)(D)',
  test: (c) => c.hasRemovalOrder && !isUac(c),
});

/** Criminal prosecution for illegal entry (and, under zero tolerance, of parents). */
export const canProsecute = rule({
  id: 'canProsecute',
  statement:
    'Only an adult who entered between ports can be prosecuted for illegal entry or re-entry (in every era), once per ' +
    'encounter; a parent in a family unit only while the zero-tolerance family separation was in force (5 May – 20 ' +
    'Jun 2018); a child never (children travelling with a parent were not referred; juveniles are prosecuted federally ' +
    'only on the Attorney General\'s certification).',
  authority: '8 USC 1325(a), 1326; 18 USC 5032; AG zero-tolerance memo (6 Apr 2018, rescinded 26 Jan 2021); EO 13841 (20 Jun 2018)',
  test: (c) =>
    c.profile.entry === 'between-ports' &&
    !c.prosecuted &&
    c.profile.age >= 18 &&
    (c.profile.demographic === 'single-adult' ||
      (c.profile.demographic === 'family-unit' && !isFamilyChild(c) && inForce(c, 'family-separation'))),
});

/** Metering: only at ports of entry on the southwest border while metering is in force, once per encounter. */
export const canMeter = rule({
  id: 'canMeter',
  statement:
    'An asylum seeker can be made to wait in Mexico for a metering slot only at a southwest port of entry while ' +
    'metering is in force (Apr 2018 – Mar 2020).',
  authority: 'CBP metering (queue management) guidance, Apr 2018; DHS-OIG OIG-19-51',
  test: (c) =>
    inForce(c, 'metering') && c.profile.entry === 'port-of-entry' && c.profile.border === 'southwest' && !c.metered,
});
