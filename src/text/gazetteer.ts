/**
 * Word lists for telling people, organisations and places apart, written for this
 * project: countries, regions and the cities news names most, organisations and the cue
 * words that end their names, nationality adjectives, and the head nouns of things that
 * are not people. Lower-cased; lookups fold case and strip a possessive.
 */

function wordSet(text: string): ReadonlySet<string> {
  return new Set(
    text
      .split("|")
      .map((entry) => entry.trim().toLowerCase())
      .filter((entry) => entry !== ""),
  );
}

/** Countries, regions, capitals and cities that news names often. */
export const PLACES = wordSet(`
Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|
Belarus|Belgium|Benin|Bolivia|Bosnia|Botswana|Brazil|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|
Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Ecuador|Egypt|
El Salvador|Eritrea|Estonia|Ethiopia|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|
Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|
Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Liberia|Libya|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|
Mali|Malta|Mauritania|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|
Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|South Korea|Korea|Norway|Oman|Pakistan|Palestine|Panama|
Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|
Singapore|Slovakia|Slovenia|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|
Tajikistan|Tanzania|Thailand|Togo|Tunisia|Turkey|Türkiye|Turkmenistan|Uganda|Ukraine|United Arab Emirates|
United Kingdom|Britain|Great Britain|England|Scotland|Wales|United States|America|U.S.|US|USA|U.K.|UK|Uruguay|
Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Gaza|West Bank|Crimea|Donbas|Donbass|Donetsk|Luhansk|Kherson|
Zaporizhzhia|Kharkiv|Odesa|Odessa|Lviv|Dnipro|Mariupol|Bakhmut|Kursk|Belgorod|Europe|Asia|Africa|Middle East|
Latin America|Baltic|Balkans|Scandinavia|Siberia|Caucasus|Kashmir|Tibet|Russian Federation|Hong Kong|Macau|Greenland|Alaska|
Kyiv|Kiev|Moscow|Washington|London|Paris|Berlin|Rome|Madrid|Lisbon|Brussels|Amsterdam|The Hague|Vienna|Warsaw|
Prague|Budapest|Bucharest|Sofia|Athens|Ankara|Istanbul|Helsinki|Stockholm|Oslo|Copenhagen|Tallinn|Riga|Vilnius|
Minsk|Chisinau|Tbilisi|Yerevan|Baku|Tehran|Baghdad|Damascus|Beirut|Amman|Jerusalem|Tel Aviv|Cairo|Riyadh|Doha|
Dubai|Abu Dhabi|Beijing|Shanghai|Tokyo|Seoul|Pyongyang|Taipei|Delhi|New Delhi|Mumbai|Islamabad|Kabul|Jakarta|Manila|
Bangkok|Hanoi|Singapore|Canberra|Sydney|Melbourne|Ottawa|Toronto|Montreal|Mexico City|Havana|Caracas|Bogota|Lima|
Santiago|Buenos Aires|Brasilia|Rio de Janeiro|Sao Paulo|Nairobi|Addis Ababa|Lagos|Abuja|Johannesburg|Pretoria|
Cape Town|Khartoum|Mogadishu|Dar es Salaam|Kampala|Kinshasa|Dakar|Algiers|Tunis|Tripoli|Rabat|Geneva|Zurich|
Munich|Frankfurt|Hamburg|Milan|Naples|Barcelona|Marseille|Lyon|Edinburgh|Dublin|Belfast|Manchester|St. Petersburg|
Sochi|Anchorage|Istanbul|New York|Los Angeles|Chicago|Houston|Miami|Boston|San Francisco|Seattle|Atlanta|Dallas|
Philadelphia|Detroit|Denver|Phoenix|Florida|California|Texas|Virginia|Maryland|Ohio|Michigan|Illinois|Pennsylvania|
Arizona|Nevada|Oregon|Colorado|Massachusetts|New Jersey|Puerto Rico|San Juan|Hawaii|Maine|Buffalo|Atlantic|Pacific|
Alabama|Arkansas|Connecticut|Delaware|Georgia|Idaho|Indiana|Iowa|Kansas|Kentucky|Louisiana|Minnesota|Mississippi|
Missouri|Montana|Nebraska|New Hampshire|New Mexico|New York State|North Carolina|South Carolina|North Dakota|
South Dakota|Oklahoma|Rhode Island|Tennessee|Utah|Vermont|West Virginia|Wisconsin|Wyoming|Washington State|
D.C.|Washington D.C.|Las Vegas|New Orleans|Cleveland|Manhattan|Brooklyn|Queens|Bronx|Baltimore|Pittsburgh|
Minneapolis|St. Louis|Kansas City|Nashville|Charlotte|Orlando|Tampa|San Diego|San Antonio|Austin|Portland|
Sacramento|Milwaukee|Cincinnati|Columbus|Indianapolis|Toronto|Vancouver|Calgary|Edmonton|Quebec|Ontario|
British Columbia|Alberta|Manitoba|Nova Scotia|Saskatchewan|Winnipeg|Halifax|Mumbai|Kolkata|Chennai|Bengaluru|
Bangalore|Hyderabad|Karachi|Lahore|Dhaka|Kathmandu|Colombo|Yangon|Kuala Lumpur|Ho Chi Minh City|Auckland|
Wellington|Brisbane|Perth|Adelaide|Glasgow|Cardiff|Birmingham|Liverpool|Leeds|Bristol|Oxford|Cambridge|
Northern Ireland|Wales|Cork|Galway|Lyon|Nice|Toulouse|Bordeaux|Cologne|Stuttgart|Dresden|Leipzig|Turin|Florence|
Venice|Seville|Valencia|Porto|Krakow|Gdansk|Wroclaw|Odesa|Pokrovsk|Sumy|Lyman|Toretsk|Avdiivka|Sevastopol|
Novosibirsk|Vladivostok|Kazan|Volgograd|Rostov|Murmansk|Kaliningrad|Transnistria|Abkhazia|Nagorno-Karabakh
`);

