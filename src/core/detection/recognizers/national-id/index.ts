/** Civil registration numbers of the Nordic countries, the UK and the US, identity documents, and the company numbers that look like them (suppressors). */
import type { Recognizer } from '../../types';
import { sePersonnummer } from './se-personnummer';
import { seSamordningsnummer } from './se-samordningsnummer';
import { seInterimsnummer } from './se-interimsnummer';
import { seOrganisationsnummer } from './se-organisationsnummer';
import { noFodselsnummer } from './no-fodselsnummer';
import { dkCpr } from './dk-cpr';
import { fiHetu } from './fi-hetu';
import { gbNino } from './gb-nino';
import { usSsn } from './us-ssn';
import { identityDocument } from './identity-document';

/** In tie-breaking order: the more specific recognizer first. */
export const NATIONAL_ID_RECOGNIZERS: readonly Recognizer[] = [
  seOrganisationsnummer,
  fiHetu,
  sePersonnummer,
  seSamordningsnummer,
  seInterimsnummer,
  noFodselsnummer,
  dkCpr,
  gbNino,
  usSsn,
  identityDocument,
];

export {
  dkCpr,
  fiHetu,
  gbNino,
  identityDocument,
  noFodselsnummer,
  seInterimsnummer,
  seOrganisationsnummer,
  sePersonnummer,
  seSamordningsnummer,
  usSsn,
};
