import { DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import { SENSITIVE_TERM_RECOGNIZERS } from '../../../../src/core/detection/recognizers/sensitive-terms';
import { scan } from './scan';

const IOT_MAIL = `Hej Anna,

Jag har uppdaterat firmware på gatewayen till v2.4.1 och kört health check mot /healthz: allt grönt.
Battery health på enhet 0x3F2A sjönk till 87 % efter OTA-uppdateringen, så vi behöver diagnostik av
laddkretsen innan releasen. Kan du diagnose the pod som startar om i staging? Stress test och load test
results ligger i Confluence. Den nya dashboarden är sjukt snygg, och demon igår var sick!

Patient monitor prototype: vi siktar på IEC 60601 pre-test i mars. Rum E10 är bokat för genomgången.

Hälsningar,
Erik Larsson
Vinnter AB`;

const SALES_MAIL = `Hi John,

Thanks for the meeting on Thursday. As discussed we can deliver 450 sensors at 1 200 SEK per unit, with
the allergy-friendly catering menu for the launch event attached as promised. We have a collective agreement
with Unionen, and our first-aid training is booked for all staff. Order pizza from dr. Oetker for the hackathon.

Best regards,
Sofia Lindqvist`;

const POLICY_MAIL = `Påminnelse om vår e-postpolicy: Skicka inte hälsouppgifter eller personnummer via mejl.
Läkarintyg får inte skickas via e-post, lämna dem till HR. Sensitive personal data such as health data or
union membership must not be sent by email.`;

const HR_MAIL = `Hej Maria,

Anna är sjukskriven resten av veckan och Per är medlem i IF Metall, så han vill ha med ett ombud på mötet.
Johan har lämnat läkarintyg med diagnos F43.2. Jag har själv feber och stannar hemma i dag.

Mvh
Lars Nilsson`;

function sensitive(text: string) {
  return scan(text, DEFAULT_RECOGNIZERS).filter(
    (f) => (f.category === 'health' || f.category === 'special-category') && f.severity !== 'info',
  );
}

describe('whole mails through the default recognizers', () => {
  it.each([
    ['IoT engineering mail', IOT_MAIL],
    ['sales mail', SALES_MAIL],
    ['policy reminder that mentions sensitive data', POLICY_MAIL],
  ])('%s: no health or art. 9 findings', (_name, text) => {
    expect(sensitive(text).map((f) => f.value)).toEqual([]);
  });

  it('ordinary mail: names only, and only at info severity', () => {
    const findings = scan(IOT_MAIL, SENSITIVE_TERM_RECOGNIZERS).concat(
      scan(SALES_MAIL, SENSITIVE_TERM_RECOGNIZERS),
    );
    expect(findings.map((f) => f.value)).toEqual(['Anna', 'Erik Larsson', 'John', 'Sofia Lindqvist']);
    expect(findings.every((f) => f.severity === 'info')).toBe(true);
  });

  it('HR mail: every sensitive statement found and explained', () => {
    const found = sensitive(HR_MAIL).map((f) => `${f.type}:${f.value}`);
    expect(found).toEqual([
      'health-term:sjukskriven',
      'special-category-term:IF Metall',
      'health-term:läkarintyg',
      'health-term:diagnos',
      'icd10-code:F43.2',
      'health-term:feber',
    ]);
  });
});
