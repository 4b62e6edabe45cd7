/**
 * Word lists for telling people, organisations and places apart, written for this
 * project: countries, capitals and major news cities, organisation cue words, titles and
 * nationality adjectives. Lower-cased; lookups fold case and strip a possessive.
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
Arizona|Nevada|Oregon|Colorado|Massachusetts|New Jersey|Puerto Rico|San Juan|Hawaii|Maine|Buffalo|Atlantic|Pacific
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
Theater|Theatre|Museum|School|Holdings|Partners|Capital|Media|Industries|Technologies|Systems|Motors
`);

/** Last words that make a capitalised run a place ("Sumy Oblast", "Kherson Region"). */
export const PLACE_CUES = wordSet(
  "Oblast|Region|Province|County|District|Island|Islands|Sea|River|Mountains|Valley|Peninsula|Strait|Gulf|Bay",
);

/** Words that make a capitalised run a thing, not a person ("Privacy Policy", "Humanitarian Law"). */
export const NOT_PERSON_WORDS = wordSet(`
Law|Laws|Act|Policy|Regulation|Overview|Speed|Agreement|Treaty|Charter|Summit|Talks|Conference|War|Games|
International|Accord|Accords|Protocol|Day|Week|Cup|Prize|Award|Street|Avenue|Square|Road|Airport|Station|
Stadium|Hall|Palace|Tower|Bridge|Declaration|Convention|Plan|Program|Programme|Project|Initiative|Report|
Index|Terms|Cookies|Settings|Newsletter|Edition|Opinion|Analysis|Update|Live|Stated|Weather|Flight|Shuttle|
Operation|Orbiter|Empire|List|Files|Curtain|Corridor|Monarchy|Dead|DNA|Most|Wanted|Dog|Mass|Cathedral|Church|
Bill|Resolution|Constitution|Budget|Olympics|Olympic|Championship|League|Series|Festival|Mission
`);

/** Title and role words that may stand before a name ("Foreign Minister", "Sen.", "Admiral"). */
export const TITLE_WORDS = wordSet(`
President|Vice|Prime|Minister|Foreign|Defense|Defence|Interior|Finance|Economy|Justice|Health|Deputy|Secretary|
State|General|Gen.|Admiral|Adm.|Colonel|Col.|Lt.|Lieutenant|Major|Maj.|Captain|Capt.|Sergeant|Sgt.|Commander|
Chancellor|Senator|Sen.|Representative|Rep.|Governor|Gov.|Mayor|Ambassador|Envoy|Special|Chief|Director|
Chairman|Chairwoman|Chair|CEO|Spokesman|Spokeswoman|Spokesperson|King|Queen|Prince|Princess|Pope|Cardinal|
Archbishop|Bishop|Rev.|Reverend|Father|Sheikh|Emir|Sultan|Judge|Justice|Prosecutor|Attorney|Mr.|Mrs.|Ms.|Miss|
Dr.|Prof.|Professor|Sir|Dame|Lord|Lady|First|Premier|Leader|Head|Officer|Commissioner|High|Representative|
Speaker|Former|Acting|Top|Senior|Opposition|Supreme|Military|National|Security|Adviser|Advisor|Diplomat|
Spy|Intelligence|Staff|of|the|Chief-of-Staff|Foreign-Minister|Lawmaker|Coach|Analyst|Editor|Correspondent|
Treasurer|Superintendent|Secretary-General|Detective|Inspector|Sister|Brother|Presidents|Agent|Corporal|Pastor|
Rabbi|Imam|Ayatollah|Dean|Trooper|Constable|Marshal|Mullah|Patriarch|Metropolitan|Cmdr.|Gen|Sgt|Lt|
Transport|Transportation|Trade|Commerce|Industry|Education|Agriculture|Labor|Labour|Energy|Environment|Culture|
Communications|Infrastructure|Home|Housing|Tourism|Development|Immigration|Fisheries|Sports|Science|Digital|
Veterans|Homeland|Treasury|Budget|Water|Mining|Youth|Women|Family|Welfare|Finance-Minister
`);

/** Honorifics that are not roles worth reporting on their own, still kept out of names. */
export const HONORIFICS = wordSet("Mr.|Mrs.|Ms.|Miss|Dr.|Sir|Dame|Mr|Mrs|Ms|Dr");

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

/** Capitalised words that open sentences or headings but never start a name. */
export const NOT_NAME_WORDS = wordSet(`
The|A|An|And|But|Or|Nor|So|Yet|For|If|In|On|At|By|To|Of|From|With|Without|As|After|Before|During|While|When|
Where|Why|How|What|Who|Whom|Which|That|This|These|Those|It|Its|He|She|They|We|You|I|His|Her|Their|Our|My|Your|
There|Here|Then|Now|Still|Also|However|Meanwhile|Instead|Although|Though|Because|Since|Until|Despite|Speaking|
According|Asked|Under|Over|About|Into|Through|Between|Among|Against|Such|Some|Many|Most|More|Both|Each|Every|
All|Any|No|Not|One|Two|Three|Only|Even|Just|Last|Next|Earlier|Later|Today|Yesterday|Tomorrow|Monday|Tuesday|
Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|
November|December|Key|Read|Share|Follow|Subscribe|Seriously|Past|Military|Veto|Western|Several|Other|Another|
Like|Unlike|Once|Whether|Do|Does|Did|Is|Are|Was|Were|Be|Will|Would|Can|Could|Should|Must|Let|Please|Photo|
Advertisement|Related|More|Watch|Listen|Sign|Mr|Mrs|Ms|Dr|Article|Chapter|Section|Yes|Well|Oh|Thanks
`);

/** Lower-case particles inside names ("Ursula von der Leyen", "Osama bin Laden"). */
export const NAME_PARTICLES = wordSet(
  "de|da|di|del|della|der|den|van|von|bin|ibn|al|el|la|le|du|dos|das|ter|ten|zu",
);

/** Abbreviations whose full stop belongs to the word. */
export const ABBREVIATIONS = wordSet(
  "Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Adm|Col|Lt|Maj|Capt|Sgt|Prof|Rev|St|Jr|Sr|Corp|Inc|Co|Ltd|Mt|Ft|No|Dept|Univ",
);
