/** Vinnter AB:s e-postpolicy på svenska (översättning av den publicerade texten, med Mail Guards klausuletiketter). */
import type { PolicyDocument } from './types';

export const POLICY_SV: PolicyDocument = {
  intro: 'Den här policyn reglerar hur vi på Vinnter använder vår e-post.',
  sections: [
    {
      heading: 'Så ska vi arbeta',
      blocks: [
        {
          kind: 'item',
          clause: 'P1',
          text: 'Vi begränsar kommunikationen som sker via e-post och skickar inte onödiga personuppgifter.',
        },
        {
          kind: 'item',
          clause: 'P2',
          text: 'Vi undviker att mejla känsliga personuppgifter, till exempel uppgifter om hälsa och personnummer.',
        },
        {
          kind: 'item',
          clause: 'P3',
          text: 'Vi använder inte e-postservern som lagringsplats, utan lagrar uppgifterna på en separat säker server och raderar sedan mejlet.',
        },
        {
          kind: 'item',
          clause: 'P4',
          text: 'Senast sex månader efter att en medarbetare har lämnat företaget raderas hens e-post.',
        },
        {
          kind: 'item',
          clause: 'P5',
          text: 'Medarbetare får inte spara e-post som innehåller personuppgifter längre än 10 år.',
        },
      ],
    },
    {
      heading: 'Vårt mål',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Syftet med policyn är att värna den personliga integriteten genom att behandla personuppgifter säkert och korrekt i enlighet med EU:s dataskyddsförordning (GDPR) och andra dataskyddsregler.',
        },
        {
          kind: 'paragraph',
          text: 'Det innebär att integritetskänsliga uppgifter inte ska skickas med e-post.',
        },
      ],
    },
    {
      heading: 'Varför en policy',
      blocks: [
        { kind: 'paragraph', text: 'Vi behöver en policy för att skydda de registrerades integritet.' },
        {
          kind: 'paragraph',
          text: 'GDPR kräver att personuppgifter inte behandlas i onödan och att de raderas när de inte längre är relevanta. GDPR kräver också att personuppgifter bara behandlas i den utsträckning som är nödvändig och att inte fler uppgifter än nödvändigt används eller lagras under längre tid än nödvändigt.',
        },
        {
          kind: 'item',
          clause: 'P6',
          text: 'Den registrerade har rätt att invända mot behandlingen och kan när som helst begära att få se de personuppgifter som lagras. Uppgifterna ska då enkelt kunna raderas om den registrerade begär det.',
        },
      ],
    },
    {
      heading: 'Vad är personuppgifter',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Personuppgifter är all information som kan kopplas till en levande fysisk person, direkt eller indirekt i kombination med andra uppgifter.',
        },
        { kind: 'paragraph', text: 'Namn, telefonnummer, bilder och IP-adresser kan vara personuppgifter.' },
        {
          kind: 'paragraph',
          text: 'Bokningar, beteenden och beställningar kan också vara personuppgifter om de, i kombination med andra uppgifter, kan kopplas till en levande fysisk person.',
        },
        {
          kind: 'paragraph',
          text: 'Åtgärder som rör personuppgifter räknas som behandling av personuppgifter, till exempel lagring, insamling, redigering, radering och spridning.',
        },
        { kind: 'paragraph', text: 'All hantering av e-post räknas som behandling av personuppgifter.' },
      ],
    },
  ],
};
