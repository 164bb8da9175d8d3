// The family-unit docket (EOIR FAMU tracking from 16 Nov 2018, the Dedicated Docket from 28 May 2021) is its own
// first-come-first-served queue: which cases go on it, FIFO order within it, conservation, and the metamorphic
// properties extended to it (more judges never raise its pending caseload; unlimited capacity = no queue).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CapacitySet } from '../../src/capacity/capacity-set.js';
import { parseChange } from '../../src/capacity/changes.js';
import { HISTORY_EPOCH, CapacityModel } from '../../src/capacity/hooks.js';
import { DEDICATED_DOCKET_FROM, onFamilyDocket, personUniform } from '../../src/capacity/family-docket.js';
import { dayNumber } from '../../src/domain/dates.js';
import { makeProfile, type MigrantProfile } from '../../src/domain/profile.js';
import { RESOURCE } from '../../src/history/capacity-hooks.js';
import { FC } from '../helpers/law.js';

const family = makeProfile({ citizenship: 'GT', demographic: 'family-unit', entry: 'between-ports' });
const familyPort = makeProfile({ citizenship: 'GT', demographic: 'family-unit', entry: 'port-of-entry' });
const single = makeProfile({ citizenship: 'GT', demographic: 'single-adult', entry: 'between-ports' });
const day = (iso: string) => dayNumber(iso) - HISTORY_EPOCH;
const set = new CapacitySet();

/** A model without the initial stock and exogenous receipts: only the cases the test sends. */
const bare = (input: ConstructorParameters<typeof CapacityModel>[0] = {}) => new CapacityModel({ initialStock: false, exogenousReceipts: false, ...input });

describe('the family-unit docket', () => {
  it('takes family-unit cases only, from 16 Nov 2018, in the intake share (a fixed hash of the person)', () => {
    const before = dayNumber('2018-11-15');
    const during = dayNumber('2019-03-01');
    let taken = 0;
    for (let p = 0; p < 4000; p++) {
      expect(onFamilyDocket(set, before, family, p)).toBe(false);
      expect(onFamilyDocket(set, during, single, p)).toBe(false);
      if (onFamilyDocket(set, during, family, p)) taken++;
      expect(onFamilyDocket(set, during, family, p)).toBe(personUniform(p) < set.on('family-docket-intake', during));
    }
    expect(taken / 4000).toBeCloseTo(set.on('family-docket-intake', during), 1);
  });

  it('from 28 May 2021 (Dedicated Docket) only families apprehended between ports, at the Dedicated Docket intake', () => {
    const d = DEDICATED_DOCKET_FROM + 10;
    for (let p = 0; p < 2000; p++) expect(onFamilyDocket(set, d, familyPort, p)).toBe(false);
    const taken = Array.from({ length: 20000 }, (_, p) => onFamilyDocket(set, d, family, p)).filter(Boolean).length;
    expect(taken / 20000).toBeCloseTo(0.045, 2);
  });

  it('a family case received by the court waits for its turn on the family docket; a single adult goes to the general docket', () => {
    const m = bare();
    const p = Array.from({ length: 200 }, (_, i) => i).find((i) => onFamilyDocket(m.set, dayNumber('2019-03-01'), family, i))!;
    m.startDay(day('2019-03-01'));
    m.courtReceipt(day('2019-03-01'), p, family);
    m.courtReceipt(day('2019-03-01'), 100_000, single);
    expect(m.court.dockets.family.bookings).toBe(1);
    expect(m.court.dockets.general.bookings).toBe(1);
  });

  it('property: FIFO within the family docket — a family case received later is never heard before one received earlier', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 900 }), { minLength: 2, maxLength: 200 }), (offsets) => {
        const m = bare();
        const start = day('2018-12-01');
        const receipts = offsets.map((o) => start + o).sort((a, b) => a - b);
        const people = receipts.map((_, i) => i).filter((i) => onFamilyDocket(m.set, dayNumber('2019-03-01'), family, i));
        const heard: { received: number; at: number }[] = [];
        people.forEach((person, k) => {
          const r = receipts[k]!;
          m.startDay(r);
          m.courtReceipt(r, person, family);
          // The first hearing is asked on the receipt day; the answer is the day the docket reaches the case.
          heard.push({ received: r, at: m.request(RESOURCE.courtHearing, r, person, family) });
        });
        for (let i = 1; i < heard.length; i++) expect(heard[i]!.at).toBeGreaterThanOrEqual(heard[i - 1]!.at);
        for (const h of heard) expect(h.at).toBeGreaterThanOrEqual(h.received);
      }),
      FC,
    );
  });

  it('property: conservation on the family docket — received = heard by a day + pending at its end', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 700 }), { maxLength: 300 }), (offsets) => {
        const m = bare();
        const start = day('2018-12-01');
        const receipts = offsets.map((o) => start + o).sort((a, b) => a - b);
        receipts.forEach((r, i) => {
          m.startDay(r);
          if (onFamilyDocket(m.set, r + HISTORY_EPOCH, family, i)) m.courtReceipt(r, i, family);
        });
        const dk = m.court.dockets.family;
        const end = dayNumber('2021-09-30');
        const heard = Array.from(dk.served).reduce((s, v, i) => s + (m.window.first + i <= end ? v : 0), 0);
        expect(heard + dk.pendingAt([end]).pending[0]!).toBe(dk.bookings);
      }),
      FC,
    );
  });

  it('metamorphic: more judges never raise the family docket\'s pending caseload at any month end (same receipts)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.constantFrom('2018-10', '2019-06', '2020-10'), (extra, from) => {
        const run = (changes: string[]) => {
          const m = bare({ changes: changes.map((c) => parseChange(c)) });
          for (let i = 0; i < 3000; i++) {
            const r = day('2018-11-20') + Math.floor(i / 6);
            m.startDay(r);
            m.courtReceipt(r, i, family);
          }
          const ends = Array.from({ length: 34 }, (_, k) => dayNumber(`${2018 + Math.floor((k + 11) / 12)}-${String(((k + 11) % 12) + 1).padStart(2, '0')}-01`) - 1);
          return m.court.dockets.family.pendingAt(ends).pending;
        };
        const base = run([]);
        const more = run([`judges=+${extra}@${from}`]);
        more.forEach((p, i) => expect(p).toBeLessThanOrEqual(base[i]!));
      }),
      { ...FC, numRuns: Math.min(FC.numRuns, 20) },
    );
  });

  it('unlimited capacity: the family case is heard on its receipt day (no queue)', () => {
    const m = new CapacityModel({ unlimited: true });
    const p = Array.from({ length: 200 }, (_, i) => i).find((i) => onFamilyDocket(m.set, dayNumber('2019-03-01'), family, i))!;
    m.startDay(day('2019-03-01'));
    m.courtReceipt(day('2019-03-01'), p, family as MigrantProfile);
    expect(m.request(RESOURCE.courtHearing, day('2019-03-01'), p, family)).toBe(day('2019-03-01'));
  });
});
