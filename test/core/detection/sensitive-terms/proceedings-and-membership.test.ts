/**
 * Union membership, criminal proceedings and genetic tests as Norwegian, Danish, Swedish and Finnish mail says
 * them ("organisert i Fagforbundet", "sittet i varetekt", "epäiltynä petoksesta", "farskabssagen"). Traps:
 * the same words about teams, faults and suppliers.
 */
import { blocked } from './scan';

describe('about a person', () => {
  it.each([
    ['Bjørn er organisert i Fagforbundet.'],
    ['Ole har sittet i varetekt i to uker.'],
    ['Geir ble i 2019 dømt i Oslo tingrett for grov økonomisk utroskap.'],
    ['Mikko Laine on TEK:n jäsen ja JHL:n luottamusmies.'],
    // a union in brackets right after a person's name
    ['Arbetstagare: Fredrik Wallin (Unionen), Mikael Forsberg (Sveriges Ingenjörer)'],
    // a Bible group led by a person
    ['Jonas leder en bibelgruppe for unge voksne torsdag morgen.'],
    ['Han fikk 8 måneder betinget fengsel.'],
    ['Hun blev dømt for dokumentfalsk i 2021.'],
    ['Anna-Liisa on epäiltynä petoksesta.'],
    ['Her er DNA-resultatet for Jonas fra farskabssagen.'],
    ['Kim er under etterforskning for underslag.'],
    ['Leif är åtalad för misshandel, rättegången är i januari.'],
    ['Häntä epäillään törkeästä rattijuopumuksesta, istunto on käräjäoikeudessa tammikuussa.'],
    // charges being weighed and a pre-trial investigation, in Finnish and Swedish
    ['Petri Lindroos on poliisin esitutkinnan jälkeen syyteharkinnassa törkeästä kirjanpitorikoksesta.'],
    ['Mot Lars Berg pågår en förundersökning om bokföringsbrott.'],
    ['The principal, Thomas Grant, pleaded guilty to wire fraud in 2019 and served 18 months.'],
    // a union in the genitive before its office
    ['Jonas Vikström är Unionens klubbordförande här på Göteborgskontoret.'],
    ['Kari er Fagforbundets tillitsvalgt på lageret.'],
    // a member's card in a named person's name
    ['Det er bare et medlemskort fra Fagforbundet på navnet Even Strand i lommeboken.'],
    ['Harri on ehdolla kevään kuntavaaleissa Perussuomalaisten listalla.'],
    ["Simon told me he's standing for the Green Party in the May council elections."],
    ["She's in gender transition and has started hormone treatment."],
    ['He goes to AA every Tuesday and Thursday evening.'],
    ['Hän käy AA-ryhmässä tiistaisin.'],
    ['Andreas Tveit er bystyrerepresentant for Rødt i Drammen.'],
    ['The DBS certificate for Craig Whitfield came back and shows a caution for assault from 2019.'],
    ['Vores kollega Mikkel Brandt er transkønnet og har skiftet navn til Mille.'],
    ['Emilia Heino: huoneeseen jääkaappi, hänen insuliinikynänsä pitää säilyttää kylmässä.'],
    // an office held in a union or a party
    ['En sak kom upp: han är klubbordförande för IF Metall på sitt nuvarande jobb.'],
    ['Hun er formand for HK Midt og vil gerne tale om tillidsarbejde.'],
    ['He is chair of Unite at his current employer.'],
    // a union's workplace club written as one word, with the writer in the sentence
    ['Vi har styrelsemöte i Unionenklubben och sen jag blev vald till ordförande kan jag inte smita.'],
    ['Jag sitter i fackklubbens styrelse sedan i våras.'],
    // the office's holder named right after it
    ['Send referatet til tillidsrepræsentanten, Mette Lund, i dag.'],
    ['Mette blev valgt til tillidsrepræsentant i sidste uge.'],
    // art. 10 in Danish, Norwegian, Finnish and Swedish: reported, suspected, fined
    ['Sjællands Fragt mistænker en chauffør for tyveri. De har politianmeldt ham.'],
    ['Han regner med et forelegg eller en rettssak i vår.'],
    ['Han har godkänt ett strafföreläggande för ringa stöld.'],
    ['She explained that the tenant, Ryan Maddox, has been arrested on suspicion of burglary.'],
    ['The third, Dean Holroyd, has an enhanced DBS that shows a caution from 2016.'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(true);
  });
});

describe('about teams and faults', () => {
  it.each([
    ['Vi er organisert i tre team: backend, app og drift.'],
    ['Feilen er under etterforskning hos leverandøren, sier Ole.'],
    ['Epäilty vika on anturissa, Mikko tarkistaa.'],
    ['Yhtiötä vastaan nostettiin syyte kartellista, kertoo Mikko.'],
    ['We offer leave for family reasons regardless of religion.'],
    ['Insulinpumpen i vår demo-kit behöver nya batterier, säger Anna.'],
    ['Tom needs AA batteries for the remote.'],
    ['Prosjektet er dømt til å feile uten ny finansiering, sier Ole.'],
    // a bracket after the union that is not a name's
    ['Vi förhandlar med Unionen (tjänstemännen) i maj, säger Anna.'],
    // a union or its office as the party the workplace informs or negotiates with
    [
      'Vi skal informere og høre samarbejdsudvalget og tillidsrepræsentanten, inden det meldes ud – jeg foreslår SU-møde.',
    ],
    ['Vi ska MBL-förhandla med facket innan beslutet, säger Anna.'],
    // a union's club is no office: the club acting names no one's membership
    ['The Unionen club has asked for information under MBL §19; Anna is scheduling that.'],
    // a suspected fault or breach, a verb that presents a case: no offence
    ['Epäilty tietomurto palvelimella, Mikko tutkii lokit.'],
    ['Forelæg budgettet for Anna på mødet i morgen.'],
    ['Oppdateringen er mistenkt for å ha forårsaket nedetiden, sier Kari.'],
    // an incident looked into is no offence
    ['The outage is under investigation for now, says Tom.'],
    // English "ham" is food, not the Danish and Norwegian pronoun
    [
      'Lunch will be ham and cheese rolls, and there is a gluten-free option for anyone with coeliac disease.',
    ],
    ['Please handle this with caution for now, says Anna.'],
    ['We now have two trained Mental Health First Aiders - look for the green lanyard.'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(false);
  });
});
