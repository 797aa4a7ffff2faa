import { describe, expect, it } from 'vitest';
import type { FundBalances } from '../../../shared/domain/Fund';
import { ApiRequestError } from '../../api/client';
import { byPurpose, sumBalances } from './balance-math';
import { DISBURSEMENT_PURPOSES } from './fund-labels';
import { validateFundSearch } from './fund-search';
import { insufficientAvailable } from './InsufficientAlert';
import { formatIsoDate, formatVnd, percentOf, startOfYearInVietnam, todayInVietnam } from './money';

const cell = (income: number, spent: number) => ({ income, spent, available: income - spent });

describe('fund balances for the tables', () => {
  const balances: FundBalances = {
    fundId: '00000000-0000-4000-8000-000000000001',
    total: cell(37_000_000, 8_000_000),
    campaigns: [
      {
        campaignId: 'a',
        campaignName: 'Mùa xuân cho em',
        total: cell(30_000_000, 8_000_000),
        byPurpose: [
          { purpose: 'scholarship', kind: 'cash', ...cell(10_000_000, 3_000_000) },
          { purpose: 'general', kind: 'cash', ...cell(20_000_000, 5_000_000) },
        ],
      },
      {
        campaignId: null,
        campaignName: null,
        total: cell(7_000_000, 0),
        byPurpose: [
          { purpose: 'scholarship', kind: 'cash', ...cell(5_000_000, 0) },
          { purpose: 'gifts', kind: 'in_kind', ...cell(2_000_000, 0) },
        ],
      },
    ],
  };

  it('adds the campaigns up by purpose and kind, and the rows up to the fund total', () => {
    const rows = byPurpose(balances.campaigns);
    expect(rows.map((r) => `${r.purpose}:${r.kind}`)).toEqual([
      'scholarship:cash',
      'general:cash',
      'gifts:in_kind',
    ]);
    expect(rows[0]?.balance).toEqual(cell(15_000_000, 3_000_000));
    expect(sumBalances(rows.map((r) => r.balance))).toEqual(balances.total);
    expect(sumBalances(balances.campaigns.map((c) => c.total))).toEqual(balances.total);
    expect(sumBalances([])).toEqual(cell(0, 0));
  });

  it('never offers "general" as the purpose of a disbursement', () => {
    expect(DISBURSEMENT_PURPOSES).not.toContain('general');
    expect(DISBURSEMENT_PURPOSES).toContain('scholarship');
  });
});

describe('money and dates', () => {
  it('writes whole đồng the Vietnamese way, and English grouping in English', () => {
    expect(formatVnd(12_000_000, 'vi')).toBe('12.000.000 đ');
    expect(formatVnd(12_000_000, 'en')).toBe('12,000,000 đ');
    expect(formatVnd(0, 'vi')).toBe('0 đ');
  });

  it('keeps bar widths between 0 and 100', () => {
    expect(percentOf(3, 12)).toBe(25);
    expect(percentOf(5, 0)).toBe(0);
    expect(percentOf(20, 10)).toBe(100);
  });

  it('takes today in Vietnam, not in the phone’s zone', () => {
    // 23:30 UTC on 31/12 is already 1 January in Vietnam (UTC+7).
    const lateUtc = new Date('2026-12-31T23:30:00Z');
    expect(todayInVietnam(lateUtc)).toBe('2027-01-01');
    expect(startOfYearInVietnam(lateUtc)).toBe('2027-01-01');
    expect(todayInVietnam(new Date('2026-06-15T10:00:00Z'))).toBe('2026-06-15');
    expect(formatIsoDate('2026-03-09')).toBe('09/03/2026');
    expect(formatIsoDate(null)).toBe('');
  });
});

describe('the fund page address and the refused payment', () => {
  it('keeps a known tab and drops anything else', () => {
    expect(validateFundSearch({ tab: 'donations' })).toEqual({ tab: 'donations' });
    expect(validateFundSearch({ tab: 'admin' })).toEqual({});
    expect(validateFundSearch({})).toEqual({});
  });

  it('reads what is left from a 409 fund.insufficient, and nothing from other errors', () => {
    const refused = new ApiRequestError(
      409,
      { code: 'CONFLICT', messageId: 'fund.insufficient', message: 'Không đủ' },
      { available: 12_000_000 },
    );
    expect(insufficientAvailable(refused)).toBe(12_000_000);
    const other = new ApiRequestError(409, {
      code: 'CONFLICT',
      messageId: 'fund.donationRestricted',
      message: '',
    });
    expect(insufficientAvailable(other)).toBeNull();
    expect(insufficientAvailable(new Error('x'))).toBeNull();
  });
});
