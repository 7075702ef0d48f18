/**
 * Dates of birth: a real, past date next to a birth word (född, f., born, date of birth, DOB,
 * fødselsdato, syntymäaika). A date alone is a meeting, a deadline or a timestamp, so the keyword is
 * REQUIRED. Personnummer are the national-id recognizers' job; this finds the date written out.
 */
import type { Recognizer, ScanEnv, Validation } from '../../types';
import { compareDates } from '../../../identifiers/checksums/dates';
import { monthNamePatterns, readWrittenDate } from './written-dates';

/** Shape (0.1) + real date (0.35) stays under 0.5: the birth word (+0.4) is required. */
const SHAPE_SCORE = 0.1;
/** Nobody alive was born more than this many years ago. */
const MAX_AGE_YEARS = 125;
/**
 * A date at least this many years back is a plausible birth date for someone named on its line (a booking
 * list: "Amanda Karlsson   1996-12-30"); a later one next to a name is a start date or a meeting.
 */
const MIN_NAMED_AGE_YEARS = 14;
/** A name on the line lifts a plausible birth date over the threshold, not a recent date (weak check). */
const NAMED_AMOUNT = 0.1;

const LEFT = '(?:^|[^\\dA-Za-z])';
const RIGHT = '(?![\\dA-Za-z]|[-/.]\\d)';

function validateBirthDate(value: string, env: ScanEnv): Validation {
  const date = readWrittenDate(value);
  if (date === null) return { kind: 'invalid', reason: 'component' };
  if (compareDates(date, env.today) >= 0) return { kind: 'invalid', reason: 'component' };
  if (env.today.year - date.year > MAX_AGE_YEARS) return { kind: 'invalid', reason: 'component' };
  // Recent dates stay possible birth dates next to a birth word ("född 2025-03-01"), too weak for a name alone.
  if (env.today.year - date.year < MIN_NAMED_AGE_YEARS)
    return { kind: 'weak', check: 'date', why: 'recent-date' };
  return { kind: 'valid', check: 'date' };
}

/** Dates of birth (`date-of-birth`, personal). */
export const dateOfBirth: Recognizer = {
  id: 'date-of-birth',
  category: 'date-of-birth',
  patterns: [
    {
      name: 'iso',
      regex: new RegExp(`${LEFT}((?:18|19|20)\\d{2}-\\d{1,2}-\\d{1,2})${RIGHT}`, 'g'),
      score: SHAPE_SCORE,
      group: 1,
    },
    {
      name: 'numeric',
      // Day first with dots, slashes or dashes, the same between each part ("12-07-1996" in a Danish list).
      regex: new RegExp(`${LEFT}(\\d{1,2}([./-])\\d{1,2}\\2(?:18|19|20)\\d{2})${RIGHT}`, 'g'),
      score: SHAPE_SCORE,
      group: 1,
    },
    ...monthNamePatterns(LEFT, RIGHT, SHAPE_SCORE),
  ],
  validate: validateBirthDate,
  namedContext: { amount: NAMED_AMOUNT },
  context: [
    {
      words: [
        'född',
        'födda',
        'f.',
        'föddes',
        'födelsedatum',
        'födelsedag',
        'födelsedagen',
        'born',
        'birth',
        'date of birth',
        'birthdate',
        'birthday',
        'dob',
        'd.o.b.',
        'd.o.b',
        'fødselsdato',
        'født',
        'fødd',
        'syntymäaika',
        'syntynyt',
        'birthdays',
        'fødselsdag',
        'fødselsdage',
        'fødselsdagene',
        'fødselsdager',
        'bursdag',
        'bursdager',
        'födelsedagar',
        'syntymäpäivä',
        'syntymäpäivät',
        'synt.',
        's.',
        'syntymäajat',
        'syntymäajan',
        'syntymäaikoja',
        'synttärit',
        'synttäri',
        'bday',
        'b-day',
      ],
      amount: 0.4,
      before: 30,
      after: 0,
    },
  ],
  // Things are "born" and "föds" too: an idea, a project or a product has a start date, not a birthday.
  negativeContext: [
    {
      words: ['idea', 'idén', 'idé', 'concept', 'konceptet', 'project', 'projektet', 'product', 'produkten'],
      amount: -0.4,
      before: 60,
      after: 0,
    },
    // A list of meetings, starts or deliveries: its dates are when things happen, not when people were born.
    {
      words: [
        'möte',
        'möten',
        'mötet',
        'møte',
        'møter',
        'møde',
        'møder',
        'meeting',
        'meetings',
        'kokous*',
        'start',
        'starts',
        'startdatum',
        'startdato',
        'börjar',
        'begynder',
        'begynner',
        'anställd sedan',
        'employed since',
        'hired',
        'anställningsdatum',
        'ansettelsesdato',
        'ansættelsesdato',
        'leverans*',
        'delivery',
        'deadline',
        'due',
      ],
      amount: -0.4,
      before: 60,
      after: 0,
      title: true,
    },
  ],
};