/** Organisations news names without a cue word. */
export const ORGANIZATIONS = wordSet(`
Kremlin|Pentagon|White House|Congress|Senate|Parliament|Duma|State Duma|Bundestag|Knesset|Rada|Verkhovna Rada|
NATO|EU|European Union|European Commission|United Nations|UN|U.N.|UNESCO|UNICEF|WHO|IMF|World Bank|OPEC|OSCE|
G7|G20|BRICS|Interpol|FBI|CIA|NSA|KGB|FSB|SBU|Hamas|Hezbollah|Taliban|Reuters|AP|AFP|BBC|CNN|NPR|ABC|CBS|NBC|
Fox News|Al Jazeera|TASS|RIA Novosti|Interfax|Politico|Bloomberg|Rand|Google|Apple|Microsoft|Amazon|Meta|
Facebook|Twitter|Gazprom|Rosneft|Nasdaq|Supreme Court|Coalition of the Willing|Red Cross|Sinn Fein|Khmer Rouge|
Pan Am|Dow Jones|Federal Reserve|IRA|PLO|OAU|TWA|KLM|Xinhua|Wall Street
`);

/** Words that make a capitalised name an organisation ("Rand Corp.", "Ministry of Defence"). */
export const ORGANIZATION_CUES = wordSet(`
Corp.|Corp|Corporation|Inc.|Inc|Co.|Ltd.|Ltd|LLC|PLC|Group|Company|Bank|Ministry|Department|Agency|Council|
Committee|Commission|Union|Party|Organization|Organisation|Association|Alliance|Institute|University|College|
Foundation|Fund|Court|Parliament|Assembly|Office|Service|Services|Forces|Army|Navy|Guard|Police|Federation|
Times|Post|News|Journal|Herald|Tribune|Star|Gazette|Press|Network|Television|Radio|Center|Centre|Club|Church|
Movement|Front|Brigade|Battalion|Exchange|Authority|Board|Bureau|Administration|Government|Cabinet|Secretariat|
Force|Corps|League|Reserve|Order|Securities|Airlines|Airways|Communications|Section|Library|Hospital|Base|
Theater|Theatre|Museum|School|Holdings|Partners|Capital|Media|Industries|Technologies|Systems|Motors|
Advisors|Advisers|Associates|Consultants|Team|Unit|Squad|Taskforce|Command|Cooperative|Co-op|Society|
Trust|Consortium|Coalition|Utilities|Electric|Railroad|Insurance|Pharmaceuticals|Laboratories|Labs|Studios|
Entertainment|Logistics|Bancorp|Freight|Trucking|Haulage|Construction|Contractors|Builders|
Manufacturing|Foods|Brewing|Brewery|Distillery|Realty|Properties|Forum|Chamber|Air|Railway|Railways|
Lines|Terminals|Airport
`);

/** Last words that make a capitalised run a place ("Sumy Oblast", "Kherson Region"). */
export const PLACE_CUES = wordSet(
  "Oblast|Region|Province|County|District|Island|Islands|Sea|River|Mountains|Valley|Peninsula|Strait|Gulf|Bay|City|Township|Borough|Parish|Heights|Falls|Springs|Flats|Creek|Junction|Crossing|Landing",
);

/**
 * Head nouns of named things that are not people, by kind: a capitalised run ending in one
 * of these is never a person ("Privacy Policy", "Transit Corridor", "St. Brendan's
 * Hospital", "Iron Curtain"). Each kind is listed whole, not word by word as pages used
 * them, so that a page we have not seen ("the Freight Corridor", "the Lunar Rover", "the
 * Pandora Papers") is read the same way. Nouns that are also common surnames (Page,
 * Bush, Rose, Baker) stay out: there the other rules decide.
 */
