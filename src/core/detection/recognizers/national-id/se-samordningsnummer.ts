/**
 * Swedish samordningsnummer (Folkbokföringslagen 18 a §, Skatteverket SKV 707): a personnummer whose
 * day is raised by 60. Skatteverket's test numbers also use month 00 and written day 60 for an
 * unknown birth date: accepted as `weak`, so they need a keyword to be reported.
 */
import * as samordningsnummer from '../../../identifiers/se/samordningsnummer';
import { swedishNumberRecognizer } from './swedish-recognizer';

export const seSamordningsnummer = swedishNumberRecognizer({
  id: 'se-samordningsnummer',
  scheme: samordningsnummer,
});
