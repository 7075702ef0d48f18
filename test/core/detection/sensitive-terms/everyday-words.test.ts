/**
 * Sensitive facts said in everyday words, at the same depth in every language: pregnancy ("venter barn",
 * "är på smällen"), a prison term served ("did time for", "sonet en dom", "istui vankilassa"), a heart
 * condition, colour blindness, going to church. Traps: the same words about an interface, a project or a
 * visit for work.
 */
import { aboutWhom as about } from './scan';

const blocked = (text: string): boolean => about(text).some((f) => / sensitive/.test(f));

describe('everyday words about a person', () => {
  it.each([
    ['Hei, Kari venter barn, termin i april.'],
    ['Hej, Anna är på smällen, beräknat i maj.'],
    ['Hi, my wife miscarried last week so I will be off.'],
    ['Hi, Dave did time for fraud, it came up in the background check.'],
    ['Hei, Per har sonet en dom for vold.'],
    ['Hej, Lasse har afsonet en dom for vold.'],
    ['Moi, Pekka on tuomittu petoksesta ehdolliseen vankeuteen.'],
    ['Hej, Peter har suttit inne för bedrägeri.'],
    ["Hi, Priya has a heart condition and shouldn't carry the boxes."],
    ['Moi, Timo sai sydänkohtauksen viime viikolla.'],
    ['Hei, Geir er fargeblind og kan ikke se forskjell på lysdiodene.'],
    ['Hej, Tove går i kyrkan varje söndag och vill inte jobba då.'],
    ['Hi, Omar goes to the mosque on Fridays, so no meetings after 12.'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(true);
  });
});

describe('the same words about no one', () => {
  it.each([
    ['Hei Geir, vi bør legge inn en fargeblind-modus i dashbordet, rød/grønn er vanskelig.'],
    ['Hi team, please add a colour-blind friendly palette to the charts in the dashboard.'],
    ['Moi, projekti on tuomittu epäonnistumaan jos aikataulu ei jousta.'],
    ['Hi Sam, I did time tracking for the sprint, 34 hours in total.'],
    ['Hej, kunden väntar barn-versionen av appen till jul.'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(false);
  });
});