const THING_KINDS = {
  laws: "Law|Laws|Act|Policy|Regulation|Bill|Resolution|Constitution|Budget|Agreement|Treaty|Charter|Accord|Accords|Protocol|Declaration|Convention|Plan|Program|Programme|Project|Initiative|Mission|Operation|Doctrine|Reform|Reforms|Deal|Pact|Ordinance|Amendment",
  documents:
    "Report|Index|Terms|Cookies|Settings|Newsletter|Edition|Opinion|Analysis|Update|Updates|List|Files|Papers|Leaks|Documents|Memo|Dossier|Review|Survey|Census",
  events:
    "Summit|Talks|Conference|War|Wars|Games|Day|Week|Cup|Prize|Award|Awards|Olympics|Championship|Championships|League|Series|Festival|Weather|Flight|Crisis|Revolution|Uprising|Massacre|Election|Elections|Referendum|Trial|Hearing|Inquiry|Marathon|Tournament",
  places:
    "Street|St|Avenue|Ave|Boulevard|Blvd|Square|Road|Highway|Airport|Station|Stadium|Arena|Palace|Tower|Bridge|Park|Zoo|Museum|Gallery|Mall|Market|Hotel|Restaurant|Cafe|Pub|Club|Building|Center|Centre|Plaza|Port|Harbour|Harbor|Dam|Canal|Pipeline|Route|Trail|Corridor|Tunnel|Railway|Line|Forest|Desert|Lake|Mountain|Mountains|Valley|Island|Islands|Beach|Coast|Border|Prison|Jail|Base|Court|Courthouse|Hospital|Clinic|Cathedral|Church|Chapel|Mosque|Temple|Theater|Theatre|Cinema",
  polities:
    "Empire|Monarchy|Kingdom|Republic|Federation|Caliphate|Dynasty|Commonwealth|Confederacy|Curtain|Bloc",
  vehicles: "Shuttle|Orbiter|Rover|Probe|Satellite|Telescope|Rocket|Spacecraft|Lander|Capsule",
  works:
    "Show|Podcast|Channel|Album|Band|Orchestra|Choir|Film|Movie|Novel|Magazine|Series|Trilogy|Sitcom|Documentary",
} as const;

/** Every head noun of {@link THING_KINDS}, lower-cased. */
export const THING_HEADS = wordSet(Object.values(THING_KINDS).join("|"));
/** Nationality adjectives and demonyms that open a title ("Russian Foreign Minister"). */
export const NATIONALITIES = wordSet(`
American|Russian|Ukrainian|British|French|German|Italian|Spanish|Polish|Finnish|Swedish|Norwegian|Danish|Dutch|
Belgian|Austrian|Swiss|Czech|Slovak|Hungarian|Romanian|Bulgarian|Greek|Turkish|Chinese|Japanese|Korean|Indian|
Pakistani|Iranian|Iraqi|Syrian|Israeli|Palestinian|Egyptian|Saudi|Jordanian|Lebanese|Qatari|Emirati|Canadian|
Mexican|Brazilian|Argentine|Australian|Irish|Scottish|Welsh|Estonian|Latvian|Lithuanian|Belarusian|Georgian|
Armenian|Azerbaijani|Kazakh|Somali|Kenyan|Nigerian|Ethiopian|Cuban|Venezuelan|Colombian|European|Western|Eastern|
Soviet|U.S.|US|UK|EU|NATO|Kremlin|Afghan|Portuguese|Serbian|Croatian|Slovenian|Moldovan|Icelandic|Taiwanese|
Vietnamese|Thai|Indonesian|Filipino|Malaysian|Sudanese|Libyan|Tunisian|Algerian|Moroccan|Yemeni|Omani|Kuwaiti
`);

/**
 * Words that, after "the", stand for a person of a nation ("the Italian added", "the Dane
 * said"): the nationality adjectives that are also nouns, and the nouns of their own.
 */
export const PERSON_DEMONYMS: ReadonlySet<string> = new Set([
  ...[...NATIONALITIES].filter(
    (word) =>
      /^[a-z]+$/u.test(word) &&
      !/(?:ish|ch|ese|ss)$/u.test(word) &&
      !["western", "eastern", "european", "soviet", "kremlin"].includes(word),
  ),
  ...wordSet(
    "Dane|Swede|Finn|Pole|Briton|Brit|Scot|Turk|Spaniard|Frenchman|Frenchwoman|Dutchman|Dutchwoman|Englishman|Englishwoman|Irishman|Irishwoman|Welshman|Welshwoman|Kiwi|Aussie|Swiss|Chinese|Japanese|Portuguese|Vietnamese|Taiwanese",
  ),
]);
