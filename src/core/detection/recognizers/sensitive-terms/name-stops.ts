/**
 * Capitalised words that end a name candidate: a "surname" that is a month, a weekday, a company form,
 * a street, a building or a product word is not a surname ("Erik Larsson AB", "Karl Johans gate",
 * "Anna Lindhs plats", "Tesla Model", "Oscar Properties").
 */

const STOP_WORDS = new Set<string>(
  (
    'Januari Februari Mars April Maj Juni Juli Augusti September Oktober November December January February ' +
    'March June July August October Måndag Tisdag Onsdag Torsdag Fredag Lördag Söndag Monday Tuesday Wednesday ' +
    'Thursday Friday Saturday Sunday Mandag Tirsdag Onsdag Torsdag Fredag Lørdag Søndag AB HB KB Ltd Limited Inc ' +
    'Corp Corporation LLC AS ASA ApS Oy Oyj GmbH AG SA BV Group Gruppen Holding Holdings Consulting Konsult ' +
    'Systems System Technologies Technology Tech Solutions Labs Lab Software Studio Studios Partners Services ' +
    'Team Project Projekt Pro Plus Max Mini Cloud Edition Server Hotel Airport Center Centre University ' +
    'Universitet Kommun Region Church Kyrka Kyrkan Properties Fastigheter Bank Banken Energy Energi Invest ' +
    'Capital Foundation Stiftelse Stiftelsen Street Road Avenue Lane Gata Gatan Gate Gade Vej Vei Veien Väg ' +
    'Vägen Torg Torget Plats Platsen Allé Gränd Backe Park Parken Square Model Series Serien Release Version ' +
    'Och And The Der Die Das Le La El Von Van De'
  ).split(' '),
);

/** Street, square and building endings of Swedish, Norwegian and Danish place names. */
const PLACE_ENDING =
  /(?:gatan|vägen|gränd|torget|platsen|allén|backen|stigen|gata|gate|gade|vej|vei|veien|plass|plads|torv|parken|strand|stranden|bron|hallen)$/;

/** Words right after a name that make it a company or a place: "Erik Larsson AB", "Karl Johans gate". */
const COMPANY_OR_PLACE_AFTER = new Set<string>(
  'ab hb kb ltd limited inc corp llc as asa aps a/s oy oyj gmbh ag group gruppen holding consulting gata gatan gate gade vej vei veien väg vägen torg torget plats allé plass plads street road avenue lane square'.split(
    ' ',
  ),
);

/** Whether a capitalised word cannot be (part of) a surname. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || PLACE_ENDING.test(word.toLowerCase());
}

/** Whether the word after a name (any case) turns it into a company or a street. */
export function isCompanyOrPlaceWord(word: string): boolean {
  return COMPANY_OR_PLACE_AFTER.has(word.toLowerCase());
}
