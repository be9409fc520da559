/**
 * Country names (and common aliases) a letter's last line may name, by Royal Mail postage zone.
 * A compact stand-in for notifications-utils `countries/_data`: names are compared after
 * `normaliseCountryName`, so case, accents, punctuation and a leading "the" do not matter.
 */
export type InternationalPostage = 'europe' | 'rest-of-world';

/** Lines that name the UK itself; they are dropped from the end of an address. */
export const UK_NAMES: readonly string[] = [
  'united kingdom', 'uk', 'u k', 'great britain', 'britain', 'gb', 'england', 'scotland', 'wales', 'cymru',
  'northern ireland', 'united kingdom of great britain and northern ireland',
];

export const EUROPE: readonly string[] = [
  'albania', 'andorra', 'armenia', 'austria', 'azerbaijan', 'azores', 'balearic islands', 'belarus', 'belgium',
  'bosnia and herzegovina', 'bosnia', 'bulgaria', 'canary islands', 'corsica', 'croatia', 'cyprus', 'czechia',
  'czech republic', 'denmark', 'estonia', 'faroe islands', 'finland', 'france', 'georgia', 'germany', 'deutschland',
  'gibraltar', 'greece', 'greenland', 'hungary', 'iceland', 'ireland', 'republic of ireland', 'eire', 'italy',
  'kazakhstan', 'kosovo', 'kyrgyzstan', 'latvia', 'liechtenstein', 'lithuania', 'luxembourg', 'madeira', 'malta',
  'moldova', 'monaco', 'montenegro', 'netherlands', 'holland', 'north macedonia', 'macedonia', 'norway', 'poland',
  'portugal', 'romania', 'russia', 'russian federation', 'san marino', 'serbia', 'slovakia', 'slovenia', 'spain',
  'espana', 'sweden', 'switzerland', 'tajikistan', 'turkey', 'turkiye', 'turkmenistan', 'ukraine', 'uzbekistan',
  'vatican city', 'holy see', 'aland islands', 'svalbard',
];

export const REST_OF_WORLD: readonly string[] = [
  'afghanistan', 'algeria', 'angola', 'anguilla', 'antigua and barbuda', 'argentina', 'aruba', 'ascension island',
  'australia', 'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belize', 'benin', 'bermuda', 'bhutan', 'bolivia',
  'botswana', 'brazil', 'british virgin islands', 'brunei', 'burkina faso', 'burundi', 'cambodia', 'cameroon',
  'canada', 'cape verde', 'cayman islands', 'central african republic', 'chad', 'chile', 'china', 'colombia',
  'comoros', 'congo', 'democratic republic of the congo', 'cook islands', 'costa rica', 'ivory coast', 'cote divoire',
  'cuba', 'curacao', 'djibouti', 'dominica', 'dominican republic', 'ecuador', 'egypt', 'el salvador',
  'equatorial guinea', 'eritrea', 'eswatini', 'swaziland', 'ethiopia', 'falkland islands', 'fiji', 'french guiana',
  'french polynesia', 'gabon', 'gambia', 'the gambia', 'ghana', 'grenada', 'guadeloupe', 'guatemala', 'guinea',
  'guinea bissau', 'guyana', 'haiti', 'honduras', 'hong kong', 'india', 'indonesia', 'iran', 'iraq', 'israel',
  'jamaica', 'japan', 'jordan', 'kenya', 'kiribati', 'kuwait', 'laos', 'lebanon', 'lesotho', 'liberia', 'libya',
  'macao', 'macau', 'madagascar', 'malawi', 'malaysia', 'maldives', 'mali', 'marshall islands', 'martinique',
  'mauritania', 'mauritius', 'mexico', 'micronesia', 'mongolia', 'montserrat', 'morocco', 'mozambique', 'myanmar',
  'burma', 'namibia', 'nauru', 'nepal', 'new caledonia', 'new zealand', 'nicaragua', 'niger', 'nigeria',
  'north korea', 'oman', 'pakistan', 'palau', 'palestine', 'panama', 'papua new guinea', 'paraguay', 'peru',
  'philippines', 'pitcairn islands', 'puerto rico', 'qatar', 'reunion', 'rwanda', 'saint helena', 'st helena',
  'saint kitts and nevis', 'st kitts and nevis', 'saint lucia', 'st lucia', 'saint vincent and the grenadines',
  'st vincent and the grenadines', 'samoa', 'sao tome and principe', 'saudi arabia', 'senegal', 'seychelles',
  'sierra leone', 'singapore', 'solomon islands', 'somalia', 'south africa', 'south korea', 'korea', 'south sudan',
  'sri lanka', 'sudan', 'suriname', 'syria', 'taiwan', 'tanzania', 'thailand', 'timor leste', 'east timor', 'togo',
  'tonga', 'trinidad and tobago', 'tristan da cunha', 'tunisia', 'turks and caicos islands', 'tuvalu', 'uganda',
  'united arab emirates', 'uae', 'united states', 'united states of america', 'usa', 'us', 'america', 'uruguay',
  'vanuatu', 'venezuela', 'vietnam', 'viet nam', 'yemen', 'zambia', 'zimbabwe',
];
