/**
 * Word lists the demo council's names are built from. Street and place names are made by joining two common
 * English words ("Rowan" + "brook" + "Lane"), so they look like an English town's without being copied from
 * any gazetteer or address file; people's names are common first names and surnames.
 */

/** First halves of place and street names: trees, birds, plants. */
export const NAME_STEMS = [
  'Ash',
  'Alder',
  'Beech',
  'Birch',
  'Bramble',
  'Broom',
  'Clover',
  'Cole',
  'Elder',
  'Fern',
  'Finch',
  'Hazel',
  'Heron',
  'Holly',
  'Juniper',
  'Kestrel',
  'Lark',
  'Linnet',
  'Mallow',
  'Maple',
  'Medlar',
  'Oak',
  'Osier',
  'Plover',
  'Quince',
  'Rowan',
  'Rush',
  'Sedge',
  'Sorrel',
  'Swift',
  'Tansy',
  'Teasel',
  'Thorn',
  'Vetch',
  'Willow',
  'Wren',
  'Yarrow',
  'Yew',
] as const;

/** Second halves of place names, and sometimes of street names. */
export const NAME_ENDINGS = [
  'brook',
  'bury',
  'combe',
  'croft',
  'dene',
  'field',
  'ford',
  'gate',
  'hill',
  'hurst',
  'ley',
  'mead',
  'moor',
  'ridge',
  'stead',
  'ton',
  'well',
  'wick',
  'wood',
  'worth',
] as const;

/** What a street is called after its name. */
export const STREET_TYPES = [
  'Road',
  'Street',
  'Lane',
  'Close',
  'Avenue',
  'Crescent',
  'Way',
  'Terrace',
  'Grove',
  'Walk',
  'Place',
  'Drive',
  'Mews',
  'Row',
  'Gardens',
  'Parade',
] as const;

/** Words after a locality's name ("Larkcombe Green"), sometimes. */
export const LOCALITY_SUFFIXES = ['Green', 'Vale', 'Park', 'End', 'Heath', 'Common'] as const;

/** Pub signs: "The <adjective> <noun>" or "The <noun> and <noun>". */
export const PUB_ADJECTIVES = ['Red', 'White', 'Golden', 'Black', 'Old', 'Royal', 'Jolly', 'Green'] as const;
export const PUB_NOUNS = [
  'Lion',
  'Hart',
  'Swan',
  'Plough',
  'Harrow',
  'Bell',
  'Anchor',
  'Crown',
  'Wheatsheaf',
  'Fleece',
  'Lamb',
  'Kettle',
  'Barge',
  'Falcon',
  'Drum',
  'Lantern',
] as const;

/** Saints for churches and church halls. */
export const SAINTS = [
  'Mary',
  'Peter',
  'John',
  'Luke',
  'Mark',
  'Anne',
  'Michael',
  'Stephen',
  'Hilda',
  'Aidan',
];

/** What a charity or group is for, as it would put it in its name. */
export const CAUSES = [
  'Community',
  'Youth',
  'Heritage',
  'Food Bank',
  'Carers',
  'Arts',
  'Wellbeing',
  'Allotments',
  'Men’s Shed',
  'Refugee Welcome',
  'Dementia Support',
  'Sports',
  'Repair Café',
  'Toy Library',
] as const;

export const FIRST_NAMES = [
  'Amira',
  'Ben',
  'Chloe',
  'Dev',
  'Ellie',
  'Femi',
  'Grace',
  'Harry',
  'Isla',
  'Jamal',
  'Kate',
  'Liam',
  'Maya',
  'Niall',
  'Olu',
  'Priya',
  'Rosa',
  'Sam',
  'Tariq',
  'Una',
  'Vic',
  'Will',
  'Yasmin',
  'Zoe',
] as const;

export const SURNAMES = [
  'Ahmed',
  'Baker',
  'Carter',
  'Davies',
  'Evans',
  'Fletcher',
  'Green',
  'Hughes',
  'Iqbal',
  'Jones',
  'Khan',
  'Lewis',
  'Morgan',
  'Nowak',
  'Owen',
  'Patel',
  'Quinn',
  'Roberts',
  'Singh',
  'Taylor',
  'Walker',
  'Young',
] as const;

/** Letters an inward code may end with (never C I K M O V, Royal Mail's rule). */
export const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
