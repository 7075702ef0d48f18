/**
 * Swedish personnummer (Folkbokföringslagen 18 §, Skatteverket SKV 704): `YYMMDD-NNNC`,
 * `YYMMDD+NNNC` (100 or older), `YYYYMMDD[-]NNNC`; Luhn over the ten-digit form, a real birth date
 * that is not in the future. Sole traders' organisation numbers are personnummer and are found here.
 */
import * as personnummer from '../../../identifiers/se/personnummer';
import { swedishNumberRecognizer } from './swedish-recognizer';

export const sePersonnummer = swedishNumberRecognizer({
  id: 'se-personnummer',
  scheme: personnummer,
});
