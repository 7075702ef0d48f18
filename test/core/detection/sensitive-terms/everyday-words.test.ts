/**
 * Sensitive facts said in everyday words, at the same depth in every language: pregnancy ("venter barn",
 * "är på smällen"), a prison term served ("did time for", "sonet en dom", "istui vankilassa"), a heart
 * condition, colour blindness, going to church. Traps: the same words about an interface, a project or a
 * visit for work.
 */
import { blocked } from './scan';

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
    ['hey, Tom is off again, his anxiety has been bad this week.'],
    ["fyi Mike is in A&E, he fell off his bike and they think it's a fracture."],
    ['Tom is a member of Unite, he wants a rep at the meeting.'],
    ['Sam is a Labour councillor in Reading.'],
    ['Fatima wears a hijab and prays at lunchtime.'],
    ['Steve has sleep apnoea and uses a CPAP machine.'],
    ['Had my gallbladder out on Friday, back next week.'],
    ['Hej, Pelle är hemma med halsfluss, tillbaka på onsdag.'],
    ['Sara har fått tillbaka sin ångest och tar det lugnt några veckor.'],
    ['Kim är bög och kommer med sin kille på julfesten.'],
    ['Per har en fartsbot og en dom for ruskjøring.'],
    ['Jonas har PTSD efter udsendelsen.'],
    ['Tuomas sai sydäninfarktin.'],
    ['Lotta käy psykologilla.'],
    ['Juha on syöpähoidoissa.'],
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
    ['We need to unite the two teams before the release.'],
    // a birth is news about a family, not health data (as parental leave is not)
    ['Quick one - Sarah had her baby on Tuesday, both doing fine.'],
    ['Lina har fått barn! En liten tjej på 3,4 kg.'],
    ['The fracture toughness of the new casing is too low, see the lab report.'],
    ['Our CPAP sensor prototype passed the pressure test.'],
    ['The counsellor at the embassy confirmed the visa rules for our consultants.'],
    ['The city councillors approved the smart parking pilot.'],
    ['Please bring crutches for the escape room props.'],
    ['Vi har release-ångest i hela teamet inför fredag.'],
    ['Det blev en hård dom for hele branchen, siger Lars.'],
    // the Swedish health line's number inside a phone number
    ['Aino Virtanen    s. 11.4.1978   044 902 1177'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(false);
  });
});
