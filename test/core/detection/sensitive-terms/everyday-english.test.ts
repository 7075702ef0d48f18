/**
 * Health said as English speakers say it at work: scans, conditions by their short names, treatments,
 * care. Traps: the same words about images, motors, housings, product series and software modules.
 */
import { blocked } from './scan';

describe('everyday English health words about a person', () => {
  it.each([
    ['Tom had an MRI yesterday and is waiting for the results.'],
    ['Anna is on antibiotics for pneumonia, back next week.'],
    ["Raj has Crohn's and needs to be near a toilet at the venue."],
    ['Jess has IBS so please pick a place with gluten free options.'],
    ["Mark needs stitches after the accident, he's resting today."],
    ['Lily is seeing her GP about the migraines again.'],
    ['Ollie is doing physio twice a week for his shoulder.'],
    ['Kate has OCD and finds open-plan offices really hard.'],
    ["My daughter has chickenpox so I'm working from home."],
    ["Greg had a vasectomy on Friday, he'll be back Wednesday."],
    ['Claire is going through the menopause and asked for a desk fan.'],
    ['Aidan has a stammer, give him time in the interview.'],
    ["Noor is observing Ramadan so we'll move the team lunch."],
    ['The background check on Daniel flagged a conviction for theft in 2018.'],
    ['Mo is a practising Muslim and would like Friday afternoons off for prayers.'],
    ['Pete is a Green Party candidate in the local elections, keep him off the council project.'],
    ["Lisa is in AA and doesn't drink at the dinner."],
    ['Kevin was off for two weeks with a slipped disc.'],
    ['Sandra has been referred to a cardiologist.'],
    ["Emily is 20 weeks along and can't lift the demo kit."],
    ['Chris has a prosthetic leg, please book the accessible room.'],
    ['Ethan is registered blind and uses a screen reader.'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(true);
  });
});

describe('the same words about things', () => {
  it.each([
    ['The app stitches the camera images together, Tom says it works.'],
    ['The motor stutters at low speed, Anna measured it yesterday.'],
    ['Our housing must be MRI compatible for the hospital customer.'],
    ['Erik thinks the GP series of gateways is end of life.'],
    ['The antibiotics market is a new segment for the cold-chain loggers.'],
    ['Per reviewed the IBS module of the billing system.'],
    ['The prosthetic hand project got its CE mark, says Anna.'],
    ['Roma is the venue for the partner summit, Tom confirmed.'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(false);
  });
});

describe('a medicine names what someone is treated for', () => {
  it.each([
    ['Hon har börjat på Sertralin och är lite trött.'],
    ['Tar Concerta sedan i våras, funkar bra.'],
    ['Jari käyttää Ozempicia.'],
    ['Kari bruker Ventoline før hun løper.'],
    ['Jeg fik Imigran af lægen.'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(true);
  });

  it.each([
    ['The Ozempic market is huge for our cold-chain loggers.'],
    ['The lyrical demo video is done, says Anna.'],
    ['The lithium cells in the gateway need a new supplier, Anna says.'],
  ])('not about a body: %s', (text) => {
    expect(blocked(text)).toBe(false);
  });
});
