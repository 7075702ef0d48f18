/**
 * Everyday business mail with health words in idioms, product and customer names, policy reminders and
 * figures for a group: no one's data, never blocked.
 */
import { aboutWhom as about } from './scan';

const blocked = (text: string): boolean => about(text).some((f) => / sensitive/.test(f));

describe('everyday mail that names no one', () => {
  it.each([
    ['Hej! Kan du kolla om sensorn i rum 4 är död? Den har inte rapporterat sedan igår.'],
    ['Jag är helt slut efter mässan, men vilken dag!'],
    ['Kunden är galen i vår nya dashboard.'],
    ['Servern mår inte bra idag, CPU på 100 %.'],
    ['Hei, jeg er syk av spenning før demoen i morgen!'],
    ['Vi har feber på prosjektet nå, deadline fredag.'],
    ['Det var en sindssyg god demo i går.'],
    ['Koden er død og begravet, vi skriver den om.'],
    ['Moi, olen ihan kuollut tämän viikon jälkeen, mutta hyvä viikko.'],
    ['Tämä bugi on syöpä koko järjestelmälle.'],
    ["Hi all, I'm sick of this printer. Can IT replace it?"],
    ['That release was insane, great job everyone!'],
    ['We need to stop the bleeding on the support queue.'],
    ['The patient monitoring gateway passed the EMC test.'],
    ['Our client Diabetes Care AB wants a quote for 500 glucose meters.'],
    ['Reminder: flu shots are offered to everyone on Thursday in the canteen.'],
    ['The blood bank logistics pilot starts in January.'],
    ["Please don't forward sick notes by e-mail; use the HR portal."],
    ['Hej, tandläkarbesöket för teamet? Nej skämt, vi ses på fredag.'],
    ['Hei, kontoret stenger kl 15 pga julebord, kos dere!'],
    ['Kære alle, husk at melde jer til julefrokosten. Skriv om I er vegetarer.'],
    ['Vi söker en utvecklare. Vi välkomnar sökande oavsett kön, etnicitet eller funktionsnedsättning.'],
    ['Our Q3 sick leave rate fell to 2.1 %.'],
    ['The heartbeat endpoint returns 200 again.'],
    ['Kill the process and restart the pod.'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(false);
  });
});
