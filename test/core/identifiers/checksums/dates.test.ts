import {
  ageOn,
  compareDates,
  daysInMonth,
  isFuture,
  isLeapYear,
  isRealDate,
  swedishFullYear,
  twoDigits,
} from '../../../../src/core/identifiers/checksums/dates';

const today = { year: 2026, month: 11, day: 25 };

describe('dates', () => {
  it.each([
    [2000, true],
    [1900, false],
    [2024, true],
    [2026, false],
    [2400, true],
  ])('leap year %i: %s', (year, leap) => expect(isLeapYear(year)).toBe(leap));

  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2026, 4, 31, false],
    [2026, 12, 31, true],
    [2026, 13, 1, false],
    [2026, 0, 1, false],
    [2026, 1, 0, false],
  ])('%i-%i-%i real: %s', (y, m, d, real) => expect(isRealDate(y, m, d)).toBe(real));

  it('counts days per month', () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 9)).toBe(30);
    expect(daysInMonth(2026, 14)).toBe(0);
  });

  it.each([
    // yy, month, day, plus, expected year
    [85, 7, 9, false, 1985],
    [26, 11, 25, false, 2026],
    [26, 11, 26, false, 1926],
    [9, 5, 27, true, 1909],
    [0, 2, 29, false, 2000],
    [15, 0, 0, false, 2015],
    [26, 0, 0, true, 1926],
  ])('Swedish century of %i-%i-%i (+: %s) is %i', (yy, m, d, plus, year) => {
    expect(swedishFullYear(yy, m, d, plus, today)).toBe(year);
  });

  it('orders dates and spots the future', () => {
    expect(compareDates({ year: 2026, month: 1, day: 1 }, today)).toBeLessThan(0);
    expect(isFuture({ year: 2026, month: 11, day: 26 }, today)).toBe(true);
    expect(isFuture(today, today)).toBe(false);
  });

  it('computes age and parses two digits', () => {
    expect(ageOn({ year: 1926, month: 11, day: 25 }, today)).toBe(100);
    expect(ageOn({ year: 1926, month: 11, day: 26 }, today)).toBe(99);
    expect(twoDigits('x07y', 1)).toBe(7);
    expect(twoDigits('x0a', 1)).toBeNaN();
  });
});
