import { dateOfBirth } from '../../../../src/core/detection/recognizers/personal';
import { readWrittenDate } from '../../../../src/core/detection/recognizers/personal/written-dates';
import { scan, values } from './helpers';

describe('date-of-birth', () => {
  it.each([
    ['ISO date after född', 'Anna Svensson, född 1985-05-12, börjar måndag.', '1985-05-12', 'keyword:född'],
    ['f. abbreviation', 'Erik Berg (f. 12.5.1985) är ny kund', '12.5.1985', 'keyword:f.'],
    ['Swedish month name', 'Födelsedatum: 12 maj 1985', '12 maj 1985', 'keyword:födelsedatum'],
    ['English day-month', 'Born 5 May 1985 in Lund', '5 May 1985', 'keyword:born'],
    ['English month-day', 'Date of birth: May 5, 1985', 'May 5, 1985', 'keyword:date of birth'],
    ['DOB with slashes', 'DOB 12/05/1985', '12/05/1985', 'keyword:dob'],
    ['Norwegian', 'Fødselsdato 01.02.1990', '01.02.1990', 'keyword:fødselsdato'],
    ['Finnish', 'Syntymäaika 3.4.1979', '3.4.1979', 'keyword:syntymäaika'],
    ['Finnish birthday list', 'joulukuun synttärit: Mari Lahti 5.12.1990', '5.12.1990', 'keyword:synttärit'],
    ['Finnish s. (syntynyt)', 'Aleksi Koivisto, s. 23.4.1987', '23.4.1987', 'keyword:s.'],
    ['US month-first form', 'Date of birth: 03/14/1988', '03/14/1988', 'keyword:date of birth'],
    ['Danish with dashes', 'Fødselsdato: 12-07-1996', '12-07-1996', 'keyword:fødselsdato'],
  ])('finds %s', (_name, text, value, keyword) => {
    const findings = scan(text, [dateOfBirth]);
    expect(values(findings)).toEqual([value]);
    expect(findings[0]?.category).toBe('date-of-birth');
    expect(findings[0]?.reasons).toEqual(['check:date', keyword]);
  });

  it.each([
    ['a meeting date (tricky case)', 'Mötet är 2024-05-12 kl 10'],
    ['a date without a birth word', 'Leverans 12 maj 1985 enligt arkivet'],
    ['in the future', 'Född 2030-01-01 enligt planen'],
    ['today is not a birth date yet', 'Född 2026-11-25'],
    ['not a real date', 'Född 1985-02-30'],
    ['unknown month name', 'Född 12 foo 1985'],
    ['too old to be alive', 'Born 1850-01-01'],
    ['a timestamp', 'DOB field updated 2024-05-12T10:22:01Z'],
    ['a version', 'f. 2024.05.12'],
    ['separators that differ', 'Fødselsdato: 12-07.1996'],
    ['an idea is born', 'The idea was born at our hackathon on 2024-02-01.'],
    ['a project is born', 'Projektet föddes på en workshop 2023-09-14.'],
  ])('no finding: %s', (_name, text) => {
    expect(scan(text, [dateOfBirth])).toEqual([]);
  });

  it.each([
    ['1985-05-12', { year: 1985, month: 5, day: 12 }],
    ['12.5.1985', { year: 1985, month: 5, day: 12 }],
    ['12 maj 1985', { year: 1985, month: 5, day: 12 }],
    ['12. mai 1985', { year: 1985, month: 5, day: 12 }],
    ['May 5th, 1985', { year: 1985, month: 5, day: 5 }],
    ['29 februari 2000', { year: 2000, month: 2, day: 29 }],
    ['29 februari 1900', null],
    ['31/04/1985', null],
    ['03/14/1988', { year: 1988, month: 3, day: 14 }],
    ['04/05/1988', { year: 1988, month: 5, day: 4 }],
    ['03.14.1988', null],
  ])('reads %s', (text, date) => {
    expect(readWrittenDate(text)).toEqual(date);
  });
});

describe('a plausible birth date next to a name', () => {
  const list = (dates: readonly string[]): string =>
    `The names for the booking:\n\n${['Per Lindgren', 'Amanda Karlsson'].map((n, i) => `${n.padEnd(18)}${dates[i] ?? ''}`).join('\n')}`;

  it('a list of people with dates decades back is their birth dates', () => {
    expect(values(scan(list(['1979-11-02', '1996-12-30']), [dateOfBirth]))).toEqual([
      '1979-11-02',
      '1996-12-30',
    ]);
  });

  it.each([
    ['recent dates next to names are starts or meetings', list(['2026-03-01', '2025-11-12'])],
    ['a list of meetings', 'Möten i höst:\nAnna Berg 3 februari 1995'],
  ])('%s', (_name, text) => {
    expect(values(scan(text, [dateOfBirth]))).toEqual([]);
  });

  it('a birth word still finds a recent birth date', () => {
    expect(values(scan('Lilla Ebba född 2025-03-01.', [dateOfBirth]))).toEqual(['2025-03-01']);
  });
});
